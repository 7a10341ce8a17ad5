/* tp-blueprint-route.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arrows of a service blueprint, routed at right angles through the gaps
 * between cards and never through a card.
 *
 * Why our own router: libavoid (Adaptagrams), the usual orthogonal
 * connector router, is not packaged in Debian 12, and Graphviz's libraries,
 * which are, route splines or polylines around nodes of their own layout,
 * not orthogonal paths in the channels of a layout we already have. The
 * blueprint layout makes the problem small: its cards stand in tracks of one
 * width (a column has one or more) and slots of one height, so the gaps
 * between tracks and between slots are straight channels across the whole
 * picture. Their centre lines form a grid whose
 * nodes are all free; each card reaches the grid through a port on each side
 * (a short stub to the neighbouring channel). A connection is an A* search
 * over (node, heading) with a cost of length plus a penalty per bend, from
 * the four ports of one card to the four ports of the other, with the
 * distance to the target card as the heuristic (admissible, so the path is
 * the cheapest). Ties go to the deepest node, which keeps the search near the
 * path on the open grid.
 *
 * Parallel arrows: after routing, the segments that lie on the same channel
 * line and overlap get tracks (interval colouring), spread across the channel
 * (or along the card's side for the stubs) so that they stay apart.
 *
 * Paths are kept as grid coordinates (track channel, row, slot channel), not
 * as points, so after a card moves only the arrows touching a card whose
 * place changed are searched again; the others are projected onto the new
 * layout, which costs next to nothing.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-blueprint-layout.h"

G_BEGIN_DECLS

typedef struct {
  double bend_penalty;   /* map units one bend costs */
  double track_spacing;  /* distance between parallel arrows in one channel */
} TpBlueprintRouteOptions;

typedef struct {
  TpConnection *connection;
  TpCard       *from;
  TpCard       *to;
  guint         n_points;
  TpPoint      *points;   /* from the edge of @from to the edge of @to, at right angles */
} TpBlueprintRoute;

typedef struct _TpBlueprintRoutes TpBlueprintRoutes;

void                    tp_blueprint_route_options_init (TpBlueprintRouteOptions *options);

/** tp_blueprint_routes_new: routes every connection of the layout's journey whose two cards
 * are shown. */
TpBlueprintRoutes      *tp_blueprint_routes_new       (TpBlueprintLayout             *layout,
                                                       const TpBlueprintRouteOptions *options);
void                    tp_blueprint_routes_free      (TpBlueprintRoutes *routes);

/** tp_blueprint_routes_update: follows @layout, a new layout of the same journey after
 * @moved cards moved; searches again only the arrows touching a card whose place changed
 * (or all when the steps or rows changed). Returns how many were searched again. */
guint                   tp_blueprint_routes_update    (TpBlueprintRoutes *routes,
                                                       TpBlueprintLayout *layout,
                                                       TpCard * const    *moved,
                                                       guint              n_moved);

guint                   tp_blueprint_routes_get_n_routes (TpBlueprintRoutes *routes);
const TpBlueprintRoute *tp_blueprint_routes_get_route (TpBlueprintRoutes *routes,
                                                       guint              i);
/** tp_blueprint_routes_find: the route of @connection, or NULL when it is not drawn. */
const TpBlueprintRoute *tp_blueprint_routes_find      (TpBlueprintRoutes *routes,
                                                       TpConnection      *connection);
/** tp_blueprint_routes_preview: the path @connection would take through the channels of the
 *  last layout routed if the cards @moving stood at @column, @row from @slot down (one slot
 *  each, in their order), the other cards where they are: what an arrow of a dragged card
 *  shows before it is dropped. Only that arrow is searched (no spreading of parallel arrows).
 *  Fills @points (TpPoint); FALSE when one of its cards is not laid out. */
gboolean                tp_blueprint_routes_preview   (TpBlueprintRoutes *routes,
                                                       TpConnection      *connection,
                                                       TpCard * const    *moving,
                                                       guint              n_moving,
                                                       guint              column,
                                                       guint              row,
                                                       guint              slot,
                                                       GArray            *points);
/** tp_blueprint_route_get_bounds: the rectangle around @route's points. */
void                    tp_blueprint_route_get_bounds (const TpBlueprintRoute *route,
                                                       TpRect                 *rect);
/** tp_blueprint_route_distance: how far map point (@x, @y) is from the nearest segment of @route
 *  (G_MAXDOUBLE for a route without segments). */
double                  tp_blueprint_route_distance   (const TpBlueprintRoute *route,
                                                       double                  x,
                                                       double                  y);
/** tp_blueprint_route_pick: of the @n_routes routes @get gives (@get (@data, i)), the connection
 *  of the one nearest map point (@x, @y), within @slop map units; NULL when none is that near.
 *  Arrows are thin: every view that draws them picks them this way. */
TpConnection           *tp_blueprint_route_pick       (const TpBlueprintRoute *(*get) (gpointer data,
                                                                                       guint    i),
                                                       gpointer                data,
                                                       guint                   n_routes,
                                                       double                  x,
                                                       double                  y,
                                                       double                  slop);
/** tp_blueprint_route_get_label_point: where a label of @route goes (middle of its longest segment). */
void                    tp_blueprint_route_get_label_point (const TpBlueprintRoute *route,
                                                       TpPoint                *point,
                                                       gboolean               *horizontal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpBlueprintRoutes, tp_blueprint_routes_free)

G_END_DECLS
