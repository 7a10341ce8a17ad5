/* test-render-blueprint-golden.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint of every journey of every example, painted through
 * the view interface (tp_view_new ("blueprint")) in the light and the dark
 * theme and compared with the approved pictures in
 * tests/render/golden/blueprint-*.png. TP_UPDATE_GOLDEN=1 writes them anew
 * (look at them before committing). On a mismatch the painted picture and a
 * difference map are written to the build directory.
 *
 * Also: far away (level of detail) the blueprint draws no text, and a
 * spotlit step is left bright while the others are veiled.
 */

#include "config.h"

#include "io/tp-format.h"
#include "render/tp-service-blueprint.h"
#include "render/tp-view.h"

#define CHANNEL_TOLERANCE 8
#define MIN_MATCHING 0.995

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

static cairo_surface_t *
paint_view (TpView                   *view,
            const TpViewPaintOptions *base)
{
  cairo_font_options_t *fo = cairo_font_options_create ();
  TpViewPaintOptions options = *base;
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  tp_view_get_size (view, &width, &height);
  width *= options.scale;
  height *= options.scale;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_scale (cr, options.scale, options.scale);
  options.font_options = fo;
  cairo_set_font_options (cr, fo);
  tp_view_paint (view, cr, &options);
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

  return *(const guint32 *) (gconstpointer) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
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
compare_golden (cairo_surface_t *actual,
                const char      *name)
{
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "render", "golden", file_name, NULL);
  cairo_surface_t *golden, *diff;
  int width = cairo_image_surface_get_width (actual);
  int height = cairo_image_surface_get_height (actual);
  guint64 matching = 0;

  if (g_strcmp0 (g_getenv ("TP_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", golden_path);
      return;
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, height);

  diff = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush (golden);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 *out = (guint32 *) (gpointer) (cairo_image_surface_get_data (diff)
                                               + y * cairo_image_surface_get_stride (diff) + 4 * x);

        if (channel_diff (pixel_at (actual, x, y), pixel_at (golden, x, y)) <= CHANNEL_TOLERANCE)
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
      g_autofree char *actual_name = g_strconcat (name, "-actual.png", NULL);
      g_autofree char *diff_name = g_strconcat (name, "-diff.png", NULL);
      g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, actual_name, NULL);
      g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, diff_name, NULL);

      cairo_surface_write_to_png (actual, actual_path);
      cairo_surface_write_to_png (diff, diff_path);
      g_test_message ("%s differs from %s; see %s and %s", name, golden_path, actual_path, diff_path);
    }
  g_assert_cmpfloat ((double) matching / ((double) width * height), >=, MIN_MATCHING);
  cairo_surface_destroy (diff);
  cairo_surface_destroy (golden);
}

static void
test_examples (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(TpProject) project = load_example (examples[e]);
      GPtrArray *journeys = tp_project_get_journeys (project);

      for (guint j = 0; j < journeys->len; j++)
        for (int dark = 0; dark < 2; dark++)
          {
            g_autoptr(TpView) view = tp_view_new (TP_VIEW_BLUEPRINT, g_ptr_array_index (journeys, j));
            g_autofree char *name = g_strdup_printf ("blueprint-%s-%u-%s", examples[e], j + 1,
                                                     dark ? "dark" : "light");
            TpViewPaintOptions options;
            cairo_surface_t *surface;

            g_assert_true (TP_IS_SERVICE_BLUEPRINT (view));
            tp_view_paint_options_init (&options);
            options.theme = tp_theme_get (dark ? TP_THEME_DARK : TP_THEME_LIGHT);
            surface = paint_view (view, &options);
            compare_golden (surface, name);
            cairo_surface_destroy (surface);
          }
    }
}

/* Distinct colours in a rectangle of the picture. */
static guint
count_colours (cairo_surface_t *surface,
               int              x0,
               int              y0,
               int              w,
               int              h)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (int y = y0; y < y0 + h && y < cairo_image_surface_get_height (surface); y++)
    for (int x = x0; x < x0 + w && x < cairo_image_surface_get_width (surface); x++)
      g_hash_table_add (seen, GUINT_TO_POINTER (pixel_at (surface, x, y)));
  return g_hash_table_size (seen);
}

static void
test_level_of_detail_and_spotlight (void)
{
  g_autoptr(TpProject) project = load_example ("hotel-booking");
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 1);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_BLUEPRINT, journey);
  TpBlueprintLayout *layout = tp_service_blueprint_get_layout (TP_SERVICE_BLUEPRINT (view));
  const TpBlueprintBox *box = tp_blueprint_layout_get_box (layout, 0);
  TpViewPaintOptions options;
  cairo_surface_t *near, *far, *lit;
  TpRect step;
  guint32 veiled, bright;

  tp_view_paint_options_init (&options);
  near = paint_view (view, &options);
  options.scale = 0.2;
  far = paint_view (view, &options);
  /* Near, a card's title is anti-aliased text: many shades; far, flat shapes. */
  g_assert_cmpuint (count_colours (near, box->rect.x + 30, box->rect.y + 4, 120, 36), >, 20);
  g_assert_cmpuint (count_colours (far, (box->rect.x + 20) * 0.2, box->rect.y * 0.2 + 2, 20, 6), <=, 6);

  /* Spotlight the third step: its column stays as it was, the first is veiled. */
  options.scale = 1;
  options.spotlight_step = 2;
  lit = paint_view (view, &options);
  tp_view_get_step_rect (view, 2, &step);
  bright = pixel_at (lit, step.x + step.width / 2, step.y + 5);
  g_assert_cmpuint (bright, ==, pixel_at (near, step.x + step.width / 2, step.y + 5));
  veiled = pixel_at (lit, box->rect.x + box->rect.width / 2, box->rect.y + 30);
  g_assert_cmpuint (veiled, !=, pixel_at (near, box->rect.x + box->rect.width / 2, box->rect.y + 30));

  cairo_surface_destroy (near);
  cairo_surface_destroy (far);
  cairo_surface_destroy (lit);
}

static void
test_view_interface (void)
{
  g_autoptr(TpProject) project = load_example ("hotel-booking");
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 1);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_BLUEPRINT, journey);
  g_autoptr(GPtrArray) table = tp_view_get_table (view);
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  const char *title, *goal;
  TpRect rect;

  g_assert_cmpstr (tp_view_get_title (TP_VIEW_BLUEPRINT), ==, "Service Blueprint");
  g_assert_cmpstr (tp_view_get_name (view), ==, TP_VIEW_BLUEPRINT);
  /* Steps are the customer's: "Use the room" has two. */
  g_assert_cmpuint (tp_view_get_n_steps (view), ==, 6);
  tp_view_get_step_text (view, 4, &title, &goal);
  g_assert_cmpstr (title, ==, "Orders room service");
  g_assert_cmpstr (goal, ==, "Use the room");

  /* The table: a heading row and one row per blueprint row; steps across. */
  g_assert_cmpuint (table->len, ==, 6);
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (table, 0)), ==, 7);
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 0))[1], ==, "Book online: Books a room online");
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 2))[5], ==, "Orders room service");

  g_ptr_array_add (elements, tp_project_lookup (project, "bp-leave-back-2"));
  g_assert_true (tp_view_get_elements_rect (view, elements, &rect));
  g_ptr_array_set_size (elements, 0);
  g_ptr_array_add (elements, tp_project_lookup (project, "bp-book-feel-1"));
  g_assert_false (tp_view_get_elements_rect (view, elements, &rect));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/blueprint-golden/examples", test_examples);
  g_test_add_func ("/render/blueprint-golden/level-of-detail-and-spotlight", test_level_of_detail_and_spotlight);
  g_test_add_func ("/render/blueprint-golden/view-interface", test_view_interface);

  return g_test_run ();
}
