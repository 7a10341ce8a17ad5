/* test-ui-presentation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode in the editor window: F5's action opens it, the keys a
 * clicker sends walk through every phase, Escape leaves — and afterwards the
 * document is byte for byte what it was, unmodified, and the map is at the
 * zoom and scroll the presenter left it at. Also renders the screenshots
 * present-overview.png, present-phase-light.png and present-phase-dark.png
 * into the build directory (data/screenshots/ holds copies).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "io/tp-format.h"
#include "ui/tp-present-button.h"
#include "ui/tp-presentation.h"
#include "tp-ui-test.h"

static gboolean
is_still (gpointer presentation)
{
  return !tp_presentation_is_animating (presentation);
}

static void
wait_still (TpPresentation *presentation)
{
  tp_ui_test_wait_until (is_still, presentation);
}

static void
press (TpPresentation *presentation,
       guint           keyval,
       guint           expected_step)
{
  g_assert_true (tp_presentation_handle_key (presentation, keyval, 0));
  g_assert_cmpuint (tp_presentation_get_step (presentation), ==, expected_step);
  wait_still (presentation);
}

/* Presses @keyval and checks the phase it leads to (0 = overview). */
static void
press_phase (TpPresentation *presentation,
             guint           keyval,
             guint           expected_phase)
{
  g_assert_true (tp_presentation_handle_key (presentation, keyval, 0));
  g_assert_cmpuint (tp_presentation_get_phase (presentation), ==, expected_phase);
  wait_still (presentation);
}

static void
count_frame (GdkFrameClock *clock,
             guint         *frames)
{
  (*frames)++;
}

/* Steps animate at the frame rate, unless animations are off. */
static void
check_animation (TpPresentation *presentation)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (presentation));
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (presentation));
  guint frames = 0;
  gint64 start;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &frames);
  start = g_get_monotonic_time ();
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_End, 0));
  g_assert_true (tp_presentation_is_animating (presentation));
  wait_still (presentation);
  g_test_message ("transition: %u frames in %.0f ms", frames,
                  (g_get_monotonic_time () - start) / 1000.0);
  /* An animated step draws frames in between, not just the end state. */
  g_assert_cmpuint (frames, >=, 2);
  g_signal_handler_disconnect (clock, id);

  /* A second press while the first still moves goes on to the next step. */
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_Home, 0));
  tp_ui_test_sleep (60);
  g_assert_true (tp_presentation_is_animating (presentation));
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_Right, 0));
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_Right, 0));
  g_assert_cmpuint (tp_presentation_get_step (presentation), ==, 2);
  wait_still (presentation);
  g_assert_cmpuint (tp_presentation_get_step (presentation), ==, 2);

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_Home, 0));
  g_assert_false (tp_presentation_is_animating (presentation));
  g_assert_cmpuint (tp_presentation_get_step (presentation), ==, 0);
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
}

static void
test_keys (void)
{
  static const struct {
    guint                 keyval;
    GdkModifierType       state;
    TpPresentationCommand command;
    int                   argument;
  } keys[] = {
    { GDK_KEY_Right, 0, TP_PRESENTATION_COMMAND_NEXT, 0 },
    { GDK_KEY_Page_Down, 0, TP_PRESENTATION_COMMAND_NEXT, 0 },
    { GDK_KEY_space, 0, TP_PRESENTATION_COMMAND_NEXT, 0 },
    { GDK_KEY_Down, 0, TP_PRESENTATION_COMMAND_NEXT, 0 },
    { GDK_KEY_Return, 0, TP_PRESENTATION_COMMAND_NEXT, 0 },
    { GDK_KEY_Left, 0, TP_PRESENTATION_COMMAND_PREVIOUS, 0 },
    { GDK_KEY_Page_Up, 0, TP_PRESENTATION_COMMAND_PREVIOUS, 0 },
    { GDK_KEY_BackSpace, 0, TP_PRESENTATION_COMMAND_PREVIOUS, 0 },
    { GDK_KEY_space, GDK_SHIFT_MASK, TP_PRESENTATION_COMMAND_PREVIOUS, 0 },
    { GDK_KEY_Up, 0, TP_PRESENTATION_COMMAND_PREVIOUS, 0 },
    { GDK_KEY_Home, 0, TP_PRESENTATION_COMMAND_FIRST, 0 },
    { GDK_KEY_End, 0, TP_PRESENTATION_COMMAND_LAST, 0 },
    { GDK_KEY_0, 0, TP_PRESENTATION_COMMAND_GOTO, 0 },
    { GDK_KEY_3, 0, TP_PRESENTATION_COMMAND_GOTO, 3 },
    { GDK_KEY_KP_5, 0, TP_PRESENTATION_COMMAND_GOTO, 5 },
    { GDK_KEY_d, 0, TP_PRESENTATION_COMMAND_TOGGLE_DARK, 0 },
    { GDK_KEY_Escape, 0, TP_PRESENTATION_COMMAND_LEAVE, 0 },
    /* Shortcuts with Ctrl or Alt are not the walk's; letters that mean
     * nothing do nothing (no typing into the map). */
    { GDK_KEY_Right, GDK_CONTROL_MASK, TP_PRESENTATION_COMMAND_NONE, 0 },
    { GDK_KEY_z, GDK_CONTROL_MASK, TP_PRESENTATION_COMMAND_NONE, 0 },
    { GDK_KEY_Delete, 0, TP_PRESENTATION_COMMAND_NONE, 0 },
    { GDK_KEY_x, 0, TP_PRESENTATION_COMMAND_NONE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      int argument = -1;
      TpPresentationCommand command;

      command = tp_presentation_command_for_key (keys[i].keyval, keys[i].state, &argument);
      g_assert_cmpint (command, ==, keys[i].command);
      if (command == TP_PRESENTATION_COMMAND_GOTO)
        g_assert_cmpint (argument, ==, keys[i].argument);
    }
}

static void
test_walk_leaves_document_alone (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);
  TpJourneyView *view = TP_JOURNEY_VIEW (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_JOURNEY_VIEW));
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  TpPresentation *presentation;
  gboolean modified, can_undo;
  double zoom, x, y, zoom_after, x_after, y_after;
  g_autoptr(TpView) analysis = NULL;
  guint n, n_phases, n_parts, phase, first_of_last;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (300);

  tp_canvas_set_zoom (TP_CANVAS (view), 1.6);
  tp_canvas_set_scroll (TP_CANVAS (view), 120, 40);
  tp_ui_test_sleep (100);
  zoom = tp_canvas_get_zoom (TP_CANVAS (view));
  tp_canvas_get_scroll (TP_CANVAS (view), &x, &y);
  g_assert_cmpfloat_with_epsilon (zoom, 1.6, 1e-9);

  before = tp_format_save_to_bytes (project);
  modified = tp_project_get_modified (project);
  can_undo = tp_project_can_undo (project);

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "present"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  presentation = tp_presentation_get_for_window (GTK_WINDOW (window));
  g_assert_nonnull (presentation);
  g_object_ref (presentation);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (presentation)) == GTK_WINDOW (window));
  tp_ui_test_sleep (300);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (presentation)));

  /* The overview first, then every phase in turn (a tall phase in more than
   * one step), none skipped, then each part of the analysis; the end stays the end. */
  n = tp_presentation_get_n_steps (presentation);
  n_phases = tp_journey_get_phases (journey)->len;
  analysis = tp_view_new ("analysis", journey);
  n_parts = tp_view_get_n_steps (analysis);
  g_assert_cmpuint (n_parts, >=, 3);
  g_assert_cmpuint (n, >=, n_phases + 1 + n_parts);
  g_assert_cmpuint (tp_presentation_get_step (presentation), ==, 0);
  g_assert_cmpuint (tp_presentation_get_phase (presentation), ==, 0);
  phase = 0;
  for (guint step = 1; step < n; step++)
    {
      press (presentation, GDK_KEY_Right, step);
      g_assert_true (tp_presentation_get_phase (presentation) == phase
                     || tp_presentation_get_phase (presentation) == phase + 1);
      phase = tp_presentation_get_phase (presentation);
    }
  g_assert_cmpuint (phase, ==, n_phases + n_parts);
  press (presentation, GDK_KEY_Page_Down, n - 1);

  /* What clickers and keyboards send. */
  press (presentation, GDK_KEY_Home, 0);
  press (presentation, GDK_KEY_space, 1);
  press (presentation, GDK_KEY_Page_Down, 2);
  press (presentation, GDK_KEY_BackSpace, 1);
  press (presentation, GDK_KEY_End, n - 1);
  press (presentation, GDK_KEY_Page_Up, n - 2);
  press (presentation, GDK_KEY_Left, n - 3);
  press (presentation, GDK_KEY_Right, n - 2);

  /* Number keys go to the first step of a phase; 0 is the overview. */
  press_phase (presentation, GDK_KEY_3, 3);
  press_phase (presentation, GDK_KEY_KP_1, 1);
  press_phase (presentation, GDK_KEY_End, n_phases + n_parts);
  press_phase (presentation, GDK_KEY_0 + n_phases, n_phases);
  first_of_last = tp_presentation_get_step (presentation);
  press_phase (presentation, GDK_KEY_0 + n_phases, n_phases);
  g_assert_cmpuint (tp_presentation_get_step (presentation), <=, first_of_last);
  g_assert_false (tp_presentation_handle_key (presentation, GDK_KEY_x, 0));
  tp_presentation_handle_key (presentation, GDK_KEY_9, 0);
  g_assert_cmpuint (tp_presentation_get_phase (presentation), ==, n_phases);
  press_phase (presentation, GDK_KEY_0, 0);
  g_assert_false (tp_presentation_handle_key (presentation, GDK_KEY_Right, GDK_CONTROL_MASK));
  g_assert_cmpuint (tp_presentation_get_step (presentation), ==, 0);

  check_animation (presentation);

  /* The dark room, both ways. */
  g_assert_false (tp_presentation_get_dark (presentation));
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_d, 0));
  g_assert_true (tp_presentation_get_dark (presentation));
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_d, 0));
  g_assert_false (tp_presentation_get_dark (presentation));

  /* Escape leaves, back to exactly where the presenter was. */
  press_phase (presentation, GDK_KEY_2, 2);
  g_assert_true (tp_presentation_handle_key (presentation, GDK_KEY_Escape, 0));
  tp_ui_test_sleep (100);
  g_assert_null (tp_presentation_get_for_window (GTK_WINDOW (window)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (presentation)));
  g_object_unref (presentation);

  zoom_after = tp_canvas_get_zoom (TP_CANVAS (view));
  tp_canvas_get_scroll (TP_CANVAS (view), &x_after, &y_after);
  g_assert_cmpfloat_with_epsilon (zoom_after, zoom, 1e-9);
  g_assert_cmpfloat_with_epsilon (x_after, x, 0.5);
  g_assert_cmpfloat_with_epsilon (y_after, y, 0.5);

  after = tp_format_save_to_bytes (project);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (tp_project_get_modified (project) == modified);
  g_assert_true (tp_project_can_undo (project) == can_undo);

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

static void
test_no_journey_no_present (void)
{
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  GtkWidget *button = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_PRESENT_BUTTON);
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  /* The start state has nothing to present. */
  tp_ui_test_spin ();
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "present"));

  /* The choice of monitor is offered only when there is a choice. */
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (tp_present_button_get_monitor_menu (TP_PRESENT_BUTTON (button)))
                 == (g_list_model_get_n_items (monitors) > 1));
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

typedef struct
{
  double mean;
  double spread;
} Brightness;

static Brightness
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GdkTexture) texture = tp_ui_test_render (widget);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = NULL;
  double sum = 0, sum2 = 0;
  gsize n = (gsize) width * height;
  Brightness result;

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s (%d × %d)", path, width, height);

  data = g_malloc ((gsize) width * 4 * height);
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < n; i++)
    {
      const guchar *p = data + i * 4;
      double lum = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.;

      sum += lum;
      sum2 += lum * lum;
    }
  result.mean = sum / n;
  result.spread = sqrt (MAX (0, sum2 / n - result.mean * result.mean));

  return result;
}

/* WCAG 2 relative luminance of an 8-bit sRGB colour. */
static double
relative_luminance (const guchar *bgra)
{
  double c[3];

  for (int i = 0; i < 3; i++)
    {
      double v = bgra[2 - i] / 255.0;

      c[i] = v <= 0.04045 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double
contrast_ratio (double a,
                double b)
{
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

static gboolean
is_hint_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), "Esc") != NULL;
}

static GtkWidget *
find_hint (GtkWidget *widget)
{
  if (is_hint_label (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_hint (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The contrast between the hint's text and what is behind it, as drawn over the slide:
 * the label's area of @content, rendered four times larger so that the letters' stems are
 * solid pixels, its most common colour taken as the background and the colour furthest from
 * it as the text. */
static double
measure_hint_contrast (GtkWidget *content,
                       GtkWidget *hint)
{
  const int scale = 4;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autofree guchar *data = NULL;
  graphene_rect_t bounds;
  guint32 background = 0;
  guint best = 0;
  double bg_lum, ratio = 1.0;
  int tw, th;

  g_assert_true (gtk_widget_compute_bounds (hint, content, &bounds));
  /* Until the next frame after a change (the dark room) the content may show nothing: the
   * helper waits for a frame that has something. */
  texture = tp_ui_test_render_area (content, scale, &bounds);
  tw = gdk_texture_get_width (texture);
  th = gdk_texture_get_height (texture);
  data = g_malloc ((gsize) tw * 4 * th);
  gdk_texture_download (texture, data, (gsize) tw * 4);

  for (gsize i = 0; i < (gsize) tw * th; i++)
    {
      guint32 pixel = *(guint32 *) (gpointer) (data + 4 * i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixel))) + 1;

      g_hash_table_insert (counts, GUINT_TO_POINTER (pixel), GUINT_TO_POINTER (n));
      if (n > best)
        {
          best = n;
          background = pixel;
        }
    }
  bg_lum = relative_luminance ((const guchar *) &background);
  for (gsize i = 0; i < (gsize) tw * th; i++)
    ratio = MAX (ratio, contrast_ratio (bg_lum, relative_luminance (data + 4 * i)));

  return ratio;
}

/* Asks again each time: the fade's timer may have hidden them meanwhile. */
static gboolean
is_revealed (gpointer revealer)
{
  gtk_revealer_set_reveal_child (revealer, TRUE);
  return gtk_revealer_get_child_revealed (revealer);
}

/* The controls fade out on a timer (and come back on any pointer motion), so show them
 * again right before each measurement, without the fade, and wait until they are shown. */
static void
reveal_now (GtkRevealer *revealer)
{
  gtk_revealer_set_transition_duration (revealer, 0);
  tp_ui_test_wait_until (is_revealed, revealer);
  gtk_revealer_set_reveal_child (revealer, TRUE);
  tp_ui_test_spin ();
  g_assert_true (gtk_revealer_get_child_revealed (revealer));
}

/* The hint over the slide ("← → to move · Esc to leave") can be read: a contrast of at
 * least 4.5:1 with what is behind it (WCAG AA), over the light slide and in the dark room. */
static void
test_hint_contrast (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpPresentation *presentation;
  GtkWidget *content, *hint;
  GtkRevealer *revealer;
  double light, dark;

  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (200);
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  presentation = tp_presentation_get_for_window (GTK_WINDOW (window));
  g_assert_nonnull (presentation);
  content = gtk_window_get_child (GTK_WINDOW (presentation));
  hint = find_hint (content);
  g_assert_nonnull (hint);
  /* Past the fade of the controls shown at the start, then shown again, as a mouse move
   * shows them, without the fade. */
  tp_ui_test_sleep (2800);
  revealer = GTK_REVEALER (gtk_widget_get_ancestor (hint, GTK_TYPE_REVEALER));
  reveal_now (revealer);
  g_assert_true (gtk_widget_is_drawable (hint));

  light = measure_hint_contrast (content, hint);
  tp_presentation_set_dark (presentation, TRUE);
  tp_ui_test_sleep (200);
  reveal_now (revealer);
  dark = measure_hint_contrast (content, hint);
  g_test_message ("hint contrast: %.2f:1 over the light slide, %.2f:1 in the dark room",
                  light, dark);
  g_assert_cmpfloat (light, >=, 4.5);
  g_assert_cmpfloat (dark, >=, 4.5);

  tp_presentation_run (presentation, TP_PRESENTATION_COMMAND_LEAVE, 0);
  tp_ui_test_spin ();
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

static void
test_screenshots (void)
{
  g_autofree char *example = g_build_filename (SOURCE_EXAMPLESDIR, "jewellery-web-shop.touchpoint",
                                               NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  TpPresentation *presentation;
  GtkWidget *content;
  Brightness overview, light, dark;

  gtk_window_present (GTK_WINDOW (window));
  tp_window_load_file (window, file);
  for (guint i = 0; i < 2000 && tp_window_get_project (window) == NULL; i++)
    tp_ui_test_sleep (5);
  g_assert_nonnull (tp_window_get_journey (window));
  tp_ui_test_sleep (300);

  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  presentation = tp_presentation_get_for_window (GTK_WINDOW (window));
  g_assert_nonnull (presentation);
  /* Until the controls shown at the start have faded. */
  tp_ui_test_sleep (3200);
  content = gtk_window_get_child (GTK_WINDOW (presentation));
  /* Full screen on a 1920 × 1080 screen (the monitor's size even without
   * a window manager). */
  g_assert_cmpint (gtk_widget_get_width (content), ==, 1920);
  g_assert_cmpint (gtk_widget_get_height (content), ==, 1080);

  overview = screenshot (content, "present-overview.png");
  /* The second page of the phase, where its feelings are. */
  press_phase (presentation, GDK_KEY_2, 2);
  press (presentation, GDK_KEY_Right, tp_presentation_get_step (presentation) + 1);
  g_assert_cmpuint (tp_presentation_get_phase (presentation), ==, 2);
  tp_ui_test_sleep (200);
  light = screenshot (content, "present-phase-light.png");
  tp_presentation_set_dark (presentation, TRUE);
  tp_ui_test_sleep (200);
  dark = screenshot (content, "present-phase-dark.png");
  tp_presentation_set_dark (presentation, FALSE);

  g_test_message ("overview %.3f/%.3f, light %.3f/%.3f, dark %.3f/%.3f",
                  overview.mean, overview.spread, light.mean, light.spread, dark.mean, dark.spread);
  g_assert_cmpfloat (overview.spread, >, 0.05);
  g_assert_cmpfloat (light.spread, >, 0.05);
  g_assert_cmpfloat (dark.spread, >, 0.05);
  g_assert_cmpfloat (light.mean, >, 0.7);
  g_assert_cmpfloat (dark.mean, <, 0.25);

  tp_presentation_run (presentation, TP_PRESENTATION_COMMAND_LEAVE, 0);
  tp_ui_test_spin ();
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/presentation/keys", test_keys);
  g_test_add_func ("/ui/presentation/walk-leaves-document-alone", test_walk_leaves_document_alone);
  g_test_add_func ("/ui/presentation/no-journey", test_no_journey_no_present);
  g_test_add_func ("/ui/presentation/screenshots", test_screenshots);
  g_test_add_func ("/ui/presentation/hint-contrast", test_hint_contrast);

  return tp_ui_test_run ();
}
