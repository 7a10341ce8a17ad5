/* tp-export-pdf-pages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF export's pages and file: the title block over each journey's view, the page size, the
 * objects of a page and its resources, and cairo's PDF surface for pages the writer cannot
 * write (tp-export-pdf.c is the drawing sink they are painted through).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tp-export-pdf-private.h"
#include "tp-export-private.h"

/* The PDF page: margin and title block, in points (1 map unit = 1 pt). */
#define PDF_MARGIN       36.0
#define PDF_TITLE_HEIGHT 64.0

/* --- pages -------------------------------------------------------------------- */

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

typedef struct {
  TpProject             *project;
  const TpExportOptions *options;
  const char            *date;
} Pages;

/* The page of @view: its size in points and the scale of map units to points. */
static void
page_size (TpView *view,
           double *page_width,
           double *page_height,
           double *k)
{
  double width, height;

  tp_view_get_size (view, &width, &height);
  width = MAX (width, 320);
  *page_width = width + 2 * PDF_MARGIN;
  *page_height = height + PDF_TITLE_HEIGHT + 2 * PDF_MARGIN;
  *k = 1;
  if (*page_width > TP_EXPORT_MAX_PDF_SIDE || *page_height > TP_EXPORT_MAX_PDF_SIDE)
    *k = MIN (TP_EXPORT_MAX_PDF_SIDE / *page_width, TP_EXPORT_MAX_PDF_SIDE / *page_height);
  *page_width *= *k;
  *page_height *= *k;
}

/* The title block and @view on @cr, scaled by @k. */
static void
paint_page (cairo_t      *cr,
            const Pages  *pages,
            TpJourney    *journey,
            TpView       *view,
            double        k)
{
  const TpTheme *theme = tp_theme_get (TP_THEME_LIGHT);
  const char *persona_id = tp_journey_get_persona (journey);
  TpElement *persona = persona_id != NULL ? tp_project_lookup (pages->project, persona_id) : NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *project_title = tp_project_get_title (pages->project);
  const char *journey_title = tp_journey_get_title (journey);
  double width, height;

  tp_view_get_size (view, &width, &height);
  width = MAX (width, 320);
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
  g_string_append (subtitle, pages->date);

  tp_cairo_set_rgba (cr, &theme->header_text);
  draw_text (cr, project_title != NULL && *project_title != '\0' ? project_title : _("Untitled Project"),
             22, PANGO_WEIGHT_BOLD, PDF_MARGIN, PDF_MARGIN, width);
  tp_cairo_set_rgba (cr, &theme->card_detail);
  draw_text (cr, subtitle->str, 13, PANGO_WEIGHT_NORMAL, PDF_MARGIN, PDF_MARGIN + 32, width);

  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN + PDF_TITLE_HEIGHT);
  tp_view_paint (view, cr, NULL);
}

/* --- cairo's PDF surface, for pages this writer cannot write --------------------- */

static GBytes *
export_cairo_pdf (const Pages  *pages,
                  GPtrArray    *journeys,
                  const char   *title,
                  const char   *creator,
                  GError      **error)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (_tp_export_write_to_array, out, 595, 842);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  for (guint i = 0; i < journeys->len; i++)
    {
      TpJourney *journey = g_ptr_array_index (journeys, i);
      g_autoptr(TpView) view = _tp_export_view (journey, pages->options);
      double page_width, page_height, k;
      cairo_t *cr;

      page_size (view, &page_width, &page_height, &k);
      cairo_pdf_surface_set_size (surface, page_width, page_height);
      cr = cairo_create (surface);
      paint_page (cr, pages, journey, view, k);
      cairo_destroy (cr);
      cairo_surface_show_page (surface);
    }
  return _tp_export_finish_vector (surface, out, error);
}

/* --- the writer ------------------------------------------------------------------- */

static void
write_page (PdfWriter   *w,
            const Pages *pages,
            TpJourney   *journey,
            guint        resources)
{
  g_autoptr(TpView) view = _tp_export_view (journey, pages->options);
  cairo_rectangle_t extents = { 0, 0, 0, 0 };
  cairo_surface_t *surface;
  guint page = tp_pdf_reserve (w->pdf), contents = tp_pdf_reserve (w->pdf);
  double k;
  GString *out;
  cairo_t *cr;

  page_size (view, &w->width, &w->height, &k);
  extents.width = w->width;
  extents.height = w->height;

  g_string_truncate (w->page, 0);
  _tp_pdf_reset_state (w);
  g_array_set_size (w->saves, 0);
  w->in_text = FALSE;
  /* Device space runs down from the top left, as cairo's. */
  g_string_append (w->page, "1 0 0 -1 0 ");
  tp_pdf_put_hundredths (w->page, tp_pdf_hundredths (w->height));
  g_string_append (w->page, " cm\n");

  /* Nothing is drawn on the surface: the sink takes it all. Its clip answers the
   * painters' clip queries, and its extents bound them to the page. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (surface);
  /* Text laid out as on cairo's PDF surface (and in print): metrics not hinted to a
   * pixel grid that a PDF does not have. */
  cairo_set_font_options (cr, w->font_options);
  tp_draw_set_sink (cr, &w->sink);
  paint_page (cr, pages, journey, view, k);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  _tp_pdf_end_text (w);
  while (w->saves->len > 0)
    _tp_pdf_restore (w);

  tp_pdf_stream (w->pdf, contents, NULL, w->page->str, w->page->len, TP_PDF_FAST);
  out = tp_pdf_begin (w->pdf, page);
  g_string_append (out, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ");
  tp_pdf_put_hundredths (out, tp_pdf_hundredths (w->width));
  g_string_append_c (out, ' ');
  tp_pdf_put_hundredths (out, tp_pdf_hundredths (w->height));
  g_string_append_printf (out, "] /Resources %u 0 R /Contents %u 0 R >>", resources, contents);
  tp_pdf_end (w->pdf);
  tp_pdf_add_page (w->pdf, page);
}

static void
write_resources (PdfWriter *w,
                 guint      resources,
                 GString   *fonts)
{
  GString *out = tp_pdf_begin (w->pdf, resources);
  GHashTableIter iter;
  gpointer key, value;

  g_string_append (out, "<< /ProcSet [/PDF /Text /ImageB /ImageC]");
  if (fonts->len > 0)
    g_string_append_printf (out, " /Font <<%s >>", fonts->str);
  if (g_hash_table_size (w->alphas) > 0)
    {
      g_string_append (out, " /ExtGState <<");
      g_hash_table_iter_init (&iter, w->alphas);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          int a = GPOINTER_TO_INT (key);

          g_string_append_printf (out, " /a%d << /ca ", a);
          _tp_pdf_put_thousandths (out, a);
          g_string_append (out, " /CA ");
          _tp_pdf_put_thousandths (out, a);
          g_string_append (out, " >>");
        }
      g_string_append (out, " >>");
    }
  if (g_hash_table_size (w->images) > 0 || w->forms->len > 0)
    {
      g_string_append (out, " /XObject <<");
      g_hash_table_iter_init (&iter, w->images);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_string_append_printf (out, " /I%u %u 0 R", GPOINTER_TO_UINT (value), GPOINTER_TO_UINT (value));
      for (guint i = 0; i < w->forms->len; i++)
        g_string_append_printf (out, " /X%u %u 0 R", g_array_index (w->forms, guint, i),
                                g_array_index (w->forms, guint, i));
      g_string_append (out, " >>");
    }
  g_string_append (out, " >>");
  tp_pdf_end (w->pdf);
}

GBytes *
_tp_export_pdf (TpProject             *project,
                const TpExportOptions *options,
                GError               **error)
{
  g_autoptr(GPtrArray) journeys = g_ptr_array_new ();
  g_autofree char *today = NULL;
  g_autofree char *creator = g_strdup_printf ("Touchpoint %s", PACKAGE_VERSION);
  const char *title = tp_project_get_title (project);
  Pages pages = { project, options, options->date };
  PdfWriter w = { 0 };
  g_autoptr(GString) fonts = g_string_new (NULL);
  guint resources;
  gboolean written;

  _tp_pdf_writer_init_sink (&w);
  if (title == NULL || *title == '\0')
    title = _("Untitled Project");
  if (pages.date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      pages.date = today = g_date_time_format (now, "%Y-%m-%d");
    }
  if (options->journey != NULL)
    g_ptr_array_add (journeys, options->journey);
  else
    for (guint i = 0; i < tp_project_get_journeys (project)->len; i++)
      g_ptr_array_add (journeys, g_ptr_array_index (tp_project_get_journeys (project), i));

  w.pdf = tp_pdf_new ();
  w.fonts = tp_pdf_fonts_new (w.pdf);
  w.page = g_string_sized_new (1024 * 1024);
  w.saves = g_array_new (FALSE, FALSE, sizeof (PdfSave));
  w.scratch = g_string_sized_new (1024);
  w.shapes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.forms = g_array_new (FALSE, FALSE, sizeof (guint));
  w.alphas = g_hash_table_new (NULL, NULL);
  w.groups = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref, NULL);
  w.recording = g_string_new (NULL);
  w.images = g_hash_table_new_full (NULL, NULL, (GDestroyNotify) cairo_surface_destroy, NULL);
  w.text = _tp_pdf_text_renderer_new (&w);
  w.font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (w.font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (w.font_options, CAIRO_HINT_METRICS_OFF);
  w.resources = resources = tp_pdf_reserve (w.pdf);

  for (guint i = 0; i < journeys->len && !w.unsupported; i++)
    write_page (&w, &pages, g_ptr_array_index (journeys, i), resources);
  written = !w.unsupported && tp_pdf_fonts_write (w.fonts, fonts);
  if (written)
    write_resources (&w, resources, fonts);

  tp_pdf_fonts_free (w.fonts);
  g_string_free (w.page, TRUE);
  g_array_unref (w.saves);
  g_string_free (w.scratch, TRUE);
  g_hash_table_unref (w.shapes);
  g_array_unref (w.forms);
  g_hash_table_unref (w.alphas);
  g_hash_table_unref (w.groups);
  g_string_free (w.recording, TRUE);
  g_hash_table_unref (w.images);
  g_object_unref (w.text);
  cairo_font_options_destroy (w.font_options);

  if (!written)
    {
      tp_pdf_free (w.pdf);
      return export_cairo_pdf (&pages, journeys, title, creator, error);
    }
  return tp_pdf_finish (w.pdf, title, creator);
}

GBytes *
_tp_export_pdf_with_cairo (TpProject             *project,
                           const TpExportOptions *options,
                           GError               **error)
{
  g_autoptr(GPtrArray) journeys = g_ptr_array_new ();
  g_autofree char *creator = g_strdup_printf ("Touchpoint %s", PACKAGE_VERSION);
  const char *title = tp_project_get_title (project);
  Pages pages = { project, options, options->date != NULL ? options->date : "" };

  if (options->journey != NULL)
    g_ptr_array_add (journeys, options->journey);
  else
    for (guint i = 0; i < tp_project_get_journeys (project)->len; i++)
      g_ptr_array_add (journeys, g_ptr_array_index (tp_project_get_journeys (project), i));
  return export_cairo_pdf (&pages, journeys, title != NULL && *title != '\0' ? title : _("Untitled Project"),
                           creator, error);
}
