/* test-render-emotion.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The emotion line goes through every score, in order, never swings past
 * the scores it joins, and points out its lowest points.
 */

#include "config.h"

#include "render/tp-emotion-line.h"
#include "tp-test-journey.h"

/* Band from y 0 (+3) to y 60 (−3): 10 units per score step. */
static TpEmotionLine *
line_from_scores (const int      *scores,
                  guint           n,
                  const gboolean *moments)
{
  g_autofree TpEmotionPoint *points = g_new0 (TpEmotionPoint, n + 1);

  for (guint i = 0; i < n; i++)
    {
      points[i].x = 100.0 * i;
      points[i].score = scores[i];
      points[i].moment = moments != NULL && moments[i];
    }
  return tp_emotion_line_new (points, n, 0, 60);
}

static void
test_points (void)
{
  const int scores[] = { 1, -2, -3, 2, 2, 0 };
  const gboolean moments[] = { FALSE, FALSE, TRUE, FALSE, FALSE, FALSE };
  g_autoptr(TpEmotionLine) line = line_from_scores (scores, G_N_ELEMENTS (scores), moments);

  g_assert_cmpuint (tp_emotion_line_get_n_points (line), ==, 6);
  g_assert_cmpfloat (tp_emotion_line_get_baseline (line), ==, 30);
  for (guint i = 0; i < 6; i++)
    {
      const TpEmotionPoint *p = tp_emotion_line_get_point (line, i);

      g_assert_cmpfloat (p->x, ==, 100.0 * i);
      g_assert_cmpfloat (p->y, ==, (3 - scores[i]) * 10.0);
      g_assert_cmpint (p->score, ==, scores[i]);
      g_assert_cmpint (p->moment, ==, moments[i]);
      g_assert_cmpint (p->lowest, ==, i == 2);
    }
}

static void
test_curve_through_points (void)
{
  const int scores[] = { 1, -2, -3, 2, 2, 0, 3, -1 };
  g_autoptr(TpEmotionLine) line = line_from_scores (scores, G_N_ELEMENTS (scores), NULL);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (scores); i++)
    {
      const TpBezier *b = tp_emotion_line_get_segment (line, i);
      const TpEmotionPoint *p = tp_emotion_line_get_point (line, i);
      const TpEmotionPoint *q = tp_emotion_line_get_point (line, i + 1);

      g_assert_cmpfloat (b->x0, ==, p->x);
      g_assert_cmpfloat (b->y0, ==, p->y);
      g_assert_cmpfloat (b->x3, ==, q->x);
      g_assert_cmpfloat (b->y3, ==, q->y);
    }
}

static void
test_no_overshoot (void)
{
  const int scores[] = { 3, -3, 3, -3, -2, -1, 3, 3, -3, 0, 1, 3 };
  g_autoptr(TpEmotionLine) line = line_from_scores (scores, G_N_ELEMENTS (scores), NULL);
  double last_x = -1;

  for (guint i = 0; i + 1 < G_N_ELEMENTS (scores); i++)
    {
      const TpBezier *b = tp_emotion_line_get_segment (line, i);
      double lo = MIN (b->y0, b->y3), hi = MAX (b->y0, b->y3);

      for (int k = 0; k <= 100; k++)
        {
          double x, y;

          tp_bezier_eval (b, k / 100.0, &x, &y);
          /* Within the two scores it joins, hence within −3 … +3. */
          g_assert_cmpfloat (y, >=, lo - 1e-9);
          g_assert_cmpfloat (y, <=, hi + 1e-9);
          g_assert_cmpfloat (y, >=, tp_emotion_line_get_top (line) - 1e-9);
          g_assert_cmpfloat (y, <=, tp_emotion_line_get_bottom (line) + 1e-9);
          /* And always moving right: the line never doubles back. */
          g_assert_cmpfloat (x, >=, last_x - 1e-9);
          last_x = x;
        }
    }
}

static void
test_smooth_and_flat (void)
{
  const int scores[] = { 0, 2, 2, -1, -3, 1 };
  g_autoptr(TpEmotionLine) line = line_from_scores (scores, G_N_ELEMENTS (scores), NULL);
  const TpBezier *flat = tp_emotion_line_get_segment (line, 1);
  const TpBezier *into_low = tp_emotion_line_get_segment (line, 3);
  const TpBezier *out_of_low = tp_emotion_line_get_segment (line, 4);
  const TpBezier *falling = tp_emotion_line_get_segment (line, 2);

  /* Two equal scores are joined by a flat line. */
  g_assert_cmpfloat (flat->y1, ==, flat->y0);
  g_assert_cmpfloat (flat->y2, ==, flat->y0);

  /* The lowest point is a smooth valley: level tangents on both sides. */
  g_assert_cmpfloat (into_low->y2, ==, into_low->y3);
  g_assert_cmpfloat (out_of_low->y1, ==, out_of_low->y0);

  /* A point on a slope is passed smoothly: the tangents line up. */
  {
    const TpBezier *before = falling;
    const TpBezier *after = into_low;
    double in_slope = (before->y3 - before->y2) / (before->x3 - before->x2);
    double out_slope = (after->y1 - after->y0) / (after->x1 - after->x0);

    g_assert_cmpfloat_with_epsilon (in_slope, out_slope, 1e-9);
    g_assert_cmpfloat (out_slope, >, 0);
  }
}

static void
test_lowest (void)
{
  const int ties[] = { -1, -3, 0, -3 };
  const int flat[] = { 0, 0, 0 };
  const int positive[] = { 2, 1, 3 };
  const int single[] = { -2 };
  g_autoptr(TpEmotionLine) a = line_from_scores (ties, 4, NULL);
  g_autoptr(TpEmotionLine) b = line_from_scores (flat, 3, NULL);
  g_autoptr(TpEmotionLine) c = line_from_scores (positive, 3, NULL);
  g_autoptr(TpEmotionLine) d = line_from_scores (single, 1, NULL);

  g_assert_false (tp_emotion_line_get_point (a, 0)->lowest);
  g_assert_true (tp_emotion_line_get_point (a, 1)->lowest);
  g_assert_false (tp_emotion_line_get_point (a, 2)->lowest);
  g_assert_true (tp_emotion_line_get_point (a, 3)->lowest);

  for (guint i = 0; i < 3; i++)
    g_assert_false (tp_emotion_line_get_point (b, i)->lowest);

  g_assert_false (tp_emotion_line_get_point (c, 0)->lowest);
  g_assert_true (tp_emotion_line_get_point (c, 1)->lowest);

  g_assert_cmpuint (tp_emotion_line_get_n_points (d), ==, 1);
  g_assert_true (tp_emotion_line_get_point (d, 0)->lowest);
}

static void
test_out_of_range_scores (void)
{
  const int scores[] = { 7, -9 };
  g_autoptr(TpEmotionLine) line = line_from_scores (scores, 2, NULL);

  g_assert_cmpfloat (tp_emotion_line_get_point (line, 0)->y, ==, 0);
  g_assert_cmpfloat (tp_emotion_line_get_point (line, 1)->y, ==, 60);
}

static void
test_from_journey (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  g_autoptr(TpEmotionLine) line = NULL;
  const char *feelings[] = { "curious", "overwhelmed", "confused", "confident", "impatient", "delighted" };
  double top, bottom;

  g_assert_null (tp_emotion_line_new_for_row (layout, 0));
  g_assert_true (tp_journey_layout_row_is_feelings (layout, 1));
  line = tp_emotion_line_new_for_row (layout, 1);
  g_assert_nonnull (line);
  g_assert_true (tp_journey_layout_get_emotion_band (layout, 1, &top, &bottom));
  g_assert_cmpfloat (tp_emotion_line_get_top (line), ==, top);
  g_assert_cmpfloat (tp_emotion_line_get_bottom (line), ==, bottom);

  /* Journey order, left to right, at the chips of the cards. */
  g_assert_cmpuint (tp_emotion_line_get_n_points (line), ==, G_N_ELEMENTS (feelings));
  for (guint i = 0; i < G_N_ELEMENTS (feelings); i++)
    {
      const TpEmotionPoint *p = tp_emotion_line_get_point (line, i);
      const TpCardBox *box = tp_journey_layout_find_card (layout, p->card);

      g_assert_cmpstr (tp_card_get_feeling (p->card), ==, feelings[i]);
      g_assert_cmpfloat (p->x, ==, box->rect.x + box->rect.width / 2);
      g_assert_cmpfloat (p->y, >=, top);
      g_assert_cmpfloat (p->y, <=, bottom);
      g_assert_cmpint (p->moment, ==, i == 2 || i == 5);
      g_assert_cmpint (p->lowest, ==, i == 2);
      if (i > 0)
        g_assert_cmpfloat (p->x, >, tp_emotion_line_get_point (line, i - 1)->x);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/emotion/points", test_points);
  g_test_add_func ("/render/emotion/curve-through-points", test_curve_through_points);
  g_test_add_func ("/render/emotion/no-overshoot", test_no_overshoot);
  g_test_add_func ("/render/emotion/smooth-and-flat", test_smooth_and_flat);
  g_test_add_func ("/render/emotion/lowest", test_lowest);
  g_test_add_func ("/render/emotion/out-of-range", test_out_of_range_scores);
  g_test_add_func ("/render/emotion/from-journey", test_from_journey);

  return g_test_run ();
}
