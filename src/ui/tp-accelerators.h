/* tp-accelerators.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys that have a twin on the numeric keypad (Enter, Delete, the arrows).
 * GTK shows, next to a menu item, the shortcut of its action that was
 * registered last; these register the keypad twin first, so menus say
 * "Enter" and "Delete", never "KP Enter" or "KP Delete".
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/** tp_widget_class_add_binding_action_with_keypad: binds @keyval and @keypad_keyval (with @mods)
 * to the widget action @action; menus show @keyval. */
void tp_widget_class_add_binding_action_with_keypad (GtkWidgetClass        *widget_class,
                                                     guint                  keyval,
                                                     guint                  keypad_keyval,
                                                     GdkModifierType        mods,
                                                     const char            *action);
/** tp_shortcut_controller_add_with_keypad: adds shortcuts @accel and @keypad_accel (strings as
 * gtk_shortcut_trigger_parse_string() reads them; @keypad_accel may be NULL) for the action
 * @action; menus show @accel. */
void tp_shortcut_controller_add_with_keypad         (GtkShortcutController *controller,
                                                     const char            *accel,
                                                     const char            *keypad_accel,
                                                     const char            *action);

G_END_DECLS
