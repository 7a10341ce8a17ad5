/* test-render-store-snap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing and reshaping zones: a rectangle from two corners, the handles of
 * a rectangle and resizing by them (never inside out), corners snapped to
 * the grid and to other zones' edges and corners, which drawn outlines make
 * a zone (zero area, a line, a crossing, 100,000 corners), the edge a new
 * corner goes on, lengths as typed to calibrate a picture, the plan
 * grown to hold a calibrated picture, and a moved picture kept over the plan.
 */

#include "config.h"

#include <math.h>

#include "render/tp-store-snap.h"

static void
test_rect_from_corners (void)
{
  TpRect r;

  tp_store_rect_from_corners ((TpPoint) { 5, 1 }, (TpPoint) { 2, 4 }, &r);
  g_assert_cmpfloat (r.x, ==, 2);
  g_assert_cmpfloat (r.y, ==, 1);
  g_assert_cmpfloat (r.width, ==, 3);
  g_assert_cmpfloat (r.height, ==, 3);
  g_assert_true (tp_store_rect_is_zone (&r));

  /* A click (no drag) and a line are no zone. */
  tp_store_rect_from_corners ((TpPoint) { 2, 2 }, (TpPoint) { 2, 2 }, &r);
  g_assert_false (tp_store_rect_is_zone (&r));
  tp_store_rect_from_corners ((TpPoint) { 2, 2 }, (TpPoint) { 9, 2.05 }, &r);
  g_assert_false (tp_store_rect_is_zone (&r));
  tp_store_rect_from_corners ((TpPoint) { 2, 2 }, (TpPoint) { INFINITY, 4 }, &r);
  g_assert_false (tp_store_rect_is_zone (&r));
}

static void
test_handles (void)
{
  TpRect r = { 1, 1, 4, 2 };
  TpPoint p;

  p = tp_store_handle_position (&r, TP_STORE_HANDLE_BOTTOM_RIGHT);
  g_assert_cmpfloat (p.x, ==, 5);
  g_assert_cmpfloat (p.y, ==, 3);
  p = tp_store_handle_position (&r, TP_STORE_HANDLE_TOP);
  g_assert_cmpfloat (p.x, ==, 3);
  g_assert_cmpfloat (p.y, ==, 1);

  g_assert_cmpint (tp_store_hit_handle (&r, 1.05, 0.97, 0.1), ==, TP_STORE_HANDLE_TOP_LEFT);
  g_assert_cmpint (tp_store_hit_handle (&r, 5.0, 2.0, 0.1), ==, TP_STORE_HANDLE_RIGHT);
  g_assert_cmpint (tp_store_hit_handle (&r, 3.0, 3.08, 0.1), ==, TP_STORE_HANDLE_BOTTOM);
  g_assert_cmpint (tp_store_hit_handle (&r, 3.0, 2.0, 0.1), ==, TP_STORE_HANDLE_NONE);
}

static void
test_resize (void)
{
  TpRect start = { 1, 1, 4, 2 }, r;

  /* A corner moves its two edges. */
  tp_store_resize_rect (&start, TP_STORE_HANDLE_BOTTOM_RIGHT, 7, 6, 0.1, &r);
  g_assert_cmpfloat (r.x, ==, 1);
  g_assert_cmpfloat (r.y, ==, 1);
  g_assert_cmpfloat (r.width, ==, 6);
  g_assert_cmpfloat (r.height, ==, 5);

  /* An edge's middle moves that edge only. */
  tp_store_resize_rect (&start, TP_STORE_HANDLE_LEFT, 0, 9, 0.1, &r);
  g_assert_cmpfloat (r.x, ==, 0);
  g_assert_cmpfloat (r.y, ==, 1);
  g_assert_cmpfloat (r.width, ==, 5);
  g_assert_cmpfloat (r.height, ==, 2);

  /* Dragged past the opposite edge, it stops short of it. */
  tp_store_resize_rect (&start, TP_STORE_HANDLE_TOP_LEFT, 20, 20, 0.1, &r);
  g_assert_cmpfloat_with_epsilon (r.x, 4.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.y, 2.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.width, 0.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.height, 0.1, 1e-9);
  g_assert_true (tp_store_rect_is_zone (&r));

  /* A point that is not a number leaves it as it was. */
  tp_store_resize_rect (&start, TP_STORE_HANDLE_RIGHT, NAN, 2, 0.1, &r);
  g_assert_cmpfloat (r.width, ==, 4);
}

/* A corner being drawn or dragged snaps to the grid, else to another zone's edge or corner. */
static void
test_snap_corner (void)
{
  g_autoptr(TpZone) shelf = tp_zone_new ("shelf", TP_ZONE_KIND_SHELF);
  TpRect plan = { 0, 0, 20, 10 };
  TpSnapOptions options = { 0.5, 0.2, &plan };
  TpStoreShape shape;
  double x, y;
  TpSnapKind kx, ky;

  g_object_set (shelf, "x", 3.3, "y", 2.2, "width", 4.0, "height", 1.0, NULL);
  tp_store_shape_init (&shape, shelf);

  /* Far from everything: the grid. */
  x = 10.2;
  y = 7.8;
  kx = tp_store_snap_point (&shape, 1, NULL, &options, &x, &y, &ky);
  g_assert_cmpint (kx, ==, TP_SNAP_GRID);
  g_assert_cmpfloat (x, ==, 10.0);
  g_assert_cmpfloat (y, ==, 8.0);

  /* Near the shelf's corner: on it, off the grid. */
  x = 7.2;
  y = 3.1;
  kx = tp_store_snap_point (&shape, 1, NULL, &options, &x, &y, &ky);
  g_assert_cmpint (kx, ==, TP_SNAP_VERTEX);
  g_assert_cmpfloat_with_epsilon (x, 7.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 3.2, 1e-9);

  /* Near its top edge, between corners: on the edge. */
  x = 5.0;
  y = 2.1;
  kx = tp_store_snap_point (&shape, 1, NULL, &options, &x, &y, &ky);
  g_assert_cmpint (ky, ==, TP_SNAP_EDGE);
  g_assert_cmpfloat_with_epsilon (y, 2.2, 1e-9);

  /* The zone being reshaped does not snap to itself. */
  x = 7.2;
  y = 3.1;
  kx = tp_store_snap_point (&shape, 1, shelf, &options, &x, &y, &ky);
  g_assert_cmpint (kx, ==, TP_SNAP_GRID);
  g_assert_cmpfloat (x, ==, 7.0);

  tp_store_shape_clear (&shape);
}

static void
test_outline (void)
{
  TpPoint square[] = { { 0, 0 }, { 2, 0 }, { 2, 2 }, { 0, 2 } };
  TpPoint line[] = { { 0, 0 }, { 1, 1 }, { 2, 2 } };
  TpPoint bow[] = { { 0, 0 }, { 2, 2 }, { 2, 0 }, { 0, 2 } };
  TpPoint doubled[] = { { 0, 0 }, { 3, 0 }, { 3, 0 }, { 3, 3 }, { 3, 3 }, { 0, 0 } };
  TpPoint tiny[] = { { 0, 0 }, { 0.01, 0 }, { 0, 0.01 } };
  g_autofree TpPoint *many = g_new (TpPoint, 100000);
  guint n;

  g_assert_cmpint (tp_store_check_outline (square, 4), ==, TP_STORE_OUTLINE_OK);
  g_assert_cmpint (tp_store_check_outline (square, 2), ==, TP_STORE_OUTLINE_TOO_FEW);
  g_assert_cmpint (tp_store_check_outline (line, 3), ==, TP_STORE_OUTLINE_NO_AREA);
  g_assert_cmpint (tp_store_check_outline (tiny, 3), ==, TP_STORE_OUTLINE_NO_AREA);
  g_assert_cmpint (tp_store_check_outline (bow, 4), ==, TP_STORE_OUTLINE_CROSSES);

  /* A double click leaves two corners on one spot; the last click on the first corner. */
  n = tp_store_outline_dedupe (doubled, G_N_ELEMENTS (doubled));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (tp_store_check_outline (doubled, n), ==, TP_STORE_OUTLINE_OK);

  /* 100,000 corners are refused at once, before any O(n²) check. */
  for (guint i = 0; i < 100000; i++)
    many[i] = (TpPoint) { 10 * cos (2 * G_PI * i / 100000), 10 * sin (2 * G_PI * i / 100000) };
  g_assert_cmpint (tp_store_check_outline (many, 100000), ==, TP_STORE_OUTLINE_TOO_MANY);
  g_assert_cmpint (tp_store_check_outline (many, TP_STORE_MAX_ZONE_POINTS + 1), ==,
                   TP_STORE_OUTLINE_TOO_MANY);

  many[1].x = NAN;
  g_assert_cmpint (tp_store_check_outline (many, 10), ==, TP_STORE_OUTLINE_NOT_FINITE);
}

static void
test_nearest_edge (void)
{
  TpPoint square[] = { { 0, 0 }, { 2, 0 }, { 2, 2 }, { 0, 2 } };
  TpPoint at;

  g_assert_cmpint (tp_store_nearest_edge (square, 4, 1, 0.05, 0.1, &at), ==, 0);
  g_assert_cmpfloat_with_epsilon (at.x, 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (at.y, 0, 1e-9);
  /* The closing edge, from the last corner back to the first. */
  g_assert_cmpint (tp_store_nearest_edge (square, 4, -0.05, 1.5, 0.1, &at), ==, 3);
  g_assert_cmpfloat_with_epsilon (at.x, 0, 1e-9);
  g_assert_cmpint (tp_store_nearest_edge (square, 4, 1, 1, 0.1, NULL), ==, -1);
}

static void
test_parse_length (void)
{
  double m = 0;

  g_assert_true (tp_store_parse_length ("4.5", &m));
  g_assert_cmpfloat (m, ==, 4.5);
  g_assert_true (tp_store_parse_length (" 4,5 m ", &m));
  g_assert_cmpfloat (m, ==, 4.5);
  g_assert_true (tp_store_parse_length ("450 cm", &m));
  g_assert_cmpfloat_with_epsilon (m, 4.5, 1e-12);
  g_assert_true (tp_store_parse_length ("4500mm", &m));
  g_assert_cmpfloat_with_epsilon (m, 4.5, 1e-12);
  g_assert_true (tp_store_parse_length ("12", &m));
  g_assert_cmpfloat (m, ==, 12);

  m = 7;
  g_assert_false (tp_store_parse_length ("", &m));
  g_assert_false (tp_store_parse_length ("0", &m));
  g_assert_false (tp_store_parse_length ("-3", &m));
  g_assert_false (tp_store_parse_length ("four", &m));
  g_assert_false (tp_store_parse_length ("4 furlongs", &m));
  g_assert_false (tp_store_parse_length ("1e400", &m));
  g_assert_false (tp_store_parse_length ("nan", &m));
  g_assert_false (tp_store_parse_length ("1e9", &m));
  g_assert_false (tp_store_parse_length (NULL, &m));
  g_assert_cmpfloat (m, ==, 7);

  /* A corner's coordinate: 0 and below are fine, so is a unit; nonsense and the far away not. */
  g_assert_true (tp_store_parse_coordinate ("0", &m));
  g_assert_cmpfloat (m, ==, 0);
  g_assert_false (signbit (m));
  g_assert_true (tp_store_parse_coordinate ("-0", &m));
  g_assert_false (signbit (m));
  g_assert_true (tp_store_parse_coordinate ("-2,5 m", &m));
  g_assert_cmpfloat (m, ==, -2.5);
  g_assert_true (tp_store_parse_coordinate ("1250 cm", &m));
  g_assert_cmpfloat_with_epsilon (m, 12.5, 1e-12);
  m = 7;
  g_assert_false (tp_store_parse_coordinate ("", &m));
  g_assert_false (tp_store_parse_coordinate ("- 3", &m));
  g_assert_false (tp_store_parse_coordinate ("x", &m));
  g_assert_false (tp_store_parse_coordinate ("2e6", &m));
  g_assert_false (tp_store_parse_coordinate ("inf", &m));
  g_assert_cmpfloat (m, ==, 7);
}

/* Calibrating: a line drawn over 4 m of a picture stretched to a 20 m plan, typed as "8 m":
 * the picture is twice as large, and the plan grows to hold it. */
static void
test_calibration (void)
{
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("plan");
  double mpp, width = 20, height = 10, length;

  g_object_set (plan, "width", 20.0, "height", 10.0, NULL);
  g_assert_true (tp_store_parse_length ("8,0", &length));
  /* 400 pixels wide: 0.05 m a pixel as stretched; 4 m are 80 pixels. */
  mpp = tp_floor_plan_calibration_scale (plan, 400, 2, 2, 6, 2, length);
  g_assert_cmpfloat_with_epsilon (mpp, 0.1, 1e-12);

  tp_store_plan_cover_picture (0, 0, 400, 300, mpp, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (height, 30, 1e-9);

  /* A picture that fits leaves the plan as it is. */
  width = 50;
  height = 40;
  tp_store_plan_cover_picture (1, 1, 400, 300, 0.1, &width, &height);
  g_assert_cmpfloat (width, ==, 50);
  g_assert_cmpfloat (height, ==, 40);
}

static void
test_picture_on_plan (void)
{
  TpRect plan = { 0, 0, 20, 10 };
  double x, y;

  /* Inside, or hanging over an edge: where it was put. */
  x = -3;
  y = 2;
  tp_store_keep_picture_on_plan (&plan, 12, 8, &x, &y);
  g_assert_cmpfloat (x, ==, -3);
  g_assert_cmpfloat (y, ==, 2);

  /* Dragged off to the right and below: a metre of it stays over the plan. */
  x = 30;
  y = 25;
  tp_store_keep_picture_on_plan (&plan, 12, 8, &x, &y);
  g_assert_cmpfloat (x, ==, 19);
  g_assert_cmpfloat (y, ==, 9);

  /* Off to the left and above. */
  x = -40;
  y = -40;
  tp_store_keep_picture_on_plan (&plan, 12, 8, &x, &y);
  g_assert_cmpfloat (x, ==, -11);
  g_assert_cmpfloat (y, ==, -7);

  /* A picture narrower than a metre stays whole on the plan. */
  x = 25;
  y = -1;
  tp_store_keep_picture_on_plan (&plan, 0.5, 0.25, &x, &y);
  g_assert_cmpfloat (x, ==, 19.5);
  g_assert_cmpfloat (y, ==, 0);

  /* Nonsense leaves the corner on the plan's. */
  x = NAN;
  y = INFINITY;
  tp_store_keep_picture_on_plan (&plan, 12, 8, &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/store-snap/rect-from-corners", test_rect_from_corners);
  g_test_add_func ("/render/store-snap/handles", test_handles);
  g_test_add_func ("/render/store-snap/resize", test_resize);
  g_test_add_func ("/render/store-snap/corner", test_snap_corner);
  g_test_add_func ("/render/store-snap/outline", test_outline);
  g_test_add_func ("/render/store-snap/nearest-edge", test_nearest_edge);
  g_test_add_func ("/render/store-snap/parse-length", test_parse_length);
  g_test_add_func ("/render/store-snap/calibration", test_calibration);
  g_test_add_func ("/render/store-snap/picture-on-plan", test_picture_on_plan);

  return g_test_run ();
}
