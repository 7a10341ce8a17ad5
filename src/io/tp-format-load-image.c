/* tp-format-load-image.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Embedded pictures (a floor plan's background, a persona's photo): the
 * "media_type" and "data" members, checked by base64 syntax, decoded size
 * and magic bytes. The same checks serve a picture chosen in the app.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-format-private.h"

#define PNG_MAGIC  "\x89PNG\r\n\x1a\n"
#define JPEG_MAGIC "\xff\xd8\xff"

static gboolean
base64_is_valid (const char *s,
                 gsize       len)
{
  if (len % 4 != 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = s[i];

      if (g_ascii_isalnum (c) || c == '+' || c == '/')
        continue;
      /* Padding: only at the end, at most two. */
      if (c == '=' && i >= len - 2 && (i == len - 1 || s[len - 1] == '='))
        continue;
      return FALSE;
    }
  return TRUE;
}

const char *
tp_format_image_type (GBytes *image)
{
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (image != NULL, NULL);

  data = g_bytes_get_data (image, &size);
  if (size >= 8 && memcmp (data, PNG_MAGIC, 8) == 0)
    return "image/png";
  if (size >= 3 && memcmp (data, JPEG_MAGIC, 3) == 0)
    return "image/jpeg";
  return NULL;
}

const char *
tp_format_check_image (GBytes  *image,
                       GError **error)
{
  const char *type;

  g_return_val_if_fail (image != NULL, NULL);

  if (g_bytes_get_size (image) > TP_FORMAT_MAX_IMAGE_BYTES)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE,
                   _("The picture is larger than the limit of %u MiB"),
                   TP_FORMAT_MAX_IMAGE_BYTES / (1024 * 1024));
      return NULL;
    }
  type = tp_format_image_type (image);
  if (type == NULL)
    g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_BAD_IMAGE,
                 _("Only PNG and JPEG pictures can be embedded"));
  return type;
}

void
_tp_image_reader_clear (TpImageReader *r)
{
  g_clear_pointer (&r->image, g_bytes_unref);
  g_clear_pointer (&r->media_type, g_free);
}

gboolean
_tp_loader_image_member (TpLoader      *l,
                         const char    *name,
                         TpImageReader *r,
                         gboolean      *handled)
{
  *handled = TRUE;

  if (strcmp (name, "media_type") == 0)
    {
      const char *s = _tp_loader_string (l);

      if (s == NULL)
        return FALSE;
      if (strcmp (s, "image/png") != 0 && strcmp (s, "image/jpeg") != 0)
        return _tp_loader_fail (l, TP_FORMAT_ERROR_BAD_IMAGE,
                                _("only PNG and JPEG images can be embedded "
                                  "(“image/png” or “image/jpeg”)"));
      g_free (r->media_type);
      r->media_type = g_strdup (s);
      return TRUE;
    }

  if (strcmp (name, "data") == 0)
    {
      gsize len, size;
      const char *s = _tp_loader_string (l);
      guchar *decoded;

      if (s == NULL)
        return FALSE;
      r->data_line = _tp_loader_line (l);
      tp_json_reader_get_string (l->reader, &len);
      if (!base64_is_valid (s, len))
        return _tp_loader_fail (l, TP_FORMAT_ERROR_BAD_IMAGE,
                                _("the image data is not valid base64"));
      if (len / 4 * 3 > TP_FORMAT_MAX_IMAGE_BYTES + 2)
        return _tp_loader_fail (l, TP_FORMAT_ERROR_TOO_LARGE,
                                _("the image is larger than the limit of %u MiB"),
                                TP_FORMAT_MAX_IMAGE_BYTES / (1024 * 1024));
      decoded = g_base64_decode (s, &size);
      g_clear_pointer (&r->image, g_bytes_unref);
      r->image = g_bytes_new_take (decoded, size);
      if (size > TP_FORMAT_MAX_IMAGE_BYTES)
        return _tp_loader_fail (l, TP_FORMAT_ERROR_TOO_LARGE,
                                _("the image is larger than the limit of %u MiB"),
                                TP_FORMAT_MAX_IMAGE_BYTES / (1024 * 1024));
      return TRUE;
    }

  *handled = FALSE;
  return TRUE;
}

gboolean
_tp_loader_image_finish (TpLoader      *l,
                         guint          line,
                         TpImageReader *r)
{
  const char *found;

  if (r->media_type == NULL || r->image == NULL)
    return _tp_loader_missing (l, line, _("image"), r->media_type == NULL ? "media_type" : "data");

  found = tp_format_image_type (r->image);
  if (found == NULL)
    return _tp_loader_fail_at (l, r->data_line, TP_FORMAT_ERROR_BAD_IMAGE,
                               _("the image data is neither a PNG nor a JPEG picture"));
  if (strcmp (found, r->media_type) != 0)
    return _tp_loader_fail_at (l, r->data_line, TP_FORMAT_ERROR_BAD_IMAGE,
                               _("the image data is a %s picture but “media_type” says %s"),
                               strcmp (found, "image/png") == 0 ? "PNG" : "JPEG", r->media_type);
  return TRUE;
}

void
_tp_write_image_data (TpJsonWriter *w,
                      GBytes       *image,
                      const char   *media_type)
{
  g_autofree char *encoded = NULL;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (image, &size);

  tp_json_writer_member (w, "media_type");
  tp_json_writer_ascii_string (w, media_type, strlen (media_type));
  encoded = g_base64_encode (bytes, size);
  tp_json_writer_member (w, "data");
  tp_json_writer_ascii_string (w, encoded, strlen (encoded));
}
