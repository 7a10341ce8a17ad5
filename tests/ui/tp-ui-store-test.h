/* tp-ui-store-test.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store-flow widget tests' shared fixture: a shown store-visit window and
 * the pointer driven in the plan's metres (GTK 4.8 cannot synthesise pointer
 * events: the canvas's press, motion and release are called as its gestures
 * call them).
 */

#pragma once

#include "tp-ui-test.h"
#include "ui/tp-store-flow-view.h"

G_BEGIN_DECLS

/** tp_store_test_view: the store-flow view of @window. */
TpStoreFlowView *tp_store_test_view            (TpWindow        *window);
/** tp_store_test_new_window: a shown store-visit window (its plan 20 × 15 m, 1600 × 1000), the
 *  plan drawn at 100 % from its top-left and focused. */
TpWindow        *tp_store_test_new_window      (void);
/** tp_store_test_to_widget: where a point of the plan (metres) is in the canvas's own pixels. */
void             tp_store_test_to_widget       (TpStoreFlowView *view,
                                                double           mx,
                                                double           my,
                                                double          *wx,
                                                double          *wy);
/** tp_store_test_drag: a press at one point of the plan, a drag to another, the release there. */
void             tp_store_test_drag            (TpStoreFlowView *view,
                                                double           x0,
                                                double           y0,
                                                double           x1,
                                                double           y1);
/** tp_store_test_click: a press and a release at a point of the plan, with @modifiers held. */
void             tp_store_test_click           (TpStoreFlowView *view,
                                                double           x,
                                                double           y,
                                                GdkModifierType  modifiers);
/** tp_store_test_make_png: a plain 400 × 300 picture, as PNG bytes. */
GBytes          *tp_store_test_make_png        (void);

G_END_DECLS
