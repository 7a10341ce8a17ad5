/* tp-emotion-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The curve is a Fritsch–Carlson monotone cubic: between two points it stays
 * within their scores, so the line never suggests a feeling more extreme
 * than any the research recorded, and a flat stretch stays flat.
 */

#include "config.h"

#include <math.h>

#include "tp-emotion-line.h"

struct _TpEmotionLine
{
  TpEmotionPoint *points;
  guint           n_points;
  TpBezier       *segments;
  double          top;
  double          bottom;
};

double
tp_emotion_line_score_to_y (TpEmotionLine *line,
                            double         score)
{
  score = CLAMP (score, -3.0, 3.0);
  return line->top + (3.0 - score) * (line->bottom - line->top) / 6.0;
}

static void
compute_segments (TpEmotionLine *line)
{
  guint n = line->n_points;
  g_autofree double *delta = NULL;
  g_autofree double *slope = NULL;

  if (n < 2)
    return;

  delta = g_new0 (double, n);
  slope = g_new0 (double, n);

  for (guint i = 0; i + 1 < n; i++)
    {
      double h = line->points[i + 1].x - line->points[i].x;

      delta[i] = h > 1e-9 ? (line->points[i + 1].y - line->points[i].y) / h : 0.0;
    }

  slope[0] = delta[0];
  slope[n - 1] = delta[n - 2];
  for (guint i = 1; i + 1 < n; i++)
    {
      /* A turning point or a flat neighbour gets a flat tangent. */
      if (delta[i - 1] * delta[i] <= 0)
        slope[i] = 0;
      else
        slope[i] = (delta[i - 1] + delta[i]) / 2;
    }

  for (guint i = 0; i + 1 < n; i++)
    {
      if (fabs (delta[i]) < 1e-12)
        {
          slope[i] = 0;
          slope[i + 1] = 0;
          continue;
        }
      else
        {
          double a = slope[i] / delta[i];
          double b = slope[i + 1] / delta[i];
          double s = a * a + b * b;

          if (a < 0)
            slope[i] = 0;
          if (b < 0)
            slope[i + 1] = 0;
          if (s > 9)
            {
              double t = 3 / sqrt (s);

              slope[i] = t * a * delta[i];
              slope[i + 1] = t * b * delta[i];
            }
        }
    }

  for (guint i = 0; i + 1 < n; i++)
    {
      const TpEmotionPoint *p = &line->points[i];
      const TpEmotionPoint *q = &line->points[i + 1];
      TpBezier *b = &line->segments[i];
      double h = q->x - p->x;

      b->x0 = p->x;
      b->y0 = p->y;
      b->x3 = q->x;
      b->y3 = q->y;
      if (h <= 1e-9)
        {
          b->x1 = p->x;
          b->y1 = p->y;
          b->x2 = q->x;
          b->y2 = q->y;
          continue;
        }
      b->x1 = p->x + h / 3;
      b->y1 = p->y + slope[i] * h / 3;
      b->x2 = q->x - h / 3;
      b->y2 = q->y - slope[i + 1] * h / 3;
    }
}

/* Low points are where the journey hurts: a score of TP_EMOTION_LOW_POINT_MAX
 * or below that is a valley, with no lower point right before or after its
 * run of equal scores. That takes in the lowest point of the line (when it is
 * negative) and every other dip that bottoms out below zero, and never a
 * point of a line that stays at zero or above. */
static void
mark_lowest (TpEmotionLine *line)
{
  guint start = 0;

  while (start < line->n_points)
    {
      int score = line->points[start].score;
      guint end = start;
      gboolean valley;

      while (end + 1 < line->n_points && line->points[end + 1].score == score)
        end++;
      valley = score <= TP_EMOTION_LOW_POINT_MAX
               && (start == 0 || line->points[start - 1].score > score)
               && (end + 1 == line->n_points || line->points[end + 1].score > score);
      for (guint i = start; i <= end; i++)
        line->points[i].lowest = valley;
      start = end + 1;
    }
}

TpEmotionLine *
tp_emotion_line_new (const TpEmotionPoint *points,
                     guint                 n_points,
                     double                top_y,
                     double                bottom_y)
{
  TpEmotionLine *line;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);

  line = g_new0 (TpEmotionLine, 1);
  line->top = top_y;
  line->bottom = bottom_y;
  line->n_points = n_points;
  line->points = g_new0 (TpEmotionPoint, n_points + 1);
  line->segments = g_new0 (TpBezier, n_points + 1);

  for (guint i = 0; i < n_points; i++)
    {
      line->points[i] = points[i];
      line->points[i].score = CLAMP (points[i].score, -3, 3);
      line->points[i].y = tp_emotion_line_score_to_y (line, line->points[i].score);
    }

  mark_lowest (line);
  compute_segments (line);
  return line;
}

TpEmotionLine *
tp_emotion_line_new_for_row (TpJourneyLayout *layout,
                             guint            row)
{
  g_autoptr(GArray) points = NULL;
  guint n_columns;
  double top, bottom;

  g_return_val_if_fail (layout != NULL, NULL);

  if (!tp_journey_layout_get_emotion_band (layout, row, &top, &bottom))
    return NULL;

  points = g_array_new (FALSE, TRUE, sizeof (TpEmotionPoint));
  n_columns = tp_journey_layout_get_n_columns (layout);
  for (guint c = 0; c < n_columns; c++)
    {
      guint n;
      const TpCardBox *boxes = tp_journey_layout_get_cell_cards (layout, c, row, &n);

      for (guint i = 0; i < n; i++)
        {
          TpEmotionPoint p = { 0, };

          if (tp_card_get_kind (boxes[i].card) != TP_CARD_KIND_EMOTION)
            continue;
          p.card = boxes[i].card;
          p.x = boxes[i].rect.x + boxes[i].rect.width / 2;
          p.score = tp_card_get_emotion_score (boxes[i].card);
          p.moment = tp_card_get_moment_that_matters (boxes[i].card);
          g_array_append_val (points, p);
        }
    }

  return tp_emotion_line_new ((TpEmotionPoint *) (gpointer) points->data, points->len, top, bottom);
}

void
tp_emotion_line_free (TpEmotionLine *line)
{
  if (line == NULL)
    return;
  g_free (line->points);
  g_free (line->segments);
  g_free (line);
}

guint
tp_emotion_line_get_n_points (TpEmotionLine *line)
{
  return line->n_points;
}

const TpEmotionPoint *
tp_emotion_line_get_point (TpEmotionLine *line,
                           guint          i)
{
  g_return_val_if_fail (i < line->n_points, NULL);
  return &line->points[i];
}

const TpBezier *
tp_emotion_line_get_segment (TpEmotionLine *line,
                             guint          i)
{
  g_return_val_if_fail (i + 1 < line->n_points, NULL);
  return &line->segments[i];
}

double
tp_emotion_line_get_baseline (TpEmotionLine *line)
{
  return tp_emotion_line_score_to_y (line, 0);
}

double
tp_emotion_line_get_top (TpEmotionLine *line)
{
  return line->top;
}

double
tp_emotion_line_get_bottom (TpEmotionLine *line)
{
  return line->bottom;
}

void
tp_emotion_line_append_path (TpEmotionLine *line,
                             cairo_t       *cr)
{
  if (line->n_points == 0)
    return;
  tp_emotion_line_append_span (line, cr, 0, line->n_points - 1);
}

void
tp_emotion_line_append_span (TpEmotionLine *line,
                             cairo_t       *cr,
                             guint          first,
                             guint          last)
{
  g_return_if_fail (first <= last && last < line->n_points);

  cairo_move_to (cr, line->points[first].x, line->points[first].y);
  for (guint i = first; i < last; i++)
    {
      const TpBezier *b = &line->segments[i];

      cairo_curve_to (cr, b->x1, b->y1, b->x2, b->y2, b->x3, b->y3);
    }
}

void
tp_bezier_eval (const TpBezier *b,
                double          t,
                double         *x,
                double         *y)
{
  double u = 1 - t;
  double w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;

  *x = w0 * b->x0 + w1 * b->x1 + w2 * b->x2 + w3 * b->x3;
  *y = w0 * b->y0 + w1 * b->y1 + w2 * b->y2 + w3 * b->y3;
}
