/* tp-glyphs.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small symbolic vector marks drawn with cairo in the current source colour:
 * one per card kind (also used for lanes, by their default card kind), one per
 * channel, the moment-that-matters star and the evidence marks.
 * Each fills the square (@x, @y, @size, @size).
 */

#pragma once

#include <cairo.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

void tp_glyph_card_kind (cairo_t    *cr,
                         TpCardKind  kind,
                         double      x,
                         double      y,
                         double      size);
void tp_glyph_lane_kind (cairo_t    *cr,
                         TpLaneKind  kind,
                         double      x,
                         double      y,
                         double      size);
void tp_glyph_channel   (cairo_t    *cr,
                         TpChannel   channel,
                         double      x,
                         double      y,
                         double      size);
/** tp_glyph_star_path: appends a five-pointed star path centred on (@cx, @cy). */
void tp_glyph_star_path (cairo_t    *cr,
                         double      cx,
                         double      cy,
                         double      radius);
/** tp_glyph_evidence: filled disc (observed), half disc (assumed), ring (proposed). */
void tp_glyph_evidence  (cairo_t    *cr,
                         TpEvidence  evidence,
                         double      x,
                         double      y,
                         double      size);
/** tp_glyph_set_evidence_dash: sets the outline dash of @evidence (solid/dashed/dotted) for
 * @line_width. */
void tp_glyph_set_evidence_dash (cairo_t    *cr,
                                 TpEvidence  evidence,
                                 double      line_width);

G_END_DECLS
