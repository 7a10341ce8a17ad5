/* tp-blueprint-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where everything of a service blueprint lands, in map units.
 *
 * Columns are the customer's steps: the cards of the customer-activity lanes,
 * phase by phase, in lane order and then card order, grouped under their
 * phase's header. A phase without a customer action still gets one column
 * (with no step) so that its other cards have a place.
 *
 * Rows are the visible lanes of the blueprint kinds, top to bottom: physical
 * evidence, customer actions, frontstage, backstage, support processes (two
 * lanes of one kind keep their journey order). Lanes hidden in the blueprint
 * stay hidden; lanes of other kinds (thoughts, feelings, touchpoints,
 * channels, pain points, opportunities, metrics, free text) are not shown in
 * the blueprint: they belong to the journey map.
 *
 * The three lines come from the lanes' kinds: the line of interaction under
 * the customer's rows, the line of visibility above the backstage rows and the
 * line of internal interaction above the support rows; each is drawn when
 * there are rows on both sides of it, in a band of its own.
 *
 * A frontstage, backstage, support or evidence card stands under the step of
 * its own phase that it is connected to (directly, in either direction; with
 * several, the first in journey order); otherwise the cards of that cell go
 * under the phase's steps in order: with no more cards than steps card i under
 * step i, else spread evenly, card i of k under step ⌊i · n / k⌋ of n (so no
 * step's stack, and with it the whole row, grows tall while the others stay
 * empty).
 *
 * Cards stack in slots of one height; slot k of a row is at the same height
 * in every column, so the gaps between columns and between slots are straight
 * channels through the whole blueprint: the router draws its arrows there.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-rect.h"
#include "tp-theme.h"

G_BEGIN_DECLS

typedef struct {
  double row_header_width;    /* row labels on the left */
  double phase_header_height; /* phase titles and times across the top */
  double card_width;
  double card_height;
  double column_gap;          /* the vertical channel between columns */
  double slot_gap;            /* the horizontal channel between slots and around a row's cards */
  double line_band;           /* the band a line of interaction / visibility / internal sits in */
} TpBlueprintLayoutOptions;

typedef enum {
  TP_BLUEPRINT_ZONE_CUSTOMER,   /* physical evidence, customer actions */
  TP_BLUEPRINT_ZONE_FRONTSTAGE,
  TP_BLUEPRINT_ZONE_BACKSTAGE,
  TP_BLUEPRINT_ZONE_SUPPORT,
  TP_BLUEPRINT_ZONE_NONE,       /* not shown in the blueprint */
} TpBlueprintZone;

typedef enum {
  TP_BLUEPRINT_LINE_INTERACTION,
  TP_BLUEPRINT_LINE_VISIBILITY,
  TP_BLUEPRINT_LINE_INTERNAL,
  TP_BLUEPRINT_N_LINES
} TpBlueprintLine;

typedef struct {
  TpCard *card;
  TpRect  rect;
  guint   column;   /* step */
  guint   row;      /* visible blueprint row */
  guint   slot;     /* position in the cell's cards, reading order: down a track, then the next */
  guint   track;    /* the card-wide lane across the picture it stands in (a column has one or more) */
  guint   level;    /* its place in that track within the row, top first */
} TpBlueprintBox;

typedef struct {
  TpPhase *phase;
  TpCard  *step;    /* the customer action of this column, or NULL */
} TpBlueprintColumn;

typedef enum {
  TP_BLUEPRINT_HIT_NONE,
  TP_BLUEPRINT_HIT_CARD,
  TP_BLUEPRINT_HIT_PHASE_HEADER,
  TP_BLUEPRINT_HIT_ROW_HEADER,
  TP_BLUEPRINT_HIT_CELL,
  TP_BLUEPRINT_HIT_LINE,
} TpBlueprintHitKind;

typedef struct {
  TpBlueprintHitKind kind;
  TpCard *card;       /* card */
  int     column;     /* card, phase header (its first column), cell; else -1 */
  int     row;        /* card, row header, cell; else -1 */
  int     line;       /* TpBlueprintLine for a line; else -1 */
} TpBlueprintHit;

/* Where a dragged card lands: the cell (phase, lane) and the index among the
 * cell's cards that are not moving, what tp_project_move_cards() takes. */
typedef struct {
  TpPhase *phase;
  TpLane  *lane;
  guint    index_in_cell;
  guint    column;
  guint    row;
  guint    slot;           /* the place in the column's stack it would take */
  TpRect   indicator;
} TpBlueprintDropTarget;

typedef struct _TpBlueprintLayout TpBlueprintLayout;

/** tp_blueprint_layout_options_init: the default sizes, scaled for @theme's text size (NULL = 1). */
void                  tp_blueprint_layout_options_init (TpBlueprintLayoutOptions *options,
                                                        const TpTheme            *theme);
/** tp_blueprint_zone_for_lane_kind: which side of the lines a lane of @kind is on. */
TpBlueprintZone       tp_blueprint_zone_for_lane_kind  (TpLaneKind kind);
/** tp_blueprint_line_get_label: "Line of interaction" … (translated). */
const char           *tp_blueprint_line_get_label      (TpBlueprintLine line);

TpBlueprintLayout    *tp_blueprint_layout_new          (TpJourney                      *journey,
                                                        const TpBlueprintLayoutOptions *options);
void                  tp_blueprint_layout_free         (TpBlueprintLayout *layout);

TpJourney            *tp_blueprint_layout_get_journey  (TpBlueprintLayout *layout);
const TpBlueprintLayoutOptions *tp_blueprint_layout_get_options (TpBlueprintLayout *layout);
double                tp_blueprint_layout_get_width    (TpBlueprintLayout *layout);
double                tp_blueprint_layout_get_height   (TpBlueprintLayout *layout);

guint                 tp_blueprint_layout_get_n_columns (TpBlueprintLayout *layout);
/* Card-wide lanes across the picture: a column has one, or more when a cell of it holds
 * more cards than its row stacks (the cell's cards then stand side by side). */
guint                 tp_blueprint_layout_get_n_tracks (TpBlueprintLayout *layout);
const TpBlueprintColumn *tp_blueprint_layout_get_column (TpBlueprintLayout *layout,
                                                        guint              column);
/** tp_blueprint_layout_get_column_rect: the column below the phase header. */
void                  tp_blueprint_layout_get_column_rect (TpBlueprintLayout *layout,
                                                        guint              column,
                                                        TpRect            *rect);
/** tp_blueprint_layout_get_phase_columns: the columns of phase @index as [*first, *last]. */
void                  tp_blueprint_layout_get_phase_columns (TpBlueprintLayout *layout,
                                                        guint              phase_index,
                                                        guint             *first,
                                                        guint             *last);
guint                 tp_blueprint_layout_get_n_phases (TpBlueprintLayout *layout);
TpPhase              *tp_blueprint_layout_get_phase    (TpBlueprintLayout *layout,
                                                        guint              phase_index);
void                  tp_blueprint_layout_get_phase_header (TpBlueprintLayout *layout,
                                                        guint              phase_index,
                                                        TpRect            *rect);

guint                 tp_blueprint_layout_get_n_rows   (TpBlueprintLayout *layout);
TpLane               *tp_blueprint_layout_get_lane     (TpBlueprintLayout *layout,
                                                        guint              row);
/** tp_blueprint_layout_get_row_for_lane: the row of @lane, or -1 when not shown. */
int                   tp_blueprint_layout_get_row_for_lane (TpBlueprintLayout *layout,
                                                        TpLane            *lane);
TpBlueprintZone       tp_blueprint_layout_get_row_zone (TpBlueprintLayout *layout,
                                                        guint              row);
/** tp_blueprint_layout_get_row_rect: the whole row right of its header. */
void                  tp_blueprint_layout_get_row_rect (TpBlueprintLayout *layout,
                                                        guint              row,
                                                        TpRect            *rect);
void                  tp_blueprint_layout_get_row_header (TpBlueprintLayout *layout,
                                                        guint              row,
                                                        TpRect            *rect);
guint                 tp_blueprint_layout_get_row_n_slots (TpBlueprintLayout *layout,
                                                        guint              row);
void                  tp_blueprint_layout_get_cell     (TpBlueprintLayout *layout,
                                                        guint              column,
                                                        guint              row,
                                                        TpRect            *rect);

/** tp_blueprint_layout_get_line: whether @line is drawn, and at which y (its band in @band). */
gboolean              tp_blueprint_layout_get_line     (TpBlueprintLayout *layout,
                                                        TpBlueprintLine    line,
                                                        double            *y,
                                                        TpRect            *band);

guint                 tp_blueprint_layout_get_n_cards  (TpBlueprintLayout *layout);
const TpBlueprintBox *tp_blueprint_layout_get_box      (TpBlueprintLayout *layout,
                                                        guint              i);
/** tp_blueprint_layout_find_card: the box of @card, or NULL when it is not shown. */
const TpBlueprintBox *tp_blueprint_layout_find_card    (TpBlueprintLayout *layout,
                                                        TpCard            *card);
/** tp_blueprint_layout_find_card_by_id: likewise by id. */
const TpBlueprintBox *tp_blueprint_layout_find_card_by_id (TpBlueprintLayout *layout,
                                                        const char        *id);
/** tp_blueprint_layout_get_cell_boxes: the boxes of cell (@column, @row), top first (borrowed,
 * contiguous; @n_boxes set). */
const TpBlueprintBox *tp_blueprint_layout_get_cell_boxes (TpBlueprintLayout *layout,
                                                        guint              column,
                                                        guint              row,
                                                        guint             *n_boxes);

/* Routing channels: x of the vertical channel left of track @t (t = n_tracks is
 * right of the last one); y of horizontal channel @k of @row (k = 0 above level 0,
 * k = n_slots below the last level). */
double                tp_blueprint_layout_channel_x    (TpBlueprintLayout *layout,
                                                        guint              c);
double                tp_blueprint_layout_channel_y    (TpBlueprintLayout *layout,
                                                        guint              row,
                                                        guint              k);

/** tp_blueprint_layout_hit_test: what lies under map point (@x, @y). */
void                  tp_blueprint_layout_hit_test     (TpBlueprintLayout *layout,
                                                        double             x,
                                                        double             y,
                                                        TpBlueprintHit    *hit);
/** tp_blueprint_layout_drop_target: where @moving cards dropped at (@x, @y) land: the row
 * gives the lane (so a card dragged to another row changes lane), the column the phase;
 * FALSE outside the rows. */
gboolean              tp_blueprint_layout_drop_target  (TpBlueprintLayout *layout,
                                                        double             x,
                                                        double             y,
                                                        TpCard * const    *moving,
                                                        guint              n_moving,
                                                        TpBlueprintDropTarget *target);
/** tp_blueprint_layout_neighbour: the card an arrow key moves to from @card (NULL = the
 * first card), or NULL at the edge. */
TpCard               *tp_blueprint_layout_neighbour    (TpBlueprintLayout *layout,
                                                        TpCard            *card,
                                                        int                dx,
                                                        int                dy);
/** tp_blueprint_layout_get_elements_rect: the union of the shown cards, phases (their
 * columns) and lanes (their rows) among @elements; FALSE when none is shown. */
gboolean              tp_blueprint_layout_get_elements_rect (TpBlueprintLayout *layout,
                                                        TpElement * const *elements,
                                                        guint              n_elements,
                                                        TpRect            *rect);
/** tp_blueprint_layout_cards_in_rect: cards whose box intersects @rect (transfer container). */
GPtrArray            *tp_blueprint_layout_cards_in_rect (TpBlueprintLayout *layout,
                                                        const TpRect      *rect);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpBlueprintLayout, tp_blueprint_layout_free)

G_END_DECLS
