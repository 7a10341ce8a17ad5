/* tp-glyphs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every glyph is drawn in a unit square, stroked with a line of 0.1 units, so
 * it stays legible from 10 to 40 device pixels.
 */

#include "config.h"

#include <math.h>

#include "tp-glyphs.h"
#include "tp-rect.h"

#define LINE 0.1

static void
begin_unit (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, size, size);
  cairo_set_line_width (cr, LINE);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_new_path (cr);
}

static void
circle (cairo_t *cr,
        double   cx,
        double   cy,
        double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
}

static void
bubble (cairo_t *cr,
        double   x,
        double   y,
        double   w,
        double   h)
{
  tp_cairo_rounded_rect (cr, x, y, w, h, h * 0.3);
  cairo_move_to (cr, x + w * 0.25, y + h);
  cairo_line_to (cr, x + w * 0.18, y + h + 0.16);
  cairo_line_to (cr, x + w * 0.45, y + h);
}

static void
envelope (cairo_t *cr)
{
  tp_cairo_rounded_rect (cr, 0.1, 0.22, 0.8, 0.56, 0.06);
  cairo_move_to (cr, 0.12, 0.26);
  cairo_line_to (cr, 0.5, 0.55);
  cairo_line_to (cr, 0.88, 0.26);
  cairo_stroke (cr);
}

void
tp_glyph_star_path (cairo_t *cr,
                    double   cx,
                    double   cy,
                    double   radius)
{
  cairo_new_sub_path (cr);
  for (int i = 0; i < 10; i++)
    {
      double r = (i % 2 == 0) ? radius : radius * 0.45;
      double a = -G_PI / 2 + i * G_PI / 5;

      if (i == 0)
        cairo_move_to (cr, cx + r * cos (a), cy + r * sin (a));
      else
        cairo_line_to (cr, cx + r * cos (a), cy + r * sin (a));
    }
  cairo_close_path (cr);
}

void
tp_glyph_card_kind (cairo_t    *cr,
                    TpCardKind  kind,
                    double      x,
                    double      y,
                    double      size)
{
  begin_unit (cr, x, y, size);

  switch (kind)
    {
    case TP_CARD_KIND_ACTIVITY:
      /* a step forward: a chevron arrow */
      cairo_move_to (cr, 0.12, 0.5);
      cairo_line_to (cr, 0.85, 0.5);
      cairo_move_to (cr, 0.55, 0.2);
      cairo_line_to (cr, 0.86, 0.5);
      cairo_line_to (cr, 0.55, 0.8);
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_THOUGHT:
      circle (cr, 0.55, 0.4, 0.3);
      cairo_stroke (cr);
      circle (cr, 0.25, 0.78, 0.08);
      circle (cr, 0.1, 0.92, 0.05);
      cairo_fill (cr);
      break;

    case TP_CARD_KIND_EMOTION:
      circle (cr, 0.5, 0.5, 0.4);
      cairo_stroke (cr);
      circle (cr, 0.36, 0.4, 0.06);
      circle (cr, 0.64, 0.4, 0.06);
      cairo_fill (cr);
      cairo_arc (cr, 0.5, 0.52, 0.2, 0.15 * G_PI, 0.85 * G_PI);
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_TOUCHPOINT:
      circle (cr, 0.5, 0.5, 0.4);
      circle (cr, 0.5, 0.5, 0.22);
      cairo_stroke (cr);
      circle (cr, 0.5, 0.5, 0.08);
      cairo_fill (cr);
      break;

    case TP_CARD_KIND_CHANNEL:
      circle (cr, 0.2, 0.8, 0.08);
      cairo_fill (cr);
      cairo_arc (cr, 0.2, 0.8, 0.35, -G_PI / 2, 0);
      cairo_stroke (cr);
      cairo_arc (cr, 0.2, 0.8, 0.62, -G_PI / 2, 0);
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_PAIN_POINT:
      cairo_move_to (cr, 0.58, 0.05);
      cairo_line_to (cr, 0.22, 0.55);
      cairo_line_to (cr, 0.48, 0.55);
      cairo_line_to (cr, 0.4, 0.95);
      cairo_line_to (cr, 0.78, 0.42);
      cairo_line_to (cr, 0.52, 0.42);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case TP_CARD_KIND_OPPORTUNITY:
      /* a light bulb */
      cairo_arc (cr, 0.5, 0.4, 0.28, 0.8 * G_PI, 2.2 * G_PI);
      cairo_line_to (cr, 0.62, 0.72);
      cairo_line_to (cr, 0.38, 0.72);
      cairo_close_path (cr);
      cairo_stroke (cr);
      cairo_move_to (cr, 0.4, 0.86);
      cairo_line_to (cr, 0.6, 0.86);
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_EVIDENCE:
      cairo_move_to (cr, 0.2, 0.08);
      cairo_line_to (cr, 0.6, 0.08);
      cairo_line_to (cr, 0.8, 0.28);
      cairo_line_to (cr, 0.8, 0.92);
      cairo_line_to (cr, 0.2, 0.92);
      cairo_close_path (cr);
      cairo_move_to (cr, 0.34, 0.5);
      cairo_line_to (cr, 0.66, 0.5);
      cairo_move_to (cr, 0.34, 0.7);
      cairo_line_to (cr, 0.66, 0.7);
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_FRONTSTAGE:
      circle (cr, 0.5, 0.28, 0.17);
      cairo_fill (cr);
      cairo_arc (cr, 0.5, 0.95, 0.36, G_PI, 2 * G_PI);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case TP_CARD_KIND_BACKSTAGE:
      for (int i = 0; i < 8; i++)
        {
          double a = i * G_PI / 4;

          cairo_move_to (cr, 0.5 + 0.26 * cos (a), 0.5 + 0.26 * sin (a));
          cairo_line_to (cr, 0.5 + 0.42 * cos (a), 0.5 + 0.42 * sin (a));
        }
      cairo_stroke (cr);
      cairo_set_line_width (cr, LINE * 1.4);
      circle (cr, 0.5, 0.5, 0.24);
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_SUPPORT:
      for (int i = 0; i < 3; i++)
        {
          double cy = 0.28 + i * 0.22;

          cairo_move_to (cr, 0.1, cy);
          cairo_line_to (cr, 0.5, cy - 0.12);
          cairo_line_to (cr, 0.9, cy);
          cairo_line_to (cr, 0.5, cy + 0.12);
          cairo_close_path (cr);
        }
      cairo_stroke (cr);
      break;

    case TP_CARD_KIND_METRIC:
      cairo_rectangle (cr, 0.12, 0.55, 0.18, 0.35);
      cairo_rectangle (cr, 0.41, 0.3, 0.18, 0.6);
      cairo_rectangle (cr, 0.7, 0.1, 0.18, 0.8);
      cairo_fill (cr);
      break;

    case TP_CARD_KIND_NOTE:
    default:
      cairo_move_to (cr, 0.15, 0.12);
      cairo_line_to (cr, 0.85, 0.12);
      cairo_line_to (cr, 0.85, 0.62);
      cairo_line_to (cr, 0.55, 0.9);
      cairo_line_to (cr, 0.15, 0.9);
      cairo_close_path (cr);
      cairo_move_to (cr, 0.3, 0.35);
      cairo_line_to (cr, 0.7, 0.35);
      cairo_move_to (cr, 0.3, 0.55);
      cairo_line_to (cr, 0.6, 0.55);
      cairo_stroke (cr);
      break;
    }

  cairo_restore (cr);
}

void
tp_glyph_lane_kind (cairo_t    *cr,
                    TpLaneKind  kind,
                    double      x,
                    double      y,
                    double      size)
{
  tp_glyph_card_kind (cr, tp_lane_kind_default_card_kind (kind), x, y, size);
}

void
tp_glyph_channel (cairo_t   *cr,
                  TpChannel  channel,
                  double     x,
                  double     y,
                  double     size)
{
  begin_unit (cr, x, y, size);

  switch (channel)
    {
    case TP_CHANNEL_WEB:
      circle (cr, 0.5, 0.5, 0.4);
      cairo_move_to (cr, 0.1, 0.5);
      cairo_line_to (cr, 0.9, 0.5);
      cairo_stroke (cr);
      cairo_save (cr);
      cairo_translate (cr, 0.5, 0.5);
      cairo_scale (cr, 0.45, 1.0);
      circle (cr, 0, 0, 0.4);
      cairo_restore (cr);
      cairo_stroke (cr);
      break;

    case TP_CHANNEL_MOBILE_APP:
      tp_cairo_rounded_rect (cr, 0.27, 0.06, 0.46, 0.88, 0.08);
      cairo_stroke (cr);
      circle (cr, 0.5, 0.8, 0.05);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_STORE:
      cairo_move_to (cr, 0.1, 0.4);
      cairo_line_to (cr, 0.2, 0.12);
      cairo_line_to (cr, 0.8, 0.12);
      cairo_line_to (cr, 0.9, 0.4);
      cairo_close_path (cr);
      cairo_move_to (cr, 0.18, 0.4);
      cairo_line_to (cr, 0.18, 0.9);
      cairo_line_to (cr, 0.82, 0.9);
      cairo_line_to (cr, 0.82, 0.4);
      cairo_move_to (cr, 0.42, 0.9);
      cairo_line_to (cr, 0.42, 0.6);
      cairo_line_to (cr, 0.58, 0.6);
      cairo_line_to (cr, 0.58, 0.9);
      cairo_stroke (cr);
      break;

    case TP_CHANNEL_PHONE:
      /* a handset: two ear pieces joined by an arc */
      cairo_set_line_width (cr, LINE * 1.6);
      cairo_arc (cr, 0.5, 0.62, 0.36, 1.1 * G_PI, 1.9 * G_PI);
      cairo_stroke (cr);
      tp_cairo_rounded_rect (cr, 0.08, 0.5, 0.22, 0.18, 0.05);
      tp_cairo_rounded_rect (cr, 0.7, 0.5, 0.22, 0.18, 0.05);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_EMAIL:
      envelope (cr);
      break;

    case TP_CHANNEL_SOCIAL:
      cairo_move_to (cr, 0.25, 0.5);
      cairo_line_to (cr, 0.72, 0.22);
      cairo_move_to (cr, 0.25, 0.5);
      cairo_line_to (cr, 0.72, 0.78);
      cairo_stroke (cr);
      circle (cr, 0.22, 0.5, 0.13);
      circle (cr, 0.75, 0.2, 0.13);
      circle (cr, 0.75, 0.8, 0.13);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_WORD_OF_MOUTH:
      bubble (cr, 0.1, 0.15, 0.8, 0.55);
      cairo_stroke (cr);
      circle (cr, 0.32, 0.43, 0.05);
      circle (cr, 0.5, 0.43, 0.05);
      circle (cr, 0.68, 0.43, 0.05);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_CHAT:
      bubble (cr, 0.05, 0.08, 0.6, 0.42);
      cairo_stroke (cr);
      tp_cairo_rounded_rect (cr, 0.38, 0.42, 0.56, 0.38, 0.11);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_MAIL:
      envelope (cr);
      cairo_rectangle (cr, 0.66, 0.3, 0.14, 0.14);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_PRINT:
      cairo_rectangle (cr, 0.2, 0.08, 0.6, 0.84);
      for (int i = 0; i < 4; i++)
        {
          cairo_move_to (cr, 0.32, 0.28 + i * 0.16);
          cairo_line_to (cr, i == 3 ? 0.52 : 0.68, 0.28 + i * 0.16);
        }
      cairo_stroke (cr);
      break;

    case TP_CHANNEL_TV:
      tp_cairo_rounded_rect (cr, 0.06, 0.16, 0.88, 0.58, 0.06);
      cairo_move_to (cr, 0.3, 0.9);
      cairo_line_to (cr, 0.7, 0.9);
      cairo_move_to (cr, 0.5, 0.74);
      cairo_line_to (cr, 0.5, 0.9);
      cairo_stroke (cr);
      break;

    case TP_CHANNEL_EVENT:
      tp_cairo_rounded_rect (cr, 0.1, 0.18, 0.8, 0.72, 0.06);
      cairo_move_to (cr, 0.1, 0.4);
      cairo_line_to (cr, 0.9, 0.4);
      cairo_move_to (cr, 0.32, 0.08);
      cairo_line_to (cr, 0.32, 0.26);
      cairo_move_to (cr, 0.68, 0.08);
      cairo_line_to (cr, 0.68, 0.26);
      cairo_stroke (cr);
      cairo_rectangle (cr, 0.56, 0.56, 0.18, 0.18);
      cairo_fill (cr);
      break;

    case TP_CHANNEL_PARTNER:
      circle (cr, 0.36, 0.5, 0.26);
      circle (cr, 0.64, 0.5, 0.26);
      cairo_stroke (cr);
      break;

    case TP_CHANNEL_OTHER:
    default:
      circle (cr, 0.2, 0.5, 0.08);
      circle (cr, 0.5, 0.5, 0.08);
      circle (cr, 0.8, 0.5, 0.08);
      cairo_fill (cr);
      break;
    }

  cairo_new_path (cr);
  cairo_restore (cr);
}

void
tp_glyph_evidence (cairo_t    *cr,
                   TpEvidence  evidence,
                   double      x,
                   double      y,
                   double      size)
{
  begin_unit (cr, x, y, size);

  switch (evidence)
    {
    case TP_EVIDENCE_OBSERVED:
      circle (cr, 0.5, 0.5, 0.42);
      cairo_fill (cr);
      break;

    case TP_EVIDENCE_ASSUMED:
      cairo_set_line_width (cr, LINE * 1.2);
      circle (cr, 0.5, 0.5, 0.38);
      cairo_stroke (cr);
      cairo_arc (cr, 0.5, 0.5, 0.42, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case TP_EVIDENCE_PROPOSED:
    default:
      cairo_set_dash (cr, (double[]) { 0.001, 0.2 }, 2, 0);
      cairo_set_line_width (cr, LINE * 1.6);
      circle (cr, 0.5, 0.5, 0.36);
      cairo_stroke (cr);
      break;
    }

  cairo_restore (cr);
}

void
tp_glyph_set_evidence_dash (cairo_t    *cr,
                            TpEvidence  evidence,
                            double      line_width)
{
  double dashes[2];

  switch (evidence)
    {
    case TP_EVIDENCE_ASSUMED:
      dashes[0] = line_width * 4;
      dashes[1] = line_width * 2.5;
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      break;

    case TP_EVIDENCE_PROPOSED:
      dashes[0] = 0;
      dashes[1] = line_width * 2.2;
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dashes, 2, 0);
      break;

    case TP_EVIDENCE_OBSERVED:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}
