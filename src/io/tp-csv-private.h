/* tp-csv-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the CSV reader and the two table layouts of the import.
 */

#pragma once

#include "tp-csv-import.h"

G_BEGIN_DECLS

/* A rectangular table of UTF-8 cells, as read (quotes removed, line breaks
 * inside cells as "\n"). */
typedef struct {
  GPtrArray *rows;       /* GPtrArray of char* cells */
  guint      n_columns;
  char       delimiter;  /* ',', ';' or '\t' */
} TpCsvTable;

/* Tokenises @data (RFC 4180; also ';' and tab separated, LF or CR line ends). */
TpCsvTable *_tp_csv_table_read   (const char  *data,
                                  gsize        length,
                                  const char  *display_name,
                                  GError     **error);
void        _tp_csv_table_free   (TpCsvTable  *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpCsvTable, _tp_csv_table_free)

static inline const char *
_tp_csv_cell (TpCsvTable *table,
              guint       row,
              guint       column)
{
  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table->rows, row), column);
}

/* "A", "B", … "Z", "AA": the column as a spreadsheet names it (0-based @column). */
char       *_tp_csv_column_name  (guint        column);

/* Sets a TP_CSV_ERROR "NAME: row R, column C: MESSAGE" (row and column 0-based). */
void        _tp_csv_set_error    (GError     **error,
                                  TpCsvError   code,
                                  const char  *display_name,
                                  guint        row,
                                  guint        column,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (6, 7);
/* "row R, column C: MESSAGE" for a warning (row and column 0-based). */
char       *_tp_csv_where        (guint        row,
                                  guint        column,
                                  const char  *message);

/* What the import holds before it is added to a project. */
typedef struct {
  char       *title;
  TpLaneKind  kind;
} TpCsvLane;

typedef struct {
  guint   phase;
  guint   lane;
  char   *id;    /* wanted id from a card list, or NULL */
  TpCard *card;  /* no id, phase or lane yet */
} TpCsvCard;

struct _TpCsvImport {
  TpCsvLayout layout;
  GPtrArray  *phases;    /* char* */
  GPtrArray  *lanes;     /* TpCsvLane* */
  GPtrArray  *cards;     /* TpCsvCard* */
  GPtrArray  *warnings;  /* char*, NULL-terminated */
  guint       n_formulas;
  gboolean    used;
};

/* Adds a warning (takes @message). Formula warnings are counted and listed up to a few. */
void        _tp_csv_import_warn  (TpCsvImport *self,
                                  char        *message);
void        _tp_csv_import_formula (TpCsvImport *self,
                                    guint        row,
                                    guint        column);
/* The cell at (@row, @column) with an exported apostrophe removed. */
char       *_tp_csv_import_text  (TpCsvImport *self,
                                  TpCsvTable  *table,
                                  guint        row,
                                  guint        column);
/* The kind of lane a title names ("Feelings" → feelings), or free text. */
TpLaneKind  _tp_csv_lane_kind_for_title (const char *title,
                                         gboolean   *known);

gboolean    _tp_csv_import_read_grid  (TpCsvImport *self,
                                       TpCsvTable  *table,
                                       const char  *display_name,
                                       GError     **error);
gboolean    _tp_csv_import_read_cards (TpCsvImport *self,
                                       TpCsvTable  *table,
                                       const char  *display_name,
                                       GError     **error);

G_END_DECLS
