/* tp-store-snap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pure parts of drawing and reshaping zones on a floor plan, in metres:
 * a rectangle from two corners, the eight handles of a rectangle and what
 * dragging one does, the edge of a polygon a new corner goes on, what makes
 * a drawn outline a zone (enough points, some area, not too many points),
 * and reading a length typed to calibrate the plan's picture. Snapping
 * itself is tp_store_snap_point() (tp-store-geometry.h). No cairo, no GTK.
 */

#pragma once

#include <glib.h>
#include "tp-store-geometry.h"

G_BEGIN_DECLS

/* A zone narrower than this (metres) on either side is no zone: a click, not a drag. */
#define TP_STORE_MIN_ZONE_SIDE  0.1
/* Less area than this (square metres) is no zone. */
#define TP_STORE_MIN_ZONE_AREA  0.01
/* The most corners a zone has; the file format refuses more (TP_FORMAT_MAX_ZONE_POINTS). */
#define TP_STORE_MAX_ZONE_POINTS 1000

typedef enum {
  TP_STORE_HANDLE_NONE = -1,
  TP_STORE_HANDLE_TOP_LEFT,
  TP_STORE_HANDLE_TOP,
  TP_STORE_HANDLE_TOP_RIGHT,
  TP_STORE_HANDLE_RIGHT,
  TP_STORE_HANDLE_BOTTOM_RIGHT,
  TP_STORE_HANDLE_BOTTOM,
  TP_STORE_HANDLE_BOTTOM_LEFT,
  TP_STORE_HANDLE_LEFT,
  TP_STORE_N_HANDLES
} TpStoreHandle;

typedef enum {
  TP_STORE_OUTLINE_OK,
  TP_STORE_OUTLINE_TOO_FEW,       /* fewer than 3 distinct corners */
  TP_STORE_OUTLINE_TOO_MANY,      /* more than TP_STORE_MAX_ZONE_POINTS */
  TP_STORE_OUTLINE_NO_AREA,       /* all on one line, or too small */
  TP_STORE_OUTLINE_CROSSES,       /* two edges cross */
  TP_STORE_OUTLINE_NOT_FINITE,
} TpStoreOutline;

/** tp_store_rect_from_corners: the rectangle with opposite corners @a and @b. */
void           tp_store_rect_from_corners (TpPoint        a,
                                           TpPoint        b,
                                           TpRect        *rect);
/** tp_store_rect_is_zone: whether @rect is large enough (and finite) to be a zone. */
gboolean       tp_store_rect_is_zone      (const TpRect  *rect);
/** tp_store_handle_position: where handle @handle of @rect is. */
TpPoint        tp_store_handle_position   (const TpRect  *rect,
                                           TpStoreHandle  handle);
/** tp_store_hit_handle: the handle of @rect within @tolerance of (@x, @y), nearest first, or
 * TP_STORE_HANDLE_NONE. */
TpStoreHandle  tp_store_hit_handle        (const TpRect  *rect,
                                           double         x,
                                           double         y,
                                           double         tolerance);
/** tp_store_resize_rect: @start with @handle dragged to (@x, @y): the edges the handle holds
 * follow the point, the others stay; an edge never comes nearer than @min_side to the one
 * opposite (it stops there rather than turning the rectangle inside out). */
void           tp_store_resize_rect       (const TpRect  *start,
                                           TpStoreHandle  handle,
                                           double         x,
                                           double         y,
                                           double         min_side,
                                           TpRect        *rect);
/** tp_store_outline_dedupe: drops corners that repeat the one before (a double click puts two
 * on one spot) and a last corner on the first; returns how many are left. */
guint          tp_store_outline_dedupe    (TpPoint       *points,
                                           guint          n);
/** tp_store_check_outline: whether @points make a zone's outline. */
TpStoreOutline tp_store_check_outline     (const TpPoint *points,
                                           guint          n);
/** tp_store_nearest_edge: the edge (from corner i to corner i + 1) of the closed outline
 * @points nearest (@x, @y) within @tolerance, or -1; @at gets the nearest point on it. */
int            tp_store_nearest_edge      (const TpPoint *points,
                                           guint          n,
                                           double         x,
                                           double         y,
                                           double         tolerance,
                                           TpPoint       *at);
/** tp_store_parse_length: reads a length as a person types it ("4.5", "4,5", "4.5 m",
 * "450 cm", "4500 mm"); FALSE unless it is a finite length > 0 and at most 100 km. */
gboolean       tp_store_parse_length      (const char    *text,
                                           double        *metres);

/* The farthest a coordinate on a plan goes from its origin, metres (as the file format). */
#define TP_STORE_MAX_COORDINATE 1000000.0

/** tp_store_parse_coordinate: reads a coordinate as typed ("4.5", "4,5", "-2 m", "450 cm", "0");
 * FALSE unless finite and at most TP_STORE_MAX_COORDINATE from 0. */
gboolean       tp_store_parse_coordinate  (const char    *text,
                                           double        *metres);

/** tp_store_plan_cover_picture: the plan's size (*@width, *@height, metres, grown when needed)
 * that holds a picture of @pixels_wide × @pixels_high at (@x, @y) drawn at @metres_per_pixel,
 * so that calibrating a picture larger than the plan shows it whole. */
void           tp_store_plan_cover_picture (double        x,
                                            double        y,
                                            guint         pixels_wide,
                                            guint         pixels_high,
                                            double        metres_per_pixel,
                                            double       *width,
                                            double       *height);

/* How much of a moved picture (metres, or all of it when smaller) stays over the plan. */
#define TP_STORE_PICTURE_MIN_OVERLAP 1.0

/** tp_store_keep_picture_on_plan: the picture's top-left corner (*@x, *@y, metres) for a
 * picture @width × @height metres, moved no further than keeps TP_STORE_PICTURE_MIN_OVERLAP of
 * it over @plan along each axis (a picture moved off the plan could not be grabbed again). */
void           tp_store_keep_picture_on_plan (const TpRect *plan,
                                              double        width,
                                              double        height,
                                              double       *x,
                                              double       *y);

G_END_DECLS
