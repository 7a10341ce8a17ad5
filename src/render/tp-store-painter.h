/* tp-store-painter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints the store-flow view from its layout with cairo and pango, in map
 * units: the plan to scale with its grid and faded picture, the zones in
 * fills and patterns (so they read without colour) with their names, the
 * heat per zone, the customer path with direction arrows and the ground
 * walked again, the numbered stops coloured by emotion and sized by dwell
 * with their pain points, the plan's other journeys in persona colours, the
 * legend, the scale bar and the figures. Light, dark and presentation.
 */

#pragma once

#include <cairo.h>
#include "tp-store-layout.h"
#include "tp-theme.h"

G_BEGIN_DECLS

typedef struct {
  const TpTheme              *theme;           /* NULL = light */
  double                      scale;           /* device pixels per map unit */
  const TpRect               *clip;            /* map units; NULL = everything */
  int                         spotlight_stop;  /* -1 = none */
  gboolean                    transparent;     /* leave the background unpainted */
  GHashTable                 *selection;       /* TpElement* (placements, zones, cards) or NULL */
  const char                 *font_family;     /* NULL = the theme's */
  const cairo_font_options_t *font_options;
} TpStorePaintOptions;

void tp_store_paint_options_init     (TpStorePaintOptions       *options);
/** tp_store_painter_paint: the whole picture. */
void tp_store_painter_paint          (cairo_t                   *cr,
                                      TpStoreLayout             *layout,
                                      const TpStorePaintOptions *options);
/** tp_store_painter_paint_plan: the plan alone (floor, picture, grid, zones, heat, paths, stops). */
void tp_store_painter_paint_plan     (cairo_t                   *cr,
                                      TpStoreLayout             *layout,
                                      const TpStorePaintOptions *options);
/** tp_store_painter_paint_legend: the legend, the scale bar and the figures. */
void tp_store_painter_paint_legend   (cairo_t                   *cr,
                                      TpStoreLayout             *layout,
                                      const TpStorePaintOptions *options);
/** tp_store_painter_stop_color: the fill of a stop: its emotion, or neutral without one. */
void tp_store_painter_stop_color     (const TpTheme             *theme,
                                      const TpStoreStop         *stop,
                                      TpRgba                    *color);
/** tp_store_painter_side_caption: side by side, the caption of the current (@future FALSE) or
 *  future state's plan: *@title its state and journey ("Current: Store visit"), *@figures its
 *  path length and time spent, and for the future state the change from the current one (free
 *  both). FALSE when @layout is not side by side. */
gboolean tp_store_painter_side_caption (const TpStoreLayout     *layout,
                                        gboolean                 future,
                                        char                   **title,
                                        char                   **figures);
/** tp_store_painter_figures: the one-line summary of @walk's figures (translated; free it). */
char *tp_store_painter_figures       (const TpStoreWalk         *walk);
/** tp_store_format_duration: "45 s", "4 min 5 s", "1 h 3 min" (translated; free it). */
char *tp_store_format_duration       (double                     seconds);

G_END_DECLS
