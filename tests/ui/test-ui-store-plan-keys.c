/* test-ui-store-plan-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing the plan the way a user of a design tool expects, in the
 * store-flow view: the plan's picture moved (the Move Picture tool, a drag
 * and the arrow keys; a locked picture does not move), saved in the file,
 * one undo step per gesture. Keys are sent as GTK dispatches them
 * (tp_ui_test_send_key); the pointer through the canvas's press, motion and
 * release, as its gestures call them (GTK 4.8 cannot synthesise pointer
 * events).
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-store-snap.h"
#include "tp-ui-test.h"
#include "ui/tp-store-flow-view-zones.h"

static TpStoreFlowView *
store_view (TpWindow *window)
{
  return TP_STORE_FLOW_VIEW (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                     TP_TYPE_STORE_FLOW_VIEW));
}

/* A shown store-visit window (its plan 20 × 15 m), drawn at 100 % from its top-left, the plan
 * focused. */
static TpWindow *
new_store_window (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_STORE_VISIT);
  TpCanvas *canvas = TP_CANVAS (store_view (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (200);
  tp_canvas_set_zoom (canvas, 1.0);
  tp_canvas_set_scroll (canvas, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  tp_ui_test_spin ();
  return window;
}

static void
metres_to_widget (TpStoreFlowView *view,
                  double           mx,
                  double           my,
                  double          *wx,
                  double          *wy)
{
  TpCanvas *canvas = TP_CANVAS (view);
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  double ux, uy, sx, sy, zoom = tp_canvas_get_zoom (canvas);

  tp_store_layout_to_units (layout, (TpPoint) { mx, my }, &ux, &uy);
  tp_canvas_get_scroll (canvas, &sx, &sy);
  *wx = (ux - sx) * zoom;
  *wy = (uy - sy) * zoom;
}

static void
drag_metres (TpStoreFlowView *view,
             double           x0,
             double           y0,
             double           x1,
             double           y1)
{
  double ax, ay, bx, by;

  metres_to_widget (view, x0, y0, &ax, &ay);
  metres_to_widget (view, x1, y1, &bx, &by);
  tp_canvas_press (TP_CANVAS (view), ax, ay, 0);
  tp_canvas_motion (TP_CANVAS (view), (ax + bx) / 2, (ay + by) / 2);
  tp_canvas_motion (TP_CANVAS (view), bx, by);
  tp_canvas_release (TP_CANVAS (view), bx, by);
}

static gboolean
key (TpStoreFlowView *view,
     guint            keyval,
     GdkModifierType  mods)
{
  gboolean handled = tp_ui_test_send_key (GTK_WIDGET (view), keyval, mods);

  tp_ui_test_spin ();
  return handled;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A 400 × 300 picture, as PNG bytes. */
static GBytes *
make_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.9, 0.9, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_bytes, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static void
test_move_picture (void)
{
  TpWindow *window = new_store_window ();
  TpStoreFlowView *view = store_view (window);
  TpProject *project = tp_window_get_project (window);
  TpFloorPlan *plan = tp_store_flow_view_get_layout (view)->plan;
  g_autoptr(GBytes) png = make_png ();
  g_autoptr(GError) error = NULL;
  double x, x0, y0, step;

  g_assert_true (tp_store_flow_view_set_picture (view, png, &error));
  g_assert_no_error (error);
  tp_ui_test_spin ();

  /* M: the Move Picture tool; a drag anywhere on the plan moves the picture as far, one step. */
  g_assert_true (key (view, GDK_KEY_m, 0));
  g_assert_cmpstr (tp_store_flow_view_get_tool (view), ==, "move-picture");
  drag_metres (view, 5, 5, 7.3, 6.1);
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
  drag_metres (view, 5, 5, 5 - 2.3 + 0.05, 5 - 1.1 - 0.05);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_x (plan), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tp_floor_plan_get_image_y (plan), 0, 1e-9);
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();

  /* Dragged far off the plan: a metre of it stays over the plan, to be grabbed again. */
  drag_metres (view, 5, 5, 19.9, 14.9);
  tp_ui_test_spin ();
  drag_metres (view, 19.5, 14.5, 40, 40);
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

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/store-plan-keys/move-picture", test_move_picture);

  return tp_ui_test_run ();
}
