/* tp-pdf.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small PDF file writer for the PDF export (tp-export-pdf.c): numbered
 * objects, streams compressed with zlib, the cross-reference table, and the
 * numbers and strings of PDF's syntax. The fonts (embedded subsets with a
 * ToUnicode map, so the text stays selectable and searchable) are in
 * tp-pdf-fonts.c. Pure GLib + zlib + HarfBuzz; no cairo, no GTK.
 */

#pragma once

#include <glib.h>
#include <pango/pango.h>

#include "tp-decimal.h"

G_BEGIN_DECLS

typedef struct _TpPdf TpPdf;

/** tp_pdf_new: a PDF file with objects 1 (catalog) and 2 (page tree) reserved. */
TpPdf   *tp_pdf_new             (void);
void     tp_pdf_free            (TpPdf         *pdf);

/** tp_pdf_reserve: the number of a new object, written later with tp_pdf_begin(). */
guint    tp_pdf_reserve         (TpPdf         *pdf);
/** tp_pdf_begin: starts object @id ("id 0 obj"); returns the file to append its body to. */
GString *tp_pdf_begin           (TpPdf         *pdf,
                                 guint          id);
/** tp_pdf_end: ends the object begun last. */
void     tp_pdf_end             (TpPdf         *pdf);
/* tp_pdf_stream's level for content streams: our own deflate (tp-deflate.c). */
#define TP_PDF_FAST (-1)

/** tp_pdf_stream: writes object @id as a stream of @data, deflated at zlib @level (0: as it
 *  is; TP_PDF_FAST: our own deflate); @dict holds the dictionary's other entries (may be
 *  NULL). */
void     tp_pdf_stream          (TpPdf         *pdf,
                                 guint          id,
                                 const char    *dict,
                                 const void    *data,
                                 gsize          length,
                                 int            level);
/** tp_pdf_add_page: object @page (written by the caller) is the next page. */
void     tp_pdf_add_page        (TpPdf         *pdf,
                                 guint          page);
/** tp_pdf_finish: writes the page tree, the catalog, an information dictionary with @title
 *  and @creator, the cross-reference table and the trailer; returns the file and frees @pdf. */
GBytes  *tp_pdf_finish          (TpPdf         *pdf,
                                 const char    *title,
                                 const char    *creator);

/* --- syntax ------------------------------------------------------------------ */

/** tp_pdf_put_hundredths: @v hundredths as the shortest decimal: 1250 → "12.5", -3 → "-.03". */
void     tp_pdf_put_hundredths  (GString       *s,
                                 gint64         v);
/** tp_pdf_put_fixed: @v with at most @decimals (≤ 6) decimals, trailing zeros dropped. */
void     tp_pdf_put_fixed       (GString       *s,
                                 double         v,
                                 int            decimals);
/** tp_pdf_put_text_string: @utf8 as a PDF text string: <FEFF…>, UTF-16BE. */
void     tp_pdf_put_text_string (GString       *s,
                                 const char    *utf8);
/** tp_pdf_put_name: @name as a PDF name (/…, with #xx for what names cannot hold). */
void     tp_pdf_put_name        (GString       *s,
                                 const char    *name);

static inline gint64
tp_pdf_hundredths (double v)
{
  /* Round half away from zero without llround's call. */
  return (gint64) (v >= 0 ? v * 100 + 0.5 : v * 100 - 0.5);
}

/* --- fonts (tp-pdf-fonts.c) ----------------------------------------------------- */

typedef struct _TpPdfFonts TpPdfFonts;

TpPdfFonts *tp_pdf_fonts_new     (TpPdf          *pdf);
void        tp_pdf_fonts_free    (TpPdfFonts     *fonts);
/** tp_pdf_fonts_lookup: the number of the PDF font (resource /F<n>) showing @font's glyphs, and
 *  @font's size in its user units; -1 when the font cannot be embedded (no outlines we know). */
int         tp_pdf_fonts_lookup  (TpPdfFonts     *fonts,
                                  PangoFont      *font,
                                  double         *size);
/** tp_pdf_fonts_use: marks glyph @glyph of font @font used, showing @text (@length bytes, may be
 *  0: nothing to copy) when it has no text yet; returns its advance in thousandths of the
 *  font size. */
int         tp_pdf_fonts_use     (TpPdfFonts     *fonts,
                                  int             font,
                                  guint           glyph,
                                  const char     *text,
                                  int             length);
/** tp_pdf_fonts_write: writes every font used (subset, widths, ToUnicode map) and appends
 *  their resource entries ("/F0 9 0 R …") to @resources. FALSE when a font could not be
 *  subset. */
gboolean    tp_pdf_fonts_write   (TpPdfFonts     *fonts,
                                  GString        *resources);

G_END_DECLS
