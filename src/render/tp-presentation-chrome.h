/* tp-presentation-chrome.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What presentation mode draws around the picture: the caption band with the
 * step's title and goal, the progress indicator (label, one dot per phase,
 * and a bar along the bottom edge), and the persona card on the overview.
 * TpPresentationPainter decides what to show and where; these calls only
 * draw it. No GTK.
 */

#pragma once

#include <cairo.h>
#include "model/tp-model.h"
#include "tp-presentation-paint.h"
#include "tp-theme.h"

G_BEGIN_DECLS

/* Where things go on a screen, device pixels. */
typedef struct {
  double margin;
  double caption_y;    /* top of the caption band */
  double title_px;     /* caption title size */
  double detail_px;    /* caption second line size */
  double small_px;     /* progress label, persona card text */
  TpRect map;          /* where a spotlighted step is shown */
  TpRect overview;     /* where the overview is shown (beside the persona) */
  TpRect persona;      /* the persona card */
} TpPresentationGeometry;

/* What the progress indicator shows during a frame. */
typedef struct {
  guint       n_phases;     /* phases, the overview not included */
  guint       n_steps;      /* steps of the walk: the overview and every page */
  guint       from_phase;   /* phase the frame leaves (0 = overview) */
  guint       to_phase;     /* phase it goes to */
  const char *label;        /* e.g. "Phase 2 of 5" */
} TpPresentationProgress;

/** tp_presentation_progress_text: the progress label of @phase of @n_phases (0 = "Overview"), steps of @kind ("Phase", "Stop"), on @page of @n_pages (1-based); the page is named only when the phase has more than one. Newly allocated. */
char *tp_presentation_progress_text      (TpViewStepKind                kind,
                                          guint                         phase,
                                          guint                         n_phases,
                                          guint                         page,
                                          guint                         n_pages);

/** tp_presentation_paint_caption_band: the band under the picture, with its rule. */
void  tp_presentation_paint_caption_band (cairo_t                      *cr,
                                          const TpTheme                *theme,
                                          double                        width,
                                          double                        height,
                                          const TpPresentationGeometry *g);

/** tp_presentation_paint_caption: @title and @detail in the caption band, at opacity @alpha. */
void  tp_presentation_paint_caption      (cairo_t                      *cr,
                                          const TpPresentationFrame    *frame,
                                          const char                   *title,
                                          const char                   *detail,
                                          double                        alpha,
                                          double                        width,
                                          const TpPresentationGeometry *g);

/** tp_presentation_paint_progress: the progress label, the phase dots and the bar of @frame (its from_step, to_step and progress). */
void  tp_presentation_paint_progress     (cairo_t                      *cr,
                                          const TpPresentationFrame    *frame,
                                          const TpPresentationProgress *progress,
                                          double                        width,
                                          double                        height,
                                          const TpPresentationGeometry *g);

/** tp_presentation_paint_persona: the card of @persona in @g's persona area, sliding in as @alpha goes to 1; nothing if @persona is NULL. */
void  tp_presentation_paint_persona      (cairo_t                      *cr,
                                          const TpPresentationFrame    *frame,
                                          const TpTheme                *theme,
                                          TpPersona                    *persona,
                                          double                        alpha,
                                          const TpPresentationGeometry *g);

G_END_DECLS
