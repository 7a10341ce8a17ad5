/* test-ui-rename.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Naming in place works the same in every view on the canvas: F2 (view.rename)
 * or a double click opens the name of the selected card, lane or zone over it;
 * Enter keeps it as one undo step, Escape drops it; a lane added while the
 * blueprint is shown is named in the blueprint.
 */

#include "config.h"

#include "tp-ui-test.h"
#include "ui/tp-blueprint-view.h"
#include "ui/tp-journey-view.h"
#include "ui/tp-store-flow-view.h"

static void
show_view (TpWindow   *window,
           const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, name);
  tp_ui_test_spin ();
}

static TpWindow *
new_window (TpLens lens)
{
  TpWindow *window = tp_ui_test_new_window (lens);

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (200);
  return window;
}

/* The entry the canvas opened for naming, or NULL. */
static GtkEditable *
rename_entry (TpCanvas *canvas)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (canvas));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child))
      return GTK_EDITABLE (child);
  return NULL;
}

/* Selects @element, presses F2's action, types @text and Enter. */
static void
rename_with_keys (TpWindow   *window,
                  TpCanvas   *canvas,
                  TpElement  *element,
                  const char *text)
{
  GtkEditable *entry;

  tp_selection_set_one (tp_window_get_selection (window), element);
  tp_ui_test_spin ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "view.rename", NULL));
  tp_ui_test_sleep (50);
  entry = rename_entry (canvas);
  g_assert_nonnull (entry);
  g_assert_true (tp_canvas_get_renamed (canvas) == element);
  /* Over the element, in the view's own coordinates. */
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (entry)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (entry)), >, 0);
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  tp_ui_test_spin ();
  g_assert_null (rename_entry (canvas));
}

static void
test_blueprint_card_and_lane (void)
{
  TpWindow *window = new_window (TP_LENS_BLUEPRINT);
  TpProject *project = tp_window_get_project (window);
  TpCanvas *canvas = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_BLUEPRINT_VIEW));
  TpJourney *journey = tp_window_get_journey (window);
  TpCard *card = NULL;
  GPtrArray *cards;
  GtkEditable *entry;
  TpLane *lane;
  guint lanes;

  show_view (window, "blueprint");
  cards = tp_journey_get_cards (journey);
  g_assert_cmpuint (cards->len, >, 0);
  card = g_ptr_array_index (cards, 0);

  rename_with_keys (window, canvas, TP_ELEMENT (card), "Greets the guest by name");
  g_assert_cmpstr (tp_card_get_title (card), ==, "Greets the guest by name");
  /* One undo step. */
  g_assert_true (tp_project_undo (project));
  g_assert_cmpstr (tp_card_get_title (card), !=, "Greets the guest by name");

  /* Escape drops what was typed. */
  tp_selection_set_one (tp_window_get_selection (window), TP_ELEMENT (card));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "view.rename", NULL));
  entry = rename_entry (canvas);
  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, "Not this");
  tp_canvas_stop_rename (canvas, FALSE);
  g_assert_null (rename_entry (canvas));
  g_assert_cmpstr (tp_card_get_title (card), !=, "Not this");

  /* A lane added over the blueprint opens its title in the blueprint, not in the hidden map. */
  lanes = tp_journey_get_lanes (journey)->len;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-lane-of-kind", "s",
                                             "backstage"));
  tp_ui_test_sleep (50);
  g_assert_cmpuint (tp_journey_get_lanes (journey)->len, ==, lanes + 1);
  g_assert_null (tp_canvas_get_renamed (TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                                           TP_TYPE_JOURNEY_VIEW))));
  /* The new lane is selected; its title opens by itself when the window has the keys (test
   * windows share one display and may not), and with F2 anyway. */
  lane = TP_LANE (tp_selection_get_primary (tp_window_get_selection (window)));
  g_assert_cmpint (tp_lane_get_kind (lane), ==, TP_LANE_KIND_BACKSTAGE);
  if (gtk_window_is_active (GTK_WINDOW (window)))
    g_assert_true (tp_canvas_get_renamed (canvas) == TP_ELEMENT (lane));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "view.rename", NULL));
  g_assert_true (tp_canvas_get_renamed (canvas) == TP_ELEMENT (lane));
  gtk_editable_set_text (rename_entry (canvas), "Kitchen");
  g_signal_emit_by_name (rename_entry (canvas), "activate");
  g_assert_cmpstr (tp_lane_get_title (lane), ==, "Kitchen");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_store_flow_zone (void)
{
  TpWindow *window = new_window (TP_LENS_STORE_VISIT);
  TpProject *project = tp_window_get_project (window);
  TpCanvas *canvas = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_STORE_FLOW_VIEW));
  TpFloorPlan *plan = g_ptr_array_index (tp_project_get_floor_plans (project), 0);
  TpZone *zone = g_ptr_array_index (tp_floor_plan_get_zones (plan), 0);
  g_autofree char *name = NULL;

  show_view (window, "store-flow");
  rename_with_keys (window, canvas, TP_ELEMENT (zone), "Shoe wall");
  g_object_get (zone, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Shoe wall");
  g_assert_true (tp_project_undo (project));
  g_clear_pointer (&name, g_free);
  g_object_get (zone, "name", &name, NULL);
  g_assert_cmpstr (name, !=, "Shoe wall");

  /* The zone the name was typed for goes away (undo of its creation, another window): the
   * entry goes too, writing nothing. */
  tp_selection_set_one (tp_window_get_selection (window), TP_ELEMENT (zone));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "view.rename", NULL));
  g_assert_nonnull (rename_entry (canvas));
  tp_project_remove (project, TP_ELEMENT (zone));
  tp_ui_test_spin ();
  g_assert_null (rename_entry (canvas));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/rename/blueprint", test_blueprint_card_and_lane);
  g_test_add_func ("/ui/rename/store-flow-zone", test_store_flow_zone);

  return tp_ui_test_run ();
}
