/* tp-journey-view-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing on the journey canvas without the pointer's gestures: where titles
 * are named in place (the canvas does the naming), the context menu, the
 * keyboard and the view.* actions.
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

/* The canvas names in place; the map says where: a feelings card's title sits above its
 * emotion dot, headers as they stick. */
gboolean
_tp_journey_view_rename_rect (TpCanvas  *canvas,
                              TpElement *element,
                              TpRect    *rect,
                              gboolean  *at_top)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  if (!_tp_journey_view_element_rect (self, element, rect))
    return FALSE;
  *at_top = FALSE;
  if (TP_IS_CARD (element))
    {
      const TpCardBox *box = tp_journey_layout_find_card (self->layout, TP_CARD (element));

      if (tp_journey_layout_row_is_feelings (self->layout, box->row))
        rect->height -= 16;
      else
        *at_top = TRUE;
    }
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
  tp_canvas_start_rename (TP_CANVAS (self), TP_ELEMENT (card));
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

  gtk_widget_class_install_action (widget_class, "view.add", NULL, action_add_card_after);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      gtk_widget_class_install_action (widget_class, moves[i].action, NULL, action_move);
      tp_widget_class_add_binding_action_with_keypad (widget_class, moves[i].key, moves[i].keypad,
                                                      GDK_CONTROL_MASK, moves[i].action);
    }

  tp_widget_class_add_binding_action_with_keypad (widget_class, GDK_KEY_Return, GDK_KEY_KP_Enter, 0,
                                                  "view.add");
}
