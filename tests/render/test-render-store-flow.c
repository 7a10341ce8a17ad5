/* test-render-store-flow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow through the view interface, as presentation, export and
 * print see it: made by name, one step per stop in walking order with the
 * touchpoint as its title, step areas around the stops, the area of a
 * selected placement or zone, the CSV table, and a painted picture.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "io/tp-format.h"
#include "render/tp-presentation-paint.h"
#include "render/tp-view.h"

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

static void
test_interface (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = load_example (&journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_STORE_FLOW, journey);
  g_autoptr(GPtrArray) table = NULL;
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  const char *title = NULL, *goal = NULL;
  double width, height;
  TpRect step, rect;

  g_assert_nonnull (view);
  g_assert_true (tp_view_exists (TP_VIEW_STORE_FLOW));
  g_assert_cmpstr (tp_view_get_name (view), ==, TP_VIEW_STORE_FLOW);
  tp_view_get_size (view, &width, &height);
  g_assert_cmpfloat (width, >, 24 * 20);
  g_assert_cmpfloat (height, >, 16 * 20);

  /* Nine placements, nine steps, in walking order. */
  g_assert_cmpuint (tp_view_get_n_steps (view), ==, 9);
  tp_view_get_step_text (view, 0, &title, &goal);
  g_assert_cmpstr (title, ==, "Shop window display");
  g_assert_true (g_str_has_prefix (goal, "Stop 1 of 9"));
  tp_view_get_step_text (view, 8, &title, &goal);
  g_assert_cmpstr (title, ==, "Store exit");

  /* Presenting a stop tells the emotion there and its pain points, under where it is. */
  tp_view_get_step_text (view, 5, &title, &goal);
  g_assert_cmpstr (title, ==, "Fitting rooms with call button");
  g_assert_true (g_str_has_prefix (goal, "Stop 6 of 9 · 7 min spent · Fitting rooms\n"));
  g_assert_nonnull (strstr (goal, "Feels -2.0, very negative"));
  g_assert_nonnull (strstr (goal, "Pain point: No staff near the fitting rooms on Saturdays"));
  tp_view_get_step_rect (view, 0, &step);
  g_assert_cmpfloat (step.width, >, 0);
  g_assert_cmpfloat (step.width, <, width);

  /* The area of a selected placement lies within its step's area. */
  g_ptr_array_add (elements, g_ptr_array_index (tp_journey_get_placements (journey), 0));
  g_assert_true (tp_view_get_elements_rect (view, elements, &rect));
  g_assert_cmpfloat (rect.x, >=, step.x - 8);
  g_assert_cmpfloat (rect.x + rect.width, <=, step.x + step.width + 8);
  g_ptr_array_set_size (elements, 0);
  g_ptr_array_add (elements, tp_journey_get_phases (journey));
  g_assert_false (tp_view_get_elements_rect (view, elements, &rect));

  /* CSV: a heading and a row per stop, all of one length. */
  table = tp_view_get_table (view);
  g_assert_cmpuint (table->len, >, 10);
  for (guint i = 0; i < 10; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (table, i)), ==, 9);
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 1))[1], ==, "Shop window display");
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 6))[8], ==,
                   "No staff near the fitting rooms on Saturdays");

  /* Then the journey's figures: path length, time spent in all and per zone, zones visited,
   * ground walked again; the time per zone adds up to the time in all. */
  {
    double zone_total = 0, total = -1, length = -1, last_walked;
    guint zones_visited = 0, zone_rows = 0;
    gboolean in_zones = FALSE;

    g_assert_cmpuint (g_strv_length (g_ptr_array_index (table, 10)), ==, 0);
    g_assert_cmpstr (((char **) g_ptr_array_index (table, 11))[0], ==, "Figure");
    last_walked = g_ascii_strtod (((char **) g_ptr_array_index (table, 9))[6], NULL);
    for (guint i = 12; i < table->len; i++)
      {
        char **row = g_ptr_array_index (table, i);

        if (row[0] == NULL)
          continue;
        if (g_str_equal (row[0], "Zone"))
          {
            in_zones = TRUE;
            continue;
          }
        g_assert_nonnull (row[1]);
        if (in_zones)
          {
            zone_total += g_ascii_strtod (row[1], NULL);
            zone_rows++;
            if (g_str_equal (row[0], "Denim wall"))
              g_assert_cmpstr (row[1], ==, "270");   /* two stops: 240 s and 30 s */
          }
        else if (g_str_equal (row[0], "Path length (m)"))
          length = g_ascii_strtod (row[1], NULL);
        else if (g_str_equal (row[0], "Total time spent (s)"))
          total = g_ascii_strtod (row[1], NULL);
        else if (g_str_equal (row[0], "Zones visited"))
          zones_visited = atoi (row[1]);
      }
    g_assert_cmpfloat_with_epsilon (length, last_walked, 0.051);
    g_assert_cmpfloat (total, ==, 8 + 15 + 90 + 240 + 30 + 420 + 600 + 180 + 5);
    g_assert_cmpfloat (zone_total, ==, total);
    g_assert_cmpuint (zones_visited, ==, zone_rows);
    g_assert_cmpuint (zones_visited, >=, 8);
  }
}

static void
test_paints (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = load_example (&journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_STORE_FLOW, journey);
  cairo_surface_t *surface;
  cairo_t *cr;
  TpViewPaintOptions options;
  double width, height;
  guint32 corner;

  tp_view_get_size (view, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  tp_view_paint_options_init (&options);
  options.spotlight_step = 3;
  tp_view_paint (view, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Something was painted, over the whole picture. */
  corner = *(guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  g_assert_cmpuint (corner >> 24, ==, 0xff);
  cairo_surface_destroy (surface);
}

static void
test_without_plan (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_STORE_FLOW, journey);
  g_autoptr(GPtrArray) table = tp_view_get_table (view);
  double width, height;

  /* A journey with no floor plan is shown empty, with a message, not refused. */
  tp_view_get_size (view, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpuint (tp_view_get_n_steps (view), ==, 0);
  g_assert_cmpuint (table->len, ==, 1);
}

/* Presenting counts the walk's stops, not phases. */
static void
test_presented_as_stops (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = load_example (&journey);
  TpPresentationPainter *painter = tp_presentation_painter_new ("store-flow", journey);
  guint n = tp_presentation_painter_get_n_phases (painter);
  g_autofree char *first = tp_presentation_painter_get_progress_text (painter, 1);
  g_autofree char *expected = g_strdup_printf ("Stop 1 of %u", n);

  g_assert_cmpuint (n, >, 1);
  g_assert_cmpint (tp_presentation_painter_get_step_kind (painter), ==, TP_VIEW_STEP_STOP);
  g_assert_true (g_str_has_prefix (first, expected));
  tp_presentation_painter_free (painter);

  /* The journey map still counts phases. */
  painter = tp_presentation_painter_new (NULL, journey);
  g_clear_pointer (&first, g_free);
  first = tp_presentation_painter_get_progress_text (painter, 1);
  g_assert_true (g_str_has_prefix (first, "Phase 1 of "));
  tp_presentation_painter_free (painter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/store-flow/interface", test_interface);
  g_test_add_func ("/render/store-flow/paints", test_paints);
  g_test_add_func ("/render/store-flow/without-plan", test_without_plan);
  g_test_add_func ("/render/store-flow/presented-as-stops", test_presented_as_stops);

  return g_test_run ();
}
