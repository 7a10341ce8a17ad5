/* tp-store-flow-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey's touchpoints beside the store-flow plan, each shown placed
 * (with its stop numbers) or not placed. A row is dragged onto the plan to
 * place its card there; Enter or "Place on Plan" places the selected cards
 * next to the stop before them; Delete or "Take Off the Plan" removes their
 * stops. Rows follow the shared selection, both ways.
 */

#pragma once

#include <adwaita.h>

#include "model/tp-model.h"
#include "doc/tp-selection.h"
#include "tp-store-flow-view.h"

G_BEGIN_DECLS

#define TP_TYPE_STORE_FLOW_LIST (tp_store_flow_list_get_type ())

G_DECLARE_FINAL_TYPE (TpStoreFlowList, tp_store_flow_list, TP, STORE_FLOW_LIST, GtkWidget)

GtkWidget *tp_store_flow_list_new           (void);
/** "view" property: the store-flow view the cards are placed on. */
void       tp_store_flow_list_set_view      (TpStoreFlowList *self,
                                             TpStoreFlowView *view);
void       tp_store_flow_list_set_project   (TpStoreFlowList *self,
                                             TpProject       *project);
void       tp_store_flow_list_set_journey   (TpStoreFlowList *self,
                                             TpJourney       *journey);
void       tp_store_flow_list_set_selection (TpStoreFlowList *self,
                                             TpSelection     *selection);
/** tp_store_flow_list_get_n_rows: the touchpoints listed (brings the list up to date first). */
guint      tp_store_flow_list_get_n_rows    (TpStoreFlowList *self);
/** tp_store_flow_list_get_row: the row widget of touchpoint @index (journey order), or NULL. */
GtkWidget *tp_store_flow_list_get_row       (TpStoreFlowList *self,
                                             guint            index);
/** tp_store_flow_list_get_card: the card of row @index, or NULL. */
TpCard    *tp_store_flow_list_get_card      (TpStoreFlowList *self,
                                             guint            index);
/** tp_store_flow_list_row_is_placed: whether the card of row @index has a stop on the plan. */
gboolean   tp_store_flow_list_row_is_placed (TpStoreFlowList *self,
                                             guint            index);
/** tp_store_flow_list_get_summary: the line over the list ("3 of 9 placed"). */
const char *tp_store_flow_list_get_summary  (TpStoreFlowList *self);

G_END_DECLS
