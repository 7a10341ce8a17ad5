/* tp-blueprint-view-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only aid for the end-to-end tests (tests/e2e/), like the journey
 * map's: when TP_E2E_GEOMETRY names a file, every frame of the service
 * blueprint writes to that name with "-blueprint" appended, as JSON, where
 * its cards, their handles and its arrows' ends are, in the coordinates of
 * the window's X surface, so that a test can drag with real input. It
 * changes nothing, and costs nothing when the variable is unset.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "tp-blueprint-view-private.h"

static void
add_point (JsonBuilder *builder,
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

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static char *
describe (TpBlueprintView *self,
          double           dx,
          double           dy)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  TpCanvas *canvas = TP_CANVAS (self);
  TpBlueprintView *view = self;
  double zoom = tp_canvas_get_zoom (canvas), x, y;

  json_builder_begin_object (builder);
  add_string (builder, "journey", tp_element_get_id (TP_ELEMENT (tp_canvas_get_journey (canvas))));
  json_builder_set_member_name (builder, "zoom");
  json_builder_add_double_value (builder, zoom);
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
      add_string (builder, "id", tp_element_get_id (TP_ELEMENT (box->card)));
      add_string (builder, "title", tp_card_get_title (box->card));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, box->card));
      if (tp_blueprint_view_get_point (self, box->card, TP_BLUEPRINT_POINT_CENTRE, &x, &y))
        add_point (builder, "centre", x + dx, y + dy);
      if (tp_blueprint_view_get_point (self, box->card, TP_BLUEPRINT_POINT_HANDLE, &x, &y))
        add_point (builder, "handle", x + dx, y + dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "connections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tp_blueprint_routes_get_n_routes (view->routes); i++)
    {
      TpConnection *connection = tp_blueprint_routes_get_route (view->routes, i)->connection;

      json_builder_begin_object (builder);
      add_string (builder, "id", tp_element_get_id (TP_ELEMENT (connection)));
      add_string (builder, "from", tp_connection_get_from (connection));
      add_string (builder, "to", tp_connection_get_to (connection));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, connection));
      if (tp_blueprint_view_get_point (self, connection, TP_BLUEPRINT_POINT_CENTRE, &x, &y))
        add_point (builder, "middle", x + dx, y + dy);
      if (tp_blueprint_view_get_point (self, connection, TP_BLUEPRINT_POINT_TO, &x, &y))
        add_point (builder, "head", x + dx, y + dy);
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
      add_string (builder, "id", tp_element_get_id (TP_ELEMENT (path->connection)));
      add_point (builder, "start", (ends[0]->x - sx) * zoom + dx, (ends[0]->y - sy) * zoom + dy);
      add_point (builder, "end", (ends[1]->x - sx) * zoom + dx, (ends[1]->y - sy) * zoom + dy);
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
_tp_blueprint_view_write_geometry (TpBlueprintView *self)
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
        path = g_strconcat (base, "-blueprint", NULL);
      checked = TRUE;
    }
  if (path == NULL || self->layout == NULL || self->routes == NULL
      || tp_canvas_get_journey (TP_CANVAS (self)) == NULL)
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
