/* tp-store-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A shortest path around polygons only ever turns at their convex corners,
 * so the graph's nodes are those corners (pushed out by the clearance) and
 * its edges the pairs that see each other. Only "tangent" edges are kept:
 * at a corner the path must wrap around its obstacle, i.e. the corner's two
 * neighbours lie on one side of the edge. A corner's edges are computed the
 * first time A* reaches it and kept for later queries, so a plan whose stops
 * mostly see each other never builds the graph at all. Segment tests go
 * through a uniform grid of the obstacles' bounds.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-store-path.h"

#define MAX_GRID 64

typedef struct {
  const TpPoint *points;
  guint          n;
  TpRect         bounds;
} Obstacle;

typedef struct {
  TpPoint  p;        /* pushed out from the corner */
  TpPoint  corner;
  TpPoint  prev;     /* the corner's neighbours on its outline */
  TpPoint  next;
  int      obstacle;
  GArray  *edges;    /* Edge; NULL until first needed */
} Corner;

typedef struct {
  guint  to;
  double length;
} Edge;

struct _TpStoreRouter
{
  GArray  *obstacles;   /* Obstacle */
  GArray  *corners;     /* Corner */
  TpRect   extent;
  double   cell;
  guint    cols;
  guint    rows;
  GArray **cells;       /* guint obstacle indices per cell */
  guint   *stamps;      /* per obstacle: last query that tested it */
  guint    stamp;
  int      ignore[2];   /* obstacles holding the current query's ends */
  GHashTable *legs;     /* LegKey → Leg: the walks already found */
};

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

static double
side (TpPoint from,
      TpPoint to,
      TpPoint p)
{
  return (to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x);
}

/* Clips the segment to the rectangle (Liang–Barsky); FALSE when it misses it. */
static gboolean
segment_hits_rect (TpPoint       a,
                   TpPoint       b,
                   const TpRect *r)
{
  double t0 = 0, t1 = 1;
  double dx = b.x - a.x, dy = b.y - a.y;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { a.x - r->x, r->x + r->width - a.x, a.y - r->y, r->y + r->height - a.y };

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

static void
cell_range (TpStoreRouter *router,
            double         x0,
            double         y0,
            double         x1,
            double         y1,
            guint         *c0,
            guint         *r0,
            guint         *c1,
            guint         *r1)
{
  double fx0 = floor ((x0 - router->extent.x) / router->cell);
  double fy0 = floor ((y0 - router->extent.y) / router->cell);
  double fx1 = floor ((x1 - router->extent.x) / router->cell);
  double fy1 = floor ((y1 - router->extent.y) / router->cell);

  *c0 = (guint) CLAMP (fx0, 0, router->cols - 1);
  *r0 = (guint) CLAMP (fy0, 0, router->rows - 1);
  *c1 = (guint) CLAMP (fx1, 0, router->cols - 1);
  *r1 = (guint) CLAMP (fy1, 0, router->rows - 1);
}

static gboolean
visible (TpStoreRouter *router,
         TpPoint        a,
         TpPoint        b)
{
  guint c0, r0, c1, r1;

  if (router->obstacles->len == 0)
    return TRUE;

  router->stamp++;
  cell_range (router, MIN (a.x, b.x), MIN (a.y, b.y), MAX (a.x, b.x), MAX (a.y, b.y),
              &c0, &r0, &c1, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray *cell = router->cells[r * router->cols + c];
        TpRect rect;

        if (cell == NULL)
          continue;
        rect = (TpRect) { router->extent.x + c * router->cell, router->extent.y + r * router->cell,
                          router->cell, router->cell };
        /* The outer cells also hold what lies beyond the grid. */
        if (c > 0 && c + 1 < router->cols && r > 0 && r + 1 < router->rows &&
            !segment_hits_rect (a, b, &rect))
          continue;
        for (guint k = 0; k < cell->len; k++)
          {
            guint o = g_array_index (cell, guint, k);
            const Obstacle *ob = &g_array_index (router->obstacles, Obstacle, o);

            if (router->stamps[o] == router->stamp)
              continue;
            router->stamps[o] = router->stamp;
            if ((int) o == router->ignore[0] || (int) o == router->ignore[1])
              continue;
            if (tp_polygon_blocks_segment (ob->points, ob->n, &ob->bounds, a, b))
              return FALSE;
          }
      }
  return TRUE;
}

gboolean
tp_store_router_visible (TpStoreRouter *router,
                         TpPoint        a,
                         TpPoint        b)
{
  g_return_val_if_fail (router != NULL, FALSE);

  return visible (router, a, b);
}

/* Whether a walk leaving (or reaching) corner @c towards @p wraps around its obstacle. */
static gboolean
tangent (const Corner *c,
         TpPoint       p)
{
  double s1 = side (c->corner, p, c->prev), s2 = side (c->corner, p, c->next);

  return s1 * s2 >= -1e-12;
}

static void
add_corners (TpStoreRouter *router,
             guint          o,
             const TpRect  *plan,
             double         clearance)
{
  const Obstacle *ob = &g_array_index (router->obstacles, Obstacle, o);

  for (guint i = 0; i < ob->n; i++)
    {
      Corner c = { { 0, 0 }, ob->points[i], ob->points[(i + ob->n - 1) % ob->n],
                   ob->points[(i + 1) % ob->n], o, NULL };
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
          const Obstacle *other = &g_array_index (router->obstacles, Obstacle, k);

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

static void
build_grid (TpStoreRouter *router,
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
      const TpRect *b = &g_array_index (router->obstacles, Obstacle, i).bounds;

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
      const TpRect *b = &g_array_index (router->obstacles, Obstacle, i).bounds;
      guint c0, r0, c1, r1;

      cell_range (router, b->x, b->y, b->x + b->width, b->y + b->height, &c0, &r0, &c1, &r1);
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

TpStoreRouter *
tp_store_router_new (const TpStoreShape *shapes,
                     guint               n_shapes,
                     const TpRect       *plan,
                     double              clearance)
{
  TpStoreRouter *router = g_new0 (TpStoreRouter, 1);

  g_return_val_if_fail (shapes != NULL || n_shapes == 0, NULL);

  router->obstacles = g_array_new (FALSE, TRUE, sizeof (Obstacle));
  router->legs = g_hash_table_new_full (leg_key_hash, leg_key_equal, NULL, leg_free);
  router->corners = g_array_new (FALSE, TRUE, sizeof (Corner));
  router->ignore[0] = router->ignore[1] = -1;

  for (guint i = 0; i < n_shapes; i++)
    {
      const TpStoreShape *s = &shapes[i];
      Obstacle ob = { s->points, s->n_points, s->bounds };

      /* Zero-area shapes (a line drawn as a polygon) block nothing. */
      if (s->walkable || s->n_points < 3 || s->area <= TP_STORE_EPSILON)
        continue;
      g_array_append_val (router->obstacles, ob);
    }
  router->stamps = g_new0 (guint, MAX (router->obstacles->len, 1));
  build_grid (router, plan);
  for (guint i = 0; i < router->obstacles->len; i++)
    add_corners (router, i, plan, clearance);

  return router;
}

void
tp_store_router_free (TpStoreRouter *router)
{
  if (router == NULL)
    return;
  for (guint i = 0; i < router->corners->len; i++)
    g_clear_pointer (&g_array_index (router->corners, Corner, i).edges, g_array_unref);
  for (guint i = 0; i < router->cols * router->rows; i++)
    g_clear_pointer (&router->cells[i], g_array_unref);
  g_free (router->cells);
  g_free (router->stamps);
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

/* Whether @edges (in the order of the corners they go to) has one to corner @to. */
static gboolean
has_edge (GArray *edges,
          guint   to)
{
  guint lo = 0, hi = edges->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      guint at = g_array_index (edges, Edge, mid).to;

      if (at == to)
        return TRUE;
      if (at < to)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* The corners @c sees along tangent edges; computed once, without the query's ignored obstacles. */
static GArray *
corner_edges (TpStoreRouter *router,
              guint          i)
{
  Corner *c = &g_array_index (router->corners, Corner, i);
  int saved[2] = { router->ignore[0], router->ignore[1] };

  if (c->edges != NULL)
    return c->edges;

  router->ignore[0] = router->ignore[1] = -1;
  c->edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  for (guint k = 0; k < router->corners->len; k++)
    {
      const Corner *d = &g_array_index (router->corners, Corner, k);
      Edge e = { k, distance (c->p, d->p) };

      if (k == i || !tangent (c, d->p) || !tangent (d, c->p))
        continue;
      /* Seeing is mutual: a corner whose edges are known already says (half the tests). */
      if (d->edges != NULL ? has_edge (d->edges, i) : visible (router, c->p, d->p))
        g_array_append_val (c->edges, e);
    }
  router->ignore[0] = saved[0];
  router->ignore[1] = saved[1];
  return c->edges;
}

/* A* is lazy about the ends: the edges from the start to the corners and from the corners to the
 * goal are pushed on the strength of the tangent test alone and looked at (is the walk clear?)
 * only when popped. A query used to test the start against every corner of the plan (780
 * visibility tests for 200 shelves) before the first step; now only the few A* reaches. */
typedef struct {
  double f;
  double g;
  guint  node;
  int    parent;
} HeapItem;

static void
heap_push (GArray *heap,
           double  f,
           double  g,
           guint   node,
           int     parent)
{
  HeapItem item = { f, g, node, parent };
  guint i = heap->len;

  g_array_append_val (heap, item);
  while (i > 0)
    {
      guint up = (i - 1) / 2;
      HeapItem *h = (HeapItem *) (gpointer) heap->data;

      if (h[up].f <= h[i].f)
        break;
      item = h[up];
      h[up] = h[i];
      h[i] = item;
      i = up;
    }
}

static HeapItem
heap_pop (GArray *heap)
{
  HeapItem *h = (HeapItem *) (gpointer) heap->data;
  HeapItem top = h[0];
  guint i = 0, n;

  h[0] = h[heap->len - 1];
  g_array_set_size (heap, heap->len - 1);
  n = heap->len;
  h = (HeapItem *) (gpointer) heap->data;
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      HeapItem tmp;

      if (l < n && h[l].f < h[m].f)
        m = l;
      if (r < n && h[r].f < h[m].f)
        m = r;
      if (m == i)
        break;
      tmp = h[m];
      h[m] = h[i];
      h[i] = tmp;
      i = m;
    }
  return top;
}

static int
holding_obstacle (TpStoreRouter *router,
                  TpPoint        p,
                  int            other_than)
{
  for (guint i = 0; i < router->obstacles->len; i++)
    {
      const Obstacle *ob = &g_array_index (router->obstacles, Obstacle, i);

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

/* The walk from @a to @b without the cache. */
static gboolean
route (TpStoreRouter *router,
       TpPoint        a,
       TpPoint        b,
       GArray        *path,
       double        *length)
{
  guint n, start, goal;
  g_autofree double *g = NULL;
  g_autofree int *from = NULL;
  g_autofree guint8 *closed = NULL;
  g_autoptr(GArray) heap = NULL;
  gboolean found = FALSE;

  /* A stop at a shelf (or a wall) is reached by stepping into it. */
  router->ignore[0] = holding_obstacle (router, a, -1);
  router->ignore[1] = holding_obstacle (router, b, router->ignore[0]);
  if (router->ignore[1] < 0)
    router->ignore[1] = router->ignore[0];

  append_point (path, a);
  if (visible (router, a, b))
    {
      append_point (path, b);
      *length = distance (a, b);
      router->ignore[0] = router->ignore[1] = -1;
      return TRUE;
    }

  n = router->corners->len;
  start = n;
  goal = n + 1;
  g = g_new (double, n + 2);      /* the best clear walk known to reach a node */
  from = g_new (int, n + 2);      /* where a closed node was reached from */
  closed = g_new0 (guint8, n + 2);
  heap = g_array_sized_new (FALSE, FALSE, sizeof (HeapItem), 256);
  for (guint i = 0; i < n + 2; i++)
    {
      g[i] = G_MAXDOUBLE;
      from[i] = -1;
    }
  g[start] = 0;
  heap_push (heap, distance (a, b), 0, start, -1);

  while (heap->len > 0)
    {
      HeapItem item = heap_pop (heap);
      guint u = item.node;
      TpPoint up;

      if (closed[u])
        continue;
      /* The lazy edges: from the start, and to the goal. */
      if (item.parent == (int) start && !visible (router, a, g_array_index (router->corners,
                                                                            Corner, u).p))
        continue;
      if (u == goal && !visible (router, g_array_index (router->corners, Corner,
                                                        item.parent).p, b))
        continue;
      closed[u] = TRUE;
      from[u] = item.parent;
      g[u] = item.g;
      if (u == goal)
        {
          found = TRUE;
          break;
        }
      up = u == start ? a : g_array_index (router->corners, Corner, u).p;

      if (u == start)
        {
          for (guint k = 0; k < n; k++)
            {
              const Corner *c = &g_array_index (router->corners, Corner, k);
              double d = distance (a, c->p);

              /* Not g[k]: the walk is only a hope until the pop finds it clear. */
              if (tangent (c, a))
                heap_push (heap, d + distance (c->p, b), d, k, start);
            }
          continue;
        }

      /* Towards the goal. */
      {
        const Corner *c = &g_array_index (router->corners, Corner, u);
        double d = item.g + distance (up, b);

        if (tangent (c, b) && d < g[goal])
          heap_push (heap, d, d, goal, u);
      }

      {
        GArray *edges = corner_edges (router, u);

        for (guint k = 0; k < edges->len; k++)
          {
            const Edge *e = &g_array_index (edges, Edge, k);
            double d = item.g + e->length;

            if (closed[e->to] || d >= g[e->to])
              continue;
            g[e->to] = d;
            heap_push (heap, d + distance (g_array_index (router->corners, Corner, e->to).p, b),
                       d, e->to, u);
          }
      }
    }

  router->ignore[0] = router->ignore[1] = -1;

  if (!found)
    {
      append_point (path, b);
      *length = distance (a, b);
      return FALSE;
    }

  {
    g_autoptr(GArray) reversed = g_array_new (FALSE, FALSE, sizeof (guint));
    TpPoint last = a;

    for (int v = from[goal]; v >= 0 && (guint) v != start; v = from[v])
      g_array_append_val (reversed, v);
    *length = 0;
    for (guint k = reversed->len; k-- > 0;)
      {
        TpPoint p = g_array_index (router->corners, Corner, g_array_index (reversed, guint, k)).p;

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
      if (g_hash_table_size (router->legs) >= MAX_LEGS)
        g_hash_table_remove_all (router->legs);
      leg = g_new0 (Leg, 1);
      leg->key = key;
      leg->path = g_array_new (FALSE, FALSE, sizeof (TpPoint));
      leg->reached = route (router, a, b, leg->path, &leg->length);
      g_hash_table_add (router->legs, leg);
    }
  g_array_append_vals (path, leg->path->data, leg->path->len);
  *length = leg->length;
  return leg->reached;
}
