/* tp-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files: reading with the size checked first, atomic saving, and the
 * asynchronous variants that do the work on a worker thread.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-atomic-save.h"
#include "tp-format-private.h"

G_DEFINE_QUARK (tp-format-error-quark, tp_format_error)

void
tp_load_info_clear (TpLoadInfo *info)
{
  g_return_if_fail (info != NULL);

  g_clear_pointer (&info->generator, g_free);
  info->file_version = 0;
  info->newer_version = FALSE;
  info->migrated = FALSE;
}

GBytes *
_tp_format_read_file (GFile        *file,
                      const char   *display_name,
                      GCancellable *cancellable,
                      GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guint8 *buffer = NULL;
  goffset size;
  gsize n_read = 0;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: could not open the file: %s"), display_name, local_error->message);
      return NULL;
    }

  /* Asked of the open file, so the answer is about what we read. */
  info = g_file_input_stream_query_info (stream,
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                         G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                         cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: could not read the file: %s"), display_name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: this is not a regular file"), display_name);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size > (goffset) TP_FORMAT_MAX_FILE_SIZE)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the limit of %u MiB"),
                   display_name, TP_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_EMPTY,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  /* One byte more than expected tells us whether the file grew meanwhile. */
  buffer = g_malloc (size + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, size + 1, &n_read,
                                cancellable, &local_error))
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: could not read the file: %s"), display_name, local_error->message);
      return NULL;
    }
  if (n_read > (gsize) size)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO,
                   _("%s: the file changed while it was being read"), display_name);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), n_read);
}

TpProject *
_tp_format_load_file_named (GFile        *file,
                            const char   *display_name,
                            TpLoadInfo   *info,
                            GCancellable *cancellable,
                            GError      **error)
{
  g_autoptr(GBytes) bytes = _tp_format_read_file (file, display_name, cancellable, error);

  if (bytes == NULL)
    return NULL;
  return tp_format_load_bytes (bytes, display_name, info, error);
}

TpProject *
tp_format_load_file (GFile        *file,
                     TpLoadInfo   *info,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  return _tp_format_load_file_named (file, name, info, cancellable, error);
}

typedef struct {
  TpProject  *project;
  TpLoadInfo  info;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->project);
  tp_load_info_clear (&result->info);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  LoadResult *result = g_new0 (LoadResult, 1);
  GError *error = NULL;

  result->project = tp_format_load_file (file, &result->info, cancellable, &error);
  if (result->project == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, load_result_free);
}

void
tp_format_load_file_async (GFile              *file,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tp_format_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

TpProject *
tp_format_load_file_finish (GAsyncResult *result,
                            TpLoadInfo   *info,
                            GError      **error)
{
  LoadResult *loaded;
  TpProject *project;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tp_format_load_file_async, NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  project = g_steal_pointer (&loaded->project);
  if (info != NULL)
    {
      *info = loaded->info;
      loaded->info.generator = NULL;
    }
  load_result_free (loaded);
  return project;
}

gboolean
tp_format_save_file (TpProject    *project,
                     GFile        *file,
                     TpSaveFlags   flags,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tp_format_save_to_bytes (project);
  return tp_atomic_save (file, bytes, (flags & TP_SAVE_FLAGS_KEEP_BACKUP) != 0,
                         cancellable, error);
}

typedef struct {
  GFile      *file;
  GBytes     *bytes;
  TpSaveFlags flags;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_clear_pointer (&save->bytes, g_bytes_unref);
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

  if (!tp_atomic_save (save->file, save->bytes,
                       (save->flags & TP_SAVE_FLAGS_KEEP_BACKUP) != 0,
                       cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
tp_format_save_file_async (TpProject          *project,
                           GFile              *file,
                           TpSaveFlags         flags,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (TP_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->bytes = tp_format_save_to_bytes (project);
  save->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tp_format_save_file_async);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
tp_format_save_file_finish (GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tp_format_save_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
