/* tp-analysis-painter-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing helpers shared by the chart painters (tp-analysis-painter*.c).
 */

#pragma once

#include <pango/pangocairo.h>

#include "tp-analysis-painter.h"

G_BEGIN_DECLS

#define TEXT_SIZE 13.0
#define SMALL_SIZE 11.0

/* The style's theme, or the light one. */
const TpTheme *_tp_chart_theme        (const TpChartStyle *style);
/* @text in the chart font at @size, ellipsized at @width when > 0 (transfer full). */
PangoLayout   *_tp_chart_text_layout  (cairo_t            *cr,
                                       const TpChartStyle *style,
                                       const char         *text,
                                       double              size,
                                       gboolean            bold,
                                       double              width);
/* Draws @text with its top-left at (@x, @y), or centred on @x when @centre; returns its width. */
double         _tp_chart_draw_text    (cairo_t            *cr,
                                       const TpChartStyle *style,
                                       const TpRgba       *color,
                                       const char         *text,
                                       double              size,
                                       gboolean            bold,
                                       double              x,
                                       double              y,
                                       double              width,
                                       gboolean            centre);
/* Fills the current path with a diagonal hatch in @color, keeping the path. */
void           _tp_chart_fill_hatched (cairo_t            *cr,
                                       const TpRgba       *color);
TpRgba         _tp_chart_with_alpha   (const TpRgba       *color,
                                       double              alpha);

G_END_DECLS
