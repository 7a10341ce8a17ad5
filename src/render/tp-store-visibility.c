/* tp-store-visibility.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which obstacle blocks a segment, through a uniform grid of the obstacles'
 * bounds walked along the segment; and the router's graph: the pairs of
 * corners that see each other along a tangent edge, found once per plan
 * geometry.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-store-path-private.h"

#define MAX_GRID 64
/* Corners per cell of the grid the start's candidates come from (see route () in tp-store-path.c). */
#define CORNERS_PER_CELL 24

/* Obstacles are filed in the cells their bounds, grown by this much, overlap: a point or segment
 * within TP_STORE_EPSILON of an obstacle finds it in its own cell despite rounding. */
#define FILE_MARGIN (10 * TP_STORE_EPSILON)

guint
_tp_store_router_cell_index (double origin,
                             double cell,
                             guint  n,
                             double v)
{
  double f = floor ((v - origin) / cell);

  return (guint) CLAMP (f, 0, (double) n - 1);
}

void
_tp_store_router_build_grid (TpStoreRouter *router,
                             const TpRect  *plan)
{
  guint n = router->obstacles->len;
  gboolean any = FALSE;
  TpRect extent = { 0, 0, 0, 0 };

  if (plan != NULL)
    {
      extent = *plan;
      any = TRUE;
    }
  for (guint i = 0; i < n; i++)
    {
      const TpRect *b = &g_array_index (router->obstacles, TpStoreObstacle, i).bounds;

      if (!any)
        extent = *b;
      else
        {
          double x1 = MAX (extent.x + extent.width, b->x + b->width);
          double y1 = MAX (extent.y + extent.height, b->y + b->height);

          extent.x = MIN (extent.x, b->x);
          extent.y = MIN (extent.y, b->y);
          extent.width = x1 - extent.x;
          extent.height = y1 - extent.y;
        }
      any = TRUE;
    }

  router->extent = extent;
  router->cell = MAX (MAX (extent.width, extent.height) / MAX_GRID,
                      sqrt (MAX (extent.width * extent.height, 1e-6) / MAX (n, 1)));
  router->cell = MAX (router->cell, 1e-3);
  router->cols = CLAMP ((guint) ceil (extent.width / router->cell), 1, MAX_GRID);
  router->rows = CLAMP ((guint) ceil (extent.height / router->cell), 1, MAX_GRID);
  router->cells = g_new0 (GArray *, router->cols * router->rows);

  for (guint i = 0; i < n; i++)
    {
      const TpRect *b = &g_array_index (router->obstacles, TpStoreObstacle, i).bounds;
      guint c0 = _tp_store_router_cell_index (extent.x, router->cell, router->cols, b->x - FILE_MARGIN);
      guint r0 = _tp_store_router_cell_index (extent.y, router->cell, router->rows, b->y - FILE_MARGIN);
      guint c1 = _tp_store_router_cell_index (extent.x, router->cell, router->cols,
                                              b->x + b->width + FILE_MARGIN);
      guint r1 = _tp_store_router_cell_index (extent.y, router->cell, router->rows,
                                              b->y + b->height + FILE_MARGIN);

      for (guint r = r0; r <= r1; r++)
        for (guint c = c0; c <= c1; c++)
          {
            GArray **cell = &router->cells[r * router->cols + c];

            if (*cell == NULL)
              *cell = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (*cell, i);
          }
    }
}

/* Whether the segment runs through the inside of the rectangle, more than TP_STORE_EPSILON from
 * its outline (what tp_polygon_blocks_segment finds for a rectangle, without its general case). */
static gboolean
segment_through_rect (TpPoint       a,
                      TpPoint       b,
                      const TpRect *r)
{
  double t0 = 0, t1 = 1;
  double dx = b.x - a.x, dy = b.y - a.y;
  double len = sqrt (dx * dx + dy * dy);
  double e = TP_STORE_EPSILON;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { a.x - (r->x + e), (r->x + r->width - e) - a.x,
                  a.y - (r->y + e), (r->y + r->height - e) - a.y };

  if (r->width <= 2 * e || r->height <= 2 * e)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] <= 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 >= t1)
        return FALSE;
    }
  return (t1 - t0) * len > TP_STORE_EPSILON;
}

/* Whether obstacle @o blocks a–b (and is not one the query walks into). */
static inline gboolean
blocks (TpStoreRouter *router,
        TpStoreSearch *search,
        guint          o,
        TpPoint        a,
        TpPoint        b)
{
  const TpStoreObstacle *ob = &g_array_index (router->obstacles, TpStoreObstacle, o);

  if ((int) o == search->ignore[0] || (int) o == search->ignore[1])
    return FALSE;
  if (MAX (a.x, b.x) <= ob->bounds.x || MIN (a.x, b.x) >= ob->bounds.x + ob->bounds.width ||
      MAX (a.y, b.y) <= ob->bounds.y || MIN (a.y, b.y) >= ob->bounds.y + ob->bounds.height)
    return FALSE;
  if (ob->is_rect)
    return segment_through_rect (a, b, &ob->bounds);
  return tp_polygon_blocks_segment (ob->points, ob->n, &ob->bounds, a, b);
}

/* Walks the grid's cells along a–b from a (Amanatides and Woo) and tests the obstacles filed in
 * each, so a blocked walk stops at its first obstacle and a clear one looks only at the cells it
 * crosses. Returns the obstacle that blocks, or -1. */
static int
first_blocker (TpStoreRouter *router,
               TpStoreSearch *search,
               TpPoint        a,
               TpPoint        b)
{
  const TpRect *ext = &router->extent;
  double dx = b.x - a.x, dy = b.y - a.y;
  double t0 = 0, t1 = 1;
  double x0, y0, x1, y1;
  guint cx, cy, ex, ey, steps;
  int sx, sy;
  double tx, ty, ddx, ddy;

  if (router->obstacles->len == 0)
    return -1;
  search->stamp++;

  /* Every obstacle lies inside the extent: only the part of a–b inside it can be blocked. */
  if (!(a.x >= ext->x && a.x <= ext->x + ext->width && a.y >= ext->y && a.y <= ext->y + ext->height &&
        b.x >= ext->x && b.x <= ext->x + ext->width && b.y >= ext->y && b.y <= ext->y + ext->height))
  {
    double p[4] = { -dx, dx, -dy, dy };
    double q[4] = { a.x - ext->x, ext->x + ext->width - a.x,
                    a.y - ext->y, ext->y + ext->height - a.y };

    for (int i = 0; i < 4; i++)
      {
        if (p[i] == 0)
          {
            if (q[i] < 0)
              return -1;
            continue;
          }
        if (p[i] < 0)
          t0 = MAX (t0, q[i] / p[i]);
        else
          t1 = MIN (t1, q[i] / p[i]);
        if (t0 > t1)
          return -1;
      }
  }

  x0 = (a.x + t0 * dx - ext->x) / router->cell;
  y0 = (a.y + t0 * dy - ext->y) / router->cell;
  x1 = (a.x + t1 * dx - ext->x) / router->cell;
  y1 = (a.y + t1 * dy - ext->y) / router->cell;
  /* Clipped to the extent, so ≥ 0 but for rounding: truncation is floor here. */
  cx = MIN ((guint) MAX (x0, 0), router->cols - 1);
  cy = MIN ((guint) MAX (y0, 0), router->rows - 1);
  ex = MIN ((guint) MAX (x1, 0), router->cols - 1);
  ey = MIN ((guint) MAX (y1, 0), router->rows - 1);
  sx = ex > cx ? 1 : ex < cx ? -1 : 0;
  sy = ey > cy ? 1 : ey < cy ? -1 : 0;
  ddx = sx != 0 ? fabs (1 / (x1 - x0)) : G_MAXDOUBLE;
  ddy = sy != 0 ? fabs (1 / (y1 - y0)) : G_MAXDOUBLE;
  tx = sx > 0 ? (cx + 1 - x0) * ddx : sx < 0 ? (x0 - cx) * ddx : G_MAXDOUBLE;
  ty = sy > 0 ? (cy + 1 - y0) * ddy : sy < 0 ? (y0 - cy) * ddy : G_MAXDOUBLE;
  /* Each step moves one cell towards the end cell, so there are exactly this many; rounding
   * cannot make the walk miss the end or go on past it. */
  steps = (ex > cx ? ex - cx : cx - ex) + (ey > cy ? ey - cy : cy - ey);

  for (guint k = 0;; k++)
    {
      GArray *list = router->cells[cy * router->cols + cx];

      if (list != NULL)
        for (guint i = 0; i < list->len; i++)
          {
            guint o = g_array_index (list, guint, i);

            if (search->stamps[o] == search->stamp)
              continue;
            search->stamps[o] = search->stamp;
            if (blocks (router, search, o, a, b))
              return o;
          }
      if (k == steps)
        break;
      if (cx != ex && (cy == ey || tx < ty))
        {
          cx += sx;
          tx += ddx;
        }
      else
        {
          cy += sy;
          ty += ddy;
        }
    }
  return -1;
}

gboolean
_tp_store_router_visible (TpStoreRouter *router,
                          TpStoreSearch *search,
                          TpPoint        a,
                          TpPoint        b,
                          TpStoreHints  *hints)
{
  int o;

  if (hints != NULL)
    for (guint i = 0; i < hints->n; i++)
      if (blocks (router, search, hints->obstacle[i], a, b))
        {
          /* The nearest in angle is the likeliest next time. */
          int first = hints->obstacle[i];

          memmove (&hints->obstacle[1], &hints->obstacle[0], i * sizeof (int));
          hints->obstacle[0] = first;
          return FALSE;
        }
  o = first_blocker (router, search, a, b);
  if (o >= 0 && hints != NULL)
    {
      hints->n = MIN (hints->n + 1, TP_STORE_HINTS);
      memmove (&hints->obstacle[1], &hints->obstacle[0], (hints->n - 1) * sizeof (int));
      hints->obstacle[0] = o;
    }
  return o < 0;
}

gboolean
tp_store_router_visible (TpStoreRouter *router,
                         TpPoint        a,
                         TpPoint        b)
{
  g_return_val_if_fail (router != NULL, FALSE);

  return _tp_store_router_visible (router, router->search, a, b, NULL);
}

typedef struct {
  guint  from;
  guint  to;
  double length;
} Pair;

/* Files the corners by the grid cell of their turning point, with the bounds of those points. */
static void
file_corners (TpStoreRouter *router)
{
  const TpStoreCorner *corners = (const TpStoreCorner *) (gconstpointer) router->corners->data;
  guint n = router->corners->len, n_cells;
  g_autofree guint *cell_of = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = NULL;
  double area = MAX (router->extent.width * router->extent.height, 1e-6);

  /* About CORNERS_PER_CELL corners a cell: a search looks at every cell's bound, and at the corners
   * of the cells it takes. */
  router->corner_cell = MAX (sqrt (area * CORNERS_PER_CELL / MAX (n, 1)), 1e-3);
  router->corner_cols = CLAMP ((guint) ceil (router->extent.width / router->corner_cell), 1, MAX_GRID);
  router->corner_rows = CLAMP ((guint) ceil (router->extent.height / router->corner_cell), 1, MAX_GRID);
  n_cells = router->corner_cols * router->corner_rows;
  fill = g_new0 (guint, n_cells);

  router->cell_start = g_new0 (guint, n_cells + 1);
  router->cell_corners = g_new (guint, MAX (n, 1));
  router->cell_box = g_new0 (TpRect, n_cells);
  for (guint i = 0; i < n; i++)
    {
      guint c = _tp_store_router_cell_index (router->extent.x, router->corner_cell, router->corner_cols,
                                             corners[i].p.x);
      guint r = _tp_store_router_cell_index (router->extent.y, router->corner_cell, router->corner_rows,
                                             corners[i].p.y);
      TpRect *box = &router->cell_box[r * router->corner_cols + c];

      cell_of[i] = r * router->corner_cols + c;
      if (router->cell_start[cell_of[i] + 1]++ == 0)
        *box = (TpRect) { corners[i].p.x, corners[i].p.y, 0, 0 };
      else
        {
          double x1 = MAX (box->x + box->width, corners[i].p.x);
          double y1 = MAX (box->y + box->height, corners[i].p.y);

          box->x = MIN (box->x, corners[i].p.x);
          box->y = MIN (box->y, corners[i].p.y);
          box->width = x1 - box->x;
          box->height = y1 - box->y;
        }
    }
  for (guint c = 0; c < n_cells; c++)
    router->cell_start[c + 1] += router->cell_start[c];
  /* In the order of the corners within a cell. */
  for (guint i = 0; i < n; i++)
    router->cell_corners[router->cell_start[cell_of[i]] + fill[cell_of[i]]++] = i;
}

/* The pairs of corners first … last − 1 with a later corner that see each other along a tangent
 * edge: the tangent test both ways, then one visibility test, with the obstacles that blocked this
 * corner's last tests tried first. */
static void
find_pairs (TpStoreRouter *router,
            TpStoreSearch *search,
            guint          first,
            guint          last,
            GArray        *pairs)
{
  const TpStoreCorner *corners = (const TpStoreCorner *) (gconstpointer) router->corners->data;
  guint n = router->corners->len;
  int saved[2] = { search->ignore[0], search->ignore[1] };

  search->ignore[0] = search->ignore[1] = -1;
  for (guint i = first; i < last; i++)
    {
      TpStoreHints hints = { { 0 }, 0 };

      for (guint j = i + 1; j < n; j++)
        {
          double dx, dy;
          Pair pair;

          if (!_tp_store_corner_tangent (&corners[i], corners[j].p) ||
              !_tp_store_corner_tangent (&corners[j], corners[i].p) ||
              !_tp_store_router_visible (router, search, corners[i].p, corners[j].p, &hints))
            continue;
          dx = corners[j].p.x - corners[i].p.x;
          dy = corners[j].p.y - corners[i].p.y;
          pair = (Pair) { i, j, sqrt (dx * dx + dy * dy) };
          g_array_append_val (pairs, pair);
        }
    }
  search->ignore[0] = saved[0];
  search->ignore[1] = saved[1];
}

/* The graph is found on every core, each thread a block of corners (of about as many pairs),
 * with a search state of its own; the blocks' pairs, joined in order, are the pairs found by one. */
#define MAX_WORKERS 8
#define MIN_PAIRS_PER_WORKER 4000

typedef struct {
  TpStoreRouter *router;
  guint          first;
  guint          last;
  GArray        *pairs;
} Block;

static gpointer
graph_worker_thread (gpointer data)
{
  Block *block = data;
  TpStoreSearch *search = _tp_store_search_new (block->router);

  find_pairs (block->router, search, block->first, block->last, block->pairs);
  _tp_store_search_free (search);
  return NULL;
}

void
_tp_store_router_build_graph (TpStoreRouter *router)
{
  guint n = router->corners->len;
  guint64 all = (guint64) n * (n > 0 ? n - 1 : 0) / 2, done = 0;
  g_autoptr(GArray) pairs = NULL;
  g_autofree guint *fill = NULL;
  Block blocks[MAX_WORKERS];
  GThread *threads[MAX_WORKERS];
  guint n_workers, row = 0;

  if (router->edge_start != NULL)
    return;

  n_workers = CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
  n_workers = (guint) CLAMP (all / MIN_PAIRS_PER_WORKER, 1, n_workers);
  for (guint w = 0; w < n_workers; w++)
    {
      blocks[w] = (Block) { router, row, n, g_array_new (FALSE, FALSE, sizeof (Pair)) };
      /* Rows up to about (w + 1) / n_workers of the pairs: row i has n − 1 − i. */
      while (w + 1 < n_workers && row < n && done < all * (w + 1) / n_workers)
        done += n - 1 - row++;
      if (w + 1 < n_workers)
        blocks[w].last = row;
    }
  for (guint w = 1; w < n_workers; w++)
    threads[w] = g_thread_new ("tp-store-graph", graph_worker_thread, &blocks[w]);
  find_pairs (router, router->search, blocks[0].first, blocks[0].last, blocks[0].pairs);
  pairs = blocks[0].pairs;
  for (guint w = 1; w < n_workers; w++)
    {
      g_thread_join (threads[w]);
      g_array_append_vals (pairs, blocks[w].pairs->data, blocks[w].pairs->len);
      g_array_unref (blocks[w].pairs);
    }

  /* Both ways, each corner's edges in the order of the corners they go to: the pairs come in the
   * order of their first corner, then of their second. */
  router->edge_start = g_new0 (guint, n + 1);
  router->edges = g_new (TpStoreEdge, MAX (2 * pairs->len, 1));
  fill = g_new0 (guint, n + 1);
  for (guint k = 0; k < pairs->len; k++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, k);

      router->edge_start[pair->from + 1]++;
      router->edge_start[pair->to + 1]++;
    }
  for (guint i = 0; i < n; i++)
    router->edge_start[i + 1] += router->edge_start[i];
  for (guint k = 0; k < pairs->len; k++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, k);

      router->edges[router->edge_start[pair->to] + fill[pair->to]++] =
        (TpStoreEdge) { pair->from, pair->length };
    }
  for (guint k = 0; k < pairs->len; k++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, k);

      router->edges[router->edge_start[pair->from] + fill[pair->from]++] =
        (TpStoreEdge) { pair->to, pair->length };
    }
  file_corners (router);
}
