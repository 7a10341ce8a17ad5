/* tp-document-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internals shared by tp-document.c (state, autosave, file monitor) and
 * tp-document-io.c (loading and saving on worker threads).
 */

#pragma once

#include "tp-document.h"

G_BEGIN_DECLS

struct _TpDocument
{
  GObject          parent_instance;

  /* owned */
  TpProject       *project;
  GFile           *file;
  char            *etag;          /* the file's etag when we last loaded or saved it */
  char            *conflict_etag; /* the changed etag already reported               */
  char            *draft_id;
  GFileMonitor    *monitor;
  GCancellable    *cancellable;   /* cancelled at dispose                            */

  guint            autosave_interval;
  guint            autosave_source;
  guint            check_source;
  guint64          draft_change_count;
  guint            load_serial;
  GTask           *load_task;     /* the worker's task of the load under way, or NULL */
  double           progress;
  TpDocumentPhase  phase;

  guint            loading : 1;
  guint            saving : 1;
  guint            read_only : 1;
  guint            newer_version : 1;
  guint            recovered : 1;      /* modified without history: a recovered draft   */
  guint            deleted : 1;
  guint            has_draft : 1;      /* a draft of this document exists or is coming  */
  guint            draft_writing : 1;
  guint            draft_again : 1;
  guint            draft_closed : 1;   /* discarded: no more drafts                     */
  guint            was_modified : 1;
};

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  PROP_NEWER_VERSION,
  PROP_LOADING,
  PROP_SAVING,
  PROP_PHASE,
  PROP_PROGRESS,
  PROP_DELETED,
  N_PROPS
};

extern GParamSpec *_tp_document_properties[N_PROPS];

/* Replaces the project (and its signal connections); NULL is allowed while loading. */
void   _tp_document_set_project   (TpDocument  *self,
                                   TpProject   *project);
/* Sets the file and (re)starts the monitor on it. */
void   _tp_document_set_file      (TpDocument  *self,
                                   GFile       *file);
void   _tp_document_set_flag      (TpDocument  *self,
                                   guint        prop_id,
                                   gboolean     value);
void   _tp_document_set_progress  (TpDocument      *self,
                                   TpDocumentPhase  phase,
                                   double           progress);
/* Notifies "modified" when it changed. */
void   _tp_document_update_modified (TpDocument *self);
/* Looks at the disk again soon (after a load or save, or a monitor event). */
void   _tp_document_queue_check   (TpDocument  *self);
/* The etag of @file now, NULL if it does not exist (with @exists FALSE). */
char  *_tp_document_query_etag    (GFile        *file,
                                   gboolean     *exists,
                                   GCancellable *cancellable,
                                   GError      **error);
/* TRUE when @file cannot be written by us (its mode or its access). */
gboolean _tp_document_query_read_only (GFile   *file);
/* Removes the draft; a draft write still under way is removed when it ends. */
void   _tp_document_drop_draft    (TpDocument  *self);
guint  _tp_document_count_cards   (TpProject   *project);
/* tp-document-io.c: the buffer a file is read into (2 MiB-aligned huge pages from 2 MiB on). */
guint8 *_tp_document_alloc_read_buffer (gsize size);

G_END_DECLS
