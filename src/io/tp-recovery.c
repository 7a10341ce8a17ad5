/* tp-recovery.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <errno.h>
#include <unistd.h>

#include "tp-atomic-save.h"
#include "tp-recovery.h"

#define INFO_GROUP "Draft"

void
tp_recovery_item_free (TpRecoveryItem *item)
{
  if (item == NULL)
    return;
  g_free (item->draft_id);
  g_free (item->uri);
  g_free (item->title);
  g_clear_pointer (&item->saved_at, g_date_time_unref);
  g_free (item);
}

char *
tp_recovery_get_dir (void)
{
  char *dir = g_build_filename (g_get_user_data_dir (), APP_ID, "recovery", NULL);

  g_mkdir_with_parents (dir, 0700);
  return dir;
}

char *
tp_recovery_new_draft_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("draft-%s", uuid);
}

static gboolean
draft_id_is_valid (const char *draft_id)
{
  if (draft_id == NULL || *draft_id == '\0' || strlen (draft_id) > 64)
    return FALSE;
  for (const char *p = draft_id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static char *
draft_path (const char *draft_id,
            const char *suffix)
{
  g_autofree char *dir = tp_recovery_get_dir ();
  g_autofree char *name = g_strconcat (draft_id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static guint
count_cards (TpProject *project)
{
  GPtrArray *journeys = tp_project_get_journeys (project);
  guint n = 0;

  for (guint i = 0; i < journeys->len; i++)
    n += tp_journey_get_cards (g_ptr_array_index (journeys, i))->len;
  return n;
}

gboolean
tp_recovery_write_bytes (const char  *draft_id,
                         GBytes      *contents,
                         const char  *uri,
                         const char  *title,
                         guint        n_cards,
                         GError     **error)
{
  g_autoptr(GKeyFile) info = NULL;
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GBytes) info_bytes = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *info_data = NULL;
  gsize info_len = 0;

  g_return_val_if_fail (draft_id_is_valid (draft_id), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  path = draft_path (draft_id, ".touchpoint");
  draft = g_file_new_for_path (path);
  if (!tp_atomic_save (draft, contents, FALSE, NULL, error))
    return FALSE;

  now = g_date_time_new_now_utc ();
  info = g_key_file_new ();
  if (uri != NULL)
    g_key_file_set_string (info, INFO_GROUP, "uri", uri);
  g_key_file_set_string (info, INFO_GROUP, "title", title != NULL ? title : "");
  g_key_file_set_int64 (info, INFO_GROUP, "saved-at", g_date_time_to_unix (now));
  g_key_file_set_int64 (info, INFO_GROUP, "pid", getpid ());
  g_key_file_set_integer (info, INFO_GROUP, "cards", (int) MIN (n_cards, G_MAXINT));
  info_data = g_key_file_to_data (info, &info_len, NULL);
  info_bytes = g_bytes_new_take (g_steal_pointer (&info_data), info_len);
  info_path = draft_path (draft_id, ".info");
  info_file = g_file_new_for_path (info_path);

  return tp_atomic_save (info_file, info_bytes, FALSE, NULL, error);
}

gboolean
tp_recovery_write (const char  *draft_id,
                   TpProject   *project,
                   GFile       *file,
                   GError     **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (draft_id_is_valid (draft_id), FALSE);
  g_return_val_if_fail (TP_IS_PROJECT (project), FALSE);

  contents = tp_format_save_to_bytes (project);
  if (file != NULL)
    uri = g_file_get_uri (file);

  return tp_recovery_write_bytes (draft_id, contents, uri, tp_project_get_title (project),
                                  count_cards (project), error);
}

void
tp_recovery_discard (const char *draft_id)
{
  g_autofree char *path = NULL;
  g_autofree char *info_path = NULL;

  if (!draft_id_is_valid (draft_id))
    return;

  path = draft_path (draft_id, ".touchpoint");
  info_path = draft_path (draft_id, ".info");
  /* The info file goes first: a draft without info is never offered. */
  g_unlink (info_path);
  g_unlink (path);
}

static gboolean
process_is_running (gint64 pid)
{
  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (pid == getpid ())
    return TRUE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const TpRecoveryItem *ia = *(const TpRecoveryItem * const *) a;
  const TpRecoveryItem *ib = *(const TpRecoveryItem * const *) b;

  return g_date_time_compare (ib->saved_at, ia->saved_at);
}

GPtrArray *
tp_recovery_list (void)
{
  g_autofree char *dir = tp_recovery_get_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) tp_recovery_item_free);
  const char *name;

  if (d == NULL)
    return items;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char *info_path = NULL;
      g_autofree char *draft_id = NULL;
      g_autofree char *path = NULL;
      TpRecoveryItem *item;

      if (!g_str_has_suffix (name, ".info"))
        continue;
      draft_id = g_strndup (name, strlen (name) - strlen (".info"));
      if (!draft_id_is_valid (draft_id))
        continue;

      info_path = g_build_filename (dir, name, NULL);
      path = draft_path (draft_id, ".touchpoint");
      if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL) ||
          !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      if (process_is_running (g_key_file_get_int64 (info, INFO_GROUP, "pid", NULL)))
        continue;

      item = g_new0 (TpRecoveryItem, 1);
      item->draft_id = g_steal_pointer (&draft_id);
      item->uri = g_key_file_get_string (info, INFO_GROUP, "uri", NULL);
      item->title = g_key_file_get_string (info, INFO_GROUP, "title", NULL);
      if (item->title == NULL)
        item->title = g_strdup ("");
      item->saved_at = g_date_time_new_from_unix_utc (g_key_file_get_int64 (info, INFO_GROUP,
                                                                            "saved-at", NULL));
      if (item->saved_at == NULL)
        item->saved_at = g_date_time_new_from_unix_utc (0);
      item->n_cards = (guint) MAX (0, g_key_file_get_integer (info, INFO_GROUP, "cards", NULL));
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_newest_first);
  return items;
}

TpProject *
tp_recovery_load (TpRecoveryItem  *item,
                  GError         **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (draft_id_is_valid (item->draft_id), NULL);

  path = draft_path (item->draft_id, ".touchpoint");
  file = g_file_new_for_path (path);
  return tp_format_load_file (file, NULL, NULL, error);
}
