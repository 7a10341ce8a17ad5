/* tp-csv-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a journey from a spreadsheet's CSV: the grid (phases as columns,
 * lanes as rows, card titles in the cells, as the CSV export writes it) or
 * the card list (one row per card with every field). The file is parsed
 * first, without touching any project, so the caller can preview what it
 * holds; adding it makes a new journey in one undo step. Untrusted input:
 * sizes, encoding, shape and values are checked, and every error names the
 * row and the column. GIO/GLib only.
 */

#pragma once

#include <gio/gio.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_CSV_ERROR (tp_csv_error_quark ())
GQuark tp_csv_error_quark (void);

typedef enum {
  TP_CSV_ERROR_EMPTY,      /* no bytes, or nothing but blank lines */
  TP_CSV_ERROR_TOO_LARGE,  /* file, cell, row or column count beyond the limits */
  TP_CSV_ERROR_ENCODING,   /* not UTF-8 (UTF-16, invalid bytes, NUL bytes) */
  TP_CSV_ERROR_SYNTAX,     /* quotes that do not follow RFC 4180 */
  TP_CSV_ERROR_RAGGED,     /* a row with another number of cells than the header */
  TP_CSV_ERROR_VALUE,      /* a card-list value that is not what its column holds */
} TpCsvError;

/* Limits for untrusted files. */
#define TP_CSV_MAX_BYTES    (50 * 1024 * 1024)
#define TP_CSV_MAX_CELL     (1024 * 1024)
#define TP_CSV_MAX_COLUMNS  10000
#define TP_CSV_MAX_ROWS     1000000

typedef enum {
  TP_CSV_LAYOUT_GRID,   /* phases as columns, lanes as rows, card titles in the cells */
  TP_CSV_LAYOUT_CARDS,  /* one row per card; the header has "phase", "lane" and "title" */
} TpCsvLayout;

typedef struct _TpCsvImport TpCsvImport;

/** tp_csv_import_parse: reads @bytes; @display_name starts every error message. */
TpCsvImport *tp_csv_import_parse          (GBytes       *bytes,
                                           const char   *display_name,
                                           GError      **error);
/** tp_csv_import_parse_file: reads @file (refusing files over TP_CSV_MAX_BYTES unread). */
TpCsvImport *tp_csv_import_parse_file     (GFile        *file,
                                           const char   *display_name,
                                           GCancellable *cancellable,
                                           GError      **error);
void         tp_csv_import_free           (TpCsvImport  *self);

/* --- The preview. ------------------------------------------------------ */

TpCsvLayout  tp_csv_import_get_layout     (TpCsvImport  *self);
guint        tp_csv_import_get_n_phases   (TpCsvImport  *self);
const char  *tp_csv_import_get_phase      (TpCsvImport  *self,
                                           guint         index);
guint        tp_csv_import_get_n_lanes    (TpCsvImport  *self);
const char  *tp_csv_import_get_lane       (TpCsvImport  *self,
                                           guint         index);
TpLaneKind   tp_csv_import_get_lane_kind  (TpCsvImport  *self,
                                           guint         index);
guint        tp_csv_import_get_n_cards    (TpCsvImport  *self);
/** tp_csv_import_get_cell_text: the titles of the cards that will land in cell (@phase, @lane),
 *  one a line, in order; "" for an empty cell. Newly allocated. */
char        *tp_csv_import_get_cell_text  (TpCsvImport  *self,
                                           guint         phase,
                                           guint         lane);
/** tp_csv_import_get_warnings: translated notes for the person importing (NULL-terminated). */
const char * const *tp_csv_import_get_warnings (TpCsvImport *self);

/* --- Committing. -------------------------------------------------------- */

/** tp_csv_import_add_journey: adds what was read to @project as a new journey titled @title,
 *  in one undo step, and returns it. Card ids from a card list are kept when @project does
 *  not use them. Can be called once per import. */
TpJourney   *tp_csv_import_add_journey    (TpCsvImport  *self,
                                           TpProject    *project,
                                           const char   *title);
/** tp_csv_import_new_project: a new project (titled @title, no history) holding what was read. */
TpProject   *tp_csv_import_new_project    (TpCsvImport  *self,
                                           const char   *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpCsvImport, tp_csv_import_free)

G_END_DECLS
