/* tp-lazy-menu.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-lazy-menu.h"

static void
create_menu_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  g_autoptr(GMenuModel) model = g_object_ref (user_data);

  /* GtkMenuButton calls this on every opening while it is set. */
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, model);
}

void
tp_menu_button_set_menu_lazily (GtkMenuButton *button,
                                GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_menu_popover, g_object_ref (model),
                                         g_object_unref);
}

typedef struct
{
  GtkWidget * (*create) (gpointer user_data);
  gpointer user_data;
} PopoverMaker;

static void
create_popover (GtkMenuButton *button,
                gpointer       user_data)
{
  PopoverMaker maker = *(PopoverMaker *) user_data;

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_popover (button, maker.create (maker.user_data));
}

void
tp_menu_button_set_popover_lazily (GtkMenuButton *button,
                                   GtkWidget *  (*create) (gpointer user_data),
                                   gpointer       user_data)
{
  PopoverMaker *maker;

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (create != NULL);

  maker = g_new (PopoverMaker, 1);
  maker->create = create;
  maker->user_data = user_data;
  gtk_menu_button_set_create_popup_func (button, create_popover, maker, g_free);
}
