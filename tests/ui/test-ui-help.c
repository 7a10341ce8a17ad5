/* test-ui-help.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What F1 opens: the installed help when Yelp can find it, else the pages in
 * the source tree, so that the help works when the app runs from the build
 * tree (tools/run). No display needed: the choice is a pure function.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ui/tp-application.h"

/* The help folder a "ghelp:" URI names, with its index.page checked. */
static void
assert_opens_pages (const char *uri)
{
  g_autofree char *index = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_str_has_prefix (uri, "ghelp:/"));
  index = g_build_filename (uri + strlen ("ghelp:"), "index.page", NULL);
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (index, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "id=\"index\""));
  g_assert_nonnull (strstr (contents, "http://projectmallard.org/1.0/"));
}

/* Nothing installed: F1 opens the source tree's pages. */
static void
test_uninstalled_opens_source_pages (void)
{
  g_autofree char *empty = g_dir_make_tmp ("tp-help-XXXXXX", NULL);
  const char *dirs[] = { empty, "/nonexistent", NULL };
  g_autofree char *uri = tp_application_help_uri_for (dirs, SOURCE_HELPDIR);

  assert_opens_pages (uri);
  g_rmdir (empty);
}

/* Installed where Yelp looks: F1 asks Yelp for help:touchpoint (translations, search). */
static void
test_installed_opens_help_uri (void)
{
  g_autofree char *data = g_dir_make_tmp ("tp-help-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (data, "help", "C", "touchpoint", NULL);
  g_autofree char *index = g_build_filename (folder, "index.page", NULL);
  const char *dirs[] = { "/nonexistent", data, NULL };
  g_autofree char *uri = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (index, "<page/>\n", -1, NULL));
  uri = tp_application_help_uri_for (dirs, SOURCE_HELPDIR);
  g_assert_cmpstr (uri, ==, "help:touchpoint");
  g_unlink (index);
  for (int i = 0; i < 3; i++)
    {
      char *slash = strrchr (folder, G_DIR_SEPARATOR);

      g_rmdir (folder);
      *slash = '\0';
    }
  g_rmdir (data);
}

/* As tools/run runs the build tree, with nothing installed: F1 opens existing pages. */
static void
test_build_tree_help_exists (void)
{
  g_autofree char *uri = tp_application_get_help_uri ();

  assert_opens_pages (uri);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *empty = NULL;

  /* No installed copy in the test's data folders, as on a fresh checkout. */
  empty = g_dir_make_tmp ("tp-help-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", empty, TRUE);
  g_setenv ("XDG_DATA_DIRS", empty, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/help/uninstalled-opens-source-pages", test_uninstalled_opens_source_pages);
  g_test_add_func ("/ui/help/installed-opens-help-uri", test_installed_opens_help_uri);
  g_test_add_func ("/ui/help/build-tree-help-exists", test_build_tree_help_exists);

  return g_test_run ();
}
