/* tp-present-button.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header bar's "Present" button (action win.present) and, when more
 * than one monitor is connected, a menu beside it to choose the monitor to
 * present on (action win.present-on-monitor, the monitor's index in
 * gdk_display_get_monitors()).
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TP_TYPE_PRESENT_BUTTON (tp_present_button_get_type ())

G_DECLARE_FINAL_TYPE (TpPresentButton, tp_present_button, TP, PRESENT_BUTTON, GtkBox)

GtkWidget *tp_present_button_new               (void);
/** tp_present_button_get_monitor_menu: the monitor choices (visible only when there are several). */
GtkWidget *tp_present_button_get_monitor_menu  (TpPresentButton *self);

G_END_DECLS
