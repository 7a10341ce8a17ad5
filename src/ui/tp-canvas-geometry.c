/* tp-canvas-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only aid for the end-to-end tests (tests/e2e/): when the environment
 * variable TP_E2E_GEOMETRY names a file, every frame of a view writes there
 * (with the view's TpCanvasClass.geometry_suffix appended to the name), as
 * JSON, where its elements are in the coordinates of the window's X surface,
 * so that a test can point, click and drag at them with real input. The
 * canvas writes the file and the members every view has; the view's
 * describe hook adds its own. It changes nothing, and costs nothing when the
 * variable is unset.
 */

#include "config.h"

#include "tp-canvas-private.h"

void
tp_canvas_describe_point (JsonBuilder *builder,
                          const char  *member,
                          double       x,
                          double       y)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, x);
  json_builder_add_double_value (builder, y);
  json_builder_end_array (builder);
}

void
tp_canvas_describe_rect (JsonBuilder           *builder,
                         const char            *member,
                         const graphene_rect_t *rect,
                         double                 dx,
                         double                 dy)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, rect->origin.x + dx);
  json_builder_add_double_value (builder, rect->origin.y + dy);
  json_builder_add_double_value (builder, rect->size.width);
  json_builder_add_double_value (builder, rect->size.height);
  json_builder_end_array (builder);
}

void
tp_canvas_describe_string (JsonBuilder *builder,
                           const char  *member,
                           const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

void
tp_canvas_describe_id (JsonBuilder *builder,
                       const char  *member,
                       gpointer     element)
{
  tp_canvas_describe_string (builder, member,
                             element != NULL ? tp_element_get_id (TP_ELEMENT (element)) : NULL);
}

static char *
describe (TpCanvas *self,
          double    dx,
          double    dy,
          double    surface_x,
          double    surface_y)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  tp_canvas_describe_id (builder, "journey", tp_canvas_get_journey (self));
  tp_canvas_describe_point (builder, "surface-offset", surface_x, surface_y);
  json_builder_set_member_name (builder, "zoom");
  json_builder_add_double_value (builder, tp_canvas_get_zoom (self));
  if (!TP_CANVAS_GET_CLASS (self)->describe (self, builder, dx, dy))
    return NULL;
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Called at the end of each frame; writes only what changed since this kind of view last
 * wrote. */
void
_tp_canvas_write_geometry (TpCanvas *self)
{
  static const char *base;
  static gboolean checked;
  static GHashTable *last_written; /* file name → text */
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  GtkNative *native;
  graphene_point_t origin;
  double sx = 0, sy = 0;

  if (!checked)
    {
      base = g_getenv ("TP_E2E_GEOMETRY");
      if (base != NULL && *base == '\0')
        base = NULL;
      checked = TRUE;
    }
  if (base == NULL || klass->describe == NULL || tp_canvas_get_journey (self) == NULL)
    return;

  native = gtk_widget_get_native (GTK_WIDGET (self));
  if (native == NULL
      || !gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (native),
                                    &GRAPHENE_POINT_INIT (0, 0), &origin))
    return;
  gtk_native_get_surface_transform (native, &sx, &sy);

  text = describe (self, origin.x + sx, origin.y + sy, sx, sy);
  if (text == NULL)
    return;
  if (last_written == NULL)
    last_written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  path = g_strconcat (base, klass->geometry_suffix != NULL ? klass->geometry_suffix : "", NULL);
  if (g_strcmp0 (text, g_hash_table_lookup (last_written, path)) == 0)
    return;
  /* Written to a temporary file and renamed, so readers never see half of it. */
  if (g_file_set_contents (path, text, -1, NULL))
    g_hash_table_replace (last_written, g_steal_pointer (&path), g_steal_pointer (&text));
}
