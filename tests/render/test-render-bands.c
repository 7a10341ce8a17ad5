/* test-render-bands.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A picture painted in bands, as the PNG export paints it (each band with
 * its clip a pixel larger), is the picture painted whole: wherever the bands
 * are cut, and in particular where the view says a cut is cheap
 * (tp_view_get_band_breaks) and just above a card, where what a card draws
 * outside its frame (a fail point's badge) must not be lost with the card.
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-blueprint-layout.h"
#include "render/tp-view.h"
#include "tp-test-blueprint.h"

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

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/* @view painted whole (@cuts NULL) or in bands ending at the rows @cuts (sorted). */
static cairo_surface_t *
paint (TpView      *view,
       double       scale,
       GArray      *cuts)
{
  double width, height;
  cairo_surface_t *surface;
  int w, h, y0 = 0;

  tp_view_get_size (view, &width, &height);
  w = (int) ceil (width * scale);
  h = (int) ceil (height * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  for (guint i = 0; y0 < h; i++)
    {
      int y1 = cuts == NULL || i >= cuts->len ? h : MIN (g_array_index (cuts, int, i), h);
      TpViewPaintOptions options;
      TpRect clip = { -1 / scale, (y0 - 1) / scale, (w + 2) / scale, (y1 - y0 + 2) / scale };
      cairo_t *cr;

      if (y1 <= y0)
        continue;
      cr = cairo_create (surface);
      tp_view_paint_options_init (&options);
      options.scale = scale;
      if (cuts != NULL)
        options.clip = &clip;
      cairo_rectangle (cr, 0, y0, w, y1 - y0);
      cairo_clip (cr);
      cairo_scale (cr, scale, scale);
      tp_view_paint (view, cr, &options);
      cairo_destroy (cr);
      y0 = y1;
    }
  cairo_surface_flush (surface);
  return surface;
}

/* The pixels that differ by more than a level (cairo's drawing of a stroke cut at a band's
 * edge can differ by one on the edge's pixels) or at all away from @cuts. */
static guint64
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   GArray          *cuts)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  g_autofree gboolean *edge = g_new0 (gboolean, h + 1);
  guint64 n = 0;

  for (guint i = 0; i < cuts->len; i++)
    {
      int y = g_array_index (cuts, int, i);

      if (y > 0 && y <= h)
        edge[y - 1] = TRUE;
      if (y < h)
        edge[y] = TRUE;
    }
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guint8 *pa = da + (gsize) y * stride + 4 * x, *pb = db + (gsize) y * stride + 4 * x;
        int most = 0;

        for (int c = 0; c < 4; c++)
          most = MAX (most, ABS (pa[c] - pb[c]));
        if (most > (edge[y] ? 1 : 0))
          n++;
      }
  return n;
}

static void
assert_bands_whole (TpView     *view,
                    double      scale,
                    GArray     *cuts,
                    const char *what)
{
  cairo_surface_t *whole = paint (view, scale, NULL);
  cairo_surface_t *bands;
  guint64 differ;

  g_array_sort (cuts, compare_ints);
  bands = paint (view, scale, cuts);
  differ = count_differences (whole, bands, cuts);
  if (differ > 0)
    {
      g_autofree char *whole_name = g_strdup_printf ("bands-%s-whole.png", what);
      g_autofree char *bands_name = g_strdup_printf ("bands-%s-bands.png", what);

      cairo_surface_write_to_png (whole, whole_name);
      cairo_surface_write_to_png (bands, bands_name);
      g_test_message ("%s: %" G_GUINT64_FORMAT " pixels differ; see %s and %s", what, differ,
                      whole_name, bands_name);
    }
  g_assert_cmpuint (differ, ==, 0);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (bands);
}

/* Cuts at the view's band breaks, and 1 … 12 pixels above each card of the blueprint of
 * @journey that is a fail point (whose badge stands out of the card's top left corner). */
static GArray *
cuts_for (TpView    *view,
          TpJourney *journey,
          double     scale)
{
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  TpBlueprintLayout *layout = tp_blueprint_layout_new (journey, NULL);
  guint n_breaks = 0;
  g_autofree double *breaks = tp_view_get_band_breaks (view, &n_breaks);
  guint from_view;

  for (guint i = 0; i < n_breaks; i++)
    {
      int y = (int) floor (breaks[i] * scale + 0.5);

      if (y > 0 && !g_hash_table_contains (seen, GINT_TO_POINTER (y)))
        {
          g_hash_table_add (seen, GINT_TO_POINTER (y));
          g_array_append_val (cuts, y);
        }
    }
  from_view = cuts->len;
  for (guint i = 0; i < tp_blueprint_layout_get_n_cards (layout); i++)
    {
      const TpBlueprintBox *box = tp_blueprint_layout_get_box (layout, i);

      if (!tp_card_get_fail_point (box->card))
        continue;
      for (int k = 1; k <= 12; k++)
        {
          int y = (int) floor (box->rect.y * scale) - k;

          if (y > 0 && !g_hash_table_contains (seen, GINT_TO_POINTER (y)))
            {
              g_hash_table_add (seen, GINT_TO_POINTER (y));
              g_array_append_val (cuts, y);
            }
        }
    }
  /* (the generated blueprint has fail points: its cuts above them are asserted there) */
  (void) from_view;
  tp_blueprint_layout_free (layout);
  return cuts;
}

static void
test_blueprint_generated (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (160, 80, 7, &journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_BLUEPRINT, journey);
  g_autoptr(GArray) cuts = cuts_for (view, journey, 1.0);
  g_autoptr(GArray) cuts_2 = cuts_for (view, journey, 2.0);
  guint n_breaks = 0, n_fail_points = 0;
  g_autofree double *breaks = tp_view_get_band_breaks (view, &n_breaks);
  TpBlueprintLayout *layout = tp_blueprint_layout_new (journey, NULL);
  double width, height;

  for (guint i = 0; i < tp_blueprint_layout_get_n_cards (layout); i++)
    if (tp_card_get_fail_point (tp_blueprint_layout_get_box (layout, i)->card))
      n_fail_points++;
  g_assert_cmpuint (n_fail_points, >, 0);
  /* More places to cut than the rows' edges: between the slots of a row. */
  g_assert_cmpuint (n_breaks, >, tp_blueprint_layout_get_n_rows (layout) + 1);
  tp_blueprint_layout_free (layout);
  tp_view_get_size (view, &width, &height);
  for (guint i = 0; i < n_breaks; i++)
    {
      g_assert_cmpfloat (breaks[i], >=, 0);
      g_assert_cmpfloat (breaks[i], <=, height);
      if (i > 0)
        g_assert_cmpfloat (breaks[i], >, breaks[i - 1]);
    }
  assert_bands_whole (view, 1.0, cuts, "generated");
  assert_bands_whole (view, 2.0, cuts_2, "generated-2");
}

static void
test_examples (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(TpProject) project = load_example (examples[e]);
      GPtrArray *journeys = tp_project_get_journeys (project);

      for (guint j = 0; j < journeys->len; j++)
        {
          TpJourney *journey = g_ptr_array_index (journeys, j);
          g_autoptr(TpView) blueprint = tp_view_new (TP_VIEW_BLUEPRINT, journey);
          g_autoptr(TpView) map = tp_view_new (TP_VIEW_JOURNEY, journey);
          g_autoptr(GArray) cuts = cuts_for (blueprint, journey, 1.0);
          g_autoptr(GArray) map_cuts = g_array_new (FALSE, FALSE, sizeof (int));
          guint n_breaks = 0;
          g_autofree double *breaks = tp_view_get_band_breaks (map, &n_breaks);
          g_autofree char *what = g_strdup_printf ("%s-%u", examples[e], j);

          assert_bands_whole (blueprint, 1.0, cuts, what);
          for (guint i = 0; i < n_breaks; i++)
            {
              int y = (int) floor (breaks[i] + 0.5);

              if (y > 0 && (map_cuts->len == 0 || g_array_index (map_cuts, int, map_cuts->len - 1) != y))
                g_array_append_val (map_cuts, y);
            }
          assert_bands_whole (map, 1.0, map_cuts, "map");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/bands/blueprint-generated", test_blueprint_generated);
  g_test_add_func ("/render/bands/examples", test_examples);
  return g_test_run ();
}
