/* tp-outline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline sidebar: a real, accessible tree of journeys → phases → cards
 * whose selection follows and drives the window's TpSelection.
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"
#include "tp-selection.h"

G_BEGIN_DECLS

#define TP_TYPE_OUTLINE (tp_outline_get_type ())

G_DECLARE_FINAL_TYPE (TpOutline, tp_outline, TP, OUTLINE, GtkWidget)

GtkWidget  *tp_outline_new           (void);
void        tp_outline_set_project   (TpOutline   *self,
                                      TpProject   *project);
void        tp_outline_set_selection (TpOutline   *self,
                                      TpSelection *selection);
/** tp_outline_get_model: the GtkSingleSelection over the flattened tree rows (GtkTreeListRow items). */
GListModel *tp_outline_get_model     (TpOutline   *self);

G_END_DECLS
