/* test-render-store-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan the loader takes but nobody should draw (store-hostile-plan.touchpoint,
 * made from the clothing-store example): a picture whose header claims
 * 100,000 × 100,000 pixels in 69 bytes, a self-intersecting shelf, a wall of
 * three points on a line, an obstacle of 999 points, a stop a million metres
 * off the plan, stops inside obstacles and one dwelling eleven days. The
 * view lays it out, walks it, paints it and exports it, and says what it
 * could not show; the files the loader refuses are in tests/hostile/.
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-export.h"
#include "render/tp-store-layout.h"
#include "render/tp-store-painter.h"

static void
test_hostile_plan (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "render", "store-hostile-plan.touchpoint",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = tp_format_load_file (file, NULL, NULL, &error);
  g_autoptr(TpStoreLayout) layout = NULL;
  g_autoptr(GBytes) png = NULL;
  TpStoreLayoutOptions options;
  TpExportOptions export;
  TpJourney *journey;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_no_error (error);
  journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

  tp_store_layout_options_init (&options);
  options.heat = TRUE;
  layout = tp_store_layout_new (journey, &options);

  /* The lying picture is not decoded, and the view says why. */
  g_assert_null (layout->image);
  g_assert_nonnull (layout->image_problem);
  g_test_message ("picture: %s", layout->image_problem);

  /* The walk is finite, the stop off the plan is drawn at its edge and counted. */
  g_assert_nonnull (layout->walk);
  g_assert_cmpuint (layout->walk->stops->len, ==, 12);
  g_assert_cmpuint (layout->walk->n_outside, ==, 1);
  g_assert_true (isfinite (layout->walk->length) && layout->walk->length > 0);
  g_assert_true (isfinite (layout->walk->dwell));
  for (guint i = 0; i < layout->walk->stops->len; i++)
    {
      const TpStoreStop *stop = &g_array_index (layout->walk->stops, TpStoreStop, i);

      g_assert_true (tp_rect_contains (&layout->plan_rect, stop->at.x, stop->at.y)
                     || stop->at.x == layout->plan_rect.x + layout->plan_rect.width
                     || stop->at.y == layout->plan_rect.y + layout->plan_rect.height);
    }
  for (guint z = 0; z < layout->shapes->len; z++)
    g_assert_true (isfinite (layout->heat[z]));

  /* Painted whole, and exported. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) layout->width,
                                        (int) layout->height);
  cr = cairo_create (surface);
  tp_store_painter_paint (cr, layout, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  tp_export_options_init (&export);
  export.view = "store-flow";
  png = tp_export_to_bytes (project, &export, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (png), >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/store-hostile/plan", test_hostile_plan);

  return g_test_run ();
}
