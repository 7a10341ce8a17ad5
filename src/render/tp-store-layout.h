/* tp-store-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where everything of the store-flow view lands: the floor plan drawn to
 * scale (map units = pixels at 100 %), the legend beside it and the scale
 * bar and figures under it, the journey's walk (and the walks of the plan's
 * other journeys, for overlays and heat), and the size of each stop. Pure.
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include "model/tp-model.h"
#include "tp-rect.h"
#include "tp-store-walk.h"

G_BEGIN_DECLS

typedef struct {
  double          pixels_per_metre;  /* 0 = chosen from the plan's size */
  gboolean        heat;              /* heat per zone over all journeys on the plan */
  TpStoreHeatKind heat_kind;
  double          heat_max;          /* fixed top of the heat scale; 0 = the largest value */
  gboolean        overlay;           /* the plan's other journeys too, in their persona colours */
  gboolean        compare;           /* the journey's current (or future) state on the same plan */
  gboolean        side_by_side;      /* with compare: the two states' plans side by side, current
                                      * on the left, rather than overlaid */
} TpStoreLayoutOptions;

typedef struct {
  TpJourney     *journey;
  TpProject     *project;      /* NULL when the journey is in none */
  TpFloorPlan   *plan;         /* NULL when the journey has no floor plan */
  TpStoreLayoutOptions options;
  GArray        *shapes;       /* TpStoreShape, the plan's zones */
  TpStoreRouter *router;
  TpStoreWalk   *walk;         /* NULL without a plan */
  GPtrArray     *others;       /* TpStoreWalk of the plan's other journeys (heat, overlay) */
  TpStoreWalk   *compare;      /* options.compare: the other state's walk, or NULL when none */
  gboolean       side_by_side; /* the other state is drawn on a plan of its own, compare_area */
  TpRect         compare_area; /* map units: the other state's plan (side_by_side), same size */
  TpRect         caption_area; /* map units: above the journey's plan, its state and figures
                                * (side_by_side; the other's is as far above compare_area) */
  double        *heat;         /* per zone, when options.heat */
  double         heat_max;     /* the top of the heat scale in use */
  TpRect         plan_rect;    /* metres */
  double         ppm;          /* map units per metre */
  TpRect         plan_area;    /* map units */
  TpRect         legend_area;
  TpRect         footer_area;
  double         width;
  double         height;
  double         max_dwell;
  cairo_surface_t *image;      /* the plan's picture, decoded; NULL when none or unreadable */
  GBytes        *image_bytes;  /* the plan's bytes it was decoded from */
  TpRect         image_rect;   /* where it lies, map units */
  char          *image_problem; /* why a picture is not shown (translated), or NULL */
} TpStoreLayout;

void           tp_store_layout_options_init (TpStoreLayoutOptions      *options);
/** tp_store_layout_new: lays out @journey on its floor plan; @options may be NULL. */
TpStoreLayout *tp_store_layout_new          (TpJourney                  *journey,
                                             const TpStoreLayoutOptions *options);
/** tp_store_layout_new_reusing: like tp_store_layout_new, taking from @previous (a layout of the
 *  same view before an edit; may be NULL) what the edit left as it was: the zones' outlines and
 *  the router with the walks it found when no zone changed, the decoded picture when it did not
 *  change. @previous is still to be freed. */
TpStoreLayout *tp_store_layout_new_reusing  (TpJourney                  *journey,
                                             const TpStoreLayoutOptions *options,
                                             TpStoreLayout              *previous);
void           tp_store_layout_free         (TpStoreLayout              *layout);
/** tp_store_layout_to_units: a point of the plan (metres) in map units. */
void           tp_store_layout_to_units     (const TpStoreLayout        *layout,
                                             TpPoint                     metres,
                                             double                     *x,
                                             double                     *y);
/** tp_store_layout_to_metres: map units to a point of the plan. */
TpPoint        tp_store_layout_to_metres    (const TpStoreLayout        *layout,
                                             double                      x,
                                             double                      y);
/** tp_store_layout_is_future: whether @layout's journey is the future state in a side-by-side or
 *  overlaid comparison (it names a current state). */
gboolean       tp_store_layout_is_future    (const TpStoreLayout        *layout);
/** tp_store_layout_stop_radius: the radius of stop @stop of @walk in map units (by its dwell). */
double         tp_store_layout_stop_radius  (const TpStoreLayout        *layout,
                                             const TpStoreStop          *stop);
/** tp_store_layout_get_stop_rect: the area of stop @index of the journey's walk, in map units. */
gboolean       tp_store_layout_get_stop_rect (const TpStoreLayout       *layout,
                                             guint                       index,
                                             TpRect                     *rect);
/** tp_store_layout_get_zone_rect: the bounds of zone @index in map units. */
void           tp_store_layout_get_zone_rect (const TpStoreLayout       *layout,
                                             guint                       index,
                                             TpRect                     *rect);
/** tp_store_layout_hit_stop: the index of the topmost stop at (@x, @y) map units, or -1. */
int            tp_store_layout_hit_stop     (const TpStoreLayout        *layout,
                                             double                      x,
                                             double                      y);
/** tp_store_layout_hit_zone: the index of the topmost zone at (@x, @y) map units, or -1. */
int            tp_store_layout_hit_zone     (const TpStoreLayout        *layout,
                                             double                      x,
                                             double                      y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpStoreLayout, tp_store_layout_free)

G_END_DECLS
