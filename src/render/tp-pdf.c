/* tp-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF file: objects, streams, pages, cross-reference table (tp-pdf.h).
 */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "tp-deflate.h"
#include "tp-pdf.h"

#define CATALOG 1
#define PAGES   2

struct _TpPdf
{
  GString *out;
  GArray  *offsets;   /* gsize per object number; 0 = not written yet */
  GArray  *pages;     /* guint object numbers */
};

TpPdf *
tp_pdf_new (void)
{
  TpPdf *pdf = g_new0 (TpPdf, 1);
  gsize none = 0;

  pdf->out = g_string_sized_new (1024 * 1024);
  pdf->offsets = g_array_new (FALSE, TRUE, sizeof (gsize));
  pdf->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  /* Objects 0 (the free head), 1 and 2. */
  for (int i = 0; i <= PAGES; i++)
    g_array_append_val (pdf->offsets, none);
  /* PDF 1.6 for OpenType (CFF) font programs; the binary comment marks the file binary. */
  g_string_append (pdf->out, "%PDF-1.6\n%\xe2\xe3\xcf\xd3\n");
  return pdf;
}

void
tp_pdf_free (TpPdf *pdf)
{
  if (pdf == NULL)
    return;
  if (pdf->out != NULL)
    g_string_free (pdf->out, TRUE);
  g_array_unref (pdf->offsets);
  g_array_unref (pdf->pages);
  g_free (pdf);
}

guint
tp_pdf_reserve (TpPdf *pdf)
{
  gsize none = 0;

  g_array_append_val (pdf->offsets, none);
  return pdf->offsets->len - 1;
}

GString *
tp_pdf_begin (TpPdf *pdf,
              guint  id)
{
  g_return_val_if_fail (id > 0 && id < pdf->offsets->len, pdf->out);

  g_array_index (pdf->offsets, gsize, id) = pdf->out->len;
  g_string_append_printf (pdf->out, "%u 0 obj\n", id);
  return pdf->out;
}

void
tp_pdf_end (TpPdf *pdf)
{
  g_string_append (pdf->out, "\nendobj\n");
}

void
tp_pdf_stream (TpPdf      *pdf,
               guint       id,
               const char *dict,
               const void *data,
               gsize       length,
               int         level)
{
  GString *out = tp_pdf_begin (pdf, id);
  gsize length_at, start;

  g_string_append (out, "<<");
  if (dict != NULL && *dict != '\0')
    {
      g_string_append (out, dict);
      g_string_append_c (out, ' ');
    }
  if (level > 0 || level == TP_PDF_FAST)
    g_string_append (out, "/Filter /FlateDecode ");
  g_string_append (out, "/Length ");
  length_at = out->len;
  /* Room for the length, filled in below (up to 10 digits and spaces). */
  g_string_append (out, "          >>\nstream\n");
  start = out->len;

  if (level == TP_PDF_FAST && length > 0)
    {
      /* Our deflate (tp-deflate.c) in a zlib wrapper: a content stream is mostly the same
       * operators and numbers again, which its one-entry hash finds at a third of zlib's
       * level 1 instructions, for a stream about 7 % bigger. */
      guint32 adler;
      gsize n;
      guint8 *p;

      g_string_set_size (out, start + 2 + tp_deflate_bound (length) + 4);
      p = (guint8 *) out->str + start;
      p[0] = 0x78;
      p[1] = 0x01;
      n = tp_deflate_piece (data, length, 1, TRUE, p + 2, &adler);
      p[2 + n] = adler >> 24;
      p[3 + n] = adler >> 16;
      p[4 + n] = adler >> 8;
      p[5 + n] = adler;
      g_string_set_size (out, start + n + 6);
    }
  else if (level > 0 && length > 0)
    {
      z_stream z = { 0 };
      uLong bound;

      deflateInit (&z, level);
      bound = deflateBound (&z, length);
      g_string_set_size (out, start + bound);
      z.next_in = (Bytef *) data;
      z.avail_in = length;
      z.next_out = (Bytef *) out->str + start;
      z.avail_out = bound;
      deflate (&z, Z_FINISH);
      g_string_set_size (out, start + z.total_out);
      deflateEnd (&z);
    }
  else if (level > 0 || level == TP_PDF_FAST)
    {
      /* An empty zlib stream. */
      static const guint8 empty[] = { 0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 };

      g_string_append_len (out, (const char *) empty, sizeof empty);
    }
  else
    g_string_append_len (out, data, length);

  {
    char digits[16];
    int n = g_snprintf (digits, sizeof digits, "%" G_GSIZE_FORMAT, out->len - start);

    memcpy (out->str + length_at, digits, n);
  }
  g_string_append (out, "\nendstream");
  tp_pdf_end (pdf);
}

void
tp_pdf_add_page (TpPdf *pdf,
                 guint  page)
{
  g_array_append_val (pdf->pages, page);
}

GBytes *
tp_pdf_finish (TpPdf      *pdf,
               const char *title,
               const char *creator)
{
  GString *out;
  guint info = tp_pdf_reserve (pdf);
  gsize xref;

  out = tp_pdf_begin (pdf, PAGES);
  g_string_append (out, "<< /Type /Pages /Kids [");
  for (guint i = 0; i < pdf->pages->len; i++)
    g_string_append_printf (out, "%s%u 0 R", i > 0 ? " " : "", g_array_index (pdf->pages, guint, i));
  g_string_append_printf (out, "] /Count %u >>", pdf->pages->len);
  tp_pdf_end (pdf);

  out = tp_pdf_begin (pdf, CATALOG);
  g_string_append_printf (out, "<< /Type /Catalog /Pages %u 0 R >>", PAGES);
  tp_pdf_end (pdf);

  out = tp_pdf_begin (pdf, info);
  g_string_append (out, "<<");
  if (title != NULL)
    {
      g_string_append (out, " /Title ");
      tp_pdf_put_text_string (out, title);
    }
  if (creator != NULL)
    {
      g_string_append (out, " /Creator ");
      tp_pdf_put_text_string (out, creator);
    }
  g_string_append (out, " >>");
  tp_pdf_end (pdf);

  xref = out->len;
  g_string_append_printf (out, "xref\n0 %u\n0000000000 65535 f \n", pdf->offsets->len);
  for (guint i = 1; i < pdf->offsets->len; i++)
    {
      gsize offset = g_array_index (pdf->offsets, gsize, i);

      /* An object reserved and never written is free. */
      if (offset == 0)
        g_string_append (out, "0000000000 00001 f \n");
      else
        g_string_append_printf (out, "%010" G_GSIZE_FORMAT " 00000 n \n", offset);
    }
  g_string_append_printf (out, "trailer\n<< /Size %u /Root %u 0 R /Info %u 0 R >>\n"
                               "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          pdf->offsets->len, CATALOG, info, xref);

  pdf->out = NULL;
  tp_pdf_free (pdf);
  return g_string_free_to_bytes (out);
}

/* --- syntax ------------------------------------------------------------------ */

void
tp_pdf_put_hundredths (GString *s,
                       gint64   v)
{
  char buf[32];
  char *p = tp_format_hundredths (buf + sizeof buf, v);

  g_string_append_len (s, p, buf + sizeof buf - p);
}

void
tp_pdf_put_fixed (GString *s,
                  double   v,
                  int      decimals)
{
  static const double scales[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
  char buf[48];
  char *p = buf + sizeof buf;
  gboolean negative;
  guint64 u, whole;
  guint64 frac;
  int n;

  decimals = CLAMP (decimals, 0, 6);
  negative = v < 0;
  if (negative)
    v = -v;
  /* PDF readers hold numbers as 32-bit floats or integers: far beyond any page. */
  v = MIN (v, 1e12);
  u = (guint64) (v * scales[decimals] + 0.5);
  whole = u / (guint64) scales[decimals];
  frac = u % (guint64) scales[decimals];
  n = decimals;
  while (n > 0 && frac % 10 == 0)
    {
      frac /= 10;
      n--;
    }
  if (n > 0)
    {
      for (int i = 0; i < n; i++)
        {
          *--p = '0' + frac % 10;
          frac /= 10;
        }
      *--p = '.';
    }
  if (whole != 0 || n == 0)
    do
      {
        *--p = '0' + whole % 10;
        whole /= 10;
      }
    while (whole != 0);
  if (negative && u != 0)
    *--p = '-';
  g_string_append_len (s, p, buf + sizeof buf - p);
}

void
tp_pdf_put_text_string (GString    *s,
                        const char *utf8)
{
  static const char hex[] = "0123456789ABCDEF";
  glong n = 0;
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (utf8, -1, NULL, &n, NULL);

  g_string_append (s, "<FEFF");
  for (glong i = 0; utf16 != NULL && i < n; i++)
    {
      g_string_append_c (s, hex[(utf16[i] >> 12) & 15]);
      g_string_append_c (s, hex[(utf16[i] >> 8) & 15]);
      g_string_append_c (s, hex[(utf16[i] >> 4) & 15]);
      g_string_append_c (s, hex[utf16[i] & 15]);
    }
  g_string_append_c (s, '>');
}

void
tp_pdf_put_name (GString    *s,
                 const char *name)
{
  g_string_append_c (s, '/');
  for (const guchar *p = (const guchar *) name; *p != '\0'; p++)
    {
      /* Regular characters only: no white space, delimiters or '#'. */
      if (*p > 0x20 && *p < 0x7f && strchr ("#()<>[]{}/%", *p) == NULL)
        g_string_append_c (s, *p);
      else
        g_string_append_printf (s, "#%02X", *p);
    }
}
