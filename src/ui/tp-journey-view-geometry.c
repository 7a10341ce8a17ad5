/* tp-journey-view-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map's part of the geometry written for the end-to-end tests
 * (tp-canvas-geometry.c, TP_E2E_GEOMETRY): where its phase and lane headers,
 * cells and cards are on screen.
 */

#include "config.h"

#include "tp-journey-view-private.h"

gboolean
_tp_journey_view_describe (TpCanvas    *canvas,
                           JsonBuilder *builder,
                           double       dx,
                           double       dy)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyLayout *layout = self->layout;
  double zoom = tp_canvas_get_zoom (canvas);
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (layout);
  graphene_rect_t r;
  TpRect map;

  graphene_rect_init (&r, 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                      gtk_widget_get_height (GTK_WIDGET (self)));
  json_builder_set_member_name (builder, "view");
  json_builder_begin_object (builder);
  tp_canvas_describe_rect (builder, "rect", &r, dx, dy);
  json_builder_set_member_name (builder, "has-focus");
  json_builder_add_boolean_value (builder, gtk_widget_has_focus (GTK_WIDGET (self)));
  json_builder_end_object (builder);
  /* Where cells show, not covered by the sticky headers. */
  graphene_rect_init (&r, o->lane_header_width * zoom, o->phase_header_height * zoom,
                      MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - o->lane_header_width * zoom),
                      MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - o->phase_header_height * zoom));
  json_builder_set_member_name (builder, "content");
  json_builder_begin_object (builder);
  tp_canvas_describe_rect (builder, "rect", &r, dx, dy);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  for (guint c = 0; c < tp_journey_layout_get_n_columns (layout); c++)
    {
      tp_journey_layout_get_phase_header (layout, c, &map);
      map.y += _tp_journey_view_sticky_y (self);
      tp_canvas_map_rect_to_widget (canvas, &map, &r);
      json_builder_begin_object (builder);
      tp_canvas_describe_id (builder, "id", tp_journey_layout_get_phase (layout, c));
      tp_canvas_describe_rect (builder, "rect", &r, dx, dy);
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
      tp_canvas_describe_id (builder, "id", tp_journey_layout_get_lane (layout, row));
      tp_canvas_describe_rect (builder, "rect", &r, dx, dy);
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
        tp_canvas_describe_id (builder, "phase", tp_journey_layout_get_phase (layout, c));
        tp_canvas_describe_id (builder, "lane", tp_journey_layout_get_lane (layout, row));
        tp_canvas_describe_rect (builder, "rect", &r, dx, dy);
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
      tp_canvas_describe_id (builder, "id", box->card);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, tp_card_get_title (box->card));
      tp_canvas_describe_id (builder, "phase", tp_journey_layout_get_phase (layout, box->column));
      tp_canvas_describe_id (builder, "lane", tp_journey_layout_get_lane (layout, box->row));
      json_builder_set_member_name (builder, "selected");
      json_builder_add_boolean_value (builder, tp_canvas_is_selected (canvas, box->card));
      tp_canvas_describe_rect (builder, "rect", &r, dx, dy);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return TRUE;
}
