/* tp-export-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A journey as CSV (RFC 4180, UTF-8, CRLF line ends): the table of a view
 * (the journey map's is the grid: phases as columns, lanes as rows, card
 * titles in the cells) and the card list (one row per card, one column per
 * field; tp-card-table.h). Text that a
 * spreadsheet would run as a formula is written with a leading apostrophe.
 * Also the small format helpers of tp-export.h.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "model/tp-card-table.h"
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
  [TP_EXPORT_CSV_CARDS] = { "csv", "text/csv" },
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

/* Appends @text as one field: guarded against formulas, then quoted when it
 * holds a comma, quote or line break (or leading/trailing space), with quotes
 * doubled. */
static void
append_field (GString    *csv,
              const char *text)
{
  g_autofree char *guarded = NULL;
  g_autoptr(GString) lines = g_string_new (text);
  gboolean quote;
  gsize length;

  /* Line breaks inside a cell are written as LF, the way they read back. */
  g_string_replace (lines, "\r\n", "\n", 0);
  g_string_replace (lines, "\r", "\n", 0);
  guarded = tp_table_cell_guard (lines->str);
  length = strlen (guarded);

  quote = strpbrk (guarded, ",\"\r\n") != NULL
          || (length > 0 && (guarded[0] == ' ' || guarded[length - 1] == ' '));
  if (!quote)
    {
      g_string_append (csv, guarded);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = guarded; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* A number is never a formula: written as it is. */
static void
append_number (GString *csv,
               double   value)
{
  g_autofree char *text = tp_card_table_format_number (value);

  g_string_append (csv, text);
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

/* --- The card list ------------------------------------------------------ */

/* A metric column: the metrics of one kind and label; a card with several of
 * them fills as many columns. */
typedef struct {
  TpMetricKind kind;
  char        *label;
  guint        count;
} MetricKey;

static void
metric_key_clear (gpointer data)
{
  g_free (((MetricKey *) data)->label);
}

static gboolean
metric_matches (TpMetric        *metric,
                const MetricKey *key)
{
  const char *label = tp_metric_get_label (metric);

  return tp_metric_get_kind (metric) == key->kind
         && g_strcmp0 (label != NULL ? label : "", key->label) == 0;
}

/* Only touchpoint cards carry metrics in the file; the table shows the same. */
static GPtrArray *
card_metrics (TpCard *card)
{
  if (tp_card_get_kind (card) != TP_CARD_KIND_TOUCHPOINT)
    return NULL;
  return tp_card_get_metrics (card);
}

/* The metric columns: kinds in their order, labels within a kind in order of
 * first appearance, each as often as one card has it at most. */
static GArray *
collect_metric_keys (GPtrArray *cards)
{
  GArray *keys = g_array_new (FALSE, TRUE, sizeof (MetricKey));

  g_array_set_clear_func (keys, metric_key_clear);
  for (int kind = 0; kind <= TP_METRIC_KIND_CUSTOM; kind++)
    for (guint i = 0; i < cards->len; i++)
      {
        GPtrArray *metrics = card_metrics (g_ptr_array_index (cards, i));

        for (guint m = 0; metrics != NULL && m < metrics->len; m++)
          {
            TpMetric *metric = g_ptr_array_index (metrics, m);
            const char *label = tp_metric_get_label (metric);
            MetricKey probe = { kind, (char *) (label != NULL ? label : ""), 0 };
            guint count = 0, k;

            if ((int) tp_metric_get_kind (metric) != kind)
              continue;
            for (guint n = 0; n < metrics->len; n++)
              count += metric_matches (g_ptr_array_index (metrics, n), &probe);
            for (k = 0; k < keys->len; k++)
              if (g_array_index (keys, MetricKey, k).kind == probe.kind
                  && strcmp (g_array_index (keys, MetricKey, k).label, probe.label) == 0)
                break;
            if (k == keys->len)
              {
                probe.label = g_strdup (probe.label);
                g_array_append_val (keys, probe);
              }
            g_array_index (keys, MetricKey, k).count =
              MAX (g_array_index (keys, MetricKey, k).count, count);
          }
      }
  return keys;
}

static const char *
nick (GType type,
      int   value)
{
  return tp_enum_to_nick (type, value);
}

static void
append_int_if (GString  *csv,
               gboolean  condition,
               int       value)
{
  g_string_append_c (csv, ',');
  if (condition)
    g_string_append_printf (csv, "%d", value);
}

static void
append_text_if (GString    *csv,
                gboolean    condition,
                const char *text)
{
  g_string_append_c (csv, ',');
  if (condition)
    append_field (csv, text);
}

/* The @n-th metric of @metrics that belongs in @key's columns, or NULL. */
static TpMetric *
nth_metric (GPtrArray       *metrics,
            const MetricKey *key,
            guint            n)
{
  for (guint m = 0; metrics != NULL && m < metrics->len; m++)
    if (metric_matches (g_ptr_array_index (metrics, m), key) && n-- == 0)
      return g_ptr_array_index (metrics, m);
  return NULL;
}

static void
append_card_row (GString *csv,
                 TpPhase *phase,
                 TpLane  *lane,
                 TpCard  *card,
                 GArray  *keys)
{
  TpCardKind kind = tp_card_get_kind (card);
  gboolean touchpoint = kind == TP_CARD_KIND_TOUCHPOINT;
  gboolean emotion = kind == TP_CARD_KIND_EMOTION;
  gboolean opportunity = kind == TP_CARD_KIND_OPPORTUNITY;
  const char * const *tags = tp_card_get_tags (card);
  g_autofree char *joined_tags = tags != NULL ? g_strjoinv ("\n", (char **) tags) : NULL;
  GPtrArray *metrics = card_metrics (card);

  append_field (csv, tp_element_get_id (TP_ELEMENT (card)));
  append_text_if (csv, TRUE, tp_phase_get_title (phase));
  append_text_if (csv, TRUE, tp_lane_get_title (lane));
  append_text_if (csv, TRUE, nick (TP_TYPE_LANE_KIND, tp_lane_get_kind (lane)));
  append_text_if (csv, TRUE, nick (TP_TYPE_CARD_KIND, kind));
  append_text_if (csv, TRUE, tp_card_get_title (card));
  append_text_if (csv, TRUE, tp_card_get_description (card));
  append_text_if (csv, TRUE, joined_tags);
  append_text_if (csv, TRUE, nick (TP_TYPE_EVIDENCE, tp_card_get_evidence (card)));
  append_text_if (csv, TRUE, tp_card_get_moment_that_matters (card) ? "true" : "false");
  append_text_if (csv, touchpoint, nick (TP_TYPE_CHANNEL, tp_card_get_channel (card)));
  append_text_if (csv, touchpoint,
                  nick (TP_TYPE_TOUCHPOINT_TYPE, tp_card_get_touchpoint_type (card)));
  append_text_if (csv, TRUE, tp_card_get_department (card));
  append_int_if (csv, emotion, tp_card_get_emotion_score (card));
  append_text_if (csv, emotion, tp_card_get_feeling (card));
  append_int_if (csv, kind == TP_CARD_KIND_PAIN_POINT, tp_card_get_severity (card));
  append_int_if (csv, opportunity, tp_card_get_impact (card));
  append_int_if (csv, opportunity, tp_card_get_effort (card));
  append_text_if (csv, TRUE, tp_card_get_fail_point (card) ? "true" : "false");
  append_int_if (csv, tp_card_get_fail_point (card), tp_card_get_fail_point_severity (card));
  g_string_append_c (csv, ',');
  if (tp_card_get_duration (card) > 0)
    append_number (csv, tp_card_get_duration (card));

  for (guint k = 0; k < keys->len; k++)
    {
      const MetricKey *key = &g_array_index (keys, MetricKey, k);

      for (guint column = 0; column < key->count; column++)
        {
          TpMetric *metric = nth_metric (metrics, key, column);

          g_string_append_c (csv, ',');
          if (metric != NULL)
            append_number (csv, tp_metric_get_value (metric));
          append_text_if (csv, metric != NULL,
                          metric != NULL ? tp_metric_get_unit (metric) : NULL);
        }
    }
  g_string_append (csv, "\r\n");
}

GBytes *
tp_export_csv_cards (TpJourney *journey)
{
  GPtrArray *phases, *lanes;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GArray) keys = NULL;
  GString *csv;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  phases = tp_journey_get_phases (journey);
  lanes = tp_journey_get_lanes (journey);
  for (guint c = 0; c < phases->len; c++)
    for (guint r = 0; r < lanes->len; r++)
      {
        g_autoptr(GPtrArray) cell =
          tp_journey_get_cell_cards (journey, g_ptr_array_index (phases, c),
                                     g_ptr_array_index (lanes, r));

        g_ptr_array_extend (cards, cell, NULL, NULL);
      }
  keys = collect_metric_keys (cards);

  csv = g_string_new (NULL);
  for (guint i = 0; i < TP_N_CARD_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      append_field (csv, tp_card_column_name (i));
    }
  for (guint k = 0; k < keys->len; k++)
    {
      const MetricKey *key = &g_array_index (keys, MetricKey, k);
      g_autofree char *header = tp_card_table_metric_header (key->kind, key->label);
      g_autofree char *unit = g_strconcat (header, TP_CARD_TABLE_UNIT_SUFFIX, NULL);

      for (guint column = 0; column < key->count; column++)
        {
          g_string_append_c (csv, ',');
          append_field (csv, header);
          g_string_append_c (csv, ',');
          append_field (csv, unit);
        }
    }
  g_string_append (csv, "\r\n");

  /* Cards in map order: phase by phase, lane by lane, in cell order. */
  for (guint c = 0; c < phases->len; c++)
    for (guint r = 0; r < lanes->len; r++)
      {
        g_autoptr(GPtrArray) cell =
          tp_journey_get_cell_cards (journey, g_ptr_array_index (phases, c),
                                     g_ptr_array_index (lanes, r));

        for (guint n = 0; n < cell->len; n++)
          append_card_row (csv, g_ptr_array_index (phases, c), g_ptr_array_index (lanes, r),
                           g_ptr_array_index (cell, n), keys);
      }

  return g_string_free_to_bytes (csv);
}
