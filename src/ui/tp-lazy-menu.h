/* tp-lazy-menu.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkMenuButton builds its popover's widgets as soon as it is given a menu
 * model; these build them when the menu first opens (issue #12: nothing the
 * first window does not show is built before it shows).
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @model becomes @button's menu when it next opens (again after each call). */
void tp_menu_button_set_menu_lazily    (GtkMenuButton *button,
                                        GMenuModel    *model);

/* @create makes @button's popover (gtk_menu_button_set_popover) when it first opens. */
void tp_menu_button_set_popover_lazily (GtkMenuButton *button,
                                        GtkWidget *  (*create) (gpointer user_data),
                                        gpointer       user_data);

G_END_DECLS
