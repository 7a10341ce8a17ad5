/* tp-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * State, coordinates, zoom, scrolling and drawing of the canvas base; the
 * node cache is in tp-canvas-cache.c, the gestures in tp-canvas-input.c.
 */

#include "config.h"

#include <math.h>

#include "tp-canvas-private.h"

/* Screen pixels of room a big map may be scrolled past its edges. */
#define EDGE_MARGIN 24.0

G_DEFINE_TYPE_WITH_PRIVATE (TpCanvas, tp_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TpCanvasPrivate *
_tp_canvas_get_private (TpCanvas *self)
{
  return tp_canvas_get_instance_private (self);
}

/* --- Layout and theme --------------------------------------------------- */

gboolean
_tp_canvas_ensure_layout (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  if (priv->journey == NULL)
    return FALSE;
  return TP_CANVAS_GET_CLASS (self)->ensure_layout (self);
}

static void
invalidate_layout (TpCanvas *self)
{
  if (TP_CANVAS_GET_CLASS (self)->invalidate_layout != NULL)
    TP_CANVAS_GET_CLASS (self)->invalidate_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_canvas_invalidate (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  g_hash_table_remove_all (priv->nodes);
  invalidate_layout (self);
}

static void
update_theme (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const TpTheme *theme = tp_theme_get (dark ? TP_THEME_DARK : TP_THEME_LIGHT);

  if (theme == priv->theme)
    return;
  priv->theme = theme;
  tp_canvas_invalidate (self);
}

const TpTheme *
tp_canvas_get_theme (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  priv = tp_canvas_get_instance_private (self);
  return priv->theme;
}

/* --- Coordinates ------------------------------------------------------- */

void
tp_canvas_widget_to_map (TpCanvas *self,
                         double    wx,
                         double    wy,
                         double   *mx,
                         double   *my)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  if (mx != NULL)
    *mx = priv->scroll_x + wx / priv->zoom;
  if (my != NULL)
    *my = priv->scroll_y + wy / priv->zoom;
}

void
tp_canvas_map_rect_to_widget (TpCanvas        *self,
                              const TpRect    *rect,
                              graphene_rect_t *out)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (rect != NULL && out != NULL);

  priv = tp_canvas_get_instance_private (self);
  graphene_rect_init (out, (rect->x - priv->scroll_x) * priv->zoom,
                      (rect->y - priv->scroll_y) * priv->zoom,
                      rect->width * priv->zoom, rect->height * priv->zoom);
}

void
tp_canvas_get_visible_rect (TpCanvas *self,
                            TpRect   *rect)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (rect != NULL);

  priv = tp_canvas_get_instance_private (self);
  rect->x = priv->scroll_x;
  rect->y = priv->scroll_y;
  rect->width = gtk_widget_get_width (GTK_WIDGET (self)) / priv->zoom;
  rect->height = gtk_widget_get_height (GTK_WIDGET (self)) / priv->zoom;
}

static void
map_size (TpCanvas *self,
          double   *width,
          double   *height)
{
  *width = *height = 0;
  if (_tp_canvas_ensure_layout (self))
    TP_CANVAS_GET_CLASS (self)->get_map_size (self, width, height);
}

/* A map that fits in the view shows whole, wherever it was put (a journey
 * opens at its top-left, a fitted one is centred); a bigger one scrolls up to
 * its edges and a little past, never so far that one side shows empty room
 * while the other side is cut off (as zooming out about the middle of the view
 * would otherwise leave it). */
static double
clamp_axis (double scroll,
            double map,
            double view,
            double margin)
{
  if (map <= view)
    return CLAMP (scroll, map - view, 0);
  return CLAMP (scroll, -margin, map - view + margin);
}

void
_tp_canvas_clamp_scroll (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  double w = gtk_widget_get_width (GTK_WIDGET (self)) / priv->zoom;
  double h = gtk_widget_get_height (GTK_WIDGET (self)) / priv->zoom;
  double mw, mh;

  map_size (self, &mw, &mh);
  priv->scroll_x = clamp_axis (priv->scroll_x, mw, w, EDGE_MARGIN / priv->zoom);
  priv->scroll_y = clamp_axis (priv->scroll_y, mh, h, EDGE_MARGIN / priv->zoom);
}

void
_tp_canvas_scrolled (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  /* Scrolled or zoomed (by the person, or to show something): no longer fitted to the size. */
  priv->fit_follow = FALSE;
  _tp_canvas_clamp_scroll (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
tp_canvas_get_zoom (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_val_if_fail (TP_IS_CANVAS (self), 1.0);

  priv = tp_canvas_get_instance_private (self);
  return priv->zoom;
}

void
tp_canvas_zoom_at (TpCanvas *self,
                   double    zoom,
                   double    x,
                   double    y)
{
  TpCanvasPrivate *priv;
  double mx, my;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  /* A zoom asked for is kept: no fit still waiting for the view to be shown undoes it. */
  priv->fit_pending = FALSE;
  priv->fit_follow = FALSE;
  zoom = CLAMP (zoom, TP_CANVAS_MIN_ZOOM, TP_CANVAS_MAX_ZOOM);
  if (zoom == priv->zoom)
    return;

  tp_canvas_widget_to_map (self, x, y, &mx, &my);
  priv->zoom = zoom;
  priv->scroll_x = mx - x / zoom;
  priv->scroll_y = my - y / zoom;
  _tp_canvas_scrolled (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
tp_canvas_set_zoom (TpCanvas *self,
                    double    zoom)
{
  g_return_if_fail (TP_IS_CANVAS (self));

  tp_canvas_zoom_at (self, zoom,
                     gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                     gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* A fit waiting for the view to be shown is done at its next allocation: the size it had while
 * hidden (a page of a stack) may be stale, and an unchanged size would not be allocated again.
 * The allocation is asked for at the start of the first frame (not from map, which runs in the
 * middle of the window's own layout when it is shown), so that frame is laid out and painted
 * fitted. */
static gboolean
fit_tick (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       data)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (TP_CANVAS (widget));

  priv->fit_tick = 0;
  if (priv->fit_pending)
    gtk_widget_queue_allocate (widget);
  if (priv->zoom_notify_pending)
    {
      priv->zoom_notify_pending = FALSE;
      g_object_notify_by_pspec (G_OBJECT (widget), properties[PROP_ZOOM]);
    }
  return G_SOURCE_REMOVE;
}

static void
queue_fit_tick (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  if (priv->fit_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    priv->fit_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fit_tick, NULL, NULL);
}

/* Zooms so that the whole map shows, centred, at most @max_zoom; when the canvas has no size yet,
 * when it is shown and has one. @allocating: called from size_allocate, which places the
 * children itself (no allocation may be queued from there). */
static void
fit (TpCanvas *self,
     double    max_zoom,
     gboolean  allocating)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  double w, h, mw, mh, zoom;

  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  priv->fit_pending = w <= 0 || h <= 0;
  priv->fit_max_zoom = max_zoom;
  if (priv->fit_pending)
    return;
  map_size (self, &mw, &mh);
  if (mw <= 0 || mh <= 0)
    return;

  zoom = CLAMP (MIN (w / mw, h / mh) * 0.98, TP_CANVAS_MIN_ZOOM, max_zoom);
  if (zoom != priv->zoom)
    {
      priv->zoom = zoom;
      /* What shows the zoom (a label in the header bar) is not resized while the window lays
       * out: it is told at the start of the next frame. */
      if (allocating)
        {
          priv->zoom_notify_pending = TRUE;
          queue_fit_tick (self);
        }
      else
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  /* What fits is centred; a map too big even at the smallest zoom starts at its top-left. */
  priv->scroll_x = mw * zoom <= w ? (mw - w / zoom) / 2 : 0;
  priv->scroll_y = mh * zoom <= h ? (mh - h / zoom) / 2 : 0;
  if (allocating)
    {
      _tp_canvas_clamp_scroll (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    _tp_canvas_scrolled (self);
}

void
tp_canvas_zoom_to_fit (TpCanvas *self)
{
  g_return_if_fail (TP_IS_CANVAS (self));

  fit (self, TP_CANVAS_MAX_ZOOM, FALSE);
}

void
tp_canvas_get_scroll (TpCanvas *self,
                      double   *x,
                      double   *y)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  if (x != NULL)
    *x = priv->scroll_x;
  if (y != NULL)
    *y = priv->scroll_y;
}

void
tp_canvas_set_scroll (TpCanvas *self,
                      double    x,
                      double    y)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  priv->fit_pending = FALSE;
  priv->scroll_x = x;
  priv->scroll_y = y;
  _tp_canvas_scrolled (self);
}

static void
pinned_bands (TpCanvas *self,
              double   *left,
              double   *top)
{
  *left = *top = 0;
  if (TP_CANVAS_GET_CLASS (self)->get_pinned_bands != NULL && _tp_canvas_ensure_layout (self))
    TP_CANVAS_GET_CLASS (self)->get_pinned_bands (self, left, top);
}

static void
scroll_to_rect (TpCanvas     *self,
                const TpRect *rect,
                gboolean      horizontal,
                gboolean      vertical)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  const double pad = 16;
  double left, top;
  TpRect view;

  /* Clear of the pinned headers, and never past the map's top-left for it. */
  pinned_bands (self, &left, &top);
  tp_canvas_get_visible_rect (self, &view);
  if (horizontal)
    {
      if (rect->x - left - pad < view.x)
        priv->scroll_x = MAX (rect->x - left - pad, MIN (view.x, 0));
      else if (rect->x + rect->width + pad > view.x + view.width)
        priv->scroll_x = rect->x + rect->width + pad - view.width;
    }
  if (vertical)
    {
      if (rect->y - top - pad < view.y)
        priv->scroll_y = MAX (rect->y - top - pad, MIN (view.y, 0));
      else if (rect->y + rect->height + pad > view.y + view.height)
        priv->scroll_y = rect->y + rect->height + pad - view.height;
    }
  _tp_canvas_scrolled (self);
}

void
tp_canvas_scroll_to_rect (TpCanvas     *self,
                          const TpRect *rect)
{
  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (rect != NULL);

  scroll_to_rect (self, rect, TRUE, TRUE);
}

void
tp_canvas_scroll_to (TpCanvas  *self,
                     TpElement *element)
{
  double left, top;
  TpRect rect;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (TP_IS_ELEMENT (element));

  if (!_tp_canvas_ensure_layout (self)
      || (!TP_CANVAS_GET_CLASS (self)->get_element_rect (self, element, &rect)
          && !_tp_canvas_connection_rect (self, element, &rect)))
    return;
  /* A header in a pinned band shows wherever the view is across the band. */
  pinned_bands (self, &left, &top);
  scroll_to_rect (self, &rect, !(left > 0 && rect.x + rect.width <= left + 1e-6),
                  !(top > 0 && rect.y + rect.height <= top + 1e-6));
}

/* --- Drawing ------------------------------------------------------------- */

static void
snapshot_marks (TpCanvas    *self,
                GtkSnapshot *snapshot)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  const TpTheme *theme = priv->theme;

  /* Where the dragged elements, or a palette's, would land. */
  if (priv->drop_valid)
    {
      tp_canvas_append_rect (snapshot, &theme->selection_fill, &priv->drop_area);
      tp_canvas_append_rect (snapshot, &theme->drop_indicator, &priv->drop_indicator);
    }
  if (priv->drag == TP_CANVAS_DRAG_BAND)
    {
      tp_canvas_append_rect (snapshot, &theme->selection_fill, &priv->band);
      tp_canvas_append_ring (snapshot, &theme->selection, &priv->band, 0, 1.0 / priv->zoom, 0);
    }
}

static void
snapshot_ghost (TpCanvas    *self,
                GtkSnapshot *snapshot)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);

  if (priv->drag == TP_CANVAS_DRAG_REORDER && priv->reorder_valid)
    tp_canvas_append_rect (snapshot, &priv->theme->drop_indicator, &priv->reorder_indicator);
  if (priv->drag != TP_CANVAS_DRAG_ELEMENTS)
    return;

  /* The dragged elements follow the pointer, above everything: the view
   * draws them again, moved, and the canvas marks them selected. */
  gtk_snapshot_push_opacity (snapshot, 0.85);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (priv->drag_dx / priv->zoom,
                                                          priv->drag_dy / priv->zoom));
  for (guint i = 0; i < priv->dragged->len; i++)
    {
      TpElement *element = g_ptr_array_index (priv->dragged, i);
      TpRect rect;

      if (klass->get_element_rect (self, element, &rect))
        tp_canvas_append_ring (snapshot, &priv->theme->selection, &rect, 2,
                               MAX (2.0, 2.0 / priv->zoom), 6);
    }
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
tp_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  TpCanvas *self = TP_CANVAS (widget);
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  TpRect everything = { 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget) };
  TpRect visible;

  priv->frame++;
  tp_canvas_append_rect (snapshot, &priv->theme->background, &everything);

  if (_tp_canvas_ensure_layout (self))
    {
      GtkSnapshot *map = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;

      /* The map is recorded in map units, with no transform, and placed by one transform
       * node: under a scaled and translated snapshot, GTK 4.8's gtk_snapshot_append_cairo()
       * scales the translation twice, which put a view's cairo drawing (rows, arrows) off its
       * cards at every zoom but 100 %. */
      tp_canvas_get_visible_rect (self, &visible);
      TP_CANVAS_GET_CLASS (self)->snapshot_map (self, map, &visible);
      snapshot_marks (self, map);
      if (TP_CANVAS_GET_CLASS (self)->snapshot_overlay != NULL)
        TP_CANVAS_GET_CLASS (self)->snapshot_overlay (self, map, &visible);
      _tp_canvas_snapshot_connect (self, map);
      snapshot_ghost (self, map);
      node = gtk_snapshot_free_to_node (map);
      if (node != NULL)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_scale (snapshot, priv->zoom, priv->zoom);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-priv->scroll_x, -priv->scroll_y));
          gtk_snapshot_append_node (snapshot, node);
          gtk_snapshot_restore (snapshot);
        }

      _tp_canvas_evict_nodes (self);
      _tp_canvas_write_geometry (self);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
tp_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
tp_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  TpCanvas *self = TP_CANVAS (widget);
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  if ((priv->fit_pending || priv->fit_follow) && width > 0 && height > 0)
    fit (self, priv->fit_max_zoom, TRUE);
  else
    _tp_canvas_clamp_scroll (self);
  _tp_canvas_allocate_rename (self);
}

static void
tp_canvas_map (GtkWidget *widget)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (TP_CANVAS (widget));

  GTK_WIDGET_CLASS (tp_canvas_parent_class)->map (widget);
  if (priv->fit_pending)
    queue_fit_tick (TP_CANVAS (widget));
}

static void
tp_canvas_unmap (GtkWidget *widget)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (TP_CANVAS (widget));

  if (priv->fit_tick != 0)
    gtk_widget_remove_tick_callback (widget, priv->fit_tick);
  priv->fit_tick = 0;
  GTK_WIDGET_CLASS (tp_canvas_parent_class)->unmap (widget);
  if (priv->zoom_notify_pending)
    {
      priv->zoom_notify_pending = FALSE;
      g_object_notify_by_pspec (G_OBJECT (widget), properties[PROP_ZOOM]);
    }
}

/* The rename entry goes before the window does, its focus handed back first:
 * a window must never hold a focus widget that is gone. */
static void
tp_canvas_unroot (GtkWidget *widget)
{
  _tp_canvas_drop_rename (TP_CANVAS (widget), TRUE);

  GTK_WIDGET_CLASS (tp_canvas_parent_class)->unroot (widget);
}

/* --- Model and selection ------------------------------------------------- */

static void
on_project_changed (TpCanvas       *self,
                    const TpChange *change)
{
  /* The name being typed belongs to something an undo just took away. */
  if (change->kind == TP_CHANGE_REMOVED)
    _tp_canvas_rename_check_removed (self);
  TP_CANVAS_GET_CLASS (self)->project_changed (self, change);
  invalidate_layout (self);
}

static void
selection_changed (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  g_hash_table_remove_all (priv->selected);
  if (priv->selection != NULL)
    {
      GPtrArray *items = tp_selection_get_items (priv->selection);

      for (guint i = 0; i < items->len; i++)
        g_hash_table_add (priv->selected, g_ptr_array_index (items, i));
    }
  _tp_canvas_update_rename_action (self);
  if (TP_CANVAS_GET_CLASS (self)->selection_changed != NULL)
    TP_CANVAS_GET_CLASS (self)->selection_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
journey_changed (TpCanvas *self)
{
  tp_canvas_stop_rename (self, FALSE);
  _tp_canvas_update_rename_action (self);
  if (TP_CANVAS_GET_CLASS (self)->journey_changed != NULL)
    TP_CANVAS_GET_CLASS (self)->journey_changed (self);
}

gboolean
tp_canvas_is_selected (TpCanvas *self,
                       gpointer  element)
{
  TpCanvasPrivate *priv;

  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  priv = tp_canvas_get_instance_private (self);
  return g_hash_table_contains (priv->selected, element);
}

void
tp_canvas_set_project (TpCanvas  *self,
                       TpProject *project)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (project == NULL || TP_IS_PROJECT (project));

  priv = tp_canvas_get_instance_private (self);
  if (priv->project == project)
    return;

  tp_canvas_cancel_drag (self);
  if (priv->project != NULL)
    g_signal_handlers_disconnect_by_data (priv->project, self);
  g_set_object (&priv->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self,
                             G_CONNECT_SWAPPED);
  tp_canvas_invalidate (self);
  journey_changed (self);
}

TpProject *
tp_canvas_get_project (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  return ((TpCanvasPrivate *) tp_canvas_get_instance_private (self))->project;
}

void
tp_canvas_set_journey (TpCanvas  *self,
                       TpJourney *journey)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (journey == NULL || TP_IS_JOURNEY (journey));

  priv = tp_canvas_get_instance_private (self);
  if (priv->journey == journey)
    return;

  tp_canvas_cancel_drag (self);
  g_set_object (&priv->journey, journey);
  tp_canvas_invalidate (self);

  /* A journey opens at its top-left corner, at 100 %; in a view of a whole plan (fit_journey)
   * it is fitted, never past 100 %, the first time the view is shown for it, and fitted again
   * as the view is resized (the window maximised) until it is zoomed or scrolled. */
  priv->scroll_x = priv->scroll_y = 0;
  if (priv->zoom != 1.0)
    {
      priv->zoom = 1.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  priv->fit_pending = journey != NULL && TP_CANVAS_GET_CLASS (self)->fit_journey;
  priv->fit_follow = priv->fit_pending;
  priv->fit_max_zoom = 1.0;
  if (priv->fit_pending)
    queue_fit_tick (self);
  journey_changed (self);
}

TpJourney *
tp_canvas_get_journey (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  return ((TpCanvasPrivate *) tp_canvas_get_instance_private (self))->journey;
}

void
tp_canvas_set_selection (TpCanvas    *self,
                         TpSelection *selection)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (selection == NULL || TP_IS_SELECTION (selection));

  priv = tp_canvas_get_instance_private (self);
  if (priv->selection == selection)
    return;
  if (priv->selection != NULL)
    g_signal_handlers_disconnect_by_data (priv->selection, self);
  g_set_object (&priv->selection, selection);
  if (selection != NULL)
    g_signal_connect_object (selection, "changed", G_CALLBACK (selection_changed), self,
                             G_CONNECT_SWAPPED);
  selection_changed (self);
}

TpSelection *
tp_canvas_get_selection (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  return ((TpCanvasPrivate *) tp_canvas_get_instance_private (self))->selection;
}

/* --- GObject ------------------------------------------------------------- */

static void
tp_canvas_dispose (GObject *object)
{
  TpCanvas *self = TP_CANVAS (object);
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  /* Going away with the window: no focus to hand on, nothing to keep. */
  _tp_canvas_drop_rename (self, FALSE);
  g_clear_pointer (&priv->nodes, g_hash_table_unref);
  g_clear_pointer (&priv->selected, g_hash_table_unref);
  g_clear_pointer (&priv->dragged, g_ptr_array_unref);
  g_clear_pointer (&priv->band_base, g_ptr_array_unref);
  g_clear_object (&priv->journey);
  g_clear_object (&priv->project);
  g_clear_object (&priv->selection);
  g_clear_object (&priv->tab_anchor);
  _tp_canvas_dispose_connections (self);

  G_OBJECT_CLASS (tp_canvas_parent_class)->dispose (object);
}

static void
tp_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TpCanvas *self = TP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, tp_canvas_get_zoom (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TpCanvas *self = TP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      tp_canvas_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
default_project_changed (TpCanvas       *self,
                         const TpChange *change)
{
  tp_canvas_invalidate (self);
}

static gboolean
default_can_drag (TpCanvas  *self,
                  TpElement *element)
{
  return TP_IS_CARD (element);
}

static void
tp_canvas_class_init (TpCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_canvas_dispose;
  object_class->get_property = tp_canvas_get_property;
  object_class->set_property = tp_canvas_set_property;

  widget_class->snapshot = tp_canvas_snapshot;
  widget_class->measure = tp_canvas_measure;
  widget_class->size_allocate = tp_canvas_size_allocate;
  widget_class->map = tp_canvas_map;
  widget_class->unmap = tp_canvas_unmap;
  widget_class->unroot = tp_canvas_unroot;

  klass->project_changed = default_project_changed;
  klass->can_drag = default_can_drag;
  klass->activate = tp_canvas_start_rename;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, TP_CANVAS_MIN_ZOOM, TP_CANVAS_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  _tp_canvas_class_init_input (widget_class);
  _tp_canvas_class_init_rename (widget_class);
  _tp_canvas_class_init_connections (widget_class);
}

static void
tp_canvas_init (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  priv->zoom = 1.0;
  priv->nodes = _tp_canvas_node_cache_new ();
  priv->selected = g_hash_table_new (NULL, NULL);
  priv->dragged = g_ptr_array_new_with_free_func (g_object_unref);
  priv->theme = tp_theme_get (TP_THEME_LIGHT);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    priv->theme = tp_theme_get (TP_THEME_DARK);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_theme), self, G_CONNECT_SWAPPED);
  _tp_canvas_init_input (self);
  _tp_canvas_init_connections (self);
}
