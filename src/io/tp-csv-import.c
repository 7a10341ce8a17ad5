/* tp-csv-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import of a CSV table: which layout it is, the grid, the preview and
 * adding the result to a project. The card list is in tp-csv-import-cards.c.
 *
 * Round trip: a grid written by the CSV export reads back into the same
 * phases, lanes and card titles, so exporting again gives the same bytes.
 * Cells the export guarded against formulas (a leading apostrophe) lose the
 * apostrophe again; a formula in a cell is imported as text, never run.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "model/tp-card-table.h"
#include "tp-csv-private.h"
#include "model/tp-element-private.h"

/* Formulas are listed one by one up to this many, then counted. */
#define MAX_FORMULA_WARNINGS 5

static void
csv_lane_free (gpointer data)
{
  TpCsvLane *lane = data;

  g_free (lane->title);
  g_free (lane);
}

static void
csv_card_free (gpointer data)
{
  TpCsvCard *card = data;

  g_free (card->id);
  g_clear_object (&card->card);
  g_free (card);
}

void
_tp_csv_import_warn (TpCsvImport *self,
                     char        *message)
{
  /* Keep the array NULL-terminated for tp_csv_import_get_warnings(). */
  g_ptr_array_insert (self->warnings, self->warnings->len - 1, message);
}

void
_tp_csv_import_formula (TpCsvImport *self,
                        guint        row,
                        guint        column)
{
  if (++self->n_formulas <= MAX_FORMULA_WARNINGS)
    _tp_csv_import_warn (self, _tp_csv_where (row, column,
                                              _("a formula, imported as text (it is not run)")));
}

char *
_tp_csv_import_text (TpCsvImport *self,
                     TpCsvTable  *table,
                     guint        row,
                     guint        column)
{
  gboolean formula;
  char *text = tp_table_cell_unguard (_tp_csv_cell (table, row, column), &formula);

  if (formula)
    _tp_csv_import_formula (self, row, column);
  return text;
}

TpLaneKind
_tp_csv_lane_kind_for_title (const char *title,
                             gboolean   *known)
{
  g_autofree char *wanted = g_utf8_casefold (title, -1);

  *known = TRUE;
  for (int kind = 0; kind <= TP_LANE_KIND_TEXT; kind++)
    {
      g_autofree char *label = g_utf8_casefold (tp_enum_get_label (TP_TYPE_LANE_KIND, kind), -1);
      g_autofree char *nick = g_strdup (tp_enum_to_nick (TP_TYPE_LANE_KIND, kind));

      g_strdelimit (nick, "_", ' ');
      if (strcmp (wanted, label) == 0 || strcmp (wanted, nick) == 0)
        return kind;
    }
  *known = FALSE;
  return TP_LANE_KIND_TEXT;
}

/* --- The grid ------------------------------------------------------------ */

gboolean
_tp_csv_import_read_grid (TpCsvImport *self,
                          TpCsvTable  *table,
                          const char  *display_name,
                          GError     **error)
{
  /* The corner cell (row 1, column A) names the rows; it is not a phase. */
  for (guint c = 1; c < table->n_columns; c++)
    g_ptr_array_add (self->phases, _tp_csv_import_text (self, table, 0, c));

  for (guint r = 1; r < table->rows->len; r++)
    {
      TpCsvLane *lane = g_new0 (TpCsvLane, 1);
      gboolean known;

      lane->title = _tp_csv_import_text (self, table, r, 0);
      lane->kind = _tp_csv_lane_kind_for_title (lane->title, &known);
      if (!known)
        _tp_csv_import_warn (self,
                             g_strdup_printf (_("Lane “%s” does not name a kind of lane; "
                                                "it becomes a free-text lane"),
                                              lane->title));
      g_ptr_array_add (self->lanes, lane);

      for (guint c = 1; c < table->n_columns; c++)
        {
          g_autofree char *cell = _tp_csv_import_text (self, table, r, c);
          g_auto(GStrv) titles = NULL;

          /* An empty cell holds no card; each line of a cell is one card. */
          if (cell[0] == '\0')
            continue;
          titles = g_strsplit (cell, "\n", -1);
          for (guint i = 0; titles[i] != NULL; i++)
            {
              TpCsvCard *card = g_new0 (TpCsvCard, 1);

              card->phase = c - 1;
              card->lane = r - 1;
              card->card = tp_card_new (NULL, tp_lane_kind_default_card_kind (lane->kind));
              g_object_set (card->card, "title", titles[i], NULL);
              g_ptr_array_add (self->cards, card);
            }
        }
    }
  return TRUE;
}

/* --- Parsing ------------------------------------------------------------- */

static gboolean
is_card_list (TpCsvTable *table)
{
  gboolean phase = FALSE, lane = FALSE, title = FALSE;

  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *name = _tp_csv_cell (table, 0, c);

      phase |= strcmp (name, "phase") == 0;
      lane |= strcmp (name, "lane") == 0;
      title |= strcmp (name, "title") == 0;
    }
  return phase && lane && title;
}

TpCsvImport *
tp_csv_import_parse (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(TpCsvImport) self = NULL;
  g_autoptr(TpCsvTable) table = NULL;
  gsize length;
  const char *data;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > TP_CSV_MAX_BYTES)
    {
      g_set_error (error, TP_CSV_ERROR, TP_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB, more than a journey can hold"),
                   display_name, TP_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, TP_CSV_ERROR, TP_CSV_ERROR_EMPTY,
                   _("%s: the file is empty; a table needs at least a header row"),
                   display_name);
      return NULL;
    }

  table = _tp_csv_table_read (data, length, display_name, error);
  if (table == NULL)
    return NULL;

  self = g_new0 (TpCsvImport, 1);
  self->phases = g_ptr_array_new_with_free_func (g_free);
  self->lanes = g_ptr_array_new_with_free_func (csv_lane_free);
  self->cards = g_ptr_array_new_with_free_func (csv_card_free);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->warnings, NULL);

  self->layout = is_card_list (table) ? TP_CSV_LAYOUT_CARDS : TP_CSV_LAYOUT_GRID;
  if (self->layout == TP_CSV_LAYOUT_CARDS)
    ok = _tp_csv_import_read_cards (self, table, display_name, error);
  else
    ok = _tp_csv_import_read_grid (self, table, display_name, error);
  if (!ok)
    return NULL;

  if (self->n_formulas > MAX_FORMULA_WARNINGS)
    _tp_csv_import_warn (self,
                         g_strdup_printf (ngettext ("%u more formula, imported as text",
                                                    "%u more formulas, imported as text",
                                                    self->n_formulas - MAX_FORMULA_WARNINGS),
                                          self->n_formulas - MAX_FORMULA_WARNINGS));

  return g_steal_pointer (&self);
}

TpCsvImport *
tp_csv_import_parse_file (GFile        *file,
                          const char   *display_name,
                          GCancellable *cancellable,
                          GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > TP_CSV_MAX_BYTES)
    {
      g_set_error (error, TP_CSV_ERROR, TP_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB, more than a journey can hold"),
                   display_name, TP_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  return tp_csv_import_parse (bytes, display_name, error);
}

void
tp_csv_import_free (TpCsvImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_free (self);
}

/* --- The preview --------------------------------------------------------- */

TpCsvLayout
tp_csv_import_get_layout (TpCsvImport *self)
{
  g_return_val_if_fail (self != NULL, TP_CSV_LAYOUT_GRID);
  return self->layout;
}

guint
tp_csv_import_get_n_phases (TpCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->phases->len;
}

const char *
tp_csv_import_get_phase (TpCsvImport *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL && index < self->phases->len, NULL);
  return g_ptr_array_index (self->phases, index);
}

guint
tp_csv_import_get_n_lanes (TpCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->lanes->len;
}

const char *
tp_csv_import_get_lane (TpCsvImport *self,
                        guint        index)
{
  g_return_val_if_fail (self != NULL && index < self->lanes->len, NULL);
  return ((TpCsvLane *) g_ptr_array_index (self->lanes, index))->title;
}

TpLaneKind
tp_csv_import_get_lane_kind (TpCsvImport *self,
                             guint        index)
{
  g_return_val_if_fail (self != NULL && index < self->lanes->len, TP_LANE_KIND_TEXT);
  return ((TpCsvLane *) g_ptr_array_index (self->lanes, index))->kind;
}

guint
tp_csv_import_get_n_cards (TpCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->cards->len;
}

char *
tp_csv_import_get_cell_text (TpCsvImport *self,
                             guint        phase,
                             guint        lane)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      TpCsvCard *card = g_ptr_array_index (self->cards, i);

      if (card->phase != phase || card->lane != lane)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, tp_card_get_title (card->card) != NULL
                             ? tp_card_get_title (card->card) : "");
    }
  return g_string_free (text, FALSE);
}

const char * const *
tp_csv_import_get_warnings (TpCsvImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->warnings->pdata;
}

/* --- Committing ---------------------------------------------------------- */

/* A fresh id that neither @project nor the ids kept from the table use. */
static char *
new_id (TpProject  *project,
        GHashTable *kept,
        const char *prefix)
{
  for (;;)
    {
      char *id = tp_project_new_id (project, prefix);

      if (!g_hash_table_contains (kept, id))
        return id;
      g_free (id);
    }
}

static TpJourney *
build_journey (TpCsvImport *self,
               TpProject   *project,
               const char  *title)
{
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) phase_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lane_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *journey_id = NULL;
  TpJourney *journey;

  /* Card ids from a card list survive when the project does not use them. */
  for (guint i = 0; i < self->cards->len; i++)
    {
      TpCsvCard *card = g_ptr_array_index (self->cards, i);

      if (card->id != NULL && tp_project_lookup (project, card->id) == NULL
          && !g_hash_table_contains (kept, card->id))
        g_hash_table_add (kept, card->id);
      else
        g_clear_pointer (&card->id, g_free);
    }

  journey_id = new_id (project, kept, "journey");
  journey = tp_journey_new (journey_id);
  g_object_set (journey,
                "title", title,
                "lens", TP_LENS_CUSTOM,
                "state", TP_JOURNEY_STATE_CURRENT,
                NULL);

  for (guint p = 0; p < self->phases->len; p++)
    {
      char *id = new_id (project, kept, "phase");
      g_autoptr(TpPhase) phase = tp_phase_new (id);

      g_object_set (phase,
                    "title", g_ptr_array_index (self->phases, p),
                    "color", tp_template_phase_color (p),
                    NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
      g_ptr_array_add (phase_ids, id);
    }

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TpCsvLane *def = g_ptr_array_index (self->lanes, l);
      char *id = new_id (project, kept, "lane");
      g_autoptr(TpLane) lane = tp_lane_new (id, def->kind);

      g_object_set (lane, "title", def->title, NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));
      g_ptr_array_add (lane_ids, id);
    }

  for (guint i = 0; i < self->cards->len; i++)
    {
      TpCsvCard *def = g_ptr_array_index (self->cards, i);
      g_autofree char *id = def->id != NULL ? g_strdup (def->id) : new_id (project, kept, "card");
      g_autoptr(TpCard) card = g_steal_pointer (&def->card);

      _tp_element_set_id (TP_ELEMENT (card), id);
      g_object_set (card,
                    "phase", g_ptr_array_index (phase_ids, def->phase),
                    "lane", g_ptr_array_index (lane_ids, def->lane),
                    NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));
    }

  return journey;
}

TpJourney *
tp_csv_import_add_journey (TpCsvImport *self,
                           TpProject   *project,
                           const char  *title)
{
  g_autoptr(TpJourney) journey = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (!self->used, NULL);

  self->used = TRUE;
  journey = build_journey (self, project, title != NULL ? title : "");
  tp_project_begin (project, _("Import Table"));
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  tp_project_commit (project);
  return journey;
}

TpProject *
tp_csv_import_new_project (TpCsvImport *self,
                           const char  *title)
{
  TpProject *project;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (!self->used, NULL);

  project = tp_project_new ();
  g_object_set (project, "title", title != NULL ? title : "", NULL);
  tp_csv_import_add_journey (self, project, title);
  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return project;
}
