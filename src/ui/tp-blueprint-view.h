/* tp-blueprint-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint of a journey on the canvas: customer steps across,
 * the blueprint rows down with the lines of interaction, visibility and
 * internal interaction, arrows routed at right angles between the cards.
 * A thin TpCanvas subclass over the blueprint layout, routes, analysis and
 * painter of src/render/; zoom, scroll, selection and drags are the canvas's.
 */

#pragma once

#include "tp-canvas.h"

G_BEGIN_DECLS

#define TP_TYPE_BLUEPRINT_VIEW (tp_blueprint_view_get_type ())

G_DECLARE_FINAL_TYPE (TpBlueprintView, tp_blueprint_view, TP, BLUEPRINT_VIEW, TpCanvas)

GtkWidget *tp_blueprint_view_new (void);

G_END_DECLS
