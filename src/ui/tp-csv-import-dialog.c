/* tp-csv-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "io/tp-csv-import.h"
#include "tp-csv-import-dialog.h"
#include "tp-message-dialog.h"

#define MAX_PREVIEW_PHASES 12
#define MAX_PREVIEW_LANES  20

struct _TpCsvImportDialog
{
  AdwWindow    parent_instance;

  /* children */
  GtkWidget   *import_button;
  GtkWidget   *title_row;
  GtkWidget   *content;

  /* owned */
  TpProject   *project;
  TpCsvImport *import;
  char        *error;
};

G_DEFINE_FINAL_TYPE (TpCsvImportDialog, tp_csv_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), heading ? 10 : 28);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The cards of one cell, one a line, as the map will show them: at most a few lines. */
static GtkWidget *
cards_label (const char *text)
{
  g_auto(GStrv) titles = g_strsplit (text, "\n", -1);
  g_autofree char *joined = g_strjoinv ("\n• ", titles);
  g_autofree char *bulleted = g_strconcat ("• ", joined, NULL);
  GtkWidget *label = gtk_label_new (*text != '\0' ? bulleted : "—");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "card-cell");
  if (*text == '\0')
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* The phases across and the lanes down, as the journey will have them. */
static GtkWidget *
build_preview (TpCsvImport *import)
{
  GtkWidget *grid = gtk_grid_new ();
  guint n_phases = tp_csv_import_get_n_phases (import);
  guint n_lanes = tp_csv_import_get_n_lanes (import);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_attach (GTK_GRID (grid), cell_label (_("Lanes ↓ / Phases →"), TRUE), 0, 0, 1, 1);
  for (guint p = 0; p < MIN (n_phases, MAX_PREVIEW_PHASES); p++)
    gtk_grid_attach (GTK_GRID (grid), cell_label (tp_csv_import_get_phase (import, p), TRUE),
                     p + 1, 0, 1, 1);
  if (n_phases > MAX_PREVIEW_PHASES)
    {
      /* Translators: the preview of a CSV import shows the first phases only */
      g_autofree char *more = g_strdup_printf (_("and %u more"), n_phases - MAX_PREVIEW_PHASES);

      gtk_grid_attach (GTK_GRID (grid), cell_label (more, FALSE), MAX_PREVIEW_PHASES + 1, 0, 1, 1);
    }
  for (guint l = 0; l < MIN (n_lanes, MAX_PREVIEW_LANES); l++)
    {
      /* Translators: a lane in the preview of a CSV import: its title and its kind */
      GtkWidget *lane;
      g_autofree char *text = g_strdup_printf (_("%s (%s)"), tp_csv_import_get_lane (import, l),
                                               tp_enum_get_label (TP_TYPE_LANE_KIND,
                                                                  tp_csv_import_get_lane_kind (import, l)));

      lane = cell_label (text, FALSE);
      gtk_widget_set_valign (lane, GTK_ALIGN_START);
      gtk_grid_attach (GTK_GRID (grid), lane, 0, l + 1, 1, 1);
      /* The cells: the titles of the cards that will be there. */
      for (guint p = 0; p < MIN (n_phases, MAX_PREVIEW_PHASES); p++)
        {
          g_autofree char *cards = tp_csv_import_get_cell_text (import, p, l);

          gtk_grid_attach (GTK_GRID (grid), cards_label (cards), p + 1, l + 1, 1, 1);
        }
    }
  if (n_lanes > MAX_PREVIEW_LANES)
    {
      g_autofree char *more = g_strdup_printf (_("and %u more"), n_lanes - MAX_PREVIEW_LANES);

      gtk_grid_attach (GTK_GRID (grid), cell_label (more, FALSE), 0, MAX_PREVIEW_LANES + 1, 1, 1);
    }

  return grid;
}

static void
show_result (TpCsvImportDialog *self,
             GFile             *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  GtkWidget *box = self->content;

  if (self->import == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("This File Cannot Be Imported"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), self->error);
      gtk_widget_add_css_class (status, "compact");
      gtk_box_append (GTK_BOX (box), status);
      gtk_widget_set_sensitive (self->import_button, FALSE);
      gtk_widget_set_visible (gtk_widget_get_parent (self->title_row), FALSE);
      return;
    }

  {
    g_autofree char *summary = NULL;
    GtkWidget *label, *scroller;
    const char * const *warnings = tp_csv_import_get_warnings (self->import);
    g_autofree char *title = g_strdup (basename);
    char *dot = strrchr (title, '.');

    if (dot != NULL && dot != title)
      *dot = '\0';
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);

    /* Translators: the summary of a CSV file about to be imported */
    summary = g_strdup_printf (_("%u phases, %u lanes and %u cards will become a new journey."),
                               tp_csv_import_get_n_phases (self->import),
                               tp_csv_import_get_n_lanes (self->import),
                               tp_csv_import_get_n_cards (self->import));
    label = gtk_label_new (summary);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_box_append (GTK_BOX (box), label);

    scroller = gtk_scrolled_window_new ();
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), build_preview (self->import));
    gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
    gtk_widget_set_vexpand (scroller, TRUE);
    gtk_accessible_update_property (GTK_ACCESSIBLE (scroller),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview"), -1);
    gtk_box_append (GTK_BOX (box), scroller);

    for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
      {
        GtkWidget *note = gtk_label_new (warnings[i]);

        gtk_label_set_wrap (GTK_LABEL (note), TRUE);
        gtk_label_set_xalign (GTK_LABEL (note), 0);
        gtk_widget_add_css_class (note, "warning");
        gtk_box_append (GTK_BOX (box), note);
      }
  }
}

TpJourney *
tp_csv_import_dialog_import (TpCsvImportDialog *self)
{
  const char *title;
  TpJourney *journey;

  g_return_val_if_fail (TP_IS_CSV_IMPORT_DIALOG (self), NULL);

  if (self->import == NULL || self->project == NULL)
    return NULL;
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  journey = tp_csv_import_add_journey (self->import, self->project, title);
  if (journey != NULL)
    g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, journey);
  return journey;
}

static void
on_import_clicked (TpCsvImportDialog *self)
{
  tp_csv_import_dialog_import (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
tp_csv_import_dialog_finalize (GObject *object)
{
  TpCsvImportDialog *self = TP_CSV_IMPORT_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->import, tp_csv_import_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (tp_csv_import_dialog_parent_class)->finalize (object);
}

static void
tp_csv_import_dialog_class_init (TpCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tp_csv_import_dialog_finalize;

  /**
   * TpCsvImportDialog::imported:
   * @journey: the new journey
   */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, TP_TYPE_JOURNEY);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_csv_import_dialog_init (TpCsvImportDialog *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *list;

  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  tp_button_announce_label (GTK_BUTTON (cancel));
  tp_button_announce_label (GTK_BUTTON (self->import_button));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import_clicked), self);
  gtk_box_append (GTK_BOX (outer), header);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (self->content, 18);
  gtk_widget_set_margin_end (self->content, 18);
  gtk_widget_set_margin_top (self->content, 18);
  gtk_widget_set_margin_bottom (self->content, 18);
  gtk_widget_set_vexpand (self->content, TRUE);

  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  self->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title of the new journey"));
  gtk_list_box_append (GTK_LIST_BOX (list), self->title_row);
  gtk_box_append (GTK_BOX (self->content), list);
  gtk_box_append (GTK_BOX (outer), self->content);

  adw_window_set_content (ADW_WINDOW (self), outer);
  gtk_window_set_title (GTK_WINDOW (self), _("Import CSV"));
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
}

TpCsvImportDialog *
tp_csv_import_dialog_new (GtkWindow *parent,
                          TpProject *project,
                          GFile     *file)
{
  TpCsvImportDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (TP_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  name = g_file_get_basename (file);
  self->import = tp_csv_import_parse_file (file, name, NULL, &error);
  if (self->import == NULL)
    self->error = g_strdup (error != NULL ? error->message : _("The file could not be read"));
  show_result (self, file);

  return self;
}

const char *
tp_csv_import_dialog_get_error (TpCsvImportDialog *self)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT_DIALOG (self), NULL);

  return self->error;
}
