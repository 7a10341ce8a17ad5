/* tp-pdf-fonts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fonts of the PDF export (tp-pdf.h). Each font face pango shaped the
 * text with becomes one Type0 font with the Identity-H encoding: the content
 * streams show pango's glyph ids as two-byte codes, which are the CIDs, and
 * the embedded program is the face subset to the glyphs used with HarfBuzz
 * (hb-subset, glyph ids kept; loaded at the first export). TrueType outlines go in a CIDFontType2
 * (FontFile2), CFF ones in a CIDFontType0 as an OpenType program
 * (FontFile3/OpenType, PDF 1.6). /W gives each glyph's advance and a
 * ToUnicode map gives the text of each glyph, taken from pango's clusters,
 * so that copying and searching find the words (æøå too). Faces without
 * outlines of these kinds (colour bitmaps, variable instances) are refused,
 * and the export falls back to cairo's PDF surface.
 */

#include "config.h"

#include <gmodule.h>
#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <string.h>

#include "tp-pdf.h"

/* ToUnicode: the longest text one glyph stands for (UTF-16 units). */
#define MAX_GLYPH_TEXT 64

typedef struct {
  hb_face_t *face;
  hb_font_t *metrics;   /* at units per em */
  guint      id;        /* the Type0 font object */
  guint      upem;
  guint      n_glyphs;
  gboolean   cff;
  gint32    *widths;    /* thousandths of an em; G_MININT32 = not used */
  char     **texts;     /* what each glyph shows, UTF-8; NULL = not known */
} Font;

typedef struct {
  int    font;
  double size;
} PangoEntry;

struct _TpPdfFonts
{
  TpPdf      *pdf;
  GPtrArray  *fonts;      /* Font */
  GHashTable *by_face;    /* hb_face_t → index + 1 */
  GHashTable *by_pango;   /* PangoFont (a reference held) → PangoEntry */
};

static void
font_free (Font *font)
{
  hb_font_destroy (font->metrics);
  hb_face_destroy (font->face);
  g_free (font->widths);
  for (guint i = 0; i < font->n_glyphs; i++)
    g_free (font->texts[i]);
  g_free (font->texts);
  g_free (font);
}

TpPdfFonts *
tp_pdf_fonts_new (TpPdf *pdf)
{
  TpPdfFonts *fonts = g_new0 (TpPdfFonts, 1);

  fonts->pdf = pdf;
  fonts->fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) font_free);
  fonts->by_face = g_hash_table_new (NULL, NULL);
  fonts->by_pango = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  return fonts;
}

void
tp_pdf_fonts_free (TpPdfFonts *fonts)
{
  if (fonts == NULL)
    return;
  g_ptr_array_unref (fonts->fonts);
  g_hash_table_unref (fonts->by_face);
  g_hash_table_unref (fonts->by_pango);
  g_free (fonts);
}

static gboolean
has_table (hb_face_t *face,
           hb_tag_t   tag)
{
  hb_blob_t *blob = hb_face_reference_table (face, tag);
  gboolean found = hb_blob_get_length (blob) > 0;

  hb_blob_destroy (blob);
  return found;
}

/* The face's index in fonts->fonts, added on first use; -1 when it cannot be embedded. */
static int
face_font (TpPdfFonts *fonts,
           hb_face_t  *face)
{
  gpointer value = g_hash_table_lookup (fonts->by_face, face);
  Font *font;
  gboolean glyf, cff;

  if (value != NULL)
    return GPOINTER_TO_INT (value) - 1;

  glyf = has_table (face, HB_TAG ('g', 'l', 'y', 'f'));
  cff = !glyf && has_table (face, HB_TAG ('C', 'F', 'F', ' '));
  if ((!glyf && !cff) || hb_face_get_glyph_count (face) == 0 || hb_face_get_upem (face) == 0)
    {
      g_hash_table_insert (fonts->by_face, face, GINT_TO_POINTER (0));
      return -1;
    }

  font = g_new0 (Font, 1);
  font->face = hb_face_reference (face);
  font->metrics = hb_font_create (face);
  font->upem = hb_face_get_upem (face);
  font->n_glyphs = hb_face_get_glyph_count (face);
  font->cff = cff;
  font->id = tp_pdf_reserve (fonts->pdf);
  font->widths = g_new (gint32, font->n_glyphs);
  for (guint i = 0; i < font->n_glyphs; i++)
    font->widths[i] = G_MININT32;
  font->texts = g_new0 (char *, font->n_glyphs);
  g_ptr_array_add (fonts->fonts, font);
  g_hash_table_insert (fonts->by_face, face, GINT_TO_POINTER (fonts->fonts->len));
  return fonts->fonts->len - 1;
}

int
tp_pdf_fonts_lookup (TpPdfFonts *fonts,
                     PangoFont  *font,
                     double     *size)
{
  PangoEntry *entry = g_hash_table_lookup (fonts->by_pango, font);

  if (entry == NULL)
    {
      hb_font_t *hb = pango_font_get_hb_font (font);
      unsigned int n_coords = 0;
      const int *coords = hb != NULL ? hb_font_get_var_coords_normalized (hb, &n_coords) : NULL;
      gboolean instance = FALSE;

      for (unsigned int i = 0; i < n_coords; i++)
        instance = instance || coords[i] != 0;

      entry = g_new (PangoEntry, 1);
      entry->font = hb != NULL && !instance ? face_font (fonts, hb_font_get_face (hb)) : -1;
      /* pango scales the HarfBuzz font to the size in the layout's user space (pango units),
       * whatever the context's matrix; the description's size has that matrix in it. */
      if (hb != NULL)
        {
          int x_scale = 0, y_scale = 0;

          hb_font_get_scale (hb, &x_scale, &y_scale);
          entry->size = y_scale / (double) PANGO_SCALE;
        }
      else
        entry->size = 0;
      g_hash_table_insert (fonts->by_pango, g_object_ref (font), entry);
    }
  *size = entry->size;
  return entry->font;
}

int
tp_pdf_fonts_use (TpPdfFonts *fonts,
                  int         index,
                  guint       glyph,
                  const char *text,
                  int         length)
{
  Font *font = g_ptr_array_index (fonts->fonts, index);
  gint32 width;

  if (glyph >= font->n_glyphs)
    return 0;
  width = font->widths[glyph];
  if (width == G_MININT32)
    {
      hb_position_t advance = hb_font_get_glyph_h_advance (font->metrics, glyph);

      width = (gint32) ((advance * 1000.0) / font->upem + (advance >= 0 ? 0.5 : -0.5));
      font->widths[glyph] = width;
    }
  if (length > 0 && font->texts[glyph] == NULL)
    font->texts[glyph] = g_strndup (text, length);
  return width;
}

/* --- writing ---------------------------------------------------------------------- */

static gint16
read_int16 (hb_blob_t *blob,
            guint      offset)
{
  unsigned int length = 0;
  const guint8 *data = (const guint8 *) hb_blob_get_data (blob, &length);

  if (offset + 2 > length)
    return 0;
  return (gint16) ((data[offset] << 8) | data[offset + 1]);
}

static int
thousandths (const Font *font,
             double      units)
{
  double v = units * 1000.0 / font->upem;

  return (int) (v >= 0 ? v + 0.5 : v - 0.5);
}

/* hb-subset is loaded at the first PDF export, not linked (issue #12): GTK
 * loads Mesa at start-up, and each symbol Mesa looks up is searched in every
 * library the executable links, which only this export uses. */
typedef struct {
  __typeof__ (hb_subset_input_create_or_fail) *input_create_or_fail;
  __typeof__ (hb_subset_input_glyph_set)      *input_glyph_set;
  __typeof__ (hb_subset_input_set)            *input_set;
  __typeof__ (hb_subset_input_set_flags)      *input_set_flags;
  __typeof__ (hb_subset_input_destroy)        *input_destroy;
  __typeof__ (hb_subset_or_fail)              *subset_or_fail;
} HbSubset;

static const HbSubset *
get_hb_subset (void)
{
  static gsize loaded;
  static HbSubset hb;
  static gboolean found;

  if (g_once_init_enter (&loaded))
    {
      GModule *module = g_module_open (HB_SUBSET_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      found = module != NULL
              && g_module_symbol (module, "hb_subset_input_create_or_fail", (gpointer *) &hb.input_create_or_fail)
              && g_module_symbol (module, "hb_subset_input_glyph_set", (gpointer *) &hb.input_glyph_set)
              && g_module_symbol (module, "hb_subset_input_set", (gpointer *) &hb.input_set)
              && g_module_symbol (module, "hb_subset_input_set_flags", (gpointer *) &hb.input_set_flags)
              && g_module_symbol (module, "hb_subset_input_destroy", (gpointer *) &hb.input_destroy)
              && g_module_symbol (module, "hb_subset_or_fail", (gpointer *) &hb.subset_or_fail);
      if (module == NULL)
        g_warning ("PDF export: cannot load %s: %s", HB_SUBSET_LIBRARY, g_module_error ());
      else if (!found)
        g_module_close (module);
      else
        g_module_make_resident (module);
      g_once_init_leave (&loaded, 1);
    }
  return found ? &hb : NULL;
}

static hb_blob_t *
subset (Font *font)
{
  static const hb_tag_t dropped[] = {
    HB_TAG ('G', 'S', 'U', 'B'), HB_TAG ('G', 'P', 'O', 'S'), HB_TAG ('G', 'D', 'E', 'F'),
    HB_TAG ('k', 'e', 'r', 'n'), HB_TAG ('B', 'A', 'S', 'E'), HB_TAG ('J', 'S', 'T', 'F'),
    HB_TAG ('M', 'A', 'T', 'H'), HB_TAG ('m', 'o', 'r', 'x'), HB_TAG ('m', 'o', 'r', 't'),
    HB_TAG ('k', 'e', 'r', 'x'), HB_TAG ('D', 'S', 'I', 'G'), HB_TAG ('f', 'e', 'a', 't'),
  };
  const HbSubset *hb = get_hb_subset ();
  hb_subset_input_t *input = hb != NULL ? hb->input_create_or_fail () : NULL;
  hb_set_t *glyphs, *drop;
  hb_face_t *face;
  hb_blob_t *blob;

  if (input == NULL)
    return NULL;
  glyphs = hb->input_glyph_set (input);
  for (guint i = 0; i < font->n_glyphs; i++)
    if (font->widths[i] != G_MININT32)
      hb_set_add (glyphs, i);
  drop = hb->input_set (input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    hb_set_add (drop, dropped[i]);
  /* Glyph ids kept: the content streams show pango's ids as they are. */
  hb->input_set_flags (input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
  face = hb->subset_or_fail (font->face, input);
  hb->input_destroy (input);
  if (face == NULL)
    return NULL;
  blob = hb_face_reference_blob (face);
  hb_face_destroy (face);
  if (hb_blob_get_length (blob) == 0)
    {
      hb_blob_destroy (blob);
      return NULL;
    }
  return blob;
}

/* "/ABCDEF+PostScriptName": a tag of six capitals per subset, as PDF asks. */
static void
put_base_font (GString    *s,
               const Font *font,
               guint       index)
{
  char name[128];
  unsigned int length = sizeof name;
  g_autoptr(GString) base = g_string_new (NULL);

  for (int i = 0; i < 6; i++)
    {
      g_string_append_c (base, 'A' + index % 26);
      index /= 26;
    }
  g_string_append_c (base, '+');
  if (hb_ot_name_get_utf8 (font->face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID,
                           &length, name) > 0 && *name != '\0')
    {
      for (const char *p = name; *p != '\0'; p++)
        g_string_append_c (base, g_ascii_isalnum (*p) || *p == '-' || *p == '_' ? *p : '-');
    }
  else
    g_string_append (base, "Font");
  tp_pdf_put_name (s, base->str);
}

static void
put_widths (GString    *s,
            const Font *font)
{
  gboolean open = FALSE;
  guint previous = 0;

  g_string_append (s, " /W [");
  for (guint i = 0; i < font->n_glyphs; i++)
    {
      if (font->widths[i] == G_MININT32)
        continue;
      /* Runs of consecutive ids share one array: "c [w1 w2 …]". */
      if (!open || i != previous + 1)
        {
          if (open)
            g_string_append_c (s, ']');
          g_string_append_printf (s, " %u [", i);
          open = TRUE;
        }
      else
        g_string_append_c (s, ' ');
      g_string_append_printf (s, "%d", (int) font->widths[i]);
      previous = i;
    }
  if (open)
    g_string_append_c (s, ']');
  g_string_append (s, " ]");
}

static void
put_to_unicode (TpPdf  *pdf,
                guint   id,
                Font   *font)
{
  static const char hex[] = "0123456789ABCDEF";
  g_autoptr(GString) map = g_string_new (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
  g_autoptr(GString) block = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i <= font->n_glyphs; i++)
    {
      gunichar2 *utf16 = NULL;
      glong length = 0;

      if (i < font->n_glyphs && font->widths[i] != G_MININT32 && font->texts[i] != NULL)
        utf16 = g_utf8_to_utf16 (font->texts[i], -1, NULL, &length, NULL);
      if (utf16 != NULL && length > 0 && i <= 0xffff)
        {
          length = MIN (length, MAX_GLYPH_TEXT);
          /* Do not cut a surrogate pair. */
          if (length == MAX_GLYPH_TEXT && (utf16[length - 1] & 0xfc00) == 0xd800)
            length--;
          g_string_append_printf (block, "<%04X> <", i);
          for (glong k = 0; k < length; k++)
            {
              g_string_append_c (block, hex[(utf16[k] >> 12) & 15]);
              g_string_append_c (block, hex[(utf16[k] >> 8) & 15]);
              g_string_append_c (block, hex[(utf16[k] >> 4) & 15]);
              g_string_append_c (block, hex[utf16[k] & 15]);
            }
          g_string_append (block, ">\n");
          n++;
        }
      g_free (utf16);
      /* At most 100 entries a block. */
      if (n == 100 || (i == font->n_glyphs && n > 0))
        {
          g_string_append_printf (map, "%u beginbfchar\n%sendbfchar\n", n, block->str);
          g_string_truncate (block, 0);
          n = 0;
        }
    }
  g_string_append (map, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
  tp_pdf_stream (pdf, id, NULL, map->str, map->len, 6);
}

static gboolean
write_font (TpPdf *pdf,
            Font  *font,
            guint  index)
{
  hb_blob_t *program = subset (font);
  hb_blob_t *head;
  guint cid_font = tp_pdf_reserve (pdf), descriptor = tp_pdf_reserve (pdf);
  guint file = tp_pdf_reserve (pdf), to_unicode = tp_pdf_reserve (pdf);
  hb_position_t ascender = 0, descender = 0, cap_height = 0;
  g_autofree char *dict = NULL;
  const char *data;
  unsigned int length;
  GString *out;

  if (program == NULL)
    return FALSE;

  out = tp_pdf_begin (pdf, font->id);
  g_string_append (out, "<< /Type /Font /Subtype /Type0 /BaseFont ");
  put_base_font (out, font, index);
  g_string_append_printf (out, " /Encoding /Identity-H /DescendantFonts [%u 0 R] /ToUnicode %u 0 R >>",
                          cid_font, to_unicode);
  tp_pdf_end (pdf);

  out = tp_pdf_begin (pdf, cid_font);
  g_string_append_printf (out, "<< /Type /Font /Subtype /%s /BaseFont ",
                          font->cff ? "CIDFontType0" : "CIDFontType2");
  put_base_font (out, font, index);
  g_string_append_printf (out, " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                               " /FontDescriptor %u 0 R", descriptor);
  if (!font->cff)
    g_string_append (out, " /CIDToGIDMap /Identity");
  put_widths (out, font);
  g_string_append (out, " >>");
  tp_pdf_end (pdf);

  head = hb_face_reference_table (font->face, HB_TAG ('h', 'e', 'a', 'd'));
  hb_ot_metrics_get_position (font->metrics, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender);
  hb_ot_metrics_get_position (font->metrics, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender);
  if (!hb_ot_metrics_get_position (font->metrics, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap_height))
    cap_height = ascender;
  out = tp_pdf_begin (pdf, descriptor);
  g_string_append (out, "<< /Type /FontDescriptor /FontName ");
  put_base_font (out, font, index);
  /* Flags 4: symbolic (glyphs outside the standard Latin set), as CID fonts are. */
  g_string_append_printf (out, " /Flags 4 /FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d"
                               " /CapHeight %d /StemV 80 /%s %u 0 R >>",
                          thousandths (font, read_int16 (head, 36)), thousandths (font, read_int16 (head, 38)),
                          thousandths (font, read_int16 (head, 40)), thousandths (font, read_int16 (head, 42)),
                          thousandths (font, ascender), thousandths (font, descender),
                          thousandths (font, cap_height), font->cff ? "FontFile3" : "FontFile2", file);
  tp_pdf_end (pdf);
  hb_blob_destroy (head);

  data = hb_blob_get_data (program, &length);
  if (font->cff)
    dict = g_strdup ("/Subtype /OpenType");
  else
    dict = g_strdup_printf ("/Length1 %u", length);
  tp_pdf_stream (pdf, file, dict, data, length, 6);
  hb_blob_destroy (program);

  put_to_unicode (pdf, to_unicode, font);
  return TRUE;
}

gboolean
tp_pdf_fonts_write (TpPdfFonts *fonts,
                    GString    *resources)
{
  for (guint i = 0; i < fonts->fonts->len; i++)
    {
      Font *font = g_ptr_array_index (fonts->fonts, i);

      if (!write_font (fonts->pdf, font, i))
        return FALSE;
      g_string_append_printf (resources, " /F%u %u 0 R", i, font->id);
    }
  return TRUE;
}
