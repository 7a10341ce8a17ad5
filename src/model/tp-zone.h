/* tp-zone.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A zone of a floor plan: a rectangle or a polygon, in metres.
 * Properties: "id", "name", "kind" (TpZoneKind), "shape" (TpZoneShape), "x", "y", "width", "height"
 * (the rectangle), "points" (GVariant "a(dd)", the polygon; empty for rectangles), "walkable"
 * (whether customers walk through it: its kind says, unless set for this zone).
 * A self-intersecting polygon is read with the even-odd rule.
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_ZONE (tp_zone_get_type ())

G_DECLARE_FINAL_TYPE (TpZone, tp_zone, TP, ZONE, TpElement)

TpZone      *tp_zone_new                 (const char *id,
                                          TpZoneKind  kind);
const char  *tp_zone_get_name            (TpZone     *self);
TpZoneKind   tp_zone_get_kind            (TpZone     *self);
TpZoneShape  tp_zone_get_shape           (TpZone     *self);
/** tp_zone_get_bounds: the rectangle, or the bounding box of the polygon. */
void         tp_zone_get_bounds          (TpZone     *self,
                                          double     *x,
                                          double     *y,
                                          double     *width,
                                          double     *height);
GVariant    *tp_zone_get_points          (TpZone     *self);
/** tp_zone_is_walkable: whether customers walk through the zone: set for it, else as its kind says. */
gboolean     tp_zone_is_walkable         (TpZone     *self);
/** tp_zone_walkable_is_own: whether the zone's "walkable" differs from what its kind says. */
gboolean     tp_zone_walkable_is_own     (TpZone     *self);

G_END_DECLS
