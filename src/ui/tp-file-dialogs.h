/* tp-file-dialogs.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialogs that keep files and work safe: a file that cannot be opened
 * or saved, unsaved changes on close and quit, a file changed on disk, and
 * the recovery offer after a crash. Each is an AdwMessageDialog; the caller
 * connects to "response" (the response ids are given below).
 */

#pragma once

#include <adwaita.h>

#include "doc/tp-document.h"

G_BEGIN_DECLS

/** tp_file_dialog_open_error: "Could Not Open": names the file, its folder and the loader's
 *  message (what is wrong, where); only a Close response. */
AdwMessageDialog *tp_file_dialog_open_error      (GtkWindow  *parent,
                                                  GFile      *file,
                                                  const GError *error);
/** tp_file_dialog_save_error: "Could Not Save": the reason, and that the work is still open. */
AdwMessageDialog *tp_file_dialog_save_error      (GtkWindow  *parent,
                                                  TpDocument *document,
                                                  GFile      *file,
                                                  const GError *error);
/** tp_file_dialog_unsaved: Save Changes? listing every modified document of @documents;
 *  responses "cancel", "discard", "save". */
AdwMessageDialog *tp_file_dialog_unsaved         (GtkWindow  *parent,
                                                  GPtrArray  *documents);
/** tp_file_dialog_external_change: the file changed on disk while there are edits here;
 *  responses "keep" (keep mine), "save-as", "reload". */
AdwMessageDialog *tp_file_dialog_external_change (GtkWindow  *parent,
                                                  TpDocument *document);
/** tp_file_dialog_overwrite: saving over a file changed on disk since it was opened;
 *  responses "cancel", "save-as", "overwrite". */
AdwMessageDialog *tp_file_dialog_overwrite       (GtkWindow  *parent,
                                                  TpDocument *document);
/** tp_file_dialog_recovery: offers the drafts in @items (TpRecoveryItem) with their titles,
 *  files and times; responses "later", "discard", "recover". */
AdwMessageDialog *tp_file_dialog_recovery        (GtkWindow  *parent,
                                                  GPtrArray  *items);

G_END_DECLS
