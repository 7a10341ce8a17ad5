/* tp-store-flow-view-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow's part of the geometry written for the end-to-end tests
 * (tp-canvas-geometry.c, TP_E2E_GEOMETRY, file name + "-store"): where the
 * plan lies on screen (its origin and pixels per metre), the tool in use and
 * the zones, so that a test can draw on the plan with real input.
 */

#include "config.h"

#include "tp-store-flow-view-tools.h"

static void
add_double (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, value);
}

gboolean
_tp_store_flow_view_describe (TpCanvas    *canvas,
                              JsonBuilder *builder,
                              double       dx,
                              double       dy)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStoreLayout *layout = self->layout;
  graphene_rect_t plan;
  TpRect units;
  double ox, oy;

  if (layout == NULL)
    return FALSE;
  /* The plan's first square metre, where the canvas shows it. */
  tp_store_layout_to_units (layout, (TpPoint) { 0, 0 }, &ox, &oy);
  units = (TpRect) { ox, oy, layout->ppm, layout->ppm };
  tp_canvas_map_rect_to_widget (canvas, &units, &plan);

  json_builder_set_member_name (builder, "view");
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, dx);
  json_builder_add_double_value (builder, dy);
  json_builder_add_double_value (builder, gtk_widget_get_width (GTK_WIDGET (self)));
  json_builder_add_double_value (builder, gtk_widget_get_height (GTK_WIDGET (self)));
  json_builder_end_array (builder);
  /* A point (x, y) of the plan, metres, is at origin + pixels_per_metre × (x, y) on screen. */
  json_builder_set_member_name (builder, "origin");
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, plan.origin.x + dx);
  json_builder_add_double_value (builder, plan.origin.y + dy);
  json_builder_end_array (builder);
  add_double (builder, "pixels_per_metre", plan.size.width);
  add_double (builder, "plan_width", layout->plan_rect.width);
  add_double (builder, "plan_height", layout->plan_rect.height);
  tp_canvas_describe_string (builder, "tool", tp_store_flow_view_get_tool (self));
  json_builder_set_member_name (builder, "drawn_corners");
  json_builder_add_int_value (builder, tp_store_flow_view_get_drawn_corners (self));
  /* The picture, metres on the plan: [x, y, width, height], or null. */
  json_builder_set_member_name (builder, "picture");
  if (layout->image != NULL && layout->ppm > 0)
    {
      TpPoint at = tp_store_layout_to_metres (layout, layout->image_rect.x, layout->image_rect.y);

      json_builder_begin_array (builder);
      json_builder_add_double_value (builder, at.x);
      json_builder_add_double_value (builder, at.y);
      json_builder_add_double_value (builder, layout->image_rect.width / layout->ppm);
      json_builder_add_double_value (builder, layout->image_rect.height / layout->ppm);
      json_builder_end_array (builder);
    }
  else
    json_builder_add_null_value (builder);
  /* The polygon tool's keyboard cursor, metres: [x, y], or null. */
  json_builder_set_member_name (builder, "key_cursor");
  {
    TpPoint at;

    if (tp_store_flow_view_get_key_cursor (self, &at))
      {
        json_builder_begin_array (builder);
        json_builder_add_double_value (builder, at.x);
        json_builder_add_double_value (builder, at.y);
        json_builder_end_array (builder);
      }
    else
      json_builder_add_null_value (builder);
  }
  add_double (builder, "grid_step", _tp_store_flow_view_grid_step (self));
  json_builder_set_member_name (builder, "renaming");
  json_builder_add_boolean_value (builder, tp_store_flow_view_get_rename_entry (self) != NULL);

  json_builder_set_member_name (builder, "zones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < layout->shapes->len; i++)
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, i);

      json_builder_begin_object (builder);
      tp_canvas_describe_string (builder, "id", tp_element_get_id (TP_ELEMENT (shape->zone)));
      tp_canvas_describe_string (builder, "name", tp_zone_get_name (shape->zone));
      json_builder_set_member_name (builder, "corners");
      json_builder_add_int_value (builder, shape->n_points);
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, shape->zone));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return TRUE;
}
