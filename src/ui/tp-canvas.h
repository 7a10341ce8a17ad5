/* tp-canvas.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas every view of a journey is drawn on: the base widget that owns
 * what all views share — zoom, scroll, pan, pinch, the rubber band, the
 * shared selection (click, Shift/Ctrl-click, arrows, Escape), the dragging
 * of selected elements with a ghost, keyboard focus, the per-element render
 * node cache, culling to the visible area and level of detail. A view
 * subclasses it and supplies its pure layout and painter through the class
 * vfuncs; it never handles zoom or scrolling itself.
 *
 * Coordinates: "map" units are the view's own (1 unit = 1 px at 100 %);
 * "widget" coordinates are the canvas's pixels.
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "model/tp-model.h"
#include "render/tp-blueprint-route.h"
#include "render/tp-rect.h"
#include "render/tp-theme.h"
#include "doc/tp-selection.h"

G_BEGIN_DECLS

#define TP_CANVAS_MIN_ZOOM 0.1
#define TP_CANVAS_MAX_ZOOM 4.0

typedef enum {
  TP_CANVAS_LEFT,
  TP_CANVAS_RIGHT,
  TP_CANVAS_UP,
  TP_CANVAS_DOWN,
} TpCanvasDirection;

#define TP_TYPE_CANVAS (tp_canvas_get_type ())

G_DECLARE_DERIVABLE_TYPE (TpCanvas, tp_canvas, TP, CANVAS, GtkWidget)

/* Paints into @cr in map units (the node cache calls it once per element). */
typedef void (*TpCanvasPaintFunc) (TpCanvas *canvas,
                                   cairo_t  *cr,
                                   gpointer  data);

struct _TpCanvasClass
{
  GtkWidgetClass parent_class;

  /* The layout of the current journey is stale (the model changed, the
   * theme changed, another journey): drop it; it is rebuilt lazily. */
  void        (*invalidate_layout) (TpCanvas          *self);
  /* Builds the layout if needed; FALSE when there is nothing to show. */
  gboolean    (*ensure_layout)     (TpCanvas          *self);
  void        (*get_map_size)      (TpCanvas          *self,
                                    double            *width,
                                    double            *height);
  /* Appends the map's nodes, @snapshot already in map units; @visible is
   * the part of the map in view (cull to it). */
  void        (*snapshot_map)      (TpCanvas          *self,
                                    GtkSnapshot       *snapshot,
                                    const TpRect      *visible);
  /* The selectable element at a map point, or NULL. */
  TpElement * (*pick)              (TpCanvas          *self,
                                    double             x,
                                    double             y);
  /* The selectable elements inside @rect (transfer container). */
  GPtrArray * (*elements_in_rect)  (TpCanvas          *self,
                                    const TpRect      *rect);
  /* Where @element is drawn; FALSE when it is not in this view. */
  gboolean    (*get_element_rect)  (TpCanvas          *self,
                                    TpElement         *element,
                                    TpRect            *rect);
  /* The element an arrow key goes to from @element (NULL: the first). */
  TpElement * (*neighbour)         (TpCanvas          *self,
                                    TpElement         *element,
                                    TpCanvasDirection  direction);
  /* Whether @element can be dragged (cards can, headers may not). */
  gboolean    (*can_drag)          (TpCanvas          *self,
                                    TpElement         *element);
  /* Drop of a drag of @elements, the pointer now at map (@x, @y) having
   * moved by (@dx, @dy) map units: change the model in one transaction. */
  void        (*drop)              (TpCanvas          *self,
                                    GPtrArray         *elements,
                                    double             x,
                                    double             y,
                                    double             dx,
                                    double             dy);
  /* The project changed: drop the cached nodes @change makes stale. */
  void        (*project_changed)   (TpCanvas          *self,
                                    const TpChange    *change);

  /* A tool of the view's own (a handle to draw an arrow from, an arrow's
   * end): tool_press is asked first on every plain primary press, at map
   * (@x, @y); returning TRUE takes the press, and the canvas then sends the
   * pointer's map position to tool_motion and tool_release instead of
   * selecting or dragging, and calls tool_cancel on Escape or when the
   * journey goes. All optional. */
  gboolean    (*tool_press)        (TpCanvas          *self,
                                    double             x,
                                    double             y,
                                    GdkModifierType    modifiers);
  void        (*tool_motion)       (TpCanvas          *self,
                                    double             x,
                                    double             y);
  void        (*tool_release)      (TpCanvas          *self,
                                    double             x,
                                    double             y);
  void        (*tool_cancel)       (TpCanvas          *self);

  /* Optional hooks (NULL: the canvas's default), first wanted by the journey map. */

  /* The project or the journey shown changed (called after the change): drop what belongs
   * to the one before (an edit in progress, the element under the pointer). */
  void        (*journey_changed)   (TpCanvas          *self);
  /* The shared selection changed (tp_canvas_is_selected() already answers for it). */
  void        (*selection_changed) (TpCanvas          *self);
  /* Places: a press of the main button on no element at map (@x, @y), without Shift or
   * Ctrl, selects the place there (a cell, a zone) in the shared selection and returns TRUE;
   * FALSE (or no hook) clears the selection. The secondary button selects it too. */
  gboolean    (*select_place)      (TpCanvas          *self,
                                    double             x,
                                    double             y);
  /* Where dragged @elements (NULL: a new element from a palette) would land with the pointer
   * at map (@x, @y): the canvas tints @area and draws the insertion mark @indicator. FALSE
   * where nothing can land. */
  gboolean    (*drop_target)       (TpCanvas          *self,
                                    GPtrArray         *elements,
                                    double             x,
                                    double             y,
                                    TpRect            *area,
                                    TpRect            *indicator);
  /* Header bands: @element (say a column's or a row's header, which cannot be dragged as an
   * element) dragged to map (@x, @y) would go to @index in its list; @indicator marks the
   * place. FALSE when @element is not reordered by dragging. */
  gboolean    (*reorder_target)    (TpCanvas          *self,
                                    TpElement         *element,
                                    double             x,
                                    double             y,
                                    guint             *index,
                                    TpRect            *indicator);
  /* The drop of a reorder: change the model in one transaction. */
  void        (*reorder)           (TpCanvas          *self,
                                    TpElement         *element,
                                    guint              index);
  /* Header bands pinned to the viewport: the map units along its left and top edges that
   * they cover (0: none). Scrolling to an element keeps it clear of them; an element that
   * lies inside a band (a header) scrolls along that band only. */
  void        (*get_pinned_bands)  (TpCanvas          *self,
                                    double            *left,
                                    double            *top);
  /* An arrow key (with Shift: @extend): moves the keyboard cursor to the next element or
   * place; TRUE when handled. The default selects the neighbour (adds it with Shift). */
  gboolean    (*move_cursor)       (TpCanvas          *self,
                                    TpCanvasDirection  direction,
                                    gboolean           extend);
  /* Appended above the canvas's marks (drop target, rubber band) and below the rings of the
   * dragged elements: pinned header bands, the dragged elements themselves. Map units. */
  void        (*snapshot_overlay)  (TpCanvas          *self,
                                    GtkSnapshot       *snapshot,
                                    const TpRect      *visible);
  /* Where the entry naming @element in place goes (map units), and whether at the top of
   * that rectangle (TRUE: a card's title) or in its middle. NULL: get_element_rect, at the
   * top for cards. */
  gboolean    (*rename_rect)       (TpCanvas          *self,
                                    TpElement         *element,
                                    TpRect            *rect,
                                    gboolean          *at_top);
  /* A double click on @element. The default names it in place. */
  void        (*activate)          (TpCanvas          *self,
                                    TpElement         *element);
  /* The secondary button at widget point (@x, @y), the selection already under it. */
  void        (*context_menu)      (TpCanvas          *self,
                                    double             x,
                                    double             y);
  /* For the end-to-end tests (TP_E2E_GEOMETRY, tp-canvas-geometry.c): adds where the view's
   * elements are to the open object @builder, widget point (x, y) being at (x + @dx, y + @dy)
   * on the window's X surface; FALSE writes nothing this frame. Optional. */
  gboolean    (*describe)          (TpCanvas          *self,
                                    JsonBuilder       *builder,
                                    double             dx,
                                    double             dy);
  /* Appended to TP_E2E_GEOMETRY's file name for this view ("" or NULL: none). */
  const char   *geometry_suffix;
  /* The arrows drawn for the journey's connections (map units), while this view shows them:
   * how many, and the i-th. With them the canvas picks an arrow under the pointer (call
   * tp_canvas_pick_connection() from pick), walks a card's arrows with Tab and Shift+Tab and
   * scrolls to an arrow (tp-canvas-connections.c). NULL or 0: no arrows. */
  guint       (*get_n_routes)      (TpCanvas          *self);
  const TpBlueprintRoute *
              (*get_route)         (TpCanvas          *self,
                                    guint              i);

  /* A journey opens fitted in the view (never past 100 %) the first time the view is shown
   * for it, rather than at its top-left at 100 %: a floor plan is seen whole. It stays fitted
   * as the view is resized until it is zoomed or scrolled. */
  gboolean        fit_journey;

  /* Whether the view shows the journey's connections now (the blueprint always, the journey
   * map with Show Connections). Then a card under the pointer or selected shows a handle on
   * its right edge to draw a new arrow from onto another card, and the selected arrow grips at
   * its ends to move them: the canvas's own tool, asked before tool_press (one undo step a
   * gesture; tp-canvas-connections.c). NULL: never. */
  gboolean    (*shows_connections) (TpCanvas          *self);

  /* Modifiers (of Shift and Ctrl) that tool_press is asked with too, rather than the press
   * selecting with them (the store flow: Shift, which turns snapping off for the drag). */
  GdkModifierType tool_press_modifiers;
};

/* Cache keys that are not elements (tiles, composed pieces): any number below 2^62. Never
 * equal to an element's pointer, and never referenced. */
#define TP_CANVAS_TILE_KEY(n) (GSIZE_TO_POINTER (((gsize) (n) << 1) | 1))

void           tp_canvas_set_project        (TpCanvas          *self,
                                             TpProject         *project);
TpProject     *tp_canvas_get_project        (TpCanvas          *self);
void           tp_canvas_set_journey        (TpCanvas          *self,
                                             TpJourney         *journey);
TpJourney     *tp_canvas_get_journey        (TpCanvas          *self);
void           tp_canvas_set_selection      (TpCanvas          *self,
                                             TpSelection       *selection);
TpSelection   *tp_canvas_get_selection      (TpCanvas          *self);
/** tp_canvas_is_selected: whether @element is in the shared selection (a set lookup). */
gboolean       tp_canvas_is_selected        (TpCanvas          *self,
                                             gpointer           element);

/** "zoom" property: 1.0 = 100 %, clamped to TP_CANVAS_MIN_ZOOM … TP_CANVAS_MAX_ZOOM; keyboard
 *  and menu zoom keep the middle of the view in place. */
double         tp_canvas_get_zoom           (TpCanvas          *self);
void           tp_canvas_set_zoom           (TpCanvas          *self,
                                             double             zoom);
/** tp_canvas_zoom_at: zooms keeping widget point (@x, @y) on the same map point. */
void           tp_canvas_zoom_at            (TpCanvas          *self,
                                             double             zoom,
                                             double             x,
                                             double             y);
void           tp_canvas_zoom_to_fit        (TpCanvas          *self);
/** tp_canvas_get_scroll / set_scroll: the map point at the viewport's top-left. */
void           tp_canvas_get_scroll         (TpCanvas          *self,
                                             double            *x,
                                             double            *y);
void           tp_canvas_set_scroll         (TpCanvas          *self,
                                             double             x,
                                             double             y);
/** tp_canvas_scroll_to_rect: scrolls as little as needed for @rect (map units) to show. */
void           tp_canvas_scroll_to_rect     (TpCanvas          *self,
                                             const TpRect      *rect);
/** tp_canvas_scroll_to: makes @element visible, when this view draws it. */
void           tp_canvas_scroll_to          (TpCanvas          *self,
                                             TpElement         *element);
/** tp_canvas_map_rect_to_widget: where map rectangle @rect shows, in widget coordinates. */
void           tp_canvas_map_rect_to_widget (TpCanvas          *self,
                                             const TpRect      *rect,
                                             graphene_rect_t   *out);
void           tp_canvas_widget_to_map      (TpCanvas          *self,
                                             double             wx,
                                             double             wy,
                                             double            *mx,
                                             double            *my);
/** tp_canvas_start_rename: opens @element's name (its "title", "name" or "label") for typing
 *  in place; Enter keeps it as one undo step, Escape drops it. Also view.rename (F2) and a
 *  double click, on the primary selected element. */
void           tp_canvas_start_rename       (TpCanvas          *self,
                                             TpElement         *element);
/** tp_canvas_stop_rename: closes the entry, keeping what was typed when @commit. */
void           tp_canvas_stop_rename        (TpCanvas          *self,
                                             gboolean           commit);
/** tp_canvas_get_renamed: the element being named in place, or NULL. */
TpElement     *tp_canvas_get_renamed        (TpCanvas          *self);
/** tp_canvas_get_rename_entry: the entry a name is typed in, or NULL. */
GtkWidget     *tp_canvas_get_rename_entry   (TpCanvas          *self);
/** tp_canvas_can_rename: whether @element has a name to type in place. */
gboolean       tp_canvas_can_rename         (TpCanvas          *self,
                                             TpElement         *element);
/** tp_canvas_get_visible_rect: the part of the map in view, in map units. */
void           tp_canvas_get_visible_rect   (TpCanvas          *self,
                                             TpRect            *rect);

/** tp_canvas_get_theme: the painters' colours for the current style (light or dark). */
const TpTheme *tp_canvas_get_theme          (TpCanvas          *self);
/** tp_canvas_draws_text: FALSE when zoomed out so far that cards are drawn as blocks. */
gboolean       tp_canvas_draws_text         (TpCanvas          *self);
/** tp_canvas_paint_scale: device pixels per map unit, for the painters' level of detail. */
double         tp_canvas_paint_scale        (TpCanvas          *self);
/** tp_canvas_get_font_options: the widget's font options, for the painters. */
const cairo_font_options_t *tp_canvas_get_font_options (TpCanvas *self);

/** tp_canvas_cached_node: the render node of @key (an element, owned ref taken) painted by @paint
 *  into @rect (map units) with @margin around it, at its own origin (translate to rect's
 *  top-left when appending); made once and kept until invalidated or @rect's size changes. */
GskRenderNode *tp_canvas_cached_node        (TpCanvas          *self,
                                             gpointer           key,
                                             const TpRect      *rect,
                                             double             margin,
                                             TpCanvasPaintFunc  paint,
                                             gpointer           data);
/** tp_canvas_cached_node_full: tp_canvas_cached_node() painted at @scale device pixels per map
 *  unit (0: tp_canvas_get_raster_scale()); @image (optional) gets the node's pixels, borrowed,
 *  or NULL when the piece was too large for an image and stays vector. */
GskRenderNode *tp_canvas_cached_node_full   (TpCanvas          *self,
                                             gpointer           key,
                                             const TpRect      *rect,
                                             double             margin,
                                             double             scale,
                                             TpCanvasPaintFunc  paint,
                                             gpointer           data,
                                             cairo_surface_t  **image);
/** tp_canvas_get_raster_scale: device pixels per map unit of the cached images (the zoom
 *  times the scale factor, quantised so that a zoom a hair away reuses them). */
double         tp_canvas_get_raster_scale   (TpCanvas          *self);
/** tp_canvas_append_node: appends @node at map point (@x, @y). */
void           tp_canvas_append_node        (GtkSnapshot       *snapshot,
                                             GskRenderNode     *node,
                                             double             x,
                                             double             y);
/** tp_canvas_append_tile: appends the cached tile @key over @rect (map units; painted by
 *  @paint, as tp_canvas_cached_node ()), its edges rounded on the device pixel grid: tiles
 *  that share an edge in map units meet on screen without a seam at any zoom. */
void           tp_canvas_append_tile        (TpCanvas          *self,
                                             GtkSnapshot       *snapshot,
                                             gpointer           key,
                                             const TpRect      *rect,
                                             TpCanvasPaintFunc  paint,
                                             gpointer           data);
/** tp_canvas_append_cairo: a cairo context to paint @rect of the map with, in map units, as
 *  vector (for what changes every frame: arrows, marks); cairo_destroy() it when done. (The
 *  canvas records the map without a transform, so gtk_snapshot_append_cairo() is right there
 *  too; GTK 4.8's misplaces drawing under a scaled and translated snapshot.) */
cairo_t       *tp_canvas_append_cairo       (GtkSnapshot       *snapshot,
                                             const TpRect      *rect);
/** tp_canvas_begin_marks: a cairo context (map units) to draw marks over the map with — handles,
 *  outlines being drawn, a line to the pointer — wherever they fall; tp_canvas_end_marks() then
 *  appends what was drawn as one vector node only as large as its ink (nothing when nothing was
 *  drawn). The cairo renderer composites a node's whole area every frame: a node the size of
 *  the view, for a few handles, cost a 1920×1080 scratch image and its compositing per frame. */
cairo_t       *tp_canvas_begin_marks        (void);
/** tp_canvas_end_marks: appends what was drawn on @cr (from tp_canvas_begin_marks(), which this
 *  destroys) inside @visible (map units) to @snapshot. */
void           tp_canvas_end_marks          (GtkSnapshot       *snapshot,
                                             cairo_t           *cr,
                                             const TpRect      *visible);
/** tp_canvas_append_rect: a filled rectangle (map units). */
void           tp_canvas_append_rect        (GtkSnapshot       *snapshot,
                                             const TpRgba      *color,
                                             const TpRect      *rect);
/** tp_canvas_append_ring: a rounded ring @outset outside @rect. */
void           tp_canvas_append_ring        (GtkSnapshot       *snapshot,
                                             const TpRgba      *color,
                                             const TpRect      *rect,
                                             double             outset,
                                             double             width,
                                             double             radius);
/** tp_canvas_invalidate_element: drops the cached node of @key and redraws. */
void           tp_canvas_invalidate_element (TpCanvas          *self,
                                             gpointer           key);
/** tp_canvas_invalidate_tiles: drops the cached nodes of every TP_CANVAS_TILE_KEY and redraws. */
void           tp_canvas_invalidate_tiles   (TpCanvas          *self);
/** tp_canvas_invalidate: drops every cached node and the layout, and redraws. */
void           tp_canvas_invalidate         (TpCanvas          *self);

/** tp_canvas_is_dragging: whether @element is being dragged (its ghost follows the pointer). */
gboolean       tp_canvas_is_dragging        (TpCanvas          *self,
                                             gpointer           element);
/** tp_canvas_get_drag_offset: how far the dragged elements have moved, in map units. */
void           tp_canvas_get_drag_offset    (TpCanvas          *self,
                                             double            *dx,
                                             double            *dy);
/** tp_canvas_get_drag_anchor: the element the pointer picked up the dragged elements by (while
 *  they are dragged and during the drop), or NULL. */
TpElement     *tp_canvas_get_drag_anchor    (TpCanvas          *self);
/** tp_canvas_update_drop_marks: for a drag from elsewhere (a palette) at widget (@x, @y): shows
 *  where a new element would land (the drop_target hook with no elements); FALSE where none can. */
gboolean       tp_canvas_update_drop_marks  (TpCanvas          *self,
                                             double             x,
                                             double             y);
/** tp_canvas_clear_drop_marks: the drag from elsewhere left or was dropped. */
void           tp_canvas_clear_drop_marks   (TpCanvas          *self);
/** tp_canvas_cancel_drag: ends a drag or rubber band without changing anything. */
void           tp_canvas_cancel_drag        (TpCanvas          *self);

/* The same steps the pointer gestures take, for tests (GTK 4.8 cannot synthesise pointer
 * events): a press at widget (@x, @y) with @modifiers, motion to (@x, @y), and the release. */
void           tp_canvas_press              (TpCanvas          *self,
                                             double             x,
                                             double             y,
                                             GdkModifierType    modifiers);
void           tp_canvas_motion             (TpCanvas          *self,
                                             double             x,
                                             double             y);
void           tp_canvas_release            (TpCanvas          *self,
                                             double             x,
                                             double             y);
/** tp_canvas_pick_connection: the arrow drawn within a few pixels of map point (@x, @y), or
 *  NULL (the get_route hook's arrows; the nearest, the one on top of equals). */
TpConnection  *tp_canvas_pick_connection    (TpCanvas          *self,
                                             double             x,
                                             double             y);
/** tp_canvas_find_route: where @connection's arrow is drawn, or NULL when this view does not
 *  draw it. */
const TpBlueprintRoute *tp_canvas_find_route (TpCanvas         *self,
                                             TpConnection      *connection);
/** tp_canvas_connect: a new arrow from @from to @to (the one already there if there is one),
 * in one undo step, and selected; NULL when the two cannot be connected. */
TpConnection  *tp_canvas_connect            (TpCanvas          *self,
                                             TpCard            *from,
                                             TpCard            *to);
/** tp_canvas_get_handle_point: the centre of @card's handle to draw an arrow from, map units. */
gboolean       tp_canvas_get_handle_point   (TpCanvas          *self,
                                             TpCard            *card,
                                             double            *x,
                                             double            *y);
/** tp_canvas_get_handle_radius: the handle's radius and the grips', map units at the zoom. */
double         tp_canvas_get_handle_radius  (TpCanvas          *self);
/** tp_canvas_append_handle: a disc of @fill ringed with @ring at (@x, @y), map units. */
void           tp_canvas_append_handle      (GtkSnapshot       *snapshot,
                                             const TpRgba      *fill,
                                             const TpRgba      *ring,
                                             double             x,
                                             double             y,
                                             double             r,
                                             double             width);

/** tp_canvas_walk_connections: what Tab (Shift+Tab: @backwards) does: from the selected card
 *  to each of its arrows drawn here in turn and back to the card; FALSE when there is none. */
gboolean       tp_canvas_walk_connections   (TpCanvas          *self,
                                             gboolean           backwards);
/** tp_canvas_get_pointer_modifiers: the modifier keys held at the last press or motion of the
 *  pointer, or pressed since (a view reads them during a drag: the store flow's Shift). */
GdkModifierType tp_canvas_get_pointer_modifiers (TpCanvas      *self);
/** tp_canvas_set_pointer_modifiers: the modifier keys changed during a drag (a key pressed or
 *  released without moving the pointer; tests): the drag is updated where the pointer is. */
void           tp_canvas_set_pointer_modifiers (TpCanvas        *self,
                                                GdkModifierType  modifiers);
/** tp_canvas_move_selection: what an arrow key does: selects the neighbour of the selection. */
gboolean       tp_canvas_move_selection     (TpCanvas          *self,
                                             TpCanvasDirection  direction);

/* For describe hooks: members of the geometry written for the end-to-end tests. */
void           tp_canvas_describe_point     (JsonBuilder           *builder,
                                             const char            *member,
                                             double                 x,
                                             double                 y);
/* [x + dx, y + dy, width, height] */
void           tp_canvas_describe_rect      (JsonBuilder           *builder,
                                             const char            *member,
                                             const graphene_rect_t *rect,
                                             double                 dx,
                                             double                 dy);
void           tp_canvas_describe_string    (JsonBuilder           *builder,
                                             const char            *member,
                                             const char            *value);
/* @element's id, "" for NULL */
void           tp_canvas_describe_id        (JsonBuilder           *builder,
                                             const char            *member,
                                             gpointer               element);

G_END_DECLS
