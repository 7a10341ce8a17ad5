/* tp-floor-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan of a physical place, in metres, with zones and an optional embedded image.
 * Properties: "id", "name", "width", "height" (double > 0), "image" (GBytes, PNG or JPEG, or NULL),
 * "image-type" ("image/png", "image/jpeg" or NULL).
 * Lists: TP_LIST_ZONES.
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_FLOOR_PLAN (tp_floor_plan_get_type ())

G_DECLARE_FINAL_TYPE (TpFloorPlan, tp_floor_plan, TP, FLOOR_PLAN, TpElement)

TpFloorPlan *tp_floor_plan_new           (const char *id);
const char  *tp_floor_plan_get_name      (TpFloorPlan *self);
double       tp_floor_plan_get_width     (TpFloorPlan *self);
double       tp_floor_plan_get_height    (TpFloorPlan *self);
GBytes      *tp_floor_plan_get_image     (TpFloorPlan *self);
const char  *tp_floor_plan_get_image_type (TpFloorPlan *self);
GPtrArray   *tp_floor_plan_get_zones     (TpFloorPlan *self);

G_END_DECLS
