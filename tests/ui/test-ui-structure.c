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

#include "io/tp-format.h"
#include "render/tp-export.h"
#include "ui/tp-inspector.h"
#include "ui/tp-outline.h"
#include "tp-ui-test.h"
#include "../model/tp-test-dump.h"

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

/* A window showing one of the examples (several journeys). */
static TpWindow *
open_example (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "examples",
                                            name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = tp_format_load_file (file, NULL, NULL, &error);
  TpWindow *window;

  g_assert_no_error (error);
  window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  tp_window_set_project (window, project, NULL);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_spin ();

  return window;
}

static char *
dump_journey (TpJourney *journey)
{
  GString *out = g_string_new (NULL);

  tp_test_dump_element (out, TP_ELEMENT (journey), 0);

  return g_string_free (out, FALSE);
}

static gboolean
selection_in_journey (TpSelection *selection,
                      TpJourney   *journey)
{
  GPtrArray *items = tp_selection_get_items (selection);

  for (guint i = 0; i < items->len; i++)
    for (TpElement *e = g_ptr_array_index (items, i); e != NULL; e = tp_element_get_parent (e))
      if (e == TP_ELEMENT (journey))
        return TRUE;

  return FALSE;
}

static void
test_journey_switch (void)
{
  TpWindow *window = open_example ("hotel-booking.touchpoint");
  TpProject *project = tp_window_get_project (window);
  TpSelection *selection = tp_window_get_selection (window);
  TpInspector *inspector = get_inspector (window);
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  GListModel *rows = tp_outline_get_model (TP_OUTLINE (find_widget (GTK_WIDGET (window),
                                                                    TP_TYPE_OUTLINE)));
  GPtrArray *journeys = tp_project_get_journeys (project);
  TpJourney *first = g_ptr_array_index (journeys, 0);
  TpJourney *second = g_ptr_array_index (journeys, 1);
  TpCard *hidden_card = g_ptr_array_index (tp_journey_get_cards (first), 0);
  guint n_second = tp_journey_get_cards (second)->len;
  g_autofree char *first_before = dump_journey (first);
  g_autofree char *first_after = NULL;
  GtkWidget *title;

  g_assert_cmpuint (journeys->len, >=, 2);
  g_assert_true (tp_window_get_journey (window) == first);

  /* A card of the first journey in the inspector. */
  tp_selection_set_one (selection, TP_ELEMENT (hidden_card));
  g_assert_true (tp_inspector_get_element (inspector) == TP_ELEMENT (hidden_card));

  /* The header's journey menu shows the second one: nothing of the first
   * stays selected, and the inspector lets go of the hidden card. */
  gtk_drop_down_set_selected (dropdown, 1);
  tp_ui_test_spin ();
  g_assert_true (tp_window_get_journey (window) == second);
  g_assert_false (selection_in_journey (selection, first));
  g_assert_true (tp_inspector_get_element (inspector) != TP_ELEMENT (hidden_card));

  /* Typing in the inspector's title edits nothing of the hidden journey. */
  title = tp_inspector_get_field (inspector, "title");
  g_assert_nonnull (title);
  gtk_editable_set_text (GTK_EDITABLE (title), "Typed after the switch");
  tp_ui_test_spin ();

  /* The actions work on the visible journey. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "delete"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "duplicate"));
  activate (window, "add-card");
  g_assert_cmpuint (tp_journey_get_cards (second)->len, ==, n_second + 1);
  g_assert_true (selection_in_journey (selection, second));
  activate (window, "add-phase");
  activate (window, "add-lane");
  activate (window, "select-all");
  g_assert_false (selection_in_journey (selection, first));
  activate (window, "duplicate");
  activate (window, "delete");

  first_after = dump_journey (first);
  g_assert_cmpstr (first_after, ==, first_before);
  g_assert_cmpstr (tp_card_get_title (hidden_card), !=, "Typed after the switch");

  /* Back to the first journey from the outline: the second's selection goes. */
  tp_selection_set_one (selection, g_ptr_array_index (tp_journey_get_cards (second), 0));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (item == (gpointer) first)
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), i);
    }
  tp_ui_test_spin ();
  g_assert_true (tp_window_get_journey (window) == first);
  g_assert_false (selection_in_journey (selection, second));
  g_assert_true (tp_inspector_get_element (inspector) == TP_ELEMENT (first));

  tp_project_mark_saved (project);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adding a phase opens its title for typing; closing the window then must not
 * crash (the rename box used to be freed inside its own focus-out). */
static void
test_close_while_naming (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  GtkWidget *focus;

  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (100);
  if (!gtk_window_is_active (GTK_WINDOW (window)))
    {
      g_test_skip ("the window does not become active here");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  activate (window, "add-phase");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL);

  tp_project_mark_saved (tp_window_get_project (window));
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/structure/project-title", test_project_title);
  g_test_add_func ("/ui/structure/journey-switch", test_journey_switch);
  g_test_add_func ("/ui/structure/close-while-naming", test_close_while_naming);

  return tp_ui_test_run ();
}
