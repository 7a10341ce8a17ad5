/* tp-theme.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colour sets of the painters: light, dark and a high-contrast
 * "presentation" style for projectors. Pure cairo; no GTK.
 */

#pragma once

#include <cairo.h>
#include "model/tp-model.h"
#include "tp-draw.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} TpRgba;

typedef enum {
  TP_THEME_LIGHT,
  TP_THEME_DARK,
  TP_THEME_PRESENTATION,
} TpThemeStyle;

typedef struct {
  TpThemeStyle style;
  const char  *font_family;
  double       text_scale;      /* presentation draws bigger text */
  double       line_scale;      /* and heavier outlines */

  TpRgba       background;
  TpRgba       grid_line;
  TpRgba       cell;
  TpRgba       cell_alt;        /* every other lane */
  TpRgba       header_text;
  TpRgba       lane_header;
  TpRgba       lane_text;
  TpRgba       card;
  TpRgba       card_border;
  TpRgba       card_shadow;
  TpRgba       card_text;
  TpRgba       card_detail;
  TpRgba       selection;
  TpRgba       selection_fill;
  TpRgba       hover;
  TpRgba       drop_indicator;
  TpRgba       emotion_line;
  TpRgba       emotion_positive;
  TpRgba       emotion_negative;
  TpRgba       emotion_baseline;
  TpRgba       moment_star;
  TpRgba       moment_outline;
  TpRgba       lowest;
  TpRgba       spotlight_dim;   /* veil over phases outside the spotlight */
} TpTheme;

/** tp_theme_get: the static colour set of @style. */
const TpTheme *tp_theme_get               (TpThemeStyle   style);
/** tp_theme_card_kind_color: the accent colour of cards of @kind. */
void           tp_theme_card_kind_color   (const TpTheme *theme,
                                           TpCardKind     kind,
                                           TpRgba        *color);
/** tp_theme_phase_colors: header fill, accent stripe and text colour for a phase; @hex may be NULL
 * or invalid (then the @index-th default colour is used). */
void           tp_theme_phase_colors      (const TpTheme *theme,
                                           const char    *hex,
                                           guint          index,
                                           TpRgba        *fill,
                                           TpRgba        *stripe,
                                           TpRgba        *text);
/** tp_theme_emotion_color: colour of an emotion score −3 … +3. */
void           tp_theme_emotion_color     (const TpTheme *theme,
                                           int            score,
                                           TpRgba        *color);
/** tp_rgba_parse: parses "#rrggbb"; FALSE when malformed. */
gboolean       tp_rgba_parse              (TpRgba        *color,
                                           const char    *hex);
/** tp_rgba_luminance: relative luminance 0 … 1 (WCAG). */
double         tp_rgba_luminance          (const TpRgba  *color);
/** tp_rgba_mix: @a blended towards @b by @t (0 = a, 1 = b). */
void           tp_rgba_mix                (const TpRgba  *a,
                                           const TpRgba  *b,
                                           double         t,
                                           TpRgba        *result);
void           tp_cairo_set_rgba          (cairo_t       *cr,
                                           const TpRgba  *color);

G_END_DECLS
