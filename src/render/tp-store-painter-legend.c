/* tp-store-painter-legend.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The legend beside the plan (zone kinds, stops, path, heat, journeys), the
 * scale bar and the figures under it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tp-store-painter-private.h"

#define ROW 20.0
#define SWATCH 14.0

char *
tp_store_format_duration (double seconds)
{
  guint s = (guint) round (MAX (seconds, 0));

  if (s < 60)
    /* Translators: a duration in seconds */
    return g_strdup_printf (_("%u s"), s);
  if (s < 3600)
    {
      if (s % 60 == 0)
        /* Translators: a duration in minutes */
        return g_strdup_printf (_("%u min"), s / 60);
      /* Translators: a duration in minutes and seconds */
      return g_strdup_printf (_("%u min %u s"), s / 60, s % 60);
    }
  /* Translators: a duration in hours and minutes */
  return g_strdup_printf (_("%u h %u min"), s / 3600, s / 60 % 60);
}

char *
tp_store_painter_figures (const TpStoreWalk *walk)
{
  GString *text = g_string_new (NULL);
  g_autofree char *dwell = tp_store_format_duration (walk->dwell);
  guint n_zones = 0;

  for (guint z = 0; z < walk->n_shapes; z++)
    n_zones++;
  /* Translators: figures of the customer's walk through the store: metres walked, time spent,
   * zones visited of all zones, share of the walking over ground already walked */
  g_string_printf (text, _("Walked %.1f m · %s spent · %u of %u zones visited · %.0f %% walked again"),
                   walk->length, dwell, walk->n_zones_visited, n_zones,
                   100 * tp_store_walk_backtrack_share (walk));
  if (walk->n_unreachable > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u stop cannot be reached",
                                                 "%u stops cannot be reached",
                                                 walk->n_unreachable),
                              walk->n_unreachable);
    }
  if (walk->n_outside > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u stop is outside the plan",
                                                 "%u stops are outside the plan", walk->n_outside),
                              walk->n_outside);
    }
  return g_string_free (text, FALSE);
}

static double
heading (cairo_t                     *cr,
         const TpJourneyPaintOptions *text,
         const TpTheme               *theme,
         const char                  *title,
         double                       x,
         double                       y)
{
  TpTextStyle style = { 12, PANGO_WEIGHT_BOLD, 220, 1, PANGO_ALIGN_LEFT };

  tp_cairo_set_rgba (cr, &theme->header_text);
  return y + _tp_painter_draw_text (cr, text, title, &style, x, y) + 6;
}

static void
label (cairo_t                     *cr,
       const TpJourneyPaintOptions *text,
       const TpTheme               *theme,
       const char                  *words,
       double                       x,
       double                       y)
{
  TpTextStyle style = { 11, PANGO_WEIGHT_NORMAL, 190, 1, PANGO_ALIGN_LEFT };

  tp_cairo_set_rgba (cr, &theme->lane_text);
  _tp_painter_draw_text (cr, text, words, &style, x, y);
}

static double
legend_zones (cairo_t                     *cr,
              TpStoreLayout               *layout,
              const TpJourneyPaintOptions *text,
              const TpTheme               *theme,
              double                       x,
              double                       y)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TP_TYPE_ZONE_KIND);
  gboolean any = FALSE;

  for (guint k = 0; k < klass->n_values; k++)
    {
      TpZoneKind kind = klass->values[k].value;
      gboolean present = FALSE;
      TpRgba fill, ink, outline;
      TpPattern pattern;
      TpRect swatch = { x, y + 1, SWATCH * 1.6, SWATCH };

      for (guint i = 0; i < layout->shapes->len && !present; i++)
        present = tp_zone_get_kind (g_array_index (layout->shapes, TpStoreShape, i).zone) == kind;
      if (!present)
        continue;
      if (!any)
        y = heading (cr, text, theme, _("Zones"), x, y);
      any = TRUE;
      swatch.y = y + 1;
      _tp_store_zone_style (theme, kind, &fill, &ink, &pattern);
      cairo_save (cr);
      cairo_rectangle (cr, swatch.x, swatch.y, swatch.width, swatch.height);
      tp_cairo_set_rgba (cr, &fill);
      cairo_fill_preserve (cr);
      cairo_clip_preserve (cr);
      _tp_store_pattern (cr, pattern, &ink, &swatch, 6);
      tp_rgba_mix (&fill, &ink, 0.8, &outline);
      outline.alpha = 1;
      tp_cairo_set_rgba (cr, &outline);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_restore (cr);
      label (cr, text, theme, tp_enum_get_label (TP_TYPE_ZONE_KIND, kind), x + SWATCH * 2.2, y);
      y += ROW;
    }
  return any ? y + 10 : y;
}

static double
legend_stops (cairo_t                     *cr,
              TpStoreLayout               *layout,
              const TpJourneyPaintOptions *text,
              const TpTheme               *theme,
              double                       x,
              double                       y)
{
  TpRgba color, line;
  g_autofree char *most = NULL;
  g_autofree char *size_text = NULL;

  _tp_store_path_color (theme, layout->journey, &line);
  y = heading (cr, text, theme, _("Stops"), x, y);

  /* Emotion: −3 … +3. */
  for (int score = -3; score <= 3; score++)
    {
      TpStoreStop stop = { 0 };

      stop.has_emotion = TRUE;
      stop.emotion = score;
      tp_store_painter_stop_color (theme, &stop, &color);
      cairo_new_path (cr);
      cairo_arc (cr, x + 6 + (score + 3) * 14, y + 8, 6, 0, 2 * G_PI);
      tp_cairo_set_rgba (cr, &color);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &line);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  /* Translators: the legend of the stops' colours, from −3 to +3 */
  label (cr, text, theme, _("Emotion −3 … +3"), x + 104, y);
  y += ROW;

  /* Size: time spent. */
  tp_cairo_set_rgba (cr, &line);
  cairo_set_line_width (cr, 1.5);
  cairo_new_path (cr);
  cairo_arc (cr, x + 9, y + 9, 5, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_arc (cr, x + 32, y + 9, 10, 0, 2 * G_PI);
  cairo_stroke (cr);
  most = tp_store_format_duration (layout->max_dwell);
  /* Translators: the legend of the stops' sizes; %s is the longest time spent at one stop */
  size_text = g_strdup_printf (_("Size: time spent (up to %s)"), most);
  label (cr, text, theme, size_text, x + 52, y + 2);
  y += ROW + 6;

  _tp_store_pain_mark (cr, theme, x + 2, y, 14);
  label (cr, text, theme, _("Pain point at this stop"), x + 24, y);
  return y + ROW + 10;
}

static double
legend_path (cairo_t                     *cr,
             TpStoreLayout               *layout,
             const TpJourneyPaintOptions *text,
             const TpTheme               *theme,
             double                       x,
             double                       y)
{
  TpRgba line;
  double dash[] = { 4, 3 };

  _tp_store_path_color (theme, layout->journey, &line);
  y = heading (cr, text, theme, _("Path"), x, y);

  tp_cairo_set_rgba (cr, &line);
  cairo_set_line_width (cr, 3);
  cairo_new_path (cr);
  cairo_move_to (cr, x, y + 8);
  cairo_line_to (cr, x + 30, y + 8);
  cairo_stroke (cr);
  cairo_move_to (cr, x + 38, y + 8);
  cairo_line_to (cr, x + 28, y + 2);
  cairo_line_to (cr, x + 28, y + 14);
  cairo_close_path (cr);
  cairo_fill (cr);
  label (cr, text, theme, _("Walking direction"), x + 46, y);
  y += ROW;

  cairo_move_to (cr, x, y + 5);
  cairo_line_to (cr, x + 38, y + 5);
  cairo_stroke (cr);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, y + 11);
  cairo_line_to (cr, x + 38, y + 11);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  label (cr, text, theme, _("Walked again"), x + 46, y);
  y += ROW;

  if (layout->walk != NULL && layout->walk->n_unreachable > 0)
    {
      TpRgba red;

      tp_theme_card_kind_color (theme, TP_CARD_KIND_PAIN_POINT, &red);
      tp_cairo_set_rgba (cr, &red);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, x, y + 8);
      cairo_line_to (cr, x + 38, y + 8);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      label (cr, text, theme, _("No way round the obstacles"), x + 46, y);
      y += ROW;
    }
  return y + 10;
}

static double
legend_heat (cairo_t                     *cr,
             TpStoreLayout               *layout,
             const TpJourneyPaintOptions *text,
             const TpTheme               *theme,
             double                       x,
             double                       y)
{
  g_autofree char *top = NULL;
  const char *scale;

  if (layout->heat == NULL)
    return y;
  y = heading (cr, text, theme,
               layout->options.heat_kind == TP_STORE_HEAT_DWELL ? _("Heat: time spent per zone")
                                                                : _("Heat: visits per zone"),
               x, y);
  for (int i = 0; i < 100; i++)
    {
      TpRgba c;

      _tp_store_heat_color (i / 99.0, &c);
      tp_cairo_set_rgba (cr, &c);
      cairo_rectangle (cr, x + i * 1.6, y, 1.7, 12);
      cairo_fill (cr);
    }
  if (layout->options.heat_kind == TP_STORE_HEAT_DWELL)
    top = tp_store_format_duration (layout->heat_max);
  else
    top = g_strdup_printf ("%.0f", layout->heat_max);
  label (cr, text, theme, "0", x, y + 14);
  label (cr, text, theme, top, x + 140, y + 14);
  y += 32;
  scale = layout->options.heat_max > 0 ? _("Fixed scale") : _("Scaled to the largest value");
  label (cr, text, theme, scale, x, y);
  return y + ROW + 10;
}

static double
legend_journeys (cairo_t                     *cr,
                 TpStoreLayout               *layout,
                 const TpJourneyPaintOptions *text,
                 const TpTheme               *theme,
                 double                       x,
                 double                       y)
{
  if (!layout->options.overlay || layout->others->len == 0)
    return y;
  y = heading (cr, text, theme, _("Journeys"), x, y);
  for (guint i = 0; i <= layout->others->len; i++)
    {
      TpStoreWalk *walk = i == 0 ? layout->walk : g_ptr_array_index (layout->others, i - 1);
      TpRgba c;

      _tp_store_path_color (theme, walk->journey, &c);
      tp_cairo_set_rgba (cr, &c);
      cairo_set_line_width (cr, i == 0 ? 3.5 : 2.5);
      cairo_move_to (cr, x, y + 8);
      cairo_line_to (cr, x + 30, y + 8);
      cairo_stroke (cr);
      label (cr, text, theme, tp_journey_get_title (walk->journey), x + 40, y);
      y += ROW;
    }
  return y + 10;
}

static void
scale_bar (cairo_t                     *cr,
           TpStoreLayout               *layout,
           const TpJourneyPaintOptions *text,
           const TpTheme               *theme,
           double                       x,
           double                       y)
{
  double want = layout->plan_rect.width / 5, base = pow (10, floor (log10 (want))), metres = base;
  g_autofree char *end = NULL;
  double w;

  /* A round length near a fifth of the plan's width. */
  for (int k = 0; k < 3; k++)
    {
      static const double factors[] = { 1, 2, 5 };

      if (factors[k] * base <= want)
        metres = factors[k] * base;
    }
  w = metres * layout->ppm;
  for (int i = 0; i < 4; i++)
    {
      cairo_rectangle (cr, x + i * w / 4, y, w / 4, 6);
      tp_cairo_set_rgba (cr, i % 2 == 0 ? &theme->header_text : &theme->cell);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->header_text);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  label (cr, text, theme, "0", x - 3, y + 9);
  /* Translators: the length of the scale bar, in metres */
  end = g_strdup_printf (_("%g m"), metres);
  label (cr, text, theme, end, x + w - 6, y + 9);
}

void
tp_store_painter_paint_legend (cairo_t                   *cr,
                               TpStoreLayout             *layout,
                               const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  TpJourneyPaintOptions text;
  double x = layout->legend_area.x, y = layout->legend_area.y;

  _tp_store_text_options (options, &text);
  if (!_tp_painter_draws_text (&text))
    return;
  if (options->clip != NULL && !tp_rect_intersects (options->clip, &layout->legend_area) &&
      !tp_rect_intersects (options->clip, &layout->footer_area))
    return;

  y = legend_zones (cr, layout, &text, theme, x, y);
  if (layout->walk != NULL && layout->walk->stops->len > 0)
    {
      y = legend_stops (cr, layout, &text, theme, x, y);
      y = legend_path (cr, layout, &text, theme, x, y);
    }
  y = legend_heat (cr, layout, &text, theme, x, y);
  legend_journeys (cr, layout, &text, theme, x, y);

  scale_bar (cr, layout, &text, theme, layout->footer_area.x + 4, layout->footer_area.y + 4);
  if (layout->walk != NULL)
    {
      TpTextStyle style = { 12, PANGO_WEIGHT_NORMAL, layout->footer_area.width, 2,
                            PANGO_ALIGN_LEFT };
      g_autofree char *figures = tp_store_painter_figures (layout->walk);
      g_autofree char *compare = _tp_store_compare_figures (layout);

      if (compare != NULL)
        {
          char *both = g_strconcat (figures, "\n", compare, NULL);

          g_free (figures);
          figures = both;
        }

      tp_cairo_set_rgba (cr, &theme->header_text);
      _tp_painter_draw_text (cr, &text, figures, &style, layout->footer_area.x,
                             layout->footer_area.y + 30);
    }
  else
    {
      TpTextStyle style = { 14, PANGO_WEIGHT_NORMAL, layout->plan_area.width, 3,
                            PANGO_ALIGN_CENTER };

      tp_cairo_set_rgba (cr, &theme->card_detail);
      _tp_painter_draw_text (cr, &text, _("This journey has no floor plan."), &style,
                             layout->plan_area.x, layout->plan_area.y + layout->plan_area.height / 2);
    }
  if (layout->image_problem != NULL)
    {
      TpTextStyle style = { 11, PANGO_WEIGHT_NORMAL, layout->plan_area.width - 16, 2,
                            PANGO_ALIGN_LEFT };

      tp_cairo_set_rgba (cr, &theme->card_detail);
      _tp_painter_draw_text (cr, &text, layout->image_problem, &style, layout->plan_area.x + 8,
                             layout->plan_area.y + layout->plan_area.height - 36);
    }
}
