/* tp-store-figures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures of one journey's walk through its floor plan, as the
 * inspector, the CSV export and the comparison of a current and a future
 * state show them: stops, path length, time spent in all and per zone,
 * zones visited, the share of the walking over ground already walked.
 * Pure; metres and seconds.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-store-layout.h"

G_BEGIN_DECLS

typedef struct {
  TpZone *zone;          /* borrowed */
  double  dwell;         /* seconds of the stops in it */
  guint   visits;        /* times the walk enters it */
} TpStoreZoneFigure;

typedef struct {
  guint   n_stops;
  guint   n_placed_cards;   /* touchpoint cards of the journey with at least one stop */
  guint   n_touchpoints;    /* touchpoint cards of the journey */
  double  length;           /* metres */
  double  dwell;            /* seconds */
  guint   n_zones;          /* zones of the plan */
  guint   n_zones_visited;
  double  backtrack_length; /* metres */
  double  backtrack_share;  /* 0 … 1 */
  guint   n_unreachable;
  guint   n_outside;
  GArray *zones;            /* TpStoreZoneFigure: the zones visited or with time spent, plan order */
} TpStoreFigures;

/** tp_store_figures_new: the figures of @layout's journey walk; NULL when it has no plan. */
TpStoreFigures *tp_store_figures_new       (const TpStoreLayout  *layout);
/** tp_store_figures_new_for_walk: the figures of @walk over @shapes (n = walk->n_shapes). */
TpStoreFigures *tp_store_figures_new_for_walk (const TpStoreWalk  *walk,
                                            const TpStoreShape   *shapes);
void            tp_store_figures_free      (TpStoreFigures       *figures);
/** tp_store_figures_zone_name: the zone's name, else its kind's (translated). */
const char     *tp_store_figures_zone_name (TpZone               *zone);
/** tp_store_figures_append_table: appends the figures as CSV rows to @rows (GStrv each): a blank
 *  row, "Figure, Value" rows, a blank row and a row per zone (Zone, Time spent, Visits). */
void            tp_store_figures_append_table (const TpStoreFigures *figures,
                                            GPtrArray            *rows);
/** tp_store_figures_format_change: "+12.5 m" style text of @after − @before, with @unit
 *  ("m", "s"); "±0 m" when equal within rounding (free it). */
char           *tp_store_figures_format_change (double               before,
                                            double               after,
                                            const char          *unit);
/** tp_store_find_counterpart: the other state of @journey (its current state when it is a
 *  future state, else the first future state made from it) when both walk the same floor plan;
 *  NULL when none. */
TpJourney      *tp_store_find_counterpart  (TpJourney            *journey);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpStoreFigures, tp_store_figures_free)

G_END_DECLS
