/* tp-csv-import-cards.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card list: one row per card, the columns of tp-card-table.h in any
 * order, metric columns with their unit columns, unknown columns skipped.
 * Phases and lanes are matched by title. Phases come in the order they first
 * appear; lanes in an order that keeps, within every phase, the order the rows
 * give them (the export writes cards phase by phase, lane by lane), so a card
 * list written by the export reads back to the same table.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "model/tp-card-table.h"
#include "tp-csv-private.h"
#include "model/tp-element-private.h"

typedef enum {
  ROLE_SKIP,
  ROLE_FIELD,
  ROLE_METRIC,
  ROLE_UNIT,
} Role;

typedef struct {
  Role          role;
  TpCardColumn  field;
  TpMetricKind  kind;
  char         *label;
  int           unit;   /* the unit column of a metric, or -1 */
} Column;

typedef struct {
  TpCsvImport *self;
  TpCsvTable  *table;
  const char  *display_name;
  Column      *columns;
  int          fields[TP_N_CARD_COLUMNS];  /* column of each field, or -1 */
  GHashTable  *phases;     /* title → index + 1 */
  GHashTable  *lanes;      /* title → index + 1 */
  GHashTable  *ids;        /* ids seen */
  GArray      *edges;      /* pairs of lane indexes: first before second */
} Reader;

static gboolean
id_is_valid (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

/* The cell of @field in @row ("" when the table has no such column), unguarded. */
static char *
field_text (Reader       *reader,
            guint         row,
            TpCardColumn  field)
{
  if (reader->fields[field] < 0)
    return g_strdup ("");
  return _tp_csv_import_text (reader->self, reader->table, row, reader->fields[field]);
}

static gboolean
value_error (Reader      *reader,
             guint        row,
             int          column,
             const char  *message,
             GError     **error)
{
  _tp_csv_set_error (error, TP_CSV_ERROR_VALUE, reader->display_name, row, column, "%s",
                     message);
  return FALSE;
}

/* An enum value by its file name, ignoring case, spaces and hyphens ("Mobile app"). */
static gboolean
parse_enum (Reader      *reader,
            guint        row,
            TpCardColumn field,
            GType        type,
            int         *value,
            gboolean    *present,
            GError     **error)
{
  g_autofree char *text = field_text (reader, row, field);
  g_autofree char *nick = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) names = NULL;
  g_autofree char *message = NULL;

  *present = FALSE;
  g_strstrip (text);
  if (text[0] == '\0')
    return TRUE;
  nick = g_ascii_strdown (text, -1);
  g_strdelimit (nick, " -", '_');
  if (tp_enum_from_nick (type, nick, value))
    {
      *present = TRUE;
      return TRUE;
    }

  klass = g_type_class_ref (type);
  names = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  /* TRANSLATORS: a value in a table that is not one of the allowed words, then the words */
  message = g_strdup_printf (_("“%s” is not one of: %s"), text, names->str);
  return value_error (reader, row, reader->fields[field], message, error);
}

static gboolean
parse_int (Reader       *reader,
           guint         row,
           TpCardColumn  field,
           int           min,
           int           max,
           int          *value,
           gboolean     *present,
           GError      **error)
{
  g_autofree char *text = field_text (reader, row, field);
  gint64 number;

  *present = FALSE;
  g_strstrip (text);
  if (text[0] == '\0')
    return TRUE;
  if (!g_ascii_string_to_signed (text[0] == '+' ? text + 1 : text, 10, min, max, &number, NULL))
    {
      g_autofree char *message =
        /* TRANSLATORS: a table cell that should hold a whole number in a range */
        g_strdup_printf (_("“%s” is not a whole number from %d to %d"), text, min, max);

      return value_error (reader, row, reader->fields[field], message, error);
    }
  *value = (int) number;
  *present = TRUE;
  return TRUE;
}

static gboolean
parse_bool (Reader       *reader,
            guint         row,
            TpCardColumn  field,
            gboolean     *value,
            GError      **error)
{
  static const char * const yes[] = { "true", "yes", "1", "x", NULL };
  static const char * const no[] = { "false", "no", "0", "", NULL };
  g_autofree char *text = field_text (reader, row, field);
  g_autofree char *lower = NULL;
  g_autofree char *message = NULL;

  g_strstrip (text);
  lower = g_ascii_strdown (text, -1);
  if (g_strv_contains (yes, lower) || g_strv_contains (no, lower))
    {
      *value = g_strv_contains (yes, lower);
      return TRUE;
    }
  /* TRANSLATORS: a table cell that should say true or false */
  message = g_strdup_printf (_("“%s” is neither “true” nor “false”"), text);
  return value_error (reader, row, reader->fields[field], message, error);
}

static gboolean
parse_number (Reader      *reader,
              guint        row,
              guint        column,
              double      *value,
              GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (_tp_csv_cell (reader->table, row, column)));
  g_autofree char *message = NULL;
  char *end = NULL;

  /* Semicolon-separated tables come from languages that write a decimal comma. */
  if (reader->table->delimiter == ';')
    g_strdelimit (text, ",", '.');
  if (tp_table_cell_is_number (text))
    {
      *value = g_ascii_strtod (text, &end);
      if (end != NULL && *end == '\0' && isfinite (*value))
        return TRUE;
    }
  /* TRANSLATORS: a table cell that should hold a number */
  message = g_strdup_printf (_("“%s” is not a number"), text);
  return value_error (reader, row, column, message, error);
}

static gboolean
read_header (Reader      *reader,
             GError     **error)
{
  TpCsvTable *table = reader->table;
  int last_metric = -1;

  for (guint f = 0; f < TP_N_CARD_COLUMNS; f++)
    reader->fields[f] = -1;

  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *name = _tp_csv_cell (table, 0, c);
      Column *column = &reader->columns[c];
      TpCardColumn field;

      column->unit = -1;
      if (tp_card_column_from_name (name, &field) && reader->fields[field] < 0)
        {
          column->role = ROLE_FIELD;
          column->field = field;
          reader->fields[field] = c;
          last_metric = -1;
          continue;
        }
      if (last_metric >= 0 && g_str_has_suffix (name, TP_CARD_TABLE_UNIT_SUFFIX))
        {
          g_autofree char *header =
            tp_card_table_metric_header (reader->columns[last_metric].kind,
                                         reader->columns[last_metric].label);
          g_autofree char *unit = g_strconcat (header, TP_CARD_TABLE_UNIT_SUFFIX, NULL);

          if (strcmp (name, unit) == 0)
            {
              column->role = ROLE_UNIT;
              reader->columns[last_metric].unit = c;
              last_metric = -1;
              continue;
            }
        }
      last_metric = -1;
      if (tp_card_table_parse_metric_header (name, &column->kind, &column->label))
        {
          column->role = ROLE_METRIC;
          last_metric = c;
          continue;
        }
      column->role = ROLE_SKIP;
      _tp_csv_import_warn (reader->self,
                           _tp_csv_where (0, c, _("not a card field; the column is skipped")));
    }
  return TRUE;
}

/* The lane kind a card of @kind belongs in. */
static TpLaneKind
lane_kind_for_card (TpCardKind kind)
{
  for (int lane = 0; lane <= TP_LANE_KIND_TEXT; lane++)
    if (tp_lane_kind_default_card_kind (lane) == kind)
      return lane;
  return TP_LANE_KIND_TEXT;
}

static guint
find_lane (Reader      *reader,
           guint        row,
           const char  *title,
           GError     **error)
{
  gpointer found = g_hash_table_lookup (reader->lanes, title);
  TpCsvLane *lane;
  int kind = TP_LANE_KIND_TEXT;
  gboolean present, known;
  int card_kind;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  if (!parse_enum (reader, row, TP_CARD_COLUMN_LANE_KIND, TP_TYPE_LANE_KIND, &kind, &present,
                   error))
    return G_MAXUINT;
  if (!present)
    {
      kind = _tp_csv_lane_kind_for_title (title, &known);
      if (!known && parse_enum (reader, row, TP_CARD_COLUMN_KIND, TP_TYPE_CARD_KIND, &card_kind,
                                &present, NULL) && present)
        kind = lane_kind_for_card (card_kind);
    }

  lane = g_new0 (TpCsvLane, 1);
  lane->title = g_strdup (title);
  lane->kind = kind;
  g_ptr_array_add (reader->self->lanes, lane);
  g_hash_table_insert (reader->lanes, lane->title, GUINT_TO_POINTER (reader->self->lanes->len));
  return reader->self->lanes->len - 1;
}

static guint
find_phase (Reader     *reader,
            const char *title)
{
  gpointer found = g_hash_table_lookup (reader->phases, title);
  char *copy;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  copy = g_strdup (title);
  g_ptr_array_add (reader->self->phases, copy);
  g_hash_table_insert (reader->phases, copy, GUINT_TO_POINTER (reader->self->phases->len));
  return reader->self->phases->len - 1;
}

static gboolean
read_metrics (Reader   *reader,
              guint     row,
              TpCard   *card,
              GError  **error)
{
  for (guint c = 0; c < reader->table->n_columns; c++)
    {
      Column *column = &reader->columns[c];
      g_autoptr(TpMetric) metric = NULL;
      g_autofree char *unit = NULL;
      double value;

      if (column->role != ROLE_METRIC || _tp_csv_cell (reader->table, row, c)[0] == '\0')
        continue;
      if (!parse_number (reader, row, c, &value, error))
        return FALSE;
      unit = column->unit >= 0 ? _tp_csv_import_text (reader->self, reader->table, row,
                                                      column->unit)
                               : g_strdup ("");
      metric = tp_metric_new (column->kind);
      g_object_set (metric, "label", column->label, "value", value, "unit", unit, NULL);
      _tp_element_append_child (TP_ELEMENT (card), TP_LIST_METRICS, TP_ELEMENT (metric));
    }
  return TRUE;
}

static gboolean
read_card (Reader      *reader,
           guint        row,
           TpCsvCard   *def,
           GError     **error)
{
  g_autofree char *title = field_text (reader, row, TP_CARD_COLUMN_TITLE);
  g_autofree char *description = field_text (reader, row, TP_CARD_COLUMN_DESCRIPTION);
  g_autofree char *tags_text = field_text (reader, row, TP_CARD_COLUMN_TAGS);
  g_autofree char *department = field_text (reader, row, TP_CARD_COLUMN_DEPARTMENT);
  g_autofree char *feeling = field_text (reader, row, TP_CARD_COLUMN_FEELING);
  g_autofree char *id = field_text (reader, row, TP_CARD_COLUMN_ID);
  g_auto(GStrv) tags = NULL;
  TpCsvLane *lane = g_ptr_array_index (reader->self->lanes, def->lane);
  int kind = tp_lane_kind_default_card_kind (lane->kind);
  int value;
  gboolean present, moment;
  static const struct {
    TpCardColumn field;
    const char  *property;
    int          min, max;
  } ints[] = {
    { TP_CARD_COLUMN_EMOTION_SCORE, "emotion-score", -3, 3 },
    { TP_CARD_COLUMN_SEVERITY, "severity", 0, 5 },
    { TP_CARD_COLUMN_IMPACT, "impact", 0, 5 },
    { TP_CARD_COLUMN_EFFORT, "effort", 0, 5 },
    { TP_CARD_COLUMN_FAIL_POINT_SEVERITY, "fail-point-severity", 0, 5 },
  };
  static const struct {
    TpCardColumn field;
    const char  *property;
    GType      (*type) (void);
  } enums[] = {
    { TP_CARD_COLUMN_EVIDENCE, "evidence", tp_evidence_get_type },
    { TP_CARD_COLUMN_CHANNEL, "channel", tp_channel_get_type },
    { TP_CARD_COLUMN_TOUCHPOINT_TYPE, "touchpoint-type", tp_touchpoint_type_get_type },
  };

  if (!parse_enum (reader, row, TP_CARD_COLUMN_KIND, TP_TYPE_CARD_KIND, &kind, &present, error))
    return FALSE;
  def->card = tp_card_new (NULL, kind);

  if (id[0] != '\0')
    {
      if (!id_is_valid (id) || g_hash_table_contains (reader->ids, id))
        _tp_csv_import_warn (reader->self,
                             _tp_csv_where (row, reader->fields[TP_CARD_COLUMN_ID],
                                            _("not a valid, unique id; the card gets a new one")));
      else
        {
          def->id = g_strdup (id);
          g_hash_table_add (reader->ids, g_strdup (id));
        }
    }

  tags = g_strsplit (tags_text, "\n", -1);
  if (tags_text[0] == '\0')
    g_clear_pointer (&tags, g_strfreev);
  g_object_set (def->card,
                "title", title,
                "description", description,
                "tags", tags,
                "department", department,
                "feeling", feeling,
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      if (!parse_enum (reader, row, enums[i].field, enums[i].type (), &value, &present, error))
        return FALSE;
      if (present)
        g_object_set (def->card, enums[i].property, value, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    {
      if (!parse_int (reader, row, ints[i].field, ints[i].min, ints[i].max, &value, &present,
                      error))
        return FALSE;
      if (present)
        g_object_set (def->card, ints[i].property, value, NULL);
    }
  if (!parse_bool (reader, row, TP_CARD_COLUMN_MOMENT_THAT_MATTERS, &moment, error))
    return FALSE;
  g_object_set (def->card, "moment-that-matters", moment, NULL);
  if (!parse_bool (reader, row, TP_CARD_COLUMN_FAIL_POINT, &moment, error))
    return FALSE;
  g_object_set (def->card, "fail-point", moment, NULL);
  if (reader->fields[TP_CARD_COLUMN_DURATION] >= 0
      && _tp_csv_cell (reader->table, row, reader->fields[TP_CARD_COLUMN_DURATION])[0] != '\0')
    {
      double minutes;

      if (!parse_number (reader, row, reader->fields[TP_CARD_COLUMN_DURATION], &minutes, error))
        return FALSE;
      if (minutes < 0 || minutes > TP_CARD_DURATION_MAX)
        {
          g_autofree char *message =
            /* TRANSLATORS: a duration in minutes out of range */
            g_strdup_printf (_("%g minutes is not a duration from 0 to %g"), minutes,
                             TP_CARD_DURATION_MAX);

          return value_error (reader, row, reader->fields[TP_CARD_COLUMN_DURATION], message,
                              error);
        }
      g_object_set (def->card, "duration", minutes, NULL);
    }

  return read_metrics (reader, row, def->card, error);
}

/* A min-heap of lane indexes. */
static void
heap_push (GArray *heap,
           guint   value)
{
  guint i = heap->len;

  g_array_append_val (heap, value);
  while (i > 0 && g_array_index (heap, guint, (i - 1) / 2) > value)
    {
      g_array_index (heap, guint, i) = g_array_index (heap, guint, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  g_array_index (heap, guint, i) = value;
}

static guint
heap_pop (GArray *heap)
{
  guint top = g_array_index (heap, guint, 0);
  guint last = g_array_index (heap, guint, heap->len - 1);
  guint i = 0;

  g_array_set_size (heap, heap->len - 1);
  if (heap->len == 0)
    return top;
  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= heap->len)
        break;
      if (child + 1 < heap->len
          && g_array_index (heap, guint, child + 1) < g_array_index (heap, guint, child))
        child++;
      if (g_array_index (heap, guint, child) >= last)
        break;
      g_array_index (heap, guint, i) = g_array_index (heap, guint, child);
      i = child;
    }
  g_array_index (heap, guint, i) = last;
  return top;
}

/* Orders the lanes so that every "a before b" of the rows holds, taking the
 * lane that appeared first whenever there is a choice; where the rows
 * disagree (a cycle), the first-appearing lane not yet placed goes next.
 * Linear in lanes and rows, apart from the heap. */
static void
order_lanes (Reader *reader)
{
  TpCsvImport *self = reader->self;
  guint n = self->lanes->len;
  guint n_edges = reader->edges->len / 2;
  g_autofree guint *incoming = g_new0 (guint, n);
  g_autofree guint *first_edge = g_new0 (guint, n + 1);
  g_autofree guint *targets = g_new0 (guint, n_edges + 1);
  g_autofree guint *position = g_new0 (guint, n);
  g_autofree gboolean *placed = g_new0 (gboolean, n);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_full (n, NULL);
  g_autoptr(GArray) ready = g_array_new (FALSE, FALSE, sizeof (guint));
  guint scan = 0;

  /* Outgoing edges of each lane, packed (counting sort by source). */
  for (guint e = 0; e < n_edges; e++)
    {
      first_edge[g_array_index (reader->edges, guint, 2 * e) + 1]++;
      incoming[g_array_index (reader->edges, guint, 2 * e + 1)]++;
    }
  for (guint l = 0; l < n; l++)
    first_edge[l + 1] += first_edge[l];
  {
    g_autofree guint *fill = g_memdup2 (first_edge, sizeof (guint) * (n + 1));

    for (guint e = 0; e < n_edges; e++)
      targets[fill[g_array_index (reader->edges, guint, 2 * e)]++] =
        g_array_index (reader->edges, guint, 2 * e + 1);
  }

  for (guint l = 0; l < n; l++)
    if (incoming[l] == 0)
      heap_push (ready, l);

  for (guint step = 0; step < n; step++)
    {
      guint next = G_MAXUINT;

      while (ready->len > 0 && next == G_MAXUINT)
        {
          next = heap_pop (ready);
          if (placed[next])
            next = G_MAXUINT;
        }
      while (next == G_MAXUINT)
        {
          if (!placed[scan])
            next = scan;
          scan++;
        }

      placed[next] = TRUE;
      position[next] = step;
      g_ptr_array_add (ordered, g_ptr_array_index (self->lanes, next));
      for (guint e = first_edge[next]; e < first_edge[next + 1]; e++)
        if (incoming[targets[e]] > 0 && --incoming[targets[e]] == 0 && !placed[targets[e]])
          heap_push (ready, targets[e]);
    }

  for (guint l = 0; l < n; l++)
    self->lanes->pdata[l] = ordered->pdata[l];
  for (guint i = 0; i < self->cards->len; i++)
    {
      TpCsvCard *card = g_ptr_array_index (self->cards, i);

      card->lane = position[card->lane];
    }
}

gboolean
_tp_csv_import_read_cards (TpCsvImport *self,
                           TpCsvTable  *table,
                           const char  *display_name,
                           GError     **error)
{
  g_autofree Column *columns = g_new0 (Column, table->n_columns);
  g_autoptr(GHashTable) phases = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lanes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (guint));
  Reader reader = { self, table, display_name, columns, { 0 }, phases, lanes, ids, edges };
  gboolean ok = TRUE;
  guint last_phase = G_MAXUINT, last_lane = G_MAXUINT;

  read_header (&reader, error);

  for (guint r = 1; r < table->rows->len && ok; r++)
    {
      g_autofree char *phase_title = field_text (&reader, r, TP_CARD_COLUMN_PHASE);
      g_autofree char *lane_title = field_text (&reader, r, TP_CARD_COLUMN_LANE);
      TpCsvCard *card = g_new0 (TpCsvCard, 1);

      card->phase = find_phase (&reader, phase_title);
      card->lane = find_lane (&reader, r, lane_title, error);
      g_ptr_array_add (self->cards, card);
      if (card->lane == G_MAXUINT)
        {
          card->lane = 0;
          ok = FALSE;
          break;
        }
      if (card->phase == last_phase && card->lane != last_lane)
        {
          g_array_append_val (edges, last_lane);
          g_array_append_val (edges, card->lane);
        }
      last_phase = card->phase;
      last_lane = card->lane;
      ok = read_card (&reader, r, card, error);
    }

  for (guint c = 0; c < table->n_columns; c++)
    g_free (columns[c].label);
  if (!ok)
    return FALSE;

  order_lanes (&reader);
  return TRUE;
}
