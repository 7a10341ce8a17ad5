/* tp-analysis-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis of the visible journey in the window (the "analysis" view of
 * render/tp-analysis-view.h on the canvas base): the figures per phase, the
 * Pareto chart of pain points, the impact/effort matrix with its quick wins,
 * the fail points, the emotion lines of the project's journeys overlaid and
 * a future state compared with its current state. A click on any mark
 * selects its card (the shared TpSelection); a double click or Enter shows
 * it in the journey map.
 */

#pragma once

#include "render/tp-analysis-view.h"
#include "tp-canvas.h"

G_BEGIN_DECLS

#define TP_TYPE_ANALYSIS_PAGE (tp_analysis_page_get_type ())

G_DECLARE_FINAL_TYPE (TpAnalysisPage, tp_analysis_page, TP, ANALYSIS_PAGE, TpCanvas)

GtkWidget *tp_analysis_page_new            (void);
/** tp_analysis_page_get_point: the middle of @element's mark in widget coordinates; FALSE when
 *  the analysis does not show it (tests drive clicks through it). */
gboolean   tp_analysis_page_get_point      (TpAnalysisPage *self,
                                            TpElement      *element,
                                            double         *wx,
                                            double         *wy);

/** tp_analysis_page_set_overlay_button: @button (a menu button over the page) opens the list of
 *  the project's other journeys, each with a check box: whether its emotion line is overlaid
 *  with the shown journey's, with "Same Persona" and "All Journeys" presets. */
void       tp_analysis_page_set_overlay_button (TpAnalysisPage *self,
                                            GtkMenuButton  *button);
/** tp_analysis_page_get_overlaid: whether @journey's emotion line is in the overlay (all are,
 *  until one is left out). */
gboolean   tp_analysis_page_get_overlaid   (TpAnalysisPage *self,
                                            TpJourney      *journey);
void       tp_analysis_page_set_overlaid   (TpAnalysisPage *self,
                                            TpJourney      *journey,
                                            gboolean        overlaid);
/** tp_analysis_page_dup_overlay: the journeys overlaid as chosen (for exports, prints and
 *  presentations of the analysis), or NULL while every journey is (transfer full). */
GPtrArray *tp_analysis_page_dup_overlay    (TpAnalysisPage *self);
/** tp_analysis_page_get_view: the analysis shown (borrowed; renewed after each change). */
TpAnalysisView *tp_analysis_page_get_view  (TpAnalysisPage *self);

G_END_DECLS
