/* tp-export-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid of a journey as CSV (RFC 4180, UTF-8, CRLF line ends), and the
 * small format helpers of tp-export.h.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-export.h"
#include "tp-view.h"

G_DEFINE_QUARK (tp-export-error-quark, tp_export_error)

static const struct {
  const char *extension;
  const char *mime_type;
} formats[] = {
  [TP_EXPORT_PNG] = { "png", "image/png" },
  [TP_EXPORT_SVG] = { "svg", "image/svg+xml" },
  [TP_EXPORT_PDF] = { "pdf", "application/pdf" },
  [TP_EXPORT_CSV] = { "csv", "text/csv" },
};

void
tp_export_options_init (TpExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = TP_EXPORT_PNG;
  options->scale = 1.0;
}

gboolean
tp_export_format_for_path (const char     *path,
                           TpExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i].extension) == 0)
      {
        if (format != NULL)
          *format = (TpExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
tp_export_format_extension (TpExportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), NULL);

  return formats[format].extension;
}

const char *
tp_export_format_mime_type (TpExportFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (formats), NULL);

  return formats[format].mime_type;
}

/* Appends @text as one field: quoted when it holds a comma, quote or line
 * break (or leading/trailing space), with quotes doubled. */
static void
append_field (GString    *csv,
              const char *text)
{
  gboolean quote;

  if (text == NULL)
    text = "";
  quote = strpbrk (text, ",\"\r\n") != NULL
          || (text[0] != '\0' && (text[0] == ' ' || text[strlen (text) - 1] == ' '));
  if (!quote)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

GBytes *
tp_export_csv_from_table (GPtrArray *rows)
{
  GString *csv;

  g_return_val_if_fail (rows != NULL, NULL);

  csv = g_string_new (NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; row != NULL && row[c] != NULL; c++)
        {
          if (c > 0)
            g_string_append_c (csv, ',');
          append_field (csv, row[c]);
        }
      g_string_append (csv, "\r\n");
    }
  return g_string_free_to_bytes (csv);
}

GBytes *
tp_export_csv (TpJourney  *journey,
               const char *view)
{
  g_autoptr(TpView) picture = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  picture = tp_view_new (view, journey);
  if (picture == NULL)
    picture = tp_view_new (TP_VIEW_JOURNEY, journey);
  rows = tp_view_get_table (picture);
  return tp_export_csv_from_table (rows);
}
