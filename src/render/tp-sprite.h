/* tp-sprite.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copies of small pictures that repeat on a big one: a card's frame, a
 * blueprint card's footer words, an arrow's head. On a picture (an image
 * surface, no sink, an unrotated scale), what a painter draws in an area is
 * drawn once into a small transparent image for each key and each position
 * within a pixel, and then copied; anywhere else (the SVG and PDF exports,
 * print, a sink) the painter draws it directly, so vector output receives
 * the same plain paths and text as before. The copies are kept on the
 * target surface: each thread painting its own surface has its own.
 * Pure cairo; no GTK.
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include "tp-rect.h"
#include "tp-theme.h"

G_BEGIN_DECLS

/* Draws the sprite's content with @cr's user space as at the call (map units); returns
 * whether all of it lies inside the area (FALSE: never copied, always drawn). */
typedef gboolean (*TpSpritePaintFunc) (cairo_t       *cr,
                                       gconstpointer  data);

/** tp_sprite_paint: paints what @paint draws, all of it inside @area (user space of @cr),
 *  through a copy kept under @key: @key_length bytes that must tell apart everything that
 *  changes what @paint draws relative to @area's origin (colours, sizes, text, font
 *  options); the scale and the position within a pixel are added here.
 *  @background NULL: the copy is drawn on transparent pixels and composited (give @area a
 *  margin for antialiasing); the same pixels as drawing directly, but where antialiased
 *  edges of what @paint draws overlap each other a channel can differ by one.
 *  @background an opaque colour that everything under @area is (the caller knows): the
 *  copy is drawn on that colour and replaces the whole device pixels inside @area, which
 *  are then exactly what drawing directly makes.
 *  Where a copy does not pay or cannot be made, calls @paint on @cr. */
void     tp_sprite_paint        (cairo_t           *cr,
                                 const TpRect      *area,
                                 const TpRgba      *background,
                                 gconstpointer      key,
                                 gsize              key_length,
                                 TpSpritePaintFunc  paint,
                                 gconstpointer      data);

/** tp_sprite_can_copy: whether tp_sprite_paint() on @cr would copy (an image target without
 *  a sink, drawn at an unrotated positive scale), for painters that choose between a
 *  copied and a drawn form of the same pixels. */
gboolean tp_sprite_can_copy     (cairo_t           *cr);

/* Tests: with FALSE every exact copy (with a background) and tp_sprite_can_copy() are off,
 * so painters draw directly, to compare the two (the copies on transparent pixels stay:
 * they are the painters' form of a card frame since session 5); the number of exact
 * copies made since the start (that the fast path ran). */
void     _tp_sprite_set_enabled (gboolean           enabled);
guint    _tp_sprite_get_n_copies (void);
/* Counts an exact copy made by a painter's own shortcut (a dotted line's strip). */
void     _tp_sprite_count_copy   (void);

G_END_DECLS
