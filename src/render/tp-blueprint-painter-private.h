/* tp-blueprint-painter-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tp-blueprint-painter.h"
#include "tp-journey-painter.h"

G_BEGIN_DECLS

/* Paints the dotted line along @points (level and upright stretches) that cairo_stroke would
 * with @cr's source, line width, round caps and the dash { @on, @off } from the first point,
 * on a picture, from strips drawn once (tp-blueprint-painter-dots.c); only what lies in
 * @clip (user units, NULL: all) needs to be right. FALSE: it cannot be done exactly here
 * (vector output, a dot across a corner, ...), nothing was painted, stroke it. */
gboolean _tp_blueprint_paint_dots (cairo_t       *cr,
                                   const TpPoint *points,
                                   guint          n,
                                   double         on,
                                   double         off,
                                   const TpRect  *clip);

/* tp-blueprint-painter-items.c: the journey painter's options for what a blueprint paints
 * the way a journey map does (cards' selection, titles); the theme in force; whether
 * @element is selected. */
void           _tp_blueprint_journey_options (const TpBlueprintPaintOptions *options,
                                              TpJourneyPaintOptions         *out);
const TpTheme *_tp_blueprint_theme_of        (const TpBlueprintPaintOptions *options);
gboolean       _tp_blueprint_is_selected     (const TpBlueprintPaintOptions *options,
                                              gpointer                       element);

G_END_DECLS
