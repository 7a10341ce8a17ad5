/* tp-store-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A shortest path around polygons only ever turns at their convex corners,
 * so the graph's nodes are those corners (pushed out by the clearance) and
 * its edges the pairs that see each other. Only "tangent" edges are kept:
 * at a corner the path must wrap around its obstacle, i.e. the corner's two
 * neighbours lie on one side of the edge. The graph is built the first time
 * a leg is not straight (tp-store-visibility.c), once per plan geometry, so a
 * plan whose stops see each other never builds it; segment tests go through a
 * uniform grid of the obstacles' bounds. A search only reads the router's
 * graph and keeps what it changes in a TpStoreSearch, so legs can be searched
 * on several threads (tp-store-path-parallel.c).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-store-path-private.h"

typedef struct {
  TpPoint a;
  TpPoint b;
} LegKey;

typedef struct {
  LegKey   key;
  GArray  *path;        /* TpPoint, a first and b last */
  double   length;
  gboolean reached;
} Leg;

/* More legs than this and the cache starts again (a plan walked by many journeys). */
#define MAX_LEGS 65536

static guint
leg_key_hash (gconstpointer data)
{
  const guint32 *words = data;
  guint hash = 5381;

  for (guint i = 0; i < sizeof (LegKey) / sizeof (guint32); i++)
    hash = hash * 33 + words[i];
  return hash;
}

static gboolean
leg_key_equal (gconstpointer a,
               gconstpointer b)
{
  return memcmp (a, b, sizeof (LegKey)) == 0;
}

static void
leg_free (gpointer data)
{
  Leg *leg = data;

  g_array_unref (leg->path);
  g_free (leg);
}

/* sqrt, not hypot: hypot's care for overflow cost a tenth of the walk, and metres of a floor
 * plan never come near it. */
static double
distance (TpPoint a,
          TpPoint b)
{
  double dx = b.x - a.x, dy = b.y - a.y;

  return sqrt (dx * dx + dy * dy);
}

static void
add_corners (TpStoreRouter *router,
             guint          o,
             const TpRect  *plan,
             double         clearance)
{
  const TpStoreObstacle *ob = &g_array_index (router->obstacles, TpStoreObstacle, o);

  for (guint i = 0; i < ob->n; i++)
    {
      TpStoreCorner c = { { 0, 0 }, ob->points[i], ob->points[(i + ob->n - 1) % ob->n],
                   ob->points[(i + 1) % ob->n], o };
      double ix = c.corner.x - c.prev.x, iy = c.corner.y - c.prev.y;
      double ox = c.next.x - c.corner.x, oy = c.next.y - c.corner.y;
      double il = hypot (ix, iy), ol = hypot (ox, oy);
      double bx, by, bl, push, near;
      gboolean ok = TRUE;

      if (il <= TP_STORE_EPSILON || ol <= TP_STORE_EPSILON)
        continue;
      /* The bisector of the outside angle; its length tells how sharp the turn is. */
      bx = ix / il - ox / ol;
      by = iy / il - oy / ol;
      bl = hypot (bx, by);
      if (bl < 0.05)
        continue;  /* nearly straight: never a turning point */
      push = MIN (2 * clearance / bl, 3 * clearance);
      c.p = (TpPoint) { c.corner.x + bx / bl * push, c.corner.y + by / bl * push };

      /* A reflex corner pushes into its own obstacle; a corner in a narrow gap (to another
       * obstacle or the plan's outline) is not passable. */
      near = MAX (TP_STORE_PATH_MIN_GAP - clearance, 0);
      if (plan != NULL && !(c.p.x >= plan->x + near && c.p.x <= plan->x + plan->width - near &&
                            c.p.y >= plan->y + near && c.p.y <= plan->y + plan->height - near))
        continue;
      for (guint k = 0; k < router->obstacles->len && ok; k++)
        {
          const TpStoreObstacle *other = &g_array_index (router->obstacles, TpStoreObstacle, k);

          if (c.p.x < other->bounds.x - near || c.p.x > other->bounds.x + other->bounds.width + near ||
              c.p.y < other->bounds.y - near || c.p.y > other->bounds.y + other->bounds.height + near)
            continue;
          if (tp_polygon_locate (other->points, other->n, c.p.x, c.p.y, TP_STORE_EPSILON)
              != TP_POINT_OUTSIDE)
            ok = FALSE;
          for (guint e = 0; e < other->n && ok && k != o; e++)
            if (tp_segment_distance (other->points[e], other->points[(e + 1) % other->n],
                                     c.p.x, c.p.y, NULL) < near - TP_STORE_EPSILON)
              ok = FALSE;
        }
      if (ok)
        g_array_append_val (router->corners, c);
    }
}

static gboolean
is_rect (const TpStoreShape *s)
{
  double x0 = s->bounds.x, y0 = s->bounds.y;
  double x1 = s->bounds.x + s->bounds.width, y1 = s->bounds.y + s->bounds.height;

  if (s->n_points != 4 || s->area != s->bounds.width * s->bounds.height)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      TpPoint p = s->points[i], q = s->points[(i + 1) % 4];

      if ((p.x != x0 && p.x != x1) || (p.y != y0 && p.y != y1) || ((p.x == q.x) == (p.y == q.y)))
        return FALSE;
    }
  return TRUE;
}

TpStoreRouter *
tp_store_router_new (const TpStoreShape *shapes,
                     guint               n_shapes,
                     const TpRect       *plan,
                     double              clearance)
{
  TpStoreRouter *router = g_new0 (TpStoreRouter, 1);

  g_return_val_if_fail (shapes != NULL || n_shapes == 0, NULL);

  router->obstacles = g_array_new (FALSE, TRUE, sizeof (TpStoreObstacle));
  router->legs = g_hash_table_new_full (leg_key_hash, leg_key_equal, NULL, leg_free);
  router->corners = g_array_new (FALSE, TRUE, sizeof (TpStoreCorner));

  for (guint i = 0; i < n_shapes; i++)
    {
      const TpStoreShape *s = &shapes[i];
      TpStoreObstacle ob = { s->points, s->n_points, s->bounds, FALSE };

      /* Zero-area shapes (a line drawn as a polygon) block nothing. */
      if (s->walkable || s->n_points < 3 || s->area <= TP_STORE_EPSILON)
        continue;
      ob.is_rect = is_rect (s);
      g_array_append_val (router->obstacles, ob);
    }
  _tp_store_router_build_grid (router, plan);
  for (guint i = 0; i < router->obstacles->len; i++)
    add_corners (router, i, plan, clearance);
  router->search = _tp_store_search_new (router);

  return router;
}

TpStoreSearch *
_tp_store_search_new (TpStoreRouter *router)
{
  TpStoreSearch *search = g_new0 (TpStoreSearch, 1);
  guint n = router->corners->len + 2;

  search->stamps = g_new0 (guint, MAX (router->obstacles->len, 1));
  search->ignore[0] = search->ignore[1] = -1;
  search->g = g_new (double, n);
  for (guint i = 0; i < n; i++)
    search->g[i] = G_MAXDOUBLE;
  search->from = g_new (int, n);
  search->touched = g_new (guint, n);
  search->closed = g_new0 (guint, n);
  return search;
}

void
_tp_store_search_free (TpStoreSearch *search)
{
  g_free (search->stamps);
  g_free (search->g);
  g_free (search->from);
  g_free (search->touched);
  g_free (search->closed);
  for (guint b = 0; b < G_N_ELEMENTS (search->buckets); b++)
    g_free (search->buckets[b].items);
  g_free (search);
}

void
tp_store_router_free (TpStoreRouter *router)
{
  if (router == NULL)
    return;
  for (guint i = 0; i < router->cols * router->rows; i++)
    g_clear_pointer (&router->cells[i], g_array_unref);
  g_free (router->cells);
  _tp_store_search_free (router->search);
  g_free (router->edge_start);
  g_free (router->edges);
  g_free (router->cell_start);
  g_free (router->cell_corners);
  g_free (router->cell_box);
  g_hash_table_unref (router->legs);
  g_array_unref (router->corners);
  g_array_unref (router->obstacles);
  g_free (router);
}

guint
tp_store_router_get_n_corners (TpStoreRouter *router)
{
  g_return_val_if_fail (router != NULL, 0);

  return router->corners->len;
}

void
tp_store_router_get_corner (TpStoreRouter *router,
                            guint          i,
                            TpPoint       *p,
                            TpPoint       *corner,
                            TpPoint       *prev,
                            TpPoint       *next)
{
  const TpStoreCorner *c;

  g_return_if_fail (router != NULL && i < router->corners->len);

  c = &g_array_index (router->corners, TpStoreCorner, i);
  *p = c->p;
  *corner = c->corner;
  *prev = c->prev;
  *next = c->next;
}

/* The open set is a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan): A* with a consistent
 * heuristic takes keys off in order, never one below the last, so an item only needs filing in the
 * bucket of the highest bit in which its key differs from the last one taken (the bits of a
 * non-negative double order as the double does). A push is a few instructions; a bucket is sorted
 * out only when it is the lowest left, and most of what a search pushes is never looked at again:
 * a walk of the bench plan pushes 856,000 items and takes 228,000, and the four-ary heap it
 * replaced spent a fifth of the walk sifting them. */
static inline guint64
key_of (double f)
{
  guint64 bits;

  f = MAX (f, 0);
  memcpy (&bits, &f, sizeof bits);
  return bits;
}

static inline guint
bucket_of (guint64 key,
           guint64 last)
{
  return key == last ? 0 : 64 - __builtin_clzll (key ^ last);
}

static inline void
bucket_add (TpStoreSearch         *search,
            guint                  b,
            const TpStoreHeapItem *item)
{
  TpStoreBucket *bucket = &search->buckets[b];

  if (G_UNLIKELY (bucket->len == bucket->size))
    {
      bucket->size = MAX (bucket->size * 2, 64);
      bucket->items = g_renew (TpStoreHeapItem, bucket->items, bucket->size);
    }
  bucket->items[bucket->len++] = *item;
  search->heap_mask |= G_GUINT64_CONSTANT (1) << b;
}

static inline void
heap_push (TpStoreSearch *search,
           double         f,
           double         g,
           guint          node,
           int            parent)
{
  /* Rounding can put a key an ulp below the last taken (d(u, v) + d(v, b) < d(u, b)); it is
   * taken next. */
  TpStoreHeapItem item = { MAX (key_of (f), search->heap_last), g, node, parent };

  bucket_add (search, bucket_of (item.key, search->heap_last), &item);
  search->heap_len++;
}

static TpStoreHeapItem
heap_pop (TpStoreSearch *search)
{
  TpStoreBucket *zero = &search->buckets[0];

  if (zero->len == 0)
    {
      /* The lowest bucket holding items: its least key is the new last, and its items go to
       * lower buckets. */
      guint b = __builtin_ctzll (search->heap_mask & ~G_GUINT64_CONSTANT (1));
      TpStoreBucket *from = &search->buckets[b];
      guint64 least = G_MAXUINT64;
      guint n = from->len;

      for (guint i = 0; i < n; i++)
        least = MIN (least, from->items[i].key);
      search->heap_last = least;
      from->len = 0;
      search->heap_mask &= ~(G_GUINT64_CONSTANT (1) << b);
      for (guint i = 0; i < n; i++)
        bucket_add (search, bucket_of (from->items[i].key, least), &from->items[i]);
    }
  search->heap_len--;
  if (zero->len == 1)
    search->heap_mask &= ~G_GUINT64_CONSTANT (1);
  return zero->items[--zero->len];
}

static void
heap_clear (TpStoreSearch *search)
{
  for (guint b = 0; b < G_N_ELEMENTS (search->buckets); b++)
    search->buckets[b].len = 0;
  search->heap_mask = 0;
  search->heap_len = 0;
  search->heap_last = 0;
}

static int
holding_obstacle (TpStoreRouter *router,
                  TpPoint        p,
                  int            other_than)
{
  GArray *list;
  guint c, r;

  if (router->obstacles->len == 0)
    return -1;
  c = _tp_store_router_cell_index (router->extent.x, router->cell, router->cols, p.x);
  r = _tp_store_router_cell_index (router->extent.y, router->cell, router->rows, p.y);
  /* The cell's obstacles are filed in the order of the plan's zones, as the first one is wanted. */
  list = router->cells[r * router->cols + c];
  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      guint i = g_array_index (list, guint, k);
      const TpStoreObstacle *ob = &g_array_index (router->obstacles, TpStoreObstacle, i);

      if ((int) i == other_than ||
          p.x < ob->bounds.x - TP_STORE_EPSILON || p.x > ob->bounds.x + ob->bounds.width + TP_STORE_EPSILON ||
          p.y < ob->bounds.y - TP_STORE_EPSILON || p.y > ob->bounds.y + ob->bounds.height + TP_STORE_EPSILON)
        continue;
      if (tp_polygon_locate (ob->points, ob->n, p.x, p.y, TP_STORE_EPSILON) != TP_POINT_OUTSIDE)
        return i;
    }
  return -1;
}

static void
append_point (GArray  *path,
              TpPoint  p)
{
  g_array_append_val (path, p);
}

/* Node @u's g is about to be set: it is put back to "not reached" when the query ends. */
static inline void
touch (TpStoreSearch *search,
       guint          u)
{
  if (search->g[u] == G_MAXDOUBLE)
    search->touched[search->n_touched++] = u;
}

/* A lower bound of d(a, x) + d(x, b) over the points x of @box, a little lower still so that
 * rounding cannot put it above the value at one of them. */
static double
box_bound (const TpRect *box,
           TpPoint       a,
           TpPoint       b)
{
  double ax = MAX (MAX (box->x - a.x, a.x - (box->x + box->width)), 0);
  double ay = MAX (MAX (box->y - a.y, a.y - (box->y + box->height)), 0);
  double bx = MAX (MAX (box->x - b.x, b.x - (box->x + box->width)), 0);
  double by = MAX (MAX (box->y - b.y, b.y - (box->y + box->height)), 0);

  return (sqrt (ax * ax + ay * ay) + sqrt (bx * bx + by * by)) * (1 - 1e-12) - 1e-12;
}

/* Sets the obstacles @search ignores: a stop at a shelf (or a wall) is reached by stepping into it. */
static void
ignore_holding (TpStoreRouter *router,
                TpStoreSearch *search,
                TpPoint        a,
                TpPoint        b)
{
  search->ignore[0] = holding_obstacle (router, a, -1);
  search->ignore[1] = holding_obstacle (router, b, search->ignore[0]);
  if (search->ignore[1] < 0)
    search->ignore[1] = search->ignore[0];
}

gboolean
_tp_store_router_straight (TpStoreRouter *router,
                           TpStoreSearch *search,
                           TpPoint        a,
                           TpPoint        b)
{
  gboolean clear;

  ignore_holding (router, search, a, b);
  clear = _tp_store_router_visible (router, search, a, b, NULL);
  search->ignore[0] = search->ignore[1] = -1;
  return clear;
}

/* The walk from @a to @b without the cache.
 *
 * A* over the corners, lazy about the ends: the edges from the start to the corners and from the
 * corners to the goal are pushed on the strength of the tangent test alone and looked at (is the
 * walk clear?) only when popped. The start's candidates are not even pushed one by one: each grid
 * cell holding corners goes on the heap under a lower bound of what walking through it costs, and
 * puts its corners' start edges on the heap when it comes off it. A walk between shelves only
 * unpacks the cells near the line between its ends (a tenth of the plan's corners), where it used
 * to compute and heap the start edge of every corner. The node numbers: corners 0 … n − 1, the
 * start n, the goal n + 1, cell c n + 2 + c. */
gboolean
_tp_store_router_find (TpStoreRouter *router,
                       TpStoreSearch *search,
                       TpPoint        a,
                       TpPoint        b,
                       GArray        *path,
                       double        *length)
{
  const TpStoreCorner *corners = (const TpStoreCorner *) (gconstpointer) router->corners->data;
  guint n, start, goal, n_cells;
  gboolean found = FALSE;
  TpStoreHints from_a = { { 0 }, 0 }, from_b = { { 0 }, 0 };

  ignore_holding (router, search, a, b);
  append_point (path, a);
  if (_tp_store_router_visible (router, search, a, b, NULL))
    {
      append_point (path, b);
      *length = distance (a, b);
      search->ignore[0] = search->ignore[1] = -1;
      return TRUE;
    }

  g_assert (router->edge_start != NULL);
  n = router->corners->len;
  n_cells = router->corner_cols * router->corner_rows;
  start = n;
  goal = n + 1;
  if (++search->query == 0)
    {
      /* Wrapped round: stamps of 4 billion queries ago would look current. */
      memset (search->closed, 0, sizeof (guint) * (n + 2));
      search->query = 1;
    }
  heap_clear (search);
  search->n_touched = 0;
  touch (search, start);
  search->g[start] = 0;
  search->closed[start] = search->query;

  for (guint c = 0; c < n_cells; c++)
    if (router->cell_start[c + 1] > router->cell_start[c])
      heap_push (search, box_bound (&router->cell_box[c], a, b), 0, n + 2 + c, -1);

  while (search->heap_len > 0)
    {
      TpStoreHeapItem item = heap_pop (search);
      guint u = item.node;
      const TpStoreCorner *c;

      if (u >= n + 2)
        {
          /* A cell: the start's edges to its corners, on the tangent test alone (not g: the walk
           * is only a hope until the pop finds it clear). */
          guint cell = u - n - 2;

          for (guint k = router->cell_start[cell]; k < router->cell_start[cell + 1]; k++)
            {
              guint v = router->cell_corners[k];

              if (_tp_store_corner_tangent (&corners[v], a) && search->closed[v] != search->query)
                {
                  double d = distance (a, corners[v].p);

                  heap_push (search, d + distance (corners[v].p, b), d, v, (int) start);
                }
            }
          continue;
        }
      if (search->closed[u] == search->query)
        continue;
      /* The lazy edges: from the start, and to the goal. */
      if (item.parent == (int) start && !_tp_store_router_visible (router, search, a, corners[u].p, &from_a))
        continue;
      /* From the goal: a walk that is blocked is mostly blocked near the stop, where the test
       * begins. */
      if (u == goal && !_tp_store_router_visible (router, search, b, corners[item.parent].p, &from_b))
        continue;
      touch (search, u);
      search->closed[u] = search->query;
      search->from[u] = item.parent;
      search->g[u] = item.g;
      if (u == goal)
        {
          found = TRUE;
          break;
        }

      /* Towards the goal. */
      c = &corners[u];
      {
        double d = item.g + distance (c->p, b);

        if (_tp_store_corner_tangent (c, b) && d < search->g[goal])
          heap_push (search, d, d, goal, u);
      }

      /* The loop the search spends most in: 5 million edges a walk of the bench plan. */
      for (const TpStoreEdge *e = router->edges + router->edge_start[u],
                             *end = router->edges + router->edge_start[u + 1]; e < end; e++)
        {
          double d = item.g + e->length;
          guint v = e->to;

          if (d >= search->g[v] || search->closed[v] == search->query)
            continue;
          touch (search, v);
          search->g[v] = d;
          heap_push (search, d + distance (corners[v].p, b), d, v, u);
        }
    }

  search->ignore[0] = search->ignore[1] = -1;
  for (guint k = 0; k < search->n_touched; k++)
    search->g[search->touched[k]] = G_MAXDOUBLE;

  if (!found)
    {
      append_point (path, b);
      *length = distance (a, b);
      return FALSE;
    }

  {
    g_autoptr(GArray) reversed = g_array_new (FALSE, FALSE, sizeof (guint));
    TpPoint last = a;

    for (int v = search->from[goal]; v >= 0 && (guint) v != start; v = search->from[v])
      g_array_append_val (reversed, v);
    *length = 0;
    for (guint k = reversed->len; k-- > 0;)
      {
        TpPoint p = corners[g_array_index (reversed, guint, k)].p;

        append_point (path, p);
        *length += distance (last, p);
        last = p;
      }
    append_point (path, b);
    *length += distance (last, b);
  }
  return TRUE;
}

gboolean
tp_store_router_route (TpStoreRouter *router,
                       TpPoint        a,
                       TpPoint        b,
                       GArray        *path,
                       double        *length)
{
  LegKey key = { a, b };
  Leg *leg;

  g_return_val_if_fail (router != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A walk already found is found again: an edit moves a stop or two, and only the legs that
   * end at them are searched again. */
  leg = g_hash_table_lookup (router->legs, &key);
  if (leg == NULL)
    {
      GArray *found = g_array_new (FALSE, FALSE, sizeof (TpPoint));
      double found_length;
      gboolean reached;

      if (!_tp_store_router_straight (router, router->search, a, b))
        _tp_store_router_build_graph (router);
      reached = _tp_store_router_find (router, router->search, a, b, found, &found_length);
      _tp_store_router_add_leg (router, a, b, found, found_length, reached);
      leg = g_hash_table_lookup (router->legs, &key);
    }
  g_array_append_vals (path, leg->path->data, leg->path->len);
  *length = leg->length;
  return leg->reached;
}

gboolean
_tp_store_router_has_leg (TpStoreRouter *router,
                          TpPoint        a,
                          TpPoint        b)
{
  LegKey key = { a, b };

  return g_hash_table_contains (router->legs, &key);
}

void
_tp_store_router_add_leg (TpStoreRouter *router,
                          TpPoint        a,
                          TpPoint        b,
                          GArray        *path,
                          double         length,
                          gboolean       reached)
{
  Leg *leg = g_new0 (Leg, 1);

  if (g_hash_table_size (router->legs) >= MAX_LEGS)
    g_hash_table_remove_all (router->legs);
  leg->key = (LegKey) { a, b };
  leg->path = path;
  leg->length = length;
  leg->reached = reached;
  g_hash_table_replace (router->legs, leg, leg);
}
