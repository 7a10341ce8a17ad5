/* tp-card-palette.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of buttons, one per card kind: drag one onto a cell of the map
 * (it offers a TP_TYPE_CARD_KIND value, "application/x-touchpoint-card-kind"
 * — the kind's nick — between programs), or click it to add such a card to
 * the selected cell (the ::add-card signal). Only the map takes that type,
 * so files dropped on the map reach the window, which opens them.
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_TYPE_CARD_PALETTE (tp_card_palette_get_type ())

G_DECLARE_FINAL_TYPE (TpCardPalette, tp_card_palette, TP, CARD_PALETTE, GtkWidget)

#define TP_CARD_KIND_MIME_TYPE "application/x-touchpoint-card-kind"

GtkWidget *tp_card_palette_new (void);
/** tp_card_kind_register_content_formats: lets GDK carry TP_TYPE_CARD_KIND in drag and drop. */
void       tp_card_kind_register_content_formats (void);

G_END_DECLS
