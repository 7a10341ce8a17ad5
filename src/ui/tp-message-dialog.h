/* tp-message-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Message dialogs and buttons whose accessible names are what people hear:
 * GTK 4.8 gives a button with a mnemonic its raw label ("_Recover") as its
 * accessible name, so screen readers spell out the underscore.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/** tp_strip_mnemonic: @label without its mnemonic underscores ("_Save" → "Save", "__" → "_"). */
char             *tp_strip_mnemonic              (const char *label);
/** tp_button_announce_label: names @button by its label without the mnemonic, now and when the label changes. */
void              tp_button_announce_label       (GtkButton  *button);
/** tp_message_dialog_new: a modal AdwMessageDialog whose response buttons are named without mnemonics. */
AdwMessageDialog *tp_message_dialog_new          (GtkWindow  *parent,
                                                  const char *heading,
                                                  const char *body);

/** tp_message_dialog_show_refused: tells, over @widget's window, that the file @name cannot be
 *  used and why (@reason, from the loader); @heading names what it was for ("The Photo Cannot Be
 *  Used"). One Close button. */
void              tp_message_dialog_show_refused (GtkWidget  *widget,
                                                  const char *heading,
                                                  const char *name,
                                                  const char *reason);

G_END_DECLS
