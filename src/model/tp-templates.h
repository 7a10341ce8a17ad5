/* tp-templates.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey templates ("lenses") of PRODUCT.md §3.
 */

#pragma once

#include "tp-project.h"
#include "tp-journey.h"

G_BEGIN_DECLS

/** tp_template_get_label: translated name of the template for @lens ("Five phases"). */
const char *tp_template_get_label       (TpLens      lens);
/** tp_template_get_description: one translated sentence describing the template. */
const char *tp_template_get_description (TpLens      lens);
/** tp_template_add_journey: adds a journey made from @lens (phases, lanes, example cards;
 *  the store visit also a floor plan) to @project as one undo step, and returns it. */
TpJourney  *tp_template_add_journey     (TpProject  *project,
                                         TpLens      lens);
/** tp_template_phase_color: the colour templates give their @index-th phase ("#99c1f1"). */
const char *tp_template_phase_color     (guint       index);
/** tp_template_new_project: a new untitled project holding one journey from @lens, no history. */
TpProject  *tp_template_new_project     (TpLens      lens);

G_END_DECLS
