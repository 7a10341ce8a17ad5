/* tp-export-png.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PNG export. The picture is painted in bands of tiles and streamed through
 * libpng, so maps wider or taller than cairo's 32,767-pixel image limit come
 * out whole, in bounded memory. The main thread paints the next band while a
 * worker thread compresses the last one; only the main thread touches the
 * model and pango, the worker only libpng.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <string.h>

#include "tp-export-private.h"

/* Bands hold about this many pixels (at most MAX_BAND_ROWS rows), in tiles at most TILE_WIDTH wide. */
#define BAND_PIXELS   (4 * 1024 * 1024)
#define MAX_BAND_ROWS 256
#define TILE_WIDTH    8192

/* The part of the map to export, in map units. */
void
_tp_export_area (TpView                *view,
                 const TpExportOptions *options,
                 TpRect                *area)
{
  double width, height;

  tp_view_get_size (view, &width, &height);
  area->x = 0;
  area->y = 0;
  area->width = width;
  area->height = height;
  if (options->clip != NULL && options->clip[2] > 0 && options->clip[3] > 0)
    {
      area->x = options->clip[0];
      area->y = options->clip[1];
      area->width = options->clip[2];
      area->height = options->clip[3];
    }
}

static double
png_scale (const TpRect          *area,
           const TpExportOptions *options,
           gboolean              *scaled_down)
{
  double scale = options->scale > 0 ? options->scale : 1.0;
  double w = MAX (area->width, 1), h = MAX (area->height, 1);

  *scaled_down = FALSE;
  if (options->fit_size > 0)
    return MIN (scale, options->fit_size / MAX (w, h));

  if (w * scale > TP_EXPORT_MAX_PNG_SIDE || h * scale > TP_EXPORT_MAX_PNG_SIDE)
    {
      scale = MIN (TP_EXPORT_MAX_PNG_SIDE / w, TP_EXPORT_MAX_PNG_SIDE / h);
      *scaled_down = TRUE;
    }
  if (ceil (w * scale) * ceil (h * scale) > TP_EXPORT_MAX_PNG_PIXELS)
    {
      scale = sqrt (TP_EXPORT_MAX_PNG_PIXELS / (w * h)) * 0.999;
      *scaled_down = TRUE;
    }
  return scale;
}

/* Copies premultiplied ARGB32 pixels into straight RGBA bytes. */
static void
unpremultiply (const guint32 *src,
               guint8        *dst,
               int            n)
{
  for (int i = 0; i < n; i++)
    {
      guint32 p = src[i];
      guint a = p >> 24;

      if (a == 0)
        {
          dst[0] = dst[1] = dst[2] = dst[3] = 0;
        }
      else if (a == 255)
        {
          dst[0] = (p >> 16) & 0xff;
          dst[1] = (p >> 8) & 0xff;
          dst[2] = p & 0xff;
          dst[3] = 255;
        }
      else
        {
          dst[0] = (((p >> 16) & 0xff) * 255 + a / 2) / a;
          dst[1] = (((p >> 8) & 0xff) * 255 + a / 2) / a;
          dst[2] = ((p & 0xff) * 255 + a / 2) / a;
          dst[3] = a;
        }
      dst += 4;
    }
}

/* Copies premultiplied ARGB32 pixels of a picture painted opaque into RGB bytes (a pixel
 * the painters left partly transparent comes out over white, as on paper). */
static void
opaque_rgb (const guint32 *src,
            guint8        *dst,
            int            n)
{
  for (int i = 0; i < n; i++)
    {
      guint32 p = src[i];
      guint blank = 255 - (p >> 24);

      dst[0] = ((p >> 16) & 0xff) + blank;
      dst[1] = ((p >> 8) & 0xff) + blank;
      dst[2] = (p & 0xff) + blank;
      dst += 3;
    }
}

/* Paints rows [@y0, @y0 + @rows) of the picture into @band (@channels bytes a pixel:
 * RGB, or RGBA for a transparent picture; @width pixels a row),
 * tile by tile on @tiles (an image surface at least a tile wide and a band high, reused:
 * a new 16 MB surface a band cost more in page faults than the painting). */
static gboolean
paint_band (TpView                   *view,
            const TpViewPaintOptions *paint,
            const TpRect             *area,
            double                    scale,
            int                       width,
            int                       y0,
            int                       rows,
            cairo_surface_t          *tiles,
            int                       channels,
            guint8                   *band)
{
  const guint8 *data = cairo_image_surface_get_data (tiles);
  int stride = cairo_image_surface_get_stride (tiles);

  for (int x0 = 0; x0 < width; x0 += TILE_WIDTH)
    {
      int tw = MIN (TILE_WIDTH, width - x0);
      TpViewPaintOptions tile = *paint;
      TpRect clip;
      cairo_t *cr;

      /* What this tile shows, in map units, with a pixel to spare. */
      clip.x = area->x + (x0 - 1) / scale;
      clip.y = area->y + (y0 - 1) / scale;
      clip.width = (tw + 2) / scale;
      clip.height = (rows + 2) / scale;
      tile.clip = &clip;

      cr = cairo_create (tiles);
      cairo_rectangle (cr, 0, 0, tw, rows);
      cairo_clip (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      cairo_translate (cr, -x0, -y0);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -area->x, -area->y);
      tp_view_paint (view, cr, &tile);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        {
          cairo_destroy (cr);
          return FALSE;
        }
      cairo_destroy (cr);
      cairo_surface_flush (tiles);

      for (int y = 0; y < rows; y++)
        if (channels == 3)
          opaque_rgb ((const guint32 *) (gconstpointer) (data + (gsize) y * stride),
                      band + ((gsize) y * width + x0) * 3, tw);
        else
          unpremultiply ((const guint32 *) (gconstpointer) (data + (gsize) y * stride),
                         band + ((gsize) y * width + x0) * 4, tw);
    }
  return TRUE;
}

typedef struct {
  guint8 *pixels;               /* RGB or RGBA (job->channels), job->width pixels a row */
  int     rows;                 /* 0: the end of the picture */
} Band;

typedef struct {
  int          width;
  int          height;
  int          channels;        /* 3: RGB, an opaque picture; 4: RGBA */
  double       scale;
  GAsyncQueue *filled;          /* bands to compress, in order */
  GAsyncQueue *empty;           /* bands free for painting */
  GByteArray  *out;
  jmp_buf      jump;
  char        *message;         /* what libpng complained about */
  int          failed;          /* atomic */
} PngJob;

static void
png_write_data (png_structp png,
                png_bytep   data,
                png_size_t  length)
{
  PngJob *job = png_get_io_ptr (png);

  g_byte_array_append (job->out, data, length);
}

static void
png_flush_data (png_structp png)
{
}

static void
png_error_cb (png_structp     png,
              png_const_charp message)
{
  PngJob *job = png_get_error_ptr (png);

  g_free (job->message);
  job->message = g_strdup (message);
  longjmp (job->jump, 1);
}

static void
png_warning_cb (png_structp     png,
                png_const_charp message)
{
}

/* The worker: compresses bands as they come, until the end band. */
static gpointer
compress_bands (gpointer data)
{
  PngJob *job = data;
  png_structp png;
  png_infop info = NULL;
  Band *volatile current = NULL;
  Band *band;

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, job, png_error_cb, png_warning_cb);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (info == NULL)
    {
      g_atomic_int_set (&job->failed, TRUE);
      goto drain;
    }

  if (setjmp (job->jump) != 0)
    {
      g_atomic_int_set (&job->failed, TRUE);
      if (current != NULL)
        g_async_queue_push (job->empty, current);
      goto drain;
    }

  png_set_write_fn (png, job, png_write_data, png_flush_data);
  /* Mostly flat colours: the fastest deflate level packs them well. Half of the export's
   * instructions are deflate's: an opaque picture goes out as RGB, a quarter less to pack
   * (docs/PERFORMANCE.md; filters and Z_RLE cost more than they save here). */
  png_set_compression_level (png, 1);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_IHDR (png, info, job->width, job->height, 8,
                job->channels == 3 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_pHYs (png, info, (png_uint_32) lround (3780 * job->scale),
                (png_uint_32) lround (3780 * job->scale), PNG_RESOLUTION_METER);
  png_write_info (png, info);

  for (;;)
    {
      band = g_async_queue_pop (job->filled);
      if (band->rows == 0)
        break;
      current = band;
      for (int y = 0; y < band->rows; y++)
        png_write_row (png, band->pixels + (gsize) y * job->width * job->channels);
      current = NULL;
      g_async_queue_push (job->empty, band);
    }
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  return NULL;

drain:
  png_destroy_write_struct (&png, &info);
  /* Hand every band back until the painter stops. */
  for (;;)
    {
      band = g_async_queue_pop (job->filled);
      if (band->rows == 0)
        break;
      g_async_queue_push (job->empty, band);
    }
  return NULL;
}

GBytes *
_tp_export_png (TpJourney             *journey,
                const TpExportOptions *options,
                char                 **notice,
                GError               **error)
{
  g_autoptr(TpView) view = _tp_export_view (journey, options);
  TpViewPaintOptions paint;
  Band bands[2] = { { NULL, 0 }, { NULL, 0 } };
  Band end = { NULL, 0 };
  cairo_surface_t *tiles;
  gboolean scaled_down, painted = TRUE;
  GThread *worker;
  PngJob job;
  TpRect area;
  int band_rows;

  memset (&job, 0, sizeof job);
  _tp_export_area (view, options, &area);
  job.scale = png_scale (&area, options, &scaled_down);
  job.width = MAX (1, (int) ceil (area.width * job.scale));
  job.height = MAX (1, (int) ceil (area.height * job.scale));
  if (scaled_down && notice != NULL)
    *notice = g_strdup_printf (_("The map is too large for a picture at this scale; "
                                 "it was scaled down to %d × %d pixels."), job.width, job.height);

  tp_view_paint_options_init (&paint);
  paint.scale = job.scale;
  paint.transparent = options->transparent;
  job.channels = options->transparent ? 4 : 3;

  band_rows = CLAMP (BAND_PIXELS / job.width, 8, MAX_BAND_ROWS);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      bands[i].pixels = g_try_malloc ((gsize) job.width * band_rows * job.channels);
      if (bands[i].pixels == NULL)
        {
          g_free (bands[0].pixels);
          g_set_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_FAILED,
                       _("There is not enough memory for a %d × %d pixel picture"),
                       job.width, job.height);
          return NULL;
        }
    }

  tiles = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MIN (TILE_WIDTH, job.width), band_rows);
  if (cairo_surface_status (tiles) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (tiles);
      for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
        g_free (bands[i].pixels);
      g_set_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_FAILED,
                   _("There is not enough memory for a %d × %d pixel picture"),
                   job.width, job.height);
      return NULL;
    }

  job.out = g_byte_array_new ();
  job.filled = g_async_queue_new ();
  job.empty = g_async_queue_new ();
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    g_async_queue_push (job.empty, &bands[i]);
  worker = g_thread_new ("tp-export-png", compress_bands, &job);

  for (int y0 = 0; y0 < job.height; y0 += band_rows)
    {
      Band *band = g_async_queue_pop (job.empty);

      if (g_atomic_int_get (&job.failed))
        break;
      band->rows = MIN (band_rows, job.height - y0);
      if (!paint_band (view, &paint, &area, job.scale, job.width, y0, band->rows, tiles,
                       job.channels, band->pixels))
        {
          painted = FALSE;
          break;
        }
      g_async_queue_push (job.filled, band);
    }
  g_async_queue_push (job.filled, &end);
  g_thread_join (worker);

  cairo_surface_destroy (tiles);
  g_async_queue_unref (job.filled);
  g_async_queue_unref (job.empty);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    g_free (bands[i].pixels);

  if (!painted || job.failed)
    {
      g_set_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_FAILED,
                   _("Could not make the picture: %s"),
                   job.message != NULL ? job.message : _("out of memory"));
      g_free (job.message);
      g_byte_array_unref (job.out);
      return NULL;
    }

  return g_byte_array_free_to_bytes (job.out);
}
