/* tp-lane.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lane of a journey: a row of the map.
 * Properties: "id", "kind" (TpLaneKind), "title", "hidden-in-map", "hidden-in-blueprint".
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_LANE (tp_lane_get_type ())

G_DECLARE_FINAL_TYPE (TpLane, tp_lane, TP, LANE, TpElement)

TpLane      *tp_lane_new                 (const char *id,
                                          TpLaneKind  kind);
TpLaneKind   tp_lane_get_kind            (TpLane     *self);
const char  *tp_lane_get_title           (TpLane     *self);
gboolean     tp_lane_get_hidden_in_map   (TpLane     *self);
gboolean     tp_lane_get_hidden_in_blueprint (TpLane *self);

G_END_DECLS
