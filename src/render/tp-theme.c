/* tp-theme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-theme.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const TpTheme themes[] = {
  [TP_THEME_LIGHT] = {
    .style = TP_THEME_LIGHT,
    .font_family = "Sans",
    .text_scale = 1.0,
    .line_scale = 1.0,
    .background = RGB (0xf6f5f4),
    .grid_line = RGB (0xdeddda),
    .cell = RGB (0xffffff),
    .cell_alt = RGB (0xfafafa),
    .header_text = RGB (0x241f31),
    .lane_header = RGB (0xefeeec),
    .lane_text = RGB (0x3d3846),
    .card = RGB (0xffffff),
    .card_border = RGB (0xc0bfbc),
    .card_shadow = RGBA (0x000000, 0.10),
    .card_text = RGB (0x241f31),
    .card_detail = RGB (0x5e5c64),
    .selection = RGB (0x3584e4),
    .selection_fill = RGBA (0x3584e4, 0.12),
    .hover = RGBA (0x3584e4, 0.45),
    .drop_indicator = RGB (0x1c71d8),
    .emotion_line = RGB (0x3d3846),
    .emotion_positive = RGBA (0x2ec27e, 0.22),
    .emotion_negative = RGBA (0xe01b24, 0.16),
    .emotion_baseline = RGB (0x9a9996),
    .moment_star = RGB (0xf5c211),
    .moment_outline = RGB (0x865e3c),
    .lowest = RGB (0xc01c28),
    .spotlight_dim = RGBA (0xf6f5f4, 0.78),
  },
  [TP_THEME_DARK] = {
    .style = TP_THEME_DARK,
    .font_family = "Sans",
    .text_scale = 1.0,
    .line_scale = 1.0,
    .background = RGB (0x1e1e1e),
    .grid_line = RGB (0x3d3d3d),
    .cell = RGB (0x282828),
    .cell_alt = RGB (0x2c2c2c),
    .header_text = RGB (0xffffff),
    .lane_header = RGB (0x303030),
    .lane_text = RGB (0xdeddda),
    .card = RGB (0x3a3a3a),
    .card_border = RGB (0x5e5c64),
    .card_shadow = RGBA (0x000000, 0.35),
    .card_text = RGB (0xffffff),
    .card_detail = RGB (0xc0bfbc),
    .selection = RGB (0x78aeed),
    .selection_fill = RGBA (0x78aeed, 0.16),
    .hover = RGBA (0x78aeed, 0.5),
    .drop_indicator = RGB (0x99c1f1),
    .emotion_line = RGB (0xf6f5f4),
    .emotion_positive = RGBA (0x57e389, 0.20),
    .emotion_negative = RGBA (0xf66151, 0.20),
    .emotion_baseline = RGB (0x77767b),
    .moment_star = RGB (0xf8e45c),
    .moment_outline = RGB (0x1e1e1e),
    .lowest = RGB (0xff7b63),
    .spotlight_dim = RGBA (0x1e1e1e, 0.80),
  },
  [TP_THEME_PRESENTATION] = {
    .style = TP_THEME_PRESENTATION,
    .font_family = "Sans",
    .text_scale = 1.3,
    .line_scale = 2.0,
    .background = RGB (0xffffff),
    .grid_line = RGB (0x77767b),
    .cell = RGB (0xffffff),
    .cell_alt = RGB (0xf6f5f4),
    .header_text = RGB (0x000000),
    .lane_header = RGB (0xdeddda),
    .lane_text = RGB (0x000000),
    .card = RGB (0xffffff),
    .card_border = RGB (0x000000),
    .card_shadow = RGBA (0x000000, 0.0),
    .card_text = RGB (0x000000),
    .card_detail = RGB (0x241f31),
    .selection = RGB (0x1a5fb4),
    .selection_fill = RGBA (0x1a5fb4, 0.15),
    .hover = RGBA (0x1a5fb4, 0.6),
    .drop_indicator = RGB (0x1a5fb4),
    .emotion_line = RGB (0x000000),
    .emotion_positive = RGBA (0x26a269, 0.30),
    .emotion_negative = RGBA (0xc01c28, 0.26),
    .emotion_baseline = RGB (0x000000),
    .moment_star = RGB (0xf5c211),
    .moment_outline = RGB (0x000000),
    .lowest = RGB (0xa51d2d),
    .spotlight_dim = RGBA (0xffffff, 0.82),
  },
};

/* Indexed by TpCardKind: light, dark, presentation. */
static const guint32 kind_colors[][3] = {
  [TP_CARD_KIND_ACTIVITY]    = { 0x3584e4, 0x62a0ea, 0x1a5fb4 },
  [TP_CARD_KIND_THOUGHT]     = { 0x9141ac, 0xc061cb, 0x613583 },
  [TP_CARD_KIND_EMOTION]     = { 0xe5a50a, 0xf6d32d, 0xb5835a },
  [TP_CARD_KIND_TOUCHPOINT]  = { 0x1f8a9e, 0x4fc3d6, 0x0f5f6e },
  [TP_CARD_KIND_CHANNEL]     = { 0x2a7dba, 0x6ab1e6, 0x134d7a },
  [TP_CARD_KIND_PAIN_POINT]  = { 0xe01b24, 0xf66151, 0xa51d2d },
  [TP_CARD_KIND_OPPORTUNITY] = { 0x26a269, 0x57e389, 0x1d7a4f },
  [TP_CARD_KIND_EVIDENCE]    = { 0x986a44, 0xcdab8f, 0x63452c },
  [TP_CARD_KIND_FRONTSTAGE]  = { 0xe66100, 0xffa348, 0xa33f00 },
  [TP_CARD_KIND_BACKSTAGE]   = { 0x613583, 0xdc8add, 0x3f1f5a },
  [TP_CARD_KIND_SUPPORT]     = { 0x5e5c64, 0x9a9996, 0x3d3846 },
  [TP_CARD_KIND_METRIC]      = { 0x1a5fb4, 0x99c1f1, 0x0d3a75 },
  [TP_CARD_KIND_NOTE]        = { 0xc88800, 0xf8e45c, 0x805500 },
};

static const guint32 phase_defaults[] = {
  0x3584e4, 0x2ec27e, 0xe5a50a, 0xe66100, 0x9141ac, 0x1f8a9e, 0xe01b24, 0x986a44,
};

static void
rgba_from_hex (TpRgba  *color,
               guint32  hex)
{
  color->red = (hex >> 16 & 0xff) / 255.0;
  color->green = (hex >> 8 & 0xff) / 255.0;
  color->blue = (hex & 0xff) / 255.0;
  color->alpha = 1.0;
}

const TpTheme *
tp_theme_get (TpThemeStyle style)
{
  if ((guint) style >= G_N_ELEMENTS (themes))
    style = TP_THEME_LIGHT;
  return &themes[style];
}

void
tp_theme_card_kind_color (const TpTheme *theme,
                          TpCardKind     kind,
                          TpRgba        *color)
{
  g_return_if_fail (theme != NULL);
  g_return_if_fail (color != NULL);

  if ((guint) kind >= G_N_ELEMENTS (kind_colors))
    kind = TP_CARD_KIND_NOTE;
  rgba_from_hex (color, kind_colors[kind][MIN ((guint) theme->style, 2u)]);
}

gboolean
tp_rgba_parse (TpRgba     *color,
               const char *hex)
{
  guint32 value = 0;

  g_return_val_if_fail (color != NULL, FALSE);

  if (hex == NULL || hex[0] != '#' || strlen (hex) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (hex[i]);

      if (digit < 0)
        return FALSE;
      value = value << 4 | (guint32) digit;
    }
  rgba_from_hex (color, value);
  return TRUE;
}

static double
linear_channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
tp_rgba_luminance (const TpRgba *color)
{
  return 0.2126 * linear_channel (color->red)
         + 0.7152 * linear_channel (color->green)
         + 0.0722 * linear_channel (color->blue);
}

void
tp_rgba_mix (const TpRgba *a,
             const TpRgba *b,
             double        t,
             TpRgba       *result)
{
  result->red = a->red + (b->red - a->red) * t;
  result->green = a->green + (b->green - a->green) * t;
  result->blue = a->blue + (b->blue - a->blue) * t;
  result->alpha = a->alpha + (b->alpha - a->alpha) * t;
}

void
tp_theme_phase_colors (const TpTheme *theme,
                       const char    *hex,
                       guint          index,
                       TpRgba        *fill,
                       TpRgba        *stripe,
                       TpRgba        *text)
{
  TpRgba base;

  g_return_if_fail (theme != NULL);

  if (!tp_rgba_parse (&base, hex))
    rgba_from_hex (&base, phase_defaults[index % G_N_ELEMENTS (phase_defaults)]);

  if (stripe != NULL)
    *stripe = base;

  if (fill != NULL)
    {
      /* A quiet tint of the phase colour keeps the header text readable. */
      switch (theme->style)
        {
        case TP_THEME_DARK:
          tp_rgba_mix (&base, &theme->cell, 0.72, fill);
          break;
        case TP_THEME_PRESENTATION:
          tp_rgba_mix (&base, &theme->cell, 0.70, fill);
          break;
        case TP_THEME_LIGHT:
        default:
          tp_rgba_mix (&base, &theme->cell, 0.80, fill);
          break;
        }
    }

  if (text != NULL)
    {
      TpRgba f;

      tp_theme_phase_colors (theme, hex, index, &f, NULL, NULL);
      if (tp_rgba_luminance (&f) > 0.3)
        rgba_from_hex (text, theme->style == TP_THEME_PRESENTATION ? 0x000000 : 0x241f31);
      else
        rgba_from_hex (text, 0xffffff);
    }
}

void
tp_theme_emotion_color (const TpTheme *theme,
                        int            score,
                        TpRgba        *color)
{
  static const guint32 light[] = { 0xc01c28, 0xe66100, 0xe5a50a, 0x9a9996, 0x8ac926, 0x2ec27e, 0x26a269 };
  static const guint32 dark[] = { 0xf66151, 0xffa348, 0xf6d32d, 0xc0bfbc, 0xb5e35a, 0x57e389, 0x33d17a };

  g_return_if_fail (theme != NULL);

  score = CLAMP (score, -3, 3);
  rgba_from_hex (color, theme->style == TP_THEME_DARK ? dark[score + 3] : light[score + 3]);
}

void
tp_cairo_set_rgba (cairo_t      *cr,
                   const TpRgba *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
