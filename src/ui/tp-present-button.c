/* tp-present-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tp-lazy-menu.h"
#include "tp-present-button.h"

struct _TpPresentButton
{
  GtkBox         parent_instance;

  /* owned widgets */
  GtkWidget     *button;
  GtkWidget     *monitor_button;

  /* borrowed */
  GListModel    *monitors;
};

G_DEFINE_FINAL_TYPE (TpPresentButton, tp_present_button, GTK_TYPE_BOX)

static char *
monitor_label (GdkMonitor *monitor,
               guint       index)
{
  const char *model = gdk_monitor_get_model (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);
  GdkRectangle geometry;
  const char *name;

  gdk_monitor_get_geometry (monitor, &geometry);
  name = model != NULL && *model ? model : connector;
  if (name == NULL || *name == '\0')
    /* Translators: a monitor to present on, e.g. "Screen 2 (1920 × 1080)" */
    return g_strdup_printf (_("Screen %u (%d × %d)"), index + 1, geometry.width, geometry.height);

  /* Translators: a monitor to present on, e.g. "Screen 2: DELL U2415 (1920 × 1200)" */
  return g_strdup_printf (_("Screen %u: %s (%d × %d)"), index + 1, name,
                          geometry.width, geometry.height);
}

static void
update_monitors (TpPresentButton *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  guint n = self->monitors != NULL ? g_list_model_get_n_items (self->monitors) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);
      g_autofree char *label = monitor_label (monitor, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.present-on-monitor",
                                               g_variant_new_uint32 (i));
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, _("Present On"), G_MENU_MODEL (section));

  /* Its popover is made when first opened: with one monitor the button does not even show. */
  tp_menu_button_set_menu_lazily (GTK_MENU_BUTTON (self->monitor_button), G_MENU_MODEL (menu));
  gtk_widget_set_visible (self->monitor_button, n > 1);
}

static void
tp_present_button_dispose (GObject *object)
{
  TpPresentButton *self = TP_PRESENT_BUTTON (object);

  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_pointer (&self->monitor_button, gtk_widget_unparent);

  G_OBJECT_CLASS (tp_present_button_parent_class)->dispose (object);
}

static void
tp_present_button_class_init (TpPresentButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tp_present_button_dispose;
}

static void
tp_present_button_init (TpPresentButton *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Present"));

  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");

  /* A plain box, not AdwButtonContent: that one labels the button by its
   * text too, and screen readers said "Present Present". */
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("x-office-presentation-symbolic"));
  gtk_box_append (GTK_BOX (content), label);
  self->button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.present");
  gtk_widget_set_tooltip_text (self->button, _("Present the journey full screen (F5)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Present"), -1);
  gtk_box_append (GTK_BOX (self), self->button);

  self->monitor_button = gtk_menu_button_new ();
  gtk_widget_set_tooltip_text (self->monitor_button, _("Choose the screen to present on"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->monitor_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Screen to present on"), -1);
  gtk_box_append (GTK_BOX (self), self->monitor_button);

  self->monitors = gdk_display_get_monitors (gdk_display_get_default ());
  if (self->monitors != NULL)
    g_signal_connect_object (self->monitors, "items-changed", G_CALLBACK (update_monitors), self,
                             G_CONNECT_SWAPPED);
  update_monitors (self);
}

GtkWidget *
tp_present_button_new (void)
{
  return g_object_new (TP_TYPE_PRESENT_BUTTON, NULL);
}

GtkWidget *
tp_present_button_get_monitor_menu (TpPresentButton *self)
{
  g_return_val_if_fail (TP_IS_PRESENT_BUTTON (self), NULL);

  return self->monitor_button;
}
