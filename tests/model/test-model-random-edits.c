/* test-model-random-edits.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A property test of the history: thousands of random edits (properties,
 * cards added, moved and deleted, phases, lanes, connections, placements,
 * duplicates, template journeys, grouped and rolled-back transactions,
 * coalesced typing, undo and redo in between), then undo everything and
 * compare the saved file byte for byte with the original, then redo
 * everything and compare with the final state. Every change signal is
 * checked against the tree as it is emitted.
 */

#include "config.h"

#include <string.h>

#include "io/tp-format.h"
#include "model/tp-model.h"
#include "tp-test-dump.h"

#define N_EDITS   10000
#define MAX_CARDS 300

typedef struct
{
  GPtrArray *journeys, *phases, *lanes, *cards, *connections, *placements;
  GPtrArray *personas, *plans, *zones, *metrics;
} Elements;

static const char * const words[] = {
  "", "Discovery", "Checkout", "Café", "naïve", "Ærlig", "Smörgås", "日本語", "🙂",
  "two words", "quote \"this\"", "back\\slash", "line\nbreak", "tab\there", "<b>", "&amp;",
};

static void
elements_clear (Elements *e)
{
  g_clear_pointer (&e->journeys, g_ptr_array_unref);
  g_clear_pointer (&e->phases, g_ptr_array_unref);
  g_clear_pointer (&e->lanes, g_ptr_array_unref);
  g_clear_pointer (&e->cards, g_ptr_array_unref);
  g_clear_pointer (&e->connections, g_ptr_array_unref);
  g_clear_pointer (&e->placements, g_ptr_array_unref);
  g_clear_pointer (&e->personas, g_ptr_array_unref);
  g_clear_pointer (&e->plans, g_ptr_array_unref);
  g_clear_pointer (&e->zones, g_ptr_array_unref);
  g_clear_pointer (&e->metrics, g_ptr_array_unref);
}

static void
collect (TpElement *element,
         Elements  *e)
{
  if (TP_IS_JOURNEY (element))
    g_ptr_array_add (e->journeys, element);
  else if (TP_IS_PHASE (element))
    g_ptr_array_add (e->phases, element);
  else if (TP_IS_LANE (element))
    g_ptr_array_add (e->lanes, element);
  else if (TP_IS_CARD (element))
    g_ptr_array_add (e->cards, element);
  else if (TP_IS_CONNECTION (element))
    g_ptr_array_add (e->connections, element);
  else if (TP_IS_PLACEMENT (element))
    g_ptr_array_add (e->placements, element);
  else if (TP_IS_PERSONA (element))
    g_ptr_array_add (e->personas, element);
  else if (TP_IS_FLOOR_PLAN (element))
    g_ptr_array_add (e->plans, element);
  else if (TP_IS_ZONE (element))
    g_ptr_array_add (e->zones, element);
  else if (TP_IS_METRIC (element))
    g_ptr_array_add (e->metrics, element);

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = tp_element_get_list (element, l);

      for (guint i = 0; list != NULL && i < list->len; i++)
        collect (g_ptr_array_index (list, i), e);
    }
}

static void
elements_collect (Elements  *e,
                  TpProject *project)
{
  e->journeys = g_ptr_array_new ();
  e->phases = g_ptr_array_new ();
  e->lanes = g_ptr_array_new ();
  e->cards = g_ptr_array_new ();
  e->connections = g_ptr_array_new ();
  e->placements = g_ptr_array_new ();
  e->personas = g_ptr_array_new ();
  e->plans = g_ptr_array_new ();
  e->zones = g_ptr_array_new ();
  e->metrics = g_ptr_array_new ();
  collect (TP_ELEMENT (project), e);
}

static gpointer
pick (GRand     *rand,
      GPtrArray *array)
{
  if (array == NULL || array->len == 0)
    return NULL;

  return g_ptr_array_index (array, g_rand_int_range (rand, 0, array->len));
}

static const char *
word (GRand *rand)
{
  return words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
}

static gpointer
pick_in_journey (GRand     *rand,
                 GPtrArray *list)
{
  return pick (rand, list);
}

static const char *
random_card_id (GRand     *rand,
                TpJourney *journey)
{
  TpElement *card = pick_in_journey (rand, tp_journey_get_cards (journey));

  return card != NULL ? tp_element_get_id (card) : NULL;
}

static GVariant *
random_polygon (GRand *rand)
{
  GVariantBuilder builder;
  int n = g_rand_int_range (rand, 3, 7);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(dd)"));
  for (int i = 0; i < n; i++)
    g_variant_builder_add (&builder, "(dd)",
                           g_rand_int_range (rand, 0, 200) / 10.0,
                           g_rand_int_range (rand, 0, 150) / 10.0);

  return g_variant_builder_end (&builder);
}

/* Sets a random writable property of @element to a random value. */
static void
set_random_property (TpProject *project,
                     TpElement *element,
                     Elements  *e,
                     GRand     *rand)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;
  guint n_pspecs;
  const char *name;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (element), &n_pspecs);
  do
    pspec = pspecs[g_rand_int_range (rand, 0, n_pspecs)];
  while (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY));

  name = pspec->name;
  g_value_init (&value, pspec->value_type);

  if (TP_IS_CARD (element) && (g_str_equal (name, "phase") || g_str_equal (name, "lane")))
    return;  /* cards change cells through tp_project_move_cards () */

  if (g_str_equal (name, "image") || g_str_equal (name, "image-type")
      || g_str_equal (name, "photo") || g_str_equal (name, "photo-type"))
    {
      gboolean photo = g_str_has_prefix (name, "photo");
      gboolean with_image = g_rand_boolean (rand);
      g_autoptr(GBytes) bytes = NULL;

      if (with_image)
        {
          guint8 data[40] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

          for (guint i = 8; i < sizeof data; i++)
            data[i] = g_rand_int_range (rand, 0, 256);
          bytes = g_bytes_new (data, sizeof data);
        }

      tp_project_begin (project, "Set image");
      tp_project_set (project, element, photo ? "photo" : "image", bytes, NULL);
      tp_project_set (project, element, photo ? "photo-type" : "image-type",
                      with_image ? "image/png" : NULL, NULL);
      tp_project_commit (project);
      return;
    }

  if (g_str_equal (name, "from") || g_str_equal (name, "to") || g_str_equal (name, "card"))
    {
      const char *id = random_card_id (rand, TP_JOURNEY (tp_element_get_parent (element)));

      if (id == NULL)
        return;
      g_value_set_string (&value, id);
    }
  else if (g_str_equal (name, "persona"))
    {
      TpElement *persona = pick (rand, e->personas);

      g_value_set_string (&value, persona && g_rand_boolean (rand) ? tp_element_get_id (persona)
                                                                   : NULL);
    }
  else if (g_str_equal (name, "current-state"))
    {
      TpProject *owner = tp_element_get_project (element);
      GPtrArray *journeys = owner != NULL ? tp_project_get_journeys (owner) : NULL;
      TpElement *journey = journeys != NULL && journeys->len > 0
                           ? g_ptr_array_index (journeys, g_rand_int_range (rand, 0, journeys->len))
                           : NULL;

      g_value_set_string (&value, journey && g_rand_boolean (rand) ? tp_element_get_id (journey)
                                                                   : NULL);
    }
  else if (g_str_equal (name, "floor-plan"))
    {
      TpElement *plan = pick (rand, e->plans);

      g_value_set_string (&value, plan && g_rand_boolean (rand) ? tp_element_get_id (plan)
                                                                : NULL);
    }
  else if (g_str_equal (name, "color"))
    {
      g_autofree char *color = g_strdup_printf ("#%06x", g_rand_int_range (rand, 0, 0xffffff));

      g_value_set_string (&value, color);
    }
  else if (pspec->value_type == G_TYPE_STRING)
    g_value_set_string (&value, word (rand));
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, g_rand_boolean (rand));
  else if (pspec->value_type == G_TYPE_INT)
    g_value_set_int (&value, g_rand_int_range (rand, -5, 8));   /* beyond range: clamped */
  else if (pspec->value_type == G_TYPE_DOUBLE)
    g_value_set_double (&value, g_rand_int_range (rand, -20, 2000) / 8.0);
  else if (G_TYPE_IS_ENUM (pspec->value_type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);

      g_value_set_enum (&value, klass->values[g_rand_int_range (rand, 0, klass->n_values)].value);
    }
  else if (pspec->value_type == G_TYPE_STRV)
    {
      const char *strv[4] = { NULL };
      int n = g_rand_int_range (rand, 0, 4);

      for (int i = 0; i < n; i++)
        strv[i] = word (rand);
      g_value_set_boxed (&value, strv);
    }
  else if (pspec->value_type == G_TYPE_VARIANT)
    {
      /* A polygon comes with its points, in one step. */
      tp_project_begin (project, "Reshape");
      tp_project_set (project, element, "points", random_polygon (rand), NULL);
      tp_project_set (project, element, "shape", TP_ZONE_SHAPE_POLYGON, NULL);
      tp_project_commit (project);
      return;
    }
  else
    g_assert_not_reached ();

  tp_project_set_value (project, element, name, &value);
}

static TpElement *
new_element_for (TpProject *project,
                 TpListId   list,
                 TpElement *parent,
                 GRand     *rand)
{
  switch (list)
    {
    case TP_LIST_PERSONAS:
      {
        TpPersona *persona = tp_persona_new (NULL);

        g_object_set (persona, "name", word (rand), NULL);
        return TP_ELEMENT (persona);
      }
    case TP_LIST_FLOOR_PLANS:
      {
        TpFloorPlan *plan = tp_floor_plan_new (NULL);
        g_autoptr(TpZone) zone = tp_zone_new (NULL, TP_ZONE_KIND_AISLE);

        _tp_element_append_child (TP_ELEMENT (plan), TP_LIST_ZONES, TP_ELEMENT (zone));
        return TP_ELEMENT (plan);
      }
    case TP_LIST_PHASES:
      {
        TpPhase *phase = tp_phase_new (NULL);

        g_object_set (phase, "title", word (rand), NULL);
        return TP_ELEMENT (phase);
      }
    case TP_LIST_LANES:
      return TP_ELEMENT (tp_lane_new (NULL, g_rand_int_range (rand, 0, TP_LANE_KIND_TEXT + 1)));
    case TP_LIST_CONNECTIONS:
      {
        const char *from = random_card_id (rand, TP_JOURNEY (parent));
        const char *to = random_card_id (rand, TP_JOURNEY (parent));

        if (from == NULL || to == NULL)
          return NULL;
        return TP_ELEMENT (tp_connection_new (NULL, from, to));
      }
    case TP_LIST_PLACEMENTS:
      {
        const char *card = random_card_id (rand, TP_JOURNEY (parent));

        if (card == NULL)
          return NULL;
        return TP_ELEMENT (tp_placement_new (NULL, card));
      }
    case TP_LIST_METRICS:
      return TP_ELEMENT (tp_metric_new (g_rand_int_range (rand, 0, TP_METRIC_KIND_CUSTOM + 1)));
    case TP_LIST_ZONES:
      return TP_ELEMENT (tp_zone_new (NULL, g_rand_int_range (rand, 0, TP_ZONE_KIND_OBSTACLE + 1)));
    case TP_LIST_JOURNEYS:
      return TP_ELEMENT (tp_journey_new (NULL));
    case TP_LIST_CARDS:
    case TP_LIST_NONE:
    case TP_N_LISTS:
    default:
      g_assert_not_reached ();
    }
}

static void
insert_random (TpProject *project,
               Elements  *e,
               GRand     *rand)
{
  static const TpListId lists[] = {
    TP_LIST_PERSONAS, TP_LIST_FLOOR_PLANS, TP_LIST_PHASES, TP_LIST_LANES,
    TP_LIST_CONNECTIONS, TP_LIST_CONNECTIONS, TP_LIST_PLACEMENTS, TP_LIST_PLACEMENTS,
    TP_LIST_METRICS, TP_LIST_ZONES,
  };
  TpListId list = lists[g_rand_int_range (rand, 0, G_N_ELEMENTS (lists))];
  g_autoptr(TpElement) child = NULL;
  TpElement *parent;

  switch (list)
    {
    case TP_LIST_PERSONAS:
    case TP_LIST_FLOOR_PLANS:
      parent = TP_ELEMENT (project);
      break;
    case TP_LIST_METRICS:
      parent = pick (rand, e->cards);
      break;
    case TP_LIST_ZONES:
      parent = pick (rand, e->plans);
      break;
    default:
      parent = pick (rand, e->journeys);
      break;
    }

  if (parent == NULL || (child = new_element_for (project, list, parent, rand)) == NULL)
    return;

  tp_project_insert (project, parent, list,
                     g_rand_int_range (rand, -1, tp_element_get_list (parent, list)->len + 1),
                     child);
}

static void
add_card (TpProject *project,
          Elements  *e,
          GRand     *rand)
{
  TpJourney *journey = pick (rand, e->journeys);
  TpPhase *phase;
  TpLane *lane;

  if (journey == NULL ||
      (phase = pick (rand, tp_journey_get_phases (journey))) == NULL ||
      (lane = pick (rand, tp_journey_get_lanes (journey))) == NULL)
    return;

  tp_project_add_card (project, phase, lane, g_rand_int_range (rand, -1, 4),
                       g_rand_int_range (rand, 0, TP_CARD_KIND_NOTE + 1), word (rand));
}

static void
move_cards (TpProject *project,
            Elements  *e,
            GRand     *rand)
{
  TpJourney *journey = pick (rand, e->journeys);
  TpCard *cards[3];
  guint n = g_rand_int_range (rand, 1, 4);
  TpPhase *phase;
  TpLane *lane;

  if (journey == NULL || tp_journey_get_cards (journey)->len == 0 ||
      (phase = pick (rand, tp_journey_get_phases (journey))) == NULL ||
      (lane = pick (rand, tp_journey_get_lanes (journey))) == NULL)
    return;

  for (guint i = 0; i < n; i++)
    cards[i] = pick (rand, tp_journey_get_cards (journey));

  tp_project_move_cards (project, cards, n, phase, lane, g_rand_int_range (rand, -1, 5));
}

static TpElement *
pick_any (Elements *e,
          GRand    *rand,
          gboolean  with_journeys)
{
  GPtrArray *kinds[] = {
    e->cards, e->cards, e->cards, e->phases, e->lanes, e->connections, e->placements,
    e->personas, e->plans, e->zones, e->metrics, e->journeys,
  };
  guint n = G_N_ELEMENTS (kinds) - (with_journeys ? 0 : 1);

  return pick (rand, kinds[g_rand_int_range (rand, 0, n)]);
}

static void
delete_random (TpProject *project,
               Elements  *e,
               GRand     *rand)
{
  TpElement *doomed[2];
  guint n = 0;

  for (guint i = 0; i < 2; i++)
    {
      /* Whole journeys rarely, or the map would soon be empty. */
      TpElement *element = pick_any (e, rand, g_rand_int_range (rand, 0, 20) == 0);

      if (element != NULL && (i == 0 || g_rand_boolean (rand)))
        doomed[n++] = element;
    }

  tp_project_delete (project, doomed, n);
}

static void
duplicate_random (TpProject *project,
                  Elements  *e,
                  GRand     *rand)
{
  TpElement *element = pick_any (e, rand, e->cards->len < MAX_CARDS / 3);
  g_autoptr(GPtrArray) copies = NULL;

  if (element == NULL)
    return;

  copies = tp_project_duplicate (project, &element, 1);
  g_assert_cmpuint (copies->len, ==, 1);
}

static void
move_random (TpProject *project,
             Elements  *e,
             GRand     *rand)
{
  TpElement *element = pick_any (e, rand, TRUE);
  GPtrArray *siblings;

  if (element == NULL)
    return;

  siblings = tp_element_get_list (tp_element_get_parent (element),
                                  tp_element_get_parent_list (element));
  tp_project_move (project, element, g_rand_int_range (rand, 0, siblings->len));
}

static void
type_random (TpProject *project,
             Elements  *e,
             GRand     *rand)
{
  TpCard *card = pick (rand, e->cards);
  g_autofree char *key = NULL;
  GString *text;

  if (card == NULL)
    return;

  key = g_strdup_printf ("title:%s", tp_element_get_id (TP_ELEMENT (card)));
  text = g_string_new (tp_card_get_title (card));
  for (int i = g_rand_int_range (rand, 1, 6); i > 0; i--)
    {
      g_string_append_c (text, 'a' + g_rand_int_range (rand, 0, 26));
      tp_project_begin_coalesce (project, "Typing", key);
      tp_project_set (project, card, "title", text->str, NULL);
      tp_project_commit (project);
    }
  g_string_free (text, TRUE);
}

static void
random_edit (TpProject *project,
             GRand     *rand)
{
  Elements e = { 0 };
  int what;

  elements_collect (&e, project);

  what = g_rand_int_range (rand, 0, 100);
  if (e.cards->len > MAX_CARDS && what < 50)
    what = 60;  /* delete */

  if (what < 35)
    {
      TpElement *element = g_rand_int_range (rand, 0, 30) == 0 ? TP_ELEMENT (project)
                                                                : pick_any (&e, rand, TRUE);

      if (element != NULL)
        set_random_property (project, element, &e, rand);
    }
  else if (what < 47)
    add_card (project, &e, rand);
  else if (what < 55)
    move_cards (project, &e, rand);
  else if (what < 67)
    delete_random (project, &e, rand);
  else if (what < 80)
    insert_random (project, &e, rand);
  else if (what < 85)
    duplicate_random (project, &e, rand);
  else if (what < 92)
    move_random (project, &e, rand);
  else if (what < 97)
    type_random (project, &e, rand);
  else if (e.cards->len < MAX_CARDS / 2 && e.journeys->len < 6)
    tp_template_add_journey (project, g_rand_int_range (rand, 0, TP_LENS_CUSTOM + 1));

  elements_clear (&e);
}

/* Every change announced must match the tree at the moment of emission. */
static void
check_change (TpProject *project,
              TpChange  *change,
              guint     *n_changes)
{
  (*n_changes)++;

  g_assert_nonnull (change->element);

  switch (change->kind)
    {
    case TP_CHANGE_PROPERTY:
      g_assert_nonnull (change->pspec);
      g_assert_true (tp_element_get_project (change->element) == (gpointer) project);
      break;

    case TP_CHANGE_INSERTED:
    case TP_CHANGE_MOVED:
      g_assert_true (tp_element_get_parent (change->element) == change->parent);
      g_assert_cmpint (tp_element_get_parent_list (change->element), ==, change->list);
      g_assert_cmpint (tp_element_get_index (change->element), ==, change->index);
      if (tp_element_get_id (change->element) != NULL)
        g_assert_true (tp_project_lookup (project, tp_element_get_id (change->element)) ==
                       change->element);
      break;

    case TP_CHANGE_REMOVED:
      g_assert_null (tp_element_get_parent (change->element));
      g_assert_true (tp_element_get_project (change->parent) == (gpointer) project);
      if (tp_element_get_id (change->element) != NULL)
        g_assert_null (tp_project_lookup (project, tp_element_get_id (change->element)));
      break;

    default:
      g_assert_not_reached ();
    }
}

/* References stay valid: nothing points at something that is gone. */
static void
check_references (TpProject *project)
{
  Elements e = { 0 };

  elements_collect (&e, project);

  for (guint i = 0; i < e.cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (e.cards, i);

      g_assert_true (TP_IS_PHASE (tp_project_lookup (project, tp_card_get_phase (card))));
      g_assert_true (TP_IS_LANE (tp_project_lookup (project, tp_card_get_lane (card))));
      g_assert_true (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (card))) ==
                     TP_ELEMENT (card));
    }

  for (guint i = 0; i < e.connections->len; i++)
    {
      TpConnection *c = g_ptr_array_index (e.connections, i);

      g_assert_true (TP_IS_CARD (tp_project_lookup (project, tp_connection_get_from (c))));
      g_assert_true (TP_IS_CARD (tp_project_lookup (project, tp_connection_get_to (c))));
    }

  for (guint i = 0; i < e.placements->len; i++)
    {
      TpPlacement *stop = g_ptr_array_index (e.placements, i);

      g_assert_true (TP_IS_CARD (tp_project_lookup (project, tp_placement_get_card (stop))));
    }

  for (guint i = 0; i < e.journeys->len; i++)
    {
      TpJourney *journey = g_ptr_array_index (e.journeys, i);

      const char *persona = tp_journey_get_persona (journey);
      const char *plan = tp_journey_get_floor_plan (journey);

      if (persona != NULL)
        g_assert_true (TP_IS_PERSONA (tp_project_lookup (project, persona)));
      if (plan != NULL)
        g_assert_true (TP_IS_FLOOR_PLAN (tp_project_lookup (project, plan)));
    }

  elements_clear (&e);
}

static void
test_random_edits (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) final = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *original_dump = NULL;
  g_autofree char *final_dump = NULL;
  g_autofree char *undone_dump = NULL;
  g_autofree char *redone_dump = NULL;
  g_autoptr(TpPersona) persona = tp_persona_new (NULL);
  guint n_changes = 0;
  guint n_undo = 0, n_redo = 0;

  tp_project_set_id_seed (project, 1);
  tp_project_insert (project, project, TP_LIST_PERSONAS, -1, persona);
  tp_template_add_journey (project, TP_LENS_STORE_VISIT);
  tp_template_add_journey (project, TP_LENS_BLUEPRINT);
  tp_project_clear_history (project);
  tp_project_mark_saved (project);

  g_signal_connect (project, "changed", G_CALLBACK (check_change), &n_changes);

  original = tp_format_save_to_bytes (project);
  original_dump = tp_test_dump (project);

  for (guint i = 0; i < N_EDITS; i++)
    {
      int r = g_rand_int_range (rand, 0, 100);

      if (r < 8)
        {
          /* A gesture of several edits is one step, or is cancelled. */
          int n = g_rand_int_range (rand, 2, 5);
          gboolean cancel = g_rand_int_range (rand, 0, 4) == 0;

          tp_project_begin (project, "Gesture");
          for (int k = 0; k < n; k++)
            random_edit (project, rand);
          if (cancel)
            tp_project_rollback (project);
          else
            tp_project_commit (project);
        }
      else if (r < 11)
        {
          for (int k = g_rand_int_range (rand, 1, 4); k > 0; k--)
            tp_project_undo (project);
        }
      else if (r < 13)
        {
          for (int k = g_rand_int_range (rand, 1, 4); k > 0; k--)
            tp_project_redo (project);
        }
      else
        random_edit (project, rand);

      if (i % 1000 == 999)
        check_references (project);
    }

  check_references (project);
  final = tp_format_save_to_bytes (project);
  final_dump = tp_test_dump (project);
  g_assert_false (g_bytes_equal (original, final));

  while (tp_project_undo (project))
    n_undo++;
  undone = tp_format_save_to_bytes (project);
  undone_dump = tp_test_dump (project);
  tp_test_assert_same_text (original_dump, undone_dump);
  g_assert_cmpmem (g_bytes_get_data (original, NULL), g_bytes_get_size (original),
                   g_bytes_get_data (undone, NULL), g_bytes_get_size (undone));
  g_assert_false (tp_project_get_modified (project));
  check_references (project);

  while (tp_project_redo (project))
    n_redo++;
  redone = tp_format_save_to_bytes (project);
  redone_dump = tp_test_dump (project);
  g_assert_cmpuint (n_undo, ==, n_redo);
  tp_test_assert_same_text (final_dump, redone_dump);
  g_assert_cmpmem (g_bytes_get_data (final, NULL), g_bytes_get_size (final),
                   g_bytes_get_data (redone, NULL), g_bytes_get_size (redone));
  g_assert_true (tp_project_get_modified (project));

  {
    Elements e = { 0 };

    elements_collect (&e, project);
    g_test_message ("final: %u journeys, %u phases, %u lanes, %u cards, %u connections, "
                    "%u placements, %u personas, %u floor plans, %u zones, %u metrics",
                    e.journeys->len, e.phases->len, e.lanes->len, e.cards->len,
                    e.connections->len, e.placements->len, e.personas->len, e.plans->len,
                    e.zones->len, e.metrics->len);
    g_assert_cmpuint (e.cards->len, >, 0);
    elements_clear (&e);
  }
  g_test_message ("edits: %u, undo steps: %u, changes: %u, bytes: %" G_GSIZE_FORMAT,
                  N_EDITS, n_undo, n_changes, g_bytes_get_size (final));
  g_test_message ("seconds: %.2f", g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (n_undo, >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/random-edits/undo-redo-all", test_random_edits);

  return g_test_run ();
}
