/* tp-ui-test.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-ui-test.h"

static TpApplication *test_app;
static char *test_home;

void
tp_ui_test_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;

  /* Own data, config and cache folders (recent files), but the system's
   * data dirs, where the GSettings schemas libadwaita needs are. */
  test_home = g_dir_make_tmp ("tp-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  data = g_build_filename (test_home, "data", NULL);
  config = g_build_filename (test_home, "config", NULL);
  cache = g_build_filename (test_home, "cache", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_test_init (argc, argv, NULL);

  test_app = g_object_new (TP_TYPE_APPLICATION,
                           "application-id", APP_ID ".Test",
                           "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                           "resource-base-path", "/io/github/touchpoint/Touchpoint",
                           NULL);
  g_assert_true (g_application_register (G_APPLICATION (test_app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (test_app));
}

static void
delete_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
        break;
      delete_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

int
tp_ui_test_run (void)
{
  g_autoptr(GFile) home = g_file_new_for_path (test_home);
  int status = g_test_run ();

  delete_tree (home);
  g_clear_pointer (&test_home, g_free);

  return status;
}

TpApplication *
tp_ui_test_get_app (void)
{
  return test_app;
}

void
tp_ui_test_spin (void)
{
  for (guint i = 0; i < 10000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static gboolean
on_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
tp_ui_test_wait (gboolean *flag)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, on_timeout, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);
  tp_ui_test_spin ();
}

void
tp_ui_test_sleep (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

TpWindow *
tp_ui_test_new_window (TpLens lens)
{
  g_autoptr(TpProject) project = tp_template_new_project (lens);
  TpWindow *window = tp_window_new (GTK_APPLICATION (test_app));

  tp_project_set_id_seed (project, 42);
  tp_window_set_project (window, project, NULL);
  tp_ui_test_spin ();

  return window;
}

GtkWidget *
tp_ui_test_find_widget (GtkWidget *widget,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tp_ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
