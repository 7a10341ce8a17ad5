/* tp-presentation-emphasis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-journey-painter.h"
#include "tp-presentation-emphasis.h"

#define EMPHASIS_GROWTH       0.12   /* emphasised cards grow by this share */
#define EMPHASIS_CHIP_GROWTH  0.30   /* emotion chips are small: they grow more */

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
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
  guint n_rows;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);

  if (strength <= 0.01 || column >= tp_journey_layout_get_n_columns (layout))
    return;

  tp_journey_paint_options_init (&options);
  options.theme = theme;
  options.scale = zoom;

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
          double growth, cx, cy, pad;
          TpRgba accent;

          if (kind != TP_CARD_KIND_EMOTION && kind != TP_CARD_KIND_PAIN_POINT)
            continue;

          growth = 1.0 + (feelings ? EMPHASIS_CHIP_GROWTH : EMPHASIS_GROWTH) * strength;
          cx = box->rect.x + box->rect.width / 2;
          cy = box->rect.y + box->rect.height / 2;

          /* The card again, larger, over where it was drawn. */
          cairo_save (cr);
          cairo_translate (cr, cx, cy);
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
          rounded_rect (cr, box->rect.x - pad, box->rect.y - pad,
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
