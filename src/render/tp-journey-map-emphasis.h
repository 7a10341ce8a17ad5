/* tp-journey-map-emphasis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the journey map emphasises the phase presentation mode spotlights: its
 * emotion points and pain points drawn again, enlarged within their column
 * and ringed in their colour, so that they read on a projector. The journey
 * map's own (its TpView emphasis); presentation knows nothing of the
 * journey's layout. Pure cairo; no GTK.
 */

#pragma once

#include <cairo.h>
#include "tp-journey-layout.h"
#include "tp-theme.h"

G_BEGIN_DECLS

/** tp_journey_map_emphasis_place: how an emphasised card of @box is drawn at @strength: it
 *  grows by @growth (≥ 1) about its centre, moved across by @shift, and covers @bounds with its
 *  ring (map units), inside its column. Any may be NULL. */
void tp_journey_map_emphasis_place   (TpJourneyLayout *layout,
                                      const TpTheme   *theme,
                                      const TpCardBox *box,
                                      double           strength,
                                      double          *growth,
                                      double          *shift,
                                      TpRect          *bounds);

/** tp_journey_map_emphasise_column: emphasises the emotion and pain-point cards of @column, at
 *  @strength 0 … 1 (fading in and out); map units, @zoom = device pixels per unit. */
void tp_journey_map_emphasise_column (cairo_t         *cr,
                                      TpJourneyLayout *layout,
                                      const TpTheme   *theme,
                                      guint            column,
                                      double           zoom,
                                      double           strength);

G_END_DECLS
