/* tp-csv-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File ▸ Import CSV…: a spreadsheet's grid (phases as columns, lanes as
 * rows, as the CSV export writes it) or card list, read by io/tp-csv-import
 * with its limits, previewed — phases, lanes and their kinds, the number of
 * cards, the notes of the reader — or refused with the reader's error, and
 * added as a new journey in one undo step.
 */

#pragma once

#include <adwaita.h>

#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_TYPE_CSV_IMPORT_DIALOG (tp_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TpCsvImportDialog, tp_csv_import_dialog, TP, CSV_IMPORT_DIALOG, AdwWindow)

/** tp_csv_import_dialog_new: reads @file at once and shows its preview or why it is refused;
 *  Import adds the journey to @project and emits "imported". */
TpCsvImportDialog *tp_csv_import_dialog_new       (GtkWindow         *parent,
                                                   TpProject         *project,
                                                   GFile             *file);
/** tp_csv_import_dialog_get_error: the reason the file is refused, or NULL. */
const char        *tp_csv_import_dialog_get_error (TpCsvImportDialog *self);
/** tp_csv_import_dialog_import: what the Import button does; the new journey, or NULL when the
 *  file was refused. */
TpJourney         *tp_csv_import_dialog_import    (TpCsvImportDialog *self);

G_END_DECLS
