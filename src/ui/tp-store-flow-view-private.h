/* tp-store-flow-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-store-flow-view.c (the canvas glue: layout, painting,
 * picking, keyboard neighbours) and tp-store-flow-view-edit.c (moving,
 * snapping, nudging, reordering and deleting stops and zones).
 */

#pragma once

#include "tp-store-flow-view.h"

G_BEGIN_DECLS

typedef struct _TpStoreZoneEdit TpStoreZoneEdit;

/* Tiles per side at most. */
#define TILE_GRID 64

struct _TpStoreFlowView
{
  TpCanvas              parent_instance;

  /* owned */
  TpStoreLayout        *layout;
  TpStoreLayout        *previous;     /* the layout before the last change, to reuse from */
  GtkWidget            *options_button;

  /* view options */
  gboolean              heat;
  const char           *heat_kind;    /* "dwell" or "visits" (static) */
  gboolean              heat_fixed;
  gboolean              overlay;
  gboolean              compare;      /* the other state of the journey, dashed */
  gboolean              side_by_side; /* with compare: the two states' plans side by side */
  TpStoreLayoutOptions  options;

  /* drawing zones and the picture (tp-store-flow-view-zones.c, -background.c) */
  TpStoreZoneEdit      *zone_edit;
};

/* The element a stop stands for in the selection: its card, else its placement. */
TpElement *_tp_store_flow_view_stop_element (TpStoreFlowView *self,
                                             guint            i);
/* The index of the stop of @element (card or placement), or -1. */
int        _tp_store_flow_view_find_stop    (TpStoreFlowView *self,
                                             gpointer         element);
/* The index of the zone @element, or -1. */
int        _tp_store_flow_view_find_zone    (TpStoreFlowView *self,
                                             gpointer         element);
/* Metres between the grid's lines as painted. */
double     _tp_store_flow_view_grid_step    (TpStoreFlowView *self);

void       _tp_store_flow_view_init_edit    (TpStoreFlowView *self);
/* tp-store-flow-view-place.c: cards dropped on the plan. */
void       _tp_store_flow_view_init_place   (TpStoreFlowView *self);
gboolean   _tp_store_flow_view_drop_target  (TpCanvas        *canvas,
                                             GPtrArray       *elements,
                                             double           x,
                                             double           y,
                                             TpRect          *area,
                                             TpRect          *indicator);
/* Whether what is dragged now snaps: snapping is on for the window (the tool bar's magnet) and
 * Shift is not held. */
gboolean   _tp_store_flow_view_snaps        (TpStoreFlowView *self);
/* Snaps a move of @elements by (*@dx, *@dy) metres: zones to other zones, the plan and the grid,
 * and keeps everything inside the plan. */
void       _tp_store_flow_view_snap_offset  (TpStoreFlowView *self,
                                             GPtrArray       *elements,
                                             double          *dx,
                                             double          *dy);
/* Moves @elements (stops and zones) by (@dx, @dy) metres as one undo step. */
void       _tp_store_flow_view_move_elements (TpStoreFlowView *self,
                                              GPtrArray       *elements,
                                              double           dx,
                                              double           dy);
/* The dragged zones and stops where they will land. */
void       _tp_store_flow_view_snapshot_edit (TpStoreFlowView *self,
                                              GtkSnapshot     *snapshot,
                                              const TpRect    *visible);

/* tp-store-flow-view-zones.c: the zone tools (rectangle, polygon, handles, corners), renaming a
 * zone in place, the tool bar over the plan. */
void       _tp_store_flow_view_class_init_zones (TpCanvasClass   *canvas_class);
void       _tp_store_flow_view_init_zones       (TpStoreFlowView *self);
void       _tp_store_flow_view_dispose_zones    (TpStoreFlowView *self);
void       _tp_store_flow_view_allocate_zones   (TpStoreFlowView *self,
                                                 int              width,
                                                 int              height);
/* The zone being drawn or reshaped, its handles, the calibration line. */
void       _tp_store_flow_view_snapshot_zones   (TpStoreFlowView *self,
                                                 GtkSnapshot     *snapshot,
                                                 const TpRect    *visible);

G_END_DECLS
