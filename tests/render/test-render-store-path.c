/* test-render-store-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walking path around obstacles on hand-made plans: a straight line when
 * nothing is in the way, around a shelf by the shorter side, through the gap
 * between two shelves, never through an obstacle, into a shelf that holds a
 * stop, and an enclosed stop reported unreachable rather than looped on.
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

  return g_test_run ();
}
