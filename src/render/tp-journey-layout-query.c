/* tp-journey-layout-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions the canvas asks a layout: what is under a point, where dragged
 * cards or headers would land, which cards a rubber band covers, and where
 * an arrow key leads.
 */

#include "config.h"

#include <math.h>

#include "tp-journey-layout-private.h"

void
tp_journey_layout_hit_test (TpJourneyLayout *layout,
                            double           x,
                            double           y,
                            TpHit           *hit)
{
  int column, row;
  const TpCardBox *boxes;
  guint n;

  g_return_if_fail (layout != NULL && hit != NULL);

  hit->kind = TP_HIT_NONE;
  hit->card = NULL;
  hit->column = -1;
  hit->row = -1;

  if (x < 0 || y < 0)
    return;

  column = _tp_journey_layout_column_at (layout, x);
  row = _tp_journey_layout_row_at (layout, y);

  if (y < grid_top (layout))
    {
      if (x < grid_left (layout))
        hit->kind = TP_HIT_CORNER;
      else if (column >= 0)
        {
          hit->kind = TP_HIT_PHASE_HEADER;
          hit->column = column;
        }
      return;
    }

  if (row < 0)
    return;

  if (x < grid_left (layout))
    {
      hit->kind = TP_HIT_LANE_HEADER;
      hit->row = row;
      return;
    }

  if (column < 0)
    return;

  hit->kind = TP_HIT_CELL;
  hit->column = column;
  hit->row = row;

  /* Topmost first: later chips are painted over earlier ones. */
  boxes = tp_journey_layout_get_cell_cards (layout, column, row, &n);
  for (guint i = n; i > 0; i--)
    if (tp_rect_contains (&boxes[i - 1].rect, x, y))
      {
        hit->kind = TP_HIT_CARD;
        hit->card = boxes[i - 1].card;
        return;
      }
}

static gboolean
is_moving (TpCard          *card,
           TpCard * const  *moving,
           guint            n_moving)
{
  for (guint i = 0; i < n_moving; i++)
    if (moving[i] == card)
      return TRUE;
  return FALSE;
}

gboolean
tp_journey_layout_drop_target (TpJourneyLayout *layout,
                               double           x,
                               double           y,
                               TpCard * const  *moving,
                               guint            n_moving,
                               TpDropTarget    *target)
{
  const TpJourneyLayoutOptions *o = &layout->options;
  const TpCardBox *boxes;
  const TpCardBox *before = NULL, *after = NULL;
  int column, row;
  guint n, index = 0;
  TpRect cell;
  gboolean feelings;

  g_return_val_if_fail (layout != NULL && target != NULL, FALSE);

  column = _tp_journey_layout_column_at (layout, x);
  row = _tp_journey_layout_row_at (layout, y);
  if (column < 0 || row < 0)
    return FALSE;

  feelings = layout->row_feelings[row];
  tp_journey_layout_get_cell (layout, column, row, &cell);
  boxes = tp_journey_layout_get_cell_cards (layout, column, row, &n);

  for (guint i = 0; i < n; i++)
    {
      const TpCardBox *box = &boxes[i];
      double centre = feelings ? box->rect.x + box->rect.width / 2
                               : box->rect.y + box->rect.height / 2;

      if (is_moving (box->card, moving, n_moving))
        continue;
      if ((feelings ? x : y) > centre)
        {
          index++;
          before = box;
        }
      else if (after == NULL)
        after = box;
    }

  target->column = column;
  target->row = row;
  target->index_in_cell = index;

  if (feelings)
    {
      double top, bottom, ix;

      tp_journey_layout_get_emotion_band (layout, row, &top, &bottom);
      if (before != NULL && after != NULL)
        ix = (before->rect.x + before->rect.width + after->rect.x) / 2;
      else if (before != NULL)
        ix = MIN (before->rect.x + before->rect.width + 3, cell.x + cell.width - 2);
      else if (after != NULL)
        ix = MAX (after->rect.x - 3, cell.x + 2);
      else
        ix = cell.x + cell.width / 2;
      target->indicator.x = ix - 1.5;
      target->indicator.width = 3;
      target->indicator.y = cell.y + 4;
      target->indicator.height = cell.height - 8;
    }
  else
    {
      double iy;

      if (before != NULL && after != NULL)
        iy = (before->rect.y + before->rect.height + after->rect.y) / 2;
      else if (before != NULL)
        iy = before->rect.y + before->rect.height + o->card_spacing / 2;
      else if (after != NULL)
        iy = after->rect.y - o->card_spacing / 2;
      else
        iy = cell.y + o->cell_padding / 2;
      target->indicator.x = cell.x + o->cell_padding;
      target->indicator.width = cell.width - 2 * o->cell_padding;
      target->indicator.y = iy - 1.5;
      target->indicator.height = 3;
    }
  return TRUE;
}

guint
tp_journey_layout_phase_drop_index (TpJourneyLayout *layout,
                                    TpPhase         *phase,
                                    double           x,
                                    TpRect          *indicator)
{
  guint n = layout->phases->len;
  guint old_index = 0, slot;
  double s;

  g_return_val_if_fail (g_ptr_array_find (layout->phases, phase, &old_index), 0);

  s = round ((x - grid_left (layout)) / layout->options.phase_width);
  slot = (guint) CLAMP (s, 0.0, (double) n);

  if (indicator != NULL)
    {
      indicator->x = grid_left (layout) + slot * layout->options.phase_width - 2;
      indicator->y = 0;
      indicator->width = 4;
      indicator->height = grid_bottom (layout);
    }
  return slot > old_index ? slot - 1 : slot;
}

guint
tp_journey_layout_lane_drop_index (TpJourneyLayout *layout,
                                   TpLane          *lane,
                                   double           y,
                                   TpRect          *indicator)
{
  GPtrArray *all = tp_journey_get_lanes (layout->journey);
  guint n = layout->lanes->len;
  guint slot = 0, index, old_index = 0;

  g_return_val_if_fail (g_ptr_array_find (all, lane, &old_index), 0);

  while (slot < n && layout->row_y[slot] + layout->row_height[slot] / 2 < y)
    slot++;

  if (indicator != NULL)
    {
      indicator->x = 0;
      indicator->y = (slot < n ? layout->row_y[slot] : grid_bottom (layout)) - 2;
      indicator->width = grid_right (layout);
      indicator->height = 4;
    }

  if (slot < n)
    g_ptr_array_find (all, g_ptr_array_index (layout->lanes, slot), &index);
  else if (n > 0)
    {
      g_ptr_array_find (all, g_ptr_array_index (layout->lanes, n - 1), &index);
      index++;
    }
  else
    index = all->len;

  return index > old_index ? index - 1 : index;
}

GPtrArray *
tp_journey_layout_cards_in_rect (TpJourneyLayout *layout,
                                 const TpRect    *rect)
{
  GPtrArray *result = g_ptr_array_new ();
  guint c0, c1, r0, r1;

  g_return_val_if_fail (layout != NULL && rect != NULL, result);

  if (!tp_journey_layout_visible_columns (layout, rect->x, rect->x + rect->width, &c0, &c1)
      || !tp_journey_layout_visible_rows (layout, rect->y, rect->y + rect->height, &r0, &r1))
    return result;

  for (guint c = c0; c <= c1; c++)
    for (guint r = r0; r <= r1; r++)
      {
        guint n;
        const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, c, r, &n);

        for (guint i = 0; i < n; i++)
          if (tp_rect_intersects (&boxes[i].rect, rect))
            g_ptr_array_add (result, boxes[i].card);
      }
  return result;
}

static TpCard *
neighbour_in_row (TpJourneyLayout *layout,
                  const TpCardBox *box,
                  int              step)
{
  guint n;
  const TpCardBox *boxes;

  /* Chips of the emotion line are read left to right, through the cells. */
  if (layout->row_feelings[box->row])
    {
      boxes = tp_journey_layout_get_cell_cards (layout, box->column, box->row, &n);
      if (step < 0 && box->index_in_cell > 0)
        return boxes[box->index_in_cell - 1].card;
      if (step > 0 && box->index_in_cell + 1 < n)
        return boxes[box->index_in_cell + 1].card;
    }

  for (int c = (int) box->column + step; c >= 0 && c < (int) layout->phases->len; c += step)
    {
      boxes = tp_journey_layout_get_cell_cards (layout, c, box->row, &n);
      if (n == 0)
        continue;
      if (layout->row_feelings[box->row])
        return boxes[step < 0 ? n - 1 : 0].card;
      return boxes[MIN (box->index_in_cell, n - 1)].card;
    }
  return NULL;
}

static TpCard *
neighbour_in_column (TpJourneyLayout *layout,
                     const TpCardBox *box,
                     int              step)
{
  guint n;
  const TpCardBox *boxes;

  if (!layout->row_feelings[box->row])
    {
      boxes = tp_journey_layout_get_cell_cards (layout, box->column, box->row, &n);
      if (step < 0 && box->index_in_cell > 0)
        return boxes[box->index_in_cell - 1].card;
      if (step > 0 && box->index_in_cell + 1 < n)
        return boxes[box->index_in_cell + 1].card;
    }

  for (int r = (int) box->row + step; r >= 0 && r < (int) layout->lanes->len; r += step)
    {
      boxes = tp_journey_layout_get_cell_cards (layout, box->column, r, &n);
      if (n == 0)
        continue;
      if (layout->row_feelings[r])
        return boxes[0].card;
      return boxes[step < 0 ? n - 1 : 0].card;
    }
  return NULL;
}

TpCard *
tp_journey_layout_neighbour (TpJourneyLayout *layout,
                             TpCard          *card,
                             TpDirection      direction)
{
  const TpCardBox *box;

  g_return_val_if_fail (layout != NULL, NULL);

  if (card == NULL)
    return layout->n_boxes > 0 ? layout->boxes[0].card : NULL;

  box = tp_journey_layout_find_card (layout, card);
  if (box == NULL)
    return layout->n_boxes > 0 ? layout->boxes[0].card : NULL;

  switch (direction)
    {
    case TP_DIRECTION_LEFT:
      return neighbour_in_row (layout, box, -1);
    case TP_DIRECTION_RIGHT:
      return neighbour_in_row (layout, box, +1);
    case TP_DIRECTION_UP:
      return neighbour_in_column (layout, box, -1);
    case TP_DIRECTION_DOWN:
      return neighbour_in_column (layout, box, +1);
    default:
      return NULL;
    }
}
