/* tp-presentation-emphasis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tp-presentation-emphasis.h"
#include "tp-presentation-paint.h"

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

  /* The picture is laid out at the normal text size and enlarged by the
   * camera, which scales text, boxes and lines together. A layout at the
   * projector style's larger text size would read no better at the same
   * number of pages (its boxes grow with the text) and would draw the lines,
   * which do not grow with the text, thinner on the screen. */
  theme->text_scale = 1.0;
}

/* --- Pinned headers --------------------------------------------------- */

void
tp_presentation_pins_place (TpPresentationPins         *pins,
                            TpView                     *view,
                            const TpPresentationCamera *camera,
                            const TpRect               *map,
                            double                      bottom,
                            double                      width,
                            const TpPresentationStop   *from,
                            const TpPresentationStop   *to,
                            double                      t)
{
  double left_width, top_height;
  double z, band_bottom, from_bottom, to_bottom, edge;

  g_return_if_fail (pins != NULL);
  g_return_if_fail (TP_IS_VIEW (view));
  g_return_if_fail (camera != NULL && map != NULL && from != NULL && to != NULL);

  memset (pins, 0, sizeof *pins);
  pins->lit_column[0] = pins->lit_column[1] = -1;
  t = CLAMP (t, 0.0, 1.0);
  pins->alpha = (from->pinned ? 1.0 - t : 0.0) + (to->pinned ? t : 0.0);
  if (pins->alpha <= 0.0)
    return;

  tp_view_get_pin_bands (view, &left_width, &top_height);
  z = camera->zoom;
  band_bottom = map->y + top_height * z;
  pins->corner = (TpRect) { map->x, map->y, left_width * z, top_height * z };
  pins->phase_strip = (TpRect) { 0, 0, width, band_bottom };
  pins->lane_strip = (TpRect) { 0, band_bottom, map->x + left_width * z,
                                MAX (0.0, bottom - band_bottom) };
  if (from->pinned)
    {
      pins->lit_column[0] = (int) from->phase - 1;
      pins->lit[0] = 1.0 - t;
    }
  if (to->pinned)
    {
      pins->lit_column[1] = (int) to->phase - 1;
      pins->lit[1] = t;
    }

  /* The edge below the page moves with the map, from one page's bottom to
   * the other's. */
  from_bottom = bottom;
  to_bottom = bottom;
  if (from->pinned)
    tp_presentation_camera_to_view (camera, 0, from->area.y + from->area.height, NULL, &from_bottom);
  if (to->pinned)
    tp_presentation_camera_to_view (camera, 0, to->area.y + to->area.height, NULL, &to_bottom);
  edge = CLAMP (from_bottom + (to_bottom - from_bottom) * t, band_bottom, bottom);
  pins->cover = (TpRect) { 0, edge, width, bottom - edge };
}

static void
paint_phase_strip (cairo_t                     *cr,
                   TpView                      *view,
                   const TpTheme               *theme,
                   const TpPresentationCamera  *camera,
                   const TpPresentationPins    *pins,
                   TpViewPaintOptions          *options)
{
  const TpRect *strip = &pins->phase_strip;
  double z = camera->zoom;
  double x0 = (strip->x - camera->view_x) / z + camera->map_x;
  double x1 = (strip->x + strip->width - camera->view_x) / z + camera->map_x;
  guint n_steps = tp_view_get_n_steps (view);
  TpRect clip;

  cairo_save (cr);
  cairo_rectangle (cr, strip->x, strip->y, strip->width, strip->height);
  cairo_clip (cr);
  tp_cairo_set_rgba (cr, &theme->background);
  cairo_paint (cr);

  /* Each header above its step, as the camera has it; at the top. */
  cairo_translate (cr, camera->view_x - camera->map_x * z, pins->corner.y);
  cairo_scale (cr, z, z);
  clip = (TpRect) { x0, 0, x1 - x0, strip->height / z };
  options->clip = &clip;
  tp_view_paint_pin (view, cr, TP_VIEW_PIN_TOP, options);

  for (guint c = 0; c < n_steps; c++)
    {
      double lit = 0;
      TpRect head;

      tp_view_get_step_header (view, c, &head);
      if (!tp_rect_intersects (&head, &clip))
        continue;
      for (guint k = 0; k < 2; k++)
        if (pins->lit_column[k] == (int) c)
          lit += pins->lit[k];
      lit = CLAMP (lit, 0.0, 1.0);

      /* The steps beside the spotlit one veiled as in the picture … */
      if (lit < 1.0)
        {
          cairo_set_source_rgba (cr, theme->spotlight_dim.red, theme->spotlight_dim.green,
                                 theme->spotlight_dim.blue, theme->spotlight_dim.alpha * (1 - lit));
          cairo_rectangle (cr, head.x, head.y, head.width, head.height);
          cairo_fill (cr);
        }
      /* … and the spotlit one framed as the picture below it is. */
      if (lit > 0.0)
        {
          cairo_set_source_rgba (cr, theme->selection.red, theme->selection.green,
                                 theme->selection.blue, theme->selection.alpha * lit);
          cairo_set_line_width (cr, 3 * theme->line_scale);
          cairo_move_to (cr, head.x + 1.5, head.y + head.height);
          cairo_line_to (cr, head.x + 1.5, head.y + 1.5);
          cairo_line_to (cr, head.x + head.width - 1.5, head.y + 1.5);
          cairo_line_to (cr, head.x + head.width - 1.5, head.y + head.height);
          cairo_stroke (cr);
        }
    }
  options->clip = NULL;
  cairo_restore (cr);
}

static void
paint_lane_strip (cairo_t                     *cr,
                  TpView                      *view,
                  const TpTheme               *theme,
                  const TpPresentationCamera  *camera,
                  const TpPresentationPins    *pins,
                  TpViewPaintOptions          *options)
{
  const TpRect *strip = &pins->lane_strip;
  double z = camera->zoom;
  double y0 = (strip->y - camera->view_y) / z + camera->map_y;
  double y1 = (strip->y + strip->height - camera->view_y) / z + camera->map_y;
  TpRect clip;

  cairo_save (cr);
  cairo_rectangle (cr, strip->x, strip->y, strip->width, strip->height);
  cairo_clip (cr);
  tp_cairo_set_rgba (cr, &theme->background);
  cairo_paint (cr);

  /* Each header beside its row, as the camera has it; at the left. */
  cairo_translate (cr, pins->corner.x, camera->view_y - camera->map_y * z);
  cairo_scale (cr, z, z);
  clip = (TpRect) { 0, y0, strip->width / z, y1 - y0 };
  options->clip = &clip;
  tp_view_paint_pin (view, cr, TP_VIEW_PIN_LEFT, options);
  options->clip = NULL;
  cairo_restore (cr);
}

void
tp_presentation_paint_pins (cairo_t                    *cr,
                            TpView                     *view,
                            const TpTheme              *theme,
                            const TpPresentationCamera *camera,
                            const TpPresentationPins   *pins,
                            const cairo_font_options_t *font_options)
{
  TpViewPaintOptions options;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (TP_IS_VIEW (view));
  g_return_if_fail (theme != NULL);
  g_return_if_fail (camera != NULL && camera->zoom > 0);
  g_return_if_fail (pins != NULL);

  if (pins->alpha <= 0.0)
    return;

  tp_view_paint_options_init (&options);
  options.theme = theme;
  options.scale = camera->zoom;
  options.font_options = font_options;

  cairo_save (cr);
  cairo_push_group (cr);

  paint_phase_strip (cr, view, theme, camera, pins, &options);
  paint_lane_strip (cr, view, theme, camera, pins, &options);

  /* What lies below the page is the next page's: not shown cut. */
  if (pins->cover.width > 0 && pins->cover.height > 0)
    {
      tp_cairo_set_rgba (cr, &theme->background);
      cairo_rectangle (cr, pins->cover.x, pins->cover.y, pins->cover.width, pins->cover.height);
      cairo_fill (cr);
    }

  /* The corner over both, with the journey's title, as in the map. */
  cairo_save (cr);
  cairo_rectangle (cr, pins->corner.x, pins->corner.y, pins->corner.width, pins->corner.height);
  cairo_clip (cr);
  cairo_translate (cr, pins->corner.x, pins->corner.y);
  cairo_scale (cr, camera->zoom, camera->zoom);
  tp_view_paint_pin (view, cr, TP_VIEW_PIN_CORNER, &options);
  cairo_restore (cr);

  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, CLAMP (pins->alpha, 0.0, 1.0));
  cairo_restore (cr);
}
