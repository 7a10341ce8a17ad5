/* tp-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painters' drawing calls, to cairo or to a sink (tp-draw.h).
 */

#include "config.h"

#define TP_DRAW_NO_REDIRECT
#include <pango/pangocairo.h>

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
