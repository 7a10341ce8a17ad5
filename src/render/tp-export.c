/* tp-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export's entry point; PNGs are made in tp-export-png.c, SVGs in
 * tp-export-svg.c, PDFs in tp-export-pdf.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tp-analysis-view.h"
#include "tp-export-private.h"

static TpJourney *
first_journey (TpProject *project)
{
  GPtrArray *journeys = tp_project_get_journeys (project);

  return journeys->len > 0 ? g_ptr_array_index (journeys, 0) : NULL;
}

/* --- SVG and PDF: cairo's surfaces ----------------------------------------------------- */

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
      return _tp_export_pdf (project, options, error);
    case TP_EXPORT_CSV:
      return tp_export_csv (journey, options->view);
    case TP_EXPORT_CSV_CARDS:
      return tp_export_csv_cards (journey);
    default:
      g_return_val_if_reached (NULL);
    }
}
