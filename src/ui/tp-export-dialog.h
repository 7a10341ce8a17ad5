/* tp-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export dialog (Ctrl+E): format, journey, scale and background, then a
 * file chooser; the file is written atomically on a worker thread.
 */

#pragma once

#include <adwaita.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_TYPE_EXPORT_DIALOG (tp_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TpExportDialog, tp_export_dialog, TP, EXPORT_DIALOG, AdwWindow)

/** tp_export_dialog_new: an export dialog for @project, with @journey chosen; @project_file
 *  (may be NULL) suggests the folder and name. */
TpExportDialog *tp_export_dialog_new (GtkWindow *parent,
                                      TpProject *project,
                                      TpJourney *journey,
                                      GFile     *project_file);
/** tp_export_dialog_export_to: exports as chosen in the dialog to @file (the format's extension is
 *  added when missing), as when @file is picked in the file chooser; "exported" tells when done. */
void            tp_export_dialog_export_to (TpExportDialog *self,
                                            GFile          *file);

/** tp_export_dialog_set_show_rollup: exports the figures of each phase under its header. */
void            tp_export_dialog_set_show_rollup (TpExportDialog *self,
                                                  gboolean        show);
/** tp_export_dialog_set_overlay: the analysis overlays the emotion lines of @journeys only. */
void            tp_export_dialog_set_overlay (TpExportDialog *self,
                                              GPtrArray      *journeys);
/** tp_export_dialog_set_view: exports view @view (a TpView name; NULL = the journey map). */
void            tp_export_dialog_set_view (TpExportDialog *self,
                                           const char     *view);

G_END_DECLS
