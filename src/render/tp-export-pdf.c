/* tp-export-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF export: one page a journey, a title block over the view painted in the
 * light style. The PDF is written directly from the painters' drawing
 * (tp-draw.h), as the SVG export is: each fill, stroke and clip becomes
 * path operators in device space with two decimals, colours and alpha
 * (ExtGState) are written only when they change, a cairo_save becomes "q"
 * only when a clip follows it, pictures become image XObjects, and text is
 * pango's shaped glyphs in embedded font subsets with a ToUnicode map
 * (tp-export-pdf-text.c, tp-pdf-fonts.c), so it stays selectable and
 * searchable. cairo's PDF surface recorded, analysed and replayed every
 * operation and printed each number through printf: about 200,000
 * instructions a rounded rectangle (docs/PERFORMANCE.md). A page that draws
 * what this writer does not know (gradients, groups, other operators, fonts
 * without outlines) is written by cairo's PDF surface instead.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tp-export-pdf-private.h"
#include "tp-export-private.h"


/* --- the graphics state ------------------------------------------------------ */

static void
state_reset (PdfState *state)
{
  for (int i = 0; i < 3; i++)
    state->fill[i] = state->stroke[i] = 0;  /* black, PDF's default */
  state->alpha = 1000;
  state->line_width = 100;
  state->cap = 0;
  state->join = 0;
  state->miter = 1000;
  strcpy (state->dash, "[] 0 d");
  state->font = -1;
  state->font_size = 0;
}

static int
thousandths (double v)
{
  return (int) (CLAMP (v, 0, 1) * 1000 + 0.5);
}

void
_tp_pdf_put_thousandths (GString *s,
                         int      v)
{
  if (v >= 1000)
    g_string_append_c (s, '1');
  else if (v <= 0)
    g_string_append_c (s, '0');
  else
    {
      char buf[5] = { '.', '0' + v / 100, '0' + v / 10 % 10, '0' + v % 10, 0 };
      int n = 4;

      while (buf[n - 1] == '0')
        n--;
      g_string_append_len (s, buf, n);
    }
}

void
_tp_pdf_set_alpha (PdfWriter *w,
                   double     alpha)
{
  int a = thousandths (alpha);

  if (a == w->state.alpha)
    return;
  g_hash_table_add (w->alphas, GINT_TO_POINTER (a));
  g_string_append_len (w->page, "/a", 2);
  tp_pdf_put_hundredths (w->page, (gint64) a * 100);
  g_string_append_len (w->page, " gs\n", 4);
  w->state.alpha = a;
}

static void
set_color (PdfWriter    *w,
           int          *current,
           const double *rgba,
           const char   *op)
{
  int c[3] = { thousandths (rgba[0]), thousandths (rgba[1]), thousandths (rgba[2]) };

  _tp_pdf_set_alpha (w, rgba[3]);
  if (c[0] == current[0] && c[1] == current[1] && c[2] == current[2])
    return;
  for (int i = 0; i < 3; i++)
    {
      _tp_pdf_put_thousandths (w->page, c[i]);
      g_string_append_c (w->page, ' ');
      current[i] = c[i];
    }
  g_string_append (w->page, op);
}

void
_tp_pdf_set_fill (PdfWriter    *w,
                  const double *rgba)
{
  set_color (w, w->state.fill, rgba, "rg\n");
}

void
_tp_pdf_end_text (PdfWriter *w)
{
  if (w->in_text)
    {
      g_string_append (w->page, "ET\n");
      w->in_text = FALSE;
    }
}

/* The scale of @cr's matrix (uniform scales and translations only). */
static double
matrix_scale (cairo_t *cr)
{
  cairo_matrix_t m;

  cairo_get_matrix (cr, &m);
  return sqrt (fabs (m.xx * m.yy - m.xy * m.yx));
}

static void
set_stroke (PdfWriter    *w,
            cairo_t      *cr,
            const double *rgba)
{
  GString *s = w->page;
  double k = matrix_scale (cr);
  gint64 width = tp_pdf_hundredths (cairo_get_line_width (cr) * k);
  int cap = cairo_get_line_cap (cr) == CAIRO_LINE_CAP_ROUND ? 1
            : cairo_get_line_cap (cr) == CAIRO_LINE_CAP_SQUARE ? 2 : 0;
  int join = cairo_get_line_join (cr) == CAIRO_LINE_JOIN_ROUND ? 1
             : cairo_get_line_join (cr) == CAIRO_LINE_JOIN_BEVEL ? 2 : 0;
  gint64 miter = tp_pdf_hundredths (cairo_get_miter_limit (cr));
  int n_dashes = cairo_get_dash_count (cr);
  char dash[sizeof w->state.dash];

  set_color (w, w->state.stroke, rgba, "RG\n");
  if (width != w->state.line_width)
    {
      tp_pdf_put_hundredths (s, width);
      g_string_append (s, " w\n");
      w->state.line_width = width;
    }
  if (cap != w->state.cap)
    {
      g_string_append_c (s, '0' + cap);
      g_string_append_len (s, " J\n", 3);
      w->state.cap = cap;
    }
  if (join != w->state.join)
    {
      g_string_append_c (s, '0' + join);
      g_string_append_len (s, " j\n", 3);
      w->state.join = join;
    }
  if (join == 0 && miter != w->state.miter)
    {
      tp_pdf_put_hundredths (s, MAX (miter, 100));
      g_string_append (s, " M\n");
      w->state.miter = miter;
    }

  if (n_dashes == 0)
    strcpy (dash, "[] 0 d");
  else
    {
      g_autofree double *dashes = g_new (double, n_dashes);
      g_autoptr(GString) d = g_string_new ("[");
      double offset;

      cairo_get_dash (cr, dashes, &offset);
      for (int i = 0; i < n_dashes; i++)
        {
          if (i > 0)
            g_string_append_c (d, ' ');
          tp_pdf_put_hundredths (d, tp_pdf_hundredths (dashes[i] * k));
        }
      g_string_append (d, "] ");
      tp_pdf_put_hundredths (d, tp_pdf_hundredths (offset * k));
      g_string_append (d, " d");
      if (d->len < sizeof dash)
        strcpy (dash, d->str);
      else
        {
          /* Too long to remember: written each time. */
          g_string_append_len (s, d->str, d->len);
          g_string_append_c (s, '\n');
          strcpy (w->state.dash, "?");
          return;
        }
    }
  if (strcmp (dash, w->state.dash) != 0)
    {
      g_string_append (s, dash);
      g_string_append_c (s, '\n');
      strcpy (w->state.dash, dash);
    }
}

/* --- paths -------------------------------------------------------------------- */

/* A shape at least this long (bytes of path operators) drawn a second time becomes a form
 * XObject, drawn where it is again by "cm" and "Do": card frames, chips, glyphs. */
#define FORM_MIN_BYTES 96
/* Paths of fewer cairo_path_data_t than this (a move and two curves) are not looked at. */
#define FORM_MIN_DATA  10

static void
put_point (GString *s,
           double   x,
           double   y)
{
  char buf[64];
  char *end = buf + sizeof buf, *p = end;

  *--p = ' ';
  p = tp_format_hundredths (p, tp_pdf_hundredths (y));
  *--p = ' ';
  p = tp_format_hundredths (p, tp_pdf_hundredths (x));
  g_string_append_len (s, p, end - p);
}

/* Whether @path is one axis-aligned rectangle (cairo_rectangle's move, three lines and
 * close, maybe a move after it); its corner and size in @r. */
static gboolean
path_is_rectangle (const cairo_path_t *path,
                   double             *r)
{
  const cairo_path_data_t *d = path->data;
  double x[4], y[4];

  if (path->num_data != 9 && path->num_data != 11)
    return FALSE;
  if (d[0].header.type != CAIRO_PATH_MOVE_TO || d[2].header.type != CAIRO_PATH_LINE_TO
      || d[4].header.type != CAIRO_PATH_LINE_TO || d[6].header.type != CAIRO_PATH_LINE_TO
      || d[8].header.type != CAIRO_PATH_CLOSE_PATH
      || (path->num_data == 11 && d[9].header.type != CAIRO_PATH_MOVE_TO))
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      x[i] = d[2 * i + 1].point.x;
      y[i] = d[2 * i + 1].point.y;
    }
  if (!((y[0] == y[1] && x[1] == x[2] && y[2] == y[3] && x[3] == x[0])
        || (x[0] == x[1] && y[1] == y[2] && x[2] == x[3] && y[3] == y[0])))
    return FALSE;
  r[0] = x[0];
  r[1] = y[0];
  r[2] = x[2] - x[0];
  r[3] = y[2] - y[0];
  return TRUE;
}

/* The current path of @cr in device space (free with cairo_path_destroy), NULL when it
 * cannot be had. */
static cairo_path_t *
device_path (cairo_t *cr)
{
  cairo_path_t *path;
  cairo_matrix_t matrix;

  /* Not cairo_save (): that would reach the sink. */
  cairo_get_matrix (cr, &matrix);
  cairo_identity_matrix (cr);
  path = cairo_copy_path (cr);
  cairo_set_matrix (cr, &matrix);
  if (path->status != CAIRO_STATUS_SUCCESS)
    {
      cairo_path_destroy (path);
      return NULL;
    }
  return path;
}

/* Appends @path's operators to @s in hundredths less (@dx, @dy), one append a segment;
 * extends @box (x0, y0, x1, y1) by its points when not NULL. TRUE when it draws anything. */
static gboolean
append_path (GString            *s,
             const cairo_path_t *path,
             gint64              dx,
             gint64              dy,
             gint64             *box)
{
  gboolean drawn = FALSE;
  int last_move = -1;

  /* A move at the end draws nothing (cairo adds one after close_path). */
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    last_move = path->data[i].header.type == CAIRO_PATH_MOVE_TO ? i : -1;

  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      const cairo_path_data_t *d = &path->data[i];
      char buf[160];
      char *end = buf + sizeof buf, *p = end;
      int n_points;
      char op;

      switch (d->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          if (i == last_move)
            continue;
          n_points = 1;
          op = 'm';
          break;
        case CAIRO_PATH_LINE_TO:
          n_points = 1;
          op = 'l';
          drawn = TRUE;
          break;
        case CAIRO_PATH_CURVE_TO:
          n_points = 3;
          op = 'c';
          drawn = TRUE;
          break;
        case CAIRO_PATH_CLOSE_PATH:
          g_string_append_len (s, "h\n", 2);
          continue;
        default:
          continue;
        }
      *--p = '\n';
      *--p = op;
      for (int k = n_points; k >= 1; k--)
        {
          gint64 x = tp_pdf_hundredths (d[k].point.x) - dx;
          gint64 y = tp_pdf_hundredths (d[k].point.y) - dy;

          *--p = ' ';
          p = tp_format_hundredths (p, y);
          *--p = ' ';
          p = tp_format_hundredths (p, x);
          if (box != NULL)
            {
              box[0] = MIN (box[0], x);
              box[1] = MIN (box[1], y);
              box[2] = MAX (box[2], x);
              box[3] = MAX (box[3], y);
            }
        }
      g_string_append_len (s, p, end - p);
    }
  return drawn;
}

/* Writes the current path of @cr in device space; FALSE when it is empty. */
gboolean
_tp_pdf_put_path (PdfWriter *w,
                  cairo_t   *cr)
{
  cairo_path_t *path = device_path (cr);
  gboolean drawn;
  double r[4];

  if (path == NULL)
    return FALSE;
  if (path_is_rectangle (path, r))
    {
      put_point (w->page, r[0], r[1]);
      put_point (w->page, r[2], r[3]);
      g_string_append_len (w->page, "re\n", 3);
      cairo_path_destroy (path);
      return TRUE;
    }
  drawn = append_path (w->page, path, 0, 0, NULL);
  cairo_path_destroy (path);
  return drawn;
}

/* "q 1 0 0 1 x y cm /Xn Do Q": form @id drawn at (@x, @y) hundredths. */
static void
put_form_use (GString *s,
              guint    id,
              gint64   x,
              gint64   y)
{
  char buf[128];
  char *end = buf + sizeof buf, *p = end;

  p -= 6;
  memcpy (p, " Do Q\n", 6);
  p = tp_format_hundredths (p, (gint64) id * 100);
  p -= 6;
  memcpy (p, " cm /X", 6);
  p = tp_format_hundredths (p, y);
  *--p = ' ';
  p = tp_format_hundredths (p, x);
  p -= 10;
  memcpy (p, "q 1 0 0 1 ", 10);
  g_string_append_len (s, p, end - p);
}

/* Fills or strokes (@op: "f\n", "f*\n" or "S\n") the current path of @cr; a shape drawn
 * before goes through a form XObject. The colour and line are set already; a form keeps
 * none of them, so each use draws in the state it is used in. */
static void
put_shape (PdfWriter  *w,
           cairo_t    *cr,
           const char *op,
           double      line_width)
{
  cairo_path_t *path = device_path (cr);
  GString *shape = w->scratch;
  gint64 box[4] = { G_MAXINT64, G_MAXINT64, G_MININT64, G_MININT64 };
  gint64 x0, y0, margin;
  gpointer value;
  double r[4];
  guint id;

  if (path == NULL)
    return;
  if (path_is_rectangle (path, r))
    {
      put_point (w->page, r[0], r[1]);
      put_point (w->page, r[2], r[3]);
      g_string_append_len (w->page, "re\n", 3);
      g_string_append (w->page, op);
      cairo_path_destroy (path);
      return;
    }
  /* Lines and short shapes are written as they are: not worth a form, nor the work of
   * writing them twice to find out. */
  if (path->num_data < FORM_MIN_DATA || path->data[0].header.type != CAIRO_PATH_MOVE_TO)
    {
      if (append_path (w->page, path, 0, 0, NULL))
        g_string_append (w->page, op);
      else
        g_string_append_len (w->page, "n\n", 2);
      cairo_path_destroy (path);
      return;
    }

  /* The shape from its first point: the same shape elsewhere is the same text. */
  x0 = tp_pdf_hundredths (path->data[1].point.x);
  y0 = tp_pdf_hundredths (path->data[1].point.y);
  g_string_truncate (shape, 0);
  if (!append_path (shape, path, x0, y0, box))
    {
      g_string_append_len (w->page, "n\n", 2);
      cairo_path_destroy (path);
      return;
    }
  g_string_append (shape, op);
  if (op[0] == 'S')
    {
      /* A stroke's form is as wide as its line: the box must hold it. */
      tp_pdf_put_hundredths (shape, tp_pdf_hundredths (line_width));
    }

  if (shape->len < FORM_MIN_BYTES
      || !g_hash_table_lookup_extended (w->shapes, shape->str, NULL, &value))
    {
      if (shape->len >= FORM_MIN_BYTES)
        g_hash_table_insert (w->shapes, g_strndup (shape->str, shape->len), NULL);
      append_path (w->page, path, 0, 0, NULL);
      g_string_append (w->page, op);
      cairo_path_destroy (path);
      return;
    }
  cairo_path_destroy (path);

  id = GPOINTER_TO_UINT (value);
  if (id == 0)
    {
      g_autoptr(GString) dict = g_string_new ("/Type /XObject /Subtype /Form /BBox [");
      gsize length = shape->len;

      /* Without the key's line width. */
      while (length > 0 && shape->str[length - 1] != '\n')
        length--;
      id = tp_pdf_reserve (w->pdf);
      g_hash_table_insert (w->shapes, g_strndup (shape->str, shape->len), GUINT_TO_POINTER (id));
      g_array_append_val (w->forms, id);
      margin = (gint64) (line_width * 100 * 6) + 100;
      for (int i = 0; i < 4; i++)
        {
          if (i > 0)
            g_string_append_c (dict, ' ');
          tp_pdf_put_hundredths (dict, box[i] + (i < 2 ? -margin : margin));
        }
      g_string_append_c (dict, ']');
      tp_pdf_stream (w->pdf, id, dict->str, shape->str, length, 0);
    }
  put_form_use (w->page, id, x0, y0);
}

void
_tp_pdf_fill_polygon (PdfWriter    *w,
                      const double *points,
                      int           n,
                      const double *rgba)
{
  _tp_pdf_end_text (w);
  _tp_pdf_set_fill (w, rgba);
  for (int i = 0; i < n; i++)
    {
      put_point (w->page, points[2 * i], points[2 * i + 1]);
      g_string_append (w->page, i == 0 ? "m\n" : "l\n");
    }
  g_string_append (w->page, "h f\n");
}

/* --- the sink ------------------------------------------------------------------ */

/* The source of @cr as a colour; FALSE (and unsupported) for anything else but a picture. */
static gboolean
solid_source (PdfWriter *w,
              cairo_t   *cr,
              double    *rgba,
              gboolean  *picture)
{
  cairo_pattern_t *source = cairo_get_source (cr);

  *picture = FALSE;
  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    {
      w->unsupported = TRUE;
      return FALSE;
    }
  if (cairo_pattern_get_rgba (source, &rgba[0], &rgba[1], &rgba[2], &rgba[3]) == CAIRO_STATUS_SUCCESS)
    return TRUE;
  if (cairo_pattern_get_type (source) == CAIRO_PATTERN_TYPE_SURFACE)
    *picture = TRUE;
  else
    w->unsupported = TRUE;
  return FALSE;
}

/* A "q" for the innermost cairo_save before a clip, unless one was written. */
static void
save_for_clip (PdfWriter *w)
{
  PdfSave *save;

  if (w->saves->len == 0)
    return;
  save = &g_array_index (w->saves, PdfSave, w->saves->len - 1);
  if (save->written)
    return;
  g_string_append (w->page, "q\n");
  save->written = TRUE;
  save->state = w->state;
}

static void
sink_path (TpDrawSink *sink,
           cairo_t    *cr,
           TpDrawOp    op)
{
  PdfWriter *w = (PdfWriter *) sink;
  gboolean even_odd = cairo_get_fill_rule (cr) == CAIRO_FILL_RULE_EVEN_ODD;
  gboolean picture;
  double rgba[4];

  _tp_pdf_end_text (w);
  if (op == TP_DRAW_CLIP)
    {
      w->group_bad = w->group_bad || w->page_outside != NULL;
      save_for_clip (w);
      if (!_tp_pdf_put_path (w, cr))
        /* An empty clip hides everything. */
        g_string_append (w->page, "0 0 0 0 re\n");
      g_string_append (w->page, even_odd ? "W* n\n" : "W n\n");
      return;
    }

  if (!solid_source (w, cr, rgba, &picture))
    {
      if (picture && op == TP_DRAW_FILL)
        _tp_pdf_paint_image (w, cr, TRUE, 1);
      else if (picture)
        w->unsupported = TRUE;
      return;
    }
  if (rgba[3] <= 0)
    return;

  if (op == TP_DRAW_FILL)
    {
      _tp_pdf_set_fill (w, rgba);
      put_shape (w, cr, even_odd ? "f*\n" : "f\n", 0);
    }
  else
    {
      set_stroke (w, cr, rgba);
      put_shape (w, cr, "S\n", w->state.line_width / 100.0);
    }
}

static void
sink_paint (TpDrawSink *sink,
            cairo_t    *cr,
            double      alpha)
{
  PdfWriter *w = (PdfWriter *) sink;
  gboolean picture;
  double rgba[4];

  _tp_pdf_end_text (w);
  w->group_bad = w->group_bad || w->page_outside != NULL;
  if (!solid_source (w, cr, rgba, &picture))
    {
      if (picture)
        _tp_pdf_paint_image (w, cr, FALSE, alpha);
      return;
    }
  rgba[3] *= alpha;
  if (rgba[3] <= 0)
    return;
  /* The whole page: the clip in force bounds it. */
  _tp_pdf_set_fill (w, rgba);
  g_string_append (w->page, "0 0 ");
  put_point (w->page, w->width, w->height);
  g_string_append (w->page, "re f\n");
}

static void
sink_save (TpDrawSink *sink)
{
  PdfWriter *w = (PdfWriter *) sink;
  PdfSave save = { FALSE };

  g_array_append_val (w->saves, save);
}

static void
sink_restore (TpDrawSink *sink)
{
  PdfWriter *w = (PdfWriter *) sink;
  PdfSave *save;

  if (w->saves->len == 0)
    return;
  save = &g_array_index (w->saves, PdfSave, w->saves->len - 1);
  if (save->written)
    {
      _tp_pdf_end_text (w);
      g_string_append (w->page, "Q\n");
      w->state = save->state;
    }
  g_array_set_size (w->saves, w->saves->len - 1);
}

static void
sink_text (TpDrawSink  *sink,
           cairo_t     *cr,
           PangoLayout *layout)
{
  PdfWriter *w = (PdfWriter *) sink;
  gboolean picture;
  double rgba[4];

  if (!solid_source (w, cr, rgba, &picture))
    {
      w->unsupported = w->unsupported || picture;
      return;
    }
  _tp_pdf_show_layout (w->text, cr, layout, rgba);
}

/* --- groups: drawings that repeat (tp_draw_group) --------------------------------- */

static TpDrawGroup
sink_group_begin (TpDrawSink    *sink,
                  cairo_t       *cr,
                  gconstpointer  key,
                  gsize          key_length,
                  double         x,
                  double         y,
                  const double  *box)
{
  PdfWriter *w = (PdfWriter *) sink;
  GBytes *bytes;
  gpointer value;

  if (w->page_outside != NULL || w->resources == 0)
    return TP_DRAW_GROUP_DIRECT;
  bytes = g_bytes_new (key, key_length);
  if (g_hash_table_lookup_extended (w->groups, bytes, NULL, &value))
    {
      g_bytes_unref (bytes);
      if (GPOINTER_TO_UINT (value) == 0)
        return TP_DRAW_GROUP_DIRECT;
      _tp_pdf_end_text (w);
      put_form_use (w->page, GPOINTER_TO_UINT (value), tp_pdf_hundredths (x), tp_pdf_hundredths (y));
      return TP_DRAW_GROUP_USED;
    }

  /* The first time: drawn into w->recording from the group's origin, in a state of its
   * own (a form is drawn in whatever state it is used in: it sets all it needs). */
  _tp_pdf_end_text (w);
  w->group_key = bytes;
  w->group_x = tp_pdf_hundredths (x);
  w->group_y = tp_pdf_hundredths (y);
  for (int i = 0; i < 4; i++)
    w->group_box[i] = tp_pdf_hundredths (box[i]) + (i < 2 ? -100 : 100);
  w->state_outside = w->state;
  w->saves_outside = w->saves->len;
  for (int i = 0; i < 3; i++)
    w->state.fill[i] = w->state.stroke[i] = -1;
  w->state.alpha = -1;
  w->state.line_width = -1;
  w->state.cap = -1;
  w->state.join = -1;
  w->state.miter = -1;
  strcpy (w->state.dash, "?");
  w->state.font = -1;
  w->state.font_size = 0;
  w->group_bad = FALSE;
  w->page_outside = w->page;
  g_string_truncate (w->recording, 0);
  w->page = w->recording;
  return TP_DRAW_GROUP_RECORD;
}

static gboolean
sink_group_end (TpDrawSink *sink,
                cairo_t    *cr)
{
  PdfWriter *w = (PdfWriter *) sink;
  gboolean kept;
  guint id = 0;

  _tp_pdf_end_text (w);
  kept = !w->group_bad && w->recording->len > 0 && w->saves->len == w->saves_outside;
  w->page = w->page_outside;
  w->page_outside = NULL;
  /* "Q" after the form sets the state back. */
  w->state = w->state_outside;
  if (kept)
    {
      g_autoptr(GString) dict = g_string_new ("/Type /XObject /Subtype /Form /BBox [");

      id = tp_pdf_reserve (w->pdf);
      g_array_append_val (w->forms, id);
      for (int i = 0; i < 4; i++)
        {
          if (i > 0)
            g_string_append_c (dict, ' ');
          tp_pdf_put_hundredths (dict, w->group_box[i]);
        }
      g_string_append (dict, "] /Resources ");
      tp_pdf_put_hundredths (dict, (gint64) w->resources * 100);
      g_string_append (dict, " 0 R");
      tp_pdf_stream (w->pdf, id, dict->str, w->recording->str, w->recording->len, 0);
      put_form_use (w->page, id, w->group_x, w->group_y);
    }
  g_hash_table_insert (w->groups, w->group_key, GUINT_TO_POINTER (id));
  w->group_key = NULL;
  return kept;
}

void
_tp_pdf_writer_init_sink (PdfWriter *w)
{
  w->sink = (TpDrawSink) { sink_path, sink_paint, sink_save, sink_restore, sink_text, sink_group_begin,
                           sink_group_end };
}

void
_tp_pdf_reset_state (PdfWriter *w)
{
  state_reset (&w->state);
}

void
_tp_pdf_restore (PdfWriter *w)
{
  sink_restore (&w->sink);
}
