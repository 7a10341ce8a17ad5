/* tp-card-palette.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of buttons, one per card kind: drag one onto a cell of the map
 * (it offers the string TP_CARD_KIND_DRAG_PREFIX "NICK"), or click it to add
 * such a card to the selected cell (the ::add-card signal).
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_TYPE_CARD_PALETTE (tp_card_palette_get_type ())

G_DECLARE_FINAL_TYPE (TpCardPalette, tp_card_palette, TP, CARD_PALETTE, GtkWidget)

GtkWidget *tp_card_palette_new (void);

G_END_DECLS
