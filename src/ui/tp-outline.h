/* tp-outline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline sidebar: a real, accessible tree of journeys → phases → cards
 * and journeys → lanes, whose selection follows and drives the window's
 * TpSelection. Each lane has an eye button that hides or shows it in the view
 * shown; a context menu (right click, Shift+F10, Menu) offers the window's
 * structure actions.
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"
#include "doc/tp-selection.h"

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
/** tp_outline_set_lane_hidden: hides or shows @lane in the view shown, one undo step (the eye button). */
void        tp_outline_set_lane_hidden (TpOutline *self,
                                        TpLane    *lane,
                                        gboolean   hidden);
/** tp_outline_set_hidden_property: the lane property of the view shown: "hidden-in-map" (default)
 *  or "hidden-in-blueprint". */
void        tp_outline_set_hidden_property (TpOutline  *self,
                                            const char *property);

G_END_DECLS
