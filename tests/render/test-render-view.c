/* test-render-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey canvas widget: zoom and scroll, keyboard moves as one undo
 * step, adding and renaming cards in place, what it draws for a selection,
 * and following the dark style. Needs a display (xvfb-run).
 */

#include "config.h"

#include <adwaita.h>

#include "ui/tp-journey-view.h"
#include "render/tp-journey-layout.h"
#include "tp-test-journey.h"

typedef struct {
  GtkWidget     *window;
  TpJourneyView *view;
  TpProject     *project;
  TpJourney     *journey;
  TpSelection   *selection;
} Fixture;

static void
wait_until_drawn (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while ((gtk_widget_get_width (GTK_WIDGET (f->view)) == 0 || g_main_context_pending (NULL))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, gtk_widget_get_width (GTK_WIDGET (f->view)) == 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->project = tp_test_bike_journey_new (&f->journey);
  f->selection = tp_selection_new ();
  f->window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (f->window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  f->view = TP_JOURNEY_VIEW (tp_journey_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  tp_canvas_set_project (TP_CANVAS (f->view), f->project);
  tp_canvas_set_selection (TP_CANVAS (f->view), f->selection);
  tp_canvas_set_journey (TP_CANVAS (f->view), f->journey);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until_drawn (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->selection);
  g_object_unref (f->project);
}

static TpCard *
card_at (TpJourney *journey,
         guint      column,
         guint      row,
         guint      index)
{
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  guint n;
  const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, column, row, &n);

  g_assert_cmpuint (index, <, n);
  return boxes[index].card;
}

static guint
cell_size (TpJourney *journey,
           guint      column,
           guint      row)
{
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  guint n;

  tp_journey_layout_get_cell_cards (layout, column, row, &n);
  return n;
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (f->journey, NULL);
  double x, y, zoom;

  /* A journey opens at its top-left corner at 100 %. */
  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (f->view)), ==, 1.0);
  tp_canvas_get_scroll (TP_CANVAS (f->view), &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);

  tp_canvas_set_zoom (TP_CANVAS (f->view), 10);
  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (f->view)), ==, 4.0);
  tp_canvas_set_zoom (TP_CANVAS (f->view), 0.01);
  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (f->view)), ==, 0.1);

  /* Fit: the whole map inside the view, centred. */
  tp_canvas_zoom_to_fit (TP_CANVAS (f->view));
  zoom = tp_canvas_get_zoom (TP_CANVAS (f->view));
  tp_canvas_get_scroll (TP_CANVAS (f->view), &x, &y);
  g_assert_cmpfloat (tp_journey_layout_get_width (layout) * zoom, <=,
                     gtk_widget_get_width (GTK_WIDGET (f->view)));
  g_assert_cmpfloat (tp_journey_layout_get_height (layout) * zoom, <=,
                     gtk_widget_get_height (GTK_WIDGET (f->view)));
  g_assert_cmpfloat (x, <=, 0);
  g_assert_cmpfloat (y, <=, 0);
  g_assert_cmpfloat (x + gtk_widget_get_width (GTK_WIDGET (f->view)) / zoom, >=,
                     tp_journey_layout_get_width (layout));

  /* Opening the journey again starts over at the top-left, 100 %. */
  tp_canvas_set_journey (TP_CANVAS (f->view), NULL);
  tp_canvas_set_journey (TP_CANVAS (f->view), f->journey);
  tp_canvas_get_scroll (TP_CANVAS (f->view), &x, &y);
  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (f->view)), ==, 1.0);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);

  /* Scrolling to a card far right brings it into view. */
  tp_canvas_scroll_to (TP_CANVAS (f->view), TP_ELEMENT (card_at (f->journey, 4, 0, 0)));
  tp_canvas_get_scroll (TP_CANVAS (f->view), &x, &y);
  g_assert_cmpfloat (x, >, 0);
}

static void
test_fit_before_shown (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  GtkWidget *window = gtk_window_new ();
  TpJourneyView *view = TP_JOURNEY_VIEW (tp_journey_view_new ());
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* Asked to fit before it has a size, the view fits once it gets one. */
  tp_canvas_set_project (TP_CANVAS (view), project);
  tp_canvas_set_journey (TP_CANVAS (view), journey);
  tp_canvas_zoom_to_fit (TP_CANVAS (view));
  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (view)), ==, 1.0);

  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (GTK_WIDGET (view)) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpfloat (tp_canvas_get_zoom (TP_CANVAS (view)), <, 0.6);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_move_with_keys (Fixture       *f,
                     gconstpointer  data)
{
  TpCard *first = card_at (f->journey, 0, 0, 0);
  TpCard *second = card_at (f->journey, 0, 0, 1);

  tp_selection_set_one (f->selection, TP_ELEMENT (first));

  /* Ctrl+Down: one place down in its cell, one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.move-down", NULL));
  g_assert_true (card_at (f->journey, 0, 0, 0) == second);
  g_assert_true (card_at (f->journey, 0, 0, 1) == first);
  g_assert_true (tp_project_undo (f->project));
  g_assert_true (card_at (f->journey, 0, 0, 0) == first);
  g_assert_false (tp_project_can_undo (f->project));

  /* Ctrl+Right: into the next phase, at the same place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.move-right", NULL));
  g_assert_cmpuint (cell_size (f->journey, 0, 0), ==, 1);
  g_assert_cmpuint (cell_size (f->journey, 1, 0), ==, 2);
  g_assert_true (card_at (f->journey, 1, 0, 0) == first);

  /* Ctrl+Up at the top lane stays put. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.move-up", NULL));
  g_assert_true (card_at (f->journey, 1, 0, 0) == first);
}

static GtkWidget *
rename_entry (Fixture *f)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child))
      return child;
  return NULL;
}

static void
test_add_and_rename (Fixture       *f,
                     gconstpointer  data)
{
  TpCard *first = card_at (f->journey, 0, 0, 0);
  TpCard *added;
  GtkWidget *entry;

  tp_selection_set_one (f->selection, TP_ELEMENT (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.add", NULL));

  /* The new card sits right after the selected one, selected, its title open for typing. */
  g_assert_cmpuint (cell_size (f->journey, 0, 0), ==, 3);
  added = card_at (f->journey, 0, 0, 1);
  g_assert_true (tp_selection_get_primary (f->selection) == TP_ELEMENT (added));
  g_assert_cmpint (tp_card_get_kind (added), ==, TP_CARD_KIND_ACTIVITY);
  entry = rename_entry (f);
  g_assert_nonnull (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Rents a bike for a weekend");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (tp_card_get_title (added), ==, "Rents a bike for a weekend");
  g_assert_null (rename_entry (f));

  /* F2 on a phase renames the phase. */
  tp_selection_set_one (f->selection, g_ptr_array_index (tp_journey_get_phases (f->journey), 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.rename", NULL));
  entry = rename_entry (f);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Consideration");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Comparing");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (tp_phase_get_title (g_ptr_array_index (tp_journey_get_phases (f->journey), 1)),
                   ==, "Comparing");
}

static GdkTexture *
render_view (Fixture *f)
{
  GtkWidget *widget = GTK_WIDGET (f->view);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GdkTexture *texture;

  g_assert_true (gsk_renderer_realize (renderer, gtk_native_get_surface (GTK_NATIVE (f->window)), NULL));
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  gsk_render_node_unref (node);
  gsk_renderer_unrealize (renderer);

  if (g_getenv ("TP_VIEW_SCREENSHOTS") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("view-%s.png",
                                               strrchr (g_test_get_path (), '/') + 1);
      g_autofree char *path = g_build_filename (g_getenv ("TP_VIEW_SCREENSHOTS"), name, NULL);

      gdk_texture_save_to_png (texture, path);
    }
  return texture;
}

static guint32
texture_pixel (GdkTexture *texture,
               int         x,
               int         y)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);

  gdk_texture_download (texture, (guchar *) pixels, w * 4);
  return pixels[y * w + x];
}

static void
test_draws_selection (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (f->journey, NULL);
  const TpCardBox *box = tp_journey_layout_get_card_box (layout, 0);
  int x = (int) (box->rect.x + box->rect.width / 2);
  int y = (int) (box->rect.y - 3);
  g_autoptr(GdkTexture) before = render_view (f);
  g_autoptr(GdkTexture) after = NULL;
  guint32 ring;

  tp_selection_set_one (f->selection, TP_ELEMENT (box->card));
  after = render_view (f);

  /* Just above the card the selection ring appears: blue, where the cell was white. */
  ring = texture_pixel (after, x, y);
  g_assert_cmpuint (texture_pixel (before, x, y) & 0xffffff, ==, 0xffffff);
  g_assert_cmpuint (ring & 0xff, >, (ring >> 16) & 0xff);
}

static void
test_follows_dark_style (Fixture       *f,
                         gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) light = render_view (f);
  g_autoptr(GdkTexture) dark = NULL;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until_drawn (f);
  dark = render_view (f);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  /* An empty cell far right: white in light, dark grey in dark. */
  g_assert_cmpuint (texture_pixel (light, 990, 690) & 0xff, >, 200);
  g_assert_cmpuint (texture_pixel (dark, 990, 690) & 0xff, <, 80);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_message ("no display; run under xvfb-run");
      return 77;
    }
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/render/view/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("zoom", test_zoom);
  g_test_add_func ("/render/view/fit-before-shown", test_fit_before_shown);
  ADD ("move-with-keys", test_move_with_keys);
  ADD ("add-and-rename", test_add_and_rename);
  ADD ("draws-selection", test_draws_selection);
  ADD ("follows-dark-style", test_follows_dark_style);
#undef ADD

  return g_test_run ();
}
