/* tp-store-flow-view-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only aid for the end-to-end tests (tests/e2e/), like the journey
 * map's and the blueprint's: when TP_E2E_GEOMETRY names a file, every frame
 * of the store flow writes to that name with "-store" appended, as JSON,
 * where the plan lies in the coordinates of the window's X surface (its
 * origin and pixels per metre), the tool in use and the zones, so that a
 * test can draw on the plan with real input. It changes nothing, and costs
 * nothing when the variable is unset.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "tp-store-flow-view-tools.h"

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_double (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, value);
}

static char *
describe (TpStoreFlowView *self,
          double           dx,
          double           dy)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  TpCanvas *canvas = TP_CANVAS (self);
  TpStoreLayout *layout = self->layout;
  graphene_rect_t plan;
  TpRect units;
  double ox, oy;

  /* The plan's first square metre, where the canvas shows it. */
  tp_store_layout_to_units (layout, (TpPoint) { 0, 0 }, &ox, &oy);
  units = (TpRect) { ox, oy, layout->ppm, layout->ppm };
  tp_canvas_map_rect_to_widget (canvas, &units, &plan);

  json_builder_begin_object (builder);
  add_string (builder, "journey", tp_element_get_id (TP_ELEMENT (tp_canvas_get_journey (canvas))));
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
  add_string (builder, "tool", tp_store_flow_view_get_tool (self));
  json_builder_set_member_name (builder, "drawn_corners");
  json_builder_add_int_value (builder, tp_store_flow_view_get_drawn_corners (self));
  json_builder_set_member_name (builder, "renaming");
  json_builder_add_boolean_value (builder, tp_store_flow_view_get_rename_entry (self) != NULL);

  json_builder_set_member_name (builder, "zones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < layout->shapes->len; i++)
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", tp_element_get_id (TP_ELEMENT (shape->zone)));
      add_string (builder, "name", tp_zone_get_name (shape->zone));
      json_builder_set_member_name (builder, "corners");
      json_builder_add_int_value (builder, shape->n_points);
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, shape->zone));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Called at the end of each frame; writes only what changed. */
void
_tp_store_flow_view_write_geometry (TpStoreFlowView *self)
{
  static char *path;
  static gboolean checked;
  static char *last;
  g_autofree char *text = NULL;
  GtkNative *native;
  graphene_point_t origin;
  double sx = 0, sy = 0;

  if (!checked)
    {
      const char *base = g_getenv ("TP_E2E_GEOMETRY");

      if (base != NULL && *base != '\0')
        path = g_strconcat (base, "-store", NULL);
      checked = TRUE;
    }
  if (path == NULL || self->layout == NULL || tp_canvas_get_journey (TP_CANVAS (self)) == NULL)
    return;

  native = gtk_widget_get_native (GTK_WIDGET (self));
  if (native == NULL
      || !gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (native),
                                    &GRAPHENE_POINT_INIT (0, 0), &origin))
    return;
  gtk_native_get_surface_transform (native, &sx, &sy);

  text = describe (self, origin.x + sx, origin.y + sy);
  if (g_strcmp0 (text, last) == 0)
    return;
  /* Written to a temporary file and renamed, so readers never see half of it. */
  if (g_file_set_contents (path, text, -1, NULL))
    {
      g_free (last);
      last = g_steal_pointer (&text);
    }
}
