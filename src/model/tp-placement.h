/* tp-placement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A touchpoint card placed on the journey's floor plan; the order of placements is the customer path.
 * Properties: "id", "card" (card id), "x", "y" (metres), "dwell" (seconds >= 0).
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_PLACEMENT (tp_placement_get_type ())

G_DECLARE_FINAL_TYPE (TpPlacement, tp_placement, TP, PLACEMENT, TpElement)

TpPlacement *tp_placement_new            (const char *id,
                                          const char *card);
const char  *tp_placement_get_card       (TpPlacement *self);
double       tp_placement_get_x          (TpPlacement *self);
double       tp_placement_get_y          (TpPlacement *self);
double       tp_placement_get_dwell      (TpPlacement *self);

G_END_DECLS
