/* tp-blueprint-painter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints a service blueprint from its layout, routes and analysis with cairo
 * and pango, in map units: rows with their labels, the three lines drawn and
 * named, cards (the journey map's card, with a footer for the owning
 * department, a duration, and an "unowned" flag), fail points as a circled
 * F, phase headers with the phase's time, arrows with a line style per kind,
 * an arrowhead and an optional label, hand-offs haloed. Everything a colour
 * says is also said by a shape. Light, dark and presentation themes; below
 * TP_PAINTER_TEXT_MIN_SCALE no text, below TP_BLUEPRINT_PAINTER_SHAPE_SCALE
 * cards and arrows are plain shapes.
 */

#pragma once

#include <cairo.h>
#include "tp-theme.h"
#include "tp-blueprint-analysis.h"
#include "tp-blueprint-layout.h"
#include "tp-blueprint-route.h"

G_BEGIN_DECLS

#define TP_BLUEPRINT_PAINTER_SHAPE_SCALE 0.25

typedef struct {
  const TpTheme              *theme;            /* NULL = light */
  GHashTable                 *selection;        /* TpElement* keys, or NULL */
  gpointer                    hovered;          /* a TpElement, or NULL */
  double                      scale;            /* device pixels per map unit (level of detail) */
  const TpRect               *clip;             /* map units; NULL = everything */
  int                         spotlight_column; /* step to spotlight, -1 = none */
  gboolean                    transparent;      /* leave the background unpainted */
  const cairo_font_options_t *font_options;     /* NULL = cairo's */
  GHashTable                 *text_cache;       /* shaped texts kept for one whole paint, or NULL */
} TpBlueprintPaintOptions;

/** tp_blueprint_paint_options_init: light, nothing selected, scale 1, no clip, no spotlight. */
void tp_blueprint_paint_options_init       (TpBlueprintPaintOptions       *options);

/** tp_blueprint_painter_paint: the whole blueprint (within the clip). */
void tp_blueprint_painter_paint            (cairo_t                       *cr,
                                            TpBlueprintLayout             *layout,
                                            TpBlueprintRoutes             *routes,
                                            TpBlueprintAnalysis           *analysis,
                                            const TpBlueprintPaintOptions *options);

/* The pieces, in map coordinates. */
void tp_blueprint_painter_paint_rows       (cairo_t                       *cr,
                                            TpBlueprintLayout             *layout,
                                            const TpBlueprintPaintOptions *options);
void tp_blueprint_painter_paint_lines      (cairo_t                       *cr,
                                            TpBlueprintLayout             *layout,
                                            const TpBlueprintPaintOptions *options);
void tp_blueprint_painter_paint_phase_header (cairo_t                     *cr,
                                            TpBlueprintLayout             *layout,
                                            TpBlueprintAnalysis           *analysis,
                                            guint                          phase_index,
                                            const TpBlueprintPaintOptions *options);
void tp_blueprint_painter_paint_card       (cairo_t                       *cr,
                                            const TpBlueprintBox          *box,
                                            TpBlueprintAnalysis           *analysis,
                                            const TpBlueprintPaintOptions *options);
void tp_blueprint_painter_paint_route      (cairo_t                       *cr,
                                            const TpBlueprintRoute        *route,
                                            TpBlueprintAnalysis           *analysis,
                                            const TpBlueprintPaintOptions *options);
/** tp_blueprint_painter_paint_spotlight: veils every column but options->spotlight_column. */
void tp_blueprint_painter_paint_spotlight  (cairo_t                       *cr,
                                            TpBlueprintLayout             *layout,
                                            const TpBlueprintPaintOptions *options);
/** tp_blueprint_department_color: the colour of department @name (the same name, in any case,
 * gets the same colour); FALSE for no department. */
gboolean tp_blueprint_department_color     (const TpTheme                 *theme,
                                            const char                    *name,
                                            TpRgba                        *color);

G_END_DECLS
