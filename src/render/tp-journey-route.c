/* tp-journey-route.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arrows of the journey map along the column and row boundaries; see
 * tp-journey-route.h for the rule.
 */

#include "config.h"

#include "tp-journey-route.h"

/* How far apart arrows sharing a channel run. */
#define TRACK 2.0

struct _TpJourneyRoutes
{
  GArray *routes;               /* TpBlueprintRoute, points owned */
};

typedef struct {
  GArray *points;               /* TpPoint */
} Path;

static void
add_point (GArray *points,
           double  x,
           double  y)
{
  TpPoint p = { x, y };

  /* Collinear points in the middle of a straight run go. */
  if (points->len >= 1)
    {
      TpPoint *last = &g_array_index (points, TpPoint, points->len - 1);

      if (last->x == x && last->y == y)
        return;
      if (points->len >= 2)
        {
          TpPoint *before = &g_array_index (points, TpPoint, points->len - 2);

          if ((before->x == last->x && last->x == x) || (before->y == last->y && last->y == y))
            {
              *last = p;
              return;
            }
        }
    }
  g_array_append_val (points, p);
}

static gboolean
is_chip (TpJourneyLayout *layout,
         const TpCardBox *box)
{
  return tp_journey_layout_row_is_feelings (layout, box->row);
}

/* The x of the column boundary on @box's left (FALSE) or right (TRUE). */
static double
column_edge (TpJourneyLayout *layout,
             const TpCardBox *box,
             gboolean         right)
{
  TpRect column;

  tp_journey_layout_get_column_rect (layout, box->column, &column);
  return right ? column.x + column.width : column.x;
}

static double
row_top (TpJourneyLayout *layout,
         guint            row)
{
  TpRect rect;

  tp_journey_layout_get_row_rect (layout, row, &rect);
  return rect.y;
}

/* From @box's port onto the column boundary @edge_x (the path's end is then at (edge_x, y)). */
static void
leave_card (TpJourneyLayout *layout,
            const TpCardBox *box,
            double           edge_x,
            double           track,
            GArray          *points)
{
  const TpRect *r = &box->rect;

  if (is_chip (layout, box))
    {
      /* Up from the chip's label to its row's top, then along it. */
      double top = row_top (layout, box->row) + track;
      double cx = r->x + r->width / 2 + track;

      add_point (points, cx, r->y);
      add_point (points, cx, top);
      add_point (points, edge_x, top);
    }
  else
    {
      double y = r->y + r->height / 2 + track;

      add_point (points, edge_x > r->x ? r->x + r->width : r->x, y);
      add_point (points, edge_x, y);
    }
}

/* The y where the path comes off the column boundary towards @box. */
static double
entry_y (TpJourneyLayout *layout,
         const TpCardBox *box,
         double           track)
{
  if (is_chip (layout, box))
    return row_top (layout, box->row) + track;
  return box->rect.y + box->rect.height / 2 + track;
}

/* From the column boundary @edge_x (at entry_y) into @box. */
static void
enter_card (TpJourneyLayout *layout,
            const TpCardBox *box,
            double           edge_x,
            double           track,
            GArray          *points)
{
  const TpRect *r = &box->rect;

  if (is_chip (layout, box))
    {
      double top = row_top (layout, box->row) + track;
      double cx = r->x + r->width / 2 + track;

      add_point (points, edge_x, top);
      add_point (points, cx, top);
      add_point (points, cx, r->y);
    }
  else
    {
      double y = r->y + r->height / 2 + track;

      add_point (points, edge_x, y);
      add_point (points, edge_x > r->x ? r->x + r->width : r->x, y);
    }
}

/* The row boundary to cross columns on: between the two ends if there is one, else the
 * nearest. */
static double
crossing_y (TpJourneyLayout *layout,
            double           y0,
            double           y1)
{
  double lo = MIN (y0, y1), hi = MAX (y0, y1), mid = (y0 + y1) / 2;
  double best = row_top (layout, 0), best_cost = G_MAXDOUBLE;
  guint n = tp_journey_layout_get_n_rows (layout);

  for (guint r = 0; r < n; r++)
    {
      double y = row_top (layout, r);
      double cost = y >= lo && y <= hi ? ABS (y - mid) : (hi - lo) + MIN (ABS (y - lo), ABS (y - hi)) * 2;

      if (cost < best_cost)
        {
          best = y;
          best_cost = cost;
        }
    }
  return best;
}

static void
route (TpJourneyLayout   *layout,
       const TpCardBox   *from,
       const TpCardBox   *to,
       double             track,
       GArray            *points)
{
  gboolean rightward = to->column >= from->column;
  double x0 = column_edge (layout, from, rightward) + track;
  double x1;
  double y0, y1, yc;

  /* Same column: down its right boundary and back in. */
  if (to->column == from->column)
    x1 = x0;
  else
    x1 = column_edge (layout, to, !rightward) + track;

  leave_card (layout, from, x0, track, points);
  y0 = g_array_index (points, TpPoint, points->len - 1).y;
  y1 = entry_y (layout, to, track);
  if (x0 != x1)
    {
      yc = crossing_y (layout, y0, y1) + track;
      add_point (points, x0, yc);
      add_point (points, x1, yc);
    }
  enter_card (layout, to, x1, track, points);
}

TpJourneyRoutes *
tp_journey_routes_new (TpJourneyLayout *layout)
{
  TpJourneyRoutes *routes = g_new0 (TpJourneyRoutes, 1);
  g_autoptr(GHashTable) boxes = g_hash_table_new (g_str_hash, g_str_equal);
  TpJourney *journey = tp_journey_layout_get_journey (layout);
  GPtrArray *connections = tp_journey_get_connections (journey);

  routes->routes = g_array_new (FALSE, TRUE, sizeof (TpBlueprintRoute));
  for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
    {
      const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);

      g_hash_table_insert (boxes, (gpointer) tp_element_get_id (TP_ELEMENT (box->card)),
                           (gpointer) box);
    }

  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      const TpCardBox *from = g_hash_table_lookup (boxes, tp_connection_get_from (connection));
      const TpCardBox *to = g_hash_table_lookup (boxes, tp_connection_get_to (connection));
      TpBlueprintRoute r = { connection, NULL, NULL, 0, NULL };
      GArray *points;

      if (from == NULL || to == NULL || from == to)
        continue;
      points = g_array_new (FALSE, FALSE, sizeof (TpPoint));
      route (layout, from, to, ((int) (routes->routes->len % 3) - 1) * TRACK, points);
      r.from = from->card;
      r.to = to->card;
      r.n_points = points->len;
      r.points = (TpPoint *) (gpointer) g_array_free (points, FALSE);
      g_array_append_val (routes->routes, r);
    }
  return routes;
}

void
tp_journey_routes_free (TpJourneyRoutes *routes)
{
  if (routes == NULL)
    return;
  for (guint i = 0; i < routes->routes->len; i++)
    g_free (g_array_index (routes->routes, TpBlueprintRoute, i).points);
  g_array_unref (routes->routes);
  g_free (routes);
}

guint
tp_journey_routes_get_n_routes (TpJourneyRoutes *routes)
{
  return routes->routes->len;
}

const TpBlueprintRoute *
tp_journey_routes_get_route (TpJourneyRoutes *routes,
                             guint            i)
{
  g_return_val_if_fail (i < routes->routes->len, NULL);

  return &g_array_index (routes->routes, TpBlueprintRoute, i);
}
