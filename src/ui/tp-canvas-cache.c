/* tp-canvas-cache.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas's render-node cache — the one rasteriser of every view — its
 * level of detail and the helpers views append nodes with.
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

typedef struct {
  GskRenderNode   *node;
  cairo_surface_t *image;        /* the pixels of @node, or NULL when it is vector */
  double           width;
  double           height;
  double           scale;
  guint            frame;
  GskRenderNode   *device_node;  /* tiles: @image stretched over whole device pixels */
  int              device_width;
  int              device_height;
} CachedNode;

static void
cached_node_free (gpointer data)
{
  CachedNode *cached = data;

  g_clear_pointer (&cached->node, gsk_render_node_unref);
  g_clear_pointer (&cached->device_node, gsk_render_node_unref);
  g_clear_pointer (&cached->image, cairo_surface_destroy);
  g_free (cached);
}

static gboolean
is_tile_key (gpointer key)
{
  return (GPOINTER_TO_SIZE (key) & 1) != 0;
}

static void
unref_key (gpointer key)
{
  if (!is_tile_key (key))
    g_object_unref (key);
}

GHashTable *
_tp_canvas_node_cache_new (void)
{
  return g_hash_table_new_full (NULL, NULL, unref_key, cached_node_free);
}

static gboolean
tile_entry (gpointer key,
            gpointer value,
            gpointer user_data)
{
  return is_tile_key (key);
}

void
tp_canvas_invalidate_tiles (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  g_hash_table_foreach_remove (priv->nodes, tile_entry, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_canvas_invalidate_element (TpCanvas *self,
                              gpointer  key)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  g_hash_table_remove (priv->nodes, key);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

double
tp_canvas_get_raster_scale (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_val_if_fail (TP_IS_CANVAS (self), 1.0);

  priv = _tp_canvas_get_private (self);
  /* Quantised, so that a zoom a hair away reuses the images. */
  return round (priv->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self)) * 100) / 100;
}

/* Paints once into an image of @scale pixels per unit, as a node whose
 * origin is @rect's top-left; *@image gets the pixels. Pixel-aligned edges
 * at every zoom: the image covers whole device pixels, so neighbours meet
 * without seams. */
static GskRenderNode *
rasterize (TpCanvas          *self,
           const TpRect      *rect,
           double             margin,
           double             scale,
           TpCanvasPaintFunc  paint,
           gpointer           data,
           cairo_surface_t  **image)
{
  double w = rect->width + 2 * margin;
  double h = rect->height + 2 * margin;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (-margin, -margin, w, h);
  /* A hair over a whole pixel is rounding, not one more pixel. */
  int pw = (int) ceil (w * scale - 1e-6);
  int ph = (int) ceil (h * scale - 1e-6);
  cairo_surface_t *surface;
  GskRenderNode *node;
  cairo_t *cr;

  *image = NULL;
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

  /* A cairo node that only paints the image, where a texture node would be converted on every
   * frame. Not free either: GSK 4.8's cairo renderer replays the node's recording surface into a
   * fresh image each frame (session 6's blueprint profile: ~53 such images a frame, 43 % of the
   * instructions in memset) — the lever for frame wall time in every view. */
  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, -margin, -margin);
  cairo_scale (cr, w / pw, h / ph);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  *image = surface;
  return node;
}

GskRenderNode *
tp_canvas_cached_node_full (TpCanvas          *self,
                            gpointer           key,
                            const TpRect      *rect,
                            double             margin,
                            double             scale,
                            TpCanvasPaintFunc  paint,
                            gpointer           data,
                            cairo_surface_t  **image)
{
  TpCanvasPrivate *priv;
  CachedNode *cached;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);
  g_return_val_if_fail (key != NULL && rect != NULL && paint != NULL, NULL);

  priv = _tp_canvas_get_private (self);
  if (scale <= 0)
    scale = tp_canvas_get_raster_scale (self);
  cached = g_hash_table_lookup (priv->nodes, key);
  if (cached == NULL || cached->width != rect->width || cached->height != rect->height
      || cached->scale != scale)
    {
      cached = g_new0 (CachedNode, 1);
      cached->node = rasterize (self, rect, margin, scale, paint, data, &cached->image);
      cached->width = rect->width;
      cached->height = rect->height;
      cached->scale = scale;
      g_hash_table_replace (priv->nodes, is_tile_key (key) ? key : g_object_ref (key), cached);
    }
  cached->frame = priv->frame;
  if (image != NULL)
    *image = cached->image;
  return cached->node;
}

GskRenderNode *
tp_canvas_cached_node (TpCanvas          *self,
                       gpointer           key,
                       const TpRect      *rect,
                       double             margin,
                       TpCanvasPaintFunc  paint,
                       gpointer           data)
{
  return tp_canvas_cached_node_full (self, key, rect, margin, 0, paint, data, NULL);
}

void
tp_canvas_append_tile (TpCanvas          *self,
                       GtkSnapshot       *snapshot,
                       gpointer           key,
                       const TpRect      *rect,
                       TpCanvasPaintFunc  paint,
                       gpointer           data)
{
  TpCanvasPrivate *priv;
  GskRenderNode *node;
  cairo_surface_t *image = NULL;
  CachedNode *cached;
  double f, sx, sy, x0, y0;
  int width, height;

  g_return_if_fail (TP_IS_CANVAS (self));
  g_return_if_fail (snapshot != NULL && rect != NULL);

  priv = _tp_canvas_get_private (self);
  node = tp_canvas_cached_node_full (self, key, rect, 0, 0, paint, data, &image);
  if (image == NULL)
    {
      tp_canvas_append_node (snapshot, node, rect->x, rect->y);
      return;
    }

  /* Tiles whose edges fall between device pixels leave a faint line between them: each
   * covers part of the pixel on the shared edge and the background shows through, and a
   * node drawn under a scale is resampled with its edge pixels blended with nothing (cairo
   * replays the node's recording surface). So the tile's edges are rounded on the device
   * grid — neighbours round their shared edge alike — and its image is stretched over that
   * whole number of pixels in a node measured in device pixels, placed with no scale left. */
  f = priv->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  tp_canvas_get_scroll (self, &sx, &sy);
  x0 = round ((rect->x - sx) * f);
  y0 = round ((rect->y - sy) * f);
  width = (int) (round ((rect->x + rect->width - sx) * f) - x0);
  height = (int) (round ((rect->y + rect->height - sy) * f) - y0);
  if (width <= 0 || height <= 0)
    return;

  cached = g_hash_table_lookup (priv->nodes, key);
  if (cached->device_node == NULL || cached->device_width != width || cached->device_height != height)
    {
      cairo_t *cr;

      g_clear_pointer (&cached->device_node, gsk_render_node_unref);
      cached->device_node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cached->device_width = width;
      cached->device_height = height;
      cr = gsk_cairo_node_get_draw_context (cached->device_node);
      cairo_scale (cr, (double) width / cairo_image_surface_get_width (image),
                   (double) height / cairo_image_surface_get_height (image));
      cairo_set_source_surface (cr, image, 0, 0);
      cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0 / f + sx, y0 / f + sy));
  gtk_snapshot_scale (snapshot, 1 / f, 1 / f);
  gtk_snapshot_append_node (snapshot, cached->device_node);
  gtk_snapshot_restore (snapshot);
}

static gboolean
not_in_frame (gpointer key,
              gpointer value,
              gpointer user_data)
{
  return ((CachedNode *) value)->frame != GPOINTER_TO_UINT (user_data);
}

void
_tp_canvas_evict_nodes (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  if (g_hash_table_size (priv->nodes) > CACHE_LIMIT)
    g_hash_table_foreach_remove (priv->nodes, not_in_frame, GUINT_TO_POINTER (priv->frame));
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

cairo_t *
tp_canvas_append_cairo (GtkSnapshot  *snapshot,
                        const TpRect *rect)
{
  g_autoptr(GskRenderNode) node = NULL;

  g_return_val_if_fail (snapshot != NULL && rect != NULL, NULL);

  /* A node in map units, placed by the snapshot's own transform: GTK 4.8's
   * gtk_snapshot_append_cairo() scales the translation of that transform
   * twice. The node keeps what is drawn, so the context may outlive it here. */
  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (rect->x, rect->y, rect->width, rect->height));
  gtk_snapshot_append_node (snapshot, node);
  return gsk_cairo_node_get_draw_context (node);
}

cairo_t *
tp_canvas_begin_marks (void)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (recording);

  cairo_surface_destroy (recording);
  return cr;
}

void
tp_canvas_end_marks (GtkSnapshot  *snapshot,
                     cairo_t      *cr,
                     const TpRect *visible)
{
  cairo_surface_t *recording;
  double x, y, width, height, x1, y1;

  g_return_if_fail (snapshot != NULL && cr != NULL && visible != NULL);

  recording = cairo_get_target (cr);
  cairo_surface_flush (recording);
  cairo_recording_surface_ink_extents (recording, &x, &y, &width, &height);
  /* Whole map units around the ink (antialiasing reaches a little past it), in view. */
  x1 = MIN (ceil (x + width) + 1, visible->x + visible->width);
  y1 = MIN (ceil (y + height) + 1, visible->y + visible->height);
  x = MAX (floor (x) - 1, visible->x);
  y = MAX (floor (y) - 1, visible->y);
  if (width > 0 && height > 0 && x1 > x && y1 > y)
    {
      TpRect rect = { x, y, x1 - x, y1 - y };
      cairo_t *node_cr = tp_canvas_append_cairo (snapshot, &rect);

      cairo_set_source_surface (node_cr, recording, 0, 0);
      cairo_paint (node_cr);
      cairo_destroy (node_cr);
    }
  cairo_destroy (cr);
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
