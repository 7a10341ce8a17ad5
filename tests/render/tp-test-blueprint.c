/* tp-test-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-test-blueprint.h"

static const TpLaneKind lane_kinds[] = {
  TP_LANE_KIND_EVIDENCE, TP_LANE_KIND_ACTIVITY, TP_LANE_KIND_FRONTSTAGE,
  TP_LANE_KIND_BACKSTAGE, TP_LANE_KIND_SUPPORT,
};

static const char * const departments[] = {
  "", "Sales", "Service", "IT", "Logistics", "Finance",
};

static TpCard *
add_card (TpJourney  *journey,
          guint       n,
          TpPhase    *phase,
          TpLane     *lane,
          TpCardKind  kind,
          GRand      *rand)
{
  g_autofree char *id = g_strdup_printf ("card-%u", n);
  g_autofree char *title = g_strdup_printf ("Card %u", n);
  TpCard *card = tp_card_new (id, kind);

  g_object_set (card, "phase", tp_element_get_id (TP_ELEMENT (phase)),
                "lane", tp_element_get_id (TP_ELEMENT (lane)), "title", title,
                "department", departments[g_rand_int_range (rand, 0, G_N_ELEMENTS (departments))],
                "duration", (double) g_rand_int_range (rand, 0, 30), NULL);
  if (g_rand_int_range (rand, 0, 10) == 0)
    g_object_set (card, "fail-point", TRUE, "fail-point-severity", g_rand_int_range (rand, 0, 6), NULL);
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));
  g_object_unref (card);
  return card;
}

static void
add_connection (TpJourney *journey,
         TpCard    *from,
         TpCard    *to,
         guint      n,
         GRand     *rand)
{
  static const TpConnectionKind kinds[] = {
    TP_CONNECTION_KIND_FLOW, TP_CONNECTION_KIND_TRIGGERS, TP_CONNECTION_KIND_DEPENDS_ON,
    TP_CONNECTION_KIND_REWORK, TP_CONNECTION_KIND_WAIT,
  };
  g_autofree char *id = g_strdup_printf ("conn-%u", n);
  TpConnection *connection = tp_connection_new (id, tp_element_get_id (TP_ELEMENT (from)),
                                                tp_element_get_id (TP_ELEMENT (to)));

  g_object_set (connection, "kind", kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))], NULL);
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CONNECTIONS, TP_ELEMENT (connection));
  g_object_unref (connection);
}

TpProject *
tp_test_blueprint_new (guint       n_cards,
                       guint       n_connections,
                       guint32     seed,
                       TpJourney **journey_out)
{
  TpProject *project = tp_project_new ();
  TpJourney *journey = tp_journey_new ("generated");
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GArray) card_phase = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) card_lane = g_array_new (FALSE, FALSE, sizeof (guint));
  TpLane *lanes[G_N_ELEMENTS (lane_kinds)];
  guint n = 0, n_phases = MAX (1, n_cards / 40), made = 0;

  g_object_set (journey, "title", "Generated blueprint", "lens", TP_LENS_BLUEPRINT, NULL);
  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));
  g_object_unref (journey);

  for (guint i = 0; i < G_N_ELEMENTS (lane_kinds); i++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%u", i);

      lanes[i] = tp_lane_new (id, lane_kinds[i]);
      g_object_set (lanes[i], "title", tp_enum_get_label (TP_TYPE_LANE_KIND, lane_kinds[i]), NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lanes[i]));
      g_object_unref (lanes[i]);
    }

  /* About 40 cards a phase: a few steps, the rest spread over the other lanes. */
  for (guint p = 0; p < n_phases && n < n_cards; p++)
    {
      g_autofree char *id = g_strdup_printf ("phase-%u", p);
      g_autofree char *title = g_strdup_printf ("Phase %u", p + 1);
      TpPhase *phase = tp_phase_new (id);
      guint per_phase = p + 1 == n_phases ? n_cards - n : MIN (40, n_cards - n);
      guint steps = g_rand_int_range (rand, 2, 6);

      g_object_set (phase, "title", title, NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
      g_object_unref (phase);

      for (guint i = 0; i < per_phase; i++)
        {
          guint lane = i < steps ? 1 : (guint[]) { 0, 2, 2, 3, 3, 3, 4, 4 }[g_rand_int_range (rand, 0, 8)];

          g_ptr_array_add (cards, add_card (journey, n++, phase, lanes[lane],
                                            tp_lane_kind_default_card_kind (lane_kinds[lane]), rand));
          g_array_append_val (card_phase, p);
          g_array_append_val (card_lane, lane);
        }
    }

  /* Mostly down the service and along the steps; one in eight reaches further. */
  for (guint tries = 0; made < n_connections && tries < n_connections * 20; tries++)
    {
      int a = g_rand_int_range (rand, 0, cards->len);
      int reach = g_rand_int_range (rand, 0, 8) == 0 ? 120 : 12;
      int b = a + g_rand_int_range (rand, -reach, reach + 1);

      b = CLAMP (b, 0, (int) cards->len - 1);
      if (a == b)
        continue;
      add_connection (journey, g_ptr_array_index (cards, a), g_ptr_array_index (cards, b), made++, rand);
    }

  if (journey_out != NULL)
    *journey_out = journey;
  return project;
}
