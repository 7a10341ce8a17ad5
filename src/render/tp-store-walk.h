/* tp-store-walk.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One journey's walk through its floor plan: the stops (placements in array
 * order, the order the customer walks), the emotion and the pain points at
 * each, the walking path between them, and the figures — path length,
 * dwell in total and per zone, zones visited, and the share of the walking
 * that goes over ground already walked (backtracking). Pure; metres and
 * seconds.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-store-geometry.h"
#include "tp-store-path.h"

G_BEGIN_DECLS

/* Two stretches of path count as the same ground when they run within this distance (metres)
 * of each other, at most TP_STORE_BACKTRACK_ANGLE degrees apart (either way), and the earlier one
 * was walked at least TP_STORE_BACKTRACK_GAP metres before (so turning round at a stop does not
 * count by itself). */
#define TP_STORE_BACKTRACK_TOLERANCE 0.5
#define TP_STORE_BACKTRACK_ANGLE     30.0
#define TP_STORE_BACKTRACK_GAP       2.0

typedef struct {
  TpPlacement *placement;
  TpCard      *card;         /* NULL when the placement names no card of the journey */
  TpPoint      at;           /* kept inside the plan */
  gboolean     outside;      /* the placement lies outside the plan (drawn at its edge) */
  double       dwell;        /* seconds */
  gboolean     has_emotion;
  double       emotion;      /* −3 … +3: the journey's emotion line at this card */
  GPtrArray   *pains;        /* TpCard pain points shown at this stop (borrowed) */
  int          zone;         /* index of the topmost zone holding the stop, or -1 */
  guint        path_end;     /* index in path of this stop (the end of the walk to it) */
  gboolean     reached;      /* the walk to it goes around every obstacle (FALSE: drawn straight) */
} TpStoreStop;

typedef struct {
  TpJourney  *journey;
  GArray     *stops;         /* TpStoreStop */
  GArray     *path;          /* TpPoint: the whole walk, stop to stop */
  double     *arc;           /* per path point: metres walked to it */
  guint       n_unreachable; /* stops the walk cannot reach around the obstacles */
  guint       n_outside;     /* stops outside the plan */
  guint       n_pains_unplaced; /* pain points of phases without a stop */
  double      length;        /* metres */
  double      dwell;         /* seconds, all stops */
  guint       n_shapes;
  double     *zone_dwell;    /* per zone: seconds of the stops in it */
  guint      *zone_visits;   /* per zone: how many times the walk enters it */
  guint       n_zones_visited;
  GArray     *backtrack;     /* pairs of doubles (s0, s1): arc lengths of ground walked again */
  double      backtrack_length;
} TpStoreWalk;

/** tp_store_walk_new: the walk of @journey's placements over @shapes (the plan's zones, from
 * tp_store_shapes_new) inside @plan_rect, routed with @router. */
TpStoreWalk *tp_store_walk_new           (TpJourney          *journey,
                                          const TpStoreShape *shapes,
                                          guint               n_shapes,
                                          const TpRect       *plan_rect,
                                          TpStoreRouter      *router);
void         tp_store_walk_free          (TpStoreWalk        *walk);
/** tp_store_walk_backtrack_share: backtrack_length / length (0 … 1; 0 for an empty walk). */
double       tp_store_walk_backtrack_share (const TpStoreWalk *walk);
/** tp_store_walk_point_at: the point and direction (unit vector) @s metres along the path. */
void         tp_store_walk_point_at      (const TpStoreWalk  *walk,
                                          double              s,
                                          TpPoint            *point,
                                          TpPoint            *direction);
/** tp_store_walk_append_stretch: appends the path from @s0 to @s1 metres to @points (TpPoint). */
void         tp_store_walk_append_stretch (const TpStoreWalk *walk,
                                          double              s0,
                                          double              s1,
                                          GArray             *points);
/** tp_store_emotion_at_card: the journey's emotion line at @card's place in the journey map (its
 * phase, and its position in its cell), −3 … +3; FALSE when the journey has no emotion cards. */
gboolean     tp_store_emotion_at_card    (TpJourney          *journey,
                                          TpCard             *card,
                                          double             *score);

typedef enum {
  TP_STORE_HEAT_DWELL,
  TP_STORE_HEAT_VISITS,
} TpStoreHeatKind;

/** tp_store_heat_add: adds @walk's dwell (seconds) or visits per zone to @values (n_shapes). */
void         tp_store_heat_add           (const TpStoreWalk  *walk,
                                          TpStoreHeatKind     kind,
                                          double             *values);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpStoreWalk, tp_store_walk_free)

G_END_DECLS
