/* test-ui-blueprint-connect.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing arrows in the service blueprint through the widget, as a person
 * does it: drag from a card's handle onto another card, click an arrow,
 * drag its head onto a third card, change its kind, delete it, connect by
 * keyboard; each one undo step.
 */

#include "config.h"

#include "tp-ui-test.h"
#include "ui/tp-blueprint-view.h"

typedef struct {
  TpWindow        *window;
  TpProject       *project;
  TpJourney       *journey;
  TpBlueprintView *view;
  TpCanvas        *canvas;
  TpSelection     *selection;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = tp_ui_test_new_window (TP_LENS_BLUEPRINT);
  f->project = tp_window_get_project (f->window);
  f->journey = tp_window_get_journey (f->window);
  f->view = TP_BLUEPRINT_VIEW (tp_ui_test_find_widget (GTK_WIDGET (f->window), TP_TYPE_BLUEPRINT_VIEW));
  f->canvas = TP_CANVAS (f->view);
  f->selection = tp_window_get_selection (f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  tp_ui_test_sleep (200);
  /* Small enough that every card of the template is in view. */
  tp_canvas_set_zoom (f->canvas, 0.5);
  tp_canvas_set_scroll (f->canvas, 0, 0);
  tp_ui_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

static TpConnection *
find_connection (Fixture *f,
                 TpCard  *from,
                 TpCard  *to)
{
  GPtrArray *connections = tp_journey_get_connections (f->journey);

  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *c = g_ptr_array_index (connections, i);

      if (g_strcmp0 (tp_connection_get_from (c), tp_element_get_id (TP_ELEMENT (from))) == 0
          && g_strcmp0 (tp_connection_get_to (c), tp_element_get_id (TP_ELEMENT (to))) == 0)
        return c;
    }
  return NULL;
}

static gboolean
visible_point (Fixture          *f,
               gpointer          element,
               TpBlueprintPoint  which,
               double           *x,
               double           *y)
{
  return tp_blueprint_view_get_point (f->view, element, which, x, y)
         && *x > 10 && *y > 10
         && *x < gtk_widget_get_width (GTK_WIDGET (f->view)) - 10
         && *y < gtk_widget_get_height (GTK_WIDGET (f->view)) - 10;
}

/* Three cards drawn in the blueprint, with no arrows between them. */
static void
pick_cards (Fixture *f,
            TpCard **cards)
{
  GPtrArray *all = tp_journey_get_cards (f->journey);
  guint n = 0;

  for (guint i = 0; i < all->len && n < 3; i++)
    {
      TpCard *card = g_ptr_array_index (all, i);
      double x, y;
      gboolean free = TRUE;

      if (!visible_point (f, card, TP_BLUEPRINT_POINT_CENTRE, &x, &y))
        continue;
      for (guint k = 0; k < n; k++)
        free &= find_connection (f, cards[k], card) == NULL
                && find_connection (f, card, cards[k]) == NULL;
      if (free)
        cards[n++] = card;
    }
  g_assert_cmpuint (n, ==, 3);
}

static void
click (Fixture *f,
       gpointer element,
       TpBlueprintPoint which)
{
  double x, y;

  g_assert_true (visible_point (f, element, which, &x, &y));
  tp_canvas_press (f->canvas, x, y, 0);
  tp_canvas_release (f->canvas, x, y);
  tp_ui_test_spin ();
}

/* Press on @element's @which point, move in steps onto @target's centre, release. */
static void
drag (Fixture         *f,
      gpointer         element,
      TpBlueprintPoint which,
      TpCard          *target)
{
  double x0, y0, x1, y1;

  g_assert_true (visible_point (f, element, which, &x0, &y0));
  g_assert_true (visible_point (f, target, TP_BLUEPRINT_POINT_CENTRE, &x1, &y1));
  tp_canvas_press (f->canvas, x0, y0, 0);
  for (int i = 1; i <= 5; i++)
    tp_canvas_motion (f->canvas, x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5);
  tp_canvas_release (f->canvas, x1, y1);
  tp_ui_test_spin ();
}

static void
test_drag_to_connect (Fixture       *f,
                      gconstpointer  data)
{
  TpCard *cards[3];
  guint before = tp_journey_get_connections (f->journey)->len;
  TpConnection *made;

  pick_cards (f, cards);
  /* The handle shows on the selected card; drag from it onto another card. */
  click (f, cards[0], TP_BLUEPRINT_POINT_CENTRE);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (cards[0]));
  drag (f, cards[0], TP_BLUEPRINT_POINT_HANDLE, cards[1]);

  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before + 1);
  made = find_connection (f, cards[0], cards[1]);
  g_assert_nonnull (made);
  g_assert_cmpint (tp_connection_get_kind (made), ==, TP_CONNECTION_KIND_FLOW);
  /* The new arrow is selected, for the inspector. */
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (made));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Connect Cards");

  /* A drag from the handle dropped on nothing, or on the card itself, adds nothing. */
  click (f, cards[2], TP_BLUEPRINT_POINT_CENTRE);
  drag (f, cards[2], TP_BLUEPRINT_POINT_HANDLE, cards[2]);
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before + 1);

  /* One undo step takes it away. */
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before);
  g_assert_null (find_connection (f, cards[0], cards[1]));
}

static void
test_select_retarget_delete (Fixture       *f,
                             gconstpointer  data)
{
  TpCard *cards[3];
  g_autoptr(TpConnection) arrow = NULL;
  guint before;

  pick_cards (f, cards);
  arrow = g_object_ref (tp_blueprint_view_connect (f->view, cards[0], cards[1]));
  before = tp_journey_get_connections (f->journey)->len;

  /* A click on the arrow selects it. */
  tp_selection_clear (f->selection);
  click (f, arrow, TP_BLUEPRINT_POINT_CENTRE);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (arrow));

  /* Its head dragged onto the third card moves that end: one step. */
  drag (f, arrow, TP_BLUEPRINT_POINT_TO, cards[2]);
  g_assert_cmpstr (tp_connection_get_to (arrow), ==, tp_element_get_id (TP_ELEMENT (cards[2])));
  g_assert_cmpstr (tp_connection_get_from (arrow), ==, tp_element_get_id (TP_ELEMENT (cards[0])));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Reconnect Arrow");
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpstr (tp_connection_get_to (arrow), ==, tp_element_get_id (TP_ELEMENT (cards[1])));
  g_assert_true (tp_project_redo (f->project));

  /* Its start dragged onto the second card. */
  tp_selection_set_one (f->selection, TP_ELEMENT (arrow));
  tp_ui_test_spin ();
  drag (f, arrow, TP_BLUEPRINT_POINT_FROM, cards[1]);
  g_assert_cmpstr (tp_connection_get_from (arrow), ==, tp_element_get_id (TP_ELEMENT (cards[1])));

  /* Its kind, from the context menu's action. */
  tp_selection_set_one (f->selection, TP_ELEMENT (arrow));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "blueprint.connection-kind",
                                             "s", "rework"));
  g_assert_cmpint (tp_connection_get_kind (arrow), ==, TP_CONNECTION_KIND_REWORK);
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Connection Kind");

  /* Delete, as one step; undo brings it back. */
  tp_selection_set_one (f->selection, TP_ELEMENT (arrow));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "blueprint.delete-connection",
                                             NULL));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before - 1);
  g_assert_null (tp_element_get_parent (TP_ELEMENT (arrow)));
  g_assert_cmpuint (tp_selection_get_count (f->selection), ==, 0);
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before);
  g_assert_cmpint (tp_connection_get_kind (TP_CONNECTION (tp_project_lookup (f->project, tp_element_get_id (TP_ELEMENT (arrow))))),
                   ==, TP_CONNECTION_KIND_REWORK);
}

/* Edit ▸ Delete (win.delete, which the menus and the Delete key of the window
 * reach) deletes a selected arrow, one undo step; before, the window counted
 * only cards, phases and lanes, so the action was off with an arrow selected. */
static void
test_window_delete (Fixture       *f,
                    gconstpointer  data)
{
  GPtrArray *connections = tp_journey_get_connections (f->journey);
  TpConnection *connection;
  guint n = connections->len;

  g_assert_cmpuint (n, >, 0);
  connection = g_object_ref (g_ptr_array_index (connections, 0));
  tp_selection_set_one (f->selection, TP_ELEMENT (connection));
  tp_ui_test_spin ();
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "delete"));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "delete", NULL);
  tp_ui_test_spin ();
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, n - 1);
  g_assert_null (tp_element_get_project (TP_ELEMENT (connection)));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Delete Connection");
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, n);
  g_object_unref (connection);
}

static void
test_keyboard_connect (Fixture       *f,
                       gconstpointer  data)
{
  TpCard *cards[3];
  TpElement *two[2];
  TpCard *target;
  gboolean existed;
  guint before = tp_journey_get_connections (f->journey)->len;

  pick_cards (f, cards);

  /* Two cards selected, Ctrl+K: an arrow from the first to the second. */
  two[0] = TP_ELEMENT (cards[0]);
  two[1] = TP_ELEMENT (cards[2]);
  tp_selection_set (f->selection, two, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "blueprint.connect", NULL));
  g_assert_nonnull (find_connection (f, cards[0], cards[2]));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before + 1);
  g_assert_true (tp_project_undo (f->project));
  g_assert_null (find_connection (f, cards[0], cards[2]));

  /* One card, Ctrl+K, the arrow keys to another card, Ctrl+K again. */
  tp_selection_set_one (f->selection, TP_ELEMENT (cards[1]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "blueprint.connect", NULL));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before);
  g_assert_true (tp_canvas_move_selection (f->canvas, TP_CANVAS_RIGHT)
                 || tp_canvas_move_selection (f->canvas, TP_CANVAS_LEFT));
  g_assert_true (TP_IS_CARD (tp_selection_get_primary (f->selection)));
  g_assert_true (tp_selection_get_primary (f->selection) != TP_ELEMENT (cards[1]));
  target = TP_CARD (tp_selection_get_primary (f->selection));
  existed = find_connection (f, cards[1], target) != NULL;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "blueprint.connect", NULL));
  g_assert_nonnull (find_connection (f, cards[1], target));
  /* An arrow already there is selected, not doubled. */
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before + (existed ? 0 : 1));
  g_assert_true (TP_IS_CONNECTION (tp_selection_get_primary (f->selection)));
  g_assert_cmpstr (tp_connection_get_from (TP_CONNECTION (tp_selection_get_primary (f->selection))),
                   ==, tp_element_get_id (TP_ELEMENT (cards[1])));
  if (!existed)
    g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Connect Cards");
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add ("/ui/blueprint-connect/drag", Fixture, NULL,
              fixture_set_up, test_drag_to_connect, fixture_tear_down);
  g_test_add ("/ui/blueprint-connect/select-retarget-delete", Fixture, NULL,
              fixture_set_up, test_select_retarget_delete, fixture_tear_down);
  g_test_add ("/ui/blueprint-connect/window-delete", Fixture, NULL,
              fixture_set_up, test_window_delete, fixture_tear_down);
  g_test_add ("/ui/blueprint-connect/keyboard", Fixture, NULL,
              fixture_set_up, test_keyboard_connect, fixture_tear_down);

  return tp_ui_test_run ();
}
