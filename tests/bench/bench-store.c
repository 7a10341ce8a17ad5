/* bench-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store flow on a generated plan of 200 obstacles (shelves in rows, a
 * few walls) and 2,000 stops spread over the walkable floor:
 *
 *   router_corners             corners the path can turn at
 *   walk_ms                    the whole walk: every path, figures, backtracking (median)
 *   walk_length_m              its length
 *   walk_unreachable           stops it cannot reach
 *   layout_ms                  the view's layout (the walk included, no heat) (median)
 *   paint_ms                   painting the whole picture at 100 % (median)
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "render/tp-store-painter.h"

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static TpProject *
generate (TpJourney **out)
{
  TpProject *project = tp_project_new ();
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("plan");
  g_autoptr(TpJourney) journey = tp_journey_new ("journey");
  g_autoptr(TpPhase) phase = tp_phase_new ("phase");
  g_autoptr(TpLane) lane = tp_lane_new ("lane", TP_LANE_KIND_TOUCHPOINTS);
  g_autoptr(TpCard) card = tp_card_new ("card", TP_CARD_KIND_TOUCHPOINT);
  GRand *rand = g_rand_new_with_seed (7);
  guint made = 0;

  g_object_set (plan, "width", 100.0, "height", 60.0, NULL);
  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_FLOOR_PLANS, TP_ELEMENT (plan));
  g_object_set (journey, "floor-plan", "plan", NULL);
  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));
  g_object_set (card, "phase", "phase", "lane", "lane", NULL);
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));

  /* 10 rows of 19 shelves, 3 m aisles between rows and 1.5 m gaps between shelves, 10 walls. */
  for (guint r = 0; r < 10; r++)
    for (guint c = 0; c < 19; c++)
      {
        g_autoptr(TpZone) zone = tp_zone_new (NULL, TP_ZONE_KIND_SHELF);
        g_autofree char *id = g_strdup_printf ("shelf-%u-%u", r, c);

        _tp_element_set_id (TP_ELEMENT (zone), id);
        g_object_set (zone, "x", 3.0 + c * 5.0, "y", 4.0 + r * 5.5, "width", 3.5, "height", 1.5,
                      NULL);
        _tp_element_append_child (TP_ELEMENT (plan), TP_LIST_ZONES, TP_ELEMENT (zone));
      }
  for (guint w = 0; w < 10; w++)
    {
      g_autoptr(TpZone) zone = tp_zone_new (NULL, TP_ZONE_KIND_WALL);
      g_autofree char *id = g_strdup_printf ("wall-%u", w);

      _tp_element_set_id (TP_ELEMENT (zone), id);
      g_object_set (zone, "x", 1.0 + w * 10.0, "y", 0.5, "width", 0.3, "height", 2.0, NULL);
      _tp_element_append_child (TP_ELEMENT (plan), TP_LIST_ZONES, TP_ELEMENT (zone));
    }

  /* 2,000 stops on the floor between the shelves. */
  while (made < 2000)
    {
      g_autoptr(TpPlacement) placement = NULL;
      g_autofree char *id = NULL;
      double x = g_rand_double_range (rand, 0.5, 99.5), y = g_rand_double_range (rand, 3, 59.5);
      double fy = y - 4.0 - floor ((y - 4.0) / 5.5) * 5.5, fx = x - 3.0 - floor ((x - 3.0) / 5.0) * 5.0;

      if (y >= 4.0 && y < 4.0 + 10 * 5.5 && fy < 1.5 && x >= 3.0 && x < 3.0 + 19 * 5.0 && fx < 3.5)
        continue;  /* on a shelf */
      id = g_strdup_printf ("stop-%u", made);
      placement = tp_placement_new (id, "card");
      g_object_set (placement, "x", x, "y", y, "dwell", g_rand_double_range (rand, 5, 300), NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PLACEMENTS, TP_ELEMENT (placement));
      made++;
    }
  g_rand_free (rand);
  *out = journey;
  return project;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  TpJourney *journey;
  g_autoptr(TpProject) project = generate (&journey);
  TpFloorPlan *plan = g_ptr_array_index (tp_project_get_floor_plans (project), 0);
  double walk_ms[RUNS], layout_ms[RUNS], paint_ms[RUNS];
  double length = 0;
  guint unreachable = 0, corners = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GArray) shapes = tp_store_shapes_new (plan);
      TpRect rect = { 0, 0, 100, 60 };
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TpStoreRouter) router =
        tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                             TP_STORE_PATH_CLEARANCE);
      g_autoptr(TpStoreWalk) walk =
        tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                           router);

      walk_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
      length = walk->length;
      unreachable = walk->n_unreachable;
      corners = tp_store_router_get_n_corners (router);
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
  g_print ("layout_ms: %.1f\n", median (layout_ms));
  g_print ("paint_ms: %.1f\n", median (paint_ms));
  return 0;
}
