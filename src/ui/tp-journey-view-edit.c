/* tp-journey-view-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing on the journey canvas without the pointer's gestures: titles
 * renamed in place (a GtkEntry child over the card or header; Enter keeps,
 * Escape drops), the context menu, the keyboard and the journey.* actions.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-journey-view-private.h"

TpElement *
_tp_journey_view_primary_element (TpJourneyView *self)
{
  TpElement *primary;

  /* Asks the model, not the layout, so no edit in progress forces a relayout. */
  if (self->selection == NULL || self->journey == NULL)
    return NULL;
  primary = tp_selection_get_primary (self->selection);
  if (primary != NULL
      && (TP_IS_CARD (primary) || TP_IS_PHASE (primary) || TP_IS_LANE (primary))
      && tp_element_get_parent (primary) == TP_ELEMENT (self->journey))
    return primary;
  return NULL;
}

void
_tp_journey_view_select_one (TpJourneyView *self,
                             gpointer       element)
{
  if (self->selection != NULL)
    tp_selection_set_one (self->selection, element);
}

/* --- Renaming in place ---------------------------------------------------- */

void
_tp_journey_view_stop_rename (TpJourneyView *self,
                              gboolean       commit)
{
  GtkWidget *entry = g_steal_pointer (&self->rename_entry);
  TpElement *element = g_steal_pointer (&self->rename_element);
  gboolean had_focus;

  if (entry == NULL)
    return;

  if (commit && element != NULL && self->project != NULL)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
      g_autofree char *old = NULL;

      g_object_get (element, "title", &old, NULL);
      if (g_strcmp0 (old, text) != 0)
        tp_project_set (self->project, element, "title", text, NULL);
    }

  had_focus = gtk_widget_has_focus (entry) || gtk_widget_get_focus_child (GTK_WIDGET (self)) == entry;
  gtk_widget_unparent (entry);
  g_object_unref (entry);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_rename_activate (TpJourneyView *self)
{
  _tp_journey_view_stop_rename (self, TRUE);
}

static gboolean
on_rename_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               TpJourneyView         *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  _tp_journey_view_stop_rename (self, FALSE);
  return TRUE;
}

static void
on_rename_focus_leave (TpJourneyView *self)
{
  /* Clicking elsewhere keeps what was typed. */
  _tp_journey_view_stop_rename (self, TRUE);
}

void
_tp_journey_view_start_rename (TpJourneyView *self,
              TpElement     *element)
{
  g_autofree char *title = NULL;
  GtkEventController *controller;
  GtkWidget *entry;

  if (self->project == NULL || element == NULL)
    return;

  _tp_journey_view_stop_rename (self, TRUE);
  tp_journey_view_scroll_to (self, element);

  g_object_get (element, "title", &title, NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), title != NULL ? title : "");
  gtk_widget_add_css_class (entry, "journey-rename");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"),
                                  -1);
  self->rename_entry = g_object_ref_sink (entry);
  self->rename_element = element;
  gtk_widget_set_parent (entry, GTK_WIDGET (self));

  g_signal_connect_object (entry, "activate", G_CALLBACK (on_rename_activate), self,
                           G_CONNECT_SWAPPED);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_rename_key), self, 0);
  gtk_widget_add_controller (entry, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_rename_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, controller);

  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
rename_rect (TpJourneyView *self,
             TpRect        *rect)
{
  TpElement *element = self->rename_element;

  if (TP_IS_CARD (element))
    {
      const TpCardBox *box = tp_journey_layout_find_card (self->layout, TP_CARD (element));

      if (box == NULL)
        return FALSE;
      *rect = box->rect;
      if (tp_journey_layout_row_is_feelings (self->layout, box->row))
        rect->height -= 16;
      return TRUE;
    }
  if (TP_IS_PHASE (element))
    {
      GPtrArray *phases = tp_journey_get_phases (self->journey);
      guint index;

      if (!g_ptr_array_find (phases, element, &index))
        return FALSE;
      tp_journey_layout_get_phase_header (self->layout, index, rect);
      rect->y += _tp_journey_view_sticky_y (self);
      return TRUE;
    }
  if (TP_IS_LANE (element))
    {
      int row = tp_journey_layout_get_row_for_lane (self->layout, TP_LANE (element));

      if (row < 0)
        return FALSE;
      tp_journey_layout_get_lane_header (self->layout, row, rect);
      rect->x += _tp_journey_view_sticky_x (self);
      rect->height = MIN (rect->height, 64);
      return TRUE;
    }
  return FALSE;
}

void
_tp_journey_view_allocate_children (TpJourneyView *self)
{
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));

  if (self->rename_entry != NULL)
    {
      TpRect rect;
      graphene_rect_t area;
      GtkAllocation alloc;
      int min_h, nat_h, min_w;

      if (self->layout == NULL || !rename_rect (self, &rect))
        {
          gtk_widget_set_child_visible (self->rename_entry, FALSE);
          return;
        }
      gtk_widget_set_child_visible (self->rename_entry, TRUE);
      _tp_journey_view_map_rect_to_widget (self, &rect, &area);
      gtk_widget_measure (self->rename_entry, GTK_ORIENTATION_VERTICAL, -1, &min_h, &nat_h, NULL, NULL);
      gtk_widget_measure (self->rename_entry, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      alloc.x = (int) area.origin.x;
      alloc.width = MAX ((int) area.size.width, MAX (min_w, 160));
      alloc.height = nat_h;
      alloc.y = (int) (area.origin.y + MAX (0, (area.size.height - nat_h) / 2));
      gtk_widget_size_allocate (self->rename_entry, &alloc, -1);
    }
}

/* --- Context menu -------------------------------------------------------- */

void
_tp_journey_view_show_context_menu (TpJourneyView *self,
                   double         x,
                   double         y)
{
  if (self->context_menu == NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GMenu) edit = g_menu_new ();
      g_autoptr(GMenu) change = g_menu_new ();

      g_menu_append (edit, _("_Rename"), "journey.rename");
      g_menu_append (edit, _("_Add Card"), "journey.add-card-after");
      g_menu_append (change, _("D_uplicate"), "win.duplicate");
      g_menu_append (change, _("_Delete"), "win.delete");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
      g_menu_append_section (menu, NULL, G_MENU_MODEL (change));

      self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* --- Keyboard and actions ----------------------------------------------- */

static gboolean
select_neighbour (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);
  TpDirection direction;
  gboolean extend;
  TpCard *next;

  if (_tp_journey_view_ensure_layout (self) == NULL || self->selection == NULL)
    return FALSE;

  g_variant_get (args, "(ib)", &direction, &extend);
  next = tp_journey_layout_neighbour (self->layout, _tp_journey_view_primary_card (self), direction);
  if (next == NULL)
    return TRUE;
  if (extend)
    tp_selection_add (self->selection, TP_ELEMENT (next));
  else
    _tp_journey_view_select_one (self, next);
  tp_journey_view_scroll_to (self, TP_ELEMENT (next));
  return TRUE;
}

static gboolean
cancel_binding (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  if (self->drag == TP_VIEW_DRAG_NONE || self->drag == TP_VIEW_DRAG_PENDING_CARD
      || self->drag == TP_VIEW_DRAG_PENDING_HEADER || self->drag == TP_VIEW_DRAG_PENDING_BAND)
    return FALSE;
  _tp_journey_view_cancel_drag (self);
  return TRUE;
}

static void
move_selected (TpJourneyView *self,
               TpDirection    direction)
{
  g_autoptr(GPtrArray) cards = _tp_journey_view_selected_cards (self);
  TpCard *anchor = _tp_journey_view_primary_card (self);
  const TpCardBox *box, *boxes;
  guint n, before = 0, others = 0;
  int column, row, index;
  gboolean found = FALSE, feelings;
  gboolean backward = direction == TP_DIRECTION_LEFT || direction == TP_DIRECTION_UP;
  gboolean along;

  if (cards->len == 0 || self->project == NULL)
    return;
  if (anchor == NULL)
    anchor = g_ptr_array_index (cards, 0);

  box = tp_journey_layout_find_card (self->layout, anchor);
  column = box->column;
  row = box->row;
  feelings = tp_journey_layout_row_is_feelings (self->layout, row);
  /* Cards stack down a cell; emotion chips run across it. */
  along = feelings ? (direction == TP_DIRECTION_LEFT || direction == TP_DIRECTION_RIGHT)
                   : (direction == TP_DIRECTION_UP || direction == TP_DIRECTION_DOWN);

  boxes = tp_journey_layout_get_cell_cards (self->layout, column, row, &n);
  for (guint i = 0; i < n; i++)
    {
      if (g_ptr_array_find (cards, boxes[i].card, NULL))
        found = TRUE;
      else
        {
          others++;
          if (!found)
            before++;
        }
    }

  if (along && backward && before > 0)
    index = before - 1;
  else if (along && !backward && before < others)
    index = before + 1;
  else
    {
      gboolean across_columns = feelings ? along : !along;
      int step = backward ? -1 : 1;

      if (across_columns)
        column += step;
      else
        row += step;
      if (column < 0 || row < 0 || (guint) column >= tp_journey_layout_get_n_columns (self->layout)
          || (guint) row >= tp_journey_layout_get_n_rows (self->layout))
        return;
      /* Into the next cell along the stack: at its near end; sideways: same place. */
      index = along ? (backward ? -1 : 0) : (int) before;
    }

  tp_project_move_cards (self->project, (TpCard **) cards->pdata, cards->len,
                         tp_journey_layout_get_phase (self->layout, column),
                         tp_journey_layout_get_lane (self->layout, row),
                         index);
  tp_journey_view_scroll_to (self, TP_ELEMENT (anchor));
}

static void
action_move (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  if (_tp_journey_view_ensure_layout (self) == NULL)
    return;
  if (g_str_equal (action_name, "journey.move-left"))
    move_selected (self, TP_DIRECTION_LEFT);
  else if (g_str_equal (action_name, "journey.move-right"))
    move_selected (self, TP_DIRECTION_RIGHT);
  else if (g_str_equal (action_name, "journey.move-up"))
    move_selected (self, TP_DIRECTION_UP);
  else
    move_selected (self, TP_DIRECTION_DOWN);
}

static void
action_zoom (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  if (g_str_equal (action_name, "journey.zoom-in"))
    tp_journey_view_set_zoom (self, self->zoom * 1.25);
  else if (g_str_equal (action_name, "journey.zoom-out"))
    tp_journey_view_set_zoom (self, self->zoom / 1.25);
  else if (g_str_equal (action_name, "journey.zoom-reset"))
    tp_journey_view_set_zoom (self, 1.0);
  else
    tp_journey_view_zoom_to_fit (self);
}

static void
action_rename (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  _tp_journey_view_start_rename (self, _tp_journey_view_primary_element (self));
}

static void
action_add_card_after (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);
  TpCard *card = _tp_journey_view_primary_card (self);
  const TpCardBox *box;
  TpLane *lane;
  TpCard *added;

  if (card == NULL || self->project == NULL)
    return;
  box = tp_journey_layout_find_card (self->layout, card);
  lane = tp_journey_layout_get_lane (self->layout, box->row);
  added = tp_project_add_card (self->project,
                               tp_journey_layout_get_phase (self->layout, box->column),
                               lane, box->index_in_cell + 1,
                               tp_lane_kind_default_card_kind (tp_lane_get_kind (lane)),
                               _("New card"));
  if (added == NULL)
    return;
  _tp_journey_view_select_one (self, added);
  _tp_journey_view_start_rename (self, TP_ELEMENT (added));
}

void
_tp_journey_view_update_actions (TpJourneyView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  TpElement *primary = _tp_journey_view_primary_element (self);
  gboolean editable = self->project != NULL && primary != NULL;
  gboolean has_card = editable && TP_IS_CARD (primary);

  gtk_widget_action_set_enabled (widget, "journey.rename", editable);
  gtk_widget_action_set_enabled (widget, "journey.add-card-after", has_card);
  gtk_widget_action_set_enabled (widget, "journey.move-left", has_card);
  gtk_widget_action_set_enabled (widget, "journey.move-right", has_card);
  gtk_widget_action_set_enabled (widget, "journey.move-up", has_card);
  gtk_widget_action_set_enabled (widget, "journey.move-down", has_card);
  gtk_widget_action_set_enabled (widget, "journey.zoom-fit", self->journey != NULL);
}

static void
add_arrow_bindings (GtkWidgetClass *widget_class,
                    guint           key,
                    guint           keypad_key,
                    TpDirection     direction,
                    const char     *move_action)
{
  gtk_widget_class_add_binding (widget_class, key, 0, select_neighbour, "(ib)", direction, FALSE);
  gtk_widget_class_add_binding (widget_class, keypad_key, 0, select_neighbour, "(ib)", direction, FALSE);
  gtk_widget_class_add_binding (widget_class, key, GDK_SHIFT_MASK, select_neighbour, "(ib)",
                                direction, TRUE);
  gtk_widget_class_add_binding_action (widget_class, key, GDK_CONTROL_MASK, move_action, NULL);
  gtk_widget_class_add_binding_action (widget_class, keypad_key, GDK_CONTROL_MASK, move_action, NULL);
}

void
_tp_journey_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "journey.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "journey.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "journey.zoom-reset", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "journey.zoom-fit", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "journey.rename", NULL, action_rename);
  gtk_widget_class_install_action (widget_class, "journey.add-card-after", NULL, action_add_card_after);
  gtk_widget_class_install_action (widget_class, "journey.move-left", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "journey.move-right", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "journey.move-up", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "journey.move-down", NULL, action_move);

  add_arrow_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, TP_DIRECTION_LEFT, "journey.move-left");
  add_arrow_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, TP_DIRECTION_RIGHT, "journey.move-right");
  add_arrow_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, TP_DIRECTION_UP, "journey.move-up");
  add_arrow_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, TP_DIRECTION_DOWN, "journey.move-down");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "journey.add-card-after", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "journey.add-card-after", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "journey.rename", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, cancel_binding, NULL);
}
