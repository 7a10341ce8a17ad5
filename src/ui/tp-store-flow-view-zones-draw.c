/* tp-store-flow-view-zones-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the zone tools draw over the plan (the rectangle or polygon being
 * drawn, the outline being reshaped, the selected zone's handles, the
 * calibration line), and the tool bar over the plan's top-left corner.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "tp-store-flow-view-tools.h"

/* --- Drawing ---------------------------------------------------------------- */

static void
path_points (TpStoreLayout *layout,
             cairo_t       *cr,
             const TpPoint *points,
             guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      double x, y;

      tp_store_layout_to_units (layout, points[i], &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
}

static void
square_at (TpStoreLayout *layout,
           cairo_t       *cr,
           TpPoint        p,
           double         half)
{
  double x, y;

  tp_store_layout_to_units (layout, p, &x, &y);
  cairo_rectangle (cr, x - half, y - half, 2 * half, 2 * half);
}

static void
stroke_handles (cairo_t       *cr,
                const TpTheme *theme,
                double         zoom)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->selection);
  cairo_set_line_width (cr, 1.5 / zoom);
  cairo_stroke (cr);
}

void
_tp_store_flow_view_snapshot_zones (TpStoreFlowView *self,
                                    GtkSnapshot     *snapshot,
                                    const TpRect    *visible)
{
  TpCanvas *canvas = TP_CANVAS (self);
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  TpStoreLayout *layout = self->layout;
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  double zoom = tp_canvas_get_zoom (canvas);
  double half = 4.0 / zoom;
  TpZone *zone = _tp_store_flow_view_selected_zone (self);
  const TpStoreShape *shape = zone != NULL ? _tp_store_flow_view_zone_shape (self, zone) : NULL;
  TpRgba fill = theme->selection;
  cairo_t *cr;

  fill.alpha = 0.2;
  cr = tp_canvas_begin_marks ();
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, 2.0 / zoom);

  switch (edit->gesture)
    {
    case TP_STORE_GESTURE_RECT:
    case TP_STORE_GESTURE_HANDLE:
      {
        TpRect r;
        TpPoint corners[4];

        if (edit->gesture == TP_STORE_GESTURE_RECT)
          tp_store_rect_from_corners (edit->from, edit->to, &r);
        else
          r = edit->preview;
        corners[0] = (TpPoint) { r.x, r.y };
        corners[1] = (TpPoint) { r.x + r.width, r.y };
        corners[2] = (TpPoint) { r.x + r.width, r.y + r.height };
        corners[3] = (TpPoint) { r.x, r.y + r.height };
        path_points (layout, cr, corners, 4);
        cairo_close_path (cr);
        tp_cairo_set_rgba (cr, &fill);
        cairo_fill_preserve (cr);
        tp_cairo_set_rgba (cr, &theme->selection);
        cairo_stroke (cr);
      }
      break;

    case TP_STORE_GESTURE_VERTEX:
      path_points (layout, cr, (TpPoint *) (gpointer) edit->start_points->data,
                   edit->start_points->len);
      cairo_close_path (cr);
      tp_cairo_set_rgba (cr, &fill);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_stroke (cr);
      square_at (layout, cr, g_array_index (edit->start_points, TpPoint, edit->vertex), half);
      stroke_handles (cr, theme, zoom);
      break;

    case TP_STORE_GESTURE_CALIBRATE:
    case TP_STORE_GESTURE_CORNER:
    case TP_STORE_GESTURE_NONE:
    default:
      /* The selected zone's handles. */
      if (shape != NULL && edit->tool == TP_STORE_TOOL_SELECT)
        {
          if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_RECT)
            for (int h = 0; h < TP_STORE_N_HANDLES; h++)
              square_at (layout, cr, tp_store_handle_position (&shape->bounds, h), half);
          else
            {
              for (guint i = 0; i < shape->n_points; i++)
                square_at (layout, cr, shape->points[i], half);
            }
          stroke_handles (cr, theme, zoom);
          if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_POLYGON)
            {
              for (guint i = 0; i < shape->n_points; i++)
                {
                  TpPoint a = shape->points[i], b = shape->points[(i + 1) % shape->n_points];
                  double x, y;

                  tp_store_layout_to_units (layout, (TpPoint) { (a.x + b.x) / 2, (a.y + b.y) / 2 },
                                            &x, &y);
                  cairo_new_sub_path (cr);
                  cairo_arc (cr, x, y, half * 0.8, 0, 2 * G_PI);
                }
              stroke_handles (cr, theme, zoom);
            }
        }
      break;
    }

  /* The polygon being drawn, to the pointer. */
  if (edit->points->len > 0)
    {
      path_points (layout, cr, (TpPoint *) (gpointer) edit->points->data, edit->points->len);
      if (edit->have_hover)
        {
          double x, y;

          tp_store_layout_to_units (layout, edit->hover, &x, &y);
          cairo_line_to (cr, x, y);
        }
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_stroke (cr);
      for (guint i = 0; i < edit->points->len; i++)
        square_at (layout, cr, g_array_index (edit->points, TpPoint, i), i == 0 ? half * 1.5 : half);
      stroke_handles (cr, theme, zoom);
    }

  /* The keyboard's cursor of the polygon tool: cross hairs and a ring. */
  if (edit->key_cursor_shown && edit->tool == TP_STORE_TOOL_POLYGON)
    {
      double x, y, arm = 12.0 / zoom;

      tp_store_layout_to_units (layout, edit->key_cursor, &x, &y);
      cairo_new_path (cr);
      cairo_move_to (cr, x - arm, y);
      cairo_line_to (cr, x + arm, y);
      cairo_move_to (cr, x, y - arm);
      cairo_line_to (cr, x, y + arm);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, arm * 0.55, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 4.0 / zoom);
      cairo_stroke_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_set_line_width (cr, 2.0 / zoom);
      cairo_stroke (cr);
    }

  _tp_store_flow_view_snapshot_picture (self, cr);

  /* The calibration line, with a tick across each end. */
  if (edit->calibrate_shown)
    {
      double x0, y0, x1, y1, len, nx, ny;

      tp_store_layout_to_units (layout, edit->from, &x0, &y0);
      tp_store_layout_to_units (layout, edit->to, &x1, &y1);
      len = MAX (hypot (x1 - x0, y1 - y0), 1e-9);
      nx = -(y1 - y0) / len * 8 / zoom;
      ny = (x1 - x0) / len * 8 / zoom;
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      cairo_move_to (cr, x0 - nx, y0 - ny);
      cairo_line_to (cr, x0 + nx, y0 + ny);
      cairo_move_to (cr, x1 - nx, y1 - ny);
      cairo_line_to (cr, x1 + nx, y1 + ny);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 5.0 / zoom);
      cairo_stroke_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_set_line_width (cr, 2.5 / zoom);
      cairo_stroke (cr);
    }
  tp_canvas_end_marks (snapshot, cr, visible);
}

/* --- Tool bar, allocation, set-up ------------------------------------------ */

void
_tp_store_flow_view_allocate_zones (TpStoreFlowView *self,
                                    int              width,
                                    int              height)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  GtkRequisition natural;

  gtk_widget_get_preferred_size (edit->toolbar, NULL, &natural);
  gtk_widget_size_allocate (edit->toolbar,
                            &(GtkAllocation) { 12, 12, natural.width, natural.height }, -1);
  if (edit->calibrate_popover != NULL)
    gtk_popover_present (GTK_POPOVER (edit->calibrate_popover));
}

static GtkWidget *
tool_button (const char *icon,
             const char *tooltip,
             const char *name)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

static void
on_tool_toggled (GtkToggleButton *button,
                 TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);

  if (edit->updating || !gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (edit->tool_buttons); i++)
    if (edit->tool_buttons[i] == GTK_WIDGET (button))
      _tp_store_flow_view_set_tool (self, i);
}

static void
on_snap_toggled (GtkToggleButton *button,
                 TpStoreFlowView *self)
{
  if (!_tp_store_zone_edit (self)->updating)
    tp_store_flow_view_set_snapping (self, gtk_toggle_button_get_active (button));
}

static gboolean
on_child_event (GtkEventControllerLegacy *controller,
                GdkEvent                 *event)
{
  GdkEventType type = gdk_event_get_event_type (event);

  return type == GDK_BUTTON_PRESS || type == GDK_BUTTON_RELEASE;
}

void
_tp_store_flow_view_keep_pointer (GtkWidget *child)
{
  GtkEventController *controller = gtk_event_controller_legacy_new ();

  g_signal_connect (controller, "event", G_CALLBACK (on_child_event), NULL);
  gtk_widget_add_controller (child, controller);
}

void
_tp_store_flow_view_create_toolbar (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  GtkWidget *tools;

  edit->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (edit->toolbar, "store-tools");
  tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (tools, "linked");
  edit->tool_buttons[0] = tool_button ("tp-tool-select-symbolic", _("Select and Move (V)"),
                                       _("Select"));
  edit->tool_buttons[1] = tool_button ("tp-tool-rectangle-symbolic", _("Draw a Rectangle Zone (R)"),
                                       _("Rectangle Zone"));
  edit->tool_buttons[2] = tool_button ("tp-tool-polygon-symbolic", _("Draw a Polygon Zone (P)"),
                                       _("Polygon Zone"));
  for (guint i = 0; i < G_N_ELEMENTS (edit->tool_buttons); i++)
    {
      gtk_widget_add_css_class (edit->tool_buttons[i], "osd");
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (edit->tool_buttons[i]),
                                     GTK_TOGGLE_BUTTON (edit->tool_buttons[0]));
      g_signal_connect_object (edit->tool_buttons[i], "toggled", G_CALLBACK (on_tool_toggled), self, 0);
      gtk_box_append (GTK_BOX (tools), edit->tool_buttons[i]);
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (edit->tool_buttons[0]), TRUE);
  gtk_box_append (GTK_BOX (edit->toolbar), tools);

  /* Snapping for this window; Shift held turns it off for one drag. */
  edit->snap_button = tool_button ("tp-snap-symbolic",
                                   _("Snap to the Grid and Other Zones (%)\n"
                                     "Hold Shift while dragging not to snap"),
                                   _("Snap"));
  gtk_widget_add_css_class (edit->snap_button, "osd");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (edit->snap_button), TRUE);
  g_signal_connect_object (edit->snap_button, "toggled", G_CALLBACK (on_snap_toggled), self, 0);
  gtk_box_append (GTK_BOX (edit->toolbar), edit->snap_button);
  edit->picture_button = _tp_store_flow_view_create_picture_menu (self);
  gtk_box_append (GTK_BOX (edit->toolbar), edit->picture_button);
  _tp_store_flow_view_keep_pointer (edit->toolbar);
  gtk_widget_set_parent (edit->toolbar, GTK_WIDGET (self));
}
