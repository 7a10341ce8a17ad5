/* tp-message-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tp-message-dialog.h"

char *
tp_strip_mnemonic (const char *label)
{
  GString *text;

  if (label == NULL)
    return NULL;

  text = g_string_sized_new (strlen (label));
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
update_accessible_label (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);
  g_autofree char *name = NULL;

  if (label == NULL || !gtk_button_get_use_underline (button))
    return;
  name = tp_strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
tp_button_announce_label (GtkButton *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  if (g_object_get_data (G_OBJECT (button), "tp-announce-label") == NULL)
    {
      g_object_set_data (G_OBJECT (button), "tp-announce-label", GINT_TO_POINTER (TRUE));
      /* gtk_button_set_label() names the button by the raw label, then notifies. */
      g_signal_connect (button, "notify::label", G_CALLBACK (update_accessible_label), NULL);
      g_signal_connect (button, "notify::use-underline", G_CALLBACK (update_accessible_label), NULL);
    }
  update_accessible_label (button);
}

static void
announce_buttons (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    tp_button_announce_label (GTK_BUTTON (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    announce_buttons (child);
}

AdwMessageDialog *
tp_message_dialog_new (GtkWindow  *parent,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  /* The response buttons exist once the caller has added them: by the time it shows. */
  g_signal_connect (dialog, "show", G_CALLBACK (announce_buttons), NULL);
  return ADW_MESSAGE_DIALOG (dialog);
}

void
tp_message_dialog_show_refused (GtkWidget  *widget,
                                const char *heading,
                                const char *name,
                                const char *reason)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a file name, then the reason it cannot be used */
  body = g_strdup_printf (_("“%s” cannot be used: %s"), name, reason);
  dialog = tp_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}
