/* tp-ui-store-test.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-ui-store-test.h"

TpStoreFlowView *
tp_store_test_view (TpWindow *window)
{
  return TP_STORE_FLOW_VIEW (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                     TP_TYPE_STORE_FLOW_VIEW));
}

TpWindow *
tp_store_test_new_window (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_STORE_VISIT);
  TpCanvas *canvas = TP_CANVAS (tp_store_test_view (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (200);
  tp_canvas_set_zoom (canvas, 1.0);
  tp_canvas_set_scroll (canvas, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  tp_ui_test_spin ();
  return window;
}

void
tp_store_test_to_widget (TpStoreFlowView *view,
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

void
tp_store_test_drag (TpStoreFlowView *view,
                    double           x0,
                    double           y0,
                    double           x1,
                    double           y1)
{
  double ax, ay, bx, by;

  tp_store_test_to_widget (view, x0, y0, &ax, &ay);
  tp_store_test_to_widget (view, x1, y1, &bx, &by);
  tp_canvas_press (TP_CANVAS (view), ax, ay, 0);
  tp_canvas_motion (TP_CANVAS (view), (ax + bx) / 2, (ay + by) / 2);
  tp_canvas_motion (TP_CANVAS (view), bx, by);
  tp_canvas_release (TP_CANVAS (view), bx, by);
}

void
tp_store_test_click (TpStoreFlowView *view,
                     double           x,
                     double           y,
                     GdkModifierType  modifiers)
{
  double wx, wy;

  tp_store_test_to_widget (view, x, y, &wx, &wy);
  tp_canvas_press (TP_CANVAS (view), wx, wy, modifiers);
  tp_canvas_release (TP_CANVAS (view), wx, wy);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
tp_store_test_make_png (void)
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
