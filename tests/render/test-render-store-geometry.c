/* test-render-store-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Floor-plan geometry: point in polygon (convex, concave, self-intersecting,
 * on the edge), segments against polygons, zones as outlines, snapping of a
 * dragged corner and a moved zone, and hit-testing.
 */

#include "config.h"

#include <math.h>

#include "render/tp-store-geometry.h"

/* An L: a 4 × 4 square without its top-right 2 × 2 quarter. */
static const TpPoint ell[] = {
  { 0, 0 }, { 2, 0 }, { 2, 2 }, { 4, 2 }, { 4, 4 }, { 0, 4 },
};

static void
test_point_in_polygon (void)
{
  /* A bow tie: two triangles meeting at (1, 1). */
  static const TpPoint bow[] = { { 0, 0 }, { 2, 2 }, { 2, 0 }, { 0, 2 } };

  g_assert_true (tp_polygon_contains (ell, 6, 1, 1));
  g_assert_true (tp_polygon_contains (ell, 6, 3, 3));
  g_assert_false (tp_polygon_contains (ell, 6, 3, 1));   /* the missing quarter */
  g_assert_false (tp_polygon_contains (ell, 6, -1, 1));
  g_assert_false (tp_polygon_contains (ell, 6, 5, 5));

  /* Edges and corners count as in for hit-testing, and are told apart. */
  g_assert_true (tp_polygon_contains (ell, 6, 2, 1));
  g_assert_true (tp_polygon_contains (ell, 6, 4, 4));
  g_assert_cmpint (tp_polygon_locate (ell, 6, 2, 1, 1e-9), ==, TP_POINT_ON_BOUNDARY);
  g_assert_cmpint (tp_polygon_locate (ell, 6, 1.9, 1, 1e-9), ==, TP_POINT_INSIDE);
  g_assert_cmpint (tp_polygon_locate (ell, 6, 2.1, 1, 1e-9), ==, TP_POINT_OUTSIDE);

  /* A self-intersecting polygon reads by the even-odd rule and is reported as not simple. */
  g_assert_true (tp_polygon_contains (bow, 4, 0.5, 1));
  g_assert_true (tp_polygon_contains (bow, 4, 1.5, 1));
  g_assert_false (tp_polygon_contains (bow, 4, 1, 0.5));
  g_assert_false (tp_polygon_is_simple (bow, 4));
  g_assert_true (tp_polygon_is_simple (ell, 6));

  g_assert_cmpfloat (tp_polygon_area (ell, 6), ==, 12.0);
}

static void
test_segment_against_polygon (void)
{
  static const TpPoint square[] = { { 0, 0 }, { 2, 0 }, { 2, 2 }, { 0, 2 } };
  static const TpPoint diamond[] = { { 1, 0 }, { 2, 1 }, { 1, 2 }, { 0, 1 } };
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (double));
  TpRect bounds;

  tp_polygon_bounds (square, 4, &bounds);
  g_assert_cmpfloat (bounds.width, ==, 2.0);

  /* Straight through: half of a 4 m walk is inside. */
  g_assert_cmpfloat_with_epsilon (tp_polygon_segment_inside (square, 4, (TpPoint) { -1, 1 },
                                                             (TpPoint) { 3, 1 }, intervals),
                                  0.5, 1e-9);
  g_assert_cmpuint (intervals->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (intervals, double, 0), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (intervals, double, 1), 0.75, 1e-9);
  g_assert_true (tp_polygon_blocks_segment (square, 4, &bounds, (TpPoint) { -1, 1 },
                                            (TpPoint) { 3, 1 }));

  /* Along an edge, or touching a corner, does not enter. */
  g_assert_false (tp_polygon_blocks_segment (square, 4, &bounds, (TpPoint) { -1, 0 },
                                             (TpPoint) { 3, 0 }));
  g_assert_false (tp_polygon_blocks_segment (square, 4, &bounds, (TpPoint) { -1, 1 },
                                             (TpPoint) { 1, -1 }));
  g_assert_false (tp_polygon_blocks_segment (square, 4, &bounds, (TpPoint) { 3, 3 },
                                             (TpPoint) { 5, 5 }));

  /* Corner to corner through the middle enters without crossing an edge properly. */
  g_assert_true (tp_polygon_blocks_segment (diamond, 4, NULL, (TpPoint) { -5, 1 },
                                            (TpPoint) { 20, 1 }));
  g_assert_true (tp_polygon_blocks_segment (square, 4, &bounds, (TpPoint) { 0, 0 },
                                            (TpPoint) { 2, 2 }));
  /* Wholly inside. */
  g_assert_true (tp_polygon_blocks_segment (square, 4, &bounds, (TpPoint) { 0.5, 0.5 },
                                            (TpPoint) { 1.5, 0.5 }));

  /* Through the notch of the L: in, out, in again. */
  g_array_set_size (intervals, 0);
  g_assert_cmpfloat_with_epsilon (tp_polygon_segment_inside (ell, 6, (TpPoint) { 1, 1 },
                                                             (TpPoint) { 1, 1 }, intervals),
                                  0.0, 1e-9);
  g_array_set_size (intervals, 0);
  tp_polygon_segment_inside (ell, 6, (TpPoint) { -1, 1 }, (TpPoint) { 3, 5 }, intervals);
  g_assert_cmpuint (intervals->len, ==, 2);
}

static TpZone *
rect_zone (TpZoneKind kind,
           double     x,
           double     y,
           double     w,
           double     h)
{
  TpZone *zone = tp_zone_new (NULL, kind);

  g_object_set (zone, "x", x, "y", y, "width", w, "height", h, NULL);
  return zone;
}

static void
test_shapes (void)
{
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("p");
  g_autoptr(TpZone) a = rect_zone (TP_ZONE_KIND_AISLE, 1, 2, 3, 4);
  g_autoptr(TpZone) b = tp_zone_new (NULL, TP_ZONE_KIND_SHELF);
  g_autoptr(GVariantBuilder) pb = g_variant_builder_new (G_VARIANT_TYPE ("a(dd)"));
  g_autoptr(GArray) shapes = NULL;
  const TpStoreShape *s;

  for (guint i = 0; i < G_N_ELEMENTS (ell); i++)
    g_variant_builder_add (pb, "(dd)", ell[i].x + 10, ell[i].y);
  g_object_set (b, "shape", TP_ZONE_SHAPE_POLYGON, "points", g_variant_builder_end (pb), NULL);
  _tp_element_append_child (TP_ELEMENT (plan), TP_LIST_ZONES, TP_ELEMENT (a));
  _tp_element_append_child (TP_ELEMENT (plan), TP_LIST_ZONES, TP_ELEMENT (b));

  shapes = tp_store_shapes_new (plan);
  g_assert_cmpuint (shapes->len, ==, 2);
  s = &g_array_index (shapes, TpStoreShape, 0);
  g_assert_true (s->zone == a);
  g_assert_true (s->walkable);
  g_assert_cmpuint (s->n_points, ==, 4);
  g_assert_cmpfloat (s->area, ==, 12.0);
  g_assert_cmpfloat (s->bounds.x, ==, 1.0);
  g_assert_cmpfloat (s->bounds.height, ==, 4.0);
  s = &g_array_index (shapes, TpStoreShape, 1);
  g_assert_false (s->walkable);
  g_assert_cmpuint (s->n_points, ==, 6);
  g_assert_cmpfloat (s->bounds.x, ==, 10.0);

  /* Hit-testing: topmost first; corners within the tolerance. */
  g_assert_cmpint (tp_store_hit_zone ((TpStoreShape *) (gpointer) shapes->data, 2, 2, 3, 0), ==, 0);
  g_assert_cmpint (tp_store_hit_zone ((TpStoreShape *) (gpointer) shapes->data, 2, 13, 1, 0), ==, -1);
  g_assert_cmpint (tp_store_hit_zone ((TpStoreShape *) (gpointer) shapes->data, 2, 4.05, 3, 0.1), ==, 0);
  g_assert_cmpint (tp_store_hit_vertex (s, 12.05, 2.02, 0.1), ==, 2);
  g_assert_cmpint (tp_store_hit_vertex (s, 13, 1, 0.1), ==, -1);
}

static void
test_hit_circle (void)
{
  const TpPoint centres[] = { { 0, 0 }, { 1, 0 } };
  const double radii[] = { 1.0, 0.5 };

  /* Where they overlap, the one drawn last wins. */
  g_assert_cmpint (tp_store_hit_circle (centres, radii, 2, 0.7, 0), ==, 1);
  g_assert_cmpint (tp_store_hit_circle (centres, radii, 2, -0.5, 0), ==, 0);
  g_assert_cmpint (tp_store_hit_circle (centres, radii, 2, 3, 0), ==, -1);
}

static void
test_snap_point (void)
{
  g_autoptr(TpZone) a = rect_zone (TP_ZONE_KIND_AISLE, 2, 2, 4, 3);
  g_autoptr(TpZone) moving = rect_zone (TP_ZONE_KIND_DISPLAY, 10, 10, 1, 1);
  TpStoreShape shapes[2];
  TpRect plan = { 0, 0, 20, 15 };
  TpSnapOptions options = { 0.5, 0.2, &plan };
  TpSnapKind ky;
  double x, y;

  tp_store_shape_init (&shapes[0], a);
  tp_store_shape_init (&shapes[1], moving);

  /* Near a corner of another zone: onto it. */
  x = 6.1, y = 4.95;
  g_assert_cmpint (tp_store_snap_point (shapes, 2, moving, &options, &x, &y, &ky), ==, TP_SNAP_VERTEX);
  g_assert_cmpfloat (x, ==, 6.0);
  g_assert_cmpfloat (y, ==, 5.0);

  /* Near an edge: onto it, where it is nearest. */
  x = 4.13, y = 5.1;
  g_assert_cmpint (tp_store_snap_point (shapes, 2, moving, &options, &x, &y, &ky), ==, TP_SNAP_EDGE);
  g_assert_cmpfloat_with_epsilon (x, 4.13, 1e-12);
  g_assert_cmpfloat (y, ==, 5.0);

  /* In line with a corner along x only; the grid along y. */
  x = 6.15, y = 8.3;
  g_assert_cmpint (tp_store_snap_point (shapes, 2, moving, &options, &x, &y, &ky), ==, TP_SNAP_ALIGN);
  g_assert_cmpint (ky, ==, TP_SNAP_GRID);
  g_assert_cmpfloat (x, ==, 6.0);
  g_assert_cmpfloat (y, ==, 8.5);

  /* The zone being edited does not snap to itself; the plan's outline does. */
  x = 10.02, y = 14.9;
  tp_store_snap_point (shapes, 2, moving, &options, &x, &y, &ky);
  g_assert_cmpfloat_with_epsilon (x, 10.02, 1e-12);
  g_assert_cmpfloat (y, ==, 15.0);
  g_assert_cmpint (ky, ==, TP_SNAP_EDGE);

  /* No grid, nothing near: unchanged. */
  options.grid = 0;
  x = 9.33, y = 7.77;
  g_assert_cmpint (tp_store_snap_point (shapes, 2, moving, &options, &x, &y, &ky), ==, TP_SNAP_NONE);
  g_assert_cmpfloat (x, ==, 9.33);
  g_assert_cmpfloat (y, ==, 7.77);

  tp_store_shape_clear (&shapes[0]);
  tp_store_shape_clear (&shapes[1]);
}

static void
test_snap_offset (void)
{
  g_autoptr(TpZone) a = rect_zone (TP_ZONE_KIND_AISLE, 2, 2, 4, 3);
  g_autoptr(TpZone) moving = rect_zone (TP_ZONE_KIND_DISPLAY, 10, 10, 1, 1);
  TpStoreShape shapes[2];
  TpSnapOptions options = { 0.5, 0.2, NULL };
  double dx, dy;

  tp_store_shape_init (&shapes[0], a);
  tp_store_shape_init (&shapes[1], moving);

  /* Dragged so its left edge nearly meets the aisle's right edge: they line up exactly. */
  dx = -3.93, dy = -7.37;
  tp_store_snap_offset (shapes, 2, moving, shapes[1].points, 4, &options, &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dx, -4.0, 1e-12);    /* left edge at x = 6 */
  g_assert_cmpfloat_with_epsilon (dy, -7.5, 1e-12);    /* top on the grid, y = 2.5 */

  /* Its bottom edge lines up with the aisle's top edge. */
  dx = -7.26, dy = -8.88;
  tp_store_snap_offset (shapes, 2, moving, shapes[1].points, 4, &options, &dx, &dy);
  g_assert_cmpfloat_with_epsilon (dy, -9.0, 1e-12);    /* bottom at y = 2 */
  g_assert_cmpfloat_with_epsilon (dx, -7.5, 1e-12);    /* left at x = 2.5 (grid) */

  tp_store_shape_clear (&shapes[0]);
  tp_store_shape_clear (&shapes[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/store-geometry/point-in-polygon", test_point_in_polygon);
  g_test_add_func ("/render/store-geometry/segment-against-polygon", test_segment_against_polygon);
  g_test_add_func ("/render/store-geometry/shapes", test_shapes);
  g_test_add_func ("/render/store-geometry/hit-circle", test_hit_circle);
  g_test_add_func ("/render/store-geometry/snap-point", test_snap_point);
  g_test_add_func ("/render/store-geometry/snap-offset", test_snap_offset);

  return g_test_run ();
}
