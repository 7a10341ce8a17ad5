/* test-render-golden.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints the "Buying a bike" journey and compares it with the approved
 * picture tests/render/golden/journey.png. Run with TP_UPDATE_GOLDEN=1 to
 * approve a new picture (then look at it before committing it).
 * On a mismatch the painted picture and a difference map are written to
 * the build directory.
 */

#include "config.h"

#include <stdlib.h>

#include "render/tp-journey-painter.h"
#include "tp-test-journey.h"

#define CHANNEL_TOLERANCE 8
#define MIN_MATCHING 0.995

static cairo_font_options_t *
fixed_font_options (void)
{
  cairo_font_options_t *fo = cairo_font_options_create ();

  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  return fo;
}

static cairo_surface_t *
paint_journey (TpJourneyLayout             *layout,
               const TpJourneyPaintOptions *base)
{
  cairo_font_options_t *fo = fixed_font_options ();
  TpJourneyPaintOptions options = *base;
  int width = (int) tp_journey_layout_get_width (layout);
  int height = (int) tp_journey_layout_get_height (layout);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  options.font_family = "DejaVu Sans";
  options.font_options = fo;
  cairo_set_font_options (cr, fo);
  tp_journey_painter_paint (cr, layout, &options);
  cairo_destroy (cr);
  cairo_font_options_destroy (fo);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x);
}

static int
channel_diff (guint32 a,
              guint32 b)
{
  int most = 0;

  for (int shift = 0; shift < 32; shift += 8)
    most = MAX (most, ABS ((int) (a >> shift & 0xff) - (int) (b >> shift & 0xff)));
  return most;
}

static void
test_golden (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "render", "golden",
                                                        "journey.png", NULL);
  TpJourneyPaintOptions options;
  g_autoptr(GHashTable) selection = g_hash_table_new (NULL, NULL);
  cairo_surface_t *actual, *golden, *diff;
  int width, height;
  guint64 matching = 0;

  /* One selected card, so the selection ring is part of the picture. */
  tp_journey_paint_options_init (&options);
  g_hash_table_add (selection, tp_journey_layout_get_card_box (layout, 1)->card);
  options.selection = selection;
  actual = paint_journey (layout, &options);

  if (g_strcmp0 (g_getenv ("TP_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", golden_path);
      cairo_surface_destroy (actual);
      return;
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);

  width = cairo_image_surface_get_width (actual);
  height = cairo_image_surface_get_height (actual);
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, height);

  diff = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush (golden);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        int d = channel_diff (pixel_at (actual, x, y), pixel_at (golden, x, y));
        guint32 *out = (guint32 *) (gpointer) (cairo_image_surface_get_data (diff)
                                               + y * cairo_image_surface_get_stride (diff) + 4 * x);

        if (d <= CHANNEL_TOLERANCE)
          {
            matching++;
            *out = 0xffffffff;
          }
        else
          *out = 0xffff0000;
      }
  cairo_surface_mark_dirty (diff);

  if ((double) matching / ((double) width * height) < MIN_MATCHING)
    {
      g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, "journey-actual.png", NULL);
      g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, "journey-diff.png", NULL);

      cairo_surface_write_to_png (actual, actual_path);
      cairo_surface_write_to_png (diff, diff_path);
      g_test_message ("painted map differs from %s; see %s and %s", golden_path, actual_path,
                      diff_path);
    }
  g_assert_cmpfloat ((double) matching / ((double) width * height), >=, MIN_MATCHING);

  cairo_surface_destroy (diff);
  cairo_surface_destroy (golden);
  cairo_surface_destroy (actual);
}

/* Dark pixels inside @rect: text and glyphs on a light card. */
static guint
count_ink (cairo_surface_t *surface,
           const TpRect    *rect)
{
  guint ink = 0;

  for (int y = (int) rect->y; y < (int) (rect->y + rect->height); y++)
    for (int x = (int) rect->x; x < (int) (rect->x + rect->width); x++)
      {
        guint32 p = pixel_at (surface, x, y);
        int lum = ((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) / 3;

        if (lum < 100)
          ink++;
      }
  return ink;
}

static void
test_level_of_detail (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  const TpCardBox *box = tp_journey_layout_get_card_box (layout, 0);
  TpRect title = { box->rect.x + 30, box->rect.y + 4, box->rect.width - 40, 36 };
  TpJourneyPaintOptions options;
  cairo_surface_t *near, *far;

  tp_journey_paint_options_init (&options);
  near = paint_journey (layout, &options);
  options.scale = 0.25;
  far = paint_journey (layout, &options);

  /* Close up the title is written; far out the card is a plain block. */
  g_assert_cmpuint (count_ink (near, &title), >, 100);
  g_assert_cmpuint (count_ink (far, &title), ==, 0);

  cairo_surface_destroy (near);
  cairo_surface_destroy (far);
}

static void
test_themes_and_clip (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  TpRect clip = { 0, 0, 300, 300 };
  TpRect cell;
  TpJourneyPaintOptions options;
  cairo_surface_t *light, *dark, *clipped, *spot;
  guint32 lp, dp;

  tp_journey_layout_get_cell (layout, 4, 0, &cell);

  tp_journey_paint_options_init (&options);
  light = paint_journey (layout, &options);
  options.theme = tp_theme_get (TP_THEME_DARK);
  dark = paint_journey (layout, &options);

  /* The same empty cell is light in the light theme and dark in the dark one. */
  lp = pixel_at (light, (int) cell.x + 5, (int) (cell.y + cell.height - 5));
  dp = pixel_at (dark, (int) cell.x + 5, (int) (cell.y + cell.height - 5));
  g_assert_cmpuint (lp & 0xff, >, 200);
  g_assert_cmpuint (dp & 0xff, <, 80);

  /* Nothing is painted outside the clip. */
  tp_journey_paint_options_init (&options);
  options.clip = &clip;
  clipped = paint_journey (layout, &options);
  g_assert_cmpuint (pixel_at (clipped, 299, 299) >> 24, ==, 0xff);
  g_assert_cmpuint (pixel_at (clipped, 301, 301), ==, 0);
  g_assert_cmpuint (pixel_at (clipped, 800, 100), ==, 0);

  /* A spotlight on the last phase veils the first and leaves the last. */
  tp_journey_paint_options_init (&options);
  options.spotlight_column = 4;
  spot = paint_journey (layout, &options);
  g_assert_cmpuint (pixel_at (spot, (int) cell.x + 40, (int) cell.y + 30), ==,
                    pixel_at (light, (int) cell.x + 40, (int) cell.y + 30));
  tp_journey_layout_get_phase_header (layout, 0, &cell);
  g_assert_cmpuint (pixel_at (spot, (int) cell.x + 20, 2), !=, pixel_at (light, (int) cell.x + 20, 2));

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
  cairo_surface_destroy (clipped);
  cairo_surface_destroy (spot);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/golden/journey", test_golden);
  g_test_add_func ("/render/golden/level-of-detail", test_level_of_detail);
  g_test_add_func ("/render/golden/themes-and-clip", test_themes_and_clip);

  return g_test_run ();
}
