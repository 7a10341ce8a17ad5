/* test-ui-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TpDocument without a display: loading with progress and cancelling,
 * hostile files refused without being touched, newer-version and read-only
 * files, autosaved drafts and recovery after a kill, changes on disk with
 * and without local edits, and saves that fail.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/tp-atomic-save.h"
#include "io/tp-format.h"
#include "ui/tp-document.h"

static char *test_dir;

/* --- Helpers ------------------------------------------------------------ */

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@flag is TRUE; fails after @ms milliseconds. */
static void
wait_for (gboolean *flag,
          guint     ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, on_timeout, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_true (*flag);
}

static void
sleep_loop (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_flag_signal (gpointer  instance,
                gboolean *flag)
{
  *flag = TRUE;
}

static void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (30000, on_timeout, &timed_out);

  while (*slot == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_nonnull (*slot);
  return *slot;
}

static gboolean
load_document (TpDocument  *document,
               GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tp_document_load_async (document, NULL, on_async_done, &result);
  return tp_document_load_finish (document, wait_result (&result), error);
}

static gboolean
save_document (TpDocument          *document,
               GFile               *file,
               TpDocumentSaveFlags  flags,
               GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tp_document_save_async (document, file, flags, NULL, on_async_done, &result);
  return tp_document_save_finish (document, wait_result (&result), error);
}

static TpProject *
sample_project (const char *title,
                guint       n_cards)
{
  TpProject *project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  tp_project_set_id_seed (project, 7);
  tp_project_set (project, project, "title", title, NULL);
  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *card_title = g_strdup_printf ("Touchpoint %u of the shop visit", i);

      tp_project_add_card (project, g_ptr_array_index (phases, i % phases->len),
                           g_ptr_array_index (lanes, 0), -1, TP_CARD_KIND_ACTIVITY, card_title);
    }
  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return project;
}

/* A project of several megabytes: 2000 cards with long descriptions. */
static TpProject *
big_project (const char *title)
{
  TpProject *project = sample_project (title, 2000);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 2000)
    g_string_append (text, "The customer compares prices on the phone while queueing. ");
  for (guint i = 0; i < cards->len; i++)
    tp_project_set (project, g_ptr_array_index (cards, i), "description", text->str, NULL);
  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return project;
}

static void
add_card (TpProject  *project,
          const char *title)
{
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

  tp_project_add_card (project, g_ptr_array_index (tp_journey_get_phases (journey), 0),
                       g_ptr_array_index (tp_journey_get_lanes (journey), 0),
                       -1, TP_CARD_KIND_ACTIVITY, title);
}

static GFile *
write_sample (const char *name,
              TpProject  *project)
{
  g_autofree char *path = g_build_filename (test_dir, name, NULL);
  g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GBytes *
read_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static char *
draft_path (TpDocument *document)
{
  g_autofree char *dir = tp_recovery_get_dir ();
  g_autofree char *name = g_strconcat (tp_document_get_draft_id (document), ".touchpoint", NULL);

  return g_build_filename (dir, name, NULL);
}

/* Writes @bytes over @file the way another program would, with a later mtime. */
static void
write_externally (GFile      *file,
                  GBytes     *bytes)
{
  g_autofree char *path = g_file_get_path (file);

  /* Etags of local files come from the mtime; make sure it moves. */
  g_usleep (20 * 1000);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

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
  g_autoptr(TpProject) project = big_project ("Big shop");
  g_autoptr(GFile) file = write_sample ("big.touchpoint", project);
  g_autoptr(TpDocument) document = tp_document_new_for_file (file);
  g_autoptr(GBytes) expected = tp_format_save_to_bytes (project);
  g_autoptr(GBytes) actual = NULL;
  g_autoptr(GError) error = NULL;
  ProgressLog log = { 0 };
  gint64 start;
  guint tick;

  g_assert_cmpuint (g_bytes_get_size (expected), >, 2 * 1024 * 1024);
  g_signal_connect (document, "notify::progress", G_CALLBACK (on_progress), &log);
  g_signal_connect (document, "notify::phase", G_CALLBACK (on_progress), &log);
  tick = g_timeout_add (5, on_tick, &log);

  g_assert_null (tp_document_get_project (document));
  start = g_get_monotonic_time ();
  g_assert_true (load_document (document, &error));
  g_assert_no_error (error);
  g_source_remove (tick);
  g_test_message ("load_bytes: %zu", g_bytes_get_size (expected));
  g_test_message ("load_ms: %.1f", (g_get_monotonic_time () - start) / 1000.0);
  g_test_message ("max_main_loop_gap_ms: %.1f", log.max_gap / 1000.0);

  g_assert_true (log.saw_reading);
  g_assert_true (log.saw_parsing);
  g_assert_cmpfloat (log.max_progress, ==, 1.0);
  /* The main loop ran while the file was parsed, never held up for long. */
  g_assert_cmpuint (log.ticks, >, 0);
  g_assert_cmpint (log.max_gap, <, G_USEC_PER_SEC / 4);
  g_assert_false (tp_document_get_loading (document));
  g_assert_cmpint (tp_document_get_phase (document), ==, TP_DOCUMENT_PHASE_NONE);
  g_assert_false (tp_document_get_modified (document));
  actual = tp_format_save_to_bytes (tp_document_get_project (document));
  g_assert_true (g_bytes_equal (expected, actual));
  g_assert_cmpstr (tp_document_dup_title (document), ==, "Big shop");
}

/* Closing while a file loads: the load ends at once and leaves nothing behind. */
static void
test_load_cancel (void)
{
  g_autoptr(TpProject) project = big_project ("Cancelled shop");
  g_autoptr(GFile) file = write_sample ("cancel.touchpoint", project);
  g_autoptr(TpDocument) document = tp_document_new_for_file (file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  tp_document_load_async (document, cancellable, on_async_done, &result);
  g_assert_true (tp_document_get_loading (document));
  start = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  g_assert_false (tp_document_load_finish (document, wait_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 10);
  g_assert_false (tp_document_get_loading (document));
  g_assert_null (tp_document_get_project (document));
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
      g_autoptr(GBytes) before = read_bytes (file);
      g_autoptr(GBytes) after = NULL;
      g_autoptr(GError) error = NULL;
      GStatBuf st_before, st_after;

      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      g_assert_cmpint (g_stat (path, &st_before), ==, 0);
      g_assert_false (load_document (document, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == TP_FORMAT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_null (tp_document_get_project (document));
      g_assert_false (tp_document_get_modified (document));

      after = read_bytes (file);
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
  g_autoptr(TpProject) project = sample_project ("Future shop", 3);
  g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *newer = NULL;
  g_autofree char *path = g_build_filename (test_dir, "newer.touchpoint", NULL);
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

  g_assert_true (load_document (document, &error));
  g_assert_no_error (error);
  g_assert_true (tp_document_get_newer_version (document));
  g_assert_false (tp_document_get_read_only (document));

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  again = tp_document_new_for_file (file);
  g_assert_true (load_document (again, &error));
  g_assert_true (tp_document_get_read_only (again));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
}

/* --- Autosave and recovery ------------------------------------------------ */

static void
test_autosave_draft (void)
{
  g_autoptr(TpProject) project = sample_project ("Drafted shop", 2);
  g_autoptr(TpDocument) document = tp_document_new (project, NULL);
  g_autofree char *draft = draft_path (document);
  g_autofree char *saved_path = g_build_filename (test_dir, "drafted.touchpoint", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) actual = NULL;
  g_autoptr(GFile) draft_file = g_file_new_for_path (draft);
  g_autoptr(GError) error = NULL;

  tp_document_set_autosave_interval (document, 100);
  g_assert_false (tp_document_get_modified (document));
  add_card (project, "Typed a moment ago");
  g_assert_true (tp_document_get_modified (document));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  sleep_loop (400);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  expected = tp_format_save_to_bytes (project);
  actual = read_bytes (draft_file);
  g_assert_true (g_bytes_equal (expected, actual));

  /* Undo back to the saved state: nothing to recover. */
  g_assert_true (tp_project_undo (project));
  g_assert_false (tp_document_get_modified (document));
  sleep_loop (200);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* Focus loss writes at once; saving removes the draft. */
  g_assert_true (tp_project_redo (project));
  tp_document_autosave_now (document);
  sleep_loop (100);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (save_document (document, saved, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_assert_false (tp_document_get_modified (document));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_equal (tp_document_get_file (document), saved));

  /* Closing without saving removes it too. */
  add_card (project, "Then discarded");
  tp_document_autosave_now (document);
  sleep_loop (100);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  tp_document_discard_draft (document);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

static char *
expected_path (const char *name)
{
  return g_build_filename (test_dir, name, NULL);
}

/* Child: edits a never-saved project and a saved one, then dies by SIGKILL. */
static void
kill_after_edits_child (void)
{
  g_autoptr(TpProject) fresh = sample_project ("Never saved", 1);
  g_autoptr(TpProject) opened = sample_project ("Saved before", 1);
  g_autoptr(GFile) file = write_sample ("recover-me.touchpoint", opened);
  g_autoptr(TpDocument) fresh_doc = tp_document_new (fresh, NULL);
  g_autoptr(TpDocument) opened_doc = tp_document_new_for_file (file);
  g_autoptr(GBytes) fresh_bytes = NULL;
  g_autoptr(GBytes) opened_bytes = NULL;
  g_autofree char *fresh_expected = expected_path ("expected-fresh.touchpoint");
  g_autofree char *opened_expected = expected_path ("expected-opened.touchpoint");
  TpProject *project;

  g_assert_true (load_document (opened_doc, NULL));
  project = tp_document_get_project (opened_doc);
  tp_document_set_autosave_interval (fresh_doc, 50);
  tp_document_set_autosave_interval (opened_doc, 50);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Edit %u", i);

      add_card (fresh, title);
      add_card (project, title);
      tp_project_set (project, project, "title", "Saved before, edited after", NULL);
      sleep_loop (10);
    }
  sleep_loop (300);

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
  g_autoptr(GBytes) expected = read_bytes (expected_file);
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
  g_assert_true (save_document (document, has_file ? NULL : target, TP_DOCUMENT_SAVE_NONE, &error));
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
  g_autoptr(TpProject) project = sample_project (title, 2);
  TpDocument *document;

  *file_out = write_sample (name, project);
  document = tp_document_new_for_file (*file_out);
  g_assert_true (load_document (document, NULL));
  g_signal_connect (document, "external-change", G_CALLBACK (on_flag_signal), &log->external);
  g_signal_connect (document, "reloaded", G_CALLBACK (on_flag_signal), &log->reloaded);
  g_signal_connect (document, "deleted", G_CALLBACK (on_flag_signal), &log->deleted);
  return document;
}

/* No local edits: the document follows the file. Our own saves are not changes. */
static void
test_disk_change_reloads (void)
{
  g_autoptr(GFile) file = NULL;
  DiskLog log = { 0 };
  g_autoptr(TpDocument) document = open_watched ("follow.touchpoint", "Before", &file, &log);
  g_autoptr(TpProject) other = sample_project ("Changed by a colleague", 5);
  g_autoptr(GBytes) other_bytes = tp_format_save_to_bytes (other);
  g_autoptr(GError) error = NULL;
  TpProject *project;

  /* Our own save, several times: no signal. */
  for (guint i = 0; i < 3; i++)
    {
      add_card (tp_document_get_project (document), "Mine");
      g_assert_true (save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
      g_assert_no_error (error);
    }
  sleep_loop (1200);
  g_assert_false (log.external);
  g_assert_false (log.reloaded);

  write_externally (file, other_bytes);
  wait_for (&log.reloaded, 5000);
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
  g_autoptr(TpProject) other = sample_project ("Theirs", 5);
  g_autoptr(GBytes) other_bytes = tp_format_save_to_bytes (other);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  TpProject *project = tp_document_get_project (document);

  add_card (project, "My unsaved card");
  write_externally (file, other_bytes);
  wait_for (&log.external, 5000);
  g_assert_false (log.reloaded);
  g_assert_true (tp_document_get_project (document) == project);
  g_assert_true (tp_document_get_modified (document));

  g_assert_false (save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_error (error, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  on_disk = read_bytes (file);
  g_assert_true (g_bytes_equal (on_disk, other_bytes));
  g_assert_true (tp_document_get_modified (document));

  /* "Keep mine": the next save overwrites. */
  tp_document_keep_mine (document);
  g_assert_true (save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&on_disk, g_bytes_unref);
  on_disk = read_bytes (file);
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
  g_autoptr(TpProject) other = sample_project ("Theirs", 5);
  g_autoptr(GBytes) other_bytes = tp_format_save_to_bytes (other);
  g_autoptr(GError) error = NULL;

  add_card (tp_document_get_project (document), "Mine");
  write_externally (file, other_bytes);
  wait_for (&log.external, 5000);
  g_assert_true (load_document (document, &error));
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
  wait_for (&log.deleted, 5000);
  g_assert_true (tp_document_get_deleted (document));
  g_assert_nonnull (tp_document_get_project (document));

  g_assert_true (save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_false (tp_document_get_deleted (document));
}

/* --- Save errors ------------------------------------------------------------ */

/* A full disk: the reason is given, the document stays modified, the file is intact. */
static void
test_save_disk_full (void)
{
  g_autoptr(TpProject) project = sample_project ("Full disk", 2);
  g_autoptr(GFile) file = write_sample ("full.touchpoint", project);
  g_autoptr(GBytes) before = read_bytes (file);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TpDocument) document = tp_document_new (project, file);
  g_autoptr(GError) error = NULL;

  add_card (project, "Does not fit");
  tp_atomic_save_inject_fault (TP_ATOMIC_SAVE_FAULT_WRITE);
  g_assert_false (save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_true (tp_document_get_modified (document));
  after = read_bytes (file);
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
  project = sample_project ("Locked folder", 2);
  document = tp_document_new (project, NULL);
  g_assert_true (save_document (document, file, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_no_error (error);
  before = read_bytes (file);

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  add_card (project, "Cannot be written");
  g_assert_false (save_document (document, NULL, TP_DOCUMENT_SAVE_NONE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "permission"));
  g_assert_true (tp_document_get_modified (document));
  after = read_bytes (file);
  g_assert_true (g_bytes_equal (before, after));

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 1);

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  const char *inherited = g_getenv ("TP_TEST_DOCUMENT_DIR");
  g_autofree char *data_home = NULL;
  gboolean owner = inherited == NULL;
  int status;

  /* Subprocesses (kill tests) share the parent's folders. */
  if (owner)
    {
      test_dir = g_dir_make_tmp ("tp-document-XXXXXX", NULL);
      g_assert_nonnull (test_dir);
      g_setenv ("TP_TEST_DOCUMENT_DIR", test_dir, TRUE);
    }
  else
    test_dir = g_strdup (inherited);
  data_home = g_build_filename (test_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/document/load-progress", test_load_progress);
  g_test_add_func ("/ui/document/load-cancel", test_load_cancel);
  g_test_add_func ("/ui/document/load-hostile", test_load_hostile);
  g_test_add_func ("/ui/document/load-newer-and-read-only", test_load_newer_and_read_only);
  g_test_add_func ("/ui/document/autosave-draft", test_autosave_draft);
  g_test_add_func ("/ui/document/recover-after-kill", test_recover_after_kill);
  g_test_add_func ("/ui/document/disk-change-reloads", test_disk_change_reloads);
  g_test_add_func ("/ui/document/disk-change-with-edits", test_disk_change_with_edits);
  g_test_add_func ("/ui/document/disk-change-reload-chosen", test_disk_change_reload_chosen);
  g_test_add_func ("/ui/document/disk-deleted", test_disk_deleted);
  g_test_add_func ("/ui/document/save-disk-full", test_save_disk_full);
  g_test_add_func ("/ui/document/save-read-only-folder", test_save_read_only_folder);

  status = g_test_run ();
  if (owner)
    remove_tree (test_dir);
  g_free (test_dir);
  return status;
}
