/* test-render-blueprint-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the blueprint points out: hand-offs (between departments, across the
 * line of visibility or of internal interaction) and their count per pair of
 * departments, cards with no owner, and each phase's time along its longest
 * path — parallel branches not added twice, loops reported and counted once,
 * rework not followed.
 */

#include "config.h"

#include "render/tp-blueprint-analysis.h"

typedef struct {
  TpProject *project;
  TpJourney *journey;
} Fixture;

static void
add (TpJourney  *journey,
     GType       type,
     const char *id,
     ...)
{
  va_list args;
  GObject *object;

  va_start (args, id);
  object = g_object_new_valist (type, va_arg (args, const char *), args);
  va_end (args);
  _tp_element_set_id (TP_ELEMENT (object), id);
  _tp_element_append_child (TP_ELEMENT (journey),
                            type == TP_TYPE_PHASE ? TP_LIST_PHASES
                            : type == TP_TYPE_LANE ? TP_LIST_LANES
                            : type == TP_TYPE_CARD ? TP_LIST_CARDS : TP_LIST_CONNECTIONS,
                            TP_ELEMENT (object));
  g_object_unref (object);
}

static void
card (Fixture    *f,
      const char *id,
      const char *phase,
      const char *lane,
      const char *department,
      double      minutes)
{
  add (f->journey, TP_TYPE_CARD, id, "phase", phase, "lane", lane, "title", id,
       "department", department, "duration", minutes, NULL);
}

static void
arrow (Fixture          *f,
       const char       *id,
       const char       *from,
       const char       *to,
       TpConnectionKind  kind)
{
  add (f->journey, TP_TYPE_CONNECTION, id, "from", from, "to", to, "kind", kind, NULL);
}

static void
fixture_init (Fixture *f)
{
  f->project = tp_project_new ();
  f->journey = tp_journey_new ("j");
  _tp_element_append_child (TP_ELEMENT (f->project), TP_LIST_JOURNEYS, TP_ELEMENT (f->journey));
  g_object_unref (f->journey);

  add (f->journey, TP_TYPE_PHASE, "p1", "title", "Order", NULL);
  add (f->journey, TP_TYPE_PHASE, "p2", "title", "Deliver", NULL);
  add (f->journey, TP_TYPE_PHASE, "p3", "title", "Quiet", NULL);
  add (f->journey, TP_TYPE_LANE, "act", "kind", TP_LANE_KIND_ACTIVITY, NULL);
  add (f->journey, TP_TYPE_LANE, "front", "kind", TP_LANE_KIND_FRONTSTAGE, NULL);
  add (f->journey, TP_TYPE_LANE, "back", "kind", TP_LANE_KIND_BACKSTAGE, NULL);
  add (f->journey, TP_TYPE_LANE, "sup", "kind", TP_LANE_KIND_SUPPORT, NULL);
  add (f->journey, TP_TYPE_LANE, "hidden", "kind", TP_LANE_KIND_BACKSTAGE,
       "hidden-in-blueprint", TRUE, NULL);
  add (f->journey, TP_TYPE_LANE, "feel", "kind", TP_LANE_KIND_FEELINGS, NULL);

  /* Order: a1 → f1, then two parallel branches f1 → b1 and f1 → b2; b1
   * depends on s1 (so s1 comes before b1: 37). Longest: a1 + f1 + b2 = 45
   * (all of them added: 82; the dependency followed the wrong way: 52). */
  card (f, "a1", "p1", "act", "", 5);
  card (f, "f1", "p1", "front", "Sales", 10);
  card (f, "b1", "p1", "back", "IT", 20);
  card (f, "b2", "p1", "back", " it ", 30);
  card (f, "s1", "p1", "sup", "", 17);
  card (f, "h1", "p1", "hidden", "Legal", 500);
  card (f, "e1", "p1", "feel", "", 900);
  arrow (f, "c1", "a1", "f1", TP_CONNECTION_KIND_FLOW);
  arrow (f, "c2", "f1", "b1", TP_CONNECTION_KIND_TRIGGERS);
  arrow (f, "c3", "f1", "b2", TP_CONNECTION_KIND_TRIGGERS);
  arrow (f, "c4", "b1", "s1", TP_CONNECTION_KIND_DEPENDS_ON);
  arrow (f, "c5", "b2", "h1", TP_CONNECTION_KIND_FLOW);
  arrow (f, "c6", "f1", "e1", TP_CONNECTION_KIND_FLOW);

  /* Deliver: g1 → g2 → g3 → g2 (a loop), g3 → g4; g4 ⟲ g1 is rework. */
  card (f, "g1", "p2", "front", "Service", 10);
  card (f, "g2", "p2", "back", "Logistics", 20);
  card (f, "g3", "p2", "back", "Logistics", 5);
  card (f, "g4", "p2", "sup", "", 1);
  arrow (f, "d1", "g1", "g2", TP_CONNECTION_KIND_TRIGGERS);
  arrow (f, "d2", "g2", "g3", TP_CONNECTION_KIND_FLOW);
  arrow (f, "d3", "g3", "g2", TP_CONNECTION_KIND_WAIT);
  arrow (f, "d4", "g3", "g4", TP_CONNECTION_KIND_TRIGGERS);
  arrow (f, "d5", "g4", "g1", TP_CONNECTION_KIND_REWORK);
  /* Across phases: a hand-off, but not part of either phase's time. */
  arrow (f, "x1", "b2", "g1", TP_CONNECTION_KIND_FLOW);
}

static const char *
id_of (gpointer element)
{
  return tp_element_get_id (TP_ELEMENT (element));
}

static char *
ids (GPtrArray *cards)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? "," : "", id_of (g_ptr_array_index (cards, i)));
  return g_string_free (s, FALSE);
}

static TpConnection *
connection (Fixture    *f,
            const char *id)
{
  return TP_CONNECTION (tp_project_lookup (f->project, id));
}

static void
test_handoffs (void)
{
  Fixture f;
  g_autoptr(TpBlueprintAnalysis) analysis = NULL;
  const TpHandoff *h;
  TpHandoffCount *top;

  fixture_init (&f);
  analysis = tp_blueprint_analysis_new (f.journey);

  /* The customer's step to frontstage is no hand-off: same side, no department. */
  g_assert_null (tp_blueprint_analysis_find_handoff (analysis, connection (&f, "c1")));
  h = tp_blueprint_analysis_find_handoff (analysis, connection (&f, "c2"));
  g_assert_nonnull (h);
  g_assert_cmpint (h->reasons, ==, TP_HANDOFF_DEPARTMENTS | TP_HANDOFF_VISIBILITY);
  h = tp_blueprint_analysis_find_handoff (analysis, connection (&f, "c4"));
  g_assert_cmpint (h->reasons, ==, TP_HANDOFF_INTERNAL);
  /* Same department in other spelling, both backstage: none. */
  g_assert_null (tp_blueprint_analysis_find_handoff (analysis, connection (&f, "d2")));
  h = tp_blueprint_analysis_find_handoff (analysis, connection (&f, "d1"));
  g_assert_cmpint (h->reasons, ==, TP_HANDOFF_DEPARTMENTS | TP_HANDOFF_VISIBILITY);
  h = tp_blueprint_analysis_find_handoff (analysis, connection (&f, "x1"));
  g_assert_cmpint (h->reasons, ==, TP_HANDOFF_DEPARTMENTS | TP_HANDOFF_VISIBILITY);
  /* Cards the blueprint does not show take no part. */
  g_assert_null (tp_blueprint_analysis_find_handoff (analysis, connection (&f, "c5")));
  g_assert_null (tp_blueprint_analysis_find_handoff (analysis, connection (&f, "c6")));
  g_assert_cmpuint (tp_blueprint_analysis_get_n_handoffs (analysis), ==, 7);

  /* Per pair: Sales–IT twice (b2's " it " is IT), either order. */
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "Sales", "IT"), ==, 2);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "it", "sales"), ==, 2);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "IT", ""), ==, 1);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "Service", "Logistics"), ==, 1);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "IT", "Service"), ==, 1);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "Logistics", ""), ==, 1);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "", "Service"), ==, 1);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "Sales", "Service"), ==, 0);
  top = g_ptr_array_index (tp_blueprint_analysis_get_counts (analysis), 0);
  g_assert_cmpuint (top->count, ==, 2);
  g_assert_cmpstr (top->department_a, ==, "IT");
  g_assert_cmpstr (top->department_b, ==, "Sales");
  g_assert_false (top->within);

  /* An arrow inside one department is a hand-off only for the line it
   * crosses, and its count says so. */
  g_object_set (tp_project_lookup (f.project, "g1"), "department", "logistics", NULL);
  g_clear_pointer (&analysis, tp_blueprint_analysis_free);
  analysis = tp_blueprint_analysis_new (f.journey);
  h = tp_blueprint_analysis_find_handoff (analysis, connection (&f, "d1"));
  g_assert_cmpint (h->reasons, ==, TP_HANDOFF_VISIBILITY);
  g_assert_cmpuint (tp_blueprint_analysis_count_between (analysis, "Logistics", "Logistics"), ==, 1);
  for (guint i = 0; i < tp_blueprint_analysis_get_counts (analysis)->len; i++)
    {
      const TpHandoffCount *count = g_ptr_array_index (tp_blueprint_analysis_get_counts (analysis), i);

      g_assert_cmpint (count->within, ==,
                       g_ascii_strcasecmp (count->department_a, count->department_b) == 0);
      if (count->within)
        g_assert_cmpstr (count->department_a, ==, "logistics");
    }

  g_clear_object (&f.project);
}

static void
test_unowned (void)
{
  Fixture f;
  g_autoptr(TpBlueprintAnalysis) analysis = NULL;
  g_autofree char *unowned = NULL;

  fixture_init (&f);
  analysis = tp_blueprint_analysis_new (f.journey);
  /* Support cards without a department; the customer's own step is not unowned. */
  unowned = ids (tp_blueprint_analysis_get_unowned (analysis));
  g_assert_cmpstr (unowned, ==, "s1,g4");
  g_assert_false (tp_blueprint_analysis_is_unowned (analysis, TP_CARD (tp_project_lookup (f.project, "a1"))));
  g_assert_true (tp_blueprint_analysis_is_unowned (analysis, TP_CARD (tp_project_lookup (f.project, "g4"))));
  g_clear_object (&f.project);
}

static void
test_phase_times (void)
{
  Fixture f;
  g_autoptr(TpBlueprintAnalysis) analysis = NULL;
  const TpPhaseTime *time;
  g_autofree char *path = NULL;
  g_autofree char *loop = NULL;
  g_autofree char *path2 = NULL;

  fixture_init (&f);
  analysis = tp_blueprint_analysis_new (f.journey);

  time = tp_blueprint_analysis_get_phase_time (analysis, 0);
  g_assert_cmpstr (id_of (time->phase), ==, "p1");
  g_assert_cmpfloat (time->minutes, ==, 45);
  path = ids (time->path);
  g_assert_cmpstr (path, ==, "a1,f1,b2");
  g_assert_cmpuint (time->loop->len, ==, 0);

  /* The loop g2 ⇄ g3 counts once round: 10 + 20 + 5 + 1. */
  time = tp_blueprint_analysis_get_phase_time (analysis, 1);
  g_assert_cmpfloat (time->minutes, ==, 36);
  loop = ids (time->loop);
  g_assert_cmpstr (loop, ==, "g2,g3");
  path2 = ids (time->path);
  g_assert_cmpstr (path2, ==, "g1,g2,g3,g4");

  time = tp_blueprint_analysis_get_phase_time (analysis, 2);
  g_assert_cmpfloat (time->minutes, ==, 0);
  g_assert_cmpuint (time->path->len, ==, 0);

  g_clear_object (&f.project);
}

static void
test_format_minutes (void)
{
  const struct { double minutes; const char *text; } cases[] = {
    { 0, "0 min" }, { 0.4, "< 1 min" }, { 45, "45 min" }, { 60, "1 h" }, { 125, "2 h 5 min" },
    { 1440, "1 d" }, { 1440 * 3 + 240, "3 d 4 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = tp_blueprint_format_minutes (cases[i].minutes);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/blueprint-analysis/handoffs", test_handoffs);
  g_test_add_func ("/render/blueprint-analysis/unowned", test_unowned);
  g_test_add_func ("/render/blueprint-analysis/phase-times", test_phase_times);
  g_test_add_func ("/render/blueprint-analysis/format-minutes", test_format_minutes);

  return g_test_run ();
}
