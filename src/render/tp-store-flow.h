/* tp-store-flow.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow as a TpView: the journey's walk through its floor plan,
 * presented stop by stop, exported and printed like every view.
 */

#pragma once

#include "tp-view-base.h"

G_BEGIN_DECLS

#define TP_TYPE_STORE_FLOW (tp_store_flow_get_type ())

G_DECLARE_FINAL_TYPE (TpStoreFlow, tp_store_flow, TP, STORE_FLOW, TpViewBase)

G_END_DECLS
