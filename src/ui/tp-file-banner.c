/* tp-file-banner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bar in the manner of AdwBanner (which needs libadwaita 1.3): a revealer
 * holding a message, a button and a close button, styled in style.css. The
 * message follows the document's flags; the button activates the window's
 * own actions, so it does exactly what the menu does.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-file-banner.h"

typedef enum {
  NOTICE_NONE,
  NOTICE_NEWER,
  NOTICE_READ_ONLY,
  NOTICE_DELETED,
} Notice;

struct _TpFileBanner
{
  GtkWidget   parent_instance;

  /* children */
  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkButton   *button;
  GtkButton   *close_button;

  /* owned */
  TpDocument *document;
  GSignalGroup *signals;

  Notice      notice;
  guint       newer_dismissed : 1;
};

G_DEFINE_FINAL_TYPE (TpFileBanner, tp_file_banner, GTK_TYPE_WIDGET)

static Notice
current_notice (TpFileBanner *self)
{
  if (self->document == NULL || tp_document_get_project (self->document) == NULL)
    return NOTICE_NONE;
  if (tp_document_get_deleted (self->document))
    return NOTICE_DELETED;
  if (tp_document_get_read_only (self->document))
    return NOTICE_READ_ONLY;
  if (tp_document_get_newer_version (self->document) && !self->newer_dismissed)
    return NOTICE_NEWER;

  return NOTICE_NONE;
}

static void ensure_children (TpFileBanner *self);

static void
update (TpFileBanner *self)
{
  Notice notice = current_notice (self);
  const char *tooltip = NULL;

  self->notice = notice;
  if (notice == NOTICE_NONE && self->revealer == NULL)
    return;
  ensure_children (self);
  switch (notice)
    {
    case NOTICE_DELETED:
      gtk_label_set_text (self->label, _("The file was deleted or moved away on disk. "
                                         "Save to write it again."));
      gtk_button_set_label (self->button, _("_Save"));
      tooltip = _("Write the project to its file again");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.save");
      break;
    case NOTICE_READ_ONLY:
      gtk_label_set_text (self->label, _("This file is read-only. "
                                         "Use Save As to keep your changes in another file."));
      gtk_button_set_label (self->button, _("Save _As…"));
      tooltip = _("Save the project under a new name");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.save-as");
      break;
    case NOTICE_NEWER:
      gtk_label_set_text (self->label, _("This file was made by a newer version of Touchpoint. "
                                         "Parts this version does not know are kept unchanged "
                                         "when you save."));
      break;
    case NOTICE_NONE:
    default:
      break;
    }

  if (tooltip != NULL)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->button),
                          notice == NOTICE_DELETED || notice == NOTICE_READ_ONLY);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), notice == NOTICE_NEWER);
  if (notice == NOTICE_DELETED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "warning");
  gtk_revealer_set_reveal_child (self->revealer, notice != NOTICE_NONE);
}

static void
on_close_clicked (TpFileBanner *self)
{
  if (self->notice == NOTICE_NEWER)
    {
      self->newer_dismissed = TRUE;
      update (self);
    }
}

static void
tp_file_banner_dispose (GObject *object)
{
  TpFileBanner *self = TP_FILE_BANNER (object);

  g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->document);
  if (self->revealer != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->revealer));
      self->revealer = NULL;
    }

  G_OBJECT_CLASS (tp_file_banner_parent_class)->dispose (object);
}

static void
tp_file_banner_finalize (GObject *object)
{
  TpFileBanner *self = TP_FILE_BANNER (object);

  g_clear_object (&self->signals);

  G_OBJECT_CLASS (tp_file_banner_parent_class)->finalize (object);
}

static void
tp_file_banner_class_init (TpFileBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_file_banner_dispose;
  object_class->finalize = tp_file_banner_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tpfilebanner");
}

/* The bar's widgets are made when it first has something to say: most windows
 * never show it, and a window's first map styles and measures every visible
 * widget (issue #12). */
static void
ensure_children (TpFileBanner *self)
{
  GtkWidget *box;
  const char *close_label = _("Hide this notice");

  if (self->revealer != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (GTK_WIDGET (self->revealer), GTK_WIDGET (self));
  gtk_revealer_set_child (self->revealer, box);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0.0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));

  self->button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Save the project"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Save the project"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->button));

  self->close_button = GTK_BUTTON (gtk_button_new_from_icon_name ("window-close-symbolic"));
  gtk_widget_set_valign (GTK_WIDGET (self->close_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->close_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->close_button), "circular");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->close_button), close_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->close_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, close_label, -1);
  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (on_close_clicked), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->close_button));
}

static void
tp_file_banner_init (TpFileBanner *self)
{
  self->signals = g_signal_group_new (TP_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->signals, "notify::project", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->signals, "notify::deleted", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->signals, "notify::read-only", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->signals, "notify::newer-version", G_CALLBACK (update),
                                  self);

  update (self);
}

GtkWidget *
tp_file_banner_new (void)
{
  return g_object_new (TP_TYPE_FILE_BANNER, NULL);
}

void
tp_file_banner_set_document (TpFileBanner *self,
                             TpDocument   *document)
{
  g_return_if_fail (TP_IS_FILE_BANNER (self));
  g_return_if_fail (document == NULL || TP_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    {
      self->newer_dismissed = FALSE;
      g_signal_group_set_target (self->signals, document);
    }
  update (self);
}

const char *
tp_file_banner_get_message (TpFileBanner *self)
{
  g_return_val_if_fail (TP_IS_FILE_BANNER (self), NULL);

  return self->notice == NOTICE_NONE ? NULL : gtk_label_get_text (self->label);
}
