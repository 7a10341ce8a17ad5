/* test-ui-startup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the first window costs to show (issue #12): it is checked by what it
 * loads and builds, not by timing it.
 */

#include "config.h"

#include <string.h>

#include "tp-ui-test.h"
#include "io/tp-format.h"
#include "model/tp-templates.h"
#include "ui/tp-file-banner.h"
#include "ui/tp-inspector.h"
#include "ui/tp-journey-view.h"
#include "ui/tp-outline.h"
#include "ui/tp-outline-row.h"
#include "ui/tp-outline-private.h"
#include "ui/tp-present-button.h"
#include "ui/tp-start-page.h"
#include "ui/tp-store-flow-view.h"

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Presents @window and runs the main loop until it has painted a frame. */
static void
present_and_paint (GtkWindow *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;

  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  tp_ui_test_wait (&painted);
  g_signal_handler_disconnect (clock, id);
}

static gboolean
library_is_loaded (const char *name)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, name) != NULL;
}

/* Every icon the first window shows (ours in the outline and the tool bars, the
 * window's own icon under X11) loads without librsvg: GTK draws a .symbolic.png
 * itself, and an SVG would bring librsvg and libxml2 into memory at start-up
 * (about 7 MB). */
static void
test_first_window_without_librsvg (void)
{
  TpWindow *window;

  g_assert_false (library_is_loaded ("librsvg"));
  window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  present_and_paint (GTK_WINDOW (window));
  /* The store flow's tool bar carries the other icons of our own. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view",
                                  g_variant_new_string ("store-flow"));
  tp_ui_test_spin ();
  present_and_paint (GTK_WINDOW (window));
  g_assert_false (library_is_loaded ("librsvg"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Only the PDF export subsets fonts: harfbuzz-subset is loaded at its first use,
 * not linked (each library linked costs every symbol lookup of Mesa, which GTK
 * loads at start-up), and a window that shows a project has not loaded it. */
static void
test_first_window_without_harfbuzz_subset (void)
{
  TpWindow *window;

  g_assert_false (library_is_loaded ("libharfbuzz-subset"));
  window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  present_and_paint (GTK_WINDOW (window));
  g_assert_false (library_is_loaded ("libharfbuzz-subset"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_eye_toggles (GtkWidget *widget)
{
  guint n = GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_has_css_class (widget, "outline-eye");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_eye_toggles (child);
  return n;
}

/* The outline builds a lane's eye toggle only on rows that show a lane: a big
 * journey's first rows are all phases. */
static void
test_outline_eye_only_on_lanes (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  GtkWidget *outline;
  guint n_lanes = tp_journey_get_lanes (tp_window_get_journey (window))->len;

  present_and_paint (GTK_WINDOW (window));
  outline = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE);
  g_assert_nonnull (outline);
  g_assert_cmpuint (n_lanes, >, 0);
  g_assert_cmpuint (count_eye_toggles (outline), ==, n_lanes);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (TP_IS_OUTLINE_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* GTK 4.8's list view builds about 200 outline rows whatever shows: each is one
 * widget drawing the expander, the icon and the text (a lane's has its eye
 * toggle too) in the list's row, not a tree expander holding a box of an image
 * and a label (issue #12). The rows show what the elements are: a phase its
 * title and icon at the depth of a journey's child, with its expander; a lane
 * its own, dimmed when hidden in the view; a journey its title, open. */
static void
test_outline_rows_one_widget (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpJourney *journey = tp_window_get_journey (window);
  TpLane *hidden_lane = g_ptr_array_index (tp_journey_get_lanes (journey), 1);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *outline;
  guint n_phases = 0, n_lanes = 0, n_dimmed = 0;

  tp_project_begin (tp_window_get_project (window), "hide");
  tp_project_set (tp_window_get_project (window), hidden_lane, "hidden-in-map", TRUE, NULL);
  tp_project_commit (tp_window_get_project (window));
  present_and_paint (GTK_WINDOW (window));
  outline = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE);
  g_assert_null (tp_ui_test_find_widget (outline, GTK_TYPE_LABEL));
  g_assert_null (tp_ui_test_find_widget (outline, GTK_TYPE_TREE_EXPANDER));
  collect_rows (outline, rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      TpOutlineRow *row = g_ptr_array_index (rows, i);
      GtkTreeListRow *list_row = tp_outline_row_get_list_row (row);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (list_row);
      GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (row));
      const char *text = tp_outline_row_get_text (row);

      /* The row is the list row's only child. */
      g_assert_null (gtk_widget_get_prev_sibling (GTK_WIDGET (row)));
      g_assert_null (gtk_widget_get_next_sibling (GTK_WIDGET (row)));
      if (TP_IS_PHASE (item))
        {
          g_assert_null (first);
          g_assert_cmpstr (text, ==, tp_phase_get_title (TP_PHASE (item)));
          g_assert_cmpstr (tp_outline_row_get_icon_name (row), ==, "tp-phase-symbolic");
          g_assert_false (tp_outline_row_get_dimmed (row));
          g_assert_cmpuint (gtk_tree_list_row_get_depth (list_row), ==, 1);
          g_assert_true (tp_outline_row_get_expandable (row));
          /* Its expander is 16 px, one indent (20 px) in. */
          g_assert_false (tp_outline_row_is_on_expander (row, 19, 8));
          g_assert_true (tp_outline_row_is_on_expander (row, 20, 8));
          g_assert_true (tp_outline_row_is_on_expander (row, 35, 8));
          g_assert_false (tp_outline_row_is_on_expander (row, 36, 8));
          n_phases++;
        }
      else if (TP_IS_LANE (item))
        {
          g_assert_true (GTK_IS_TOGGLE_BUTTON (first));
          g_assert_null (gtk_widget_get_next_sibling (first));
          g_assert_cmpstr (text, ==, tp_lane_get_title (TP_LANE (item)));
          g_assert_cmpstr (tp_outline_row_get_icon_name (row), ==, "tp-lane-symbolic");
          g_assert_true (tp_outline_row_get_dimmed (row) == ((gpointer) item == hidden_lane));
          g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (first)) == ((gpointer) item != hidden_lane));
          g_assert_false (tp_outline_row_get_expandable (row));
          g_assert_false (tp_outline_row_is_on_expander (row, 28, 8));
          n_dimmed += tp_outline_row_get_dimmed (row);
          n_lanes++;
        }
      else if (TP_IS_JOURNEY (item))
        {
          g_assert_null (first);
          g_assert_cmpstr (text, ==, tp_journey_get_title (TP_JOURNEY (item)));
          g_assert_null (tp_outline_row_get_icon_name (row));
          g_assert_true (tp_outline_row_get_expandable (row));
          g_assert_true (gtk_tree_list_row_get_expanded (list_row));
          g_assert_true (tp_outline_row_is_on_expander (row, 0, 8));
        }
    }
  g_assert_cmpuint (n_phases, ==, tp_journey_get_phases (journey)->len);
  g_assert_cmpuint (n_lanes, ==, tp_journey_get_lanes (journey)->len);
  g_assert_cmpuint (n_dimmed, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With a row focused, + and * open it, - and / close it, as with GTK's tree
 * expander, which the row replaces. */
static void
test_outline_expand_keys (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpPhase *phase = g_ptr_array_index (tp_journey_get_phases (tp_window_get_journey (window)), 0);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkTreeListRow *list_row = NULL;
  GtkWidget *focus = NULL;
  GtkWidget *outline;

  present_and_paint (GTK_WINDOW (window));
  outline = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE);
  collect_rows (outline, rows);
  for (guint i = 0; i < rows->len && focus == NULL; i++)
    {
      TpOutlineRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (tp_outline_row_get_list_row (row));

      if (item == (GObject *) phase)
        {
          focus = gtk_widget_get_parent (GTK_WIDGET (row));
          list_row = tp_outline_row_get_list_row (row);
        }
    }
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_grab_focus (focus));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  g_assert_false (gtk_tree_list_row_get_expanded (list_row));

  g_assert_true (tp_ui_test_send_key (focus, GDK_KEY_plus, 0));
  g_assert_true (gtk_tree_list_row_get_expanded (list_row));
  g_assert_true (tp_ui_test_send_key (focus, GDK_KEY_minus, 0));
  g_assert_false (gtk_tree_list_row_get_expanded (list_row));
  g_assert_true (tp_ui_test_send_key (focus, GDK_KEY_KP_Multiply, 0));
  g_assert_true (gtk_tree_list_row_get_expanded (list_row));
  g_assert_true (tp_ui_test_send_key (focus, GDK_KEY_slash, 0));
  g_assert_false (gtk_tree_list_row_get_expanded (list_row));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Drawing a phase's expander does not look for its cards: GtkTreeListModel asks
 * for a row's children to know whether it has an expander, and with ~200 phase
 * rows built that indexed every card and listed each phase's (issue #12). The
 * cards are found when a phase is expanded, and follow edits after that. */
static void
test_outline_cards_when_expanded (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  TpPhase *phase = g_ptr_array_index (tp_journey_get_phases (journey), 0);
  TpLane *lane = g_ptr_array_index (tp_journey_get_lanes (journey), 0);
  TpOutline *outline;
  GListModel *rows;
  GListModel *children = NULL;
  guint n_cards = 0;

  for (guint i = 0; i < tp_journey_get_cards (journey)->len; i++)
    n_cards += g_strcmp0 (tp_card_get_phase (g_ptr_array_index (tp_journey_get_cards (journey), i)),
                          tp_element_get_id (TP_ELEMENT (phase))) == 0;
  present_and_paint (GTK_WINDOW (window));
  outline = TP_OUTLINE (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE));
  rows = tp_outline_get_model (outline);
  /* Every phase row is drawn with its expander, and no card was looked at. */
  g_assert_cmpuint (g_hash_table_size (outline->phase_cards), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (TP_IS_PHASE (item))
        g_assert_true (gtk_tree_list_row_is_expandable (row));
      if (item == (GObject *) phase)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          children = gtk_tree_list_row_get_children (row);
        }
    }
  g_assert_nonnull (children);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, n_cards);
  g_assert_cmpuint (g_hash_table_size (outline->phase_cards), >, 0);

  /* A card added to the expanded phase shows in it. */
  g_assert_nonnull (tp_project_add_card (project, phase, lane, -1, TP_CARD_KIND_THOUGHT,
                                         "A card of its own"));
  tp_ui_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, n_cards + 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_menu_buttons (GtkWidget *widget,
                      GPtrArray *buttons)
{
  if (GTK_IS_MENU_BUTTON (widget))
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_menu_buttons (child, buttons);
}

/* Opens @button's menu and returns its popover (closed again). */
static GtkWidget *
open_menu (GtkMenuButton *button)
{
  GtkWidget *popover;

  gtk_menu_button_popup (button);
  tp_ui_test_spin ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_nonnull (popover);
  gtk_menu_button_popdown (button);
  tp_ui_test_spin ();
  return popover;
}

/* What the first window does not show is not built before it shows: the view
 * switcher at the bottom (for narrow windows), the presentation's monitor menu,
 * the store flow's menus. Each is there once it is needed. */
static void
test_hidden_parts_built_when_needed (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  AdwViewSwitcherBar *bar;
  AdwViewStack *stack;
  TpPresentButton *present;
  GtkWidget *store_flow;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *popover;

  present_and_paint (GTK_WINDOW (window));
  bar = ADW_VIEW_SWITCHER_BAR (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  present = TP_PRESENT_BUTTON (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_PRESENT_BUTTON));
  store_flow = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_STORE_FLOW_VIEW);
  g_assert_nonnull (bar);
  g_assert_nonnull (present);
  g_assert_nonnull (store_flow);

  /* The window is wide enough for the switcher in the header bar. */
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (tp_present_button_get_monitor_menu (present))));
  collect_menu_buttons (store_flow, buttons);
  g_assert_cmpuint (buttons->len, ==, 2);
  for (guint i = 0; i < buttons->len; i++)
    g_assert_null (gtk_menu_button_get_popover (g_ptr_array_index (buttons, i)));

  /* Narrow: the bar shows, with a button for each view. */
  adw_view_switcher_bar_set_reveal (bar, TRUE);
  g_assert_true (adw_view_switcher_bar_get_stack (bar) == stack);
  adw_view_switcher_bar_set_reveal (bar, FALSE);

  /* The monitor menu offers the screens. */
  popover = open_menu (GTK_MENU_BUTTON (tp_present_button_get_monitor_menu (present)));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_nonnull (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)));

  /* The store flow's menus: the options, and the picture's with its opacity. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view",
                                  g_variant_new_string ("store-flow"));
  present_and_paint (GTK_WINDOW (window));
  for (guint i = 0; i < buttons->len; i++)
    {
      popover = open_menu (g_ptr_array_index (buttons, i));
      if (GTK_IS_POPOVER_MENU (popover))
        g_assert_nonnull (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)));
      else
        g_assert_nonnull (tp_ui_test_find_widget (popover, GTK_TYPE_SCALE));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window made to open a file shows nothing of its editor until the file is
 * read (then the inspector edits the project and the header bar switches
 * views), and an empty window shows the start page: the editor (the outline,
 * the inspector, the tool bar and the views) is not built without a project,
 * nor the view switcher's buttons. */
static void
test_nothing_of_the_editor_without_project (void)
{
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (tp_ui_test_find_widget (GTK_WIDGET (window),
                                                                                 ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  GtkWidget *inspector;
  GtkWidget *stack;

  g_assert_nonnull (title);
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR));
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE));
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_JOURNEY_VIEW));
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_null (adw_view_switcher_title_get_stack (title));

  /* Shown empty, it shows the start page, and still no editor. */
  present_and_paint (GTK_WINDOW (window));
  g_assert_nonnull (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_START_PAGE));
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR));

  tp_window_set_project (window, project, NULL);
  present_and_paint (GTK_WINDOW (window));
  inspector = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR);
  stack = tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (inspector);
  g_assert_true (gtk_widget_get_mapped (inspector));
  g_assert_nonnull (tp_ui_test_find_widget (inspector, GTK_TYPE_LABEL));
  g_assert_true (gtk_widget_get_mapped (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_JOURNEY_VIEW)));
  g_assert_true (adw_view_switcher_title_get_stack (title) == ADW_VIEW_STACK (stack));
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (title));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Nor are the parts of the header bar and the main stack a window shows only for
 * some files built before they show: the journey drop-down (a project with
 * several journeys), the loading page (a file slow to open) and the file's
 * notices bar (a read-only or deleted file). */
static void
test_header_parts_when_needed (void)
{
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  GtkWidget *banner;
  GtkWidget *dropdown;

  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  banner = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_FILE_BANNER);
  g_assert_nonnull (banner);
  g_assert_null (gtk_widget_get_first_child (banner));

  /* One journey: nothing to choose between. */
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 1);
  tp_window_set_project (window, project, NULL);
  present_and_paint (GTK_WINDOW (window));
  g_assert_null (tp_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  g_assert_null (gtk_widget_get_first_child (banner));

  /* A second journey: the drop-down shows, left of the journey menu, on the second. */
  tp_template_add_journey (project, TP_LENS_FIVE_PHASES);
  tp_ui_test_spin ();
  dropdown = tp_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dropdown);
  g_assert_true (gtk_widget_get_mapped (dropdown));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown))), ==, 2);
  g_assert_true (GTK_IS_MENU_BUTTON (gtk_widget_get_next_sibling (dropdown)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  tp_ui_test_spin ();
  g_assert_true (tp_window_get_journey (window) == g_ptr_array_index (tp_project_get_journeys (project), 1));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_main_stack (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "blank") != NULL;
}

static GtkStack *
find_main_stack (TpWindow *window)
{
  return GTK_STACK (tp_ui_test_find (GTK_WIDGET (window), is_main_stack, NULL));
}

typedef struct
{
  TpWindow *window;
  gboolean  painted;
  gboolean  shows_map;         /* the editor shows a project, no transition running */
} FirstFrame;

static void
on_first_after_paint (GdkFrameClock *clock,
                      FirstFrame    *frame)
{
  GtkStack *stack;

  if (frame->painted)
    return;
  frame->painted = TRUE;
  stack = find_main_stack (frame->window);
  frame->shows_map = tp_window_get_project (frame->window) != NULL
                     && g_strcmp0 (gtk_stack_get_visible_child_name (stack), "editor") == 0
                     && !gtk_stack_get_transition_running (stack);
}

static void
on_first_realize (GtkWidget  *widget,
                  FirstFrame *frame)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_first_after_paint), frame);
}

/* A window made to open a file maps before the file is read, showing nothing but
 * its header bar: its editor is built once the file is read, and the loading page
 * is not built until it shows (GTK styles every visible widget before a window
 * maps). Yet the first frame it paints shows the map: not a blank window, nor one
 * crossfading from blank to the map. */
static GFile *
write_project (const char *name,
               guint       n_cards)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  g_autoptr(GString) text = g_string_new (NULL);
  GFile *file = g_file_new_for_path (path);

  while (text->len < 4000)
    g_string_append (text, "The customer compares prices on the phone while queueing. ");
  for (guint i = 0; i < n_cards; i++)
    {
      TpCard *card = tp_project_add_card (project, g_ptr_array_index (phases, i % phases->len),
                                          g_ptr_array_index (tp_journey_get_lanes (journey), 0),
                                          -1, TP_CARD_KIND_ACTIVITY, "Card");

      tp_project_set (project, card, "description", text->str, NULL);
    }
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (tp_format_save_file (project, file, TP_SAVE_FLAGS_NONE, NULL, NULL));
  return file;
}

static void
test_editor_hidden_until_project (void)
{
  /* Big enough to be read after GTK would have painted a first frame. */
  g_autoptr(GFile) file = write_project ("first-frame.touchpoint", 300);
  FirstFrame frame = { NULL, };
  GtkStack *stack;

  frame.window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  stack = find_main_stack (frame.window);
  g_assert_nonnull (stack);
  tp_window_load_file (frame.window, file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "blank");
  g_assert_null (gtk_stack_get_child_by_name (stack, "editor"));
  g_assert_null (gtk_stack_get_child_by_name (stack, "loading"));

  g_signal_connect (frame.window, "realize", G_CALLBACK (on_first_realize), &frame);
  gtk_window_present (GTK_WINDOW (frame.window));
  g_assert_null (gtk_stack_get_child_by_name (stack, "editor"));

  /* The very first frame painted shows the map. */
  tp_ui_test_wait (&frame.painted);
  g_assert_true (frame.shows_map);
  gtk_window_destroy (GTK_WINDOW (frame.window));
}

static gboolean
count_steps (gpointer data)
{
  guint *steps = data;

  return ++steps[0] < steps[1];
}

/* The warm-up of the map (while a file is read) paints a sample journey on scratch
 * images, in steps: the view it warms shows nothing of it, before or with a
 * project, and it stops when told to. */
static void
test_map_warm_up_leaves_no_trace (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = tp_journey_view_new ();
  guint n_cards = tp_journey_get_cards (journey)->len;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (window), view);
  tp_journey_view_warm_up (TP_JOURNEY_VIEW (view), NULL, NULL);
  g_assert_null (tp_canvas_get_project (TP_CANVAS (view)));
  g_assert_null (tp_canvas_get_journey (TP_CANVAS (view)));
  /* The sample is a project of its own. */
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, n_cards);

  tp_canvas_set_project (TP_CANVAS (view), project);
  tp_canvas_set_journey (TP_CANVAS (view), journey);
  present_and_paint (GTK_WINDOW (window));
  tp_journey_view_warm_up (TP_JOURNEY_VIEW (view), NULL, NULL);
  g_assert_true (tp_canvas_get_project (TP_CANVAS (view)) == project);
  g_assert_true (tp_canvas_get_journey (TP_CANVAS (view)) == journey);
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, n_cards);

  /* It goes in steps and stops as soon as it is told to. */
  {
    guint all[2] = { 0, G_MAXUINT }, one[2] = { 0, 1 };

    tp_journey_view_warm_up (TP_JOURNEY_VIEW (view), count_steps, all);
    g_assert_cmpuint (all[0], >, 3);
    tp_journey_view_warm_up (TP_JOURNEY_VIEW (view), count_steps, one);
    g_assert_cmpuint (one[0], ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  tp_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/startup/first-window-without-librsvg", test_first_window_without_librsvg);
  g_test_add_func ("/ui/startup/first-window-without-harfbuzz-subset",
                   test_first_window_without_harfbuzz_subset);
  g_test_add_func ("/ui/startup/outline-eye-only-on-lanes", test_outline_eye_only_on_lanes);
  g_test_add_func ("/ui/startup/outline-rows-one-widget", test_outline_rows_one_widget);
  g_test_add_func ("/ui/startup/outline-cards-when-expanded", test_outline_cards_when_expanded);
  g_test_add_func ("/ui/startup/outline-expand-keys", test_outline_expand_keys);
  g_test_add_func ("/ui/startup/hidden-parts-built-when-needed", test_hidden_parts_built_when_needed);
  g_test_add_func ("/ui/startup/nothing-of-the-editor-without-project",
                   test_nothing_of_the_editor_without_project);
  g_test_add_func ("/ui/startup/header-parts-when-needed", test_header_parts_when_needed);
  g_test_add_func ("/ui/startup/editor-hidden-until-project", test_editor_hidden_until_project);
  g_test_add_func ("/ui/startup/map-warm-up-leaves-no-trace", test_map_warm_up_leaves_no_trace);
  return tp_ui_test_run ();
}
