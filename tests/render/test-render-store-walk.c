/* test-render-store-walk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A journey's walk on hand-made plans: stops in placement order, the
 * emotion line's value at each, where pain points show, path length around
 * a shelf, dwell in total and per zone, zones visited, backtracking, stops
 * outside the plan, and heat over several journeys. The benchmark's plan
 * (2,000 stops, 200 obstacles) walks as far, and walks as much ground
 * again, as before its router and backtracking were made faster and spread
 * over every core.
 */

#include "config.h"

#include <math.h>

#include "render/tp-store-layout.h"
#include "render/tp-store-walk.h"
#include "../bench/bench-store-plan.h"

typedef struct {
  TpProject   *project;
  TpJourney   *journey;
  TpFloorPlan *plan;
  TpPhase     *phases[2];
  TpLane      *feel;
  TpLane      *tp;
  TpLane      *pain;
  GArray      *shapes;
  TpRect       rect;
  TpStoreRouter *router;
} Fixture;

static TpCard *
add_card (Fixture    *f,
          const char *id,
          TpCardKind  kind,
          guint       phase,
          TpLane     *lane)
{
  g_autoptr(TpCard) card = tp_card_new (id, kind);

  g_object_set (card, "phase", tp_element_get_id (TP_ELEMENT (f->phases[phase])),
                "lane", tp_element_get_id (TP_ELEMENT (lane)), "title", id, NULL);
  tp_project_insert (f->project, f->journey, TP_LIST_CARDS, -1, card);
  return card;
}

static void
add_zone (Fixture    *f,
          TpZoneKind  kind,
          double      x,
          double      y,
          double      w,
          double      h)
{
  g_autoptr(TpZone) zone = tp_zone_new (NULL, kind);

  g_object_set (zone, "x", x, "y", y, "width", w, "height", h, NULL);
  tp_project_insert (f->project, f->plan, TP_LIST_ZONES, -1, zone);
}

static void
add_stop (Fixture    *f,
          const char *card,
          double      x,
          double      y,
          double      dwell)
{
  g_autoptr(TpPlacement) placement = tp_placement_new (NULL, card);

  g_object_set (placement, "x", x, "y", y, "dwell", dwell, NULL);
  tp_project_insert (f->project, f->journey, TP_LIST_PLACEMENTS, -1, placement);
}

/* Two phases; an aisle on the left, a shelf across the middle, the checkout on the right. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TpLane) feel = tp_lane_new ("feel", TP_LANE_KIND_FEELINGS);
  g_autoptr(TpLane) tp = tp_lane_new ("tp", TP_LANE_KIND_TOUCHPOINTS);
  g_autoptr(TpLane) pain = tp_lane_new ("pain", TP_LANE_KIND_PAIN_POINTS);
  g_autoptr(TpPhase) p1 = tp_phase_new ("p1");
  g_autoptr(TpPhase) p2 = tp_phase_new ("p2");
  g_autoptr(TpJourney) journey = tp_journey_new ("j");
  g_autoptr(TpFloorPlan) plan = tp_floor_plan_new ("plan");

  f->project = tp_project_new ();
  f->journey = journey;
  f->plan = plan;
  g_object_set (plan, "width", 20.0, "height", 10.0, NULL);
  tp_project_insert (f->project, f->project, TP_LIST_FLOOR_PLANS, -1, plan);
  g_object_set (journey, "floor-plan", "plan", NULL);
  tp_project_insert (f->project, f->project, TP_LIST_JOURNEYS, -1, journey);
  tp_project_insert (f->project, journey, TP_LIST_PHASES, -1, p1);
  tp_project_insert (f->project, journey, TP_LIST_PHASES, -1, p2);
  tp_project_insert (f->project, journey, TP_LIST_LANES, -1, feel);
  tp_project_insert (f->project, journey, TP_LIST_LANES, -1, tp);
  tp_project_insert (f->project, journey, TP_LIST_LANES, -1, pain);
  f->phases[0] = p1;
  f->phases[1] = p2;
  f->feel = feel;
  f->tp = tp;
  f->pain = pain;

  add_zone (f, TP_ZONE_KIND_AISLE, 0, 0, 10, 10);
  add_zone (f, TP_ZONE_KIND_SHELF, 12, 0, 1, 8);
  add_zone (f, TP_ZONE_KIND_CHECKOUT, 14, 0, 6, 10);
  f->rect = (TpRect) { 0, 0, 20, 10 };
}

static void
fixture_route (Fixture *f)
{
  f->shapes = tp_store_shapes_new (f->plan);
  f->router = tp_store_router_new ((TpStoreShape *) (gpointer) f->shapes->data, f->shapes->len,
                                   &f->rect, TP_STORE_PATH_CLEARANCE);
}

static TpStoreWalk *
fixture_walk (Fixture   *f,
              TpJourney *journey)
{
  return tp_store_walk_new (journey, (TpStoreShape *) (gpointer) f->shapes->data, f->shapes->len,
                            &f->rect, f->router);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->router, tp_store_router_free);
  g_clear_pointer (&f->shapes, g_array_unref);
  g_clear_object (&f->project);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TpStoreWalk) walk = NULL;
  g_autoptr(TpConnection) link = tp_connection_new ("l", "pain-2", "tp-3");
  const TpStoreStop *s;
  double there, back, expected;

  g_object_set (add_card (f, "e-1", TP_CARD_KIND_EMOTION, 0, f->feel), "emotion-score", 2, NULL);
  g_object_set (add_card (f, "e-2", TP_CARD_KIND_EMOTION, 1, f->feel), "emotion-score", -2, NULL);
  add_card (f, "tp-1", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  add_card (f, "tp-2", TP_CARD_KIND_TOUCHPOINT, 1, f->tp);
  add_card (f, "tp-3", TP_CARD_KIND_TOUCHPOINT, 1, f->tp);
  add_card (f, "pain-1", TP_CARD_KIND_PAIN_POINT, 0, f->pain);
  add_card (f, "pain-2", TP_CARD_KIND_PAIN_POINT, 1, f->pain);
  tp_project_insert (f->project, f->journey, TP_LIST_CONNECTIONS, -1, link);

  /* Round the shelf to the checkout and back to where she started. */
  add_stop (f, "tp-1", 2, 2, 60);
  add_stop (f, "tp-2", 8, 5, 30);
  add_stop (f, "tp-3", 16, 2, 120);
  add_stop (f, "tp-1", 2, 2, 60);
  fixture_route (f);
  walk = fixture_walk (f, f->journey);

  g_assert_cmpuint (walk->stops->len, ==, 4);

  /* Emotion: the line runs from +2 (phase 1's slot) to −2 (phase 2's); tp-2 sits a quarter of
   * the way into phase 2, between them, tp-3 at three quarters, past the last point. */
  s = &g_array_index (walk->stops, TpStoreStop, 0);
  g_assert_true (s->has_emotion);
  g_assert_cmpfloat_with_epsilon (s->emotion, 2.0, 1e-9);
  s = &g_array_index (walk->stops, TpStoreStop, 1);
  g_assert_cmpfloat_with_epsilon (s->emotion, -1.0, 1e-9);
  s = &g_array_index (walk->stops, TpStoreStop, 2);
  g_assert_cmpfloat_with_epsilon (s->emotion, -2.0, 1e-9);

  /* Pain points: the connected one at its card's stop; the other at its phase's first lowest. */
  g_assert_cmpuint (g_array_index (walk->stops, TpStoreStop, 2).pains->len, ==, 1);
  g_assert_cmpstr (tp_card_get_title (g_ptr_array_index (g_array_index (walk->stops, TpStoreStop, 2).pains, 0)), ==, "pain-2");
  g_assert_cmpuint (g_array_index (walk->stops, TpStoreStop, 0).pains->len, ==, 1);
  g_assert_cmpuint (g_array_index (walk->stops, TpStoreStop, 1).pains->len, ==, 0);
  g_assert_cmpuint (g_array_index (walk->stops, TpStoreStop, 3).pains->len, ==, 0);
  g_assert_cmpuint (walk->n_pains_unplaced, ==, 0);

  /* Length: straight, then under the shelf's lower end (corners pushed out 0.25 m) and back. */
  there = hypot (3.75, 3.25) + 1.5 + hypot (2.75, 6.25);
  back = hypot (2.75, 6.25) + 1.5 + hypot (9.75, 6.25);
  expected = hypot (6, 3) + there + back;
  g_assert_cmpfloat_with_epsilon (walk->length, expected, 1e-9);
  g_assert_cmpuint (walk->n_unreachable, ==, 0);

  /* Dwell, in total and per zone. */
  g_assert_cmpfloat (walk->dwell, ==, 270.0);
  g_assert_cmpfloat (walk->zone_dwell[0], ==, 150.0);
  g_assert_cmpfloat (walk->zone_dwell[1], ==, 0.0);
  g_assert_cmpfloat (walk->zone_dwell[2], ==, 120.0);

  /* Visits: the aisle twice (out and back in), the checkout once, the shelf never. */
  g_assert_cmpuint (walk->zone_visits[0], ==, 2);
  g_assert_cmpuint (walk->zone_visits[1], ==, 0);
  g_assert_cmpuint (walk->zone_visits[2], ==, 1);
  g_assert_cmpuint (walk->n_zones_visited, ==, 2);

  /* Backtracking: at least the stretch under the shelf walked again (less the turn at the
   * checkout), at most the whole way back. */
  g_assert_cmpfloat (walk->backtrack_length, >=, hypot (2.75, 6.25) + 1.5 - TP_STORE_BACKTRACK_GAP);
  g_assert_cmpfloat (walk->backtrack_length, <=, back);
  g_assert_cmpfloat (tp_store_walk_backtrack_share (walk), >, 0.2);
  g_assert_cmpuint (walk->backtrack->len % 2, ==, 0);
}

static void
test_backtrack_out_and_back (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(TpStoreWalk) walk = NULL;
  g_autoptr(GArray) stretch = g_array_new (FALSE, FALSE, sizeof (TpPoint));
  TpPoint p, dir;

  add_card (f, "tp-1", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  add_stop (f, "tp-1", 1, 9, 10);
  add_stop (f, "tp-1", 9, 9, 10);
  add_stop (f, "tp-1", 1, 9, 10);
  fixture_route (f);
  walk = fixture_walk (f, f->journey);

  /* 16 m, of which the way back is the same ground except where she turns round: ground walked
   * less than 2 m before, within 0.5 m — the first (2 − 0.5) / 2 = 0.75 m. */
  g_assert_cmpfloat_with_epsilon (walk->length, 16.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (walk->backtrack_length,
                                  8.0 - (TP_STORE_BACKTRACK_GAP - TP_STORE_BACKTRACK_TOLERANCE) / 2,
                                  TP_STORE_BACKTRACK_TOLERANCE / 4);
  g_assert_cmpuint (walk->backtrack->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (walk->backtrack, double, 1), 16.0, 1e-9);

  tp_store_walk_point_at (walk, 12, &p, &dir);
  g_assert_cmpfloat_with_epsilon (p.x, 5.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dir.x, -1.0, 1e-9);
  tp_store_walk_append_stretch (walk, 6, 10, stretch);
  g_assert_cmpuint (stretch->len, ==, 3);   /* through the stop at the turn */
  g_assert_cmpfloat_with_epsilon (g_array_index (stretch, TpPoint, 1).x, 9.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (stretch, TpPoint, 2).x, 7.0, 1e-9);
}

static void
test_no_backtrack (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TpStoreWalk) walk = NULL;

  /* A loop round the aisle crosses nothing twice in the same direction, and a crossing at a
   * right angle is not walking the same ground. */
  add_card (f, "tp-1", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  add_stop (f, "tp-1", 1, 1, 0);
  add_stop (f, "tp-1", 9, 1, 0);
  add_stop (f, "tp-1", 9, 9, 0);
  add_stop (f, "tp-1", 5, 9, 0);
  add_stop (f, "tp-1", 5, 0.5, 0);
  fixture_route (f);
  walk = fixture_walk (f, f->journey);

  g_assert_cmpfloat (walk->backtrack_length, ==, 0.0);
  g_assert_cmpfloat (tp_store_walk_backtrack_share (walk), ==, 0.0);
}

static void
test_outside_and_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TpStoreWalk) walk = NULL;
  g_autoptr(TpStoreWalk) empty = NULL;
  g_autoptr(TpJourney) other = tp_journey_new ("other");
  const TpStoreStop *s;

  add_card (f, "tp-1", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  add_stop (f, "tp-1", 5, 5, 10);
  add_stop (f, "tp-1", 500, -3, 10);
  tp_project_insert (f->project, f->project, TP_LIST_JOURNEYS, -1, other);
  fixture_route (f);
  walk = fixture_walk (f, f->journey);
  empty = fixture_walk (f, other);

  /* A stop placed off the plan is kept at its edge and counted. */
  s = &g_array_index (walk->stops, TpStoreStop, 1);
  g_assert_true (s->outside);
  g_assert_cmpfloat (s->at.x, ==, 20.0);
  g_assert_cmpfloat (s->at.y, ==, 0.0);
  g_assert_cmpuint (walk->n_outside, ==, 1);
  /* No emotion cards: no emotion. */
  g_assert_false (s->has_emotion);

  g_assert_cmpuint (empty->stops->len, ==, 0);
  g_assert_cmpfloat (empty->length, ==, 0.0);
  g_assert_cmpfloat (tp_store_walk_backtrack_share (empty), ==, 0.0);
  g_assert_cmpuint (empty->n_zones_visited, ==, 0);
}

static void
test_heat (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TpStoreWalk) a = NULL;
  g_autoptr(TpStoreWalk) b = NULL;
  g_autoptr(TpJourney) second = tp_journey_new ("second");
  g_autoptr(TpPlacement) placement = tp_placement_new (NULL, "tp-1");
  double dwell[3] = { 0 }, visits[3] = { 0 };

  add_card (f, "tp-1", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  add_stop (f, "tp-1", 5, 5, 100);
  add_stop (f, "tp-1", 16, 5, 40);
  /* A second journey through the same plan: only the checkout, for 60 s. */
  tp_project_insert (f->project, f->project, TP_LIST_JOURNEYS, -1, second);
  g_object_set (placement, "x", 18.0, "y", 5.0, "dwell", 60.0, NULL);
  tp_project_insert (f->project, second, TP_LIST_PLACEMENTS, -1, placement);
  fixture_route (f);
  a = fixture_walk (f, f->journey);
  b = fixture_walk (f, second);

  tp_store_heat_add (a, TP_STORE_HEAT_DWELL, dwell);
  tp_store_heat_add (b, TP_STORE_HEAT_DWELL, dwell);
  tp_store_heat_add (a, TP_STORE_HEAT_VISITS, visits);
  tp_store_heat_add (b, TP_STORE_HEAT_VISITS, visits);
  g_assert_cmpfloat (dwell[0], ==, 100.0);
  g_assert_cmpfloat (dwell[1], ==, 0.0);
  g_assert_cmpfloat (dwell[2], ==, 100.0);
  g_assert_cmpfloat (visits[0], ==, 1.0);
  g_assert_cmpfloat (visits[1], ==, 0.0);
  g_assert_cmpfloat (visits[2], ==, 2.0);
}

static void
test_emotion_at_card (Fixture       *f,
                      gconstpointer  data)
{
  TpCard *card;
  double score = 99;

  card = add_card (f, "tp-1", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  g_assert_false (tp_store_emotion_at_card (f->journey, card, &score));
  g_object_set (add_card (f, "e-1", TP_CARD_KIND_EMOTION, 1, f->feel), "emotion-score", -3, NULL);
  /* Before the first point the line keeps its first value. */
  g_assert_true (tp_store_emotion_at_card (f->journey, card, &score));
  g_assert_cmpfloat (score, ==, -3.0);
}

static void
test_store_visit_template (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_STORE_VISIT);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpFloorPlan *plan = g_ptr_array_index (tp_project_get_floor_plans (project), 0);
  g_autoptr(GArray) shapes = tp_store_shapes_new (plan);
  TpRect rect = { 0, 0, tp_floor_plan_get_width (plan), tp_floor_plan_get_height (plan) };
  g_autoptr(TpStoreRouter) router = tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data,
                                                         shapes->len, &rect,
                                                         TP_STORE_PATH_CLEARANCE);
  g_autoptr(TpStoreWalk) walk = tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data,
                                                   shapes->len, &rect, router);
  double straight = 0;

  /* The ready-made path reaches every stop, inside the plan, and walks round the shelves. */
  g_assert_cmpuint (walk->stops->len, >=, 4);
  g_assert_cmpuint (walk->n_unreachable, ==, 0);
  g_assert_cmpuint (walk->n_outside, ==, 0);
  for (guint i = 1; i < walk->stops->len; i++)
    {
      TpPoint a = g_array_index (walk->stops, TpStoreStop, i - 1).at;
      TpPoint b = g_array_index (walk->stops, TpStoreStop, i).at;

      straight += hypot (b.x - a.x, b.y - a.y);
    }
  g_assert_cmpfloat (walk->length, >, straight + 1.0);
  for (guint i = 0; i < walk->stops->len; i++)
    {
      const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);

      g_assert_true (stop->zone < 0 ||
                     g_array_index (shapes, TpStoreShape, stop->zone).walkable);
      g_assert_true (stop->has_emotion);
    }
  g_assert_cmpuint (walk->n_zones_visited, >=, 4);
}

/* A layout made after an edit takes the router (and the walks it found) from the one before
 * only while no zone changed: a moved shelf is walked round where it is now. */
static void
test_layout_reuse (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TpStoreLayout) first = NULL;
  g_autoptr(TpStoreLayout) second = NULL;
  g_autoptr(TpStoreLayout) third = NULL;
  TpStoreRouter *router;
  TpZone *shelf = g_ptr_array_index (tp_floor_plan_get_zones (f->plan), 1);
  TpPlacement *last;
  double around;

  add_card (f, "a", TP_CARD_KIND_TOUCHPOINT, 0, f->tp);
  add_card (f, "b", TP_CARD_KIND_TOUCHPOINT, 1, f->tp);
  add_stop (f, "a", 11, 2, 10);
  add_stop (f, "b", 14, 2, 10);
  last = g_ptr_array_index (tp_journey_get_placements (f->journey), 1);

  first = tp_store_layout_new (f->journey, NULL);
  router = first->router;
  around = first->walk->length;
  g_assert_cmpfloat (around, >, 3.0 + 1.0);   /* round the shelf's end at y = 8 */

  /* A stop moved: the same router, the leg walked again to where the stop is now. */
  tp_project_set (f->project, last, "y", 3.0, NULL);
  second = tp_store_layout_new_reusing (f->journey, NULL, first);
  g_assert_true (second->router == router);
  g_assert_null (first->router);
  g_assert_cmpfloat (fabs (second->walk->length - around), >, 1e-6);

  /* The shelf moved out of the way: a new router, and the walk goes straight. */
  tp_project_set (f->project, shelf, "y", 9.5, "height", 0.5, NULL);
  third = tp_store_layout_new_reusing (f->journey, NULL, second);
  g_assert_true (third->router != NULL);
  g_assert_nonnull (second->router);
  g_assert_cmpfloat_with_epsilon (third->walk->length, hypot (3.0, 1.0), 1e-9);
}

/* The bench plan's walk: its length and points are those the router of session 5 found (one
 * thread, a four-ary heap, every corner heaped per search). Its backtracking was 78,433.346 m
 * there: on the plan's regular grid of shelves, 39 of the 1,826 legs searched have two routes
 * exactly as long (corners P1, P2, P3 and P1 + P3 − P2), and the faster search takes the other
 * one, which walks over a little more ground already walked. This is what it finds on any number
 * of cores. */
#define BENCH_LENGTH    85853.334742959
#define BENCH_BACKTRACK 78435.575170661
#define BENCH_POINTS    10902

static void
test_bench_plan (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = generate (&journey);
  TpFloorPlan *plan = g_ptr_array_index (tp_project_get_floor_plans (project), 0);
  g_autoptr(GArray) shapes = tp_store_shapes_new (plan);
  TpRect rect = { 0, 0, 100, 60 };
  g_autoptr(TpStoreRouter) router =
    tp_store_router_new ((TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                         TP_STORE_PATH_CLEARANCE);

  /* With a new router, then again with the router that has the walks. */
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(TpStoreWalk) walk =
        tp_store_walk_new (journey, (TpStoreShape *) (gpointer) shapes->data, shapes->len, &rect,
                           router);

      g_assert_cmpuint (walk->stops->len, ==, 2000);
      g_assert_cmpuint (walk->n_unreachable, ==, 0);
      g_assert_cmpuint (walk->path->len, ==, BENCH_POINTS);
      g_assert_cmpfloat_with_epsilon (walk->length, BENCH_LENGTH, 1e-6);
      g_assert_cmpfloat_with_epsilon (walk->backtrack_length, BENCH_BACKTRACK, 1e-6);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/render/store-walk/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("figures", test_figures);
  ADD ("backtrack-out-and-back", test_backtrack_out_and_back);
  ADD ("no-backtrack", test_no_backtrack);
  ADD ("outside-and-empty", test_outside_and_empty);
  ADD ("heat", test_heat);
  ADD ("emotion-at-card", test_emotion_at_card);
  ADD ("layout-reuse", test_layout_reuse);
#undef ADD
  g_test_add_func ("/render/store-walk/store-visit-template", test_store_visit_template);
  g_test_add_func ("/render/store-walk/bench-plan", test_bench_plan);

  return g_test_run ();
}
