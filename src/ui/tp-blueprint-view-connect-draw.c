/* tp-blueprint-view-connect-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card an arrow started with Ctrl+K comes from (the handles, the selected
 * arrow's grips and the arrow being drawn are the canvas's), and the points
 * of cards and arrows in widget coordinates, for tests and assistive tools.
 */

#include "config.h"

#include <math.h>

#include "tp-blueprint-view-private.h"

/* --- Drawing ---------------------------------------------------------------- */

void
_tp_blueprint_view_snapshot_connect (TpBlueprintView *self,
                                     GtkSnapshot     *snapshot,
                                     const TpRect    *visible)
{
  TpCanvas *canvas = TP_CANVAS (self);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  double x, y;

  /* Ctrl+K started an arrow here: a filled handle until Enter. */
  if (self->keyboard_source != NULL
      && tp_canvas_get_handle_point (canvas, self->keyboard_source, &x, &y))
    tp_canvas_append_handle (snapshot, &theme->selection, &theme->selection, x, y,
                             tp_canvas_get_handle_radius (canvas),
                             1.5 / tp_canvas_get_zoom (canvas));
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
        tp_canvas_get_handle_point (TP_CANVAS (self), element, &x, &y);
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
