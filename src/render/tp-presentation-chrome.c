/* tp-presentation-chrome.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The caption band, the progress indicator and the persona card of
 * presentation mode. Sizes come from TpPresentationGeometry, shares of the
 * screen height, so they read from the back of the room on any projector.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "tp-presentation-chrome.h"

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
  tp_draw_show_layout (cr, layout);
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

/* --- Progress text ---------------------------------------------------- */

char *
tp_presentation_progress_text (TpViewStepKind kind,
                               guint phase,
                               guint n_phases,
                               guint page,
                               guint n_pages)
{
  if (phase == 0)
    return g_strdup (_("Overview"));
  if (kind == TP_VIEW_STEP_STOP && n_pages > 1)
    /* Translators: progress in presentation mode over the store flow's walk when a stop is
     * shown in several pages: stop, stops, page, pages. Use %1$u … %4$u to change their order. */
    return g_strdup_printf (_("Stop %u of %u · Page %u of %u"), phase, n_phases, page, n_pages);
  if (kind == TP_VIEW_STEP_STOP)
    /* Translators: progress in presentation mode over the store flow's walk, e.g. "Stop 2 of 9" */
    return g_strdup_printf (_("Stop %u of %u"), phase, n_phases);
  if (n_pages > 1)
    /* Translators: progress in presentation mode when a phase is shown in
     * several pages, e.g. "Phase 2 of 5 · Page 2 of 3": phase, phases,
     * page, pages. Use %1$u … %4$u to change their order. */
    return g_strdup_printf (_("Phase %u of %u · Page %u of %u"), phase, n_phases, page, n_pages);
  /* Translators: progress in presentation mode, e.g. "Phase 2 of 5" */
  return g_strdup_printf (_("Phase %u of %u"), phase, n_phases);
}

/* --- Caption, progress and persona ------------------------------------ */

void
tp_presentation_paint_caption_band (cairo_t                      *cr,
                                    const TpTheme                *theme,
                                    double                        width,
                                    double                        height,
                                    const TpPresentationGeometry *g)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (theme != NULL);
  g_return_if_fail (g != NULL);

  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, 0, g->caption_y, width, height - g->caption_y);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_rectangle (cr, g->margin, g->caption_y, width - 2 * g->margin,
                   MAX (1.0, theme->line_scale));
  cairo_fill (cr);
}

void
tp_presentation_paint_caption (cairo_t                      *cr,
                               const TpPresentationFrame    *frame,
                               const char                   *title,
                               const char                   *detail,
                               double                        alpha,
                               double                        width,
                               const TpPresentationGeometry *g)
{
  TpRgba text, secondary, accent;
  double x, y, text_w, h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);
  g_return_if_fail (g != NULL);

  if (alpha <= 0.01)
    return;

  x = g->margin;
  y = g->caption_y + g->margin * 0.6;
  text_w = width * 0.72 - g->margin;
  chrome_colors (frame->dark, &text, &secondary, &accent);

  set_rgba_alpha (cr, &text, alpha);
  h = draw_text (cr, frame, title, g->title_px, PANGO_WEIGHT_BOLD, x, y, text_w, 1);
  set_rgba_alpha (cr, &secondary, alpha);
  draw_text (cr, frame, detail, g->detail_px, PANGO_WEIGHT_NORMAL, x, y + h + g->margin * 0.2,
             text_w, 2);
}

void
tp_presentation_paint_progress (cairo_t                      *cr,
                                const TpPresentationFrame    *frame,
                                const TpPresentationProgress *progress,
                                double                        width,
                                double                        height,
                                const TpPresentationGeometry *g)
{
  guint n, from, to, steps;
  g_autoptr(PangoLayout) layout = NULL;
  TpRgba text, secondary, accent;
  double position, done, r, gap, x0, y, bar_h;
  int label_w;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);
  g_return_if_fail (progress != NULL);
  g_return_if_fail (g != NULL);

  n = progress->n_phases + 1;
  from = progress->from_phase;
  to = progress->to_phase;
  chrome_colors (frame->dark, &text, &secondary, &accent);
  position = from + ((double) to - from) * frame->progress;
  steps = progress->n_steps;
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
  layout = text_layout (cr, frame, progress->label, g->small_px, PANGO_WEIGHT_BOLD,
                        width * 0.25, 1);
  pango_layout_get_pixel_size (layout, &label_w, NULL);
  y = g->caption_y + g->margin * 0.6;
  tp_cairo_set_rgba (cr, &text);
  cairo_move_to (cr, width - g->margin - label_w, y);
  tp_draw_show_layout (cr, layout);

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
draw_list (cairo_t                      *cr,
           const TpPresentationFrame    *frame,
           const char                   *heading,
           const char * const           *items,
           const TpRgba                 *text,
           const TpRgba                 *secondary,
           double                        alpha,
           double                        x,
           double                        y,
           double                        width,
           const TpPresentationGeometry *g)
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

void
tp_presentation_paint_persona (cairo_t                      *cr,
                               const TpPresentationFrame    *frame,
                               const TpTheme                *theme,
                               TpPersona                    *persona,
                               double                        alpha,
                               const TpPresentationGeometry *g)
{
  TpRgba text, secondary, accent, stripe;
  const TpRect *card;
  double pad, stripe_w, x, y, w, card_h;
  const char *color;
  cairo_pattern_t *content;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);
  g_return_if_fail (theme != NULL);
  g_return_if_fail (persona == NULL || TP_IS_PERSONA (persona));
  g_return_if_fail (g != NULL);

  card = &g->persona;
  pad = g->margin * 0.8;
  stripe_w = round (g->margin * 0.35);
  if (persona == NULL || alpha <= 0.01 || card->width <= 0)
    return;

  chrome_colors (frame->dark, &text, &secondary, &accent);
  color = tp_persona_get_color (persona);
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
  y += draw_text (cr, frame, tp_persona_get_name (persona), g->title_px * 0.8,
                  PANGO_WEIGHT_BOLD, x, y, w, 2);
  y += g->margin * 0.4;
  y += draw_text (cr, frame, tp_persona_get_description (persona), g->small_px,
                  PANGO_WEIGHT_NORMAL, x, y, w, 5);
  y += g->margin * 0.6;
  y += draw_list (cr, frame, _("Goals"), tp_persona_get_goals (persona),
                  &text, &secondary, 1.0, x, y, w, g);
  y += draw_list (cr, frame, _("Frustrations"), tp_persona_get_frustrations (persona),
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

