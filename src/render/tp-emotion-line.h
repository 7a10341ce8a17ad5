/* tp-emotion-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Geometry of the emotion line: one point per emotion card of a feelings
 * lane, a smooth curve through them that never overshoots the scores it
 * joins (monotone cubic, as Bézier segments), the low points (the valleys
 * below zero) and the moments that matter.
 */

#pragma once

#include <cairo.h>
#include "model/tp-model.h"
#include "tp-journey-layout.h"

G_BEGIN_DECLS

/* The highest score a low point can have: below zero, the customer feels bad. */
#define TP_EMOTION_LOW_POINT_MAX (-1)

typedef struct {
  TpCard   *card;      /* may be NULL for points built from plain scores */
  double    x;
  double    y;
  int       score;     /* −3 … +3 */
  gboolean  moment;    /* moment that matters */
  gboolean  lowest;    /* a low point: a valley at −1 or below (the minimum, or a dip) */
} TpEmotionPoint;

/* The segment from point i to point i + 1: a cubic Bézier. */
typedef struct {
  double x0, y0;
  double x1, y1;
  double x2, y2;
  double x3, y3;
} TpBezier;

typedef struct _TpEmotionLine TpEmotionLine;

/** tp_emotion_line_new: a line through @points (x, score, moment and card are read) in a band whose
 * +3 is at @top_y and −3 at @bottom_y. Points are kept in the given order. */
TpEmotionLine        *tp_emotion_line_new          (const TpEmotionPoint *points,
                                                    guint                 n_points,
                                                    double                top_y,
                                                    double                bottom_y);
/** tp_emotion_line_new_for_row: the line of the emotion cards of feelings row @row, or NULL when
 * @row is not a feelings row. */
TpEmotionLine        *tp_emotion_line_new_for_row  (TpJourneyLayout      *layout,
                                                    guint                 row);
void                  tp_emotion_line_free         (TpEmotionLine        *line);

guint                 tp_emotion_line_get_n_points (TpEmotionLine        *line);
const TpEmotionPoint *tp_emotion_line_get_point    (TpEmotionLine        *line,
                                                    guint                 i);
/** tp_emotion_line_get_segment: the curve from point @i to point @i + 1. */
const TpBezier       *tp_emotion_line_get_segment  (TpEmotionLine        *line,
                                                    guint                 i);
double                tp_emotion_line_score_to_y   (TpEmotionLine        *line,
                                                    double                score);
double                tp_emotion_line_get_baseline (TpEmotionLine        *line);
double                tp_emotion_line_get_top      (TpEmotionLine        *line);
double                tp_emotion_line_get_bottom   (TpEmotionLine        *line);
/** tp_emotion_line_append_path: appends the curve (from the first point) to @cr's path. */
void                  tp_emotion_line_append_path  (TpEmotionLine        *line,
                                                    cairo_t              *cr);
/** tp_emotion_line_append_span: appends the curve from point @first to point @last. */
void                  tp_emotion_line_append_span  (TpEmotionLine        *line,
                                                    cairo_t              *cr,
                                                    guint                 first,
                                                    guint                 last);
/** tp_bezier_eval: the point at parameter @t of @segment. */
void                  tp_bezier_eval               (const TpBezier       *segment,
                                                    double                t,
                                                    double               *x,
                                                    double               *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpEmotionLine, tp_emotion_line_free)

G_END_DECLS
