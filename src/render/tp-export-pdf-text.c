/* tp-export-pdf-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF writer's text: a PangoRenderer that writes the glyphs pango shaped
 * and placed, as the screen shows them, into the content stream. Each run
 * is one "TJ" of two-byte glyph ids in its face's Type0 font (tp-pdf-fonts.c)
 * placed by a text matrix at its first glyph; where pango's advance differs
 * from the font's own (hinted metrics, letter spacing), a TJ adjustment
 * keeps each glyph where pango put it, to a thousandth of an em. The text
 * of each cluster goes to the font's ToUnicode map, so the PDF's text can be
 * selected, copied and searched; an ellipsis carries the text it hides as
 * its ActualText, so a search finds a whole title that was cut short.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-export-pdf-private.h"

/* Declared by hand: pango 1.50 has no autoptr cleanup for PangoRenderer, which
 * G_DECLARE_FINAL_TYPE needs. */
typedef struct _TpPdfTextRenderer TpPdfTextRenderer;
typedef struct { PangoRendererClass parent_class; } TpPdfTextRendererClass;

static GType tp_pdf_text_renderer_get_type (void);
#define TP_TYPE_PDF_TEXT_RENDERER (tp_pdf_text_renderer_get_type ())
#define TP_PDF_TEXT_RENDERER(o) (G_TYPE_CHECK_INSTANCE_CAST ((o), TP_TYPE_PDF_TEXT_RENDERER, TpPdfTextRenderer))

struct _TpPdfTextRenderer
{
  PangoRenderer  parent_instance;
  PdfWriter     *w;
  cairo_matrix_t matrix;   /* the layout's user space (origin at its top left) to device */
  double         rgba[4];  /* the cairo source: the colour unless pango's attributes say */
  gboolean       plain;    /* matrix is a uniform scale and a translation */
};

G_DEFINE_FINAL_TYPE (TpPdfTextRenderer, tp_pdf_text_renderer, PANGO_TYPE_RENDERER)

static const char hex[] = "0123456789ABCDEF";

static void
part_color (TpPdfTextRenderer *self,
            PangoRenderPart    part,
            double            *rgba)
{
  PangoRenderer *renderer = PANGO_RENDERER (self);
  PangoColor *color = pango_renderer_get_color (renderer, part);
  guint16 alpha = pango_renderer_get_alpha (renderer, part);

  if (color != NULL)
    {
      rgba[0] = color->red / 65535.0;
      rgba[1] = color->green / 65535.0;
      rgba[2] = color->blue / 65535.0;
    }
  else
    {
      rgba[0] = self->rgba[0];
      rgba[1] = self->rgba[1];
      rgba[2] = self->rgba[2];
    }
  rgba[3] = alpha != 0 ? self->rgba[3] * alpha / 65535.0 : self->rgba[3];
}

/* "a b c d e f Tm" placing a glyph's origin at (@x, @y), pango units of the layout. */
static void
put_text_matrix (TpPdfTextRenderer *self,
                 double             x,
                 double             y)
{
  GString *s = self->w->page;
  const cairo_matrix_t *m = &self->matrix;
  double ux = x / PANGO_SCALE, uy = y / PANGO_SCALE;
  double dx = m->xx * ux + m->xy * uy + m->x0;
  double dy = m->yx * ux + m->yy * uy + m->y0;

  /* Device space runs down the page (the page's matrix turns it over): glyphs, drawn
   * upwards, are turned over again. */
  if (self->plain)
    g_string_append (s, "1 0 0 -1 ");
  else
    {
      tp_pdf_put_fixed (s, m->xx, 5);
      g_string_append_c (s, ' ');
      tp_pdf_put_fixed (s, m->yx, 5);
      g_string_append_c (s, ' ');
      tp_pdf_put_fixed (s, -m->xy, 5);
      g_string_append_c (s, ' ');
      tp_pdf_put_fixed (s, -m->yy, 5);
      g_string_append_c (s, ' ');
    }
  tp_pdf_put_hundredths (s, tp_pdf_hundredths (dx));
  g_string_append_c (s, ' ');
  tp_pdf_put_hundredths (s, tp_pdf_hundredths (dy));
  g_string_append (s, " Tm");
}

static void
set_font (TpPdfTextRenderer *self,
          int                font,
          double             size)
{
  PdfWriter *w = self->w;
  gint64 thousandths;

  /* Plain: the scale is in the size, the matrix only turns the glyphs over. */
  if (self->plain)
    size *= self->matrix.xx;
  thousandths = (gint64) (size * 1000 + 0.5);
  if (w->state.font == font && w->state.font_size == thousandths)
    return;
  g_string_append_printf (w->page, "/F%d ", font);
  tp_pdf_put_fixed (w->page, thousandths / 1000.0, 3);
  g_string_append (w->page, " Tf\n");
  w->state.font = font;
  w->state.font_size = thousandths;
}

/* The text of the cluster starting at glyph @i (its first glyph): from its start to the
 * next cluster's start in the text, whichever way the glyphs run. */
static int
cluster_end (const PangoGlyphString *glyphs,
             int                     i,
             int                     length)
{
  int start = glyphs->log_clusters[i];
  int end = length;
  int j = i;

  while (j < glyphs->num_glyphs && glyphs->log_clusters[j] == start)
    j++;
  if (j < glyphs->num_glyphs && glyphs->log_clusters[j] > start)
    end = MIN (end, glyphs->log_clusters[j]);
  if (i > 0 && glyphs->log_clusters[i - 1] > start)
    end = MIN (end, glyphs->log_clusters[i - 1]);
  return end;
}

static void
draw_run (TpPdfTextRenderer *self,
          const char        *text,
          PangoItem         *item,
          PangoFont         *pango_font,
          PangoGlyphString  *glyphs,
          int                x,
          int                y)
{
  PdfWriter *w = self->w;
  GString *s = w->page;
  double rgba[4], size;
  int font = tp_pdf_fonts_lookup (w->fonts, pango_font, &size);
  gboolean ellipsis = item != NULL && (item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) != 0;
  const char *item_text = item != NULL && text != NULL ? text + item->offset : NULL;
  gboolean open = FALSE;     /* inside "[…] TJ" */
  gboolean moved = TRUE;     /* the next glyph needs a text matrix */
  double per_unit, pen = 0, start = 0;
  int x_position = 0;

  if (font < 0)
    {
      w->unsupported = TRUE;
      return;
    }
  if (glyphs->num_glyphs == 0 || size <= 0)
    return;

  part_color (self, PANGO_RENDER_PART_FOREGROUND, rgba);
  if (!w->in_text)
    {
      g_string_append (s, "BT\n");
      w->in_text = TRUE;
    }
  _tp_pdf_set_fill (w, rgba);
  set_font (self, font, size);
  /* Copying or searching the ellipsis finds the text it hides, as with cairo's PDF. */
  if (ellipsis && item_text != NULL && item->length > 0)
    {
      g_autofree char *hidden = g_strndup (item_text, item->length);

      g_string_append (s, "/Span << /ActualText ");
      tp_pdf_put_text_string (s, hidden);
      g_string_append (s, " >> BDC\n");
    }
  /* Thousandths of an em per pango unit. */
  per_unit = 1000.0 / (size * PANGO_SCALE);

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      PangoGlyphInfo *info = &glyphs->glyphs[i];
      PangoGlyph glyph = info->glyph;
      const char *shown = NULL;
      int length = 0, width;
      gboolean offset = info->geometry.x_offset != 0 || info->geometry.y_offset != 0;
      double target;

      if (glyph == PANGO_GLYPH_EMPTY || (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0 || glyph > 0xffff)
        {
          x_position += info->geometry.width;
          continue;
        }

      if (ellipsis)
        {
          /* The ellipsis run covers the text it hides; it shows "…" (or "..."). */
          shown = glyphs->num_glyphs == 1 ? "\xe2\x80\xa6" : ".";
          length = strlen (shown);
        }
      else if (item_text != NULL && (i == 0 || glyphs->log_clusters[i - 1] != glyphs->log_clusters[i]))
        {
          shown = item_text + glyphs->log_clusters[i];
          length = cluster_end (glyphs, i, item->length) - glyphs->log_clusters[i];
        }
      width = tp_pdf_fonts_use (w->fonts, font, glyph, shown, length);

      if (moved || offset)
        {
          if (open)
            g_string_append (s, ">]TJ\n");
          put_text_matrix (self, x + x_position + info->geometry.x_offset, y + info->geometry.y_offset);
          g_string_append (s, "[<");
          open = TRUE;
          start = x_position;
          pen = 0;
        }
      else
        {
          /* Where pango puts it, against where the font's advances took the pen. */
          target = (x_position - start) * per_unit;
          if (fabs (target - pen) >= 0.5)
            {
              int adjust = (int) lround (target - pen);
              char buf[32];
              char *end = buf + sizeof buf, *p = end;

              /* ">-12<": TJ's numbers move the pen back, in thousandths of the size. */
              *--p = '<';
              p = tp_format_hundredths (p, -(gint64) adjust * 100);
              *--p = '>';
              g_string_append_len (s, p, end - p);
              pen += adjust;
            }
        }
      g_string_append_c (s, hex[(glyph >> 12) & 15]);
      g_string_append_c (s, hex[(glyph >> 8) & 15]);
      g_string_append_c (s, hex[(glyph >> 4) & 15]);
      g_string_append_c (s, hex[glyph & 15]);
      pen += width;
      moved = offset;
      x_position += info->geometry.width;
    }
  if (open)
    g_string_append (s, ">]TJ\n");
  if (ellipsis && item_text != NULL && item->length > 0)
    g_string_append (s, "EMC\n");
}

static void
draw_glyph_item (PangoRenderer  *renderer,
                 const char     *text,
                 PangoGlyphItem *glyph_item,
                 int             x,
                 int             y)
{
  draw_run (TP_PDF_TEXT_RENDERER (renderer), text, glyph_item->item, glyph_item->item->analysis.font,
            glyph_item->glyphs, x, y);
}

static void
draw_glyphs (PangoRenderer    *renderer,
             PangoFont        *font,
             PangoGlyphString *glyphs,
             int               x,
             int               y)
{
  draw_run (TP_PDF_TEXT_RENDERER (renderer), NULL, NULL, font, glyphs, x, y);
}

/* Underlines and strike-through lines. */
static void
draw_rectangle (PangoRenderer   *renderer,
                PangoRenderPart  part,
                int              x,
                int              y,
                int              width,
                int              height)
{
  TpPdfTextRenderer *self = TP_PDF_TEXT_RENDERER (renderer);
  const cairo_matrix_t *m = &self->matrix;
  double corners[] = { x, y, x + width, y, x + width, y + height, x, y + height };
  double rgba[4];

  for (int i = 0; i < 8; i += 2)
    {
      double ux = corners[i] / PANGO_SCALE, uy = corners[i + 1] / PANGO_SCALE;

      corners[i] = m->xx * ux + m->xy * uy + m->x0;
      corners[i + 1] = m->yx * ux + m->yy * uy + m->y0;
    }
  part_color (self, part, rgba);
  _tp_pdf_fill_polygon (self->w, corners, 4, rgba);
}

static void
tp_pdf_text_renderer_class_init (TpPdfTextRendererClass *klass)
{
  PangoRendererClass *renderer_class = PANGO_RENDERER_CLASS (klass);

  renderer_class->draw_glyphs = draw_glyphs;
  renderer_class->draw_glyph_item = draw_glyph_item;
  renderer_class->draw_rectangle = draw_rectangle;
}

static void
tp_pdf_text_renderer_init (TpPdfTextRenderer *self)
{
}

PangoRenderer *
_tp_pdf_text_renderer_new (PdfWriter *w)
{
  TpPdfTextRenderer *self = g_object_new (TP_TYPE_PDF_TEXT_RENDERER, NULL);

  self->w = w;
  return PANGO_RENDERER (self);
}

void
_tp_pdf_show_layout (PangoRenderer *renderer,
                     cairo_t       *cr,
                     PangoLayout   *layout,
                     const double  *rgba)
{
  TpPdfTextRenderer *self = TP_PDF_TEXT_RENDERER (renderer);
  double x, y;

  cairo_get_current_point (cr, &x, &y);
  cairo_get_matrix (cr, &self->matrix);
  cairo_matrix_translate (&self->matrix, x, y);
  self->plain = self->matrix.xy == 0 && self->matrix.yx == 0 && self->matrix.xx == self->matrix.yy
                && self->matrix.xx > 0;
  for (int i = 0; i < 4; i++)
    self->rgba[i] = rgba[i];
  pango_renderer_draw_layout (renderer, layout, 0, 0);
  _tp_pdf_end_text (self->w);
}
