/* tp-rect.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rectangles in map units, shared by every view's layout and painter, and
 * the one rounded-rectangle path they all draw with. Pure cairo; no GTK.
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include "tp-draw.h"

G_BEGIN_DECLS

/* A point in map units (the blueprint's arrows, the store plan's outlines). */
typedef struct {
  double x;
  double y;
} TpPoint;

typedef struct {
  double x;
  double y;
  double width;
  double height;
} TpRect;

/** tp_rect_contains: whether (@x, @y) lies in @rect (left/top edges inside, right/bottom outside). */
gboolean tp_rect_contains        (const TpRect *rect,
                                  double        x,
                                  double        y);
/** tp_rect_intersects: whether @a and @b overlap by more than an edge. */
gboolean tp_rect_intersects      (const TpRect *a,
                                  const TpRect *b);
/** tp_rect_union: grows @total to cover @rect; when *@any is FALSE @total becomes @rect and *@any TRUE. */
void     tp_rect_union           (TpRect       *total,
                                  gboolean     *any,
                                  const TpRect *rect);
/** tp_cairo_rounded_rect: adds a closed rounded rectangle to @cr's path (@r clamped to fit). */
void     tp_cairo_rounded_rect   (cairo_t      *cr,
                                  double        x,
                                  double        y,
                                  double        width,
                                  double        height,
                                  double        r);

G_END_DECLS
