/* tp-floor-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan of a physical place, in metres, with zones and an optional embedded image.
 * Properties: "id", "name", "width", "height" (double > 0), "image" (GBytes, PNG or JPEG, or NULL),
 * "image-type" ("image/png", "image/jpeg" or NULL), and where the image lies on the plan:
 * "image-x", "image-y" (metres, its top-left corner), "image-scale" (metres per image pixel, set by
 * calibration; 0 = stretched to the plan's width), "image-opacity" (0.05 … 1) and "image-locked".
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
double       tp_floor_plan_get_image_x   (TpFloorPlan *self);
double       tp_floor_plan_get_image_y   (TpFloorPlan *self);
double       tp_floor_plan_get_image_scale (TpFloorPlan *self);
double       tp_floor_plan_get_image_opacity (TpFloorPlan *self);
gboolean     tp_floor_plan_get_image_locked (TpFloorPlan *self);
/** tp_floor_plan_calibration_scale: the "image-scale" that makes a line drawn from (@x0, @y0) to
 * (@x1, @y1) over the image as shown now (metres) measure @length metres; 0 when the line or the
 * length is too short to tell. @image_width is the image's width in pixels. */
double       tp_floor_plan_calibration_scale (TpFloorPlan *self,
                                          guint        image_width,
                                          double       x0,
                                          double       y0,
                                          double       x1,
                                          double       y1,
                                          double       length);
/** tp_floor_plan_image_scale: metres per image pixel as drawn: "image-scale", or the plan's width
 * over @image_width when it is 0. */
double       tp_floor_plan_image_scale   (TpFloorPlan *self,
                                          guint        image_width);

G_END_DECLS
