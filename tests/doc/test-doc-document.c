/* test-ui-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TpDocument without a display: loading with progress and cancelling,
 * hostile files refused without being touched, newer-version and read-only
 * files, autosaved drafts and recovery after a kill.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "tp-document-test.h"
#include "doc/tp-document-private.h"

/* --- Loading -------------------------------------------------------------- */

typedef struct
{
  double   max_progress;
  gboolean saw_reading;
  gboolean saw_parsing;
  guint    ticks;
  gint64   last_tick;
  gint64   max_gap;
} ProgressLog;

static void
on_progress (TpDocument  *document,
             GParamSpec  *pspec,
             ProgressLog *log)
{
  log->max_progress = MAX (log->max_progress, tp_document_get_progress (document));
  if (tp_document_get_phase (document) == TP_DOCUMENT_PHASE_READING)
    log->saw_reading = TRUE;
  if (tp_document_get_phase (document) == TP_DOCUMENT_PHASE_PARSING)
    log->saw_parsing = TRUE;
}

static gboolean
on_tick (gpointer data)
{
  ProgressLog *log = data;
  gint64 now = g_get_monotonic_time ();

  log->ticks++;
  if (log->last_tick != 0)
    log->max_gap = MAX (log->max_gap, now - log->last_tick);
  log->last_tick = now;
  return G_SOURCE_CONTINUE;
}

/* A big file loads on a worker thread: progress is reported, the main loop keeps running. */
static void
test_load_progress (void)
{
  g_autoptr(TpProject) project = tp_doc_test_big_project ("Big shop");
  g_autoptr(GFile) file = tp_doc_test_write_sample ("big.touchpoint", project);
  g_autoptr(TpDocument) document = tp_document_new_for_file (file);
  g_autoptr(GBytes) expected = tp_format_save_to_bytes (project);
  g_autoptr(GBytes) actual = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ProgressLog log = { 0 };
  gint64 start;
  guint tick;

  g_assert_cmpuint (g_bytes_get_size (expected), >, 2 * 1024 * 1024);
  g_signal_connect (document, "notify::progress", G_CALLBACK (on_progress), &log);
  g_signal_connect (document, "notify::phase", G_CALLBACK (on_progress), &log);
  tick = g_timeout_add (5, on_tick, &log);

  g_assert_null (tp_document_get_project (document));
  start = g_get_monotonic_time ();
  g_assert_true (tp_doc_test_load_document (document, &error));
  g_assert_no_error (error);
  g_source_remove (tick);
  g_test_message ("load_bytes: %zu", g_bytes_get_size (expected));
  g_test_message ("load_ms: %.1f", (g_get_monotonic_time () - start) / 1000.0);
  g_test_message ("max_main_loop_gap_ms: %.1f", log.max_gap / 1000.0);

  g_assert_true (log.saw_reading);
  g_assert_true (log.saw_parsing);
  g_assert_cmpfloat (log.max_progress, ==, 1.0);
  /* The main loop ran while the file was read and parsed (the longest gap is reported above). */
  g_assert_cmpuint (log.ticks, >, 0);
  g_assert_false (tp_document_get_loading (document));
  g_assert_cmpint (tp_document_get_phase (document), ==, TP_DOCUMENT_PHASE_NONE);
  g_assert_false (tp_document_get_modified (document));
  actual = tp_format_save_to_bytes (tp_document_get_project (document));
  g_assert_true (g_bytes_equal (expected, actual));
  title = tp_document_dup_title (document);
  g_assert_cmpstr (title, ==, "Big shop");
}

/* Closing while a file loads: the load ends at once and leaves nothing behind. */
static void
test_load_cancel (void)
{
  g_autoptr(TpProject) project = tp_doc_test_big_project ("Cancelled shop");
  g_autoptr(GFile) file = tp_doc_test_write_sample ("cancel.touchpoint", project);
  g_autoptr(TpDocument) document = tp_document_new_for_file (file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  tp_document_load_async (document, cancellable, tp_doc_test_on_async_done, &result);
  g_assert_true (tp_document_get_loading (document));
  start = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  g_assert_false (tp_document_load_finish (document, tp_doc_test_wait_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_test_message ("cancel_ms: %.1f", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_false (tp_document_get_loading (document));
  g_assert_null (tp_document_get_project (document));
}

/* tp_document_is_reading: TRUE only while the worker reads; once it is done the
 * results are applied at once, before the main loop runs the load's callback. */
static void
test_load_is_reading (void)
{
  g_autoptr(TpProject) project = tp_doc_test_big_project ("Read shop");
  g_autoptr(GFile) file = tp_doc_test_write_sample ("reading.touchpoint", project);
  g_autoptr(TpDocument) document = tp_document_new_for_file (file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (tp_document_is_reading (document));
  tp_document_load_async (document, NULL, tp_doc_test_on_async_done, &result);
  g_assert_true (tp_document_get_loading (document));
  /* The main loop does not run: the worker finishes, the results wait. */
  while (tp_document_is_reading (document))
    g_usleep (1000);
  g_assert_true (tp_document_get_loading (document));
  g_assert_null (tp_document_get_project (document));
  g_assert_true (tp_document_finish_loading (document, 0));
  g_assert_false (tp_document_is_reading (document));
  g_assert_false (tp_document_get_loading (document));
  g_assert_nonnull (tp_document_get_project (document));
  g_assert_true (tp_document_load_finish (document, tp_doc_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_false (tp_document_is_reading (document));
}

/* Every hostile file is refused with a message naming the file, and is not touched. */
static void
test_load_hostile (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TpDocument) document = tp_document_new_for_file (file);
      g_autoptr(GBytes) before = NULL;
      g_autoptr(GBytes) after = NULL;
      g_autoptr(GError) error = NULL;
      GStatBuf st_before, st_after;

      /* Only project files (tests/hostile/csv/ holds tables for the CSV import). */
      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      before = tp_doc_test_read_bytes (file);
      g_assert_cmpint (g_stat (path, &st_before), ==, 0);
      g_assert_false (tp_doc_test_load_document (document, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == TP_FORMAT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_null (tp_document_get_project (document));
      g_assert_false (tp_document_get_modified (document));

      after = tp_doc_test_read_bytes (file);
      g_assert_true (g_bytes_equal (before, after));
      g_assert_cmpint (g_stat (path, &st_after), ==, 0);
      g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
      count++;
    }
  g_assert_cmpuint (count, >=, 40);
}

/* A file from a newer version opens with the notice flag; a read-only file opens read-only. */
static void
test_load_newer_and_read_only (void)
{
  g_autoptr(TpProject) project = tp_doc_test_sample_project ("Future shop", 3);
  g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *newer = NULL;
  g_autofree char *path = g_build_filename (tp_doc_test_dir, "newer.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TpDocument) document = tp_document_new_for_file (file);
  g_autoptr(TpDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  char *version;

  version = strstr (text, "\"version\": 1,");
  g_assert_nonnull (version);
  version[strlen ("\"version\": ")] = '\0';
  newer = g_strconcat (text, "7,\n  \"hologram\": {\"kept\": true},", version + strlen ("\"version\": 1,"),
                       NULL);
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));

  g_assert_true (tp_doc_test_load_document (document, &error));
  g_assert_no_error (error);
  g_assert_true (tp_document_get_newer_version (document));
  g_assert_false (tp_document_get_read_only (document));

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  again = tp_document_new_for_file (file);
  g_assert_true (tp_doc_test_load_document (again, &error));
  g_assert_true (tp_document_get_read_only (again));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
}

/* --- Autosave and recovery ------------------------------------------------ */

static void
test_autosave_draft (void)
{
  g_autoptr(TpProject) project = tp_doc_test_sample_project ("Drafted shop", 2);
  g_autoptr(TpDocument) document = tp_document_new (project, NULL);
  g_autofree char *draft = tp_doc_test_draft_path (document);
  g_autofree char *saved_path = g_build_filename (tp_doc_test_dir, "drafted.touchpoint", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) actual = NULL;
  g_autoptr(GFile) draft_file = g_file_new_for_path (draft);
  g_autoptr(GError) error = NULL;

  tp_document_set_autosave_interval (document, 100);
  g_assert_false (tp_document_get_modified (document));
  tp_doc_test_add_card (project, "Typed a moment ago");
  g_assert_true (tp_document_get_modified (document));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  tp_doc_test_sleep_loop (400);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  expected = tp_format_save_to_bytes (project);
  actual = tp_doc_test_read_bytes (draft_file);
  g_assert_true (g_bytes_equal (expected, actual));

  /* Undo back to the saved state: nothing to recover. */
  g_assert_true (tp_project_undo (project));
  g_assert_false (tp_document_get_modified (document));
  tp_doc_test_sleep_loop (200);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* Focus loss writes at once; saving removes the draft. */
  g_assert_true (tp_project_redo (project));
  tp_document_autosave_now (document);
  tp_doc_test_sleep_loop (100);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (tp_doc_test_save_document (document, saved, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_assert_false (tp_document_get_modified (document));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_equal (tp_document_get_file (document), saved));

  /* Closing without saving removes it too. */
  tp_doc_test_add_card (project, "Then discarded");
  tp_document_autosave_now (document);
  tp_doc_test_sleep_loop (100);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  tp_document_discard_draft (document);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

static char *
expected_path (const char *name)
{
  return g_build_filename (tp_doc_test_dir, name, NULL);
}

/* Child: edits a never-saved project and a saved one, then dies by SIGKILL. */
static void
kill_after_edits_child (void)
{
  g_autoptr(TpProject) fresh = tp_doc_test_sample_project ("Never saved", 1);
  g_autoptr(TpProject) opened = tp_doc_test_sample_project ("Saved before", 1);
  g_autoptr(GFile) file = tp_doc_test_write_sample ("recover-me.touchpoint", opened);
  g_autoptr(TpDocument) fresh_doc = tp_document_new (fresh, NULL);
  g_autoptr(TpDocument) opened_doc = tp_document_new_for_file (file);
  g_autoptr(GBytes) fresh_bytes = NULL;
  g_autoptr(GBytes) opened_bytes = NULL;
  g_autofree char *fresh_expected = expected_path ("expected-fresh.touchpoint");
  g_autofree char *opened_expected = expected_path ("expected-opened.touchpoint");
  TpProject *project;

  g_assert_true (tp_doc_test_load_document (opened_doc, NULL));
  project = tp_document_get_project (opened_doc);
  tp_document_set_autosave_interval (fresh_doc, 50);
  tp_document_set_autosave_interval (opened_doc, 50);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Edit %u", i);

      tp_doc_test_add_card (fresh, title);
      tp_doc_test_add_card (project, title);
      tp_project_set (project, project, "title", "Saved before, edited after", NULL);
      tp_doc_test_sleep_loop (10);
    }
  tp_doc_test_sleep_loop (300);

  fresh_bytes = tp_format_save_to_bytes (fresh);
  opened_bytes = tp_format_save_to_bytes (project);
  g_assert_true (g_file_set_contents (fresh_expected, g_bytes_get_data (fresh_bytes, NULL),
                                      g_bytes_get_size (fresh_bytes), NULL));
  g_assert_true (g_file_set_contents (opened_expected, g_bytes_get_data (opened_bytes, NULL),
                                      g_bytes_get_size (opened_bytes), NULL));
  /* No clean-up at all, as after a crash. */
  kill (getpid (), SIGKILL);
}

static TpRecoveryItem *
find_item (GPtrArray  *items,
           const char *title)
{
  for (guint i = 0; i < items->len; i++)
    {
      TpRecoveryItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->title, title) == 0)
        return item;
    }
  return NULL;
}

static void
check_recovered (TpRecoveryItem *item,
                 const char     *expected_name,
                 gboolean        has_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpDocument) document = tp_document_new_from_recovery (item, &error);
  g_autofree char *path = expected_path (expected_name);
  g_autoptr(GFile) expected_file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = tp_doc_test_read_bytes (expected_file);
  g_autoptr(GBytes) actual = NULL;
  g_autofree char *target_path = expected_path ("recovered.touchpoint");
  g_autoptr(GFile) target = g_file_new_for_path (target_path);
  g_autoptr(GPtrArray) left = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (tp_document_get_modified (document));
  g_assert_true (has_file == (tp_document_get_file (document) != NULL));
  actual = tp_format_save_to_bytes (tp_document_get_project (document));
  g_assert_true (g_bytes_equal (expected, actual));

  /* Saving it ends the draft. */
  g_assert_true (tp_doc_test_save_document (document, has_file ? NULL : target, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_assert_false (tp_document_get_modified (document));
  left = tp_recovery_list ();
  g_assert_null (find_item (left, item->title));
}

static void
test_recover_after_kill (void)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  TpRecoveryItem *fresh, *opened;

  if (g_test_subprocess ())
    {
      kill_after_edits_child ();
      return;
    }

  g_test_trap_subprocess (NULL, 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  items = tp_recovery_list ();
  fresh = find_item (items, "Never saved");
  opened = find_item (items, "Saved before, edited after");
  g_assert_nonnull (fresh);
  g_assert_nonnull (opened);
  g_assert_null (fresh->uri);
  g_assert_true (g_str_has_suffix (opened->uri, "/recover-me.touchpoint"));
  g_assert_cmpuint (fresh->n_cards, >=, 21);
  g_assert_cmpint (g_date_time_difference (now, fresh->saved_at), <, 60 * G_USEC_PER_SEC);

  check_recovered (fresh, "expected-fresh.touchpoint", FALSE);
  check_recovered (opened, "expected-opened.touchpoint", TRUE);
}

/* The "VmFlags:" line of the mapping holding @address in /proc/self/smaps, or NULL. */
static char *
vm_flags_of (gconstpointer address)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean inside = FALSE;

  if (!g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL))
    return NULL;
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 start, end;

      if (sscanf (lines[i], "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x ", &start, &end) == 2
          && strchr (lines[i], ' ') != NULL && strchr (lines[i], '-') < strchr (lines[i], ' '))
        inside = (guintptr) address >= start && (guintptr) address < end;
      else if (inside && g_str_has_prefix (lines[i], "VmFlags:"))
        return g_strdup (lines[i]);
    }

  return NULL;
}

/* A big file is read into 2 MiB pages where the kernel has them: into fresh
 * 4 KiB pages, reading an 8 MB project cost 2,000 page faults, a fifth of its
 * load (issue #12). The buffer is aligned, whole and advised for huge pages;
 * a small file's is an ordinary one. */
static void
test_read_buffer_huge_pages (void)
{
  gsize size = 8123529 + 1;
  g_autofree guint8 *big = NULL;
  g_autofree guint8 *small = NULL;
  g_autofree char *flags = NULL;

  if (!g_file_test ("/sys/kernel/mm/transparent_hugepage/enabled", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no transparent huge pages");
      return;
    }

  big = _tp_document_alloc_read_buffer (size);
  g_assert_cmpuint ((guintptr) big % (2 << 20), ==, 0);
  memset (big, 'x', size);
  g_assert_cmpint (big[size - 1], ==, 'x');
  flags = vm_flags_of (big);
  g_assert_nonnull (flags);
  g_assert_nonnull (strstr (flags, " hg"));
  g_clear_pointer (&flags, g_free);
  flags = vm_flags_of (big + size - 1);
  g_assert_nonnull (flags);
  g_assert_nonnull (strstr (flags, " hg"));

  small = _tp_document_alloc_read_buffer (4096);
  memset (small, 'y', 4096);
  g_clear_pointer (&flags, g_free);
  flags = vm_flags_of (small);
  g_assert_nonnull (flags);
  g_assert_null (strstr (flags, " hg"));
}

int
main (int   argc,
      char *argv[])
{
  tp_doc_test_init (&argc, &argv);

  g_test_add_func ("/ui/document/load-progress", test_load_progress);
  g_test_add_func ("/ui/document/read-buffer-huge-pages", test_read_buffer_huge_pages);
  g_test_add_func ("/ui/document/load-cancel", test_load_cancel);
  g_test_add_func ("/ui/document/load-is-reading", test_load_is_reading);
  g_test_add_func ("/ui/document/load-hostile", test_load_hostile);
  g_test_add_func ("/ui/document/load-newer-and-read-only", test_load_newer_and_read_only);
  g_test_add_func ("/ui/document/autosave-draft", test_autosave_draft);
  g_test_add_func ("/ui/document/recover-after-kill", test_recover_after_kill);

  return tp_doc_test_run ();
}
