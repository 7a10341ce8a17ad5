/* tp-presentation-emphasis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What presentation mode draws over a view to make it read on a projector:
 * the view's pinned headers (a journey map's lane and phase headers) at the
 * left and top edges like sticky headers, so that whichever part is shown,
 * it is clear which lane and phase it is; and the projector colour set
 * itself. Each view emphasises its spotlighted step itself (the journey
 * map's in tp-journey-map-emphasis.c). Pure cairo; no GTK.
 */

#pragma once

#include <cairo.h>
#include "tp-rect.h"
#include "tp-theme.h"
#include "tp-presentation-steps.h"

G_BEGIN_DECLS

/* Where the pinned headers go on the screen (device pixels) and how they
 * show, for one frame. */
typedef struct {
  double  alpha;          /* 0 = not at all (overview) … 1 = fully (a phase) */
  TpRect  phase_strip;    /* band across the top: the phase headers */
  TpRect  lane_strip;     /* column down the left, under the band: the lane headers */
  TpRect  corner;         /* where band and column meet: the journey's title */
  TpRect  cover;          /* below the page: covered, so that no lane shows cut */
  int     lit_column[2];  /* the spotlighted columns (-1 = none) … */
  double  lit[2];         /* … and how strongly each is lit, 0 … 1 */
} TpPresentationPins;

/** tp_presentation_pins_place: the pins of a frame going from stop @from to stop @to at progress @t, seen through @camera: @view's pinned headers at the top left of @map (widget pixels), the lane headers down to @bottom (the caption), on a @width wide screen. */
void tp_presentation_pins_place       (TpPresentationPins         *pins,
                                       TpView                     *view,
                                       const TpPresentationCamera *camera,
                                       const TpRect               *map,
                                       double                      bottom,
                                       double                      width,
                                       const TpPresentationStop   *from,
                                       const TpPresentationStop   *to,
                                       double                      t);

/** tp_presentation_paint_pins: paints @pins over the map that @camera shows: @view's pinned headers at the zoom of @camera, aligned with their columns and rows. */
void tp_presentation_paint_pins       (cairo_t                    *cr,
                                       TpView                     *view,
                                       const TpTheme              *theme,
                                       const TpPresentationCamera *camera,
                                       const TpPresentationPins   *pins,
                                       const cairo_font_options_t *font_options);

G_END_DECLS
