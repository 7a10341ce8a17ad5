/* tp-journey-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where everything of a journey map lands, in map units (1 unit = 1 px at
 * 100 %): phase headers across the top, lane headers down the left, cells,
 * and the cards stacked in them. Also the pure geometry the canvas needs:
 * hit testing, drop targets, rubber band and keyboard neighbours.
 *
 * A layout is a snapshot: rebuild it after the journey changes.
 * Lanes hidden in the map are left out; "row" indexes count visible lanes.
 * In a feelings lane the emotion line lives: its cards are chips on the line,
 * side by side in each cell, in card order.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-analysis.h"
#include "tp-theme.h"
#include "tp-rect.h"

G_BEGIN_DECLS

typedef struct {
  double phase_width;         /* width of a column */
  double phase_header_height;
  double lane_header_width;
  double cell_padding;
  double card_height;
  double card_spacing;
  double feelings_lane_height;
  double chip_height;         /* emotion chips in a feelings lane */
  double chip_max_width;
  /* The per-phase roll-up (tp-analysis.h) under each phase header, in a band
   * rollup_height tall that the layout adds to the header when show_rollup. */
  gboolean show_rollup;
  double rollup_height;
} TpJourneyLayoutOptions;

typedef struct {
  TpCard *card;
  TpRect  rect;
  guint   column;             /* phase index */
  guint   row;                /* visible lane index */
  guint   index_in_cell;
} TpCardBox;

typedef enum {
  TP_HIT_NONE,
  TP_HIT_CARD,
  TP_HIT_PHASE_HEADER,
  TP_HIT_LANE_HEADER,
  TP_HIT_CELL,
  TP_HIT_CORNER,
} TpHitKind;

typedef struct {
  TpHitKind  kind;
  TpCard    *card;            /* TP_HIT_CARD */
  int        column;          /* card, phase header, cell; else -1 */
  int        row;             /* card, lane header, cell; else -1 */
} TpHit;

typedef struct {
  guint  column;
  guint  row;
  /* Position among the cell's cards that are not being moved (what
   * tp_project_move_cards() and tp_project_add_card() take). */
  guint  index_in_cell;
  TpRect indicator;           /* where to draw the insertion mark */
} TpDropTarget;

typedef enum {
  TP_DIRECTION_LEFT,
  TP_DIRECTION_RIGHT,
  TP_DIRECTION_UP,
  TP_DIRECTION_DOWN,
} TpDirection;

/* A place the keyboard cursor can be on: a card, a cell (empty or not) or a header. */
typedef struct {
  int     column;             /* phase index; -1 on a lane header */
  int     row;                /* visible lane index; -1 on a phase header */
  TpCard *card;               /* the card, or NULL for a cell or a header */
} TpMapPlace;

/* Where one card of a group lands when the group moves by whole cells. */
typedef struct {
  TpCard *card;
  guint   column;
  guint   row;
  guint   index_in_cell;      /* its place among the cards that stay in its cell now */
} TpCardMove;

typedef struct _TpJourneyLayout TpJourneyLayout;

/** tp_journey_layout_options_init: the default sizes, scaled for @theme's text size (NULL = light). */
void              tp_journey_layout_options_init  (TpJourneyLayoutOptions       *options,
                                                   const TpTheme                *theme);

/** tp_journey_layout_new: lays out @journey. */
TpJourneyLayout  *tp_journey_layout_new           (TpJourney                    *journey,
                                                   const TpJourneyLayoutOptions *options);
void              tp_journey_layout_free          (TpJourneyLayout              *layout);

TpJourney        *tp_journey_layout_get_journey   (TpJourneyLayout *layout);
const TpJourneyLayoutOptions *tp_journey_layout_get_options (TpJourneyLayout *layout);
double            tp_journey_layout_get_width     (TpJourneyLayout *layout);
double            tp_journey_layout_get_height    (TpJourneyLayout *layout);

guint             tp_journey_layout_get_n_columns (TpJourneyLayout *layout);
TpPhase          *tp_journey_layout_get_phase     (TpJourneyLayout *layout,
                                                   guint            column);
void              tp_journey_layout_get_phase_header (TpJourneyLayout *layout,
                                                   guint            column,
                                                   TpRect          *rect);
/** tp_journey_layout_get_rollup: the figures of every phase when the layout shows the roll-up,
 *  else NULL (borrowed; the layout is a snapshot, so are they). */
TpJourneyRollup  *tp_journey_layout_get_rollup    (TpJourneyLayout *layout);
/** tp_journey_layout_get_rollup_rect: where the roll-up of @column goes: the bottom band of its
 *  phase header; FALSE when the roll-up is not shown. */
gboolean          tp_journey_layout_get_rollup_rect (TpJourneyLayout *layout,
                                                   guint            column,
                                                   TpRect          *rect);
/** tp_journey_layout_get_column_rect: the whole column below the header. */
void              tp_journey_layout_get_column_rect (TpJourneyLayout *layout,
                                                   guint            column,
                                                   TpRect          *rect);

guint             tp_journey_layout_get_n_rows    (TpJourneyLayout *layout);
TpLane           *tp_journey_layout_get_lane      (TpJourneyLayout *layout,
                                                   guint            row);
/** tp_journey_layout_get_row_for_lane: the row of @lane, or -1 when hidden or foreign. */
int               tp_journey_layout_get_row_for_lane (TpJourneyLayout *layout,
                                                   TpLane          *lane);
gboolean          tp_journey_layout_row_is_feelings (TpJourneyLayout *layout,
                                                   guint            row);
void              tp_journey_layout_get_lane_header (TpJourneyLayout *layout,
                                                   guint            row,
                                                   TpRect          *rect);
/** tp_journey_layout_get_row_rect: the whole row right of the lane header. */
void              tp_journey_layout_get_row_rect  (TpJourneyLayout *layout,
                                                   guint            row,
                                                   TpRect          *rect);
void              tp_journey_layout_get_cell      (TpJourneyLayout *layout,
                                                   guint            column,
                                                   guint            row,
                                                   TpRect          *rect);
/** tp_journey_layout_get_cell_cards: the boxes of a cell in order (borrowed; @n_cards set). */
const TpCardBox  *tp_journey_layout_get_cell_cards (TpJourneyLayout *layout,
                                                   guint            column,
                                                   guint            row,
                                                   guint           *n_cards);

/** tp_journey_layout_get_n_cards: cards laid out (cards of hidden lanes excluded). */
guint             tp_journey_layout_get_n_cards   (TpJourneyLayout *layout);
const TpCardBox  *tp_journey_layout_get_card_box  (TpJourneyLayout *layout,
                                                   guint            i);
/** tp_journey_layout_find_card: the box of @card, or NULL when not laid out. */
const TpCardBox  *tp_journey_layout_find_card     (TpJourneyLayout *layout,
                                                   TpCard          *card);

/** tp_journey_layout_get_emotion_band: the band of a feelings row where scores −3 … +3 are drawn. */
gboolean          tp_journey_layout_get_emotion_band (TpJourneyLayout *layout,
                                                   guint            row,
                                                   double          *top_y,
                                                   double          *bottom_y);

/** tp_journey_layout_visible_columns: the columns intersecting [@x0, @x1) as [*first, *last]; FALSE
 * when none. */
gboolean          tp_journey_layout_visible_columns (TpJourneyLayout *layout,
                                                   double           x0,
                                                   double           x1,
                                                   guint           *first,
                                                   guint           *last);
gboolean          tp_journey_layout_visible_rows  (TpJourneyLayout *layout,
                                                   double           y0,
                                                   double           y1,
                                                   guint           *first,
                                                   guint           *last);

/** tp_journey_layout_hit_test: what lies under map point (@x, @y). */
void              tp_journey_layout_hit_test      (TpJourneyLayout *layout,
                                                   double           x,
                                                   double           y,
                                                   TpHit           *hit);
/** tp_journey_layout_drop_target: the cell and position where @moving cards dropped at (@x, @y)
 * land; FALSE outside the cells. */
gboolean          tp_journey_layout_drop_target   (TpJourneyLayout *layout,
                                                   double           x,
                                                   double           y,
                                                   TpCard * const  *moving,
                                                   guint            n_moving,
                                                   TpDropTarget    *target);
/** tp_journey_layout_phase_drop_index: the index (in the journey's phase list, counted after
 * removal) @phase dragged to @x takes; @indicator is the insertion mark. */
guint             tp_journey_layout_phase_drop_index (TpJourneyLayout *layout,
                                                   TpPhase         *phase,
                                                   double           x,
                                                   TpRect          *indicator);
/** tp_journey_layout_lane_drop_index: likewise for a lane header dragged to @y (index in the
 * journey's full lane list, hidden lanes included). */
guint             tp_journey_layout_lane_drop_index (TpJourneyLayout *layout,
                                                   TpLane          *lane,
                                                   double           y,
                                                   TpRect          *indicator);
/** tp_journey_layout_cards_in_rect: cards whose box intersects @rect, in layout order (transfer
 * container). */
GPtrArray        *tp_journey_layout_cards_in_rect (TpJourneyLayout *layout,
                                                   const TpRect    *rect);
/** tp_journey_layout_neighbour: the card an arrow key moves to from @card, or NULL at the edge;
 * with @card NULL the first card. */
TpCard           *tp_journey_layout_neighbour     (TpJourneyLayout *layout,
                                                   TpCard          *card,
                                                   TpDirection      direction);

/** tp_journey_layout_step: where an arrow key leads from @from: the next card of the cell
 * along its stack, else the next cell (its nearest card, or the empty cell itself); left of the
 * first column the lane header, above the top row the phase header. FALSE at the map's edge. */
gboolean          tp_journey_layout_step          (TpJourneyLayout  *layout,
                                                   const TpMapPlace *from,
                                                   TpDirection       direction,
                                                   TpMapPlace       *to);
/** tp_journey_layout_place_of_card: the place of a laid-out @card; FALSE when it is not laid out. */
gboolean          tp_journey_layout_place_of_card (TpJourneyLayout  *layout,
                                                   TpCard           *card,
                                                   TpMapPlace       *place);
/** tp_journey_layout_offset_cell: (@column, @row) moved by (@d_column, @d_row) cells, stopped at the
 * edges of the map. */
void              tp_journey_layout_offset_cell   (TpJourneyLayout  *layout,
                                                   guint             column,
                                                   guint             row,
                                                   int               d_column,
                                                   int               d_row,
                                                   guint            *new_column,
                                                   guint            *new_row);
/** tp_journey_layout_offset_cards: where each of the laid-out @cards lands when all move by
 * (@d_column, @d_row) cells, keeping their layout: a card that would leave the map stops at its
 * edge; index_in_cell is the card's place among the cards of its cell that do not move. Returns
 * a GArray of TpCardMove in the order of @cards (cards not laid out are left out). */
GArray           *tp_journey_layout_offset_cards  (TpJourneyLayout  *layout,
                                                   TpCard * const   *cards,
                                                   guint             n_cards,
                                                   int               d_column,
                                                   int               d_row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpJourneyLayout, tp_journey_layout_free)

G_END_DECLS
