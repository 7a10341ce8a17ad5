/* test-model-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document: properties and their defaults, ids, lookups, the editing
 * primitives with their change signals, cascading removal, card moves and
 * duplication, and speed with many cards.
 */

#include "config.h"

#include <string.h>

#include "model/tp-model.h"
#include "tp-test-dump.h"

typedef struct
{
  GArray *changes;  /* TpChange */
} Recorder;

static void
on_changed (TpProject *project,
            TpChange  *change,
            Recorder  *rec)
{
  g_array_append_val (rec->changes, *change);
}

static void
recorder_attach (Recorder  *rec,
                 TpProject *project)
{
  rec->changes = g_array_new (FALSE, TRUE, sizeof (TpChange));
  g_signal_connect (project, "changed", G_CALLBACK (on_changed), rec);
}

static void
recorder_reset (Recorder *rec)
{
  g_array_set_size (rec->changes, 0);
}

static TpChange *
recorded (Recorder *rec,
          guint     i)
{
  g_assert_cmpuint (i, <, rec->changes->len);
  return &g_array_index (rec->changes, TpChange, i);
}

/* A project with one journey: 3 phases, 2 lanes, no cards. */
static TpProject *
make_project (TpJourney **journey_out)
{
  TpProject *project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("j1");
  const char *phases[] = { "p1", "p2", "p3" };
  const char *lanes[] = { "l1", "l2" };

  tp_project_set_id_seed (project, 42);
  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autoptr(TpPhase) phase = tp_phase_new (phases[i]);

      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
    }

  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    {
      g_autoptr(TpLane) lane = tp_lane_new (lanes[i], i == 0 ? TP_LANE_KIND_ACTIVITY
                                                              : TP_LANE_KIND_FEELINGS);

      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));
    }

  if (journey_out != NULL)
    *journey_out = journey;

  return project;
}

static TpCard *
add_card (TpProject  *project,
          const char *phase,
          const char *lane,
          const char *title)
{
  return tp_project_add_card (project,
                              TP_PHASE (tp_project_lookup (project, phase)),
                              TP_LANE (tp_project_lookup (project, lane)),
                              -1, TP_CARD_KIND_ACTIVITY, title);
}

static char *
cell_titles (TpProject  *project,
             const char *phase,
             const char *lane)
{
  TpJourney *journey = TP_JOURNEY (tp_project_lookup (project, "j1"));
  g_autoptr(GPtrArray) cards =
    tp_journey_get_cell_cards (journey,
                               TP_PHASE (tp_project_lookup (project, phase)),
                               TP_LANE (tp_project_lookup (project, lane)));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      if (i > 0)
        g_string_append_c (s, ',');
      g_string_append (s, tp_card_get_title (g_ptr_array_index (cards, i)));
    }

  return g_string_free (s, FALSE);
}

static void
test_defaults (void)
{
  g_autoptr(TpCard) card = tp_card_new ("c", TP_CARD_KIND_EMOTION);
  g_autoptr(TpPhase) phase = tp_phase_new ("p");
  g_autoptr(TpPersona) persona = tp_persona_new ("pe");
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("f");
  g_autoptr(TpPlacement) placement = tp_placement_new ("s", "c");
  g_autoptr(TpZone) zone = tp_zone_new ("z", TP_ZONE_KIND_CHECKOUT);
  g_autoptr(TpJourney) journey = tp_journey_new ("j");
  g_autoptr(TpMetric) metric = tp_metric_new (TP_METRIC_KIND_NPS);
  g_autoptr(TpProject) project = tp_project_new ();

  g_assert_cmpstr (tp_card_get_title (card), ==, "");
  g_assert_cmpstr (tp_card_get_description (card), ==, "");
  g_assert_nonnull (tp_card_get_tags (card));
  g_assert_null (tp_card_get_tags (card)[0]);
  g_assert_cmpint (tp_card_get_emotion_score (card), ==, 0);
  g_assert_cmpint (tp_card_get_kind (card), ==, TP_CARD_KIND_EMOTION);
  g_assert_null (tp_card_get_phase (card));
  g_assert_cmpuint (tp_card_get_metrics (card)->len, ==, 0);
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (card)), ==, "c");

  g_assert_true (g_str_has_prefix (tp_phase_get_color (phase), "#"));
  g_assert_cmpuint (strlen (tp_phase_get_color (phase)), ==, 7);
  g_assert_cmpstr (tp_persona_get_name (persona), ==, "");
  g_assert_nonnull (tp_persona_get_goals (persona));
  g_assert_cmpuint (strlen (tp_persona_get_color (persona)), ==, 7);

  g_assert_cmpfloat (tp_floor_plan_get_width (plan), ==, 20.0);
  g_assert_cmpfloat (tp_floor_plan_get_height (plan), ==, 15.0);
  g_assert_null (tp_floor_plan_get_image (plan));
  g_assert_cmpfloat (tp_placement_get_dwell (placement), ==, 0.0);
  g_assert_cmpstr (tp_placement_get_card (placement), ==, "c");
  g_assert_cmpint (tp_zone_get_kind (zone), ==, TP_ZONE_KIND_CHECKOUT);
  g_assert_cmpint (tp_zone_get_shape (zone), ==, TP_ZONE_SHAPE_RECT);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (zone)), ==, 0);
  g_assert_null (tp_journey_get_persona (journey));
  g_assert_cmpint (tp_journey_get_state (journey), ==, TP_JOURNEY_STATE_CURRENT);
  g_assert_null (tp_element_get_id (TP_ELEMENT (metric)));
  g_assert_cmpint (tp_metric_get_kind (metric), ==, TP_METRIC_KIND_NPS);

  g_assert_cmpstr (tp_project_get_title (project), ==, "");
  g_assert_null (tp_element_get_id (TP_ELEMENT (project)));
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 0);
  g_assert_false (tp_project_get_modified (project));
  g_assert_false (tp_project_can_undo (project));
  g_assert_true (tp_element_get_project (TP_ELEMENT (project)) == (gpointer) project);
  g_assert_null (tp_element_get_project (TP_ELEMENT (card)));
  g_assert_null (tp_element_get_list (TP_ELEMENT (card), TP_LIST_PHASES));
}

static void
test_enums (void)
{
  const struct { GType type; int value; const char *nick; } cases[] = {
    { TP_TYPE_CARD_KIND, TP_CARD_KIND_PAIN_POINT, "pain_point" },
    { TP_TYPE_CHANNEL, TP_CHANNEL_WORD_OF_MOUTH, "word_of_mouth" },
    { TP_TYPE_CHANNEL, TP_CHANNEL_MOBILE_APP, "mobile_app" },
    { TP_TYPE_LENS, TP_LENS_STORE_VISIT, "store_visit" },
    { TP_TYPE_LANE_KIND, TP_LANE_KIND_PAIN_POINTS, "pain_points" },
    { TP_TYPE_METRIC_KIND, TP_METRIC_KIND_REPEAT_PURCHASE_RATE, "repeat_purchase_rate" },
    { TP_TYPE_CONNECTION_KIND, TP_CONNECTION_KIND_DEPENDS_ON, "depends_on" },
    { TP_TYPE_ZONE_KIND, TP_ZONE_KIND_FITTING_ROOM, "fitting_room" },
    { TP_TYPE_ZONE_SHAPE, TP_ZONE_SHAPE_RECT, "rect" },
    { TP_TYPE_JOURNEY_STATE, TP_JOURNEY_STATE_FUTURE, "future" },
    { TP_TYPE_EVIDENCE, TP_EVIDENCE_OBSERVED, "observed" },
    { TP_TYPE_TOUCHPOINT_TYPE, TP_TOUCHPOINT_TYPE_PERIPHERAL, "peripheral" },
  };
  const GType types[] = {
    TP_TYPE_JOURNEY_STATE, TP_TYPE_LENS, TP_TYPE_LANE_KIND, TP_TYPE_CARD_KIND,
    TP_TYPE_EVIDENCE, TP_TYPE_CHANNEL, TP_TYPE_TOUCHPOINT_TYPE, TP_TYPE_METRIC_KIND,
    TP_TYPE_CONNECTION_KIND, TP_TYPE_ZONE_KIND, TP_TYPE_ZONE_SHAPE,
  };
  int value = -1;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (tp_enum_to_nick (cases[i].type, cases[i].value), ==, cases[i].nick);
      g_assert_true (tp_enum_from_nick (cases[i].type, cases[i].nick, &value));
      g_assert_cmpint (value, ==, cases[i].value);
    }

  /* Every value of every enum has a nick that parses back and a label. */
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);

      for (guint v = 0; v < klass->n_values; v++)
        {
          const char *nick = tp_enum_to_nick (types[t], klass->values[v].value);
          const char *label = tp_enum_get_label (types[t], klass->values[v].value);

          g_assert_true (tp_enum_from_nick (types[t], nick, &value));
          g_assert_cmpint (value, ==, klass->values[v].value);
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
        }
    }

  g_assert_false (tp_enum_from_nick (TP_TYPE_CARD_KIND, "painpoint", &value));
  g_assert_false (tp_enum_from_nick (TP_TYPE_CARD_KIND, NULL, &value));
  g_assert_cmpstr (tp_enum_get_label (TP_TYPE_CARD_KIND, TP_CARD_KIND_PAIN_POINT), ==,
                   "Pain point");
  g_assert_cmpint (tp_lane_kind_default_card_kind (TP_LANE_KIND_FEELINGS), ==,
                   TP_CARD_KIND_EMOTION);
  g_assert_cmpint (tp_lane_kind_default_card_kind (TP_LANE_KIND_TOUCHPOINTS), ==,
                   TP_CARD_KIND_TOUCHPOINT);
  g_assert_cmpint (tp_lane_kind_default_card_kind (TP_LANE_KIND_TEXT), ==, TP_CARD_KIND_NOTE);
}

static void
test_ids (void)
{
  g_autoptr(TpProject) a = tp_project_new ();
  g_autoptr(TpProject) b = tp_project_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRegex) pattern = g_regex_new ("^card-[0-9a-f]{8}$", 0, 0, NULL);
  g_autoptr(TpProject) project = NULL;
  g_autoptr(TpCard) card = NULL;
  g_autoptr(TpMetric) metric = tp_metric_new (TP_METRIC_KIND_CSAT);
  g_autofree char *removed_id = NULL;
  TpJourney *journey;

  tp_project_set_id_seed (a, 7);
  tp_project_set_id_seed (b, 7);

  for (guint i = 0; i < 1000; i++)
    {
      char *ida = tp_project_new_id (a, "card");
      g_autofree char *idb = tp_project_new_id (b, "card");

      g_assert_cmpstr (ida, ==, idb);
      g_assert_true (g_regex_match (pattern, ida, 0, NULL));
      g_assert_true (g_hash_table_add (seen, ida));
    }

  /* Re-seeding replays the random sequence, but no id comes out twice. */
  tp_project_set_id_seed (a, 7);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = tp_project_new_id (a, "card");

      g_assert_false (g_hash_table_contains (seen, id));
    }

  /* Inserted elements get ids, their ids are indexed, and removal frees none for reuse. */
  project = make_project (&journey);
  card = tp_card_new (NULL, TP_CARD_KIND_TOUCHPOINT);
  g_object_set (card, "phase", "p1", "lane", "l1", NULL);
  _tp_element_append_child (TP_ELEMENT (card), TP_LIST_METRICS, TP_ELEMENT (metric));
  tp_project_insert (project, journey, TP_LIST_CARDS, -1, card);

  g_assert_nonnull (tp_element_get_id (TP_ELEMENT (card)));
  g_assert_null (tp_element_get_id (TP_ELEMENT (metric)));
  g_assert_true (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (card))) ==
                 TP_ELEMENT (card));
  g_assert_true (tp_project_lookup (project, "p2") != NULL);
  g_assert_null (tp_project_lookup (project, "nope"));
  g_assert_null (tp_project_lookup (project, NULL));
  g_assert_true (tp_element_get_project (TP_ELEMENT (metric)) == (gpointer) project);

  removed_id = g_strdup (tp_element_get_id (TP_ELEMENT (card)));
  tp_project_remove (project, card);
  g_assert_null (tp_project_lookup (project, removed_id));
  g_assert_null (tp_element_get_parent (TP_ELEMENT (card)));

  tp_project_set_id_seed (project, 42);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = tp_project_new_id (project, "card");

      g_assert_cmpstr (id, !=, removed_id);
    }

  tp_project_undo (project);
  g_assert_true (tp_project_lookup (project, removed_id) == TP_ELEMENT (card));
}

static void
test_set (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  Recorder rec;
  TpCard *card;
  TpPhase *phase = TP_PHASE (tp_project_lookup (project, "p1"));
  const char *tags[] = { "research", "q3", NULL };
  g_auto(GValue) value = G_VALUE_INIT;

  recorder_attach (&rec, project);
  card = tp_project_add_card (project, phase, TP_LANE (tp_project_lookup (project, "l2")),
                              -1, TP_CARD_KIND_EMOTION, "Waiting");
  recorder_reset (&rec);

  tp_project_set (project, card, "title", "Waiting in line", "emotion-score", -2, NULL);
  g_assert_cmpstr (tp_card_get_title (card), ==, "Waiting in line");
  g_assert_cmpint (tp_card_get_emotion_score (card), ==, -2);
  g_assert_cmpuint (rec.changes->len, ==, 2);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_PROPERTY);
  g_assert_true (recorded (&rec, 0)->element == TP_ELEMENT (card));
  g_assert_cmpstr (recorded (&rec, 0)->pspec->name, ==, "title");
  g_assert_cmpstr (recorded (&rec, 1)->pspec->name, ==, "emotion-score");

  /* Setting the same value changes nothing and records nothing. */
  recorder_reset (&rec);
  tp_project_undo (project);
  tp_project_redo (project);
  recorder_reset (&rec);
  tp_project_set (project, card, "title", "Waiting in line", NULL);
  g_assert_cmpuint (rec.changes->len, ==, 0);
  g_assert_false (tp_project_can_redo (project));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Rename");

  /* Out of range is clamped, invalid colours are refused, NULL strings become "". */
  tp_project_set (project, card, "emotion-score", 7, NULL);
  g_assert_cmpint (tp_card_get_emotion_score (card), ==, 3);
  tp_project_set (project, card, "severity", -4, NULL);
  g_assert_cmpint (tp_card_get_severity (card), ==, 0);
  tp_project_set (project, card, "tags", tags, NULL);
  g_assert_cmpstrv (tp_card_get_tags (card), tags);
  tp_project_set (project, card, "description", NULL, NULL);
  g_assert_cmpstr (tp_card_get_description (card), ==, "");

  recorder_reset (&rec);
  tp_project_set (project, phase, "color", "#ABCDEF", NULL);
  g_assert_cmpstr (tp_phase_get_color (phase), ==, "#abcdef");
  tp_project_set (project, phase, "color", "blue", NULL);
  g_assert_cmpstr (tp_phase_get_color (phase), ==, "#abcdef");
  tp_project_set (project, phase, "color", "#abcdef", NULL);
  g_assert_cmpuint (rec.changes->len, ==, 1);

  /* The project's own properties are edited the same way. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Bike shop");
  tp_project_set_value (project, project, "title", &value);
  g_assert_cmpstr (tp_project_get_title (project), ==, "Bike shop");
  tp_project_undo (project);
  g_assert_cmpstr (tp_project_get_title (project), ==, "");

  /* Undo of a property reports the change too. */
  recorder_reset (&rec);
  tp_project_undo (project);
  g_assert_cmpuint (rec.changes->len, ==, 1);
  g_assert_cmpstr (tp_phase_get_color (phase), !=, "#abcdef");

  g_array_unref (rec.changes);
}

static void
test_insert_remove_move (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  g_autoptr(TpPhase) phase = tp_phase_new (NULL);
  TpElement *p1 = tp_project_lookup (project, "p1");
  TpElement *p3 = tp_project_lookup (project, "p3");
  Recorder rec;

  recorder_attach (&rec, project);

  tp_project_insert (project, journey, TP_LIST_PHASES, 1, phase);
  g_assert_cmpuint (rec.changes->len, ==, 1);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_INSERTED);
  g_assert_true (recorded (&rec, 0)->element == TP_ELEMENT (phase));
  g_assert_true (recorded (&rec, 0)->parent == TP_ELEMENT (journey));
  g_assert_cmpint (recorded (&rec, 0)->list, ==, TP_LIST_PHASES);
  g_assert_cmpuint (recorded (&rec, 0)->index, ==, 1);
  g_assert_cmpint (tp_element_get_index (TP_ELEMENT (phase)), ==, 1);
  g_assert_true (tp_element_get_parent (TP_ELEMENT (phase)) == TP_ELEMENT (journey));
  g_assert_cmpint (tp_element_get_parent_list (TP_ELEMENT (phase)), ==, TP_LIST_PHASES);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add");

  /* Move: the index is counted after removal. */
  recorder_reset (&rec);
  tp_project_move (project, p1, 3);
  g_assert_cmpuint (rec.changes->len, ==, 1);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_MOVED);
  g_assert_cmpuint (recorded (&rec, 0)->old_index, ==, 0);
  g_assert_cmpuint (recorded (&rec, 0)->index, ==, 3);
  g_assert_true (g_ptr_array_index (tp_journey_get_phases (journey), 3) == p1);
  g_assert_true (g_ptr_array_index (tp_journey_get_phases (journey), 0) == TP_ELEMENT (phase));

  /* Moving to where it is records nothing. */
  recorder_reset (&rec);
  tp_project_move (project, p1, 3);
  g_assert_cmpuint (rec.changes->len, ==, 0);

  recorder_reset (&rec);
  tp_project_remove (project, p3);
  g_assert_cmpuint (rec.changes->len, ==, 1);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_REMOVED);
  g_assert_true (recorded (&rec, 0)->element == p3);
  g_assert_cmpuint (recorded (&rec, 0)->index, ==, 2);
  g_assert_cmpuint (tp_journey_get_phases (journey)->len, ==, 3);
  g_assert_null (tp_project_lookup (project, "p3"));

  /* Undo replays the inverses in reverse order, with signals. */
  recorder_reset (&rec);
  tp_project_undo (project);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_INSERTED);
  g_assert_cmpuint (recorded (&rec, 0)->index, ==, 2);
  g_assert_true (tp_project_lookup (project, "p3") == p3);

  recorder_reset (&rec);
  tp_project_undo (project);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_MOVED);
  g_assert_cmpuint (recorded (&rec, 0)->old_index, ==, 3);
  g_assert_cmpuint (recorded (&rec, 0)->index, ==, 0);
  g_assert_true (g_ptr_array_index (tp_journey_get_phases (journey), 0) == p1);

  recorder_reset (&rec);
  tp_project_undo (project);
  g_assert_cmpint (recorded (&rec, 0)->kind, ==, TP_CHANGE_REMOVED);
  g_assert_null (tp_element_get_parent (TP_ELEMENT (phase)));
  g_assert_cmpuint (tp_journey_get_phases (journey)->len, ==, 3);

  g_array_unref (rec.changes);
}

static void
test_cascade (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  g_autoptr(TpPersona) persona = tp_persona_new ("ann");
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("shop");
  g_autoptr(TpConnection) c1 = NULL;
  g_autoptr(TpConnection) c2 = NULL;
  g_autoptr(TpPlacement) stop = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  TpCard *a, *b, *c;
  guint64 count;

  tp_project_insert (project, project, TP_LIST_PERSONAS, -1, persona);
  tp_project_insert (project, project, TP_LIST_FLOOR_PLANS, -1, plan);
  tp_project_set (project, journey, "persona", "ann", "floor-plan", "shop", NULL);

  a = add_card (project, "p1", "l1", "A");
  b = add_card (project, "p2", "l1", "B");
  c = add_card (project, "p2", "l2", "C");
  c1 = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (a)),
                          tp_element_get_id (TP_ELEMENT (b)));
  c2 = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (a)),
                          tp_element_get_id (TP_ELEMENT (c)));
  stop = tp_placement_new (NULL, tp_element_get_id (TP_ELEMENT (b)));
  tp_project_insert (project, journey, TP_LIST_CONNECTIONS, -1, c1);
  tp_project_insert (project, journey, TP_LIST_CONNECTIONS, -1, c2);
  tp_project_insert (project, journey, TP_LIST_PLACEMENTS, -1, stop);

  before = tp_test_dump (project);

  /* Removing a phase removes its cards, their connections and placements: one step. */
  tp_project_remove (project, tp_project_lookup (project, "p2"));
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, 1);
  g_assert_cmpuint (tp_journey_get_connections (journey)->len, ==, 0);
  g_assert_cmpuint (tp_journey_get_placements (journey)->len, ==, 0);
  g_assert_null (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (c1))));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Delete");

  count = tp_project_get_change_count (project);
  tp_project_undo (project);
  g_assert_cmpuint (tp_project_get_change_count (project), >, count);
  after = tp_test_dump (project);
  tp_test_assert_same_text (before, after);

  /* Removing a card removes the connections from and to it. */
  tp_project_remove (project, a);
  g_assert_cmpuint (tp_journey_get_connections (journey)->len, ==, 0);
  g_assert_cmpuint (tp_journey_get_placements (journey)->len, ==, 1);
  tp_project_undo (project);

  /* Removing a persona clears the journey's reference. */
  tp_project_remove (project, persona);
  g_assert_null (tp_journey_get_persona (journey));
  tp_project_undo (project);
  g_assert_cmpstr (tp_journey_get_persona (journey), ==, "ann");

  /* Removing a floor plan clears the reference and the placements. */
  tp_project_remove (project, plan);
  g_assert_null (tp_journey_get_floor_plan (journey));
  g_assert_cmpuint (tp_journey_get_placements (journey)->len, ==, 0);
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, 3);
  tp_project_undo (project);

  /* Removing a lane together with one of its cards, in one delete. */
  {
    TpElement *doomed[] = { tp_project_lookup (project, "l1"), TP_ELEMENT (a) };

    tp_project_delete (project, doomed, G_N_ELEMENTS (doomed));
    g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, 1);
    g_assert_cmpuint (tp_journey_get_lanes (journey)->len, ==, 1);
    tp_project_undo (project);
  }

  /* Removing the journey takes everything in it. */
  tp_project_remove (project, journey);
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 0);
  g_assert_null (tp_project_lookup (project, "p1"));
  g_assert_null (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (a))));
  tp_project_undo (project);

  again = tp_test_dump (project);
  tp_test_assert_same_text (before, again);
  g_assert_true (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (a))) ==
                 TP_ELEMENT (a));
}

static void
test_move_cards (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  TpPhase *p1 = TP_PHASE (tp_project_lookup (project, "p1"));
  TpPhase *p2 = TP_PHASE (tp_project_lookup (project, "p2"));
  TpLane *l1 = TP_LANE (tp_project_lookup (project, "l1"));
  g_autofree char *s = NULL;
  TpCard *a, *b, *c, *x, *y;
  TpCard *first;

  a = add_card (project, "p1", "l1", "a");
  x = add_card (project, "p2", "l1", "x");
  b = add_card (project, "p1", "l1", "b");
  y = add_card (project, "p2", "l1", "y");
  c = add_card (project, "p1", "l1", "c");

  /* Insert at an index within the cell. */
  first = tp_project_add_card (project, p1, l1, 0, TP_CARD_KIND_NOTE, "first");
  g_assert_cmpstr ((s = cell_titles (project, "p1", "l1")), ==, "first,a,b,c");
  g_clear_pointer (&s, g_free);
  tp_project_remove (project, first);

  /* Cards keep their relative order, whatever order they are passed in. */
  {
    TpCard *moving[] = { c, a };

    tp_project_move_cards (project, moving, 2, p2, l1, 1);
  }
  g_assert_cmpstr ((s = cell_titles (project, "p2", "l1")), ==, "x,a,c,y");
  g_clear_pointer (&s, g_free);
  g_assert_cmpstr ((s = cell_titles (project, "p1", "l1")), ==, "b");
  g_clear_pointer (&s, g_free);
  g_assert_cmpstr (tp_card_get_phase (a), ==, "p2");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Move Cards");

  /* One undo step restores the cells. */
  tp_project_undo (project);
  g_assert_cmpstr ((s = cell_titles (project, "p1", "l1")), ==, "a,b,c");
  g_clear_pointer (&s, g_free);
  g_assert_cmpstr ((s = cell_titles (project, "p2", "l1")), ==, "x,y");
  g_clear_pointer (&s, g_free);

  /* Within one cell: the index counts the cards that stay. */
  {
    TpCard *moving[] = { a };

    tp_project_move_cards (project, moving, 1, p1, l1, 2);
    g_assert_cmpstr ((s = cell_titles (project, "p1", "l1")), ==, "b,c,a");
    g_clear_pointer (&s, g_free);
    tp_project_move_cards (project, moving, 1, p1, l1, 0);
    g_assert_cmpstr ((s = cell_titles (project, "p1", "l1")), ==, "a,b,c");
    g_clear_pointer (&s, g_free);
  }

  /* To the end (-1) and into an empty cell; add_card kept cells together,
   * so b comes before x in the journey. */
  {
    TpCard *moving[] = { x, b };
    TpLane *l2 = TP_LANE (tp_project_lookup (project, "l2"));

    tp_project_move_cards (project, moving, 2, p1, l1, -1);
    g_assert_cmpstr ((s = cell_titles (project, "p1", "l1")), ==, "a,c,b,x");
    g_clear_pointer (&s, g_free);
    tp_project_move_cards (project, moving, 2, p2, l2, 0);
    g_assert_cmpstr ((s = cell_titles (project, "p2", "l2")), ==, "b,x");
    g_clear_pointer (&s, g_free);
  }

  g_assert_true (y != NULL);
}

static void
test_add_phase_and_lane (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  guint n_colors;
  const char * const *palette = tp_phase_get_palette (&n_colors);
  g_autofree char *before = tp_test_dump (project);
  g_autofree char *after = NULL;
  TpPhase *phase, *another;
  TpLane *lane;

  /* Between the first and the second: named after its place, in a colour no phase has. */
  phase = tp_project_add_phase (project, journey, 1, NULL);
  g_assert_true (g_ptr_array_index (phases, 1) == phase);
  g_assert_cmpuint (phases->len, ==, 4);
  g_assert_nonnull (tp_element_get_id (TP_ELEMENT (phase)));
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Phase 2");
  g_assert_cmpstr (tp_phase_get_color (phase), ==, palette[1]);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Phase");

  /* At the end; the number is skipped when a phase already has that name. */
  tp_project_set (project, g_ptr_array_index (phases, 0), "title", "Phase 5", NULL);
  another = tp_project_add_phase (project, journey, -1, NULL);
  g_assert_true (g_ptr_array_index (phases, 4) == another);
  g_assert_cmpstr (tp_phase_get_title (another), ==, "Phase 6");
  g_assert_cmpstr (tp_phase_get_color (another), ==, palette[2]);

  /* Every colour taken: one that differs from both neighbours. */
  while (phases->len < n_colors)
    tp_project_add_phase (project, journey, -1, "more");
  for (guint i = 0; i < phases->len; i++)
    tp_project_set (project, g_ptr_array_index (phases, i), "color", palette[i % n_colors], NULL);
  g_assert_cmpstr (tp_journey_suggest_phase_color (journey, 1), ==, palette[2]);
  g_assert_cmpstr (tp_journey_suggest_phase_color (journey, 0), ==, palette[1]);
  g_assert_cmpstr (tp_journey_suggest_phase_color (journey, 99), ==, palette[0]);
  while (tp_project_can_undo (project))
    tp_project_undo (project);
  after = tp_test_dump (project);
  g_assert_cmpstr (after, ==, before);

  /* A lane of a chosen kind, named after it, shown everywhere; one undo step. */
  lane = tp_project_add_lane (project, journey, 1, TP_LANE_KIND_TOUCHPOINTS, NULL);
  g_assert_true (g_ptr_array_index (lanes, 1) == lane);
  g_assert_cmpuint (lanes->len, ==, 3);
  g_assert_cmpint (tp_lane_get_kind (lane), ==, TP_LANE_KIND_TOUCHPOINTS);
  g_assert_cmpstr (tp_lane_get_title (lane), ==, "Touchpoints");
  g_assert_false (tp_lane_get_hidden_in_map (lane));
  g_assert_false (tp_lane_get_hidden_in_blueprint (lane));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Lane");
  lane = tp_project_add_lane (project, journey, 99, TP_LANE_KIND_TEXT, "Notes");
  g_assert_true (g_ptr_array_index (lanes, 3) == lane);
  g_assert_cmpstr (tp_lane_get_title (lane), ==, "Notes");

  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_project_undo (project));
  g_clear_pointer (&after, g_free);
  after = tp_test_dump (project);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (tp_project_redo (project));
  g_assert_cmpuint (lanes->len, ==, 3);
}

static void
test_duplicate (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  g_autoptr(TpMetric) metric = tp_metric_new (TP_METRIC_KIND_CONVERSION_RATE);
  g_autoptr(TpConnection) link = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) journey_copies = NULL;
  TpCard *a, *b, *copy;
  TpJourney *jc;
  TpCard *first_copy;

  a = add_card (project, "p1", "l1", "a");
  b = add_card (project, "p1", "l1", "b");
  g_object_set (metric, "value", 12.5, "unit", "%", NULL);
  tp_project_insert (project, a, TP_LIST_METRICS, -1, metric);
  link = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (a)),
                            tp_element_get_id (TP_ELEMENT (b)));
  tp_project_insert (project, journey, TP_LIST_CONNECTIONS, -1, link);

  copies = tp_project_duplicate (project, (TpElement **) &a, 1);
  g_assert_cmpuint (copies->len, ==, 1);
  copy = g_ptr_array_index (copies, 0);
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (copy)), !=, tp_element_get_id (TP_ELEMENT (a)));
  g_assert_nonnull (tp_element_get_id (TP_ELEMENT (copy)));
  g_assert_cmpstr (tp_card_get_title (copy), ==, "a");
  g_assert_cmpint (tp_element_get_index (TP_ELEMENT (copy)), ==,
                   tp_element_get_index (TP_ELEMENT (a)) + 1);
  g_assert_cmpuint (tp_card_get_metrics (copy)->len, ==, 1);
  g_assert_cmpfloat (tp_metric_get_value (g_ptr_array_index (tp_card_get_metrics (copy), 0)),
                     ==, 12.5);
  g_assert_true (g_ptr_array_index (tp_card_get_metrics (copy), 0) != (gpointer) metric);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Duplicate");

  /* A duplicated journey refers to its own phases, lanes and cards. */
  journey_copies = tp_project_duplicate (project, (TpElement **) &journey, 1);
  jc = g_ptr_array_index (journey_copies, 0);
  g_assert_cmpint (tp_element_get_index (TP_ELEMENT (jc)), ==, 1);
  g_assert_cmpuint (tp_journey_get_cards (jc)->len, ==, 3);
  first_copy = g_ptr_array_index (tp_journey_get_cards (jc), 0);
  g_assert_true (tp_element_get_parent (tp_project_lookup (project,
                                                           tp_card_get_phase (first_copy))) ==
                 TP_ELEMENT (jc));
  {
    TpConnection *link_copy = g_ptr_array_index (tp_journey_get_connections (jc), 0);
    TpElement *from = tp_project_lookup (project, tp_connection_get_from (link_copy));

    g_assert_true (tp_element_get_parent (from) == TP_ELEMENT (jc));
  }

  tp_project_undo (project);
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 1);
  g_assert_null (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (jc))));
}

static void
test_cell_and_emotion_cards (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  TpPhase *p1 = TP_PHASE (tp_project_lookup (project, "p1"));
  TpPhase *p2 = TP_PHASE (tp_project_lookup (project, "p2"));
  TpLane *l1 = TP_LANE (tp_project_lookup (project, "l1"));
  TpLane *l2 = TP_LANE (tp_project_lookup (project, "l2"));
  g_autoptr(GPtrArray) emotions = NULL;
  TpCard *e1, *e2, *e3, *e4;

  /* Added out of journey order. */
  e3 = tp_project_add_card (project, p2, l1, -1, TP_CARD_KIND_EMOTION, "e3");
  add_card (project, "p1", "l1", "activity");
  e2 = tp_project_add_card (project, p1, l2, -1, TP_CARD_KIND_EMOTION, "e2");
  e1 = tp_project_add_card (project, p1, l1, -1, TP_CARD_KIND_EMOTION, "e1");
  e4 = tp_project_add_card (project, p2, l2, -1, TP_CARD_KIND_EMOTION, "e4");

  emotions = tp_journey_get_emotion_cards (journey);
  g_assert_cmpuint (emotions->len, ==, 4);
  g_assert_true (g_ptr_array_index (emotions, 0) == e1);
  g_assert_true (g_ptr_array_index (emotions, 1) == e2);
  g_assert_true (g_ptr_array_index (emotions, 2) == e3);
  g_assert_true (g_ptr_array_index (emotions, 3) == e4);
  g_clear_pointer (&emotions, g_ptr_array_unref);

  /* Reordering phases reorders the line. */
  tp_project_move (project, p2, 0);
  emotions = tp_journey_get_emotion_cards (journey);
  g_assert_true (g_ptr_array_index (emotions, 0) == e3);
  g_assert_true (g_ptr_array_index (emotions, 3) == e2);
}

static void
test_many_cards (void)
{
  const guint n = 20000;
  TpJourney *journey;
  g_autoptr(TpProject) project = make_project (&journey);
  g_autoptr(TpProject) loaded = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  g_autoptr(GTimer) timer = g_timer_new ();
  TpJourney *loaded_journey;
  double append_s, insert_s, lookup_s, delete_s, undo_s, redo_undo_s, move_s;

  /* The loader's path: append to a journey already in a project. */
  loaded = make_project (&loaded_journey);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%u", i);
      g_autoptr(TpCard) card = tp_card_new (id, TP_CARD_KIND_ACTIVITY);

      g_object_set (card, "phase", "p1", "lane", "l1", NULL);
      _tp_element_append_child (TP_ELEMENT (loaded_journey), TP_LIST_CARDS, TP_ELEMENT (card));
    }
  append_s = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("card-%u", i);

      g_assert_nonnull (tp_project_lookup (loaded, id));
    }
  lookup_s = g_timer_elapsed (timer, NULL);

  /* The editing path, each card its own undo step. */
  g_timer_start (timer);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpCard) card = tp_card_new (NULL, TP_CARD_KIND_ACTIVITY);

      g_object_set (card, "phase", i % 2 ? "p1" : "p2", "lane", "l1", NULL);
      tp_project_insert (project, journey, TP_LIST_CARDS, -1, card);
    }
  insert_s = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  tp_project_remove (project, tp_project_lookup (project, "p1"));
  delete_s = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, n / 2);

  g_timer_start (timer);
  tp_project_undo (project);
  undo_s = g_timer_elapsed (timer, NULL);
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, n);

  /* Again, now that undo has shifted every card after the first. */
  g_timer_start (timer);
  tp_project_redo (project);
  tp_project_undo (project);
  redo_undo_s = g_timer_elapsed (timer, NULL);

  /* Drag a thousand cards to another cell and back. */
  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (doomed, g_ptr_array_index (tp_journey_get_cards (journey), i * 20));
  g_timer_start (timer);
  tp_project_move_cards (project, (TpCard **) doomed->pdata, doomed->len,
                         TP_PHASE (tp_project_lookup (project, "p3")),
                         TP_LANE (tp_project_lookup (project, "l2")), 0);
  move_s = g_timer_elapsed (timer, NULL);
  g_assert_cmpstr (tp_card_get_phase (g_ptr_array_index (doomed, 999)), ==, "p3");
  tp_project_undo (project);
  g_assert_cmpstr (tp_card_get_phase (g_ptr_array_index (doomed, 999)), !=, "p3");

  g_test_message ("append_20000_s: %.3f", append_s);
  g_test_message ("redo_undo_delete_10000_s: %.3f", redo_undo_s);
  g_test_message ("move_1000_of_20000_s: %.3f", move_s);
  g_test_message ("lookup_20000_s: %.3f", lookup_s);
  g_test_message ("insert_20000_s: %.3f", insert_s);
  g_test_message ("delete_phase_10000_s: %.3f", delete_s);
  g_test_message ("undo_delete_10000_s: %.3f", undo_s);

  /* The times are reported, not asserted: targets live in the benchmarks
   * (tests/bench), since this machine is shared and noisy. */
}

/* tp_enum_from_nick finds a nick whether or not anything holds the enum's
 * class (it looks at a live class without a reference of its own). */
static void
test_enum_from_nick_without_class (void)
{
  static const GEnumValue values[] = {
    { 1, "TEST_SHADE_LIGHT", "light" },
    { 2, "TEST_SHADE_DARK", "dark" },
    { 0, NULL, NULL },
  };
  GType type = g_enum_register_static ("TpTestShade", values);
  GEnumClass *klass;
  int value = 0;

  g_assert_null (g_type_class_peek (type));
  g_assert_true (tp_enum_from_nick (type, "dark", &value));
  g_assert_cmpint (value, ==, 2);
  g_assert_false (tp_enum_from_nick (type, "grey", &value));

  klass = g_type_class_ref (type);
  g_assert_true (tp_enum_from_nick (type, "light", &value));
  g_assert_cmpint (value, ==, 1);
  g_assert_false (tp_enum_from_nick (type, "TEST_SHADE_DARK", &value));
  g_type_class_unref (klass);
  g_assert_true (tp_enum_from_nick (TP_TYPE_CARD_KIND, "emotion", &value));
  g_assert_cmpint (value, ==, TP_CARD_KIND_EMOTION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/project/defaults", test_defaults);
  g_test_add_func ("/model/project/enums", test_enums);
  g_test_add_func ("/model/project/enum-from-nick-without-class", test_enum_from_nick_without_class);
  g_test_add_func ("/model/project/ids", test_ids);
  g_test_add_func ("/model/project/set", test_set);
  g_test_add_func ("/model/project/insert-remove-move", test_insert_remove_move);
  g_test_add_func ("/model/project/cascade", test_cascade);
  g_test_add_func ("/model/project/move-cards", test_move_cards);
  g_test_add_func ("/model/project/duplicate", test_duplicate);
  g_test_add_func ("/model/project/add-phase-and-lane", test_add_phase_and_lane);
  g_test_add_func ("/model/project/cell-and-emotion-cards", test_cell_and_emotion_cards);
  g_test_add_func ("/model/project/many-cards", test_many_cards);

  return g_test_run ();
}
