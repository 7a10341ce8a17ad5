/* test-ui-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint in the window: the view switcher, the view chosen
 * per journey, a blueprint-lens journey opening as a blueprint, zoom
 * forwarded to the view shown, and the selection shared with the rest.
 */

#include "config.h"

#include "tp-ui-test.h"
#include "ui/tp-blueprint-view.h"
#include "ui/tp-journey-view.h"

static const char *
visible_view (TpWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  return adw_view_stack_get_visible_child_name (stack);
}

static void
show_view (TpWindow   *window,
           const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, name);
  tp_ui_test_spin ();
}

static void
test_switcher_pages (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkSelectionModel *pages = adw_view_stack_get_pages (stack);
  g_autoptr(AdwViewStackPage) first = g_list_model_get_item (G_LIST_MODEL (pages), 0);
  g_autoptr(AdwViewStackPage) second = g_list_model_get_item (G_LIST_MODEL (pages), 1);
  g_autoptr(AdwViewStackPage) third = g_list_model_get_item (G_LIST_MODEL (pages), 2);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 4);
  g_assert_cmpstr (adw_view_stack_page_get_title (first), ==, "Journey Map");
  g_assert_cmpstr (adw_view_stack_page_get_title (second), ==, "Service Blueprint");
  g_assert_cmpstr (adw_view_stack_page_get_title (third), ==, "Analysis");
  g_assert_cmpstr (visible_view (window), ==, "journey");
  g_object_unref (pages);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_blueprint_lens_opens_as_blueprint (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_BLUEPRINT);
  TpCanvas *canvas = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_BLUEPRINT_VIEW));
  TpSelection *selection = tp_window_get_selection (window);
  double before;

  g_assert_cmpstr (visible_view (window), ==, "blueprint");
  g_assert_true (tp_canvas_get_journey (canvas) == tp_window_get_journey (window));

  /* Zoom acts on the view shown. */
  tp_ui_test_sleep (100);
  before = tp_canvas_get_zoom (canvas);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  g_assert_cmpfloat (tp_canvas_get_zoom (canvas), >, before);

  /* Selecting in the blueprint selects for the window (inspector, outline, journey map). */
  g_assert_true (tp_canvas_move_selection (canvas, TP_CANVAS_RIGHT));
  g_assert_true (TP_IS_CARD (tp_selection_get_primary (selection)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_remembered_per_journey (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpJourney *first = tp_window_get_journey (window);
  g_autoptr(TpJourney) second = tp_journey_new (NULL);

  tp_project_begin (project, "Add Journey");
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, second);
  tp_project_commit (project);

  show_view (window, "blueprint");
  tp_window_set_journey (window, second);
  tp_ui_test_spin ();
  g_assert_cmpstr (visible_view (window), ==, "journey");
  tp_window_set_journey (window, first);
  tp_ui_test_spin ();
  g_assert_cmpstr (visible_view (window), ==, "blueprint");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A journey without frontstage, backstage or support lanes shows a one-row blueprint; a hint
 * over it offers to add the three lanes, in one undo step, and goes once they are there. */
static void
test_empty_blueprint_hint (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  GtkWidget *button = NULL, *hint;
  guint lanes = tp_journey_get_lanes (journey)->len;
  TpLaneKind kinds[3];
  guint found = 0;

  gtk_window_present (GTK_WINDOW (window));
  show_view (window, "blueprint");
  tp_ui_test_sleep (100);
  button = tp_ui_test_find_action_button (GTK_WIDGET (window), "win.add-blueprint-lanes");
  g_assert_nonnull (button);
  hint = gtk_widget_get_parent (button);
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "add-blueprint-lanes"));
  g_signal_emit_by_name (button, "clicked");
  tp_ui_test_spin ();
  g_assert_cmpuint (tp_journey_get_lanes (journey)->len, ==, lanes + 3);
  for (guint i = 0; i < tp_journey_get_lanes (journey)->len; i++)
    {
      TpLaneKind kind = tp_lane_get_kind (g_ptr_array_index (tp_journey_get_lanes (journey), i));

      if (kind == TP_LANE_KIND_FRONTSTAGE || kind == TP_LANE_KIND_BACKSTAGE || kind == TP_LANE_KIND_SUPPORT)
        kinds[found++] = kind;
    }
  g_assert_cmpuint (found, ==, 3);
  g_assert_cmpint (kinds[0], ==, TP_LANE_KIND_FRONTSTAGE);
  g_assert_cmpint (kinds[1], ==, TP_LANE_KIND_BACKSTAGE);
  g_assert_cmpint (kinds[2], ==, TP_LANE_KIND_SUPPORT);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Blueprint Lanes");
  g_assert_false (gtk_widget_get_visible (hint));

  /* One undo takes all three away, and the hint is back. */
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();
  g_assert_cmpuint (tp_journey_get_lanes (journey)->len, ==, lanes);
  g_assert_true (gtk_widget_get_visible (hint));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/blueprint/switcher", test_switcher_pages);
  g_test_add_func ("/ui/blueprint/lens-opens-blueprint", test_blueprint_lens_opens_as_blueprint);
  g_test_add_func ("/ui/blueprint/view-per-journey", test_view_remembered_per_journey);
  g_test_add_func ("/ui/blueprint/empty-hint", test_empty_blueprint_hint);

  return tp_ui_test_run ();
}
