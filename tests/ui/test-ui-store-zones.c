/* test-ui-store-zones.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing the plan in the store-flow view, as a person does it with the
 * pointer (GTK 4.8 cannot synthesise pointer events: the canvas's press,
 * motion and release are called as its gestures call them): a rectangle
 * dragged from corner to corner and named in place, a click that is no zone,
 * a polygon clicked corner by corner and closed, an outline with no area
 * refused, 100,000 clicks that never make more than 1,000 corners, a
 * rectangle resized by its handle, a polygon's corner dragged, added and
 * removed, the keyboard's zone; the plan's picture imported (a lying one
 * refused), calibrated by a line of known length, faded and locked. Every
 * gesture is one undo step; what is made is saved in the file.
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-store-snap.h"
#include "tp-ui-store-test.h"
#include "ui/tp-inspector.h"
#include "ui/tp-store-flow-view-zones.h"

static GPtrArray *
zones_of (TpWindow *window)
{
  TpFloorPlan *plan = tp_store_flow_view_get_layout (tp_store_test_view (window))->plan;

  return tp_floor_plan_get_zones (plan);
}

static void
use_tool (TpStoreFlowView *view,
          const char      *tool)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "store.tool", "s", tool));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, tool);
}

static void
test_draw_rectangle (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  GPtrArray *zones = zones_of (window);
  guint before = zones->len;
  GtkWidget *entry;
  TpZone *zone;
  double x, y, w, h;

  /* A click is not a zone: nothing is added, nothing to undo. */
  use_tool (view, "rectangle");
  g_assert_false (tp_project_can_undo (project));
  tp_store_test_click (view, 11, 11, 0);
  g_assert_cmpuint (zones->len, ==, before);
  g_assert_false (tp_project_can_undo (project));

  /* Dragged from (10.6, 10.6) to (12.4, 12.4): snapped to the 0.5 m grid. */
  tp_store_test_drag (view, 10.6, 10.6, 12.4, 12.4);
  g_assert_cmpuint (zones->len, ==, before + 1);
  zone = g_ptr_array_index (zones, before);
  g_assert_cmpint (tp_zone_get_shape (zone), ==, TP_ZONE_SHAPE_RECT);
  tp_zone_get_bounds (zone, &x, &y, &w, &h);
  g_assert_cmpfloat_with_epsilon (x, 10.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 10.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (w, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, 2.0, 1e-9);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Draw Zone");
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");
  g_assert_true (tp_selection_get_primary (tp_window_get_selection (window)) == TP_ELEMENT (zone));

  /* Named in place at once; the name is a step of its own. */
  entry = tp_store_flow_view_get_rename_entry (view);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Sale rack");
  g_signal_emit_by_name (entry, "activate");
  g_assert_null (tp_store_flow_view_get_rename_entry (view));
  g_assert_cmpstr (tp_zone_get_name (zone), ==, "Sale rack");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Rename Zone");

  /* The inspector edits it: name, kind, place and size. */
  tp_ui_test_sleep (50);
  {
    TpInspector *inspector = TP_INSPECTOR (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                                  TP_TYPE_INSPECTOR));

    GtkWidget *walkable;

    g_assert_nonnull (tp_inspector_get_field (inspector, "name"));
    g_assert_nonnull (tp_inspector_get_field (inspector, "kind"));
    g_assert_nonnull (tp_inspector_get_field (inspector, "width"));

    /* A zone of kind "other" is walked through, unless it says otherwise: one step. */
    walkable = tp_inspector_get_field (inspector, "walkable");
    g_assert_true (GTK_IS_SWITCH (walkable));
    g_assert_true (gtk_switch_get_active (GTK_SWITCH (walkable)));
    gtk_switch_set_active (GTK_SWITCH (walkable), FALSE);
    g_assert_false (tp_zone_is_walkable (zone));
    g_assert_true (tp_zone_walkable_is_own (zone));
    g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Change Walkable");
    g_assert_true (tp_project_undo (project));
    g_assert_true (tp_zone_is_walkable (zone));
    g_assert_false (tp_zone_walkable_is_own (zone));
  }

  /* F2 (view.rename) opens the name again; Escape-like cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.rename", NULL));
  g_assert_nonnull (tp_store_flow_view_get_rename_entry (view));

  g_assert_true (tp_project_undo (project));
  g_assert_cmpstr (tp_zone_get_name (zone), ==, "");
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (zones->len, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_draw_polygon (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  GPtrArray *zones = zones_of (window);
  guint before = zones->len;
  GVariant *points;
  TpZone *zone;
  double px, py;

  use_tool (view, "polygon");
  tp_store_test_click (view, 15.0, 10.6, 0);
  tp_store_test_click (view, 18.4, 10.6, 0);
  tp_store_test_click (view, 18.4, 12.4, 0);
  tp_store_test_click (view, 15.6, 12.4, 0);
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 4);
  g_assert_cmpuint (zones->len, ==, before);
  g_assert_false (tp_project_can_undo (project));

  /* The second press of a double click, on the last corner, closes it. */
  tp_store_test_click (view, 15.6, 12.4, 0);
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 0);
  g_assert_cmpuint (zones->len, ==, before + 1);
  zone = g_ptr_array_index (zones, before);
  g_assert_cmpint (tp_zone_get_shape (zone), ==, TP_ZONE_SHAPE_POLYGON);
  points = tp_zone_get_points (zone);
  g_assert_cmpuint (g_variant_n_children (points), ==, 4);
  g_variant_get_child (points, 2, "(dd)", &px, &py);
  g_assert_cmpfloat_with_epsilon (px, 18.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (py, 12.5, 1e-9);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Draw Zone");
  g_assert_nonnull (tp_store_flow_view_get_rename_entry (view));

  /* Saved, it is a polygon with its four corners. */
  {
    g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
    g_autoptr(TpProject) again = tp_format_load_bytes (bytes, "zones", NULL, NULL);
    TpElement *copy;

    g_assert_nonnull (again);
    copy = tp_project_lookup (again, tp_element_get_id (TP_ELEMENT (zone)));
    g_assert_nonnull (copy);
    g_assert_true (g_variant_equal (tp_zone_get_points (TP_ZONE (copy)), points));
  }

  /* A line is no zone: refused when closed, and the drawing goes on. */
  use_tool (view, "polygon");
  tp_store_test_click (view, 11, 11, 0);
  tp_store_test_click (view, 12, 12, 0);
  tp_store_test_click (view, 13, 13, 0);
  g_assert_false (tp_store_flow_view_close_polygon (view));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 3);
  g_assert_cmpuint (zones->len, ==, before + 1);

  /* Changing the tool gives the drawing up. */
  use_tool (view, "select");
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 0);

  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (zones->len, ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 100,000 clicks all over the plan: at most 1,000 corners are kept, closing the crossing outline
 * is refused, nothing is added, and it all takes no time worth a hang. */
static void
test_polygon_hostile (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  GPtrArray *zones = zones_of (window);
  guint before = zones->len;
  GRand *rand = g_rand_new_with_seed (11);

  use_tool (view, "polygon");
  for (guint i = 0; i < 100000; i++)
    tp_store_test_click (view, g_rand_double_range (rand, 0.5, 19.5), g_rand_double_range (rand, 0.5, 14.5),
                  0);
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), <=, TP_STORE_MAX_ZONE_POINTS);
  g_assert_false (tp_store_flow_view_close_polygon (view));
  g_assert_cmpuint (zones->len, ==, before);
  g_assert_false (tp_project_can_undo (project));

  g_rand_free (rand);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_reshape (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpSelection *selection = tp_window_get_selection (window);
  GPtrArray *zones = zones_of (window);
  /* The checkout: a rectangle (14, 6, 5 × 4). */
  TpZone *checkout = g_ptr_array_index (zones, 7);
  g_autoptr(GVariant) triangle = NULL;
  TpZone *zone;
  double x, y, w, h, px, py;

  g_assert_cmpint (tp_zone_get_kind (checkout), ==, TP_ZONE_KIND_CHECKOUT);
  tp_selection_set_one (selection, TP_ELEMENT (checkout));
  tp_ui_test_spin ();

  /* Its bottom-right handle dragged 0.4 m right and 0.6 m down: snapped to the grid, one step. */
  tp_store_test_drag (view, 19, 10, 19.4, 10.6);
  tp_zone_get_bounds (checkout, &x, &y, &w, &h);
  g_assert_cmpfloat (x, ==, 14);
  g_assert_cmpfloat (y, ==, 6);
  g_assert_cmpfloat_with_epsilon (w, 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, 4.5, 1e-9);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Resize Zone");
  g_assert_true (tp_project_undo (project));
  tp_zone_get_bounds (checkout, &x, &y, &w, &h);
  g_assert_cmpfloat (w, ==, 5);

  /* Its left handle dragged past its right edge: it stops short, never inside out. */
  tp_store_test_drag (view, 14, 8, 30, 8);
  tp_zone_get_bounds (checkout, &x, &y, &w, &h);
  g_assert_cmpfloat (w, >, 0);
  g_assert_cmpfloat_with_epsilon (x + w, 19, 1e-9);
  g_assert_true (tp_project_undo (project));

  /* The keyboard: Alt+Shift+arrows make it larger by a grid step (here through the function). */
  g_assert_true (tp_store_flow_view_resize_zone (view, 0.5, 0));
  tp_zone_get_bounds (checkout, &x, &y, &w, &h);
  g_assert_cmpfloat (w, ==, 5.5);
  g_assert_true (tp_project_undo (project));

  /* A polygon: a triangle with a corner dragged, one added by its edge's middle, one removed. */
  zone = tp_store_flow_view_add_zone (view);
  g_assert_nonnull (zone);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Zone");
  triangle = g_variant_ref_sink (g_variant_new_parsed ("[(15.0, 11.0), (19.0, 11.0), (17.0, 12.5)]"));
  tp_project_begin (project, "Make It a Triangle");
  tp_project_set (project, zone, "shape", TP_ZONE_SHAPE_POLYGON, "points", triangle, NULL);
  tp_project_commit (project);
  tp_selection_set_one (selection, TP_ELEMENT (zone));
  tp_ui_test_spin ();

  tp_store_test_drag (view, 17, 12.5, 17.1, 13.9);
  g_variant_get_child (tp_zone_get_points (zone), 2, "(dd)", &px, &py);
  g_assert_cmpfloat_with_epsilon (px, 17.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (py, 14.0, 1e-9);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Corner");

  /* The middle of the top edge, dragged up: a fourth corner. */
  tp_store_test_drag (view, 17, 11, 17, 10.6);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 4);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Corner");

  /* Alt+click on a corner removes it; a triangle keeps its three. */
  tp_store_test_click (view, 15, 11, GDK_ALT_MASK);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 3);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Remove Corner");
  tp_store_test_click (view, 19, 11, GDK_ALT_MASK);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 3);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Remove Corner");

  /* Each was one step. */
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 4);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_picture (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpFloorPlan *plan = tp_store_flow_view_get_layout (view)->plan;
  g_autoptr(GBytes) png = tp_store_test_make_png ();
  g_autoptr(GBytes) lying = NULL;
  g_autoptr(GError) error = NULL;
  static const guchar header[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
                                   'I', 'H', 'D', 'R', 0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0,
                                   8, 6, 0, 0, 0 };

  /* A PNG header claiming 100,000 × 100,000 pixels: refused, nothing changes. */
  lying = g_bytes_new_static (header, sizeof header);
  g_assert_false (tp_store_flow_view_set_picture (view, lying, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (tp_floor_plan_get_image (plan));
  g_assert_false (tp_project_can_undo (project));

  g_assert_true (tp_store_flow_view_set_picture (view, png, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tp_floor_plan_get_image_type (plan), ==, "image/png");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Import Picture");
  g_assert_nonnull (tp_store_flow_view_get_layout (view)->image);

  /* Stretched to the plan's 20 m: 0.05 m a pixel. A line over 4 m of it, said to be 8 m: the
   * picture is twice as large, and the plan grows to hold it, in one step. */
  g_assert_true (tp_store_flow_view_calibrate (view, (TpPoint) { 2, 2 }, (TpPoint) { 6, 2 }, 8.0));
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_scale (plan), 0.1, 1e-12);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_width (plan), 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_height (plan), 30, 1e-9);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Calibrate Picture");

  /* The same through the tool: a line dragged over the picture, its length typed in the popover
   * ("4,5 m" read with a decimal comma), Enter. */
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0);
  tp_ui_test_spin ();
  use_tool (view, "calibrate");
  tp_store_test_drag (view, 2, 2, 6, 2);
  {
    GtkWidget *entry = tp_store_flow_view_get_length_entry (view);

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "nine");
    g_signal_emit_by_name (entry, "activate");
    g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0);
    gtk_editable_set_text (GTK_EDITABLE (entry), "4,5 m");
    g_signal_emit_by_name (entry, "activate");
  }
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_scale (plan), 0.05 * 4.5 / 4, 1e-12);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Calibrate Picture");
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");
  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_store_flow_view_calibrate (view, (TpPoint) { 2, 2 }, (TpPoint) { 6, 2 }, 8.0));
  tp_ui_test_spin ();

  /* A line of no length sets nothing. */
  g_assert_false (tp_store_flow_view_calibrate (view, (TpPoint) { 2, 2 }, (TpPoint) { 2, 2 }, 8.0));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Calibrate Picture");

  /* Faded by a slider: its moves are one step. */
  tp_store_flow_view_set_picture_opacity (view, 0.4);
  tp_store_flow_view_set_picture_opacity (view, 0.3);
  tp_store_flow_view_set_picture_opacity (view, 0.25);
  g_assert_cmpfloat (tp_floor_plan_get_image_opacity (plan), ==, 0.25);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Fade Picture");

  /* Locked, it cannot be calibrated by mistake. */
  tp_store_flow_view_set_picture_locked (view, TRUE);
  g_assert_true (tp_floor_plan_get_image_locked (plan));
  g_assert_false (tp_store_flow_view_calibrate (view, (TpPoint) { 2, 2 }, (TpPoint) { 6, 2 }, 1.0));
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_scale (plan), 0.1, 1e-12);

  /* All of it is saved. */
  {
    g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
    g_autoptr(TpProject) again = tp_format_load_bytes (bytes, "picture", NULL, &error);
    TpFloorPlan *copy;

    g_assert_no_error (error);
    copy = TP_FLOOR_PLAN (tp_project_lookup (again, tp_element_get_id (TP_ELEMENT (plan))));
    g_assert_true (g_bytes_equal (tp_floor_plan_get_image (copy), png));
    g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_scale (copy), 0.1, 1e-12);
    g_assert_cmpfloat (tp_floor_plan_get_image_opacity (copy), ==, 0.25);
    g_assert_true (tp_floor_plan_get_image_locked (copy));
    g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_width (copy), 40, 1e-9);
  }

  /* Undone step by step: unlocked, unfaded, uncalibrated, gone. */
  g_assert_true (tp_project_undo (project));
  g_assert_false (tp_floor_plan_get_image_locked (plan));
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_opacity (plan), ==, 0.5);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0);
  g_assert_cmpfloat (tp_floor_plan_get_width (plan), ==, 20);
  g_assert_true (tp_project_undo (project));
  g_assert_null (tp_floor_plan_get_image (plan));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/store-zones/draw-rectangle", test_draw_rectangle);
  g_test_add_func ("/ui/store-zones/draw-polygon", test_draw_polygon);
  g_test_add_func ("/ui/store-zones/polygon-hostile", test_polygon_hostile);
  g_test_add_func ("/ui/store-zones/reshape", test_reshape);
  g_test_add_func ("/ui/store-zones/picture", test_picture);

  return tp_ui_test_run ();
}
