/* tp-analysis-painter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts of the analysis (tp-analysis.h): the Pareto chart of pain
 * points, the impact/effort matrix of opportunities and the roll-up row
 * under the phase headers. Readable without colour: the vital few are
 * hatched, quadrants have marker shapes and names, evidence has patterns,
 * every figure is written out. Each chart has a hit test that maps a point
 * back to the card (or phase) it shows. Pure cairo + pango; no GTK.
 */

#pragma once

#include <cairo.h>

#include "tp-analysis.h"
#include "tp-rect.h"
#include "tp-theme.h"

G_BEGIN_DECLS

typedef struct {
  const TpTheme              *theme;         /* NULL = light */
  const char                 *font_family;   /* NULL = the theme's */
  const cairo_font_options_t *font_options;  /* NULL = the surface's */
} TpChartStyle;

/** tp_pareto_chart_paint: @ranking (in weight order) as bars of weight, tallest first, with
 *  the cumulative share and the 80 % line, in a @width × @height box at the origin. */
void     tp_pareto_chart_paint        (cairo_t             *cr,
                                       TpPainRanking       *ranking,
                                       double               width,
                                       double               height,
                                       const TpChartStyle  *style);
/** tp_pareto_chart_card_at: the card of the bar (or its label) at (@x, @y), or NULL. */
TpCard  *tp_pareto_chart_card_at      (TpPainRanking       *ranking,
                                       double               width,
                                       double               height,
                                       double               x,
                                       double               y);
/** tp_pareto_chart_bar: the rectangle of the @index-th bar (for keyboard focus rings). */
gboolean tp_pareto_chart_bar          (TpPainRanking       *ranking,
                                       double               width,
                                       double               height,
                                       guint                index,
                                       TpRect              *rect);

/** tp_impact_effort_paint: @matrix as a 5 × 5 grid (effort across, impact up), quadrants named,
 *  quick wins shaded and hatched, each opportunity a numbered marker, a numbered list beside. */
void     tp_impact_effort_paint       (cairo_t             *cr,
                                       TpOpportunityMatrix *matrix,
                                       double               width,
                                       double               height,
                                       const TpChartStyle  *style);
/** tp_impact_effort_card_at: the card of the marker or list row at (@x, @y), or NULL. */
TpCard  *tp_impact_effort_card_at     (TpOpportunityMatrix *matrix,
                                       double               width,
                                       double               height,
                                       double               x,
                                       double               y);
/** tp_impact_effort_marker: the centre of the @index-th opportunity's marker. */
gboolean tp_impact_effort_marker      (TpOpportunityMatrix *matrix,
                                       double               width,
                                       double               height,
                                       guint                index,
                                       double              *x,
                                       double              *y);

/** tp_rollup_row_height: the height the roll-up row needs. */
double   tp_rollup_row_height         (const TpChartStyle  *style);
/** tp_rollup_row_paint: the figures of each phase of @rollup in @columns (one per phase, in map
 *  units, all of height tp_rollup_row_height()). */
void     tp_rollup_row_paint          (cairo_t             *cr,
                                       TpJourneyRollup     *rollup,
                                       const TpRect        *columns,
                                       const TpChartStyle  *style);
/** tp_rollup_cell_paint: the figures of phase @p of @rollup in @column (map units, of height
 *  tp_rollup_row_height()), on the cell background when @background (else on what is there). */
void     tp_rollup_cell_paint         (cairo_t             *cr,
                                       TpJourneyRollup     *rollup,
                                       guint                p,
                                       const TpRect        *column,
                                       gboolean             background,
                                       const TpChartStyle  *style);
/** tp_rollup_row_phase_at: the phase whose figures are at (@x, @y), or NULL. */
TpPhase *tp_rollup_row_phase_at       (TpJourneyRollup     *rollup,
                                       const TpRect        *columns,
                                       double               x,
                                       double               y);

/** tp_emotion_overlay_paint: the emotion lines of the journeys of @alignment over one set of
 *  phase columns (aligned by title), each in its persona's colour with its own dash pattern and
 *  marker shape, a legend, and the phases not every journey has shaded and listed. */
void     tp_emotion_overlay_paint     (cairo_t             *cr,
                                       TpPhaseAlignment    *alignment,
                                       double               width,
                                       double               height,
                                       const TpChartStyle  *style);
/** tp_emotion_overlay_point_at: the journey and aligned row of the point at (@x, @y); FALSE when
 *  there is none. */
gboolean tp_emotion_overlay_point_at  (TpPhaseAlignment    *alignment,
                                       double               width,
                                       double               height,
                                       double               x,
                                       double               y,
                                       guint               *journey,
                                       guint               *row);
/** tp_emotion_overlay_point: where journey @journey's point of row @row is; FALSE without data. */
gboolean tp_emotion_overlay_point     (TpPhaseAlignment    *alignment,
                                       double               width,
                                       double               height,
                                       guint                journey,
                                       guint                row,
                                       double              *x,
                                       double              *y);

/** tp_journey_diff_height: the height tp_journey_diff_paint() needs at @width. */
double   tp_journey_diff_height       (TpJourneyDiff       *diff,
                                       double               width,
                                       const TpChartStyle  *style);
/** tp_journey_diff_paint: current and future side by side, phase by phase (aligned by title):
 *  the emotion of each with an up or down arrow, and the cards added (+), removed (−), moved (→)
 *  and changed (✎), with their metric changes, written out so they read without colour. */
void     tp_journey_diff_paint        (cairo_t             *cr,
                                       TpJourneyDiff       *diff,
                                       double               width,
                                       const TpChartStyle  *style);
/** tp_journey_diff_card_at: the card of the line at (@x, @y) — the future's, or the current's
 *  when it was removed — or NULL. */
TpCard  *tp_journey_diff_card_at      (TpJourneyDiff       *diff,
                                       double               width,
                                       double               x,
                                       double               y);

/** tp_analysis_format_duration: "45 s", "2.5 min", "3 h", "2 days" (translated). */
char    *tp_analysis_format_duration  (double               seconds);

G_END_DECLS
