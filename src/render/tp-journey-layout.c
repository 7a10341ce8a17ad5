/* tp-journey-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Columns have one width, so the column under a point is a division; rows
 * differ in height, so the row is a binary search; cards in a cell are a
 * regular stack. Culling and hit testing therefore cost O(log rows + cards in
 * one cell) and need no spatial index.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-analysis-painter.h"
#include "tp-journey-layout-private.h"

/* The point marker of an emotion chip sits under its label. */
#define CHIP_MARKER_SPACE 16.0
#define FEELINGS_BOTTOM_PAD 28.0

void
tp_journey_layout_options_init (TpJourneyLayoutOptions *options,
                                const TpTheme          *theme)
{
  double s = theme != NULL ? theme->text_scale : 1.0;

  g_return_if_fail (options != NULL);

  options->phase_width = round (248 * s);
  options->phase_header_height = round (64 * s);
  options->lane_header_width = round (176 * s);
  options->cell_padding = round (10 * s);
  options->card_height = round (72 * s);
  options->card_spacing = round (8 * s);
  options->feelings_lane_height = round (236 * s);
  options->chip_height = round (24 * s);
  options->chip_max_width = round (132 * s);
  options->show_rollup = FALSE;
  options->rollup_height = round (tp_rollup_row_height (&(TpChartStyle) { theme, NULL, NULL }));
}

static double
chip_box_height (TpJourneyLayout *layout)
{
  return layout->options.chip_height + CHIP_MARKER_SPACE;
}

gboolean
tp_journey_layout_get_emotion_band (TpJourneyLayout *layout,
                                    guint            row,
                                    double          *top_y,
                                    double          *bottom_y)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (row >= layout->lanes->len || !layout->row_feelings[row])
    return FALSE;
  if (top_y != NULL)
    *top_y = layout->row_y[row] + chip_box_height (layout) + 6;
  if (bottom_y != NULL)
    *bottom_y = layout->row_y[row] + layout->row_height[row] - FEELINGS_BOTTOM_PAD;
  return TRUE;
}

static double
score_to_y (double top,
            double bottom,
            int    score)
{
  score = CLAMP (score, -3, 3);
  return top + (3 - score) * (bottom - top) / 6.0;
}

static void
place_cell (TpJourneyLayout *layout,
            guint            column,
            guint            row,
            GPtrArray       *cards,
            guint            first)
{
  const TpJourneyLayoutOptions *o = &layout->options;
  TpRect cell;

  tp_journey_layout_get_cell (layout, column, row, &cell);

  for (guint i = 0; i < cards->len; i++)
    {
      TpCardBox *box = &layout->boxes[first + i];

      box->card = g_ptr_array_index (cards, i);
      box->column = column;
      box->row = row;
      box->index_in_cell = i;

      if (layout->row_feelings[row])
        {
          double slot = cell.width / cards->len;
          double cx = cell.x + (i + 0.5) * slot;
          double w = MIN (o->chip_max_width, slot - 6);
          double top, bottom, py;
          int score = 0;

          if (tp_card_get_kind (box->card) == TP_CARD_KIND_EMOTION)
            score = tp_card_get_emotion_score (box->card);
          tp_journey_layout_get_emotion_band (layout, row, &top, &bottom);
          py = score_to_y (top, bottom, score);
          box->rect.width = MAX (w, 8);
          box->rect.height = chip_box_height (layout);
          box->rect.x = cx - box->rect.width / 2;
          box->rect.y = py + CHIP_MARKER_SPACE / 2 - box->rect.height;
        }
      else
        {
          box->rect.x = cell.x + o->cell_padding;
          box->rect.y = cell.y + o->cell_padding + i * (o->card_height + o->card_spacing);
          box->rect.width = o->phase_width - 2 * o->cell_padding;
          box->rect.height = o->card_height;
        }
    }
}

TpJourneyLayout *
tp_journey_layout_new (TpJourney                    *journey,
                       const TpJourneyLayoutOptions *options)
{
  TpJourneyLayout *layout;
  g_autoptr(GHashTable) phase_by_id = NULL;
  g_autoptr(GHashTable) row_by_id = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  GPtrArray *phases, *lanes, *cards;
  guint n_cells, n_rows, n_columns, next;
  const char *last_phase_id = NULL, *last_lane_id = NULL;
  gpointer column = NULL, row = NULL;
  gboolean has_column = FALSE, has_row = FALSE;
  double y;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  layout = g_new0 (TpJourneyLayout, 1);
  layout->journey = g_object_ref (journey);
  if (options != NULL)
    layout->options = *options;
  else
    tp_journey_layout_options_init (&layout->options, NULL);
  if (layout->options.show_rollup)
    {
      layout->rollup = tp_analysis_rollup (journey, -1);
      layout->options.phase_header_height += layout->options.rollup_height;
    }

  phase_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  row_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  layout->phases = g_ptr_array_new_with_free_func (g_object_unref);
  phases = tp_journey_get_phases (journey);
  for (guint i = 0; phases != NULL && i < phases->len; i++)
    {
      TpPhase *phase = g_ptr_array_index (phases, i);
      const char *id = tp_element_get_id (TP_ELEMENT (phase));

      if (id != NULL)
        g_hash_table_insert (phase_by_id, (gpointer) id, GUINT_TO_POINTER (layout->phases->len));
      g_ptr_array_add (layout->phases, g_object_ref (phase));
    }

  layout->lanes = g_ptr_array_new_with_free_func (g_object_unref);
  lanes = tp_journey_get_lanes (journey);
  for (guint i = 0; lanes != NULL && i < lanes->len; i++)
    {
      TpLane *lane = g_ptr_array_index (lanes, i);
      const char *id = tp_element_get_id (TP_ELEMENT (lane));

      if (tp_lane_get_hidden_in_map (lane))
        continue;
      if (id != NULL)
        g_hash_table_insert (row_by_id, (gpointer) id, GUINT_TO_POINTER (layout->lanes->len));
      g_ptr_array_add (layout->lanes, g_object_ref (lane));
    }

  n_columns = layout->phases->len;
  n_rows = layout->lanes->len;
  n_cells = n_columns * n_rows;
  layout->cell_start = g_new0 (guint, n_cells + 1);
  layout->cell_count = g_new0 (guint, n_cells + 1);
  layout->row_y = g_new0 (double, n_rows + 1);
  layout->row_height = g_new0 (double, n_rows + 1);
  layout->row_feelings = g_new0 (gboolean, n_rows + 1);

  /* Sort the cards into their cells, keeping journey order within each. */
  cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (cells, g_ptr_array_new ());

  /* Neighbours in journey order mostly share a phase (and often a lane): the
   * last id looked up and what it found are kept. */
  cards = tp_journey_get_cards (journey);
  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      const char *phase_id = tp_card_get_phase (card);
      const char *lane_id = tp_card_get_lane (card);

      if (phase_id == NULL || lane_id == NULL)
        continue;
      if (last_phase_id == NULL || strcmp (phase_id, last_phase_id) != 0)
        {
          last_phase_id = phase_id;
          has_column = g_hash_table_lookup_extended (phase_by_id, phase_id, NULL, &column);
        }
      if (last_lane_id == NULL || strcmp (lane_id, last_lane_id) != 0)
        {
          last_lane_id = lane_id;
          has_row = g_hash_table_lookup_extended (row_by_id, lane_id, NULL, &row);
        }
      if (!has_column || !has_row)
        continue;
      g_ptr_array_add (g_ptr_array_index (cells, cell_slot (layout, GPOINTER_TO_UINT (column),
                                                            GPOINTER_TO_UINT (row))),
                       card);
    }

  /* Rows: a lane is as tall as its fullest cell; feelings lanes are fixed. */
  y = grid_top (layout);
  for (guint r = 0; r < n_rows; r++)
    {
      const TpJourneyLayoutOptions *o = &layout->options;
      guint most = 1;

      layout->row_feelings[r] = tp_lane_get_kind (g_ptr_array_index (layout->lanes, r))
                                == TP_LANE_KIND_FEELINGS;
      for (guint c = 0; c < n_columns; c++)
        most = MAX (most, ((GPtrArray *) g_ptr_array_index (cells, cell_slot (layout, c, r)))->len);

      layout->row_y[r] = y;
      if (layout->row_feelings[r])
        layout->row_height[r] = o->feelings_lane_height;
      else
        layout->row_height[r] = 2 * o->cell_padding + most * o->card_height
                                + (most - 1) * o->card_spacing;
      y += layout->row_height[r];
    }

  next = 0;
  for (guint i = 0; i < n_cells; i++)
    {
      layout->cell_start[i] = next;
      layout->cell_count[i] = ((GPtrArray *) g_ptr_array_index (cells, i))->len;
      next += layout->cell_count[i];
    }
  layout->n_boxes = next;
  layout->boxes = g_new0 (TpCardBox, next + 1);
  for (guint c = 0; c < n_columns; c++)
    for (guint r = 0; r < n_rows; r++)
      {
        guint slot = cell_slot (layout, c, r);

        place_cell (layout, c, r, g_ptr_array_index (cells, slot), layout->cell_start[slot]);
      }

  layout->width = grid_right (layout);
  layout->height = grid_bottom (layout);
  return layout;
}

void
tp_journey_layout_free (TpJourneyLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_object (&layout->journey);
  g_clear_pointer (&layout->phases, g_ptr_array_unref);
  g_clear_pointer (&layout->lanes, g_ptr_array_unref);
  g_clear_pointer (&layout->card_index, g_hash_table_unref);
  g_free (layout->row_y);
  g_free (layout->row_height);
  g_free (layout->row_feelings);
  g_free (layout->boxes);
  g_free (layout->cell_start);
  g_free (layout->cell_count);
  g_clear_pointer (&layout->rollup, tp_journey_rollup_free);
  g_free (layout);
}

TpJourney *
tp_journey_layout_get_journey (TpJourneyLayout *layout)
{
  return layout->journey;
}

const TpJourneyLayoutOptions *
tp_journey_layout_get_options (TpJourneyLayout *layout)
{
  return &layout->options;
}

double
tp_journey_layout_get_width (TpJourneyLayout *layout)
{
  return layout->width;
}

double
tp_journey_layout_get_height (TpJourneyLayout *layout)
{
  return layout->height;
}

guint
tp_journey_layout_get_n_columns (TpJourneyLayout *layout)
{
  return layout->phases->len;
}

TpPhase *
tp_journey_layout_get_phase (TpJourneyLayout *layout,
                             guint            column)
{
  g_return_val_if_fail (column < layout->phases->len, NULL);
  return g_ptr_array_index (layout->phases, column);
}

void
tp_journey_layout_get_phase_header (TpJourneyLayout *layout,
                                    guint            column,
                                    TpRect          *rect)
{
  rect->x = grid_left (layout) + column * layout->options.phase_width;
  rect->y = 0;
  rect->width = layout->options.phase_width;
  rect->height = layout->options.phase_header_height;
}

TpJourneyRollup *
tp_journey_layout_get_rollup (TpJourneyLayout *layout)
{
  return layout->rollup;
}

gboolean
tp_journey_layout_get_rollup_rect (TpJourneyLayout *layout,
                                   guint            column,
                                   TpRect          *rect)
{
  if (layout->rollup == NULL || column >= layout->phases->len)
    return FALSE;
  tp_journey_layout_get_phase_header (layout, column, rect);
  rect->y += rect->height - layout->options.rollup_height;
  rect->height = layout->options.rollup_height;
  return TRUE;
}

void
tp_journey_layout_get_column_rect (TpJourneyLayout *layout,
                                   guint            column,
                                   TpRect          *rect)
{
  rect->x = grid_left (layout) + column * layout->options.phase_width;
  rect->y = grid_top (layout);
  rect->width = layout->options.phase_width;
  rect->height = grid_bottom (layout) - grid_top (layout);
}

guint
tp_journey_layout_get_n_rows (TpJourneyLayout *layout)
{
  return layout->lanes->len;
}

TpLane *
tp_journey_layout_get_lane (TpJourneyLayout *layout,
                            guint            row)
{
  g_return_val_if_fail (row < layout->lanes->len, NULL);
  return g_ptr_array_index (layout->lanes, row);
}

int
tp_journey_layout_get_row_for_lane (TpJourneyLayout *layout,
                                    TpLane          *lane)
{
  guint index;

  if (g_ptr_array_find (layout->lanes, lane, &index))
    return (int) index;
  return -1;
}

gboolean
tp_journey_layout_row_is_feelings (TpJourneyLayout *layout,
                                   guint            row)
{
  return row < layout->lanes->len && layout->row_feelings[row];
}

void
tp_journey_layout_get_lane_header (TpJourneyLayout *layout,
                                   guint            row,
                                   TpRect          *rect)
{
  rect->x = 0;
  rect->y = layout->row_y[row];
  rect->width = grid_left (layout);
  rect->height = layout->row_height[row];
}

void
tp_journey_layout_get_row_rect (TpJourneyLayout *layout,
                                guint            row,
                                TpRect          *rect)
{
  rect->x = grid_left (layout);
  rect->y = layout->row_y[row];
  rect->width = grid_right (layout) - grid_left (layout);
  rect->height = layout->row_height[row];
}

void
tp_journey_layout_get_cell (TpJourneyLayout *layout,
                            guint            column,
                            guint            row,
                            TpRect          *rect)
{
  rect->x = grid_left (layout) + column * layout->options.phase_width;
  rect->y = layout->row_y[row];
  rect->width = layout->options.phase_width;
  rect->height = layout->row_height[row];
}

const TpCardBox *
tp_journey_layout_get_cell_cards (TpJourneyLayout *layout,
                                  guint            column,
                                  guint            row,
                                  guint           *n_cards)
{
  guint slot;

  if (column >= layout->phases->len || row >= layout->lanes->len)
    {
      *n_cards = 0;
      return NULL;
    }
  slot = cell_slot (layout, column, row);
  *n_cards = layout->cell_count[slot];
  return &layout->boxes[layout->cell_start[slot]];
}

guint
tp_journey_layout_get_n_cards (TpJourneyLayout *layout)
{
  return layout->n_boxes;
}

const TpCardBox *
tp_journey_layout_get_card_box (TpJourneyLayout *layout,
                                guint            i)
{
  g_return_val_if_fail (i < layout->n_boxes, NULL);
  return &layout->boxes[i];
}

const TpCardBox *
tp_journey_layout_find_card (TpJourneyLayout *layout,
                             TpCard          *card)
{
  GHashTable *card_index = g_atomic_pointer_get (&layout->card_index);
  guint index;

  /* Made when first asked for (a map's first frame never asks): once, even when
   * threads painting bands of one layout ask at the same time. */
  if (card_index == NULL)
    {
      GHashTable *made = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < layout->n_boxes; i++)
        g_hash_table_insert (made, layout->boxes[i].card, GUINT_TO_POINTER (i + 1));
      if (g_atomic_pointer_compare_and_exchange (&layout->card_index, NULL, made))
        card_index = made;
      else
        {
          g_hash_table_unref (made);
          card_index = g_atomic_pointer_get (&layout->card_index);
        }
    }
  index = GPOINTER_TO_UINT (g_hash_table_lookup (card_index, card));
  return index == 0 ? NULL : &layout->boxes[index - 1];
}

gboolean
tp_journey_layout_visible_columns (TpJourneyLayout *layout,
                                   double           x0,
                                   double           x1,
                                   guint           *first,
                                   guint           *last)
{
  double pw = layout->options.phase_width;
  double left = grid_left (layout);
  guint n = layout->phases->len;

  if (n == 0 || x1 <= left || x0 >= grid_right (layout) || x1 <= x0)
    return FALSE;
  *first = (guint) MAX (0.0, floor ((x0 - left) / pw));
  *last = MIN (n - 1, (guint) MAX (0.0, ceil ((x1 - left) / pw) - 1));
  return *first <= *last;
}

gboolean
tp_journey_layout_visible_rows (TpJourneyLayout *layout,
                                double           y0,
                                double           y1,
                                guint           *first,
                                guint           *last)
{
  guint n = layout->lanes->len;
  int a, b;

  if (n == 0 || y1 <= grid_top (layout) || y0 >= grid_bottom (layout) || y1 <= y0)
    return FALSE;
  a = _tp_journey_layout_row_at (layout, MAX (y0, grid_top (layout)));
  b = _tp_journey_layout_row_at (layout, MIN (y1, grid_bottom (layout)) - 1e-6);
  *first = a < 0 ? 0 : (guint) a;
  *last = b < 0 ? n - 1 : (guint) b;
  return *first <= *last;
}

int
_tp_journey_layout_row_at (TpJourneyLayout *layout,
        double           y)
{
  guint lo = 0, hi = layout->lanes->len;

  if (hi == 0 || y < grid_top (layout) || y >= grid_bottom (layout))
    return -1;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (layout->row_y[mid] <= y)
        lo = mid;
      else
        hi = mid;
    }
  return (int) lo;
}

int
_tp_journey_layout_column_at (TpJourneyLayout *layout,
           double           x)
{
  if (x < grid_left (layout) || x >= grid_right (layout))
    return -1;
  return (int) MIN (layout->phases->len - 1,
                    (guint) ((x - grid_left (layout)) / layout->options.phase_width));
}
