/* tp-journey-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-journey-layout.c (building) and tp-journey-layout-query.c
 * (hit testing, drops, rubber band, keyboard neighbours).
 */

#pragma once

#include "tp-journey-layout.h"

G_BEGIN_DECLS

struct _TpJourneyLayout
{
  TpJourney              *journey;
  TpJourneyLayoutOptions  options;

  GPtrArray              *phases;     /* TpPhase, owned refs */
  GPtrArray              *lanes;      /* visible TpLane, owned refs */
  double                 *row_y;
  double                 *row_height;
  gboolean               *row_feelings;

  TpCardBox              *boxes;      /* ordered by column, row, index in cell */
  guint                   n_boxes;
  guint                  *cell_start; /* column * n_rows + row → first box */
  guint                  *cell_count;
  GHashTable             *card_index; /* TpCard → box index + 1, made when first asked for */

  TpJourneyRollup        *rollup;     /* when options.show_rollup */

  double                  width;
  double                  height;
};

static inline guint
cell_slot (TpJourneyLayout *layout,
           guint            column,
           guint            row)
{
  return column * layout->lanes->len + row;
}

static inline double
grid_left (TpJourneyLayout *layout)
{
  return layout->options.lane_header_width;
}

static inline double
grid_top (TpJourneyLayout *layout)
{
  return layout->options.phase_header_height;
}

static inline double
grid_right (TpJourneyLayout *layout)
{
  return grid_left (layout) + layout->phases->len * layout->options.phase_width;
}

static inline double
grid_bottom (TpJourneyLayout *layout)
{
  guint n = layout->lanes->len;

  return n == 0 ? grid_top (layout) : layout->row_y[n - 1] + layout->row_height[n - 1];
}

/* The row / column at map y / x, or -1 outside the cells. */
int _tp_journey_layout_row_at    (TpJourneyLayout *layout,
                                  double           y);
int _tp_journey_layout_column_at (TpJourneyLayout *layout,
                                  double           x);

G_END_DECLS
