/* test-render-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The numbers of a journey: roll-ups per phase (missing metrics are no data),
 * the purchase phase, pain points ranked three ways with the Pareto cut and
 * its ties, the impact/effort matrix, phases aligned by title, and current vs
 * future — on hand-made journeys and on the examples.
 */

#include <math.h>
#include <string.h>

#include "io/tp-format.h"
#include "render/tp-analysis.h"

/* --- Building journeys by hand ------------------------------------------- */

static TpJourney *
add_journey (TpProject  *project,
             const char *persona,
             const char *phases)
{
  g_autoptr(TpJourney) journey = tp_journey_new (NULL);
  g_auto(GStrv) titles = g_strsplit (phases, ",", -1);
  static const TpLaneKind kinds[] = {
    TP_LANE_KIND_TOUCHPOINTS, TP_LANE_KIND_FEELINGS, TP_LANE_KIND_PAIN_POINTS,
    TP_LANE_KIND_OPPORTUNITIES, TP_LANE_KIND_ACTIVITY,
  };

  if (persona != NULL)
    g_object_set (journey, "persona", persona, NULL);
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  for (guint i = 0; titles[i] != NULL; i++)
    {
      g_autoptr(TpPhase) phase = tp_phase_new (NULL);

      g_object_set (phase, "title", titles[i], NULL);
      tp_project_insert (project, journey, TP_LIST_PHASES, -1, phase);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(TpLane) lane = tp_lane_new (NULL, kinds[i]);

      g_object_set (lane, "title", tp_enum_get_label (TP_TYPE_LANE_KIND, kinds[i]), NULL);
      tp_project_insert (project, journey, TP_LIST_LANES, -1, lane);
    }
  return journey;
}

static TpLane *
lane_of_kind (TpJourney  *journey,
              TpLaneKind  kind)
{
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  for (guint i = 0; i < lanes->len; i++)
    if (tp_lane_get_kind (g_ptr_array_index (lanes, i)) == kind)
      return g_ptr_array_index (lanes, i);
  g_assert_not_reached ();
}

static TpCard *
add_card (TpProject  *project,
          TpJourney  *journey,
          guint       phase,
          TpCardKind  kind,
          const char *title)
{
  TpLaneKind lane = kind == TP_CARD_KIND_TOUCHPOINT ? TP_LANE_KIND_TOUCHPOINTS
                    : kind == TP_CARD_KIND_EMOTION ? TP_LANE_KIND_FEELINGS
                    : kind == TP_CARD_KIND_PAIN_POINT ? TP_LANE_KIND_PAIN_POINTS
                    : kind == TP_CARD_KIND_OPPORTUNITY ? TP_LANE_KIND_OPPORTUNITIES
                    : TP_LANE_KIND_ACTIVITY;

  return tp_project_add_card (project, g_ptr_array_index (tp_journey_get_phases (journey), phase),
                              lane_of_kind (journey, lane), -1, kind, title);
}

static void
add_metric (TpProject    *project,
            TpCard       *card,
            TpMetricKind  kind,
            double        value,
            const char   *unit)
{
  g_autoptr(TpMetric) metric = tp_metric_new (kind);

  g_object_set (metric, "value", value, "unit", unit, NULL);
  tp_project_insert (project, card, TP_LIST_METRICS, -1, metric);
}

static TpCard *
emotion (TpProject *project,
         TpJourney *journey,
         guint      phase,
         int        score)
{
  TpCard *card = add_card (project, journey, phase, TP_CARD_KIND_EMOTION, "feeling");

  tp_project_set (project, card, "emotion-score", score, NULL);
  return card;
}

static TpCard *
pain (TpProject  *project,
      TpJourney  *journey,
      guint       phase,
      const char *title,
      int         severity)
{
  TpCard *card = add_card (project, journey, phase, TP_CARD_KIND_PAIN_POINT, title);

  tp_project_set (project, card, "severity", severity, NULL);
  return card;
}

/* --- Roll-ups ------------------------------------------------------------ */

static void
test_rollup (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *journey = add_journey (project, NULL, "Discovery,Consideration,Purchase,After");
  g_autoptr(TpJourneyRollup) rollup = NULL;
  TpCard *web, *shop, *checkout;
  const TpPhaseRollup *a, *b, *c, *d;

  web = add_card (project, journey, 0, TP_CARD_KIND_TOUCHPOINT, "Web");
  add_metric (project, web, TP_METRIC_KIND_CONVERSION_RATE, 50, "%");
  add_metric (project, web, TP_METRIC_KIND_TIME_SPENT, 2, "min");
  add_metric (project, web, TP_METRIC_KIND_CSAT, 4, "/5");
  shop = add_card (project, journey, 0, TP_CARD_KIND_TOUCHPOINT, "Shop");
  add_metric (project, shop, TP_METRIC_KIND_CONVERSION_RATE, 30, "%");
  add_metric (project, shop, TP_METRIC_KIND_TIME_SPENT, 30, "s");
  tp_project_set (project, shop, "evidence", TP_EVIDENCE_OBSERVED, NULL);
  emotion (project, journey, 0, -1);
  tp_project_set (project, emotion (project, journey, 0, 3), "evidence", TP_EVIDENCE_PROPOSED,
                  NULL);
  checkout = add_card (project, journey, 2, TP_CARD_KIND_TOUCHPOINT, "Checkout");
  add_metric (project, checkout, TP_METRIC_KIND_DROP_OFF_RATE, 25, "%");
  add_metric (project, checkout, TP_METRIC_KIND_TIME_SPENT, 3, "parsecs");
  add_metric (project, checkout, TP_METRIC_KIND_NPS, 40, "");
  add_metric (project, checkout, TP_METRIC_KIND_CSAT, 3, "/5");
  add_card (project, journey, 3, TP_CARD_KIND_ACTIVITY, "Comes back");

  rollup = tp_analysis_rollup (journey, -1);
  g_assert_cmpuint (rollup->n_phases, ==, 4);
  a = &rollup->phases[0];
  b = &rollup->phases[1];
  c = &rollup->phases[2];
  d = &rollup->phases[3];

  g_assert_cmpuint (a->n_cards, ==, 4);
  g_assert_cmpuint (a->n_touchpoints, ==, 2);
  g_assert_cmpuint (a->n_evidence[TP_EVIDENCE_OBSERVED], ==, 1);
  g_assert_cmpuint (a->n_evidence[TP_EVIDENCE_ASSUMED], ==, 2);
  g_assert_cmpuint (a->n_evidence[TP_EVIDENCE_PROPOSED], ==, 1);
  g_assert_true (a->has_conversion);
  g_assert_false (a->conversion_from_drop_off);
  g_assert_cmpfloat_with_epsilon (a->conversion, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->funnel, 40, 1e-9);
  g_assert_true (a->has_time);
  g_assert_cmpfloat_with_epsilon (a->time_seconds, 150, 1e-9);
  g_assert_true (a->has_csat);
  g_assert_cmpfloat_with_epsilon (a->csat_percent, 80, 1e-9);
  g_assert_false (a->has_nps);
  g_assert_true (a->has_emotion);
  g_assert_cmpfloat_with_epsilon (a->emotion_mean, 1, 1e-9);

  /* An empty phase has no data — not zero. */
  g_assert_cmpuint (b->n_cards, ==, 0);
  g_assert_false (b->has_conversion);
  g_assert_false (b->has_funnel);
  g_assert_false (b->has_time);
  g_assert_false (b->has_csat);
  g_assert_false (b->has_nps);
  g_assert_false (b->has_emotion);

  /* Drop-off stands in for conversion; the funnel skips the unmeasured phase. */
  g_assert_true (c->has_conversion);
  g_assert_true (c->conversion_from_drop_off);
  g_assert_cmpfloat_with_epsilon (c->conversion, 75, 1e-9);
  g_assert_cmpfloat_with_epsilon (c->funnel, 30, 1e-9);
  g_assert_false (c->has_time);
  g_assert_cmpuint (c->n_time_unreadable, ==, 1);
  g_assert_true (c->has_nps);
  g_assert_cmpfloat_with_epsilon (c->nps, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (c->csat_percent, 60, 1e-9);

  g_assert_cmpuint (d->n_cards, ==, 1);
  g_assert_false (d->has_conversion);

  g_assert_cmpint (rollup->purchase_phase, ==, 2);
  g_assert_cmpuint (rollup->touchpoints_before_purchase, ==, 2);
  g_assert_cmpfloat (rollup->csat_scale, ==, 5);

  /* The figures read out are those drawn: no data is said, not zero. */
  {
    g_autofree char *first = tp_rollup_describe_phase (rollup, 0);
    g_autofree char *empty = tp_rollup_describe_phase (rollup, 1);
    g_autofree char *purchase = tp_rollup_describe_phase (rollup, 2);

    g_assert_cmpstr (first, ==, "Conversion 40 %; funnel 40 %; time 2.5 min; CSAT 4.0 / 5; "
                                "NPS no data; evidence 1 observed · 2 assumed · 1 proposed");
    g_assert_cmpstr (empty, ==, "Conversion no data; funnel no data; time no data; CSAT no data; "
                                "NPS no data; evidence no data");
    g_assert_cmpstr (purchase, ==, "Conversion 75 % (from drop-off); funnel 30 %; time no data; "
                                   "CSAT 3.0 / 5; NPS +40; evidence 0 observed · 1 assumed · 0 proposed; "
                                   "2 touchpoints before the purchase");
  }

  /* Another phase named as the purchase: the touchpoints before it. */
  {
    g_autoptr(TpJourneyRollup) other = tp_analysis_rollup (journey, 3);

    g_assert_cmpint (other->purchase_phase, ==, 3);
    g_assert_cmpuint (other->touchpoints_before_purchase, ==, 3);
  }
}

static void
test_purchase_phase (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *none = add_journey (project, NULL, "Awareness,Interest,Loyalty");
  TpJourney *spaced = add_journey (project, NULL, "Search,  checkout ,Stay");
  TpJourney *pay = add_journey (project, NULL, "Arrive,Browse,Pay,Purchase");
  g_autoptr(TpJourneyRollup) rollup = tp_analysis_rollup (none, -1);

  g_assert_cmpint (tp_analysis_find_purchase_phase (none), ==, -1);
  g_assert_cmpint (rollup->purchase_phase, ==, -1);
  g_assert_cmpuint (rollup->touchpoints_before_purchase, ==, 0);
  g_assert_cmpint (tp_analysis_find_purchase_phase (spaced), ==, 1);
  /* The first purchase-like phase wins. */
  g_assert_cmpint (tp_analysis_find_purchase_phase (pay), ==, 2);
}

static void
test_units (void)
{
  double seconds;

  g_assert_true (tp_analysis_time_to_seconds (2, "min", &seconds));
  g_assert_cmpfloat (seconds, ==, 120);
  g_assert_true (tp_analysis_time_to_seconds (1.5, " Hours ", &seconds));
  g_assert_cmpfloat (seconds, ==, 5400);
  g_assert_true (tp_analysis_time_to_seconds (3, "days", &seconds));
  g_assert_cmpfloat (seconds, ==, 259200);
  g_assert_false (tp_analysis_time_to_seconds (3, "", &seconds));
  g_assert_false (tp_analysis_time_to_seconds (3, "%", &seconds));
}

static void
test_normalize (void)
{
  static const char * const pairs[][2] = {
    { "Slow  delivery!", "slow delivery" },
    { "  SLOW delivery…", "slow delivery" },
    { "Café", "café" },
    { "Cafe\xcc\x81", "café" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *normal = tp_analysis_normalize_title (pairs[i][0]);

      g_assert_cmpstr (normal, ==, pairs[i][1]);
    }
}

/* --- Rankings ------------------------------------------------------------ */

static const char *
item_title (TpPainRanking *ranking,
            guint          i)
{
  return tp_card_get_title (((TpRankedPain *) g_ptr_array_index (ranking->items, i))->card);
}

static TpRankedPain *
item (TpPainRanking *ranking,
      guint          i)
{
  return g_ptr_array_index (ranking->items, i);
}

static void
test_rank_pain_points (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *one = add_journey (project, "persona-a", "A,B");
  TpJourney *two = add_journey (project, "persona-b", "A,B");
  TpJourney *three = add_journey (project, NULL, "A");
  g_autoptr(TpPainRanking) severity = NULL;
  g_autoptr(TpPainRanking) occurrence = NULL;
  g_autoptr(TpPainRanking) weight = NULL;

  pain (project, one, 0, "Slow delivery", 4);
  pain (project, one, 0, "No size guide", 2);
  pain (project, one, 1, "no size guide!", 5);
  pain (project, one, 1, "Hidden fees", 0);
  pain (project, one, 1, "Rude staff", 1);
  pain (project, two, 0, "Slow  Delivery", 2);
  pain (project, two, 1, "Rude staff", 3);
  pain (project, three, 0, "slow delivery.", 1);

  severity = tp_analysis_rank_pain_points (one, TP_RANK_BY_SEVERITY);
  g_assert_cmpuint (severity->items->len, ==, 3);
  g_assert_cmpstr (item_title (severity, 0), ==, "No size guide");
  g_assert_cmpint (item (severity, 0)->severity, ==, 5);
  g_assert_cmpstr (item_title (severity, 1), ==, "Slow delivery");
  g_assert_cmpstr (item_title (severity, 2), ==, "Rude staff");
  g_assert_cmpuint (severity->unrated->len, ==, 1);
  g_assert_cmpstr (tp_card_get_title (g_ptr_array_index (severity->unrated, 0)), ==,
                   "Hidden fees");

  occurrence = tp_analysis_rank_pain_points (one, TP_RANK_BY_OCCURRENCE);
  g_assert_cmpstr (item_title (occurrence, 0), ==, "Slow delivery");
  g_assert_cmpuint (item (occurrence, 0)->n_journeys, ==, 3);
  g_assert_cmpuint (item (occurrence, 0)->n_personas, ==, 2);
  g_assert_cmpstr (item_title (occurrence, 1), ==, "Rude staff");
  g_assert_cmpuint (item (occurrence, 1)->n_journeys, ==, 2);
  g_assert_cmpstr (item_title (occurrence, 2), ==, "No size guide");
  g_assert_cmpuint (item (occurrence, 2)->n_journeys, ==, 1);

  weight = tp_analysis_rank_pain_points (one, TP_RANK_BY_WEIGHT);
  g_assert_cmpfloat (weight->total_weight, ==, 16);
  g_assert_cmpstr (item_title (weight, 0), ==, "Slow delivery");
  g_assert_cmpfloat (item (weight, 0)->weight, ==, 7);
  g_assert_cmpfloat_with_epsilon (item (weight, 0)->cumulative, 7.0 / 16, 1e-9);
  g_assert_cmpstr (item_title (weight, 1), ==, "No size guide");
  g_assert_cmpfloat_with_epsilon (item (weight, 1)->cumulative, 12.0 / 16, 1e-9);
  g_assert_cmpstr (item_title (weight, 2), ==, "Rude staff");
  g_assert_cmpfloat_with_epsilon (item (weight, 2)->cumulative, 1, 1e-9);
  /* 75 % after two: the third is needed to reach 80 %. */
  g_assert_cmpuint (weight->n_vital, ==, 3);
}

/* Pareto on one journey with plain severities: weights are the severities. */
static TpPainRanking *
pareto_of (TpProject *project,
           const int *severities,
           guint      n)
{
  TpJourney *journey = add_journey (project, NULL, "A");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Pain %u", i);

      pain (project, journey, 0, title, severities[i]);
    }
  return tp_analysis_rank_pain_points (journey, TP_RANK_BY_WEIGHT);
}

static void
test_pareto (void)
{
  static const int spread[] = { 1, 5, 3, 1, 2 };       /* 12 in all: 5, 3, 2 reach 83 % */
  static const int ties[] = { 2, 2, 5, 2, 2, 2 };       /* 15: 5 + 2 + 2 + 2 = 73 %, ties at 2 */
  static const int unrated[] = { 0, 0 };
  g_autoptr(TpProject) pa = tp_project_new ();
  g_autoptr(TpProject) pb = tp_project_new ();
  g_autoptr(TpProject) pc = tp_project_new ();
  g_autoptr(TpPainRanking) a = pareto_of (pa, spread, G_N_ELEMENTS (spread));
  g_autoptr(TpPainRanking) b = pareto_of (pb, ties, G_N_ELEMENTS (ties));
  g_autoptr(TpPainRanking) c = pareto_of (pc, unrated, G_N_ELEMENTS (unrated));

  g_assert_cmpuint (a->n_vital, ==, 3);
  g_assert_cmpstr (item_title (a, 0), ==, "Pain 1");
  g_assert_cmpstr (item_title (a, 1), ==, "Pain 2");
  g_assert_cmpstr (item_title (a, 2), ==, "Pain 4");
  g_assert_true (item (a, 2)->vital);
  g_assert_false (item (a, 3)->vital);
  /* Equal weights keep map order. */
  g_assert_cmpstr (item_title (a, 3), ==, "Pain 0");
  g_assert_cmpstr (item_title (a, 4), ==, "Pain 3");

  /* The cut falls among equal weights: all of them are in. */
  g_assert_cmpuint (b->n_vital, ==, 6);
  g_assert_cmpstr (item_title (b, 0), ==, "Pain 2");

  g_assert_cmpuint (c->items->len, ==, 0);
  g_assert_cmpuint (c->n_vital, ==, 0);
  g_assert_cmpuint (c->unrated->len, ==, 2);
}

/* Fail points (any kind of card) are ranked like pain points. */
static void
test_rank_fail_points (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *one = add_journey (project, "persona-a", "A,B");
  TpJourney *two = add_journey (project, "persona-b", "A");
  g_autoptr(TpPainRanking) ranking = NULL;
  TpCard *card;

  card = add_card (project, one, 0, TP_CARD_KIND_ACTIVITY, "Card declined");
  tp_project_set (project, card, "fail-point", TRUE, "fail-point-severity", 3, NULL);
  card = add_card (project, one, 1, TP_CARD_KIND_TOUCHPOINT, "Parcel lost");
  tp_project_set (project, card, "fail-point", TRUE, "fail-point-severity", 5, NULL);
  card = add_card (project, one, 1, TP_CARD_KIND_ACTIVITY, "Not rated");
  tp_project_set (project, card, "fail-point", TRUE, NULL);
  card = add_card (project, two, 0, TP_CARD_KIND_ACTIVITY, "card declined");
  tp_project_set (project, card, "fail-point", TRUE, "fail-point-severity", 4, NULL);
  /* A pain point is not a fail point. */
  pain (project, one, 0, "Slow", 5);

  ranking = tp_analysis_rank_fail_points (one, TP_RANK_BY_WEIGHT);
  g_assert_cmpuint (ranking->items->len, ==, 2);
  g_assert_cmpstr (item_title (ranking, 0), ==, "Card declined");
  g_assert_cmpfloat (item (ranking, 0)->weight, ==, 7);
  g_assert_cmpuint (item (ranking, 0)->n_journeys, ==, 2);
  g_assert_cmpstr (item_title (ranking, 1), ==, "Parcel lost");
  g_assert_cmpuint (ranking->unrated->len, ==, 1);
  g_clear_pointer (&ranking, tp_pain_ranking_free);

  ranking = tp_analysis_rank_fail_points (one, TP_RANK_BY_SEVERITY);
  g_assert_cmpstr (item_title (ranking, 0), ==, "Parcel lost");
}

static void
test_opportunities (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *journey = add_journey (project, NULL, "A,B");
  static const struct { const char *title; int impact, effort; } cards[] = {
    { "Money pit", 2, 5 }, { "Fill in", 1, 1 }, { "Small win", 3, 2 }, { "Big", 4, 4 },
    { "Best", 5, 1 }, { "Unrated", 0, 3 },
  };
  static const char * const order[] = { "Best", "Small win", "Big", "Fill in", "Money pit" };
  static const TpQuadrant quadrants[] = {
    TP_QUADRANT_QUICK_WIN, TP_QUADRANT_QUICK_WIN, TP_QUADRANT_MAJOR_PROJECT,
    TP_QUADRANT_FILL_IN, TP_QUADRANT_MONEY_PIT,
  };
  g_autoptr(TpOpportunityMatrix) matrix = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      TpCard *card = add_card (project, journey, i % 2, TP_CARD_KIND_OPPORTUNITY, cards[i].title);

      tp_project_set (project, card, "impact", cards[i].impact, "effort", cards[i].effort, NULL);
    }

  matrix = tp_analysis_opportunities (journey);
  g_assert_cmpuint (matrix->items->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      TpRatedOpportunity *rated = &g_array_index (matrix->items, TpRatedOpportunity, i);

      g_assert_cmpstr (tp_card_get_title (rated->card), ==, order[i]);
      g_assert_cmpint (rated->quadrant, ==, quadrants[i]);
    }
  g_assert_cmpuint (matrix->unrated->len, ==, 1);
  g_assert_cmpint (tp_analysis_quadrant (3, 3), ==, TP_QUADRANT_MAJOR_PROJECT);
  g_assert_cmpint (tp_analysis_quadrant (2, 2), ==, TP_QUADRANT_FILL_IN);
}

/* --- Comparisons --------------------------------------------------------- */

static void
test_align (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *journeys[3];
  g_autoptr(TpPhaseAlignment) alignment = NULL;
  static const char * const titles[] = { "Discovery", "Consideration", "Purchase", "Loyalty" };
  TpAlignedPhase *row;

  journeys[0] = add_journey (project, "persona-a", "Discovery,Consideration,Purchase");
  journeys[1] = add_journey (project, "persona-b", "discovery,Purchase,Loyalty");
  journeys[2] = add_journey (project, NULL, "DISCOVERY ,Purchase");
  emotion (project, journeys[0], 0, 2);
  emotion (project, journeys[0], 0, 1);
  emotion (project, journeys[1], 0, -2);
  emotion (project, journeys[1], 1, -3);

  alignment = tp_analysis_align (journeys, 3);
  g_assert_cmpuint (alignment->rows->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (((TpAlignedPhase *) g_ptr_array_index (alignment->rows, i))->title, ==,
                     titles[i]);
  g_assert_cmpuint (alignment->n_unmatched, ==, 2);

  row = g_ptr_array_index (alignment->rows, 0);
  g_assert_true (row->matched);
  g_assert_true (row->has_emotion[0]);
  g_assert_cmpfloat (row->emotion[0], ==, 1.5);
  g_assert_cmpfloat (row->emotion[1], ==, -2);
  g_assert_false (row->has_emotion[2]);

  row = g_ptr_array_index (alignment->rows, 1);
  g_assert_false (row->matched);
  g_assert_null (row->phases[1]);
  g_assert_false (row->has_emotion[0]);

  row = g_ptr_array_index (alignment->rows, 3);
  g_assert_false (row->matched);
  g_assert_null (row->phases[0]);
  g_assert_nonnull (row->phases[1]);

  /* Repeated titles pair up in order; the extra one stands alone. */
  {
    TpJourney *twice[2] = { add_journey (project, NULL, "A,A"), add_journey (project, NULL, "A") };
    g_autoptr(TpPhaseAlignment) repeated = tp_analysis_align (twice, 2);

    g_assert_cmpuint (repeated->rows->len, ==, 2);
    g_assert_true (((TpAlignedPhase *) g_ptr_array_index (repeated->rows, 0))->matched);
    g_assert_false (((TpAlignedPhase *) g_ptr_array_index (repeated->rows, 1))->matched);
  }
}

static const TpCardDiff *
diff_of (TpJourneyDiff *diff,
         TpCard        *card)
{
  for (guint i = 0; i < diff->cards->len; i++)
    {
      const TpCardDiff *item = &g_array_index (diff->cards, TpCardDiff, i);

      if (item->current == card || item->future == card)
        return item;
    }
  g_assert_not_reached ();
}

static void
test_diff_by_title (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpJourney *current = add_journey (project, NULL, "Discovery,Purchase");
  TpJourney *future = add_journey (project, NULL, "Discovery,Purchase,Loyalty");
  g_autoptr(TpJourneyDiff) diff = NULL;
  TpCard *same_a, *same_b, *moved_a, *moved_b, *gone, *new_card, *tp_a, *tp_b;
  TpAlignedPhase *row;

  same_a = add_card (project, current, 0, TP_CARD_KIND_ACTIVITY, "Searches");
  same_b = add_card (project, future, 0, TP_CARD_KIND_ACTIVITY, "searches");
  moved_a = add_card (project, current, 0, TP_CARD_KIND_ACTIVITY, "Compares prices");
  moved_b = add_card (project, future, 1, TP_CARD_KIND_ACTIVITY, "Compares prices");
  gone = pain (project, current, 1, "Card declined", 4);
  new_card = add_card (project, future, 2, TP_CARD_KIND_ACTIVITY, "Joins the club");
  tp_a = add_card (project, current, 1, TP_CARD_KIND_TOUCHPOINT, "Checkout");
  add_metric (project, tp_a, TP_METRIC_KIND_CONVERSION_RATE, 20, "%");
  tp_b = add_card (project, future, 1, TP_CARD_KIND_TOUCHPOINT, "Checkout");
  add_metric (project, tp_b, TP_METRIC_KIND_CONVERSION_RATE, 35, "%");
  add_metric (project, tp_b, TP_METRIC_KIND_CSAT, 4.5, "/5");
  emotion (project, current, 1, -2);
  emotion (project, future, 1, 1);

  diff = tp_analysis_diff (current, future);
  g_assert_cmpint (diff_of (diff, same_b)->kind, ==, TP_CARD_DIFF_CHANGED);
  g_assert_true (diff_of (diff, same_b)->current == same_a);
  g_assert_false (diff_of (diff, same_b)->by_id);
  g_assert_cmpint (diff_of (diff, moved_b)->kind, ==, TP_CARD_DIFF_MOVED);
  g_assert_true (diff_of (diff, moved_b)->current == moved_a);
  g_assert_cmpint (diff_of (diff, gone)->kind, ==, TP_CARD_DIFF_REMOVED);
  g_assert_cmpint (diff_of (diff, new_card)->kind, ==, TP_CARD_DIFF_ADDED);
  g_assert_cmpint (diff_of (diff, tp_b)->kind, ==, TP_CARD_DIFF_CHANGED);
  g_assert_cmpuint (diff->n_added, ==, 1);
  g_assert_cmpuint (diff->n_removed, ==, 1);
  g_assert_cmpuint (diff->n_moved, ==, 1);

  g_assert_cmpuint (diff->metrics->len, ==, 2);
  {
    TpMetricDiff *conversion = &g_array_index (diff->metrics, TpMetricDiff, 0);
    TpMetricDiff *csat = &g_array_index (diff->metrics, TpMetricDiff, 1);

    g_assert_cmpint (conversion->kind, ==, TP_METRIC_KIND_CONVERSION_RATE);
    g_assert_true (conversion->has_before && conversion->has_after);
    g_assert_cmpfloat (conversion->before, ==, 20);
    g_assert_cmpfloat (conversion->after, ==, 35);
    g_assert_cmpint (csat->kind, ==, TP_METRIC_KIND_CSAT);
    g_assert_false (csat->has_before);
    g_assert_true (csat->has_after);
  }

  /* Emotion up in Purchase; Loyalty only in the future. */
  row = g_ptr_array_index (diff->alignment->rows, 1);
  g_assert_cmpfloat (row->emotion[0], ==, -2);
  g_assert_cmpfloat (row->emotion[1], ==, 1);
  row = g_ptr_array_index (diff->alignment->rows, 2);
  g_assert_false (row->matched);
}

/* A future from another copy of the file shares the ids. */
static void
test_diff_by_id (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "jewellery-web-shop.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TpLoadInfo info = { 0 };
  g_autoptr(TpProject) current = tp_format_load_file (file, &info, NULL, &error);
  g_autoptr(TpProject) future = NULL;
  g_autoptr(TpJourneyDiff) diff = NULL;
  TpJourney *a, *b;
  TpCard *card;

  g_assert_no_error (error);
  tp_load_info_clear (&info);
  future = tp_format_load_file (file, &info, NULL, &error);
  g_assert_no_error (error);
  tp_load_info_clear (&info);
  a = g_ptr_array_index (tp_project_get_journeys (current), 0);
  b = g_ptr_array_index (tp_project_get_journeys (future), 0);
  card = g_ptr_array_index (tp_journey_get_cards (b), 0);
  tp_project_set (future, card, "title", "A new title", NULL);

  diff = tp_analysis_diff (a, b);
  g_assert_cmpuint (diff->n_added + diff->n_removed + diff->n_moved, ==, 0);
  g_assert_cmpuint (diff->n_changed, ==, 1);
  g_assert_true (diff_of (diff, card)->by_id);
  g_assert_cmpint (diff_of (diff, card)->kind, ==, TP_CARD_DIFF_CHANGED);
  g_assert_cmpuint (diff->alignment->n_unmatched, ==, 0);
}

/* --- The examples -------------------------------------------------------- */

static TpProject *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name,
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TpLoadInfo info = { 0 };
  TpProject *project = tp_format_load_file (file, &info, NULL, &error);

  g_assert_no_error (error);
  tp_load_info_clear (&info);
  return project;
}

static guint
touchpoints_before (TpJourney *journey,
                    guint      phase)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  guint n = 0;

  for (guint i = 0; i < cards->len; i++)
    for (guint p = 0; p < phase; p++)
      n += tp_card_get_kind (g_ptr_array_index (cards, i)) == TP_CARD_KIND_TOUCHPOINT
           && g_strcmp0 (tp_card_get_phase (g_ptr_array_index (cards, i)),
                         tp_element_get_id (g_ptr_array_index (phases, p))) == 0;
  return n;
}

static void
test_examples (void)
{
  static const struct { const char *file; int purchase; } examples[] = {
    { "jewellery-web-shop.touchpoint", 3 },
    { "hotel-booking.touchpoint", 1 },
    { "clothing-store-visit.touchpoint", 3 },
  };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(TpProject) project = load_example (examples[e].file);
      TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
      g_autoptr(TpJourneyRollup) rollup = tp_analysis_rollup (journey, -1);
      g_autoptr(TpPainRanking) ranking = tp_analysis_rank_pain_points (journey, TP_RANK_BY_WEIGHT);
      g_autoptr(TpOpportunityMatrix) matrix = tp_analysis_opportunities (journey);
      guint n_cards = 0;

      g_test_message ("%s", examples[e].file);
      g_assert_cmpint (rollup->purchase_phase, ==, examples[e].purchase);
      g_assert_cmpuint (rollup->touchpoints_before_purchase, ==,
                        touchpoints_before (journey, examples[e].purchase));
      g_assert_cmpuint (rollup->touchpoints_before_purchase, >, 0);
      for (guint p = 0; p < rollup->n_phases; p++)
        n_cards += rollup->phases[p].n_cards;
      g_assert_cmpuint (n_cards, ==, tp_journey_get_cards (journey)->len);

      g_assert_cmpuint (ranking->items->len, >, 0);
      g_assert_cmpuint (ranking->n_vital, >, 0);
      g_assert_cmpuint (ranking->n_vital, <=, ranking->items->len);
      g_assert_cmpfloat_with_epsilon (item (ranking, ranking->items->len - 1)->cumulative, 1, 1e-9);
      g_assert_cmpuint (matrix->items->len, >, 0);
    }

  /* The web shop's current and future journeys share their phases. */
  {
    g_autoptr(TpProject) project = load_example ("jewellery-web-shop.touchpoint");
    GPtrArray *journeys = tp_project_get_journeys (project);
    g_autoptr(TpJourneyDiff) diff = tp_analysis_diff (g_ptr_array_index (journeys, 0),
                                                      g_ptr_array_index (journeys, 1));
    TpJourney *all[3] = { journeys->pdata[0], journeys->pdata[1], journeys->pdata[2] };
    g_autoptr(TpPhaseAlignment) overlay = tp_analysis_align (all, 3);

    g_assert_cmpuint (diff->alignment->n_unmatched, ==, 0);
    g_assert_cmpuint (diff->n_added, >, 0);
    g_assert_cmpuint (diff->n_removed, >, 0);
    /* The returning customer's journey has other phases: they are listed. */
    g_assert_cmpuint (overlay->n_unmatched, >, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/analysis/rollup", test_rollup);
  g_test_add_func ("/render/analysis/purchase-phase", test_purchase_phase);
  g_test_add_func ("/render/analysis/units", test_units);
  g_test_add_func ("/render/analysis/normalize", test_normalize);
  g_test_add_func ("/render/analysis/rank-pain-points", test_rank_pain_points);
  g_test_add_func ("/render/analysis/pareto", test_pareto);
  g_test_add_func ("/render/analysis/rank-fail-points", test_rank_fail_points);
  g_test_add_func ("/render/analysis/opportunities", test_opportunities);
  g_test_add_func ("/render/analysis/align", test_align);
  g_test_add_func ("/render/analysis/diff-by-title", test_diff_by_title);
  g_test_add_func ("/render/analysis/diff-by-id", test_diff_by_id);
  g_test_add_func ("/render/analysis/examples", test_examples);

  return g_test_run ();
}
