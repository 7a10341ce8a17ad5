/* test-render-store-golden.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints the store flow of the clothing-store example (data/examples) in
 * the light and the dark theme, and with the heat of time spent, and
 * compares each with its approved picture in tests/render/golden/. Run with
 * TP_UPDATE_GOLDEN=1 to approve new pictures (then look at them before
 * committing them). On a mismatch the painted picture and a difference map
 * are written to the build directory.
 */

#include "config.h"

#include "io/tp-format.h"
#include "render/tp-store-painter.h"

#define CHANNEL_TOLERANCE 8
#define MIN_MATCHING 0.995

typedef struct {
  const char  *name;
  TpThemeStyle style;
  gboolean     heat;
  gboolean     from_template;   /* the "Store visit" template instead of the example */
  gboolean     side_by_side;    /* the current and the future state side by side */
} Case;

static const Case cases[] = {
  { "store-flow-light", TP_THEME_LIGHT, FALSE, FALSE },
  { "store-flow-dark", TP_THEME_DARK, FALSE, FALSE },
  { "store-flow-heat", TP_THEME_LIGHT, TRUE, FALSE },
  { "store-flow-template", TP_THEME_LIGHT, FALSE, TRUE },
  { "store-flow-side-by-side-light", TP_THEME_LIGHT, FALSE, FALSE, TRUE },
  { "store-flow-side-by-side-dark", TP_THEME_DARK, FALSE, FALSE, TRUE },
};

static TpProject *
load_example (TpJourney **journey)
{
  g_autofree char *path = g_build_filename (EXAMPLES_DIR, "clothing-store-visit.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TpProject *project = tp_format_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  return project;
}

static cairo_surface_t *
paint (TpStoreLayout *layout,
       TpThemeStyle   style)
{
  cairo_font_options_t *fo = cairo_font_options_create ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) layout->width,
                                                         (int) layout->height);
  cairo_t *cr = cairo_create (surface);
  TpStorePaintOptions options;

  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  tp_store_paint_options_init (&options);
  options.theme = tp_theme_get (style);
  options.font_family = "DejaVu Sans";
  options.font_options = fo;
  cairo_set_font_options (cr, fo);
  tp_store_painter_paint (cr, layout, &options);
  cairo_destroy (cr);
  cairo_font_options_destroy (fo);
  cairo_surface_flush (surface);
  return surface;
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
test_golden (gconstpointer data)
{
  const Case *c = data;
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = c->from_template ? tp_template_new_project (TP_LENS_STORE_VISIT)
                                                  : load_example (&journey);
  TpStoreLayoutOptions layout_options;
  g_autoptr(TpStoreLayout) layout = NULL;
  g_autofree char *file_name = g_strconcat (c->name, ".png", NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "render", "golden",
                                                        file_name, NULL);
  cairo_surface_t *actual, *golden, *diff;
  guint64 matching = 0;
  int width, height;

  if (c->from_template)
    journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  tp_store_layout_options_init (&layout_options);
  layout_options.heat = c->heat;
  layout_options.compare = c->side_by_side;
  layout_options.side_by_side = c->side_by_side;
  layout = tp_store_layout_new (journey, &layout_options);
  actual = paint (layout, c->style);

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
    {
      const guint32 *a = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (actual)
                                                            + y * cairo_image_surface_get_stride (actual));
      const guint32 *g = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (golden)
                                                            + y * cairo_image_surface_get_stride (golden));
      guint32 *out = (guint32 *) (gpointer) (cairo_image_surface_get_data (diff)
                                             + y * cairo_image_surface_get_stride (diff));

      for (int x = 0; x < width; x++)
        {
          gboolean same = channel_diff (a[x], g[x]) <= CHANNEL_TOLERANCE;

          matching += same;
          out[x] = same ? 0xffffffff : 0xffff0000;
        }
    }
  cairo_surface_mark_dirty (diff);

  if ((double) matching / ((double) width * height) < MIN_MATCHING)
    {
      g_autofree char *actual_name = g_strconcat (c->name, "-actual.png", NULL);
      g_autofree char *diff_name = g_strconcat (c->name, "-diff.png", NULL);
      g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, actual_name, NULL);
      g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, diff_name, NULL);

      cairo_surface_write_to_png (actual, actual_path);
      cairo_surface_write_to_png (diff, diff_path);
      g_test_message ("painted plan differs from %s; see %s and %s", golden_path, actual_path,
                      diff_path);
    }
  g_assert_cmpfloat ((double) matching / ((double) width * height), >=, MIN_MATCHING);

  cairo_surface_destroy (diff);
  cairo_surface_destroy (golden);
  cairo_surface_destroy (actual);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/render/store-golden/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_golden);
    }

  return g_test_run ();
}
