/* test-render-analysis-charts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis charts of the web shop's current journey, light and dark,
 * compared with the approved pictures in tests/render/golden/analysis-*.png
 * (TP_UPDATE_GOLDEN=1 approves new ones — look at them first), and their hit
 * tests: every bar, marker and roll-up column maps back to its card or phase.
 * Pictures of every example's charts are written to the build directory.
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "io/tp-format.h"
#include "render/tp-analysis-painter.h"
#include "render/tp-analysis-view.h"
#include "render/tp-export.h"
#include "render/tp-view.h"

#define CHANNEL_TOLERANCE 8
#define MIN_MATCHING 0.995
#define CHART_WIDTH 960
#define CHART_HEIGHT 540
#define COLUMN_WIDTH 230

static TpProject *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name,
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TpLoadInfo info = { 0 };
  TpProject *project = tp_format_load_file (file, &info, NULL, &error);

  g_assert_no_error (error);
  tp_load_info_clear (&info);
  return project;
}

static void
fixed_style (TpChartStyle         *style,
             cairo_font_options_t *fo,
             TpThemeStyle          theme)
{
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  style->theme = tp_theme_get (theme);
  style->font_family = "DejaVu Sans";
  style->font_options = fo;
}

typedef enum { CHART_PARETO, CHART_MATRIX, CHART_ROLLUP, CHART_OVERLAY, CHART_DIFF } Chart;

static TpRect *
rollup_columns (TpJourneyRollup    *rollup,
                const TpChartStyle *style)
{
  TpRect *columns = g_new0 (TpRect, MAX (rollup->n_phases, 1));

  for (guint p = 0; p < rollup->n_phases; p++)
    columns[p] = (TpRect) { p * COLUMN_WIDTH, 0, COLUMN_WIDTH, tp_rollup_row_height (style) };
  return columns;
}

static cairo_surface_t *
paint_chart (TpJourney    *journey,
             Chart         chart,
             TpThemeStyle  theme)
{
  cairo_font_options_t *fo = cairo_font_options_create ();
  TpChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;

  fixed_style (&style, fo, theme);
  if (chart == CHART_DIFF)
    {
      GPtrArray *journeys =
        tp_project_get_journeys (tp_element_get_project (TP_ELEMENT (journey)));
      g_autoptr(TpJourneyDiff) diff = tp_analysis_diff (journey,
                                                        journeys->len > 1
                                                        ? g_ptr_array_index (journeys, 1)
                                                        : journey);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH + 240,
                                            (int) tp_journey_diff_height (diff, CHART_WIDTH + 240,
                                                                          &style));
      cr = cairo_create (surface);
      cairo_set_font_options (cr, fo);
      tp_journey_diff_paint (cr, diff, CHART_WIDTH + 240, &style);
    }
  else if (chart == CHART_ROLLUP)
    {
      g_autoptr(TpJourneyRollup) rollup = tp_analysis_rollup (journey, -1);
      g_autofree TpRect *columns = rollup_columns (rollup, &style);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, rollup->n_phases * COLUMN_WIDTH,
                                            (int) tp_rollup_row_height (&style));
      cr = cairo_create (surface);
      cairo_set_font_options (cr, fo);
      tp_rollup_row_paint (cr, rollup, columns, &style);
    }
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH, CHART_HEIGHT);
      cr = cairo_create (surface);
      cairo_set_font_options (cr, fo);
      if (chart == CHART_OVERLAY)
        {
          GPtrArray *journeys =
            tp_project_get_journeys (tp_element_get_project (TP_ELEMENT (journey)));
          g_autoptr(TpPhaseAlignment) alignment =
            tp_analysis_align ((TpJourney **) journeys->pdata, journeys->len);

          tp_emotion_overlay_paint (cr, alignment, CHART_WIDTH, CHART_HEIGHT, &style);
        }
      else if (chart == CHART_PARETO)
        {
          g_autoptr(TpPainRanking) ranking = tp_analysis_rank_pain_points (journey,
                                                                           TP_RANK_BY_WEIGHT);

          tp_pareto_chart_paint (cr, ranking, CHART_WIDTH, CHART_HEIGHT, &style);
        }
      else
        {
          g_autoptr(TpOpportunityMatrix) matrix = tp_analysis_opportunities (journey);

          tp_impact_effort_paint (cr, matrix, CHART_WIDTH, CHART_HEIGHT, &style);
        }
    }
  cairo_destroy (cr);
  cairo_font_options_destroy (fo);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  return *(guint32 *) (gpointer) (cairo_image_surface_get_data (surface)
                                  + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static int
channel_diff (guint32 a,
              guint32 b)
{
  int d = 0;

  for (int shift = 0; shift < 32; shift += 8)
    d = MAX (d, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return d;
}

static void
compare_golden (cairo_surface_t *actual,
                const char      *name)
{
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "render", "golden", name,
                                                        NULL);
  cairo_surface_t *golden;
  int width, height;
  guint64 matching = 0;

  if (g_strcmp0 (g_getenv ("TP_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", golden_path);
      return;
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (actual);
  height = cairo_image_surface_get_height (actual);
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, height);
  cairo_surface_flush (golden);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      matching += channel_diff (pixel_at (actual, x, y), pixel_at (golden, x, y))
                  <= CHANNEL_TOLERANCE;
  if ((double) matching / ((double) width * height) < MIN_MATCHING)
    {
      g_autofree char *out = g_test_build_filename (G_TEST_BUILT, name, NULL);

      cairo_surface_write_to_png (actual, out);
      g_error ("%s differs from the approved picture in %.2f %% of its pixels; painted: %s", name,
               100.0 - 100.0 * matching / ((double) width * height), out);
    }
  cairo_surface_destroy (golden);
}

static void
test_golden (void)
{
  g_autoptr(TpProject) project = load_example ("jewellery-web-shop.touchpoint");
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  static const struct { Chart chart; const char *name; } charts[] = {
    { CHART_PARETO, "pareto" }, { CHART_MATRIX, "matrix" }, { CHART_ROLLUP, "rollup" },
    { CHART_OVERLAY, "overlay" }, { CHART_DIFF, "diff" },
  };
  static const struct { TpThemeStyle style; const char *name; } themes[] = {
    { TP_THEME_LIGHT, "light" }, { TP_THEME_DARK, "dark" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
      {
        g_autofree char *name = g_strdup_printf ("analysis-%s-%s.png", charts[c].name,
                                                 themes[t].name);
        cairo_surface_t *surface = paint_chart (journey, charts[c].chart, themes[t].style);

        compare_golden (surface, name);
        cairo_surface_destroy (surface);
      }
}

/* Every example's charts, for people to look at (not compared). */
static void
test_examples_paint (void)
{
  static const char * const examples[] = {
    "jewellery-web-shop.touchpoint", "hotel-booking.touchpoint", "clothing-store-visit.touchpoint",
  };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(TpProject) project = load_example (examples[e]);
      GPtrArray *journeys = tp_project_get_journeys (project);

      for (guint j = 0; j < journeys->len; j++)
        for (int chart = CHART_PARETO; chart <= CHART_DIFF; chart++)
          {
            cairo_surface_t *surface = paint_chart (g_ptr_array_index (journeys, j), chart,
                                                    TP_THEME_LIGHT);
            g_autofree char *name = g_strdup_printf ("analysis-%s-%u-%d.png", examples[e], j, chart);
            g_autofree char *out = g_test_build_filename (G_TEST_BUILT, name, NULL);

            g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
            g_assert_cmpint (cairo_surface_write_to_png (surface, out), ==, CAIRO_STATUS_SUCCESS);
            cairo_surface_destroy (surface);
          }
    }
}

static void
test_hit (void)
{
  g_autoptr(TpProject) project = load_example ("jewellery-web-shop.touchpoint");
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  g_autoptr(TpPainRanking) ranking = tp_analysis_rank_pain_points (journey, TP_RANK_BY_WEIGHT);
  g_autoptr(TpOpportunityMatrix) matrix = tp_analysis_opportunities (journey);
  g_autoptr(TpJourneyRollup) rollup = tp_analysis_rollup (journey, -1);
  g_autofree TpRect *columns = rollup_columns (rollup, NULL);
  TpRect bar;
  double x, y;

  g_assert_cmpuint (ranking->items->len, >, 1);
  for (guint i = 0; i < ranking->items->len; i++)
    {
      TpRankedPain *item = g_ptr_array_index (ranking->items, i);

      g_assert_true (tp_pareto_chart_bar (ranking, CHART_WIDTH, CHART_HEIGHT, i, &bar));
      g_assert_true (tp_pareto_chart_card_at (ranking, CHART_WIDTH, CHART_HEIGHT,
                                              bar.x + bar.width / 2, bar.y + bar.height / 2)
                     == item->card);
      /* Its label below the plot selects it too. */
      g_assert_true (tp_pareto_chart_card_at (ranking, CHART_WIDTH, CHART_HEIGHT,
                                              bar.x + bar.width / 2, CHART_HEIGHT - 60)
                     == item->card);
    }
  g_assert_false (tp_pareto_chart_bar (ranking, CHART_WIDTH, CHART_HEIGHT, ranking->items->len,
                                       &bar));
  g_assert_null (tp_pareto_chart_card_at (ranking, CHART_WIDTH, CHART_HEIGHT, 5, 5));

  g_assert_cmpuint (matrix->items->len, >, 1);
  for (guint i = 0; i < matrix->items->len; i++)
    {
      TpCard *card = g_array_index (matrix->items, TpRatedOpportunity, i).card;

      g_assert_true (tp_impact_effort_marker (matrix, CHART_WIDTH, CHART_HEIGHT, i, &x, &y));
      g_assert_true (tp_impact_effort_card_at (matrix, CHART_WIDTH, CHART_HEIGHT, x + 3, y - 3)
                     == card);
    }
  g_assert_null (tp_impact_effort_card_at (matrix, CHART_WIDTH, CHART_HEIGHT, 2, 2));

  /* Every point of the overlay gives its journey and phase. */
  {
    GPtrArray *journeys = tp_project_get_journeys (project);
    g_autoptr(TpPhaseAlignment) alignment =
      tp_analysis_align ((TpJourney **) journeys->pdata, journeys->len);
    guint n_points = 0;

    for (guint j = 0; j < alignment->n_journeys; j++)
      for (guint r = 0; r < alignment->rows->len; r++)
        {
          guint hit_journey = G_MAXUINT, hit_row = G_MAXUINT;

          if (!tp_emotion_overlay_point (alignment, CHART_WIDTH, CHART_HEIGHT, j, r, &x, &y))
            continue;
          n_points++;
          g_assert_true (tp_emotion_overlay_point_at (alignment, CHART_WIDTH, CHART_HEIGHT, x + 2,
                                                      y + 1, &hit_journey, &hit_row));
          /* Two journeys may share a point; then either is right if at the same place. */
          if (hit_journey != j)
            {
              double hx, hy;

              g_assert_true (tp_emotion_overlay_point (alignment, CHART_WIDTH, CHART_HEIGHT,
                                                       hit_journey, hit_row, &hx, &hy));
              g_assert_cmpfloat (hx, ==, x);
              g_assert_cmpfloat (hy, ==, y);
            }
          else
            g_assert_cmpuint (hit_row, ==, r);
        }
    g_assert_cmpuint (n_points, >, 10);
    g_assert_false (tp_emotion_overlay_point_at (alignment, CHART_WIDTH, CHART_HEIGHT, 1, 1,
                                                 NULL, NULL));
  }

  /* Every changed card of current vs future has its line. */
  {
    GPtrArray *journeys = tp_project_get_journeys (project);
    g_autoptr(TpJourneyDiff) diff = tp_analysis_diff (g_ptr_array_index (journeys, 0),
                                                      g_ptr_array_index (journeys, 1));
    g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
    double width = CHART_WIDTH + 240, height = tp_journey_diff_height (diff, width, NULL);
    guint n_changed = 0;

    for (double hx = 5; hx < width; hx += 20)
      for (double hy = 0; hy < height; hy += 5)
        {
          TpCard *card = tp_journey_diff_card_at (diff, width, hx, hy);

          if (card != NULL)
            g_hash_table_add (found, card);
        }
    for (guint i = 0; i < diff->cards->len; i++)
      {
        const TpCardDiff *item = &g_array_index (diff->cards, TpCardDiff, i);

        if (item->kind == TP_CARD_DIFF_SAME)
          continue;
        n_changed++;
        g_assert_true (g_hash_table_contains (found, item->future != NULL ? item->future
                                                                          : item->current));
      }
    g_assert_cmpuint (g_hash_table_size (found), ==, n_changed);
    g_assert_null (tp_journey_diff_card_at (diff, width, 5, 5));
  }

  for (guint p = 0; p < rollup->n_phases; p++)
    g_assert_true (tp_rollup_row_phase_at (rollup, columns, columns[p].x + 10, 20)
                   == rollup->phases[p].phase);
  g_assert_null (tp_rollup_row_phase_at (rollup, columns, -5, 20));
}

static void
test_format_duration (void)
{
  static const struct { double seconds; const char *text; } cases[] = {
    { 45, "45 s" }, { 150, "2.5 min" }, { 3 * 3600, "3.0 h" }, { 3 * 86400, "3.0 days" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = tp_analysis_format_duration (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* View ▸ Show Phase Figures: the journey map grows a band under its phase headers with each
 * phase's figures, drawn by the map's own painter, so exports show them too; off, the map is as
 * it was. The band of the web shop's map is compared with the approved pictures. */
static void
test_journey_map_rollup (void)
{
  g_autoptr(TpProject) project = load_example ("jewellery-web-shop.touchpoint");
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);
  static const struct { TpThemeStyle style; const char *name; } themes[] = {
    { TP_THEME_LIGHT, "light" }, { TP_THEME_DARK, "dark" },
  };
  double width, height, shown_width, shown_height, band;
  TpRect header, shown_header, step, shown_step;
  TpExportOptions options;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) figures = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  tp_view_get_size (view, &width, &height);
  tp_view_get_step_header (view, 3, &header);
  tp_view_get_step_rect (view, 3, &step);
  tp_view_set_show_rollup (view, TRUE);
  tp_view_get_size (view, &shown_width, &shown_height);
  tp_view_get_step_header (view, 3, &shown_header);
  tp_view_get_step_rect (view, 3, &shown_step);
  band = shown_header.height - header.height;
  g_assert_cmpfloat (band, ==, round (tp_rollup_row_height (NULL)));
  g_assert_cmpfloat (shown_width, ==, width);
  g_assert_cmpfloat (shown_height, ==, height + band);
  g_assert_cmpfloat (shown_step.height, ==, step.height + band);
  g_assert_cmpuint (tp_view_get_n_steps (view), ==, 5);

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      g_autofree char *name = g_strdup_printf ("journey-rollup-%s.png", themes[t].name);
      cairo_font_options_t *fo = cairo_font_options_create ();
      TpChartStyle style;
      TpViewPaintOptions paint;
      cairo_surface_t *surface;
      cairo_t *cr;

      fixed_style (&style, fo, themes[t].style);
      tp_view_paint_options_init (&paint);
      paint.theme = style.theme;
      paint.font_options = fo;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) shown_width,
                                            (int) shown_header.height);
      cr = cairo_create (surface);
      cairo_set_font_options (cr, fo);
      tp_view_paint (view, cr, &paint);
      cairo_destroy (cr);
      compare_golden (surface, name);
      cairo_surface_destroy (surface);
      cairo_font_options_destroy (fo);
    }

  /* The exported map carries the figures as text only when asked to. */
  tp_export_options_init (&options);
  options.format = TP_EXPORT_SVG;
  options.journey = journey;
  plain = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  options.show_rollup = TRUE;
  figures = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (plain, NULL);
  g_assert_null (strstr (text, "touchpoints before the"));
  g_assert_null (strstr (text, "(from drop-off)"));
  text = g_bytes_get_data (figures, NULL);
  g_assert_nonnull (strstr (text, "7 touchpoints before the"));
  g_assert_nonnull (strstr (text, "52 % (from drop-off)"));
  g_assert_nonnull (strstr (text, "observed"));
}

/* Every view paints inside its own size: the PDF export draws the title block above the view
 * on the same page, and the analysis view covered it with its background. */
static void
test_views_paint_within_size (void)
{
  static const char * const views[] = {
    TP_VIEW_JOURNEY, TP_VIEW_BLUEPRINT, TP_VIEW_STORE_FLOW, TP_VIEW_ANALYSIS,
  };
  g_autoptr(TpProject) project = load_example ("clothing-store-visit.touchpoint");
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(TpView) view = tp_view_new (views[v], journey);
      TpViewPaintOptions paint;
      cairo_surface_t *surface;
      guint32 *pixels;
      double width, height;
      int stride;
      cairo_t *cr;

      tp_view_get_size (view, &width, &height);
      g_assert_cmpfloat (width, >, 0);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width) + 80,
                                            (int) ceil (height) + 80);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 0, 1);
      cairo_paint (cr);
      cairo_translate (cr, 40, 40);
      tp_view_paint_options_init (&paint);
      tp_view_paint (view, cr, &paint);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      pixels = (guint32 *) (gpointer) cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;
      /* The margin around the view: above, left, and past its far corner. */
      for (int i = 0; i < 20; i++)
        {
          g_assert_cmphex (pixels[(10 + i) * stride + 10 + i] & 0xffffff, ==, 0xff00ff);
          g_assert_cmphex (pixels[10 * stride + (int) (width / 2)] & 0xffffff, ==, 0xff00ff);
          g_assert_cmphex (pixels[((int) height + 60) * stride + (int) width + 60] & 0xffffff, ==,
                           0xff00ff);
        }
      /* … and the view painted its own area. */
      g_assert_cmphex (pixels[(40 + (int) (height / 2)) * stride + 40 + (int) (width / 2)] & 0xffffff,
                       !=, 0xff00ff);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/analysis-charts/golden", test_golden);
  g_test_add_func ("/render/analysis-charts/views-paint-within-size", test_views_paint_within_size);
  g_test_add_func ("/render/analysis-charts/examples", test_examples_paint);
  g_test_add_func ("/render/analysis-charts/hit", test_hit);
  g_test_add_func ("/render/analysis-charts/format-duration", test_format_duration);
  g_test_add_func ("/render/analysis-charts/journey-map-rollup", test_journey_map_rollup);

  return g_test_run ();
}
