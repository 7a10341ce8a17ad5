/* tp-store-flow-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow of a journey on the canvas: its floor plan to scale in
 * metres with the grid, the zones, the customer's walk from stop to stop,
 * the legend, the scale bar and the figures. A thin TpCanvas subclass over
 * the store layout, walk and painter of src/render/; zoom, scroll, the
 * shared selection and drags are the canvas's. Stops stand for their
 * touchpoint cards in the shared selection, so a stop selected here is the
 * card selected in the journey map and the blueprint.
 */

#pragma once

#include "render/tp-store-layout.h"
#include "tp-canvas.h"

G_BEGIN_DECLS

#define TP_TYPE_STORE_FLOW_VIEW (tp_store_flow_view_get_type ())

G_DECLARE_FINAL_TYPE (TpStoreFlowView, tp_store_flow_view, TP, STORE_FLOW_VIEW, TpCanvas)

GtkWidget     *tp_store_flow_view_new          (void);
/** tp_store_flow_view_get_layout: the layout shown (built if needed), or NULL without a journey. */
TpStoreLayout *tp_store_flow_view_get_layout   (TpStoreFlowView *self);
/** tp_store_flow_view_nudge: moves the selected stops and zones by (@dx, @dy) metres, one undo step. */
gboolean       tp_store_flow_view_nudge        (TpStoreFlowView *self,
                                                double           dx,
                                                double           dy);
/** tp_store_flow_view_move_stop: moves the selected stop @delta places along the walk, one undo step. */
gboolean       tp_store_flow_view_move_stop    (TpStoreFlowView *self,
                                                int              delta);
/** tp_store_flow_view_delete_selected: takes the selected stops off the plan (their cards stay in
 *  the journey) and removes the selected zones, one undo step. */
gboolean       tp_store_flow_view_delete_selected (TpStoreFlowView *self);
/** tp_store_flow_view_place_cards: puts the touchpoint cards among @cards on the plan as new stops,
 *  one undo step: the first at @at (metres; NULL: next to the stop before it in the walk, else the
 *  middle of the plan in view), the others next to it. Each goes into the walk after the stops of
 *  the cards before it in the journey. The cards are then selected. */
gboolean       tp_store_flow_view_place_cards  (TpStoreFlowView *self,
                                                GPtrArray       *cards,
                                                const TpPoint   *at);
/** tp_store_flow_view_place_selected: places the selected touchpoint cards that are not on the
 *  plan yet (all selected ones when every one is: a second visit), one undo step. */
gboolean       tp_store_flow_view_place_selected (TpStoreFlowView *self);
/** tp_store_flow_view_unplace_cards: takes every stop of @cards off the plan, one undo step. */
gboolean       tp_store_flow_view_unplace_cards (TpStoreFlowView *self,
                                                GPtrArray       *cards);

G_END_DECLS
