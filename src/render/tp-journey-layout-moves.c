/* tp-journey-layout-moves.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moving around the grid of a journey map: where the keyboard cursor goes
 * (cards, empty cells and headers), and where a group of cards lands when it
 * moves by whole cells, keeping its shape.
 */

#include "config.h"

#include "tp-journey-layout-private.h"

gboolean
tp_journey_layout_place_of_card (TpJourneyLayout *layout,
                                 TpCard          *card,
                                 TpMapPlace      *place)
{
  const TpCardBox *box;

  g_return_val_if_fail (layout != NULL && place != NULL, FALSE);

  box = card != NULL ? tp_journey_layout_find_card (layout, card) : NULL;
  if (box == NULL)
    return FALSE;
  place->column = box->column;
  place->row = box->row;
  place->card = card;
  return TRUE;
}

/* The cell (@column, @row) entered going @direction, from a card @index_in_cell deep in its own
 * cell: its nearest card, or the cell itself when it is empty. */
static void
enter_cell (TpJourneyLayout *layout,
            guint            column,
            guint            row,
            TpDirection      direction,
            guint            index_in_cell,
            TpMapPlace      *to)
{
  guint n;
  const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, column, row, &n);
  gboolean across = direction == TP_DIRECTION_LEFT || direction == TP_DIRECTION_RIGHT;

  to->column = column;
  to->row = row;
  to->card = NULL;
  if (n == 0)
    return;

  if (layout->row_feelings[row])
    /* The chips of the emotion line are read left to right. */
    to->card = boxes[direction == TP_DIRECTION_LEFT ? n - 1 : 0].card;
  else if (across)
    to->card = boxes[MIN (index_in_cell, n - 1)].card;
  else
    to->card = boxes[direction == TP_DIRECTION_UP ? n - 1 : 0].card;
}

static gboolean
step_from_cell (TpJourneyLayout  *layout,
                const TpMapPlace *from,
                TpDirection       direction,
                TpMapPlace       *to)
{
  guint n_columns = layout->phases->len, n_rows = layout->lanes->len;
  const TpCardBox *box = NULL;
  guint index = 0;
  int column = from->column, row = from->row;

  if (from->card != NULL)
    {
      box = tp_journey_layout_find_card (layout, from->card);
      if (box == NULL)
        return FALSE;
      index = box->index_in_cell;
    }

  /* Along the stack of the cell first: down a cell, across an emotion line. */
  if (box != NULL)
    {
      gboolean feelings = layout->row_feelings[row];
      guint n;
      const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, column, row, &n);
      int step = 0;

      if (feelings && direction == TP_DIRECTION_LEFT)
        step = -1;
      else if (feelings && direction == TP_DIRECTION_RIGHT)
        step = 1;
      else if (!feelings && direction == TP_DIRECTION_UP)
        step = -1;
      else if (!feelings && direction == TP_DIRECTION_DOWN)
        step = 1;
      if ((step < 0 && index > 0) || (step > 0 && index + 1 < n))
        {
          *to = *from;
          to->card = boxes[index + step].card;
          return TRUE;
        }
    }

  switch (direction)
    {
    case TP_DIRECTION_LEFT:
      column--;
      break;
    case TP_DIRECTION_RIGHT:
      column++;
      break;
    case TP_DIRECTION_UP:
      row--;
      break;
    case TP_DIRECTION_DOWN:
    default:
      row++;
      break;
    }

  if (column < 0)
    {
      *to = (TpMapPlace) { -1, row, NULL };
      return TRUE;
    }
  if (row < 0)
    {
      *to = (TpMapPlace) { column, -1, NULL };
      return TRUE;
    }
  if ((guint) column >= n_columns || (guint) row >= n_rows)
    return FALSE;

  enter_cell (layout, column, row, direction, index, to);
  return TRUE;
}

gboolean
tp_journey_layout_step (TpJourneyLayout  *layout,
                        const TpMapPlace *from,
                        TpDirection       direction,
                        TpMapPlace       *to)
{
  int n_columns, n_rows;

  g_return_val_if_fail (layout != NULL && from != NULL && to != NULL, FALSE);

  n_columns = layout->phases->len;
  n_rows = layout->lanes->len;
  if (n_columns == 0 || n_rows == 0 || from->column >= n_columns || from->row >= n_rows
      || (from->column < 0 && from->row < 0))
    return FALSE;

  /* A lane header: up and down the lane headers, right into the lane. */
  if (from->column < 0)
    {
      int row = from->row + (direction == TP_DIRECTION_UP ? -1 : direction == TP_DIRECTION_DOWN ? 1 : 0);

      if (direction == TP_DIRECTION_LEFT || row < 0 || row >= n_rows)
        return FALSE;
      if (direction == TP_DIRECTION_RIGHT)
        enter_cell (layout, 0, row, direction, 0, to);
      else
        *to = (TpMapPlace) { -1, row, NULL };
      return TRUE;
    }

  /* A phase header: along the phase headers, down into the phase. */
  if (from->row < 0)
    {
      int column = from->column + (direction == TP_DIRECTION_LEFT ? -1 : direction == TP_DIRECTION_RIGHT ? 1 : 0);

      if (direction == TP_DIRECTION_UP || column < 0 || column >= n_columns)
        return FALSE;
      if (direction == TP_DIRECTION_DOWN)
        enter_cell (layout, column, 0, direction, 0, to);
      else
        *to = (TpMapPlace) { column, -1, NULL };
      return TRUE;
    }

  return step_from_cell (layout, from, direction, to);
}

void
tp_journey_layout_offset_cell (TpJourneyLayout *layout,
                               guint            column,
                               guint            row,
                               int              d_column,
                               int              d_row,
                               guint           *new_column,
                               guint           *new_row)
{
  gint64 c, r;

  g_return_if_fail (layout != NULL && new_column != NULL && new_row != NULL);
  g_return_if_fail (layout->phases->len > 0 && layout->lanes->len > 0);

  c = CLAMP ((gint64) column + d_column, 0, (gint64) layout->phases->len - 1);
  r = CLAMP ((gint64) row + d_row, 0, (gint64) layout->lanes->len - 1);
  *new_column = (guint) c;
  *new_row = (guint) r;
}

GArray *
tp_journey_layout_offset_cards (TpJourneyLayout *layout,
                                TpCard * const  *cards,
                                guint            n_cards,
                                int              d_column,
                                int              d_row)
{
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  GArray *moves = g_array_sized_new (FALSE, FALSE, sizeof (TpCardMove), n_cards);

  g_return_val_if_fail (layout != NULL, moves);

  for (guint i = 0; i < n_cards; i++)
    g_hash_table_add (moving, cards[i]);

  for (guint i = 0; i < n_cards; i++)
    {
      const TpCardBox *box = tp_journey_layout_find_card (layout, cards[i]);
      const TpCardBox *boxes;
      TpCardMove move = { cards[i], 0, 0, 0 };
      guint n;

      if (box == NULL)
        continue;
      tp_journey_layout_offset_cell (layout, box->column, box->row, d_column, d_row,
                                     &move.column, &move.row);
      boxes = tp_journey_layout_get_cell_cards (layout, box->column, box->row, &n);
      for (guint j = 0; j < box->index_in_cell; j++)
        if (!g_hash_table_contains (moving, boxes[j].card))
          move.index_in_cell++;
      g_array_append_val (moves, move);
    }
  return moves;
}
