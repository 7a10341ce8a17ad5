/* tp-journey-map-emphasis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-journey-map-emphasis.h"
#include "tp-journey-painter.h"

#define EMPHASIS_GROWTH       0.12   /* emphasised cards grow by this share */
#define EMPHASIS_CHIP_GROWTH  0.30   /* emotion chips are small: they grow more */

void
tp_journey_map_emphasis_place (TpJourneyLayout *layout,
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
tp_journey_map_emphasise_column (cairo_t         *cr,
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

          tp_journey_map_emphasis_place (layout, theme, box, strength, &growth, &shift, NULL);
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
