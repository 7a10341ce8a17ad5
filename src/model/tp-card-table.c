/* tp-card-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tp-card-table.h"

static const char * const column_names[TP_N_CARD_COLUMNS] = {
  [TP_CARD_COLUMN_ID] = "id",
  [TP_CARD_COLUMN_PHASE] = "phase",
  [TP_CARD_COLUMN_LANE] = "lane",
  [TP_CARD_COLUMN_LANE_KIND] = "lane_kind",
  [TP_CARD_COLUMN_KIND] = "kind",
  [TP_CARD_COLUMN_TITLE] = "title",
  [TP_CARD_COLUMN_DESCRIPTION] = "description",
  [TP_CARD_COLUMN_TAGS] = "tags",
  [TP_CARD_COLUMN_EVIDENCE] = "evidence",
  [TP_CARD_COLUMN_MOMENT_THAT_MATTERS] = "moment_that_matters",
  [TP_CARD_COLUMN_CHANNEL] = "channel",
  [TP_CARD_COLUMN_TOUCHPOINT_TYPE] = "touchpoint_type",
  [TP_CARD_COLUMN_DEPARTMENT] = "department",
  [TP_CARD_COLUMN_EMOTION_SCORE] = "emotion_score",
  [TP_CARD_COLUMN_FEELING] = "feeling",
  [TP_CARD_COLUMN_SEVERITY] = "severity",
  [TP_CARD_COLUMN_IMPACT] = "impact",
  [TP_CARD_COLUMN_EFFORT] = "effort",
  [TP_CARD_COLUMN_FAIL_POINT] = "fail_point",
  [TP_CARD_COLUMN_FAIL_POINT_SEVERITY] = "fail_point_severity",
  [TP_CARD_COLUMN_DURATION] = "duration",
};

const char *
tp_card_column_name (TpCardColumn column)
{
  g_return_val_if_fail ((guint) column < TP_N_CARD_COLUMNS, NULL);

  return column_names[column];
}

gboolean
tp_card_column_from_name (const char   *name,
                          TpCardColumn *column)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < TP_N_CARD_COLUMNS; i++)
    if (strcmp (name, column_names[i]) == 0)
      {
        if (column != NULL)
          *column = (TpCardColumn) i;
        return TRUE;
      }
  return FALSE;
}

char *
tp_card_table_metric_header (TpMetricKind  kind,
                             const char   *label)
{
  const char *nick = tp_enum_to_nick (TP_TYPE_METRIC_KIND, kind);

  if (label == NULL || label[0] == '\0')
    return g_strdup (nick);
  return g_strconcat (nick, ":", label, NULL);
}

gboolean
tp_card_table_parse_metric_header (const char   *header,
                                   TpMetricKind *kind,
                                   char        **label)
{
  const char *colon;
  g_autofree char *nick = NULL;
  int value;

  g_return_val_if_fail (header != NULL, FALSE);

  colon = strchr (header, ':');
  nick = colon != NULL ? g_strndup (header, colon - header) : g_strdup (header);
  if (!tp_enum_from_nick (TP_TYPE_METRIC_KIND, nick, &value))
    return FALSE;
  if (kind != NULL)
    *kind = (TpMetricKind) value;
  if (label != NULL)
    *label = g_strdup (colon != NULL ? colon + 1 : "");
  return TRUE;
}

char *
tp_card_table_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0)
    return g_strdup ("0");
  /* 15 significant digits are what people typed; 17 always read back exactly. */
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  return g_strdup (buffer);
}

gboolean
tp_table_cell_is_number (const char *text)
{
  const char *p = text;
  guint digits = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (*p == '-' || *p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits++;
  if (digits == 0)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      guint exponent = 0;

      p++;
      if (*p == '-' || *p == '+')
        p++;
      for (; g_ascii_isdigit (*p); p++)
        exponent++;
      if (exponent == 0)
        return FALSE;
    }
  return *p == '\0';
}

gboolean
tp_table_cell_is_formula (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL
         && !tp_table_cell_is_number (text);
}

char *
tp_table_cell_guard (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (tp_table_cell_is_formula (text))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

char *
tp_table_cell_unguard (const char *text,
                       gboolean   *formula)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (formula != NULL)
    *formula = FALSE;
  if (text[0] == '\'' && tp_table_cell_is_formula (text + 1))
    return g_strdup (text + 1);
  if (formula != NULL)
    *formula = tp_table_cell_is_formula (text);
  return g_strdup (text);
}
