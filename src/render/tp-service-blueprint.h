/* tp-service-blueprint.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint as a TpView ("blueprint"): the customer's steps
 * across, the blueprint rows down, the lines of interaction, visibility and
 * internal interaction, routed arrows and hand-offs, over TpBlueprintLayout,
 * TpBlueprintRoutes, TpBlueprintAnalysis and the blueprint painter. Steps are
 * the customer's steps (columns); a tall step is paged between rows with the
 * phase headers and row labels pinned. The table (CSV) has a row per
 * blueprint row and a column per step.
 */

#pragma once

#include "tp-view-base.h"
#include "tp-blueprint-analysis.h"
#include "tp-blueprint-layout.h"
#include "tp-blueprint-route.h"

G_BEGIN_DECLS

#define TP_TYPE_SERVICE_BLUEPRINT (tp_service_blueprint_get_type ())

G_DECLARE_FINAL_TYPE (TpServiceBlueprint, tp_service_blueprint, TP, SERVICE_BLUEPRINT, TpViewBase)

/** tp_service_blueprint_get_layout: the layout drawn (borrowed; for the blueprint's own canvas). */
TpBlueprintLayout   *tp_service_blueprint_get_layout   (TpServiceBlueprint *self);
TpBlueprintRoutes   *tp_service_blueprint_get_routes   (TpServiceBlueprint *self);
TpBlueprintAnalysis *tp_service_blueprint_get_analysis (TpServiceBlueprint *self);

G_END_DECLS
