/* tp-blueprint-view-connect-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the arrow tool of the service blueprint draws over the map (handles,
 * the selected arrow's grips, the arrow being drawn or moved), and the points
 * of cards and arrows in widget coordinates, for tests and assistive tools.
 * The gestures themselves are in tp-blueprint-view-connect.c.
 */

#include "config.h"

#include <math.h>

#include "tp-blueprint-view-private.h"

/* --- Drawing ---------------------------------------------------------------- */

static void
append_disc (GtkSnapshot  *snapshot,
             const TpRgba *fill,
             const TpRgba *ring,
             double        x,
             double        y,
             double        r,
             double        width)
{
  TpRect rect = { x - r, y - r, 2 * r, 2 * r };
  GskRoundedRect disc;
  GdkRGBA rgba = { fill->red, fill->green, fill->blue, fill->alpha };

  gsk_rounded_rect_init_from_rect (&disc, &GRAPHENE_RECT_INIT (rect.x, rect.y, rect.width,
                                                               rect.height), r);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, &rgba, &disc.bounds);
  gtk_snapshot_pop (snapshot);
  tp_canvas_append_ring (snapshot, ring, &rect, 0, width, r);
}

static void
append_dashed_line (GtkSnapshot  *snapshot,
                    const TpRgba *color,
                    double        x0,
                    double        y0,
                    double        x1,
                    double        y1,
                    double        width)
{
  static const double dash[] = { 6, 4 };
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (MIN (x0, x1) - 8, MIN (y0, y1) - 8,
                                               fabs (x1 - x0) + 16, fabs (y1 - y0) + 16);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_set_line_width (cr, width);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

void
_tp_blueprint_view_snapshot_connect (TpBlueprintView *self,
                                     GtkSnapshot     *snapshot,
                                     const TpRect    *visible)
{
  TpCanvas *canvas = TP_CANVAS (self);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  TpConnection *connection = _tp_blueprint_view_selected_connection (self);
  double r = _tp_blueprint_view_handle_radius (self), line = _tp_blueprint_view_pixels (self, 1.5);
  TpSelection *selection = tp_canvas_get_selection (canvas);
  double x, y;

  /* Handles: on the card under the pointer and on the selected cards (not while cards are
   * dragged: they are not where their handles would be). */
  if (self->tool == TP_BLUEPRINT_TOOL_NONE && tp_canvas_get_drag_anchor (canvas) == NULL)
    {
      if (self->hovered != NULL && _tp_blueprint_view_handle_centre (self, self->hovered, &x, &y))
        append_disc (snapshot, &theme->card, &theme->selection, x, y, r, line);
      if (selection != NULL)
        {
          GPtrArray *items = tp_selection_get_items (selection);

          for (guint i = 0; i < items->len; i++)
            {
              TpElement *element = g_ptr_array_index (items, i);

              if (TP_IS_CARD (element) && element != (gpointer) self->hovered
                  && _tp_blueprint_view_handle_centre (self, TP_CARD (element), &x, &y))
                append_disc (snapshot, &theme->card, &theme->selection, x, y, r, line);
            }
        }
    }

  /* Ctrl+K started an arrow here: a filled handle until Enter. */
  if (self->keyboard_source != NULL && _tp_blueprint_view_handle_centre (self, self->keyboard_source, &x, &y))
    append_disc (snapshot, &theme->selection, &theme->selection, x, y, r, line);

  /* The ends of the selected arrow, to drag onto another card. */
  if (connection != NULL && self->tool == TP_BLUEPRINT_TOOL_NONE)
    {
      const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes, connection);
      double g = MAX (TP_BLUEPRINT_GRIP_RADIUS, _tp_blueprint_view_pixels (self, TP_BLUEPRINT_GRIP_RADIUS));

      if (route != NULL && route->n_points >= 2)
        {
          append_disc (snapshot, &theme->card, &theme->selection,
                       route->points[0].x, route->points[0].y, g, line);
          append_disc (snapshot, &theme->selection, &theme->selection,
                       route->points[route->n_points - 1].x,
                       route->points[route->n_points - 1].y, g, line);
        }
    }

  /* The arrow being drawn or moved follows the pointer. */
  if (self->tool != TP_BLUEPRINT_TOOL_NONE)
    {
      double fx = self->tool_x, fy = self->tool_y;

      if (self->tool == TP_BLUEPRINT_TOOL_CONNECT)
        _tp_blueprint_view_handle_centre (self, self->tool_card, &fx, &fy);
      else
        {
          const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes,
                                                                    self->tool_connection);

          if (route != NULL && route->n_points >= 2)
            {
              const TpPoint *fixed = self->tool == TP_BLUEPRINT_TOOL_TO
                                     ? &route->points[0] : &route->points[route->n_points - 1];

              fx = fixed->x;
              fy = fixed->y;
            }
        }
      if (self->tool_target != NULL)
        {
          const TpBlueprintBox *box = tp_blueprint_layout_find_card (self->layout,
                                                                     self->tool_target);

          if (box != NULL)
            tp_canvas_append_ring (snapshot, &theme->selection, &box->rect, 3,
                                   MAX (2.0, _tp_blueprint_view_pixels (self, 2.0)), 6);
        }
      append_dashed_line (snapshot, &theme->selection, fx, fy, self->tool_x, self->tool_y,
                          MAX (1.5, _tp_blueprint_view_pixels (self, 2.0)));
      append_disc (snapshot, &theme->selection, &theme->selection, self->tool_x, self->tool_y,
                   MAX (TP_BLUEPRINT_GRIP_RADIUS, _tp_blueprint_view_pixels (self, TP_BLUEPRINT_GRIP_RADIUS)) * 0.8, line);
    }
}

/* --- Points for tests and assistive tools --------------------------------- */

static void
to_widget (TpBlueprintView *self,
           double           x,
           double           y,
           double          *wx,
           double          *wy)
{
  double sx, sy, zoom = tp_canvas_get_zoom (TP_CANVAS (self));

  tp_canvas_get_scroll (TP_CANVAS (self), &sx, &sy);
  *wx = (x - sx) * zoom;
  *wy = (y - sy) * zoom;
}

gboolean
tp_blueprint_view_get_point (TpBlueprintView  *self,
                             gpointer          element,
                             TpBlueprintPoint  which,
                             double           *wx,
                             double           *wy)
{
  double x, y;

  g_return_val_if_fail (TP_IS_BLUEPRINT_VIEW (self), FALSE);
  g_return_val_if_fail (wx != NULL && wy != NULL, FALSE);

  if (!tp_canvas_get_journey (TP_CANVAS (self)))
    return FALSE;
  TP_CANVAS_GET_CLASS (self)->ensure_layout (TP_CANVAS (self));
  if (!_tp_blueprint_view_ready (self))
    return FALSE;

  if (TP_IS_CARD (element))
    {
      const TpBlueprintBox *box = tp_blueprint_layout_find_card (self->layout, element);

      if (box == NULL)
        return FALSE;
      x = box->rect.x + box->rect.width / 2;
      y = box->rect.y + box->rect.height / 2;
      if (which == TP_BLUEPRINT_POINT_HANDLE)
        _tp_blueprint_view_handle_centre (self, element, &x, &y);
    }
  else if (TP_IS_CONNECTION (element))
    {
      const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes, element);
      TpPoint mid;
      gboolean horizontal;

      if (route == NULL || route->n_points < 2)
        return FALSE;
      tp_blueprint_route_get_label_point (route, &mid, &horizontal);
      x = mid.x;
      y = mid.y;
      if (which == TP_BLUEPRINT_POINT_FROM)
        {
          x = route->points[0].x;
          y = route->points[0].y;
        }
      else if (which == TP_BLUEPRINT_POINT_TO)
        {
          x = route->points[route->n_points - 1].x;
          y = route->points[route->n_points - 1].y;
        }
    }
  else
    return FALSE;

  to_widget (self, x, y, wx, wy);
  return TRUE;
}
