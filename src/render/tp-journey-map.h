/* tp-journey-map.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map as a TpView: phases across, lanes down, the emotion line,
 * over TpJourneyLayout and the journey painter. Steps are phases; a tall
 * phase is paged between lanes with the phase and lane headers pinned.
 */

#pragma once

#include "tp-view-base.h"

G_BEGIN_DECLS

#define TP_TYPE_JOURNEY_MAP (tp_journey_map_get_type ())

G_DECLARE_FINAL_TYPE (TpJourneyMap, tp_journey_map, TP, JOURNEY_MAP, TpViewBase)

G_END_DECLS
