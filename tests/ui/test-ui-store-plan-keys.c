/* test-ui-store-plan-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing the plan the way a user of a design tool expects, in the
 * store-flow view: the plan's picture moved (the Move Picture tool, a drag
 * and the arrow keys; a locked picture does not move), saved in the file,
 * one undo step per gesture; a polygon's corners in the inspector (typed,
 * added, removed, an outline that crosses itself refused); a polygon zone
 * drawn and the picture calibrated with the keys alone; snapping turned off
 * by Shift for one drag and by the magnet for the window. Keys are sent as GTK dispatches them
 * (tp_ui_test_send_key); the pointer through the canvas's press, motion and
 * release, as its gestures call them (GTK 4.8 cannot synthesise pointer
 * events).
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-store-snap.h"
#include "tp-ui-store-test.h"
#include "ui/tp-inspector.h"
#include "ui/tp-store-flow-view-zones.h"

static gboolean
key (TpStoreFlowView *view,
     guint            keyval,
     GdkModifierType  mods)
{
  gboolean handled = tp_ui_test_send_key (GTK_WIDGET (view), keyval, mods);

  tp_ui_test_spin ();
  return handled;
}

static void
test_move_picture (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpFloorPlan *plan = tp_store_flow_view_get_layout (view)->plan;
  g_autoptr(GBytes) png = tp_store_test_make_png ();
  g_autoptr(GError) error = NULL;
  double x, x0, y0, step;

  g_assert_true (tp_store_flow_view_set_picture (view, png, &error));
  g_assert_no_error (error);
  tp_ui_test_spin ();

  /* M: the Move Picture tool; a drag anywhere on the plan moves the picture as far, one step. */
  g_assert_true (key (view, GDK_KEY_m, 0));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "move-picture");
  tp_store_test_drag (view, 5, 5, 7.3, 6.1);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (plan), 2.3, 1e-6);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_y (plan), 1.1, 1e-6);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Picture");
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_floor_plan_get_image_x (plan), ==, 0);
  g_assert_cmpfloat (tp_floor_plan_get_image_y (plan), ==, 0);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Import Picture");
  g_assert_true (tp_project_redo (project));
  tp_ui_test_spin ();

  /* Near the plan's outline its corner snaps onto it. */
  tp_store_test_drag (view, 5, 5, 5 - 2.3 + 0.05, 5 - 1.1 - 0.05);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (plan), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_y (plan), 0, 1e-9);
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();

  /* Dragged far off the plan: a metre of it stays over the plan, to be grabbed again. */
  tp_store_test_drag (view, 5, 5, 19.9, 14.9);
  tp_ui_test_spin ();
  tp_store_test_drag (view, 19.5, 14.5, 40, 40);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (plan), 19, 1e-6);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_y (plan), 14, 1e-6);
  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();

  /* The arrow keys: a grid step each press, with Shift a fifth of one; each one undo step. */
  x0 = tp_floor_plan_get_image_x (plan);
  y0 = tp_floor_plan_get_image_y (plan);
  g_assert_cmpfloat_with_epsilon (x0, 2.3, 1e-6);
  g_assert_true (key (view, GDK_KEY_Right, 0));
  step = tp_floor_plan_get_image_x (plan) - x0;
  g_assert_cmpfloat (step, >, 0);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Picture");
  g_assert_true (key (view, GDK_KEY_Down, GDK_SHIFT_MASK));
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_y (plan), y0 + step / 5, 1e-9);
  g_assert_true (key (view, GDK_KEY_Left, GDK_SHIFT_MASK));
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (plan), x0 + step * 4 / 5, 1e-9);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (plan), x0 + step, 1e-9);
  x = tp_floor_plan_get_image_x (plan);

  /* Escape leaves the tool; the arrows then no longer move the picture. */
  g_assert_true (key (view, GDK_KEY_Escape, 0));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");

  /* Locked, it does not move: not by M, the drag or the function. */
  tp_store_flow_view_set_picture_locked (view, TRUE);
  tp_ui_test_spin ();
  key (view, GDK_KEY_m, 0);
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");
  g_assert_false (tp_store_flow_view_move_picture (view, 1, 1));
  g_assert_cmpfloat (tp_floor_plan_get_image_x (plan), ==, x);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Lock Picture");

  /* Locking while the tool is on puts it back to Select. */
  tp_store_flow_view_set_picture_locked (view, FALSE);
  tp_ui_test_spin ();
  g_assert_true (key (view, GDK_KEY_m, 0));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "move-picture");
  tp_store_flow_view_set_picture_locked (view, TRUE);
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");

  /* Where it lies is saved. */
  {
    g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
    g_autoptr(TpProject) again = tp_format_load_bytes (bytes, "picture", NULL, &error);
    TpFloorPlan *copy;

    g_assert_no_error (error);
    copy = TP_FLOOR_PLAN (tp_project_lookup (again, tp_element_get_id (TP_ELEMENT (plan))));
    g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (copy), x, 1e-9);
    g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_y (copy), y0 + step / 5, 1e-9);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A square polygon zone (1,1)–(3,3) added to the plan, selected; the inspector shows it. */
static TpZone *
add_square (TpWindow *window)
{
  TpProject *project = tp_window_get_project (window);
  TpFloorPlan *plan = tp_store_flow_view_get_layout (tp_store_test_view (window))->plan;
  g_autoptr(TpZone) zone = tp_zone_new ("square", TP_ZONE_KIND_DISPLAY);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(dd)"));
  g_variant_builder_add (&builder, "(dd)", 1.0, 1.0);
  g_variant_builder_add (&builder, "(dd)", 3.0, 1.0);
  g_variant_builder_add (&builder, "(dd)", 3.0, 3.0);
  g_variant_builder_add (&builder, "(dd)", 1.0, 3.0);
  g_object_set (zone, "shape", TP_ZONE_SHAPE_POLYGON, "points", g_variant_builder_end (&builder),
                "x", 1.0, "y", 1.0, "width", 2.0, "height", 2.0, NULL);
  tp_project_begin (project, "Add Square");
  tp_project_insert (project, plan, TP_LIST_ZONES, -1, zone);
  tp_project_commit (project);
  tp_selection_set_one (tp_window_get_selection (window), TP_ELEMENT (zone));
  tp_ui_test_spin ();
  return zone;
}

static GtkWidget *
labelled (TpWindow   *window,
          const char *label)
{
  GtkWidget *inspector = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR);
  GtkWidget *widget = tp_ui_test_find_labelled (inspector, label);

  g_assert_nonnull (widget);
  return widget;
}

static TpPoint
corner (TpZone *zone,
        guint   i)
{
  TpPoint p;

  g_variant_get_child (tp_zone_get_points (zone), i, "(dd)", &p.x, &p.y);
  return p;
}

static guint
n_corners (TpZone *zone)
{
  return g_variant_n_children (tp_zone_get_points (zone));
}

static const char *
text_of (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Types @text into @entry and presses Enter. */
static void
type_in (GtkWidget  *entry,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  tp_ui_test_spin ();
}

static void
test_inspector_corners (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpProject *project = tp_window_get_project (window);
  TpZone *zone = add_square (window);
  GtkWidget *x1 = labelled (window, "Corner 1, x in metres");
  GtkWidget *y3 = labelled (window, "Corner 3, y in metres");

  g_assert_cmpstr (text_of (x1), ==, "1.00");
  g_assert_cmpstr (text_of (y3), ==, "3.00");

  /* A corner typed (a decimal comma and a unit are fine): the zone follows, its bounds too, one
   * step. The fields stay (the focus stays where it is). */
  type_in (y3, "4,5 m");
  g_assert_cmpfloat (corner (zone, 2).y, ==, 4.5);
  {
    double x, y, w, h;

    tp_zone_get_bounds (zone, &x, &y, &w, &h);
    g_assert_cmpfloat (h, ==, 3.5);
  }
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Corner");
  g_assert_true (labelled (window, "Corner 3, y in metres") == y3);
  g_assert_cmpstr (text_of (y3), ==, "4.50");
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();
  g_assert_cmpfloat (corner (zone, 2).y, ==, 3.0);
  g_assert_cmpstr (text_of (y3), ==, "3.00");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Square");

  /* Enter on a field left as it was changes nothing; nonsense changes nothing. */
  type_in (y3, "3.00");
  type_in (y3, "three");
  g_assert_true (gtk_widget_has_css_class (y3, "error"));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Square");

  /* A corner moved on the plan shows in the field. */
  tp_project_begin (project, "Move Corner");
  tp_project_set (project, zone, "points",
                  g_variant_new_parsed ("[(1.5, 1.0), (3.0, 1.0), (3.0, 3.0), (1.0, 3.0)]"), NULL);
  tp_project_commit (project);
  tp_ui_test_spin ();
  g_assert_cmpstr (text_of (x1), ==, "1.50");
  g_assert_false (gtk_widget_has_css_class (y3, "error"));
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();

  /* An outline that would cross itself is refused: the zone and the field stay as they were. */
  type_in (x1, "4");
  g_assert_cmpfloat (corner (zone, 0).x, ==, 1.0);
  g_assert_cmpstr (text_of (x1), ==, "1.00");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Square");

  /* A corner added after corner 2, in the middle of the side to corner 3: one step. */
  g_signal_emit_by_name (labelled (window, "Add a corner after corner 2"), "clicked");
  tp_ui_test_spin ();
  g_assert_cmpuint (n_corners (zone), ==, 5);
  g_assert_cmpfloat (corner (zone, 2).x, ==, 3.0);
  g_assert_cmpfloat (corner (zone, 2).y, ==, 2.0);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Corner");
  g_assert_cmpstr (text_of (labelled (window, "Corner 5, x in metres")), ==, "1.00");

  /* Removed down to three corners, never fewer. */
  g_signal_emit_by_name (labelled (window, "Remove corner 3"), "clicked");
  tp_ui_test_spin ();
  g_assert_cmpuint (n_corners (zone), ==, 4);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Remove Corner");
  g_signal_emit_by_name (labelled (window, "Remove corner 1"), "clicked");
  tp_ui_test_spin ();
  g_assert_cmpuint (n_corners (zone), ==, 3);
  g_signal_emit_by_name (labelled (window, "Remove corner 1"), "clicked");
  tp_ui_test_spin ();
  g_assert_cmpuint (n_corners (zone), ==, 3);

  /* Each was one step. */
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (n_corners (zone), ==, 4);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (n_corners (zone), ==, 5);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (n_corners (zone), ==, 4);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Square");

  gtk_window_destroy (GTK_WINDOW (window));
}

static GPtrArray *
zones_of (TpWindow *window)
{
  return tp_floor_plan_get_zones (tp_store_flow_view_get_layout (tp_store_test_view (window))->plan);
}

static void
press_times (TpStoreFlowView *view,
             guint            keyval,
             GdkModifierType  mods,
             guint            times)
{
  for (guint i = 0; i < times; i++)
    g_assert_true (key (view, keyval, mods));
}

static TpPoint
key_cursor (TpStoreFlowView *view)
{
  TpPoint at;

  g_assert_true (tp_store_flow_view_get_key_cursor (view, &at));
  return at;
}

static void
assert_point (TpPoint p,
              double  x,
              double  y)
{
  g_assert_cmpfloat_with_epsilon (p.x, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, y, 1e-9);
}

/* Drawing polygon zones and calibrating the picture with the keys alone. */
static void
test_keyboard_polygon (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  GPtrArray *zones = zones_of (window);
  guint before = zones->len;
  double g;
  TpPoint c;
  TpZone *zone;

  /* P, then the arrows: a cursor shows, on the grid in the middle of what shows. */
  g_assert_true (key (view, GDK_KEY_p, 0));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "polygon");
  g_assert_false (tp_store_flow_view_get_key_cursor (view, NULL));
  g_assert_true (key (view, GDK_KEY_Right, 0));
  c = key_cursor (view);
  g_assert_true (key (view, GDK_KEY_Right, 0));
  g = key_cursor (view).x - c.x;
  g_assert_cmpfloat (g, >, 0);
  c = key_cursor (view);

  /* Enter puts a corner where the cursor is; the arrows move it a grid step, with Shift a
   * fifth of one. */
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 1);
  press_times (view, GDK_KEY_Right, 0, 4);
  g_assert_true (key (view, GDK_KEY_space, 0));
  press_times (view, GDK_KEY_Down, 0, 4);
  g_assert_true (key (view, GDK_KEY_Return, 0));
  press_times (view, GDK_KEY_Left, GDK_SHIFT_MASK, 5);
  press_times (view, GDK_KEY_Left, 0, 3);
  assert_point (key_cursor (view), c.x, c.y + 4 * g);
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 4);

  /* Backspace takes the last corner back; Enter puts it again. */
  g_assert_true (key (view, GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 3);
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 4);
  g_assert_cmpuint (zones->len, ==, before);

  /* Back on the first corner, Enter closes the zone: one step, open for its name. */
  press_times (view, GDK_KEY_Up, 0, 4);
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (zones->len, ==, before + 1);
  zone = g_ptr_array_index (zones, before);
  g_assert_cmpint (tp_zone_get_shape (zone), ==, TP_ZONE_SHAPE_POLYGON);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 4);
  assert_point (corner (zone, 0), c.x, c.y);
  assert_point (corner (zone, 1), c.x + 4 * g, c.y);
  assert_point (corner (zone, 2), c.x + 4 * g, c.y + 4 * g);
  assert_point (corner (zone, 3), c.x, c.y + 4 * g);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Draw Zone");
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");
  g_assert_false (tp_store_flow_view_get_key_cursor (view, NULL));
  g_assert_nonnull (tp_store_flow_view_get_rename_entry (view));
  tp_canvas_stop_rename (TP_CANVAS (view), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (view));

  /* Enter twice on the same spot closes too (a triangle). */
  g_assert_true (key (view, GDK_KEY_p, 0));
  g_assert_true (key (view, GDK_KEY_Return, 0));
  press_times (view, GDK_KEY_Right, 0, 3);
  g_assert_true (key (view, GDK_KEY_Return, 0));
  press_times (view, GDK_KEY_Down, 0, 3);
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (zones->len, ==, before + 2);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (g_ptr_array_index (zones, before + 1))),
                    ==, 3);
  tp_canvas_stop_rename (TP_CANVAS (view), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (view));

  /* Escape gives up the corners, a second Escape the tool. */
  g_assert_true (key (view, GDK_KEY_p, 0));
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_true (key (view, GDK_KEY_Right, 0));
  g_assert_true (key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 2);
  g_assert_true (key (view, GDK_KEY_Escape, 0));
  g_assert_cmpuint (tp_store_flow_view_get_drawn_corners (view), ==, 0);
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "polygon");
  g_assert_true (key (view, GDK_KEY_Escape, 0));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "select");
  g_assert_cmpuint (zones->len, ==, before + 2);

  /* Each zone was one step. */
  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (zones->len, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_calibrate (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpFloorPlan *plan = tp_store_flow_view_get_layout (view)->plan;
  g_autoptr(GBytes) png = tp_store_test_make_png ();
  GtkWidget *entry;

  /* Without a picture W only says so. */
  key (view, GDK_KEY_w, 0);
  g_assert_null (tp_store_flow_view_get_length_entry (view));

  g_assert_true (tp_store_flow_view_set_picture (view, png, NULL));
  tp_ui_test_spin ();

  /* W asks the width of the whole picture (400 pixels): 40 m is 0.1 m a pixel, one step. */
  g_assert_true (key (view, GDK_KEY_w, 0));
  entry = tp_store_flow_view_get_length_entry (view);
  g_assert_nonnull (entry);
  /* Its example is a shop's width, not a drawn line's length. */
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==, "For example 24");
  gtk_editable_set_text (GTK_EDITABLE (entry), "40 m");
  g_signal_emit_by_name (entry, "activate");
  tp_ui_test_spin ();
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_scale (plan), 0.1, 1e-12);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_width (plan), 40, 1e-9);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Calibrate Picture");
  g_assert_null (tp_store_flow_view_get_length_entry (view));

  /* Asked again, as calibrated now: 30 m. */
  g_assert_true (key (view, GDK_KEY_w, 0));
  entry = tp_store_flow_view_get_length_entry (view);
  gtk_editable_set_text (GTK_EDITABLE (entry), "3000 cm");
  g_signal_emit_by_name (entry, "activate");
  tp_ui_test_spin ();
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_scale (plan), 0.075, 1e-12);

  /* Locked, it is not asked. */
  tp_store_flow_view_set_picture_locked (view, TRUE);
  key (view, GDK_KEY_w, 0);
  g_assert_null (tp_store_flow_view_get_length_entry (view));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
rect_of (TpZone *zone,
         TpRect *r)
{
  tp_zone_get_bounds (zone, &r->x, &r->y, &r->width, &r->height);
}

/* Draws a rectangle from (10.63, 10.61) to (12.38, 12.41): with @press_mods held from the press,
 * or @later_mods pressed during the drag; returns the zone, its name not asked. */
static TpZone *
draw_rect (TpWindow        *window,
           GdkModifierType  press_mods,
           GdkModifierType  later_mods)
{
  TpStoreFlowView *view = tp_store_test_view (window);
  GPtrArray *zones = zones_of (window);
  double ax, ay, bx, by;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "store.tool", "s", "rectangle"));
  tp_store_test_to_widget (view, 10.63, 10.61, &ax, &ay);
  tp_store_test_to_widget (view, 12.38, 12.41, &bx, &by);
  tp_canvas_press (TP_CANVAS (view), ax, ay, press_mods);
  tp_canvas_motion (TP_CANVAS (view), (ax + bx) / 2, (ay + by) / 2);
  tp_canvas_set_pointer_modifiers (TP_CANVAS (view), press_mods | later_mods);
  tp_canvas_motion (TP_CANVAS (view), bx, by);
  tp_canvas_release (TP_CANVAS (view), bx, by);
  tp_canvas_stop_rename (TP_CANVAS (view), FALSE);
  tp_ui_test_spin ();
  return g_ptr_array_index (zones, zones->len - 1);
}

static void
test_snapping (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpZone *zone;
  TpRect r;
  double ax, ay, bx, by;

  /* As drawn: on the grid (0.5 m). */
  rect_of (draw_rect (window, 0, 0), &r);
  g_assert_cmpfloat_with_epsilon (r.x, 10.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.width, 2.0, 1e-9);
  g_assert_true (tp_project_undo (project));

  /* Shift held from the press, or pressed during the drag: where the pointer is. */
  rect_of (draw_rect (window, GDK_SHIFT_MASK, 0), &r);
  g_assert_cmpfloat_with_epsilon (r.x, 10.63, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.y, 10.61, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.width, 1.75, 1e-6);
  g_assert_true (tp_project_undo (project));
  rect_of (draw_rect (window, 0, GDK_SHIFT_MASK), &r);
  g_assert_cmpfloat_with_epsilon (r.x + r.width, 12.38, 1e-6);
  g_assert_true (tp_project_undo (project));

  /* Dragging a zone with Shift: moved exactly as far as the pointer. */
  zone = draw_rect (window, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  tp_store_test_to_widget (view, 11.5, 11.5, &ax, &ay);
  tp_store_test_to_widget (view, 11.5 + 0.83, 11.5 + 0.27, &bx, &by);
  tp_canvas_press (TP_CANVAS (view), ax, ay, 0);
  tp_canvas_motion (TP_CANVAS (view), ax + 10, ay + 10);
  tp_canvas_set_pointer_modifiers (TP_CANVAS (view), GDK_SHIFT_MASK);
  tp_canvas_motion (TP_CANVAS (view), bx, by);
  tp_canvas_release (TP_CANVAS (view), bx, by);
  rect_of (zone, &r);
  g_assert_cmpfloat_with_epsilon (r.x, 10.5 + 0.83, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.y, 10.5 + 0.27, 1e-6);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Zone");
  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_project_undo (project));
  tp_canvas_set_pointer_modifiers (TP_CANVAS (view), 0);

  /* The magnet (%) turns snapping off for the window, until turned on again. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (key (view, GDK_KEY_percent, 0));
  g_assert_false (tp_store_flow_view_get_snapping (view));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (tp_ui_test_find_labelled (GTK_WIDGET (view), "Snap"))));
  rect_of (draw_rect (window, 0, 0), &r);
  g_assert_cmpfloat_with_epsilon (r.x, 10.63, 1e-6);
  g_assert_true (tp_project_undo (project));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tp_ui_test_find_labelled (GTK_WIDGET (view), "Snap")),
                                TRUE);
  g_assert_true (tp_store_flow_view_get_snapping (view));
  rect_of (draw_rect (window, 0, 0), &r);
  g_assert_cmpfloat_with_epsilon (r.x, 10.5, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/store-plan-keys/move-picture", test_move_picture);
  g_test_add_func ("/ui/store-plan-keys/inspector-corners", test_inspector_corners);
  g_test_add_func ("/ui/store-plan-keys/keyboard-polygon", test_keyboard_polygon);
  g_test_add_func ("/ui/store-plan-keys/keyboard-calibrate", test_keyboard_calibrate);
  g_test_add_func ("/ui/store-plan-keys/snapping", test_snapping);

  return tp_ui_test_run ();
}
