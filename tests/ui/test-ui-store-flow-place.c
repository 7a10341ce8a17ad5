/* test-ui-store-flow-place.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Putting touchpoints on the plan in the window: the list beside the plan
 * shows each touchpoint placed (with its stops) or not; a card dropped on
 * the plan lands where it was dropped, in journey order in the walk, as one
 * undo step; "Place on Plan" puts the cards selected anywhere (the journey
 * map) next to the stop before them, off shelves; the list's rows follow
 * the shared selection both ways; taking a card off the plan is one step;
 * the inspector edits a stop's time spent and shows the journey's figures.
 */

#include "config.h"

#include <math.h>

#include "tp-ui-test.h"
#include "render/tp-store-place.h"
#include "ui/tp-inspector.h"
#include "ui/tp-store-flow-list.h"
#include "ui/tp-store-flow-view.h"

typedef struct {
  TpWindow        *window;
  TpProject       *project;
  TpJourney       *journey;
  TpStoreFlowView *view;
  TpStoreFlowList *list;
  TpInspector     *inspector;
  TpSelection     *selection;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = tp_ui_test_new_window (TP_LENS_STORE_VISIT);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (f->window));
  tp_ui_test_sleep (200);
  f->project = tp_window_get_project (f->window);
  f->journey = g_ptr_array_index (tp_project_get_journeys (f->project), 0);
  f->view = TP_STORE_FLOW_VIEW (tp_ui_test_find_widget (GTK_WIDGET (f->window),
                                                        TP_TYPE_STORE_FLOW_VIEW));
  f->list = TP_STORE_FLOW_LIST (tp_ui_test_find_widget (GTK_WIDGET (f->window),
                                                        TP_TYPE_STORE_FLOW_LIST));
  f->inspector = TP_INSPECTOR (tp_ui_test_find_widget (GTK_WIDGET (f->window),
                                                       TP_TYPE_INSPECTOR));
  f->selection = tp_canvas_get_selection (TP_CANVAS (f->view));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  tp_ui_test_spin ();
}

/* A new touchpoint card at the end of the first phase's touchpoint lane (not on the plan). */
static TpCard *
add_touchpoint (Fixture    *f,
                const char *title)
{
  GPtrArray *lanes = tp_journey_get_lanes (f->journey);
  TpLane *lane = NULL;

  for (guint i = 0; i < lanes->len && lane == NULL; i++)
    if (tp_lane_get_kind (g_ptr_array_index (lanes, i)) == TP_LANE_KIND_TOUCHPOINTS)
      lane = g_ptr_array_index (lanes, i);
  g_assert_nonnull (lane);
  return tp_project_add_card (f->project, g_ptr_array_index (tp_journey_get_phases (f->journey), 0),
                              lane, -1, TP_CARD_KIND_TOUCHPOINT, title);
}

static int
row_of (Fixture *f,
        TpCard  *card)
{
  for (guint i = 0; i < tp_store_flow_list_get_n_rows (f->list); i++)
    if (tp_store_flow_list_get_card (f->list, i) == card)
      return i;
  return -1;
}

static GPtrArray *
placements_of (Fixture *f,
               TpCard  *card)
{
  GPtrArray *placements = tp_journey_get_placements (f->journey);
  GPtrArray *mine = g_ptr_array_new ();

  for (guint i = 0; i < placements->len; i++)
    if (g_strcmp0 (tp_placement_get_card (g_ptr_array_index (placements, i)),
                   tp_element_get_id (TP_ELEMENT (card))) == 0)
      g_ptr_array_add (mine, g_ptr_array_index (placements, i));
  return mine;
}

static void
test_list_shows_placed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) touchpoints = tp_store_touchpoint_cards (f->journey);
  guint n = tp_store_flow_list_get_n_rows (f->list), placed = 0;
  g_autofree char *summary = NULL;
  TpCard *card;
  int row;

  g_assert_cmpuint (n, ==, touchpoints->len);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) mine = placements_of (f, tp_store_flow_list_get_card (f->list, i));

      g_assert_true (tp_store_flow_list_get_card (f->list, i) == g_ptr_array_index (touchpoints, i));
      g_assert_cmpint (tp_store_flow_list_row_is_placed (f->list, i), ==, mine->len > 0);
      placed += mine->len > 0;
    }
  summary = g_strdup_printf ("%u of %u placed", placed, n);
  g_assert_cmpstr (tp_store_flow_list_get_summary (f->list), ==, summary);

  /* A touchpoint added in the journey map shows, not placed. */
  card = add_touchpoint (f, "Loyalty app check-in");
  tp_ui_test_spin ();
  row = row_of (f, card);
  g_assert_cmpint (row, >=, 0);
  g_assert_false (tp_store_flow_list_row_is_placed (f->list, row));
  g_assert_cmpuint (tp_store_flow_list_get_n_rows (f->list), ==, n + 1);
}

/* The rows the list box shows (not asked through the list's accessors, which make them). */
static guint
shown_rows (Fixture *f,
            TpCard  *card,
            gboolean *has_card)
{
  GtkWidget *box = tp_ui_test_find_widget (GTK_WIDGET (f->list), GTK_TYPE_LIST_BOX);
  guint n = 0;

  *has_card = FALSE;
  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      {
        n++;
        *has_card |= g_object_get_data (G_OBJECT (row), "tp-card") == card;
      }
  return n;
}

/* The list is made when it shows: a touchpoint added while the journey map showed is in
 * it when the person goes back to the plan, with the keyboard on the list. */
static void
test_list_made_when_shown (Fixture       *f,
                           gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (f->window),
                                                                ADW_TYPE_VIEW_STACK));
  g_autoptr(GPtrArray) touchpoints = tp_store_touchpoint_cards (f->journey);
  gboolean has_card;
  TpCard *card;

  g_assert_cmpuint (shown_rows (f, NULL, &has_card), ==, touchpoints->len);
  adw_view_stack_set_visible_child_name (stack, "journey");
  tp_ui_test_sleep (100);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->list)));
  card = add_touchpoint (f, "Loyalty app check-in");
  tp_ui_test_sleep (100);

  adw_view_stack_set_visible_child_name (stack, "store-flow");
  tp_ui_test_sleep (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->list)));
  g_assert_cmpuint (shown_rows (f, card, &has_card), ==, touchpoints->len + 1);
  g_assert_true (has_card);
  g_assert_cmpstr (tp_store_flow_list_get_summary (f->list), !=, "");

  /* A touchpoint removed while the journey map shows is gone when the plan shows. */
  adw_view_stack_set_visible_child_name (stack, "journey");
  tp_ui_test_sleep (100);
  tp_project_begin (f->project, "Remove");
  tp_project_remove (f->project, card);
  tp_project_commit (f->project);
  adw_view_stack_set_visible_child_name (stack, "store-flow");
  tp_ui_test_sleep (100);
  g_assert_cmpuint (shown_rows (f, card, &has_card), ==, touchpoints->len);
  g_assert_false (has_card);
}

static void
test_drop_places_card (Fixture       *f,
                       gconstpointer  data)
{
  TpCard *card = add_touchpoint (f, "Loyalty app check-in");
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) mine = NULL;
  guint before = tp_journey_get_placements (f->journey)->len;
  guint index = tp_store_place_index (f->journey, card);
  TpPoint at = { 6.5, 12.0 };
  TpPlacement *placement;

  g_ptr_array_add (cards, card);
  g_assert_true (tp_store_flow_view_place_cards (f->view, cards, &at));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Place on Plan");
  g_assert_cmpuint (tp_journey_get_placements (f->journey)->len, ==, before + 1);
  mine = placements_of (f, card);
  g_assert_cmpuint (mine->len, ==, 1);
  placement = g_ptr_array_index (mine, 0);
  g_assert_cmpfloat (tp_placement_get_x (placement), ==, 6.5);
  g_assert_cmpfloat (tp_placement_get_y (placement), ==, 12.0);
  g_assert_cmpfloat (tp_placement_get_dwell (placement), >, 0);
  /* In journey order: after the stops of the cards before it (the first phase's). */
  g_assert_cmpint (tp_element_get_index (TP_ELEMENT (placement)), ==, index);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (card));
  tp_ui_test_spin ();
  g_assert_true (tp_store_flow_list_row_is_placed (f->list, row_of (f, card)));

  /* One undo step takes it off again. */
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpuint (tp_journey_get_placements (f->journey)->len, ==, before);
  tp_ui_test_spin ();
  g_assert_false (tp_store_flow_list_row_is_placed (f->list, row_of (f, card)));
}

static void
test_place_selected (Fixture       *f,
                     gconstpointer  data)
{
  TpCard *card = add_touchpoint (f, "Loyalty app check-in");
  TpStoreLayout *layout;
  g_autoptr(GPtrArray) mine = NULL;
  TpPlacement *placement, *previous;
  double distance;
  int index;

  /* Selected in the journey map: the selection is the window's. */
  tp_selection_set_one (f->selection, TP_ELEMENT (card));
  g_assert_true (tp_store_flow_view_place_selected (f->view));
  mine = placements_of (f, card);
  g_assert_cmpuint (mine->len, ==, 1);
  placement = g_ptr_array_index (mine, 0);
  index = tp_element_get_index (TP_ELEMENT (placement));
  g_assert_cmpint (index, >, 0);

  /* Next to the stop before it, on the floor. */
  previous = g_ptr_array_index (tp_journey_get_placements (f->journey), index - 1);
  distance = hypot (tp_placement_get_x (placement) - tp_placement_get_x (previous),
                    tp_placement_get_y (placement) - tp_placement_get_y (previous));
  g_assert_cmpfloat (distance, >=, TP_STORE_PLACE_SPACING * 0.99);
  g_assert_cmpfloat (distance, <=, 4 * TP_STORE_PLACE_SPACING);
  layout = tp_store_flow_view_get_layout (f->view);
  for (guint z = 0; z < layout->shapes->len; z++)
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, z);

      if (!shape->walkable)
        g_assert_cmpint (tp_polygon_locate (shape->points, shape->n_points,
                                            tp_placement_get_x (placement),
                                            tp_placement_get_y (placement), 0), ==,
                         TP_POINT_OUTSIDE);
    }

  /* Placed already: the same command places it again, a second visit. */
  g_assert_true (tp_store_flow_view_place_selected (f->view));
  g_clear_pointer (&mine, g_ptr_array_unref);
  mine = placements_of (f, card);
  g_assert_cmpuint (mine->len, ==, 2);

  /* Taking it off takes both stops, in one step. */
  g_assert_true (tp_store_flow_view_unplace_cards (f->view, tp_selection_get_items (f->selection)));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Take Off the Plan");
  g_clear_pointer (&mine, g_ptr_array_unref);
  mine = placements_of (f, card);
  g_assert_cmpuint (mine->len, ==, 0);
  tp_project_undo (f->project);
  g_clear_pointer (&mine, g_ptr_array_unref);
  mine = placements_of (f, card);
  g_assert_cmpuint (mine->len, ==, 2);
}

static void
test_rows_follow_selection (Fixture       *f,
                            gconstpointer  data)
{
  TpCard *first = tp_store_flow_list_get_card (f->list, 0);
  TpCard *second = tp_store_flow_list_get_card (f->list, 1);
  GtkListBoxRow *row0, *row1;

  g_assert_nonnull (second);
  tp_selection_set_one (f->selection, TP_ELEMENT (second));
  row0 = GTK_LIST_BOX_ROW (tp_store_flow_list_get_row (f->list, 0));
  row1 = GTK_LIST_BOX_ROW (tp_store_flow_list_get_row (f->list, 1));
  g_assert_true (gtk_list_box_row_is_selected (row1));
  g_assert_false (gtk_list_box_row_is_selected (row0));

  /* Choosing a row selects its card everywhere (the plan's stop, the map's card). */
  gtk_list_box_unselect_all (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row0))));
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row0))), row0);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (first));
  g_assert_false (tp_selection_contains (f->selection, TP_ELEMENT (second)));
}

/* The first row under @widget whose title starts with @prefix. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *prefix)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_inspector (Fixture       *f,
                gconstpointer  data)
{
  TpPlacement *placement = g_ptr_array_index (tp_journey_get_placements (f->journey), 0);
  TpElement *card = tp_project_lookup (f->project, tp_placement_get_card (placement));
  GtkWidget *row, *spin;
  double dwell = tp_placement_get_dwell (placement);

  /* A stop's card: its time spent, editable, one undo step; its zone, read only. */
  tp_selection_set_one (f->selection, card);
  tp_ui_test_spin ();
  row = find_row (GTK_WIDGET (f->inspector), "Time spent at stop 1");
  g_assert_nonnull (row);
  g_assert_nonnull (find_row (GTK_WIDGET (f->inspector), "Zone of stop 1"));
  spin = tp_ui_test_find_widget (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, dwell);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), dwell + 60);
  tp_ui_test_spin ();
  g_assert_cmpfloat (tp_placement_get_dwell (placement), ==, dwell + 60);
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Time Spent");

  /* The journey: its walk's figures. */
  tp_selection_set_one (f->selection, TP_ELEMENT (f->journey));
  tp_ui_test_spin ();
  g_assert_nonnull (find_row (GTK_WIDGET (f->inspector), "Path length"));
  g_assert_nonnull (find_row (GTK_WIDGET (f->inspector), "Zones visited"));
  g_assert_nonnull (find_row (GTK_WIDGET (f->inspector), "Walked again"));
  g_assert_null (find_row (GTK_WIDGET (f->inspector), "Current and Future State"));

  /* With a future state on the same plan, the change in length and time spent. */
  tp_project_make_future_state (f->project, f->journey);
  tp_selection_set_one (f->selection, TP_ELEMENT (f->journey));
  tp_ui_test_spin ();
  g_assert_nonnull (find_row (GTK_WIDGET (f->inspector), "Path length"));
}

/* The picture win.copy-image puts on the clipboard, as bytes. */
static GBytes *
copied_pixels (Fixture *f)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->window));
  GValue value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  GBytes *bytes;
  guchar *data;
  gsize stride, size;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy-image", NULL);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value,
                                                 &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  stride = 4 * gdk_texture_get_width (texture);
  size = stride * gdk_texture_get_height (texture);
  data = g_malloc (size);
  gdk_texture_download (texture, data, stride);
  bytes = g_bytes_new_take (data, size);
  g_value_unset (&value);
  return bytes;
}

/* Heat and the other journeys are ways of looking in one window, like zoom: the picture copied,
 * exported or printed is the journey's walk alone, the same from any window and from the
 * command line. */
static void
test_export_ignores_view_options (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) with_options = NULL;

  tp_selection_clear (f->selection);
  plain = copied_pixels (f);
  g_object_set (f->view, "heat", TRUE, "overlay", TRUE, NULL);
  g_assert_true (tp_store_flow_view_get_layout (f->view)->options.heat);
  g_assert_true (tp_store_flow_view_get_layout (f->view)->options.overlay);
  with_options = copied_pixels (f);
  g_assert_true (g_bytes_equal (plain, with_options));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);
#define ADD(name, func) \
  g_test_add ("/ui/store-flow-place/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list-shows-placed", test_list_shows_placed);
  ADD ("list-made-when-shown", test_list_made_when_shown);
  ADD ("drop-places-card", test_drop_places_card);
  ADD ("place-selected", test_place_selected);
  ADD ("rows-follow-selection", test_rows_follow_selection);
  ADD ("inspector", test_inspector);
  ADD ("export-ignores-view-options", test_export_ignores_view_options);
#undef ADD
  return tp_ui_test_run ();
}
