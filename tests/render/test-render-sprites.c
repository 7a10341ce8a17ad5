/* test-render-sprites.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painters' shortcuts on a picture draw the same pixels as drawing each
 * thing: card frames, the blueprint's footer words and arrows copied from
 * small pictures made once (tp-sprite.h) against the same painters with the
 * shortcuts off, over every example's journey map and blueprint (light,
 * dark, two scales, a position between pixels, in tiles as the PNG export
 * paints) and a generated blueprint with every kind of arrow.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "io/tp-format.h"
#include "render/tp-sprite.h"
#include "render/tp-view.h"
#include "tp-test-blueprint.h"

/* A rework arrow's dots from strips against cairo's dasher: the dots stand where the dasher
 * puts them to a millionth of a pixel, but its round caps are drawn from positions it
 * reaches by adding up lengths, so now and then a dot's edge pixel is a few levels apart;
 * a dot out of place is off by a hundred or more. */
#define DOTS 8

static const char * const examples[] = { "hotel-booking", "jewellery-web-shop", "clothing-store-visit" };

static TpProject *
load_example (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".touchpoint", NULL);
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TpProject *project = tp_format_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return project;
}

/* @view painted at @scale, moved by (@dx, @dy) pixels, in tiles of @tile pixels (0: whole),
 * with the shortcuts on or off. */
static cairo_surface_t *
paint (TpView        *view,
       const TpTheme *theme,
       double         scale,
       double         dx,
       double         dy,
       int            tile,
       gboolean       shortcuts)
{
  cairo_font_options_t *fo = cairo_font_options_create ();
  double width, height;
  cairo_surface_t *surface;
  int w, h;

  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  tp_view_get_size (view, &width, &height);
  w = (int) ceil (width * scale + dx);
  h = (int) ceil (height * scale + dy);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  _tp_sprite_set_enabled (shortcuts);
  for (int y0 = 0; y0 < h; y0 += tile > 0 ? tile : h)
    for (int x0 = 0; x0 < w; x0 += tile > 0 ? tile : w)
      {
        int tw = tile > 0 ? MIN (tile, w - x0) : w, th = tile > 0 ? MIN (tile, h - y0) : h;
        TpViewPaintOptions options;
        TpRect clip = { (x0 - 1 - dx) / scale, (y0 - 1 - dy) / scale, (tw + 2) / scale, (th + 2) / scale };
        cairo_t *cr = cairo_create (surface);

        tp_view_paint_options_init (&options);
        options.theme = theme;
        options.scale = scale;
        options.font_options = fo;
        if (tile > 0)
          options.clip = &clip;
        cairo_rectangle (cr, x0, y0, tw, th);
        cairo_clip (cr);
        cairo_translate (cr, dx, dy);
        cairo_scale (cr, scale, scale);
        tp_view_paint (view, cr, &options);
        cairo_destroy (cr);
      }
  _tp_sprite_set_enabled (TRUE);
  cairo_font_options_destroy (fo);
  cairo_surface_flush (surface);
  return surface;
}

/* The pixels of @a and @b that differ. Painted in tiles of @tile pixels, cairo's own
 * drawing of a stroke cut by a tile's edge can differ by one in a channel on the edge's
 * pixels from the same stroke drawn whole, which a copy made whole is: such a pixel counts
 * only when it differs by more. */
static guint64
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   int              tile,
                   int              tolerance)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  guint64 n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, h);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guint8 *pa = da + (gsize) y * stride + 4 * x, *pb = db + (gsize) y * stride + 4 * x;
        gboolean edge = tile > 0 && (x % tile == 0 || x % tile == tile - 1
                                     || y % tile == 0 || y % tile == tile - 1);
        int most = 0;

        for (int c = 0; c < 4; c++)
          most = MAX (most, ABS (pa[c] - pb[c]));
        if (most > MAX (tolerance, edge ? 1 : 0))
          n++;
      }
  return n;
}

static void
assert_same_pixels (TpView        *view,
                    const TpTheme *theme,
                    double         scale,
                    double         dx,
                    double         dy,
                    int            tile,
                    gboolean       copies_expected,
                    int            tolerance,
                    const char    *what)
{
  guint copies = _tp_sprite_get_n_copies ();
  cairo_surface_t *fast = paint (view, theme, scale, dx, dy, tile, TRUE);
  guint made = _tp_sprite_get_n_copies () - copies;
  cairo_surface_t *slow = paint (view, theme, scale, dx, dy, tile, FALSE);
  guint64 differ = count_differences (fast, slow, tile, tolerance);

  /* The shortcuts ran, and the direct painting did not use them. */
  if (copies_expected)
    g_assert_cmpuint (made, >, 0);
  g_assert_cmpuint (_tp_sprite_get_n_copies () - copies, ==, made);
  if (differ > 0)
    {
      g_autofree char *fast_name = g_strdup_printf ("sprites-%s-fast.png", what);
      g_autofree char *slow_name = g_strdup_printf ("sprites-%s-slow.png", what);

      cairo_surface_write_to_png (fast, fast_name);
      cairo_surface_write_to_png (slow, slow_name);
      g_test_message ("%s: %" G_GUINT64_FORMAT " pixels differ; see %s and %s", what, differ,
                      fast_name, slow_name);
    }
  g_assert_cmpuint (differ, ==, 0);
  cairo_surface_destroy (fast);
  cairo_surface_destroy (slow);
}

static void
test_examples (void)
{
  guint copies = _tp_sprite_get_n_copies ();

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(TpProject) project = load_example (examples[e]);
      GPtrArray *journeys = tp_project_get_journeys (project);

      for (guint j = 0; j < journeys->len; j++)
        for (int v = 0; v < 2; v++)
          {
            g_autoptr(TpView) view = tp_view_new (v ? TP_VIEW_BLUEPRINT : TP_VIEW_JOURNEY,
                                                  g_ptr_array_index (journeys, j));

            for (int dark = 0; dark < 2; dark++)
              {
                const TpTheme *theme = tp_theme_get (dark ? TP_THEME_DARK : TP_THEME_LIGHT);
                g_autofree char *what = g_strdup_printf ("%s-%u-%s-%s", examples[e], j + 1,
                                                         v ? "blueprint" : "journey",
                                                         dark ? "dark" : "light");

                assert_same_pixels (view, theme, 1.0, 0, 0, 0, FALSE, 0, what);
                assert_same_pixels (view, theme, 1.5, 0.37, 0.61, 0, FALSE, 0, what);
                assert_same_pixels (view, theme, 1.0, 0, 0, 301, FALSE, 0, what);
              }
          }
    }
  /* Some examples' blueprints have footers and arrows to copy. */
  g_assert_cmpuint (_tp_sprite_get_n_copies () - copies, >, 0);
}

/* Every kind of arrow, hand-offs, fail points, owners and durations. */
static void
test_generated (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (240, 160, 11, &journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_BLUEPRINT, journey);
  g_autoptr(TpView) rework = NULL;
  GPtrArray *connections = tp_journey_get_connections (journey);

  for (int dark = 0; dark < 2; dark++)
    {
      const TpTheme *theme = tp_theme_get (dark ? TP_THEME_DARK : TP_THEME_LIGHT);

      assert_same_pixels (view, theme, 1.0, 0, 0, 0, TRUE, DOTS, dark ? "generated-dark" : "generated-light");
      assert_same_pixels (view, theme, 1.0, 0, 0, 97, TRUE, DOTS, dark ? "generated-dark-tiles" : "generated-light-tiles");
      assert_same_pixels (view, theme, 2.0, 0.25, 0.5, 0, TRUE, DOTS, dark ? "generated-dark-2" : "generated-light-2");
    }

  /* Every arrow dotted (rework), at two scales, whole and in tiles. */
  for (guint i = 0; i < connections->len; i++)
    g_object_set (g_ptr_array_index (connections, i), "kind", TP_CONNECTION_KIND_REWORK, NULL);
  rework = tp_view_new (TP_VIEW_BLUEPRINT, journey);
  assert_same_pixels (rework, tp_theme_get (TP_THEME_LIGHT), 1.0, 0, 0, 0, TRUE, DOTS, "rework");
  assert_same_pixels (rework, tp_theme_get (TP_THEME_DARK), 1.5, 0.5, 0.25, 113, TRUE, DOTS, "rework-tiles");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/sprites/examples", test_examples);
  g_test_add_func ("/render/sprites/generated", test_generated);
  return g_test_run ();
}
