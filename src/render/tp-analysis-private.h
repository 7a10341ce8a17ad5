/* tp-analysis-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the analysis files.
 */

#pragma once

#include "tp-analysis.h"

G_BEGIN_DECLS

/* The cards of @journey phase by phase, lane by lane, in cell order (transfer container). */
GPtrArray *_tp_analysis_cards_in_map_order (TpJourney  *journey);
/* The index of @card's phase in @phases (id → index + 1), or -1. */
int        _tp_analysis_phase_index        (GHashTable *phases,
                                            TpCard     *card);

G_END_DECLS
