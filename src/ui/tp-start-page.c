/* tp-start-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tp-start-page.h"

#define TP_MIME_TYPE   "application/x-touchpoint"
#define MAX_RECENT     8

struct _TpStartPage
{
  GtkWidget         parent_instance;

  /* children */
  GtkWidget        *status_page;
  GtkWidget        *recent_group;
  GtkWidget        *recent_list;

  /* borrowed */
  GtkRecentManager *recent_manager;
};

G_DEFINE_FINAL_TYPE (TpStartPage, tp_start_page, GTK_TYPE_WIDGET)

enum {
  NEW_PROJECT,
  OPEN_FILE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_touchpoint_item (GtkRecentInfo *info)
{
  const char *mime = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (mime, TP_MIME_TYPE) != 0 && !g_str_has_suffix (uri, ".touchpoint"))
    return FALSE;

  return !gtk_recent_info_is_local (info) || gtk_recent_info_exists (info);
}

static int
compare_by_modified (gconstpointer a,
                     gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  return -g_date_time_compare (ma, mb);
}

static char *
describe_location (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_file_get_parse_name (file);
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);

  return g_file_get_parse_name (parent);
}

static void
on_recent_row_activated (AdwActionRow *row,
                         TpStartPage  *self)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "tp-file");

  g_signal_emit (self, signals[OPEN_FILE], 0, file);
}

void
tp_start_page_reload_recent (TpStartPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GList *all;
  GtkWidget *child;

  g_return_if_fail (TP_IS_START_PAGE (self));

  while ((child = gtk_widget_get_first_child (self->recent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->recent_list), child);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  all = gtk_recent_manager_get_items (self->recent_manager);
  for (GList *l = all; l != NULL; l = l->next)
    {
      if (is_touchpoint_item (l->data))
        g_ptr_array_add (items, l->data);
      else
        gtk_recent_info_unref (l->data);
    }
  g_list_free (all);
  g_ptr_array_sort (items, compare_by_modified);

  for (guint i = 0; i < items->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (items, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autofree char *location = describe_location (file);
      GtkWidget *row;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     gtk_recent_info_get_display_name (info));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), location);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Open this project"));
      g_object_set_data_full (G_OBJECT (row), "tp-file", g_object_ref (file), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_recent_row_activated), self);
      gtk_list_box_append (GTK_LIST_BOX (self->recent_list), row);
    }

  gtk_widget_set_visible (self->recent_group, items->len > 0);
}

static void
on_template_clicked (GtkButton   *button,
                     TpStartPage *self)
{
  TpLens lens = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tp-lens"));

  g_signal_emit (self, signals[NEW_PROJECT], 0, lens);
}

static GtkWidget *
create_template_button (TpStartPage *self,
                        TpLens       lens)
{
  const char *label = tp_template_get_label (lens);
  const char *description = tp_template_get_description (lens);
  g_autofree char *a11y = NULL;
  GtkWidget *button;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *text;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  title = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  text = gtk_label_new (description);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_yalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 30);
  gtk_label_set_width_chars (GTK_LABEL (text), 24);
  gtk_widget_set_vexpand (text, TRUE);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_add_css_class (text, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), text);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "template-button");
  a11y = g_strdup_printf (_("New project from the template “%s”"), label);
  gtk_widget_set_tooltip_text (button, a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  g_object_set_data (G_OBJECT (button), "tp-lens", GINT_TO_POINTER (lens));
  g_signal_connect (button, "clicked", G_CALLBACK (on_template_clicked), self);

  return button;
}

static void
tp_start_page_dispose (GObject *object)
{
  TpStartPage *self = TP_START_PAGE (object);

  g_clear_pointer (&self->status_page, gtk_widget_unparent);

  G_OBJECT_CLASS (tp_start_page_parent_class)->dispose (object);
}

static void
tp_start_page_class_init (TpStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_start_page_dispose;

  /**
   * TpStartPage::new-project:
   * @lens: the template (TpLens) to begin from
   */
  signals[NEW_PROJECT] = g_signal_new ("new-project",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, TP_TYPE_LENS);
  /**
   * TpStartPage::open-file:
   * @file: the recent project to open
   */
  signals[OPEN_FILE] = g_signal_new ("open-file",
                                     G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tp-start-page");
}

static void
tp_start_page_init (TpStartPage *self)
{
  g_autoptr(GEnumClass) lens_class = g_type_class_ref (TP_TYPE_LENS);
  GtkWidget *clamp;
  GtkWidget *box;
  GtkWidget *group;
  GtkWidget *flow;

  self->status_page = adw_status_page_new ();
  /* The app icon once installed; a stock picture when run from the build tree. */
  if (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()), APP_ID))
    adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), APP_ID);
  else
    adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("Map a Customer Journey"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page),
                                   _("Begin from a template, or open a project you worked on"));
  gtk_widget_set_parent (self->status_page, GTK_WIDGET (self));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_status_page_set_child (ADW_STATUS_PAGE (self->status_page), clamp);

  self->recent_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->recent_group), _("Recent Projects"));
  self->recent_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->recent_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->recent_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->recent_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recent projects"),
                                  -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->recent_group), self->recent_list);
  gtk_box_append (GTK_BOX (box), self->recent_group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Templates"));
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Templates"),
                                  -1);
  for (guint i = 0; i < lens_class->n_values; i++)
    {
      TpLens lens = lens_class->values[i].value;

      if (lens == TP_LENS_CUSTOM)
        continue;
      gtk_flow_box_append (GTK_FLOW_BOX (flow), create_template_button (self, lens));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), flow);
  gtk_box_append (GTK_BOX (box), group);

  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (tp_start_page_reload_recent), self,
                           G_CONNECT_SWAPPED);
  tp_start_page_reload_recent (self);
}

GtkWidget *
tp_start_page_new (void)
{
  return g_object_new (TP_TYPE_START_PAGE, NULL);
}
