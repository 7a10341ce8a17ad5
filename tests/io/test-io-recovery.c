/* test-io-recovery.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/tp-recovery.h"

static char *
make_data_home (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tp-recovery-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static TpProject *
edited_project (void)
{
  TpProject *project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  tp_project_set (project, project, "title", "Recovered shop", NULL);
  tp_project_add_card (project, g_ptr_array_index (phases, 0), g_ptr_array_index (lanes, 0),
                       -1, TP_CARD_KIND_ACTIVITY, "Typed just before the crash");
  return project;
}

/* A draft written by a process that then dies is offered, and loads to the
 * same bytes the edited document had. */
static void
test_recovery_after_kill (void)
{
  g_autoptr(TpProject) project = edited_project ();
  g_autoptr(GBytes) expected = tp_format_save_to_bytes (project);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) recovered = NULL;
  g_autoptr(GBytes) actual = NULL;
  g_autofree char *draft_id = tp_recovery_new_draft_id ();
  TpRecoveryItem *item;
  int status = 0;
  pid_t pid;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *child_error = NULL;
      if (!tp_recovery_write (draft_id, project, NULL, &child_error))
        _exit (2);
      /* Die without cleaning up, as a crash would. */
      raise (SIGKILL);
      _exit (3);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));

  items = tp_recovery_list ();
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->draft_id, ==, draft_id);
  g_assert_cmpstr (item->title, ==, "Recovered shop");
  g_assert_null (item->uri);
  g_assert_cmpuint (item->n_cards, >, 0);

  recovered = tp_recovery_load (item, &error);
  g_assert_no_error (error);
  actual = tp_format_save_to_bytes (recovered);
  g_assert_true (g_bytes_equal (expected, actual));

  tp_recovery_discard (draft_id);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = tp_recovery_list ();
  g_assert_cmpuint (items->len, ==, 0);
}

/* Our own drafts, of a running process, are never offered to ourselves. */
static void
test_recovery_skips_running (void)
{
  g_autoptr(TpProject) project = edited_project ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/somewhere/shop.touchpoint");
  g_autofree char *draft_id = tp_recovery_new_draft_id ();

  g_assert_true (tp_recovery_write (draft_id, project, file, &error));
  g_assert_no_error (error);
  items = tp_recovery_list ();
  g_assert_cmpuint (items->len, ==, 0);
  tp_recovery_discard (draft_id);
}

/* Draft ids that could reach outside the folder are refused. */
static void
test_recovery_hostile_info (void)
{
  g_autofree char *dir = tp_recovery_get_dir ();
  g_autofree char *info = g_build_filename (dir, "..%2F..%2Fescape.info", NULL);
  g_autofree char *info2 = g_build_filename (dir, "draft-broken.info", NULL);
  g_autoptr(GPtrArray) items = NULL;

  g_assert_true (g_file_set_contents (info, "[Draft]\npid=1\n", -1, NULL));
  g_assert_true (g_file_set_contents (info2, "not a key file \x01\xff", -1, NULL));
  items = tp_recovery_list ();
  g_assert_cmpuint (items->len, ==, 0);
  g_unlink (info);
  g_unlink (info2);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = make_data_home ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/recovery/after-kill", test_recovery_after_kill);
  g_test_add_func ("/io/recovery/skips-running", test_recovery_skips_running);
  g_test_add_func ("/io/recovery/hostile-info", test_recovery_hostile_info);

  return g_test_run ();
}
