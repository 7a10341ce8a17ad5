/* tp-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing with GtkPrintOperation, painted by tp-view-render in the light
 * style. Fit to page scales the whole map (under a title line) onto one
 * page. A poster keeps the map large: it is cut into a grid of pages that
 * share a TP_PRINT_OVERLAP strip, marked with dashed lines and corner ticks,
 * and each page names its row and column so the sheets can be glued.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "render/tp-analysis-view.h"
#include "render/tp-view.h"
#include "tp-message-dialog.h"
#include "tp-print.h"

#define TITLE_HEIGHT 28.0
#define LABEL_SIZE   7.0

typedef struct {
  TpProject     *project;
  TpJourney     *journey;
  TpView        *view;
  char          *view_name;     /* the view to print, NULL = the journey map */
  gboolean       show_rollup;
  GPtrArray     *overlay;       /* the analysis' overlaid journeys; NULL = all */
  TpPrintLayout  layout;
  guint          pages_across;
  guint          pages_down;
  double         poster_scale;
  /* The "Layout" tab. */
  GtkWidget     *fit_button;
  GtkWidget     *across_spin;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->view);
  g_clear_pointer (&job->view_name, g_free);
  g_clear_pointer (&job->overlay, g_ptr_array_unref);
  g_clear_object (&job->journey);
  g_clear_object (&job->project);
  g_free (job);
}

static void
draw_label (cairo_t    *cr,
            const char *text,
            double      size,
            gboolean    bold,
            double      x,
            double      y)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, "Sans");
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintJob          *job)
{
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  double width, height, step_y;

  g_clear_object (&job->view);
  job->view = tp_view_new (job->view_name, job->journey);
  if (job->view == NULL)
    job->view = tp_view_new (TP_VIEW_JOURNEY, job->journey);
  tp_view_set_show_rollup (job->view, job->show_rollup);
  if (job->overlay != NULL && TP_IS_ANALYSIS_VIEW (job->view))
    tp_analysis_view_set_overlay (TP_ANALYSIS_VIEW (job->view), job->overlay);
  tp_view_get_size (job->view, &width, &height);

  if (job->layout == TP_PRINT_FIT_TO_PAGE || page_width <= 2 * TP_PRINT_OVERLAP
      || page_height <= 2 * TP_PRINT_OVERLAP + LABEL_SIZE * 2)
    {
      gtk_print_operation_set_n_pages (operation, 1);
      return;
    }

  /* The map spans the pages across, less the strips they share. */
  job->poster_scale = (job->pages_across * page_width
                       - (job->pages_across - 1) * TP_PRINT_OVERLAP) / MAX (width, 1);
  step_y = page_height - TP_PRINT_OVERLAP - 2 * LABEL_SIZE;
  job->pages_down = MAX (1, (guint) ceil ((height * job->poster_scale - TP_PRINT_OVERLAP) / step_y));
  gtk_print_operation_set_n_pages (operation, job->pages_across * job->pages_down);
}

/* A map wider than tall fits a landscape page better. */
static void
request_page_setup (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page_nr,
                    GtkPageSetup      *setup,
                    PrintJob          *job)
{
  double width, height;

  if (job->layout != TP_PRINT_FIT_TO_PAGE || job->view == NULL)
    return;
  tp_view_get_size (job->view, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
paint_map (PrintJob *job,
           cairo_t  *cr,
           double    scale,
           TpRect   *clip)
{
  TpViewPaintOptions options;

  tp_view_paint_options_init (&options);
  /* Paper is read close up: always with text. */
  options.scale = MAX (scale, 1.0) * 4;
  options.clip = clip;
  tp_view_paint (job->view, cr, &options);
}

static void
draw_fit (PrintJob        *job,
          GtkPrintContext *context,
          cairo_t         *cr)
{
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  const char *title = tp_journey_get_title (job->journey);
  double width, height, scale;

  tp_view_get_size (job->view, &width, &height);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  draw_label (cr, title != NULL && *title != '\0' ? title : _("Journey"), 14, TRUE, 0, 0);

  scale = MIN (page_width / MAX (width, 1), (page_height - TITLE_HEIGHT) / MAX (height, 1));
  cairo_save (cr);
  cairo_translate (cr, (page_width - width * scale) / 2, TITLE_HEIGHT);
  cairo_scale (cr, scale, scale);
  paint_map (job, cr, scale, NULL);
  cairo_restore (cr);
}

static void
draw_poster (PrintJob        *job,
             GtkPrintContext *context,
             cairo_t         *cr,
             int              page_nr)
{
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  double area_height = page_height - 2 * LABEL_SIZE;
  double step_x = page_width - TP_PRINT_OVERLAP;
  double step_y = area_height - TP_PRINT_OVERLAP;
  guint column = page_nr % job->pages_across;
  guint row = page_nr / job->pages_across;
  double s = job->poster_scale;
  const double dashes[] = { 4, 3 };
  g_autofree char *label = NULL;
  TpRect clip;

  /* This page's part of the map, in map units. */
  clip.x = column * step_x / s;
  clip.y = row * step_y / s;
  clip.width = page_width / s;
  clip.height = area_height / s;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, page_width, area_height);
  cairo_clip (cr);
  cairo_scale (cr, s, s);
  cairo_translate (cr, -clip.x, -clip.y);
  paint_map (job, cr, s, &clip);
  cairo_restore (cr);

  /* The shared strips: dashed where the neighbouring sheet's edge lies. */
  cairo_save (cr);
  cairo_set_source_rgba (cr, 0.3, 0.3, 0.3, 0.8);
  cairo_set_line_width (cr, 0.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  if (column + 1 < job->pages_across)
    {
      cairo_move_to (cr, step_x, 0);
      cairo_line_to (cr, step_x, area_height);
    }
  if (column > 0)
    {
      cairo_move_to (cr, TP_PRINT_OVERLAP, 0);
      cairo_line_to (cr, TP_PRINT_OVERLAP, area_height);
    }
  if (row + 1 < job->pages_down)
    {
      cairo_move_to (cr, 0, step_y);
      cairo_line_to (cr, page_width, step_y);
    }
  if (row > 0)
    {
      cairo_move_to (cr, 0, TP_PRINT_OVERLAP);
      cairo_line_to (cr, page_width, TP_PRINT_OVERLAP);
    }
  cairo_stroke (cr);

  /* Corner ticks below the picture, to line the sheets up. */
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_move_to (cr, 0, area_height);
  cairo_line_to (cr, 0, area_height + LABEL_SIZE);
  cairo_move_to (cr, page_width, area_height);
  cairo_line_to (cr, page_width, area_height + LABEL_SIZE);
  cairo_stroke (cr);

  label = g_strdup_printf (_("Row %u of %u, column %u of %u — overlap %.0f mm"),
                           row + 1, job->pages_down, column + 1, job->pages_across,
                           TP_PRINT_OVERLAP * 25.4 / 72);
  draw_label (cr, label, LABEL_SIZE, FALSE, 4, area_height + 1);
  cairo_restore (cr);
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page_nr,
           PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (job->layout == TP_PRINT_FIT_TO_PAGE || job->pages_down == 0)
    draw_fit (job, context, cr);
  else
    draw_poster (job, context, cr, page_nr);
}

static void
fit_toggled (GtkCheckButton *fit,
             PrintJob       *job)
{
  gtk_widget_set_sensitive (job->across_spin, !gtk_check_button_get_active (fit));
}

static GObject *
create_custom_widget (GtkPrintOperation *operation,
                      PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *poster = gtk_check_button_new_with_mnemonic (_("_Poster, tiled across pages"));
  GtkWidget *across = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Pages _across"));

  job->fit_button = gtk_check_button_new_with_mnemonic (_("_Fit to one page"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (poster), GTK_CHECK_BUTTON (job->fit_button));
  job->across_spin = gtk_spin_button_new_with_range (1, 10, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (job->across_spin), MAX (job->pages_across, 2));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), job->across_spin);
  gtk_widget_set_margin_start (across, 24);
  gtk_box_append (GTK_BOX (across), label);
  gtk_box_append (GTK_BOX (across), job->across_spin);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), job->fit_button);
  gtk_box_append (GTK_BOX (box), poster);
  gtk_box_append (GTK_BOX (box), across);

  g_signal_connect (job->fit_button, "toggled", G_CALLBACK (fit_toggled), job);
  if (job->layout == TP_PRINT_POSTER)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (poster), TRUE);
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (job->fit_button), TRUE);
  fit_toggled (GTK_CHECK_BUTTON (job->fit_button), job);
  return G_OBJECT (box);
}

static void
custom_widget_apply (GtkPrintOperation *operation,
                     GtkWidget         *widget,
                     PrintJob          *job)
{
  job->layout = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->fit_button))
                ? TP_PRINT_FIT_TO_PAGE : TP_PRINT_POSTER;
  job->pages_across = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (job->across_spin));
}

GtkPrintOperation *
tp_print_operation_new (TpProject     *project,
                        TpJourney     *journey,
                        TpPrintLayout  layout,
                        guint          pages_across)
{
  GtkPrintOperation *operation;
  PrintJob *job;
  const char *title;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  job = g_new0 (PrintJob, 1);
  job->project = g_object_ref (project);
  job->journey = g_object_ref (journey);
  job->layout = layout;
  job->pages_across = CLAMP (pages_across, 1, 10);

  operation = gtk_print_operation_new ();
  title = tp_journey_get_title (journey);
  gtk_print_operation_set_job_name (operation, title != NULL && *title != '\0' ? title
                                                                              : _("Journey map"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Layout"));
  g_object_set_data_full (G_OBJECT (operation), "tp-print-job", job, print_job_free);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup), job);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply), job);
  return operation;
}

void
tp_print_operation_set_view (GtkPrintOperation *operation,
                             const char        *view)
{
  PrintJob *job;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));

  job = g_object_get_data (G_OBJECT (operation), "tp-print-job");
  g_return_if_fail (job != NULL);
  g_free (job->view_name);
  job->view_name = g_strdup (view);
}

void
tp_print_operation_set_show_rollup (GtkPrintOperation *operation,
                                    gboolean           show)
{
  PrintJob *job;

  job = g_object_get_data (G_OBJECT (operation), "tp-print-job");
  g_return_if_fail (job != NULL);
  job->show_rollup = show;
}

void
tp_print_operation_set_overlay (GtkPrintOperation *operation,
                                GPtrArray         *journeys)
{
  PrintJob *job;

  job = g_object_get_data (G_OBJECT (operation), "tp-print-job");
  g_return_if_fail (job != NULL);
  g_clear_pointer (&job->overlay, g_ptr_array_unref);
  job->overlay = journeys != NULL ? g_ptr_array_ref (journeys) : NULL;
}

void
tp_print_journey (GtkWindow  *parent,
                  TpProject  *project,
                  TpJourney  *journey,
                  const char *view,
                  gboolean    show_rollup,
                  GPtrArray  *overlay)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  GtkWidget *dialog;

  g_return_if_fail (TP_IS_JOURNEY (journey));

  operation = tp_print_operation_new (project, journey, TP_PRINT_FIT_TO_PAGE, 2);
  tp_print_operation_set_view (operation, view);
  tp_print_operation_set_show_rollup (operation, show_rollup);
  tp_print_operation_set_overlay (operation, overlay);
  /* Runs the dialog in a nested main loop and returns when printing is handed over. */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  dialog = GTK_WIDGET (tp_message_dialog_new (parent, _("Could Not Print"),
                                              error != NULL ? error->message : NULL));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
