/* tp-test-journey.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journeys built in code through the model API, shared by the render tests
 * and the render benchmark.
 */

#pragma once

#include "model/tp-model.h"

G_BEGIN_DECLS

/** tp_test_add_phase: appends a phase with @id and @title (and @color, may be NULL). */
TpPhase   *tp_test_add_phase   (TpProject  *project,
                                TpJourney  *journey,
                                const char *id,
                                const char *title,
                                const char *description,
                                const char *color);
TpLane    *tp_test_add_lane    (TpProject  *project,
                                TpJourney  *journey,
                                const char *id,
                                TpLaneKind  kind,
                                const char *title);
TpCard    *tp_test_add_emotion (TpProject  *project,
                                TpPhase    *phase,
                                TpLane     *lane,
                                const char *title,
                                const char *feeling,
                                int         score);
/** tp_test_bike_journey_new: "Buying a bike" — five phases, six lanes (one hidden), cards of every
 * kind. */
TpProject *tp_test_bike_journey_new (TpJourney **journey);

G_END_DECLS
