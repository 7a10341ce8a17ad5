/* tp-card-table.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the CSV export (render/) and the CSV import (io/) agree on: the
 * columns of the card list (one row per card), how numbers are written, the
 * headers of metric columns, and the defence against spreadsheet formulas.
 * Column names are the file format's member names, so a table written in one
 * language imports in any other. Pure GLib.
 */

#pragma once

#include <glib.h>

#include "tp-enums.h"

G_BEGIN_DECLS

/* The fixed columns of the card list, in the order they are written. */
typedef enum {
  TP_CARD_COLUMN_ID,
  TP_CARD_COLUMN_PHASE,
  TP_CARD_COLUMN_LANE,
  TP_CARD_COLUMN_LANE_KIND,
  TP_CARD_COLUMN_KIND,
  TP_CARD_COLUMN_TITLE,
  TP_CARD_COLUMN_DESCRIPTION,
  TP_CARD_COLUMN_TAGS,
  TP_CARD_COLUMN_EVIDENCE,
  TP_CARD_COLUMN_MOMENT_THAT_MATTERS,
  TP_CARD_COLUMN_CHANNEL,
  TP_CARD_COLUMN_TOUCHPOINT_TYPE,
  TP_CARD_COLUMN_DEPARTMENT,
  TP_CARD_COLUMN_EMOTION_SCORE,
  TP_CARD_COLUMN_FEELING,
  TP_CARD_COLUMN_SEVERITY,
  TP_CARD_COLUMN_IMPACT,
  TP_CARD_COLUMN_EFFORT,
  TP_CARD_COLUMN_FAIL_POINT,
  TP_CARD_COLUMN_FAIL_POINT_SEVERITY,
  TP_CARD_COLUMN_DURATION,
  TP_N_CARD_COLUMNS
} TpCardColumn;

/* Appended to a metric column's header to name the column of its unit. */
#define TP_CARD_TABLE_UNIT_SUFFIX " unit"

/** tp_card_column_name: the header of @column ("emotion_score"). */
const char *tp_card_column_name        (TpCardColumn  column);
/** tp_card_column_from_name: the column whose header is @name; FALSE when none is. */
gboolean    tp_card_column_from_name   (const char   *name,
                                        TpCardColumn *column);

/** tp_card_table_metric_header: the header of a metric's value column: the kind's file name
 *  ("time_spent"), followed by ":" and the label when it has one ("custom:Open rate"). */
char       *tp_card_table_metric_header (TpMetricKind  kind,
                                         const char   *label);
/** tp_card_table_parse_metric_header: the reverse; FALSE when @header names no metric kind. */
gboolean    tp_card_table_parse_metric_header (const char   *header,
                                               TpMetricKind *kind,
                                               char        **label);

/** tp_card_table_format_number: the shortest text that reads back as @value ("12.5", "-3"). */
char       *tp_card_table_format_number (double       value);

/** tp_table_cell_is_number: TRUE when @text is a plain decimal number ("-2", "0.5", "1e3"). */
gboolean    tp_table_cell_is_number    (const char   *text);
/** tp_table_cell_is_formula: TRUE when a spreadsheet would evaluate @text: it starts with
 *  = + - @, a tab or a carriage return and is not a plain number. */
gboolean    tp_table_cell_is_formula   (const char   *text);
/** tp_table_cell_guard: @text as written to a table: prefixed with an apostrophe when it
 *  would be a formula (OWASP CSV injection), unchanged otherwise. */
char       *tp_table_cell_guard        (const char   *text);
/** tp_table_cell_unguard: the reverse of tp_table_cell_guard(). Sets @formula when @text is
 *  an unguarded formula (it is kept as text, never evaluated). */
char       *tp_table_cell_unguard      (const char   *text,
                                        gboolean     *formula);

G_END_DECLS
