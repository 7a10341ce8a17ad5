/* tp-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF export, painted by the view in the light style, and the entry point;
 * PNGs are made in tp-export-png.c, SVGs in tp-export-svg.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tp-analysis-view.h"
#include "tp-export-private.h"

/* The PDF page: margin and title block, in points (1 map unit = 1 pt). */
#define PDF_MARGIN       36.0
#define PDF_TITLE_HEIGHT 64.0

static TpJourney *
first_journey (TpProject *project)
{
  GPtrArray *journeys = tp_project_get_journeys (project);

  return journeys->len > 0 ? g_ptr_array_index (journeys, 0) : NULL;
}

/* --- SVG and PDF ----------------------------------------------------- */

cairo_status_t
_tp_export_write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
_tp_export_finish_vector (cairo_surface_t  *surface,
               GByteArray       *out,
               GError          **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (out);
      g_set_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_FAILED,
                   _("Could not draw the picture: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (out);
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      size,
           PangoWeight weight,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, tp_theme_get (TP_THEME_LIGHT)->font_family);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  tp_draw_show_layout (cr, layout);
}

static void
pdf_page (cairo_surface_t       *surface,
          TpProject             *project,
          TpJourney             *journey,
          const TpExportOptions *options,
          const char            *date)
{
  g_autoptr(TpView) view = _tp_export_view (journey, options);
  const TpTheme *theme = tp_theme_get (TP_THEME_LIGHT);
  const char *persona_id = tp_journey_get_persona (journey);
  TpElement *persona = persona_id != NULL ? tp_project_lookup (project, persona_id) : NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *project_title = tp_project_get_title (project);
  const char *journey_title = tp_journey_get_title (journey);
  double width, height, page_width, page_height, k = 1;
  cairo_t *cr;

  tp_view_get_size (view, &width, &height);
  width = MAX (width, 320);
  page_width = width + 2 * PDF_MARGIN;
  page_height = height + PDF_TITLE_HEIGHT + 2 * PDF_MARGIN;
  if (page_width > TP_EXPORT_MAX_PDF_SIDE || page_height > TP_EXPORT_MAX_PDF_SIDE)
    k = MIN (TP_EXPORT_MAX_PDF_SIDE / page_width, TP_EXPORT_MAX_PDF_SIDE / page_height);
  cairo_pdf_surface_set_size (surface, page_width * k, page_height * k);

  cr = cairo_create (surface);
  cairo_scale (cr, k, k);

  if (journey_title != NULL && *journey_title != '\0')
    g_string_append (subtitle, journey_title);
  if (persona != NULL && TP_IS_PERSONA (persona))
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("Persona: %s"), tp_persona_get_name (TP_PERSONA (persona)));
    }
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  g_string_append (subtitle, date);

  tp_cairo_set_rgba (cr, &theme->header_text);
  draw_text (cr, project_title != NULL && *project_title != '\0' ? project_title : _("Untitled Project"),
             22, PANGO_WEIGHT_BOLD, PDF_MARGIN, PDF_MARGIN, width);
  tp_cairo_set_rgba (cr, &theme->card_detail);
  draw_text (cr, subtitle->str, 13, PANGO_WEIGHT_NORMAL, PDF_MARGIN, PDF_MARGIN + 32, width);

  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN + PDF_TITLE_HEIGHT);
  tp_view_paint (view, cr, NULL);
  cairo_destroy (cr);
  cairo_surface_show_page (surface);
}

static GBytes *
export_pdf (TpProject             *project,
            const TpExportOptions *options,
            GError               **error)
{
  GByteArray *out = g_byte_array_new ();
  GPtrArray *journeys = tp_project_get_journeys (project);
  g_autofree char *today = NULL;
  g_autofree char *creator = g_strdup_printf ("Touchpoint %s", PACKAGE_VERSION);
  const char *title = tp_project_get_title (project);
  const char *date = options->date;
  cairo_surface_t *surface;

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = today = g_date_time_format (now, "%Y-%m-%d");
    }

  surface = cairo_pdf_surface_create_for_stream (_tp_export_write_to_array, out, 595, 842);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  title != NULL && *title != '\0' ? title : _("Untitled Project"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);

  if (options->journey != NULL)
    pdf_page (surface, project, options->journey, options, date);
  else
    for (guint i = 0; i < journeys->len; i++)
      pdf_page (surface, project, g_ptr_array_index (journeys, i), options, date);

  return _tp_export_finish_vector (surface, out, error);
}

TpView *
_tp_export_view (TpJourney             *journey,
                 const TpExportOptions *options)
{
  TpView *view = tp_view_new (options->view, journey);

  if (view == NULL)
    view = tp_view_new (TP_VIEW_JOURNEY, journey);
  tp_view_set_show_rollup (view, options->show_rollup);
  if (options->overlay != NULL && TP_IS_ANALYSIS_VIEW (view))
    tp_analysis_view_set_overlay (TP_ANALYSIS_VIEW (view), options->overlay);
  return view;
}

GBytes *
tp_export_to_bytes (TpProject             *project,
                    const TpExportOptions *options,
                    char                 **notice,
                    GError               **error)
{
  TpJourney *journey;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (notice != NULL)
    *notice = NULL;

  journey = options->journey != NULL ? options->journey : first_journey (project);
  if (journey == NULL)
    {
      g_set_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_NO_JOURNEY,
                   _("The project has no journey to export"));
      return NULL;
    }

  switch (options->format)
    {
    case TP_EXPORT_PNG:
      return _tp_export_png (journey, options, notice, error);
    case TP_EXPORT_SVG:
      return _tp_export_svg (journey, options, error);
    case TP_EXPORT_PDF:
      return export_pdf (project, options, error);
    case TP_EXPORT_CSV:
      return tp_export_csv (journey, options->view);
    case TP_EXPORT_CSV_CARDS:
      return tp_export_csv_cards (journey);
    default:
      g_return_val_if_reached (NULL);
    }
}
