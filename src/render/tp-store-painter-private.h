/* tp-store-painter-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tp-journey-painter-private.h"
#include "tp-store-painter.h"

G_BEGIN_DECLS

typedef enum {
  TP_PATTERN_NONE,
  TP_PATTERN_DOTS,
  TP_PATTERN_HORIZONTAL,
  TP_PATTERN_VERTICAL,
  TP_PATTERN_HATCH,
  TP_PATTERN_BACKHATCH,
  TP_PATTERN_CROSS,
  TP_PATTERN_GRID,
  TP_PATTERN_RINGS,
} TpPattern;

const TpTheme *_tp_store_theme        (const TpStorePaintOptions *options);
/* The journey painter's text options for the same theme, fonts and scale. */
void           _tp_store_text_options (const TpStorePaintOptions *options,
                                       TpJourneyPaintOptions     *text);
void           _tp_store_zone_style   (const TpTheme             *theme,
                                       TpZoneKind                 kind,
                                       TpRgba                    *fill,
                                       TpRgba                    *ink,
                                       TpPattern                 *pattern);
/* Fills the current clip (within @area) with @pattern in @ink, @spacing map units apart. */
void           _tp_store_pattern      (cairo_t                   *cr,
                                       TpPattern                  pattern,
                                       const TpRgba              *ink,
                                       const TpRect              *area,
                                       double                     spacing);
/* The walking colour of @journey: its persona's, else the theme's line colour. */
void           _tp_store_path_color   (const TpTheme             *theme,
                                       TpJourney                 *journey,
                                       TpRgba                    *color);
void           _tp_store_heat_color   (double                     share,
                                       TpRgba                    *color);
void           _tp_store_pain_mark    (cairo_t                   *cr,
                                       const TpTheme             *theme,
                                       double                     x,
                                       double                     y,
                                       double                     size);

/* tp-store-painter-compare.c: the other state of the journey on the same plan. */
void           _tp_store_paint_compare   (cairo_t                   *cr,
                                          TpStoreLayout             *layout,
                                          const TpStorePaintOptions *options);
/* The line under the figures comparing the two states (free it), or NULL without the other or
 * side by side. */
char          *_tp_store_compare_figures (const TpStoreLayout       *layout);
/* Side by side: the caption above each plan (its state, journey and figures). */
void           _tp_store_paint_captions  (cairo_t                   *cr,
                                          TpStoreLayout             *layout,
                                          const TpStorePaintOptions *options);

G_END_DECLS
