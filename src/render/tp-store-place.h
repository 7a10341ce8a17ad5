/* tp-store-place.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Putting touchpoints on the plan: which of a journey's touchpoint cards
 * have stops, where in the walk a newly placed card's stop goes (after the
 * stops of the cards before it in the journey), and where on the floor a
 * stop lands when no point is given (next to the stop before it, else the
 * middle of the part of the plan in view), off shelves, walls and other
 * stops. Pure; metres.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"
#include "tp-store-layout.h"

G_BEGIN_DECLS

/* How far apart (metres) stops are put when no point is given. */
#define TP_STORE_PLACE_SPACING 1.5

/** tp_store_touchpoint_cards: @journey's touchpoint cards in journey order (by phase, then their
 *  order in the journey) (transfer container). */
GPtrArray *tp_store_touchpoint_cards     (TpJourney           *journey);
/** tp_store_card_stops: the stop numbers (1-based, walking order) of @card in @journey's
 *  placements (transfer full); empty when the card is not on the plan. */
GArray    *tp_store_card_stops           (TpJourney           *journey,
                                          TpCard              *card);
/** tp_store_place_index: where in @journey's placements a new stop of @card goes: after the last
 *  stop of a card that comes before @card in the journey (by phase, then order), else first. */
guint      tp_store_place_index          (TpJourney           *journey,
                                          TpCard              *card);
/** tp_store_suggest_place: a free walkable point of @layout's plan near @near (metres): @near
 *  itself when it is free, else the nearest free point found on rings TP_STORE_PLACE_SPACING
 *  apart; free means not in a shelf, wall or obstacle and not within a spacing of a stop of
 *  the walk nor of the points in @taken (TpPoint, may be NULL). */
TpPoint    tp_store_suggest_place        (const TpStoreLayout *layout,
                                          TpPoint              near,
                                          GArray              *taken);

G_END_DECLS
