/* tp-blueprint-route.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See the header for the design. Headings: 0 east, 1 west, 2 south, 3 north
 * (d ^ 1 is the reverse). A card's sides use the same numbers for the
 * heading of their outward stub: right, left, bottom, top.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-blueprint-route-private.h"

enum { SIDE_RIGHT, SIDE_LEFT, SIDE_BOTTOM, SIDE_TOP, N_SIDES };

void
tp_blueprint_route_options_init (TpBlueprintRouteOptions *options)
{
  g_return_if_fail (options != NULL);

  options->bend_penalty = 60;
  options->track_spacing = 6;
}

static void
route_data_free (gpointer p)
{
  RouteData *d = p;

  g_clear_pointer (&d->nodes, g_array_unref);
  g_clear_pointer (&d->base, g_array_unref);
  g_clear_pointer (&d->points, g_array_unref);
  g_free (d);
}

/* --- the grid ------------------------------------------------------------ */

static void
build_grid (TpBlueprintRoutes *r,
            TpBlueprintLayout *layout)
{
  guint n_rows = layout->lanes->len;
  guint ny = 0;

  g_free (r->xs);
  g_free (r->ys);
  g_free (r->line_start);
  g_free (r->row_slots);
  g_free (r->steps);
  g_free (r->column_track);

  r->layout = layout;
  r->n_columns = layout->columns->len;
  r->n_rows = n_rows;
  r->column_track = g_memdup2 (layout->column_track, (r->n_columns + 1) * sizeof (guint));
  r->nx = layout->n_tracks + 1;
  r->xs = g_new (double, r->nx);
  for (guint c = 0; c < r->nx; c++)
    r->xs[c] = tp_blueprint_layout_channel_x (layout, c);

  r->line_start = g_new0 (guint, n_rows + 1);
  r->row_slots = g_new0 (guint, n_rows + 1);
  for (guint row = 0; row < n_rows; row++)
    {
      r->line_start[row] = ny;
      r->row_slots[row] = layout->row_slots[row];
      ny += layout->row_slots[row] + 1;
    }
  r->ny = ny;
  r->ys = g_new (double, MAX (ny, 1));
  for (guint row = 0; row < n_rows; row++)
    for (guint k = 0; k <= layout->row_slots[row]; k++)
      r->ys[r->line_start[row] + k] = tp_blueprint_layout_channel_y (layout, row, k);

  r->steps = g_new0 (TpCard *, r->n_columns + 1);
  for (guint c = 0; c < r->n_columns; c++)
    r->steps[c] = g_array_index (layout->columns, TpBlueprintColumn, c).step;

  if (r->nx * r->ny * 4 > r->n_states)
    {
      r->n_states = r->nx * r->ny * 4;
      g_free (r->g);
      g_free (r->parent);
      g_free (r->stamp);
      r->g = g_new (double, r->n_states);
      r->parent = g_new (int, r->n_states);
      r->stamp = g_new0 (guint, r->n_states);
      r->generation = 0;
    }
}

static inline guint
node_id (TpBlueprintRoutes *r,
         guint              ix,
         guint              iy)
{
  return iy * r->nx + ix;
}

/* The port of @box on @side: the point on its edge, the point on the
 * neighbouring channel, and the two grid nodes that channel segment joins
 * (with the heading from the port to each). */
typedef struct {
  TpPoint edge;
  TpPoint port;
  double  stub;
  guint   node[2];
  int     heading[2];
  guint   segment;   /* identifies the channel segment the port lies on */
} Port;

static void
get_port (TpBlueprintRoutes    *r,
          const TpBlueprintBox *box,
          int                   side,
          Port                 *p)
{
  const TpRect *rc = &box->rect;
  double cx = rc->x + rc->width / 2, cy = rc->y + rc->height / 2;
  guint above = r->line_start[box->row] + box->level;
  guint c = box->track;

  switch (side)
    {
    case SIDE_RIGHT:
    case SIDE_LEFT:
      {
        guint ix = side == SIDE_RIGHT ? c + 1 : c;

        p->edge = (TpPoint) { side == SIDE_RIGHT ? rc->x + rc->width : rc->x, cy };
        p->port = (TpPoint) { r->xs[ix], cy };
        p->node[0] = node_id (r, ix, above);
        p->node[1] = node_id (r, ix, above + 1);
        p->heading[0] = NORTH;
        p->heading[1] = SOUTH;
        p->segment = (node_id (r, ix, above) << 1) | 1;
      }
      break;

    case SIDE_BOTTOM:
    case SIDE_TOP:
    default:
      {
        guint iy = side == SIDE_BOTTOM ? above + 1 : above;

        p->edge = (TpPoint) { cx, side == SIDE_BOTTOM ? rc->y + rc->height : rc->y };
        p->port = (TpPoint) { cx, r->ys[iy] };
        p->node[0] = node_id (r, c, iy);
        p->node[1] = node_id (r, c + 1, iy);
        p->heading[0] = WEST;
        p->heading[1] = EAST;
        p->segment = node_id (r, c, iy) << 1;
      }
      break;
    }
  p->stub = fabs (p->port.x - p->edge.x) + fabs (p->port.y - p->edge.y);
}

static inline double
node_x (TpBlueprintRoutes *r,
        guint              node)
{
  return r->xs[node % r->nx];
}

static inline double
node_y (TpBlueprintRoutes *r,
        guint              node)
{
  return r->ys[node / r->nx];
}

/* --- the search ---------------------------------------------------------- */

static gboolean
heap_less (const HeapItem *a,
           const HeapItem *b)
{
  if (a->f < b->f - EPSILON)
    return TRUE;
  if (a->f > b->f + EPSILON)
    return FALSE;
  return a->g > b->g;   /* deepest first among equals */
}

static void
heap_push (GArray  *heap,
           HeapItem item)
{
  guint i = heap->len;

  g_array_append_val (heap, item);
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      HeapItem *h = (HeapItem *) heap->data;

      if (!heap_less (&h[i], &h[parent]))
        break;
      item = h[i];
      h[i] = h[parent];
      h[parent] = item;
      i = parent;
    }
}

static HeapItem
heap_pop (GArray *heap)
{
  HeapItem *h = (HeapItem *) heap->data;
  HeapItem top = h[0];
  guint n = heap->len - 1, i = 0;

  h[0] = h[n];
  g_array_set_size (heap, n);
  for (;;)
    {
      guint l = 2 * i + 1, rr = l + 1, m = i;
      HeapItem tmp;

      if (l < n && heap_less (&h[l], &h[m]))
        m = l;
      if (rr < n && heap_less (&h[rr], &h[m]))
        m = rr;
      if (m == i)
        break;
      tmp = h[i];
      h[i] = h[m];
      h[m] = tmp;
      i = m;
    }
  return top;
}

/* L1 distance from a node to the target card: never more than what is left. */
static inline double
heuristic (TpBlueprintRoutes *r,
           guint              node,
           const TpRect      *target)
{
  double x = node_x (r, node), y = node_y (r, node);
  double dx = MAX (0, MAX (target->x - x, x - (target->x + target->width)));
  double dy = MAX (0, MAX (target->y - y, y - (target->y + target->height)));

  return dx + dy;
}

static void
relax (TpBlueprintRoutes *r,
       const TpRect      *target,
       guint              state,
       double             g,
       int                parent)
{
  if (r->stamp[state] == r->generation && r->g[state] <= g + EPSILON)
    return;
  r->stamp[state] = r->generation;
  r->g[state] = g;
  r->parent[state] = parent;
  heap_push (r->heap, (HeapItem) { g + heuristic (r, state / 4, target), g, state });
}

static void
search (TpBlueprintRoutes    *r,
        RouteData            *d,
        const TpBlueprintBox *a,
        const TpBlueprintBox *b)
{
  double bend = r->options.bend_penalty;
  Port from[N_SIDES], to[N_SIDES];
  guint goal_node[2 * N_SIDES];
  int goal_heading[2 * N_SIDES], goal_side[2 * N_SIDES];
  double goal_extra[2 * N_SIDES];
  double best = INFINITY;
  int best_state = -1, best_goal = -1;

  g_array_set_size (d->nodes, 0);

  if (a == b)
    {
      /* A card connected to itself: out of the right side, into the top. */
      GridRef ref = { a->track + 1, a->row, a->level };

      d->from_side = SIDE_RIGHT;
      d->to_side = SIDE_TOP;
      g_array_append_val (d->nodes, ref);
      return;
    }

  for (int s = 0; s < N_SIDES; s++)
    {
      get_port (r, a, s, &from[s]);
      get_port (r, b, s, &to[s]);
    }

  /* Straight from port to port when both lie on one channel segment. */
  for (int s = 0; s < N_SIDES; s++)
    for (int t = 0; t < N_SIDES; t++)
      {
        double along, cost;

        if (from[s].segment != to[t].segment)
          continue;
        along = fabs (from[s].port.x - to[t].port.x) + fabs (from[s].port.y - to[t].port.y);
        cost = from[s].stub + along + to[t].stub;
        if (along > EPSILON || s != (t ^ 1))
          cost += 2 * bend;
        if (cost < best)
          {
            best = cost;
            d->from_side = s;
            d->to_side = t;
          }
      }

  for (int t = 0; t < N_SIDES; t++)
    for (int i = 0; i < 2; i++)
      {
        int j = t * 2 + i;

        goal_node[j] = to[t].node[i];
        goal_heading[j] = to[t].heading[i] ^ 1;   /* from the node to the port */
        goal_side[j] = t;
        goal_extra[j] = fabs (node_x (r, goal_node[j]) - to[t].port.x)
                        + fabs (node_y (r, goal_node[j]) - to[t].port.y) + bend + to[t].stub;
      }

  r->generation++;
  if (r->generation == 0)
    {
      memset (r->stamp, 0, r->n_states * sizeof (guint));
      r->generation = 1;
    }
  g_array_set_size (r->heap, 0);

  for (int s = 0; s < N_SIDES; s++)
    for (int i = 0; i < 2; i++)
      {
        guint node = from[s].node[i];
        double g = from[s].stub + fabs (node_x (r, node) - from[s].port.x)
                   + fabs (node_y (r, node) - from[s].port.y) + bend;

        relax (r, &b->rect, node * 4 + from[s].heading[i], g, -1 - s);
      }

  while (r->heap->len > 0)
    {
      HeapItem item = heap_pop (r->heap);
      guint node = item.state / 4, ix, iy;
      int heading = item.state % 4;

      if (item.g > r->g[item.state] + EPSILON)
        continue;
      if (item.f >= best - EPSILON)
        break;

      for (int j = 0; j < 2 * N_SIDES; j++)
        if (goal_node[j] == node && goal_heading[j] != (heading ^ 1))
          {
            double total = item.g + goal_extra[j] + (goal_heading[j] != heading ? bend : 0);

            if (total < best - EPSILON)
              {
                best = total;
                best_state = item.state;
                best_goal = j;
              }
          }

      ix = node % r->nx;
      iy = node / r->nx;
      for (int h = 0; h < 4; h++)
        {
          guint next;
          double length;

          if (h == (heading ^ 1))
            continue;
          if (h == EAST && ix + 1 < r->nx)
            next = node + 1;
          else if (h == WEST && ix > 0)
            next = node - 1;
          else if (h == SOUTH && iy + 1 < r->ny)
            next = node + r->nx;
          else if (h == NORTH && iy > 0)
            next = node - r->nx;
          else
            continue;
          length = fabs (node_x (r, next) - node_x (r, node)) + fabs (node_y (r, next) - node_y (r, node));
          relax (r, &b->rect, next * 4 + h, item.g + length + (h != heading ? bend : 0), item.state);
        }
    }

  if (best_state < 0)
    return;   /* the straight candidate won */

  d->to_side = goal_side[best_goal];
  for (int state = best_state; ; state = r->parent[state])
    {
      guint node = state / 4;
      guint iy = node / r->nx;
      GridRef ref = { node % r->nx, 0, 0 };

      /* Rows are few: find the row of line iy. */
      for (guint row = r->n_rows; row-- > 0;)
        if (r->line_start[row] <= iy)
          {
            ref.row = row;
            ref.k = iy - r->line_start[row];
            break;
          }
      g_array_prepend_val (d->nodes, ref);
      if (r->parent[state] < 0)
        {
          d->from_side = -1 - r->parent[state];
          break;
        }
    }
}

/* --- geometry ------------------------------------------------------------ */

static void
append_point (GArray *points,
              double  x,
              double  y)
{
  TpPoint p = { x, y };

  if (points->len > 0)
    {
      TpPoint *last = &g_array_index (points, TpPoint, points->len - 1);

      if (fabs (last->x - x) < EPSILON && fabs (last->y - y) < EPSILON)
        return;
      if (points->len > 1)
        {
          TpPoint *prev = &g_array_index (points, TpPoint, points->len - 2);

          /* Drop the middle of three points on one line. */
          if ((fabs (prev->x - last->x) < EPSILON && fabs (last->x - x) < EPSILON)
              || (fabs (prev->y - last->y) < EPSILON && fabs (last->y - y) < EPSILON))
            {
              *last = p;
              return;
            }
        }
    }
  g_array_append_val (points, p);
}

static void
project (TpBlueprintRoutes    *r,
         RouteData            *d,
         const TpBlueprintBox *a,
         const TpBlueprintBox *b)
{
  Port pa, pb;

  get_port (r, a, d->from_side, &pa);
  get_port (r, b, d->to_side, &pb);
  g_array_set_size (d->base, 0);
  append_point (d->base, pa.edge.x, pa.edge.y);
  append_point (d->base, pa.port.x, pa.port.y);
  for (guint i = 0; i < d->nodes->len; i++)
    {
      GridRef *ref = &g_array_index (d->nodes, GridRef, i);
      guint k = MIN (ref->k, r->row_slots[ref->row]);

      append_point (d->base, r->xs[ref->ix], r->ys[r->line_start[ref->row] + k]);
    }
  append_point (d->base, pb.port.x, pb.port.y);
  append_point (d->base, pb.edge.x, pb.edge.y);
}

static void
publish (TpBlueprintRoutes *r)
{
  _tp_blueprint_routes_spread_parallel (r);
  g_array_set_size (r->routes, r->data->len);
  g_hash_table_remove_all (r->by_connection);
  for (guint i = 0; i < r->data->len; i++)
    {
      RouteData *d = g_ptr_array_index (r->data, i);
      TpBlueprintRoute *route = &g_array_index (r->routes, TpBlueprintRoute, i);

      route->connection = d->connection;
      route->from = d->from;
      route->to = d->to;
      route->n_points = d->points->len;
      route->points = (TpPoint *) d->points->data;
      g_hash_table_insert (r->by_connection, d->connection, GUINT_TO_POINTER (i + 1));
    }
}

static void
remember_place (guint                 place[3],
                const TpBlueprintBox *box)
{
  place[0] = box->track;
  place[1] = box->row;
  place[2] = box->level;
}

static gboolean
same_place (const guint           place[3],
            const TpBlueprintBox *box)
{
  return place[0] == box->track && place[1] == box->row && place[2] == box->level;
}

static gboolean
same_grid (TpBlueprintRoutes *r,
           TpBlueprintLayout *layout)
{
  if (r->n_columns != layout->columns->len || r->n_rows != layout->lanes->len)
    return FALSE;
  for (guint c = 0; c < r->n_columns; c++)
    if (r->steps[c] != g_array_index (layout->columns, TpBlueprintColumn, c).step
        || r->column_track[c + 1] != layout->column_track[c + 1])
      return FALSE;
  return TRUE;
}

/* Routes the connections of the layout's journey; keeps the paths in @old
 * (connection → RouteData) whose two cards are where they were. */
static guint
route_journey (TpBlueprintRoutes *r,
               GHashTable        *old,
               TpCard * const    *moved,
               guint              n_moved)
{
  GPtrArray *connections = tp_journey_get_connections (r->layout->journey);
  guint searched = 0;

  for (guint i = 0; connections != NULL && i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      const TpBlueprintBox *a = tp_blueprint_layout_find_card_by_id (r->layout, tp_connection_get_from (connection));
      const TpBlueprintBox *b = tp_blueprint_layout_find_card_by_id (r->layout, tp_connection_get_to (connection));
      RouteData *d = old != NULL ? g_hash_table_lookup (old, connection) : NULL;
      gboolean again = d == NULL;

      if (a == NULL || b == NULL)
        continue;
      if (d != NULL)
        {
          g_hash_table_steal (old, connection);
          again = d->from != a->card || d->to != b->card
                  || !same_place (d->from_place, a) || !same_place (d->to_place, b);
          for (guint m = 0; m < n_moved && !again; m++)
            again = moved[m] == a->card || moved[m] == b->card;
        }
      else
        {
          d = g_new0 (RouteData, 1);
          d->connection = connection;
          d->nodes = g_array_new (FALSE, FALSE, sizeof (GridRef));
          d->base = g_array_new (FALSE, FALSE, sizeof (TpPoint));
          d->points = g_array_new (FALSE, FALSE, sizeof (TpPoint));
        }
      d->from = a->card;
      d->to = b->card;
      if (again)
        {
          search (r, d, a, b);
          remember_place (d->from_place, a);
          remember_place (d->to_place, b);
          searched++;
        }
      project (r, d, a, b);
      g_ptr_array_add (r->data, d);
    }
  publish (r);
  return searched;
}

TpBlueprintRoutes *
tp_blueprint_routes_new (TpBlueprintLayout             *layout,
                         const TpBlueprintRouteOptions *options)
{
  TpBlueprintRoutes *r;

  g_return_val_if_fail (layout != NULL, NULL);

  r = g_new0 (TpBlueprintRoutes, 1);
  if (options != NULL)
    r->options = *options;
  else
    tp_blueprint_route_options_init (&r->options);
  r->data = g_ptr_array_new_with_free_func (route_data_free);
  r->routes = g_array_new (FALSE, TRUE, sizeof (TpBlueprintRoute));
  r->by_connection = g_hash_table_new (NULL, NULL);
  r->heap = g_array_new (FALSE, FALSE, sizeof (HeapItem));
  build_grid (r, layout);
  route_journey (r, NULL, NULL, 0);
  return r;
}

guint
tp_blueprint_routes_update (TpBlueprintRoutes *routes,
                            TpBlueprintLayout *layout,
                            TpCard * const    *moved,
                            guint              n_moved)
{
  g_autoptr(GHashTable) old = NULL;
  gboolean keep;

  g_return_val_if_fail (routes != NULL && layout != NULL, 0);

  keep = same_grid (routes, layout);
  old = g_hash_table_new_full (NULL, NULL, NULL, route_data_free);
  while (keep && routes->data->len > 0)
    {
      RouteData *d = g_ptr_array_steal_index_fast (routes->data, routes->data->len - 1);

      g_hash_table_insert (old, d->connection, d);
    }
  g_ptr_array_set_size (routes->data, 0);
  build_grid (routes, layout);
  return route_journey (routes, old, moved, n_moved);
}

/* @box moved to @column, @row, @slot of the routed layout: down the column's
 * first track, then the next (a place past the column's last stays on the
 * last, whose channels exist). */
static void
virtual_box (TpBlueprintRoutes    *r,
             const TpBlueprintBox *box,
             guint                 column,
             guint                 row,
             guint                 slot,
             TpBlueprintBox       *out)
{
  TpBlueprintLayout *layout = r->layout;
  const TpBlueprintLayoutOptions *o = &layout->options;

  guint deep, tracks;

  *out = *box;
  out->column = MIN (column, layout->columns->len - 1);
  out->row = MIN (row, layout->lanes->len - 1);
  deep = layout->row_slots[out->row];
  tracks = _tp_blueprint_layout_column_tracks (layout, out->column);
  out->slot = MIN (slot, deep * tracks - 1);
  out->track = layout->column_track[out->column] + out->slot / deep;
  out->level = out->slot % deep;
  out->rect.x = _tp_blueprint_layout_track_x (layout, out->track);
  out->rect.y = layout->row_y[out->row] + o->slot_gap + out->level * (o->card_height + o->slot_gap);
}

gboolean
tp_blueprint_routes_preview (TpBlueprintRoutes *routes,
                             TpConnection      *connection,
                             TpCard * const    *moving,
                             guint              n_moving,
                             guint              column,
                             guint              row,
                             guint              slot,
                             GArray            *points)
{
  const TpBlueprintBox *ends[2];
  TpBlueprintBox moved[2];
  RouteData d = { 0, };

  g_return_val_if_fail (routes != NULL && TP_IS_CONNECTION (connection) && points != NULL, FALSE);

  g_array_set_size (points, 0);
  if (routes->layout == NULL || routes->layout->columns->len == 0 || routes->layout->lanes->len == 0)
    return FALSE;
  ends[0] = tp_blueprint_layout_find_card_by_id (routes->layout, tp_connection_get_from (connection));
  ends[1] = tp_blueprint_layout_find_card_by_id (routes->layout, tp_connection_get_to (connection));
  if (ends[0] == NULL || ends[1] == NULL)
    return FALSE;
  for (guint e = 0; e < 2; e++)
    for (guint m = 0; m < n_moving; m++)
      if (moving[m] == ends[e]->card)
        {
          virtual_box (routes, ends[e], column, row, slot + m, &moved[e]);
          ends[e] = &moved[e];
          break;
        }

  d.connection = connection;
  d.from = ends[0]->card;
  d.to = ends[1]->card;
  d.nodes = g_array_new (FALSE, FALSE, sizeof (GridRef));
  d.base = points;
  search (routes, &d, ends[0], ends[1]);
  project (routes, &d, ends[0], ends[1]);
  g_array_unref (d.nodes);
  return points->len >= 2;
}

void
tp_blueprint_routes_free (TpBlueprintRoutes *routes)
{
  if (routes == NULL)
    return;

  g_clear_pointer (&routes->data, g_ptr_array_unref);
  g_clear_pointer (&routes->routes, g_array_unref);
  g_clear_pointer (&routes->by_connection, g_hash_table_unref);
  g_clear_pointer (&routes->heap, g_array_unref);
  g_free (routes->xs);
  g_free (routes->ys);
  g_free (routes->line_start);
  g_free (routes->row_slots);
  g_free (routes->steps);
  g_free (routes->column_track);
  g_free (routes->g);
  g_free (routes->parent);
  g_free (routes->stamp);
  g_free (routes);
}

guint
tp_blueprint_routes_get_n_routes (TpBlueprintRoutes *routes)
{
  g_return_val_if_fail (routes != NULL, 0);
  return routes->routes->len;
}

const TpBlueprintRoute *
tp_blueprint_routes_get_route (TpBlueprintRoutes *routes,
                               guint              i)
{
  g_return_val_if_fail (routes != NULL && i < routes->routes->len, NULL);
  return &g_array_index (routes->routes, TpBlueprintRoute, i);
}

const TpBlueprintRoute *
tp_blueprint_routes_find (TpBlueprintRoutes *routes,
                          TpConnection      *connection)
{
  guint i;

  g_return_val_if_fail (routes != NULL, NULL);

  i = GPOINTER_TO_UINT (g_hash_table_lookup (routes->by_connection, connection));
  return i == 0 ? NULL : &g_array_index (routes->routes, TpBlueprintRoute, i - 1);
}

void
tp_blueprint_route_get_bounds (const TpBlueprintRoute *route,
                               TpRect                 *rect)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_if_fail (route != NULL && rect != NULL);

  for (guint i = 0; i < route->n_points; i++)
    {
      x0 = MIN (x0, route->points[i].x);
      y0 = MIN (y0, route->points[i].y);
      x1 = MAX (x1, route->points[i].x);
      y1 = MAX (y1, route->points[i].y);
    }
  *rect = route->n_points > 0 ? (TpRect) { x0, y0, x1 - x0, y1 - y0 } : (TpRect) { 0, };
}

double
tp_blueprint_route_distance (const TpBlueprintRoute *route,
                             double                  x,
                             double                  y)
{
  double best = G_MAXDOUBLE;

  g_return_val_if_fail (route != NULL, G_MAXDOUBLE);

  for (guint i = 0; i + 1 < route->n_points; i++)
    {
      const TpPoint *a = &route->points[i], *b = &route->points[i + 1];
      double dx = b->x - a->x, dy = b->y - a->y;
      double length2 = dx * dx + dy * dy;
      double t = length2 > 0 ? ((x - a->x) * dx + (y - a->y) * dy) / length2 : 0;

      t = CLAMP (t, 0, 1);
      best = MIN (best, hypot (a->x + t * dx - x, a->y + t * dy - y));
    }
  return best;
}

TpConnection *
tp_blueprint_route_pick (const TpBlueprintRoute *(*get) (gpointer data,
                                                         guint    i),
                         gpointer                data,
                         guint                   n_routes,
                         double                  x,
                         double                  y,
                         double                  slop)
{
  TpConnection *best = NULL;
  double best_distance = slop;

  g_return_val_if_fail (get != NULL, NULL);

  for (guint i = 0; i < n_routes; i++)
    {
      const TpBlueprintRoute *route = get (data, i);
      TpRect bounds;
      double d;

      tp_blueprint_route_get_bounds (route, &bounds);
      if (x < bounds.x - slop || x > bounds.x + bounds.width + slop
          || y < bounds.y - slop || y > bounds.y + bounds.height + slop)
        continue;
      d = tp_blueprint_route_distance (route, x, y);
      /* The later of two equally near arrows: it is drawn on top. */
      if (d <= best_distance)
        {
          best_distance = d;
          best = route->connection;
        }
    }
  return best;
}

void
tp_blueprint_route_get_label_point (const TpBlueprintRoute *route,
                                    TpPoint                *point,
                                    gboolean               *horizontal)
{
  double best = -1;

  g_return_if_fail (route != NULL && point != NULL);

  *point = route->n_points > 0 ? route->points[0] : (TpPoint) { 0, 0 };
  for (guint i = 0; i + 1 < route->n_points; i++)
    {
      const TpPoint *p = &route->points[i], *q = &route->points[i + 1];
      double length = fabs (q->x - p->x) + fabs (q->y - p->y);

      if (length > best)
        {
          best = length;
          point->x = (p->x + q->x) / 2;
          point->y = (p->y + q->y) / 2;
          if (horizontal != NULL)
            *horizontal = fabs (p->y - q->y) < EPSILON;
        }
    }
}
