/* tp-file-dialogs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-file-dialogs.h"
#include "tp-message-dialog.h"

/* A path as people read it: "~/Documents/shop.touchpoint". */
static char *
describe_location (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *home = g_get_home_dir ();
  gsize home_len = home ? strlen (home) : 0;

  if (path == NULL)
    return g_file_get_parse_name (file);
  if (home_len > 1 && g_str_has_prefix (path, home) && path[home_len] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + home_len, NULL);

  return g_steal_pointer (&path);
}

static char *
describe_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return parent ? describe_location (parent) : g_strdup ("/");
}

static char *
get_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

static AdwMessageDialog *
new_dialog (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  return tp_message_dialog_new (parent, heading, body);
}

static GtkWidget *
new_boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
add_row (GtkWidget  *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

AdwMessageDialog *
tp_file_dialog_open_error (GtkWindow    *parent,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  name = get_display_name (file);
  folder = describe_folder (file);
  heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  /* Translators: %1$s is what is wrong and where (from the file reader), %2$s the folder. */
  body = g_strdup_printf (_("%1$s\n\nThe file is in %2$s. It was not changed."),
                          error->message, folder);
  dialog = new_dialog (parent, heading, body);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");

  return dialog;
}

AdwMessageDialog *
tp_file_dialog_save_error (GtkWindow    *parent,
                           TpDocument   *document,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (TP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  /* The file's name when there is one: that is what could not be written. */
  title = file != NULL ? g_file_get_basename (file) : tp_document_dup_title (document);
  heading = g_strdup_printf (_("Could Not Save “%s”"), title);
  if (file != NULL)
    {
      g_autofree char *location = describe_location (file);

      /* Translators: %1$s is the reason, %2$s where it was to be saved. */
      body = g_strdup_printf (_("%1$s\n\nIt was to be saved as %2$s. Your changes are still "
                                "open here, and the file on disk was not damaged. Try saving "
                                "again, or use Save As to choose another place."),
                              error->message, location);
    }
  else
    body = g_strdup_printf (_("%s\n\nYour changes are still open here."), error->message);

  dialog = new_dialog (parent, heading, body);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");

  return dialog;
}

AdwMessageDialog *
tp_file_dialog_unsaved (GtkWindow *parent,
                        GPtrArray *documents)
{
  g_autofree char *heading = NULL;
  GtkWidget *list = new_boxed_list ();
  AdwMessageDialog *dialog;
  guint n_modified = 0;

  g_return_val_if_fail (documents != NULL, NULL);

  for (guint i = 0; i < documents->len; i++)
    {
      TpDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *title = NULL;
      g_autofree char *where = NULL;

      if (!tp_document_get_modified (document))
        continue;
      n_modified++;
      title = tp_document_dup_title (document);
      where = tp_document_get_file (document) ? describe_location (tp_document_get_file (document))
                                              : g_strdup (_("Never saved as a file"));
      add_row (list, title, where);
    }

  if (n_modified == 1)
    heading = g_strdup (_("Save Changes?"));
  else
    heading = g_strdup_printf (ngettext ("Save Changes to %u Project?",
                                         "Save Changes to %u Projects?", n_modified),
                               n_modified);
  dialog = new_dialog (parent, heading,
                       n_modified == 1
                       ? _("This project has changes that are not saved. "
                           "If you close without saving, they are lost.")
                       : _("These projects have changes that are not saved. "
                           "If you close without saving, they are lost."));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", n_modified == 1 ? _("_Save") : _("_Save All"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

AdwMessageDialog *
tp_file_dialog_external_change (GtkWindow  *parent,
                                TpDocument *document)
{
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (TP_IS_DOCUMENT (document), NULL);

  title = tp_document_dup_title (document);
  heading = g_strdup_printf (_("“%s” Changed on Disk"), title);
  dialog = new_dialog (parent, heading,
                       _("Another program changed the file while you have changes here "
                         "that are not saved. Reload the file to see the other version "
                         "(your changes here are lost), keep your version (saving then "
                         "replaces the other one), or save your version as a new file."));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Mine"),
                                    "save-as", _("Save _As…"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");

  return dialog;
}

AdwMessageDialog *
tp_file_dialog_overwrite (GtkWindow  *parent,
                          TpDocument *document)
{
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (TP_IS_DOCUMENT (document), NULL);

  title = tp_document_dup_title (document);
  heading = g_strdup_printf (_("Replace the Changed “%s”?"), title);
  dialog = new_dialog (parent, heading,
                       _("Another program changed the file since you opened or saved it here. "
                         "Saving replaces that version with yours."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

static char *
describe_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* Translators: a time of today, in g_date_time_format() syntax */
    return g_date_time_format (local, _("today at %H:%M"));

  /* Translators: a date and time, in g_date_time_format() syntax */
  return g_date_time_format (local, _("%e %B %Y at %H:%M"));
}

AdwMessageDialog *
tp_file_dialog_recovery (GtkWindow *parent,
                         GPtrArray *items)
{
  GtkWidget *list = new_boxed_list ();
  AdwMessageDialog *dialog;

  g_return_val_if_fail (items != NULL && items->len > 0, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      TpRecoveryItem *item = g_ptr_array_index (items, i);
      g_autofree char *when = describe_time (item->saved_at);
      g_autofree char *where = NULL;
      g_autofree char *cards = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GFile) file = item->uri ? g_file_new_for_uri (item->uri) : NULL;

      /* Named as its window was: the title, else the file's name. */
      name = tp_document_name_project (item->title, file);
      if (file != NULL)
        where = describe_location (file);
      else
        where = g_strdup (_("never saved as a file"));
      cards = g_strdup_printf (ngettext ("%u card", "%u cards", item->n_cards), item->n_cards);
      /* Translators: "last autosaved today at 14:03 · 12 cards · ~/shop.touchpoint" */
      subtitle = g_strdup_printf (_("Autosaved %s · %s · %s"), when, cards, where);
      add_row (list, name, subtitle);
    }

  dialog = new_dialog (parent,
                       _("Recover Unsaved Work?"),
                       ngettext ("Touchpoint stopped before this project was saved. "
                                 "Its last autosaved state can be opened again.",
                                 "Touchpoint stopped before these projects were saved. "
                                 "Their last autosaved states can be opened again.",
                                 items->len));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog,
                                    "later", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recover");
  adw_message_dialog_set_close_response (dialog, "later");

  return dialog;
}
