/* tp-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole Touchpoint model. Pure GObject + GLib (+ json-glib for unknown
 * members); never GTK.
 */

#pragma once

#include "tp-enums.h"
#include "tp-element.h"
#include "tp-project.h"
#include "tp-persona.h"
#include "tp-journey.h"
#include "tp-phase.h"
#include "tp-lane.h"
#include "tp-card.h"
#include "tp-card-kind.h"
#include "tp-metric.h"
#include "tp-connection.h"
#include "tp-floor-plan.h"
#include "tp-zone.h"
#include "tp-placement.h"
#include "tp-templates.h"
