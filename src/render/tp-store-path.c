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
  gboolean       is_rect;   /* an axis-aligned rectangle: its outline is its bounds */
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

/* A* keeps, per node, the best clear walk known to reach it, where a closed node was reached from,
 * and whether it is closed; the arrays live in the router and are valid for a node only where its
 * stamp is the query's, so a query does not clear them. */
typedef struct {
  double f;
  double g;
  guint  node;
  int    parent;
} HeapItem;

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
  /* A*'s state, reused from query to query. */
  double   *g;
  int      *from;
  guint    *seen;       /* per node: the query that set g and from */
  guint    *closed;     /* per node: the query that closed it */
  guint     query;
  HeapItem *heap;
  guint     heap_len;
  guint     heap_size;
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

/* Obstacles are filed in the cells their bounds, grown by this much, overlap: a point or segment
 * within TP_STORE_EPSILON of an obstacle finds it in its own cell despite rounding. */
#define FILE_MARGIN (10 * TP_STORE_EPSILON)

static guint
cell_index (double origin,
            double cell,
            guint  n,
            double v)
{
  double f = floor ((v - origin) / cell);

  return (guint) CLAMP (f, 0, (double) n - 1);
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
  *c0 = cell_index (router->extent.x, router->cell, router->cols, x0);
  *r0 = cell_index (router->extent.y, router->cell, router->rows, y0);
  *c1 = cell_index (router->extent.x, router->cell, router->cols, x1);
  *r1 = cell_index (router->extent.y, router->cell, router->rows, y1);
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
static gboolean
obstacle_blocks (TpStoreRouter *router,
                 guint          o,
                 TpPoint        a,
                 TpPoint        b)
{
  const Obstacle *ob = &g_array_index (router->obstacles, Obstacle, o);

  if (router->stamps[o] == router->stamp)
    return FALSE;
  router->stamps[o] = router->stamp;
  if ((int) o == router->ignore[0] || (int) o == router->ignore[1])
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
 * crosses. */
static gboolean
visible (TpStoreRouter *router,
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
    return TRUE;
  router->stamp++;

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
              return TRUE;
            continue;
          }
        if (p[i] < 0)
          t0 = MAX (t0, q[i] / p[i]);
        else
          t1 = MIN (t1, q[i] / p[i]);
        if (t0 > t1)
          return TRUE;
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
          if (obstacle_blocks (router, g_array_index (list, guint, i), a, b))
            return FALSE;
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

      cell_range (router, b->x - FILE_MARGIN, b->y - FILE_MARGIN, b->x + b->width + FILE_MARGIN,
                  b->y + b->height + FILE_MARGIN, &c0, &r0, &c1, &r1);
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

  router->obstacles = g_array_new (FALSE, TRUE, sizeof (Obstacle));
  router->legs = g_hash_table_new_full (leg_key_hash, leg_key_equal, NULL, leg_free);
  router->corners = g_array_new (FALSE, TRUE, sizeof (Corner));
  router->ignore[0] = router->ignore[1] = -1;

  for (guint i = 0; i < n_shapes; i++)
    {
      const TpStoreShape *s = &shapes[i];
      Obstacle ob = { s->points, s->n_points, s->bounds, FALSE };

      /* Zero-area shapes (a line drawn as a polygon) block nothing. */
      if (s->walkable || s->n_points < 3 || s->area <= TP_STORE_EPSILON)
        continue;
      ob.is_rect = is_rect (s);
      g_array_append_val (router->obstacles, ob);
    }
  router->stamps = g_new0 (guint, MAX (router->obstacles->len, 1));
  build_grid (router, plan);
  for (guint i = 0; i < router->obstacles->len; i++)
    add_corners (router, i, plan, clearance);
  router->g = g_new (double, router->corners->len + 2);
  router->from = g_new (int, router->corners->len + 2);
  router->seen = g_new0 (guint, router->corners->len + 2);
  router->closed = g_new0 (guint, router->corners->len + 2);

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
  g_free (router->g);
  g_free (router->from);
  g_free (router->seen);
  g_free (router->closed);
  g_free (router->heap);
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
  const Corner *c;

  g_return_if_fail (router != NULL && i < router->corners->len);

  c = &g_array_index (router->corners, Corner, i);
  *p = c->p;
  *corner = c->corner;
  *prev = c->prev;
  *next = c->next;
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
static void
heap_reserve (TpStoreRouter *router,
              guint          more)
{
  if (router->heap_len + more <= router->heap_size)
    return;
  router->heap_size = MAX (router->heap_size * 2, router->heap_len + more);
  router->heap = g_renew (HeapItem, router->heap, router->heap_size);
}

/* A four-ary heap: half the levels of a binary one, and the four children side by side. */
#define HEAP_ARITY 4

static void
heap_sift_down (HeapItem *h,
                guint     n,
                guint     i)
{
  HeapItem item = h[i];

  for (;;)
    {
      guint first = HEAP_ARITY * i + 1, m = first, last;

      if (first >= n)
        break;
      last = MIN (first + HEAP_ARITY, n);
      for (guint k = first + 1; k < last; k++)
        if (h[k].f < h[m].f)
          m = k;
      if (item.f <= h[m].f)
        break;
      h[i] = h[m];
      i = m;
    }
  h[i] = item;
}

static void
heap_push (TpStoreRouter *router,
           double         f,
           double         g,
           guint          node,
           int            parent)
{
  HeapItem *h;
  HeapItem item = { f, g, node, parent };
  guint i;

  heap_reserve (router, 1);
  h = router->heap;
  i = router->heap_len++;
  while (i > 0)
    {
      guint up = (i - 1) / HEAP_ARITY;

      if (h[up].f <= f)
        break;
      h[i] = h[up];
      i = up;
    }
  h[i] = item;
}

static HeapItem
heap_pop (TpStoreRouter *router)
{
  HeapItem *h = router->heap;
  HeapItem top = h[0];

  h[0] = h[--router->heap_len];
  if (router->heap_len > 1)
    heap_sift_down (h, router->heap_len, 0);
  return top;
}

/* Makes a heap of items appended to the end of an empty one (Floyd). */
static void
heap_make (TpStoreRouter *router)
{
  for (guint i = router->heap_len / HEAP_ARITY + 1; i-- > 0;)
    if (i < router->heap_len)
      heap_sift_down (router->heap, router->heap_len, i);
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
  c = cell_index (router->extent.x, router->cell, router->cols, p.x);
  r = cell_index (router->extent.y, router->cell, router->rows, p.y);
  /* The cell's obstacles are filed in the order of the plan's zones, as the first one is wanted. */
  list = router->cells[r * router->cols + c];
  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      guint i = g_array_index (list, guint, k);
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

/* Node @u's g and from, valid for this query. */
static inline void
touch (TpStoreRouter *router,
       guint          u)
{
  if (router->seen[u] != router->query)
    {
      router->seen[u] = router->query;
      router->g[u] = G_MAXDOUBLE;
      router->from[u] = -1;
    }
}

/* The walk from @a to @b without the cache. */
static gboolean
route (TpStoreRouter *router,
       TpPoint        a,
       TpPoint        b,
       GArray        *path,
       double        *length)
{
  const Corner *corners = (const Corner *) (gconstpointer) router->corners->data;
  guint n, start, goal;
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
  if (++router->query == 0)
    {
      /* Wrapped round: stamps of 4 billion queries ago would look current. */
      memset (router->seen, 0, sizeof (guint) * (n + 2));
      memset (router->closed, 0, sizeof (guint) * (n + 2));
      router->query = 1;
    }
  router->heap_len = 0;
  touch (router, start);
  touch (router, goal);
  router->g[start] = 0;

  /* The start's edges: every corner it might see, on the tangent test alone (not g: the walk is
   * only a hope until the pop finds it clear), made into a heap at once. */
  router->closed[start] = router->query;
  heap_reserve (router, n);
  for (guint k = 0; k < n; k++)
    if (tangent (&corners[k], a))
      {
        double d = distance (a, corners[k].p);

        router->heap[router->heap_len++] = (HeapItem) { d + distance (corners[k].p, b), d, k,
                                                        (int) start };
      }
  heap_make (router);

  while (router->heap_len > 0)
    {
      HeapItem item = heap_pop (router);
      guint u = item.node;
      const Corner *c;
      GArray *edges;

      if (router->closed[u] == router->query)
        continue;
      /* The lazy edges: from the start, and to the goal. */
      if (item.parent == (int) start && !visible (router, a, corners[u].p))
        continue;
      /* From the goal: a walk that is blocked is mostly blocked near the stop, where the test
       * begins. */
      if (u == goal && !visible (router, b, corners[item.parent].p))
        continue;
      touch (router, u);
      router->closed[u] = router->query;
      router->from[u] = item.parent;
      router->g[u] = item.g;
      if (u == goal)
        {
          found = TRUE;
          break;
        }

      /* Towards the goal. */
      c = &corners[u];
      {
        double d = item.g + distance (c->p, b);

        if (tangent (c, b) && d < router->g[goal])
          heap_push (router, d, d, goal, u);
      }

      edges = corner_edges (router, u);
      corners = (const Corner *) (gconstpointer) router->corners->data;
      for (guint k = 0; k < edges->len; k++)
        {
          const Edge *e = &g_array_index (edges, Edge, k);
          double d = item.g + e->length;

          touch (router, e->to);
          if (router->closed[e->to] == router->query || d >= router->g[e->to])
            continue;
          router->g[e->to] = d;
          heap_push (router, d + distance (corners[e->to].p, b), d, e->to, u);
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

    for (int v = router->from[goal]; v >= 0 && (guint) v != start; v = router->from[v])
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
