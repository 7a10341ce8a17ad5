/* test-model-templates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every template builds a journey a designer can start from: the phases of
 * PRODUCT.md §3, lanes, example cards in existing cells, and for the store
 * visit a floor plan with its zones and the customer's path.
 */

#include "config.h"

#include <string.h>

#include "model/tp-model.h"

static const struct {
  TpLens      lens;
  guint       n_phases;
  const char *first_phase;
  const char *last_phase;
} expected[] = {
  { TP_LENS_FIVE_PHASES, 5, "Discovery", "After-purchase" },
  { TP_LENS_FUNCTIONAL, 3, "Marketing", "Service" },
  { TP_LENS_GOAL, 3, "Acquisition", "Retention" },
  { TP_LENS_ENGAGEMENT, 6, "Awareness", "Repeat purchase" },
  { TP_LENS_ACTIVITY, 5, "Search", "Check-out" },
  { TP_LENS_PURPOSE, 4, "Forming the decision", "Evaluation" },
  { TP_LENS_BLUEPRINT, 5, NULL, NULL },
  { TP_LENS_STORE_VISIT, 5, NULL, NULL },
  { TP_LENS_CUSTOM, 3, NULL, NULL },
};

static gboolean
has_lane (TpJourney  *journey,
          TpLaneKind  kind)
{
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  for (guint i = 0; i < lanes->len; i++)
    if (tp_lane_get_kind (g_ptr_array_index (lanes, i)) == kind)
      return TRUE;

  return FALSE;
}

static void
check_journey (TpProject *project,
               TpJourney *journey,
               guint      e)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(GHashTable) colors = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_emotion = 0, n_pain = 0, n_opportunity = 0, n_touchpoint = 0;

  g_assert_cmpint (tp_journey_get_lens (journey), ==, expected[e].lens);
  g_assert_cmpstr (tp_journey_get_title (journey), !=, "");
  g_assert_cmpuint (phases->len, ==, expected[e].n_phases);
  g_assert_cmpuint (tp_journey_get_lanes (journey)->len, >=, 4);

  if (expected[e].first_phase != NULL)
    {
      g_assert_cmpstr (tp_phase_get_title (g_ptr_array_index (phases, 0)), ==,
                       expected[e].first_phase);
      g_assert_cmpstr (tp_phase_get_title (g_ptr_array_index (phases, phases->len - 1)), ==,
                       expected[e].last_phase);
    }

  for (guint i = 0; i < phases->len; i++)
    {
      const char *color = tp_phase_get_color (g_ptr_array_index (phases, i));

      g_assert_cmpstr (tp_phase_get_title (g_ptr_array_index (phases, i)), !=, "");
      g_assert_true (g_hash_table_add (colors, (gpointer) color));
    }

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      TpElement *phase = tp_project_lookup (project, tp_card_get_phase (card));
      TpElement *lane = tp_project_lookup (project, tp_card_get_lane (card));

      g_assert_true (TP_IS_PHASE (phase));
      g_assert_true (TP_IS_LANE (lane));
      g_assert_true (tp_element_get_parent (phase) == TP_ELEMENT (journey));
      g_assert_true (tp_element_get_parent (lane) == TP_ELEMENT (journey));
      g_assert_cmpstr (tp_card_get_title (card), !=, "");

      switch (tp_card_get_kind (card))
        {
        case TP_CARD_KIND_EMOTION:
          n_emotion++;
          g_assert_cmpstr (tp_card_get_feeling (card), !=, "");
          break;
        case TP_CARD_KIND_PAIN_POINT:
          n_pain++;
          g_assert_cmpint (tp_card_get_severity (card), >, 0);
          break;
        case TP_CARD_KIND_OPPORTUNITY:
          n_opportunity++;
          g_assert_cmpint (tp_card_get_impact (card), >, 0);
          g_assert_cmpint (tp_card_get_effort (card), >, 0);
          break;
        case TP_CARD_KIND_TOUCHPOINT:
          n_touchpoint++;
          g_assert_cmpstr (tp_card_get_department (card), !=, "");
          break;
        default:
          break;
        }
    }

  for (guint i = 0; i < tp_journey_get_connections (journey)->len; i++)
    {
      TpConnection *c = g_ptr_array_index (tp_journey_get_connections (journey), i);

      TpElement *from = tp_project_lookup (project, tp_connection_get_from (c));
      TpElement *to = tp_project_lookup (project, tp_connection_get_to (c));

      g_assert_true (tp_element_get_parent (from) == TP_ELEMENT (journey));
      g_assert_true (tp_element_get_parent (to) == TP_ELEMENT (journey));
    }

  if (expected[e].lens == TP_LENS_CUSTOM)
    {
      g_assert_cmpuint (cards->len, ==, 0);
      return;
    }

  /* A few realistic examples of each important kind. */
  g_assert_cmpuint (n_emotion, >=, 2);
  g_assert_cmpuint (n_pain, >=, 1);
  g_assert_cmpuint (n_opportunity, >=, 1);
  g_assert_cmpuint (n_touchpoint, >=, 1);

  {
    g_autoptr(GPtrArray) line = tp_journey_get_emotion_cards (journey);
    gboolean negative = FALSE, positive = FALSE;

    for (guint i = 0; i < line->len; i++)
      {
        negative |= tp_card_get_emotion_score (g_ptr_array_index (line, i)) < 0;
        positive |= tp_card_get_emotion_score (g_ptr_array_index (line, i)) > 0;
      }

    g_assert_true (negative && positive);
  }

  if (expected[e].lens == TP_LENS_FIVE_PHASES)
    {
      g_assert_true (has_lane (journey, TP_LANE_KIND_ACTIVITY));
      g_assert_true (has_lane (journey, TP_LANE_KIND_FEELINGS));
      g_assert_true (has_lane (journey, TP_LANE_KIND_TOUCHPOINTS));
      g_assert_true (has_lane (journey, TP_LANE_KIND_OPPORTUNITIES));
    }
}

static void
test_every_lens (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      g_autoptr(TpProject) project = tp_template_new_project (expected[e].lens);
      TpJourney *journey;

      g_test_message ("lens %s", tp_enum_to_nick (TP_TYPE_LENS, expected[e].lens));

      g_assert_nonnull (tp_template_get_label (expected[e].lens));
      g_assert_cmpstr (tp_template_get_description (expected[e].lens), !=, "");

      /* A new project from a template is clean: nothing to undo, nothing to save. */
      g_assert_false (tp_project_get_modified (project));
      g_assert_false (tp_project_can_undo (project));
      g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 1);

      journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
      check_journey (project, journey, e);
    }
}

static void
test_blueprint (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_BLUEPRINT);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  const TpLaneKind order[] = {
    TP_LANE_KIND_EVIDENCE, TP_LANE_KIND_ACTIVITY, TP_LANE_KIND_FRONTSTAGE,
    TP_LANE_KIND_BACKSTAGE, TP_LANE_KIND_SUPPORT,
  };
  guint shown = 0;

  /* The blueprint shows exactly its five lanes, top to bottom. */
  for (guint i = 0; i < lanes->len; i++)
    {
      TpLane *lane = g_ptr_array_index (lanes, i);

      if (tp_lane_get_hidden_in_blueprint (lane))
        continue;

      g_assert_cmpuint (shown, <, G_N_ELEMENTS (order));
      g_assert_cmpint (tp_lane_get_kind (lane), ==, order[shown]);
      shown++;
    }
  g_assert_cmpuint (shown, ==, G_N_ELEMENTS (order));
  g_assert_cmpuint (tp_journey_get_connections (journey)->len, >=, 3);
}

static void
test_store_visit (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_STORE_VISIT);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpElement *plan = tp_project_lookup (project, tp_journey_get_floor_plan (journey));
  const TpZoneKind kinds[] = {
    TP_ZONE_KIND_ENTRANCE, TP_ZONE_KIND_DECOMPRESSION, TP_ZONE_KIND_AISLE,
    TP_ZONE_KIND_FITTING_ROOM, TP_ZONE_KIND_CHECKOUT, TP_ZONE_KIND_EXIT, TP_ZONE_KIND_SHELF,
  };
  GPtrArray *zones, *placements;

  g_assert_true (TP_IS_FLOOR_PLAN (plan));
  g_assert_cmpuint (tp_project_get_floor_plans (project)->len, ==, 1);

  zones = tp_floor_plan_get_zones (TP_FLOOR_PLAN (plan));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      gboolean found = FALSE;

      for (guint z = 0; z < zones->len; z++)
        {
          TpZone *zone = g_ptr_array_index (zones, z);
          double x, y, w, h;

          tp_zone_get_bounds (zone, &x, &y, &w, &h);
          g_assert_true (x >= 0 && y >= 0 && w > 0 && h > 0);
          g_assert_true (x + w <= tp_floor_plan_get_width (TP_FLOOR_PLAN (plan)));
          g_assert_true (y + h <= tp_floor_plan_get_height (TP_FLOOR_PLAN (plan)));
          found |= tp_zone_get_kind (zone) == kinds[k];
        }

      g_assert_true (found);
    }

  placements = tp_journey_get_placements (journey);
  g_assert_cmpuint (placements->len, >=, 4);
  for (guint i = 0; i < placements->len; i++)
    {
      TpPlacement *stop = g_ptr_array_index (placements, i);
      TpElement *card = tp_project_lookup (project, tp_placement_get_card (stop));

      g_assert_true (TP_IS_CARD (card));
      g_assert_cmpint (tp_card_get_kind (TP_CARD (card)), ==, TP_CARD_KIND_TOUCHPOINT);
      g_assert_true (tp_element_get_parent (card) == TP_ELEMENT (journey));
      g_assert_cmpfloat (tp_placement_get_dwell (stop), >, 0);
    }
}

static void
test_add_journey_is_one_step (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey;
  g_autofree char *journey_id = NULL;

  journey = tp_template_add_journey (project, TP_LENS_STORE_VISIT);
  journey_id = g_strdup (tp_element_get_id (TP_ELEMENT (journey)));
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 2);
  g_assert_true (tp_project_get_modified (project));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Journey");

  g_assert_true (tp_project_undo (project));
  g_assert_false (tp_project_can_undo (project));
  g_assert_false (tp_project_get_modified (project));
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 1);
  g_assert_cmpuint (tp_project_get_floor_plans (project)->len, ==, 0);
  g_assert_null (tp_project_lookup (project, journey_id));

  g_assert_true (tp_project_redo (project));
  g_assert_true (tp_project_lookup (project, journey_id) == TP_ELEMENT (journey));
  g_assert_cmpuint (tp_project_get_floor_plans (project)->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/templates/every-lens", test_every_lens);
  g_test_add_func ("/model/templates/blueprint", test_blueprint);
  g_test_add_func ("/model/templates/store-visit", test_store_visit);
  g_test_add_func ("/model/templates/add-journey-is-one-step", test_add_journey_is_one_step);

  return g_test_run ();
}
