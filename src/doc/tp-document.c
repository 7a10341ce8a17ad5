/* tp-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document's state, its recovery drafts and its watch on the file.
 * The monitor does not try to tell our own saves from others' by timing:
 * every event leads to a look at the file's etag, and the etag we wrote
 * ourselves is the one we remember, so our saves compare equal.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "io/tp-format.h"
#include "tp-document-private.h"

#define CHECK_DELAY_MS 250

G_DEFINE_QUARK (tp-document-error-quark, tp_document_error)

G_DEFINE_FINAL_TYPE (TpDocument, tp_document, G_TYPE_OBJECT)

GParamSpec *_tp_document_properties[N_PROPS];

enum {
  EXTERNAL_CHANGE,
  RELOADED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_autosave (TpDocument *self);

/* --- State shared with tp-document-io.c --------------------------------- */

void
_tp_document_set_flag (TpDocument *self,
                       guint       prop_id,
                       gboolean    value)
{
  gboolean old;

  value = !!value;
  switch (prop_id)
    {
    case PROP_READ_ONLY:     old = self->read_only;     self->read_only = value;     break;
    case PROP_NEWER_VERSION: old = self->newer_version; self->newer_version = value; break;
    case PROP_LOADING:       old = self->loading;       self->loading = value;       break;
    case PROP_SAVING:        old = self->saving;        self->saving = value;        break;
    case PROP_DELETED:       old = self->deleted;       self->deleted = value;       break;
    default:
      g_assert_not_reached ();
    }

  if (old != value)
    g_object_notify_by_pspec (G_OBJECT (self), _tp_document_properties[prop_id]);
}

void
_tp_document_set_progress (TpDocument      *self,
                           TpDocumentPhase  phase,
                           double           progress)
{
  progress = CLAMP (progress, 0.0, 1.0);
  if (self->phase != phase)
    {
      self->phase = phase;
      g_object_notify_by_pspec (G_OBJECT (self), _tp_document_properties[PROP_PHASE]);
    }
  if (self->progress != progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), _tp_document_properties[PROP_PROGRESS]);
    }
}

void
_tp_document_update_modified (TpDocument *self)
{
  gboolean modified = tp_document_get_modified (self);

  if (modified != self->was_modified)
    {
      self->was_modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), _tp_document_properties[PROP_MODIFIED]);
    }
}

/* --- Recovery drafts ---------------------------------------------------- */

typedef struct
{
  char   *draft_id;
  GBytes *bytes;
  char   *uri;
  char   *title;
  guint   n_cards;
} DraftData;

static void
draft_data_free (gpointer data)
{
  DraftData *draft = data;

  g_free (draft->draft_id);
  g_clear_pointer (&draft->bytes, g_bytes_unref);
  g_free (draft->uri);
  g_free (draft->title);
  g_free (draft);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DraftData, draft_data_free)

static DraftData *
draft_data_new (TpDocument *self)
{
  DraftData *draft = g_new0 (DraftData, 1);

  draft->draft_id = g_strdup (self->draft_id);
  draft->bytes = tp_format_save_to_bytes (self->project);
  draft->uri = self->file ? g_file_get_uri (self->file) : NULL;
  draft->title = g_strdup (tp_project_get_title (self->project));
  draft->n_cards = _tp_document_count_cards (self->project);

  return draft;
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DraftData *draft = task_data;
  GError *error = NULL;

  if (!tp_recovery_write_bytes (draft->draft_id, draft->bytes, draft->uri, draft->title,
                                draft->n_cards, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void write_draft (TpDocument *self);

static void
on_draft_written (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TpDocument) self = user_data;
  DraftData *draft = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_debug ("Could not write the recovery draft %s: %s", draft->draft_id, error->message);

  /* Saved or discarded while the draft was on its way. */
  if (!self->has_draft)
    {
      tp_recovery_discard (draft->draft_id);
      return;
    }
  if (self->draft_again)
    {
      self->draft_again = FALSE;
      write_draft (self);
    }
}

static void
write_draft (TpDocument *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->project == NULL || self->draft_closed || self->loading)
    return;

  if (!tp_document_get_modified (self))
    {
      _tp_document_drop_draft (self);
      return;
    }
  if (self->has_draft && tp_project_get_change_count (self->project) == self->draft_change_count)
    return;
  if (self->draft_writing)
    {
      self->draft_again = TRUE;
      return;
    }

  self->has_draft = TRUE;
  self->draft_writing = TRUE;
  self->draft_change_count = tp_project_get_change_count (self->project);
  task = g_task_new (NULL, NULL, on_draft_written, g_object_ref (self));
  g_task_set_source_tag (task, draft_thread);
  g_task_set_task_data (task, draft_data_new (self), draft_data_free);
  g_task_run_in_thread (task, draft_thread);
}

void
_tp_document_drop_draft (TpDocument *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->draft_again = FALSE;
  if (!self->has_draft)
    return;

  self->has_draft = FALSE;
  /* A write under way removes its draft when it ends (on_draft_written). */
  if (!self->draft_writing)
    tp_recovery_discard (self->draft_id);
}

static gboolean
autosave_timeout (gpointer data)
{
  TpDocument *self = data;

  self->autosave_source = 0;
  write_draft (self);

  return G_SOURCE_REMOVE;
}

/* Counted from the first change, not the last: steady typing still gets saved. */
static void
schedule_autosave (TpDocument *self)
{
  if (self->autosave_interval == 0 || self->draft_closed || self->autosave_source != 0)
    return;

  self->autosave_source = g_timeout_add (self->autosave_interval, autosave_timeout, self);
  g_source_set_name_by_id (self->autosave_source, "[touchpoint] autosave");
}

void
tp_document_set_autosave_interval (TpDocument *self,
                                   guint       interval_ms)
{
  g_return_if_fail (TP_IS_DOCUMENT (self));

  self->autosave_interval = interval_ms;
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->project != NULL && tp_document_get_modified (self))
    schedule_autosave (self);
}

void
tp_document_autosave_now (TpDocument *self)
{
  g_return_if_fail (TP_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  write_draft (self);
}

void
tp_document_discard_draft (TpDocument *self)
{
  g_return_if_fail (TP_IS_DOCUMENT (self));

  _tp_document_drop_draft (self);
  self->draft_closed = TRUE;
}

/* --- The file on disk ---------------------------------------------------- */

static void
on_reloaded (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  TpDocument *self = TP_DOCUMENT (source);
  g_autoptr(GError) error = NULL;

  if (tp_document_load_finish (self, result, &error))
    g_signal_emit (self, signals[RELOADED], 0);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, signals[EXTERNAL_CHANGE], 0);
}

void
tp_document_check_disk (TpDocument *self)
{
  g_autofree char *etag = NULL;
  gboolean exists = TRUE;

  g_return_if_fail (TP_IS_DOCUMENT (self));

  g_clear_handle_id (&self->check_source, g_source_remove);
  /* Our own load or save is under way: it looks again when it ends. */
  if (self->file == NULL || self->project == NULL || self->loading || self->saving)
    return;

  etag = _tp_document_query_etag (self->file, &exists, NULL, NULL);
  if (!exists)
    {
      if (!self->deleted)
        {
          _tp_document_set_flag (self, PROP_DELETED, TRUE);
          g_signal_emit (self, signals[DELETED], 0);
        }
      return;
    }
  _tp_document_set_flag (self, PROP_DELETED, FALSE);

  if (etag == NULL || g_strcmp0 (etag, self->etag) == 0
      || g_strcmp0 (etag, self->conflict_etag) == 0)
    return;

  if (tp_document_get_modified (self))
    {
      g_free (self->conflict_etag);
      self->conflict_etag = g_steal_pointer (&etag);
      g_signal_emit (self, signals[EXTERNAL_CHANGE], 0);
    }
  else
    {
      g_free (self->conflict_etag);
      self->conflict_etag = g_steal_pointer (&etag);
      tp_document_load_async (self, self->cancellable, on_reloaded, NULL);
    }
}

static gboolean
check_timeout (gpointer data)
{
  TpDocument *self = data;

  self->check_source = 0;
  tp_document_check_disk (self);

  return G_SOURCE_REMOVE;
}

void
_tp_document_queue_check (TpDocument *self)
{
  if (self->file == NULL)
    return;

  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout, self);
  g_source_set_name_by_id (self->check_source, "[touchpoint] check file");
}

static void
on_monitor_changed (TpDocument        *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
      return;
    default:
      /* Written in several steps by some programs: look once they are done. */
      _tp_document_queue_check (self);
    }
}

void
_tp_document_set_file (TpDocument *self,
                       GFile      *file)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_monitor_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), _tp_document_properties[PROP_FILE]);

  if (file != NULL)
    {
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_monitor_changed), self,
                                 G_CONNECT_SWAPPED);
    }
}

void
tp_document_keep_mine (TpDocument *self)
{
  g_return_if_fail (TP_IS_DOCUMENT (self));

  if (self->file == NULL)
    return;

  g_free (self->etag);
  self->etag = _tp_document_query_etag (self->file, NULL, NULL, NULL);
  g_clear_pointer (&self->conflict_etag, g_free);
}

/* --- The project --------------------------------------------------------- */

static void
on_project_changed (TpDocument *self)
{
  schedule_autosave (self);
}

static void
on_project_modified (TpDocument *self)
{
  _tp_document_update_modified (self);
  if (!tp_document_get_modified (self))
    _tp_document_drop_draft (self);
}

void
_tp_document_set_project (TpDocument *self,
                          TpProject  *project)
{
  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    {
      g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::modified", G_CALLBACK (on_project_modified), self,
                               G_CONNECT_SWAPPED);
    }
  g_object_notify_by_pspec (G_OBJECT (self), _tp_document_properties[PROP_PROJECT]);
  _tp_document_update_modified (self);
}

/* --- GObject --------------------------------------------------------------- */

static void
tp_document_dispose (GObject *object)
{
  TpDocument *self = TP_DOCUMENT (object);

  g_cancellable_cancel (self->cancellable);
  /* Going away with changes nobody decided about: keep them for recovery. */
  if (self->project != NULL && !self->draft_closed && self->autosave_interval > 0
      && tp_document_get_modified (self)
      && (!self->has_draft || tp_project_get_change_count (self->project) != self->draft_change_count))
    {
      g_autoptr(DraftData) draft = NULL;

      draft = draft_data_new (self);
      tp_recovery_write_bytes (draft->draft_id, draft->bytes, draft->uri, draft->title,
                               draft->n_cards, NULL);
      self->has_draft = TRUE;
    }
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->load_task);
  _tp_document_set_file (self, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  G_OBJECT_CLASS (tp_document_parent_class)->dispose (object);
}

static void
tp_document_finalize (GObject *object)
{
  TpDocument *self = TP_DOCUMENT (object);

  g_clear_object (&self->project);
  g_clear_object (&self->cancellable);
  g_free (self->etag);
  g_free (self->conflict_etag);
  g_free (self->draft_id);

  G_OBJECT_CLASS (tp_document_parent_class)->finalize (object);
}

static void
tp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TpDocument *self = TP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PROJECT:       g_value_set_object (value, self->project); break;
    case PROP_FILE:          g_value_set_object (value, self->file); break;
    case PROP_MODIFIED:      g_value_set_boolean (value, tp_document_get_modified (self)); break;
    case PROP_READ_ONLY:     g_value_set_boolean (value, self->read_only); break;
    case PROP_NEWER_VERSION: g_value_set_boolean (value, self->newer_version); break;
    case PROP_LOADING:       g_value_set_boolean (value, self->loading); break;
    case PROP_SAVING:        g_value_set_boolean (value, self->saving); break;
    case PROP_PHASE:         g_value_set_int (value, self->phase); break;
    case PROP_PROGRESS:      g_value_set_double (value, self->progress); break;
    case PROP_DELETED:       g_value_set_boolean (value, self->deleted); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_document_class_init (TpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = tp_document_dispose;
  object_class->finalize = tp_document_finalize;
  object_class->get_property = tp_document_get_property;

  _tp_document_properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, TP_TYPE_PROJECT, flags);
  _tp_document_properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  _tp_document_properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  _tp_document_properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  _tp_document_properties[PROP_NEWER_VERSION] =
    g_param_spec_boolean ("newer-version", NULL, NULL, FALSE, flags);
  _tp_document_properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  _tp_document_properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE, flags);
  _tp_document_properties[PROP_PHASE] =
    g_param_spec_int ("phase", NULL, NULL, TP_DOCUMENT_PHASE_NONE, TP_DOCUMENT_PHASE_PARSING,
                      TP_DOCUMENT_PHASE_NONE, flags);
  _tp_document_properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0, flags);
  _tp_document_properties[PROP_DELETED] =
    g_param_spec_boolean ("deleted", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, _tp_document_properties);

  /** TpDocument::external-change: the file changed on disk and there are local edits (ask). */
  signals[EXTERNAL_CHANGE] = g_signal_new ("external-change", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /** TpDocument::reloaded: the file changed on disk, there were no local edits, it was reloaded. */
  signals[RELOADED] = g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  /** TpDocument::deleted: the file was deleted or moved away on disk. */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
tp_document_init (TpDocument *self)
{
  self->cancellable = g_cancellable_new ();
  self->draft_id = tp_recovery_new_draft_id ();
  self->autosave_interval = TP_DOCUMENT_AUTOSAVE_INTERVAL_MS;
}

/* --- Public API ------------------------------------------------------------ */

TpDocument *
tp_document_new (TpProject *project,
                 GFile     *file)
{
  TpDocument *self;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (TP_TYPE_DOCUMENT, NULL);
  _tp_document_set_project (self, project);
  self->draft_change_count = tp_project_get_change_count (project);
  if (file != NULL)
    {
      _tp_document_set_file (self, file);
      self->etag = _tp_document_query_etag (file, NULL, NULL, NULL);
      self->read_only = _tp_document_query_read_only (file);
    }
  if (tp_document_get_modified (self))
    schedule_autosave (self);

  return self;
}

TpDocument *
tp_document_new_for_file (GFile *file)
{
  TpDocument *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (TP_TYPE_DOCUMENT, NULL);
  _tp_document_set_file (self, file);

  return self;
}

TpDocument *
tp_document_new_from_recovery (TpRecoveryItem  *item,
                               GError         **error)
{
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  TpDocument *self;

  g_return_val_if_fail (item != NULL, NULL);

  project = tp_recovery_load (item, error);
  if (project == NULL)
    return NULL;
  if (item->uri != NULL)
    file = g_file_new_for_uri (item->uri);

  self = tp_document_new (project, file);
  g_free (self->draft_id);
  self->draft_id = g_strdup (item->draft_id);
  self->recovered = TRUE;
  _tp_document_update_modified (self);
  /* Claim the draft now: it is ours while we run, and offered again if we die. */
  self->draft_change_count = tp_project_get_change_count (project);
  self->has_draft = TRUE;
  {
    g_autoptr(DraftData) draft = draft_data_new (self);

    tp_recovery_write_bytes (draft->draft_id, draft->bytes, draft->uri, draft->title,
                             draft->n_cards, NULL);
  }

  return self;
}

TpProject *
tp_document_get_project (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), NULL);

  return self->project;
}

GFile *
tp_document_get_file (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), NULL);

  return self->file;
}

char *
tp_document_name_project (const char *title,
                          GFile      *file)
{
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      if (g_str_has_suffix (basename, ".touchpoint") && strlen (basename) > strlen (".touchpoint"))
        basename[strlen (basename) - strlen (".touchpoint")] = '\0';
      return g_steal_pointer (&basename);
    }

  return g_strdup (_("Untitled Project"));
}

char *
tp_document_dup_title (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), NULL);

  return tp_document_name_project (self->project ? tp_project_get_title (self->project) : NULL,
                                   self->file);
}

gboolean
tp_document_get_modified (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  return self->project != NULL && (self->recovered || tp_project_get_modified (self->project));
}

gboolean
tp_document_get_read_only (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  return self->read_only;
}

gboolean
tp_document_get_newer_version (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  return self->newer_version;
}

gboolean
tp_document_get_loading (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  return self->loading;
}

TpDocumentPhase
tp_document_get_phase (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), TP_DOCUMENT_PHASE_NONE);

  return self->phase;
}

double
tp_document_get_progress (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), 0.0);

  return self->progress;
}

gboolean
tp_document_get_deleted (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  return self->deleted;
}

const char *
tp_document_get_draft_id (TpDocument *self)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), NULL);

  return self->draft_id;
}
