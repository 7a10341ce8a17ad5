/* tp-blueprint-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-blueprint-layout.c (building), tp-blueprint-layout-query.c
 * (hit testing, drops, keyboard neighbours) and the router.
 */

#pragma once

#include "tp-blueprint-layout.h"

G_BEGIN_DECLS

struct _TpBlueprintLayout
{
  TpJourney               *journey;
  TpBlueprintLayoutOptions options;

  GPtrArray        *phases;       /* every TpPhase, owned refs */
  guint            *phase_first;  /* phase → first column */
  guint            *phase_n;      /* phase → number of columns (≥ 1) */
  GArray           *columns;      /* TpBlueprintColumn */
  guint             n_tracks;     /* card-wide lanes across the picture, a column one or more */
  guint            *column_track; /* column → its first track; n_columns + 1 entries */
  guint            *track_column; /* track → its column */

  GPtrArray        *lanes;        /* shown TpLane in row order, owned refs */
  GHashTable       *row_by_lane;  /* TpLane → row + 1 */
  TpBlueprintZone  *row_zone;
  guint            *row_slots;    /* cards a track of the row stacks */
  double           *row_y;
  double           *row_height;

  gboolean          line_shown[TP_BLUEPRINT_N_LINES];
  TpRect            line_band[TP_BLUEPRINT_N_LINES];

  GArray           *boxes;        /* TpBlueprintBox, by column, row, slot */
  guint            *cell_start;   /* column * n_rows + row → first box; n_cells + 1 entries */
  GHashTable       *box_by_card;  /* TpCard → box index + 1 */
  GHashTable       *box_by_id;    /* card id → box index + 1 */

  double            width;
  double            height;
};

static inline double
_tp_blueprint_layout_track_x (TpBlueprintLayout *layout,
                              guint              track)
{
  const TpBlueprintLayoutOptions *o = &layout->options;

  return o->row_header_width + o->column_gap + track * (o->card_width + o->column_gap);
}

/* @column may be the number of columns: the right edge. */
static inline double
_tp_blueprint_layout_column_x (TpBlueprintLayout *layout,
                               guint              column)
{
  return _tp_blueprint_layout_track_x (layout, layout->column_track[column]);
}

static inline guint
_tp_blueprint_layout_column_tracks (TpBlueprintLayout *layout,
                                    guint              column)
{
  return layout->column_track[column + 1] - layout->column_track[column];
}

G_END_DECLS
