/* test-render-presentation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode without a display: where each key leads, where the
 * camera looks, and what a frame on a 1920 × 1080 projector shows — the
 * spotlighted phase stands out, the caption is large, the persona is on the
 * overview, the dark room is dark; a tall phase is shown in pages of whole
 * lanes, with its lane and phase headers pinned to the edges.
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-presentation-chrome.h"
#include "render/tp-journey-painter.h"
#include "render/tp-journey-map-emphasis.h"
#include "render/tp-presentation-emphasis.h"
#include "render/tp-presentation-paint.h"
#include "tp-test-journey.h"

#define WIDTH  1920
#define HEIGHT 1080
/* Card titles are 12.5 map units; they must be ≥ 18 px at 1080 lines. */
#define MIN_ZOOM (18.0 / 12.5)

typedef struct
{
  double mean;
  double spread;
  double min;
} Stats;

static Stats
measure (cairo_surface_t *surface,
         double           x0,
         double           y0,
         double           x1,
         double           y1)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  double sum = 0, sum2 = 0;
  Stats stats = { 0, 0, 1 };
  gsize n = 0;

  cairo_surface_flush (surface);
  for (int y = MAX (0, (int) y0); y < MIN (h, (int) y1); y++)
    for (int x = MAX (0, (int) x0); x < MIN (w, (int) x1); x++)
      {
        const guchar *p = data + y * stride + x * 4;  /* B, G, R, A */
        double lum = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;

        sum += lum;
        sum2 += lum * lum;
        stats.min = MIN (stats.min, lum);
        n++;
      }
  g_assert_cmpuint (n, >, 0);
  stats.mean = sum / n;
  stats.spread = sqrt (MAX (0, sum2 / n - stats.mean * stats.mean));

  return stats;
}

static TpProject *
journey_with_persona (TpJourney **journey)
{
  TpProject *project = tp_test_bike_journey_new (journey);
  g_autoptr(TpPersona) persona = tp_persona_new ("persona-commuter");
  const char *goals[] = { "Get to work without the bus", "Stay fit", NULL };
  const char *frustrations[] = { "Jargon in bike shops", NULL };

  g_object_set (persona,
                "name", "Maria, the new commuter",
                "description", "Thirty-four, works in town, has not owned a bike since school.",
                "goals", goals,
                "frustrations", frustrations,
                "color", "#c061cb",
                NULL);
  tp_project_insert (project, project, TP_LIST_PERSONAS, -1, persona);
  tp_project_set (project, *journey, "persona", "persona-commuter", NULL);
  tp_project_clear_history (project);

  return project;
}

static cairo_surface_t *
paint_frame (TpPresentationPainter *painter,
             guint                  from,
             guint                  to,
             double                 progress,
             gboolean               dark)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_font_options_t *font_options = cairo_font_options_create ();
  TpPresentationFrame frame = { from, to, progress, dark, font_options };
  cairo_t *cr = cairo_create (surface);

  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  tp_presentation_painter_paint (painter, cr, WIDTH, HEIGHT, &frame);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_font_options_destroy (font_options);

  return surface;
}

/* --- Steps ------------------------------------------------------------ */

static void
test_steps (void)
{
  const guint n = 6;  /* overview + five phases */

  /* Next and previous walk one step and stop at the ends. */
  g_assert_cmpuint (tp_presentation_step_after (0, n, TP_PRESENTATION_COMMAND_NEXT, 0), ==, 1);
  g_assert_cmpuint (tp_presentation_step_after (4, n, TP_PRESENTATION_COMMAND_NEXT, 0), ==, 5);
  g_assert_cmpuint (tp_presentation_step_after (5, n, TP_PRESENTATION_COMMAND_NEXT, 0), ==, 5);
  g_assert_cmpuint (tp_presentation_step_after (3, n, TP_PRESENTATION_COMMAND_PREVIOUS, 0), ==, 2);
  g_assert_cmpuint (tp_presentation_step_after (0, n, TP_PRESENTATION_COMMAND_PREVIOUS, 0), ==, 0);

  /* Home and End. */
  g_assert_cmpuint (tp_presentation_step_after (3, n, TP_PRESENTATION_COMMAND_FIRST, 0), ==, 0);
  g_assert_cmpuint (tp_presentation_step_after (1, n, TP_PRESENTATION_COMMAND_LAST, 0), ==, 5);

  /* Number keys: 0 the overview, k the k-th phase, beyond the last nowhere. */
  g_assert_cmpuint (tp_presentation_step_after (4, n, TP_PRESENTATION_COMMAND_GOTO, 0), ==, 0);
  g_assert_cmpuint (tp_presentation_step_after (0, n, TP_PRESENTATION_COMMAND_GOTO, 3), ==, 3);
  g_assert_cmpuint (tp_presentation_step_after (2, n, TP_PRESENTATION_COMMAND_GOTO, 9), ==, 2);
  g_assert_cmpuint (tp_presentation_step_after (2, n, TP_PRESENTATION_COMMAND_GOTO, -1), ==, 2);

  /* Commands that do not move, and a journey without phases. */
  g_assert_cmpuint (tp_presentation_step_after (2, n, TP_PRESENTATION_COMMAND_TOGGLE_DARK, 0),
                    ==, 2);
  g_assert_cmpuint (tp_presentation_step_after (2, n, TP_PRESENTATION_COMMAND_LEAVE, 0), ==, 2);
  g_assert_cmpuint (tp_presentation_step_after (0, 1, TP_PRESENTATION_COMMAND_NEXT, 0), ==, 0);
  g_assert_cmpuint (tp_presentation_step_after (0, 0, TP_PRESENTATION_COMMAND_NEXT, 0), ==, 0);
}

/* --- Camera ----------------------------------------------------------- */

static void
test_camera (void)
{
  TpRect area = { 100, 50, 400, 200 };
  TpRect viewport = { 0, 0, 1600, 1000 };
  TpPresentationCamera camera, other, middle;
  double x, y;

  /* Fitting: as large as fits (here the width decides), centred. */
  tp_presentation_camera_fit (&area, &viewport, &camera);
  g_assert_cmpfloat_with_epsilon (camera.zoom, 4.0, 1e-9);
  tp_presentation_camera_to_view (&camera, 100, 50, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 100, 1e-6);
  tp_presentation_camera_to_map (&camera, x, y, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 50, 1e-6);

  /* Transitions start and end exactly at the cameras, zoom geometrically. */
  area = (TpRect) { 0, 0, 3200, 2000 };
  tp_presentation_camera_fit (&area, &viewport, &other);
  g_assert_cmpfloat_with_epsilon (other.zoom, 0.5, 1e-9);
  tp_presentation_camera_interpolate (&camera, &other, 0.0, &middle);
  g_assert_cmpmem (&middle, sizeof middle, &camera, sizeof camera);
  tp_presentation_camera_interpolate (&camera, &other, 1.0, &middle);
  g_assert_cmpmem (&middle, sizeof middle, &other, sizeof other);
  tp_presentation_camera_interpolate (&camera, &other, 0.5, &middle);
  g_assert_cmpfloat_with_epsilon (middle.zoom, sqrt (4.0 * 0.5), 1e-9);
  g_assert_cmpfloat (middle.map_x, >, MIN (camera.map_x, other.map_x));
  g_assert_cmpfloat (middle.map_x, <, MAX (camera.map_x, other.map_x));

  /* Easing starts and stops gently and never runs backwards. */
  g_assert_cmpfloat (tp_presentation_ease (0.0), ==, 0.0);
  g_assert_cmpfloat (tp_presentation_ease (1.0), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (tp_presentation_ease (0.5), 0.5, 1e-9);
  g_assert_cmpfloat (tp_presentation_ease (0.1), <, 0.1);
  for (double t = 0; t < 1.0; t += 0.05)
    g_assert_cmpfloat (tp_presentation_ease (t + 0.05), >=, tp_presentation_ease (t));
}

/* A step pressed mid-transition goes on from where the camera was: no jump. */
static void
test_interrupted (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  TpPresentationFrame first = { 0, 3, 0.4, FALSE, NULL, FALSE, { 0, 0, 0, 0, 1 } };
  TpPresentationFrame second = { 3, 5, 0.0, FALSE, NULL, TRUE, { 0, 0, 0, 0, 1 } };
  TpPresentationCamera where, start, end, rest;

  tp_presentation_painter_get_frame_camera (painter, &first, WIDTH, HEIGHT, &where);
  second.from_camera = where;
  tp_presentation_painter_get_frame_camera (painter, &second, WIDTH, HEIGHT, &start);
  g_assert_cmpmem (&start, sizeof start, &where, sizeof where);

  second.progress = 1.0;
  tp_presentation_painter_get_frame_camera (painter, &second, WIDTH, HEIGHT, &end);
  tp_presentation_painter_get_camera (painter, 5, WIDTH, HEIGHT, &rest);
  g_assert_cmpmem (&end, sizeof end, &rest, sizeof rest);
}

static void
test_step_area (void)
{
  TpRect picture = { 0, 0, 1416, 900 };
  TpRect middle_step = { 424, 0, 248, 900 };
  TpRect last_step = { 1168, 0, 248, 900 };
  TpRect area;

  /* Some of the neighbours either side, the step in the middle. */
  tp_presentation_step_area (&picture, &middle_step, &area);
  g_assert_cmpfloat (area.width, >, middle_step.width * 1.5);
  g_assert_cmpfloat_with_epsilon (area.x + area.width / 2,
                                  middle_step.x + middle_step.width / 2, 1e-9);

  /* At the edge of the picture there is nothing to show beyond it. */
  tp_presentation_step_area (&picture, &last_step, &area);
  g_assert_cmpfloat (area.x + area.width, <=, picture.width);
  g_assert_cmpfloat (area.x, <=, last_step.x);
}

/* --- Frames ----------------------------------------------------------- */

static void
test_caption_reads_from_the_back (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  cairo_surface_t *surface;
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  int stride;
  const guchar *data;
  int top = -1, bottom = -1;
  int step;

  g_assert_cmpfloat (tp_presentation_caption_font_size (HEIGHT), >=, 40);

  step = tp_presentation_painter_get_phase_step (painter, 2);
  tp_presentation_painter_get_caption (painter, step, &title, &detail);
  g_assert_cmpstr (title, ==, "Consideration");
  g_assert_cmpstr (detail, ==, "Compare options");

  /* The ink of the title line (left part of the caption band) is tall. */
  surface = paint_frame (painter, step, step, 1.0, FALSE);
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = (int) (HEIGHT * 0.83); y < HEIGHT * 0.83 + 80; y++)
    for (int x = 0; x < WIDTH / 2; x++)
      if (data[y * stride + x * 4 + 1] < 80)
        {
          if (top < 0)
            top = y;
          bottom = y;
          break;
        }
  g_assert_cmpint (top, >=, 0);
  g_test_message ("caption title ink: %d px tall", bottom - top + 1);
  g_assert_cmpint (bottom - top + 1, >=, 30);
  cairo_surface_destroy (surface);
}

static void
test_spotlight (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  g_autoptr(TpView) render = tp_view_new (TP_VIEW_JOURNEY, journey);
  TpPresentationCamera camera;
  TpRect step;
  double x0, y0, x1, y1;
  cairo_surface_t *surface;
  Stats lit, veiled;
  int at;

  g_assert_cmpuint (tp_presentation_painter_get_n_phases (painter), ==, 5);
  g_assert_cmpuint (tp_presentation_painter_get_n_steps (painter), >=, 6);

  /* Phase 2 (Consideration) is in the middle of the screen, larger than in the overview. */
  at = tp_presentation_painter_get_phase_step (painter, 2);
  g_assert_cmpint (at, >, 0);
  tp_presentation_painter_get_camera (painter, at, WIDTH, HEIGHT, &camera);
  tp_view_get_step_rect (render, 1, &step);
  tp_presentation_camera_to_view (&camera, step.x, step.y, &x0, &y0);
  tp_presentation_camera_to_view (&camera, step.x + step.width, step.y + step.height, &x1, &y1);
  g_assert_cmpfloat (fabs ((x0 + x1) / 2 - WIDTH / 2.0), <, 1.0);
  g_assert_cmpfloat (x0, >, 0);
  g_assert_cmpfloat (x1, <, WIDTH);
  y0 = MAX (y0, 0);
  y1 = MIN (y1, HEIGHT * 0.83);
  {
    TpPresentationCamera overview;

    tp_presentation_painter_get_camera (painter, 0, WIDTH, HEIGHT, &overview);
    g_assert_cmpfloat (camera.zoom, >, overview.zoom);
  }

  /* The spotlighted column has its full contrast; the neighbours are veiled. */
  surface = paint_frame (painter, at, at, 1.0, FALSE);
  lit = measure (surface, x0 + 8, y0 + 8, x1 - 8, y1 - 8);
  veiled = measure (surface, MAX (0, x0 - 80), y0 + 8, x0 - 8, y1 - 8);
  g_test_message ("spotlit spread %.3f, veiled spread %.3f", lit.spread, veiled.spread);
  g_assert_cmpfloat (lit.spread, >, veiled.spread * 1.5);
  cairo_surface_destroy (surface);
}

static void
test_pages (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  guint n = tp_presentation_painter_get_n_steps (painter);
  guint phase = 0;

  /* The walk: the overview, then every phase in order, none skipped. */
  g_assert_cmpuint (tp_presentation_painter_get_step_phase (painter, 0), ==, 0);
  for (guint step = 1; step < n; step++)
    {
      guint next = tp_presentation_painter_get_step_phase (painter, step);
      TpPresentationCamera camera;

      g_assert_true (next == phase || next == phase + 1);
      phase = next;

      /* Card text reads from the back of the room: ≥ 18 px at 1080 lines. */
      tp_presentation_painter_get_camera (painter, step, WIDTH, HEIGHT, &camera);
      g_test_message ("step %u: phase %u, zoom %.2f", step, phase, camera.zoom);
      g_assert_cmpfloat (camera.zoom, >=, MIN_ZOOM - 1e-9);
    }
  g_assert_cmpuint (phase, ==, 5);
  g_assert_cmpint (tp_presentation_painter_get_phase_step (painter, 0), ==, 0);
  g_assert_cmpint (tp_presentation_painter_get_phase_step (painter, 6), ==, -1);
  for (guint p = 1; p <= 5; p++)
    {
      int first = tp_presentation_painter_get_phase_step (painter, p);

      g_assert_cmpint (first, >, 0);
      g_assert_cmpuint (tp_presentation_painter_get_step_phase (painter, first), ==, p);
      g_assert_cmpuint (tp_presentation_painter_get_step_phase (painter, first - 1), ==, p - 1);
    }
}


/* --- Pages and pinned headers ----------------------------------------- */

static void
check_pages (GArray       *pages,
             const double *edges,
             guint         n_rows,
             double        max_height)
{
  double covered = edges[0];

  g_assert_cmpuint (pages->len, >, 0);
  for (guint i = 0; i < pages->len; i++)
    {
      const TpPresentationPage *page = &g_array_index (pages, TpPresentationPage, i);

      g_assert_cmpfloat (page->bottom - page->top, <=, max_height + 1e-9);
      g_assert_cmpfloat (page->top, <=, covered + 1e-9);   /* nothing skipped */
      g_assert_cmpfloat (page->bottom, >, covered);         /* always onwards */
      covered = page->bottom;
    }
  g_assert_cmpfloat (covered, ==, edges[n_rows]);
}

static gboolean
is_edge (const double *edges,
         guint         n_rows,
         double        y)
{
  for (guint r = 0; r <= n_rows; r++)
    if (fabs (edges[r] - y) < 1e-6)
      return TRUE;
  return FALSE;
}

static void
test_paginate (void)
{
  /* Lanes 100, 150, 100, 650 (taller than a page), 100 tall. */
  const double edges[] = { 0, 100, 250, 350, 1000, 1100 };
  const double even[] = { 0, 200, 400, 500 };
  g_autoptr(GArray) pages = tp_presentation_paginate (edges, 5, 300);
  g_autoptr(GArray) balanced = NULL;
  g_autoptr(GArray) one = NULL;
  guint in_tall = 0;

  check_pages (pages, edges, 5, 300);
  for (guint i = 0; i < pages->len; i++)
    {
      const TpPresentationPage *page = &g_array_index (pages, TpPresentationPage, i);

      if (page->top >= 350 && page->bottom <= 1000)
        {
          /* The tall lane alone, in pages a screen tall, overlapping. */
          in_tall++;
          g_assert_cmpfloat_with_epsilon (page->bottom - page->top, 300, 1e-9);
          continue;
        }
      /* Every other page breaks between lanes, never through one. */
      g_assert_true (is_edge (edges, 5, page->top));
      g_assert_true (is_edge (edges, 5, page->bottom));
    }
  /* 350 units before the tall lane take 2 pages, the tall lane 3, the last 1. */
  g_assert_cmpuint (in_tall, ==, 3);
  g_assert_cmpuint (pages->len, ==, 6);
  g_assert_cmpfloat (g_array_index (pages, TpPresentationPage, 4).bottom, ==, 1000);

  /* As few pages as fit, as even as they can be: 200 | 300, not 400 | 100. */
  balanced = tp_presentation_paginate (even, 3, 450);
  check_pages (balanced, even, 3, 450);
  g_assert_cmpuint (balanced->len, ==, 2);
  g_assert_cmpfloat (g_array_index (balanced, TpPresentationPage, 0).bottom, ==, 200);

  /* What fits is one page. */
  one = tp_presentation_paginate (even, 3, 600);
  g_assert_cmpuint (one->len, ==, 1);
}

/* The layout the painter shows, for its rows' edges. */
static double *
row_edges (TpJourney *journey,
           guint     *n_rows)
{
  TpJourneyLayoutOptions options;
  g_autoptr(TpJourneyLayout) layout = NULL;
  double *edges;

  tp_journey_layout_options_init (&options, NULL);
  layout = tp_journey_layout_new (journey, &options);
  *n_rows = tp_journey_layout_get_n_rows (layout);
  edges = g_new (double, *n_rows + 1);
  for (guint r = 0; r < *n_rows; r++)
    {
      TpRect row;

      tp_journey_layout_get_row_rect (layout, r, &row);
      edges[r] = row.y;
      edges[r + 1] = row.y + row.height;
    }
  return edges;
}

/* Walks every phase's pages on a 1920 × 1080 screen: whole lanes, readable,
 * as few as can be; returns the most pages a phase takes. */
static guint
check_walk (TpPresentationPainter *painter,
            TpJourney             *journey,
            double                 tall_top,
            double                 tall_bottom)
{
  g_autofree double *edges = NULL;
  guint n_rows, most = 0;
  guint n = tp_presentation_painter_get_n_steps (painter);

  edges = row_edges (journey, &n_rows);
  for (guint phase = 1; phase <= tp_presentation_painter_get_n_phases (painter); phase++)
    {
      int first = tp_presentation_painter_get_phase_step (painter, phase);
      double covered = edges[0];
      guint pages = 0;

      g_assert_cmpint (first, >, 0);
      for (guint step = first; step < n && tp_presentation_painter_get_step_phase (painter, step) == phase; step++)
        {
          TpRect area;
          TpPresentationCamera camera;
          TpPresentationFrame rest = { step, step, 1.0, FALSE, NULL, FALSE, { 0, 0, 0, 0, 1 } };
          TpPresentationPins pins;
          double map_height;

          tp_presentation_painter_get_step_area (painter, step, &area);
          tp_presentation_painter_get_camera (painter, step, WIDTH, HEIGHT, &camera);
          tp_presentation_painter_get_pins (painter, &rest, WIDTH, HEIGHT, &pins);
          g_assert_cmpfloat (camera.zoom, >=, MIN_ZOOM - 1e-9);

          /* Page breaks fall between lanes (but in a lane taller than a page). */
          if (area.y < tall_top || area.y + area.height > tall_bottom)
            {
              g_assert_true (is_edge (edges, n_rows, area.y));
              g_assert_true (is_edge (edges, n_rows, area.y + area.height));
            }
          g_assert_cmpfloat (area.y, <=, covered + 1e-6);
          g_assert_cmpfloat (area.y + area.height, >, covered);

          /* All of the page is on the screen, between the pinned headers
           * and the caption. */
          map_height = pins.lane_strip.y + pins.lane_strip.height - pins.corner.y;
          g_assert_cmpfloat ((area.height + pins.corner.height / camera.zoom) * camera.zoom,
                             <=, map_height + 1e-6);

          /* One page fewer would not fit: the next page does not fit on this one. */
          if (step + 1 < n && tp_presentation_painter_get_step_phase (painter, step + 1) == phase)
            {
              TpRect next;

              tp_presentation_painter_get_step_area (painter, step + 1, &next);
              if (next.y + next.height <= tall_top || area.y >= tall_bottom)
                g_assert_cmpfloat ((next.y + next.height - area.y) * MIN_ZOOM + pins.corner.height,
                                   >, map_height);
            }
          covered = area.y + area.height;
          pages++;
        }
      g_assert_cmpfloat (covered, ==, edges[n_rows]);
      most = MAX (most, pages);
    }
  return most;
}

static void
test_page_breaks (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = NULL;
  TpJourneyLayoutOptions options;
  g_autoptr(TpJourneyLayout) layout = NULL;
  TpRect tall;
  guint most;

  painter = tp_presentation_painter_new (TP_VIEW_JOURNEY, journey);
  most = check_walk (painter, journey, INFINITY, -INFINITY);
  g_test_message ("bike journey: at most %u pages a phase", most);
  g_clear_pointer (&painter, tp_presentation_painter_free);

  /* A lane taller than the screen is the one that is split; the others
   * stay whole. */
  tp_journey_layout_options_init (&options, NULL);
  layout = tp_journey_layout_new (journey, &options);
  for (guint i = 0; i < 14; i++)
    tp_project_add_card (project, tp_journey_layout_get_phase (layout, 1),
                         tp_journey_layout_get_lane (layout, 0), -1, TP_CARD_KIND_NOTE, "More");
  g_clear_pointer (&layout, tp_journey_layout_free);
  layout = tp_journey_layout_new (journey, &options);
  tp_journey_layout_get_row_rect (layout, 0, &tall);
  g_assert_cmpfloat (tall.height, >, HEIGHT);

  painter = tp_presentation_painter_new (TP_VIEW_JOURNEY, journey);
  most = check_walk (painter, journey, tall.y, tall.y + tall.height);
  g_test_message ("with a tall lane: at most %u pages a phase", most);
  g_assert_cmpuint (most, >=, 3);
}

/* Checks the progress label of every step of @painter's walk; counts the
 * phases shown in one page and in several. */
static void
check_progress_texts (TpPresentationPainter *painter,
                      guint                 *single_phases,
                      guint                 *paged_phases)
{
  guint n = tp_presentation_painter_get_n_steps (painter);
  guint n_phases = tp_presentation_painter_get_n_phases (painter);

  for (guint step = 0; step < n; step++)
    {
      guint phase = tp_presentation_painter_get_step_phase (painter, step);
      int first = tp_presentation_painter_get_phase_step (painter, phase);
      g_autofree char *label = tp_presentation_painter_get_progress_text (painter, step);
      g_autofree char *expected = NULL;
      guint page, n_pages;

      tp_presentation_painter_get_step_page (painter, step, &page, &n_pages);
      g_test_message ("step %u: %s", step, label);
      g_assert_cmpuint (page, ==, step - first + 1);
      g_assert_cmpuint (page, <=, n_pages);
      if (phase == 0)
        expected = g_strdup ("Overview");
      else if (n_pages == 1)
        expected = g_strdup_printf ("Phase %u of %u", phase, n_phases);
      else
        expected = g_strdup_printf ("Phase %u of %u · Page %u of %u", phase, n_phases,
                                    page, n_pages);
      g_assert_cmpstr (label, ==, expected);
      if (phase > 0 && page == 1)
        (*(n_pages == 1 ? single_phases : paged_phases))++;
    }
}

/* The progress label names the page only when a phase has several. */
static void
test_progress_text (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = NULL;
  TpJourneyLayoutOptions options;
  g_autoptr(TpJourneyLayout) layout = NULL;
  g_autofree char *overview = NULL;
  g_autofree char *single = NULL;
  g_autofree char *paged = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TpProject) small_project = tp_project_new ();
  g_autoptr(TpJourney) small = tp_journey_new ("journey-small");
  guint page, n_pages, second, single_phases = 0, paged_phases = 0;

  overview = tp_presentation_progress_text (TP_VIEW_STEP_PHASE, 0, 5, 1, 1);
  single = tp_presentation_progress_text (TP_VIEW_STEP_PHASE, 2, 5, 1, 1);
  paged = tp_presentation_progress_text (TP_VIEW_STEP_PHASE, 2, 5, 2, 3);
  g_assert_cmpstr (overview, ==, "Overview");
  g_assert_cmpstr (single, ==, "Phase 2 of 5");
  g_assert_cmpstr (paged, ==, "Phase 2 of 5 · Page 2 of 3");

  /* Two phases of one short lane: each fits on one page. */
  tp_project_insert (small_project, small_project, TP_LIST_JOURNEYS, -1, small);
  tp_test_add_phase (small_project, small, "phase-look", "Look", NULL, NULL);
  tp_test_add_phase (small_project, small, "phase-buy", "Buy", NULL, NULL);
  tp_test_add_lane (small_project, small, "lane-do", TP_LANE_KIND_ACTIVITY, "Doing");
  painter = tp_presentation_painter_new (TP_VIEW_JOURNEY, small);
  check_progress_texts (painter, &single_phases, &paged_phases);
  g_assert_cmpuint (single_phases, ==, 2);
  g_assert_cmpuint (paged_phases, ==, 0);
  g_clear_pointer (&painter, tp_presentation_painter_free);

  /* The bike journey takes two pages a phase; with a lane taller than the
   * screen, more. */
  painter = tp_presentation_painter_new (TP_VIEW_JOURNEY, journey);
  check_progress_texts (painter, &single_phases, &paged_phases);
  g_clear_pointer (&painter, tp_presentation_painter_free);

  /* A lane taller than the screen: every phase takes pages. */
  tp_journey_layout_options_init (&options, NULL);
  layout = tp_journey_layout_new (journey, &options);
  for (guint i = 0; i < 14; i++)
    tp_project_add_card (project, tp_journey_layout_get_phase (layout, 1),
                         tp_journey_layout_get_lane (layout, 0), -1, TP_CARD_KIND_NOTE, "More");
  painter = tp_presentation_painter_new (TP_VIEW_JOURNEY, journey);
  check_progress_texts (painter, &single_phases, &paged_phases);
  g_test_message ("%u phases in one page, %u in several", single_phases, paged_phases);
  g_assert_cmpuint (paged_phases, >, 0);

  /* The second page of the second phase, by name. */
  second = tp_presentation_painter_get_phase_step (painter, 2) + 1;
  tp_presentation_painter_get_step_page (painter, second, &page, &n_pages);
  g_assert_cmpuint (page, ==, 2);
  g_assert_cmpuint (n_pages, >=, 2);
  text = tp_presentation_painter_get_progress_text (painter, second);
  g_assert_true (g_str_has_prefix (text, "Phase 2 of 5 · Page 2 of "));
}

static gboolean
pixel_is (cairo_surface_t *surface,
          double           x,
          double           y,
          const TpRgba    *color)
{
  const guchar *p = cairo_image_surface_get_data (surface)
                    + (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4;

  g_test_message ("pixel at %.0f, %.0f: %02x%02x%02x, want %02x%02x%02x", x, y, p[2], p[1], p[0],
                  (int) round (color->red * 255), (int) round (color->green * 255),
                  (int) round (color->blue * 255));
  return fabs (p[2] - color->red * 255) < 6 && fabs (p[1] - color->green * 255) < 6
         && fabs (p[0] - color->blue * 255) < 6;
}

static void
test_pins (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  TpJourneyLayoutOptions options;
  g_autoptr(TpJourneyLayout) layout = NULL;
  const TpTheme *theme = tp_presentation_painter_get_theme (painter, FALSE);
  TpPresentationFrame frame = { 0, 0, 1.0, FALSE, NULL, FALSE, { 0, 0, 0, 0, 1 } };
  TpPresentationPins pins;
  TpPresentationCamera camera;
  TpRect area, head, row;
  TpRgba fill, stripe, text;
  cairo_surface_t *surface;
  double x, y, head_x0, head_x1;
  int last, first_row = -1;

  tp_journey_layout_options_init (&options, NULL);
  layout = tp_journey_layout_new (journey, &options);

  /* The overview shows the map's own headers: nothing pinned. */
  tp_presentation_painter_get_pins (painter, &frame, WIDTH, HEIGHT, &pins);
  g_assert_cmpfloat (pins.alpha, ==, 0);

  /* The last page of the fourth phase: far right, and not at the top. */
  last = tp_presentation_painter_get_phase_step (painter, 5) - 1;
  g_assert_cmpuint (tp_presentation_painter_get_step_phase (painter, last), ==, 4);
  frame.from_step = frame.to_step = last;
  tp_presentation_painter_get_pins (painter, &frame, WIDTH, HEIGHT, &pins);
  tp_presentation_painter_get_camera (painter, last, WIDTH, HEIGHT, &camera);
  tp_presentation_painter_get_step_area (painter, last, &area);
  g_assert_cmpfloat (pins.alpha, ==, 1);
  g_assert_cmpint (pins.lit_column[1], ==, 3);

  /* The lane headers down the left edge, as wide as in the map at this zoom;
   * the phase headers across the top; the page's first lane right under them. */
  g_assert_cmpfloat (pins.lane_strip.x, ==, 0);
  g_assert_cmpfloat_with_epsilon (pins.lane_strip.x + pins.lane_strip.width,
                                  pins.corner.x + options.lane_header_width * camera.zoom, 1e-6);
  g_assert_cmpfloat_with_epsilon (pins.phase_strip.y + pins.phase_strip.height,
                                  pins.corner.y + options.phase_header_height * camera.zoom, 1e-6);
  g_assert_cmpfloat (pins.phase_strip.width, ==, WIDTH);
  g_assert_cmpfloat (pins.lane_strip.y, ==, pins.phase_strip.y + pins.phase_strip.height);
  tp_presentation_camera_to_view (&camera, 0, area.y, NULL, &y);
  g_assert_cmpfloat_with_epsilon (y, pins.lane_strip.y, 1e-6);
  g_assert_cmpfloat (area.y, >, options.phase_header_height);   /* not the first page */

  /* The spotlit phase, whole, right of the lane headers. */
  tp_journey_layout_get_phase_header (layout, 3, &head);
  tp_presentation_camera_to_view (&camera, head.x, 0, &head_x0, NULL);
  tp_presentation_camera_to_view (&camera, head.x + head.width, 0, &head_x1, NULL);
  g_assert_cmpfloat (head_x0, >=, pins.lane_strip.x + pins.lane_strip.width);
  g_assert_cmpfloat (head_x1, <=, WIDTH);

  /* Below the page: covered down to the caption, no lane shown cut. */
  tp_presentation_camera_to_view (&camera, 0, area.y + area.height, NULL, &y);
  g_assert_cmpfloat_with_epsilon (pins.cover.y, MIN (y, pins.lane_strip.y + pins.lane_strip.height),
                                  1e-6);

  /* What a person sees: the phase's own header colour above the column and
   * a lane header's colour at the left, although the map's own headers are
   * far away. */
  surface = paint_frame (painter, last, last, 1.0, FALSE);
  cairo_surface_flush (surface);
  tp_theme_phase_colors (theme, tp_phase_get_color (tp_journey_layout_get_phase (layout, 3)), 3,
                         &fill, &stripe, &text);
  g_assert_true (pixel_is (surface, (head_x0 + head_x1) / 2,
                           pins.corner.y + 9 * camera.zoom, &fill));
  for (guint r = 0; r < tp_journey_layout_get_n_rows (layout) && first_row < 0; r++)
    {
      tp_journey_layout_get_row_rect (layout, r, &row);
      if (fabs (row.y - area.y) < 1e-6)
        first_row = (int) r;
    }
  g_assert_cmpint (first_row, >=, 0);
  tp_presentation_camera_to_view (&camera, 0, row.y + row.height - 6, NULL, &y);
  x = pins.corner.x + options.lane_header_width * camera.zoom * 0.6;
  g_assert_true (pixel_is (surface, x, y, &theme->lane_header));
  cairo_surface_destroy (surface);

  /* Coming from the overview the headers fade in with the zoom. */
  frame.from_step = 0;
  frame.progress = 0.5;
  tp_presentation_painter_get_pins (painter, &frame, WIDTH, HEIGHT, &pins);
  g_assert_cmpfloat (pins.alpha, >, 0);
  g_assert_cmpfloat (pins.alpha, <, 1);
}

static void
test_overview_persona (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  cairo_surface_t *surface;
  Stats card_on, card_off;

  tp_presentation_painter_get_caption (painter, 0, &title, &detail);
  g_assert_cmpstr (title, ==, "Buying a bike");
  g_assert_nonnull (strstr (detail, "5"));

  /* The persona card (right quarter of the picture area) holds text on the
   * overview and is gone when a phase is shown. */
  surface = paint_frame (painter, 0, 0, 1.0, FALSE);
  card_on = measure (surface, WIDTH * 0.78, HEIGHT * 0.05, WIDTH * 0.96, HEIGHT * 0.5);
  cairo_surface_destroy (surface);
  surface = paint_frame (painter, 5, 5, 1.0, FALSE);
  card_off = measure (surface, WIDTH * 0.78, HEIGHT * 0.05, WIDTH * 0.96, HEIGHT * 0.5);
  cairo_surface_destroy (surface);
  g_test_message ("persona area: overview min %.2f, last phase min %.2f",
                  card_on.min, card_off.min);
  g_assert_cmpfloat (card_on.min, <, 0.2);
  g_assert_cmpfloat (card_on.spread, >, 0.05);
}

static void
test_light_and_dark (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                           journey);
  cairo_surface_t *surface;
  Stats light, dark, between;

  surface = paint_frame (painter, 3, 3, 1.0, FALSE);
  light = measure (surface, 0, 0, WIDTH, HEIGHT);
  cairo_surface_destroy (surface);
  surface = paint_frame (painter, 3, 3, 1.0, TRUE);
  dark = measure (surface, 0, 0, WIDTH, HEIGHT);
  cairo_surface_destroy (surface);
  g_test_message ("mean luminance: light %.3f, dark %.3f", light.mean, dark.mean);

  g_assert_cmpfloat (light.mean, >, 0.75);
  g_assert_cmpfloat (dark.mean, <, 0.2);
  g_assert_cmpfloat (light.spread, >, 0.05);
  g_assert_cmpfloat (dark.spread, >, 0.05);

  /* A frame in the middle of a transition paints too (cross-fade). */
  surface = paint_frame (painter, 2, 3, 0.5, TRUE);
  between = measure (surface, 0, 0, WIDTH, HEIGHT);
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (between.mean, <, 0.2);
  g_assert_cmpfloat (between.spread, >, 0.05);
}

/* The journeys the checks below walk: the test journey and every example's. */
static GPtrArray *
load_journeys (GPtrArray **projects)
{
  const char *examples[] = { "hotel-booking", "jewellery-web-shop", "clothing-store-visit" };
  GPtrArray *journeys = g_ptr_array_new ();
  TpJourney *journey = NULL;

  *projects = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (*projects, journey_with_persona (&journey));
  g_ptr_array_add (journeys, journey);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *name = g_strconcat (examples[i], ".touchpoint", NULL);
      g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      TpProject *project = tp_format_load_file (file, NULL, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (*projects, project);
      for (guint j = 0; j < tp_project_get_journeys (project)->len; j++)
        g_ptr_array_add (journeys, g_ptr_array_index (tp_project_get_journeys (project), j));
    }
  return journeys;
}

/* A spotlighted phase's emotion and pain-point cards are drawn enlarged, and stay inside
 * their column: nothing of them (ring included) reaches over the neighbouring phases. */
static void
test_emphasis_stays_in_column (void)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) journeys = load_journeys (&projects);
  guint n_checked = 0, n_grown = 0;
  TpTheme theme;

  tp_presentation_theme_init (&theme, FALSE);
  for (guint j = 0; j < journeys->len; j++)
    {
      g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (g_ptr_array_index (journeys, j),
                                                                 NULL);
      int width = (int) ceil (tp_journey_layout_get_width (layout));
      int height = (int) ceil (tp_journey_layout_get_height (layout));

      for (guint column = 0; column < tp_journey_layout_get_n_columns (layout); column++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
          cairo_t *cr = cairo_create (surface);
          const guchar *data;
          int stride;
          TpRect col;

          tp_journey_layout_get_column_rect (layout, column, &col);
          for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
            {
              const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);
              TpCardKind kind = tp_card_get_kind (box->card);
              double growth;
              TpRect bounds;

              if (box->column != column
                  || (kind != TP_CARD_KIND_EMOTION && kind != TP_CARD_KIND_PAIN_POINT))
                continue;
              tp_journey_map_emphasis_place (layout, &theme, box, 1.0, &growth, NULL, &bounds);
              g_assert_cmpfloat (growth, >=, 1.0);
              g_assert_cmpfloat (bounds.x, >=, col.x - 1e-6);
              g_assert_cmpfloat (bounds.x + bounds.width, <=, col.x + col.width + 1e-6);
              n_checked++;
              if (growth > 1.05)
                n_grown++;
            }

          /* What is painted: only the emphasis, on a clear picture. */
          tp_journey_map_emphasise_column (cr, layout, &theme, column, 1.0, 1.0);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          data = cairo_image_surface_get_data (surface);
          stride = cairo_image_surface_get_stride (surface);
          for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
              if (x + 1 <= col.x || x >= col.x + col.width)
                {
                  guint8 alpha = data[y * stride + 4 * x + 3];

                  if (alpha > 8)
                    g_error ("journey %u, column %u: emphasis painted at %d,%d, outside %g … %g",
                             j, column, x, y, col.x, col.x + col.width);
                }
          cairo_surface_destroy (surface);
        }
    }
  g_test_message ("%u emphasised cards checked, %u visibly enlarged", n_checked, n_grown);
  g_assert_cmpuint (n_checked, >=, 20);
  /* Emotion chips are narrower than their column: they still grow. */
  g_assert_cmpuint (n_grown, >=, 5);
}

/* Dark pixels in the text area of card @box (left part, inside the outline and the stripe)
 * as the overview shows it through @camera. */
static guint
count_card_ink (cairo_surface_t            *surface,
                const TpPresentationCamera *camera,
                const TpCardBox            *box)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  double x0, y0, x1, y1;
  guint ink = 0;

  tp_presentation_camera_to_view (camera, box->rect.x, box->rect.y, &x0, &y0);
  tp_presentation_camera_to_view (camera, box->rect.x + box->rect.width,
                                  box->rect.y + box->rect.height, &x1, &y1);
  x1 = x0 + (x1 - x0) * 0.6;
  x0 += 5.0 * camera->zoom + 4;
  y0 += 4;
  y1 -= 4;
  cairo_surface_flush (surface);
  for (int y = (int) ceil (y0); y < (int) y1; y++)
    for (int x = (int) ceil (x0); x < (int) x1; x++)
      {
        const guchar *p = data + y * stride + x * 4;
        double lum = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;

        if (lum < 0.45)
          ink++;
      }
  return ink;
}

/* On a 1080p screen, the overview shows card text only when it is at least 12 px: else the
 * cards are drawn simplified, without text (the phase and lane headers keep theirs). */
static void
test_overview_card_text (void)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) journeys = load_journeys (&projects);
  /* A small map (three phases): its overview is close enough to read. */
  g_autoptr(TpProject) small = tp_template_new_project (TP_LENS_GOAL);
  guint n_with_text = 0, n_simplified = 0;

  g_ptr_array_add (journeys, g_ptr_array_index (tp_project_get_journeys (small), 0));
  for (guint j = 0; j < journeys->len; j++)
    {
      TpJourney *journey = g_ptr_array_index (journeys, j);
      g_autoptr(TpPresentationPainter) painter = tp_presentation_painter_new (TP_VIEW_JOURNEY,
                                                                               journey);
      g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
      TpPresentationCamera camera;
      cairo_surface_t *surface;
      double text_px;
      guint cards = 0, cards_with_ink = 0;

      tp_presentation_painter_get_camera (painter, 0, WIDTH, HEIGHT, &camera);
      text_px = camera.zoom * TP_PAINTER_CARD_TEXT_MIN_SIZE;
      g_test_message ("%s: overview zoom %.3f, smallest card text %.1f px",
                      tp_journey_get_title (journey), camera.zoom, text_px);

      surface = paint_frame (painter, 0, 0, 1.0, FALSE);
      for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
        {
          const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);
          const char *title = tp_card_get_title (box->card);

          if (tp_journey_layout_row_is_feelings (layout, box->row) || title == NULL || !*title)
            continue;
          cards++;
          if (count_card_ink (surface, &camera, box) > 0)
            cards_with_ink++;
        }
      cairo_surface_destroy (surface);
      g_assert_cmpuint (cards, >, 0);

      if (text_px >= 12.0)
        {
          /* Readable: every card shows its title. */
          g_assert_cmpuint (cards_with_ink, ==, cards);
          n_with_text++;
        }
      else
        {
          g_assert_cmpuint (cards_with_ink, ==, 0);
          n_simplified++;
        }
    }
  g_test_message ("%u overviews with card text, %u simplified", n_with_text, n_simplified);
  g_assert_cmpuint (n_with_text, >=, 1);
  g_assert_cmpuint (n_simplified, >=, 1);
}

static void
test_no_phases (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("journey-empty");
  g_autoptr(TpPresentationPainter) painter = NULL;
  cairo_surface_t *surface;
  g_autofree char *title = NULL;

  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  painter = tp_presentation_painter_new (TP_VIEW_JOURNEY, journey);

  /* Only the overview; stepping beyond it is harmless. */
  g_assert_cmpuint (tp_presentation_painter_get_n_steps (painter), ==, 1);
  tp_presentation_painter_get_caption (painter, 0, &title, NULL);
  g_assert_cmpstr (title, !=, "");
  surface = paint_frame (painter, 0, 3, 0.5, FALSE);
  cairo_surface_destroy (surface);
}

/* The journey map's presentation goes on after its last phase with the parts of the analysis,
 * each whole on the screen, captioned with the part's title; the figures of each phase come
 * along when asked. Frames written to the build folder for people to look at. */
static void
test_analysis_after_map (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = journey_with_persona (&journey);
  g_autoptr(TpPresentationPainter) plain = tp_presentation_painter_new (TP_VIEW_JOURNEY, journey);
  g_autoptr(TpPresentationPainter) painter =
    tp_presentation_painter_new_full (TP_VIEW_JOURNEY, journey, TP_PRESENTATION_WITH_ANALYSIS);
  g_autoptr(TpPresentationPainter) figures =
    tp_presentation_painter_new_full (TP_VIEW_JOURNEY, journey,
                                      TP_PRESENTATION_WITH_ANALYSIS | TP_PRESENTATION_SHOW_ROLLUP);
  g_autoptr(TpPresentationPainter) blueprint =
    tp_presentation_painter_new_full (TP_VIEW_BLUEPRINT, journey, TP_PRESENTATION_WITH_ANALYSIS);
  g_autoptr(TpView) analysis = tp_view_new ("analysis", journey);
  guint n_map = tp_presentation_painter_get_n_steps (plain);
  guint n_parts = tp_view_get_n_steps (analysis);
  guint n = tp_presentation_painter_get_n_steps (painter);
  double map_width, map_height, width, height;
  TpPresentationCamera camera;
  TpRect area, part;

  g_assert_cmpuint (n_parts, >=, 3);
  g_assert_cmpuint (n, ==, n_map + n_parts);
  g_assert_cmpuint (tp_presentation_painter_get_n_phases (painter), ==,
                    tp_presentation_painter_get_n_phases (plain));
  /* Only the journey map is followed by the analysis. */
  g_assert_cmpuint (tp_presentation_painter_get_n_steps (blueprint), <, n);

  /* The picture holds the map and, under it, the analysis. */
  tp_presentation_painter_get_size (plain, &map_width, &map_height);
  tp_presentation_painter_get_size (painter, &width, &height);
  g_assert_cmpfloat (height, >, map_height);

  for (guint k = 0; k < n_parts; k++)
    {
      guint step = n_map + k;
      const char *part_title, *goal;
      g_autofree char *title = NULL;
      g_autofree char *detail = NULL;
      g_autofree char *progress = NULL;
      g_autofree char *expected = g_strdup_printf ("Analysis %u of %u", k + 1, n_parts);
      double x0, y0, x1, y1;

      tp_view_get_step_text (analysis, k, &part_title, &goal);
      tp_presentation_painter_get_caption (painter, step, &title, &detail);
      g_assert_cmpstr (title, ==, part_title);
      g_assert_true (g_str_has_prefix (detail, "Analysis of "));
      progress = tp_presentation_painter_get_progress_text (painter, step);
      g_assert_cmpstr (progress, ==, expected);

      /* Below the map, the whole part on the screen. */
      tp_view_get_step_rect (analysis, k, &part);
      tp_presentation_painter_get_step_area (painter, step, &area);
      g_assert_cmpfloat (area.y, >, map_height);
      g_assert_cmpfloat (area.height, >=, part.height);
      tp_presentation_painter_get_camera (painter, step, WIDTH, HEIGHT, &camera);
      tp_presentation_camera_to_view (&camera, area.x, area.y, &x0, &y0);
      tp_presentation_camera_to_view (&camera, area.x + area.width, area.y + area.height,
                                      &x1, &y1);
      g_assert_cmpfloat (x0, >=, -0.5);
      g_assert_cmpfloat (x1, <=, WIDTH + 0.5);
      g_assert_cmpfloat (y0, >=, -0.5);
      g_assert_cmpfloat (y1, <=, HEIGHT * 0.83 + 0.5);
    }

  /* The charts are drawn there: the first part is not an empty page, light or dark. */
  for (int dark = 0; dark < 2; dark++)
    {
      cairo_surface_t *surface = paint_frame (painter, n_map, n_map, 1.0, dark);
      g_autofree char *name = g_strdup_printf ("presentation-analysis-%s.png",
                                               dark ? "dark" : "light");
      g_autofree char *out = g_test_build_filename (G_TEST_BUILT, name, NULL);
      Stats stats = measure (surface, 0, 0, WIDTH, HEIGHT * 0.8);

      g_assert_cmpfloat (stats.spread, >, 0.05);
      cairo_surface_write_to_png (surface, out);
      cairo_surface_destroy (surface);
    }

  /* With the figures of each phase, the headers are taller: the map is. */
  tp_presentation_painter_get_size (figures, &map_width, &map_height);
  g_assert_cmpfloat (map_height, >, height);
  n = tp_presentation_painter_get_n_steps (figures);
  g_assert_cmpuint (n, >=, n_map + n_parts);
  tp_presentation_painter_get_step_area (figures, n - n_parts, &part);
  tp_presentation_painter_get_step_area (painter, n_map, &area);
  g_assert_cmpfloat (part.y, >, area.y);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/presentation/steps", test_steps);
  g_test_add_func ("/render/presentation/camera", test_camera);
  g_test_add_func ("/render/presentation/step-area", test_step_area);
  g_test_add_func ("/render/presentation/interrupted", test_interrupted);
  g_test_add_func ("/render/presentation/caption", test_caption_reads_from_the_back);
  g_test_add_func ("/render/presentation/spotlight", test_spotlight);
  g_test_add_func ("/render/presentation/pages", test_pages);
  g_test_add_func ("/render/presentation/paginate", test_paginate);
  g_test_add_func ("/render/presentation/page-breaks", test_page_breaks);
  g_test_add_func ("/render/presentation/progress-text", test_progress_text);
  g_test_add_func ("/render/presentation/pins", test_pins);
  g_test_add_func ("/render/presentation/overview-persona", test_overview_persona);
  g_test_add_func ("/render/presentation/light-and-dark", test_light_and_dark);
  g_test_add_func ("/render/presentation/no-phases", test_no_phases);
  g_test_add_func ("/render/presentation/emphasis-stays-in-column", test_emphasis_stays_in_column);
  g_test_add_func ("/render/presentation/overview-card-text", test_overview_card_text);
  g_test_add_func ("/render/presentation/analysis-after-map", test_analysis_after_map);

  return g_test_run ();
}
