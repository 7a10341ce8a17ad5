/* test-ui-document-disk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TpDocument and the disk: changes by others with and without local edits
 * (our own saves are not changes), a deleted file, and saves that fail
 * (full disk, a folder we may not write to) without damaging anything.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "io/tp-atomic-save.h"
#include "tp-document-test.h"

/* --- Changes on disk ------------------------------------------------------ */

typedef struct
{
  gboolean external;
  gboolean reloaded;
  gboolean deleted;
} DiskLog;

static TpDocument *
open_watched (const char *name,
              const char *title,
              GFile     **file_out,
              DiskLog    *log)
{
  g_autoptr(TpProject) project = tp_doc_test_sample_project (title, 2);
  TpDocument *document;

  *file_out = tp_doc_test_write_sample (name, project);
  document = tp_document_new_for_file (*file_out);
  g_assert_true (tp_doc_test_load_document (document, NULL));
  g_signal_connect (document, "external-change", G_CALLBACK (tp_doc_test_on_flag_signal), &log->external);
  g_signal_connect (document, "reloaded", G_CALLBACK (tp_doc_test_on_flag_signal), &log->reloaded);
  g_signal_connect (document, "deleted", G_CALLBACK (tp_doc_test_on_flag_signal), &log->deleted);
  return document;
}

/* No local edits: the document follows the file. Our own saves are not changes. */
static void
test_disk_change_reloads (void)
{
  g_autoptr(GFile) file = NULL;
  DiskLog log = { 0 };
  g_autoptr(TpDocument) document = open_watched ("follow.touchpoint", "Before", &file, &log);
  g_autoptr(TpProject) other = tp_doc_test_sample_project ("Changed by a colleague", 5);
  g_autoptr(GBytes) other_bytes = tp_format_save_to_bytes (other);
  g_autoptr(GError) error = NULL;
  TpProject *project;

  /* Our own save, several times: no signal. */
  for (guint i = 0; i < 3; i++)
    {
      tp_doc_test_add_card (tp_document_get_project (document), "Mine");
      g_assert_true (tp_doc_test_save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
      g_assert_no_error (error);
    }
  tp_doc_test_sleep_loop (1200);
  g_assert_false (log.external);
  g_assert_false (log.reloaded);

  tp_doc_test_write_externally (file, other_bytes);
  tp_doc_test_wait_for (&log.reloaded, 5000);
  g_assert_false (log.external);
  project = tp_document_get_project (document);
  g_assert_cmpstr (tp_project_get_title (project), ==, "Changed by a colleague");
  g_assert_false (tp_document_get_modified (document));
}

/* Local edits: the person is asked, and a save does not silently overwrite. */
static void
test_disk_change_with_edits (void)
{
  g_autoptr(GFile) file = NULL;
  DiskLog log = { 0 };
  g_autoptr(TpDocument) document = open_watched ("conflict.touchpoint", "Mine", &file, &log);
  g_autoptr(TpProject) other = tp_doc_test_sample_project ("Theirs", 5);
  g_autoptr(GBytes) other_bytes = tp_format_save_to_bytes (other);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  TpProject *project = tp_document_get_project (document);

  tp_doc_test_add_card (project, "My unsaved card");
  tp_doc_test_write_externally (file, other_bytes);
  tp_doc_test_wait_for (&log.external, 5000);
  g_assert_false (log.reloaded);
  g_assert_true (tp_document_get_project (document) == project);
  g_assert_true (tp_document_get_modified (document));

  g_assert_false (tp_doc_test_save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_error (error, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  on_disk = tp_doc_test_read_bytes (file);
  g_assert_true (g_bytes_equal (on_disk, other_bytes));
  g_assert_true (tp_document_get_modified (document));

  /* "Keep mine": the next save overwrites. */
  tp_document_keep_mine (document);
  g_assert_true (tp_doc_test_save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&on_disk, g_bytes_unref);
  on_disk = tp_doc_test_read_bytes (file);
  g_assert_false (g_bytes_equal (on_disk, other_bytes));
  g_assert_false (tp_document_get_modified (document));
}

/* Reload chosen after a conflict: the disk version replaces the edits. */
static void
test_disk_change_reload_chosen (void)
{
  g_autoptr(GFile) file = NULL;
  DiskLog log = { 0 };
  g_autoptr(TpDocument) document = open_watched ("reload.touchpoint", "Mine", &file, &log);
  g_autoptr(TpProject) other = tp_doc_test_sample_project ("Theirs", 5);
  g_autoptr(GBytes) other_bytes = tp_format_save_to_bytes (other);
  g_autoptr(GError) error = NULL;

  tp_doc_test_add_card (tp_document_get_project (document), "Mine");
  tp_doc_test_write_externally (file, other_bytes);
  tp_doc_test_wait_for (&log.external, 5000);
  g_assert_true (tp_doc_test_load_document (document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tp_project_get_title (tp_document_get_project (document)), ==, "Theirs");
  g_assert_false (tp_document_get_modified (document));
}

static void
test_disk_deleted (void)
{
  g_autoptr(GFile) file = NULL;
  DiskLog log = { 0 };
  g_autoptr(TpDocument) document = open_watched ("deleted.touchpoint", "Gone", &file, &log);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_delete (file, NULL, NULL));
  tp_doc_test_wait_for (&log.deleted, 5000);
  g_assert_true (tp_document_get_deleted (document));
  g_assert_nonnull (tp_document_get_project (document));

  g_assert_true (tp_doc_test_save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_false (tp_document_get_deleted (document));
}

/* --- Save errors ------------------------------------------------------------ */

/* A full disk: the reason is given, the document stays modified, the file is intact. */
static void
test_save_disk_full (void)
{
  g_autoptr(TpProject) project = tp_doc_test_sample_project ("Full disk", 2);
  g_autoptr(GFile) file = tp_doc_test_write_sample ("full.touchpoint", project);
  g_autoptr(GBytes) before = tp_doc_test_read_bytes (file);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TpDocument) document = tp_document_new (project, file);
  g_autoptr(GError) error = NULL;

  tp_doc_test_add_card (project, "Does not fit");
  tp_atomic_save_inject_fault (TP_ATOMIC_SAVE_FAULT_WRITE);
  g_assert_false (tp_doc_test_save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_true (tp_document_get_modified (document));
  after = tp_doc_test_read_bytes (file);
  g_assert_true (g_bytes_equal (before, after));
}

/* Saving into a folder we may not write to: "permission", nothing changes. */
static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(TpDocument) document = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_entries = 0;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* An administrator may write anywhere: become an ordinary user first. */
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }

  dir = g_build_filename (g_get_tmp_dir (), "tp-read-only-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp (dir));
  path = g_build_filename (dir, "locked.touchpoint", NULL);
  file = g_file_new_for_path (path);
  project = tp_doc_test_sample_project ("Locked folder", 2);
  document = tp_document_new (project, NULL);
  g_assert_true (tp_doc_test_save_document (document, file, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  before = tp_doc_test_read_bytes (file);

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  tp_doc_test_add_card (project, "Cannot be written");
  g_assert_false (tp_doc_test_save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "permission"));
  g_assert_true (tp_document_get_modified (document));
  after = tp_doc_test_read_bytes (file);
  g_assert_true (g_bytes_equal (before, after));

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 1);

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  tp_doc_test_init (&argc, &argv);

  g_test_add_func ("/ui/document/disk-change-reloads", test_disk_change_reloads);
  g_test_add_func ("/ui/document/disk-change-with-edits", test_disk_change_with_edits);
  g_test_add_func ("/ui/document/disk-change-reload-chosen", test_disk_change_reload_chosen);
  g_test_add_func ("/ui/document/disk-deleted", test_disk_deleted);
  g_test_add_func ("/ui/document/save-disk-full", test_save_disk_full);
  g_test_add_func ("/ui/document/save-read-only-folder", test_save_read_only_folder);

  return tp_doc_test_run ();
}
