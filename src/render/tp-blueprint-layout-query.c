/* tp-blueprint-layout-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a blueprint layout: rectangles, hit testing, drop targets and
 * keyboard neighbours. Columns have one width and slots one height, so the
 * cell and slot under a point are divisions and the row a short search.
 */

#include "config.h"

#include <math.h>

#include "tp-blueprint-layout-private.h"

TpJourney *
tp_blueprint_layout_get_journey (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  return layout->journey;
}

const TpBlueprintLayoutOptions *
tp_blueprint_layout_get_options (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);
  return &layout->options;
}

double
tp_blueprint_layout_get_width (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->width;
}

double
tp_blueprint_layout_get_height (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->height;
}

guint
tp_blueprint_layout_get_n_columns (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->columns->len;
}

guint
tp_blueprint_layout_get_n_tracks (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->n_tracks;
}

const TpBlueprintColumn *
tp_blueprint_layout_get_column (TpBlueprintLayout *layout,
                                guint              column)
{
  g_return_val_if_fail (layout != NULL && column < layout->columns->len, NULL);
  return &g_array_index (layout->columns, TpBlueprintColumn, column);
}

void
tp_blueprint_layout_get_column_rect (TpBlueprintLayout *layout,
                                     guint              column,
                                     TpRect            *rect)
{
  const TpBlueprintLayoutOptions *o;

  g_return_if_fail (layout != NULL && rect != NULL);

  o = &layout->options;
  rect->x = _tp_blueprint_layout_column_x (layout, column) - o->column_gap / 2;
  rect->y = o->phase_header_height;
  rect->width = _tp_blueprint_layout_column_tracks (layout, column) * (o->card_width + o->column_gap);
  rect->height = layout->height - o->phase_header_height;
}

guint
tp_blueprint_layout_get_n_phases (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->phases->len;
}

TpPhase *
tp_blueprint_layout_get_phase (TpBlueprintLayout *layout,
                               guint              phase_index)
{
  g_return_val_if_fail (layout != NULL && phase_index < layout->phases->len, NULL);
  return g_ptr_array_index (layout->phases, phase_index);
}

void
tp_blueprint_layout_get_phase_columns (TpBlueprintLayout *layout,
                                       guint              phase_index,
                                       guint             *first,
                                       guint             *last)
{
  g_return_if_fail (layout != NULL && phase_index < layout->phases->len);

  *first = layout->phase_first[phase_index];
  *last = layout->phase_first[phase_index] + layout->phase_n[phase_index] - 1;
}

void
tp_blueprint_layout_get_phase_header (TpBlueprintLayout *layout,
                                      guint              phase_index,
                                      TpRect            *rect)
{
  const TpBlueprintLayoutOptions *o;
  guint first, last;

  g_return_if_fail (layout != NULL && rect != NULL && phase_index < layout->phases->len);

  o = &layout->options;
  tp_blueprint_layout_get_phase_columns (layout, phase_index, &first, &last);
  rect->x = _tp_blueprint_layout_column_x (layout, first) - o->column_gap / 2;
  rect->y = 0;
  rect->width = (layout->column_track[last + 1] - layout->column_track[first])
                * (o->card_width + o->column_gap);
  rect->height = o->phase_header_height;
}

guint
tp_blueprint_layout_get_n_rows (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->lanes->len;
}

TpLane *
tp_blueprint_layout_get_lane (TpBlueprintLayout *layout,
                              guint              row)
{
  g_return_val_if_fail (layout != NULL && row < layout->lanes->len, NULL);
  return g_ptr_array_index (layout->lanes, row);
}

int
tp_blueprint_layout_get_row_for_lane (TpBlueprintLayout *layout,
                                      TpLane            *lane)
{
  g_return_val_if_fail (layout != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (layout->row_by_lane, lane)) - 1;
}

TpBlueprintZone
tp_blueprint_layout_get_row_zone (TpBlueprintLayout *layout,
                                  guint              row)
{
  g_return_val_if_fail (layout != NULL && row < layout->lanes->len, TP_BLUEPRINT_ZONE_NONE);
  return layout->row_zone[row];
}

guint
tp_blueprint_layout_get_row_n_slots (TpBlueprintLayout *layout,
                                     guint              row)
{
  g_return_val_if_fail (layout != NULL && row < layout->lanes->len, 0);
  return layout->row_slots[row];
}

void
tp_blueprint_layout_get_row_rect (TpBlueprintLayout *layout,
                                  guint              row,
                                  TpRect            *rect)
{
  g_return_if_fail (layout != NULL && rect != NULL && row < layout->lanes->len);

  rect->x = layout->options.row_header_width;
  rect->y = layout->row_y[row];
  rect->width = layout->width - layout->options.row_header_width;
  rect->height = layout->row_height[row];
}

void
tp_blueprint_layout_get_row_header (TpBlueprintLayout *layout,
                                    guint              row,
                                    TpRect            *rect)
{
  g_return_if_fail (layout != NULL && rect != NULL && row < layout->lanes->len);

  rect->x = 0;
  rect->y = layout->row_y[row];
  rect->width = layout->options.row_header_width;
  rect->height = layout->row_height[row];
}

void
tp_blueprint_layout_get_cell (TpBlueprintLayout *layout,
                              guint              column,
                              guint              row,
                              TpRect            *rect)
{
  TpRect c;

  g_return_if_fail (layout != NULL && rect != NULL);

  tp_blueprint_layout_get_column_rect (layout, column, &c);
  rect->x = c.x;
  rect->width = c.width;
  rect->y = layout->row_y[row];
  rect->height = layout->row_height[row];
}

gboolean
tp_blueprint_layout_get_line (TpBlueprintLayout *layout,
                              TpBlueprintLine    line,
                              double            *y,
                              TpRect            *band)
{
  g_return_val_if_fail (layout != NULL && line < TP_BLUEPRINT_N_LINES, FALSE);

  if (!layout->line_shown[line])
    return FALSE;
  if (y != NULL)
    *y = layout->line_band[line].y + layout->line_band[line].height / 2;
  if (band != NULL)
    *band = layout->line_band[line];
  return TRUE;
}

guint
tp_blueprint_layout_get_n_cards (TpBlueprintLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->boxes->len;
}

const TpBlueprintBox *
tp_blueprint_layout_get_box (TpBlueprintLayout *layout,
                             guint              i)
{
  g_return_val_if_fail (layout != NULL && i < layout->boxes->len, NULL);
  return &g_array_index (layout->boxes, TpBlueprintBox, i);
}

const TpBlueprintBox *
tp_blueprint_layout_find_card (TpBlueprintLayout *layout,
                               TpCard            *card)
{
  guint i;

  g_return_val_if_fail (layout != NULL, NULL);

  i = GPOINTER_TO_UINT (g_hash_table_lookup (layout->box_by_card, card));
  return i == 0 ? NULL : &g_array_index (layout->boxes, TpBlueprintBox, i - 1);
}

const TpBlueprintBox *
tp_blueprint_layout_find_card_by_id (TpBlueprintLayout *layout,
                                     const char        *id)
{
  guint i;

  g_return_val_if_fail (layout != NULL, NULL);

  if (id == NULL)
    return NULL;
  i = GPOINTER_TO_UINT (g_hash_table_lookup (layout->box_by_id, id));
  return i == 0 ? NULL : &g_array_index (layout->boxes, TpBlueprintBox, i - 1);
}

const TpBlueprintBox *
tp_blueprint_layout_get_cell_boxes (TpBlueprintLayout *layout,
                                    guint              column,
                                    guint              row,
                                    guint             *n_boxes)
{
  guint cell;

  g_return_val_if_fail (layout != NULL && n_boxes != NULL, NULL);

  *n_boxes = 0;
  if (column >= layout->columns->len || row >= layout->lanes->len)
    return NULL;
  cell = column * layout->lanes->len + row;
  *n_boxes = layout->cell_start[cell + 1] - layout->cell_start[cell];
  return *n_boxes == 0 ? NULL
         : &g_array_index (layout->boxes, TpBlueprintBox, layout->cell_start[cell]);
}

double
tp_blueprint_layout_channel_x (TpBlueprintLayout *layout,
                               guint              c)
{
  return _tp_blueprint_layout_track_x (layout, c) - layout->options.column_gap / 2;
}

double
tp_blueprint_layout_channel_y (TpBlueprintLayout *layout,
                               guint              row,
                               guint              k)
{
  const TpBlueprintLayoutOptions *o = &layout->options;

  return layout->row_y[row] + o->slot_gap / 2 + k * (o->card_height + o->slot_gap);
}

/* The row whose span holds @y, or -1 (above, below or in a line band). */
static int
row_at (TpBlueprintLayout *layout,
        double             y)
{
  guint lo = 0, hi = layout->lanes->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (y < layout->row_y[mid])
        hi = mid;
      else if (y >= layout->row_y[mid] + layout->row_height[mid])
        lo = mid + 1;
      else
        return mid;
    }
  return -1;
}

static int
track_at (TpBlueprintLayout *layout,
          double             x)
{
  const TpBlueprintLayoutOptions *o = &layout->options;
  double t = floor ((x - o->row_header_width - o->column_gap / 2) / (o->card_width + o->column_gap));

  if (t < 0 || t >= layout->n_tracks)
    return -1;
  return (int) t;
}

static int
column_at (TpBlueprintLayout *layout,
           double             x)
{
  int t = track_at (layout, x);

  return t < 0 ? -1 : (int) layout->track_column[t];
}

static guint
phase_of_column (TpBlueprintLayout *layout,
                 guint              column)
{
  for (guint p = 0; p < layout->phases->len; p++)
    if (column < layout->phase_first[p] + layout->phase_n[p])
      return p;
  return 0;
}

void
tp_blueprint_layout_hit_test (TpBlueprintLayout *layout,
                              double             x,
                              double             y,
                              TpBlueprintHit    *hit)
{
  const TpBlueprintLayoutOptions *o;
  int row, column;

  g_return_if_fail (layout != NULL && hit != NULL);

  o = &layout->options;
  *hit = (TpBlueprintHit) { TP_BLUEPRINT_HIT_NONE, NULL, -1, -1, -1 };
  if (x < 0 || y < 0 || x >= layout->width || y >= layout->height)
    return;

  column = column_at (layout, x);
  if (y < o->phase_header_height)
    {
      if (column >= 0)
        {
          guint first, last;

          tp_blueprint_layout_get_phase_columns (layout, phase_of_column (layout, column),
                                                 &first, &last);
          hit->kind = TP_BLUEPRINT_HIT_PHASE_HEADER;
          hit->column = first;
        }
      return;
    }

  for (int line = 0; line < TP_BLUEPRINT_N_LINES; line++)
    if (layout->line_shown[line] && tp_rect_contains (&layout->line_band[line], x, y))
      {
        hit->kind = TP_BLUEPRINT_HIT_LINE;
        hit->line = line;
        return;
      }

  row = row_at (layout, y);
  if (row < 0)
    return;
  hit->row = row;
  if (x < o->row_header_width)
    {
      hit->kind = TP_BLUEPRINT_HIT_ROW_HEADER;
      return;
    }
  if (column < 0)
    return;

  hit->kind = TP_BLUEPRINT_HIT_CELL;
  hit->column = column;
  {
    guint n;
    const TpBlueprintBox *boxes = tp_blueprint_layout_get_cell_boxes (layout, column, row, &n);

    for (guint i = 0; i < n; i++)
      if (tp_rect_contains (&boxes[i].rect, x, y))
        {
          hit->kind = TP_BLUEPRINT_HIT_CARD;
          hit->card = boxes[i].card;
          break;
        }
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
tp_blueprint_layout_drop_target (TpBlueprintLayout     *layout,
                                 double                 x,
                                 double                 y,
                                 TpCard * const        *moving,
                                 guint                  n_moving,
                                 TpBlueprintDropTarget *target)
{
  const TpBlueprintLayoutOptions *o;
  TpJourney *journey;
  g_autoptr(GPtrArray) cell = NULL;
  guint column, row, track, before = 0, before_in_column = 0, above_in_track = 0, p;
  int r;
  double indicator_y;

  g_return_val_if_fail (layout != NULL && target != NULL, FALSE);

  o = &layout->options;
  if (layout->lanes->len == 0 || layout->columns->len == 0 || y < o->phase_header_height
      || x < o->row_header_width)
    return FALSE;

  /* In a line band or below the last row: the nearest row. */
  r = row_at (layout, y);
  if (r < 0)
    {
      r = 0;
      for (guint i = 0; i < layout->lanes->len; i++)
        if (y >= layout->row_y[i])
          r = i;
    }
  row = r;
  track = CLAMP (floor ((x - o->row_header_width - o->column_gap / 2) / (o->card_width + o->column_gap)),
                 0, layout->n_tracks - 1);
  column = layout->track_column[track];
  p = phase_of_column (layout, column);

  target->phase = g_ptr_array_index (layout->phases, p);
  target->lane = g_ptr_array_index (layout->lanes, row);
  target->column = column;
  target->row = row;

  /* Cards of the cell (phase, lane) not being moved, before the point in
   * reading order: columns to the left, then the column's tracks to the
   * left, then the cards above in this track. */
  journey = layout->journey;
  cell = tp_journey_get_cell_cards (journey, target->phase, target->lane);
  for (guint i = 0; i < cell->len; i++)
    {
      TpCard *card = g_ptr_array_index (cell, i);
      const TpBlueprintBox *box = tp_blueprint_layout_find_card (layout, card);

      if (box == NULL || is_moving (card, moving, n_moving))
        continue;
      if (box->column < column)
        before++;
      else if (box->column == column
               && (box->track < track
                   || (box->track == track && box->rect.y + box->rect.height / 2 < y)))
        {
          before++;
          before_in_column++;
          if (box->track == track)
            above_in_track++;
        }
    }
  target->index_in_cell = before;
  target->slot = before_in_column;

  indicator_y = layout->row_y[row] + o->slot_gap / 2
                + above_in_track * (o->card_height + o->slot_gap);
  target->indicator = (TpRect) { _tp_blueprint_layout_track_x (layout, track), indicator_y - 2,
                                 o->card_width, 4 };
  return TRUE;
}

static const TpBlueprintBox *
best_in_row (TpBlueprintLayout *layout,
             guint              row,
             guint              column,
             gboolean           top)
{
  const TpBlueprintBox *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint c = 0; c < layout->columns->len; c++)
    {
      guint n, distance = c > column ? c - column : column - c;
      const TpBlueprintBox *boxes = tp_blueprint_layout_get_cell_boxes (layout, c, row, &n);

      if (n > 0 && distance < best_distance)
        {
          best_distance = distance;
          best = top ? &boxes[0] : &boxes[n - 1];
        }
    }
  return best;
}

TpCard *
tp_blueprint_layout_neighbour (TpBlueprintLayout *layout,
                               TpCard            *card,
                               int                dx,
                               int                dy)
{
  const TpBlueprintBox *from;

  g_return_val_if_fail (layout != NULL, NULL);

  if (layout->boxes->len == 0)
    return NULL;
  if (card == NULL || (from = tp_blueprint_layout_find_card (layout, card)) == NULL)
    {
      /* The first step, else the first card. */
      for (guint r = 0; r < layout->lanes->len; r++)
        if (tp_lane_get_kind (g_ptr_array_index (layout->lanes, r)) == TP_LANE_KIND_ACTIVITY)
          {
            const TpBlueprintBox *box = best_in_row (layout, r, 0, TRUE);

            if (box != NULL)
              return box->card;
          }
      return g_array_index (layout->boxes, TpBlueprintBox, 0).card;
    }

  if (dx != 0)
    {
      guint n_here;
      const TpBlueprintBox *here =
        tp_blueprint_layout_get_cell_boxes (layout, from->column, from->row, &n_here);
      const TpBlueprintBox *beside = NULL;

      /* The cell's next track first, at the nearest level. */
      for (guint i = 0; i < n_here; i++)
        if ((int) here[i].track == (int) from->track + dx
            && (beside == NULL || here[i].level <= from->level))
          beside = &here[i];
      if (beside != NULL)
        return beside->card;

      /* The nearest column with cards in the same row, at the nearest slot. */
      for (int c = (int) from->column + dx; c >= 0 && c < (int) layout->columns->len; c += dx)
        {
          guint n;
          const TpBlueprintBox *boxes = tp_blueprint_layout_get_cell_boxes (layout, c, from->row, &n);

          if (n > 0)
            return boxes[MIN (from->slot, n - 1)].card;
        }
      return NULL;
    }

  if (dy != 0)
    {
      guint n;
      const TpBlueprintBox *boxes =
        tp_blueprint_layout_get_cell_boxes (layout, from->column, from->row, &n);
      /* Down (or up) the card's track. */
      for (guint i = 0; i < n; i++)
        if (boxes[i].track == from->track && (int) boxes[i].level == (int) from->level + dy)
          return boxes[i].card;
      /* The same column further down (or up) first, else the nearest column. */
      for (int r = (int) from->row + dy; r >= 0 && r < (int) layout->lanes->len; r += dy)
        {
          boxes = tp_blueprint_layout_get_cell_boxes (layout, from->column, r, &n);
          if (n > 0)
            return dy > 0 ? boxes[0].card : boxes[n - 1].card;
        }
      for (int r = (int) from->row + dy; r >= 0 && r < (int) layout->lanes->len; r += dy)
        {
          const TpBlueprintBox *box = best_in_row (layout, r, from->column, dy > 0);

          if (box != NULL)
            return box->card;
        }
    }
  return NULL;
}

gboolean
tp_blueprint_layout_get_elements_rect (TpBlueprintLayout *layout,
                                       TpElement * const *elements,
                                       guint              n_elements,
                                       TpRect            *rect)
{
  gboolean any = FALSE;

  g_return_val_if_fail (layout != NULL && rect != NULL, FALSE);

  for (guint i = 0; i < n_elements; i++)
    {
      TpElement *element = elements[i];
      TpRect r;

      if (TP_IS_CARD (element))
        {
          const TpBlueprintBox *box = tp_blueprint_layout_find_card (layout, TP_CARD (element));

          if (box != NULL)
            tp_rect_union (rect, &any, &box->rect);
        }
      else if (TP_IS_PHASE (element))
        {
          for (guint p = 0; p < layout->phases->len; p++)
            if (g_ptr_array_index (layout->phases, p) == (gpointer) element)
              {
                tp_blueprint_layout_get_phase_header (layout, p, &r);
                r.height = layout->height;
                tp_rect_union (rect, &any, &r);
              }
        }
      else if (TP_IS_LANE (element))
        {
          int row = tp_blueprint_layout_get_row_for_lane (layout, TP_LANE (element));

          if (row >= 0)
            {
              tp_blueprint_layout_get_row_header (layout, row, &r);
              r.width = layout->width;
              tp_rect_union (rect, &any, &r);
            }
        }
    }
  return any;
}

GPtrArray *
tp_blueprint_layout_cards_in_rect (TpBlueprintLayout *layout,
                                   const TpRect      *rect)
{
  GPtrArray *cards = g_ptr_array_new ();

  g_return_val_if_fail (layout != NULL && rect != NULL, cards);

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const TpBlueprintBox *box = &g_array_index (layout->boxes, TpBlueprintBox, i);

      if (tp_rect_intersects (&box->rect, rect))
        g_ptr_array_add (cards, box->card);
    }
  return cards;
}
