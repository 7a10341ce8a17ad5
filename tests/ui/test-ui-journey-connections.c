/* test-ui-journey-connections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arrows the journey map draws when View ▸ Show Connections is on are
 * as much the connections as the blueprint's: a click selects one (the
 * shared selection, so the inspector shows its kind, label and ends and
 * changes them), Delete deletes it in one undo step, and Tab walks a
 * selected card's arrows; a new arrow is drawn from a card's handle onto
 * another card. With the arrows hidden, the same click selects the cell under
 * it.
 */

#include "config.h"

#include "tp-ui-test.h"
#include "ui/tp-canvas.h"
#include "ui/tp-inspector.h"
#include "ui/tp-journey-view.h"

typedef struct {
  TpWindow    *window;
  TpProject   *project;
  TpJourney   *journey;
  TpCanvas    *canvas;
  TpSelection *selection;
  TpInspector *inspector;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  AdwViewStack *stack;

  /* The service blueprint template: a journey with connections. */
  f->window = tp_ui_test_new_window (TP_LENS_BLUEPRINT);
  f->project = tp_window_get_project (f->window);
  f->journey = tp_window_get_journey (f->window);
  f->selection = tp_window_get_selection (f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "journey");
  tp_ui_test_sleep (200);
  f->canvas = TP_CANVAS (tp_ui_test_find_widget (GTK_WIDGET (f->window), TP_TYPE_JOURNEY_VIEW));
  f->inspector = TP_INSPECTOR (tp_ui_test_find_widget (GTK_WIDGET (f->window), TP_TYPE_INSPECTOR));
  g_assert_nonnull (f->canvas);
  g_assert_nonnull (f->inspector);
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

static void
show_connections (Fixture  *f,
                  gboolean  show)
{
  if (tp_journey_view_get_show_connections (TP_JOURNEY_VIEW (f->canvas)) != show)
    g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-connections", NULL);
  g_assert_true (tp_journey_view_get_show_connections (TP_JOURNEY_VIEW (f->canvas)) == show);
  tp_ui_test_sleep (100);
}

/* A connection the map draws, and a widget point in the middle of its longest segment, in view. */
static TpConnection *
visible_arrow (Fixture *f,
               double  *x,
               double  *y)
{
  GPtrArray *connections = tp_journey_get_connections (f->journey);

  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      const TpBlueprintRoute *route = tp_canvas_find_route (f->canvas, connection);
      TpPoint middle;
      graphene_rect_t area;
      TpRect point;

      if (route == NULL)
        continue;
      tp_canvas_scroll_to (f->canvas, TP_ELEMENT (connection));
      tp_ui_test_sleep (50);
      tp_blueprint_route_get_label_point (route, &middle, NULL);
      point = (TpRect) { middle.x, middle.y, 0, 0 };
      tp_canvas_map_rect_to_widget (f->canvas, &point, &area);
      *x = area.origin.x;
      *y = area.origin.y;
      if (*x > 20 && *y > 20 && *x < gtk_widget_get_width (GTK_WIDGET (f->canvas)) - 20
          && *y < gtk_widget_get_height (GTK_WIDGET (f->canvas)) - 20)
        return connection;
    }
  return NULL;
}

/* With TP_CANVAS_SCREENSHOTS naming a folder: the map as it is now, light and dark, to look at. */
static void
save_screenshots (Fixture    *f,
                  const char *name)
{
  const char *dir = g_getenv ("TP_CANVAS_SCREENSHOTS");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };

  if (dir == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree char *file = g_strdup_printf ("%s-%s.png", name, schemes[i]);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      tp_ui_test_sleep (200);
      texture = tp_ui_test_render (GTK_WIDGET (f->canvas));
      gdk_texture_save_to_png (texture, path);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
click (Fixture *f,
       double   x,
       double   y)
{
  tp_canvas_press (f->canvas, x, y, 0);
  tp_canvas_release (f->canvas, x, y);
  tp_ui_test_spin ();
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

static void
to_widget (Fixture *f,
           double   x,
           double   y,
           double  *wx,
           double  *wy)
{
  TpRect point = { x, y, 0, 0 };
  graphene_rect_t area;

  tp_canvas_map_rect_to_widget (f->canvas, &point, &area);
  *wx = area.origin.x;
  *wy = area.origin.y;
}

static gboolean
in_view (Fixture *f,
         double   wx,
         double   wy)
{
  return wx > 20 && wy > 20 && wx < gtk_widget_get_width (GTK_WIDGET (f->canvas)) - 20
         && wy < gtk_widget_get_height (GTK_WIDGET (f->canvas)) - 20;
}

/* Two cards in view, not yet joined either way: where the first's handle is and the
 * second's middle, widget points. */
static void
two_free_cards (Fixture *f,
                TpCard  *cards[2],
                double  *hx,
                double  *hy,
                double  *cx,
                double  *cy)
{
  GPtrArray *all = tp_journey_get_cards (f->journey);

  tp_canvas_scroll_to (f->canvas, g_ptr_array_index (all, 0));
  tp_ui_test_sleep (50);
  for (guint i = 0; i < all->len; i++)
    for (guint j = 0; j < all->len; j++)
      {
        TpCard *a = g_ptr_array_index (all, i), *b = g_ptr_array_index (all, j);
        TpRect rect;
        double x, y;

        if (a == b || find_connection (f, a, b) != NULL || find_connection (f, b, a) != NULL
            || !tp_canvas_get_handle_point (f->canvas, a, &x, &y))
          continue;
        to_widget (f, x, y, hx, hy);
        if (!in_view (f, *hx, *hy)
            || !TP_CANVAS_GET_CLASS (f->canvas)->get_element_rect (f->canvas, TP_ELEMENT (b), &rect))
          continue;
        to_widget (f, rect.x + rect.width / 2, rect.y + rect.height / 2, cx, cy);
        if (!in_view (f, *cx, *cy))
          continue;
        cards[0] = a;
        cards[1] = b;
        return;
      }
  g_assert_not_reached ();
}

static void
drag (Fixture *f,
      double   x0,
      double   y0,
      double   x1,
      double   y1)
{
  tp_canvas_press (f->canvas, x0, y0, 0);
  for (int i = 1; i <= 5; i++)
    tp_canvas_motion (f->canvas, x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5);
  tp_canvas_release (f->canvas, x1, y1);
  tp_ui_test_spin ();
}

/* With Show Connections, a new arrow is drawn on the map as in the blueprint: from the
 * selected card's handle onto another card, one undo step; with the arrows hidden the
 * handle is not there. */
static void
test_draw_new_arrow (Fixture       *f,
                     gconstpointer  data)
{
  TpCard *cards[2];
  guint before = tp_journey_get_connections (f->journey)->len;
  TpConnection *made;
  double hx, hy, cx, cy;

  show_connections (f, TRUE);
  two_free_cards (f, cards, &hx, &hy, &cx, &cy);
  tp_selection_set_one (f->selection, TP_ELEMENT (cards[0]));
  tp_ui_test_spin ();
  save_screenshots (f, "journey-connect-handle");
  drag (f, hx, hy, cx, cy);

  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before + 1);
  made = find_connection (f, cards[0], cards[1]);
  g_assert_nonnull (made);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (made));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Connect Cards");
  g_assert_nonnull (tp_canvas_find_route (f->canvas, made));

  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, before);
  g_assert_null (find_connection (f, cards[0], cards[1]));

  /* Arrows hidden: the same drag draws none. */
  show_connections (f, FALSE);
  tp_selection_set_one (f->selection, TP_ELEMENT (cards[0]));
  tp_ui_test_spin ();
  drag (f, hx, hy, cx, cy);
  g_assert_null (find_connection (f, cards[0], cards[1]));
}

static void
test_click_select_edit_delete (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(TpConnection) connection = NULL;
  guint n = tp_journey_get_connections (f->journey)->len;
  GtkWidget *kind;
  TpPhase *phase;
  TpLane *lane;
  double x, y;

  /* Hidden arrows are not there to click: the cell under the point is selected. */
  show_connections (f, TRUE);
  connection = g_object_ref (visible_arrow (f, &x, &y));
  show_connections (f, FALSE);
  g_assert_null (tp_canvas_find_route (f->canvas, connection));
  click (f, x, y);
  g_assert_true (tp_selection_get_primary (f->selection) != TP_ELEMENT (connection));

  /* Shown, a click on the arrow selects it, and the inspector edits it. */
  show_connections (f, TRUE);
  click (f, x, y);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (connection));
  g_assert_false (tp_selection_get_cell (f->selection, &phase, &lane));
  tp_ui_test_spin ();
  g_assert_true (tp_inspector_get_element (f->inspector) == TP_ELEMENT (connection));
  save_screenshots (f, "journey-arrow-selected");
  kind = tp_inspector_get_field (f->inspector, "kind");
  g_assert_true (ADW_IS_COMBO_ROW (kind));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), TP_CONNECTION_KIND_REWORK);
  tp_ui_test_spin ();
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_REWORK);
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Connection Kind");

  /* Its label named in place (F2), over the arrow: one undo step. */
  tp_canvas_start_rename (f->canvas, TP_ELEMENT (connection));
  tp_ui_test_sleep (50);
  g_assert_nonnull (tp_canvas_get_rename_entry (f->canvas));
  g_assert_true (gtk_widget_get_child_visible (tp_canvas_get_rename_entry (f->canvas)));
  gtk_editable_set_text (GTK_EDITABLE (tp_canvas_get_rename_entry (f->canvas)), "on paper");
  tp_canvas_stop_rename (f->canvas, TRUE);
  g_assert_cmpstr (tp_connection_get_label (connection), ==, "on paper");
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Rename");
  tp_selection_set_one (f->selection, TP_ELEMENT (connection));

  /* Delete (the window's action, which the Delete key and the menus reach): one undo step. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "delete"));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "delete", NULL);
  tp_ui_test_spin ();
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, n - 1);
  g_assert_null (tp_element_get_parent (TP_ELEMENT (connection)));
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Delete Connection");
  tp_ui_test_sleep (50);
  /* Gone from the map too: the same point now selects the cell. */
  click (f, x, y);
  g_assert_true (tp_selection_get_primary (f->selection) != TP_ELEMENT (connection));

  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, ==, n);
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_REWORK);
  tp_ui_test_sleep (50);
  click (f, x, y);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (connection));
}

/* Tab from a card selects each of its arrows in turn, then the card again; Shift+Tab goes back. */
static void
test_tab_walks_arrows (Fixture       *f,
                       gconstpointer  data)
{
  TpConnection *connection;
  TpCard *card;
  guint arrows = 0;
  double x, y;

  show_connections (f, TRUE);
  connection = visible_arrow (f, &x, &y);
  g_assert_nonnull (connection);
  card = TP_CARD (tp_project_lookup (f->project, tp_connection_get_from (connection)));
  for (guint i = 0; i < tp_journey_get_connections (f->journey)->len; i++)
    {
      TpConnection *c = g_ptr_array_index (tp_journey_get_connections (f->journey), i);

      if (tp_canvas_find_route (f->canvas, c) != NULL
          && (g_strcmp0 (tp_connection_get_from (c), tp_element_get_id (TP_ELEMENT (card))) == 0
              || g_strcmp0 (tp_connection_get_to (c), tp_element_get_id (TP_ELEMENT (card))) == 0))
        arrows++;
    }
  g_assert_cmpuint (arrows, >, 0);

  tp_selection_set_one (f->selection, TP_ELEMENT (card));
  for (guint i = 0; i < arrows; i++)
    {
      g_assert_true (tp_canvas_walk_connections (f->canvas, FALSE));
      g_assert_true (TP_IS_CONNECTION (tp_selection_get_primary (f->selection)));
    }
  g_assert_true (tp_canvas_walk_connections (f->canvas, FALSE));
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (card));
  g_assert_true (tp_canvas_walk_connections (f->canvas, TRUE));
  g_assert_true (TP_IS_CONNECTION (tp_selection_get_primary (f->selection)));

  /* Hidden, there is nothing to walk: Tab moves the focus on as anywhere else. */
  tp_selection_set_one (f->selection, TP_ELEMENT (card));
  show_connections (f, FALSE);
  g_assert_false (tp_canvas_walk_connections (f->canvas, FALSE));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add ("/ui/journey-connections/click-select-edit-delete", Fixture, NULL,
              fixture_set_up, test_click_select_edit_delete, fixture_tear_down);
  g_test_add ("/ui/journey-connections/draw-new-arrow", Fixture, NULL,
              fixture_set_up, test_draw_new_arrow, fixture_tear_down);
  g_test_add ("/ui/journey-connections/tab", Fixture, NULL,
              fixture_set_up, test_tab_walks_arrows, fixture_tear_down);

  return tp_ui_test_run ();
}
