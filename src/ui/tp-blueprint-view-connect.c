/* tp-blueprint-view-connect.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing the arrows of the service blueprint. Drawing them from a card's
 * handle and moving their ends by their grips is the canvas's, as in the
 * journey map with Show Connections (tp-canvas-connections.c). By keyboard: Ctrl+K with two cards selected connects them (more: in a
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

static const char * const kind_names[] = { "flow", "triggers", "depends-on", "rework", "wait" };

gboolean
_tp_blueprint_view_ready (TpBlueprintView *self)
{
  return self->layout != NULL && self->routes != NULL;
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

/* --- Editing ---------------------------------------------------------------- */

static gboolean
in_journey (TpJourney *journey,
            TpCard    *card)
{
  return card != NULL && tp_element_get_parent (TP_ELEMENT (card)) == TP_ELEMENT (journey);
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

  connection = tp_journey_find_connection (journey, tp_element_get_id (TP_ELEMENT (from)),
                                           tp_element_get_id (TP_ELEMENT (to)));
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
  g_return_val_if_fail (TP_IS_BLUEPRINT_VIEW (self), NULL);
  return tp_canvas_connect (TP_CANVAS (self), from, to);
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

/* The canvas's handles and grips go with the arrows, always shown here. */
static gboolean
shows_connections (TpCanvas *canvas)
{
  return TRUE;
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

  canvas_class->shows_connections = shows_connections;
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

  /* Before the canvas's own keys: Escape ends a keyboard arrow first. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_tp_blueprint_view_dispose_connect (TpBlueprintView *self)
{
  g_clear_object (&self->keyboard_source);
  g_clear_object (&self->connection_actions);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
}
