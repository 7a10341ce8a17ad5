/* tp-canvas-connections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arrows, for every view that draws the journey's connections (the service
 * blueprint always, the journey map when asked to show them): the view hands
 * its routed arrows to the canvas through the get_n_routes / get_route hooks,
 * and the canvas picks the arrow under the pointer (the render layer's
 * tp_blueprint_route_pick), walks a selected card's arrows with Tab and
 * Shift+Tab and scrolls to a selected arrow. What an arrow selected this way
 * offers — the inspector's kind, label and ends, Delete as one undo step — is
 * the window's and the inspector's, the same in every view.
 */

#include "config.h"

#include "tp-canvas-private.h"

#define PICK_SLOP 5.0   /* how far from an arrow a click still selects it, in pixels */

static guint
n_routes (TpCanvas *self)
{
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);

  if (klass->get_n_routes == NULL || klass->get_route == NULL)
    return 0;
  return klass->get_n_routes (self);
}

static const TpBlueprintRoute *
get_route (gpointer data,
           guint    i)
{
  return TP_CANVAS_GET_CLASS (data)->get_route (data, i);
}

TpConnection *
tp_canvas_pick_connection (TpCanvas *self,
                           double    x,
                           double    y)
{
  double slop;
  guint n;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  n = n_routes (self);
  if (n == 0)
    return NULL;
  /* A few pixels on screen, and never less than 3 map units. */
  slop = MAX (3.0, PICK_SLOP / tp_canvas_get_zoom (self));
  return tp_blueprint_route_pick (get_route, self, n, x, y, slop);
}

const TpBlueprintRoute *
tp_canvas_find_route (TpCanvas     *self,
                      TpConnection *connection)
{
  guint n;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  if (connection == NULL)
    return NULL;
  n = n_routes (self);
  for (guint i = 0; i < n; i++)
    {
      const TpBlueprintRoute *route = get_route (self, i);

      if (route->connection == connection)
        return route;
    }
  return NULL;
}

gboolean
_tp_canvas_connection_rect (TpCanvas  *self,
                            TpElement *element,
                            TpRect    *rect)
{
  const TpBlueprintRoute *route;

  if (!TP_IS_CONNECTION (element))
    return FALSE;
  route = tp_canvas_find_route (self, TP_CONNECTION (element));
  if (route == NULL)
    return FALSE;
  tp_blueprint_route_get_bounds (route, rect);
  return TRUE;
}

gboolean
tp_canvas_walk_connections (TpCanvas *self,
                            gboolean  backwards)
{
  TpCanvasPrivate *priv;
  TpElement *primary;
  g_autoptr(GPtrArray) ring = NULL;
  const char *anchor_id;
  guint at, n;

  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  priv = _tp_canvas_get_private (self);
  primary = priv->selection != NULL ? tp_selection_get_primary (priv->selection) : NULL;
  if (primary == NULL || !_tp_canvas_ensure_layout (self))
    return FALSE;
  if (TP_IS_CARD (primary))
    g_set_object (&priv->tab_anchor, TP_CARD (primary));
  else if (!TP_IS_CONNECTION (primary) || priv->tab_anchor == NULL)
    return FALSE;

  /* The card, then its arrows in the order they are drawn. */
  ring = g_ptr_array_new ();
  anchor_id = tp_element_get_id (TP_ELEMENT (priv->tab_anchor));
  g_ptr_array_add (ring, priv->tab_anchor);
  n = n_routes (self);
  for (guint i = 0; i < n; i++)
    {
      TpConnection *connection = get_route (self, i)->connection;

      if (g_strcmp0 (tp_connection_get_from (connection), anchor_id) == 0
          || g_strcmp0 (tp_connection_get_to (connection), anchor_id) == 0)
        g_ptr_array_add (ring, connection);
    }
  if (ring->len < 2 || !g_ptr_array_find (ring, primary, &at))
    return FALSE;
  at = (at + (backwards ? ring->len - 1 : 1)) % ring->len;
  tp_selection_set_one (priv->selection, g_ptr_array_index (ring, at));
  tp_canvas_scroll_to (self, g_ptr_array_index (ring, at));
  return TRUE;
}

static gboolean
tab_binding (GtkWidget *widget,
             GVariant  *args,
             gpointer   data)
{
  /* Not while a name is typed in place: Tab leaves the entry as anywhere else. */
  if (tp_canvas_get_renamed (TP_CANVAS (widget)) != NULL)
    return FALSE;
  return tp_canvas_walk_connections (TP_CANVAS (widget), g_variant_get_boolean (args));
}

void
_tp_canvas_class_init_connections (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, 0, tab_binding, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Tab, 0, tab_binding, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Left_Tab, 0, tab_binding, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, tab_binding,
                                "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, GDK_SHIFT_MASK, tab_binding, "b", TRUE);
}
