/* tp-export-svg-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SVG writer's text: each layout line as a real <text> (or <tspan>) with
 * one CSS class per font and colour, at its baseline, turned with the
 * layout; ellipsized lines keep the characters shown and "…".
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "tp-export-svg-private.h"

/* @text as XML character data or attribute value: markup characters escaped, line breaks
 * and tabs as spaces, other control characters (not allowed in XML 1.0) left out. */
void
_tp_svg_put_escaped (GString    *s,
                     const char *text,
                     gssize      length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    switch (*p)
      {
      case '&': g_string_append (s, "&amp;"); break;
      case '<': g_string_append (s, "&lt;"); break;
      case '>': g_string_append (s, "&gt;"); break;
      case '"': g_string_append (s, "&quot;"); break;
      case '\n': case '\r': case '\t': g_string_append_c (s, ' '); break;
      default:
        /* Other control characters are not allowed in XML 1.0. */
        if ((guchar) *p >= 0x20)
          g_string_append_c (s, *p);
      }
}

/* The CSS class of a font and colour: "t3". */
static guint
text_class (SvgWriter                  *w,
            const PangoFontDescription *desc,
            double                      size,
            const double               *rgba)
{
  GString *css = w->css;
  const char *family = pango_font_description_get_family (desc);
  gpointer value;
  guint id;

  g_string_assign (css, "{font:");
  if (pango_font_description_get_style (desc) != PANGO_STYLE_NORMAL)
    g_string_append (css, "italic ");
  if (pango_font_description_get_weight (desc) != PANGO_WEIGHT_NORMAL)
    {
      put_uint (css, (guint) pango_font_description_get_weight (desc));
      g_string_append_c (css, ' ');
    }
  put_number (css, size);
  put_literal (css, "px ");
  g_string_append (css, family != NULL ? family : "sans-serif");
  g_string_append (css, ";fill:");
  _tp_svg_put_hex (css, rgba[0], rgba[1], rgba[2]);
  if (rgba[3] < 0.995)
    {
      g_string_append (css, ";fill-opacity:");
      put_number (css, rgba[3]);
    }
  g_string_append_c (css, '}');

  value = g_hash_table_lookup (w->classes, css->str);
  if (value != NULL)
    return GPOINTER_TO_UINT (value);
  id = g_hash_table_size (w->classes) + 1;
  g_hash_table_insert (w->classes, g_strdup (css->str), GUINT_TO_POINTER (id));
  g_string_append_printf (w->style, ".t%u%s\n", id, css->str);
  return id;
}

/* The text a line shows: its characters, or up to the ellipsis and "…". */
static void
put_line_text (GString         *out,
               PangoLayout     *layout,
               PangoLayoutLine *line,
               gboolean         ellipsized)
{
  const char *text = pango_layout_get_text (layout);
  int start = line->start_index, end = line->start_index + line->length;

  if (ellipsized)
    {
      /* The ellipsis is a run of its own covering the text it hides: the run that starts
       * last in the text. */
      int last = -1;

      for (GSList *l = line->runs; l != NULL; l = l->next)
        {
          PangoGlyphItem *run = l->data;

          last = MAX (last, run->item->offset);
        }
      if (last > start)
        {
          _tp_svg_put_escaped (out, text + start, last - start);
          g_string_append (out, "\xe2\x80\xa6");
          return;
        }
    }
  while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
    end--;
  _tp_svg_put_escaped (out, text + start, end - start);
}

void
_tp_svg_sink_text (TpDrawSink  *sink,
                   cairo_t     *cr,
                   PangoLayout *layout)
{
  SvgWriter *w = (SvgWriter *) sink;
  const PangoFontDescription *desc = pango_layout_get_font_description (layout);
  PangoFontDescription *context_desc = NULL;
  double rgba[4], x, y, k, size, angle, ox, oy;
  cairo_matrix_t matrix;
  PangoLayoutIter *iter;
  gboolean ellipsized;
  int n_lines;
  guint cls;
  /* Text in a group is kept apart (w->recording_text) and written as it is, moved, each
   * time the group is used: real <text>, not a <use>'s copy of it. */
  GString *out = w->body_outside != NULL ? w->recording_text : w->body;

  if (!_tp_svg_solid_source (w, cr, rgba))
    return;
  if (desc == NULL)
    desc = context_desc = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  k = _tp_svg_matrix_scale (cr);
  size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (desc))
    size *= pango_cairo_context_get_resolution (pango_layout_get_context (layout)) / 72.0;
  cls = text_class (w, desc, size * k, rgba);
  g_clear_pointer (&context_desc, pango_font_description_free);

  cairo_get_current_point (cr, &x, &y);
  cairo_get_matrix (cr, &matrix);
  /* Turned text (a chart's axis title, a bar's label): the lines turn about the layout's
   * origin. */
  angle = atan2 (matrix.yx, matrix.xx) * 180 / G_PI;
  ox = x;
  oy = y;
  cairo_user_to_device (cr, &ox, &oy);
  ellipsized = pango_layout_is_ellipsized (layout);
  n_lines = pango_layout_get_line_count (layout);

  _tp_svg_enter_clip (w);
  put_literal (out, "<text class=\"t");
  put_uint (out, cls);
  g_string_append_c (out, '"');
  if (fabs (angle) > 0.01)
    {
      g_string_append (out, " transform=\"rotate(");
      put_number (out, angle);
      g_string_append_c (out, ' ');
      put_hundredths (out, hundredths (ox) - w->group.x);
      g_string_append_c (out, ' ');
      put_hundredths (out, hundredths (oy) - w->group.y);
      g_string_append (out, ")\"");
    }
  iter = pango_layout_get_iter (layout);
  for (int i = 0; ; i++)
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double lx, ly;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      /* Unturned, from the turned origin: the transform turns it back. */
      lx = ox + k * logical.x / (double) PANGO_SCALE;
      ly = oy + k * pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      if (n_lines > 1)
        g_string_append (out, i == 0 ? "><tspan" : "<tspan");
      g_string_append (out, " x=\"");
      put_hundredths (out, hundredths (lx) - w->group.x);
      g_string_append (out, "\" y=\"");
      put_hundredths (out, hundredths (ly) - w->group.y);
      g_string_append (out, "\">");
      put_line_text (out, layout, line, ellipsized && i == n_lines - 1);
      if (n_lines > 1)
        g_string_append (out, "</tspan>");
      if (!pango_layout_iter_next_line (iter))
        break;
    }
  pango_layout_iter_free (iter);
  g_string_append (out, "</text>\n");
}
