/* tp-journey-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The frame of the map: background, grid, phase and lane headers, the corner
 * and the presentation spotlight. Cards and the emotion line are painted in
 * tp-journey-painter-cards.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-analysis-painter.h"
#include "tp-glyphs.h"
#include "tp-journey-painter-private.h"

void
tp_journey_paint_options_init (TpJourneyPaintOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->theme = tp_theme_get (TP_THEME_LIGHT);
  options->scale = 1.0;
  options->spotlight_column = -1;
}

const TpTheme *
_tp_painter_theme (const TpJourneyPaintOptions *options)
{
  return options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
}

gboolean
_tp_painter_draws_text (const TpJourneyPaintOptions *options)
{
  return options->scale >= TP_PAINTER_TEXT_MIN_SCALE;
}

gboolean
_tp_painter_draws_card_text (const TpJourneyPaintOptions *options)
{
  double smallest = TP_PAINTER_CARD_TEXT_MIN_SIZE * _tp_painter_theme (options)->text_scale;

  return _tp_painter_draws_text (options)
         && (options->min_card_text_px <= 0
             || options->scale * smallest >= options->min_card_text_px);
}

gboolean
_tp_painter_is_selected (const TpJourneyPaintOptions *options,
                         gpointer                     element)
{
  return options->selection != NULL && g_hash_table_contains (options->selection, element);
}

gboolean
_tp_painter_clip_hits (const TpJourneyPaintOptions *options,
                       const TpRect                *rect)
{
  return options->clip == NULL || tp_rect_intersects (options->clip, rect);
}

PangoLayout *
_tp_painter_text_layout (cairo_t                     *cr,
                         const TpJourneyPaintOptions *options,
                         const char                  *text,
                         const TpTextStyle           *style)
{
  const TpTheme *theme = _tp_painter_theme (options);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  if (options->font_options != NULL)
    {
      pango_cairo_context_set_font_options (pango_layout_get_context (layout),
                                            options->font_options);
      pango_layout_context_changed (layout);
    }

  pango_font_description_set_family (desc, options->font_family != NULL ? options->font_family
                                                                        : theme->font_family);
  pango_font_description_set_absolute_size (desc, style->size * theme->text_scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, style->weight);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_alignment (layout, style->alignment);
  if (style->width > 0)
    {
      pango_layout_set_width (layout, (int) (style->width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (style->max_lines > 1)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -style->max_lines);
        }
      else
        pango_layout_set_height (layout, -1);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
_tp_painter_draw_text (cairo_t                     *cr,
                       const TpJourneyPaintOptions *options,
                       const char                  *text,
                       const TpTextStyle           *style,
                       double                       x,
                       double                       y)
{
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  if (text == NULL || *text == '\0')
    return 0;

  layout = _tp_painter_cached_layout (cr, options, text, style);
  cairo_move_to (cr, x, y);
  tp_draw_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static guint64
style_bits (double v)
{
  guint64 bits;

  /* 0 and -0 alike. */
  v = v == 0 ? 0 : v;
  memcpy (&bits, &v, sizeof bits);
  return bits;
}

PangoLayout *
_tp_painter_cached_layout (cairo_t                     *cr,
                           const TpJourneyPaintOptions *options,
                           const char                  *text,
                           const TpTextStyle           *style)
{
  /* The style's numbers as hex digits of their bits, then the text: a string key made
   * without printf (a "%g" key cost more than a cached text saved). */
  const guint64 numbers[5] = {
    style_bits (style->size), (guint64) (gint64) style->weight, style_bits (style->width),
    (guint64) (gint64) style->max_lines, (guint64) style->alignment,
  };
  static const char hex[] = "0123456789abcdef";
  gsize text_length = text != NULL ? strlen (text) : 0;
  gsize length = G_N_ELEMENTS (numbers) * 17 + text_length + 1;
  char stack[256];
  char *key, *p;
  PangoLayout *layout;

  if (options->text_cache == NULL)
    return _tp_painter_text_layout (cr, options, text, style);
  /* Within one paint the scale and font options stay, and only the
   * translation moves, which shaping does not see. */
  key = p = length <= sizeof stack ? stack : g_malloc (length);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      for (int shift = 60; shift >= 0; shift -= 4)
        *p++ = hex[(numbers[i] >> shift) & 15];
      *p++ = '|';
    }
  memcpy (p, text != NULL ? text : "", text_length + 1);

  layout = g_hash_table_lookup (options->text_cache, key);
  if (layout == NULL)
    {
      layout = _tp_painter_text_layout (cr, options, text, style);
      g_hash_table_insert (options->text_cache, key == stack ? g_strdup (key) : key, layout);
    }
  else if (key != stack)
    g_free (key);
  return g_object_ref (layout);
}

void
tp_journey_painter_paint_grid (cairo_t                     *cr,
                               TpJourneyLayout             *layout,
                               const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  guint n_columns = tp_journey_layout_get_n_columns (layout);
  guint n_rows = tp_journey_layout_get_n_rows (layout);
  double line = 1.0 * theme->line_scale;
  guint c0 = 0, c1 = 0, r0 = 0, r1 = 0;
  TpRect area;

  if (n_columns == 0 || n_rows == 0)
    return;

  if (options->clip != NULL)
    {
      if (!tp_journey_layout_visible_columns (layout, options->clip->x,
                                              options->clip->x + options->clip->width, &c0, &c1)
          || !tp_journey_layout_visible_rows (layout, options->clip->y,
                                              options->clip->y + options->clip->height, &r0, &r1))
        return;
    }
  else
    {
      c1 = n_columns - 1;
      r1 = n_rows - 1;
    }

  cairo_save (cr);

  for (guint r = r0; r <= r1; r++)
    {
      TpRect row;

      tp_journey_layout_get_row_rect (layout, r, &row);
      tp_cairo_set_rgba (cr, r % 2 == 0 ? &theme->cell : &theme->cell_alt);
      cairo_rectangle (cr, row.x, row.y, row.width, row.height);
      cairo_fill (cr);
    }

  tp_journey_layout_get_column_rect (layout, 0, &area);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  for (guint c = c0; c <= c1; c++)
    {
      TpRect col;

      tp_journey_layout_get_column_rect (layout, c, &col);
      cairo_rectangle (cr, col.x + col.width - line, col.y, line, col.height);
    }
  for (guint r = r0; r <= r1; r++)
    {
      TpRect row;

      tp_journey_layout_get_row_rect (layout, r, &row);
      cairo_rectangle (cr, row.x, row.y + row.height - line, row.width, line);
    }
  cairo_fill (cr);

  cairo_restore (cr);
}

void
tp_journey_painter_paint_corner (cairo_t                     *cr,
                                 TpJourneyLayout             *layout,
                                 const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (layout);
  TpJourney *journey = tp_journey_layout_get_journey (layout);
  TpRect rect = { 0, 0, o->lane_header_width, o->phase_header_height };
  TpTextStyle title = { 14, PANGO_WEIGHT_BOLD, rect.width - 24, 2, PANGO_ALIGN_LEFT };
  TpTextStyle state = { 11, PANGO_WEIGHT_NORMAL, rect.width - 24, 1, PANGO_ALIGN_LEFT };
  double y;

  if (!_tp_painter_clip_hits (options, &rect))
    return;

  tp_cairo_set_rgba (cr, &theme->lane_header);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_rectangle (cr, rect.width - theme->line_scale, 0, theme->line_scale, rect.height);
  cairo_rectangle (cr, 0, rect.height - theme->line_scale, rect.width, theme->line_scale);
  cairo_fill (cr);

  if (!_tp_painter_draws_text (options))
    return;

  tp_cairo_set_rgba (cr, &theme->lane_text);
  y = 10;
  y += _tp_painter_draw_text (cr, options, tp_journey_get_title (journey), &title, 12, y);
  tp_cairo_set_rgba (cr, &theme->card_detail);
  _tp_painter_draw_text (cr, options,
                         tp_journey_get_state (journey) == TP_JOURNEY_STATE_FUTURE
                           ? _("Future state") : _("Current state"),
                         &state, 12, y + 2);
}

/* The phase's figures in the band under its title, when the layout shows the roll-up. */
static void
paint_rollup (cairo_t                     *cr,
              TpJourneyLayout             *layout,
              guint                        column,
              const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  TpChartStyle style = { theme, options->font_family, options->font_options };
  TpRect band;

  if (!tp_journey_layout_get_rollup_rect (layout, column, &band))
    return;

  tp_cairo_set_rgba (cr, column % 2 == 0 ? &theme->cell : &theme->cell_alt);
  cairo_rectangle (cr, band.x, band.y, band.width, band.height);
  cairo_fill (cr);
  if (_tp_painter_draws_text (options))
    tp_rollup_cell_paint (cr, tp_journey_layout_get_rollup (layout), column, &band, FALSE,
                          &style);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_rectangle (cr, band.x, band.y, band.width, theme->line_scale);
  cairo_rectangle (cr, band.x + band.width - theme->line_scale, band.y, theme->line_scale,
                   band.height);
  cairo_rectangle (cr, band.x, band.y + band.height - theme->line_scale, band.width,
                   theme->line_scale);
  cairo_fill (cr);
}

void
tp_journey_painter_paint_phase_header (cairo_t                     *cr,
                                       TpJourneyLayout             *layout,
                                       guint                        column,
                                       const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  TpPhase *phase = tp_journey_layout_get_phase (layout, column);
  TpRgba fill, stripe, text;
  TpRect rect;
  double line = theme->line_scale;
  double stripe_h = 5 * theme->text_scale;
  TpTextStyle title = { 15, PANGO_WEIGHT_BOLD, 0, 1, PANGO_ALIGN_LEFT };
  TpTextStyle goal = { 11.5, PANGO_WEIGHT_NORMAL, 0, 1, PANGO_ALIGN_LEFT };
  g_autofree char *number = NULL;
  double badge_r, pad, y;

  tp_journey_layout_get_phase_header (layout, column, &rect);
  if (!_tp_painter_clip_hits (options, &rect))
    return;

  tp_theme_phase_colors (theme, tp_phase_get_color (phase), column, &fill, &stripe, &text);

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &fill);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &stripe);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, stripe_h);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_rectangle (cr, rect.x + rect.width - line, rect.y, line, rect.height);
  cairo_rectangle (cr, rect.x, rect.y + rect.height - line, rect.width, line);
  cairo_fill (cr);

  pad = 12 * theme->text_scale;
  badge_r = 11 * theme->text_scale;

  /* The step number in a disc: the order reads without the colours. */
  tp_cairo_set_rgba (cr, &stripe);
  cairo_arc (cr, rect.x + pad + badge_r, rect.y + stripe_h + pad + badge_r - 2, badge_r, 0, 2 * G_PI);
  cairo_fill (cr);

  if (_tp_painter_draws_text (options))
    {
      TpTextStyle num = { 11.5, PANGO_WEIGHT_BOLD, 2 * badge_r, 1, PANGO_ALIGN_CENTER };
      g_autoptr(PangoLayout) pl = NULL;
      int h;
      double tx = rect.x + pad + 2 * badge_r + 8 * theme->text_scale;

      number = g_strdup_printf ("%u", column + 1);
      pl = _tp_painter_text_layout (cr, options, number, &num);
      pango_layout_get_pixel_size (pl, NULL, &h);
      cairo_set_source_rgb (cr, 1, 1, 1);
      if (tp_rgba_luminance (&stripe) > 0.5)
        cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, rect.x + pad, rect.y + stripe_h + pad + badge_r - 2 - h / 2.0);
      tp_draw_show_layout (cr, pl);

      title.width = rect.x + rect.width - pad - tx;
      goal.width = title.width;
      tp_cairo_set_rgba (cr, &text);
      y = rect.y + stripe_h + pad - 3 * theme->text_scale;
      y += _tp_painter_draw_text (cr, options, tp_phase_get_title (phase), &title, tx, y);
      cairo_set_source_rgba (cr, text.red, text.green, text.blue, 0.75);
      _tp_painter_draw_text (cr, options, tp_phase_get_description (phase), &goal, tx, y + 1);
    }

  paint_rollup (cr, layout, column, options);
  cairo_restore (cr);
}

static const char *
lane_title (TpLane *lane)
{
  const char *title = tp_lane_get_title (lane);

  if (title != NULL && *title != '\0')
    return title;
  return tp_enum_get_label (TP_TYPE_LANE_KIND, tp_lane_get_kind (lane));
}

void
tp_journey_painter_paint_emotion_scale (cairo_t                     *cr,
                                        TpJourneyLayout             *layout,
                                        guint                        row,
                                        const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  TpTextStyle label = { 10.5, PANGO_WEIGHT_NORMAL, 0, 1, PANGO_ALIGN_RIGHT };
  TpRect header;
  double top, bottom;

  if (!tp_journey_layout_get_emotion_band (layout, row, &top, &bottom))
    return;
  tp_journey_layout_get_lane_header (layout, row, &header);

  cairo_save (cr);
  for (int score = 3; score >= -3; score--)
    {
      double y = top + (3 - score) * (bottom - top) / 6.0;
      double right = header.x + header.width - 6;
      g_autofree char *text = NULL;

      tp_cairo_set_rgba (cr, &theme->emotion_baseline);
      cairo_rectangle (cr, right - (score == 0 ? 8 : 4), y - 0.5 * theme->line_scale,
                       score == 0 ? 8 : 4, theme->line_scale);
      cairo_fill (cr);

      if (!_tp_painter_draws_text (options))
        continue;

      /* U+2212 MINUS SIGN reads better than a hyphen. */
      text = score > 0 ? g_strdup_printf ("+%d", score)
                       : score < 0 ? g_strdup_printf ("\xe2\x88\x92%d", -score)
                                   : g_strdup ("0");
      {
        g_autoptr(PangoLayout) pl = _tp_painter_text_layout (cr, options, text, &label);
        int w, h;

        pango_layout_get_pixel_size (pl, &w, &h);
        tp_cairo_set_rgba (cr, score == 0 ? &theme->lane_text : &theme->card_detail);
        cairo_move_to (cr, right - 11 - w, y - h / 2.0);
        tp_draw_show_layout (cr, pl);
      }
    }
  cairo_restore (cr);
}

void
tp_journey_painter_paint_lane_header (cairo_t                     *cr,
                                      TpJourneyLayout             *layout,
                                      guint                        row,
                                      const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  TpLane *lane = tp_journey_layout_get_lane (layout, row);
  gboolean feelings = tp_journey_layout_row_is_feelings (layout, row);
  double s = theme->text_scale;
  TpTextStyle title = { 13, PANGO_WEIGHT_BOLD, 0, 3, PANGO_ALIGN_LEFT };
  TpRgba accent;
  TpRect rect;
  double line = theme->line_scale;

  tp_journey_layout_get_lane_header (layout, row, &rect);
  if (!_tp_painter_clip_hits (options, &rect))
    return;

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &theme->lane_header);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_rectangle (cr, rect.x + rect.width - line, rect.y, line, rect.height);
  cairo_rectangle (cr, rect.x, rect.y + rect.height - line, rect.width, line);
  cairo_fill (cr);

  tp_theme_card_kind_color (theme, tp_lane_kind_default_card_kind (tp_lane_get_kind (lane)), &accent);
  tp_cairo_set_rgba (cr, &accent);
  cairo_rectangle (cr, rect.x, rect.y, 4 * s, rect.height - line);
  cairo_fill (cr);
  tp_glyph_lane_kind (cr, tp_lane_get_kind (lane), rect.x + 14 * s, rect.y + 13 * s, 18 * s);

  if (_tp_painter_draws_text (options))
    {
      title.width = rect.width - 44 * s - (feelings ? 40 * s : 10 * s);
      tp_cairo_set_rgba (cr, &theme->lane_text);
      _tp_painter_draw_text (cr, options, lane_title (lane), &title, rect.x + 40 * s, rect.y + 12 * s);
    }

  if (feelings)
    tp_journey_painter_paint_emotion_scale (cr, layout, row, options);

  cairo_restore (cr);
}

void
tp_journey_painter_paint_spotlight (cairo_t                     *cr,
                                    TpJourneyLayout             *layout,
                                    const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  guint n = tp_journey_layout_get_n_columns (layout);
  TpRect col, head;

  if (options->spotlight_column < 0 || (guint) options->spotlight_column >= n)
    return;

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &theme->spotlight_dim);
  for (guint c = 0; c < n; c++)
    {
      if ((int) c == options->spotlight_column)
        continue;
      tp_journey_layout_get_phase_header (layout, c, &head);
      tp_journey_layout_get_column_rect (layout, c, &col);
      cairo_rectangle (cr, head.x, head.y, head.width, col.y + col.height - head.y);
    }
  cairo_fill (cr);

  /* A frame around the spotlit column, so it stands out without colour too. */
  tp_journey_layout_get_phase_header (layout, options->spotlight_column, &head);
  tp_journey_layout_get_column_rect (layout, options->spotlight_column, &col);
  tp_cairo_set_rgba (cr, &theme->selection);
  cairo_set_line_width (cr, 3 * theme->line_scale);
  cairo_rectangle (cr, head.x + 1.5, head.y + 1.5, head.width - 3, col.y + col.height - head.y - 3);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
tp_journey_painter_paint (cairo_t                     *cr,
                          TpJourneyLayout             *layout,
                          const TpJourneyPaintOptions *options)
{
  const TpTheme *theme;
  TpJourneyPaintOptions defaults;
  guint n_columns, n_rows, n_cards;
  TpRect all;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  if (options == NULL)
    {
      tp_journey_paint_options_init (&defaults);
      options = &defaults;
    }
  theme = _tp_painter_theme (options);
  n_columns = tp_journey_layout_get_n_columns (layout);
  n_rows = tp_journey_layout_get_n_rows (layout);
  n_cards = tp_journey_layout_get_n_cards (layout);

  all.x = 0;
  all.y = 0;
  all.width = tp_journey_layout_get_width (layout);
  all.height = tp_journey_layout_get_height (layout);

  cairo_save (cr);
  if (options->clip != NULL)
    {
      cairo_rectangle (cr, options->clip->x, options->clip->y,
                       options->clip->width, options->clip->height);
      cairo_clip (cr);
    }

  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, all.x, all.y, all.width, all.height);
  cairo_fill (cr);

  tp_journey_painter_paint_grid (cr, layout, options);

  for (guint r = 0; r < n_rows; r++)
    {
      TpRect row;
      g_autoptr(TpEmotionLine) line = NULL;

      if (!tp_journey_layout_row_is_feelings (layout, r))
        continue;
      tp_journey_layout_get_row_rect (layout, r, &row);
      if (!_tp_painter_clip_hits (options, &row))
        continue;
      line = tp_emotion_line_new_for_row (layout, r);
      tp_journey_painter_paint_emotion_line (cr, layout, r, line, options);
    }

  for (guint i = 0; i < n_cards; i++)
    {
      const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);

      if (_tp_painter_clip_hits (options, &box->rect))
        tp_journey_painter_paint_card (cr, layout, box, options);
    }

  for (guint c = 0; c < n_columns; c++)
    tp_journey_painter_paint_phase_header (cr, layout, c, options);
  for (guint r = 0; r < n_rows; r++)
    tp_journey_painter_paint_lane_header (cr, layout, r, options);
  tp_journey_painter_paint_corner (cr, layout, options);

  tp_journey_painter_paint_spotlight (cr, layout, options);
  cairo_restore (cr);
}
