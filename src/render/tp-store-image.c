/* tp-store-image.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <jpeglib.h>

#include "tp-store-image.h"

#define PNG_MAGIC "\x89PNG\r\n\x1a\n"

G_DEFINE_QUARK (tp-store-image-error-quark, tp_store_image_error)

static gboolean
png_size (const guint8 *data,
          gsize         size,
          guint        *width,
          guint        *height)
{
  /* The signature, then the IHDR chunk: length, "IHDR", width, height (big-endian). */
  if (size < 24 || memcmp (data, PNG_MAGIC, 8) != 0 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
  return TRUE;
}

typedef struct {
  struct jpeg_error_mgr manager;
  jmp_buf               jump;
} JpegError;

static void
jpeg_fail (j_common_ptr info)
{
  JpegError *error = (JpegError *) info->err;

  longjmp (error->jump, 1);
}

static void
jpeg_quiet (j_common_ptr info,
            int          level)
{
}

/* Reads the header (and, when @surface is not NULL, the pixels) of a JPEG picture. */
static gboolean
jpeg_read (const guint8     *data,
           gsize             size,
           guint            *width,
           guint            *height,
           cairo_surface_t **surface)
{
  struct jpeg_decompress_struct info;
  JpegError error;
  cairo_surface_t *volatile result = NULL;
  guint8 *volatile row = NULL;

  info.err = jpeg_std_error (&error.manager);
  error.manager.error_exit = jpeg_fail;
  error.manager.emit_message = jpeg_quiet;
  if (setjmp (error.jump))
    {
      jpeg_destroy_decompress (&info);
      g_free (row);
      if (result != NULL)
        cairo_surface_destroy (result);
      return FALSE;
    }

  jpeg_create_decompress (&info);
  jpeg_mem_src (&info, (unsigned char *) data, size);
  if (jpeg_read_header (&info, TRUE) != JPEG_HEADER_OK)
    longjmp (error.jump, 1);
  *width = info.image_width;
  *height = info.image_height;
  if (surface == NULL)
    {
      jpeg_destroy_decompress (&info);
      return TRUE;
    }
  if (*width == 0 || *height == 0 || *width > TP_STORE_IMAGE_MAX_SIDE ||
      *height > TP_STORE_IMAGE_MAX_SIDE || (guint64) *width * *height > TP_STORE_IMAGE_MAX_PIXELS)
    longjmp (error.jump, 1);

  info.out_color_space = JCS_RGB;
  jpeg_start_decompress (&info);
  result = cairo_image_surface_create (CAIRO_FORMAT_RGB24, *width, *height);
  if (cairo_surface_status (result) != CAIRO_STATUS_SUCCESS)
    longjmp (error.jump, 1);
  row = g_malloc ((gsize) info.output_width * info.output_components);
  while (info.output_scanline < info.output_height)
    {
      guint y = info.output_scanline;
      guint32 *out = (guint32 *) (gpointer) (cairo_image_surface_get_data (result)
                                             + y * cairo_image_surface_get_stride (result));
      JSAMPROW rows[1] = { row };

      jpeg_read_scanlines (&info, rows, 1);
      for (guint x = 0; x < info.output_width; x++)
        {
          const guint8 *p = row + x * info.output_components;

          out[x] = info.output_components >= 3
                   ? 0xff000000u | (guint32) p[0] << 16 | (guint32) p[1] << 8 | p[2]
                   : 0xff000000u | (guint32) p[0] << 16 | (guint32) p[0] << 8 | p[0];
        }
    }
  jpeg_finish_decompress (&info);
  jpeg_destroy_decompress (&info);
  g_free (row);
  cairo_surface_mark_dirty (result);
  *surface = result;
  return TRUE;
}

gboolean
tp_store_image_get_size (GBytes     *data,
                         const char *media_type,
                         guint      *width,
                         guint      *height)
{
  gsize size;
  const guint8 *bytes;

  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (data == NULL || media_type == NULL)
    return FALSE;
  bytes = g_bytes_get_data (data, &size);
  if (g_strcmp0 (media_type, "image/png") == 0)
    return png_size (bytes, size, width, height);
  if (g_strcmp0 (media_type, "image/jpeg") == 0)
    return jpeg_read (bytes, size, width, height, NULL);
  return FALSE;
}

typedef struct {
  const guint8 *data;
  gsize         size;
  gsize         offset;
} PngReader;

static cairo_status_t
png_read (void          *closure,
          unsigned char *out,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

cairo_surface_t *
tp_store_image_decode (GBytes      *data,
                       const char  *media_type,
                       GError     **error)
{
  guint width = 0, height = 0;
  gsize size;
  const guint8 *bytes;
  cairo_surface_t *surface = NULL;

  if (!tp_store_image_get_size (data, media_type, &width, &height))
    {
      g_set_error (error, TP_STORE_IMAGE_ERROR, 0,
                   _("The plan’s picture is damaged or not a PNG or JPEG picture."));
      return NULL;
    }
  if (width == 0 || height == 0 || width > TP_STORE_IMAGE_MAX_SIDE ||
      height > TP_STORE_IMAGE_MAX_SIDE || (guint64) width * height > TP_STORE_IMAGE_MAX_PIXELS)
    {
      g_set_error (error, TP_STORE_IMAGE_ERROR, 0,
                   _("The plan’s picture is %u × %u pixels; at most %u × %u can be shown."),
                   width, height, TP_STORE_IMAGE_MAX_SIDE, TP_STORE_IMAGE_MAX_SIDE);
      return NULL;
    }

  bytes = g_bytes_get_data (data, &size);
  if (g_strcmp0 (media_type, "image/png") == 0)
    {
      PngReader reader = { bytes, size, 0 };

      surface = cairo_image_surface_create_from_png_stream (png_read, &reader);
      if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
        g_clear_pointer (&surface, cairo_surface_destroy);
    }
  else if (!jpeg_read (bytes, size, &width, &height, &surface))
    surface = NULL;

  if (surface == NULL)
    g_set_error (error, TP_STORE_IMAGE_ERROR, 0,
                 _("The plan’s picture is damaged or not a PNG or JPEG picture."));
  return surface;
}
