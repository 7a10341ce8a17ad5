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
#include <json-glib/json-glib.h>
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

static TpInspector *
get_inspector (TpWindow *window)
{
  return TP_INSPECTOR (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR));
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
  GtkDropDown *dropdown = GTK_DROP_DOWN (tp_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  GListModel *rows = tp_outline_get_model (TP_OUTLINE (tp_ui_test_find_widget (GTK_WIDGET (window),
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

/* The toggle button whose tooltip is @tooltip. */
static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_TOGGLE_BUTTON (widget)
      && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether the map drew @lane in its last frame, from the geometry it writes
 * for the end-to-end tests (TP_E2E_GEOMETRY). */
static gboolean
map_draws_lane (const char *geometry,
                TpLane     *lane)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *lanes;

  tp_ui_test_sleep (150);
  json_parser_load_from_file (parser, geometry, &error);
  g_assert_no_error (error);
  lanes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "lanes");
  for (guint i = 0; i < json_array_get_length (lanes); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (lanes, i), "id"),
                   tp_element_get_id (TP_ELEMENT (lane))) == 0)
      return TRUE;

  return FALSE;
}

static void
test_lanes_in_outline (void)
{
  const char *geometry = g_getenv ("TP_E2E_GEOMETRY");
  TpWindow *window;
  TpProject *project;
  TpSelection *selection;
  TpJourney *journey;
  GPtrArray *phases, *lanes;
  GListModel *rows;
  GtkWidget *outline, *eye;
  TpLane *feelings;
  guint pos;

  window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  gtk_window_present (GTK_WINDOW (window));
  project = tp_window_get_project (window);
  selection = tp_window_get_selection (window);
  journey = tp_window_get_journey (window);
  phases = tp_journey_get_phases (journey);
  lanes = tp_journey_get_lanes (journey);
  outline = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE);
  rows = tp_outline_get_model (TP_OUTLINE (outline));
  feelings = g_ptr_array_index (lanes, 1);
  g_assert_cmpint (tp_lane_get_kind (feelings), ==, TP_LANE_KIND_FEELINGS);

  /* The journey, its phases, then its lanes. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1 + phases->len + lanes->len);
  for (guint i = 0; i < lanes->len; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 1 + phases->len + i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      g_assert_true (item == g_ptr_array_index (lanes, i));
      g_assert_false (gtk_tree_list_row_is_expandable (row));
    }

  /* A lane row selects the lane everywhere, and the other way round. */
  pos = 1 + phases->len + 1;
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), pos);
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (feelings));
  tp_selection_set_one (selection, g_ptr_array_index (lanes, 3));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, pos + 2);

  /* The eye of the Feelings row hides the lane from the map, as one undo step. */
  g_assert_true (map_draws_lane (geometry, feelings));
  eye = find_toggle (outline, "Hide the lane “Feelings” in this view");
  g_assert_nonnull (eye);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (eye)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (eye), FALSE);
  tp_ui_test_spin ();
  g_assert_true (tp_lane_get_hidden_in_map (feelings));
  g_assert_false (tp_lane_get_hidden_in_blueprint (feelings));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Hide Lane");
  g_assert_false (map_draws_lane (geometry, feelings));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (eye), ==, "Show the lane “Feelings” in this view");

  /* Undo brings it back; the lane's menu hides and shows it too. */
  activate (window, "undo");
  g_assert_false (tp_lane_get_hidden_in_map (feelings));
  g_assert_true (map_draws_lane (geometry, feelings));
  tp_selection_set_one (selection, TP_ELEMENT (feelings));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-lane"));
  activate (window, "hide-lane");
  g_assert_true (tp_lane_get_hidden_in_map (feelings));
  g_assert_false (map_draws_lane (geometry, feelings));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "hide-lane"));
  activate (window, "show-lane");
  g_assert_false (tp_lane_get_hidden_in_map (feelings));
  g_assert_true (map_draws_lane (geometry, feelings));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (eye)));

  /* A phase or a card offers neither. */
  tp_selection_set_one (selection, g_ptr_array_index (phases, 0));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "hide-lane"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-lane"));

  tp_project_mark_saved (project);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The cards of @phase's row in the outline (expanding it), as a string of titles. */
static char *
phase_row_cards (GListModel *rows,
                 TpPhase    *phase)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      GListModel *children;

      if (item != (GObject *) phase)
        continue;
      gtk_tree_list_row_set_expanded (row, TRUE);
      children = gtk_tree_list_row_get_children (row);
      for (guint j = 0; children != NULL && j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(TpCard) card = g_list_model_get_item (children, j);

          g_string_append_printf (titles, "%s;", tp_card_get_title (card));
        }
      break;
    }
  return g_string_free (titles, FALSE);
}

/* A phase's row holds its cards lane by lane, each cell in order, and follows edits
 * (the outline finds them in one pass over the journey's cards: issue #12). */
static void
test_phase_cards_in_outline (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  TpPhase *first = g_ptr_array_index (phases, 0);
  TpPhase *second = g_ptr_array_index (phases, 1);
  GListModel *rows = tp_outline_get_model (TP_OUTLINE (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                                    TP_TYPE_OUTLINE)));
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *second_after = NULL;
  TpCard *moved;

  /* Cards added out of lane order: the row lists them lane by lane. */
  tp_project_begin (project, "Add Cards");
  tp_project_add_card (project, first, g_ptr_array_index (lanes, 2), -1, TP_CARD_KIND_NOTE, "c1");
  tp_project_add_card (project, first, g_ptr_array_index (lanes, 0), -1, TP_CARD_KIND_ACTIVITY, "a1");
  tp_project_add_card (project, first, g_ptr_array_index (lanes, 2), -1, TP_CARD_KIND_NOTE, "c2");
  tp_project_add_card (project, first, g_ptr_array_index (lanes, 0), 0, TP_CARD_KIND_ACTIVITY, "a0");
  moved = tp_project_add_card (project, first, g_ptr_array_index (lanes, 0), -1,
                               TP_CARD_KIND_ACTIVITY, "moves");
  tp_project_commit (project);
  tp_ui_test_spin ();
  for (guint l = 0; l < lanes->len; l++)
    {
      g_autoptr(GPtrArray) cell = tp_journey_get_cell_cards (journey, first, g_ptr_array_index (lanes, l));

      for (guint i = 0; i < cell->len; i++)
        g_string_append_printf (expected, "%s;", tp_card_get_title (g_ptr_array_index (cell, i)));
    }
  before = phase_row_cards (rows, first);
  g_assert_cmpstr (before, ==, expected->str);
  g_assert_true (strstr (before, "a0;") < strstr (before, "a1;"));
  g_assert_true (strstr (before, "a1;") < strstr (before, "moves;"));
  g_assert_true (strstr (before, "moves;") < strstr (before, "c1;"));
  g_assert_true (strstr (before, "c1;") < strstr (before, "c2;"));

  /* A card moved to the next phase leaves this row and joins that one. */
  tp_project_begin (project, "Move Card");
  tp_project_set (project, moved, "phase", tp_element_get_id (TP_ELEMENT (second)), NULL);
  tp_project_commit (project);
  tp_ui_test_spin ();
  after = phase_row_cards (rows, first);
  g_assert_null (strstr (after, "moves;"));
  g_assert_nonnull (strstr (after, "a0;"));
  second_after = phase_row_cards (rows, second);
  g_assert_nonnull (strstr (second_after, "moves;"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("tp-test-XXXXXX", NULL);
  g_autofree char *geometry = g_build_filename (dir, "geometry.json", NULL);
  int status;

  /* Where the map writes what it drew (read once, at its first frame). */
  g_setenv ("TP_E2E_GEOMETRY", geometry, TRUE);
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/structure/project-title", test_project_title);
  g_test_add_func ("/ui/structure/journey-switch", test_journey_switch);
  g_test_add_func ("/ui/structure/close-while-naming", test_close_while_naming);
  g_test_add_func ("/ui/structure/lanes-in-outline", test_lanes_in_outline);
  g_test_add_func ("/ui/structure/phase-cards-in-outline", test_phase_cards_in_outline);

  status = tp_ui_test_run ();
  g_unlink (geometry);
  g_rmdir (dir);

  return status;
}
