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

#include "tp-accelerators.h"
#include "tp-journey-view-private.h"

TpElement *
_tp_journey_view_primary_element (TpJourneyView *self)
{
  TpElement *primary;

  /* Asks the model, not the layout, so no edit in progress forces a relayout. */
  if (tp_canvas_get_selection (TP_CANVAS (self)) == NULL || tp_canvas_get_journey (TP_CANVAS (self)) == NULL)
    return NULL;
  primary = tp_selection_get_primary (tp_canvas_get_selection (TP_CANVAS (self)));
  if (primary != NULL
      && (TP_IS_CARD (primary) || TP_IS_PHASE (primary) || TP_IS_LANE (primary))
      && tp_element_get_parent (primary) == TP_ELEMENT (tp_canvas_get_journey (TP_CANVAS (self))))
    return primary;
  return NULL;
}

void
_tp_journey_view_select_one (TpJourneyView *self,
                             gpointer       element)
{
  if (tp_canvas_get_selection (TP_CANVAS (self)) != NULL)
    tp_selection_set_one (tp_canvas_get_selection (TP_CANVAS (self)), element);
}

/* --- Renaming in place ---------------------------------------------------- */

void
_tp_journey_view_stop_rename (TpJourneyView *self,
                              gboolean       commit)
{
  GtkWidget *entry = g_steal_pointer (&self->rename_entry);
  TpElement *element = g_steal_pointer (&self->rename_element);
  gboolean had_focus;

  g_clear_handle_id (&self->rename_idle, g_source_remove);
  if (entry == NULL)
    return;

  if (commit && element != NULL && tp_canvas_get_project (TP_CANVAS (self)) != NULL)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
      g_autofree char *old = NULL;

      g_object_get (element, "title", &old, NULL);
      if (g_strcmp0 (old, text) != 0)
        tp_project_set (tp_canvas_get_project (TP_CANVAS (self)), element, "title", text, NULL);
    }

  /* The focus leaves the entry before the entry goes: a window must never be left holding a
   * focus widget that is gone. */
  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) == entry;
  if (had_focus && !gtk_widget_grab_focus (GTK_WIDGET (self)))
    {
      GtkRoot *root = gtk_widget_get_root (entry);

      if (root != NULL)
        gtk_root_set_focus (root, NULL);
    }
  gtk_widget_unparent (entry);
  g_object_unref (entry);
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

static gboolean
rename_focus_left_cb (gpointer data)
{
  TpJourneyView *self = data;
  GtkRoot *root;
  GtkWidget *focus;

  self->rename_idle = 0;
  if (self->rename_entry == NULL)
    return G_SOURCE_REMOVE;

  /* The window lost the focus to another one, not to another widget: the
   * title stays open for typing when the person comes back. */
  root = gtk_widget_get_root (self->rename_entry);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == self->rename_entry || gtk_widget_is_ancestor (focus, self->rename_entry)))
    return G_SOURCE_REMOVE;

  _tp_journey_view_stop_rename (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_rename_focus_leave (TpJourneyView *self)
{
  /* Clicking elsewhere keeps what was typed. Not right now: GTK is still
   * telling the entry and its parents that the focus moved. */
  if (self->rename_idle == 0)
    self->rename_idle = g_idle_add (rename_focus_left_cb, self);
}

void
_tp_journey_view_start_rename (TpJourneyView *self,
              TpElement     *element)
{
  g_autofree char *title = NULL;
  GtkEventController *controller;
  GtkWidget *entry;

  if (tp_canvas_get_project (TP_CANVAS (self)) == NULL || element == NULL)
    return;

  _tp_journey_view_stop_rename (self, TRUE);
  tp_canvas_scroll_to (TP_CANVAS (self), element);

  g_object_get (element, "title", &title, NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), title != NULL ? title : "");
  gtk_widget_add_css_class (entry, "journey-rename");
  /* An untitled card: its kind, as the card itself shows it. */
  if (TP_IS_CARD (element))
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                    tp_enum_get_label (TP_TYPE_CARD_KIND,
                                                       tp_card_get_kind (TP_CARD (element))));
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

  if (!_tp_journey_view_element_rect (self, element, rect))
    return FALSE;
  if (TP_IS_CARD (element)
      && tp_journey_layout_row_is_feelings (self->layout,
                                            tp_journey_layout_find_card (self->layout,
                                                                         TP_CARD (element))->row))
    rect->height -= 16;
  /* On the headers as they stick. */
  else if (TP_IS_PHASE (element))
    rect->y += _tp_journey_view_sticky_y (self);
  else if (TP_IS_LANE (element))
    {
      rect->x += _tp_journey_view_sticky_x (self);
      rect->height = MIN (rect->height, 64);
    }
  return TRUE;
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
      tp_canvas_map_rect_to_widget (TP_CANVAS (self), &rect, &area);
      gtk_widget_measure (self->rename_entry, GTK_ORIENTATION_VERTICAL, -1, &min_h, &nat_h, NULL, NULL);
      gtk_widget_measure (self->rename_entry, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      alloc.x = (int) area.origin.x;
      alloc.width = MAX ((int) area.size.width, MAX (min_w, 160));
      alloc.height = nat_h;
      /* Over a card's title, which sits at its top; in the middle of a header. */
      if (TP_IS_CARD (self->rename_element)
          && !tp_journey_layout_row_is_feelings (self->layout,
                                                 tp_journey_layout_find_card (self->layout,
                                                                              TP_CARD (self->rename_element))->row))
        alloc.y = (int) area.origin.y;
      else
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
      g_autoptr(GMenu) structure = g_menu_new ();
      /* The window's structure actions: each is enabled, and so shown, only on
       * the header it applies to. */
      static const struct { const char *label; const char *action; } items[] = {
        { N_("Insert Phase _Before"), "win.insert-phase-before" },
        { N_("Insert Phase _After"), "win.insert-phase-after" },
        { N_("Insert Lane _Above"), "win.insert-lane-above" },
        { N_("Insert Lane _Below"), "win.insert-lane-below" },
        { N_("_Hide Lane"), "win.hide-lane" },
        { N_("_Show Lane"), "win.show-lane" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), items[i].action);

          g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
          g_menu_append_item (structure, item);
        }

      g_menu_append (edit, _("_Rename"), "view.rename");
      g_menu_append (edit, _("_Add Card"), "view.add");
      g_menu_append (change, _("D_uplicate"), "win.duplicate");
      g_menu_append (change, _("_Delete"), "win.delete");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
      g_menu_append_section (menu, NULL, G_MENU_MODEL (structure));
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

gboolean
_tp_journey_view_selected_cell (TpJourneyView *self,
                                guint         *column,
                                guint         *row)
{
  TpPhase *phase;
  TpLane *lane;
  guint c;
  int r;

  if (tp_canvas_get_selection (TP_CANVAS (self)) == NULL || tp_canvas_get_journey (TP_CANVAS (self)) == NULL
      || !tp_selection_get_cell (tp_canvas_get_selection (TP_CANVAS (self)), &phase, &lane)
      || tp_element_get_parent (TP_ELEMENT (phase)) != TP_ELEMENT (tp_canvas_get_journey (TP_CANVAS (self)))
      || _tp_journey_view_ensure_layout (self) == NULL
      || !g_ptr_array_find (tp_journey_get_phases (tp_canvas_get_journey (TP_CANVAS (self))), phase, &c))
    return FALSE;
  r = tp_journey_layout_get_row_for_lane (self->layout, lane);
  if (r < 0)
    return FALSE;
  *column = c;
  *row = r;
  return TRUE;
}

gboolean
_tp_journey_view_cursor_place (TpJourneyView *self,
                               TpMapPlace    *place)
{
  TpElement *primary = _tp_journey_view_primary_element (self);
  guint column, row;

  if (_tp_journey_view_ensure_layout (self) == NULL)
    return FALSE;

  if (primary != NULL && TP_IS_CARD (primary))
    return tp_journey_layout_place_of_card (self->layout, TP_CARD (primary), place);
  if (primary != NULL && TP_IS_PHASE (primary)
      && g_ptr_array_find (tp_journey_get_phases (tp_canvas_get_journey (TP_CANVAS (self))), primary, &column))
    {
      *place = (TpMapPlace) { column, -1, NULL };
      return TRUE;
    }
  if (primary != NULL && TP_IS_LANE (primary))
    {
      int r = tp_journey_layout_get_row_for_lane (self->layout, TP_LANE (primary));

      *place = (TpMapPlace) { -1, r, NULL };
      return r >= 0;
    }
  if (primary == NULL && _tp_journey_view_selected_cell (self, &column, &row))
    {
      *place = (TpMapPlace) { column, row, NULL };
      return TRUE;
    }
  return FALSE;
}

typedef struct {
  guint      column;
  guint      row;
  guint      index;            /* among the cards that stay in the cell, before the move */
  gboolean   has_anchor;
  gboolean   changes_cell;     /* some of its cards come from another cell */
  GPtrArray *cards;            /* TpCard, journey order */
  TpCard    *before;           /* the staying card the group goes in front of; NULL: the end */
  TpPhase   *phase;            /* the cell, looked up before the first move drops the layout */
  TpLane    *lane;
} MoveGroup;

static void
move_group_free (gpointer data)
{
  MoveGroup *group = data;

  g_ptr_array_unref (group->cards);
  g_free (group);
}

static gboolean
cell_has_room (TpJourneyLayout *layout,
               MoveGroup       *group,
               GHashTable      *moving,
               int              index)
{
  guint n, staying = 0;
  const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, group->column, group->row, &n);

  for (guint i = 0; i < n; i++)
    if (!g_hash_table_contains (moving, boxes[i].card))
      staying++;
  return index >= 0 && (guint) index <= staying;
}

/* The card that stays in the group's cell and that the group goes in front of. */
static TpCard *
staying_card_at (TpJourneyLayout *layout,
                 MoveGroup       *group,
                 GHashTable      *moving,
                 int              index)
{
  guint n, seen = 0;
  const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, group->column, group->row, &n);

  if (index < 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (!g_hash_table_contains (moving, boxes[i].card) && seen++ == (guint) index)
      return boxes[i].card;
  return NULL;
}

void
_tp_journey_view_move_cards_by (TpJourneyView *self,
                                GPtrArray     *cards,
                                TpCard        *anchor,
                                int            d_column,
                                int            d_row,
                                int            index,
                                TpGroupIndex   rule)
{
  g_autoptr(GArray) moves = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (move_group_free);
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  gboolean changes = d_column == 0 && d_row == 0;

  if (tp_canvas_get_project (TP_CANVAS (self)) == NULL || _tp_journey_view_ensure_layout (self) == NULL || cards->len == 0)
    return;

  for (guint i = 0; i < cards->len; i++)
    g_hash_table_add (moving, g_ptr_array_index (cards, i));

  /* Where each card lands, gathered by cell: the cards of one cell stay together. */
  moves = tp_journey_layout_offset_cards (self->layout, (TpCard **) cards->pdata, cards->len,
                                          d_column, d_row);
  for (guint i = 0; i < moves->len; i++)
    {
      const TpCardMove *move = &g_array_index (moves, TpCardMove, i);
      const TpCardBox *box = tp_journey_layout_find_card (self->layout, move->card);
      MoveGroup *group = NULL;

      for (guint j = 0; group == NULL && j < groups->len; j++)
        {
          MoveGroup *g = g_ptr_array_index (groups, j);

          if (g->column == move->column && g->row == move->row)
            group = g;
        }
      if (group == NULL)
        {
          group = g_new0 (MoveGroup, 1);
          group->column = move->column;
          group->row = move->row;
          group->index = move->index_in_cell;
          group->cards = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
        }
      group->index = MIN (group->index, move->index_in_cell);
      group->has_anchor |= move->card == anchor;
      g_ptr_array_add (group->cards, move->card);
      if (box->column != move->column || box->row != move->row)
        changes = group->changes_cell = TRUE;
    }

  for (guint i = 0; i < groups->len; i++)
    {
      MoveGroup *group = g_ptr_array_index (groups, i);
      int at = group->index;

      /* A group stopped at the edge stays where it is in its cell. */
      if ((rule == TP_GROUP_INDEX_ALL && group->changes_cell)
          || (group->has_anchor && index >= -1 && rule == TP_GROUP_INDEX_KEEP))
        at = index;
      else if (rule == TP_GROUP_INDEX_STEP)
        {
          at = (int) group->index + index;
          if (!cell_has_room (self->layout, group, moving, at))
            at = group->index;
          else
            changes = TRUE;
        }
      /* Found now, while the layout still shows the cells before the move. */
      group->before = staying_card_at (self->layout, group, moving, at);
      group->phase = tp_journey_layout_get_phase (self->layout, group->column);
      group->lane = tp_journey_layout_get_lane (self->layout, group->row);
    }

  if (!changes)
    return;

  tp_project_begin (tp_canvas_get_project (TP_CANVAS (self)), cards->len == 1 ? _("Move Card") : _("Move Cards"));
  for (guint i = 0; i < groups->len; i++)
    {
      MoveGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) cell = tp_journey_get_cell_cards (tp_canvas_get_journey (TP_CANVAS (self)), group->phase,
                                                             group->lane);
      int at = group->before != NULL ? 0 : -1;

      /* The position among the cell's cards as they are now, other groups still in it. */
      for (guint j = 0; group->before != NULL && j < cell->len; j++)
        {
          TpCard *card = g_ptr_array_index (cell, j);

          if (card == group->before)
            break;
          if (!g_ptr_array_find (group->cards, card, NULL))
            at++;
        }
      tp_project_move_cards (tp_canvas_get_project (TP_CANVAS (self)), (TpCard **) group->cards->pdata, group->cards->len,
                             group->phase, group->lane, at);
    }
  tp_project_commit (tp_canvas_get_project (TP_CANVAS (self)));

  if (anchor != NULL)
    tp_canvas_scroll_to (TP_CANVAS (self), TP_ELEMENT (anchor));
}

static void
move_selected (TpJourneyView *self,
               TpDirection    direction)
{
  g_autoptr(GPtrArray) cards = _tp_journey_view_selected_cards (self);
  TpCard *anchor = _tp_journey_view_primary_card (self);
  const TpCardBox *box, *boxes;
  guint n, before = 0, others = 0;
  gboolean found = FALSE, feelings;
  gboolean backward = direction == TP_DIRECTION_LEFT || direction == TP_DIRECTION_UP;
  gboolean along, across_columns;
  int step = backward ? -1 : 1;

  if (cards->len == 0 || tp_canvas_get_project (TP_CANVAS (self)) == NULL)
    return;
  if (anchor == NULL)
    anchor = g_ptr_array_index (cards, 0);

  box = tp_journey_layout_find_card (self->layout, anchor);
  feelings = tp_journey_layout_row_is_feelings (self->layout, box->row);
  /* Cards stack down a cell; emotion chips run across it. */
  along = feelings ? (direction == TP_DIRECTION_LEFT || direction == TP_DIRECTION_RIGHT)
                   : (direction == TP_DIRECTION_UP || direction == TP_DIRECTION_DOWN);
  across_columns = direction == TP_DIRECTION_LEFT || direction == TP_DIRECTION_RIGHT;

  boxes = tp_journey_layout_get_cell_cards (self->layout, box->column, box->row, &n);
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

  /* Along the stack while there is room: each group one place on in its own cell. */
  if (along && ((backward && before > 0) || (!backward && before < others)))
    _tp_journey_view_move_cards_by (self, cards, anchor, 0, 0, step, TP_GROUP_INDEX_STEP);
  /* Into the next cell along the stack: at its near end; sideways: at the same place. */
  else if (along)
    _tp_journey_view_move_cards_by (self, cards, anchor, across_columns ? step : 0,
                                    across_columns ? 0 : step, backward ? -1 : 0,
                                    TP_GROUP_INDEX_ALL);
  else
    _tp_journey_view_move_cards_by (self, cards, anchor, across_columns ? step : 0,
                                    across_columns ? 0 : step, -2, TP_GROUP_INDEX_KEEP);
}

static void
action_move (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  if (_tp_journey_view_ensure_layout (self) == NULL)
    return;
  if (g_str_equal (action_name, "view.move-left"))
    move_selected (self, TP_DIRECTION_LEFT);
  else if (g_str_equal (action_name, "view.move-right"))
    move_selected (self, TP_DIRECTION_RIGHT);
  else if (g_str_equal (action_name, "view.move-up"))
    move_selected (self, TP_DIRECTION_UP);
  else
    move_selected (self, TP_DIRECTION_DOWN);
}

static void
action_rename (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  _tp_journey_view_start_rename (self, _tp_journey_view_primary_element (self));
}

TpCard *
tp_journey_view_add_card (TpJourneyView *self,
                          TpPhase       *phase,
                          TpLane        *lane,
                          int            index_in_cell,
                          TpCardKind     kind)
{
  TpCard *card;

  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (self), NULL);
  g_return_val_if_fail (TP_IS_PHASE (phase) && TP_IS_LANE (lane), NULL);
  g_return_val_if_fail (tp_canvas_get_project (TP_CANVAS (self)) != NULL && tp_canvas_get_journey (TP_CANVAS (self)) != NULL, NULL);
  g_return_val_if_fail (tp_element_get_parent (TP_ELEMENT (phase)) == TP_ELEMENT (tp_canvas_get_journey (TP_CANVAS (self))), NULL);

  /* Untitled: the card shows its kind as a placeholder until it is named. */
  card = tp_project_add_card (tp_canvas_get_project (TP_CANVAS (self)), phase, lane, index_in_cell, kind, "");
  if (card == NULL)
    return NULL;
  _tp_journey_view_select_one (self, card);
  _tp_journey_view_start_rename (self, TP_ELEMENT (card));
  return card;
}

static void
action_add_card_after (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);
  TpCard *card = _tp_journey_view_primary_card (self);
  const TpCardBox *box;
  guint column, row;
  int index;
  TpLane *lane;

  if (tp_canvas_get_project (TP_CANVAS (self)) == NULL)
    return;
  if (card != NULL)
    {
      box = tp_journey_layout_find_card (self->layout, card);
      column = box->column;
      row = box->row;
      index = box->index_in_cell + 1;
    }
  else if (_tp_journey_view_selected_cell (self, &column, &row))
    index = -1;
  else
    return;

  lane = tp_journey_layout_get_lane (self->layout, row);
  tp_journey_view_add_card (self, tp_journey_layout_get_phase (self->layout, column), lane, index,
                            tp_lane_kind_default_card_kind (tp_lane_get_kind (lane)));
}

void
_tp_journey_view_update_actions (TpJourneyView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  TpElement *primary = _tp_journey_view_primary_element (self);
  gboolean editable = tp_canvas_get_project (TP_CANVAS (self)) != NULL && primary != NULL;
  gboolean has_card = editable && TP_IS_CARD (primary);
  gboolean has_cell = tp_canvas_get_project (TP_CANVAS (self)) != NULL && tp_canvas_get_selection (TP_CANVAS (self)) != NULL && tp_canvas_get_journey (TP_CANVAS (self)) != NULL
                      && tp_selection_get_count (tp_canvas_get_selection (TP_CANVAS (self))) == 0
                      && tp_selection_get_cell (tp_canvas_get_selection (TP_CANVAS (self)), NULL, NULL);

  gtk_widget_action_set_enabled (widget, "view.rename", editable);
  gtk_widget_action_set_enabled (widget, "view.add", has_card || has_cell);
  gtk_widget_action_set_enabled (widget, "view.move-left", has_card);
  gtk_widget_action_set_enabled (widget, "view.move-right", has_card);
  gtk_widget_action_set_enabled (widget, "view.move-up", has_card);
  gtk_widget_action_set_enabled (widget, "view.move-down", has_card);
}

void
_tp_journey_view_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct { guint key, keypad; const char *action; } moves[] = {
    { GDK_KEY_Left, GDK_KEY_KP_Left, "view.move-left" },
    { GDK_KEY_Right, GDK_KEY_KP_Right, "view.move-right" },
    { GDK_KEY_Up, GDK_KEY_KP_Up, "view.move-up" },
    { GDK_KEY_Down, GDK_KEY_KP_Down, "view.move-down" },
  };

  gtk_widget_class_install_action (widget_class, "view.rename", NULL, action_rename);
  gtk_widget_class_install_action (widget_class, "view.add", NULL, action_add_card_after);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      gtk_widget_class_install_action (widget_class, moves[i].action, NULL, action_move);
      tp_widget_class_add_binding_action_with_keypad (widget_class, moves[i].key, moves[i].keypad,
                                                      GDK_CONTROL_MASK, moves[i].action);
    }

  tp_widget_class_add_binding_action_with_keypad (widget_class, GDK_KEY_Return, GDK_KEY_KP_Enter, 0,
                                                  "view.add");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "view.rename", NULL);
}
