/* tp-test-journey.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-test-journey.h"

TpPhase *
tp_test_add_phase (TpProject  *project,
                   TpJourney  *journey,
                   const char *id,
                   const char *title,
                   const char *description,
                   const char *color)
{
  g_autoptr(TpPhase) phase = tp_phase_new (id);

  g_object_set (phase, "title", title, NULL);
  if (description != NULL)
    g_object_set (phase, "description", description, NULL);
  if (color != NULL)
    g_object_set (phase, "color", color, NULL);
  tp_project_insert (project, journey, TP_LIST_PHASES, -1, phase);
  return phase;
}

TpLane *
tp_test_add_lane (TpProject  *project,
                  TpJourney  *journey,
                  const char *id,
                  TpLaneKind  kind,
                  const char *title)
{
  g_autoptr(TpLane) lane = tp_lane_new (id, kind);

  g_object_set (lane, "title", title, NULL);
  tp_project_insert (project, journey, TP_LIST_LANES, -1, lane);
  return lane;
}

TpCard *
tp_test_add_emotion (TpProject  *project,
                     TpPhase    *phase,
                     TpLane     *lane,
                     const char *title,
                     const char *feeling,
                     int         score)
{
  TpCard *card = tp_project_add_card (project, phase, lane, -1, TP_CARD_KIND_EMOTION, title);

  tp_project_set (project, card,
                  "feeling", feeling,
                  "emotion-score", score,
                  "evidence", TP_EVIDENCE_OBSERVED,
                  NULL);
  return card;
}

/* Cards of the example are observed unless they say otherwise. */
static TpCard *
add_card (TpProject  *project,
          TpPhase    *phase,
          TpLane     *lane,
          int         index,
          TpCardKind  kind,
          const char *title)
{
  TpCard *card = tp_project_add_card (project, phase, lane, index, kind, title);

  tp_project_set (project, card, "evidence", TP_EVIDENCE_OBSERVED, NULL);
  return card;
}

static TpCard *
add_touchpoint (TpProject  *project,
                TpPhase    *phase,
                TpLane     *lane,
                const char *title,
                TpChannel   channel,
                const char *department,
                TpEvidence  evidence)
{
  TpCard *card = add_card (project, phase, lane, -1, TP_CARD_KIND_TOUCHPOINT, title);

  tp_project_set (project, card,
                  "channel", channel,
                  "department", department,
                  "evidence", evidence,
                  NULL);
  return card;
}

TpProject *
tp_test_bike_journey_new (TpJourney **out_journey)
{
  TpProject *project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("journey-bike");
  TpPhase *discover, *consider, *decide, *buy, *after;
  TpLane *doing, *feeling, *hidden, *touch, *pain, *chance;
  TpCard *card;

  tp_project_set_id_seed (project, 42);
  g_object_set (journey, "title", "Buying a bike", NULL);
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);

  discover = tp_test_add_phase (project, journey, "phase-discover", "Discovery",
                                "Notice a need", "#3584e4");
  consider = tp_test_add_phase (project, journey, "phase-consider", "Consideration",
                                "Compare options", "#2ec27e");
  decide = tp_test_add_phase (project, journey, "phase-decide", "Decision",
                              "Pick the right bike", "#e5a50a");
  buy = tp_test_add_phase (project, journey, "phase-buy", "Purchase", "Pay and collect", NULL);
  after = tp_test_add_phase (project, journey, "phase-after", "After-purchase",
                             "Ride, service, recommend", "#9141ac");

  doing = tp_test_add_lane (project, journey, "lane-doing", TP_LANE_KIND_ACTIVITY,
                            "Customer activity");
  feeling = tp_test_add_lane (project, journey, "lane-feeling", TP_LANE_KIND_FEELINGS, "Feelings");
  hidden = tp_test_add_lane (project, journey, "lane-thoughts", TP_LANE_KIND_THOUGHTS, "Thoughts");
  tp_project_set (project, hidden, "hidden-in-map", TRUE, NULL);
  touch = tp_test_add_lane (project, journey, "lane-touch", TP_LANE_KIND_TOUCHPOINTS,
                            "Touchpoints");
  pain = tp_test_add_lane (project, journey, "lane-pain", TP_LANE_KIND_PAIN_POINTS, "Pain points");
  chance = tp_test_add_lane (project, journey, "lane-chance", TP_LANE_KIND_OPPORTUNITIES,
                             "Opportunities");

  add_card (project, discover, doing, -1, TP_CARD_KIND_ACTIVITY,
                       "Sees friends cycling to work");
  card = add_card (project, discover, doing, -1, TP_CARD_KIND_ACTIVITY,
                              "Searches for commuter bikes");
  tp_project_set (project, card, "description", "Mostly on the phone, in the evening", NULL);
  add_card (project, consider, doing, -1, TP_CARD_KIND_ACTIVITY,
                       "Reads reviews and compares prices");
  card = add_card (project, decide, doing, -1, TP_CARD_KIND_ACTIVITY,
                              "Test rides two bikes in the shop");
  tp_project_set (project, card, "evidence", TP_EVIDENCE_ASSUMED, NULL);
  add_card (project, buy, doing, -1, TP_CARD_KIND_ACTIVITY, "Pays and books a fitting");
  card = add_card (project, after, doing, -1, TP_CARD_KIND_ACTIVITY,
                              "Brings the bike for its first service");
  tp_project_set (project, card, "evidence", TP_EVIDENCE_PROPOSED, NULL);

  add_card (project, discover, hidden, -1, TP_CARD_KIND_THOUGHT, "Is it safe?");

  tp_test_add_emotion (project, discover, feeling, "Inspired", "curious", 1);
  tp_test_add_emotion (project, consider, feeling, "Too many models", "overwhelmed", -2);
  card = tp_test_add_emotion (project, consider, feeling, "Unclear sizes", "confused", -3);
  tp_project_set (project, card, "moment-that-matters", TRUE, NULL);
  tp_test_add_emotion (project, decide, feeling, "Great test ride", "confident", 2);
  card = tp_test_add_emotion (project, buy, feeling, "Waiting at the till", "impatient", -1);
  tp_project_set (project, card, "evidence", TP_EVIDENCE_ASSUMED, NULL);
  card = tp_test_add_emotion (project, after, feeling, "Loves the ride", "delighted", 3);
  tp_project_set (project, card, "moment-that-matters", TRUE, NULL);

  add_touchpoint (project, discover, touch, "Instagram post", TP_CHANNEL_SOCIAL, "Marketing",
                  TP_EVIDENCE_OBSERVED);
  add_touchpoint (project, consider, touch, "Web shop product pages", TP_CHANNEL_WEB, "E-commerce",
                  TP_EVIDENCE_OBSERVED);
  add_touchpoint (project, consider, touch, "Size guide", TP_CHANNEL_WEB, "Product",
                  TP_EVIDENCE_ASSUMED);
  card = add_touchpoint (project, decide, touch, "Shop floor staff", TP_CHANNEL_STORE, "Sales",
                         TP_EVIDENCE_OBSERVED);
  tp_project_set (project, card, "moment-that-matters", TRUE, NULL);
  add_touchpoint (project, buy, touch, "Checkout", TP_CHANNEL_STORE, "Sales", TP_EVIDENCE_OBSERVED);
  add_touchpoint (project, after, touch, "Service reminder", TP_CHANNEL_EMAIL, "Service",
                  TP_EVIDENCE_PROPOSED);

  card = add_card (project, consider, pain, -1, TP_CARD_KIND_PAIN_POINT,
                              "Frame sizes explained differently per brand");
  tp_project_set (project, card, "severity", 4, NULL);
  card = add_card (project, buy, pain, -1, TP_CARD_KIND_PAIN_POINT,
                              "Queue at the only open till");
  tp_project_set (project, card, "severity", 2, NULL);

  card = add_card (project, consider, chance, -1, TP_CARD_KIND_OPPORTUNITY,
                              "One size chart across brands");
  tp_project_set (project, card, "impact", 5, "effort", 2, "evidence", TP_EVIDENCE_PROPOSED, NULL);
  add_card (project, after, chance, -1, TP_CARD_KIND_NOTE, "Invite to group rides");

  tp_project_clear_history (project);
  if (out_journey != NULL)
    *out_journey = journey;
  return project;
}
