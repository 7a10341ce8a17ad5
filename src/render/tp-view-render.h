/* tp-view-render.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One journey drawn by one of the views, as a whole picture: what export,
 * printing, thumbnails and presentation mode need, independent of which view
 * it is. The journey map implements it now; the service blueprint and the
 * store flow plug in here later. Pure cairo + pango; never GTK.
 *
 * A view is walked in "steps" (for the journey map: its phases, left to
 * right); presentation mode spotlights one step at a time.
 */

#pragma once

#include <cairo.h>
#include "model/tp-model.h"
#include "tp-theme.h"
#include "tp-journey-layout.h"

G_BEGIN_DECLS

typedef enum {
  TP_VIEW_KIND_JOURNEY_MAP,
} TpViewKind;

typedef struct _TpViewRender TpViewRender;

typedef struct {
  const TpTheme *theme;           /* NULL = light                                  */
  int            spotlight_step;  /* step to spotlight, others veiled; -1 = none    */
  double         scale;           /* device pixels per map unit (level of detail)   */
  const TpRect  *clip;            /* map units; NULL = everything                   */
  gboolean       transparent;     /* leave the background unpainted (PNG export)   */
} TpViewPaintOptions;

/** tp_view_paint_options_init: light theme, no spotlight, scale 1, no clip, filled background. */
void          tp_view_paint_options_init   (TpViewPaintOptions       *options);

/** tp_view_render_new: lays out @journey as @kind would show it. */
TpViewRender *tp_view_render_new           (TpViewKind                kind,
                                            TpJourney                *journey);
void          tp_view_render_free          (TpViewRender             *self);
TpJourney    *tp_view_render_get_journey   (TpViewRender             *self);
/** tp_view_render_get_size: the picture's size in map units (1 unit = 1 px at 100 %). */
void          tp_view_render_get_size      (TpViewRender             *self,
                                            double                   *width,
                                            double                   *height);
/** tp_view_render_get_n_steps: how many steps a presentation walks (phases). */
guint         tp_view_render_get_n_steps   (TpViewRender             *self);
/** tp_view_render_get_step_rect: the area of step @step, in map units. */
void          tp_view_render_get_step_rect (TpViewRender             *self,
                                            guint                     step,
                                            TpRect                   *rect);
/** tp_view_render_get_step_title: the step's title and goal (borrowed; goal may be ""). */
void          tp_view_render_get_step_text (TpViewRender             *self,
                                            guint                     step,
                                            const char              **title,
                                            const char              **goal);
/** tp_view_render_paint: paints the picture at map units (caller scales @cr). */
void          tp_view_render_paint         (TpViewRender             *self,
                                            cairo_t                  *cr,
                                            const TpViewPaintOptions *options);

/** tp_view_render_get_elements_rect: the area covering @elements (TpCard, TpPhase, TpLane) as
 *  drawn, with a small margin, in map units; FALSE when none of them is drawn. (export) */
gboolean      tp_view_render_get_elements_rect (TpViewRender         *self,
                                            GPtrArray                *elements,
                                            TpRect                   *rect);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpViewRender, tp_view_render_free)

G_END_DECLS
