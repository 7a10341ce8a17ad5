/* tp-document-io.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading and saving a document on worker threads. Loading reads the file
 * in chunks so that progress can be shown, then builds the model; a
 * cancelled load returns at once and its result is dropped when the worker
 * finishes. Saving serialises on the main thread (the model is not
 * thread-safe), then checks the file's etag and writes atomically on a
 * worker thread.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "io/tp-atomic-save.h"
#include "io/tp-format.h"
#include "tp-document-private.h"

#define READ_CHUNK (1u << 20)

/* --- Questions to the file system ----------------------------------------- */

guint
_tp_document_count_cards (TpProject *project)
{
  GPtrArray *journeys = tp_project_get_journeys (project);
  guint n = 0;

  for (guint i = 0; i < journeys->len; i++)
    n += tp_journey_get_cards (g_ptr_array_index (journeys, i))->len;

  return n;
}

char *
_tp_document_query_etag (GFile         *file,
                         gboolean      *exists,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (exists != NULL)
    *exists = info != NULL || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  if (info == NULL)
    {
      if (error != NULL)
        *error = g_steal_pointer (&local_error);
      return NULL;
    }

  return g_strdup (g_file_info_get_etag (info));
}

gboolean
_tp_document_query_read_only (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return FALSE;
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE)
      && !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
    return TRUE;
  /* The owner may write anything, so ask the mode bits too: a file marked
   * read-only stays read-only for an administrator. */
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE)
      && (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0222) == 0)
    return TRUE;

  return FALSE;
}

/* --- Loading ----------------------------------------------------------- */

typedef struct
{
  GFile        *file;
  TpDocument   *document;      /* owned; touched only on the main thread */
  guint         serial;
  int           progress_idle; /* an idle is queued (atomic)             */
  guint64       total;
  int           done;          /* in 1/10000 of total, atomic            */
  int           phase;         /* atomic                                 */

  /* results */
  TpProject    *project;
  TpLoadInfo    info;
  char         *etag;
  gboolean      read_only;
  GError       *error;

  /* The worker says when it is done with the results (tp_document_finish_loading). */
  GMutex        lock;
  GCond         cond;
  gboolean      finished;      /* under lock                             */
  gboolean      completed;     /* main thread: the results were applied  */
  GTask        *outer;         /* the caller's task; owned by the worker's callback */
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->file);
  g_clear_object (&load->document);
  g_clear_object (&load->project);
  tp_load_info_clear (&load->info);
  g_free (load->etag);
  g_clear_error (&load->error);
  g_mutex_clear (&load->lock);
  g_cond_clear (&load->cond);
  g_free (load);
}

static gboolean
report_progress_idle (gpointer data)
{
  GTask *task = data;
  LoadData *load = g_task_get_task_data (task);
  TpDocument *self = load->document;
  int done = g_atomic_int_get (&load->done);
  TpDocumentPhase phase = (TpDocumentPhase) g_atomic_int_get (&load->phase);

  g_atomic_int_set (&load->progress_idle, 0);
  if (self->loading && self->load_serial == load->serial)
    _tp_document_set_progress (self, phase, done / 10000.0);

  return G_SOURCE_REMOVE;
}

/* Called on the worker: hands the numbers to the main thread, one idle at a time. */
static void
report_progress (GTask           *task,
                 LoadData        *load,
                 TpDocumentPhase  phase,
                 guint64          done)
{
  g_atomic_int_set (&load->done,
                    load->total > 0 ? (int) ((double) done / (double) load->total * 10000.0) : 10000);
  g_atomic_int_set (&load->phase, (int) phase);
  if (g_atomic_int_compare_and_exchange (&load->progress_idle, 0, 1))
    g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                                report_progress_idle, g_object_ref (task), g_object_unref);
}

/* A transparent huge page of x86-64 and arm64 kernels. */
#define HUGE_PAGE ((gsize) 2 << 20)

/* The buffer a file of @size bytes is read into. Fresh memory costs a page
 * fault per 4 KiB page on first touch: reading bench-startup's 8 MB project
 * took 2,000 of them, 30-40 ms of system time on a 2-core virtual machine,
 * a fifth of the whole load (issue #12). A buffer of 2 MiB or more is
 * aligned to 2 MiB, rounded up to whole 2 MiB pages and advised for huge
 * pages, so where the kernel allows them (transparent huge pages "always"
 * or "madvise") it costs a fault per 2 MiB. Freed with g_free (free). */
guint8 *
_tp_document_alloc_read_buffer (gsize size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (size >= HUGE_PAGE && size <= G_MAXSIZE - HUGE_PAGE)
    {
      gsize rounded = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
      void *buffer = NULL;

      if (posix_memalign (&buffer, HUGE_PAGE, rounded) == 0)
        {
          /* Only advice: without huge pages the buffer works as any other. */
          (void) madvise (buffer, rounded, MADV_HUGEPAGE);
          return buffer;
        }
    }
#endif
  return g_malloc (size);
}

static GBytes *
read_with_progress (GTask        *task,
                    LoadData     *load,
                    const char   *name,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guint8 *buffer = NULL;
  goffset size;
  gsize n_read = 0;

  stream = g_file_read (load->file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: could not open the file: %s"), name, local_error->message);
      return NULL;
    }
  /* Asked of the open file, so the answer is about what we read. */
  info = g_file_input_stream_query_info (stream,
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                         G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                         G_FILE_ATTRIBUTE_ETAG_VALUE,
                                         cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: could not read the file: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: this is not a regular file"), name);
      return NULL;
    }
  size = g_file_info_get_size (info);
  if (size > (goffset) TP_FORMAT_MAX_FILE_SIZE)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the limit of %u MiB"),
                   name, TP_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (size <= 0)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_EMPTY,
                   _("%s: the file is empty"), name);
      return NULL;
    }
  load->etag = g_strdup (g_file_info_get_etag (info));
  load->total = (guint64) size;

  /* One byte more than expected tells us whether the file grew meanwhile. */
  buffer = _tp_document_alloc_read_buffer ((gsize) size + 1);
  while (n_read <= (gsize) size)
    {
      gsize want = MIN (READ_CHUNK, (gsize) size + 1 - n_read);
      gssize got = g_input_stream_read (G_INPUT_STREAM (stream), buffer + n_read, want,
                                        cancellable, &local_error);

      if (got < 0)
        {
          g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                       _("%s: could not read the file: %s"), name, local_error->message);
          return NULL;
        }
      if (got == 0)
        break;
      n_read += (gsize) got;
      report_progress (task, load, TP_DOCUMENT_PHASE_READING, MIN (n_read, (gsize) size));
    }
  if (n_read > (gsize) size)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: the file changed while it was being read"), name);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), n_read);
}

static gboolean
load_work (GTask         *task,
           LoadData      *load,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *name = g_file_get_basename (load->file);
  g_autoptr(GBytes) bytes = NULL;

  bytes = read_with_progress (task, load, name, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  report_progress (task, load, TP_DOCUMENT_PHASE_PARSING, load->total);
  load->project = tp_format_load_bytes (bytes, name, &load->info, error);
  if (load->project == NULL)
    return FALSE;
  load->read_only = _tp_document_query_read_only (load->file);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  GError *error = NULL;
  gboolean ok = load_work (task, load, cancellable, &error);

  g_mutex_lock (&load->lock);
  load->error = error;
  load->finished = TRUE;
  g_cond_signal (&load->cond);
  g_mutex_unlock (&load->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_error_copy (error));
}

/* Applies the worker's results (or @error, taken) to the document and returns the
 * caller's task: once, from the worker's callback or from tp_document_finish_loading(). */
static void
complete_load (TpDocument *self,
               LoadData   *load,
               GError     *error)
{
  GTask *outer = load->outer;

  load->completed = TRUE;
  if (self->load_task != NULL && g_task_get_task_data (self->load_task) == load)
    g_clear_object (&self->load_task);

  /* A newer load (or a cancel) took over. */
  if (self->load_serial != load->serial)
    {
      g_clear_error (&error);
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Loading was cancelled"));
      return;
    }

  _tp_document_set_progress (self, TP_DOCUMENT_PHASE_NONE, 0.0);
  _tp_document_set_flag (self, PROP_LOADING, FALSE);

  if (error != NULL)
    {
      g_task_return_error (outer, error);
      _tp_document_queue_check (self);
      return;
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_free (self->etag);
  self->etag = g_steal_pointer (&load->etag);
  g_clear_pointer (&self->conflict_etag, g_free);
  self->recovered = FALSE;
  _tp_document_drop_draft (self);
  self->draft_closed = FALSE;
  _tp_document_set_project (self, load->project);
  self->draft_change_count = tp_project_get_change_count (load->project);
  _tp_document_set_flag (self, PROP_READ_ONLY, load->read_only);
  _tp_document_set_flag (self, PROP_NEWER_VERSION, load->info.newer_version);
  _tp_document_set_flag (self, PROP_DELETED, FALSE);
  _tp_document_update_modified (self);
  g_object_thaw_notify (G_OBJECT (self));

  g_task_return_boolean (outer, TRUE);
}

static void
on_load_thread_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  GTask *inner = G_TASK (result);
  LoadData *load = g_task_get_task_data (inner);
  TpDocument *self = g_task_get_source_object (outer);
  GError *error = NULL;

  if (load->completed)
    return;                     /* tp_document_finish_loading() did it */
  /* Cancelled, the task returns before the worker is done. */
  g_task_propagate_boolean (inner, &error);
  complete_load (self, load, error);
}

gboolean
tp_document_is_reading (TpDocument *self)
{
  LoadData *load;
  gboolean finished;

  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  if (self->load_task == NULL)
    return FALSE;
  load = g_task_get_task_data (self->load_task);
  if (load->completed)
    return FALSE;
  g_mutex_lock (&load->lock);
  finished = load->finished;
  g_mutex_unlock (&load->lock);
  return !finished;
}

gboolean
tp_document_finish_loading (TpDocument *self,
                            guint       timeout_ms)
{
  LoadData *load;
  gint64 end;
  gboolean finished;

  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);

  if (self->load_task == NULL)
    return !self->loading;
  load = g_task_get_task_data (self->load_task);
  if (load->completed)
    return TRUE;

  end = g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
  g_mutex_lock (&load->lock);
  while (!load->finished && g_cond_wait_until (&load->cond, &load->lock, end))
    ;
  finished = load->finished;
  g_mutex_unlock (&load->lock);
  if (!finished || g_cancellable_is_cancelled (g_task_get_cancellable (self->load_task)))
    return FALSE;

  complete_load (self, load, load->error != NULL ? g_error_copy (load->error) : NULL);
  return TRUE;
}

void
tp_document_load_async (TpDocument         *self,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  LoadData *load;

  g_return_if_fail (TP_IS_DOCUMENT (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, tp_document_load_async);
  if (self->file == NULL || self->saving)
    {
      g_task_return_new_error (outer, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_BUSY,
                               self->file == NULL ? _("The project has no file to load")
                                                  : _("The project is being saved"));
      return;
    }

  load = g_new0 (LoadData, 1);
  load->file = g_object_ref (self->file);
  load->document = g_object_ref (self);
  load->serial = ++self->load_serial;
  g_mutex_init (&load->lock);
  g_cond_init (&load->cond);

  _tp_document_set_progress (self, TP_DOCUMENT_PHASE_READING, 0.0);
  _tp_document_set_flag (self, PROP_LOADING, TRUE);

  load->outer = outer;
  inner = g_task_new (NULL, cancellable, on_load_thread_done, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, load_thread);
  g_task_set_task_data (inner, load, load_data_free);
  /* Closing a window while a big file loads must not wait for the parser. */
  g_task_set_return_on_cancel (inner, TRUE);
  g_set_object (&self->load_task, inner);
  g_task_run_in_thread (inner, load_thread);
}

gboolean
tp_document_load_finish (TpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- Saving ------------------------------------------------------------ */

typedef struct
{
  GFile   *file;
  GBytes  *bytes;
  char    *expected_etag;  /* NULL: do not compare */
  char    *new_etag;
  guint64  change_count;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_free (save->expected_etag);
  g_free (save->new_etag);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (save->expected_etag != NULL)
    {
      g_autofree char *etag = NULL;
      gboolean exists = FALSE;

      etag = _tp_document_query_etag (save->file, &exists, cancellable, NULL);
      /* A deleted file is simply written again. */
      if (exists && g_strcmp0 (etag, save->expected_etag) != 0)
        {
          g_autofree char *name = g_file_get_basename (save->file);

          g_task_return_new_error (task, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_CHANGED_ON_DISK,
                                   _("“%s” was changed by another program since it was opened "
                                     "or saved here."), name);
          return;
        }
    }

  if (!tp_atomic_save (save->file, save->bytes, TRUE, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  save->new_etag = _tp_document_query_etag (save->file, NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
on_save_thread_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  TpDocument *self = g_task_get_source_object (outer);
  SaveData *save = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  _tp_document_set_flag (self, PROP_SAVING, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      _tp_document_queue_check (self);
      return;
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_free (self->etag);
  self->etag = g_steal_pointer (&save->new_etag);
  g_clear_pointer (&self->conflict_etag, g_free);
  if (self->file == NULL || !g_file_equal (self->file, save->file))
    {
      _tp_document_set_file (self, save->file);
      _tp_document_set_flag (self, PROP_READ_ONLY, FALSE);
    }
  _tp_document_set_flag (self, PROP_DELETED, FALSE);
  if (self->project != NULL && tp_project_get_change_count (self->project) == save->change_count)
    {
      tp_project_mark_saved (self->project);
      self->recovered = FALSE;
      _tp_document_drop_draft (self);
    }
  _tp_document_update_modified (self);
  g_object_thaw_notify (G_OBJECT (self));
  _tp_document_queue_check (self);

  g_task_return_boolean (outer, TRUE);
}

void
tp_document_save_async (TpDocument         *self,
                        GFile              *file,
                        TpDocumentSaveFlags flags,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  SaveData *save;

  g_return_if_fail (TP_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, tp_document_save_async);
  if (file == NULL)
    file = self->file;
  if (self->project == NULL || self->loading || self->saving || file == NULL)
    {
      g_task_return_new_error (outer, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_BUSY,
                               file == NULL ? _("The project has no file yet; choose where to save it")
                                            : _("The project is still loading or being saved"));
      return;
    }

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->bytes = tp_format_save_to_bytes (self->project);
  save->change_count = tp_project_get_change_count (self->project);
  if ((flags & TP_DOCUMENT_SAVE_OVERWRITE) == 0
      && self->file != NULL && g_file_equal (file, self->file))
    save->expected_etag = g_strdup (self->etag);

  _tp_document_set_flag (self, PROP_SAVING, TRUE);
  inner = g_task_new (NULL, cancellable, on_save_thread_done, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, save_thread);
  g_task_set_task_data (inner, save, save_data_free);
  g_task_run_in_thread (inner, save_thread);
}

gboolean
tp_document_save_finish (TpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (TP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
