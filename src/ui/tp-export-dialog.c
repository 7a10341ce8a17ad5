/* tp-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export dialog. The export runs on a worker thread while the dialog,
 * which is modal, shows a spinner: nothing edits the project meanwhile, and
 * the worker only reads it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "doc/tp-export-file.h"
#include "tp-export-dialog.h"
#include "tp-message-dialog.h"

struct _TpExportDialog
{
  AdwWindow             parent_instance;

  TpProject            *project;
  char                 *view;       /* the view to export, NULL = the journey map */
  gboolean              show_rollup;
  GPtrArray            *overlay;
  GFile                *project_file;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  AdwComboRow          *format_row;
  AdwComboRow          *journey_row;
  AdwActionRow         *all_journeys_row;
  GtkSwitch            *all_journeys_switch;
  AdwActionRow         *scale_row;
  GtkSpinButton        *scale_spin;
  AdwActionRow         *transparent_row;
  GtkSwitch            *transparent_switch;
  GtkWidget            *export_button;
  GtkWidget            *spinner;
  gboolean              busy;
};

G_DEFINE_FINAL_TYPE (TpExportDialog, tp_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of TpExportFormat. */
static const char *format_names[] = {
  N_("PNG Image"),
  N_("SVG Image"),
  N_("PDF Document"),
  N_("CSV Table"),
  N_("CSV Card List"),
};

typedef struct {
  TpProject       *project;
  TpJourney       *journey;
  GFile           *file;
  char            *view;       /* options.view points here: the job outlives the dialog */
  TpExportOptions  options;
  char            *notice;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->project);
  g_clear_object (&job->journey);
  g_clear_object (&job->file);
  g_free (job->view);
  g_clear_pointer (&job->options.overlay, g_ptr_array_unref);
  g_free (job->notice);
  g_free (job);
}

static TpExportFormat
selected_format (TpExportDialog *self)
{
  guint format = adw_combo_row_get_selected (self->format_row);

  return format < G_N_ELEMENTS (format_names) ? (TpExportFormat) format : TP_EXPORT_PNG;
}

static TpJourney *
selected_journey (TpExportDialog *self)
{
  GPtrArray *journeys = tp_project_get_journeys (self->project);
  guint index = adw_combo_row_get_selected (self->journey_row);

  return index < journeys->len ? g_ptr_array_index (journeys, index) : NULL;
}

static void
update_rows (TpExportDialog *self)
{
  TpExportFormat format = selected_format (self);
  gboolean pdf = format == TP_EXPORT_PDF;
  gboolean all = pdf && gtk_switch_get_active (self->all_journeys_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), format == TP_EXPORT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (self->transparent_row), format == TP_EXPORT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (self->all_journeys_row), pdf);
  gtk_widget_set_sensitive (GTK_WIDGET (self->journey_row), !all);
}

static void
set_busy (TpExportDialog *self,
          gboolean        busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (self->export_button, !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->transparent_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->all_journeys_row), !busy);
  if (!busy)
    update_rows (self);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->journey_row), FALSE);
}

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = GTK_WIDGET (tp_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (tp_export_save (job->project, &job->options, job->file, &job->notice, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  TpExportDialog *self = TP_EXPORT_DIALOG (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (GTK_WINDOW (self), _("Could Not Export"), error->message);
      return;
    }

  if (job->notice != NULL)
    show_message (parent, _("Picture Scaled Down"), job->notice);
  g_signal_emit (self, signals[EXPORTED], 0, job->file);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* @file with the format's extension, added when the name has none of it. */
static GFile *
with_extension (GFile          *file,
                TpExportFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  TpExportFormat named;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *fixed = NULL;

  if (tp_export_format_for_path (name, &named) && named == format)
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  fixed = g_strdup_printf ("%s.%s", name, tp_export_format_extension (format));
  return parent != NULL ? g_file_get_child (parent, fixed) : g_file_new_for_path (fixed);
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  TpExportDialog *self = user_data;
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (chosen != NULL)
    tp_export_dialog_export_to (self, chosen);
}

void
tp_export_dialog_export_to (TpExportDialog *self,
                            GFile          *chosen)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (TP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (chosen));

  if (self->busy)
    return;

  job = g_new0 (ExportJob, 1);
  job->project = g_object_ref (self->project);
  tp_export_options_init (&job->options);
  job->options.format = selected_format (self);
  job->view = g_strdup (self->view);
  job->options.view = job->view;
  job->options.show_rollup = self->show_rollup;
  job->options.overlay = self->overlay != NULL ? g_ptr_array_ref (self->overlay) : NULL;
  job->file = with_extension (chosen, job->options.format);
  if (job->options.format != TP_EXPORT_PDF || !gtk_switch_get_active (self->all_journeys_switch))
    {
      TpJourney *journey = selected_journey (self);

      job->journey = journey != NULL ? g_object_ref (journey) : NULL;
      job->options.journey = job->journey;
    }
  if (job->options.format == TP_EXPORT_PNG)
    {
      job->options.scale = gtk_spin_button_get_value (self->scale_spin);
      job->options.transparent = gtk_switch_get_active (self->transparent_switch);
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, export_done, NULL);
  g_task_set_task_data (task, job, export_job_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, export_thread);
}

static char *
suggested_name (TpExportDialog *self,
                TpExportFormat  format)
{
  g_autofree char *base = NULL;
  TpJourney *journey = selected_journey (self);
  const char *title = NULL;
  GString *name;

  if (self->project_file != NULL)
    {
      g_autofree char *file_name = g_file_get_basename (self->project_file);
      char *dot = strrchr (file_name, '.');

      if (dot != NULL && dot != file_name)
        *dot = '\0';
      base = g_strdup (file_name);
    }
  else
    {
      title = tp_project_get_title (self->project);
      base = g_strdup (title != NULL && *title != '\0' ? title : _("Journey map"));
    }

  name = g_string_new (base);
  if (journey != NULL && tp_project_get_journeys (self->project)->len > 1
      && !(format == TP_EXPORT_PDF && gtk_switch_get_active (self->all_journeys_switch)))
    {
      title = tp_journey_get_title (journey);
      if (title != NULL && *title != '\0')
        g_string_append_printf (name, " – %s", title);
    }
  /* No folder separators in a file name. */
  g_strdelimit (name->str, "/\\", '-');
  g_string_append_printf (name, ".%s", tp_export_format_extension (format));
  return g_string_free (name, FALSE);
}

static void
export_clicked (TpExportDialog *self)
{
  TpExportFormat format = selected_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self, format);

  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _(format_names[format]));
  gtk_file_filter_add_mime_type (filter, tp_export_format_mime_type (format));
  gtk_file_filter_add_suffix (filter, tp_export_format_extension (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (self->project_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->project_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The worker writes the file; the dialog stays until it is done. */
static gboolean
tp_export_dialog_close_request (GtkWindow *window)
{
  return TP_EXPORT_DIALOG (window)->busy;
}

static void
tp_export_dialog_dispose (GObject *object)
{
  TpExportDialog *self = TP_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->project);
  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->overlay, g_ptr_array_unref);
  g_clear_object (&self->project_file);

  G_OBJECT_CLASS (tp_export_dialog_parent_class)->dispose (object);
}

static void
tp_export_dialog_class_init (TpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_export_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = tp_export_dialog_close_request;

  /**
   * TpExportDialog::exported:
   * @file: the file written
   *
   * The export is written; the dialog closes next.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static AdwActionRow *
switch_row (const char  *title,
            const char  *subtitle,
            GtkSwitch  **out_switch)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (row, toggle);
  adw_action_row_set_activatable_widget (row, toggle);
  *out_switch = GTK_SWITCH (toggle);
  return row;
}

static void
tp_export_dialog_init (TpExportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  GtkWidget *title = adw_window_title_new (_("Export"), NULL);

  gtk_window_set_title (GTK_WINDOW (self), _("Export"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 440, 360);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  tp_button_announce_label (GTK_BUTTON (cancel));
  tp_button_announce_label (GTK_BUTTON (self->export_button));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->spinner);
  gtk_box_append (GTK_BOX (box), header);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    gtk_string_list_append (formats, _(format_names[i]));
  self->format_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->format_row), _("_Format"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->format_row), TRUE);
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (update_rows), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->format_row));

  self->journey_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->journey_row), _("_Journey"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->journey_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->journey_row));

  self->all_journeys_row = switch_row (_("All Journeys"), _("One page per journey"),
                                       &self->all_journeys_switch);
  gtk_switch_set_active (self->all_journeys_switch, TRUE);
  g_signal_connect_swapped (self->all_journeys_switch, "notify::active",
                            G_CALLBACK (update_rows), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->all_journeys_row));

  self->scale_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->scale_row), _("_Scale"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->scale_row), TRUE);
  adw_action_row_set_subtitle (self->scale_row, _("Pixels per point of the map"));
  self->scale_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 4, 1));
  gtk_spin_button_set_value (self->scale_spin, 2);
  gtk_widget_set_valign (GTK_WIDGET (self->scale_spin), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->scale_row, GTK_WIDGET (self->scale_spin));
  adw_action_row_set_activatable_widget (self->scale_row, GTK_WIDGET (self->scale_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->scale_row));

  self->transparent_row = switch_row (_("_Transparent Background"), NULL,
                                      &self->transparent_switch);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->transparent_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->transparent_row));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
}

void
tp_export_dialog_set_show_rollup (TpExportDialog *self,
                                  gboolean        show)
{
  g_return_if_fail (TP_IS_EXPORT_DIALOG (self));

  self->show_rollup = show;
}

void
tp_export_dialog_set_overlay (TpExportDialog *self,
                              GPtrArray      *journeys)
{
  g_return_if_fail (TP_IS_EXPORT_DIALOG (self));

  g_clear_pointer (&self->overlay, g_ptr_array_unref);
  self->overlay = journeys != NULL ? g_ptr_array_ref (journeys) : NULL;
}

void
tp_export_dialog_set_view (TpExportDialog *self,
                           const char     *view)
{
  g_return_if_fail (TP_IS_EXPORT_DIALOG (self));

  g_free (self->view);
  self->view = g_strdup (view);
}

TpExportDialog *
tp_export_dialog_new (GtkWindow *parent,
                      TpProject *project,
                      TpJourney *journey,
                      GFile     *project_file)
{
  TpExportDialog *self;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GPtrArray *journeys;
  guint selected = 0;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);

  self = g_object_new (TP_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->project_file = project_file != NULL ? g_object_ref (project_file) : NULL;

  journeys = tp_project_get_journeys (project);
  for (guint i = 0; i < journeys->len; i++)
    {
      TpJourney *each = g_ptr_array_index (journeys, i);
      const char *title = tp_journey_get_title (each);
      g_autofree char *fallback = g_strdup_printf (_("Journey %u"), i + 1);

      gtk_string_list_append (titles, title != NULL && *title != '\0' ? title : fallback);
      if (each == journey)
        selected = i;
    }
  adw_combo_row_set_model (self->journey_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->journey_row, selected);
  gtk_widget_set_sensitive (self->export_button, journeys->len > 0);
  update_rows (self);
  return self;
}
