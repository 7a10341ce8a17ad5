/* tp-journey-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map: a TpCanvas (which owns zoom, scroll, the shared
 * selection, the rubber band, dragging and the node cache) over the pure
 * layout, hit-testing and painting of src/render/. What it adds: cells and
 * headers as places to select, sticky phase and lane headers that reorder
 * by dragging, titles renamed in place, the context menu and moves by
 * whole cells.
 *
 * Drag and drop from the card palette: the palette offers a TP_TYPE_CARD_KIND
 * value; the view accepts it on a cell and adds such a card there (one undo
 * step). The view takes nothing else, so a file dropped on it reaches the
 * window's drop target.
 *
 * Widget actions installed by the view, besides the canvas's view.zoom-* and view.select-all
 * (the window's win.NAME forwards to view.NAME of the view shown): view.rename (edit the
 * selected title in place), view.add (Enter: a card after the selected card, or in the
 * selected cell), view.move-left/right/up/down (Ctrl+arrows: move the selected cards, all by
 * one cell). Plain arrows move the selection through cards, empty cells and headers;
 * Delete, copy/paste, undo live in the window.
 */

#pragma once

#include "tp-canvas.h"

G_BEGIN_DECLS

#define TP_TYPE_JOURNEY_VIEW (tp_journey_view_get_type ())

G_DECLARE_FINAL_TYPE (TpJourneyView, tp_journey_view, TP, JOURNEY_VIEW, TpCanvas)

GtkWidget   *tp_journey_view_new           (void);
/** tp_journey_view_warm_up: paints a sample journey the way the map's first frame of a project
 * paints, onto scratch images, so that its fonts, glyphs and sprites are ready before it; in
 * steps of a few milliseconds, stopping when @go_on (if not NULL) returns FALSE. */
void         tp_journey_view_warm_up       (TpJourneyView *self,
                                            GSourceFunc    go_on,
                                            gpointer       data);
/** "show-connections" property: whether the journey's connections are drawn as arrows
 * between the cards (off at first; the window's win.show-connections toggles it). */
void         tp_journey_view_set_show_connections (TpJourneyView *self,
                                                   gboolean       show);
gboolean     tp_journey_view_get_show_connections (TpJourneyView *self);
/** tp_journey_view_set_show_rollup: the figures of each phase (conversion, funnel, time, CSAT,
 *  NPS, evidence, touchpoints before the purchase) under its header. A way of looking, like the
 *  zoom: not in the file, no undo step. */
void         tp_journey_view_set_show_rollup      (TpJourneyView *self,
                                                   gboolean       show);
gboolean     tp_journey_view_get_show_rollup      (TpJourneyView *self);
/** tp_journey_view_add_card: adds an untitled card of @kind to the cell (@phase, @lane) of the
 * shown journey at @index_in_cell (-1 = the end), selects it and opens its title for typing. Every
 * way of adding a card in the editor goes through here. Returns the card (borrowed) or NULL. */
TpCard      *tp_journey_view_add_card      (TpJourneyView *self,
                                            TpPhase       *phase,
                                            TpLane        *lane,
                                            int            index_in_cell,
                                            TpCardKind     kind);

G_END_DECLS
