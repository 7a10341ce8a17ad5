/* tp-journey-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of TpJourneyView: tp-journey-view.c (state, the
 * TpCanvas hooks, accessibility), tp-journey-view-draw.c (drawing),
 * tp-journey-view-input.c (keyboard cursor, hover, palette drops) and
 * tp-journey-view-edit.c (renaming, menu, actions, moves).
 */

#pragma once

#include <adwaita.h>

#include "render/tp-journey-layout.h"
#include "render/tp-journey-painter.h"
#include "render/tp-journey-route.h"
#include "tp-journey-view.h"

G_BEGIN_DECLS

struct _TpJourneyView
{
  TpCanvas         parent_instance;

  /* owned */
  TpJourneyLayout *layout;
  TpJourneyRoutes *routes;         /* the connections' arrows, while they are shown */
  GHashTable      *cell_nodes;     /* cells composed of their cards' images → TpCellNode */
  GtkWidget       *context_menu;

  /* borrowed */
  TpCard          *hovered;

  guint            frame;
  guint            accessible_idle;
  gboolean         show_connections;
  gboolean         show_rollup;
};

static inline double
_tp_journey_view_sticky_x (TpJourneyView *self)
{
  double x;

  tp_canvas_get_scroll (TP_CANVAS (self), &x, NULL);
  return MAX (0.0, x);
}

static inline double
_tp_journey_view_sticky_y (TpJourneyView *self)
{
  double y;

  tp_canvas_get_scroll (TP_CANVAS (self), NULL, &y);
  return MAX (0.0, y);
}

/* tp-journey-view-draw.c */
void             _tp_journey_view_snapshot_map      (TpCanvas      *canvas,
                                                     GtkSnapshot   *snapshot,
                                                     const TpRect  *visible);
void             _tp_journey_view_snapshot_overlay  (TpCanvas      *canvas,
                                                     GtkSnapshot   *snapshot,
                                                     const TpRect  *visible);
void             _tp_journey_view_drop_cells        (TpJourneyView *self);

/* tp-journey-view.c */
TpJourneyLayout *_tp_journey_view_ensure_layout     (TpJourneyView *self);
/* What is under map point (@mx, @my), the sticky headers covering what scrolled under them. */
void             _tp_journey_view_hit_test          (TpJourneyView *self,
                                                     double         mx,
                                                     double         my,
                                                     TpHit         *hit);
void             _tp_journey_view_queue_accessible  (TpJourneyView *self);
/* Where @element (a card, a phase or a lane of the journey) is laid out, headers unscrolled. */
gboolean         _tp_journey_view_element_rect      (TpJourneyView *self,
                                                     TpElement     *element,
                                                     TpRect        *rect);
/* Where dragged @elements (NULL: a new card) land at map (@x, @y); never on a sticky header. */
gboolean         _tp_journey_view_drop_target_at    (TpJourneyView *self,
                                                     GPtrArray     *elements,
                                                     double         x,
                                                     double         y,
                                                     TpDropTarget  *target);
/* The selected cards laid out in this journey, in journey order (transfer container). */
GPtrArray       *_tp_journey_view_selected_cards    (TpJourneyView *self);
TpCard          *_tp_journey_view_primary_card      (TpJourneyView *self);

/* tp-journey-view-input.c */
void             _tp_journey_view_init_input        (TpJourneyView  *self);
gboolean         _tp_journey_view_move_cursor       (TpCanvas          *canvas,
                                                     TpCanvasDirection  direction,
                                                     gboolean           extend);

/* How the cards of a moving group take their place in the cell they land in. */
typedef enum {
  TP_GROUP_INDEX_KEEP,         /* as many cards that stay before them as before the move */
  TP_GROUP_INDEX_ALL,          /* all at the given index (-1 = the end) */
  TP_GROUP_INDEX_STEP,         /* one place on along their own cell: the index is -1 or +1 */
} TpGroupIndex;

/* tp-journey-view-edit.c */
/* Moves @cards (journey order) by (@d_column, @d_row) cells, as the one under the pointer or the
 * primary card (@anchor) moves; cards stop at the map's edge. The cards landing in one cell stay
 * together; with TP_GROUP_INDEX_KEEP, @index (>= -1) places @anchor's group. One undo step. */
void             _tp_journey_view_move_cards_by    (TpJourneyView  *self,
                                                    GPtrArray      *cards,
                                                    TpCard         *anchor,
                                                    int             d_column,
                                                    int             d_row,
                                                    int             index,
                                                    TpGroupIndex    rule);
/* The place of the keyboard cursor: the primary card or header, or the selected cell. */
gboolean         _tp_journey_view_cursor_place     (TpJourneyView  *self,
                                                    TpMapPlace     *place);
/* The selected cell as (column, row) of the layout, when it is in this journey. */
gboolean         _tp_journey_view_selected_cell    (TpJourneyView  *self,
                                                    guint          *column,
                                                    guint          *row);

void             _tp_journey_view_class_init_actions (GtkWidgetClass *widget_class);
TpElement       *_tp_journey_view_primary_element  (TpJourneyView  *self);
void             _tp_journey_view_select_one       (TpJourneyView  *self,
                                                    gpointer        element);
gboolean         _tp_journey_view_rename_rect      (TpCanvas       *canvas,
                                                    TpElement      *element,
                                                    TpRect         *rect,
                                                    gboolean       *at_top);
void             _tp_journey_view_show_context_menu (TpJourneyView *self,
                                                    double          x,
                                                    double          y);
void             _tp_journey_view_update_actions   (TpJourneyView  *self);
void             _tp_journey_view_allocate_children (TpJourneyView *self);

/* tp-journey-view-geometry.c: for the end-to-end tests (TP_E2E_GEOMETRY) */
gboolean         _tp_journey_view_describe         (TpCanvas       *canvas,
                                                    JsonBuilder    *builder,
                                                    double          dx,
                                                    double          dy);

G_END_DECLS
