/* tp-export-svg.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SVG export, written directly from the painters' drawing (tp-draw.h): text
 * as <text> (editable in Inkscape, searchable, selectable; one CSS class per
 * font and colour), shapes as short relative paths with two decimals, a
 * shape drawn again elsewhere (card outlines, glyphs) as a <use> of one
 * definition, clips as <clipPath>. cairo's own SVG surface writes every
 * glyph as an outline and every number with six decimals through printf:
 * a 2,000-card map came to 9.7 MB in about as much time as Dia takes (see
 * docs/PERFORMANCE.md). A view that draws what this writer does not know
 * (pictures, gradients, groups) is written by cairo's SVG surface instead.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-svg.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tp-decimal.h"
#include "tp-export-private.h"
#include "tp-export-svg-private.h"

/* --- numbers ---------------------------------------------------------- */

/* Appends numbers separated as SVG path data allows: a space unless the next one starts
 * with '-'. */
static void
put_coordinate (GString *s,
                gint64   v,
                gboolean first)
{
  if (!first && v >= 0)
    g_string_append_c (s, ' ');
  put_hundredths (s, v);
}

/* "#rgb" or "#rrggbb". */
void
_tp_svg_put_hex (GString *s,
                 double   r,
                 double   g,
                 double   b)
{
  static const char hex[] = "0123456789abcdef";
  int c[3] = { (int) lround (CLAMP (r, 0, 1) * 255), (int) lround (CLAMP (g, 0, 1) * 255),
               (int) lround (CLAMP (b, 0, 1) * 255) };
  gboolean short_form = TRUE;

  for (int i = 0; i < 3; i++)
    short_form = short_form && (c[i] >> 4) == (c[i] & 15);
  g_string_append_c (s, '#');
  for (int i = 0; i < 3; i++)
    {
      g_string_append_c (s, hex[c[i] >> 4]);
      if (!short_form)
        g_string_append_c (s, hex[c[i] & 15]);
    }
}

/* ' fill="#abc"', with ' fill-opacity="0.5"' when not opaque. */
static void
put_color (GString    *s,
           const char *attribute,
           double      r,
           double      g,
           double      b,
           double      a)
{
  g_string_append_c (s, ' ');
  g_string_append (s, attribute);
  put_literal (s, "=\"");
  _tp_svg_put_hex (s, r, g, b);
  g_string_append_c (s, '"');
  if (a < 0.995)
    {
      g_string_append_c (s, ' ');
      g_string_append (s, attribute);
      put_literal (s, "-opacity=\"");
      put_number (s, a);
      g_string_append_c (s, '"');
    }
}

/* --- groups for clips --------------------------------------------------- */

void
_tp_svg_enter_clip (SvgWriter *w)
{
  if (w->group.id == w->clip.id && w->group.x == w->clip.x && w->group.y == w->clip.y)
    return;
  if (w->body_outside != NULL)
    {
      /* A clip inside a group: not kept (group_end). */
      w->group_bad = TRUE;
      return;
    }
  if (w->group.id != 0)
    g_string_append (w->body, "</g>\n");
  w->group = w->clip;
  if (w->clip.id == 0)
    return;
  g_string_append_printf (w->body, "<g clip-path=\"url(#c%u)\"", w->clip.id);
  if (w->clip.x != 0 || w->clip.y != 0)
    {
      g_string_append (w->body, " transform=\"translate(");
      put_hundredths (w->body, w->clip.x);
      g_string_append_c (w->body, ' ');
      put_hundredths (w->body, w->clip.y);
      g_string_append (w->body, ")\"");
    }
  g_string_append (w->body, ">\n");
}

/* --- paths -------------------------------------------------------------- */

gboolean
_tp_svg_solid_source (SvgWriter *w,
                      cairo_t   *cr,
                      double    *rgba)
{
  cairo_pattern_t *source = cairo_get_source (cr);

  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER
      || cairo_pattern_get_rgba (source, &rgba[0], &rgba[1], &rgba[2], &rgba[3]) != CAIRO_STATUS_SUCCESS)
    {
      w->unsupported = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* The current path of @cr in device units as relative path data from its first point
 * (@x0, @y0, hundredths) into w->scratch; FALSE when it is empty. */
static gboolean
path_data (SvgWriter *w,
           cairo_t   *cr,
           gint64    *x0,
           gint64    *y0)
{
  GString *d = w->scratch;
  cairo_path_t *path;
  gint64 cx = 0, cy = 0, sx = 0, sy = 0;
  gboolean started = FALSE;
  gsize last_move = 0;
  cairo_matrix_t matrix;

  /* Not cairo_save (): that would reach this sink. */
  cairo_get_matrix (cr, &matrix);
  cairo_identity_matrix (cr);
  path = cairo_copy_path (cr);
  cairo_set_matrix (cr, &matrix);

  g_string_truncate (d, 0);
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      cairo_path_data_t *p = &path->data[i];
      gint64 x, y;

      switch (p->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          x = hundredths (p[1].point.x);
          y = hundredths (p[1].point.y);
          if (!started)
            {
              *x0 = cx = sx = x;
              *y0 = cy = sy = y;
              started = TRUE;
              break;
            }
          last_move = d->len;
          g_string_append_c (d, 'm');
          put_coordinate (d, x - cx, TRUE);
          put_coordinate (d, y - cy, FALSE);
          cx = sx = x;
          cy = sy = y;
          break;

        case CAIRO_PATH_LINE_TO:
          x = hundredths (p[1].point.x);
          y = hundredths (p[1].point.y);
          if (y == cy)
            {
              g_string_append_c (d, 'h');
              put_coordinate (d, x - cx, TRUE);
            }
          else if (x == cx)
            {
              g_string_append_c (d, 'v');
              put_coordinate (d, y - cy, TRUE);
            }
          else
            {
              g_string_append_c (d, 'l');
              put_coordinate (d, x - cx, TRUE);
              put_coordinate (d, y - cy, FALSE);
            }
          cx = x;
          cy = y;
          break;

        case CAIRO_PATH_CURVE_TO:
          g_string_append_c (d, 'c');
          for (int k = 1; k <= 3; k++)
            {
              put_coordinate (d, hundredths (p[k].point.x) - cx, k == 1);
              put_coordinate (d, hundredths (p[k].point.y) - cy, FALSE);
            }
          cx = hundredths (p[3].point.x);
          cy = hundredths (p[3].point.y);
          break;

        case CAIRO_PATH_CLOSE_PATH:
          g_string_append_c (d, 'z');
          cx = sx;
          cy = sy;
          break;

        default:
          break;
        }
    }
  cairo_path_destroy (path);
  /* A move at the end draws nothing (cairo adds one after close_path). */
  if (last_move > 0 && d->str[last_move] == 'm' && strpbrk (d->str + last_move + 1, "hvlcz") == NULL)
    g_string_truncate (d, last_move);
  return started;
}

/* Writes the shape in w->scratch at (@x0, @y0) to @out as <path> or, when the same shape was
 * written before, as <use> of one definition; @attributes follow. */
static void
put_shape (SvgWriter  *w,
           GString    *out,
           gint64      x0,
           gint64      y0,
           guint       cls)
{
  gpointer value;
  guint id = 0;

  if (g_hash_table_lookup_extended (w->shapes, w->scratch->str, NULL, &value))
    {
      id = GPOINTER_TO_UINT (value);
      if (id == 0)
        {
          id = ++w->n_ids;
          g_hash_table_insert (w->shapes, g_strdup (w->scratch->str), GUINT_TO_POINTER (id));
          put_literal (w->shape_defs, "<path id=\"p");
          put_uint (w->shape_defs, id);
          put_literal (w->shape_defs, "\" d=\"M0 0");
          g_string_append_len (w->shape_defs, w->scratch->str, w->scratch->len);
          put_literal (w->shape_defs, "\"/>\n");
        }
    }
  else
    g_hash_table_insert (w->shapes, g_strdup (w->scratch->str), NULL);

  if (id != 0)
    {
      put_literal (out, "<use xlink:href=\"#p");
      put_uint (out, id);
      put_literal (out, "\" x=\"");
      put_hundredths (out, x0);
      g_string_append (out, "\" y=\"");
      put_hundredths (out, y0);
      g_string_append_c (out, '"');
    }
  else
    {
      g_string_append (out, "<path d=\"M");
      put_coordinate (out, x0, TRUE);
      put_coordinate (out, y0, FALSE);
      g_string_append_len (out, w->scratch->str, w->scratch->len);
      g_string_append_c (out, '"');
    }
  put_literal (out, " class=\"s");
  put_uint (out, cls);
  put_literal (out, "\"/>\n");
}

/* The scale of @cr's matrix (uniform scales and translations only). */
double
_tp_svg_matrix_scale (cairo_t *cr)
{
  cairo_matrix_t m;

  cairo_get_matrix (cr, &m);
  return sqrt (fabs (m.xx * m.yy - m.xy * m.yx));
}

/* ' class="s3"': the attributes as a CSS class, so that each fill and stroke is written
 * once. */
static guint
shape_class (SvgWriter *w,
             GString   *attributes)
{
  gpointer value = g_hash_table_lookup (w->shape_classes, attributes->str);
  guint id = GPOINTER_TO_UINT (value);

  if (id == 0)
    {
      GString *css = w->style;
      const char *p = attributes->str;

      id = g_hash_table_size (w->shape_classes) + 1;
      g_hash_table_insert (w->shape_classes, g_strdup (attributes->str), GUINT_TO_POINTER (id));
      /* ' name="value"' pairs → 'name:value;' */
      put_literal (css, ".s");
      put_uint (css, id);
      g_string_append_c (css, '{');
      while (*p == ' ')
        {
          const char *eq = strchr (p, '=');
          const char *end = strchr (eq + 2, '"');

          g_string_append_len (css, p + 1, eq - p - 1);
          g_string_append_c (css, ':');
          g_string_append_len (css, eq + 2, end - eq - 2);
          g_string_append_c (css, ';');
          p = end + 1;
        }
      g_string_append (css, "}\n");
    }
  return id;
}

static void
sink_path (TpDrawSink *sink,
           cairo_t    *cr,
           TpDrawOp    op)
{
  SvgWriter *w = (SvgWriter *) sink;
  GString *attributes = w->attributes;
  double rgba[4];
  gint64 x0 = 0, y0 = 0;

  g_string_truncate (attributes, 0);
  if (op != TP_DRAW_CLIP && !_tp_svg_solid_source (w, cr, rgba))
    return;
  if (!path_data (w, cr, &x0, &y0))
    {
      if (op == TP_DRAW_CLIP)
        {
          /* An empty clip hides everything. */
          w->clip.id = ++w->n_ids;
          g_string_append_printf (w->defs, "<clipPath id=\"c%u\"/>\n", w->clip.id);
        }
      return;
    }

  if (op == TP_DRAW_FILL || op == TP_DRAW_CLIP)
    {
      if (cairo_get_fill_rule (cr) == CAIRO_FILL_RULE_EVEN_ODD)
        g_string_append (attributes, op == TP_DRAW_CLIP ? " clip-rule=\"evenodd\"" : " fill-rule=\"evenodd\"");
      if (op == TP_DRAW_FILL)
        put_color (attributes, "fill", rgba[0], rgba[1], rgba[2], rgba[3]);
    }
  else
    {
      double k = _tp_svg_matrix_scale (cr);
      int n_dashes = cairo_get_dash_count (cr);

      g_string_append (attributes, " fill=\"none\"");
      put_color (attributes, "stroke", rgba[0], rgba[1], rgba[2], rgba[3]);
      if (fabs (cairo_get_line_width (cr) * k - 1) > 0.005)
        {
          g_string_append (attributes, " stroke-width=\"");
          put_number (attributes, cairo_get_line_width (cr) * k);
          g_string_append_c (attributes, '"');
        }
      if (cairo_get_line_cap (cr) != CAIRO_LINE_CAP_BUTT)
        g_string_append (attributes, cairo_get_line_cap (cr) == CAIRO_LINE_CAP_ROUND
                                       ? " stroke-linecap=\"round\"" : " stroke-linecap=\"square\"");
      if (cairo_get_line_join (cr) != CAIRO_LINE_JOIN_MITER)
        g_string_append (attributes, cairo_get_line_join (cr) == CAIRO_LINE_JOIN_ROUND
                                       ? " stroke-linejoin=\"round\"" : " stroke-linejoin=\"bevel\"");
      else if (cairo_get_miter_limit (cr) != 4)
        {
          g_string_append (attributes, " stroke-miterlimit=\"");
          put_number (attributes, cairo_get_miter_limit (cr));
          g_string_append_c (attributes, '"');
        }
      if (n_dashes > 0)
        {
          g_autofree double *dashes = g_new (double, n_dashes);
          double offset;

          cairo_get_dash (cr, dashes, &offset);
          g_string_append (attributes, " stroke-dasharray=\"");
          for (int i = 0; i < n_dashes; i++)
            {
              if (i > 0)
                g_string_append_c (attributes, ' ');
              put_number (attributes, dashes[i] * k);
            }
          g_string_append_c (attributes, '"');
          if (offset != 0)
            {
              g_string_append (attributes, " stroke-dashoffset=\"");
              put_number (attributes, offset * k);
              g_string_append_c (attributes, '"');
            }
        }
    }

  if (op == TP_DRAW_CLIP)
    {
      Clip clip = { 0, w->clip.x, w->clip.y };

      w->group_bad = w->group_bad || w->body_outside != NULL;
      if (w->clip.id == 0)
        {
          /* Not inside another clip: one clipPath per shape, at its first point. */
          g_string_append (w->scratch, attributes->str);
          clip.id = GPOINTER_TO_UINT (g_hash_table_lookup (w->clip_shapes, w->scratch->str));
          clip.x = x0;
          clip.y = y0;
          if (clip.id == 0)
            {
              clip.id = ++w->n_ids;
              g_hash_table_insert (w->clip_shapes, g_strdup (w->scratch->str), GUINT_TO_POINTER (clip.id));
              g_string_truncate (w->scratch, w->scratch->len - attributes->len);
              g_string_append_printf (w->defs, "<clipPath id=\"c%u\"><path d=\"M0 0%s\"%s/></clipPath>\n",
                                      clip.id, w->scratch->str, attributes->str);
            }
        }
      else
        {
          /* Inside a clip: the shape in that clip's frame, clipped by it. */
          clip.id = ++w->n_ids;
          g_string_append_printf (w->defs, "<clipPath id=\"c%u\" clip-path=\"url(#c%u)\"><path d=\"M",
                                  clip.id, w->clip.id);
          put_coordinate (w->defs, x0 - clip.x, TRUE);
          put_coordinate (w->defs, y0 - clip.y, FALSE);
          g_string_append_printf (w->defs, "%s\"%s/></clipPath>\n", w->scratch->str, attributes->str);
        }
      w->clip = clip;
      return;
    }

  /* A shape over a group's text: the group keeps its shapes under its text, not kept. */
  w->group_bad = w->group_bad || (w->body_outside != NULL && w->recording_text->len > 0);
  _tp_svg_enter_clip (w);
  put_shape (w, w->body, x0 - w->group.x, y0 - w->group.y, shape_class (w, attributes));
}

static void
sink_paint (TpDrawSink *sink,
            cairo_t    *cr,
            double      alpha)
{
  SvgWriter *w = (SvgWriter *) sink;
  double rgba[4], x1, y1, x2, y2;

  w->group_bad = w->group_bad || w->body_outside != NULL;
  if (!_tp_svg_solid_source (w, cr, rgba))
    return;
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_restore (cr);
  /* Without a clip the recording surface is unbounded: the picture bounds the paint. */
  x1 = MAX (x1, 0);
  y1 = MAX (y1, 0);
  x2 = MIN (x2, w->width);
  y2 = MIN (y2, w->height);
  if (x2 <= x1 || y2 <= y1)
    return;
  _tp_svg_enter_clip (w);
  g_string_append (w->body, "<rect x=\"");
  put_hundredths (w->body, hundredths (x1) - w->group.x);
  g_string_append (w->body, "\" y=\"");
  put_hundredths (w->body, hundredths (y1) - w->group.y);
  g_string_append (w->body, "\" width=\"");
  put_number (w->body, x2 - x1);
  g_string_append (w->body, "\" height=\"");
  put_number (w->body, y2 - y1);
  g_string_append_c (w->body, '"');
  put_color (w->body, "fill", rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
  g_string_append (w->body, "/>\n");
}

static void
sink_save (TpDrawSink *sink)
{
  SvgWriter *w = (SvgWriter *) sink;

  g_array_append_val (w->clips, w->clip);
}

static void
sink_restore (TpDrawSink *sink)
{
  SvgWriter *w = (SvgWriter *) sink;

  if (w->clips->len == 0)
    return;
  w->clip = g_array_index (w->clips, Clip, w->clips->len - 1);
  g_array_set_size (w->clips, w->clips->len - 1);
}

/* --- groups: drawings that repeat (tp_draw_group) -------------------------------- */

static void
put_group_use (SvgWriter      *w,
               const SvgGroup *group,
               gint64          x,
               gint64          y)
{
  if (group->id != 0)
    {
      put_literal (w->body, "<use xlink:href=\"#g");
      put_uint (w->body, group->id);
      put_literal (w->body, "\" x=\"");
      put_hundredths (w->body, x - w->group.x);
      put_literal (w->body, "\" y=\"");
      put_hundredths (w->body, y - w->group.y);
      put_literal (w->body, "\"/>\n");
    }
  if (group->text_length > 0)
    {
      put_literal (w->body, "<g transform=\"translate(");
      put_hundredths (w->body, x - w->group.x);
      g_string_append_c (w->body, ' ');
      put_hundredths (w->body, y - w->group.y);
      put_literal (w->body, ")\">\n");
      g_string_append_len (w->body, group->text, group->text_length);
      put_literal (w->body, "</g>\n");
    }
}

static TpDrawGroup
sink_group_begin (TpDrawSink    *sink,
                  cairo_t       *cr,
                  gconstpointer  key,
                  gsize          key_length,
                  double         x,
                  double         y,
                  const double  *box)
{
  SvgWriter *w = (SvgWriter *) sink;
  GBytes *bytes;
  gpointer value;

  if (w->body_outside != NULL)
    return TP_DRAW_GROUP_DIRECT;
  bytes = g_bytes_new (key, key_length);
  if (g_hash_table_lookup_extended (w->groups, bytes, NULL, &value))
    {
      const SvgGroup *group = value;

      g_bytes_unref (bytes);
      if (!group->kept)
        return TP_DRAW_GROUP_DIRECT;
      _tp_svg_enter_clip (w);
      put_group_use (w, group, hundredths (x), hundredths (y));
      return TP_DRAW_GROUP_USED;
    }

  /* The first time: drawn into w->recording from the group's origin. */
  _tp_svg_enter_clip (w);
  w->group_key = bytes;
  w->group_x = hundredths (x);
  w->group_y = hundredths (y);
  w->clip_outside = w->clip;
  w->group_outside = w->group;
  w->clip.x = w->clip.y = w->group.x = w->group.y = 0;
  w->group_bad = FALSE;
  w->body_outside = w->body;
  g_string_truncate (w->recording, 0);
  g_string_truncate (w->recording_text, 0);
  w->body = w->recording;
  return TP_DRAW_GROUP_RECORD;
}

static gboolean
sink_group_end (TpDrawSink *sink,
                cairo_t    *cr)
{
  SvgWriter *w = (SvgWriter *) sink;
  gboolean kept = !w->group_bad && (w->recording->len > 0 || w->recording_text->len > 0);
  SvgGroup *group = g_malloc (sizeof (SvgGroup) + (kept ? w->recording_text->len : 0));

  w->body = w->body_outside;
  w->body_outside = NULL;
  w->clip = w->clip_outside;
  w->group = w->group_outside;
  group->kept = kept;
  group->id = kept && w->recording->len > 0 ? ++w->n_ids : 0;
  group->text_length = kept ? w->recording_text->len : 0;
  memcpy (group->text, w->recording_text->str, group->text_length);
  g_hash_table_insert (w->groups, w->group_key, group);
  w->group_key = NULL;
  if (!kept)
    return FALSE;
  if (group->id != 0)
    {
      put_literal (w->shape_defs, "<g id=\"g");
      put_uint (w->shape_defs, group->id);
      put_literal (w->shape_defs, "\">\n");
      g_string_append_len (w->shape_defs, w->recording->str, w->recording->len);
      put_literal (w->shape_defs, "</g>\n");
    }
  put_group_use (w, group, w->group_x, w->group_y);
  return TRUE;
}

/* cairo's SVG surface, for views this writer cannot write. */
static GBytes *
export_cairo_svg (TpView                   *view,
                  const TpViewPaintOptions *paint,
                  const TpRect             *area,
                  GError                  **error)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_svg_surface_create_for_stream (_tp_export_write_to_array, out,
                                                 MAX (area->width, 1), MAX (area->height, 1));
  cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  cairo_translate (cr, -area->x, -area->y);
  tp_view_paint (view, cr, paint);
  cairo_destroy (cr);
  return _tp_export_finish_vector (surface, out, error);
}

GBytes *
_tp_export_svg (TpJourney             *journey,
                const TpExportOptions *options,
                GError               **error)
{
  g_autoptr(TpView) view = _tp_export_view (journey, options);
  TpViewPaintOptions paint;
  cairo_surface_t *surface;
  SvgWriter w = { { sink_path, sink_paint, sink_save, sink_restore, _tp_svg_sink_text, sink_group_begin,
                    sink_group_end } };
  TpRect area;
  GString *svg;
  cairo_t *cr;

  _tp_export_area (view, options, &area);
  tp_view_paint_options_init (&paint);
  paint.transparent = options->transparent;
  if (options->clip != NULL)
    paint.clip = &area;

  w.body = g_string_sized_new (1024 * 1024);
  w.defs = g_string_new (NULL);
  w.shape_defs = g_string_new (NULL);
  w.style = g_string_new (NULL);
  w.scratch = g_string_new (NULL);
  w.attributes = g_string_new (NULL);
  w.css = g_string_new (NULL);
  w.recording = g_string_new (NULL);
  w.recording_text = g_string_new (NULL);
  w.groups = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref, g_free);
  w.shapes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.shape_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.clips = g_array_new (FALSE, FALSE, sizeof (Clip));
  w.clip_shapes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.width = MAX (area.width, 1);
  w.height = MAX (area.height, 1);

  /* Nothing is drawn on the surface: the sink takes it all. Its clip answers the
   * painters' clip queries. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  tp_draw_set_sink (cr, &w.sink);
  cairo_translate (cr, -area.x, -area.y);
  tp_view_paint (view, cr, &paint);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (w.group.id != 0)
    g_string_append (w.body, "</g>\n");

  svg = g_string_sized_new (w.body->len + w.defs->len + w.shape_defs->len + w.style->len + 1024);
  g_string_append (svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
                        "xml:space=\"preserve\" width=\"");
  put_number (svg, MAX (area.width, 1));
  g_string_append (svg, "px\" height=\"");
  put_number (svg, MAX (area.height, 1));
  g_string_append (svg, "px\" viewBox=\"0 0 ");
  put_number (svg, MAX (area.width, 1));
  g_string_append_c (svg, ' ');
  put_number (svg, MAX (area.height, 1));
  g_string_append (svg, "\">\n<style>\n");
  g_string_append_len (svg, w.style->str, w.style->len);
  g_string_append (svg, "</style>\n<defs>\n");
  g_string_append_len (svg, w.shape_defs->str, w.shape_defs->len);
  g_string_append_len (svg, w.defs->str, w.defs->len);
  g_string_append (svg, "</defs>\n");
  g_string_append_len (svg, w.body->str, w.body->len);
  g_string_append (svg, "</svg>\n");

  g_string_free (w.body, TRUE);
  g_string_free (w.defs, TRUE);
  g_string_free (w.shape_defs, TRUE);
  g_string_free (w.style, TRUE);
  g_string_free (w.scratch, TRUE);
  g_string_free (w.attributes, TRUE);
  g_string_free (w.css, TRUE);
  g_string_free (w.recording, TRUE);
  g_string_free (w.recording_text, TRUE);
  g_hash_table_unref (w.groups);
  g_hash_table_unref (w.shapes);
  g_hash_table_unref (w.classes);
  g_hash_table_unref (w.shape_classes);
  g_array_unref (w.clips);
  g_hash_table_unref (w.clip_shapes);

  if (w.unsupported)
    {
      g_string_free (svg, TRUE);
      return export_cairo_svg (view, &paint, &area, error);
    }
  return g_string_free_to_bytes (svg);
}
