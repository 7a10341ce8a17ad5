/* tp-store-path-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The router's insides, shared by tp-store-path.c (the corners and the
 * search) and tp-store-visibility.c (which obstacle blocks a segment, and
 * the graph of corners that see each other).
 */

#pragma once

#include "tp-store-path.h"

G_BEGIN_DECLS

typedef struct {
  const TpPoint *points;
  guint          n;
  TpRect         bounds;
  gboolean       is_rect;   /* an axis-aligned rectangle: its outline is its bounds */
} TpStoreObstacle;

typedef struct {
  TpPoint  p;        /* pushed out from the corner */
  TpPoint  corner;
  TpPoint  prev;     /* the corner's neighbours on its outline */
  TpPoint  next;
  int      obstacle;
} TpStoreCorner;

typedef struct {
  guint  to;
  double length;
} TpStoreEdge;

/* The obstacles that blocked the last few segments tested from one point: the next segment from
 * there is tested against them first. An obstacle that blocks a segment is one the whole test
 * would find, so the answer is the same, and it is found without walking the grid (most segments
 * from a point between shelves are blocked by the same one or two shelves). */
#define TP_STORE_HINTS 4

typedef struct {
  int   obstacle[TP_STORE_HINTS];
  guint n;
} TpStoreHints;

/* A* keeps, per node, the best clear walk known to reach it (G_MAXDOUBLE: none; the nodes a query
 * reached are listed and put back when it ends), where a closed node was reached from, and whether
 * it is closed (the query's stamp, so a query does not clear them). */
typedef struct {
  guint64 key;      /* the bits of f = g + the straight distance to the goal */
  double  g;
  guint   node;
  int     parent;
} TpStoreHeapItem;

typedef struct {
  TpStoreHeapItem *items;
  guint            len;
  guint            size;
} TpStoreBucket;

/* What a search changes as it goes: one for each thread searching the router's graph at once. */
typedef struct {
  guint   *stamps;      /* per obstacle: last visibility test that looked at it */
  guint    stamp;
  int      ignore[2];   /* obstacles holding the current query's ends */
  double   *g;
  int      *from;
  guint    *touched;    /* the nodes whose g this query set */
  guint     n_touched;
  guint    *closed;     /* per node: the query that closed it */
  guint     query;
  TpStoreBucket buckets[64];   /* the open set, a radix heap */
  guint64   heap_mask;  /* bit b: bucket b holds items */
  guint64   heap_last;  /* the key last taken */
  guint     heap_len;
} TpStoreSearch;

struct _TpStoreRouter
{
  GArray  *obstacles;   /* TpStoreObstacle */
  GArray  *corners;     /* TpStoreCorner */
  TpRect   extent;
  double   cell;
  guint    cols;
  guint    rows;
  GArray **cells;       /* guint obstacle indices per cell */
  /* The graph: corner i's edges are edges[edge_start[i] … edge_start[i + 1]), in the order of the
   * corners they go to; NULL until a walk first needs it. */
  guint       *edge_start;
  TpStoreEdge *edges;
  /* The corners by the cell of their turning point in a coarser grid (corner_cell wide, from the
   * extent's corner): cell c's are cell_corners[cell_start[c] … cell_start[c + 1]), and
   * cell_box[c] bounds their points. */
  double   corner_cell;
  guint    corner_cols;
  guint    corner_rows;
  guint   *cell_start;
  guint   *cell_corners;
  TpRect  *cell_box;
  GHashTable *legs;     /* LegKey → Leg: the walks already found */
  TpStoreSearch *search;   /* for the calling thread */
};

/* Files the obstacles in a grid over @plan (or their bounds). */
void     _tp_store_router_build_grid    (TpStoreRouter *router,
                                         const TpRect  *plan);
/* Whether a–b crosses no obstacle (but those @search ignores); @hints may be NULL. */
gboolean _tp_store_router_visible       (TpStoreRouter *router,
                                         TpStoreSearch *search,
                                         TpPoint        a,
                                         TpPoint        b,
                                         TpStoreHints  *hints);
/* Finds every pair of corners that see each other along a tangent edge (edge_start, edges), and
 * files the corners in the grid's cells (cell_start, cell_corners, cell_box). */
void     _tp_store_router_build_graph   (TpStoreRouter *router);
TpStoreSearch *_tp_store_search_new    (TpStoreRouter *router);
void     _tp_store_search_free          (TpStoreSearch *search);
/* Whether the walk from @a to @b is straight, the obstacles holding them aside. */
gboolean _tp_store_router_straight      (TpStoreRouter *router,
                                         TpStoreSearch *search,
                                         TpPoint        a,
                                         TpPoint        b);
/* The walk from @a to @b found by @search, as tp_store_router_route finds it but without the
 * router's table of walks found. The graph must be built (_tp_store_router_build_graph) unless
 * the walk is straight. */
gboolean _tp_store_router_find          (TpStoreRouter *router,
                                         TpStoreSearch *search,
                                         TpPoint        a,
                                         TpPoint        b,
                                         GArray        *path,
                                         double        *length);
/* The router's table of walks found: whether it has a–b, and adding one (taking @path). */
gboolean _tp_store_router_has_leg       (TpStoreRouter *router,
                                         TpPoint        a,
                                         TpPoint        b);
void     _tp_store_router_add_leg       (TpStoreRouter *router,
                                         TpPoint        a,
                                         TpPoint        b,
                                         GArray        *path,
                                         double         length,
                                         gboolean       reached);
/* The grid cell of @v along one axis. */
guint    _tp_store_router_cell_index    (double         origin,
                                         double         cell,
                                         guint          n,
                                         double         v);

/* Whether a walk leaving (or reaching) corner @c towards @p wraps around its obstacle. */
static inline gboolean
_tp_store_corner_tangent (const TpStoreCorner *c,
                          TpPoint              p)
{
  double s1 = (p.x - c->corner.x) * (c->prev.y - c->corner.y) - (p.y - c->corner.y) * (c->prev.x - c->corner.x);
  double s2 = (p.x - c->corner.x) * (c->next.y - c->corner.y) - (p.y - c->corner.y) * (c->next.x - c->corner.x);

  return s1 * s2 >= -1e-12;
}

G_END_DECLS
