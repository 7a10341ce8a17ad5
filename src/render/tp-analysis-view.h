/* tp-analysis-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis of a journey as a TpView ("analysis"): the roll-up row, the
 * Pareto chart of pain points and the impact/effort matrix, one step each,
 * exported, printed and presented like the map. Its table is the pain-point
 * ranking.
 */

#pragma once

#include "tp-analysis.h"
#include "tp-view-base.h"

G_BEGIN_DECLS

#define TP_VIEW_ANALYSIS "analysis"

#define TP_TYPE_ANALYSIS_VIEW (tp_analysis_view_get_type ())

G_DECLARE_FINAL_TYPE (TpAnalysisView, tp_analysis_view, TP, ANALYSIS_VIEW, TpViewBase)

/** tp_analysis_view_element_at: the card of the mark (bar, marker, list row, changed line) at
 *  map point (@x, @y), or the phase whose figures are there; NULL elsewhere. */
TpElement *tp_analysis_view_element_at   (TpAnalysisView *self,
                                          double          x,
                                          double          y);
/** tp_analysis_view_get_elements: every element with a mark, in reading order: the phases, the
 *  pain points, the opportunities, the fail points (transfer container). */
GPtrArray *tp_analysis_view_get_elements (TpAnalysisView *self);

/** tp_analysis_view_set_overlay: overlays the emotion lines of @journeys (TpJourney*, of the
 *  same project) with this journey's, instead of every journey of the project (@journeys NULL).
 *  With none, the part is left out: the steps and the size change. */
void       tp_analysis_view_set_overlay  (TpAnalysisView *self,
                                          GPtrArray      *journeys);
/** tp_analysis_view_get_overlay: the journeys overlaid and their phases aligned (this journey
 *  first), or NULL when the part is left out (borrowed). */
TpPhaseAlignment *tp_analysis_view_get_overlay (TpAnalysisView *self);

G_END_DECLS
