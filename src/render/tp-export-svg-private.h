/* tp-export-svg-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SVG writer's drawing sink, shared by its shapes, clips and groups
 * (tp-export-svg.c) and its text (tp-export-svg-text.c), and the number
 * writers both use on every element (inline: they are the writer's hot path).
 */

#pragma once

#include <cairo.h>
#include <math.h>
#include <pango/pango.h>

#include "tp-decimal.h"
#include "tp-draw.h"

G_BEGIN_DECLS

/* A clip: clipPath @id, drawn with its origin at (@x, @y) (hundredths of a unit). The same
 * shape clipping many cards is one clipPath, translated. */
typedef struct {
  guint  id;
  gint64 x;
  gint64 y;
} Clip;

/* A group (tp_draw_group): its shapes are <g id="g@id"> in the defs (id 0: none), its text
 * is written, moved, each time it is used; not @kept: drawn directly each time. */
typedef struct {
  guint    id;
  gboolean kept;
  gsize    text_length;
  char     text[];
} SvgGroup;

typedef struct {
  TpDrawSink  sink;
  GString    *body;
  GString    *defs;         /* clip paths */
  GString    *shape_defs;   /* shapes drawn more than once */
  GString    *style;
  GHashTable *shapes;       /* relative path data → id (>0) once seen twice, or 0 when seen once */
  GHashTable *classes;      /* text CSS → class number */
  GHashTable *shape_classes; /* shape attributes → class number */
  GHashTable *clip_shapes;  /* relative path data of a clip with no clip around it → id */
  GArray     *clips;        /* the clip in force at each cairo_save */
  Clip        clip;         /* the clip in force (id 0 = none) */
  Clip        group;        /* the clip of the open <g> (id 0 = none open); what is written
                             * in it is offset by its origin */
  guint       n_ids;
  gboolean    unsupported;
  GString    *scratch;
  GString    *attributes;   /* a shape's attributes, reused from shape to shape */
  GString    *css;          /* a text's CSS, reused */
  GHashTable *groups;       /* a group's key (GBytes) → SvgGroup */
  GString    *recording;    /* a group's shapes, written while it is drawn the first time */
  GString    *recording_text; /* its text */
  GString    *body_outside; /* not NULL while recording: the body */
  GBytes     *group_key;
  gint64      group_x;      /* where the group being recorded is used (hundredths) */
  gint64      group_y;
  Clip        clip_outside;
  Clip        group_outside;
  gboolean    group_bad;    /* it clipped, painted, or drew a shape over its text: not kept */
  double      width;        /* the picture, device units: a paint covers at most this */
  double      height;
} SvgWriter;

/* --- numbers ---------------------------------------------------------- */

/* Appends @v (in hundredths) as the shortest decimal: 1250 → "12.5", -3 → "-.03". */
static inline void
put_hundredths (GString *s,
                gint64   v)
{
  char buf[32];
  char *p = tp_format_hundredths (buf + sizeof buf, v);

  g_string_append_len (s, p, buf + sizeof buf - p);
}

/* Appends a string literal. */
#define put_literal(s, literal) g_string_append_len ((s), "" literal, sizeof (literal) - 1)

/* Appends @v in decimal (no printf: a path's attributes were a third of its cost). */
static inline void
put_uint (GString *s,
          guint    v)
{
  char buf[16];
  char *p = buf + sizeof buf;

  do
    {
      *--p = '0' + v % 10;
      v /= 10;
    }
  while (v != 0);
  g_string_append_len (s, p, buf + sizeof buf - p);
}

static inline gint64
hundredths (double v)
{
  return (gint64) llround (v * 100);
}

static inline void
put_number (GString *s,
            double   v)
{
  put_hundredths (s, hundredths (v));
}


/* tp-export-svg.c */
void     _tp_svg_put_hex      (GString    *s,
                               double      r,
                               double      g,
                               double      b);
void     _tp_svg_enter_clip   (SvgWriter  *w);
gboolean _tp_svg_solid_source (SvgWriter  *w,
                               cairo_t    *cr,
                               double     *rgba);
double   _tp_svg_matrix_scale (cairo_t    *cr);

/* tp-export-svg-text.c */
void     _tp_svg_put_escaped  (GString    *s,
                               const char *text,
                               gssize      length);
void     _tp_svg_sink_text    (TpDrawSink  *sink,
                               cairo_t     *cr,
                               PangoLayout *layout);

G_END_DECLS
