/* test-render-store-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walking path around obstacles on hand-made plans: a straight line when
 * nothing is in the way, around a shelf by the shorter side, through the gap
 * between two shelves, never through an obstacle, into a shelf that holds a
 * stop, and an enclosed stop reported unreachable rather than looped on.
 * On random plans: the router's visibility test (a grid walked along the
 * segment, rectangles tested as such) says what testing every obstacle's
 * polygon says, and a router that keeps the plan's graph and walks from
 * query to query finds what a new router finds for each walk, and every walk
 * is as long as the shortest one a plain Dijkstra over the whole graph finds
 * (so making the router faster cannot change its answers unseen), and a walk
 * whose legs were searched on several threads at once is the one found leg
 * by leg.
 */

#include "config.h"

#include <math.h>

#include "render/tp-store-path.h"

typedef struct {
  TpZoneKind kind;
  double     x, y, w, h;
} Box;

typedef struct {
  GPtrArray *zones;
  GArray    *shapes;
  TpRect     plan;
  TpStoreRouter *router;
} Plan;

static Plan *
plan_new (const Box *boxes,
          guint      n)
{
  Plan *p = g_new0 (Plan, 1);

  p->zones = g_ptr_array_new_with_free_func (g_object_unref);
  p->shapes = g_array_new (FALSE, TRUE, sizeof (TpStoreShape));
  p->plan = (TpRect) { 0, 0, 20, 10 };
  g_array_set_size (p->shapes, n);
  for (guint i = 0; i < n; i++)
    {
      TpZone *zone = tp_zone_new (NULL, boxes[i].kind);

      g_object_set (zone, "x", boxes[i].x, "y", boxes[i].y, "width", boxes[i].w,
                    "height", boxes[i].h, NULL);
      g_ptr_array_add (p->zones, zone);
      tp_store_shape_init (&g_array_index (p->shapes, TpStoreShape, i), zone);
    }
  p->router = tp_store_router_new ((TpStoreShape *) (gpointer) p->shapes->data, n, &p->plan,
                                   TP_STORE_PATH_CLEARANCE);
  return p;
}

static void
plan_free (Plan *p)
{
  tp_store_router_free (p->router);
  for (guint i = 0; i < p->shapes->len; i++)
    tp_store_shape_clear (&g_array_index (p->shapes, TpStoreShape, i));
  g_array_unref (p->shapes);
  g_ptr_array_unref (p->zones);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Plan, plan_free)

/* Routes and checks what every path must be: from a to b, its length the sum of its
 * pieces, and no piece through an obstacle that holds neither end. */
static GArray *
route (Plan    *p,
       TpPoint  a,
       TpPoint  b,
       gboolean *reached,
       double  *length)
{
  GArray *path = g_array_new (FALSE, FALSE, sizeof (TpPoint));
  double sum = 0;

  *reached = tp_store_router_route (p->router, a, b, path, length);
  g_assert_cmpuint (path->len, >=, 2);
  g_assert_cmpfloat (g_array_index (path, TpPoint, 0).x, ==, a.x);
  g_assert_cmpfloat (g_array_index (path, TpPoint, path->len - 1).y, ==, b.y);
  for (guint i = 0; i + 1 < path->len; i++)
    {
      TpPoint u = g_array_index (path, TpPoint, i), v = g_array_index (path, TpPoint, i + 1);

      sum += hypot (v.x - u.x, v.y - u.y);
      if (!*reached)
        continue;
      for (guint k = 0; k < p->shapes->len; k++)
        {
          const TpStoreShape *s = &g_array_index (p->shapes, TpStoreShape, k);

          if (s->walkable || tp_polygon_contains (s->points, s->n_points, a.x, a.y) ||
              tp_polygon_contains (s->points, s->n_points, b.x, b.y))
            continue;
          g_assert_false (tp_polygon_blocks_segment (s->points, s->n_points, &s->bounds, u, v));
        }
    }
  g_assert_cmpfloat_with_epsilon (sum, *length, 1e-9);
  return path;
}

static void
test_straight (void)
{
  /* Walkable zones and a shelf off to the side are not in the way. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_AISLE, 2, 2, 10, 2 },
    { TP_ZONE_KIND_SHELF, 5, 6, 4, 1 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 1, 3 }, (TpPoint) { 13, 3 }, &reached, &length);
  g_assert_true (reached);
  g_assert_cmpuint (path->len, ==, 2);
  g_assert_cmpfloat (length, ==, 12.0);
}

static void
test_around_shelf (void)
{
  /* A shelf across the direct line, reaching further down than up: the path goes over it. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_SHELF, 9, 2, 1, 6 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length, direct = 10.0;

  g_assert_false (tp_store_router_visible (p->router, (TpPoint) { 5, 4 }, (TpPoint) { 15, 4 }));
  path = route (p, (TpPoint) { 5, 4 }, (TpPoint) { 15, 4 }, &reached, &length);
  g_assert_true (reached);
  /* Over the two top corners, pushed out by the clearance. */
  g_assert_cmpuint (path->len, ==, 4);
  for (guint i = 1; i + 1 < path->len; i++)
    g_assert_cmpfloat (g_array_index (path, TpPoint, i).y, <, 2.0);
  g_assert_cmpfloat (length, >, direct);
  /* Shortest: the tangents to the corners pushed out by 0.25 m each way, and across the top. */
  g_assert_cmpfloat_with_epsilon (length, hypot (3.75, 2.25) + 1.5 + hypot (4.75, 2.25), 1e-9);
}

static void
test_through_gap (void)
{
  /* Two shelves with a 1.5 m gap between them, straight ahead: the path goes through the gap rather
   * than around either end. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_SHELF, 9, 0.5, 1, 3.5 },
    { TP_ZONE_KIND_WALL, 9, 5.5, 1, 4 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 3, 2 }, (TpPoint) { 16, 8 }, &reached, &length);
  g_assert_true (reached);
  for (guint i = 1; i + 1 < path->len; i++)
    {
      TpPoint q = g_array_index (path, TpPoint, i);

      g_assert_cmpfloat (q.y, >, 4.0);
      g_assert_cmpfloat (q.y, <, 5.5);
    }
  g_assert_cmpfloat (length, <, 16.0);
}

static void
test_shortest_of_two (void)
{
  /* A long shelf with openings above and below; the lower opening is nearer the line. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_SHELF, 9, 1.5, 1, 7 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 3, 7 }, (TpPoint) { 16, 7 }, &reached, &length);
  g_assert_true (reached);
  for (guint i = 1; i + 1 < path->len; i++)
    g_assert_cmpfloat (g_array_index (path, TpPoint, i).y, >, 8.5);
}

static void
test_stop_inside_shelf (void)
{
  /* A stop at a display shelf is reached by stepping into it, not refused. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_SHELF, 9, 2, 2, 2 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 2, 3 }, (TpPoint) { 10, 3 }, &reached, &length);
  g_assert_true (reached);
  g_assert_cmpfloat (length, ==, 8.0);
}

static void
test_unreachable (void)
{
  /* A room closed by four walls; the stop inside cannot be reached, and saying so ends. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_WALL, 12, 2, 6, 0.3 },
    { TP_ZONE_KIND_WALL, 12, 7.7, 6, 0.3 },
    { TP_ZONE_KIND_WALL, 12, 2, 0.3, 6 },
    { TP_ZONE_KIND_WALL, 17.7, 2, 0.3, 6 },
    { TP_ZONE_KIND_SHELF, 5, 1, 1, 3 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  g_autoptr(GArray) back = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 2, 3 }, (TpPoint) { 15, 5 }, &reached, &length);
  g_assert_false (reached);
  g_assert_cmpuint (path->len, ==, 2);
  back = route (p, (TpPoint) { 15, 5 }, (TpPoint) { 2, 3 }, &reached, &length);
  g_assert_false (reached);
}

static void
test_plan_edge (void)
{
  /* A shelf against the plan's top wall: the way round is below it, never outside the plan. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_SHELF, 9, 0, 1, 6 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 5, 1 }, (TpPoint) { 15, 1 }, &reached, &length);
  g_assert_true (reached);
  for (guint i = 1; i + 1 < path->len; i++)
    {
      TpPoint q = g_array_index (path, TpPoint, i);

      g_assert_cmpfloat (q.y, >, 6.0);
      g_assert_cmpfloat (q.y, <=, 10.0);
    }
}

static void
test_narrow_gap (void)
{
  /* A shelf 0.4 m from the plan's top wall: too narrow to walk; the path goes the long way. */
  static const Box boxes[] = {
    { TP_ZONE_KIND_SHELF, 9, 0.4, 1, 7.6 },
  };
  g_autoptr(Plan) p = plan_new (boxes, G_N_ELEMENTS (boxes));
  g_autoptr(GArray) path = NULL;
  gboolean reached;
  double length;

  path = route (p, (TpPoint) { 5, 1 }, (TpPoint) { 15, 1 }, &reached, &length);
  g_assert_true (reached);
  g_assert_cmpuint (path->len, ==, 4);
  for (guint i = 1; i + 1 < path->len; i++)
    g_assert_cmpfloat (g_array_index (path, TpPoint, i).y, >, 8.0);
}

/* A random plan of 20 m × 10 m: shelves and walls on a half-metre grid (so edges line up, corners
 * meet and segments run along edges), a few aisles, and triangles and L-shaped polygons. */
static void
random_plan (GRand     *rand,
             GPtrArray *zones,
             GArray    *shapes)
{
  guint n = g_rand_int_range (rand, 1, 25);

  for (guint i = 0; i < n; i++)
    {
      int kind = g_rand_int_range (rand, 0, 10);
      TpZone *zone = tp_zone_new (NULL, kind == 0 ? TP_ZONE_KIND_AISLE
                                        : kind < 7 ? TP_ZONE_KIND_SHELF : TP_ZONE_KIND_WALL);
      double x = g_rand_int_range (rand, 0, 38) / 2.0, y = g_rand_int_range (rand, 0, 18) / 2.0;
      double w = g_rand_int_range (rand, 1, 8) / 2.0, h = g_rand_int_range (rand, 1, 8) / 2.0;
      TpStoreShape shape;

      if (kind >= 8)
        {
          /* A triangle or an L. */
          TpPoint l[] = { { x, y }, { x + w, y }, { x + w, y + h / 2 }, { x + w / 2, y + h / 2 },
                          { x + w / 2, y + h }, { x, y + h } };
          TpPoint t[] = { { x, y }, { x + w, y + h / 3 }, { x + w / 3, y + h } };
          const TpPoint *pts = kind == 8 ? l : t;
          guint np = kind == 8 ? G_N_ELEMENTS (l) : G_N_ELEMENTS (t);
          GVariantBuilder builder;

          g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(dd)"));
          for (guint k = 0; k < np; k++)
            g_variant_builder_add (&builder, "(dd)", pts[k].x, pts[k].y);
          g_object_set (zone, "shape", TP_ZONE_SHAPE_POLYGON,
                        "points", g_variant_builder_end (&builder), NULL);
        }
      else
        g_object_set (zone, "x", x, "y", y, "width", w, "height", h, NULL);
      g_ptr_array_add (zones, zone);
      tp_store_shape_init (&shape, zone);
      g_array_append_val (shapes, shape);
    }
}

static void
clear_shapes (GArray *shapes)
{
  for (guint i = 0; i < shapes->len; i++)
    tp_store_shape_clear (&g_array_index (shapes, TpStoreShape, i));
  g_array_set_size (shapes, 0);
}

static TpPoint
random_point (GRand *rand)
{
  /* Half of them on the grid: on edges and corners of the zones. */
  if (g_rand_boolean (rand))
    return (TpPoint) { g_rand_int_range (rand, 0, 41) / 2.0, g_rand_int_range (rand, 0, 21) / 2.0 };
  return (TpPoint) { g_rand_double_range (rand, 0, 20), g_rand_double_range (rand, 0, 10) };
}

static void
test_visible_matches_polygons (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) shapes = g_array_new (FALSE, TRUE, sizeof (TpStoreShape));
  TpRect plan = { 0, 0, 20, 10 };
  guint blocked = 0, tests = 0;

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(TpStoreRouter) router = NULL;

      clear_shapes (shapes);
      g_ptr_array_set_size (zones, 0);
      random_plan (rand, zones, shapes);
      router = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &plan,
                                    TP_STORE_PATH_CLEARANCE);
      for (guint i = 0; i < 200; i++)
        {
          TpPoint a = random_point (rand), b = random_point (rand);
          gboolean clear = TRUE;

          for (guint k = 0; k < shapes->len && clear; k++)
            {
              const TpStoreShape *s = &g_array_index (shapes, TpStoreShape, k);

              if (!s->walkable && s->area > TP_STORE_EPSILON &&
                  tp_polygon_blocks_segment (s->points, s->n_points, &s->bounds, a, b))
                clear = FALSE;
            }
          if (tp_store_router_visible (router, a, b) != clear)
            g_error ("round %u: (%g, %g)–(%g, %g) is %s by the polygons, not by the router",
                     round, a.x, a.y, b.x, b.y, clear ? "clear" : "blocked");
          blocked += !clear;
          tests++;
        }
    }
  clear_shapes (shapes);
  /* Both outcomes were tried, often. */
  g_assert_cmpuint (blocked, >, tests / 5);
  g_assert_cmpuint (blocked, <, tests * 4 / 5);
}

static void
test_reuse_matches_fresh (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) shapes = g_array_new (FALSE, TRUE, sizeof (TpStoreShape));
  TpRect plan = { 0, 0, 20, 10 };
  guint around = 0;

  for (guint round = 0; round < 60; round++)
    {
      g_autoptr(TpStoreRouter) shared = NULL;
      TpPoint stops[24];

      clear_shapes (shapes);
      g_ptr_array_set_size (zones, 0);
      random_plan (rand, zones, shapes);
      shared = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &plan,
                                    TP_STORE_PATH_CLEARANCE);
      for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
        stops[i] = random_point (rand);

      /* The walk there and back through one router (the second half finds the legs and the
       * corners' edges of the first), each leg against a router of its own. */
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i + 1 < G_N_ELEMENTS (stops); i++)
          {
            TpPoint a = stops[pass == 0 ? i : G_N_ELEMENTS (stops) - 1 - i];
            TpPoint b = stops[pass == 0 ? i + 1 : G_N_ELEMENTS (stops) - 2 - i];
            g_autoptr(TpStoreRouter) fresh =
              tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &plan,
                                   TP_STORE_PATH_CLEARANCE);
            g_autoptr(GArray) p1 = g_array_new (FALSE, FALSE, sizeof (TpPoint));
            g_autoptr(GArray) p2 = g_array_new (FALSE, FALSE, sizeof (TpPoint));
            double l1, l2;
            gboolean r1, r2;

            r1 = tp_store_router_route (shared, a, b, p1, &l1);
            r2 = tp_store_router_route (fresh, a, b, p2, &l2);
            g_assert_cmpint (r1, ==, r2);
            g_assert_cmpfloat (l1, ==, l2);
            g_assert_cmpuint (p1->len, ==, p2->len);
            g_assert_cmpmem (p1->data, p1->len * sizeof (TpPoint), p2->data,
                             p2->len * sizeof (TpPoint));
            around += p1->len > 2;
          }
    }
  clear_shapes (shapes);
  g_assert_cmpuint (around, >, 100);
}

/* The reference the router must agree with: Dijkstra over the whole graph the router searches —
 * the start, the goal and the router's corners; an edge wherever both its ends are "tangent" (a
 * walk turning at a corner wraps around its obstacle) and no obstacle's polygon blocks it (the
 * obstacles holding the ends ignored for the edges from the start and to the goal) — every edge
 * tested, nothing cached, no grid, no heuristic. */
typedef struct {
  TpPoint p, corner, prev, next;
} RefCorner;

typedef struct {
  const TpStoreShape *shapes;
  guint               n_shapes;
  RefCorner          *corners;
  guint               n;
  guint8             *sees;     /* n × n: corner i sees corner j along a tangent edge */
} Reference;

static gboolean
ref_is_obstacle (const TpStoreShape *s)
{
  return !s->walkable && s->n_points >= 3 && s->area > TP_STORE_EPSILON;
}

static gboolean
ref_tangent (const RefCorner *c,
             TpPoint          p)
{
  double s1 = (p.x - c->corner.x) * (c->prev.y - c->corner.y) - (p.y - c->corner.y) * (c->prev.x - c->corner.x);
  double s2 = (p.x - c->corner.x) * (c->next.y - c->corner.y) - (p.y - c->corner.y) * (c->next.x - c->corner.x);

  return s1 * s2 >= -1e-12;
}

static gboolean
ref_clear (const Reference *ref,
           TpPoint          u,
           TpPoint          v,
           int              ignore0,
           int              ignore1)
{
  for (guint k = 0; k < ref->n_shapes; k++)
    {
      const TpStoreShape *s = &ref->shapes[k];

      if (!ref_is_obstacle (s) || (int) k == ignore0 || (int) k == ignore1)
        continue;
      if (tp_polygon_blocks_segment (s->points, s->n_points, &s->bounds, u, v))
        return FALSE;
    }
  return TRUE;
}

static void
reference_init (Reference          *ref,
                TpStoreRouter      *router,
                const TpStoreShape *shapes,
                guint               n_shapes)
{
  ref->shapes = shapes;
  ref->n_shapes = n_shapes;
  ref->n = tp_store_router_get_n_corners (router);
  ref->corners = g_new (RefCorner, MAX (ref->n, 1));
  ref->sees = g_new0 (guint8, MAX (ref->n * ref->n, 1));
  for (guint i = 0; i < ref->n; i++)
    {
      RefCorner *c = &ref->corners[i];

      tp_store_router_get_corner (router, i, &c->p, &c->corner, &c->prev, &c->next);
    }
  for (guint i = 0; i < ref->n; i++)
    for (guint j = i + 1; j < ref->n; j++)
      if (ref_tangent (&ref->corners[i], ref->corners[j].p) &&
          ref_tangent (&ref->corners[j], ref->corners[i].p) &&
          ref_clear (ref, ref->corners[i].p, ref->corners[j].p, -1, -1))
        ref->sees[i * ref->n + j] = ref->sees[j * ref->n + i] = 1;
}

static void
reference_clear (Reference *ref)
{
  g_free (ref->corners);
  g_free (ref->sees);
}

/* The first obstacle (in the plan's order) holding @p, other than @other_than. */
static int
ref_holding (const Reference *ref,
             TpPoint          p,
             int              other_than)
{
  for (guint k = 0; k < ref->n_shapes; k++)
    {
      const TpStoreShape *s = &ref->shapes[k];

      if (ref_is_obstacle (s) && (int) k != other_than &&
          tp_polygon_locate (s->points, s->n_points, p.x, p.y, TP_STORE_EPSILON) != TP_POINT_OUTSIDE)
        return k;
    }
  return -1;
}

/* The shortest walk's length from @a to @b, or -1 when there is none. */
static double
reference_length (const Reference *ref,
                  TpPoint          a,
                  TpPoint          b)
{
  guint n = ref->n, start = n, goal = n + 1;
  int ig0 = ref_holding (ref, a, -1), ig1 = ref_holding (ref, b, ig0);
  g_autofree double *dist = g_new (double, n + 2);
  g_autofree guint8 *done = g_new0 (guint8, n + 2);
  g_autofree guint8 *from_start = g_new0 (guint8, n + 2);
  g_autofree guint8 *to_goal = g_new0 (guint8, n + 2);

  if (ig1 < 0)
    ig1 = ig0;
  if (ref_clear (ref, a, b, ig0, ig1))
    return hypot (b.x - a.x, b.y - a.y);
  for (guint i = 0; i < n; i++)
    {
      from_start[i] = ref_tangent (&ref->corners[i], a) && ref_clear (ref, a, ref->corners[i].p, ig0, ig1);
      to_goal[i] = ref_tangent (&ref->corners[i], b) && ref_clear (ref, b, ref->corners[i].p, ig0, ig1);
    }
  for (guint i = 0; i < n + 2; i++)
    dist[i] = G_MAXDOUBLE;
  dist[start] = 0;
  for (;;)
    {
      guint u = G_MAXUINT;

      for (guint i = 0; i < n + 2; i++)
        if (!done[i] && dist[i] < G_MAXDOUBLE && (u == G_MAXUINT || dist[i] < dist[u]))
          u = i;
      if (u == G_MAXUINT)
        return -1;
      if (u == goal)
        return dist[goal];
      done[u] = 1;
      for (guint v = 0; v < n + 2; v++)
        {
          TpPoint pu = u == start ? a : ref->corners[u].p;
          TpPoint pv = v == goal ? b : v < n ? ref->corners[v].p : a;
          gboolean edge;

          if (done[v] || v == start)
            continue;
          if (u == start)
            edge = v < n && from_start[v];
          else if (v == goal)
            edge = to_goal[u];
          else
            edge = ref->sees[u * n + v];
          if (edge && dist[u] + hypot (pv.x - pu.x, pv.y - pu.y) < dist[v])
            dist[v] = dist[u] + hypot (pv.x - pu.x, pv.y - pu.y);
        }
    }
}

/* Rows of shelves with gaps and a few walls, some polygons, over a 20 m × 10 m plan: the shape of
 * a shop (the benchmark's plan, smaller), where most walks turn at several corners. */
static void
shelf_plan (GRand     *rand,
            GPtrArray *zones,
            GArray    *shapes)
{
  guint rows = g_rand_int_range (rand, 2, 5), cols = g_rand_int_range (rand, 2, 6);
  double w = 18.0 / cols, h = 9.0 / rows;

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < cols; c++)
      {
        TpZone *zone;
        TpStoreShape shape;

        if (g_rand_int_range (rand, 0, 8) == 0)
          continue;
        zone = tp_zone_new (NULL, TP_ZONE_KIND_SHELF);
        g_object_set (zone, "x", 1 + c * w + g_rand_double_range (rand, 0, 0.5),
                      "y", 1 + r * h + g_rand_double_range (rand, 0, 0.5),
                      "width", w * g_rand_double_range (rand, 0.4, 0.8),
                      "height", h * g_rand_double_range (rand, 0.2, 0.5), NULL);
        g_ptr_array_add (zones, zone);
        tp_store_shape_init (&shape, zone);
        g_array_append_val (shapes, shape);
      }
  /* Triangles, Ls and walls on the half-metre grid among them. */
  random_plan (rand, zones, shapes);
}

static void
check_walk (const TpStoreShape *shapes,
            guint               n_shapes,
            GArray             *path,
            TpPoint             a,
            TpPoint             b,
            double              length)
{
  double sum = 0;

  g_assert_cmpfloat (g_array_index (path, TpPoint, 0).x, ==, a.x);
  g_assert_cmpfloat (g_array_index (path, TpPoint, path->len - 1).y, ==, b.y);
  for (guint i = 0; i + 1 < path->len; i++)
    {
      TpPoint u = g_array_index (path, TpPoint, i), v = g_array_index (path, TpPoint, i + 1);

      sum += hypot (v.x - u.x, v.y - u.y);
      for (guint k = 0; k < n_shapes; k++)
        {
          const TpStoreShape *s = &shapes[k];

          if (!ref_is_obstacle (s) || tp_polygon_contains (s->points, s->n_points, a.x, a.y) ||
              tp_polygon_contains (s->points, s->n_points, b.x, b.y))
            continue;
          g_assert_false (tp_polygon_blocks_segment (s->points, s->n_points, &s->bounds, u, v));
        }
    }
  g_assert_cmpfloat_with_epsilon (sum, length, 1e-9);
}

static void
test_matches_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) shapes = g_array_new (FALSE, TRUE, sizeof (TpStoreShape));
  TpRect plan = { 0, 0, 20, 10 };
  guint around = 0, unreached = 0, legs = 0;

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(TpStoreRouter) router = NULL;
      Reference ref;
      TpPoint prev = random_point (rand);

      clear_shapes (shapes);
      g_ptr_array_set_size (zones, 0);
      if (round % 2 == 0)
        shelf_plan (rand, zones, shapes);
      else
        random_plan (rand, zones, shapes);
      router = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &plan,
                                    TP_STORE_PATH_CLEARANCE);
      reference_init (&ref, router, (TpStoreShape *) (gpointer) shapes->data, shapes->len);

      /* A walk through the plan, one router for all its legs, as the view walks it. */
      for (guint i = 0; i < 30; i++)
        {
          TpPoint next = random_point (rand);
          g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (TpPoint));
          double length, expected = reference_length (&ref, prev, next);
          gboolean reached = tp_store_router_route (router, prev, next, path, &length);

          if (reached != (expected >= 0))
            g_error ("round %u: (%g, %g)–(%g, %g) is %s by the router, %s by the reference",
                     round, prev.x, prev.y, next.x, next.y, reached ? "reached" : "not reached",
                     expected >= 0 ? "reached" : "not reached");
          if (reached && fabs (length - expected) > 1e-9 * MAX (1, expected))
            g_error ("round %u: (%g, %g)–(%g, %g) is %.12g m by the router, %.12g m by the reference",
                     round, prev.x, prev.y, next.x, next.y, length, expected);
          if (reached)
            check_walk ((TpStoreShape *) (gpointer) shapes->data, shapes->len, path, prev, next, length);
          around += path->len > 2;
          unreached += !reached;
          legs++;
          prev = next;
        }
      reference_clear (&ref);
    }
  clear_shapes (shapes);
  /* Most walks turned round obstacles, and some could not get there. */
  g_assert_cmpuint (around, >, legs / 3);
  g_assert_cmpuint (unreached, >, 0);
  g_test_message ("%u legs, %u around obstacles, %u not reached", legs, around, unreached);
}

static void
test_prepared_matches_one_by_one (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (31);
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) shapes = g_array_new (FALSE, TRUE, sizeof (TpStoreShape));
  TpRect plan = { 0, 0, 20, 10 };
  guint around = 0;

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(TpStoreRouter) prepared = NULL;
      g_autoptr(TpStoreRouter) alone = NULL;
      TpPoint stops[200];

      clear_shapes (shapes);
      g_ptr_array_set_size (zones, 0);
      shelf_plan (rand, zones, shapes);
      prepared = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &plan,
                                      TP_STORE_PATH_CLEARANCE);
      alone = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &plan,
                                   TP_STORE_PATH_CLEARANCE);
      for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
        stops[i] = random_point (rand);
      /* A stretch walked twice, and the walk prepared twice: legs it has are not searched again. */
      stops[150] = stops[10];
      stops[151] = stops[11];
      tp_store_router_prepare (prepared, stops, 120);
      tp_store_router_prepare (prepared, stops, G_N_ELEMENTS (stops));

      /* 199 legs, searched on several threads when there are several cores (at least 16 legs a
       * thread), against the same legs searched one by one. */
      for (guint i = 0; i + 1 < G_N_ELEMENTS (stops); i++)
        {
          g_autoptr(GArray) p1 = g_array_new (FALSE, FALSE, sizeof (TpPoint));
          g_autoptr(GArray) p2 = g_array_new (FALSE, FALSE, sizeof (TpPoint));
          double l1, l2;
          gboolean r1 = tp_store_router_route (prepared, stops[i], stops[i + 1], p1, &l1);
          gboolean r2 = tp_store_router_route (alone, stops[i], stops[i + 1], p2, &l2);

          g_assert_cmpint (r1, ==, r2);
          g_assert_cmpfloat (l1, ==, l2);
          g_assert_cmpuint (p1->len, ==, p2->len);
          g_assert_cmpmem (p1->data, p1->len * sizeof (TpPoint), p2->data, p2->len * sizeof (TpPoint));
          around += p1->len > 2;
        }
    }
  clear_shapes (shapes);
  g_assert_cmpuint (around, >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/store-path/straight", test_straight);
  g_test_add_func ("/render/store-path/around-shelf", test_around_shelf);
  g_test_add_func ("/render/store-path/through-gap", test_through_gap);
  g_test_add_func ("/render/store-path/shortest-of-two", test_shortest_of_two);
  g_test_add_func ("/render/store-path/stop-inside-shelf", test_stop_inside_shelf);
  g_test_add_func ("/render/store-path/unreachable", test_unreachable);
  g_test_add_func ("/render/store-path/plan-edge", test_plan_edge);
  g_test_add_func ("/render/store-path/narrow-gap", test_narrow_gap);
  g_test_add_func ("/render/store-path/visible-matches-polygons", test_visible_matches_polygons);
  g_test_add_func ("/render/store-path/reuse-matches-fresh", test_reuse_matches_fresh);
  g_test_add_func ("/render/store-path/matches-reference", test_matches_reference);
  g_test_add_func ("/render/store-path/prepared-matches-one-by-one", test_prepared_matches_one_by_one);

  return g_test_run ();
}
