/* tp-accelerators.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-accelerators.h"

void
tp_widget_class_add_binding_action_with_keypad (GtkWidgetClass  *widget_class,
                                                guint            keyval,
                                                guint            keypad_keyval,
                                                GdkModifierType  mods,
                                                const char      *action)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (action != NULL);

  /* The last one registered is the one menus show. */
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, mods, action, NULL);
  gtk_widget_class_add_binding_action (widget_class, keyval, mods, action, NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *accel,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accel),
                                                          gtk_named_action_new (action)));
}

void
tp_shortcut_controller_add_with_keypad (GtkShortcutController *controller,
                                        const char            *accel,
                                        const char            *keypad_accel,
                                        const char            *action)
{
  g_return_if_fail (GTK_IS_SHORTCUT_CONTROLLER (controller));
  g_return_if_fail (accel != NULL && action != NULL);

  /* The last one added is the one menus show. */
  if (keypad_accel != NULL)
    add_shortcut (controller, keypad_accel, action);
  add_shortcut (controller, accel, action);
}
