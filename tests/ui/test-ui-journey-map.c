/* test-ui-journey-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map in the editor window, driven as a person drives it: a
 * press and drag go through the functions the pointer gestures call (GTK 4.8
 * cannot fake a pointer), keys through the view's own key bindings, clicks on
 * the card palette through its buttons. Selecting empty cells and headers,
 * adding cards where the selection is, Escape, moving several cards at once,
 * the rename box, the menus' shortcut labels, and what the map does with a
 * dropped file.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "ui/tp-card-palette.h"
#include "ui/tp-journey-view-private.h"
#include "tp-ui-test.h"

typedef struct {
  TpWindow      *window;
  TpJourneyView *view;
  TpSelection   *selection;
  TpProject     *project;
  TpJourney     *journey;
} Editor;

/* A window with a Five phases map, shown and fitted so that every cell is on screen. */
static void
editor_open (Editor *e)
{
  e->window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  gtk_window_set_default_size (GTK_WINDOW (e->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (e->window));
  e->view = TP_JOURNEY_VIEW (tp_ui_test_find_widget (GTK_WIDGET (e->window), TP_TYPE_JOURNEY_VIEW));
  e->selection = tp_window_get_selection (e->window);
  e->project = tp_window_get_project (e->window);
  e->journey = tp_window_get_journey (e->window);
  tp_ui_test_sleep (300);
  tp_canvas_zoom_to_fit (TP_CANVAS (e->view));
  tp_ui_test_sleep (100);
}

static void
editor_close (Editor *e)
{
  gtk_window_destroy (GTK_WINDOW (e->window));
  tp_ui_test_spin ();
}

static TpJourneyLayout *
layout_of (Editor *e)
{
  return _tp_journey_view_ensure_layout (e->view);
}

/* The widget point at the middle of map rectangle @rect. */
static void
widget_point (Editor       *e,
              const TpRect *rect,
              double       *x,
              double       *y)
{
  graphene_rect_t area;

  tp_canvas_map_rect_to_widget (TP_CANVAS (e->view), rect, &area);
  *x = area.origin.x + area.size.width / 2;
  *y = area.origin.y + area.size.height / 2;
}

/* A press and release of the main button at the middle of @rect, as a click. */
static void
click_rect (Editor          *e,
            const TpRect    *rect,
            GdkModifierType  mods)
{
  double x, y;

  widget_point (e, rect, &x, &y);
  tp_canvas_press (TP_CANVAS (e->view), x, y, mods);
  tp_canvas_release (TP_CANVAS (e->view), x, y);
  tp_ui_test_spin ();
}

/* Presses @keyval with @mods on @widget through its key bindings (its shortcut controllers). */
static void
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods
              && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                               gtk_shortcut_get_arguments (shortcut)))
            {
              tp_ui_test_spin ();
              return;
            }
        }
    }
  g_error ("no key binding took %s", gtk_accelerator_name (keyval, mods));
}

/* An empty cell of the map (not in the feelings lane). */
static gboolean
find_empty_cell (Editor *e,
                 guint  *column,
                 guint  *row)
{
  TpJourneyLayout *layout = layout_of (e);

  for (guint c = 0; c < tp_journey_layout_get_n_columns (layout); c++)
    for (guint r = 0; r < tp_journey_layout_get_n_rows (layout); r++)
      {
        guint n;

        tp_journey_layout_get_cell_cards (layout, c, r, &n);
        if (n == 0 && !tp_journey_layout_row_is_feelings (layout, r))
          {
            *column = c;
            *row = r;
            return TRUE;
          }
      }
  return FALSE;
}

static GtkWidget *
rename_entry (Editor *e)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (e->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child))
      return child;
  return NULL;
}

static gboolean
rename_entry_has_focus (gpointer data)
{
  GtkWidget *entry = rename_entry (data);

  return entry != NULL && (gtk_widget_has_focus (entry) || gtk_widget_get_focus_child (entry) != NULL);
}

static GdkTexture *
render_widget (GtkWidget *widget)
{
  return tp_ui_test_render (widget);
}

static void
save_screenshot (GdkTexture *texture,
                 const char *name)
{
  const char *dir = g_getenv ("TP_CANVAS_SCREENSHOTS");

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      gdk_texture_save_to_png (texture, path);
    }
}

static guint32
pixel_at (GdkTexture *texture,
          int         x,
          int         y)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);

  g_assert_true (x >= 0 && y >= 0 && x < w && y < h);
  gdk_texture_download (texture, (guchar *) pixels, w * 4);
  return pixels[y * w + x];
}

/* --- An empty cell can be selected, and cards go where the selection is ---- */

static void
test_empty_cell_click_and_add (void)
{
  Editor e;
  guint column, row, n;
  TpPhase *phase;
  TpLane *lane, *cell_lane;
  TpPhase *cell_phase;
  TpElement *card;
  TpRect rect;
  GtkWidget *entry;

  editor_open (&e);
  g_assert_true (find_empty_cell (&e, &column, &row));
  phase = tp_journey_layout_get_phase (layout_of (&e), column);
  lane = tp_journey_layout_get_lane (layout_of (&e), row);
  tp_journey_layout_get_cell (layout_of (&e), column, row, &rect);

  /* A click on the empty cell selects that cell and nothing else. */
  click_rect (&e, &rect, 0);
  g_assert_cmpuint (tp_selection_get_count (e.selection), ==, 0);
  g_assert_true (tp_selection_get_cell (e.selection, &cell_phase, &cell_lane));
  g_assert_true (cell_phase == phase);
  g_assert_true (cell_lane == lane);

  /* A click on the palette puts the card there, selected, its title open for typing. */
  g_signal_emit_by_name (tp_ui_test_find_palette_button (GTK_WIDGET (e.window), TP_CARD_KIND_NOTE), "clicked");
  tp_ui_test_spin ();
  card = tp_selection_get_primary (e.selection);
  g_assert_true (TP_IS_CARD (card));
  g_assert_cmpint (tp_card_get_kind (TP_CARD (card)), ==, TP_CARD_KIND_NOTE);
  g_assert_cmpstr (tp_card_get_phase (TP_CARD (card)), ==, tp_element_get_id (TP_ELEMENT (phase)));
  g_assert_cmpstr (tp_card_get_lane (TP_CARD (card)), ==, tp_element_get_id (TP_ELEMENT (lane)));
  g_assert_cmpstr (tp_card_get_title (TP_CARD (card)), ==, "");
  entry = rename_entry (&e);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==,
                   tp_enum_get_label (TP_TYPE_CARD_KIND, TP_CARD_KIND_NOTE));
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (tp_project_undo (e.project));
  tp_ui_test_spin ();
  tp_journey_layout_get_cell_cards (layout_of (&e), column, row, &n);
  g_assert_cmpuint (n, ==, 0);

  /* Enter on the selected empty cell adds the lane's kind of card there. */
  click_rect (&e, &rect, 0);
  press_key (GTK_WIDGET (e.view), GDK_KEY_Return, 0);
  card = tp_selection_get_primary (e.selection);
  g_assert_true (TP_IS_CARD (card));
  g_assert_cmpint (tp_card_get_kind (TP_CARD (card)), ==,
                   tp_lane_kind_default_card_kind (tp_lane_get_kind (lane)));
  g_assert_cmpstr (tp_card_get_lane (TP_CARD (card)), ==, tp_element_get_id (TP_ELEMENT (lane)));
  g_assert_cmpstr (tp_card_get_title (TP_CARD (card)), ==, "");
  g_assert_nonnull (rename_entry (&e));
  gtk_editable_set_text (GTK_EDITABLE (rename_entry (&e)), "Asks a friend");
  g_signal_emit_by_name (rename_entry (&e), "activate");
  g_assert_cmpstr (tp_card_get_title (TP_CARD (card)), ==, "Asks a friend");
  /* Adding and naming are two steps: undo takes the name first, then the card. */
  g_assert_true (tp_project_undo (e.project));
  g_assert_true (tp_project_undo (e.project));
  tp_ui_test_spin ();

  /* The "Add Card" item of the map's menu and the window's Add Card do the same. */
  click_rect (&e, &rect, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (e.view), "view.add", NULL));
  tp_ui_test_spin ();
  card = tp_selection_get_primary (e.selection);
  g_assert_cmpstr (tp_card_get_phase (TP_CARD (card)), ==, tp_element_get_id (TP_ELEMENT (phase)));
  g_assert_cmpstr (tp_card_get_lane (TP_CARD (card)), ==, tp_element_get_id (TP_ELEMENT (lane)));
  g_signal_emit_by_name (rename_entry (&e), "activate");
  click_rect (&e, &rect, 0);
  g_action_group_activate_action (G_ACTION_GROUP (e.window), "add-card", NULL);
  tp_ui_test_spin ();
  tp_journey_layout_get_cell_cards (layout_of (&e), column, row, &n);
  g_assert_cmpuint (n, ==, 2);

  /* Selecting a card moves the cursor cell to the card's. */
  g_assert_true (tp_selection_get_cursor_cell (e.selection, &cell_phase, &cell_lane));
  g_assert_true (cell_phase == phase && cell_lane == lane);
  g_assert_false (tp_selection_get_cell (e.selection, NULL, NULL));

  editor_close (&e);
}

/* Every way of adding a card gives it the same start: no title, its kind shown instead. */
static void
test_new_card_same_default (void)
{
  Editor e;
  TpJourneyLayout *layout;
  const TpCardBox *box;
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  TpDropTarget drop;
  guint column, row;
  TpRect rect;
  double x, y;

  editor_open (&e);
  layout = layout_of (&e);
  box = tp_journey_layout_get_card_box (layout, 0);

  /* After a card: Enter, the map's menu and the window's Add Card. */
  tp_selection_set_one (e.selection, TP_ELEMENT (box->card));
  press_key (GTK_WIDGET (e.view), GDK_KEY_Return, 0);
  g_ptr_array_add (added, tp_selection_get_primary (e.selection));
  g_signal_emit_by_name (rename_entry (&e), "activate");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (e.view), "view.add", NULL));
  g_ptr_array_add (added, tp_selection_get_primary (e.selection));
  g_signal_emit_by_name (rename_entry (&e), "activate");
  g_action_group_activate_action (G_ACTION_GROUP (e.window), "add-card", NULL);
  tp_ui_test_spin ();
  g_ptr_array_add (added, tp_selection_get_primary (e.selection));
  g_signal_emit_by_name (rename_entry (&e), "activate");

  /* The palette: a click, and a drop on an empty cell. */
  g_signal_emit_by_name (tp_ui_test_find_palette_button (GTK_WIDGET (e.window), TP_CARD_KIND_THOUGHT), "clicked");
  tp_ui_test_spin ();
  g_ptr_array_add (added, tp_selection_get_primary (e.selection));
  g_signal_emit_by_name (rename_entry (&e), "activate");

  g_assert_true (find_empty_cell (&e, &column, &row));
  tp_journey_layout_get_cell (layout_of (&e), column, row, &rect);
  widget_point (&e, &rect, &x, &y);
  g_value_init (&value, TP_TYPE_CARD_KIND);
  g_value_set_enum (&value, TP_CARD_KIND_PAIN_POINT);
  {
    GtkDropTarget *target = NULL;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (e.view));
    gboolean done = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);
    g_signal_emit_by_name (target, "drop", &value, x, y, &done);
    g_assert_true (done);
  }
  tp_ui_test_spin ();
  g_ptr_array_add (added, tp_selection_get_primary (e.selection));
  g_assert_true (tp_journey_layout_drop_target (layout_of (&e), rect.x + 4, rect.y + 4, NULL, 0, &drop));

  for (guint i = 0; i < added->len; i++)
    {
      TpElement *card = g_ptr_array_index (added, i);

      g_assert_true (TP_IS_CARD (card));
      g_assert_cmpstr (tp_card_get_title (TP_CARD (card)), ==, "");
    }
  /* The last one still has its title open, ready to type. */
  g_assert_nonnull (rename_entry (&e));
  /* The focus moves in once the window is active, which a loaded machine delays. */
  tp_ui_test_wait_until (rename_entry_has_focus, &e);

  editor_close (&e);
}

/* Arrow keys go through empty cells to the lane and phase headers. */
static void
test_arrows_reach_cells_and_headers (void)
{
  Editor e;
  TpJourneyLayout *layout;
  TpPhase *phase;
  TpLane *lane;
  guint column, row;
  TpRect rect;

  editor_open (&e);
  g_assert_true (find_empty_cell (&e, &column, &row));
  layout = layout_of (&e);
  tp_journey_layout_get_cell (layout, column, row, &rect);
  click_rect (&e, &rect, 0);

  /* Left, cell by cell, to the lane header. */
  for (guint c = column; c > 0; c--)
    press_key (GTK_WIDGET (e.view), GDK_KEY_Left, 0);
  g_assert_true (tp_selection_get_cursor_cell (e.selection, &phase, &lane)
                 || TP_IS_CARD (tp_selection_get_primary (e.selection)));
  press_key (GTK_WIDGET (e.view), GDK_KEY_Left, 0);
  g_assert_true (tp_selection_get_primary (e.selection)
                 == TP_ELEMENT (tp_journey_layout_get_lane (layout_of (&e), row)));

  /* Right again into the first cell of the lane. */
  press_key (GTK_WIDGET (e.view), GDK_KEY_Right, 0);
  g_assert_true (tp_selection_get_cursor_cell (e.selection, &phase, &lane));
  g_assert_true (phase == tp_journey_layout_get_phase (layout_of (&e), 0));
  g_assert_true (lane == tp_journey_layout_get_lane (layout_of (&e), row));

  /* Up, through cards and cells, to the phase header. */
  for (guint i = 0; i < 40 && !TP_IS_PHASE (tp_selection_get_primary (e.selection)); i++)
    press_key (GTK_WIDGET (e.view), GDK_KEY_Up, 0);
  g_assert_true (tp_selection_get_primary (e.selection)
                 == TP_ELEMENT (tp_journey_layout_get_phase (layout_of (&e), 0)));

  /* Down from the header: into the first lane's cell of that phase. */
  press_key (GTK_WIDGET (e.view), GDK_KEY_Down, 0);
  g_assert_true (tp_selection_get_cursor_cell (e.selection, &phase, &lane));
  g_assert_true (lane == tp_journey_layout_get_lane (layout_of (&e), 0));

  editor_close (&e);
}

/* The selected cell is drawn selected, in light and dark. */
static void
test_draws_selected_cell (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      Editor e;
      g_autoptr(GdkTexture) before = NULL;
      g_autoptr(GdkTexture) after = NULL;
      g_autofree char *name = NULL;
      guint column, row;
      guint32 was, is;
      TpRect rect;
      double x, y;

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      editor_open (&e);
      tp_canvas_set_zoom (TP_CANVAS (e.view), 1.0);
      tp_ui_test_sleep (100);
      g_assert_true (find_empty_cell (&e, &column, &row));
      tp_journey_layout_get_cell (layout_of (&e), column, row, &rect);
      tp_canvas_scroll_to (TP_CANVAS (e.view),
                                 TP_ELEMENT (tp_journey_layout_get_phase (layout_of (&e), column)));
      tp_ui_test_sleep (100);
      widget_point (&e, &rect, &x, &y);

      before = render_widget (GTK_WIDGET (e.view));
      tp_canvas_press (TP_CANVAS (e.view), x, y, 0);
      tp_canvas_release (TP_CANVAS (e.view), x, y);
      tp_ui_test_sleep (100);
      after = render_widget (GTK_WIDGET (e.view));
      name = g_strdup_printf ("selected-cell-%s.png", schemes[i]);
      save_screenshot (after, name);

      /* The middle of the cell takes the selection's tint: more blue than before. */
      was = pixel_at (before, (int) x, (int) y);
      is = pixel_at (after, (int) x, (int) y);
      g_assert_cmpuint (was, !=, is);
      g_assert_cmpint ((int) (is & 0xff) - (int) ((is >> 16) & 0xff), >,
                       (int) (was & 0xff) - (int) ((was >> 16) & 0xff));
      editor_close (&e);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* --- Escape ------------------------------------------------------------- */

static void
test_escape_clears_selection (void)
{
  Editor e;
  const TpCardBox *box;
  guint column, row;
  TpRect rect;
  double x, y;

  editor_open (&e);
  box = tp_journey_layout_get_card_box (layout_of (&e), 0);

  tp_selection_set_one (e.selection, TP_ELEMENT (box->card));
  press_key (GTK_WIDGET (e.view), GDK_KEY_Escape, 0);
  g_assert_cmpuint (tp_selection_get_count (e.selection), ==, 0);

  g_assert_true (find_empty_cell (&e, &column, &row));
  tp_journey_layout_get_cell (layout_of (&e), column, row, &rect);
  click_rect (&e, &rect, 0);
  g_assert_true (tp_selection_get_cell (e.selection, NULL, NULL));
  press_key (GTK_WIDGET (e.view), GDK_KEY_Escape, 0);
  g_assert_false (tp_selection_get_cell (e.selection, NULL, NULL));

  /* During a drag, Escape drops the drag and keeps the selection. */
  box = tp_journey_layout_get_card_box (layout_of (&e), 0);
  widget_point (&e, &box->rect, &x, &y);
  tp_canvas_press (TP_CANVAS (e.view), x, y, 0);
  tp_canvas_motion (TP_CANVAS (e.view), x + 200, y);
  g_assert_true (tp_canvas_is_dragging (TP_CANVAS (e.view), box->card));
  press_key (GTK_WIDGET (e.view), GDK_KEY_Escape, 0);
  g_assert_true (tp_selection_contains (e.selection, TP_ELEMENT (box->card)));
  tp_canvas_release (TP_CANVAS (e.view), x + 200, y);
  g_assert_false (tp_project_can_undo (e.project));

  editor_close (&e);
}

/* --- Moving several cards ------------------------------------------------ */

typedef struct {
  guint column;
  guint row;
} Cell;

static Cell
cell_of (Editor *e,
         TpCard *card)
{
  const TpCardBox *box = tp_journey_layout_find_card (layout_of (e), card);

  g_assert_nonnull (box);
  return (Cell) { box->column, box->row };
}

/* Two cards in different phases and lanes, neither in the last phase nor in the feelings lane. */
static void
pick_two_cards (Editor  *e,
                TpCard **a,
                TpCard **b)
{
  TpJourneyLayout *layout = layout_of (e);
  guint last = tp_journey_layout_get_n_columns (layout) - 1;

  *a = *b = NULL;
  for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
    {
      const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);

      if (box->column >= last - 1 || tp_journey_layout_row_is_feelings (layout, box->row))
        continue;
      if (*a == NULL)
        *a = box->card;
      else if (cell_of (e, *a).column != box->column && cell_of (e, *a).row != box->row)
        {
          *b = box->card;
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_drag_moves_group_by_offset (void)
{
  Editor e;
  TpCard *a, *b;
  Cell a0, b0;
  const TpCardBox *box;
  TpElement *both[2];
  double x, y, phase_width;

  editor_open (&e);
  pick_two_cards (&e, &a, &b);
  a0 = cell_of (&e, a);
  b0 = cell_of (&e, b);
  both[0] = TP_ELEMENT (a);
  both[1] = TP_ELEMENT (b);
  tp_selection_set (e.selection, both, 2);

  /* Drag card a one phase to the right: b goes one phase right too, both keep their lanes. */
  box = tp_journey_layout_find_card (layout_of (&e), a);
  widget_point (&e, &box->rect, &x, &y);
  phase_width = tp_journey_layout_get_options (layout_of (&e))->phase_width
                * tp_canvas_get_zoom (TP_CANVAS (e.view));
  tp_canvas_press (TP_CANVAS (e.view), x, y, 0);
  tp_canvas_motion (TP_CANVAS (e.view), x + phase_width / 2, y);
  tp_canvas_motion (TP_CANVAS (e.view), x + phase_width, y);
  tp_canvas_release (TP_CANVAS (e.view), x + phase_width, y);
  tp_ui_test_spin ();

  g_assert_cmpuint (cell_of (&e, a).column, ==, a0.column + 1);
  g_assert_cmpuint (cell_of (&e, a).row, ==, a0.row);
  g_assert_cmpuint (cell_of (&e, b).column, ==, b0.column + 1);
  g_assert_cmpuint (cell_of (&e, b).row, ==, b0.row);
  g_assert_true (tp_selection_contains (e.selection, TP_ELEMENT (a)));
  g_assert_true (tp_selection_contains (e.selection, TP_ELEMENT (b)));

  /* One undo step brings both back. */
  g_assert_true (tp_project_undo (e.project));
  tp_ui_test_spin ();
  g_assert_cmpuint (cell_of (&e, a).column, ==, a0.column);
  g_assert_cmpuint (cell_of (&e, b).column, ==, b0.column);
  g_assert_cmpuint (cell_of (&e, b).row, ==, b0.row);
  g_assert_false (tp_project_can_undo (e.project));

  if (g_getenv ("TP_CANVAS_SCREENSHOTS") != NULL)
    {
      g_autoptr(GdkTexture) shot = NULL;

      g_assert_true (tp_project_redo (e.project));
      tp_ui_test_sleep (200);
      shot = render_widget (GTK_WIDGET (e.window));
      save_screenshot (shot, "moved-group.png");
    }

  editor_close (&e);
}

static void
test_keys_move_group_to_edge (void)
{
  Editor e;
  TpJourneyLayout *layout;
  TpCard *a, *b;
  Cell a0, b0;
  TpElement *both[2];
  guint last;

  editor_open (&e);
  layout = layout_of (&e);
  last = tp_journey_layout_get_n_columns (layout) - 1;
  pick_two_cards (&e, &a, &b);
  a0 = cell_of (&e, a);
  b0 = cell_of (&e, b);
  both[0] = TP_ELEMENT (a);
  both[1] = TP_ELEMENT (b);
  tp_selection_set (e.selection, both, 2);

  /* Ctrl+Right: both one phase on, each in its own lane. */
  press_key (GTK_WIDGET (e.view), GDK_KEY_Right, GDK_CONTROL_MASK);
  g_assert_cmpuint (cell_of (&e, a).column, ==, a0.column + 1);
  g_assert_cmpuint (cell_of (&e, a).row, ==, a0.row);
  g_assert_cmpuint (cell_of (&e, b).column, ==, b0.column + 1);
  g_assert_cmpuint (cell_of (&e, b).row, ==, b0.row);
  g_assert_true (tp_project_undo (e.project));
  tp_ui_test_spin ();
  g_assert_cmpuint (cell_of (&e, a).column, ==, a0.column);
  g_assert_cmpuint (cell_of (&e, b).column, ==, b0.column);

  /* Far right: the card in front stops at the last phase, the other keeps coming. */
  for (guint i = 0; i < last + 2; i++)
    press_key (GTK_WIDGET (e.view), GDK_KEY_Right, GDK_CONTROL_MASK);
  g_assert_cmpuint (MAX (cell_of (&e, a).column, cell_of (&e, b).column), ==, last);
  g_assert_cmpuint (MIN (cell_of (&e, a).column, cell_of (&e, b).column), ==, last);
  g_assert_cmpuint (cell_of (&e, a).row, ==, a0.row);
  g_assert_cmpuint (cell_of (&e, b).row, ==, b0.row);

  editor_close (&e);
}

/* --- Drawing ------------------------------------------------------------ */

/* What is typed in the rename box hides the title under it: the box is opaque. */
static void
test_rename_box_is_opaque (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      Editor e;
      g_autoptr(GdkTexture) shot = NULL;
      g_autofree char *name = NULL;
      const TpCardBox *box;
      GtkWidget *entry;
      int w, h;

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      editor_open (&e);
      tp_canvas_set_zoom (TP_CANVAS (e.view), 1.0);
      box = tp_journey_layout_get_card_box (layout_of (&e), 0);
      tp_selection_set_one (e.selection, TP_ELEMENT (box->card));
      press_key (GTK_WIDGET (e.view), GDK_KEY_F2, 0);
      entry = rename_entry (&e);
      g_assert_nonnull (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), "Wi");
      tp_ui_test_sleep (200);

      shot = render_widget (entry);
      w = gdk_texture_get_width (shot);
      h = gdk_texture_get_height (shot);
      /* Right of the short text and inside the rounded corners, every pixel is opaque. */
      for (int x = w / 2; x < w - 8; x += 4)
        for (int y = 6; y < h - 6; y += 2)
          g_assert_cmphex (pixel_at (shot, x, y) >> 24, ==, 0xff);

      if (g_getenv ("TP_CANVAS_SCREENSHOTS") != NULL)
        {
          g_autoptr(GdkTexture) view = render_widget (GTK_WIDGET (e.window));

          name = g_strdup_printf ("rename-%s.png", schemes[i]);
          save_screenshot (view, name);
        }
      editor_close (&e);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* --- Low zoom -------------------------------------------------------------- */

/* Zoomed out to 25 % and back, the map stays whole on screen. */
static void
test_low_zoom (void)
{
  Editor e;
  g_autoptr(GdkTexture) shot = NULL;
  double x, y, w, h, mw, mh, zoom;

  editor_open (&e);
  tp_canvas_set_zoom (TP_CANVAS (e.view), 1.0);
  tp_canvas_scroll_to (TP_CANVAS (e.view), TP_ELEMENT (g_ptr_array_index (tp_journey_get_phases (e.journey), 4)));
  tp_canvas_set_zoom (TP_CANVAS (e.view), 0.25);
  tp_ui_test_sleep (200);

  zoom = tp_canvas_get_zoom (TP_CANVAS (e.view));
  tp_canvas_get_scroll (TP_CANVAS (e.view), &x, &y);
  w = gtk_widget_get_width (GTK_WIDGET (e.view)) / zoom;
  h = gtk_widget_get_height (GTK_WIDGET (e.view)) / zoom;
  mw = tp_journey_layout_get_width (layout_of (&e));
  mh = tp_journey_layout_get_height (layout_of (&e));
  shot = render_widget (GTK_WIDGET (e.view));
  save_screenshot (shot, "zoom-25.png");

  /* The whole map fits, so the whole map shows: nothing cut off on either side. */
  g_assert_cmpfloat (mw, <=, w);
  g_assert_cmpfloat (x, <=, 0);
  g_assert_cmpfloat (x + w, >=, mw);
  g_assert_cmpfloat (y, <=, 0);
  g_assert_cmpfloat (y + h, >=, mh);

  /* From the left edge at 100 % out to just below the map's width: no empty band on the left
   * (beyond a small margin) while the right end is cut off. */
  tp_canvas_set_zoom (TP_CANVAS (e.view), 1.0);
  tp_canvas_set_scroll (TP_CANVAS (e.view), 0, 0);
  zoom = gtk_widget_get_width (GTK_WIDGET (e.view)) / mw * 1.1;
  tp_canvas_set_zoom (TP_CANVAS (e.view), zoom);
  tp_ui_test_sleep (100);
  zoom = tp_canvas_get_zoom (TP_CANVAS (e.view));
  tp_canvas_get_scroll (TP_CANVAS (e.view), &x, &y);
  w = gtk_widget_get_width (GTK_WIDGET (e.view)) / zoom;
  g_assert_cmpfloat (mw, >, w);
  g_assert_cmpfloat (x, >=, -24 / zoom - 0.01);
  g_assert_cmpfloat (x + w, <=, mw + 24 / zoom + 0.01);

  editor_close (&e);
}

/* No seam splits cards at low zoom (a map wider than the view, at 25 %). */
static void
test_seams (void)
{
  Editor e;
  g_autoptr(GdkTexture) shot = NULL;
  GPtrArray *lanes;

  editor_open (&e);
  lanes = tp_journey_get_lanes (e.journey);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(TpPhase) phase = tp_phase_new (NULL);

      g_object_set (phase, "title", "More", NULL);
      tp_project_insert (e.project, e.journey, TP_LIST_PHASES, -1, phase);
      for (guint l = 0; l < lanes->len; l++)
        for (guint k = 0; k < 3; k++)
          tp_project_add_card (e.project, phase, g_ptr_array_index (lanes, l), -1, TP_CARD_KIND_NOTE, "Card");
    }
  tp_ui_test_sleep (100);
  tp_canvas_set_zoom (TP_CANVAS (e.view), 0.25);
  tp_canvas_set_scroll (TP_CANVAS (e.view), 103.37, 11.7);
  tp_ui_test_sleep (200);
  shot = render_widget (GTK_WIDGET (e.view));
  save_screenshot (shot, "seams-25.png");

  /* Far out the map is drawn in tiles 512 device pixels wide: where one meets the next, inside
   * a card, the card's face is as even as anywhere else. */
  {
    double scale = tp_canvas_get_zoom (TP_CANVAS (e.view)) * gtk_widget_get_scale_factor (GTK_WIDGET (e.view));
    int seam = 512 - (int) round (103.37 * scale);
    double mx = 103.37 + seam / scale;
    TpJourneyLayout *layout = layout_of (&e);
    gboolean checked = FALSE;

    for (guint i = 0; i < tp_journey_layout_get_n_cards (layout) && !checked; i++)
      {
        const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);
        int y = (int) ((box->rect.y + box->rect.height / 2 - 11.7) * scale);
        guint32 face;

        if (box->rect.x + 24 > mx || box->rect.x + box->rect.width - 8 < mx
            || tp_journey_layout_row_is_feelings (layout, box->row))
          continue;
        face = pixel_at (shot, seam - 4, y);
        for (int x = seam - 3; x <= seam + 3; x++)
          for (int c = 0; c < 24; c += 8)
            g_assert_cmpint (ABS ((int) ((pixel_at (shot, x, y) >> c) & 0xff) - (int) ((face >> c) & 0xff)),
                             <=, 1);
        checked = TRUE;
      }
    g_assert_true (checked);
  }

  if (g_getenv ("TP_CANVAS_SCREENSHOTS") != NULL)
    {
      g_autoptr(GdkTexture) dark = NULL;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      tp_ui_test_sleep (200);
      dark = render_widget (GTK_WIDGET (e.view));
      save_screenshot (dark, "seams-25-dark.png");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    }
  editor_close (&e);
}

/* --- Connections ----------------------------------------------------------- */

/* Show Connections draws the journey's connections as arrows between the cards, in light and
 * dark; off again, they go. A way of looking: no undo step, nothing in the file. */
static void
test_show_connections (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      Editor e;
      g_autoptr(GdkTexture) off = NULL;
      g_autoptr(GdkTexture) on = NULL;
      g_autoptr(GdkTexture) off_again = NULL;
      g_autoptr(TpConnection) connection = NULL;
      g_autofree char *name = NULL;
      GVariant *state;
      const TpBlueprintRoute *route;
      TpCard *a, *b;
      TpRect segment;
      graphene_rect_t area;
      int x, y;

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      editor_open (&e);
      pick_two_cards (&e, &a, &b);
      connection = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (a)),
                                      tp_element_get_id (TP_ELEMENT (b)));
      tp_project_begin (e.project, "Connect");
      tp_project_insert (e.project, TP_ELEMENT (e.journey), TP_LIST_CONNECTIONS, -1,
                         TP_ELEMENT (connection));
      tp_project_commit (e.project);
      tp_ui_test_sleep (100);
      off = render_widget (GTK_WIDGET (e.view));

      /* Off at first; the window's stateful action turns them on. */
      state = g_action_group_get_action_state (G_ACTION_GROUP (e.window), "show-connections");
      g_assert_false (g_variant_get_boolean (state));
      g_variant_unref (state);
      g_action_group_activate_action (G_ACTION_GROUP (e.window), "show-connections", NULL);
      g_assert_true (tp_journey_view_get_show_connections (e.view));
      tp_ui_test_sleep (100);
      on = render_widget (GTK_WIDGET (e.view));
      name = g_strdup_printf ("connections-%s.png", schemes[i]);
      save_screenshot (on, name);

      /* Where the arrow runs down the column boundary, the map changed. */
      g_assert_nonnull (e.view->routes);
      g_assert_cmpuint (tp_journey_routes_get_n_routes (e.view->routes), ==, 1);
      route = tp_journey_routes_get_route (e.view->routes, 0);
      g_assert_true (route->connection == connection);
      g_assert_cmpuint (route->n_points, >=, 3);
      segment = (TpRect) { MIN (route->points[1].x, route->points[2].x),
                           MIN (route->points[1].y, route->points[2].y),
                           ABS (route->points[2].x - route->points[1].x),
                           ABS (route->points[2].y - route->points[1].y) };
      tp_canvas_map_rect_to_widget (TP_CANVAS (e.view), &segment, &area);
      x = (int) round (area.origin.x + area.size.width / 2);
      y = (int) round (area.origin.y + area.size.height / 2);
      g_assert_cmpuint (pixel_at (off, x, y), !=, pixel_at (on, x, y));

      /* Off again: gone, and the toggle took no undo step of its own. */
      g_action_group_activate_action (G_ACTION_GROUP (e.window), "show-connections", NULL);
      tp_ui_test_sleep (100);
      off_again = render_widget (GTK_WIDGET (e.view));
      g_assert_cmpuint (pixel_at (off_again, x, y), ==, pixel_at (off, x, y));
      g_assert_true (tp_project_undo (e.project));
      g_assert_false (tp_project_can_undo (e.project));

      editor_close (&e);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* --- The figures of each phase -------------------------------------------- */

static gboolean
textures_differ (GdkTexture *a,
                 GdkTexture *b)
{
  int w = gdk_texture_get_width (a), h = gdk_texture_get_height (a);
  g_autofree guchar *pa = NULL;
  g_autofree guchar *pb = NULL;

  if (w != gdk_texture_get_width (b) || h != gdk_texture_get_height (b))
    return TRUE;
  pa = g_malloc ((gsize) w * h * 4);
  pb = g_malloc ((gsize) w * h * 4);
  gdk_texture_download (a, pa, w * 4);
  gdk_texture_download (b, pb, w * 4);
  return memcmp (pa, pb, (gsize) w * h * 4) != 0;
}

/* View ▸ Show Phase Figures (Ctrl+Shift+F) puts each phase's roll-up under its header, light and
 * dark; an edit that changes a phase's figures shows at once; off again, the headers are as they
 * were. A way of looking: no undo step, the project stays unmodified. */
static void
test_show_rollup (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *schemes[] = { "light", "dark" };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      Editor e;
      g_autoptr(GdkTexture) off = NULL;
      g_autoptr(GdkTexture) on = NULL;
      g_autoptr(GdkTexture) measured = NULL;
      g_autoptr(TpMetric) metric = NULL;
      g_autofree char *name = NULL;
      const TpJourneyLayoutOptions *o;
      double header_height;
      TpRect band;
      graphene_rect_t area;
      GVariant *state;
      TpCard *card;
      TpPhase *first;
      int x, y;

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      editor_open (&e);
      header_height = tp_journey_layout_get_options (layout_of (&e))->phase_header_height;
      g_assert_null (tp_journey_layout_get_rollup (layout_of (&e)));
      off = render_widget (GTK_WIDGET (e.view));

      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (e.window), "show-rollup"));
      state = g_action_group_get_action_state (G_ACTION_GROUP (e.window), "show-rollup");
      g_assert_false (g_variant_get_boolean (state));
      g_variant_unref (state);
      g_action_group_activate_action (G_ACTION_GROUP (e.window), "show-rollup", NULL);
      g_assert_true (tp_journey_view_get_show_rollup (e.view));
      tp_ui_test_sleep (100);

      /* The headers grow by the band of figures, one column per phase. */
      o = tp_journey_layout_get_options (layout_of (&e));
      g_assert_cmpfloat (o->phase_header_height, ==, header_height + o->rollup_height);
      g_assert_nonnull (tp_journey_layout_get_rollup (layout_of (&e)));
      g_assert_cmpuint (tp_journey_layout_get_rollup (layout_of (&e))->n_phases, ==,
                        tp_journey_layout_get_n_columns (layout_of (&e)));
      g_assert_true (tp_journey_layout_get_rollup_rect (layout_of (&e), 0, &band));
      on = render_widget (GTK_WIDGET (e.view));
      name = g_strdup_printf ("rollup-%s.png", schemes[i]);
      save_screenshot (on, name);
      band.height = MIN (band.height, 40);
      tp_canvas_map_rect_to_widget (TP_CANVAS (e.view), &band, &area);
      x = (int) round (area.origin.x + 30);
      y = (int) round (area.origin.y + area.size.height / 2);
      g_assert_cmpuint (pixel_at (off, x, y), !=, pixel_at (on, x, y));

      /* Nothing changed in the document. */
      g_assert_false (tp_project_can_undo (e.project));
      g_assert_false (tp_project_get_modified (e.project));

      /* A conversion measured at a touchpoint of the first phase shows in its header at once. */
      first = tp_journey_layout_get_phase (layout_of (&e), 0);
      card = tp_project_add_card (e.project, first, tp_journey_layout_get_lane (layout_of (&e), 0),
                                  -1, TP_CARD_KIND_TOUCHPOINT, "Web shop");
      tp_ui_test_sleep (100);
      on = (g_object_unref (on), render_widget (GTK_WIDGET (e.view)));
      g_assert_false (tp_journey_layout_get_rollup (layout_of (&e))->phases[0].has_conversion);
      metric = tp_metric_new (TP_METRIC_KIND_CONVERSION_RATE);
      g_object_set (metric, "value", 42.0, "unit", "%", NULL);
      tp_project_begin (e.project, "Add Metric");
      tp_project_insert (e.project, TP_ELEMENT (card), TP_LIST_METRICS, -1, TP_ELEMENT (metric));
      tp_project_commit (e.project);
      tp_ui_test_sleep (100);
      g_assert_true (tp_journey_layout_get_rollup (layout_of (&e))->phases[0].has_conversion);
      g_assert_cmpfloat (tp_journey_layout_get_rollup (layout_of (&e))->phases[0].conversion, ==,
                         42.0);
      measured = render_widget (GTK_WIDGET (e.view));
      g_assert_true (textures_differ (on, measured));

      /* A screen reader hears the figures with the phase selected, as they are drawn. The
       * description is updated from an idle, which a loaded machine may run late. */
      tp_selection_set_one (e.selection, TP_ELEMENT (first));
      {
        g_autofree char *figures = tp_rollup_describe_phase (tp_journey_layout_get_rollup (layout_of (&e)), 0);
        g_autofree char *expected = g_strdup_printf ("Phase %s: %s", tp_phase_get_title (first), figures);
        g_autofree char *mismatch = NULL;

        g_assert_nonnull (strstr (figures, "Conversion 42 %"));
        for (guint tries = 0; tries < 200; tries++)
          {
            g_clear_pointer (&mismatch, g_free);
            mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (e.view),
                                                           GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
            if (mismatch == NULL)
              break;
            tp_ui_test_sleep (50);
          }
        g_assert_cmpstr (mismatch, ==, NULL);
      }
      tp_selection_clear (e.selection);
      g_assert_true (tp_project_undo (e.project));
      g_assert_true (tp_project_undo (e.project));

      /* Off again: the headers are as before. */
      g_action_group_activate_action (G_ACTION_GROUP (e.window), "show-rollup", NULL);
      tp_ui_test_sleep (100);
      g_assert_cmpfloat (tp_journey_layout_get_options (layout_of (&e))->phase_header_height, ==,
                         header_height);
      g_assert_null (tp_journey_layout_get_rollup (layout_of (&e)));

      editor_close (&e);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* --- Menus and drops ------------------------------------------------------ */

static void
collect_model_buttons (GtkWidget  *widget,
                       GHashTable *accels)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    {
      g_autofree char *text = NULL;
      g_autofree char *accel = NULL;

      g_object_get (widget, "text", &text, "accel", &accel, NULL);
      g_test_message ("menu item “%s”: %s", text, accel);
      g_hash_table_insert (accels, g_steal_pointer (&text), g_strdup (accel ? accel : ""));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_model_buttons (child, accels);
}

/* The map's menu names the keys as printed on them: Enter and Delete, not the keypad's twins. */
static void
test_menu_shows_main_keys (void)
{
  Editor e;
  g_autoptr(GHashTable) accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const TpCardBox *box;
  double x, y;

  editor_open (&e);
  box = tp_journey_layout_get_card_box (layout_of (&e), 0);
  tp_selection_set_one (e.selection, TP_ELEMENT (box->card));
  widget_point (&e, &box->rect, &x, &y);
  _tp_journey_view_show_context_menu (e.view, x, y);
  tp_ui_test_sleep (200);
  collect_model_buttons (e.view->context_menu, accels);

  g_assert_cmpstr (g_hash_table_lookup (accels, "Add Card"), ==, "Return");
  g_assert_cmpstr (g_hash_table_lookup (accels, "Delete"), ==, "Delete");
  g_assert_cmpstr (g_hash_table_lookup (accels, "Rename"), ==, "F2");
  gtk_popover_popdown (GTK_POPOVER (e.view->context_menu));

  editor_close (&e);
}

/* The drop targets under the map: the view's own, then the window's. */
static GType
drop_type_taken (GtkWidget         *widget,
                 GdkContentFormats *offer)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          GType type = gdk_content_formats_match_gtype (gtk_drop_target_get_formats (GTK_DROP_TARGET (controller)),
                                                        offer);

          if (type != G_TYPE_INVALID)
            return type;
        }
    }
  return G_TYPE_INVALID;
}

/* What a file manager offers when a file is dragged: its URI as a list and as text, and the
 * types GTK reads from those. */
static GdkContentFormats *
file_manager_offer (void)
{
  const char *mime_types[] = { "text/uri-list", "text/plain;charset=utf-8", "text/plain" };
  GdkContentFormats *offer = gdk_content_formats_new (mime_types, G_N_ELEMENTS (mime_types));

  return gdk_content_formats_union_deserialize_gtypes (offer);
}

static void
test_file_drop_reaches_window (void)
{
  Editor e;
  g_autoptr(GdkContentFormats) files = file_manager_offer ();
  g_autoptr(GdkContentFormats) card = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;

  editor_open (&e);

  /* The map leaves a dropped file alone; the window above it opens it. */
  g_assert_cmpuint (drop_type_taken (GTK_WIDGET (e.view), files), ==, G_TYPE_INVALID);
  g_assert_cmpuint (drop_type_taken (GTK_WIDGET (e.window), files), ==, GDK_TYPE_FILE_LIST);

  /* A card kind from the palette is still the map's, also as another program sends it. */
  provider = gdk_content_provider_new_typed (TP_TYPE_CARD_KIND, TP_CARD_KIND_NOTE);
  card = gdk_content_provider_ref_formats (provider);
  g_assert_cmpuint (drop_type_taken (GTK_WIDGET (e.view), card), ==, TP_TYPE_CARD_KIND);
  {
    const char *mime_types[] = { TP_CARD_KIND_MIME_TYPE };
    g_autoptr(GdkContentFormats) sent = gdk_content_formats_union_deserialize_gtypes (
      gdk_content_formats_new (mime_types, 1));

    g_assert_cmpuint (drop_type_taken (GTK_WIDGET (e.view), sent), ==, TP_TYPE_CARD_KIND);
    g_assert_cmpuint (drop_type_taken (GTK_WIDGET (e.window), sent), ==, G_TYPE_INVALID);
  }

  editor_close (&e);
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/journey-map/empty-cell-click-and-add", test_empty_cell_click_and_add);
  g_test_add_func ("/ui/journey-map/new-card-same-default", test_new_card_same_default);
  g_test_add_func ("/ui/journey-map/arrows-reach-cells-and-headers", test_arrows_reach_cells_and_headers);
  g_test_add_func ("/ui/journey-map/draws-selected-cell", test_draws_selected_cell);
  g_test_add_func ("/ui/journey-map/escape-clears-selection", test_escape_clears_selection);
  g_test_add_func ("/ui/journey-map/drag-moves-group-by-offset", test_drag_moves_group_by_offset);
  g_test_add_func ("/ui/journey-map/keys-move-group-to-edge", test_keys_move_group_to_edge);
  g_test_add_func ("/ui/journey-map/rename-box-is-opaque", test_rename_box_is_opaque);
  g_test_add_func ("/ui/journey-map/low-zoom", test_low_zoom);
  g_test_add_func ("/ui/journey-map/low-zoom-no-seams", test_seams);
  g_test_add_func ("/ui/journey-map/menu-shows-main-keys", test_menu_shows_main_keys);
  g_test_add_func ("/ui/journey-map/show-connections", test_show_connections);
  g_test_add_func ("/ui/journey-map/show-rollup", test_show_rollup);
  g_test_add_func ("/ui/journey-map/file-drop-reaches-window", test_file_drop_reaches_window);

  return tp_ui_test_run ();
}
