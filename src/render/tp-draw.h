/* tp-draw.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the painters' drawing goes. Every painter draws with cairo and
 * shows text with tp_draw_show_layout(). Normally that is all there is: the
 * calls below are cairo's own (and pango_cairo_show_layout). When a cairo
 * context carries a sink (tp_draw_set_sink), the sink receives each filled
 * or stroked path, each clip and each run of text — the lines as pango laid
 * them out, so wrapping and ellipsis match — instead, and nothing is drawn:
 * that is how the SVG export writes real <text> elements and compact shapes
 * from the very painter that draws the screen, print and the other exports.
 *
 * Files of render/ that include this header (through tp-theme.h) have their
 * cairo_fill/stroke/paint/clip/save/restore calls routed through the
 * functions here; with no sink they cost one cairo_get_user_data().
 * Pure cairo + pango; no GTK.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _TpDrawSink TpDrawSink;

typedef enum {
  TP_DRAW_FILL,
  TP_DRAW_STROKE,
  TP_DRAW_CLIP,
} TpDrawOp;

/* What a sink does with a drawing that repeats (tp_draw_group). */
typedef enum {
  TP_DRAW_GROUP_DIRECT,  /* nothing: draw it as usual */
  TP_DRAW_GROUP_USED,    /* the sink wrote it (a reference to the same drawing made before) */
  TP_DRAW_GROUP_RECORD,  /* draw it now, device space moved to the group's origin; then group_end */
} TpDrawGroup;

struct _TpDrawSink
{
  /* @op on the current path of @cr (device coordinates through cairo_copy_path after
   * cairo_identity_matrix; the state — source, line width, dash — is @cr's). */
  void (*path)    (TpDrawSink  *sink,
                   cairo_t     *cr,
                   TpDrawOp     op);
  /* cairo_paint with @alpha: fill the clip. */
  void (*paint)   (TpDrawSink  *sink,
                   cairo_t     *cr,
                   double       alpha);
  void (*save)    (TpDrawSink  *sink);
  void (*restore) (TpDrawSink  *sink);
  /* @layout with its top-left at the current point of @cr, in @cr's source colour. */
  void (*text)    (TpDrawSink  *sink,
                   cairo_t     *cr,
                   PangoLayout *layout);
  /* Optional (NULL: no groups). A drawing that repeats: @key (@key_length bytes) tells apart
   * everything it draws relative to the device point (@x, @y), and it lies within @box
   * (x0, y0, x1, y1 in device units from there). The SVG writer makes it one definition
   * and a <use> each time, the PDF writer a form XObject. */
  TpDrawGroup (*group_begin) (TpDrawSink    *sink,
                              cairo_t       *cr,
                              gconstpointer  key,
                              gsize          key_length,
                              double         x,
                              double         y,
                              const double  *box);
  /* After TP_DRAW_GROUP_RECORD: TRUE when it was kept and written; FALSE when it could not
   * be (it clipped or painted; the SVG writer: drew a shape over its text, which it keeps
   * apart as real <text>): nothing of it was written, draw it again. */
  gboolean    (*group_end)   (TpDrawSink    *sink,
                              cairo_t       *cr);
};

/** tp_draw_set_sink: sends what is drawn on @cr to @sink (NULL: draw again). */
void        tp_draw_set_sink        (cairo_t     *cr,
                                     TpDrawSink  *sink);
TpDrawSink *tp_draw_get_sink        (cairo_t     *cr);

/** tp_draw_show_layout: shows @layout at the current point (pango_cairo_show_layout), or
 *  hands it to the sink of @cr. */
void        tp_draw_show_layout     (cairo_t     *cr,
                                     PangoLayout *layout);

/* Draws the group's drawing on @cr (the return value is not looked at: a TpSpritePaintFunc
 * fits). */
typedef gboolean (*TpDrawGroupFunc) (cairo_t       *cr,
                                     gconstpointer  data);

/** tp_draw_group: with a sink that takes groups, hands it what @paint draws as a group
 *  (TpDrawSink.group_begin) kept under @key — bytes that tell apart everything @paint draws
 *  relative to the origin of @area (x, y, width, height in user space; all of it inside)
 *  — and returns TRUE;
 *  the matrix's scale and turn are added to the key here. FALSE (nothing done) otherwise. */
gboolean    tp_draw_group           (cairo_t         *cr,
                                     const double    *area,
                                     gconstpointer    key,
                                     gsize            key_length,
                                     TpDrawGroupFunc  paint,
                                     gconstpointer    data);

void        tp_draw_fill            (cairo_t     *cr);
void        tp_draw_fill_preserve   (cairo_t     *cr);
void        tp_draw_stroke          (cairo_t     *cr);
void        tp_draw_stroke_preserve (cairo_t     *cr);
void        tp_draw_paint           (cairo_t     *cr);
void        tp_draw_paint_with_alpha (cairo_t    *cr,
                                     double       alpha);
void        tp_draw_clip            (cairo_t     *cr);
void        tp_draw_clip_preserve   (cairo_t     *cr);
void        tp_draw_save            (cairo_t     *cr);
void        tp_draw_restore         (cairo_t     *cr);

#ifndef TP_DRAW_NO_REDIRECT
#define cairo_fill(cr)                  tp_draw_fill (cr)
#define cairo_fill_preserve(cr)         tp_draw_fill_preserve (cr)
#define cairo_stroke(cr)                tp_draw_stroke (cr)
#define cairo_stroke_preserve(cr)       tp_draw_stroke_preserve (cr)
#define cairo_paint(cr)                 tp_draw_paint (cr)
#define cairo_paint_with_alpha(cr, a)   tp_draw_paint_with_alpha (cr, a)
#define cairo_clip(cr)                  tp_draw_clip (cr)
#define cairo_clip_preserve(cr)         tp_draw_clip_preserve (cr)
#define cairo_save(cr)                  tp_draw_save (cr)
#define cairo_restore(cr)               tp_draw_restore (cr)
#endif

G_END_DECLS
