/* tp-canvas-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-canvas.c (state, coordinates, cache, drawing) and
 * tp-canvas-input.c (gestures and keys).
 */

#pragma once

#include "tp-canvas.h"

G_BEGIN_DECLS

typedef enum {
  TP_CANVAS_DRAG_NONE,
  TP_CANVAS_DRAG_PENDING,      /* pressed on a draggable or reorderable element, not moved far enough yet */
  TP_CANVAS_DRAG_PENDING_BAND, /* pressed on nothing */
  TP_CANVAS_DRAG_ELEMENTS,
  TP_CANVAS_DRAG_BAND,
  TP_CANVAS_DRAG_TOOL,         /* the view's tool_press took the press */
  TP_CANVAS_DRAG_REORDER,      /* a header dragged along its band */
} TpCanvasDrag;

typedef struct {
  /* owned */
  TpProject       *project;
  TpJourney       *journey;
  TpSelection     *selection;
  GHashTable      *nodes;        /* key (element or tile key) → CachedNode */
  GHashTable      *selected;     /* set of selected TpElement */
  GPtrArray       *dragged;      /* TpElement refs being dragged */
  GPtrArray       *band_base;    /* selection before a Shift/Ctrl rubber band */

  /* borrowed */
  const TpTheme   *theme;
  TpElement       *pressed;

  guint            frame;
  gboolean         fit_pending;  /* fit (at most fit_max_zoom) when next allocated */
  double           fit_max_zoom;
  gboolean         fit_follow;   /* fitted at opening and untouched since: fit again on resize */
  guint            fit_tick;     /* asks for that allocation at the next frame */
  gboolean         zoom_notify_pending;  /* a fit while allocating: notify::zoom at that frame */
  double           zoom;
  double           scroll_x;
  double           scroll_y;

  TpCanvasDrag     drag;
  GdkModifierType  press_modifiers;
  GdkModifierType  pointer_modifiers;  /* at the last press or motion, or changed since */
  double           press_x;      /* widget */
  double           press_y;
  double           drag_dx;      /* widget pixels */
  double           drag_dy;
  double           pan_start_x;
  double           pan_start_y;
  double           pinch_start_zoom;
  double           pointer_x;
  double           pointer_y;
  TpRect           band;         /* map units */

  /* Where the dragged elements (or a palette's) would land, map units. */
  gboolean         drop_valid;
  TpRect           drop_area;
  TpRect           drop_indicator;
  TpElement       *drop_anchor;  /* the drag's anchor, during the drop */
  guint            reorder_index;
  gboolean         reorder_valid;
  TpRect           reorder_indicator;

  /* Naming in place (tp-canvas-rename.c) */
  GtkWidget       *rename_entry;
  TpElement       *rename_element;
  guint            rename_idle;  /* the entry lost the focus: commit when it settles */

  /* Arrows (tp-canvas-connections.c) */
  TpCard          *tab_anchor;   /* owned: Tab walks this card's arrows */
  TpCard          *handle_card;  /* owned: the card under the pointer, showing its handle */
  int              connect_tool; /* TpCanvasConnectTool */
  TpCard          *connect_card;        /* owned: the new arrow starts from it */
  TpConnection    *connect_connection;  /* owned: the arrow whose end moves */
  TpCard          *connect_target;      /* owned: the card under the pointer meanwhile */
  double           connect_x;           /* the pointer meanwhile, map units */
  double           connect_y;
} TpCanvasPrivate;

TpCanvasPrivate *_tp_canvas_get_private      (TpCanvas       *self);
gboolean         _tp_canvas_ensure_layout    (TpCanvas       *self);
void             _tp_canvas_clamp_scroll     (TpCanvas       *self);
void             _tp_canvas_scrolled         (TpCanvas       *self);
void             _tp_canvas_class_init_input (GtkWidgetClass *widget_class);
void             _tp_canvas_init_input       (TpCanvas       *self);
/* tp-canvas-rename.c */
void             _tp_canvas_class_init_rename    (GtkWidgetClass *widget_class);
void             _tp_canvas_allocate_rename      (TpCanvas       *self);
void             _tp_canvas_rename_check_removed (TpCanvas       *self);
void             _tp_canvas_drop_rename          (TpCanvas       *self,
                                                  gboolean        refocus);
void             _tp_canvas_update_rename_action (TpCanvas       *self);
/* tp-canvas-connections.c */
void             _tp_canvas_class_init_connections (GtkWidgetClass *widget_class);
void             _tp_canvas_init_connections     (TpCanvas       *self);
void             _tp_canvas_dispose_connections  (TpCanvas       *self);
/* The arrow tool (tp-canvas-connections.c), asked before the view's tool_press. */
gboolean         _tp_canvas_connect_press        (TpCanvas       *self,
                                                  double          x,
                                                  double          y);
gboolean         _tp_canvas_connect_motion       (TpCanvas       *self,
                                                  double          x,
                                                  double          y);
gboolean         _tp_canvas_connect_release      (TpCanvas       *self,
                                                  double          x,
                                                  double          y);
gboolean         _tp_canvas_connect_cancel       (TpCanvas       *self);
void             _tp_canvas_snapshot_connect     (TpCanvas       *self,
                                                  GtkSnapshot    *snapshot);
/* Where an arrow is drawn (its points' bounds), for scrolling to it; FALSE: not drawn here. */
gboolean         _tp_canvas_connection_rect      (TpCanvas       *self,
                                                  TpElement      *element,
                                                  TpRect         *rect);
/* tp-canvas-cache.c */
GHashTable      *_tp_canvas_node_cache_new   (void);
/* Drops the nodes the last frame did not use, when there are too many. */
void             _tp_canvas_evict_nodes      (TpCanvas       *self);
void             _tp_canvas_write_geometry   (TpCanvas       *self);

G_END_DECLS
