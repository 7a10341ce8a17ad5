/* tp-test-blueprint.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A generated service blueprint for the routing tests and benchmarks: five
 * blueprint lanes, phases of two to five customer steps, frontstage,
 * backstage, support and evidence cards, and connections that mostly follow
 * the service (step → frontstage → backstage → support, step → next step)
 * with some that reach a few phases away. Built without history, as the
 * loader builds a project; the same seed gives the same blueprint.
 */

#pragma once

#include "model/tp-model.h"

G_BEGIN_DECLS

/** tp_test_blueprint_new: a project with one journey of @n_cards cards and @n_connections
 * connections (when the cards allow that many). */
TpProject *tp_test_blueprint_new (guint       n_cards,
                                  guint       n_connections,
                                  guint32     seed,
                                  TpJourney **journey);

G_END_DECLS
