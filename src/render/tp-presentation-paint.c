/* tp-presentation-paint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sizes are shares of the screen height, so the caption reads from the back
 * of the room on any projector: at 1080 lines the caption title is ~49 px.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-presentation-chrome.h"
#include "tp-presentation-emphasis.h"
#include "tp-analysis-view.h"
#include "tp-presentation-paint.h"

/* Card titles (12.5 map units) must read from the back of a meeting room:
 * at least 18 px on a screen 1080 lines tall. A phase is shown in as few
 * pages as that allows; pages are made for a 16:9 screen, so that any
 * projector walks the same steps. */
#define CARD_TEXT_UNITS   12.5
#define CARD_TEXT_MIN_PX  18.0
/* Text smaller than this cannot be read on a projector at all: a card whose
 * text would be (in the overview of a big map) is drawn without it. */
#define CARD_TEXT_LEGIBLE_PX 12.0
#define REFERENCE_WIDTH   1920.0
#define REFERENCE_HEIGHT  1080.0
#define MAX_ZOOM          3.0
/* Between the map and the analysis under it, map units. */
#define ANALYSIS_GAP      160.0

typedef TpPresentationStop Stop;

struct _TpPresentationPainter
{
  TpJourney       *journey;
  TpView          *render;
  /* The analysis after the map (TP_PRESENTATION_WITH_ANALYSIS), laid under it at analysis_y. */
  TpView          *analysis;
  double           analysis_y;
  guint            n_map;      /* steps of the map; the analysis' steps follow */
  TpPersona       *persona;
  TpTheme          themes[2];
  GArray          *stops;      /* of Stop: the overview, then each phase's pages */
};

typedef TpPresentationGeometry Geometry;

double
tp_presentation_caption_font_size (double height)
{
  return MAX (16.0, round (height * 0.045));
}

static void get_geometry (TpPresentationPainter *self,
                          double                 width,
                          double                 height,
                          Geometry              *g);

/* The smallest zoom at which card text reads on a @height lines screen. */
static double
min_zoom (double height)
{
  return CARD_TEXT_MIN_PX * height / REFERENCE_HEIGHT / CARD_TEXT_UNITS;
}

static void
build_stops (TpPresentationPainter *self)
{
  double max_height = 0, top_height = 0;
  Geometry g;

  /* Rows as tall as fit on the reference screen at the smallest readable
   * zoom, under the pinned header band. */
  get_geometry (self, REFERENCE_WIDTH, REFERENCE_HEIGHT, &g);
  tp_view_get_pin_bands (self->render, NULL, &top_height);
  if (top_height > 0)
    max_height = g.map.height / min_zoom (REFERENCE_HEIGHT) - top_height;
  self->stops = tp_presentation_stops_new (self->render, max_height);
  self->n_map = tp_view_get_n_steps (self->render);

  /* Each part of the analysis whole, after the last phase. */
  for (guint k = 0; self->analysis != NULL && k < tp_view_get_n_steps (self->analysis); k++)
    {
      Stop stop = { 0 };
      TpRect rect;

      tp_view_get_step_rect (self->analysis, k, &rect);
      stop.phase = self->n_map + k + 1;
      stop.area = (TpRect) { rect.x - 16, self->analysis_y + rect.y - 16, rect.width + 32,
                             rect.height + 32 };
      stop.pinned = FALSE;
      stop.fit_height = stop.area.height;
      g_array_append_val (self->stops, stop);
    }
}

void
tp_presentation_painter_set_overlay (TpPresentationPainter *self,
                                     GPtrArray             *journeys)
{
  g_return_if_fail (self != NULL);

  if (TP_IS_ANALYSIS_VIEW (self->render))
    tp_analysis_view_set_overlay (TP_ANALYSIS_VIEW (self->render), journeys);
  if (self->analysis != NULL)
    tp_analysis_view_set_overlay (TP_ANALYSIS_VIEW (self->analysis), journeys);
  /* The parts may be one fewer or more. */
  g_clear_pointer (&self->stops, g_array_unref);
  build_stops (self);
}

static gboolean
is_analysis_phase (TpPresentationPainter *self,
                   guint                  phase)
{
  return self->analysis != NULL && phase > self->n_map;
}

static guint
stop_phase (TpPresentationPainter *self,
            guint                  step)
{
  if (step >= self->stops->len)
    return 0;
  return g_array_index (self->stops, Stop, step).phase;
}

guint
tp_presentation_painter_get_step_phase (TpPresentationPainter *self,
                                        guint                  step)
{
  g_return_val_if_fail (self != NULL, 0);

  return stop_phase (self, step);
}

guint
tp_presentation_painter_get_n_phases (TpPresentationPainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return tp_view_get_n_steps (self->render);
}

TpViewStepKind
tp_presentation_painter_get_step_kind (TpPresentationPainter *self)
{
  g_return_val_if_fail (self != NULL, TP_VIEW_STEP_PHASE);

  return tp_view_get_step_kind (self->render);
}

int
tp_presentation_painter_get_phase_step (TpPresentationPainter *self,
                                        guint                  phase)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->stops->len; i++)
    if (g_array_index (self->stops, Stop, i).phase == phase)
      return (int) i;
  return -1;
}

TpPresentationPainter *
tp_presentation_painter_new (const char *view,
                             TpJourney  *journey)
{
  return tp_presentation_painter_new_full (view, journey, 0);
}

TpPresentationPainter *
tp_presentation_painter_new_full (const char                *view,
                                  TpJourney                 *journey,
                                  TpPresentationPainterFlags flags)
{
  TpPresentationPainter *self;
  TpProject *project;
  const char *persona_id;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  self = g_new0 (TpPresentationPainter, 1);
  self->journey = g_object_ref (journey);
  self->render = tp_view_new (view, journey);
  if (self->render == NULL)
    self->render = tp_view_new (TP_VIEW_JOURNEY, journey);
  tp_view_set_show_rollup (self->render, (flags & TP_PRESENTATION_SHOW_ROLLUP) != 0);
  if ((flags & TP_PRESENTATION_WITH_ANALYSIS) != 0
      && g_strcmp0 (tp_view_get_name (self->render), TP_VIEW_JOURNEY) == 0)
    {
      double width, height;

      self->analysis = tp_view_new (TP_VIEW_ANALYSIS, journey);
      tp_view_get_size (self->render, &width, &height);
      self->analysis_y = height + ANALYSIS_GAP;
    }
  tp_presentation_theme_init (&self->themes[0], FALSE);
  tp_presentation_theme_init (&self->themes[1], TRUE);

  build_stops (self);

  project = tp_element_get_project (TP_ELEMENT (journey));
  persona_id = tp_journey_get_persona (journey);
  if (project != NULL && persona_id != NULL)
    {
      TpElement *element = tp_project_lookup (project, persona_id);

      if (element != NULL && TP_IS_PERSONA (element))
        self->persona = g_object_ref (TP_PERSONA (element));
    }

  return self;
}

void
tp_presentation_painter_free (TpPresentationPainter *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->stops, g_array_unref);
  g_clear_object (&self->render);
  g_clear_object (&self->analysis);
  g_clear_object (&self->persona);
  g_clear_object (&self->journey);
  g_free (self);
}

guint
tp_presentation_painter_get_n_steps (TpPresentationPainter *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->stops->len;
}

static void
get_geometry (TpPresentationPainter *self,
              double                 width,
              double                 height,
              Geometry              *g)
{
  double caption_h = round (height * 0.17);
  double persona_w;

  g->margin = round (MIN (width, height) * 0.03);
  g->caption_y = height - caption_h;
  g->title_px = tp_presentation_caption_font_size (height);
  g->detail_px = MAX (12.0, round (height * 0.028));
  g->small_px = MAX (11.0, round (height * 0.024));

  g->map.x = g->margin;
  g->map.y = g->margin;
  g->map.width = MAX (1.0, width - 2 * g->margin);
  g->map.height = MAX (1.0, g->caption_y - 2 * g->margin);

  persona_w = self->persona != NULL ? round (width * 0.26) : 0;
  g->overview = g->map;
  if (persona_w > 0)
    g->overview.width = MAX (1.0, g->map.width - persona_w - g->margin);
  g->persona.x = g->overview.x + g->overview.width + g->margin;
  g->persona.y = g->map.y;
  g->persona.width = persona_w;
  g->persona.height = g->map.height;
}

void
tp_presentation_painter_get_camera (TpPresentationPainter *self,
                                    guint                  step,
                                    double                 width,
                                    double                 height,
                                    TpPresentationCamera  *camera)
{
  Geometry g;
  TpRect picture = { 0, 0, 0, 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (camera != NULL);

  get_geometry (self, width, height, &g);
  tp_view_get_size (self->render, &picture.width, &picture.height);

  if (stop_phase (self, step) == 0)
    tp_presentation_camera_fit (&picture, &g.overview, camera);
  else if (!g_array_index (self->stops, Stop, step).pinned)
    {
      tp_presentation_camera_fit (&g_array_index (self->stops, Stop, step).area, &g.map, camera);
      camera->zoom = MIN (camera->zoom, MAX_ZOOM);
    }
  else
    {
      double left_width, top_height;

      tp_view_get_pin_bands (self->render, &left_width, &top_height);
      tp_presentation_camera_pinned (&g_array_index (self->stops, Stop, step), &g.map, width,
                                     left_width, top_height, MAX_ZOOM, camera);
    }
}

void
tp_presentation_painter_get_step_area (TpPresentationPainter *self,
                                       guint                  step,
                                       TpRect                *area)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (area != NULL);

  *area = g_array_index (self->stops, Stop, MIN (step, self->stops->len - 1)).area;
}

void
tp_presentation_painter_get_caption (TpPresentationPainter  *self,
                                     guint                   step,
                                     char                  **title,
                                     char                  **detail)
{
  guint n, phase;

  g_return_if_fail (self != NULL);

  n = tp_view_get_n_steps (self->render);
  phase = stop_phase (self, step);
  if (phase == 0)
    {
      const char *journey_title = tp_journey_get_title (self->journey);
      const char *state;

      if (title != NULL)
        *title = g_strdup (journey_title != NULL && *journey_title ? journey_title
                                                                   : _("Untitled journey"));
      state = tp_journey_get_state (self->journey) == TP_JOURNEY_STATE_FUTURE
              ? _("Future-state journey") : _("Current-state journey");
      if (detail != NULL)
        /* Translators: "Current-state journey · 5 phases" */
        *detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s · %u phase", "%s · %u phases", n),
                                   state, n);
    }
  else if (is_analysis_phase (self, phase))
    {
      const char *step_title, *goal;

      tp_view_get_step_text (self->analysis, phase - self->n_map - 1, &step_title, &goal);
      if (title != NULL)
        *title = g_strdup (step_title);
      if (detail != NULL)
        /* Translators: the caption's second line in presentation mode while the analysis of
         * the journey is shown, e.g. "Analysis of Buying a gift today" */
        *detail = g_strdup_printf (_("Analysis of %s"), tp_journey_get_title (self->journey) != NULL
                                                        ? tp_journey_get_title (self->journey)
                                                        : _("Untitled journey"));
    }
  else
    {
      const char *step_title, *goal;

      tp_view_get_step_text (self->render, phase - 1, &step_title, &goal);
      if (title != NULL)
        *title = g_strdup (step_title != NULL && *step_title ? step_title : _("Untitled phase"));
      if (detail != NULL)
        *detail = g_strdup (goal != NULL ? goal : "");
    }
}

void
tp_presentation_painter_get_step_page (TpPresentationPainter *self,
                                       guint                  step,
                                       guint                 *page,
                                       guint                 *n_pages)
{
  guint phase, first, last;

  g_return_if_fail (self != NULL);

  step = MIN (step, self->stops->len - 1);
  phase = stop_phase (self, step);
  first = last = step;
  if (phase != 0)
    {
      while (first > 0 && stop_phase (self, first - 1) == phase)
        first--;
      while (last + 1 < self->stops->len && stop_phase (self, last + 1) == phase)
        last++;
    }
  if (page != NULL)
    *page = step - first + 1;
  if (n_pages != NULL)
    *n_pages = last - first + 1;
}

char *
tp_presentation_painter_get_progress_text (TpPresentationPainter *self,
                                           guint                  step)
{
  guint page, n_pages;

  g_return_val_if_fail (self != NULL, NULL);

  tp_presentation_painter_get_step_page (self, step, &page, &n_pages);
  if (is_analysis_phase (self, stop_phase (self, step)))
    /* Translators: progress in presentation mode over the analysis after the map,
     * e.g. "Analysis 2 of 4" */
    return g_strdup_printf (_("Analysis %u of %u"), stop_phase (self, step) - self->n_map,
                            tp_view_get_n_steps (self->analysis));
  return tp_presentation_progress_text (tp_view_get_step_kind (self->render),
                                        stop_phase (self, step),
                                        tp_view_get_n_steps (self->render),
                                        page, n_pages);
}

/* --- The picture ------------------------------------------------------ */

static void
emphasise_step (TpPresentationPainter *self,
                cairo_t               *cr,
                const TpTheme         *theme,
                guint                  step,
                double                 zoom,
                double                 strength)
{
  guint phase = stop_phase (self, step);
  TpViewPaintOptions options;

  if (phase == 0 || is_analysis_phase (self, phase))
    return;

  tp_view_paint_options_init (&options);
  options.theme = theme;
  options.scale = zoom;
  tp_view_paint_emphasis (self->render, cr, phase - 1, strength, &options);
}

static void
paint_step_picture (TpPresentationPainter *self,
                    cairo_t               *cr,
                    const TpTheme         *theme,
                    guint                  step,
                    double                 zoom,
                    const TpRect          *clip,
                    double                 emphasis)
{
  TpViewPaintOptions options;

  tp_view_paint_options_init (&options);
  options.theme = theme;
  options.scale = zoom;
  options.clip = clip;
  options.min_card_text_px = CARD_TEXT_LEGIBLE_PX;
  options.spotlight_step = is_analysis_phase (self, stop_phase (self, step))
                           ? -1 : (int) stop_phase (self, step) - 1;
  tp_view_paint (self->render, cr, &options);
  if (self->analysis != NULL)
    {
      TpRect shifted;

      /* Under the map, on the same background. */
      options.spotlight_step = -1;
      options.transparent = TRUE;
      if (clip != NULL)
        {
          shifted = *clip;
          shifted.y -= self->analysis_y;
          options.clip = &shifted;
        }
      cairo_save (cr);
      cairo_translate (cr, 0, self->analysis_y);
      tp_view_paint (self->analysis, cr, &options);
      cairo_restore (cr);
    }
  emphasise_step (self, cr, theme, step, zoom, emphasis);
}

void
tp_presentation_painter_paint_picture (TpPresentationPainter *self,
                                       cairo_t               *cr,
                                       guint                  step,
                                       gboolean               dark,
                                       double                 zoom,
                                       const TpRect          *clip)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  paint_step_picture (self, cr, &self->themes[dark ? 1 : 0], step, zoom, clip, 1.0);
}

void
tp_presentation_painter_get_frame_camera (TpPresentationPainter     *self,
                                          const TpPresentationFrame *frame,
                                          double                     width,
                                          double                     height,
                                          TpPresentationCamera      *camera)
{
  TpPresentationCamera from, to;

  g_return_if_fail (self != NULL);
  g_return_if_fail (frame != NULL);
  g_return_if_fail (camera != NULL);

  if (frame->has_from_camera)
    from = frame->from_camera;
  else
    tp_presentation_painter_get_camera (self, frame->from_step, width, height, &from);
  tp_presentation_painter_get_camera (self, frame->to_step, width, height, &to);
  tp_presentation_camera_interpolate (&from, &to,
                                      frame->from_step == frame->to_step && !frame->has_from_camera
                                      ? 1.0 : frame->progress,
                                      camera);
}

void
tp_presentation_painter_get_areas (TpPresentationPainter *self,
                                   double                 width,
                                   double                 height,
                                   TpRect                *picture,
                                   TpRect                *caption,
                                   TpRect                *persona)
{
  Geometry g;

  g_return_if_fail (self != NULL);

  get_geometry (self, width, height, &g);
  if (picture != NULL)
    *picture = (TpRect) { 0, 0, width, g.caption_y };
  if (caption != NULL)
    *caption = (TpRect) { 0, g.caption_y, width, height - g.caption_y };
  if (persona != NULL)
    *persona = g.persona;
}

static void
paint_map (TpPresentationPainter     *self,
           cairo_t                   *cr,
           const TpTheme             *theme,
           const TpPresentationFrame *frame,
           double                     width,
           double                     height,
           const Geometry            *g)
{
  TpPresentationCamera camera;
  TpRect clip;
  double t = frame->progress;
  double x0, y0, x1, y1;

  tp_presentation_painter_get_frame_camera (self, frame, width, height, &camera);
  tp_presentation_camera_to_map (&camera, 0, 0, &x0, &y0);
  tp_presentation_camera_to_map (&camera, width, g->caption_y, &x1, &y1);
  clip = (TpRect) { x0, y0, x1 - x0, y1 - y0 };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, g->caption_y);
  cairo_clip (cr);
  cairo_translate (cr, camera.view_x - camera.map_x * camera.zoom,
                   camera.view_y - camera.map_y * camera.zoom);
  cairo_scale (cr, camera.zoom, camera.zoom);

  /* At rest on a page only its lanes show: an emphasised card of the next
   * lane, drawn a little larger, must not reach into it. A part of the
   * analysis shows alone too. */
  if (frame->from_step == frame->to_step && t >= 1.0
      && (g_array_index (self->stops, Stop, frame->to_step).pinned
          || is_analysis_phase (self, stop_phase (self, frame->to_step))))
    {
      const TpRect *page = &g_array_index (self->stops, Stop, frame->to_step).area;

      cairo_rectangle (cr, clip.x, page->y, clip.width, page->height);
      cairo_clip (cr);
    }

  if (stop_phase (self, frame->from_step) == stop_phase (self, frame->to_step) || t >= 1.0)
    paint_step_picture (self, cr, theme, frame->to_step, camera.zoom, &clip, 1.0);
  else
    {
      /* Cross-fade the spotlight from one step to the next. */
      paint_step_picture (self, cr, theme, frame->from_step, camera.zoom, &clip, 1.0 - t);
      cairo_push_group (cr);
      paint_step_picture (self, cr, theme, frame->to_step, camera.zoom, &clip, 1.0);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, t);
    }
  cairo_restore (cr);
}

/* --- Caption, progress and persona ------------------------------------ */

static void
paint_caption (TpPresentationPainter     *self,
               cairo_t                   *cr,
               const TpPresentationFrame *frame,
               guint                      step,
               double                     alpha,
               double                     width,
               const Geometry            *g)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;

  if (alpha <= 0.01)
    return;

  tp_presentation_painter_get_caption (self, step, &title, &detail);
  tp_presentation_paint_caption (cr, frame, title, detail, alpha, width, g);
}

static void
paint_progress (TpPresentationPainter     *self,
                cairo_t                   *cr,
                const TpPresentationFrame *frame,
                double                     width,
                double                     height,
                const Geometry            *g)
{
  TpPresentationProgress progress;
  g_autofree char *label = NULL;

  label = tp_presentation_painter_get_progress_text (self, frame->progress >= 0.5
                                                           ? frame->to_step : frame->from_step);
  progress.n_phases = tp_view_get_n_steps (self->render)
                     + (self->analysis != NULL ? tp_view_get_n_steps (self->analysis) : 0);
  progress.n_steps = tp_presentation_painter_get_n_steps (self);
  progress.from_phase = stop_phase (self, frame->from_step);
  progress.to_phase = stop_phase (self, frame->to_step);
  progress.label = label;
  tp_presentation_paint_progress (cr, frame, &progress, width, height, g);
}

static void
normalise_frame (TpPresentationPainter     *self,
                 const TpPresentationFrame *frame,
                 TpPresentationFrame       *result)
{
  guint n = tp_presentation_painter_get_n_steps (self);

  *result = *frame;
  result->from_step = MIN (frame->from_step, n - 1);
  result->to_step = MIN (frame->to_step, n - 1);
  result->progress = CLAMP (frame->progress, 0.0, 1.0);
  if (result->from_step == result->to_step && !frame->has_from_camera)
    result->progress = 1.0;
}

void
tp_presentation_painter_get_pins (TpPresentationPainter     *self,
                                  const TpPresentationFrame *frame,
                                  double                     width,
                                  double                     height,
                                  TpPresentationPins        *pins)
{
  TpPresentationFrame f;
  TpPresentationCamera camera;
  Geometry g;

  g_return_if_fail (self != NULL);
  g_return_if_fail (frame != NULL);
  g_return_if_fail (pins != NULL);

  memset (pins, 0, sizeof *pins);
  pins->lit_column[0] = pins->lit_column[1] = -1;

  normalise_frame (self, frame, &f);
  get_geometry (self, width, height, &g);
  tp_presentation_painter_get_frame_camera (self, &f, width, height, &camera);
  tp_presentation_pins_place (pins, self->render, &camera, &g.map, g.caption_y, width,
                              &g_array_index (self->stops, Stop, f.from_step),
                              &g_array_index (self->stops, Stop, f.to_step), f.progress);
}

void
tp_presentation_painter_paint_pins (TpPresentationPainter     *self,
                                    cairo_t                   *cr,
                                    double                     width,
                                    double                     height,
                                    const TpPresentationFrame *frame)
{
  TpPresentationFrame f;
  TpPresentationPins pins;
  TpPresentationCamera camera;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  normalise_frame (self, frame, &f);
  tp_presentation_painter_get_pins (self, &f, width, height, &pins);
  if (pins.alpha <= 0.0)
    return;

  tp_presentation_painter_get_frame_camera (self, &f, width, height, &camera);
  tp_presentation_paint_pins (cr, self->render, &self->themes[f.dark ? 1 : 0], &camera, &pins,
                              f.font_options);
}

void
tp_presentation_painter_paint_chrome (TpPresentationPainter     *self,
                                      cairo_t                   *cr,
                                      double                     width,
                                      double                     height,
                                      const TpPresentationFrame *frame)
{
  TpPresentationFrame f;
  const TpTheme *theme;
  Geometry g;
  double t, overview;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  normalise_frame (self, frame, &f);
  t = f.progress;
  theme = &self->themes[f.dark ? 1 : 0];
  get_geometry (self, width, height, &g);

  cairo_save (cr);
  overview = (f.from_step == 0 ? 1.0 - t : 0.0) + (f.to_step == 0 ? t : 0.0);
  tp_presentation_paint_persona (cr, &f, theme, self->persona, overview, &g);

  /* The caption band under the picture. */
  tp_presentation_paint_caption_band (cr, theme, width, height, &g);

  /* The old caption fades out before the new one fades in: two lines of
   * large text on top of each other are hard to read. */
  if (stop_phase (self, f.from_step) != stop_phase (self, f.to_step))
    {
      paint_caption (self, cr, &f, f.from_step, MAX (0.0, 1.0 - 2 * t), width, &g);
      paint_caption (self, cr, &f, f.to_step, MAX (0.0, 2 * t - 1), width, &g);
    }
  else
    paint_caption (self, cr, &f, f.to_step, 1.0, width, &g);
  paint_progress (self, cr, &f, width, height, &g);
  cairo_restore (cr);
}

void
tp_presentation_painter_paint (TpPresentationPainter     *self,
                               cairo_t                   *cr,
                               double                     width,
                               double                     height,
                               const TpPresentationFrame *frame)
{
  TpPresentationFrame f;
  Geometry g;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  normalise_frame (self, frame, &f);
  get_geometry (self, width, height, &g);

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &self->themes[f.dark ? 1 : 0].background);
  cairo_paint (cr);
  paint_map (self, cr, &self->themes[f.dark ? 1 : 0], &f, width, height, &g);
  cairo_restore (cr);
  tp_presentation_painter_paint_pins (self, cr, width, height, &f);
  tp_presentation_painter_paint_chrome (self, cr, width, height, &f);
}

const TpTheme *
tp_presentation_painter_get_theme (TpPresentationPainter *self,
                                   gboolean               dark)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->themes[dark ? 1 : 0];
}

void
tp_presentation_painter_get_size (TpPresentationPainter *self,
                                  double                *width,
                                  double                *height)
{
  g_return_if_fail (self != NULL);

  tp_view_get_size (self->render, width, height);
  if (self->analysis != NULL)
    {
      double analysis_width, analysis_height;

      tp_view_get_size (self->analysis, &analysis_width, &analysis_height);
      if (width != NULL)
        *width = MAX (*width, analysis_width);
      if (height != NULL)
        *height = self->analysis_y + analysis_height;
    }
}
