/* tp-blueprint-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built in one pass over the cards (bucketed by phase and row), one over the
 * connections (which step each card is tied to) and a sort of the boxes by
 * cell, so a 2,000-card blueprint lays out in well under a millisecond.
 * Queries in tp-blueprint-layout-query.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tp-blueprint-layout-private.h"

void
tp_blueprint_layout_options_init (TpBlueprintLayoutOptions *options,
                                  const TpTheme            *theme)
{
  double s = theme != NULL ? theme->text_scale : 1.0;

  g_return_if_fail (options != NULL);

  options->row_header_width = round (176 * s);
  options->phase_header_height = round (72 * s);
  options->card_width = round (196 * s);
  options->card_height = round (76 * s);
  options->column_gap = round (36 * s);
  options->slot_gap = round (28 * s);
  options->line_band = round (30 * s);
}

TpBlueprintZone
tp_blueprint_zone_for_lane_kind (TpLaneKind kind)
{
  switch ((int) kind)
    {
    case TP_LANE_KIND_EVIDENCE:
    case TP_LANE_KIND_ACTIVITY:
      return TP_BLUEPRINT_ZONE_CUSTOMER;
    case TP_LANE_KIND_FRONTSTAGE:
      return TP_BLUEPRINT_ZONE_FRONTSTAGE;
    case TP_LANE_KIND_BACKSTAGE:
      return TP_BLUEPRINT_ZONE_BACKSTAGE;
    case TP_LANE_KIND_SUPPORT:
      return TP_BLUEPRINT_ZONE_SUPPORT;
    default:
      return TP_BLUEPRINT_ZONE_NONE;
    }
}

const char *
tp_blueprint_line_get_label (TpBlueprintLine line)
{
  switch (line)
    {
    case TP_BLUEPRINT_LINE_INTERACTION:
      return _("Line of interaction");
    case TP_BLUEPRINT_LINE_VISIBILITY:
      return _("Line of visibility");
    case TP_BLUEPRINT_LINE_INTERNAL:
      return _("Line of internal interaction");
    case TP_BLUEPRINT_N_LINES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Evidence above the customer's actions; then by zone. */
static int
row_rank (TpLane *lane)
{
  TpLaneKind kind = tp_lane_get_kind (lane);

  if (kind == TP_LANE_KIND_EVIDENCE)
    return 0;
  return 1 + (int) tp_blueprint_zone_for_lane_kind (kind);
}

static int
compare_lanes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  TpLane *la = *(TpLane **) a;
  TpLane *lb = *(TpLane **) b;
  GHashTable *order = user_data;
  int ra = row_rank (la), rb = row_rank (lb);

  if (ra != rb)
    return ra - rb;
  return GPOINTER_TO_INT (g_hash_table_lookup (order, la))
         - GPOINTER_TO_INT (g_hash_table_lookup (order, lb));
}

static int
compare_boxes (gconstpointer a,
               gconstpointer b)
{
  const TpBlueprintBox *ba = a, *bb = b;

  if (ba->column != bb->column)
    return ba->column < bb->column ? -1 : 1;
  if (ba->row != bb->row)
    return ba->row < bb->row ? -1 : 1;
  if (ba->slot != bb->slot)
    return ba->slot < bb->slot ? -1 : 1;
  return 0;
}

static void
collect_rows (TpBlueprintLayout *layout)
{
  GPtrArray *lanes = tp_journey_get_lanes (layout->journey);
  g_autoptr(GHashTable) order = g_hash_table_new (NULL, NULL);

  layout->lanes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; lanes != NULL && i < lanes->len; i++)
    {
      TpLane *lane = g_ptr_array_index (lanes, i);

      g_hash_table_insert (order, lane, GINT_TO_POINTER (i));
      if (tp_lane_get_hidden_in_blueprint (lane)
          || tp_blueprint_zone_for_lane_kind (tp_lane_get_kind (lane)) == TP_BLUEPRINT_ZONE_NONE)
        continue;
      g_ptr_array_add (layout->lanes, g_object_ref (lane));
    }
  g_ptr_array_sort_with_data (layout->lanes, compare_lanes, order);

  layout->row_zone = g_new0 (TpBlueprintZone, layout->lanes->len + 1);
  layout->row_by_lane = g_hash_table_new (NULL, NULL);
  for (guint r = 0; r < layout->lanes->len; r++)
    {
      TpLane *lane = g_ptr_array_index (layout->lanes, r);

      layout->row_zone[r] = tp_blueprint_zone_for_lane_kind (tp_lane_get_kind (lane));
      g_hash_table_insert (layout->row_by_lane, lane, GUINT_TO_POINTER (r + 1));
    }
}

static gboolean
row_is_steps (TpBlueprintLayout *layout,
              guint              row)
{
  return tp_lane_get_kind (g_ptr_array_index (layout->lanes, row)) == TP_LANE_KIND_ACTIVITY;
}

/* The cards of each (phase, row) in card order: cells[phase * n_rows + row]. */
static GPtrArray **
bucket_cards (TpBlueprintLayout *layout,
              GHashTable        *phase_index)
{
  GPtrArray *cards = tp_journey_get_cards (layout->journey);
  guint n_rows = layout->lanes->len;
  guint n_cells = layout->phases->len * n_rows;
  GPtrArray **cells = g_new0 (GPtrArray *, n_cells + 1);
  g_autoptr(GHashTable) lane_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < n_rows; r++)
    {
      TpLane *lane = g_ptr_array_index (layout->lanes, r);

      g_hash_table_insert (lane_by_id, (gpointer) tp_element_get_id (TP_ELEMENT (lane)),
                           GUINT_TO_POINTER (r + 1));
    }

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      guint r = GPOINTER_TO_UINT (g_hash_table_lookup (lane_by_id, tp_card_get_lane (card)));
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (phase_index, tp_card_get_phase (card)));
      guint cell;

      if (r == 0 || p == 0)
        continue;
      cell = (p - 1) * n_rows + (r - 1);
      if (cells[cell] == NULL)
        cells[cell] = g_ptr_array_new ();
      g_ptr_array_add (cells[cell], card);
    }
  return cells;
}

/* For each card that is not a step, the first column (in journey order) of a
 * step of its own phase that it is connected to. */
static GHashTable *
connected_columns (TpBlueprintLayout *layout,
                   GHashTable        *column_of_step)
{
  GPtrArray *connections = tp_journey_get_connections (layout->journey);
  GHashTable *best = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; connections != NULL && i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      const char *ends[2] = { tp_connection_get_from (connection), tp_connection_get_to (connection) };

      for (guint e = 0; e < 2; e++)
        {
          guint step_col = GPOINTER_TO_UINT (g_hash_table_lookup (column_of_step, ends[e]));
          const char *other = ends[1 - e];
          gpointer old;

          if (step_col == 0 || other == NULL || g_hash_table_contains (column_of_step, other))
            continue;
          old = g_hash_table_lookup (best, other);
          if (old == NULL || step_col < GPOINTER_TO_UINT (old))
            g_hash_table_insert (best, (gpointer) other, GUINT_TO_POINTER (step_col));
        }
    }
  return best;
}

static void
add_box (TpBlueprintLayout *layout,
         TpCard            *card,
         guint              column,
         guint              row,
         guint             *cell_count)
{
  TpBlueprintBox box = { card, { 0, }, column, row, 0 };

  box.slot = cell_count[column * layout->lanes->len + row]++;
  g_array_append_val (layout->boxes, box);
}

/* The tracks column @c needs when row r stacks @slots[r] cards. */
static guint
tracks_needed (const guint *cell_count,
               guint        c,
               guint        n_rows,
               const guint *slots)
{
  guint k = 1;

  for (guint r = 0; r < n_rows; r++)
    k = MAX (k, (cell_count[c * n_rows + r] + slots[r] - 1) / slots[r]);
  return k;
}

/* The picture's area with rows stacking @slots cards (headers, lines and margins roughly). */
static double
area_with (TpBlueprintLayout *layout,
           const guint       *cell_count,
           const guint       *slots)
{
  const TpBlueprintLayoutOptions *o = &layout->options;
  guint n_rows = layout->lanes->len, tracks = 0, levels = 0;

  for (guint c = 0; c < layout->columns->len; c++)
    tracks += tracks_needed (cell_count, c, n_rows, slots);
  for (guint r = 0; r < n_rows; r++)
    levels += slots[r];
  return (o->row_header_width + o->column_gap + tracks * (o->card_width + o->column_gap))
         * (o->phase_header_height + TP_BLUEPRINT_N_LINES * o->line_band + o->column_gap / 2
            + n_rows * o->slot_gap + levels * (o->card_height + o->slot_gap));
}

/* How many cards a row stacks in a track. As drawn by hand, a row is as deep
 * as its fullest cell and every column one card wide. When a few steps gather
 * many cards under them (a big blueprint), that makes every row as deep as its
 * worst cell across the whole picture, mostly empty: there the rows stack
 * fewer and those steps' columns widen, their cards side by side, whenever
 * that makes the picture at least a tenth smaller. */
static void
choose_row_slots (TpBlueprintLayout *layout,
                  const guint       *cell_count)
{
  guint n_rows = layout->lanes->len;
  g_autofree guint *deepest = g_new0 (guint, n_rows + 1);
  g_autofree guint *slots = g_new0 (guint, n_rows + 1);
  double tall, best;

  layout->row_slots = g_new0 (guint, n_rows + 1);
  for (guint r = 0; r < n_rows; r++)
    {
      deepest[r] = 1;
      for (guint c = 0; c < layout->columns->len; c++)
        deepest[r] = MAX (deepest[r], cell_count[c * n_rows + r]);
      slots[r] = layout->row_slots[r] = deepest[r];
    }
  tall = best = area_with (layout, cell_count, slots);

  /* Row by row, the depth that gives the smallest picture, until none changes. */
  for (guint pass = 0; pass < 8; pass++)
    {
      gboolean changed = FALSE;

      for (guint r = 0; r < n_rows; r++)
        {
          guint keep = slots[r];

          for (guint k = 1; k <= deepest[r]; k++)
            {
              double area;

              slots[r] = k;
              area = area_with (layout, cell_count, slots);
              if (area < best - 1e-6)
                {
                  best = area;
                  keep = k;
                  changed = TRUE;
                }
            }
          slots[r] = keep;
        }
      if (!changed)
        break;
    }

  if (best <= 0.9 * tall)
    memcpy (layout->row_slots, slots, n_rows * sizeof (guint));
}

/* Each column's tracks, and each card's track and level: a cell's cards go
 * down its column's first track, then the next, as evenly as they fill them. */
static void
place_tracks (TpBlueprintLayout *layout,
              const guint       *cell_count)
{
  guint n_rows = layout->lanes->len, n_columns = layout->columns->len;

  layout->column_track = g_new0 (guint, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    layout->column_track[c + 1] = layout->column_track[c]
                                  + tracks_needed (cell_count, c, n_rows, layout->row_slots);
  layout->n_tracks = layout->column_track[n_columns];
  layout->track_column = g_new0 (guint, layout->n_tracks + 1);
  for (guint c = 0; c < n_columns; c++)
    for (guint t = layout->column_track[c]; t < layout->column_track[c + 1]; t++)
      layout->track_column[t] = c;

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      TpBlueprintBox *box = &g_array_index (layout->boxes, TpBlueprintBox, i);
      guint n = cell_count[box->column * n_rows + box->row];
      guint k = _tp_blueprint_layout_column_tracks (layout, box->column);
      guint deep = (n + k - 1) / k;

      box->track = layout->column_track[box->column] + box->slot / deep;
      box->level = box->slot % deep;
    }
}

static void
place_cards (TpBlueprintLayout *layout,
             GPtrArray        **cells)
{
  guint n_rows = layout->lanes->len;
  g_autoptr(GHashTable) column_of_step = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) connected = NULL;
  g_autofree guint *cell_count = NULL;

  /* Columns: the steps of each phase, or one empty column. */
  layout->columns = g_array_new (FALSE, TRUE, sizeof (TpBlueprintColumn));
  layout->phase_first = g_new0 (guint, layout->phases->len + 1);
  layout->phase_n = g_new0 (guint, layout->phases->len + 1);
  for (guint p = 0; p < layout->phases->len; p++)
    {
      TpPhase *phase = g_ptr_array_index (layout->phases, p);

      layout->phase_first[p] = layout->columns->len;
      for (guint r = 0; r < n_rows; r++)
        {
          GPtrArray *cell = cells[p * n_rows + r];

          if (cell == NULL || !row_is_steps (layout, r))
            continue;
          for (guint i = 0; i < cell->len; i++)
            {
              TpBlueprintColumn column = { phase, g_ptr_array_index (cell, i) };

              g_array_append_val (layout->columns, column);
              g_hash_table_insert (column_of_step,
                                   (gpointer) tp_element_get_id (TP_ELEMENT (column.step)),
                                   GUINT_TO_POINTER (layout->columns->len));
            }
        }
      if (layout->columns->len == layout->phase_first[p])
        {
          TpBlueprintColumn column = { phase, NULL };

          g_array_append_val (layout->columns, column);
        }
      layout->phase_n[p] = layout->columns->len - layout->phase_first[p];
    }

  connected = connected_columns (layout, column_of_step);
  cell_count = g_new0 (guint, layout->columns->len * n_rows + 1);
  layout->boxes = g_array_new (FALSE, TRUE, sizeof (TpBlueprintBox));

  for (guint p = 0; p < layout->phases->len; p++)
    for (guint r = 0; r < n_rows; r++)
      {
        GPtrArray *cell = cells[p * n_rows + r];
        guint first = layout->phase_first[p], n = layout->phase_n[p];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          {
            TpCard *card = g_ptr_array_index (cell, i);
            const char *id = tp_element_get_id (TP_ELEMENT (card));
            guint column;

            if (row_is_steps (layout, r))
              column = GPOINTER_TO_UINT (g_hash_table_lookup (column_of_step, id)) - 1;
            else
              {
                guint c = GPOINTER_TO_UINT (g_hash_table_lookup (connected, id));

                /* Only a step of the card's own phase holds it. */
                if (c > first && c <= first + n)
                  column = c - 1;
                else
                  column = first + (cell->len <= n ? i : i * n / cell->len);
              }
            add_box (layout, card, column, r, cell_count);
          }
      }

  choose_row_slots (layout, cell_count);
  place_tracks (layout, cell_count);
}

static double
threshold_of (TpBlueprintLine line)
{
  return line == TP_BLUEPRINT_LINE_INTERACTION ? TP_BLUEPRINT_ZONE_FRONTSTAGE
         : line == TP_BLUEPRINT_LINE_VISIBILITY ? TP_BLUEPRINT_ZONE_BACKSTAGE
         : TP_BLUEPRINT_ZONE_SUPPORT;
}

static void
place_geometry (TpBlueprintLayout *layout)
{
  const TpBlueprintLayoutOptions *o = &layout->options;
  guint n_rows = layout->lanes->len;
  double y = o->phase_header_height;

  layout->row_y = g_new0 (double, n_rows + 1);
  layout->row_height = g_new0 (double, n_rows + 1);
  for (guint r = 0; r < n_rows; r++)
    {
      for (int line = 0; line < TP_BLUEPRINT_N_LINES && r > 0; line++)
        {
          double t = threshold_of (line);

          if (layout->row_zone[r - 1] < t && layout->row_zone[r] >= t)
            {
              layout->line_shown[line] = TRUE;
              layout->line_band[line] = (TpRect) { 0, y, 0, o->line_band };
              y += o->line_band;
            }
        }
      layout->row_y[r] = y;
      layout->row_height[r] = o->slot_gap + layout->row_slots[r] * (o->card_height + o->slot_gap);
      y += layout->row_height[r];
    }
  layout->height = y + o->column_gap / 2;
  layout->width = _tp_blueprint_layout_column_x (layout, layout->columns->len);
  for (int line = 0; line < TP_BLUEPRINT_N_LINES; line++)
    layout->line_band[line].width = layout->width;

  for (guint i = 0; i < layout->boxes->len; i++)
    {
      TpBlueprintBox *box = &g_array_index (layout->boxes, TpBlueprintBox, i);

      box->rect.x = _tp_blueprint_layout_track_x (layout, box->track);
      box->rect.y = layout->row_y[box->row] + o->slot_gap + box->level * (o->card_height + o->slot_gap);
      box->rect.width = o->card_width;
      box->rect.height = o->card_height;
    }
}

static void
index_boxes (TpBlueprintLayout *layout)
{
  guint n_rows = layout->lanes->len;
  guint n_cells = layout->columns->len * n_rows;

  g_array_sort (layout->boxes, compare_boxes);
  layout->cell_start = g_new0 (guint, n_cells + 1);
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      TpBlueprintBox *box = &g_array_index (layout->boxes, TpBlueprintBox, i);

      layout->cell_start[box->column * n_rows + box->row + 1]++;
    }
  for (guint c = 0; c < n_cells; c++)
    layout->cell_start[c + 1] += layout->cell_start[c];

  layout->box_by_card = g_hash_table_new (NULL, NULL);
  layout->box_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      TpBlueprintBox *box = &g_array_index (layout->boxes, TpBlueprintBox, i);

      g_hash_table_insert (layout->box_by_card, box->card, GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (layout->box_by_id, (gpointer) tp_element_get_id (TP_ELEMENT (box->card)),
                           GUINT_TO_POINTER (i + 1));
    }
}

TpBlueprintLayout *
tp_blueprint_layout_new (TpJourney                      *journey,
                         const TpBlueprintLayoutOptions *options)
{
  TpBlueprintLayout *layout;
  g_autoptr(GHashTable) phase_index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *phases;
  GPtrArray **cells;
  guint n_cells;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  layout = g_new0 (TpBlueprintLayout, 1);
  layout->journey = g_object_ref (journey);
  if (options != NULL)
    layout->options = *options;
  else
    tp_blueprint_layout_options_init (&layout->options, NULL);

  layout->phases = g_ptr_array_new_with_free_func (g_object_unref);
  phases = tp_journey_get_phases (journey);
  for (guint i = 0; phases != NULL && i < phases->len; i++)
    {
      TpPhase *phase = g_ptr_array_index (phases, i);

      g_ptr_array_add (layout->phases, g_object_ref (phase));
      g_hash_table_insert (phase_index, (gpointer) tp_element_get_id (TP_ELEMENT (phase)),
                           GUINT_TO_POINTER (i + 1));
    }

  collect_rows (layout);
  cells = bucket_cards (layout, phase_index);
  place_cards (layout, cells);
  n_cells = layout->phases->len * layout->lanes->len;
  for (guint i = 0; i < n_cells; i++)
    g_clear_pointer (&cells[i], g_ptr_array_unref);
  g_free (cells);
  place_geometry (layout);
  index_boxes (layout);

  return layout;
}

void
tp_blueprint_layout_free (TpBlueprintLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_object (&layout->journey);
  g_clear_pointer (&layout->phases, g_ptr_array_unref);
  g_clear_pointer (&layout->lanes, g_ptr_array_unref);
  g_clear_pointer (&layout->columns, g_array_unref);
  g_clear_pointer (&layout->boxes, g_array_unref);
  g_clear_pointer (&layout->row_by_lane, g_hash_table_unref);
  g_clear_pointer (&layout->box_by_card, g_hash_table_unref);
  g_clear_pointer (&layout->box_by_id, g_hash_table_unref);
  g_free (layout->phase_first);
  g_free (layout->phase_n);
  g_free (layout->column_track);
  g_free (layout->track_column);
  g_free (layout->row_zone);
  g_free (layout->row_slots);
  g_free (layout->row_y);
  g_free (layout->row_height);
  g_free (layout->cell_start);
  g_free (layout);
}
