/* tp-presentation-emphasis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tp-journey-painter.h"
#include "tp-presentation-emphasis.h"
#include "tp-presentation-paint.h"

#define EMPHASIS_GROWTH       0.12   /* emphasised cards grow by this share */
#define EMPHASIS_CHIP_GROWTH  0.30   /* emotion chips are small: they grow more */

void
tp_presentation_emphasis_place (TpJourneyLayout *layout,
                                const TpTheme   *theme,
                                const TpCardBox *box,
                                double           strength,
                                double          *growth,
                                double          *shift,
                                TpRect          *bounds)
{
  gboolean feelings;
  TpRect column;
  double wanted, pad, half_line, cx, cy, g, half_w, half_h, x;

  g_return_if_fail (layout != NULL && theme != NULL && box != NULL);

  feelings = tp_journey_layout_row_is_feelings (layout, box->row);
  wanted = 1.0 + (feelings ? EMPHASIS_CHIP_GROWTH : EMPHASIS_GROWTH) * CLAMP (strength, 0.0, 1.0);
  pad = 3 * theme->line_scale;
  half_line = theme->line_scale;   /* the ring is 2 × line_scale wide on the map */

  /* The card grows, ring and all, only as wide as its column, and moves in
   * from the column's edge when it would reach over a neighbouring phase
   * (an emotion chip sits where its point is, maybe near the edge). */
  tp_journey_layout_get_column_rect (layout, box->column, &column);
  g = MIN (wanted, (column.width / 2 - half_line) / (box->rect.width / 2 + pad));
  g = MAX (g, 1.0);
  half_w = (box->rect.width / 2 + pad) * g + half_line;
  half_h = (box->rect.height / 2 + pad) * g + half_line;
  cx = box->rect.x + box->rect.width / 2;
  cy = box->rect.y + box->rect.height / 2;
  if (2 * half_w >= column.width)
    x = column.x + column.width / 2;
  else
    x = CLAMP (cx, column.x + half_w, column.x + column.width - half_w);

  if (growth != NULL)
    *growth = g;
  if (shift != NULL)
    *shift = x - cx;
  if (bounds != NULL)
    {
      bounds->x = x - half_w;
      bounds->y = cy - half_h;
      bounds->width = 2 * half_w;
      bounds->height = 2 * half_h;
    }
}

void
tp_presentation_emphasise_column (cairo_t         *cr,
                                  TpJourneyLayout *layout,
                                  const TpTheme   *theme,
                                  guint            column,
                                  double           zoom,
                                  double           strength)
{
  TpJourneyPaintOptions options;
  double clip_x0, clip_y0, clip_x1, clip_y1;
  guint n_rows;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);

  if (strength <= 0.01 || column >= tp_journey_layout_get_n_columns (layout))
    return;

  tp_journey_paint_options_init (&options);
  options.theme = theme;
  options.scale = zoom;

  /* Cards outside the clip (the lanes of another page) stay as they are,
   * although their enlarged ring would reach into it. */
  cairo_clip_extents (cr, &clip_x0, &clip_y0, &clip_x1, &clip_y1);

  n_rows = tp_journey_layout_get_n_rows (layout);
  for (guint row = 0; row < n_rows; row++)
    {
      gboolean feelings = tp_journey_layout_row_is_feelings (layout, row);
      const TpCardBox *boxes;
      guint n_cards;

      boxes = tp_journey_layout_get_cell_cards (layout, column, row, &n_cards);
      for (guint i = 0; i < n_cards; i++)
        {
          const TpCardBox *box = &boxes[i];
          TpCardKind kind = tp_card_get_kind (box->card);
          double growth, shift, cx, cy, pad;
          TpRgba accent;

          if (kind != TP_CARD_KIND_EMOTION && kind != TP_CARD_KIND_PAIN_POINT)
            continue;

          tp_presentation_emphasis_place (layout, theme, box, strength, &growth, &shift, NULL);
          cx = box->rect.x + box->rect.width / 2;
          cy = box->rect.y + box->rect.height / 2;
          if (cx < clip_x0 || cx > clip_x1 || cy < clip_y0 || cy > clip_y1)
            continue;

          /* The card again, larger, over where it was drawn. */
          cairo_save (cr);
          cairo_translate (cr, cx + shift, cy);
          cairo_scale (cr, growth, growth);
          cairo_translate (cr, -cx, -cy);
          if (strength < 0.99)
            cairo_push_group (cr);
          tp_journey_painter_paint_card (cr, layout, box, &options);
          if (strength < 0.99)
            {
              cairo_pop_group_to_source (cr);
              cairo_paint_with_alpha (cr, strength);
            }

          /* A heavy ring in the kind's colour (the score's for feelings),
           * so it stands out on a projector without relying on hue alone. */
          if (kind == TP_CARD_KIND_EMOTION)
            tp_theme_emotion_color (theme, tp_card_get_emotion_score (box->card), &accent);
          else
            tp_theme_card_kind_color (theme, kind, &accent);
          pad = 3 * theme->line_scale;
          cairo_new_path (cr);
          tp_cairo_rounded_rect (cr, box->rect.x - pad, box->rect.y - pad,
                        box->rect.width + 2 * pad, box->rect.height + 2 * pad,
                        feelings ? box->rect.height / 2 + pad : 6 + pad);
          accent.alpha *= strength;
          tp_cairo_set_rgba (cr, &accent);
          cairo_set_line_width (cr, 2.0 * theme->line_scale / growth);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }
}

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
