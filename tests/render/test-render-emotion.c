/* test-render-emotion.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The emotion line goes through every score, in order, never swings past
 * the scores it joins, and points out its lowest points. A tile of a long
 * line draws only the stretch it shows, with the same pixels.
 */

#include "config.h"

#include <cairo-script.h>
#include <math.h>
#include <string.h>

#include "render/tp-emotion-line.h"
#include "render/tp-journey-painter.h"
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

static cairo_status_t
append_script (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
paint_cell (cairo_t         *cr,
            TpJourneyLayout *layout,
            guint            row,
            TpEmotionLine   *line,
            const TpRect    *cell,
            gboolean         with_clip)
{
  TpJourneyPaintOptions options;

  tp_journey_paint_options_init (&options);
  options.clip = with_clip ? cell : NULL;
  cairo_translate (cr, -cell->x, -cell->y);
  cairo_rectangle (cr, cell->x, cell->y, cell->width, cell->height);
  cairo_clip (cr);
  tp_journey_painter_paint_emotion_line (cr, layout, row, line, &options);
}

/* The journey map paints a feelings row in tiles, one per phase: a tile of a
 * 600-phase journey draws only the few curves near it (it stroked all 599 in
 * every tile, most of the first frame of a big map), and its pixels are those
 * of the whole line cut to the tile. */
static void
test_tile_draws_its_span (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("journey");
  g_autoptr(TpJourneyLayout) layout = NULL;
  g_autoptr(TpEmotionLine) line = NULL;
  g_autoptr(GString) script = g_string_new (NULL);
  cairo_surface_t *whole, *span, *recorded;
  cairo_device_t *device;
  cairo_t *cr;
  TpLane *lane;
  TpRect cell;
  guint row = 0, curves = 0;
  int width, height, differing = 0;

  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  lane = tp_test_add_lane (project, journey, "lane-feelings", TP_LANE_KIND_FEELINGS, "Feelings");
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *id = g_strdup_printf ("phase-%u", i);
      TpPhase *phase = tp_test_add_phase (project, journey, id, id, NULL, NULL);

      tp_test_add_emotion (project, phase, lane, id, "calm", (int) (i * 5 % 7) - 3);
    }
  layout = tp_journey_layout_new (journey, NULL);
  while (!tp_journey_layout_row_is_feelings (layout, row))
    row++;
  line = tp_emotion_line_new_for_row (layout, row);
  g_assert_cmpuint (tp_emotion_line_get_n_points (line), ==, 600);
  tp_journey_layout_get_cell (layout, 300, row, &cell);
  width = (int) ceil (cell.width);
  height = (int) ceil (cell.height);

  whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (whole);
  paint_cell (cr, layout, row, line, &cell, FALSE);
  cairo_destroy (cr);
  span = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (span);
  paint_cell (cr, layout, row, line, &cell, TRUE);
  cairo_destroy (cr);
  cairo_surface_flush (whole);
  cairo_surface_flush (span);
  /* The same picture: cairo cuts a path that runs past the clip at other points of its
   * fixed-point grid, so a few edge pixels differ by a shade of anti-aliasing. */
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width * 4; x++)
      {
        int a = cairo_image_surface_get_data (whole)[y * cairo_image_surface_get_stride (whole) + x];
        int b = cairo_image_surface_get_data (span)[y * cairo_image_surface_get_stride (span) + x];

        g_assert_cmpint (ABS (a - b), <=, 16);
        differing += a != b;
      }
  g_assert_cmpint (differing, <, width * height / 200);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (span);

  /* What the tile asks cairo to draw: count the curves of its paths. */
  device = cairo_script_create_for_stream (append_script, script);
  recorded = cairo_script_surface_create (device, CAIRO_CONTENT_COLOR_ALPHA, width, height);
  cr = cairo_create (recorded);
  paint_cell (cr, layout, row, line, &cell, TRUE);
  cairo_destroy (cr);
  cairo_surface_destroy (recorded);
  cairo_device_finish (device);
  cairo_device_destroy (device);
  for (const char *p = script->str; (p = strstr (p, " c")) != NULL; p += 2)
    if (p[2] == ' ' || p[2] == '\n')
      curves++;
  g_assert_cmpuint (curves, >, 0);
  g_assert_cmpuint (curves, <, 3 * 8);
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
  g_test_add_func ("/render/emotion/tile-draws-its-span", test_tile_draws_its_span);

  return g_test_run ();
}
