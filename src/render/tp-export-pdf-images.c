/* tp-export-pdf-images.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF writer's pictures: an image surface becomes an image XObject
 * (written once, however often it is drawn; its alpha as a soft mask),
 * drawn with the pattern's matrix inside the clip and, for a fill, the path.
 */

#include "config.h"

#include "tp-export-pdf-private.h"

/* The image XObject of @surface (ARGB32 or RGB24), written on first use; 0 when the
 * surface is of another kind. */
static guint
image_object (PdfWriter       *w,
              cairo_surface_t *surface,
              gboolean         smooth)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (w->images, surface));
  cairo_format_t format;
  int width, height, stride;
  const guint8 *data;
  g_autofree guint8 *rgb = NULL;
  g_autofree guint8 *alpha = NULL;
  g_autofree char *dict = NULL;
  gboolean opaque = TRUE;
  guint mask = 0;

  if (id != 0)
    return id;
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE)
    return 0;
  format = cairo_image_surface_get_format (surface);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return 0;
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  if (width <= 0 || height <= 0 || data == NULL)
    return 0;

  rgb = g_malloc ((gsize) width * height * 3);
  alpha = g_malloc ((gsize) width * height);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);
      guint8 *out = rgb + (gsize) y * width * 3;

      for (int x = 0; x < width; x++)
        {
          guint32 p = row[x];
          guint a = format == CAIRO_FORMAT_ARGB32 ? p >> 24 : 255;
          guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

          /* cairo's pixels are premultiplied. */
          if (a != 255 && a != 0)
            {
              r = MIN (255, (r * 255 + a / 2) / a);
              g = MIN (255, (g * 255 + a / 2) / a);
              b = MIN (255, (b * 255 + a / 2) / a);
            }
          out[3 * x] = r;
          out[3 * x + 1] = g;
          out[3 * x + 2] = b;
          alpha[(gsize) y * width + x] = a;
          opaque = opaque && a == 255;
        }
    }

  if (!opaque)
    {
      mask = tp_pdf_reserve (w->pdf);
      dict = g_strdup_printf ("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                              " /BitsPerComponent 8%s", width, height, smooth ? " /Interpolate true" : "");
      tp_pdf_stream (w->pdf, mask, dict, alpha, (gsize) width * height, 1);
      g_free (dict);
    }
  id = tp_pdf_reserve (w->pdf);
  dict = g_strdup_printf ("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB"
                          " /BitsPerComponent 8%s", width, height, smooth ? " /Interpolate true" : "");
  if (mask != 0)
    {
      char *with_mask = g_strdup_printf ("%s /SMask %u 0 R", dict, mask);

      g_free (dict);
      dict = with_mask;
    }
  tp_pdf_stream (w->pdf, id, dict, rgb, (gsize) width * height * 3, 1);
  g_hash_table_insert (w->images, cairo_surface_reference (surface), GUINT_TO_POINTER (id));
  return id;
}

/* Draws @cr's source, a picture, with @alpha inside the clip, and inside the current path
 * when @path. */
void
_tp_pdf_paint_image (PdfWriter *w,
                     cairo_t   *cr,
                     gboolean   path,
                     double     alpha)
{
  cairo_pattern_t *source = cairo_get_source (cr);
  cairo_surface_t *surface = NULL;
  cairo_matrix_t pattern, ctm, unit, m;
  cairo_filter_t filter;
  int width, height;
  int alpha_before = w->state.alpha;
  guint id;

  cairo_pattern_get_surface (source, &surface);
  filter = cairo_pattern_get_filter (source);
  id = image_object (w, surface, filter != CAIRO_FILTER_FAST && filter != CAIRO_FILTER_NEAREST);
  if (id == 0 || cairo_pattern_get_extend (source) != CAIRO_EXTEND_NONE)
    {
      w->unsupported = TRUE;
      return;
    }
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);

  /* The unit square to pixels (rows run down), to user space, to device space. */
  cairo_pattern_get_matrix (source, &pattern);
  if (cairo_matrix_invert (&pattern) != CAIRO_STATUS_SUCCESS)
    return;
  cairo_get_matrix (cr, &ctm);
  cairo_matrix_init (&unit, width, 0, 0, -height, 0, height);
  cairo_matrix_multiply (&m, &unit, &pattern);
  cairo_matrix_multiply (&m, &m, &ctm);

  _tp_pdf_end_text (w);
  g_string_append (w->page, "q\n");
  if (path && _tp_pdf_put_path (w, cr))
    g_string_append (w->page, "W n\n");
  _tp_pdf_set_alpha (w, alpha);
  {
    double v[6] = { m.xx, m.yx, m.xy, m.yy, m.x0, m.y0 };

    for (int i = 0; i < 6; i++)
      {
        tp_pdf_put_fixed (w->page, v[i], 4);
        g_string_append_c (w->page, ' ');
      }
  }
  g_string_append_printf (w->page, "cm /I%u Do\nQ\n", id);
  /* "Q" set the alpha back. */
  w->state.alpha = alpha_before;
}
