/* test-io-kill-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kill -9 at random moments while a process saves over the same file again
 * and again (tp-io-save-loop, the app's save path): afterwards the file is
 * always a valid project, byte for byte the old or the new one; so is its
 * backup; and the temporary files of interrupted saves are cleaned up by
 * the next save.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/tp-format.h"

#define DEFAULT_RUNS 200

static char *dir;
static char *helper;

static TpProject *
make_project (const char *title,
              guint       n_cards)
{
  TpProject *project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  tp_project_set_id_seed (project, 11);
  tp_project_set (project, project, "title", title, NULL);
  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *card = g_strdup_printf ("%s: step %u, the customer reads the label", title, i);
      TpCard *added = tp_project_add_card (project, g_ptr_array_index (phases, i % phases->len),
                                           g_ptr_array_index (lanes, i % lanes->len), -1,
                                           TP_CARD_KIND_ACTIVITY, card);

      tp_project_set (project, added, "description",
                      "A long description so that each save takes a moment to write, "
                      "which leaves room for a kill in the middle of it.", NULL);
    }
  return project;
}

static GBytes *
write_input (const char *name,
             TpProject  *project)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GBytes *bytes = tp_format_save_to_bytes (project);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  return bytes;
}

static GBytes *
read_file (const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&data), len);
}

/* Names in the folder that are neither inputs nor the file and its backup. */
static guint
count_strays (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (strcmp (name, "a.touchpoint") != 0 && strcmp (name, "b.touchpoint") != 0
        && strcmp (name, "out.touchpoint") != 0 && strcmp (name, "out.touchpoint~") != 0)
      n++;
  return n;
}

/* Starts the helper; returns once it has loaded its projects and starts saving. */
static GPid
start_helper (const char *count)
{
  g_autofree char *out = g_build_filename (dir, "out.touchpoint", NULL);
  g_autofree char *a = g_build_filename (dir, "a.touchpoint", NULL);
  g_autofree char *b = g_build_filename (dir, "b.touchpoint", NULL);
  const char *argv[] = { helper, out, a, b, count, NULL };
  g_autoptr(GError) error = NULL;
  char ready[7] = { 0 };
  GPid pid;
  int out_fd;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read (out_fd, ready, 6), ==, 6);
  g_assert_cmpstr (ready, ==, "ready\n");
  close (out_fd);
  return pid;
}

static void
test_kill_during_saves (void)
{
  g_autoptr(TpProject) old_project = make_project ("Old shop", 600);
  g_autoptr(TpProject) new_project = make_project ("New shop", 700);
  g_autoptr(GBytes) old_bytes = write_input ("a.touchpoint", old_project);
  g_autoptr(GBytes) new_bytes = write_input ("b.touchpoint", new_project);
  g_autofree char *out = g_build_filename (dir, "out.touchpoint", NULL);
  const char *env_runs = g_getenv ("TP_KILL_SAVE_RUNS");
  guint runs = env_runs ? (guint) g_ascii_strtoull (env_runs, NULL, 10) : DEFAULT_RUNS;
  guint seen_old = 0, seen_new = 0, max_strays = 0;
  gint64 start, per_save;
  int status = 0;
  GPid pid;

  g_assert_true (g_file_set_contents (out, g_bytes_get_data (old_bytes, NULL),
                                      g_bytes_get_size (old_bytes), NULL));

  /* How long one save takes here, so kills land before, during and after saves. */
  start = g_get_monotonic_time ();
  pid = start_helper ("20");
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  per_save = MAX ((g_get_monotonic_time () - start) / 20, 200);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(GBytes) now = NULL;
      g_autoptr(GBytes) backup = NULL;

      pid = start_helper ("0");
      g_usleep (g_random_int_range (0, (gint32) MIN (per_save * 4, 200000)));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* Killed while saving, never stopped by an error of its own. */
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      now = read_file ("out.touchpoint");
      g_assert_nonnull (now);
      if (g_bytes_equal (now, old_bytes))
        seen_old++;
      else if (g_bytes_equal (now, new_bytes))
        seen_new++;
      else
        g_error ("run %u: out.touchpoint is neither the old nor the new file (%zu bytes)",
                 run, g_bytes_get_size (now));

      backup = read_file ("out.touchpoint~");
      if (backup != NULL)
        g_assert_true (g_bytes_equal (backup, old_bytes) || g_bytes_equal (backup, new_bytes));
      /* Each save removes what the saves killed before it left: nothing piles up. */
      max_strays = MAX (max_strays, count_strays ());
      g_assert_cmpuint (count_strays (), <=, 2);
    }

  g_print ("kill_runs: %u\nsave_us: %" G_GINT64_FORMAT "\nseen_old: %u\nseen_new: %u\n"
           "max_stray_files: %u\n", runs, per_save, seen_old, seen_new, max_strays);
  /* The kills landed at different moments: both versions were left behind. */
  g_assert_cmpuint (seen_old, >, 0);
  g_assert_cmpuint (seen_new, >, 0);

  /* A save that runs to the end leaves only the file and its backup. */
  pid = start_helper ("1");
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_cmpuint (count_strays (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  int status;

  g_test_init (&argc, &argv, NULL);
  helper = g_test_build_filename (G_TEST_BUILT, "io", "tp-io-save-loop", NULL);
  dir = g_dir_make_tmp ("tp-kill-save-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/io/kill-save/random-kills", test_kill_during_saves);
  status = g_test_run ();

  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
  g_free (helper);
  return status;
}
