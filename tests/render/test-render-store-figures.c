/* test-render-store-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A journey's figures on its floor plan, as the inspector and the CSV
 * export show them: stops, touchpoints placed, path length, time spent in
 * all and per zone (adding up), zones visited, ground walked again; the
 * current and future state of a journey found from either, and the change
 * between them written with its sign; the two side by side: the same scale,
 * the current state on the left whichever is shown, their captions.
 */

#include "config.h"

#include <string.h>

#include "io/tp-format.h"
#include "render/tp-store-figures.h"
#include "render/tp-store-painter.h"

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

static const TpStoreZoneFigure *
find_zone (const TpStoreFigures *figures,
           const char           *name)
{
  for (guint i = 0; i < figures->zones->len; i++)
    {
      const TpStoreZoneFigure *zone = &g_array_index (figures->zones, TpStoreZoneFigure, i);

      if (g_str_equal (tp_store_figures_zone_name (zone->zone), name))
        return zone;
    }
  g_error ("no zone “%s” in the figures", name);
}

static void
test_roll_ups (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = load_example (&journey);
  g_autoptr(TpStoreLayout) layout = tp_store_layout_new (journey, NULL);
  g_autoptr(TpStoreFigures) figures = tp_store_figures_new (layout);
  const TpStoreZoneFigure *denim, *aisle;
  double sum = 0;
  guint visited = 0;

  g_assert_nonnull (figures);
  g_assert_cmpuint (figures->n_stops, ==, 9);
  g_assert_cmpuint (figures->n_placed_cards, ==, 9);
  g_assert_cmpuint (figures->n_touchpoints, >=, figures->n_placed_cards);
  g_assert_cmpfloat (figures->length, ==, layout->walk->length);
  g_assert_cmpfloat (figures->length, >, 50);
  g_assert_cmpfloat (figures->dwell, ==, 1588);

  /* Time per zone adds up to the time in all; every zone listed was visited. */
  for (guint i = 0; i < figures->zones->len; i++)
    {
      const TpStoreZoneFigure *zone = &g_array_index (figures->zones, TpStoreZoneFigure, i);

      sum += zone->dwell;
      visited += zone->visits > 0;
    }
  g_assert_cmpfloat (sum, ==, figures->dwell);
  g_assert_cmpuint (visited, ==, figures->n_zones_visited);
  g_assert_cmpuint (figures->n_zones, ==, layout->shapes->len);

  /* Two stops at the denim wall: 240 s and 30 s. The main aisle is walked through, no stop. */
  denim = find_zone (figures, "Denim wall");
  g_assert_nonnull (denim);
  g_assert_cmpfloat (denim->dwell, ==, 270);
  g_assert_cmpuint (denim->visits, >=, 1);
  aisle = find_zone (figures, "Main aisle");
  g_assert_nonnull (aisle);
  g_assert_cmpfloat (aisle->dwell, ==, 0);
  g_assert_cmpuint (aisle->visits, >=, 1);

  g_assert_cmpfloat (figures->backtrack_share, >=, 0);
  g_assert_cmpfloat (figures->backtrack_share, <, 0.5);
}

static void
test_dwell_follows_edits (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = load_example (&journey);
  TpPlacement *first = g_ptr_array_index (tp_journey_get_placements (journey), 0);
  g_autoptr(TpStoreLayout) before = tp_store_layout_new (journey, NULL);
  g_autoptr(TpStoreFigures) a = tp_store_figures_new (before);
  g_autoptr(TpStoreLayout) after = NULL;
  g_autoptr(TpStoreFigures) b = NULL;

  tp_project_begin (project, "Edit");
  tp_project_set (project, first, "dwell", tp_placement_get_dwell (first) + 100, NULL);
  tp_project_commit (project);
  after = tp_store_layout_new (journey, NULL);
  b = tp_store_figures_new (after);
  g_assert_cmpfloat (b->dwell, ==, a->dwell + 100);
  g_assert_cmpfloat (find_zone (b, "Shop window")->dwell, ==,
                     find_zone (a, "Shop window")->dwell + 100);
  g_assert_cmpfloat (b->length, ==, a->length);
}

static void
test_counterpart (void)
{
  TpJourney *journey, *future;
  g_autoptr(TpProject) project = load_example (&journey);
  g_autoptr(TpStoreLayout) current_layout = NULL;
  g_autoptr(TpStoreLayout) future_layout = NULL;
  g_autoptr(TpStoreFigures) current = NULL;
  g_autoptr(TpStoreFigures) changed = NULL;
  g_autofree char *length = NULL;
  TpPlacement *last;

  /* The example walks its future state too; this test makes its own. */
  future = tp_store_find_counterpart (journey);
  g_assert_nonnull (future);
  g_assert_true (tp_store_find_counterpart (future) == journey);
  tp_project_begin (project, "Remove");
  tp_project_remove (project, future);
  tp_project_commit (project);
  g_assert_null (tp_store_find_counterpart (journey));
  future = tp_project_make_future_state (project, journey);
  g_assert_true (tp_store_find_counterpart (journey) == future);
  g_assert_true (tp_store_find_counterpart (future) == journey);

  /* The future state skips the last stop: shorter, and less time spent. */
  last = g_ptr_array_index (tp_journey_get_placements (future),
                            tp_journey_get_placements (future)->len - 1);
  tp_project_begin (project, "Remove");
  tp_project_remove (project, last);
  tp_project_commit (project);
  current_layout = tp_store_layout_new (journey, NULL);
  future_layout = tp_store_layout_new (future, NULL);
  current = tp_store_figures_new (current_layout);
  changed = tp_store_figures_new (future_layout);
  g_assert_cmpfloat (changed->length, <, current->length);
  g_assert_cmpfloat (changed->dwell, ==, current->dwell - 5);
  length = tp_store_figures_format_change (current->length, changed->length, "m");
  g_assert_true (g_str_has_prefix (length, "-"));
  g_assert_true (g_str_has_suffix (length, " m"));

  /* Compared on the plan: the current state's walk drawn under the future one. */
  {
    TpStoreLayoutOptions options;
    g_autoptr(TpStoreLayout) compared = NULL;
    cairo_surface_t *a, *b;
    cairo_t *cr;

    tp_store_layout_options_init (&options);
    options.compare = TRUE;
    compared = tp_store_layout_new (future, &options);
    g_assert_nonnull (compared->compare);
    g_assert_cmpfloat (compared->compare->length, ==, current->length);
    g_assert_null (future_layout->compare);

    a = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) compared->width,
                                    (int) compared->height);
    b = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) compared->width,
                                    (int) compared->height);
    cr = cairo_create (a);
    tp_store_painter_paint (cr, future_layout, NULL);
    cairo_destroy (cr);
    cr = cairo_create (b);
    tp_store_painter_paint (cr, compared, NULL);
    cairo_destroy (cr);
    cairo_surface_flush (a);
    cairo_surface_flush (b);
    g_assert_cmpint (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                             (size_t) cairo_image_surface_get_stride (a)
                             * cairo_image_surface_get_height (a)), !=, 0);
    cairo_surface_destroy (a);
    cairo_surface_destroy (b);
  }

  /* Another plan: not the same place, no comparison. */
  tp_project_begin (project, "Plan");
  tp_project_set (project, future, "floor-plan", NULL, NULL);
  tp_project_commit (project);
  g_assert_null (tp_store_find_counterpart (journey));
}

static void
test_side_by_side (void)
{
  TpJourney *journey, *future;
  g_autoptr(TpProject) project = load_example (&journey);
  g_autoptr(TpStoreLayout) current = NULL;
  g_autoptr(TpStoreLayout) after = NULL;
  g_autoptr(TpStoreLayout) overlaid = NULL;
  g_autofree char *title = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *length = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *their_length = NULL;
  TpStoreLayoutOptions options;
  TpRect stop;
  double x, y;

  future = tp_store_find_counterpart (journey);
  g_assert_nonnull (future);
  tp_store_layout_options_init (&options);
  options.compare = TRUE;
  options.side_by_side = TRUE;
  current = tp_store_layout_new (journey, &options);
  after = tp_store_layout_new (future, &options);
  g_assert_true (current->side_by_side);
  g_assert_true (after->side_by_side);

  /* Two plans at one scale, one row: the current state on the left from either journey, each
   * journey's own plan (the one that is edited) where its state goes. */
  g_assert_cmpfloat (current->ppm, ==, after->ppm);
  g_assert_cmpfloat (current->plan_area.width, ==, current->compare_area.width);
  g_assert_cmpfloat (current->plan_area.height, ==, current->compare_area.height);
  g_assert_cmpfloat (current->plan_area.y, ==, current->compare_area.y);
  g_assert_cmpfloat (current->plan_area.x + current->plan_area.width, <, current->compare_area.x);
  g_assert_cmpfloat (after->compare_area.x + after->compare_area.width, <, after->plan_area.x);
  g_assert_cmpfloat (current->plan_area.x, ==, after->compare_area.x);
  g_assert_cmpfloat (current->compare_area.x, ==, after->plan_area.x);
  g_assert_cmpfloat (current->width, ==, after->width);
  g_assert_cmpfloat (current->legend_area.x, >=, current->compare_area.x + current->compare_area.width);
  g_assert_cmpfloat (current->caption_area.y + current->caption_area.height, <=, current->plan_area.y);
  g_assert_cmpfloat (current->width, >=, current->legend_area.x + current->legend_area.width);

  /* The other state's walk is the other journey's; stops are sized on one scale. */
  g_assert_true (current->compare->journey == future);
  g_assert_true (after->compare->journey == journey);
  g_assert_cmpfloat (current->max_dwell, ==, after->max_dwell);

  /* The journey shown is still picked on its own plan, on the right for the future state. */
  g_assert_true (tp_store_layout_get_stop_rect (after, 0, &stop));
  g_assert_cmpfloat (stop.x, >, after->plan_area.x);
  tp_store_layout_to_units (after, g_array_index (after->walk->stops, TpStoreStop, 0).at, &x, &y);
  g_assert_cmpint (tp_store_layout_hit_stop (after, x, y), ==, 0);

  /* The captions: each state with its journey, and the change on the future side. */
  g_assert_true (tp_store_painter_side_caption (after, FALSE, &title, &figures));
  g_assert_cmpstr (title, ==, "Current: A Saturday visit to the store");
  their_length = g_strdup_printf ("%.1f m walked", current->walk->length);
  g_assert_true (g_str_has_prefix (figures, their_length));
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&figures, g_free);
  g_assert_true (tp_store_painter_side_caption (current, TRUE, &title, &figures));
  g_assert_cmpstr (title, ==, "Future: A Saturday visit to the store (future)");
  length = tp_store_figures_format_change (current->walk->length, after->walk->length, "m");
  spent = tp_store_figures_format_change (current->walk->dwell, after->walk->dwell, "s");
  g_assert_true (g_str_has_prefix (length, "-"));   /* the future state walks less */
  g_assert_true (g_str_has_prefix (spent, "-"));
  g_assert_nonnull (strstr (figures, length));
  g_assert_nonnull (strstr (figures, spent));

  /* Overlaid (not side by side), and without the comparison, one plan as before. */
  options.side_by_side = FALSE;
  overlaid = tp_store_layout_new (journey, &options);
  g_assert_false (overlaid->side_by_side);
  g_assert_nonnull (overlaid->compare);
  g_assert_cmpfloat (overlaid->width, <, current->width);
  g_assert_false (tp_store_painter_side_caption (overlaid, TRUE, &title, &figures));
  options.compare = FALSE;
  options.side_by_side = TRUE;
  g_clear_pointer (&overlaid, tp_store_layout_free);
  overlaid = tp_store_layout_new (journey, &options);
  g_assert_false (overlaid->side_by_side);
  g_assert_null (overlaid->compare);
}

static void
test_format_change (void)
{
  g_autofree char *same_m = tp_store_figures_format_change (10, 10.01, "m");
  g_autofree char *more_m = tp_store_figures_format_change (10, 22.5, "m");
  g_autofree char *less_s = tp_store_figures_format_change (100, 70, "s");
  g_autofree char *more_min = tp_store_figures_format_change (100, 400, "s");
  g_autofree char *same_s = tp_store_figures_format_change (100, 100.2, "s");

  g_assert_cmpstr (same_m, ==, "±0 m");
  g_assert_cmpstr (more_m, ==, "+12.5 m");
  g_assert_cmpstr (less_s, ==, "-30 s");
  g_assert_cmpstr (more_min, ==, "+5.0 min");
  g_assert_cmpstr (same_s, ==, "±0 s");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/store-figures/roll-ups", test_roll_ups);
  g_test_add_func ("/render/store-figures/dwell-follows-edits", test_dwell_follows_edits);
  g_test_add_func ("/render/store-figures/counterpart", test_counterpart);
  g_test_add_func ("/render/store-figures/side-by-side", test_side_by_side);
  g_test_add_func ("/render/store-figures/format-change", test_format_change);
  return g_test_run ();
}
