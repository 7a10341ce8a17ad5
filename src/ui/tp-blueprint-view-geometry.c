/* tp-blueprint-view-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint's part of the geometry written for the end-to-end
 * tests (tp-canvas-geometry.c, TP_E2E_GEOMETRY, file name + "-blueprint"):
 * where its cards, their handles and its arrows' ends are on screen.
 */

#include "config.h"

#include "tp-blueprint-view-private.h"

gboolean
_tp_blueprint_view_describe (TpCanvas    *canvas,
                             JsonBuilder *builder,
                             double       dx,
                             double       dy)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpBlueprintView *view = self;
  double zoom = tp_canvas_get_zoom (canvas), x, y;

  if (view->layout == NULL || view->routes == NULL)
    return FALSE;
  json_builder_set_member_name (builder, "view");
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, dx);
  json_builder_add_double_value (builder, dy);
  json_builder_add_double_value (builder, gtk_widget_get_width (GTK_WIDGET (self)));
  json_builder_add_double_value (builder, gtk_widget_get_height (GTK_WIDGET (self)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "cards");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tp_blueprint_layout_get_n_cards (view->layout); i++)
    {
      const TpBlueprintBox *box = tp_blueprint_layout_get_box (view->layout, i);

      json_builder_begin_object (builder);
      tp_canvas_describe_string (builder, "id", tp_element_get_id (TP_ELEMENT (box->card)));
      tp_canvas_describe_string (builder, "title", tp_card_get_title (box->card));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, box->card));
      if (tp_blueprint_view_get_point (self, box->card, TP_BLUEPRINT_POINT_CENTRE, &x, &y))
        tp_canvas_describe_point (builder, "centre", x + dx, y + dy);
      if (tp_blueprint_view_get_point (self, box->card, TP_BLUEPRINT_POINT_HANDLE, &x, &y))
        tp_canvas_describe_point (builder, "handle", x + dx, y + dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "connections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tp_blueprint_routes_get_n_routes (view->routes); i++)
    {
      TpConnection *connection = tp_blueprint_routes_get_route (view->routes, i)->connection;

      json_builder_begin_object (builder);
      tp_canvas_describe_string (builder, "id", tp_element_get_id (TP_ELEMENT (connection)));
      tp_canvas_describe_string (builder, "from", tp_connection_get_from (connection));
      tp_canvas_describe_string (builder, "to", tp_connection_get_to (connection));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, connection));
      if (tp_blueprint_view_get_point (self, connection, TP_BLUEPRINT_POINT_CENTRE, &x, &y))
        tp_canvas_describe_point (builder, "middle", x + dx, y + dy);
      if (tp_blueprint_view_get_point (self, connection, TP_BLUEPRINT_POINT_TO, &x, &y))
        tp_canvas_describe_point (builder, "head", x + dx, y + dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* While cards are dragged: their arrows from where they would land. */
  json_builder_set_member_name (builder, "dragging");
  json_builder_begin_array (builder);
  for (guint i = 0; view->drag_preview && view->drag_paths != NULL && i < view->drag_paths->len; i++)
    {
      DragPath *path = g_ptr_array_index (view->drag_paths, i);
      double sx, sy;
      const TpPoint *ends[2] = { &g_array_index (path->points, TpPoint, 0),
                                 &g_array_index (path->points, TpPoint, path->points->len - 1) };

      tp_canvas_get_scroll (canvas, &sx, &sy);
      json_builder_begin_object (builder);
      tp_canvas_describe_string (builder, "id", tp_element_get_id (TP_ELEMENT (path->connection)));
      tp_canvas_describe_point (builder, "start", (ends[0]->x - sx) * zoom + dx, (ends[0]->y - sy) * zoom + dy);
      tp_canvas_describe_point (builder, "end", (ends[1]->x - sx) * zoom + dx, (ends[1]->y - sy) * zoom + dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return TRUE;
}
