/* tp-store-flow-view-tools.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-store-flow-view-zones.c (the zone tools, renaming a zone in
 * place, the tool bar) and tp-store-flow-view-background.c (the plan's
 * picture: import, calibration line, fade, lock).
 */

#pragma once

#include "render/tp-store-snap.h"
#include "tp-store-flow-view-private.h"
#include "tp-store-flow-view-zones.h"

G_BEGIN_DECLS

typedef enum {
  TP_STORE_TOOL_SELECT,
  TP_STORE_TOOL_RECT,
  TP_STORE_TOOL_POLYGON,
  TP_STORE_TOOL_CALIBRATE,
  TP_STORE_TOOL_MOVE_PICTURE,
} TpStoreTool;

typedef enum {
  TP_STORE_GESTURE_NONE,
  TP_STORE_GESTURE_RECT,        /* drawing a rectangle from corner to corner */
  TP_STORE_GESTURE_CORNER,      /* a corner added to the polygon being drawn */
  TP_STORE_GESTURE_HANDLE,      /* a handle of the selected rectangle */
  TP_STORE_GESTURE_VERTEX,      /* a corner of the selected polygon */
  TP_STORE_GESTURE_CALIBRATE,   /* the line over a known length */
  TP_STORE_GESTURE_PICTURE,     /* the plan's picture dragged */
} TpStoreGesture;

struct _TpStoreZoneEdit
{
  TpStoreTool     tool;
  TpStoreGesture  gesture;
  TpPoint         from;          /* metres: the rectangle's or the line's first point */
  TpPoint         to;
  GArray         *points;        /* TpPoint: the polygon being drawn */
  gboolean        have_hover;
  TpPoint         hover;         /* metres: the pointer while drawing a polygon */
  gboolean        told_limit;    /* the polygon reached its most corners, and it was said */

  /* the zone being reshaped */
  TpZone         *zone;          /* owned */
  TpRect          start_rect;    /* metres */
  TpStoreHandle   handle;
  GArray         *start_points;  /* TpPoint: its corners when the drag began */
  guint           vertex;
  TpRect          preview;       /* the rectangle as it will be */

  TpZone         *closed;        /* owned: the zone a double click just closed */

  /* the picture being moved: its top-left corner (metres) when the drag began, and now */
  TpPoint         picture_start;
  TpPoint         picture_at;

  /* renaming a zone in place */

  /* the calibration: the line drawn, the length asked in a popover */
  GtkWidget      *calibrate_popover;
  GtkWidget      *calibrate_entry;
  GtkWidget      *calibrate_label;
  gboolean        calibrate_shown;   /* the line stays drawn while the length is asked */
  gboolean        asking_width;      /* the line is the picture's top edge: its width is asked */

  /* the tool bar over the plan's top-left corner */
  GtkWidget      *toolbar;
  GtkWidget      *tool_buttons[3];
  GtkWidget      *picture_button;
  GtkWidget      *move_picture_button;
  GtkWidget      *opacity_scale;
  GtkWidget      *lock_check;
  GtkWidget      *snap_button;
  gboolean        snap_off;      /* the tool bar's magnet is off: nothing snaps in this window */
  gboolean        updating;

  /* drawing a polygon from the keyboard: the cursor the arrows move (metres) */
  gboolean        key_cursor_shown;
  TpPoint         key_cursor;
  double          pointer_x;     /* widget: where the pointer last was over the plan */
  double          pointer_y;
};

static inline TpStoreZoneEdit *
_tp_store_zone_edit (TpStoreFlowView *self)
{
  return self->zone_edit;
}

/* tp-store-flow-view-zones.c */
/* The one zone selected (whose handles show), or NULL. */
TpZone     *_tp_store_flow_view_selected_zone    (TpStoreFlowView *self);
const TpStoreShape *_tp_store_flow_view_zone_shape (TpStoreFlowView *self,
                                                  TpZone          *zone);
/* Map point (@x, @y) as metres on the plan, snapped (not to @skip) and kept on the plan. */
TpPoint     _tp_store_flow_view_snapped_point    (TpStoreFlowView *self,
                                                  TpZone          *skip,
                                                  double           x,
                                                  double           y);
/* A new zone (@rect, or the polygon @points), one undo step, selected and open for naming. */
TpZone     *_tp_store_flow_view_add_zone_outline (TpStoreFlowView *self,
                                                  const char      *label,
                                                  const TpRect    *rect,
                                                  const TpPoint   *points,
                                                  guint            n_points);
void        _tp_store_flow_view_set_zone_rect    (TpStoreFlowView *self,
                                                  TpZone          *zone,
                                                  const TpRect    *rect);
void        _tp_store_flow_view_clear_polygon    (TpStoreFlowView *self);

/* tp-store-flow-view-zones-keys.c */
void        _tp_store_flow_view_init_zone_keys   (TpStoreFlowView *self);
/* The polygon tool: a corner at (@p, metres, as it is), or the polygon closed when @p is on its
 * first corner (three or more drawn) or again on its last. */
void        _tp_store_flow_view_add_corner_at    (TpStoreFlowView *self,
                                                  TpPoint          p);
void        _tp_store_flow_view_class_init_zone_keys (GtkWidgetClass *widget_class);

/* tp-store-flow-view-geometry.c: for the end-to-end tests (TP_E2E_GEOMETRY) */
gboolean    _tp_store_flow_view_describe         (TpCanvas        *canvas,
                                                  JsonBuilder     *builder,
                                                  double           dx,
                                                  double           dy);

/* tp-store-flow-view-zones-draw.c */
void        _tp_store_flow_view_create_toolbar   (TpStoreFlowView *self);
/* Keeps the presses and releases of @child (a button, an entry over the plan) from the canvas's
 * gestures, which would otherwise see a press whose release never comes and miss the next one. */
void        _tp_store_flow_view_keep_pointer     (GtkWidget       *child);

/* Metres per pixel on screen now: how near counts as "at" is in pixels. */
double      _tp_store_flow_view_metres_per_pixel (TpStoreFlowView *self);
void        _tp_store_flow_view_set_tool         (TpStoreFlowView *self,
                                                  TpStoreTool      tool);
/* A short message at the bottom of the window (a toast), else a warning in the log. */
void        _tp_store_flow_view_tell             (TpStoreFlowView *self,
                                                  const char      *message);
TpFloorPlan *_tp_store_flow_view_get_plan        (TpStoreFlowView *self);

/* tp-store-flow-view-background.c */
GtkWidget  *_tp_store_flow_view_create_picture_menu (TpStoreFlowView *self);
void        _tp_store_flow_view_update_picture_menu (TpStoreFlowView *self);
void        _tp_store_flow_view_class_init_background (GtkWidgetClass *widget_class);
/* The calibration line drawn (metres): asks for its length. */
void        _tp_store_flow_view_ask_length       (TpStoreFlowView *self);
/* The Move Picture tool: a press at map (@x, @y) picks the picture up (TRUE), the pointer drags
 * it, the release puts it down (one undo step); the frame and ghost drawn meanwhile. */
gboolean    _tp_store_flow_view_press_picture    (TpStoreFlowView *self,
                                                  double           x,
                                                  double           y);
void        _tp_store_flow_view_drag_picture     (TpStoreFlowView *self,
                                                  double           x,
                                                  double           y);
void        _tp_store_flow_view_drop_picture     (TpStoreFlowView *self);
void        _tp_store_flow_view_snapshot_picture (TpStoreFlowView *self,
                                                  cairo_t         *cr);
void        _tp_store_flow_view_dispose_background (TpStoreFlowView *self);

G_END_DECLS
