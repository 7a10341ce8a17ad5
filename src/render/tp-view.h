/* tp-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of one journey as a whole picture — the journey map, the service
 * blueprint, the store flow — seen from everything that shows a whole
 * picture: presentation mode, export (PNG, SVG, PDF, CSV), printing,
 * thumbnails and the benchmarks. Each view implements this interface once
 * over its own pure layout and painter; nothing outside a view's own files
 * includes its layout header. Pure cairo + pango; never GTK.
 *
 * A view is walked in "steps" (the journey map: its phases, left to right);
 * presentation mode spotlights one step at a time and shows a step too tall
 * for the screen in pages broken at the view's step breaks, with the view's
 * headers pinned to the top and left edges.
 *
 * Views are made by name (tp_view_new): "journey", "blueprint",
 * "store-flow". A new view registers itself with tp_view_register and is
 * then presented, exported and printed like the others.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include "model/tp-model.h"
#include "tp-rect.h"
#include "tp-theme.h"

G_BEGIN_DECLS

#define TP_VIEW_JOURNEY    "journey"
#define TP_VIEW_BLUEPRINT  "blueprint"
#define TP_VIEW_STORE_FLOW "store-flow"

typedef struct {
  const TpTheme              *theme;           /* NULL = light                               */
  int                         spotlight_step;  /* step to spotlight, others veiled; -1 = none */
  double                      scale;           /* device pixels per map unit (level of detail) */
  const TpRect               *clip;            /* map units; NULL = everything                */
  gboolean                    transparent;     /* leave the background unpainted (PNG export) */
  const cairo_font_options_t *font_options;    /* NULL = cairo's                              */
  double                      min_card_text_px; /* cards with smaller text: simplified; 0 = none */
} TpViewPaintOptions;

/* The bands of headers a view keeps in sight while a page of a tall step is
 * shown: the top band (above the steps), the left band (beside the rows) and
 * the corner where they meet. */
typedef enum {
  TP_VIEW_PIN_CORNER,
  TP_VIEW_PIN_TOP,
  TP_VIEW_PIN_LEFT,
} TpViewPin;

/* What a view's steps are called where a presentation counts them. */
typedef enum {
  TP_VIEW_STEP_PHASE,  /* "Phase 2 of 5": the journey map, the blueprint */
  TP_VIEW_STEP_STOP,   /* "Stop 2 of 9": the store flow's walk */
} TpViewStepKind;

#define TP_TYPE_VIEW (tp_view_get_type ())

G_DECLARE_INTERFACE (TpView, tp_view, TP, VIEW, GObject)

struct _TpViewInterface
{
  GTypeInterface parent_iface;

  /* Required. */
  void        (*get_size)          (TpView                   *self,
                                    double                   *width,
                                    double                   *height);
  guint       (*get_n_steps)       (TpView                   *self);
  void        (*get_step_rect)     (TpView                   *self,
                                    guint                     step,
                                    TpRect                   *rect);
  void        (*get_step_text)     (TpView                   *self,
                                    guint                     step,
                                    const char              **title,
                                    const char              **goal);
  void        (*paint)             (TpView                   *self,
                                    cairo_t                  *cr,
                                    const TpViewPaintOptions *options);
  gboolean    (*get_elements_rect) (TpView                   *self,
                                    GPtrArray                *elements,
                                    TpRect                   *rect);
  GPtrArray * (*get_table)         (TpView                   *self);

  /* Optional: pagination and pinned headers (a view without them is shown
   * a step at a time, whole), emphasis of a spotlighted step. */
  double *    (*get_step_breaks)   (TpView                   *self,
                                    guint                     step,
                                    guint                    *n_breaks);
  void        (*get_pin_bands)     (TpView                   *self,
                                    double                   *left_width,
                                    double                   *top_height);
  void        (*get_step_header)   (TpView                   *self,
                                    guint                     step,
                                    TpRect                   *rect);
  void        (*paint_pin)         (TpView                   *self,
                                    cairo_t                  *cr,
                                    TpViewPin                 pin,
                                    const TpViewPaintOptions *options);
  void        (*paint_emphasis)    (TpView                   *self,
                                    cairo_t                  *cr,
                                    guint                     step,
                                    double                    strength,
                                    const TpViewPaintOptions *options);

  /* Optional: what the steps are (NULL: phases). */
  TpViewStepKind (*get_step_kind)  (TpView                   *self);

  /* Optional: the per-phase roll-up under the step headers (the journey map). */
  void        (*set_show_rollup)   (TpView                   *self,
                                    gboolean                  show);

  /* Optional: TRUE when paint may run on several threads at once, each with its own cairo_t
   * (it only reads the view and the model and keeps no cache): exports then paint on every
   * core. FALSE (the default): paint runs on one thread at a time. */
  gboolean    paints_concurrently;

  /* Optional: where a picture painted in bands is cheapest to cut (tp_view_get_band_breaks;
   * NULL: the step breaks of the first step). */
  double *    (*get_band_breaks)   (TpView                   *self,
                                    guint                    *n_breaks);
};

/** tp_view_paint_options_init: light theme, no spotlight, scale 1, no clip, filled background. */
void         tp_view_paint_options_init (TpViewPaintOptions       *options);

/** tp_view_register: makes the view type @type (implementing TpView, with a construct-only
 *  "journey" property — a subclass of TpViewBase has it) known as @name, shown to people as
 *  @title (translatable, N_()). */
void         tp_view_register           (const char               *name,
                                         const char               *title,
                                         GType                     type);
/** tp_view_list: the names of every known view, in the order they were registered (borrowed). */
const char * const *tp_view_list        (void);
/** tp_view_exists: whether a view is known as @name. */
gboolean     tp_view_exists             (const char               *name);
/** tp_view_get_title: the translated title of view @name ("Journey Map"), or NULL. */
const char  *tp_view_get_title          (const char               *name);
/** tp_view_new: lays out @journey as view @name (NULL = the journey map) shows it; NULL when
 *  no view has that name. */
TpView      *tp_view_new                (const char               *name,
                                         TpJourney                *journey);

/** tp_view_paints_concurrently: whether tp_view_paint may run on several threads at once. */
gboolean     tp_view_paints_concurrently (TpView                  *self);

/** tp_view_get_journey: the journey shown (borrowed). */
TpJourney   *tp_view_get_journey        (TpView                   *self);
/** tp_view_get_name: the name the view was registered with ("journey", …). */
const char  *tp_view_get_name           (TpView                   *self);
/** tp_view_get_size: the picture's size in map units (1 unit = 1 px at 100 %). */
void         tp_view_get_size           (TpView                   *self,
                                         double                   *width,
                                         double                   *height);
/** tp_view_get_n_steps: how many steps a presentation walks. */
guint        tp_view_get_n_steps        (TpView                   *self);
/** tp_view_get_step_kind: what the steps are called (phases unless the view says). */
TpViewStepKind tp_view_get_step_kind    (TpView                   *self);
/** tp_view_get_step_rect: the area of step @step, in map units. */
void         tp_view_get_step_rect      (TpView                   *self,
                                         guint                     step,
                                         TpRect                   *rect);
/** tp_view_get_step_text: the step's title and goal (borrowed; never NULL, may be ""). */
void         tp_view_get_step_text      (TpView                   *self,
                                         guint                     step,
                                         const char              **title,
                                         const char              **goal);
/** tp_view_paint: paints the picture in map units (the caller scales @cr); @options may be NULL. */
void         tp_view_paint              (TpView                   *self,
                                         cairo_t                  *cr,
                                         const TpViewPaintOptions *options);
/** tp_view_get_elements_rect: the area covering @elements as drawn, with a small margin, in
 *  map units; FALSE when none of them is drawn. */
gboolean     tp_view_get_elements_rect  (TpView                   *self,
                                         GPtrArray                *elements,
                                         TpRect                   *rect);
/** tp_view_get_table: the view as a table for CSV: a GPtrArray of rows, each a GStrv of the
 *  same length, the first row the column headings. */
GPtrArray   *tp_view_get_table          (TpView                   *self);
/** tp_view_get_step_breaks: increasing y (map units) of the edges between which step @step may
 *  be cut into pages (rows: n + 1 edges); NULL (and 0) when it is shown whole. Free with g_free. */
double      *tp_view_get_step_breaks    (TpView                   *self,
                                         guint                     step,
                                         guint                    *n_breaks);
/** tp_view_get_band_breaks: increasing y (map units) where a horizontal cut through the
 *  picture crosses no card, so that a picture painted in bands (the PNG export) that are cut
 *  there paints each card once; a view without its own gives the breaks of its first step.
 *  NULL (and 0) when there are none. Free with g_free. Only a matter of speed: painting is
 *  clipped to the band wherever it is cut. */
double      *tp_view_get_band_breaks    (TpView                   *self,
                                         guint                    *n_breaks);
/** tp_view_get_pin_bands: the width of the left and the height of the top band of headers
 *  kept in sight on a page (map units); 0 and 0 when the view pins nothing. */
void         tp_view_get_pin_bands      (TpView                   *self,
                                         double                   *left_width,
                                         double                   *top_height);
/** tp_view_get_step_header: the header of step @step in the top band (map units). */
void         tp_view_get_step_header    (TpView                   *self,
                                         guint                     step,
                                         TpRect                   *rect);
/** tp_view_paint_pin: paints band @pin at map units, with its top-left edge (the top band: its
 *  top; the left band: its left) at 0 and the other axis as in the picture; options->clip
 *  limits what is painted. */
void         tp_view_paint_pin          (TpView                   *self,
                                         cairo_t                  *cr,
                                         TpViewPin                 pin,
                                         const TpViewPaintOptions *options);
/** tp_view_paint_emphasis: draws step @step's key elements (emotion, pain) enlarged over the
 *  picture, at @strength 0 … 1 (presentation mode fades it in). */
void         tp_view_paint_emphasis     (TpView                   *self,
                                         cairo_t                  *cr,
                                         guint                     step,
                                         double                    strength,
                                         const TpViewPaintOptions *options);

/** tp_view_set_show_rollup: shows the figures of each phase (tp-analysis.h) under its header,
 *  in views that have phase headers (the journey map); others ignore it. The size and steps
 *  change: ask them again. */
void         tp_view_set_show_rollup    (TpView                   *self,
                                         gboolean                  show);

G_END_DECLS
