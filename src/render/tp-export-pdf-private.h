/* tp-export-pdf-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF writer's drawing sink, shared by its shapes (tp-export-pdf.c), its
 * pictures (tp-export-pdf-images.c) and its text (tp-export-pdf-text.c).
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "tp-draw.h"
#include "tp-pdf.h"

G_BEGIN_DECLS

/* What the content stream has set so far, to write only changes. Colours and alpha in
 * thousandths (-1: unknown), lengths in hundredths of a point. */
typedef struct {
  int    fill[3];
  int    stroke[3];
  int    alpha;
  gint64 line_width;
  int    cap;
  int    join;
  gint64 miter;
  char   dash[64];      /* the "d" operator as written; "?" = unknown */
  int    font;          /* -1 = none */
  gint64 font_size;     /* thousandths */
} PdfState;

/* One cairo_save: whether a "q" was written for it (only before a clip, the one state a
 * PDF cannot set back otherwise), and the state it saved. */
typedef struct {
  gboolean written;
  PdfState state;
} PdfSave;

typedef struct {
  TpDrawSink     sink;
  TpPdf         *pdf;
  TpPdfFonts    *fonts;
  GString       *page;       /* the content stream of the page being drawn */
  PdfState       state;
  GArray        *saves;      /* PdfSave */
  GHashTable    *alphas;     /* thousandths → (unused): the ExtGStates "/a<n>" used */
  GHashTable    *images;     /* cairo_surface_t → image XObject number */
  GHashTable    *shapes;     /* a shape's operators from its first point → form XObject
                              * number, or 0 when drawn once so far */
  GArray        *forms;      /* guint: the form XObjects */
  guint          resources;  /* the pages' resources, which forms share */
  GHashTable    *groups;     /* a group's key (GBytes, tp_draw_group) → its form XObject, or 0:
                              * drawn directly */
  GString       *recording;  /* a group's content while it is drawn the first time */
  GString       *page_outside; /* not NULL while recording: the page */
  GBytes        *group_key;
  gint64         group_x;    /* where the group being recorded is used (hundredths) */
  gint64         group_y;
  gint64         group_box[4];
  PdfState       state_outside;
  guint          saves_outside;
  gboolean       group_bad;  /* it clipped or painted: not kept */
  GString       *scratch;
  double         width;      /* the page, points */
  double         height;
  gboolean       in_text;    /* between BT and ET */
  gboolean       unsupported;
  PangoRenderer *text;
  cairo_font_options_t *font_options;
} PdfWriter;

/* Colours and alpha (tp-export-pdf.c). */
void           _tp_pdf_set_fill        (PdfWriter    *w,
                                        const double *rgba);
void           _tp_pdf_set_alpha       (PdfWriter    *w,
                                        double        alpha);
/* The current path of @cr in device space; FALSE when it is empty (tp-export-pdf.c). */
gboolean       _tp_pdf_put_path        (PdfWriter    *w,
                                        cairo_t      *cr);
void           _tp_pdf_end_text        (PdfWriter    *w);
/* tp-export-pdf.c: the drawing sink of @w, its graphics state at a page's start, and a "Q". */
void           _tp_pdf_writer_init_sink (PdfWriter   *w);
void           _tp_pdf_reset_state     (PdfWriter    *w);
void           _tp_pdf_restore         (PdfWriter    *w);
/* @v thousandths (0–1000) as the shortest decimal of 0–1: colours and alpha. */
void           _tp_pdf_put_thousandths (GString      *s,
                                        int           v);
/* A filled polygon of @n device points (x, y pairs). */
void           _tp_pdf_fill_polygon    (PdfWriter    *w,
                                        const double *points,
                                        int           n,
                                        const double *rgba);

/* Pictures (tp-export-pdf-images.c): @cr's source, a picture, with @alpha inside the clip,
 * and inside the current path when @path. */
void           _tp_pdf_paint_image     (PdfWriter    *w,
                                        cairo_t      *cr,
                                        gboolean      path,
                                        double        alpha);

/* Text (tp-export-pdf-text.c). */
PangoRenderer *_tp_pdf_text_renderer_new (PdfWriter   *w);
/* @layout at the current point of @cr in @rgba. */
void           _tp_pdf_show_layout     (PangoRenderer *renderer,
                                        cairo_t       *cr,
                                        PangoLayout   *layout,
                                        const double  *rgba);

G_END_DECLS
