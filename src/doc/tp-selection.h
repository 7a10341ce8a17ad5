/* tp-selection.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The set of selected elements of one window, shared by the canvas views,
 * the outline and the inspector. View state, never saved. Emits "changed".
 * Instead of elements, one cell of a journey map — a (phase, lane) pair — can
 * be selected: an empty place where a new card would go. The "cursor cell"
 * is that cell, or the cell of the primary card, so the palette, the menus
 * and Enter all add cards where the person is.
 * Elements removed from the project are dropped from the selection by the
 * owner (the window) when TpProject::changed reports TP_CHANGE_REMOVED.
 */

#pragma once

#include <glib-object.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_TYPE_SELECTION (tp_selection_get_type ())

G_DECLARE_FINAL_TYPE (TpSelection, tp_selection, TP, SELECTION, GObject)

TpSelection *tp_selection_new         (void);
/** tp_selection_get_items: selected elements in selection order (borrowed). */
GPtrArray   *tp_selection_get_items   (TpSelection *self);
guint        tp_selection_get_count   (TpSelection *self);
/** tp_selection_get_primary: the most recently selected element, or NULL. */
TpElement   *tp_selection_get_primary (TpSelection *self);
gboolean     tp_selection_contains    (TpSelection *self,
                                       TpElement   *element);
/** tp_selection_set: replaces the selection (NULL/0 clears). */
void         tp_selection_set         (TpSelection *self,
                                       TpElement  **elements,
                                       guint        n_elements);
void         tp_selection_set_one     (TpSelection *self,
                                       TpElement   *element);
void         tp_selection_add         (TpSelection *self,
                                       TpElement   *element);
void         tp_selection_remove      (TpSelection *self,
                                       TpElement   *element);
void         tp_selection_toggle      (TpSelection *self,
                                       TpElement   *element);
/** tp_selection_clear: selects nothing, neither elements nor a cell. */
void         tp_selection_clear       (TpSelection *self);
/** tp_selection_set_cell: selects the cell (@phase, @lane) of one journey instead of elements. */
void         tp_selection_set_cell    (TpSelection *self,
                                       TpPhase     *phase,
                                       TpLane      *lane);
/** tp_selection_get_cell: the selected cell (borrowed), FALSE when no cell is selected. */
gboolean     tp_selection_get_cell    (TpSelection *self,
                                       TpPhase    **phase,
                                       TpLane     **lane);
/** tp_selection_get_cursor_cell: the selected cell, or else the cell of the primary card;
 * FALSE when there is neither. */
gboolean     tp_selection_get_cursor_cell (TpSelection *self,
                                       TpPhase    **phase,
                                       TpLane     **lane);

G_END_DECLS
