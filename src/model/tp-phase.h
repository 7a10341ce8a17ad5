/* tp-phase.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A phase of a journey: a column of the map, a step of the blueprint.
 * Properties: "id", "title", "description" (the phase goal), "color".
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_PHASE (tp_phase_get_type ())

G_DECLARE_FINAL_TYPE (TpPhase, tp_phase, TP, PHASE, TpElement)

TpPhase     *tp_phase_new                (const char *id);
const char  *tp_phase_get_title          (TpPhase    *self);
const char  *tp_phase_get_description    (TpPhase    *self);
const char  *tp_phase_get_color          (TpPhase    *self);
/** tp_phase_get_palette: the colours new phases take, in order ("#rrggbb"; static). */
const char * const *tp_phase_get_palette (guint     *n_colors);

G_END_DECLS
