/* tp-blueprint-route-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-blueprint-route.c (the grid and the search) and
 * tp-blueprint-route-parallel.c (spreading parallel arrows).
 */

#pragma once

#include "tp-blueprint-route.h"
#include "tp-blueprint-layout-private.h"

G_BEGIN_DECLS

enum { EAST, WEST, SOUTH, NORTH };

#define EPSILON 1e-6

typedef struct {
  guint ix;    /* vertical channel */
  guint row;
  guint k;     /* horizontal channel of the row */
} GridRef;

typedef struct {
  TpConnection *connection;
  TpCard       *from;
  TpCard       *to;
  guint         from_place[3];  /* track, row, level when routed */
  guint         to_place[3];
  int           from_side;
  int           to_side;
  GArray       *nodes;          /* GridRef */
  GArray       *base;           /* TpPoint before parallel offsets */
  GArray       *points;         /* TpPoint drawn */
} RouteData;

typedef struct {
  double f;
  double g;
  guint  state;
} HeapItem;

struct _TpBlueprintRoutes
{
  TpBlueprintRouteOptions options;
  TpBlueprintLayout      *layout;   /* borrowed: the last one given */

  GPtrArray              *data;     /* RouteData, journey order */
  GArray                 *routes;   /* TpBlueprintRoute, parallel to data */
  GHashTable             *by_connection;

  /* The grid of channel centre lines. */
  guint                   nx;
  guint                   ny;
  double                 *xs;
  double                 *ys;
  guint                  *line_start;  /* row → first horizontal line */
  guint                  *row_slots;
  TpCard                **steps;       /* the step of each column when routed */
  guint                  *column_track; /* and its first track */
  guint                   n_columns;
  guint                   n_rows;

  /* Search state, per (node, heading); valid where stamp == generation. */
  guint                   n_states;
  double                 *g;
  int                    *parent;      /* state, or -1 - side for a first node */
  guint                  *stamp;
  guint                   generation;
  GArray                 *heap;
};

/* Sets each route's points from its base points, parallel segments apart. */
void _tp_blueprint_routes_spread_parallel (TpBlueprintRoutes *r);

G_END_DECLS
