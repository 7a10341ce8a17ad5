/* tp-journey-route.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The connections of a journey, as the journey map shows them when asked:
 * orthogonal arrows between card edges that never cross a card.
 *
 * The journey map needs no search: a card never reaches its column's edge
 * (cells have padding, emotion chips keep 3 units of room), and no card
 * reaches the top of its row, so every column boundary and every row
 * boundary is a free channel across the whole map. An arrow leaves a card
 * by the side facing the other card (an emotion chip, whose neighbours
 * stand beside it, by its top to its row's top boundary), runs along the
 * column boundary next to it, crosses the columns between along the row
 * boundary nearest to both ends, runs down the column boundary next to the
 * other card and enters it the same way: at most four bends. Arrows that
 * share a channel are set a little apart (three tracks) so that they can be
 * told apart. The arrows come as TpBlueprintRoute, so the blueprint's
 * painter draws them, with its line styles for the connection kinds.
 */

#pragma once

#include <glib.h>

#include "tp-blueprint-route.h"
#include "tp-journey-layout.h"

G_BEGIN_DECLS

typedef struct _TpJourneyRoutes TpJourneyRoutes;

/** tp_journey_routes_new: an arrow for every connection of the layout's journey whose two cards
 * are laid out (hidden lanes hide their cards' arrows). */
TpJourneyRoutes        *tp_journey_routes_new        (TpJourneyLayout *layout);
void                    tp_journey_routes_free       (TpJourneyRoutes *routes);
guint                   tp_journey_routes_get_n_routes (TpJourneyRoutes *routes);
const TpBlueprintRoute *tp_journey_routes_get_route  (TpJourneyRoutes *routes,
                                                      guint            i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpJourneyRoutes, tp_journey_routes_free)

G_END_DECLS
