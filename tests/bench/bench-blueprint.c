/* bench-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint on a generated 2,000-card, 1,000-connection journey
 * (times are the benchmark thread's CPU time, medians):
 *
 *   layout_ms             laying out the blueprint (median)
 *   route_all_ms          routing every arrow from scratch (median; target ≤ 50 ms)
 *   reroute_move_ms       one card moving from cell to cell: the arrows that touch a
 *                         card whose place changed searched again, the others projected
 *                         (median per move; target ≤ 4 ms)
 *   reroute_move_layout_ms  the same move including the new layout
 *   rerouted_per_move     arrows searched again per move (median)
 *   reroute_drag_frame_ms  one frame of a drag: the dragged card's arrows searched again from
 *                         where it would land (tp_blueprint_routes_preview; target ≤ 4 ms)
 *   paint_blueprint_ms    painting the whole blueprint (vector, as SVG/PDF export does)
 *   paint_journey_ms      the same journey painted as a journey map, for comparison
 *   blueprint_size, journey_size  the two pictures' sizes in map units
 *   export_{png,svg,pdf}_{blueprint,journey}_ms
 *                         tp_export_to_bytes of that journey as each view: the CPU time of
 *                         every thread of the process (PNG paints and deflates on every
 *                         core), median of 3; target: the blueprint's no slower than the
 *                         journey map's
 *   export_{png,svg,pdf}_{blueprint,journey}_wall_ms  the same exports' wall time (median)
 */

#include "config.h"

#include <time.h>

#include "render/tp-blueprint-layout.h"
#include "render/tp-blueprint-route.h"
#include "render/tp-export.h"
#include "render/tp-view.h"
#include "tp-test-blueprint.h"

#define RUNS 15

/* Time this thread ran, in µs: the machine the benchmarks run on is shared,
 * and wall time there measures the neighbours as much as the code. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

/* The same for every thread of the process. */
static gint64
process_cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* Paints @view on a recording surface (what vector export draws on). */
static double
paint_ms (TpView *view)
{
  double ms[5];

  for (guint i = 0; i < G_N_ELEMENTS (ms); i++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      gint64 t0 = cpu_now ();

      tp_view_paint (view, cr, NULL);
      ms[i] = (cpu_now () - t0) / 1000.0;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return median (ms, G_N_ELEMENTS (ms));
}

static double
export_ms (TpProject      *project,
           TpJourney      *journey,
           TpExportFormat  format,
           const char     *view,
           double         *wall_ms)
{
  double ms[3], wall[3];

  for (guint i = 0; i < G_N_ELEMENTS (ms); i++)
    {
      TpExportOptions options;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gint64 t0, w0;

      tp_export_options_init (&options);
      options.format = format;
      options.view = view;
      options.journey = journey;
      t0 = process_cpu_now ();
      w0 = g_get_monotonic_time ();
      bytes = tp_export_to_bytes (project, &options, NULL, &error);
      ms[i] = (process_cpu_now () - t0) / 1000.0;
      wall[i] = (g_get_monotonic_time () - w0) / 1000.0;
      g_assert_no_error (error);
    }
  *wall_ms = median (wall, G_N_ELEMENTS (wall));
  return median (ms, G_N_ELEMENTS (ms));
}

int
main (int   argc,
      char *argv[])
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (2000, 1000, 7, &journey);
  TpBlueprintLayout *layout = NULL;
  TpBlueprintRoutes *routes = NULL;
  double layout_ms[RUNS], route_ms[RUNS], move_ms[RUNS], move_layout_ms[RUNS], searched[RUNS], drag_ms[RUNS];
  GPtrArray *phases = tp_journey_get_phases (journey);
  TpCard *moving = NULL;

  /* bench-blueprint FORMAT VIEW [OUT]: only that export, once (for a profiler), written
   * to OUT when given (to look at). With TP_BENCH_WARMUP=N in the environment it is done N
   * times before (the benchmark measures a warm process: fonts loaded, pango's caches
   * filled); `valgrind --tool=callgrind --dump-before=tp_export_to_bytes` then gives the
   * last one a part of its own. */
  if (argc == 3 || argc == 4)
    {
      TpExportFormat format = g_str_equal (argv[1], "png") ? TP_EXPORT_PNG
                              : g_str_equal (argv[1], "svg") ? TP_EXPORT_SVG : TP_EXPORT_PDF;
      TpExportOptions options;
      g_autoptr(GBytes) bytes = NULL;
      gint64 t0 = process_cpu_now ();

      tp_export_options_init (&options);
      options.format = format;
      options.view = argv[2];
      options.journey = journey;
      for (int i = g_getenv ("TP_BENCH_WARMUP") != NULL ? atoi (g_getenv ("TP_BENCH_WARMUP")) : 0; i > 0; i--)
        g_bytes_unref (tp_export_to_bytes (project, &options, NULL, NULL));
      t0 = process_cpu_now ();
      bytes = tp_export_to_bytes (project, &options, NULL, NULL);
      g_print ("export_%s_%s_ms: %.1f\n", argv[1], argv[2], (process_cpu_now () - t0) / 1000.0);
      if (bytes != NULL && argc == 4
          && !g_file_set_contents (argv[3], g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
        return 1;
      return bytes != NULL ? 0 : 1;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t0 = cpu_now (), t1;

      g_clear_pointer (&layout, tp_blueprint_layout_free);
      layout = tp_blueprint_layout_new (journey, NULL);
      t1 = cpu_now ();
      g_clear_pointer (&routes, tp_blueprint_routes_free);
      routes = tp_blueprint_routes_new (layout, NULL);
      layout_ms[i] = (t1 - t0) / 1000.0;
      route_ms[i] = (cpu_now () - t1) / 1000.0;
    }
  g_assert (tp_blueprint_routes_get_n_routes (routes) == 1000);

  /* A backstage card with arrows, moved along the backstage lane phase by phase. */
  for (guint i = 0; i < tp_blueprint_layout_get_n_cards (layout) && moving == NULL; i++)
    {
      const TpBlueprintBox *box = tp_blueprint_layout_get_box (layout, i);

      if (tp_lane_get_kind (tp_blueprint_layout_get_lane (layout, box->row)) == TP_LANE_KIND_BACKSTAGE)
        for (guint r = 0; r < tp_blueprint_routes_get_n_routes (routes); r++)
          if (tp_blueprint_routes_get_route (routes, r)->from == box->card)
            moving = box->card;
    }
  g_assert (moving != NULL);

  for (guint i = 0; i < RUNS; i++)
    {
      TpPhase *phase = g_ptr_array_index (phases, (i * 7) % phases->len);
      TpBlueprintLayout *next;
      gint64 t0, t1, t2;
      guint n;

      g_object_set (moving, "phase", tp_element_get_id (TP_ELEMENT (phase)), NULL);
      t0 = cpu_now ();
      next = tp_blueprint_layout_new (journey, NULL);
      t1 = cpu_now ();
      n = tp_blueprint_routes_update (routes, next, &moving, 1);
      t2 = cpu_now ();
      tp_blueprint_layout_free (layout);
      layout = next;
      move_ms[i] = (t2 - t1) / 1000.0;
      move_layout_ms[i] = (t2 - t0) / 1000.0;
      searched[i] = n;
    }

  /* Dragging it: each frame its arrows searched again from where it would land. */
  {
    g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (TpPoint));
    const TpBlueprintBox *box = tp_blueprint_layout_find_card (layout, moving);

    for (guint i = 0; i < RUNS; i++)
      {
        guint column = (i * 13) % tp_blueprint_layout_get_n_columns (layout);
        gint64 t0 = cpu_now ();

        for (guint r = 0; r < tp_blueprint_routes_get_n_routes (routes); r++)
          {
            const TpBlueprintRoute *route = tp_blueprint_routes_get_route (routes, r);

            if (route->from == moving || route->to == moving)
              tp_blueprint_routes_preview (routes, route->connection, &moving, 1, column, box->row, 0,
                                           points);
          }
        drag_ms[i] = (cpu_now () - t0) / 1000.0;
      }
  }

  g_print ("cards: %u\n", tp_journey_get_cards (journey)->len);
  g_print ("connections: %u\n", tp_journey_get_connections (journey)->len);
  g_print ("columns: %u\n", tp_blueprint_layout_get_n_columns (layout));
  g_print ("layout_ms: %.2f\n", median (layout_ms, RUNS));
  g_print ("route_all_ms: %.2f\n", median (route_ms, RUNS));
  g_print ("reroute_move_ms: %.2f\n", median (move_ms, RUNS));
  g_print ("reroute_move_layout_ms: %.2f\n", median (move_layout_ms, RUNS));
  g_print ("rerouted_per_move: %.0f\n", median (searched, RUNS));
  g_print ("reroute_drag_frame_ms: %.3f\n", median (drag_ms, RUNS));

  {
    g_autoptr(TpView) blueprint = tp_view_new (TP_VIEW_BLUEPRINT, journey);
    g_autoptr(TpView) map = tp_view_new (TP_VIEW_JOURNEY, journey);

    double w, h;

    tp_view_get_size (blueprint, &w, &h);
    g_print ("blueprint_size: %.0fx%.0f\n", w, h);
    tp_view_get_size (map, &w, &h);
    g_print ("journey_size: %.0fx%.0f\n", w, h);
    g_print ("paint_blueprint_ms: %.1f\n", paint_ms (blueprint));
    g_print ("paint_journey_ms: %.1f\n", paint_ms (map));
  }

  {
    static const struct { TpExportFormat format; const char *name; } formats[] = {
      { TP_EXPORT_PNG, "png" }, { TP_EXPORT_SVG, "svg" }, { TP_EXPORT_PDF, "pdf" },
    };

    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        double wall_blueprint, wall_journey;

        g_print ("export_%s_blueprint_ms: %.1f\n", formats[f].name,
                 export_ms (project, journey, formats[f].format, "blueprint", &wall_blueprint));
        g_print ("export_%s_journey_ms: %.1f\n", formats[f].name,
                 export_ms (project, journey, formats[f].format, "journey", &wall_journey));
        g_print ("export_%s_blueprint_wall_ms: %.1f\n", formats[f].name, wall_blueprint);
        g_print ("export_%s_journey_wall_ms: %.1f\n", formats[f].name, wall_journey);
      }
  }

  tp_blueprint_routes_free (routes);
  tp_blueprint_layout_free (layout);
  return 0;
}
