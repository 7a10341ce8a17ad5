/* test-ui-screenshot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the editor window with an example project in the light and the
 * dark style to PNG files (journey-light.png, journey-dark.png in the build
 * directory; the AppStream screenshots are taken from them), and checks
 * that the dark style really is dark and the window is not blank.
 */

#include "config.h"

#include <math.h>

#include "tp-ui-test.h"

#define WIDTH  1600
#define HEIGHT 1000

typedef struct
{
  double mean;    /* mean luminance 0..1 */
  double spread;  /* standard deviation of the luminance */
} Brightness;

static Brightness
measure (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  double sum = 0, sum2 = 0;
  Brightness result;
  gsize n = (gsize) width * height;

  gdk_texture_download (texture, data, stride);
  for (gsize i = 0; i < n; i++)
    {
      const guchar *p = data + i * 4;  /* B, G, R, A */
      double y = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.;

      sum += y;
      sum2 += y * y;
    }
  result.mean = sum / n;
  result.spread = sqrt (MAX (0, sum2 / n - result.mean * result.mean));

  return result;
}

static gboolean
window_loaded (TpWindow *window)
{
  return tp_window_get_project (window) != NULL;
}

/* Renders a window showing @example (or the start state when NULL) to @name. */
static Brightness
take_screenshot (AdwColorScheme  scheme,
                 const char     *example,
                 const char     *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  TpWindow *window;
  TpJourney *journey;
  GPtrArray *cards;
  Brightness brightness;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);

  window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  if (example != NULL)
    {
      g_autofree char *example_path = g_build_filename (SOURCE_EXAMPLESDIR, example, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (example_path);

      tp_window_load_file (window, file);
      for (guint i = 0; i < 2000 && !window_loaded (window); i++)
        tp_ui_test_sleep (5);
      g_assert_true (window_loaded (window));
      tp_ui_test_sleep (500);

      /* Select an emotion card, so the inspector shows what it edits. */
      journey = tp_window_get_journey (window);
      cards = tp_journey_get_cards (journey);
      for (guint i = 0; i < cards->len; i++)
        if (tp_card_get_kind (g_ptr_array_index (cards, i)) == TP_CARD_KIND_EMOTION)
          {
            tp_selection_set_one (tp_window_get_selection (window), g_ptr_array_index (cards, i));
            break;
          }
    }
  tp_ui_test_sleep (1500);

  texture = tp_ui_test_render (GTK_WIDGET (window));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);

  brightness = measure (texture);
  g_test_message ("%s: mean luminance %.3f, spread %.3f", name, brightness.mean, brightness.spread);

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();

  return brightness;
}

static void
test_light_and_dark (void)
{
  const char *example = "jewellery-web-shop.touchpoint";
  Brightness light = take_screenshot (ADW_COLOR_SCHEME_FORCE_LIGHT, example, "journey-light.png");
  Brightness dark = take_screenshot (ADW_COLOR_SCHEME_FORCE_DARK, example, "journey-dark.png");

  /* Not a blank window: there is something drawn on it. */
  g_assert_cmpfloat (light.spread, >, 0.05);
  g_assert_cmpfloat (dark.spread, >, 0.05);
  /* The light style is mostly light, the dark style mostly dark. */
  g_assert_cmpfloat (light.mean, >, 0.6);
  g_assert_cmpfloat (dark.mean, <, 0.4);
}

static void
test_start_state (void)
{
  Brightness start = take_screenshot (ADW_COLOR_SCHEME_FORCE_LIGHT, NULL, "start-light.png");

  /* The templates to begin from are drawn, not a blank page. */
  g_assert_cmpfloat (start.spread, >, 0.05);
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/screenshot/light-and-dark", test_light_and_dark);
  g_test_add_func ("/ui/screenshot/start-state", test_start_state);

  return tp_ui_test_run ();
}
