/* tp-journey.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One journey: phases (columns), lanes (rows), cards in cells, connections and
 * the placements of its touchpoints on a floor plan.
 * Properties: "id", "title", "persona" (persona id or NULL), "floor-plan" (id or NULL),
 * "state" (TpJourneyState), "lens" (TpLens), "notes", "current-state" (for a future state: the id
 * of the journey it was made from, or NULL).
 * Lists: TP_LIST_PHASES, TP_LIST_LANES, TP_LIST_CARDS, TP_LIST_CONNECTIONS, TP_LIST_PLACEMENTS.
 */

#pragma once

#include "tp-connection.h"
#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_JOURNEY (tp_journey_get_type ())

G_DECLARE_FINAL_TYPE (TpJourney, tp_journey, TP, JOURNEY, TpElement)

typedef struct _TpCard TpCard;
typedef struct _TpPhase TpPhase;
typedef struct _TpLane TpLane;

TpJourney   *tp_journey_new              (const char *id);
const char  *tp_journey_get_title        (TpJourney  *self);
const char  *tp_journey_get_persona      (TpJourney  *self);
const char  *tp_journey_get_floor_plan   (TpJourney  *self);
TpJourneyState tp_journey_get_state      (TpJourney  *self);
TpLens       tp_journey_get_lens         (TpJourney  *self);
const char  *tp_journey_get_notes        (TpJourney  *self);
const char  *tp_journey_get_current_state (TpJourney *self);
GPtrArray   *tp_journey_get_phases       (TpJourney  *self);
GPtrArray   *tp_journey_get_lanes        (TpJourney  *self);
GPtrArray   *tp_journey_get_cards        (TpJourney  *self);
GPtrArray   *tp_journey_get_connections  (TpJourney  *self);
GPtrArray   *tp_journey_get_placements   (TpJourney  *self);
/** tp_journey_find_connection: the arrow from card @from_id to card @to_id, or NULL. */
TpConnection *tp_journey_find_connection (TpJourney  *self,
                                          const char *from_id,
                                          const char *to_id);
/** tp_journey_get_cell_cards: the cards of cell (@phase, @lane) in order (transfer container). */
GPtrArray   *tp_journey_get_cell_cards   (TpJourney  *self,
                                          TpPhase    *phase,
                                          TpLane     *lane);
/** tp_journey_get_emotion_cards: emotion cards in journey order: by phase, then lane, then card order (transfer container). */
GPtrArray   *tp_journey_get_emotion_cards (TpJourney *self);
/** tp_journey_suggest_phase_color: the colour for a phase inserted at @index: the first of the
 *  palette no phase uses, else the first that differs from both neighbours (static string). */
const char  *tp_journey_suggest_phase_color (TpJourney *self,
                                             guint      index);

G_END_DECLS
