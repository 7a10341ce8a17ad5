/* test-ui-views-shared.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One selection and one model under every view of a journey: what is
 * selected or changed in the service blueprint shows in the journey map,
 * and the other way round, each driven as the pointer drives it (the
 * canvas's press, motion and release).
 */

#include "config.h"

#include "tp-ui-test.h"
#include "ui/tp-blueprint-view.h"
#include "ui/tp-journey-view-private.h"

static void
show_view (TpWindow   *window,
           const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, name);
  tp_ui_test_sleep (200);
}

/* Where @card is drawn in @canvas, in map units; FALSE when that view does not show it. */
static gboolean
card_rect (TpCanvas *canvas,
           TpCard   *card,
           TpRect   *rect)
{
  tp_canvas_scroll_to (canvas, TP_ELEMENT (card));   /* builds the layout, brings it in view */
  return TP_CANVAS_GET_CLASS (canvas)->get_element_rect (canvas, TP_ELEMENT (card), rect);
}

static void
centre (TpCanvas     *canvas,
        const TpRect *rect,
        double       *x,
        double       *y)
{
  graphene_rect_t area;

  tp_canvas_map_rect_to_widget (canvas, rect, &area);
  *x = area.origin.x + area.size.width / 2;
  *y = area.origin.y + area.size.height / 2;
}

/* A drag of @card onto the middle of @onto, both where @canvas draws them. */
static void
drag_onto (TpCanvas *canvas,
           TpCard   *card,
           TpCard   *onto)
{
  TpRect from, to;
  double x0, y0, x1, y1;

  g_assert_true (card_rect (canvas, card, &from));
  centre (canvas, &from, &x0, &y0);
  tp_canvas_press (canvas, x0, y0, 0);
  g_assert_true (card_rect (canvas, onto, &to));
  centre (canvas, &to, &x1, &y1);
  /* The view may have scrolled to show @onto: the card is picked up where it was pressed. */
  tp_canvas_motion (canvas, x0 + (x1 - x0) / 2 + 8, y0 + (y1 - y0) / 2 + 8);
  tp_canvas_motion (canvas, x1, y1);
  g_assert_true (tp_canvas_is_dragging (canvas, card));
  tp_canvas_release (canvas, x1, y1);
  tp_ui_test_spin ();
}

/* Two cards that both views show, in different lanes and rows of the blueprint. */
static void
pick_cards (TpJourney *journey,
            TpCanvas  *blueprint,
            TpCard   **a,
            TpCard   **b)
{
  GPtrArray *cards = tp_journey_get_cards (journey);

  for (guint i = 0; i < cards->len; i++)
    for (guint j = 0; j < cards->len; j++)
      {
        TpCard *x = g_ptr_array_index (cards, i), *y = g_ptr_array_index (cards, j);
        TpRect rx, ry;

        if (g_strcmp0 (tp_card_get_lane (x), tp_card_get_lane (y)) == 0
            || !TP_CANVAS_GET_CLASS (blueprint)->get_element_rect (blueprint, TP_ELEMENT (x), &rx)
            || !TP_CANVAS_GET_CLASS (blueprint)->get_element_rect (blueprint, TP_ELEMENT (y), &ry)
            || rx.y == ry.y)
          continue;
        *a = x;
        *b = y;
        return;
      }
  g_assert_not_reached ();
}

static void
test_shared_selection_and_editing (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_BLUEPRINT);
  TpCanvas *map, *blueprint;
  TpSelection *selection = tp_window_get_selection (window);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  g_autofree char *lane_before = NULL;
  TpJourneyLayout *layout;
  TpCard *a, *b;
  TpRect rect, before;
  double x, y;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  map = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_JOURNEY_VIEW));
  blueprint = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_BLUEPRINT_VIEW));
  tp_ui_test_sleep (300);
  show_view (window, "blueprint");
  tp_canvas_scroll_to (blueprint, g_ptr_array_index (tp_journey_get_cards (journey), 0));
  pick_cards (journey, blueprint, &a, &b);

  /* Selected with a click in the blueprint: selected in the journey map too. */
  g_assert_true (card_rect (blueprint, a, &rect));
  centre (blueprint, &rect, &x, &y);
  tp_canvas_press (blueprint, x, y, 0);
  tp_canvas_release (blueprint, x, y);
  tp_ui_test_spin ();
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (a));
  g_assert_true (tp_canvas_is_selected (map, a));

  /* Moved to another row in the blueprint: in the journey map it is in that lane's row. */
  drag_onto (blueprint, a, b);
  g_assert_cmpstr (tp_card_get_lane (a), ==, tp_card_get_lane (b));
  layout = _tp_journey_view_ensure_layout (TP_JOURNEY_VIEW (map));
  g_assert_cmpuint (tp_journey_layout_find_card (layout, a)->row, ==,
                    tp_journey_layout_find_card (layout, b)->row);
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_card_get_lane (a), !=, tp_card_get_lane (b));

  /* And the other way round: a click in the journey map selects in the blueprint... */
  show_view (window, "journey");
  g_assert_true (card_rect (map, b, &rect));
  centre (map, &rect, &x, &y);
  tp_canvas_press (map, x, y, 0);
  tp_canvas_release (map, x, y);
  tp_ui_test_spin ();
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (b));
  g_assert_true (tp_canvas_is_selected (blueprint, b));
  g_assert_false (tp_canvas_is_selected (blueprint, a));

  /* ...and a card moved into another lane on the map is in that lane's row of the blueprint. */
  g_assert_true (card_rect (blueprint, b, &before));
  lane_before = g_strdup (tp_card_get_lane (b));
  drag_onto (map, b, a);
  g_assert_cmpstr (tp_card_get_lane (b), ==, tp_card_get_lane (a));
  g_assert_cmpstr (tp_card_get_lane (b), !=, lane_before);
  g_assert_true (card_rect (blueprint, b, &rect));
  g_assert_cmpfloat (rect.y, !=, before.y);
  g_assert_true (tp_canvas_is_selected (blueprint, b));

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

/* The window's win.* view actions act on the view shown. */
static void
test_window_forwards_to_view (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpJourney *journey = tp_window_get_journey (window);
  TpCard *card = g_ptr_array_index (tp_journey_get_cards (journey), 0);
  TpCanvas *map, *blueprint;
  double map_zoom, blueprint_zoom;
  gboolean renaming = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  map = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_JOURNEY_VIEW));
  blueprint = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_BLUEPRINT_VIEW));
  tp_ui_test_sleep (300);

  show_view (window, "blueprint");
  map_zoom = tp_canvas_get_zoom (map);
  blueprint_zoom = tp_canvas_get_zoom (blueprint);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  g_assert_cmpfloat (tp_canvas_get_zoom (blueprint), >, blueprint_zoom);
  g_assert_cmpfloat (tp_canvas_get_zoom (map), ==, map_zoom);
  /* The journey map's own toggle is not offered over the blueprint. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-connections"));

  show_view (window, "journey");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-connections"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-out", NULL);
  g_assert_cmpfloat (tp_canvas_get_zoom (map), <, map_zoom);

  /* Rename: the title of the selected card opens for typing on the map. */
  tp_selection_set_one (tp_window_get_selection (window), TP_ELEMENT (card));
  tp_ui_test_spin ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "rename", NULL);
  tp_ui_test_spin ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (map));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    renaming |= GTK_IS_ENTRY (child);
  g_assert_true (renaming);

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/views/shared-selection-and-editing", test_shared_selection_and_editing);
  g_test_add_func ("/ui/views/window-forwards-to-view", test_window_forwards_to_view);

  return tp_ui_test_run ();
}
