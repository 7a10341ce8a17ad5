/* tp-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painters' drawing calls, to cairo or to a sink (tp-draw.h).
 */

#include "config.h"

#define TP_DRAW_NO_REDIRECT
#include <pango/pangocairo.h>

#include <math.h>
#include <string.h>

#include "tp-draw.h"

static cairo_user_data_key_t sink_key;

void
tp_draw_set_sink (cairo_t    *cr,
                  TpDrawSink *sink)
{
  cairo_set_user_data (cr, &sink_key, sink, NULL);
}

TpDrawSink *
tp_draw_get_sink (cairo_t *cr)
{
  return cairo_get_user_data (cr, &sink_key);
}

void
tp_draw_show_layout (cairo_t     *cr,
                     PangoLayout *layout)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    sink->text (sink, cr, layout);
  else
    pango_cairo_show_layout (cr, layout);
}

gboolean
tp_draw_group (cairo_t         *cr,
               const double    *area,
               gconstpointer    key,
               gsize            key_length,
               TpDrawGroupFunc  paint,
               gconstpointer    data)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);
  cairo_matrix_t m, moved;
  double x, y, corners[4][2], x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  gsize length = sizeof (double) * 4 + key_length;
  guint8 stack[512];
  guint8 *full;
  TpDrawGroup what;

  if (sink == NULL || sink->group_begin == NULL)
    return FALSE;
  cairo_get_matrix (cr, &m);
  /* The origin on a hundredth of a unit (what the writers print), so that the group's
   * content, written from there, lands where it would have. */
  x = area[0];
  y = area[1];
  cairo_user_to_device (cr, &x, &y);
  if (!isfinite (x) || !isfinite (y) || fabs (x) > 1e9 || fabs (y) > 1e9)
    return FALSE;
  x = round (x * 100) / 100;
  y = round (y * 100) / 100;
  for (int i = 0; i < 4; i++)
    {
      corners[i][0] = area[0] + (i & 1 ? area[2] : 0);
      corners[i][1] = area[1] + (i & 2 ? area[3] : 0);
      cairo_user_to_device (cr, &corners[i][0], &corners[i][1]);
      x0 = MIN (x0, corners[i][0]);
      y0 = MIN (y0, corners[i][1]);
      x1 = MAX (x1, corners[i][0]);
      y1 = MAX (y1, corners[i][1]);
    }

  full = length <= sizeof stack ? stack : g_malloc (length);
  memcpy (full, (double[4]) { m.xx, m.yx, m.xy, m.yy }, sizeof (double) * 4);
  memcpy (full + sizeof (double) * 4, key, key_length);
  /* The device box of @area, from (x, y). */
  what = sink->group_begin (sink, cr, full, length, x, y, (double[4]) { x0 - x, y0 - y, x1 - x, y1 - y });
  if (full != stack)
    g_free (full);
  switch (what)
    {
    case TP_DRAW_GROUP_USED:
      return TRUE;
    case TP_DRAW_GROUP_RECORD:
      moved = m;
      moved.x0 -= x;
      moved.y0 -= y;
      cairo_set_matrix (cr, &moved);
      paint (cr, data);
      cairo_set_matrix (cr, &m);
      if (!sink->group_end (sink, cr))
        paint (cr, data);
      return TRUE;
    case TP_DRAW_GROUP_DIRECT:
    default:
      return FALSE;
    }
}

static void
to_sink (TpDrawSink *sink,
         cairo_t    *cr,
         TpDrawOp    op,
         gboolean    preserve)
{
  sink->path (sink, cr, op);
  if (op == TP_DRAW_CLIP)
    {
      /* The clip stays in cairo too, for the painters' clip queries. */
      if (preserve)
        cairo_clip_preserve (cr);
      else
        cairo_clip (cr);
    }
  else if (!preserve)
    cairo_new_path (cr);
}

void
tp_draw_fill (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    to_sink (sink, cr, TP_DRAW_FILL, FALSE);
  else
    cairo_fill (cr);
}

void
tp_draw_fill_preserve (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    to_sink (sink, cr, TP_DRAW_FILL, TRUE);
  else
    cairo_fill_preserve (cr);
}

void
tp_draw_stroke (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    to_sink (sink, cr, TP_DRAW_STROKE, FALSE);
  else
    cairo_stroke (cr);
}

void
tp_draw_stroke_preserve (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    to_sink (sink, cr, TP_DRAW_STROKE, TRUE);
  else
    cairo_stroke_preserve (cr);
}

void
tp_draw_clip (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    to_sink (sink, cr, TP_DRAW_CLIP, FALSE);
  else
    cairo_clip (cr);
}

void
tp_draw_clip_preserve (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    to_sink (sink, cr, TP_DRAW_CLIP, TRUE);
  else
    cairo_clip_preserve (cr);
}

void
tp_draw_paint (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    sink->paint (sink, cr, 1.0);
  else
    cairo_paint (cr);
}

void
tp_draw_paint_with_alpha (cairo_t *cr,
                          double   alpha)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    sink->paint (sink, cr, alpha);
  else
    cairo_paint_with_alpha (cr, alpha);
}

void
tp_draw_save (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  cairo_save (cr);
  if (sink != NULL)
    sink->save (sink);
}

void
tp_draw_restore (cairo_t *cr)
{
  TpDrawSink *sink = tp_draw_get_sink (cr);

  if (sink != NULL)
    sink->restore (sink);
  cairo_restore (cr);
}
