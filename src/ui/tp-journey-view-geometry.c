/* tp-journey-view-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only debugging aid for the end-to-end tests (tests/e2e/): when the
 * environment variable TP_E2E_GEOMETRY names a file, every frame of the
 * journey map writes there, as JSON, where its phase and lane headers, cells
 * and cards are on screen, in the coordinates of the window's X surface, so
 * that a test can point and click at them with real input. It changes
 * nothing, and costs nothing when the variable is unset.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "tp-journey-view-private.h"

static void
add_rect (JsonBuilder           *builder,
          const graphene_rect_t *rect,
          double                 dx,
          double                 dy)
{
  json_builder_set_member_name (builder, "rect");
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, rect->origin.x + dx);
  json_builder_add_double_value (builder, rect->origin.y + dy);
  json_builder_add_double_value (builder, rect->size.width);
  json_builder_add_double_value (builder, rect->size.height);
  json_builder_end_array (builder);
}

static void
add_id (JsonBuilder *builder,
        const char  *member,
        gpointer     element)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, element != NULL ? tp_element_get_id (element) : "");
}

static char *
describe (TpJourneyView *self,
          double         dx,
          double         dy,
          double         surface_x,
          double         surface_y)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  TpCanvas *canvas = TP_CANVAS (self);
  TpJourneyLayout *layout = self->layout;
  double zoom = tp_canvas_get_zoom (canvas);
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (layout);
  graphene_rect_t r;
  TpRect map;

  json_builder_begin_object (builder);
  add_id (builder, "journey", tp_canvas_get_journey (canvas));
  json_builder_set_member_name (builder, "surface-offset");
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, surface_x);
  json_builder_add_double_value (builder, surface_y);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "zoom");
  json_builder_add_double_value (builder, zoom);
  graphene_rect_init (&r, 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                      gtk_widget_get_height (GTK_WIDGET (self)));
  json_builder_set_member_name (builder, "view");
  json_builder_begin_object (builder);
  add_rect (builder, &r, dx, dy);
  json_builder_set_member_name (builder, "has-focus");
  json_builder_add_boolean_value (builder, gtk_widget_has_focus (GTK_WIDGET (self)));
  json_builder_end_object (builder);
  /* Where cells show, not covered by the sticky headers. */
  graphene_rect_init (&r, o->lane_header_width * zoom, o->phase_header_height * zoom,
                      MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - o->lane_header_width * zoom),
                      MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - o->phase_header_height * zoom));
  json_builder_set_member_name (builder, "content");
  json_builder_begin_object (builder);
  add_rect (builder, &r, dx, dy);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  for (guint c = 0; c < tp_journey_layout_get_n_columns (layout); c++)
    {
      tp_journey_layout_get_phase_header (layout, c, &map);
      map.y += _tp_journey_view_sticky_y (self);
      tp_canvas_map_rect_to_widget (canvas, &map, &r);
      json_builder_begin_object (builder);
      add_id (builder, "id", tp_journey_layout_get_phase (layout, c));
      add_rect (builder, &r, dx, dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "lanes");
  json_builder_begin_array (builder);
  for (guint row = 0; row < tp_journey_layout_get_n_rows (layout); row++)
    {
      tp_journey_layout_get_lane_header (layout, row, &map);
      map.x += _tp_journey_view_sticky_x (self);
      tp_canvas_map_rect_to_widget (canvas, &map, &r);
      json_builder_begin_object (builder);
      add_id (builder, "id", tp_journey_layout_get_lane (layout, row));
      add_rect (builder, &r, dx, dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "cells");
  json_builder_begin_array (builder);
  for (guint c = 0; c < tp_journey_layout_get_n_columns (layout); c++)
    for (guint row = 0; row < tp_journey_layout_get_n_rows (layout); row++)
      {
        tp_journey_layout_get_cell (layout, c, row, &map);
        tp_canvas_map_rect_to_widget (canvas, &map, &r);
        json_builder_begin_object (builder);
        add_id (builder, "phase", tp_journey_layout_get_phase (layout, c));
        add_id (builder, "lane", tp_journey_layout_get_lane (layout, row));
        add_rect (builder, &r, dx, dy);
        json_builder_end_object (builder);
      }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "cards");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
    {
      const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);

      tp_canvas_map_rect_to_widget (canvas, &box->rect, &r);
      json_builder_begin_object (builder);
      add_id (builder, "id", box->card);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, tp_card_get_title (box->card));
      add_id (builder, "phase", tp_journey_layout_get_phase (layout, box->column));
      add_id (builder, "lane", tp_journey_layout_get_lane (layout, box->row));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, box->card));
      add_rect (builder, &r, dx, dy);
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
_tp_journey_view_write_geometry (TpJourneyView *self)
{
  static const char *path;
  static gboolean checked;
  static char *last;
  g_autofree char *text = NULL;
  GtkNative *native;
  graphene_point_t origin;
  double sx = 0, sy = 0;

  if (!checked)
    {
      path = g_getenv ("TP_E2E_GEOMETRY");
      checked = TRUE;
    }
  if (path == NULL || *path == '\0' || self->layout == NULL || tp_canvas_get_journey (TP_CANVAS (self)) == NULL)
    return;

  native = gtk_widget_get_native (GTK_WIDGET (self));
  if (native == NULL
      || !gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (native),
                                    &GRAPHENE_POINT_INIT (0, 0), &origin))
    return;
  gtk_native_get_surface_transform (native, &sx, &sy);

  text = describe (self, origin.x + sx, origin.y + sy, sx, sy);
  if (g_strcmp0 (text, last) == 0)
    return;
  /* Written to a temporary file and renamed, so readers never see half of it. */
  if (g_file_set_contents (path, text, -1, NULL))
    {
      g_free (last);
      last = g_steal_pointer (&text);
    }
}
