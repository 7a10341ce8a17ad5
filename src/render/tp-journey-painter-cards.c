/* tp-journey-painter-cards.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards, emotion chips and the emotion line. Everything a colour says is also
 * said by a shape: the kind by its glyph, evidence by the outline (solid,
 * dashed, dotted) and a mark, a moment that matters by a star, the lowest
 * points by a ring and a downward arrow.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-glyphs.h"
#include "tp-sprite.h"
#include "tp-journey-painter-private.h"

#define CARD_RADIUS 6.0
#define STRIPE_WIDTH 5.0
#define MARKER_RADIUS 5.0
/* How far outside the clip the emotion line is still drawn: more than its widest stroke. */
#define SPAN_MARGIN 24.0

static char *
signed_score (int score)
{
  if (score > 0)
    return g_strdup_printf ("+%d", score);
  if (score < 0)
    return g_strdup_printf ("\xe2\x88\x92%d", -score);
  return g_strdup ("0");
}

char *
tp_journey_painter_card_detail (TpCard *card)
{
  const char *department, *feeling, *description;
  g_autofree char *score = NULL;
  const char * const *tags;

  g_return_val_if_fail (TP_IS_CARD (card), NULL);

  switch (tp_card_get_kind (card))
    {
    case TP_CARD_KIND_TOUCHPOINT:
      department = tp_card_get_department (card);
      if (department != NULL && *department != '\0')
        /* Translators: a touchpoint's channel and its owning department */
        return g_strdup_printf (_("%s · %s"),
                                tp_enum_get_label (TP_TYPE_CHANNEL, tp_card_get_channel (card)),
                                department);
      return g_strdup (tp_enum_get_label (TP_TYPE_CHANNEL, tp_card_get_channel (card)));

    case TP_CARD_KIND_EMOTION:
      feeling = tp_card_get_feeling (card);
      score = signed_score (tp_card_get_emotion_score (card));
      if (feeling != NULL && *feeling != '\0')
        return g_strdup_printf ("%s · %s", feeling, score);
      return g_steal_pointer (&score);

    case TP_CARD_KIND_PAIN_POINT:
      if (tp_card_get_severity (card) > 0)
        return g_strdup_printf (_("Severity %d of 5"), tp_card_get_severity (card));
      break;

    case TP_CARD_KIND_OPPORTUNITY:
      if (tp_card_get_impact (card) > 0 || tp_card_get_effort (card) > 0)
        return g_strdup_printf (_("Impact %d · Effort %d"),
                                tp_card_get_impact (card), tp_card_get_effort (card));
      break;

    case TP_CARD_KIND_ACTIVITY:
    case TP_CARD_KIND_THOUGHT:
    case TP_CARD_KIND_CHANNEL:
    case TP_CARD_KIND_EVIDENCE:
    case TP_CARD_KIND_FRONTSTAGE:
    case TP_CARD_KIND_BACKSTAGE:
    case TP_CARD_KIND_SUPPORT:
    case TP_CARD_KIND_METRIC:
    case TP_CARD_KIND_NOTE:
    default:
      break;
    }

  description = tp_card_get_description (card);
  if (description != NULL && *description != '\0')
    {
      const char *end = strchr (description, '\n');

      return end != NULL ? g_strndup (description, end - description) : g_strdup (description);
    }

  tags = tp_card_get_tags (card);
  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", #", (char **) tags);

      return g_strconcat ("#", joined, NULL);
    }
  return g_strdup ("");
}

void
tp_journey_painter_paint_card_selection (cairo_t                     *cr,
                                         const TpRect                *rect,
                                         gboolean                     chip,
                                         const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  double o = 3.5;
  double h = chip ? rect->height - 16 + 2 : rect->height;

  cairo_save (cr);
  tp_cairo_rounded_rect (cr, rect->x - o, rect->y - o, rect->width + 2 * o, h + 2 * o,
                            chip ? (h + 2 * o) / 2 : CARD_RADIUS + o);
  tp_cairo_set_rgba (cr, &theme->selection_fill);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->selection);
  cairo_set_line_width (cr, 2.5 * MAX (1.0, theme->line_scale * 0.75));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_hover (cairo_t                     *cr,
             const TpRect                *rect,
             double                       height,
             double                       radius,
             const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);

  tp_cairo_rounded_rect (cr, rect->x - 2, rect->y - 2, rect->width + 4, height + 4, radius + 2);
  tp_cairo_set_rgba (cr, &theme->hover);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
outline_for_evidence (cairo_t       *cr,
                      const TpTheme *theme,
                      TpEvidence     evidence,
                      const TpRgba  *solid,
                      const TpRgba  *marked)
{
  double width = (evidence == TP_EVIDENCE_OBSERVED ? 1.0 : 1.6) * theme->line_scale;

  cairo_set_line_width (cr, width);
  tp_glyph_set_evidence_dash (cr, evidence, width);
  tp_cairo_set_rgba (cr, evidence == TP_EVIDENCE_OBSERVED ? solid : marked);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* The left @width of a card whose corners are rounded by @radius. */
static void
stripe_path (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height,
             double   radius)
{
  double a = acos ((radius - MIN (width, radius)) / radius);

  cairo_new_sub_path (cr);
  cairo_arc_negative (cr, x + radius, y + radius, radius, G_PI + a, G_PI);
  cairo_arc_negative (cr, x + radius, y + height - radius, radius, G_PI, G_PI - a);
  if (width > radius)
    {
      cairo_line_to (cr, x + width, y + height);
      cairo_line_to (cr, x + width, y);
    }
  cairo_close_path (cr);
}

static void
paint_star (cairo_t       *cr,
            const TpTheme *theme,
            double         cx,
            double         cy,
            double         radius)
{
  tp_glyph_star_path (cr, cx, cy, radius);
  tp_cairo_set_rgba (cr, &theme->moment_star);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->moment_outline);
  cairo_set_line_width (cr, 1.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
paint_severity (cairo_t       *cr,
                const TpTheme *theme,
                const TpRgba  *accent,
                int            severity,
                double         x,
                double         y,
                double         size)
{
  for (int i = 0; i < 5; i++)
    {
      cairo_rectangle (cr, x + i * (size + 2) + 0.5, y + 0.5, size - 1, size - 1);
      if (i < severity)
        {
          tp_cairo_set_rgba (cr, accent);
          cairo_fill (cr);
        }
      else
        {
          tp_cairo_set_rgba (cr, &theme->card_detail);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
    }
}

static void
paint_chip (cairo_t                     *cr,
            const TpCardBox             *box,
            const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  TpCard *card = box->card;
  const TpRect *r = &box->rect;
  double chip_h = r->height - 16;
  double px = r->x + r->width / 2;
  double py = r->y + r->height - 8;
  gboolean emotion = tp_card_get_kind (card) == TP_CARD_KIND_EMOTION;
  gboolean moment = tp_card_get_moment_that_matters (card);
  TpRgba accent;
  const char *label;

  if (emotion)
    tp_theme_emotion_color (theme, tp_card_get_emotion_score (card), &accent);
  else
    tp_theme_card_kind_color (theme, tp_card_get_kind (card), &accent);

  cairo_save (cr);

  /* The stem from label to point. */
  tp_cairo_set_rgba (cr, &theme->card_border);
  cairo_rectangle (cr, px - 0.5, r->y + chip_h, 1, py - MARKER_RADIUS - (r->y + chip_h));
  cairo_fill (cr);

  tp_cairo_rounded_rect (cr, r->x, r->y, r->width, chip_h, chip_h / 2);
  tp_cairo_set_rgba (cr, &theme->card);
  cairo_fill_preserve (cr);
  outline_for_evidence (cr, theme, tp_card_get_evidence (card), &accent, &theme->card_text);

  /* The point: white ring around the score colour. */
  cairo_arc (cr, px, py, MARKER_RADIUS + 1.5, 0, 2 * G_PI);
  tp_cairo_set_rgba (cr, &theme->card);
  cairo_fill (cr);
  cairo_arc (cr, px, py, MARKER_RADIUS, 0, 2 * G_PI);
  tp_cairo_set_rgba (cr, &accent);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->emotion_line);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  if (_tp_painter_draws_card_text (options))
    {
      TpTextStyle style = { 11.5, PANGO_WEIGHT_BOLD, 0, 1, PANGO_ALIGN_CENTER };
      g_autoptr(PangoLayout) pl = NULL;
      double inset = chip_h / 2 + (moment ? 10 : 0);
      int h;

      gboolean untitled;

      label = emotion ? tp_card_get_feeling (card) : NULL;
      if (label == NULL || *label == '\0')
        label = tp_card_get_title (card);
      /* An untitled card shows its kind, dimmed, as a placeholder. */
      untitled = label == NULL || *label == '\0';
      if (untitled)
        label = tp_enum_get_label (TP_TYPE_CARD_KIND, tp_card_get_kind (card));
      style.width = r->width - 2 * inset;
      if (style.width > 4)
        {
          pl = _tp_painter_text_layout (cr, options, label, &style);
          pango_layout_get_pixel_size (pl, NULL, &h);
          tp_cairo_set_rgba (cr, untitled ? &theme->card_detail : &theme->card_text);
          cairo_move_to (cr, r->x + inset, r->y + (chip_h - h) / 2);
          tp_draw_show_layout (cr, pl);
        }
    }

  if (moment)
    paint_star (cr, theme, r->x + r->width - chip_h / 2 - 2, r->y + chip_h / 2, chip_h * 0.36);

  if (_tp_painter_is_selected (options, card))
    tp_journey_painter_paint_card_selection (cr, r, TRUE, options);
  else if (options->hovered == (gpointer) card)
    paint_hover (cr, r, chip_h, chip_h / 2, options);

  cairo_restore (cr);
}

/* The card's frame: shadow, face, kind stripe and the outline that tells the evidence; with
 * @glyphs (the card shows its text) also the kind glyph and the evidence mark, which sit
 * where the text does not. @footer: the height of another view's footer below the body. */
static void
paint_frame (cairo_t       *cr,
             const TpRect  *r,
             const TpTheme *theme,
             TpCardKind     kind,
             TpEvidence     evidence,
             const TpRgba  *accent,
             gboolean       glyphs,
             double         footer)
{
  double s = theme->text_scale;
  double bottom = r->y + MAX (r->height - footer, 0);

  if (theme->card_shadow.alpha > 0)
    {
      tp_cairo_rounded_rect (cr, r->x, r->y + 1.5, r->width, r->height, CARD_RADIUS);
      tp_cairo_set_rgba (cr, &theme->card_shadow);
      cairo_fill (cr);
    }

  tp_cairo_rounded_rect (cr, r->x, r->y, r->width, r->height, CARD_RADIUS);
  tp_cairo_set_rgba (cr, &theme->card);
  cairo_fill (cr);

  /* The kind stripe along the left edge, inside the rounded corners (a path
   * of its own: a clip to the card would cost more than the card). */
  stripe_path (cr, r->x, r->y, STRIPE_WIDTH * s, r->height, CARD_RADIUS);
  tp_cairo_set_rgba (cr, accent);
  cairo_fill (cr);

  tp_cairo_rounded_rect (cr, r->x, r->y, r->width, r->height, CARD_RADIUS);
  outline_for_evidence (cr, theme, evidence, &theme->card_border, &theme->card_text);

  if (!glyphs)
    return;
  tp_cairo_set_rgba (cr, accent);
  tp_glyph_card_kind (cr, kind, r->x + (STRIPE_WIDTH + 7) * s, r->y + 8 * s, 14 * s);
  tp_cairo_set_rgba (cr, &theme->card_detail);
  tp_glyph_evidence (cr, evidence, r->x + r->width - 16 * s, bottom - 18 * s, 10 * s);
}

static guint32
rgba_word (const TpRgba *c)
{
  return (guint32) lround (c->alpha * 255) << 24 | (guint32) lround (c->red * 255) << 16
         | (guint32) lround (c->green * 255) << 8 | (guint32) lround (c->blue * 255);
}

/* What a card's frame depends on (tp_sprite_paint's key), then the chrome's key. */
typedef struct {
  double   width;
  double   height;
  double   footer;
  double   line_scale;
  double   text_scale;
  gint32   kind;
  gint32   evidence;
  gint32   glyphs;
  guint32  colors[7];
} FrameKey;

typedef struct {
  const TpRect                *r;
  const TpTheme               *theme;
  TpCardKind                   kind;
  TpEvidence                   evidence;
  const TpRgba                *accent;
  gboolean                     glyphs;
  const TpJourneyPaintOptions *options;
} Frame;

static gboolean
paint_frame_and_chrome (cairo_t       *cr,
                        gconstpointer  data)
{
  const Frame *f = data;

  paint_frame (cr, f->r, f->theme, f->kind, f->evidence, f->accent, f->glyphs, f->options->card_footer);
  if (f->options->card_chrome != NULL)
    f->options->card_chrome (cr, f->r, f->options->card_chrome_data);
  return TRUE;
}

/* Most cards of a map share their size, kind and evidence: on a picture, a card's frame
 * (and another view's chrome, TpJourneyPaintOptions.card_chrome) is painted once for each
 * of those and each position within a pixel, and then copied (tp-sprite.h;
 * docs/PERFORMANCE.md: the dashed outline alone was a third of painting a map). */
static void
paint_card_frame (cairo_t                     *cr,
                  const TpRect                *r,
                  const TpTheme               *theme,
                  TpCardKind                   kind,
                  TpEvidence                   evidence,
                  const TpRgba                *accent,
                  gboolean                     glyphs,
                  const TpJourneyPaintOptions *options)
{
  const char *chrome = options->card_chrome != NULL && options->card_chrome_key != NULL
                       ? options->card_chrome_key : "";
  gsize chrome_length = strlen (chrome);
  Frame frame = { r, theme, kind, evidence, accent, glyphs, options };
  double margin = 2 + 2 * theme->line_scale;
  TpRect area = { r->x - margin, r->y - margin, r->width + 2 * margin, r->height + 2 * margin };
  guint8 buffer[sizeof (FrameKey) + 256];
  FrameKey key;

  if (chrome_length > sizeof buffer - sizeof key)
    {
      paint_frame_and_chrome (cr, &frame);
      return;
    }
  /* The frame's box with room for the shadow and the outline. */
  memset (&key, 0, sizeof key);
  key.width = r->width;
  key.height = r->height;
  key.footer = options->card_footer;
  key.line_scale = theme->line_scale;
  key.text_scale = theme->text_scale;
  key.kind = kind;
  key.evidence = evidence;
  key.glyphs = glyphs;
  key.colors[0] = rgba_word (accent);
  key.colors[1] = rgba_word (&theme->card);
  key.colors[2] = rgba_word (&theme->card_shadow);
  key.colors[3] = rgba_word (&theme->card_border);
  key.colors[4] = rgba_word (&theme->card_text);
  key.colors[5] = rgba_word (&theme->card_detail);
  key.colors[6] = options->card_chrome != NULL;
  memcpy (buffer, &key, sizeof key);
  memcpy (buffer + sizeof key, chrome, chrome_length);
  tp_sprite_paint (cr, &area, NULL, buffer, sizeof key + chrome_length, paint_frame_and_chrome, &frame);
}

/* Whether text between @y0 and @y1 on card @r can show in the clip. */
static gboolean
text_rows_show (const TpJourneyPaintOptions *options,
                const TpRect                *r,
                double                       y0,
                double                       y1)
{
  return _tp_painter_clip_hits (options, &(TpRect) { r->x - 4, y0 - 4, r->width + 8, y1 - y0 + 8 });
}

void
tp_journey_painter_paint_card (cairo_t                     *cr,
                               TpJourneyLayout             *layout,
                               const TpCardBox             *box,
                               const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  TpCard *card = box->card;
  const TpRect *r = &box->rect, *frame = &box->rect;
  TpCardKind kind = tp_card_get_kind (card);
  double s = theme->text_scale;
  TpRgba accent;
  TpRect body;
  gboolean frame_glyphs;

  if (layout != NULL && tp_journey_layout_row_is_feelings (layout, box->row))
    {
      paint_chip (cr, box, options);
      return;
    }

  tp_theme_card_kind_color (theme, kind, &accent);
  cairo_save (cr);

  frame_glyphs = _tp_painter_draws_card_text (options);
  paint_card_frame (cr, r, theme, kind, tp_card_get_evidence (card), &accent, frame_glyphs, options);

  /* Another view's footer below: the text keeps to the rest. */
  if (options->card_footer > 0)
    {
      body = *r;
      body.height = MAX (body.height - options->card_footer, 0);
      r = &body;
    }

  if (_tp_painter_draws_card_text (options))
    {
      TpTextStyle title = { 12.5, PANGO_WEIGHT_BOLD, 0, 2, PANGO_ALIGN_LEFT };
      TpTextStyle detail = { 11, PANGO_WEIGHT_NORMAL, 0, 1, PANGO_ALIGN_LEFT };
      gboolean moment = tp_card_get_moment_that_matters (card);
      g_autofree char *text = tp_journey_painter_card_detail (card);
      double left = r->x + (STRIPE_WIDTH + 7) * s;
      double glyph = 14 * s;
      double dy = r->y + r->height - 20 * s;
      double dx = left;


      /* A card across the edge of a tile (PNG export, the canvas) draws only the text that
       * reaches into the tile: the title's two lines at the top, the detail at the bottom. */
      gboolean title_shows = text_rows_show (options, r, r->y, r->y + 6 * s + 2 * 1.5 * title.size * s + 6);
      gboolean detail_shows = text_rows_show (options, r, dy - 4, dy + 1.5 * detail.size * s + 6);

      title.width = r->x + r->width - (left + glyph + 6 * s) - (moment ? 22 : 8) * s;
      if (!title_shows)
        ;
      else if (tp_card_get_title (card) != NULL && *tp_card_get_title (card) != '\0')
        {
          tp_cairo_set_rgba (cr, &theme->card_text);
          _tp_painter_draw_text (cr, options, tp_card_get_title (card), &title,
                                 left + glyph + 6 * s, r->y + 6 * s);
        }
      else
        {
          /* An untitled card shows its kind, dimmed, as a placeholder. */
          title.weight = PANGO_WEIGHT_NORMAL;
          tp_cairo_set_rgba (cr, &theme->card_detail);
          _tp_painter_draw_text (cr, options, tp_enum_get_label (TP_TYPE_CARD_KIND, kind), &title,
                                 left + glyph + 6 * s, r->y + 6 * s);
        }

      if (kind == TP_CARD_KIND_TOUCHPOINT)
        {
          tp_cairo_set_rgba (cr, &theme->card_detail);
          tp_glyph_channel (cr, tp_card_get_channel (card), dx, dy + 1 * s, 12 * s);
          dx += 16 * s;
        }
      else if (kind == TP_CARD_KIND_PAIN_POINT && tp_card_get_severity (card) > 0)
        {
          paint_severity (cr, theme, &accent, tp_card_get_severity (card), dx, dy + 3 * s, 8 * s);
          dx += 5 * 10 * s + 4 * s;
          g_clear_pointer (&text, g_free);
        }

      if (text != NULL && detail_shows)
        {
          detail.width = r->x + r->width - dx - 20 * s;
          tp_cairo_set_rgba (cr, &theme->card_detail);
          _tp_painter_draw_text (cr, options, text, &detail, dx, dy);
        }


      if (moment)
        paint_star (cr, theme, r->x + r->width - 13 * s, r->y + 13 * s, 8 * s);
    }
  else if (tp_card_get_moment_that_matters (card))
    paint_star (cr, theme, r->x + r->width - 16, r->y + 16, 12);

  if (_tp_painter_is_selected (options, card))
    tp_journey_painter_paint_card_selection (cr, frame, FALSE, options);
  else if (options->hovered == (gpointer) card)
    paint_hover (cr, frame, frame->height, CARD_RADIUS, options);

  cairo_restore (cr);
}

static void
paint_lowest_mark (cairo_t       *cr,
                   const TpTheme *theme,
                   double         x,
                   double         y)
{
  /* A ring around the point and an arrow pointing down beneath it. */
  cairo_arc (cr, x, y, MARKER_RADIUS + 6, 0, 2 * G_PI);
  tp_cairo_set_rgba (cr, &theme->lowest);
  cairo_set_line_width (cr, 2.0 * theme->line_scale);
  cairo_stroke (cr);

  cairo_move_to (cr, x - 6, y + MARKER_RADIUS + 10);
  cairo_line_to (cr, x + 6, y + MARKER_RADIUS + 10);
  cairo_line_to (cr, x, y + MARKER_RADIUS + 18);
  cairo_close_path (cr);
  cairo_fill (cr);
}

void
tp_journey_painter_paint_emotion_line (cairo_t                     *cr,
                                       TpJourneyLayout             *layout,
                                       guint                        row,
                                       TpEmotionLine               *line,
                                       const TpJourneyPaintOptions *options)
{
  const TpTheme *theme = _tp_painter_theme (options);
  guint n, first, last;
  TpRect rect;
  double base, first_x, last_x, span_x0, span_x1;

  g_return_if_fail (line != NULL);

  tp_journey_layout_get_row_rect (layout, row, &rect);
  base = tp_emotion_line_get_baseline (line);
  n = tp_emotion_line_get_n_points (line);

  cairo_save (cr);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_clip (cr);

  /* Faint score guides, then the labelled zero baseline. */
  tp_cairo_set_rgba (cr, &theme->grid_line);
  for (int score = -3; score <= 3; score++)
    {
      if (score == 0)
        continue;
      cairo_rectangle (cr, rect.x, round (tp_emotion_line_score_to_y (line, score)) - 0.25,
                       rect.width, 0.5);
    }
  cairo_fill (cr);

  /* Within the clip: the line runs the whole map, and a band of a picture shows a part. The
   * dashes keep their phase (a whole number of periods from the start), and what is cut off
   * lies at least SPAN_MARGIN outside the clip. */
  span_x0 = rect.x;
  span_x1 = rect.x + rect.width;
  if (options->clip != NULL)
    {
      span_x0 = MAX (span_x0, rect.x + floor ((options->clip->x - SPAN_MARGIN - rect.x) / 10) * 10);
      span_x1 = MIN (span_x1, options->clip->x + options->clip->width + SPAN_MARGIN);
    }

  tp_cairo_set_rgba (cr, &theme->emotion_baseline);
  cairo_set_line_width (cr, 1.0 * theme->line_scale);
  cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  cairo_move_to (cr, span_x0, base);
  cairo_line_to (cr, MAX (span_x0, span_x1), base);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (n == 0)
    {
      cairo_restore (cr);
      return;
    }

  /* The points from the last before the span to the first after it. */
  first = 0;
  last = n - 1;
  while (first + 1 < n && tp_emotion_line_get_point (line, first + 1)->x <= span_x0)
    first++;
  while (last > first + 1 && tp_emotion_line_get_point (line, last - 1)->x >= span_x1)
    last--;
  first_x = tp_emotion_line_get_point (line, first)->x;
  last_x = tp_emotion_line_get_point (line, last)->x;

  if (n > 1)
    {
      /* Tint: green between the curve and the baseline above it, red below. */
      for (int side = 0; side < 2; side++)
        {
          cairo_save (cr);
          if (side == 0)
            cairo_rectangle (cr, rect.x, rect.y, rect.width, base - rect.y);
          else
            cairo_rectangle (cr, rect.x, base, rect.width, rect.y + rect.height - base);
          cairo_clip (cr);
          tp_emotion_line_append_span (line, cr, first, last);
          cairo_line_to (cr, last_x, base);
          cairo_line_to (cr, first_x, base);
          cairo_close_path (cr);
          tp_cairo_set_rgba (cr, side == 0 ? &theme->emotion_positive : &theme->emotion_negative);
          cairo_fill (cr);
          cairo_restore (cr);
        }

      /* Only the span: a long journey's whole curve, stroked into every tile, was most of
       * the first frame of a big map (the part past the clip is never seen). */
      tp_emotion_line_append_span (line, cr, first, last);
      tp_cairo_set_rgba (cr, &theme->emotion_line);
      cairo_set_line_width (cr, 2.5 * theme->line_scale);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }

  /* A mark reaches MARKER_RADIUS + 7 from its point: none outside the span shows. */
  for (guint i = first; i <= last; i++)
    {
      const TpEmotionPoint *p = tp_emotion_line_get_point (line, i);

      if (p->lowest)
        paint_lowest_mark (cr, theme, p->x, p->y);
    }

  cairo_restore (cr);
}
