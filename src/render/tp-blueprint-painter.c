/* tp-blueprint-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cards are the journey map's (tp_journey_painter_paint_card) above a
 * footer of the blueprint's own: the owning department's colour and name,
 * or a flag when a staff card has no owner, and the duration. Text goes
 * through the journey painter's helpers, shapes through tp_cairo_rounded_rect.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-blueprint-painter-private.h"
#include "tp-glyphs.h"
#include "tp-journey-painter-private.h"

#define FOOTER_HEIGHT 22.0
#define CARD_RADIUS 6.0
#define ARROW_SIZE 8.0

void
tp_blueprint_paint_options_init (TpBlueprintPaintOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->scale = 1.0;
  options->spotlight_column = -1;
}

/* The journey painter's options for the same picture. */
static void
journey_options (const TpBlueprintPaintOptions *options,
                 TpJourneyPaintOptions         *out)
{
  tp_journey_paint_options_init (out);
  out->theme = options->theme;
  out->selection = options->selection;
  out->hovered = options->hovered;
  out->scale = options->scale;
  out->clip = options->clip;
  out->font_options = options->font_options;
  /* Not the text cache: the journey painter's texts (card titles, phase names) are each
   * shown once, and keeping 2,000 laid-out titles to the end of a paint made it slower
   * than shaping them (memory; docs/PERFORMANCE.md, session 8). The blueprint's own
   * repeated words (footers, fail points) use options->text_cache. */
  out->text_cache = NULL;
}

static const TpTheme *
theme_of (const TpBlueprintPaintOptions *options)
{
  return options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
}

static gboolean
clip_hits (const TpBlueprintPaintOptions *options,
           const TpRect                  *rect)
{
  return options->clip == NULL || tp_rect_intersects (options->clip, rect);
}

gboolean
tp_blueprint_department_color (const TpTheme *theme,
                               const char    *name,
                               TpRgba        *color)
{
  static const char * const palette[] = {
    "#3584e4", "#2ec27e", "#e5a50a", "#9141ac", "#e66100", "#1c71d8", "#c01c28", "#865e3c",
    "#26a269", "#613583",
  };
  g_autofree char *stripped = NULL;
  g_autofree char *key = NULL;

  if (name == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    return FALSE;
  key = g_utf8_casefold (stripped, -1);
  tp_rgba_parse (color, palette[g_str_hash (key) % G_N_ELEMENTS (palette)]);
  if (theme->style == TP_THEME_DARK)
    {
      TpRgba white = { 1, 1, 1, 1 };

      tp_rgba_mix (color, &white, 0.25, color);
    }
  return TRUE;
}

/* --- rows, lines, headers ------------------------------------------------ */

void
tp_blueprint_painter_paint_rows (cairo_t                       *cr,
                                 TpBlueprintLayout             *layout,
                                 const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme = theme_of (options);
  TpJourneyPaintOptions jo;
  double s = theme->text_scale;
  guint n_columns = tp_blueprint_layout_get_n_columns (layout);

  journey_options (options, &jo);
  cairo_save (cr);
  for (guint row = 0; row < tp_blueprint_layout_get_n_rows (layout); row++)
    {
      TpLane *lane = tp_blueprint_layout_get_lane (layout, row);
      TpRect rect, header;

      tp_blueprint_layout_get_row_rect (layout, row, &rect);
      tp_blueprint_layout_get_row_header (layout, row, &header);
      if (!clip_hits (options, &rect) && !clip_hits (options, &header))
        continue;

      tp_cairo_set_rgba (cr, row % 2 ? &theme->cell_alt : &theme->cell);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_fill (cr);
      tp_cairo_set_rgba (cr, &theme->lane_header);
      cairo_rectangle (cr, header.x, header.y, header.width, header.height);
      cairo_fill (cr);
      tp_cairo_set_rgba (cr, &theme->grid_line);
      cairo_rectangle (cr, 0, rect.y + rect.height - 0.5, rect.x + rect.width, 1);
      cairo_fill (cr);

      if (_tp_painter_draws_text (&jo))
        {
          TpTextStyle title = { 13, PANGO_WEIGHT_BOLD, header.width - 52 * s, 3, PANGO_ALIGN_LEFT };
          const char *text = tp_lane_get_title (lane);

          if (text == NULL || *text == '\0')
            text = tp_enum_get_label (TP_TYPE_LANE_KIND, tp_lane_get_kind (lane));
          tp_cairo_set_rgba (cr, &theme->lane_text);
          tp_glyph_lane_kind (cr, tp_lane_get_kind (lane), header.x + 14 * s, header.y + 13 * s, 18 * s);
          _tp_painter_draw_text (cr, &jo, text, &title, header.x + 40 * s, header.y + 12 * s);
        }
    }

  /* Thin separators between the phases, through every row. */
  tp_cairo_set_rgba (cr, &theme->grid_line);
  for (guint p = 1; p < tp_blueprint_layout_get_n_phases (layout) && n_columns > 0; p++)
    {
      TpRect header;

      TpRect separator;

      tp_blueprint_layout_get_phase_header (layout, p, &header);
      separator = (TpRect) { header.x - 0.5, header.y, 1, tp_blueprint_layout_get_height (layout) };
      /* Only those in the clip: 50 fills a tile of a PNG export were a tenth of its rows. */
      if (!clip_hits (options, &(TpRect) { separator.x - 1, separator.y, separator.width + 2, separator.height }))
        continue;
      cairo_rectangle (cr, separator.x, separator.y, separator.width, separator.height);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
tp_blueprint_painter_paint_lines (cairo_t                       *cr,
                                  TpBlueprintLayout             *layout,
                                  const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme = theme_of (options);
  TpJourneyPaintOptions jo;
  double s = theme->text_scale;

  journey_options (options, &jo);
  cairo_save (cr);
  for (int line = 0; line < TP_BLUEPRINT_N_LINES; line++)
    {
      /* Each line has its own pattern, so they differ in grey print too:
       * interaction long dashes, visibility solid and heavy, internal dots. */
      static const double interaction[] = { 12, 6 };
      static const double internal[] = { 2, 5 };
      TpRect band;
      double y;

      if (!tp_blueprint_layout_get_line (layout, line, &y, &band) || !clip_hits (options, &band))
        continue;

      tp_cairo_set_rgba (cr, &theme->lane_header);
      cairo_rectangle (cr, band.x, band.y, band.width, band.height);
      cairo_fill (cr);

      tp_cairo_set_rgba (cr, &theme->header_text);
      cairo_set_line_width (cr, (line == TP_BLUEPRINT_LINE_VISIBILITY ? 2.5 : 1.5) * theme->line_scale);
      if (line == TP_BLUEPRINT_LINE_INTERACTION)
        cairo_set_dash (cr, interaction, 2, 0);
      else if (line == TP_BLUEPRINT_LINE_INTERNAL)
        {
          cairo_set_dash (cr, internal, 2, 0);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        }
      else
        cairo_set_dash (cr, NULL, 0, 0);
      {
        /* Only the stretch in the clip (a whole blueprint's width of dots in each
         * tile of a PNG band cost a sixteenth of the export), from a whole number
         * of dash periods so the pattern stays where it is. */
        double x0 = band.x, x1 = band.x + band.width;

        if (options->clip != NULL)
          {
            double period = line == TP_BLUEPRINT_LINE_INTERACTION ? 18 : 7;

            x0 = MAX (x0, band.x + floor ((options->clip->x - 8 - band.x) / period) * period);
            x1 = MIN (x1, options->clip->x + options->clip->width + 8);
          }
        if (x1 > x0)
          {
            /* The dots of internal interaction on a picture from a repeating strip
             * (tp-blueprint-painter-dots.c), ending in a gap past the clip's end. */
            double x2 = x1;
            TpPoint ends[2];

            if (line == TP_BLUEPRINT_LINE_INTERNAL && options->clip != NULL && x1 < band.x + band.width)
              x2 = x0 + ceil ((x1 - x0) / 7) * 7 + 4.5;
            ends[0] = (TpPoint) { x0, round (y) + 0.5 };
            ends[1] = (TpPoint) { x2, round (y) + 0.5 };
            if (line != TP_BLUEPRINT_LINE_INTERNAL
                || !_tp_blueprint_paint_dots (cr, ends, 2, internal[0], internal[1], options->clip))
              {
                cairo_move_to (cr, x0, round (y) + 0.5);
                cairo_line_to (cr, x1, round (y) + 0.5);
                cairo_stroke (cr);
              }
          }
      }
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

      /* The label stands on the line at the left end, past the row headers at most (a
       * line's 40-pixel label is not looked for in the tiles far to the right). */
      if (_tp_painter_draws_text (&jo)
          && clip_hits (options, &(TpRect) { 0, y - 20 * s,
                                             2 * tp_blueprint_layout_get_options (layout)->row_header_width + 24 * s,
                                             40 * s }))
        {
          const TpBlueprintLayoutOptions *o = tp_blueprint_layout_get_options (layout);
          /* Whole, past the row headers if it must: the band is free of cards, and a line's
           * name cut short ("Line of internal interact…") is no name. */
          TpTextStyle label = { 11, PANGO_WEIGHT_BOLD, 2 * o->row_header_width - 16 * s, 1,
                                PANGO_ALIGN_LEFT };
          g_autoptr(PangoLayout) pl = _tp_painter_text_layout (cr, &jo, tp_blueprint_line_get_label (line), &label);
          int w, h;

          pango_layout_get_pixel_size (pl, &w, &h);
          /* The label sits on the line, over a patch of the band. */
          tp_cairo_set_rgba (cr, &theme->lane_header);
          cairo_rectangle (cr, 6 * s, y - h / 2.0 - 1, w + 8 * s, h + 2);
          cairo_fill (cr);
          tp_cairo_set_rgba (cr, &theme->header_text);
          cairo_move_to (cr, 10 * s, y - h / 2.0);
          tp_draw_show_layout (cr, pl);
        }
    }
  cairo_restore (cr);
}

void
tp_blueprint_painter_paint_phase_header (cairo_t                       *cr,
                                         TpBlueprintLayout             *layout,
                                         TpBlueprintAnalysis           *analysis,
                                         guint                          phase_index,
                                         const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme = theme_of (options);
  TpPhase *phase = tp_blueprint_layout_get_phase (layout, phase_index);
  TpJourneyPaintOptions jo;
  double s = theme->text_scale;
  TpRgba fill, stripe, text;
  TpRect rect;

  tp_blueprint_layout_get_phase_header (layout, phase_index, &rect);
  if (!clip_hits (options, &rect))
    return;
  journey_options (options, &jo);
  tp_theme_phase_colors (theme, tp_phase_get_color (phase), phase_index, &fill, &stripe, &text);

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &fill);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_fill (cr);
  tp_cairo_set_rgba (cr, &stripe);
  cairo_rectangle (cr, rect.x, rect.y + rect.height - 4 * s, rect.width, 4 * s);
  cairo_fill (cr);

  if (_tp_painter_draws_text (&jo))
    {
      TpTextStyle title = { 15, PANGO_WEIGHT_BOLD, rect.width - 24 * s, 1, PANGO_ALIGN_LEFT };
      TpTextStyle detail = { 11.5, PANGO_WEIGHT_NORMAL, rect.width - 44 * s, 1, PANGO_ALIGN_LEFT };
      const TpPhaseTime *time = analysis != NULL ? tp_blueprint_analysis_get_phase_time (analysis, phase_index) : NULL;

      tp_cairo_set_rgba (cr, &text);
      _tp_painter_draw_text (cr, &jo, tp_phase_get_title (phase), &title, rect.x + 12 * s, rect.y + 10 * s);
      if (time != NULL && (time->minutes > 0 || time->loop->len > 0))
        {
          g_autofree char *minutes = tp_blueprint_format_minutes (time->minutes);
          g_autofree char *line = NULL;
          double cx = rect.x + 19 * s, cy = rect.y + 44 * s, r = 6 * s;

          /* A clock face: the time is the longest path through the phase. */
          cairo_set_line_width (cr, 1.3 * s);
          cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
          cairo_move_to (cr, cx, cy - r * 0.6);
          cairo_line_to (cr, cx, cy);
          cairo_line_to (cr, cx + r * 0.5, cy);
          cairo_stroke (cr);
          if (time->loop->len > 0)
            /* Translators: a phase's time along its longest path, and a note that it has a loop */
            line = g_strdup_printf (_("%s · has a loop"), minutes);
          _tp_painter_draw_text (cr, &jo, line != NULL ? line : minutes, &detail,
                                 rect.x + 32 * s, cy - 8 * s);
        }
    }
  cairo_restore (cr);
}
