/* tp-journey-painter-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>
#include "tp-journey-painter.h"

G_BEGIN_DECLS

typedef struct {
  double         size;        /* pixels (map units) */
  PangoWeight    weight;
  double         width;       /* wrap / ellipsize width; <= 0 = unbounded */
  int            max_lines;   /* 1 = single line */
  PangoAlignment alignment;
} TpTextStyle;

const TpTheme *_tp_painter_theme        (const TpJourneyPaintOptions *options);
gboolean       _tp_painter_draws_text   (const TpJourneyPaintOptions *options);
/* Text on cards: as _tp_painter_draws_text(), and not below options->min_card_text_px. */
gboolean       _tp_painter_draws_card_text (const TpJourneyPaintOptions *options);
gboolean       _tp_painter_is_selected  (const TpJourneyPaintOptions *options,
                                         gpointer                     element);
PangoLayout   *_tp_painter_text_layout  (cairo_t                     *cr,
                                         const TpJourneyPaintOptions *options,
                                         const char                  *text,
                                         const TpTextStyle           *style);
/* Like _tp_painter_text_layout(), from options->text_cache when @text was shaped in @style
 * before in this paint; the caller gets a reference and must not change the layout. */
PangoLayout   *_tp_painter_cached_layout (cairo_t                    *cr,
                                         const TpJourneyPaintOptions *options,
                                         const char                  *text,
                                         const TpTextStyle           *style);
/* Draws @text with its top-left at (x, y); returns the height used. */
double         _tp_painter_draw_text    (cairo_t                     *cr,
                                         const TpJourneyPaintOptions *options,
                                         const char                  *text,
                                         const TpTextStyle           *style,
                                         double                       x,
                                         double                       y);
gboolean       _tp_painter_clip_hits    (const TpJourneyPaintOptions *options,
                                         const TpRect                *rect);

G_END_DECLS
