/* test-ui-structure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The structure of a project through the editor window: the project's own
 * title and description, lanes in the outline and hidden per view, and the
 * visible journey that the inspector, the actions and the selection follow.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "render/tp-export.h"
#include "ui/tp-inspector.h"
#include "ui/tp-outline.h"
#include "tp-ui-test.h"

static void
activate (TpWindow   *window,
          const char *action)
{
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), action));
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
  tp_ui_test_spin ();
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static TpInspector *
get_inspector (TpWindow *window)
{
  return TP_INSPECTOR (find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR));
}

/* The text of a PDF, as pdftotext reads it; NULL when pdftotext is missing. */
static char *
pdf_text (GBytes *pdf)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, NULL, "-", NULL };
  int status, fd;

  if (pdftotext == NULL)
    return NULL;

  fd = g_file_open_tmp ("tp-test-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  argv[0] = pdftotext;
  argv[1] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);

  return g_steal_pointer (&out);
}

static void
test_project_title (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpSelection *selection = tp_window_get_selection (window);
  TpInspector *inspector = get_inspector (window);
  TpExportOptions options;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *title, *description;
  GtkTextBuffer *buffer;

  /* A new project asks for nothing and is called "Untitled Project". */
  g_assert_cmpstr (tp_project_get_title (project), ==, "");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Project");

  /* Project Properties shows the project in the inspector. */
  tp_selection_set_one (selection, g_ptr_array_index (tp_journey_get_cards (tp_window_get_journey (window)), 0));
  activate (window, "project-properties");
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (project));
  g_assert_true (tp_inspector_get_element (inspector) == TP_ELEMENT (project));
  title = tp_inspector_get_field (inspector, "title");
  description = tp_inspector_get_field (inspector, "description");
  g_assert_true (GTK_IS_EDITABLE (title));
  g_assert_true (GTK_IS_TEXT_VIEW (description));

  /* Typing the title, key by key, is one undo step; the window title follows. */
  gtk_editable_set_text (GTK_EDITABLE (title), "S");
  gtk_editable_set_text (GTK_EDITABLE (title), "Spr");
  gtk_editable_set_text (GTK_EDITABLE (title), "Spring campaign");
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_project_get_title (project), ==, "Spring campaign");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Spring campaign");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Rename Project");

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (description));
  gtk_text_buffer_set_text (buffer, "How shoppers find us in spring", -1);
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_project_get_description (project), ==, "How shoppers find us in spring");

  activate (window, "undo");
  g_assert_cmpstr (tp_project_get_description (project), ==, "");
  g_assert_cmpstr (tp_project_get_title (project), ==, "Spring campaign");
  activate (window, "undo");
  g_assert_cmpstr (tp_project_get_title (project), ==, "");
  g_assert_false (tp_project_can_undo (project));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Project");
  activate (window, "redo");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tp_inspector_get_field (inspector, "title"))),
                   ==, "Spring campaign");

  /* With nothing selected, the inspector edits the project too. */
  tp_selection_clear (selection);
  g_assert_true (tp_inspector_get_element (inspector) == TP_ELEMENT (project));

  /* The title block of the PDF names it. */
  tp_export_options_init (&options);
  options.format = TP_EXPORT_PDF;
  pdf = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  text = pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Spring campaign"));
      g_assert_null (strstr (text, "Untitled Project"));
    }
  else
    g_test_message ("pdftotext is missing: the PDF text is not checked");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/structure/project-title", test_project_title);

  return tp_ui_test_run ();
}
