/* test-ui-store-flow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow in the window: a page of the view switcher, a
 * store visit opening in it, zoom forwarded to it, a stop selected here
 * being its card for the whole window, and the edits a person makes on the
 * plan — dragging stops and zones (snapped), nudging, moving a stop along
 * the walk, taking it off the plan — each one undo step; the current and
 * future state side by side, chosen in the options menu beside the overlay
 * and kept by the window.
 */

#include "config.h"

#include <math.h>

#include "tp-ui-store-test.h"
#include "ui/tp-store-flow-view.h"

static const char *
visible_view (TpWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  return adw_view_stack_get_visible_child_name (stack);
}

/* Where map point (@mx, @my) is in the canvas's own pixels. */
static void
map_to_widget (TpCanvas *canvas,
               double    mx,
               double    my,
               double   *wx,
               double   *wy)
{
  double sx, sy, zoom = tp_canvas_get_zoom (canvas);

  tp_canvas_get_scroll (canvas, &sx, &sy);
  *wx = (mx - sx) * zoom;
  *wy = (my - sy) * zoom;
}

static void
stop_point (TpStoreFlowView *view,
            guint            i,
            double          *wx,
            double          *wy)
{
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  const TpStoreStop *stop = &g_array_index (layout->walk->stops, TpStoreStop, i);
  double mx, my;

  tp_store_layout_to_units (layout, stop->at, &mx, &my);
  map_to_widget (TP_CANVAS (view), mx, my, wx, wy);
}

static void
test_switcher_and_lens (void)
{
  TpWindow *window = tp_store_test_new_window ();
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkSelectionModel *pages = adw_view_stack_get_pages (stack);
  g_autoptr(AdwViewStackPage) fourth = g_list_model_get_item (G_LIST_MODEL (pages), 3);
  TpStoreFlowView *view = tp_store_test_view (window);
  TpStoreLayout *layout;
  double before;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 4);
  g_assert_cmpstr (adw_view_stack_page_get_title (fourth), ==, "Store Flow");
  g_object_unref (pages);

  /* A store visit opens on its plan, with its zones and its walk. */
  g_assert_cmpstr (visible_view (window), ==, "store-flow");
  g_assert_true (tp_canvas_get_journey (TP_CANVAS (view)) == tp_window_get_journey (window));
  layout = tp_store_flow_view_get_layout (view);
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->shapes->len, ==, 9);
  g_assert_cmpuint (layout->walk->stops->len, ==, 5);
  g_assert_cmpfloat (layout->walk->length, >, 10.0);

  /* Zoom acts on the view shown. */
  before = tp_canvas_get_zoom (TP_CANVAS (view));
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (view)), >, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_stop_selects_card (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpCanvas *canvas = TP_CANVAS (view);
  TpSelection *selection = tp_window_get_selection (window);
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  TpCard *card = g_array_index (layout->walk->stops, TpStoreStop, 2).card;
  double x, y;

  /* A click on the third stop selects its touchpoint card, for every view. */
  stop_point (view, 2, &x, &y);
  tp_canvas_press (canvas, x, y, 0);
  tp_canvas_release (canvas, x, y);
  g_assert_nonnull (card);
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (card));

  /* And a card selected elsewhere is the stop selected here: arrows go on from it. */
  tp_selection_clear (selection);
  g_assert_true (tp_canvas_move_selection (canvas, TP_CANVAS_RIGHT));
  g_assert_nonnull (tp_selection_get_primary (selection));
  tp_selection_set_one (selection, TP_ELEMENT (card));
  g_assert_true (tp_canvas_move_selection (canvas, TP_CANVAS_DOWN));
  g_assert_true (tp_selection_get_primary (selection) != TP_ELEMENT (card));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drag_stop_one_undo_step (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpCanvas *canvas = TP_CANVAS (view);
  TpProject *project = tp_window_get_project (window);
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  TpPlacement *placement = g_array_index (layout->walk->stops, TpStoreStop, 1).placement;
  double ppm = layout->ppm;
  double x0 = tp_placement_get_x (placement), y0 = tp_placement_get_y (placement);
  double x, y;

  stop_point (view, 1, &x, &y);
  tp_canvas_press (canvas, x, y, 0);
  tp_canvas_motion (canvas, x + ppm, y);
  tp_canvas_motion (canvas, x + 2 * ppm, y - ppm);
  tp_canvas_release (canvas, x + 2 * ppm, y - ppm);

  g_assert_cmpfloat_with_epsilon (tp_placement_get_x (placement), x0 + 2, 1e-6);
  g_assert_cmpfloat_with_epsilon (tp_placement_get_y (placement), y0 - 1, 1e-6);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Stop");

  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_placement_get_x (placement), ==, x0);
  g_assert_cmpfloat (tp_placement_get_y (placement), ==, y0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drag_zone_snaps (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpCanvas *canvas = TP_CANVAS (view);
  TpProject *project = tp_window_get_project (window);
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  /* The checkout (14, 6, 5 × 4): pressed in its middle, away from the stop in it. */
  const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, 7);
  TpZone *zone = shape->zone;
  double zx, zy, zw, zh, mx, my, x, y;

  g_assert_cmpint (tp_zone_get_kind (zone), ==, TP_ZONE_KIND_CHECKOUT);
  tp_store_layout_to_units (layout, (TpPoint) { 15.0, 9.0 }, &mx, &my);
  map_to_widget (canvas, mx, my, &x, &y);

  /* Dragged 1.03 m left and 0.46 m up: it lands on the grid (0.5 m at 40 px/m). */
  tp_canvas_press (canvas, x, y, 0);
  g_assert_true (tp_selection_get_primary (tp_window_get_selection (window)) == TP_ELEMENT (zone));
  tp_canvas_motion (canvas, x - 20, y - 10);
  tp_canvas_release (canvas, x - 1.03 * layout->ppm, y - 0.46 * layout->ppm);

  tp_zone_get_bounds (zone, &zx, &zy, &zw, &zh);
  g_assert_cmpfloat_with_epsilon (zx, 13.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (zy, 5.5, 1e-6);
  g_assert_cmpfloat (zw, ==, 5);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Zone");
  g_assert_true (tp_project_undo (project));
  tp_zone_get_bounds (zone, &zx, &zy, &zw, &zh);
  g_assert_cmpfloat (zx, ==, 14);
  g_assert_cmpfloat (zy, ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_edits (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpSelection *selection = tp_window_get_selection (window);
  TpJourney *journey = tp_window_get_journey (window);
  GPtrArray *placements = tp_journey_get_placements (journey);
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  TpPlacement *second = g_object_ref (g_ptr_array_index (placements, 1));
  TpCard *card = g_array_index (layout->walk->stops, TpStoreStop, 1).card;
  guint n_cards = tp_journey_get_cards (journey)->len;
  double x0 = tp_placement_get_x (second);

  tp_selection_set_one (selection, TP_ELEMENT (card));

  /* Nudged right by a grid step: one undo step. */
  g_assert_true (tp_store_flow_view_nudge (view, 0.5, 0));
  g_assert_cmpfloat_with_epsilon (tp_placement_get_x (second), x0 + 0.5, 1e-9);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_placement_get_x (second), ==, x0);

  /* Moved one stop later along the walk, then back by undo. */
  g_assert_true (tp_store_flow_view_move_stop (view, 1));
  g_assert_true (g_ptr_array_index (placements, 2) == second);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Stop Later");
  g_assert_true (tp_project_undo (project));
  g_assert_true (g_ptr_array_index (placements, 1) == second);

  /* Delete takes the stop off the plan; the card stays in the journey. */
  g_assert_true (tp_store_flow_view_delete_selected (view));
  g_assert_cmpuint (placements->len, ==, 4);
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, n_cards);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (placements->len, ==, 5);

  g_object_unref (second);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_heat_and_overlay (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  g_autoptr(TpJourney) second = NULL;
  TpStoreLayout *layout = tp_store_flow_view_get_layout (view);
  GPtrArray *placements = tp_journey_get_placements (journey);
  double top;

  g_assert_null (layout->heat);

  /* Heat of time spent, scaled to the largest zone, then on the fixed scale. */
  gtk_widget_activate_action (GTK_WIDGET (view), "store.heat", NULL);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_nonnull (layout->heat);
  g_assert_cmpint (layout->options.heat_kind, ==, TP_STORE_HEAT_DWELL);
  top = layout->heat_max;
  g_assert_cmpfloat (top, >, 0);
  gtk_widget_activate_action (GTK_WIDGET (view), "store.heat-fixed", NULL);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_cmpfloat (layout->heat_max, ==, 600);
  gtk_widget_activate_action (GTK_WIDGET (view), "store.heat-kind", "s", "visits");
  layout = tp_store_flow_view_get_layout (view);
  g_assert_cmpint (layout->options.heat_kind, ==, TP_STORE_HEAT_VISITS);
  g_assert_cmpfloat (layout->heat_max, ==, 10);

  /* A second journey through the same plan, overlaid. */
  second = tp_journey_new (NULL);
  g_object_set (second, "floor-plan", tp_journey_get_floor_plan (journey), NULL);
  tp_project_begin (project, "Add Journey");
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, second);
  for (guint i = 0; i < placements->len; i++)
    {
      g_autoptr(TpPlacement) copy = tp_placement_new (NULL, NULL);

      g_object_set (copy, "x", tp_placement_get_x (g_ptr_array_index (placements, i)),
                    "y", tp_placement_get_y (g_ptr_array_index (placements, i)), NULL);
      tp_project_insert (project, second, TP_LIST_PLACEMENTS, 0, copy);
    }
  tp_project_commit (project);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_cmpuint (layout->others->len, ==, 1);   /* heat counts every journey on the plan */
  gtk_widget_activate_action (GTK_WIDGET (view), "store.heat", NULL);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_null (layout->heat);
  g_assert_cmpuint (layout->others->len, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (view), "store.overlay", NULL);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_true (layout->options.overlay);
  g_assert_cmpuint (layout->others->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether @model (or a section of it) has an item for @action. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static void
test_side_by_side (void)
{
  TpWindow *window = tp_store_test_new_window ();
  TpStoreFlowView *view = tp_store_test_view (window);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK));
  GtkMenuButton *options = GTK_MENU_BUTTON (tp_ui_test_find_widget (GTK_WIDGET (view),
                                                                    GTK_TYPE_MENU_BUTTON));
  TpStoreLayout *layout;
  TpJourney *future;
  gboolean compare, side_by_side;
  double single_width, wx, wy;

  /* In the options menu, next to the overlay (its items are made when it first opens). */
  gtk_menu_button_popup (options);
  tp_ui_test_spin ();
  gtk_menu_button_popdown (options);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (options), "store.compare"));
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (options),
                                  "store.side-by-side"));

  /* Side by side asks for the comparison; without a future state there is one plan still. */
  single_width = tp_store_flow_view_get_layout (view)->width;
  gtk_widget_activate_action (GTK_WIDGET (view), "store.side-by-side", NULL);
  g_object_get (view, "compare", &compare, "side-by-side", &side_by_side, NULL);
  g_assert_true (compare);
  g_assert_true (side_by_side);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_false (layout->side_by_side);
  g_assert_cmpfloat (layout->width, ==, single_width);

  /* A future state made: the two plans, the current one (shown) on the left. */
  future = tp_project_make_future_state (project, journey);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_true (layout->side_by_side);
  g_assert_true (layout->compare->journey == future);
  g_assert_cmpfloat (layout->plan_area.x, <, layout->compare_area.x);
  g_assert_cmpfloat (layout->width, >, single_width);

  /* A stop of the journey shown is still picked on its plan. */
  stop_point (view, 2, &wx, &wy);
  tp_canvas_press (TP_CANVAS (view), wx, wy, 0);
  tp_canvas_release (TP_CANVAS (view), wx, wy);
  g_assert_true (tp_selection_get_primary (tp_window_get_selection (window))
                 == TP_ELEMENT (g_array_index (layout->walk->stops, TpStoreStop, 2).card));

  /* The window keeps the choice across the other views. */
  adw_view_stack_set_visible_child_name (stack, "journey");
  tp_ui_test_spin ();
  adw_view_stack_set_visible_child_name (stack, "store-flow");
  tp_ui_test_spin ();
  g_object_get (view, "side-by-side", &side_by_side, NULL);
  g_assert_true (side_by_side);
  g_assert_true (tp_store_flow_view_get_layout (view)->side_by_side);

  /* Back to overlaid, then no comparison at all. */
  gtk_widget_activate_action (GTK_WIDGET (view), "store.side-by-side", NULL);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_false (layout->side_by_side);
  g_assert_nonnull (layout->compare);
  gtk_widget_activate_action (GTK_WIDGET (view), "store.side-by-side", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "store.compare", NULL);
  g_object_get (view, "compare", &compare, "side-by-side", &side_by_side, NULL);
  g_assert_false (compare);
  g_assert_false (side_by_side);
  layout = tp_store_flow_view_get_layout (view);
  g_assert_false (layout->side_by_side);
  g_assert_null (layout->compare);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Counts the frames painted after the view was shown. */
static void
on_after_paint (GdkFrameClock *clock,
                guint         *painted)
{
  (*painted)++;
}

/* Runs the main loop until the view is shown and two frames were painted with it (the first
 * lays it out). */
static void
wait_shown_and_painted (GtkWidget *view)
{
  GdkFrameClock *clock;
  guint painted = 0;
  gulong id;
  gboolean done = FALSE;

  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (view);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (view);
  while (!done)
    {
      g_main_context_iteration (NULL, TRUE);
      done = painted >= 2;
      if (!done)
        gtk_widget_queue_draw (view);
    }
  g_signal_handler_disconnect (clock, id);
}

/* The whole map (plan, legend and figures) is in view. */
static void
assert_plan_whole (TpCanvas *canvas)
{
  TpStoreLayout *layout = tp_store_flow_view_get_layout (TP_STORE_FLOW_VIEW (canvas));
  TpRect visible;

  tp_canvas_get_visible_rect (canvas, &visible);
  g_assert_cmpfloat (visible.x, <=, 0.5);
  g_assert_cmpfloat (visible.y, <=, 0.5);
  g_assert_cmpfloat (visible.x + visible.width, >=, layout->width - 0.5);
  g_assert_cmpfloat (visible.y + visible.height, >=, layout->height - 0.5);
}

/* The clothing store opened in a window too small for its plan at 100 %: the plan is seen
 * whole, as a floor-plan tool shows one, where it used to be cut off at the right and the
 * bottom, and again whole and larger in a larger window. A zoom chosen then stays when the view
 * is resized or shown again; another journey on the plan is fitted in its turn. */
static void
test_opens_fitted (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "examples",
                                            "clothing-store-visit.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = tp_format_load_file (file, NULL, NULL, &error);
  TpWindow *window;
  TpCanvas *canvas;
  GPtrArray *journeys;
  double zoom;
  int width;

  g_assert_no_error (error);
  window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  tp_window_set_project (window, project, NULL);
  gtk_window_present (GTK_WINDOW (window));
  canvas = TP_CANVAS (tp_store_test_view (window));
  wait_shown_and_painted (GTK_WIDGET (canvas));

  g_assert_cmpstr (visible_view (window), ==, "store-flow");
  zoom = tp_canvas_get_zoom (canvas);
  g_assert_cmpfloat (zoom, <, 1.0);
  assert_plan_whole (canvas);

  /* The window made larger (maximised): fitted again, larger, until zoomed or scrolled. */
  width = gtk_widget_get_width (GTK_WIDGET (canvas));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  while (gtk_widget_get_width (GTK_WIDGET (canvas)) <= width)
    g_main_context_iteration (NULL, TRUE);
  wait_shown_and_painted (GTK_WIDGET (canvas));
  g_assert_cmpfloat (tp_canvas_get_zoom (canvas), >, zoom);
  assert_plan_whole (canvas);

  /* Zoomed in, to the journey map and back: as it was left; made smaller, too. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  zoom = tp_canvas_get_zoom (canvas);
  width = gtk_widget_get_width (GTK_WIDGET (canvas));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  while (gtk_widget_get_width (GTK_WIDGET (canvas)) >= width)
    g_main_context_iteration (NULL, TRUE);
  wait_shown_and_painted (GTK_WIDGET (canvas));
  g_assert_cmpfloat (tp_canvas_get_zoom (canvas), ==, zoom);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view",
                                  g_variant_new_string ("journey"));
  tp_ui_test_spin ();
  g_assert_cmpstr (visible_view (window), ==, "journey");
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view",
                                  g_variant_new_string ("store-flow"));
  wait_shown_and_painted (GTK_WIDGET (canvas));
  g_assert_cmpfloat (tp_canvas_get_zoom (canvas), ==, zoom);

  /* The future state, on the same plan: fitted when shown. */
  journeys = tp_project_get_journeys (tp_window_get_project (window));
  g_assert_cmpuint (journeys->len, >=, 2);
  tp_window_set_journey (window, g_ptr_array_index (journeys, 1));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view",
                                  g_variant_new_string ("store-flow"));
  wait_shown_and_painted (GTK_WIDGET (canvas));
  g_assert_cmpfloat (tp_canvas_get_zoom (canvas), <, 1.0);
  assert_plan_whole (canvas);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/store-flow/switcher-and-lens", test_switcher_and_lens);
  g_test_add_func ("/ui/store-flow/select-stop-selects-card", test_select_stop_selects_card);
  g_test_add_func ("/ui/store-flow/drag-stop", test_drag_stop_one_undo_step);
  g_test_add_func ("/ui/store-flow/drag-zone-snaps", test_drag_zone_snaps);
  g_test_add_func ("/ui/store-flow/keyboard-edits", test_keyboard_edits);
  g_test_add_func ("/ui/store-flow/heat-and-overlay", test_heat_and_overlay);
  g_test_add_func ("/ui/store-flow/side-by-side", test_side_by_side);
  g_test_add_func ("/ui/store-flow/opens-fitted", test_opens_fitted);

  return tp_ui_test_run ();
}
