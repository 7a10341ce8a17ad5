/* tp-store-path.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walking path between two points of a floor plan, around the zones
 * customers cannot walk through: the shortest path over a visibility graph
 * of the obstacles' corners, each pushed out by a small clearance so the
 * path does not graze them, searched with A*. Pure; metres in the plan's frame.
 *
 * Why not Graphviz's libpathplan (Debian 12, libpathplan4): its obstacle
 * router (Pobsopen/Pobspath) needs simple, non-overlapping polygons (shelves
 * stand against walls and overlap), builds the whole visibility graph up
 * front (cubic in the corners), knows no clearance, plan outline or stop
 * inside an obstacle, and its headers come only with libgraphviz-dev, which
 * pulls all of Graphviz into the build and the Flatpak. This is about 1,200
 * lines, builds the graph over pairs of corners only when a leg needs it,
 * searches a whole walk's legs on every core, and is tested against a plain
 * Dijkstra over the whole graph.
 */

#pragma once

#include <glib.h>
#include "tp-store-geometry.h"

G_BEGIN_DECLS

/* How far the path keeps from the corners it walks around (metres). */
#define TP_STORE_PATH_CLEARANCE 0.25
/* A gap narrower than this (metres) between obstacles, or an obstacle and the plan's outline, is
 * not walked through where the path turns. */
#define TP_STORE_PATH_MIN_GAP   0.6

typedef struct _TpStoreRouter TpStoreRouter;

/** tp_store_router_new: a router around the non-walkable zones among @shapes (borrowed: they must
 * outlive the router), inside @plan (may be NULL: unbounded). The path turns @clearance away from
 * corners, and not at corners in a gap narrower than TP_STORE_PATH_MIN_GAP. */
TpStoreRouter *tp_store_router_new             (const TpStoreShape *shapes,
                                                guint               n_shapes,
                                                const TpRect       *plan,
                                                double              clearance);
void           tp_store_router_free            (TpStoreRouter      *router);
/** tp_store_router_route: appends the shortest walk from @a to @b to @path (TpPoint; @a first, @b
 * last) and its length to *@length. An obstacle holding @a or @b is entered to reach them (a stop at
 * a shelf). Returns FALSE when @b cannot be reached from @a; then the straight line is appended. */
gboolean       tp_store_router_route           (TpStoreRouter      *router,
                                                TpPoint             a,
                                                TpPoint             b,
                                                GArray             *path,
                                                double             *length);
/** tp_store_router_prepare: finds the walks between consecutive @stops (n_stops − 1 legs) that
 * the router has not found yet, searching on every core, so that the tp_store_router_route calls
 * for them that follow find them ready. The same walks as tp_store_router_route alone finds. */
void           tp_store_router_prepare         (TpStoreRouter      *router,
                                                const TpPoint      *stops,
                                                guint               n_stops);
/** tp_store_router_get_n_corners: how many corners the path can turn at (tests, benchmarks). */
guint          tp_store_router_get_n_corners   (TpStoreRouter      *router);
/** tp_store_router_get_corner: where the path turns at corner @i (pushed out by the clearance,
 * @p) and the obstacle's corner it turns round (@corner, with its neighbours on the outline @prev and
 * @next). For tests: a reference router is built on them. */
void           tp_store_router_get_corner      (TpStoreRouter      *router,
                                                guint               i,
                                                TpPoint            *p,
                                                TpPoint            *corner,
                                                TpPoint            *prev,
                                                TpPoint            *next);
/** tp_store_router_visible: whether the straight walk @a–@b crosses no obstacle. */
gboolean       tp_store_router_visible         (TpStoreRouter      *router,
                                                TpPoint             a,
                                                TpPoint             b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpStoreRouter, tp_store_router_free)

G_END_DECLS
