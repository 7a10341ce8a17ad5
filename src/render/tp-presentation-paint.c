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
#include <pango/pangocairo.h>

#include "tp-journey-painter.h"
#include "tp-presentation-emphasis.h"
#include "tp-presentation-paint.h"

/* A phase taller than this (map units) is shown in pages, top to bottom:
 * at 1080 lines a page is drawn at ~1.5× (card text ~19 px), so that it
 * reads in a meeting room. In screen heights, so any projector agrees. */
#define PAGE_HEIGHT      560.0
#define PAGE_SLACK       1.2     /* a little taller still fits on one page */
#define MAX_ZOOM         3.0

typedef struct
{
  guint  phase;        /* 0 = overview, k = the view's step k − 1 */
  TpRect area;         /* what the stop shows, map units */
} Stop;

struct _TpPresentationPainter
{
  TpViewKind       kind;
  TpJourney       *journey;
  TpViewRender    *render;
  /* The journey map's own layout, to find the cards to emphasise; NULL when
   * it does not match what the view render draws. */
  TpJourneyLayout *layout;
  TpPersona       *persona;
  TpTheme          themes[2];
  GArray          *stops;      /* of Stop: the overview, then each phase's pages */
};

typedef struct
{
  double margin;
  double caption_y;
  double title_px;
  double detail_px;
  double small_px;
  TpRect map;          /* where a spotlighted step is shown */
  TpRect overview;     /* where the overview is shown (beside the persona) */
  TpRect persona;      /* the persona card */
} Geometry;

void
tp_presentation_theme_init (TpTheme  *theme,
                            gboolean  dark)
{
  g_return_if_fail (theme != NULL);

  if (!dark)
    {
      *theme = *tp_theme_get (TP_THEME_PRESENTATION);
    }
  else
    {
      /* The dark style's kind colours, with the contrast and the line
       * weights of the projector style: black, not grey, so that a dark
       * room stays dark. */
      *theme = *tp_theme_get (TP_THEME_DARK);
      theme->line_scale = tp_theme_get (TP_THEME_PRESENTATION)->line_scale;
      tp_rgba_parse (&theme->background, "#000000");
      tp_rgba_parse (&theme->grid_line, "#77767b");
      tp_rgba_parse (&theme->cell, "#000000");
      tp_rgba_parse (&theme->cell_alt, "#141414");
      tp_rgba_parse (&theme->header_text, "#ffffff");
      tp_rgba_parse (&theme->lane_header, "#241f31");
      tp_rgba_parse (&theme->lane_text, "#ffffff");
      tp_rgba_parse (&theme->card, "#1c1c1c");
      tp_rgba_parse (&theme->card_border, "#c0bfbc");
      tp_rgba_parse (&theme->card_text, "#ffffff");
      tp_rgba_parse (&theme->card_detail, "#deddda");
      tp_rgba_parse (&theme->selection, "#99c1f1");
      tp_rgba_parse (&theme->emotion_line, "#ffffff");
      tp_rgba_parse (&theme->emotion_baseline, "#9a9996");
      tp_rgba_parse (&theme->moment_outline, "#000000");
      tp_rgba_parse (&theme->spotlight_dim, "#000000");
      theme->card_shadow.alpha = 0;
      theme->spotlight_dim.alpha = 0.8;
    }

  /* The view render lays the picture out at the normal text size; bigger
   * type would not fit its boxes. The picture is enlarged by the camera
   * instead, which scales text and boxes together. */
  theme->text_scale = 1.0;
}

double
tp_presentation_caption_font_size (double height)
{
  return MAX (16.0, round (height * 0.045));
}

static void
build_stops (TpPresentationPainter *self)
{
  TpRect picture = { 0, 0, 0, 0 };
  guint n = tp_view_render_get_n_steps (self->render);
  Stop overview = { 0, { 0, 0, 0, 0 } };

  tp_view_render_get_size (self->render, &picture.width, &picture.height);
  self->stops = g_array_new (FALSE, FALSE, sizeof (Stop));
  overview.area = picture;
  g_array_append_val (self->stops, overview);

  for (guint step = 0; step < n; step++)
    {
      TpRect step_rect, area;
      guint pages = 1;

      tp_view_render_get_step_rect (self->render, step, &step_rect);
      tp_presentation_step_area (&picture, &step_rect, &area);
      if (step_rect.height > PAGE_HEIGHT * PAGE_SLACK)
        pages = (guint) ceil (step_rect.height / PAGE_HEIGHT);

      for (guint page = 0; page < pages; page++)
        {
          Stop stop = { step + 1, area };

          /* Pages overlap evenly, so the last one ends at the bottom. */
          if (pages > 1)
            {
              stop.area.height = PAGE_HEIGHT;
              stop.area.y = step_rect.y + page * (step_rect.height - PAGE_HEIGHT) / (pages - 1);
            }
          g_array_append_val (self->stops, stop);
        }
    }
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

  return tp_view_render_get_n_steps (self->render);
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
tp_presentation_painter_new (TpViewKind  kind,
                             TpJourney  *journey)
{
  TpPresentationPainter *self;
  TpProject *project;
  const char *persona_id;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  self = g_new0 (TpPresentationPainter, 1);
  self->kind = kind;
  self->journey = g_object_ref (journey);
  self->render = tp_view_render_new (kind, journey);
  tp_presentation_theme_init (&self->themes[0], FALSE);
  tp_presentation_theme_init (&self->themes[1], TRUE);

  if (kind == TP_VIEW_KIND_JOURNEY_MAP)
    {
      TpJourneyLayoutOptions options;
      double width, height;

      tp_journey_layout_options_init (&options, NULL);
      self->layout = tp_journey_layout_new (journey, &options);
      tp_view_render_get_size (self->render, &width, &height);
      if (fabs (width - tp_journey_layout_get_width (self->layout)) > 0.5
          || fabs (height - tp_journey_layout_get_height (self->layout)) > 0.5)
        g_clear_pointer (&self->layout, tp_journey_layout_free);
    }

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
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  g_clear_pointer (&self->render, tp_view_render_free);
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
  tp_view_render_get_size (self->render, &picture.width, &picture.height);

  if (stop_phase (self, step) == 0)
    tp_presentation_camera_fit (&picture, &g.overview, camera);
  else
    {
      tp_presentation_camera_fit (&g_array_index (self->stops, Stop, step).area, &g.map, camera);
      camera->zoom = MIN (camera->zoom, MAX_ZOOM);
    }
}

void
tp_presentation_painter_get_caption (TpPresentationPainter  *self,
                                     guint                   step,
                                     char                  **title,
                                     char                  **detail)
{
  guint n, phase;

  g_return_if_fail (self != NULL);

  n = tp_view_render_get_n_steps (self->render);
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
  else
    {
      const char *step_title, *goal;

      tp_view_render_get_step_text (self->render, phase - 1, &step_title, &goal);
      if (title != NULL)
        *title = g_strdup (step_title != NULL && *step_title ? step_title : _("Untitled phase"));
      if (detail != NULL)
        *detail = g_strdup (goal != NULL ? goal : "");
    }
}

/* --- Text ------------------------------------------------------------- */

static PangoLayout *
text_layout (cairo_t                    *cr,
             const TpPresentationFrame  *frame,
             const char                 *text,
             double                      px,
             PangoWeight                 weight,
             double                      width,
             int                         max_lines)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  if (frame->font_options != NULL)
    {
      pango_cairo_context_set_font_options (pango_layout_get_context (layout), frame->font_options);
      pango_layout_context_changed (layout);
    }
  pango_font_description_set_family (desc, "Sans");
  pango_font_description_set_absolute_size (desc, px * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (layout, (int) (MAX (1.0, width) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -MAX (1, max_lines));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

/* Draws @text at (@x, @y) and returns its height. */
static double
draw_text (cairo_t                   *cr,
           const TpPresentationFrame *frame,
           const char                *text,
           double                     px,
           PangoWeight                weight,
           double                     x,
           double                     y,
           double                     width,
           int                        max_lines)
{
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  if (text == NULL || *text == '\0')
    return 0;

  layout = text_layout (cr, frame, text, px, weight, width, max_lines);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static void
set_rgba_alpha (cairo_t      *cr,
                const TpRgba *color,
                double        alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
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

  if (self->layout == NULL || phase == 0)
    return;

  tp_presentation_emphasise_column (cr, self->layout, theme, phase - 1, zoom, strength);
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
  options.spotlight_step = (int) stop_phase (self, step) - 1;
  tp_view_render_paint (self->render, cr, &options);
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
chrome_colors (gboolean  dark,
               TpRgba   *text,
               TpRgba   *secondary,
               TpRgba   *accent)
{
  tp_rgba_parse (text, dark ? "#ffffff" : "#000000");
  tp_rgba_parse (secondary, dark ? "#deddda" : "#3d3846");
  tp_rgba_parse (accent, dark ? "#99c1f1" : "#1a5fb4");
}

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
  TpRgba text, secondary, accent;
  double x = g->margin;
  double y = g->caption_y + g->margin * 0.6;
  double text_w = width * 0.72 - g->margin;
  double h;

  if (alpha <= 0.01)
    return;

  chrome_colors (frame->dark, &text, &secondary, &accent);
  tp_presentation_painter_get_caption (self, step, &title, &detail);

  set_rgba_alpha (cr, &text, alpha);
  h = draw_text (cr, frame, title, g->title_px, PANGO_WEIGHT_BOLD, x, y, text_w, 1);
  set_rgba_alpha (cr, &secondary, alpha);
  draw_text (cr, frame, detail, g->detail_px, PANGO_WEIGHT_NORMAL, x, y + h + g->margin * 0.2,
             text_w, 2);
}

static void
paint_progress (TpPresentationPainter     *self,
                cairo_t                   *cr,
                const TpPresentationFrame *frame,
                double                     width,
                double                     height,
                const Geometry            *g)
{
  guint n = tp_view_render_get_n_steps (self->render) + 1;
  guint from = stop_phase (self, frame->from_step);
  guint to = stop_phase (self, frame->to_step);
  guint shown = frame->progress >= 0.5 ? to : from;
  g_autofree char *label = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  TpRgba text, secondary, accent;
  double position, done, r, gap, x0, y, bar_h;
  guint steps;
  int label_w;

  chrome_colors (frame->dark, &text, &secondary, &accent);
  position = from + ((double) to - from) * frame->progress;
  steps = tp_presentation_painter_get_n_steps (self);
  done = frame->from_step + ((double) frame->to_step - frame->from_step) * frame->progress;

  /* The share of the walk done (pages included), along the bottom edge. */
  bar_h = MAX (4.0, round (height * 0.008));
  set_rgba_alpha (cr, &secondary, 0.25);
  cairo_rectangle (cr, 0, height - bar_h, width, bar_h);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &accent);
  cairo_rectangle (cr, 0, height - bar_h, steps > 1 ? width * done / (steps - 1) : width, bar_h);
  cairo_fill (cr);

  /* "Phase 2 of 5" over one dot per phase, the overview's first. */
  if (shown == 0)
    label = g_strdup (_("Overview"));
  else
    /* Translators: progress in presentation mode, e.g. "Phase 2 of 5" */
    label = g_strdup_printf (_("Phase %u of %u"), shown, n - 1);

  layout = text_layout (cr, frame, label, g->small_px, PANGO_WEIGHT_BOLD, width * 0.25, 1);
  pango_layout_get_pixel_size (layout, &label_w, NULL);
  y = g->caption_y + g->margin * 0.6;
  tp_cairo_set_rgba (cr, &text);
  cairo_move_to (cr, width - g->margin - label_w, y);
  pango_cairo_show_layout (cr, layout);

  r = round (g->small_px * 0.28);
  gap = r * 3.2;
  if (n * gap > width * 0.25)
    gap = width * 0.25 / n;
  r = MIN (r, gap * 0.35);
  x0 = width - g->margin - r - (n - 1) * gap;
  y += g->small_px * 1.9;
  cairo_set_line_width (cr, MAX (1.5, r * 0.35));
  for (guint i = 0; i < n; i++)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x0 + i * gap, y, r, 0, 2 * G_PI);
      tp_cairo_set_rgba (cr, &secondary);
      cairo_stroke (cr);
    }
  /* The current dot slides from one step to the next. */
  cairo_new_path (cr);
  cairo_arc (cr, x0 + position * gap, y, r * 1.25, 0, 2 * G_PI);
  tp_cairo_set_rgba (cr, &accent);
  cairo_fill (cr);
}

static double
draw_list (cairo_t                   *cr,
           const TpPresentationFrame *frame,
           const char                *heading,
           const char * const        *items,
           const TpRgba              *text,
           const TpRgba              *secondary,
           double                     alpha,
           double                     x,
           double                     y,
           double                     width,
           const Geometry            *g)
{
  double start = y;

  if (items == NULL || items[0] == NULL)
    return 0;

  set_rgba_alpha (cr, secondary, alpha);
  y += draw_text (cr, frame, heading, g->small_px, PANGO_WEIGHT_BOLD, x, y, width, 1);
  set_rgba_alpha (cr, text, alpha);
  for (guint i = 0; items[i] != NULL && i < 4; i++)
    {
      g_autofree char *line = g_strdup_printf ("•  %s", items[i]);

      y += draw_text (cr, frame, line, g->small_px, PANGO_WEIGHT_NORMAL, x, y, width, 2);
    }

  return y - start + g->margin * 0.5;
}

static void
paint_persona (TpPresentationPainter     *self,
               cairo_t                   *cr,
               const TpPresentationFrame *frame,
               const TpTheme             *theme,
               double                     alpha,
               const Geometry            *g)
{
  TpRgba text, secondary, accent, stripe;
  const TpRect *card = &g->persona;
  double pad = g->margin * 0.8;
  double stripe_w = round (g->margin * 0.35);
  double x, y, w, card_h;
  const char *color;
  cairo_pattern_t *content;

  if (self->persona == NULL || alpha <= 0.01 || card->width <= 0)
    return;

  chrome_colors (frame->dark, &text, &secondary, &accent);
  color = tp_persona_get_color (self->persona);
  if (color == NULL || !tp_rgba_parse (&stripe, color))
    stripe = accent;

  cairo_save (cr);
  /* Slides in from the right as the overview comes back. */
  cairo_translate (cr, (1.0 - alpha) * card->width * 0.3, 0);
  cairo_rectangle (cr, card->x, card->y, card->width, card->height);
  cairo_clip (cr);

  /* The text first, to know how tall the card is. */
  x = card->x + stripe_w + pad;
  w = card->width - stripe_w - 2 * pad;
  y = card->y + pad;
  cairo_push_group (cr);
  tp_cairo_set_rgba (cr, &secondary);
  y += draw_text (cr, frame, _("Persona"), g->small_px, PANGO_WEIGHT_BOLD, x, y, w, 1);
  tp_cairo_set_rgba (cr, &text);
  y += draw_text (cr, frame, tp_persona_get_name (self->persona), g->title_px * 0.8,
                  PANGO_WEIGHT_BOLD, x, y, w, 2);
  y += g->margin * 0.4;
  y += draw_text (cr, frame, tp_persona_get_description (self->persona), g->small_px,
                  PANGO_WEIGHT_NORMAL, x, y, w, 5);
  y += g->margin * 0.6;
  y += draw_list (cr, frame, _("Goals"), tp_persona_get_goals (self->persona),
                  &text, &secondary, 1.0, x, y, w, g);
  y += draw_list (cr, frame, _("Frustrations"), tp_persona_get_frustrations (self->persona),
                  &text, &secondary, 1.0, x, y, w, g);
  content = cairo_pop_group (cr);
  card_h = MIN (card->height, y - card->y + pad * 0.5);

  set_rgba_alpha (cr, &theme->card, alpha);
  cairo_rectangle (cr, card->x, card->y, card->width, card_h);
  cairo_fill_preserve (cr);
  set_rgba_alpha (cr, &theme->card_border, alpha);
  cairo_set_line_width (cr, 2 * theme->line_scale);
  cairo_stroke (cr);
  set_rgba_alpha (cr, &stripe, alpha);
  cairo_rectangle (cr, card->x, card->y, stripe_w, card_h);
  cairo_fill (cr);

  cairo_set_source (cr, content);
  cairo_paint_with_alpha (cr, alpha);
  cairo_pattern_destroy (content);
  cairo_restore (cr);
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
  paint_persona (self, cr, &f, theme, overview, &g);

  /* The caption band under the picture. */
  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, 0, g.caption_y, width, height - g.caption_y);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_rectangle (cr, g.margin, g.caption_y, width - 2 * g.margin, MAX (1.0, theme->line_scale));
  cairo_fill (cr);

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

  tp_view_render_get_size (self->render, width, height);
}
