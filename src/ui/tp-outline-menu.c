/* tp-outline-menu.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline's context menu: the window's actions for the selected row, on a
 * right click, Shift+F10 or the Menu key.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-outline-private.h"
#include "tp-outline-row.h"

/* The window's actions for what is selected, each shown only where it applies. */
static GMenuModel *
create_menu (void)
{
  static const struct { const char *label; const char *action; guint section; } items[] = {
    { N_("Insert Phase _Before"), "win.insert-phase-before", 0 },
    { N_("Insert Phase _After"), "win.insert-phase-after", 0 },
    { N_("Insert Lane _Above"), "win.insert-lane-above", 0 },
    { N_("Insert Lane _Below"), "win.insert-lane-below", 0 },
    { N_("_Hide Lane"), "win.hide-lane", 1 },
    { N_("_Show Lane"), "win.show-lane", 1 },
    { N_("D_uplicate"), "win.duplicate", 2 },
    { N_("_Delete"), "win.delete", 2 },
    { N_("D_uplicate Persona"), "win.duplicate-persona", 3 },
    { N_("_Delete Persona"), "win.delete-persona", 3 },
    { N_("_Rename Journey…"), "win.rename-journey", 4 },
    { N_("D_uplicate Journey"), "win.duplicate-journey", 4 },
    { N_("Make _Future State"), "win.make-future-state", 4 },
    { N_("Move Journey _Up"), "win.move-journey-up", 4 },
    { N_("Move Journey _Down"), "win.move-journey-down", 4 },
    { N_("_Delete Journey"), "win.delete-journey", 4 },
    { N_("Add _Journey"), "win.add-journey", 5 },
    { N_("Add _Persona"), "win.add-persona", 5 },
  };
  GMenu *menu = g_menu_new ();
  GMenu *sections[6];

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      sections[i] = g_menu_new ();
      g_menu_append_section (menu, NULL, G_MENU_MODEL (sections[i]));
      g_object_unref (sections[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), items[i].action);

      g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
      g_menu_append_item (sections[items[i].section], item);
    }

  return G_MENU_MODEL (menu);
}

/* TRUE when the window offers at least one action of the menu for the selection. */
static gboolean
menu_has_enabled_item (TpOutline  *self,
                       GMenuModel *menu)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root == NULL || !G_IS_ACTION_GROUP (root))
    return FALSE;

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action)
              && g_str_has_prefix (action, "win.")
              && g_action_group_get_action_enabled (G_ACTION_GROUP (root), action + 4))
            return TRUE;
        }
    }

  return FALSE;
}

void
_tp_outline_show_context_menu (TpOutline *self,
                               GtkWidget *row,
                               double     x,
                               double     y)
{
  graphene_point_t point;

  if (self->context_menu == NULL)
    {
      g_autoptr(GMenuModel) menu = create_menu ();

      self->context_menu = gtk_popover_menu_new_from_model (menu);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }

  if (!menu_has_enabled_item (self, gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (self->context_menu))))
    return;

  if (row == NULL || !gtk_widget_compute_point (row, GTK_WIDGET (self),
                                                &GRAPHENE_POINT_INIT (x, y), &point))
    point = GRAPHENE_POINT_INIT (x, y);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* The row of the focused list row: the focus is on the list's row widget, whose
 * child the row is, or inside the row (its eye toggle). */
GtkWidget *
_tp_outline_get_focused_row (TpOutline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;
  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (TP_IS_OUTLINE_ROW (w))
      return w;
  for (GtkWidget *w = gtk_widget_get_first_child (focus); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (TP_IS_OUTLINE_ROW (w))
      return w;

  return NULL;
}

/* Shift+F10 and the Menu key: the menu of the focused row. */
gboolean
_tp_outline_menu_binding (GtkWidget *widget,
                          GVariant  *args,
                          gpointer   user_data)
{
  TpOutline *self = TP_OUTLINE (widget);
  GtkWidget *row = _tp_outline_get_focused_row (self);

  _tp_outline_show_context_menu (self, row, 12, row != NULL ? gtk_widget_get_height (row) / 2. : 12);

  return TRUE;
}

/* +, * and -, /: opens or closes the focused row. */
gboolean
_tp_outline_expand_binding (GtkWidget *widget,
                            GVariant  *args,
                            gpointer   user_data)
{
  GtkWidget *row = _tp_outline_get_focused_row (TP_OUTLINE (widget));
  GtkTreeListRow *list_row = row != NULL ? tp_outline_row_get_list_row (TP_OUTLINE_ROW (row)) : NULL;

  if (list_row == NULL || !gtk_tree_list_row_is_expandable (list_row))
    return FALSE;
  gtk_tree_list_row_set_expanded (list_row, g_variant_get_boolean (args));

  return TRUE;
}
