/* test-io-atomic-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving never loses the previous file: after every kind of failure the old
 * file is byte-identical and no temporary file is left in the folder. The
 * tests run as root in CI, where permissions do not stop writes, so failures
 * come from fault injection, missing folders and files used as folders.
 */

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io/tp-atomic-save.h"

#define OLD_CONTENTS "{\n  \"format\": \"touchpoint\",\n  \"title\": \"old\"\n}\n"
#define NEW_CONTENTS "{\n  \"format\": \"touchpoint\",\n  \"title\": \"new\"\n}\n"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tp-atomic-save-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *d;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0755);
  d = g_dir_open (path, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  tp_atomic_save_inject_fault (TP_ATOMIC_SAVE_FAULT_NONE);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, len, expected, strlen (expected));
}

/* Only the names given may be in the folder: no ".NAME.XXXXXX" temp files. */
static void
assert_folder_holds (const char *dir,
                     ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  GDir *d;
  const char *name;
  va_list args;

  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer) name);
  va_end (args);

  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (found, g_strdup (name));
  g_dir_close (d);

  for (guint i = 0; i < found->len; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < expected->len; j++)
        known |= g_str_equal (found->pdata[i], expected->pdata[j]);
      if (!known)
        g_error ("unexpected file “%s” left in %s", (char *) found->pdata[i], dir);
    }
  g_assert_cmpuint (found->len, ==, expected->len);
}

static gboolean
save (const char  *path,
      const char  *contents,
      gboolean     keep_backup,
      GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static (contents, strlen (contents));

  return tp_atomic_save (file, bytes, keep_backup, NULL, error);
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = path_in (f, "new.touchpoint");
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_CONTENTS);
  /* No previous version: no backup. */
  assert_folder_holds (f->dir, "new.touchpoint", NULL);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644 & ~current_umask ());
}

static void
test_existing_file (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = path_in (f, "shop.touchpoint");
  g_autoptr(GError) error = NULL;
  struct stat st;

  write_file (path, OLD_CONTENTS);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  g_assert_true (save (path, NEW_CONTENTS, FALSE, &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_CONTENTS);
  assert_folder_holds (f->dir, "shop.touchpoint", NULL);

  /* A private file stays private. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = path_in (f, "shop.touchpoint");
  g_autofree char *backup = path_in (f, "shop.touchpoint~");
  g_autoptr(GError) error = NULL;

  write_file (path, OLD_CONTENTS);
  g_assert_true (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_CONTENTS);
  assert_contents (backup, OLD_CONTENTS);

  /* The next save moves the backup on by one version. */
  g_assert_true (save (path, "third\n", TRUE, &error));
  g_assert_no_error (error);
  assert_contents (path, "third\n");
  assert_contents (backup, NEW_CONTENTS);
  assert_folder_holds (f->dir, "shop.touchpoint", "shop.touchpoint~", NULL);

  /* Saving the same contents twice still leaves a correct backup. */
  g_assert_true (save (path, "third\n", TRUE, &error));
  g_assert_no_error (error);
  assert_contents (backup, "third\n");
  assert_folder_holds (f->dir, "shop.touchpoint", "shop.touchpoint~", NULL);
}

static void
test_symlink (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *real_dir = path_in (f, "real");
  g_autofree char *real = g_build_filename (real_dir, "shop.touchpoint", NULL);
  g_autofree char *link = path_in (f, "link.touchpoint");
  g_autofree char *link2 = path_in (f, "link2.touchpoint");
  g_autofree char *points_to = NULL;
  g_autofree char *backup = g_strconcat (real, "~", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  write_file (real, OLD_CONTENTS);
  g_assert_cmpint (symlink ("real/shop.touchpoint", link), ==, 0);
  g_assert_cmpint (symlink ("link.touchpoint", link2), ==, 0);

  /* Through two links: the file at the end is replaced, both links stay links. */
  g_assert_true (save (link2, NEW_CONTENTS, TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (link2, G_FILE_TEST_IS_SYMLINK));
  points_to = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (points_to, ==, "real/shop.touchpoint");
  assert_contents (real, NEW_CONTENTS);
  assert_contents (backup, OLD_CONTENTS);
  assert_folder_holds (f->dir, "real", "link.touchpoint", "link2.touchpoint", NULL);
  assert_folder_holds (real_dir, "shop.touchpoint", "shop.touchpoint~", NULL);
}

static void
test_symlink_loop (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *a = path_in (f, "a.touchpoint");
  g_autofree char *b = path_in (f, "b.touchpoint");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("b.touchpoint", a), ==, 0);
  g_assert_cmpint (symlink ("a.touchpoint", b), ==, 0);
  g_assert_false (save (a, NEW_CONTENTS, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_assert_true (strstr (error->message, "“a.touchpoint”") != NULL);
  assert_folder_holds (f->dir, "a.touchpoint", "b.touchpoint", NULL);
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "gone", "shop.touchpoint", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "Could not save “shop.touchpoint”: the folder does not exist");
  assert_folder_holds (f->dir, NULL);
}

static void
test_parent_is_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *parent = path_in (f, "notes.txt");
  g_autofree char *path = g_build_filename (parent, "shop.touchpoint", NULL);
  g_autoptr(GError) error = NULL;

  write_file (parent, OLD_CONTENTS);
  g_assert_false (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_true (strstr (error->message, "“shop.touchpoint”") != NULL);
  assert_contents (parent, OLD_CONTENTS);
  assert_folder_holds (f->dir, "notes.txt", NULL);
}

static void
test_target_is_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = path_in (f, "shop.touchpoint");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_false (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "Could not save “shop.touchpoint”: it is a folder");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_folder_holds (f->dir, "shop.touchpoint", NULL);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *sub = path_in (f, "locked");
  g_autofree char *path = g_build_filename (sub, "shop.touchpoint", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  write_file (path, OLD_CONTENTS);
  g_assert_cmpint (g_chmod (sub, 0555), ==, 0);
  if (access (sub, W_OK) == 0)
    {
      /* Root ignores folder permissions; fault injection covers this path. */
      g_test_skip ("folder permissions are not enforced for this user");
      return;
    }

  g_assert_false (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_true (strstr (error->message, "permission") != NULL);
  assert_contents (path, OLD_CONTENTS);
  assert_folder_holds (sub, "shop.touchpoint", NULL);
}

/* sysfs refuses new files even to root, so this runs in CI as well. */
static void
test_unwritable_system_folder (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("no /sys on this system");
      return;
    }

  g_assert_false (save ("/sys/kernel/shop.touchpoint", NEW_CONTENTS, TRUE, &error));
  g_assert_nonnull (error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_assert_cmpstr (error->message, ==, "Could not save “shop.touchpoint”: the disk is read-only");
  else
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_cmpstr (error->message, ==,
                       "Could not save “shop.touchpoint”: "
                       "you do not have permission to write there");
    }
  g_assert_false (g_file_test ("/sys/kernel/shop.touchpoint", G_FILE_TEST_EXISTS));
}

static void
test_not_local (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource:///io/github/touchpoint/x.touchpoint");
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (tp_atomic_save (file, bytes, FALSE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_true (strstr (error->message, "x.touchpoint") != NULL);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = path_in (f, "shop.touchpoint");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static (NEW_CONTENTS, strlen (NEW_CONTENTS));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  write_file (path, OLD_CONTENTS);
  g_cancellable_cancel (cancellable);
  g_assert_false (tp_atomic_save (file, bytes, TRUE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_contents (path, OLD_CONTENTS);
  assert_folder_holds (f->dir, "shop.touchpoint", NULL);
}

/* Each injected step fails with a full disk and leaves the old file alone. */
static void
test_fault (Fixture       *f,
            gconstpointer  data)
{
  TpAtomicSaveFault fault = GPOINTER_TO_INT (data);
  g_autofree char *path = path_in (f, "shop.touchpoint");
  g_autofree char *backup = path_in (f, "shop.touchpoint~");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);

  /* Big enough that a half-done write is visible if it ever reached the target. */
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (big, "line %u of the new contents\n", i);

  write_file (path, OLD_CONTENTS);
  tp_atomic_save_inject_fault (fault);
  g_assert_false (save (path, big->str, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==, "Could not save “shop.touchpoint”: the disk is full");
  assert_contents (path, OLD_CONTENTS);
  assert_folder_holds (f->dir, "shop.touchpoint", NULL);

  /* The fault was used up: the next save works. */
  g_clear_error (&error);
  g_assert_true (save (path, big->str, FALSE, &error));
  g_assert_no_error (error);
  assert_contents (path, big->str);

  /* With a backup requested, a failing rename still leaves the target whole. */
  tp_atomic_save_inject_fault (fault);
  g_assert_false (save (path, NEW_CONTENTS, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  assert_contents (path, big->str);
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    assert_contents (backup, big->str);
  g_assert_true (fault == TP_ATOMIC_SAVE_FAULT_RENAME ||
                 !g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *contents = g_strdup_printf ("contents of %s\n", path);
  GError *error = NULL;

  for (guint i = 0; i < 20; i++)
    if (!save (path, contents, TRUE, &error))
      {
        g_task_return_error (task, error);
        return;
      }
  g_task_return_boolean (task, TRUE);
}

static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 8; i++)
    {
      GTask *task = g_task_new (NULL, NULL, NULL, NULL);

      g_task_set_task_data (task, g_strdup_printf ("%s/file-%u.touchpoint", f->dir, i), g_free);
      g_task_run_in_thread (task, save_in_thread);
      g_ptr_array_add (tasks, task);
    }

  for (guint i = 0; i < tasks->len; i++)
    {
      GTask *task = tasks->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;

      while (!g_task_get_completed (task))
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (g_task_propagate_boolean (task, &error));
      g_assert_no_error (error);
      expected = g_strdup_printf ("contents of %s\n", (char *) g_task_get_task_data (task));
      assert_contents (g_task_get_task_data (task), expected);
    }
}

static void
add (const char     *name,
     void          (*func) (Fixture *, gconstpointer),
     gconstpointer   data)
{
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/io/atomic-save/new-file", test_new_file, NULL);
  add ("/io/atomic-save/existing-file", test_existing_file, NULL);
  add ("/io/atomic-save/backup", test_backup, NULL);
  add ("/io/atomic-save/symlink", test_symlink, NULL);
  add ("/io/atomic-save/symlink-loop", test_symlink_loop, NULL);
  add ("/io/atomic-save/missing-folder", test_missing_folder, NULL);
  add ("/io/atomic-save/parent-is-file", test_parent_is_file, NULL);
  add ("/io/atomic-save/target-is-folder", test_target_is_folder, NULL);
  add ("/io/atomic-save/read-only-folder", test_read_only_folder, NULL);
  add ("/io/atomic-save/unwritable-system-folder", test_unwritable_system_folder, NULL);
  add ("/io/atomic-save/not-local", test_not_local, NULL);
  add ("/io/atomic-save/cancelled", test_cancelled, NULL);
  add ("/io/atomic-save/fault/open", test_fault, GINT_TO_POINTER (TP_ATOMIC_SAVE_FAULT_OPEN));
  add ("/io/atomic-save/fault/write", test_fault, GINT_TO_POINTER (TP_ATOMIC_SAVE_FAULT_WRITE));
  add ("/io/atomic-save/fault/fsync", test_fault, GINT_TO_POINTER (TP_ATOMIC_SAVE_FAULT_FSYNC));
  add ("/io/atomic-save/fault/rename", test_fault, GINT_TO_POINTER (TP_ATOMIC_SAVE_FAULT_RENAME));
  add ("/io/atomic-save/threads", test_threads, NULL);

  return g_test_run ();
}
