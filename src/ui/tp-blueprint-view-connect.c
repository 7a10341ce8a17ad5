/* tp-blueprint-view-connect.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing the arrows of the service blueprint. A card under the pointer (or
 * selected) shows a handle on its right edge: drag from it to another card
 * to connect the two. Click an arrow to select it; the selected arrow shows
 * grips at both ends, and dragging a grip onto another card moves that end.
 * By keyboard: Ctrl+K with two cards selected connects them (more: in a
 * chain, in selection order); with one card selected it starts an arrow
 * there, the arrow keys choose the other card and Enter (or Ctrl+K again)
 * connects; Delete deletes the selected arrows. Picking an arrow and Tab and
 * Shift+Tab through a selected card's arrows are the canvas's
 * (tp-canvas-connections.c), as in the journey map. The context menu and the inspector change an arrow's
 * kind. Every gesture is one undo step; nothing changes the model during a
 * drag.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "tp-blueprint-view-private.h"

#define HANDLE_RADIUS 6.0   /* map units at 100 %; at least this many pixels at any zoom */

static const char * const kind_names[] = { "flow", "triggers", "depends-on", "rework", "wait" };

/* --- Geometry --------------------------------------------------------------- */

double
_tp_blueprint_view_pixels (TpBlueprintView *self,
        double           px)
{
  /* @px pixels on screen, in map units. */
  return px / tp_canvas_get_zoom (TP_CANVAS (self));
}

gboolean
_tp_blueprint_view_ready (TpBlueprintView *self)
{
  return self->layout != NULL && self->routes != NULL;
}

gboolean
_tp_blueprint_view_handle_centre (TpBlueprintView *self,
               TpCard          *card,
               double          *x,
               double          *y)
{
  const TpBlueprintBox *box;

  if (!_tp_blueprint_view_ready (self) || card == NULL)
    return FALSE;
  box = tp_blueprint_layout_find_card (self->layout, card);
  if (box == NULL)
    return FALSE;
  *x = box->rect.x + box->rect.width;
  *y = box->rect.y + box->rect.height / 2;
  return TRUE;
}

double
_tp_blueprint_view_handle_radius (TpBlueprintView *self)
{
  return MAX (HANDLE_RADIUS, _tp_blueprint_view_pixels (self, HANDLE_RADIUS));
}

static TpCard *
card_at (TpBlueprintView *self,
         double           x,
         double           y)
{
  TpBlueprintHit hit;

  if (!_tp_blueprint_view_ready (self))
    return NULL;
  tp_blueprint_layout_hit_test (self->layout, x, y, &hit);
  return hit.kind == TP_BLUEPRINT_HIT_CARD ? hit.card : NULL;
}

TpConnection *
_tp_blueprint_view_selected_connection (TpBlueprintView *self)
{
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  TpElement *primary = selection != NULL ? tp_selection_get_primary (selection) : NULL;

  if (primary != NULL && TP_IS_CONNECTION (primary) && tp_selection_get_count (selection) == 1)
    return TP_CONNECTION (primary);
  return NULL;
}

static gboolean
shows_handle (TpBlueprintView *self,
              TpCard          *card)
{
  return card == self->hovered || tp_canvas_is_selected (TP_CANVAS (self), card);
}

/* --- Editing ---------------------------------------------------------------- */

static TpConnection *
find_connection (TpJourney *journey,
                 TpCard    *from,
                 TpCard    *to)
{
  GPtrArray *connections = tp_journey_get_connections (journey);
  const char *from_id = tp_element_get_id (TP_ELEMENT (from));
  const char *to_id = tp_element_get_id (TP_ELEMENT (to));

  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);

      if (g_strcmp0 (tp_connection_get_from (connection), from_id) == 0
          && g_strcmp0 (tp_connection_get_to (connection), to_id) == 0)
        return connection;
    }
  return NULL;
}

static gboolean
in_journey (TpJourney *journey,
            TpCard    *card)
{
  return card != NULL && tp_element_get_parent (TP_ELEMENT (card)) == TP_ELEMENT (journey);
}

static void
select_element (TpBlueprintView *self,
                gpointer         element)
{
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));

  if (selection != NULL)
    tp_selection_set_one (selection, element);
}

/* Adds an arrow from @from to @to inside the open transaction; an arrow
 * that is already there is returned instead of a second one. */
static TpConnection *
add_connection (TpBlueprintView *self,
                TpCard          *from,
                TpCard          *to)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  TpConnection *connection;
  g_autoptr(TpConnection) created = NULL;

  connection = find_connection (journey, from, to);
  if (connection != NULL)
    return connection;
  created = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (from)),
                               tp_element_get_id (TP_ELEMENT (to)));
  tp_project_insert (project, journey, TP_LIST_CONNECTIONS, -1, created);
  return created;
}

TpConnection *
tp_blueprint_view_connect (TpBlueprintView *self,
                           TpCard          *from,
                           TpCard          *to)
{
  TpProject *project;
  TpJourney *journey;
  TpConnection *connection;

  g_return_val_if_fail (TP_IS_BLUEPRINT_VIEW (self), NULL);

  project = tp_canvas_get_project (TP_CANVAS (self));
  journey = tp_canvas_get_journey (TP_CANVAS (self));
  if (project == NULL || journey == NULL || from == to
      || !in_journey (journey, from) || !in_journey (journey, to))
    return NULL;

  connection = find_connection (journey, from, to);
  if (connection == NULL)
    {
      tp_project_begin (project, _("Connect Cards"));
      connection = add_connection (self, from, to);
      tp_project_commit (project);
    }
  select_element (self, connection);
  return connection;
}

static void
retarget (TpBlueprintView *self,
          TpConnection    *connection,
          gboolean         to_end,
          TpCard          *card)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  const char *id = tp_element_get_id (TP_ELEMENT (card));
  const char *other = to_end ? tp_connection_get_from (connection)
                             : tp_connection_get_to (connection);

  /* Onto the card it already has, or onto its other end: nothing to do. */
  if (project == NULL || !in_journey (journey, card) || g_strcmp0 (id, other) == 0
      || g_strcmp0 (id, to_end ? tp_connection_get_to (connection)
                               : tp_connection_get_from (connection)) == 0)
    return;
  tp_project_begin (project, _("Reconnect Arrow"));
  tp_project_set (project, connection, to_end ? "to" : "from", id, NULL);
  tp_project_commit (project);
  select_element (self, connection);
}

/* Deletes the selected arrows (and whatever else is selected, in the same
 * step); FALSE when no arrow is selected. */
static gboolean
delete_selected_connections (TpBlueprintView *self)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  g_autoptr(GPtrArray) doomed = NULL;
  gboolean any = FALSE;
  GPtrArray *items;

  if (project == NULL || selection == NULL)
    return FALSE;
  items = tp_selection_get_items (selection);
  doomed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      TpElement *element = g_ptr_array_index (items, i);

      if (tp_element_get_project (element) != (gpointer) project)
        continue;
      any |= TP_IS_CONNECTION (element);
      if (TP_IS_CONNECTION (element) || TP_IS_CARD (element))
        g_ptr_array_add (doomed, g_object_ref (element));
    }
  if (!any)
    return FALSE;

  tp_selection_clear (selection);
  tp_project_begin (project, doomed->len == 1 ? _("Delete Connection") : _("Delete"));
  tp_project_delete (project, (TpElement **) doomed->pdata, doomed->len);
  tp_project_commit (project);
  return TRUE;
}

static void
set_kind (TpBlueprintView  *self,
          TpConnectionKind  kind)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  GPtrArray *items;

  if (project == NULL || selection == NULL)
    return;
  items = tp_selection_get_items (selection);
  tp_project_begin (project, _("Change Connection Kind"));
  for (guint i = 0; i < items->len; i++)
    if (TP_IS_CONNECTION (g_ptr_array_index (items, i)))
      tp_project_set (project, g_ptr_array_index (items, i), "kind", kind, NULL);
  tp_project_commit (project);
}

/* Ctrl+K: connects the selected cards, or starts an arrow at the one card
 * selected; with an arrow started, connects it to the card selected now. */
static gboolean
connect_by_keyboard (TpBlueprintView *self)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GPtrArray *items;

  if (project == NULL || selection == NULL || journey == NULL)
    return FALSE;
  items = tp_selection_get_items (selection);
  for (guint i = 0; i < items->len; i++)
    if (in_journey (journey, g_ptr_array_index (items, i)))
      g_ptr_array_add (cards, g_ptr_array_index (items, i));

  if (self->keyboard_source != NULL)
    {
      g_autoptr(TpCard) source = g_steal_pointer (&self->keyboard_source);
      TpCard *target = cards->len > 0 ? g_ptr_array_index (cards, cards->len - 1) : NULL;

      gtk_widget_queue_draw (GTK_WIDGET (self));
      if (target == NULL || target == source)
        return TRUE;
      return tp_blueprint_view_connect (self, source, target) != NULL;
    }

  if (cards->len == 1)
    {
      g_set_object (&self->keyboard_source, g_ptr_array_index (cards, 0));
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    }
  if (cards->len == 2)
    return tp_blueprint_view_connect (self, g_ptr_array_index (cards, 0),
                                      g_ptr_array_index (cards, 1)) != NULL;
  if (cards->len > 2)
    {
      /* A chain through the cards in the order they were selected. */
      tp_project_begin (project, _("Connect Cards"));
      for (guint i = 0; i + 1 < cards->len; i++)
        add_connection (self, g_ptr_array_index (cards, i), g_ptr_array_index (cards, i + 1));
      tp_project_commit (project);
      return TRUE;
    }
  return FALSE;
}

/* --- The tool: pointer ------------------------------------------------------ */

static void
clear_tool (TpBlueprintView *self)
{
  self->tool = TP_BLUEPRINT_TOOL_NONE;
  g_clear_object (&self->tool_card);
  g_clear_object (&self->tool_connection);
  g_clear_object (&self->tool_target);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
grip_hit (TpBlueprintView  *self,
          TpConnection     *connection,
          double            x,
          double            y,
          gboolean         *to_end)
{
  const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes, connection);
  double r = MAX (TP_BLUEPRINT_GRIP_RADIUS, _tp_blueprint_view_pixels (self, TP_BLUEPRINT_GRIP_RADIUS)) + _tp_blueprint_view_pixels (self, 3);

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
handle_hit (TpBlueprintView *self,
            double           x,
            double           y)
{
  double r = _tp_blueprint_view_handle_radius (self) + _tp_blueprint_view_pixels (self, 3);
  TpCard *candidates[2];

  /* The card under the pointer, or the one whose handle sticks out there. */
  candidates[0] = card_at (self, x, y);
  candidates[1] = card_at (self, x - r, y);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double hx, hy;

      if (candidates[i] != NULL && shows_handle (self, candidates[i])
          && _tp_blueprint_view_handle_centre (self, candidates[i], &hx, &hy) && hypot (hx - x, hy - y) <= r)
        return candidates[i];
    }
  return NULL;
}

static gboolean
tool_press (TpCanvas        *canvas,
            double           x,
            double           y,
            GdkModifierType  modifiers)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpConnection *connection = _tp_blueprint_view_selected_connection (self);
  gboolean to_end;
  TpCard *card;

  if (!_tp_blueprint_view_ready (self) || tp_canvas_get_project (canvas) == NULL)
    return FALSE;
  g_clear_object (&self->keyboard_source);

  if (connection != NULL && grip_hit (self, connection, x, y, &to_end))
    {
      self->tool = to_end ? TP_BLUEPRINT_TOOL_TO : TP_BLUEPRINT_TOOL_FROM;
      g_set_object (&self->tool_connection, connection);
    }
  else if ((card = handle_hit (self, x, y)) != NULL)
    {
      self->tool = TP_BLUEPRINT_TOOL_CONNECT;
      g_set_object (&self->tool_card, card);
    }
  else
    return FALSE;

  self->tool_x = x;
  self->tool_y = y;
  g_clear_object (&self->tool_target);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
tool_motion (TpCanvas *canvas,
             double    x,
             double    y)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpCard *target = card_at (self, x, y);

  if (self->tool == TP_BLUEPRINT_TOOL_CONNECT && target == self->tool_card)
    target = NULL;
  self->tool_x = x;
  self->tool_y = y;
  g_set_object (&self->tool_target, target);
}

static void
tool_release (TpCanvas *canvas,
              double    x,
              double    y)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpBlueprintTool tool = self->tool;
  g_autoptr(TpCard) source = self->tool_card ? g_object_ref (self->tool_card) : NULL;
  g_autoptr(TpConnection) connection = self->tool_connection ? g_object_ref (self->tool_connection) : NULL;
  TpCard *target;

  tool_motion (canvas, x, y);
  target = self->tool_target;
  if (target != NULL)
    g_object_ref (target);
  clear_tool (self);

  if (target == NULL)
    {
      /* A click on a handle without a drag selects its card. */
      if (tool == TP_BLUEPRINT_TOOL_CONNECT && source != NULL
          && !tp_canvas_is_selected (canvas, source))
        select_element (self, source);
      return;
    }
  if (tool == TP_BLUEPRINT_TOOL_CONNECT && source != NULL)
    tp_blueprint_view_connect (self, source, target);
  else if (connection != NULL)
    retarget (self, connection, tool == TP_BLUEPRINT_TOOL_TO, target);
  g_object_unref (target);
}

static void
tool_cancel (TpCanvas *canvas)
{
  clear_tool (TP_BLUEPRINT_VIEW (canvas));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    wx,
           double                    wy,
           TpBlueprintView          *self)
{
  TpCard *card;
  double x, y;

  if (!_tp_blueprint_view_ready (self))
    return;
  tp_canvas_widget_to_map (TP_CANVAS (self), wx, wy, &x, &y);
  card = card_at (self, x, y);
  if (card == NULL && self->hovered != NULL && handle_hit (self, x, y) == self->hovered)
    card = self->hovered;
  if (card == self->hovered)
    return;
  g_set_object (&self->hovered, card);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *controller,
          TpBlueprintView          *self)
{
  if (self->hovered == NULL)
    return;
  g_clear_object (&self->hovered);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* --- Keys, menu, actions ---------------------------------------------------- */

static void
update_kind_state (TpBlueprintView *self)
{
  TpConnection *connection = NULL;
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->connection_actions),
                                                "connection-kind");
  TpConnectionKind kind;

  if (selection != NULL && tp_selection_get_primary (selection) != NULL
      && TP_IS_CONNECTION (tp_selection_get_primary (selection)))
    connection = TP_CONNECTION (tp_selection_get_primary (selection));
  if (connection == NULL)
    return;
  kind = tp_connection_get_kind (connection);
  if ((guint) kind < G_N_ELEMENTS (kind_names))
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (kind_names[kind]));
}

static void
kind_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (name, kind_names[i]))
      {
        set_kind (data, (TpConnectionKind) i);
        g_simple_action_set_state (action, parameter);
      }
}

static void
connect_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  connect_by_keyboard (data);
}

static void
delete_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  delete_selected_connections (data);
}

static void
show_menu (TpBlueprintView *self,
           double           wx,
           double           wy)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  TpConnection *connection = _tp_blueprint_view_selected_connection (self);
  GdkRectangle at = { (int) wx, (int) wy, 1, 1 };

  update_kind_state (self);
  if (connection != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
        {
          g_autofree char *target = g_strdup_printf ("blueprint.connection-kind::%s", kind_names[i]);

          g_menu_append (kinds, tp_enum_get_label (TP_TYPE_CONNECTION_KIND, i), target);
        }
      g_menu_append_section (menu, _("Kind"), G_MENU_MODEL (kinds));
      g_menu_append (edit, _("_Delete Connection"), "blueprint.delete-connection");
    }
  else
    g_menu_append (edit, _("_Connect…"), "blueprint.connect");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* The canvas has selected what is under the pointer. */
static void
context_menu (TpCanvas *canvas,
              double    wx,
              double    wy)
{
  TpSelection *selection = tp_canvas_get_selection (canvas);
  TpElement *primary = selection != NULL ? tp_selection_get_primary (selection) : NULL;

  if (primary != NULL && (TP_IS_CARD (primary) || TP_IS_CONNECTION (primary)))
    show_menu (TP_BLUEPRINT_VIEW (canvas), wx, wy);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TpBlueprintView       *self)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);

  if (keyval == GDK_KEY_k && mods == GDK_CONTROL_MASK)
    return connect_by_keyboard (self);
  if (self->keyboard_source != NULL && mods == 0
      && (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter))
    return connect_by_keyboard (self);
  if (self->keyboard_source != NULL && keyval == GDK_KEY_Escape)
    {
      g_clear_object (&self->keyboard_source);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    }
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) && mods == 0)
    return delete_selected_connections (self);
  if ((keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && mods == GDK_SHIFT_MASK)))
    {
      TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
      TpElement *primary = selection != NULL ? tp_selection_get_primary (selection) : NULL;
      TpRect rect;
      double sx, sy, zoom = tp_canvas_get_zoom (TP_CANVAS (self));

      if (primary == NULL || !_tp_blueprint_view_ready (self))
        return FALSE;
      if (TP_IS_CONNECTION (primary))
        {
          const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes,
                                                                    TP_CONNECTION (primary));
          if (route == NULL)
            return FALSE;
          tp_blueprint_route_get_bounds (route, &rect);
        }
      else if (!tp_blueprint_layout_get_elements_rect (self->layout, &primary, 1, &rect))
        return FALSE;
      tp_canvas_get_scroll (TP_CANVAS (self), &sx, &sy);
      show_menu (self, (rect.x + rect.width / 2 - sx) * zoom, (rect.y + rect.height / 2 - sy) * zoom);
      return TRUE;
    }
  return FALSE;
}

void
_tp_blueprint_view_class_init_connect (TpBlueprintViewClass *klass)
{
  TpCanvasClass *canvas_class = TP_CANVAS_CLASS (klass);

  canvas_class->tool_press = tool_press;
  canvas_class->tool_motion = tool_motion;
  canvas_class->tool_release = tool_release;
  canvas_class->tool_cancel = tool_cancel;
  canvas_class->context_menu = context_menu;
}

void
_tp_blueprint_view_init_connect (TpBlueprintView *self)
{
  static const GActionEntry entries[] = {
    { "connect", connect_activated },
    { "delete-connection", delete_activated },
    { "connection-kind", kind_activated, "s", "'flow'" },
  };
  GtkEventController *controller;

  self->connection_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->connection_actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "blueprint",
                                  G_ACTION_GROUP (self->connection_actions));
  update_kind_state (self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Before the canvas's own keys: Escape ends a keyboard arrow first. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_tp_blueprint_view_dispose_connect (TpBlueprintView *self)
{
  clear_tool (self);
  g_clear_object (&self->hovered);
  g_clear_object (&self->keyboard_source);
  g_clear_object (&self->connection_actions);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
}
