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
 *
 * Drawing arrows, in every view that shows them (shows_connections): a card
 * under the pointer, or selected, shows a handle on its right edge; drag from
 * it onto another card to connect the two. The selected arrow shows grips at
 * both ends; drag one onto another card to move that end. Each gesture is one
 * undo step, and nothing changes the model during the drag.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "tp-canvas-private.h"

#define HANDLE_RADIUS 6.0   /* map units at 100 %; at least this many pixels at any zoom */
#define GRIP_RADIUS 5.0

typedef enum {
  CONNECT_NONE,
  CONNECT_NEW,      /* from a card's handle */
  CONNECT_FROM,     /* the selected arrow's start */
  CONNECT_TO,       /* its end */
} TpCanvasConnectTool;

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

/* --- Drawing arrows ------------------------------------------------------------ */

static gboolean
shows_connections (TpCanvas *self)
{
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);

  return klass->shows_connections != NULL && klass->shows_connections (self)
         && tp_canvas_get_project (self) != NULL && _tp_canvas_ensure_layout (self);
}

static double
pixels (TpCanvas *self,
        double    px)
{
  return px / tp_canvas_get_zoom (self);
}

double
tp_canvas_get_handle_radius (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), HANDLE_RADIUS);
  return MAX (HANDLE_RADIUS, pixels (self, HANDLE_RADIUS));
}

static double
grip_radius (TpCanvas *self)
{
  return MAX (GRIP_RADIUS, pixels (self, GRIP_RADIUS));
}

gboolean
tp_canvas_get_handle_point (TpCanvas *self,
                            TpCard   *card,
                            double   *x,
                            double   *y)
{
  TpRect rect;

  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  if (card == NULL || !_tp_canvas_ensure_layout (self)
      || !TP_CANVAS_GET_CLASS (self)->get_element_rect (self, TP_ELEMENT (card), &rect))
    return FALSE;
  *x = rect.x + rect.width;
  *y = rect.y + rect.height / 2;
  return TRUE;
}

static TpCard *
card_at (TpCanvas *self,
         double    x,
         double    y)
{
  TpElement *element = TP_CANVAS_GET_CLASS (self)->pick (self, x, y);

  return element != NULL && TP_IS_CARD (element) ? TP_CARD (element) : NULL;
}

static gboolean
shows_handle (TpCanvas *self,
              TpCard   *card)
{
  return card == _tp_canvas_get_private (self)->handle_card || tp_canvas_is_selected (self, card);
}

static TpConnection *
selected_connection (TpCanvas *self)
{
  TpSelection *selection = tp_canvas_get_selection (self);
  TpElement *primary = selection != NULL ? tp_selection_get_primary (selection) : NULL;

  if (primary != NULL && TP_IS_CONNECTION (primary) && tp_selection_get_count (selection) == 1)
    return TP_CONNECTION (primary);
  return NULL;
}

static gboolean
in_journey (TpCanvas *self,
            TpCard   *card)
{
  return card != NULL
         && tp_element_get_parent (TP_ELEMENT (card)) == (gpointer) tp_canvas_get_journey (self);
}

TpConnection *
tp_canvas_connect (TpCanvas *self,
                   TpCard   *from,
                   TpCard   *to)
{
  TpProject *project;
  TpJourney *journey;
  TpConnection *connection;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  project = tp_canvas_get_project (self);
  journey = tp_canvas_get_journey (self);
  if (project == NULL || journey == NULL || from == to || !in_journey (self, from)
      || !in_journey (self, to))
    return NULL;

  connection = tp_journey_find_connection (journey, tp_element_get_id (TP_ELEMENT (from)),
                                           tp_element_get_id (TP_ELEMENT (to)));
  if (connection == NULL)
    {
      g_autoptr(TpConnection) created = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (from)),
                                                           tp_element_get_id (TP_ELEMENT (to)));

      tp_project_begin (project, _("Connect Cards"));
      tp_project_insert (project, journey, TP_LIST_CONNECTIONS, -1, created);
      tp_project_commit (project);
      connection = created;
    }
  if (tp_canvas_get_selection (self) != NULL)
    tp_selection_set_one (tp_canvas_get_selection (self), TP_ELEMENT (connection));
  return connection;
}

static void
retarget (TpCanvas     *self,
          TpConnection *connection,
          gboolean      to_end,
          TpCard       *card)
{
  TpProject *project = tp_canvas_get_project (self);
  const char *id = tp_element_get_id (TP_ELEMENT (card));
  const char *other = to_end ? tp_connection_get_from (connection) : tp_connection_get_to (connection);
  const char *own = to_end ? tp_connection_get_to (connection) : tp_connection_get_from (connection);

  /* Onto the card it already has, or onto its other end: nothing to do. */
  if (project == NULL || !in_journey (self, card) || g_strcmp0 (id, other) == 0
      || g_strcmp0 (id, own) == 0)
    return;
  tp_project_begin (project, _("Reconnect Arrow"));
  tp_project_set (project, connection, to_end ? "to" : "from", id, NULL);
  tp_project_commit (project);
  if (tp_canvas_get_selection (self) != NULL)
    tp_selection_set_one (tp_canvas_get_selection (self), TP_ELEMENT (connection));
}

static gboolean
grip_hit (TpCanvas     *self,
          TpConnection *connection,
          double        x,
          double        y,
          gboolean     *to_end)
{
  const TpBlueprintRoute *route = tp_canvas_find_route (self, connection);
  double r = grip_radius (self) + pixels (self, 3);

  if (route == NULL || route->n_points < 2)
    return FALSE;
  /* The end first: an arrow's head is what people grab to move it. */
  if (hypot (route->points[route->n_points - 1].x - x, route->points[route->n_points - 1].y - y) <= r)
    {
      *to_end = TRUE;
      return TRUE;
    }
  if (hypot (route->points[0].x - x, route->points[0].y - y) <= r)
    {
      *to_end = FALSE;
      return TRUE;
    }
  return FALSE;
}

static TpCard *
handle_hit (TpCanvas *self,
            double    x,
            double    y)
{
  double r = tp_canvas_get_handle_radius (self) + pixels (self, 3);
  TpCard *candidates[2];

  /* The card under the pointer, or the one whose handle sticks out there. */
  candidates[0] = card_at (self, x, y);
  candidates[1] = card_at (self, x - r, y);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double hx, hy;

      if (candidates[i] != NULL && shows_handle (self, candidates[i])
          && tp_canvas_get_handle_point (self, candidates[i], &hx, &hy) && hypot (hx - x, hy - y) <= r)
        return candidates[i];
    }
  return NULL;
}

static void
clear_tool (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  priv->connect_tool = CONNECT_NONE;
  g_clear_object (&priv->connect_card);
  g_clear_object (&priv->connect_connection);
  g_clear_object (&priv->connect_target);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
_tp_canvas_connect_press (TpCanvas *self,
                          double    x,
                          double    y)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpConnection *connection;
  gboolean to_end;
  TpCard *card;

  if (!shows_connections (self))
    return FALSE;
  connection = selected_connection (self);
  if (connection != NULL && grip_hit (self, connection, x, y, &to_end))
    {
      priv->connect_tool = to_end ? CONNECT_TO : CONNECT_FROM;
      g_set_object (&priv->connect_connection, connection);
    }
  else if ((card = handle_hit (self, x, y)) != NULL)
    {
      priv->connect_tool = CONNECT_NEW;
      g_set_object (&priv->connect_card, card);
    }
  else
    return FALSE;

  priv->connect_x = x;
  priv->connect_y = y;
  g_clear_object (&priv->connect_target);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

gboolean
_tp_canvas_connect_motion (TpCanvas *self,
                           double    x,
                           double    y)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpCard *target;

  if (priv->connect_tool == CONNECT_NONE)
    return FALSE;
  target = card_at (self, x, y);
  if (priv->connect_tool == CONNECT_NEW && target == priv->connect_card)
    target = NULL;
  priv->connect_x = x;
  priv->connect_y = y;
  g_set_object (&priv->connect_target, target);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

gboolean
_tp_canvas_connect_release (TpCanvas *self,
                            double    x,
                            double    y)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpCanvasConnectTool tool = priv->connect_tool;
  g_autoptr(TpCard) source = NULL;
  g_autoptr(TpConnection) connection = NULL;
  g_autoptr(TpCard) target = NULL;

  if (tool == CONNECT_NONE)
    return FALSE;
  _tp_canvas_connect_motion (self, x, y);
  source = priv->connect_card != NULL ? g_object_ref (priv->connect_card) : NULL;
  connection = priv->connect_connection != NULL ? g_object_ref (priv->connect_connection) : NULL;
  target = priv->connect_target != NULL ? g_object_ref (priv->connect_target) : NULL;
  clear_tool (self);

  if (target == NULL)
    {
      /* A click on a handle without a drag selects its card. */
      if (tool == CONNECT_NEW && source != NULL && !tp_canvas_is_selected (self, source)
          && tp_canvas_get_selection (self) != NULL)
        tp_selection_set_one (tp_canvas_get_selection (self), TP_ELEMENT (source));
      return TRUE;
    }
  if (tool == CONNECT_NEW && source != NULL)
    tp_canvas_connect (self, source, target);
  else if (connection != NULL)
    retarget (self, connection, tool == CONNECT_TO, target);
  return TRUE;
}

gboolean
_tp_canvas_connect_cancel (TpCanvas *self)
{
  if (_tp_canvas_get_private (self)->connect_tool == CONNECT_NONE)
    return FALSE;
  clear_tool (self);
  return TRUE;
}

/* The handle shows on the card under the pointer (and stays while the pointer is on it). */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    wx,
           double                    wy,
           TpCanvas                 *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpCard *card = NULL;
  double x, y;

  if (shows_connections (self))
    {
      tp_canvas_widget_to_map (self, wx, wy, &x, &y);
      card = card_at (self, x, y);
      if (card == NULL && priv->handle_card != NULL && handle_hit (self, x, y) == priv->handle_card)
        card = priv->handle_card;
    }
  if (card == priv->handle_card)
    return;
  g_set_object (&priv->handle_card, card);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *controller,
          TpCanvas                 *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  if (priv->handle_card == NULL)
    return;
  g_clear_object (&priv->handle_card);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_canvas_append_handle (GtkSnapshot  *snapshot,
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

/* Handles, the selected arrow's grips and the arrow being drawn or moved, map units. */
void
_tp_canvas_snapshot_connect (TpCanvas    *self,
                             GtkSnapshot *snapshot)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  const TpTheme *theme = tp_canvas_get_theme (self);
  TpConnection *connection;
  double r, line, x, y;

  if (!shows_connections (self))
    return;
  connection = selected_connection (self);
  r = tp_canvas_get_handle_radius (self);
  line = pixels (self, 1.5);

  /* Handles: on the card under the pointer and on the selected cards (not while cards are
   * dragged: they are not where their handles would be). */
  if (priv->connect_tool == CONNECT_NONE && tp_canvas_get_drag_anchor (self) == NULL)
    {
      if (priv->handle_card != NULL && tp_canvas_get_handle_point (self, priv->handle_card, &x, &y))
        tp_canvas_append_handle (snapshot, &theme->card, &theme->selection, x, y, r, line);
      if (priv->selection != NULL)
        {
          GPtrArray *items = tp_selection_get_items (priv->selection);

          for (guint i = 0; i < items->len; i++)
            {
              TpElement *element = g_ptr_array_index (items, i);

              if (TP_IS_CARD (element) && element != (gpointer) priv->handle_card
                  && tp_canvas_get_handle_point (self, TP_CARD (element), &x, &y))
                tp_canvas_append_handle (snapshot, &theme->card, &theme->selection, x, y, r, line);
            }
        }
    }

  /* The ends of the selected arrow, to drag onto another card. */
  if (connection != NULL && priv->connect_tool == CONNECT_NONE)
    {
      const TpBlueprintRoute *route = tp_canvas_find_route (self, connection);

      if (route != NULL && route->n_points >= 2)
        {
          tp_canvas_append_handle (snapshot, &theme->card, &theme->selection,
                                   route->points[0].x, route->points[0].y, grip_radius (self), line);
          tp_canvas_append_handle (snapshot, &theme->selection, &theme->selection,
                                   route->points[route->n_points - 1].x,
                                   route->points[route->n_points - 1].y, grip_radius (self), line);
        }
    }

  /* The arrow being drawn or moved follows the pointer. */
  if (priv->connect_tool != CONNECT_NONE)
    {
      double fx = priv->connect_x, fy = priv->connect_y;
      TpRect rect;

      if (priv->connect_tool == CONNECT_NEW)
        tp_canvas_get_handle_point (self, priv->connect_card, &fx, &fy);
      else
        {
          const TpBlueprintRoute *route = tp_canvas_find_route (self, priv->connect_connection);

          if (route != NULL && route->n_points >= 2)
            {
              const TpPoint *fixed = priv->connect_tool == CONNECT_TO
                                     ? &route->points[0] : &route->points[route->n_points - 1];

              fx = fixed->x;
              fy = fixed->y;
            }
        }
      if (priv->connect_target != NULL
          && TP_CANVAS_GET_CLASS (self)->get_element_rect (self, TP_ELEMENT (priv->connect_target), &rect))
        tp_canvas_append_ring (snapshot, &theme->selection, &rect, 3, MAX (2.0, pixels (self, 2.0)), 6);
      append_dashed_line (snapshot, &theme->selection, fx, fy, priv->connect_x, priv->connect_y,
                          MAX (1.5, pixels (self, 2.0)));
      tp_canvas_append_handle (snapshot, &theme->selection, &theme->selection, priv->connect_x,
                               priv->connect_y, grip_radius (self) * 0.8, line);
    }
}

void
_tp_canvas_init_connections (TpCanvas *self)
{
  GtkEventController *controller = gtk_event_controller_motion_new ();

  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_tp_canvas_dispose_connections (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  priv->connect_tool = CONNECT_NONE;
  g_clear_object (&priv->connect_card);
  g_clear_object (&priv->connect_connection);
  g_clear_object (&priv->connect_target);
  g_clear_object (&priv->handle_card);
}
