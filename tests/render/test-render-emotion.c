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

/* Which points of @scores are marked, as a string of "x" (marked) and "." (not). */
static char *
marked (const int *scores,
        guint      n)
{
  g_autoptr(TpEmotionLine) line = line_from_scores (scores, n, NULL);
  GString *text = g_string_new (NULL);

  g_assert_cmpuint (tp_emotion_line_get_n_points (line), ==, n);
  for (guint i = 0; i < n; i++)
    g_string_append_c (text, tp_emotion_line_get_point (line, i)->lowest ? 'x' : '.');
  return g_string_free (text, FALSE);
}

#define ASSERT_MARKED(expected, ...)                                              \
  G_STMT_START {                                                                  \
    const int scores_[] = { __VA_ARGS__ };                                        \
    g_autofree char *got_ = marked (scores_, G_N_ELEMENTS (scores_));             \
    g_assert_cmpstr (got_, ==, expected);                                         \
  } G_STMT_END

/* Low points are real low points: the minimum when it is below zero, and every other
 * valley at −1 or below; never a point of a journey that stays at zero or above. */
static void
test_low_points (void)
{
  /* Positive or neutral everywhere: nothing hurts, nothing is marked. */
  ASSERT_MARKED ("...", 2, 1, 3);
  ASSERT_MARKED ("....", 3, 2, 2, 3);
  ASSERT_MARKED ("...", 0, 0, 0);
  ASSERT_MARKED ("...", 1, 0, 2);
  ASSERT_MARKED (".", 0);

  /* The minimum, below zero; ties are all marked. */
  ASSERT_MARKED ("x", -2);
  ASSERT_MARKED (".x.x", -1, -3, 0, -3);
  ASSERT_MARKED (".x.", 2, -1, 3);

  /* Another dip below zero is a low point too; a dip that stays at zero is not. */
  ASSERT_MARKED (".x.x.", 1, -2, 1, -3, 2);
  ASSERT_MARKED (".x.x", 2, -1, 0, -3);
  ASSERT_MARKED (".x...", 1, -2, 2, 0, 1);

  /* A run of equal scores is one valley: all of it or none of it. */
  ASSERT_MARKED (".xx.", 0, -2, -2, 1);
  ASSERT_MARKED ("x..", -3, -2, -2);
  ASSERT_MARKED ("...x", -1, -2, -2, -3);
  ASSERT_MARKED ("xxx", -1, -1, -1);

  /* Ends count: a line that starts or finishes in a valley. */
  ASSERT_MARKED ("x.", -2, 1);
  ASSERT_MARKED (".x", 1, -1);
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
      /* The lowest point (−3), and the dip to −1 between +2 and +3. */
      g_assert_cmpint (p->lowest, ==, i == 2 || i == 4);
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
  g_test_add_func ("/render/emotion/low-points", test_low_points);
  g_test_add_func ("/render/emotion/out-of-range", test_out_of_range_scores);
  g_test_add_func ("/render/emotion/from-journey", test_from_journey);

  return g_test_run ();
}
