/* tp-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TpDocument is one open project together with everything that keeps its
 * work safe: where it lives on disk (or nowhere yet), whether it is read-only
 * or was written by a newer version, loading on a worker thread with
 * progress, saving that asks before overwriting a file changed on disk, a
 * file monitor that notices changes by others (and not our own saves), and
 * autosaved recovery drafts. GIO only: no widgets, so it is tested without a
 * display.
 *
 * Signals: ::external-change (the file changed on disk while there are local
 * edits: ask), ::reloaded (it changed without local edits and was reloaded),
 * ::deleted (it was deleted or moved away). Properties notify: project, file,
 * modified, read-only, newer-version, loading, saving, phase, progress, deleted.
 */

#pragma once

#include <gio/gio.h>

#include "io/tp-recovery.h"
#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_DOCUMENT_ERROR (tp_document_error_quark ())
GQuark tp_document_error_quark (void);

typedef enum {
  TP_DOCUMENT_ERROR_CHANGED_ON_DISK,  /* the file changed on disk since it was loaded or saved */
  TP_DOCUMENT_ERROR_BUSY,             /* the document is loading or already saving            */
} TpDocumentError;

typedef enum {
  TP_DOCUMENT_PHASE_NONE,     /* not loading            */
  TP_DOCUMENT_PHASE_READING,  /* reading bytes: progress */
  TP_DOCUMENT_PHASE_PARSING,  /* building the model      */
} TpDocumentPhase;

typedef enum {
  TP_DOCUMENT_SAVE_NONE      = 0,
  TP_DOCUMENT_SAVE_OVERWRITE = 1 << 0,  /* overwrite even when the file changed on disk */
} TpDocumentSaveFlags;

/* The default delay between a change and its recovery draft. */
#define TP_DOCUMENT_AUTOSAVE_INTERVAL_MS 3000

#define TP_TYPE_DOCUMENT (tp_document_get_type ())

G_DECLARE_FINAL_TYPE (TpDocument, tp_document, TP, DOCUMENT, GObject)

/** tp_document_new: a document showing @project, stored in @file (NULL: never saved). */
TpDocument      *tp_document_new               (TpProject          *project,
                                                GFile              *file);
/** tp_document_new_for_file: a document for @file, empty until tp_document_load_async() finishes. */
TpDocument      *tp_document_new_for_file      (GFile              *file);
/** tp_document_new_from_recovery: the draft's project, modified, with the draft's file (if any); it keeps the draft until saved or discarded. */
TpDocument      *tp_document_new_from_recovery (TpRecoveryItem     *item,
                                                GError            **error);

/** tp_document_load_async: (re)reads the file on a worker thread; cancelling returns at once. */
void             tp_document_load_async        (TpDocument         *self,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
/** tp_document_load_finish: on error (a TP_FORMAT_ERROR naming file, problem and place) the document is unchanged. */
gboolean         tp_document_load_finish       (TpDocument         *self,
                                                GAsyncResult       *result,
                                                GError            **error);

/** tp_document_is_reading: TRUE while a load's worker is still reading the file. */
gboolean         tp_document_is_reading        (TpDocument         *self);
/** tp_document_finish_loading: if a load is under way, waits up to @timeout_ms for its worker and
 *  finishes the load at once (the callback of tp_document_load_async() runs before this returns)
 *  rather than at a later turn of the main loop. FALSE if the worker is not done by then. */
gboolean         tp_document_finish_loading    (TpDocument         *self,
                                                guint               timeout_ms);

/** tp_document_save_async: saves to @file (NULL: the document's own file). Saving over the own file
 *  when it changed on disk fails with TP_DOCUMENT_ERROR_CHANGED_ON_DISK unless OVERWRITE is given. */
void             tp_document_save_async        (TpDocument         *self,
                                                GFile              *file,
                                                TpDocumentSaveFlags flags,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
/** tp_document_save_finish: on success @file is the document's file, it is saved and its draft is gone. */
gboolean         tp_document_save_finish       (TpDocument         *self,
                                                GAsyncResult       *result,
                                                GError            **error);

/** tp_document_get_project: the project, or NULL while a document made for a file has not loaded. */
TpProject       *tp_document_get_project       (TpDocument         *self);
GFile           *tp_document_get_file          (TpDocument         *self);
/** tp_document_dup_title: the project's title, else the file's name, else "Untitled Project". */
char            *tp_document_dup_title         (TpDocument         *self);
/** tp_document_name_project: what windows and dialogs call a project: @title, else the name of
 *  @file without ".touchpoint", else "Untitled Project". */
char            *tp_document_name_project      (const char         *title,
                                                GFile              *file);
/** tp_document_get_modified: TRUE when there are changes that are not in the file. */
gboolean         tp_document_get_modified      (TpDocument         *self);
/** tp_document_get_read_only: TRUE when the file cannot be written (Save As only). */
gboolean         tp_document_get_read_only     (TpDocument         *self);
/** tp_document_get_newer_version: TRUE when a newer Touchpoint wrote the file. */
gboolean         tp_document_get_newer_version (TpDocument         *self);
gboolean         tp_document_get_loading       (TpDocument         *self);
TpDocumentPhase  tp_document_get_phase         (TpDocument         *self);
/** tp_document_get_progress: the fraction of the file read so far while loading (0 to 1). */
double           tp_document_get_progress      (TpDocument         *self);
/** tp_document_get_deleted: TRUE when the file was deleted on disk (saving writes it again). */
gboolean         tp_document_get_deleted       (TpDocument         *self);
const char      *tp_document_get_draft_id      (TpDocument         *self);

/** tp_document_set_autosave_interval: milliseconds from a change to its draft (0: no autosave). */
void             tp_document_set_autosave_interval (TpDocument     *self,
                                                    guint           interval_ms);
/** tp_document_autosave_now: writes the draft now if there are unsaved changes (focus loss). */
void             tp_document_autosave_now      (TpDocument         *self);
/** tp_document_discard_draft: removes the draft (closing without saving); autosave stops. */
void             tp_document_discard_draft     (TpDocument         *self);
/** tp_document_keep_mine: the person keeps their edits over the changed file; the next save overwrites it. */
void             tp_document_keep_mine         (TpDocument         *self);
/** tp_document_check_disk: compares the file on disk with what was loaded or saved now (tests, focus-in). */
void             tp_document_check_disk        (TpDocument         *self);

G_END_DECLS
