/* bench-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow on a generated plan of 200 obstacles (shelves in rows, a
 * few walls) and 2,000 stops spread over the walkable floor:
 *
 *   router_corners             corners the path can turn at
 *   walk_ms                    the whole walk: every path, figures, backtracking (median), with
 *                              a new router (the plan's zones just changed)
 *   walk_recompute_ms          the whole walk again after one stop moved, with the router that
 *                              walked it before (what the view does after a drag) (median)
 *   walk_cpu_ms, walk_recompute_cpu_ms  the same in CPU time of the process, all its threads
 *                              (median): the work done, what the wall time would be on one
 *                              quiet core (before the legs were searched on every core, the
 *                              CPU time of the one thread)
 *   walk_threads               the cores the legs are searched on
 *   layout_recompute_ms        the view's layout after one stop moved, reusing the one before
 *   walk_length_m              its length
 *   walk_unreachable           stops it cannot reach
 *   layout_ms                  the view's layout (the walk included, no heat) (median)
 *   paint_ms                   painting the whole picture at 100 % (median)
 *
 * With --probe it walks the plan once with a new router (--probe-again: and once more after one
 * stop moved) and prints only the walk's figures: for callgrind, whose instruction counts hold on
 * a busy machine (`valgrind --tool=callgrind --toggle-collect='probe_walk_new*'
 * --toggle-collect='*_worker_thread' bench-store --probe`, the other threads' work counted by
 * their thread functions; --probe-again and probe_walk_again* for the walk after the move).
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "render/tp-store-painter.h"
#include "bench-store-plan.h"

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Microseconds of CPU time of this process (all its threads). */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

G_GNUC_NO_INLINE static TpStoreWalk *
probe_walk_new (TpJourney    *journey,
                GArray       *shapes,
                const TpRect *rect,
                TpStoreRouter **router)
{
  *router = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, rect,
                                 TP_STORE_PATH_CLEARANCE);
  return tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data, shapes->len, rect,
                            *router);
}

G_GNUC_NO_INLINE static TpStoreWalk *
probe_walk_again (TpJourney     *journey,
                  GArray        *shapes,
                  const TpRect  *rect,
                  TpStoreRouter *router)
{
  return tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data, shapes->len, rect,
                            router);
}

static int
probe (TpJourney   *journey,
       TpFloorPlan *plan,
       gboolean     again)
{
  g_autoptr(GArray) shapes = tp_store_shapes_new (plan);
  TpRect rect = { 0, 0, 100, 60 };
  g_autoptr(TpStoreRouter) router = NULL;
  g_autoptr(TpStoreWalk) first = probe_walk_new (journey, shapes, &rect, &router);

  g_print ("walk_length_m: %.9f\n", first->length);
  g_print ("walk_backtrack_m: %.9f\n", first->backtrack_length);
  g_print ("walk_points: %u\n", first->path->len);
  g_print ("walk_unreachable: %u\n", first->n_unreachable);
  if (again)
    {
      TpPlacement *moved = g_ptr_array_index (tp_journey_get_placements (journey), 1000);
      g_autoptr(TpStoreWalk) walk = NULL;

      g_object_set (moved, "x", tp_placement_get_x (moved) + 0.3, NULL);
      walk = probe_walk_again (journey, shapes, &rect, router);
      g_print ("walk_again_length_m: %.3f\n", walk->length);
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  TpJourney *journey;
  g_autoptr(TpProject) project = generate (&journey);
  TpFloorPlan *plan = g_ptr_array_index (tp_project_get_floor_plans (project), 0);
  double walk_ms[RUNS], layout_ms[RUNS], paint_ms[RUNS];
  double recompute_ms[RUNS], layout_recompute_ms[RUNS];
  double walk_cpu_ms[RUNS], recompute_cpu_ms[RUNS];
  double length = 0;
  guint unreachable = 0, corners = 0;

  if (argc > 1 && (g_str_equal (argv[1], "--probe") || g_str_equal (argv[1], "--probe-again")))
    return probe (journey, plan, g_str_equal (argv[1], "--probe-again"));

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GArray) shapes = tp_store_shapes_new (plan);
      TpRect rect = { 0, 0, 100, 60 };
      gint64 start = g_get_monotonic_time (), cpu = cpu_time ();
      g_autoptr(TpStoreRouter) router =
        tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                             TP_STORE_PATH_CLEARANCE);
      g_autoptr(TpStoreWalk) walk =
        tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                           router);

      walk_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
      walk_cpu_ms[run] = (cpu_time () - cpu) / 1000.0;
      length = walk->length;
      unreachable = walk->n_unreachable;
      corners = tp_store_router_get_n_corners (router);
    }

  /* One stop moved, the rest walked again through the router that walked them before. */
  {
    g_autoptr(GArray) shapes = tp_store_shapes_new (plan);
    TpRect rect = { 0, 0, 100, 60 };
    g_autoptr(TpStoreRouter) router =
      tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                           TP_STORE_PATH_CLEARANCE);
    TpPlacement *moved = g_ptr_array_index (tp_journey_get_placements (journey), 1000);
    g_autoptr(TpStoreLayout) previous = tp_store_layout_new (journey, NULL);

    tp_store_walk_free (tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data,
                                           shapes->len, &rect, router));
    for (guint run = 0; run < RUNS; run++)
      {
        gint64 start, cpu;
        TpStoreWalk *walk;
        TpStoreLayout *layout;

        g_object_set (moved, "x", tp_placement_get_x (moved) + (run % 2 ? -0.3 : 0.3), NULL);
        start = g_get_monotonic_time ();
        cpu = cpu_time ();
        walk = tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data, shapes->len,
                                  &rect, router);
        recompute_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
        recompute_cpu_ms[run] = (cpu_time () - cpu) / 1000.0;
        tp_store_walk_free (walk);

        start = g_get_monotonic_time ();
        layout = tp_store_layout_new_reusing (journey, NULL, previous);
        layout_recompute_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
        tp_store_layout_free (previous);
        previous = layout;
      }
  }

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TpStoreLayout) layout = tp_store_layout_new (journey, NULL);
      cairo_surface_t *surface;
      cairo_t *cr;

      layout_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) layout->width,
                                            (int) layout->height);
      cr = cairo_create (surface);
      start = g_get_monotonic_time ();
      tp_store_painter_paint (cr, layout, NULL);
      cairo_surface_flush (surface);
      paint_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_print ("router_corners: %u\n", corners);
  g_print ("walk_ms: %.1f\n", median (walk_ms));
  g_print ("walk_length_m: %.0f\n", length);
  g_print ("walk_unreachable: %u\n", unreachable);
  g_print ("walk_recompute_ms: %.1f\n", median (recompute_ms));
  g_print ("walk_cpu_ms: %.1f\n", median (walk_cpu_ms));
  g_print ("walk_threads: %u\n", CLAMP (g_get_num_processors (), 1, 8));
  g_print ("walk_recompute_cpu_ms: %.1f\n", median (recompute_cpu_ms));
  g_print ("layout_ms: %.1f\n", median (layout_ms));
  g_print ("layout_recompute_ms: %.1f\n", median (layout_recompute_ms));
  g_print ("paint_ms: %.1f\n", median (paint_ms));
  return 0;
}
