/* tp-presentation-paint.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One frame of presentation mode, painted with cairo and pango for a screen
 * of a given size: the view's picture through the camera of the current step
 * (spotlight, emphasised emotion and pain points, lane and phase headers
 * pinned to the edges), the caption with the step's
 * title and goal, the progress indicator, and the persona card on the
 * overview. The same calls draw the presentation window and the tests; no GTK.
 */

#pragma once

#include <cairo.h>
#include "tp-presentation-emphasis.h"
#include "tp-presentation-steps.h"
#include "tp-theme.h"
#include "tp-view.h"

G_BEGIN_DECLS

typedef struct _TpPresentationPainter TpPresentationPainter;

typedef struct {
  guint                       from_step;   /* step the transition leaves (0 = overview) */
  guint                       to_step;     /* step it goes to; at rest both are the same */
  double                      progress;    /* eased progress of the transition, 0 … 1 */
  gboolean                    dark;        /* dark-room style */
  const cairo_font_options_t *font_options;  /* NULL = the surface's */
  /* Where the camera starts instead of at from_step's camera: a step
   * pressed in the middle of a transition goes on from where it was. */
  gboolean                    has_from_camera;
  TpPresentationCamera        from_camera;
} TpPresentationFrame;

/** tp_presentation_theme_init: the projector colour set: high contrast, heavy lines; light for a bright room, @dark for a dark one. */
void                   tp_presentation_theme_init          (TpTheme                   *theme,
                                                            gboolean                   dark);
/** tp_presentation_caption_font_size: pixel size of the caption title on a screen @height pixels tall. */
double                 tp_presentation_caption_font_size   (double                     height);

typedef enum {
  TP_PRESENTATION_SHOW_ROLLUP   = 1 << 0,  /* the figures of each phase under its header */
  TP_PRESENTATION_WITH_ANALYSIS = 1 << 1,  /* the journey map: its analysis after the last phase */
} TpPresentationPainterFlags;

/** tp_presentation_painter_new: presents @journey as view @view (a TpView name; NULL or unknown = the journey map) shows it. */
TpPresentationPainter *tp_presentation_painter_new         (const char                *view,
                                                            TpJourney                 *journey);
/** tp_presentation_painter_new_full: as tp_presentation_painter_new, with @flags: the figures of
 *  each phase, and for the journey map the parts of its analysis as steps after the last phase
 *  (their "phase" numbers follow the map's; tp_presentation_painter_get_n_phases() counts the
 *  map's only). */
TpPresentationPainter *tp_presentation_painter_new_full    (const char                *view,
                                                            TpJourney                 *journey,
                                                            TpPresentationPainterFlags flags);
/** tp_presentation_painter_set_overlay: the analysis (presented alone or after the map)
 *  overlays the emotion lines of @journeys only (NULL = every journey); the steps change. */
void                   tp_presentation_painter_set_overlay  (TpPresentationPainter    *self,
                                                            GPtrArray                 *journeys);
void                   tp_presentation_painter_free        (TpPresentationPainter     *self);
/** tp_presentation_painter_get_n_steps: the overview, then each phase — in pages of whole lanes, top to bottom, when a phase is too tall to read at once. */
guint                  tp_presentation_painter_get_n_steps (TpPresentationPainter     *self);
/** tp_presentation_painter_get_n_phases: how many phases (view steps) there are. */
guint                  tp_presentation_painter_get_n_phases (TpPresentationPainter    *self);
/** tp_presentation_painter_get_step_kind: what the view's steps are (phases, the store's stops). */
TpViewStepKind         tp_presentation_painter_get_step_kind (TpPresentationPainter   *self);
/** tp_presentation_painter_get_step_phase: the phase @step shows: 0 = overview, k = the k-th phase. */
guint                  tp_presentation_painter_get_step_phase (TpPresentationPainter  *self,
                                                            guint                      step);
/** tp_presentation_painter_get_phase_step: the first step showing @phase (0 = overview), or -1. */
int                    tp_presentation_painter_get_phase_step (TpPresentationPainter  *self,
                                                            guint                      phase);
/** tp_presentation_painter_get_camera: where the camera rests at @step on a @width × @height screen. */
void                   tp_presentation_painter_get_camera  (TpPresentationPainter     *self,
                                                            guint                      step,
                                                            double                     width,
                                                            double                     height,
                                                            TpPresentationCamera      *camera);
/** tp_presentation_painter_get_step_area: what @step shows, in map units: the whole picture (overview), or the phase with some context either side and the lanes of its page (without the phase header, which is pinned). */
void                   tp_presentation_painter_get_step_area (TpPresentationPainter   *self,
                                                            guint                      step,
                                                            TpRect                    *area);
/** tp_presentation_painter_get_pins: where the pinned lane and phase headers of @frame go on a @width × @height screen; alpha 0 when there are none (the overview). */
void                   tp_presentation_painter_get_pins    (TpPresentationPainter     *self,
                                                            const TpPresentationFrame *frame,
                                                            double                     width,
                                                            double                     height,
                                                            TpPresentationPins        *pins);
/** tp_presentation_painter_paint_pins: the pinned headers of @frame, over the picture. */
void                   tp_presentation_painter_paint_pins  (TpPresentationPainter     *self,
                                                            cairo_t                   *cr,
                                                            double                     width,
                                                            double                     height,
                                                            const TpPresentationFrame *frame);
/** tp_presentation_painter_get_caption: the caption of @step: title and a second line (both newly allocated; @detail may be ""). */
void                   tp_presentation_painter_get_caption (TpPresentationPainter     *self,
                                                            guint                      step,
                                                            char                     **title,
                                                            char                     **detail);
/** tp_presentation_painter_get_step_page: which page of its phase @step is (1-based) and how many pages the phase has; 1 of 1 for the overview. Either may be NULL. */
void                   tp_presentation_painter_get_step_page (TpPresentationPainter   *self,
                                                            guint                      step,
                                                            guint                     *page,
                                                            guint                     *n_pages);
/** tp_presentation_painter_get_progress_text: the progress label of @step: "Overview", "Phase 2 of 5", or with the page when the phase has several, "Phase 2 of 5 · Page 2 of 3". Newly allocated. */
char                  *tp_presentation_painter_get_progress_text (TpPresentationPainter *self,
                                                            guint                      step);
/** tp_presentation_painter_get_size: the picture's size in map units. */
void                   tp_presentation_painter_get_size    (TpPresentationPainter     *self,
                                                            double                    *width,
                                                            double                    *height);
/** tp_presentation_painter_get_theme: the colours of the picture and the screen. */
const TpTheme         *tp_presentation_painter_get_theme   (TpPresentationPainter     *self,
                                                            gboolean                   dark);
/** tp_presentation_painter_get_areas: where the picture, the caption band and the persona card (overview) go on a @width × @height screen; any may be NULL. */
void                   tp_presentation_painter_get_areas   (TpPresentationPainter     *self,
                                                            double                     width,
                                                            double                     height,
                                                            TpRect                    *picture,
                                                            TpRect                    *caption,
                                                            TpRect                    *persona);
/** tp_presentation_painter_get_frame_camera: the camera of @frame (between its steps). */
void                   tp_presentation_painter_get_frame_camera (TpPresentationPainter *self,
                                                            const TpPresentationFrame *frame,
                                                            double                     width,
                                                            double                     height,
                                                            TpPresentationCamera      *camera);
/** tp_presentation_painter_paint_picture: the picture as @step shows it (spotlight, emphasis), in map units; @zoom is device pixels per unit, @clip in map units or NULL. */
void                   tp_presentation_painter_paint_picture (TpPresentationPainter   *self,
                                                            cairo_t                   *cr,
                                                            guint                      step,
                                                            gboolean                   dark,
                                                            double                     zoom,
                                                            const TpRect              *clip);
/** tp_presentation_painter_paint_chrome: the persona card, caption band and progress of @frame, over whatever is painted. */
void                   tp_presentation_painter_paint_chrome (TpPresentationPainter    *self,
                                                            cairo_t                   *cr,
                                                            double                     width,
                                                            double                     height,
                                                            const TpPresentationFrame *frame);
/** tp_presentation_painter_paint: one frame on a @width × @height screen (device pixels). */
void                   tp_presentation_painter_paint       (TpPresentationPainter     *self,
                                                            cairo_t                   *cr,
                                                            double                     width,
                                                            double                     height,
                                                            const TpPresentationFrame *frame);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpPresentationPainter, tp_presentation_painter_free)

G_END_DECLS
