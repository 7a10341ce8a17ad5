/* tp-presentation-emphasis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What presentation mode stresses in the spotlighted phase of a journey map:
 * its emotion points and pain points, drawn again enlarged and ringed in
 * their colour, over the map as the painter drew it. Pure cairo; no GTK.
 */

#pragma once

#include <cairo.h>
#include "tp-journey-layout.h"
#include "tp-theme.h"

G_BEGIN_DECLS

/** tp_presentation_emphasise_column: emphasises the emotion and pain-point cards of @column, at @strength 0 … 1 (fading in and out); map units, @zoom = device pixels per unit. */
void tp_presentation_emphasise_column (cairo_t         *cr,
                                       TpJourneyLayout *layout,
                                       const TpTheme   *theme,
                                       guint            column,
                                       double           zoom,
                                       double           strength);

G_END_DECLS
