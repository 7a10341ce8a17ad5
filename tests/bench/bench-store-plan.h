/* bench-store-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan both store benchmarks use: 100 × 60 m, 190 shelves in rows and
 * 10 walls, and one journey of 2,000 stops spread over the floor between
 * them, walked in a random order.
 */

#pragma once

#include <math.h>

#include "model/tp-model.h"

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

