/* test-ui-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files through the app's own open path (GApplication::open, as the file
 * manager, the command line and drops use it): every hostile file gives an
 * error dialog that names it and offers nothing destructive, and is left
 * untouched; an open file is raised, not opened twice.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "io/tp-format.h"
#include "tp-ui-test.h"

/* The visible message dialog of the application, or NULL. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  AdwMessageDialog *dialog;

  while ((dialog = find_message_dialog ()) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
close_dialog (AdwMessageDialog *dialog,
              const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  tp_ui_test_spin ();
}

static guint
count_windows_with_file (GFile *file)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ()));
       l != NULL; l = l->next)
    {
      GFile *window_file = TP_IS_WINDOW (l->data) ? tp_window_get_file (l->data) : NULL;

      if (window_file != NULL && g_file_equal (window_file, file))
        n++;
    }
  return n;
}

static void
close_all_windows (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ())));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  tp_ui_test_spin ();
}

/* Each hostile file, opened as the file manager would: an error dialog naming the file and
 * what is wrong, with only "Close"; no crash; the file unchanged. */
static void
test_open_hostile (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GApplication *app = G_APPLICATION (tp_ui_test_get_app ());
  const char *name;
  guint count = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_len = 0, after_len = 0;
      GStatBuf st_before, st_after;
      AdwMessageDialog *dialog;

      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
      g_assert_cmpint (g_stat (path, &st_before), ==, 0);

      g_application_open (app, &file, 1, "");
      dialog = wait_for_message_dialog ();

      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
      /* The loader's message: the file, then what is wrong (and where). */
      g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), name));
      g_assert_true (adw_message_dialog_has_response (dialog, "close"));
      g_assert_false (adw_message_dialog_has_response (dialog, "discard"));
      g_assert_false (adw_message_dialog_has_response (dialog, "save"));
      g_assert_cmpuint (count_windows_with_file (file), ==, 0);
      close_dialog (dialog, "close");

      g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
      g_assert_cmpmem (before, before_len, after, after_len);
      g_assert_cmpint (g_stat (path, &st_after), ==, 0);
      g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
      count++;
    }
  g_assert_cmpuint (count, >=, 40);
  close_all_windows ();
}

static gboolean
window_is_loaded (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ()));
       l != NULL; l = l->next)
    {
      if (TP_IS_WINDOW (l->data) && tp_window_get_project (l->data) != NULL
          && tp_window_get_file (l->data) != NULL
          && g_file_equal (tp_window_get_file (l->data), file))
        return TRUE;
    }
  return FALSE;
}

static void
wait_loaded (GFile *file)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!window_is_loaded (file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (window_is_loaded (file));
}

/* Opening a file that is already open raises its window instead of opening it again. */
static void
test_open_twice_raises (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "twice.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(GError) error = NULL;
  GApplication *app = G_APPLICATION (tp_ui_test_get_app ());

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (tp_format_save_file (project, file, TP_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  g_application_open (app, &file, 1, "");
  wait_loaded (file);
  g_application_open (app, &file, 1, "");
  tp_ui_test_sleep (200);
  g_assert_cmpuint (count_windows_with_file (file), ==, 1);
  close_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/files/open-hostile", test_open_hostile);
  g_test_add_func ("/ui/files/open-twice-raises", test_open_twice_raises);

  return tp_ui_test_run ();
}
