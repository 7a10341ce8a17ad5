/* tp-store-geometry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plane geometry of the store-flow view, in metres in the floor plan's own
 * frame (x to the right, y downwards): the zones as outlines, point in
 * polygon, segments against polygons, snapping for moving, resizing and
 * vertex drags, and hit-testing. Pure; no cairo, no GTK.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-rect.h"

G_BEGIN_DECLS

typedef enum {
  TP_POINT_OUTSIDE,
  TP_POINT_ON_BOUNDARY,
  TP_POINT_INSIDE,
} TpPointLocation;

/* A zone as geometry. */
typedef struct {
  TpZone   *zone;       /* borrowed */
  TpPoint  *points;     /* the outline: 4 corners of a rectangle, or the polygon's points */
  guint     n_points;
  TpRect    bounds;
  double    area;       /* square metres (even-odd fill of the outline is not subtracted) */
  gboolean  walkable;
} TpStoreShape;

/* Distances below it (metres) count as touching. */
#define TP_STORE_EPSILON 1e-7

/** tp_polygon_locate: where (@x, @y) lies against the polygon (even-odd rule; within @tolerance of an
 * edge is on the boundary). */
TpPointLocation tp_polygon_locate          (const TpPoint *points,
                                            guint          n,
                                            double         x,
                                            double         y,
                                            double         tolerance);
/** tp_polygon_contains: inside or on the boundary. */
gboolean        tp_polygon_contains        (const TpPoint *points,
                                            guint          n,
                                            double         x,
                                            double         y);
void            tp_polygon_bounds          (const TpPoint *points,
                                            guint          n,
                                            TpRect        *bounds);
/** tp_polygon_area: the shoelace area (absolute). */
double          tp_polygon_area            (const TpPoint *points,
                                            guint          n);
/** tp_polygon_is_simple: FALSE when two edges that are not neighbours touch or cross (O(n²); for
 * the editor's warning, not for whole files). */
gboolean        tp_polygon_is_simple       (const TpPoint *points,
                                            guint          n);
/** tp_polygon_segment_inside: the length of the segment @a–@b that runs strictly inside the polygon,
 * as a fraction 0 … 1 of the segment; touching the boundary or running along it does not count.
 * When @intervals is not NULL, the inside stretches are appended to it as pairs of doubles (t0, t1). */
double          tp_polygon_segment_inside  (const TpPoint *points,
                                            guint          n,
                                            TpPoint        a,
                                            TpPoint        b,
                                            GArray        *intervals);
/** tp_polygon_blocks_segment: whether any part of @a–@b runs strictly inside the polygon. */
gboolean        tp_polygon_blocks_segment  (const TpPoint *points,
                                            guint          n,
                                            const TpRect  *bounds,
                                            TpPoint        a,
                                            TpPoint        b);
/** tp_segment_distance: the distance from (@x, @y) to the segment @a–@b, and the parameter 0 … 1
 * of the nearest point in @t (may be NULL). */
double          tp_segment_distance        (TpPoint        a,
                                            TpPoint        b,
                                            double         x,
                                            double         y,
                                            double        *t);

/** tp_store_shapes_new: the zones of @plan as outlines, in drawing order (array of TpStoreShape). */
GArray         *tp_store_shapes_new        (TpFloorPlan   *plan);
/** tp_store_shape_init: fills @shape from @zone (free with tp_store_shape_clear). */
void            tp_store_shape_init        (TpStoreShape  *shape,
                                            TpZone        *zone);
void            tp_store_shape_clear       (TpStoreShape  *shape);

/* --- Snapping ----------------------------------------------------------- */

typedef enum {
  TP_SNAP_NONE,
  TP_SNAP_GRID,
  TP_SNAP_ALIGN,    /* lined up with another zone's corner along one axis */
  TP_SNAP_EDGE,     /* on another zone's edge */
  TP_SNAP_VERTEX,   /* on another zone's corner */
} TpSnapKind;

typedef struct {
  double      grid;        /* metres between grid lines; 0 = no grid snapping */
  double      tolerance;   /* metres: how near counts as "at" */
  const TpRect *plan;      /* the plan's outline also snaps; may be NULL */
} TpSnapOptions;

/** tp_store_snap_point: snaps (@x, @y) — a corner being dragged — to the corners and edges of
 * @shapes (except @skip, the zone being edited; may be NULL), else lines it up with their corners,
 * else to the grid. Returns what it snapped to along x (the kind along y in *@kind_y). */
TpSnapKind      tp_store_snap_point        (const TpStoreShape  *shapes,
                                            guint                n_shapes,
                                            TpZone              *skip,
                                            const TpSnapOptions *options,
                                            double              *x,
                                            double              *y,
                                            TpSnapKind          *kind_y);
/** tp_store_snap_offset: snaps a zone (@points) being moved by (*@dx, *@dy): the offset is
 * corrected, along each axis, by the smallest amount that puts one of its corners in line with a
 * corner or axis-parallel edge of another zone (or the plan's outline), else its top-left corner
 * on the grid. */
void            tp_store_snap_offset       (const TpStoreShape  *shapes,
                                            guint                n_shapes,
                                            TpZone              *skip,
                                            const TpPoint       *points,
                                            guint                n_points,
                                            const TpSnapOptions *options,
                                            double              *dx,
                                            double              *dy);

/* --- Hit-testing -------------------------------------------------------- */

/** tp_store_hit_zone: the index of the topmost shape at (@x, @y) (within @tolerance of a thin one),
 * or -1. */
int             tp_store_hit_zone          (const TpStoreShape  *shapes,
                                            guint                n_shapes,
                                            double               x,
                                            double               y,
                                            double               tolerance);
/** tp_store_hit_vertex: the index of the corner of @shape within @tolerance of (@x, @y), nearest
 * first, or -1. */
int             tp_store_hit_vertex        (const TpStoreShape  *shape,
                                            double               x,
                                            double               y,
                                            double               tolerance);
/** tp_store_hit_circle: the index of the last (topmost) of @n circles (@centres, @radii) that
 * holds (@x, @y), or -1. */
int             tp_store_hit_circle        (const TpPoint       *centres,
                                            const double        *radii,
                                            guint                n,
                                            double               x,
                                            double               y);

G_END_DECLS
