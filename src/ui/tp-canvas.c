/* tp-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * State, coordinates, the node cache and drawing of the canvas base; the
 * gestures are in tp-canvas-input.c.
 */

#include "config.h"

#include <math.h>

#include "tp-canvas-private.h"

/* Pieces larger than this stay vector (a very tall header far in). */
#define MAX_TEXTURE_PIXELS (4096 * 4096)
/* Beyond this many cached nodes, those not drawn in the last frame go. */
#define CACHE_LIMIT 2500
/* Below this zoom cards are blocks of colour, without text. */
#define TEXT_MIN_ZOOM 0.4

G_DEFINE_TYPE_WITH_PRIVATE (TpCanvas, tp_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  GskRenderNode   *node;
  double           width;
  double           height;
  double           scale;
  guint            frame;
} CachedNode;

static void
cached_node_free (gpointer data)
{
  CachedNode *cached = data;

  g_clear_pointer (&cached->node, gsk_render_node_unref);
  g_free (cached);
}

static void
unref_key (gpointer key)
{
  if (G_IS_OBJECT (key))
    g_object_unref (key);
}

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

void
tp_canvas_invalidate_element (TpCanvas *self,
                              gpointer  key)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  g_hash_table_remove (priv->nodes, key);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

void
_tp_canvas_clamp_scroll (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  double w = gtk_widget_get_width (GTK_WIDGET (self)) / priv->zoom;
  double h = gtk_widget_get_height (GTK_WIDGET (self)) / priv->zoom;
  double mw, mh;

  map_size (self, &mw, &mh);
  /* A map that fits is centred; a bigger one keeps half a view of room
   * around it, so that any of its edges can be brought to the middle. */
  if (mw <= w)
    priv->scroll_x = (mw - w) / 2;
  else
    priv->scroll_x = CLAMP (priv->scroll_x, -w / 2, mw - w / 2);
  if (mh <= h)
    priv->scroll_y = (mh - h) / 2;
  else
    priv->scroll_y = CLAMP (priv->scroll_y, -h / 2, mh - h / 2);
}

void
_tp_canvas_scrolled (TpCanvas *self)
{
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

void
tp_canvas_zoom_to_fit (TpCanvas *self)
{
  TpCanvasPrivate *priv;
  double w, h, mw, mh, zoom;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = tp_canvas_get_instance_private (self);
  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  map_size (self, &mw, &mh);
  priv->fit_pending = w <= 0 || h <= 0;
  if (priv->fit_pending || mw <= 0 || mh <= 0)
    return;

  zoom = CLAMP (MIN (w / mw, h / mh) * 0.98, TP_CANVAS_MIN_ZOOM, TP_CANVAS_MAX_ZOOM);
  if (zoom != priv->zoom)
    {
      priv->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  /* What fits is centred; a map too big even at the smallest zoom starts at its top-left. */
  priv->scroll_x = mw * zoom <= w ? (mw - w / zoom) / 2 : 0;
  priv->scroll_y = mh * zoom <= h ? (mh - h / zoom) / 2 : 0;
  _tp_canvas_scrolled (self);
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
  priv->scroll_x = x;
  priv->scroll_y = y;
  _tp_canvas_scrolled (self);
}

void
tp_canvas_scroll_to_rect (TpCanvas     *self,
                          const TpRect *rect)
{
  TpCanvasPrivate *priv;
  TpRect view;
  const double pad = 16;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (rect != NULL);

  priv = tp_canvas_get_instance_private (self);
  tp_canvas_get_visible_rect (self, &view);
  if (rect->x - pad < view.x)
    priv->scroll_x = rect->x - pad;
  else if (rect->x + rect->width + pad > view.x + view.width)
    priv->scroll_x = rect->x + rect->width + pad - view.width;
  if (rect->y - pad < view.y)
    priv->scroll_y = rect->y - pad;
  else if (rect->y + rect->height + pad > view.y + view.height)
    priv->scroll_y = rect->y + rect->height + pad - view.height;
  _tp_canvas_scrolled (self);
}

void
tp_canvas_scroll_to (TpCanvas  *self,
                     TpElement *element)
{
  TpRect rect;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (TP_IS_ELEMENT (element));

  if (_tp_canvas_ensure_layout (self)
      && TP_CANVAS_GET_CLASS (self)->get_element_rect (self, element, &rect))
    tp_canvas_scroll_to_rect (self, &rect);
}

/* --- Level of detail and the node cache ---------------------------------- */

gboolean
tp_canvas_draws_text (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), TRUE);

  return tp_canvas_get_zoom (self) >= TEXT_MIN_ZOOM;
}

double
tp_canvas_paint_scale (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), 1.0);

  return tp_canvas_get_zoom (self);
}

const cairo_font_options_t *
tp_canvas_get_font_options (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  return pango_cairo_context_get_font_options (gtk_widget_get_pango_context (GTK_WIDGET (self)));
}

static double
raster_scale (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  /* Quantised, so that a zoom a hair away reuses the images. */
  return round (priv->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self)) * 100) / 100;
}

/* Paints once into an image of @scale pixels per unit, as a node whose
 * origin is @rect's top-left. Pixel-aligned edges at every zoom: the image
 * covers whole device pixels, so neighbours meet without seams. */
static GskRenderNode *
rasterize (TpCanvas          *self,
           const TpRect      *rect,
           double             margin,
           double             scale,
           TpCanvasPaintFunc  paint,
           gpointer           data)
{
  double w = rect->width + 2 * margin;
  double h = rect->height + 2 * margin;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (-margin, -margin, w, h);
  int pw = (int) ceil (w * scale);
  int ph = (int) ceil (h * scale);
  cairo_surface_t *surface;
  GskRenderNode *node;
  cairo_t *cr;

  if (pw <= 0 || ph <= 0 || (double) pw * ph > MAX_TEXTURE_PIXELS)
    {
      node = gsk_cairo_node_new (&bounds);
      cr = gsk_cairo_node_get_draw_context (node);
      cairo_translate (cr, -rect->x, -rect->y);
      paint (self, cr, data);
      cairo_destroy (cr);
      return node;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_scale (cr, pw / w, ph / h);
  cairo_translate (cr, margin - rect->x, margin - rect->y);
  paint (self, cr, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* A cairo node that only paints the image: the cairo renderer composites
   * it directly, where a texture node would be converted on every frame. */
  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, -margin, -margin);
  cairo_scale (cr, w / pw, h / ph);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return node;
}

GskRenderNode *
tp_canvas_cached_node (TpCanvas          *self,
                       gpointer           key,
                       const TpRect      *rect,
                       double             margin,
                       TpCanvasPaintFunc  paint,
                       gpointer           data)
{
  TpCanvasPrivate *priv;
  CachedNode *cached;
  double scale;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);
  g_return_val_if_fail (key != NULL && rect != NULL && paint != NULL, NULL);

  priv = tp_canvas_get_instance_private (self);
  scale = raster_scale (self);
  cached = g_hash_table_lookup (priv->nodes, key);
  if (cached == NULL || cached->width != rect->width || cached->height != rect->height
      || cached->scale != scale)
    {
      cached = g_new0 (CachedNode, 1);
      cached->node = rasterize (self, rect, margin, scale, paint, data);
      cached->width = rect->width;
      cached->height = rect->height;
      cached->scale = scale;
      g_hash_table_replace (priv->nodes, G_IS_OBJECT (key) ? g_object_ref (key) : key, cached);
    }
  cached->frame = priv->frame;
  return cached->node;
}

static gboolean
not_in_frame (gpointer key,
              gpointer value,
              gpointer user_data)
{
  return ((CachedNode *) value)->frame != GPOINTER_TO_UINT (user_data);
}

void
tp_canvas_append_node (GtkSnapshot   *snapshot,
                       GskRenderNode *node,
                       double         x,
                       double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_restore (snapshot);
}

void
tp_canvas_append_rect (GtkSnapshot  *snapshot,
                       const TpRgba *color,
                       const TpRect *rect)
{
  GdkRGBA rgba = { color->red, color->green, color->blue, color->alpha };

  gtk_snapshot_append_color (snapshot, &rgba,
                             &GRAPHENE_RECT_INIT (rect->x, rect->y, rect->width, rect->height));
}

void
tp_canvas_append_ring (GtkSnapshot  *snapshot,
                       const TpRgba *color,
                       const TpRect *rect,
                       double        outset,
                       double        width,
                       double        radius)
{
  GdkRGBA rgba = { color->red, color->green, color->blue, color->alpha };
  GskRoundedRect outline;
  float widths[4] = { width, width, width, width };
  GdkRGBA colors[4] = { rgba, rgba, rgba, rgba };

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (rect->x - outset, rect->y - outset,
                                                        rect->width + 2 * outset,
                                                        rect->height + 2 * outset),
                                   radius + outset);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/* --- Drawing ------------------------------------------------------------- */

static void
snapshot_ghost (TpCanvas    *self,
                GtkSnapshot *snapshot)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);
  TpRect visible;

  if (priv->drag != TP_CANVAS_DRAG_ELEMENTS)
    return;

  /* The dragged elements follow the pointer, above everything: the view
   * draws them again, moved, and marks them selected. */
  tp_canvas_get_visible_rect (self, &visible);
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
      tp_canvas_get_visible_rect (self, &visible);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_scale (snapshot, priv->zoom, priv->zoom);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-priv->scroll_x, -priv->scroll_y));

      TP_CANVAS_GET_CLASS (self)->snapshot_map (self, snapshot, &visible);
      snapshot_ghost (self, snapshot);
      if (priv->drag == TP_CANVAS_DRAG_BAND)
        {
          TpRgba fill = priv->theme->selection;

          fill.alpha *= 0.15;
          tp_canvas_append_rect (snapshot, &fill, &priv->band);
          tp_canvas_append_ring (snapshot, &priv->theme->selection, &priv->band, 0,
                                 1.0 / priv->zoom, 0);
        }
      gtk_snapshot_restore (snapshot);

      if (g_hash_table_size (priv->nodes) > CACHE_LIMIT)
        g_hash_table_foreach_remove (priv->nodes, not_in_frame, GUINT_TO_POINTER (priv->frame));
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

  if (priv->fit_pending && width > 0 && height > 0)
    tp_canvas_zoom_to_fit (self);
  else
    _tp_canvas_clamp_scroll (self);
}

/* --- Model and selection ------------------------------------------------- */

static void
on_project_changed (TpCanvas       *self,
                    const TpChange *change)
{
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  /* A journey opens at its top-left corner, at 100 %. */
  priv->fit_pending = FALSE;
  priv->scroll_x = priv->scroll_y = 0;
  if (priv->zoom != 1.0)
    {
      priv->zoom = 1.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
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

  g_clear_pointer (&priv->nodes, g_hash_table_unref);
  g_clear_pointer (&priv->selected, g_hash_table_unref);
  g_clear_pointer (&priv->dragged, g_ptr_array_unref);
  g_clear_pointer (&priv->band_base, g_ptr_array_unref);
  g_clear_object (&priv->journey);
  g_clear_object (&priv->project);
  g_clear_object (&priv->selection);

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

  klass->project_changed = default_project_changed;
  klass->can_drag = default_can_drag;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, TP_CANVAS_MIN_ZOOM, TP_CANVAS_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  _tp_canvas_class_init_input (widget_class);
}

static void
tp_canvas_init (TpCanvas *self)
{
  TpCanvasPrivate *priv = tp_canvas_get_instance_private (self);

  priv->zoom = 1.0;
  priv->nodes = g_hash_table_new_full (NULL, NULL, unref_key, cached_node_free);
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
}
