/* tp-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One editor window: one project (or the start state), its file, its
 * selection and its views. Window actions (win.*) are GActions of the window,
 * so g_action_group_activate_action() on it drives everything the menus do.
 */

#pragma once

#include <adwaita.h>

#include "model/tp-model.h"
#include "doc/tp-document.h"
#include "doc/tp-selection.h"

G_BEGIN_DECLS

#define TP_TYPE_WINDOW (tp_window_get_type ())

G_DECLARE_FINAL_TYPE (TpWindow, tp_window, TP, WINDOW, AdwApplicationWindow)

TpWindow    *tp_window_new              (GtkApplication *application);
/** tp_window_get_project: the open project, or NULL in the start state. */
TpProject   *tp_window_get_project      (TpWindow       *self);
/** tp_window_set_project: shows @project (NULL: the start state); @file is where it lives, or NULL. */
void         tp_window_set_project      (TpWindow       *self,
                                         TpProject      *project,
                                         GFile          *file);
/** tp_window_get_file: the project's file, or the file being loaded; NULL when unsaved. */
GFile       *tp_window_get_file         (TpWindow       *self);
/** tp_window_get_journey: the journey shown in the canvas, or NULL. */
TpJourney   *tp_window_get_journey      (TpWindow       *self);
void         tp_window_set_journey      (TpWindow       *self,
                                         TpJourney      *journey);
TpSelection *tp_window_get_selection    (TpWindow       *self);
/** tp_window_is_empty: TRUE in the start state and not loading (a file may open here). */
gboolean     tp_window_is_empty         (TpWindow       *self);
/** tp_window_load_file: opens @file here, on a worker thread; errors are shown in a dialog. */
void         tp_window_load_file        (TpWindow       *self,
                                         GFile          *file);
/** tp_window_save_file_async: saves the project to @file; on success it becomes the window's file. */
void         tp_window_save_file_async  (TpWindow           *self,
                                         GFile              *file,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
gboolean     tp_window_save_file_finish (TpWindow           *self,
                                         GAsyncResult       *result,
                                         GError            **error);
/** tp_window_get_document: the open document (file, notices, drafts), or NULL in the start state. */
TpDocument  *tp_window_get_document     (TpWindow           *self);
/** tp_window_set_document: shows @document (a recovered draft, say); NULL: the start state. */
void         tp_window_set_document     (TpWindow           *self,
                                         TpDocument         *document);
/** tp_window_get_modified: TRUE when the project has changes that are not saved. */
gboolean     tp_window_get_modified     (TpWindow           *self);
/** tp_window_close_discarding: closes without asking; the changes and their draft are dropped. */
void         tp_window_close_discarding (TpWindow           *self);
/** tp_window_save_and_close: saves (asking where when needed), then closes if the save worked. */
void         tp_window_save_and_close   (TpWindow           *self);

G_END_DECLS
