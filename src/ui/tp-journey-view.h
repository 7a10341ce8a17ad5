/* tp-journey-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey-map canvas: a GtkWidget with a snapshot vfunc that is thin glue
 * over the pure layout, hit-testing and painting of src/render/.
 *
 * Drag and drop from the card palette: the palette offers a TP_TYPE_CARD_KIND
 * value; the view accepts it on a cell and adds such a card there (one undo
 * step). The view takes nothing else, so a file dropped on it reaches the
 * window's drop target.
 *
 * Widget actions installed by the view (for menus, shortcuts and the window):
 *   journey.zoom-in, journey.zoom-out, journey.zoom-reset, journey.zoom-fit,
 *   journey.rename (edit the selected title in place), journey.add-card-after (Enter: a card
 *   after the selected card, or in the selected cell), journey.move-left/right/up/down
 *   (Ctrl+arrows: move the selected cards, all by one cell), journey.clear-selection (Escape).
 * Plain arrows move the selection through cards, empty cells and headers; Delete, copy/paste,
 * undo live in the window.
 */

#pragma once

#include <gtk/gtk.h>
#include "model/tp-model.h"
#include "doc/tp-selection.h"

G_BEGIN_DECLS

#define TP_TYPE_JOURNEY_VIEW (tp_journey_view_get_type ())

G_DECLARE_FINAL_TYPE (TpJourneyView, tp_journey_view, TP, JOURNEY_VIEW, GtkWidget)

GtkWidget   *tp_journey_view_new           (void);
void         tp_journey_view_set_project   (TpJourneyView *self,
                                            TpProject     *project);
TpProject   *tp_journey_view_get_project   (TpJourneyView *self);
void         tp_journey_view_set_journey   (TpJourneyView *self,
                                            TpJourney     *journey);
TpJourney   *tp_journey_view_get_journey   (TpJourneyView *self);
void         tp_journey_view_set_selection (TpJourneyView *self,
                                            TpSelection   *selection);
/** "zoom" property: 1.0 = 100 %. Clamped to 0.1 … 4.0. */
double       tp_journey_view_get_zoom      (TpJourneyView *self);
void         tp_journey_view_set_zoom      (TpJourneyView *self,
                                            double         zoom);
void         tp_journey_view_zoom_to_fit   (TpJourneyView *self);
/** tp_journey_view_add_card: adds an untitled card of @kind to the cell (@phase, @lane) of the
 * shown journey at @index_in_cell (-1 = the end), selects it and opens its title for typing. Every
 * way of adding a card in the editor goes through here. Returns the card (borrowed) or NULL. */
TpCard      *tp_journey_view_add_card      (TpJourneyView *self,
                                            TpPhase       *phase,
                                            TpLane        *lane,
                                            int            index_in_cell,
                                            TpCardKind     kind);
/** tp_journey_view_scroll_to: makes @element visible. */
void         tp_journey_view_scroll_to     (TpJourneyView *self,
                                            TpElement     *element);
/** tp_journey_view_get_scroll / set_scroll: top-left of the viewport in map units (presentation restores it). */
void         tp_journey_view_get_scroll    (TpJourneyView *self,
                                            double        *x,
                                            double        *y);
void         tp_journey_view_set_scroll    (TpJourneyView *self,
                                            double         x,
                                            double         y);

G_END_DECLS
