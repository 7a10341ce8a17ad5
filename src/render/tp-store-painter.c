/* tp-store-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan: floor, picture, grid, zones, heat, paths and stops.
 */

#include "config.h"

#include <math.h>

#include "tp-store-painter-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Fills light and dark, and a pattern per kind: no two kinds look alike without colour. */
static const struct {
  TpRgba    light;
  TpRgba    dark;
  TpPattern pattern;
} zone_styles[] = {
  [TP_ZONE_KIND_ENTRANCE]      = { RGB (0xc6efd3), RGB (0x24553a), TP_PATTERN_DOTS },
  [TP_ZONE_KIND_DECOMPRESSION] = { RGB (0xd4e6f6), RGB (0x223f5c), TP_PATTERN_HORIZONTAL },
  [TP_ZONE_KIND_AISLE]         = { RGB (0xf2eee6), RGB (0x3b3833), TP_PATTERN_NONE },
  [TP_ZONE_KIND_DISPLAY]       = { RGB (0xfae8a4), RGB (0x5a4c16), TP_PATTERN_HATCH },
  [TP_ZONE_KIND_FITTING_ROOM]  = { RGB (0xe6d5f1), RGB (0x47315c), TP_PATTERN_BACKHATCH },
  [TP_ZONE_KIND_CHECKOUT]      = { RGB (0xfbd8b5), RGB (0x5e3713), TP_PATTERN_CROSS },
  [TP_ZONE_KIND_EXIT]          = { RGB (0xf5cece), RGB (0x5c2424), TP_PATTERN_VERTICAL },
  [TP_ZONE_KIND_STAFF_ONLY]    = { RGB (0xdddcda), RGB (0x3e3d3b), TP_PATTERN_GRID },
  [TP_ZONE_KIND_SEATING]       = { RGB (0xeadbc9), RGB (0x4c3c2c), TP_PATTERN_RINGS },
  [TP_ZONE_KIND_OTHER]         = { RGB (0xeeeeec), RGB (0x353535), TP_PATTERN_NONE },
  [TP_ZONE_KIND_SHELF]         = { RGB (0x8f6b4a), RGB (0xa0805f), TP_PATTERN_HATCH },
  [TP_ZONE_KIND_WALL]          = { RGB (0x3d3846), RGB (0xc0bfbc), TP_PATTERN_NONE },
  [TP_ZONE_KIND_OBSTACLE]      = { RGB (0x77767b), RGB (0x8d8c91), TP_PATTERN_CROSS },
};

void
tp_store_paint_options_init (TpStorePaintOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (TpStorePaintOptions) { NULL, 1.0, NULL, -1, FALSE, NULL, NULL, NULL };
}

const TpTheme *
_tp_store_theme (const TpStorePaintOptions *options)
{
  return options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
}

void
_tp_store_text_options (const TpStorePaintOptions *options,
                        TpJourneyPaintOptions     *text)
{
  tp_journey_paint_options_init (text);
  text->theme = _tp_store_theme (options);
  text->scale = options->scale;
  text->font_family = options->font_family;
  text->font_options = options->font_options;
}

void
_tp_store_zone_style (const TpTheme *theme,
                      TpZoneKind     kind,
                      TpRgba        *fill,
                      TpRgba        *ink,
                      TpPattern     *pattern)
{
  static const TpRgba black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  gboolean dark = theme->style == TP_THEME_DARK;

  if ((guint) kind >= G_N_ELEMENTS (zone_styles))
    kind = TP_ZONE_KIND_OTHER;
  *fill = dark ? zone_styles[kind].dark : zone_styles[kind].light;
  *pattern = zone_styles[kind].pattern;
  /* Ink stands out from its fill: darker on light fills, lighter on dark ones. */
  tp_rgba_mix (fill, tp_rgba_luminance (fill) > 0.3 ? &black : &white, 0.45, ink);
  ink->alpha = 0.6;
}

void
_tp_store_pattern (cairo_t      *cr,
                   TpPattern     pattern,
                   const TpRgba *ink,
                   const TpRect *area,
                   double        spacing)
{
  double x0 = floor (area->x / spacing) * spacing, y0 = floor (area->y / spacing) * spacing;
  double x1 = area->x + area->width, y1 = area->y + area->height;
  double diag = area->width + area->height;

  if (pattern == TP_PATTERN_NONE || spacing <= 0)
    return;
  cairo_save (cr);
  tp_cairo_set_rgba (cr, ink);
  cairo_set_line_width (cr, 1.0);
  switch (pattern)
    {
    case TP_PATTERN_DOTS:
      for (double y = y0 + spacing / 2; y < y1; y += spacing)
        for (double x = x0 + spacing / 2; x < x1; x += spacing)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, spacing / 7, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case TP_PATTERN_RINGS:
      for (double y = y0 + spacing; y < y1; y += 2 * spacing)
        for (double x = x0 + spacing; x < x1; x += 2 * spacing)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, spacing / 2.5, 0, 2 * G_PI);
          }
      cairo_stroke (cr);
      break;
    case TP_PATTERN_HORIZONTAL:
    case TP_PATTERN_GRID:
      for (double y = y0; y < y1; y += spacing)
        {
          cairo_move_to (cr, area->x, y);
          cairo_line_to (cr, x1, y);
        }
      if (pattern == TP_PATTERN_HORIZONTAL)
        break;
      G_GNUC_FALLTHROUGH;
    case TP_PATTERN_VERTICAL:
      for (double x = x0; x < x1; x += spacing)
        {
          cairo_move_to (cr, x, area->y);
          cairo_line_to (cr, x, y1);
        }
      break;
    case TP_PATTERN_HATCH:
    case TP_PATTERN_CROSS:
      for (double d = -diag; d < diag; d += spacing)
        {
          cairo_move_to (cr, x0 + d, y1);
          cairo_line_to (cr, x0 + d + (y1 - area->y), area->y);
        }
      if (pattern == TP_PATTERN_HATCH)
        break;
      G_GNUC_FALLTHROUGH;
    case TP_PATTERN_BACKHATCH:
      for (double d = -diag; d < diag; d += spacing)
        {
          cairo_move_to (cr, x0 + d, area->y);
          cairo_line_to (cr, x0 + d + (y1 - area->y), y1);
        }
      break;
    case TP_PATTERN_NONE:
    default:
      break;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_tp_store_path_color (const TpTheme *theme,
                      TpJourney     *journey,
                      TpRgba        *color)
{
  TpElement *persona = NULL;
  gpointer project = tp_element_get_project (TP_ELEMENT (journey));

  if (project != NULL && tp_journey_get_persona (journey) != NULL)
    persona = tp_project_lookup (project, tp_journey_get_persona (journey));
  if (TP_IS_PERSONA (persona) && tp_rgba_parse (color, tp_persona_get_color (TP_PERSONA (persona))))
    {
      static const TpRgba black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

      /* Dark enough to read on the floor in light themes, light enough in dark ones. */
      if (theme->style == TP_THEME_DARK && tp_rgba_luminance (color) < 0.25)
        tp_rgba_mix (color, &white, 0.35, color);
      else if (theme->style != TP_THEME_DARK && tp_rgba_luminance (color) > 0.35)
        tp_rgba_mix (color, &black, 0.3, color);
      return;
    }
  *color = theme->emotion_line;
}

void
_tp_store_heat_color (double  share,
                      TpRgba *color)
{
  /* ColorBrewer YlOrRd: ordered by lightness, readable by colour-blind people. */
  static const TpRgba ramp[] = { RGB (0xffffb2), RGB (0xfecc5c), RGB (0xfd8d3c), RGB (0xf03b20),
                                 RGB (0xbd0026) };
  double pos = CLAMP (share, 0.0, 1.0) * (G_N_ELEMENTS (ramp) - 1);
  guint i = MIN ((guint) pos, G_N_ELEMENTS (ramp) - 2);

  tp_rgba_mix (&ramp[i], &ramp[i + 1], pos - i, color);
}

void
_tp_store_pain_mark (cairo_t       *cr,
                     const TpTheme *theme,
                     double         x,
                     double         y,
                     double         size)
{
  TpRgba red;

  /* A warning triangle with a "!" cut out. */
  tp_theme_card_kind_color (theme, TP_CARD_KIND_PAIN_POINT, &red);
  cairo_save (cr);
  cairo_move_to (cr, x + size / 2, y);
  cairo_line_to (cr, x + size, y + size * 0.9);
  cairo_line_to (cr, x, y + size * 0.9);
  cairo_close_path (cr);
  tp_cairo_set_rgba (cr, &red);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->card);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_rectangle (cr, x + size * 0.45, y + size * 0.3, size * 0.1, size * 0.3);
  cairo_rectangle (cr, x + size * 0.45, y + size * 0.66, size * 0.1, size * 0.1);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
tp_store_painter_stop_color (const TpTheme     *theme,
                             const TpStoreStop *stop,
                             TpRgba            *color)
{
  TpRgba lo, hi;
  double f;

  if (!stop->has_emotion)
    {
      *color = theme->card;
      return;
    }
  f = floor (stop->emotion);
  tp_theme_emotion_color (theme, (int) f, &lo);
  tp_theme_emotion_color (theme, (int) MIN (f + 1, 3), &hi);
  tp_rgba_mix (&lo, &hi, stop->emotion - f, color);
}

static void
polygon_path (cairo_t             *cr,
              const TpStoreLayout *layout,
              const TpStoreShape  *shape)
{
  for (guint i = 0; i < shape->n_points; i++)
    {
      double x, y;

      tp_store_layout_to_units (layout, shape->points[i], &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static double
nice_step (double at_least)
{
  double base = pow (10, floor (log10 (at_least)));

  for (int k = 0; k < 3; k++)
    {
      static const double factors[] = { 1, 2, 5 };

      if (factors[k] * base >= at_least)
        return factors[k] * base;
    }
  return 10 * base;
}

static void
paint_floor (cairo_t                   *cr,
             TpStoreLayout             *layout,
             const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  const TpRect *area = &layout->plan_area;
  double step = nice_step (12.0 / layout->ppm);

  tp_cairo_set_rgba (cr, &theme->cell);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_fill (cr);

  if (layout->image != NULL)
    {
      double opacity = tp_floor_plan_get_image_opacity (layout->plan);
      int w = cairo_image_surface_get_width (layout->image);
      int h = cairo_image_surface_get_height (layout->image);

      cairo_save (cr);
      cairo_rectangle (cr, area->x, area->y, area->width, area->height);
      cairo_clip (cr);
      cairo_translate (cr, layout->image_rect.x, layout->image_rect.y);
      cairo_scale (cr, layout->image_rect.width / w, layout->image_rect.height / h);
      cairo_set_source_surface (cr, layout->image, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      /* In the dark the picture (usually black on white) is faded further, so it does not glare. */
      cairo_paint_with_alpha (cr, theme->style == TP_THEME_DARK ? opacity * 0.5 : opacity);
      cairo_restore (cr);
    }

  /* Grid lines at a round distance at least 12 units apart, every fifth stronger. */
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (int axis = 0; axis < 2; axis++)
    {
      double extent = axis == 0 ? layout->plan_rect.width : layout->plan_rect.height;

      for (int k = 1; k * step < extent - 1e-9; k++)
        {
          TpRgba line = theme->grid_line;
          double x, y;

          line.alpha = k % 5 == 0 ? 0.9 : 0.45;
          tp_cairo_set_rgba (cr, &line);
          tp_store_layout_to_units (layout, (TpPoint) { k * step, k * step }, &x, &y);
          if (axis == 0)
            {
              cairo_move_to (cr, round (x) + 0.5, area->y);
              cairo_line_to (cr, round (x) + 0.5, area->y + area->height);
            }
          else
            {
              cairo_move_to (cr, area->x, round (y) + 0.5);
              cairo_line_to (cr, area->x + area->width, round (y) + 0.5);
            }
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

static void
paint_zones (cairo_t                   *cr,
             TpStoreLayout             *layout,
             const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  TpJourneyPaintOptions text;
  TpTextStyle name_style = { 11, PANGO_WEIGHT_SEMIBOLD, 0, 2, PANGO_ALIGN_CENTER };

  _tp_store_text_options (options, &text);

  for (guint i = 0; i < layout->shapes->len; i++)
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, i);
      TpRgba fill, ink, outline;
      TpPattern pattern;
      TpRect bounds;

      tp_store_layout_get_zone_rect (layout, i, &bounds);
      if (options->clip != NULL && !tp_rect_intersects (options->clip, &bounds))
        continue;
      _tp_store_zone_style (theme, tp_zone_get_kind (shape->zone), &fill, &ink, &pattern);

      cairo_save (cr);
      polygon_path (cr, layout, shape);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      /* Walkable zones let the plan's picture show through. */
      if (shape->walkable && layout->image != NULL)
        fill.alpha = 0.8;
      tp_cairo_set_rgba (cr, &fill);
      cairo_fill_preserve (cr);
      if (layout->heat != NULL && layout->heat_max > 0 && layout->heat[i] > 0)
        {
          TpRgba heat;

          _tp_store_heat_color (layout->heat[i] / layout->heat_max, &heat);
          heat.alpha = 0.7;
          tp_cairo_set_rgba (cr, &heat);
          cairo_fill_preserve (cr);
        }
      cairo_clip_preserve (cr);
      _tp_store_pattern (cr, pattern, &ink, &bounds, 9);
      tp_rgba_mix (&fill, &ink, 0.8, &outline);
      outline.alpha = 1;
      tp_cairo_set_rgba (cr, &outline);
      cairo_set_line_width (cr, 2.0);   /* half of it inside the clip */
      cairo_stroke (cr);
      cairo_restore (cr);

      if (options->selection != NULL && g_hash_table_contains (options->selection, shape->zone))
        {
          polygon_path (cr, layout, shape);
          tp_cairo_set_rgba (cr, &theme->selection);
          cairo_set_line_width (cr, 3.0);
          cairo_stroke (cr);
        }
    }

  if (!_tp_painter_draws_text (&text))
    return;

  for (guint i = 0; i < layout->shapes->len; i++)
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, i);
      const char *name = tp_zone_get_name (shape->zone);
      g_autoptr(PangoLayout) pl = NULL;
      TpRect bounds;
      TpRgba pill = theme->card;
      int w, h;

      tp_store_layout_get_zone_rect (layout, i, &bounds);
      if (name == NULL || *name == '\0' || bounds.width < 36 || bounds.height < 16)
        continue;
      if (options->clip != NULL && !tp_rect_intersects (options->clip, &bounds))
        continue;
      name_style.width = bounds.width - 6;
      pl = _tp_painter_text_layout (cr, &text, name, &name_style);
      pango_layout_get_pixel_size (pl, &w, &h);
      if (h > bounds.height - 2)
        {
          pango_layout_set_height (pl, 0);
          pango_layout_get_pixel_size (pl, &w, &h);
        }
      /* On a pill, so the name reads over patterns and the picture. */
      pill.alpha = 0.82;
      tp_cairo_set_rgba (cr, &pill);
      tp_cairo_rounded_rect (cr, bounds.x + (bounds.width - w) / 2 - 3,
                             bounds.y + 4, w + 6, h + 2, 4);
      cairo_fill (cr);
      tp_cairo_set_rgba (cr, &theme->card_text);
      cairo_move_to (cr, bounds.x + 3, bounds.y + 5);
      tp_draw_show_layout (cr, pl);
    }
}

static void
polyline (cairo_t             *cr,
          const TpStoreLayout *layout,
          const TpPoint       *points,
          guint                n,
          double               offset)
{
  for (guint i = 0; i < n; i++)
    {
      double x, y, nx = 0, ny = 0;

      tp_store_layout_to_units (layout, points[i], &x, &y);
      if (offset != 0)
        {
          /* Offset to the walker's right, along the mean of the neighbouring segments' normals. */
          for (int k = -1; k <= 0; k++)
            {
              guint a = i + k, b = i + k + 1;
              double dx, dy, len;

              if ((int) i + k < 0 || b >= n)
                continue;
              dx = points[b].x - points[a].x;
              dy = points[b].y - points[a].y;
              len = hypot (dx, dy);
              if (len > 0)
                {
                  nx += -dy / len;
                  ny += dx / len;
                }
            }
          if (hypot (nx, ny) > 0)
            {
              double len = hypot (nx, ny);

              x += nx / len * offset;
              y += ny / len * offset;
            }
        }
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
}

static void
arrow_head (cairo_t *cr,
            double   x,
            double   y,
            double   dx,
            double   dy,
            double   size)
{
  cairo_move_to (cr, x + dx * size, y + dy * size);
  cairo_line_to (cr, x - dx * size * 0.6 - dy * size * 0.7, y - dy * size * 0.6 + dx * size * 0.7);
  cairo_line_to (cr, x - dx * size * 0.6 + dy * size * 0.7, y - dy * size * 0.6 - dx * size * 0.7);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
paint_walk (cairo_t                   *cr,
            TpStoreLayout             *layout,
            TpStoreWalk               *walk,
            const TpStorePaintOptions *options,
            gboolean                   main)
{
  const TpTheme *theme = _tp_store_theme (options);
  const TpPoint *path = (const TpPoint *) (gconstpointer) walk->path->data;
  double width = (main ? 3.5 : 2.5) * theme->line_scale;
  TpRgba color, halo = theme->cell;
  guint start = 0;

  if (walk->path->len < 2)
    return;
  _tp_store_path_color (theme, walk->journey, &color);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* Leg by leg: those that cannot go round the obstacles are drawn straight and dashed. */
  for (guint i = 1; i < walk->stops->len; i++)
    {
      const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);
      guint end = stop->path_end;

      /* A leg out of view is not stroked (2,000 legs zoomed in). */
      if (options->clip != NULL)
        {
          TpRect bounds;
          double x0, y0, x1, y1;

          tp_polygon_bounds (path + start, end - start + 1, &bounds);
          tp_store_layout_to_units (layout, (TpPoint) { bounds.x, bounds.y }, &x0, &y0);
          tp_store_layout_to_units (layout, (TpPoint) { bounds.x + bounds.width,
                                                        bounds.y + bounds.height }, &x1, &y1);
          if (!tp_rect_intersects (options->clip, &(TpRect) { x0 - 2 * width, y0 - 2 * width,
                                                               x1 - x0 + 4 * width + 1,
                                                               y1 - y0 + 4 * width + 1 }))
            {
              start = end;
              continue;
            }
        }
      polyline (cr, layout, path + start, end - start + 1, 0);
      halo.alpha = 0.8;
      tp_cairo_set_rgba (cr, &halo);
      cairo_set_line_width (cr, width + 3);
      cairo_stroke_preserve (cr);
      if (!stop->reached)
        {
          double dash[] = { 6, 5 };
          TpRgba red;

          tp_theme_card_kind_color (theme, TP_CARD_KIND_PAIN_POINT, &red);
          tp_cairo_set_rgba (cr, &red);
          cairo_set_dash (cr, dash, 2, 0);
        }
      else
        tp_cairo_set_rgba (cr, &color);
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      start = end;
    }

  /* Ground walked again: a second, dashed stroke beside the path. */
  for (guint i = 0; main && i + 1 < walk->backtrack->len; i += 2)
    {
      g_autoptr(GArray) stretch = g_array_new (FALSE, FALSE, sizeof (TpPoint));
      double dash[] = { 4, 3 };

      tp_store_walk_append_stretch (walk, g_array_index (walk->backtrack, double, i),
                                    g_array_index (walk->backtrack, double, i + 1), stretch);
      if (options->clip != NULL && stretch->len > 0)
        {
          TpRect bounds;
          double x0, y0, x1, y1;

          tp_polygon_bounds ((TpPoint *) (gpointer) stretch->data, stretch->len, &bounds);
          tp_store_layout_to_units (layout, (TpPoint) { bounds.x, bounds.y }, &x0, &y0);
          tp_store_layout_to_units (layout, (TpPoint) { bounds.x + bounds.width,
                                                        bounds.y + bounds.height }, &x1, &y1);
          if (!tp_rect_intersects (options->clip, &(TpRect) { x0 - 3 * width, y0 - 3 * width,
                                                               x1 - x0 + 6 * width + 1,
                                                               y1 - y0 + 6 * width + 1 }))
            continue;
        }
      polyline (cr, layout, (TpPoint *) (gpointer) stretch->data, stretch->len, width + 3);
      tp_cairo_set_rgba (cr, &color);
      cairo_set_line_width (cr, width * 0.7);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Direction: an arrowhead every 3 m or so, none too close to a stop. */
  if (main)
    {
      double every = MAX (3.0, 90.0 / layout->ppm);

      guint leg = 0;

      tp_cairo_set_rgba (cr, &color);
      for (double s = every / 2; s < walk->length; s += every)
        {
          TpPoint p, dir;
          double x, y;
          gboolean near = FALSE;

          /* Only the stops at either end of this leg can be under the arrow. */
          while (leg + 1 < walk->stops->len &&
                 walk->arc[g_array_index (walk->stops, TpStoreStop, leg + 1).path_end] < s)
            leg++;
          tp_store_walk_point_at (walk, s, &p, &dir);
          tp_store_layout_to_units (layout, p, &x, &y);
          if (options->clip != NULL &&
              !tp_rect_intersects (options->clip, &(TpRect) { x - 10, y - 10, 20, 20 }))
            continue;
          for (guint i = leg; i < MIN (leg + 2, walk->stops->len) && !near; i++)
            {
              const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);

              near = hypot (stop->at.x - p.x, stop->at.y - p.y) * layout->ppm <
                     tp_store_layout_stop_radius (layout, stop) + 10;
            }
          if (near)
            continue;
          arrow_head (cr, x, y, dir.x, dir.y, 7 * theme->line_scale);
        }
    }
  cairo_restore (cr);
}

static void
paint_stops (cairo_t                   *cr,
             TpStoreLayout             *layout,
             TpStoreWalk               *walk,
             const TpStorePaintOptions *options,
             gboolean                   main)
{
  const TpTheme *theme = _tp_store_theme (options);
  TpJourneyPaintOptions text;
  TpRgba ring;

  _tp_store_text_options (options, &text);
  _tp_store_path_color (theme, walk->journey, &ring);

  for (guint i = 0; i < walk->stops->len; i++)
    {
      const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);
      double x, y, r = main ? tp_store_layout_stop_radius (layout, stop) : 5;
      TpRgba fill;

      tp_store_layout_to_units (layout, stop->at, &x, &y);
      if (options->clip != NULL &&
          !tp_rect_intersects (options->clip, &(TpRect) { x - r - 12, y - r - 12,
                                                           2 * r + 24, 2 * r + 24 }))
        continue;
      tp_store_painter_stop_color (theme, stop, &fill);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      tp_cairo_set_rgba (cr, main ? &fill : &ring);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, main ? &ring : &theme->cell);
      cairo_set_line_width (cr, (main ? 2.5 : 1.5) * theme->line_scale);
      if (stop->outside)
        {
          double dash[] = { 3, 2 };

          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (!main)
        continue;

      if (options->selection != NULL &&
          (g_hash_table_contains (options->selection, stop->placement) ||
           (stop->card != NULL && g_hash_table_contains (options->selection, stop->card))))
        {
          cairo_arc (cr, x, y, r + 4, 0, 2 * G_PI);
          tp_cairo_set_rgba (cr, &theme->selection);
          cairo_set_line_width (cr, 3);
          cairo_stroke (cr);
        }

      if (_tp_painter_draws_text (&text))
        {
          static const TpRgba black = { 0.1, 0.1, 0.1, 1 }, white = { 1, 1, 1, 1 };
          TpTextStyle number = { MIN (12, r), PANGO_WEIGHT_BOLD, 0, 1, PANGO_ALIGN_LEFT };
          g_autofree char *label = g_strdup_printf ("%u", i + 1);
          g_autoptr(PangoLayout) pl = _tp_painter_text_layout (cr, &text, label, &number);
          int w, h;

          pango_layout_get_pixel_size (pl, &w, &h);
          tp_cairo_set_rgba (cr, tp_rgba_luminance (&fill) > 0.4 ? &black : &white);
          cairo_move_to (cr, x - w / 2.0, y - h / 2.0);
          tp_draw_show_layout (cr, pl);
        }

      if (stop->pains->len > 0)
        _tp_store_pain_mark (cr, theme, x + r * 0.55, y - r * 0.55 - 14, 16);
    }
}

static void
paint_spotlight (cairo_t                   *cr,
                 TpStoreLayout             *layout,
                 const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  const TpStoreStop *stop;
  double x, y, r;

  if (layout->walk == NULL || options->spotlight_stop < 0 ||
      (guint) options->spotlight_stop >= layout->walk->stops->len)
    return;
  stop = &g_array_index (layout->walk->stops, TpStoreStop, options->spotlight_stop);
  tp_store_layout_to_units (layout, stop->at, &x, &y);
  r = MAX (tp_store_layout_stop_radius (layout, stop) + 40, 2.5 * layout->ppm);
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  tp_cairo_set_rgba (cr, &theme->spotlight_dim);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
paint_outline (cairo_t                   *cr,
               TpStoreLayout             *layout,
               const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  const TpRect *area = &layout->plan_area;

  tp_cairo_set_rgba (cr, &theme->header_text);
  cairo_set_line_width (cr, 2 * theme->line_scale);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_stroke (cr);
}

/* Side by side: the same plan again at compare_area (the painting moved there), the other
 * state's walk on it drawn as the journey's is, nothing selected on it. */
static void
paint_other_plan (cairo_t                   *cr,
                  TpStoreLayout             *layout,
                  const TpStorePaintOptions *options)
{
  TpStorePaintOptions moved = *options;
  double dx = layout->compare_area.x - layout->plan_area.x;
  double dy = layout->compare_area.y - layout->plan_area.y;
  TpRect clip;

  if (options->clip != NULL)
    {
      if (!tp_rect_intersects (options->clip, &layout->compare_area))
        return;
      clip = (TpRect) { options->clip->x - dx, options->clip->y - dy, options->clip->width,
                        options->clip->height };
      moved.clip = &clip;
    }
  moved.selection = NULL;
  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  paint_floor (cr, layout, &moved);
  paint_zones (cr, layout, &moved);
  paint_outline (cr, layout, &moved);
  paint_walk (cr, layout, layout->compare, &moved, TRUE);
  paint_stops (cr, layout, layout->compare, &moved, TRUE);
  cairo_restore (cr);
}

void
tp_store_painter_paint_plan (cairo_t                   *cr,
                             TpStoreLayout             *layout,
                             const TpStorePaintOptions *options)
{
  paint_floor (cr, layout, options);
  paint_zones (cr, layout, options);
  paint_outline (cr, layout, options);

  if (layout->walk == NULL)
    return;
  if (layout->side_by_side)
    {
      paint_other_plan (cr, layout, options);
      _tp_store_paint_captions (cr, layout, options);
    }
  if (layout->options.overlay)
    for (guint i = 0; i < layout->others->len; i++)
      {
        paint_walk (cr, layout, g_ptr_array_index (layout->others, i), options, FALSE);
        paint_stops (cr, layout, g_ptr_array_index (layout->others, i), options, FALSE);
      }
  if (!layout->side_by_side)
    _tp_store_paint_compare (cr, layout, options);
  paint_walk (cr, layout, layout->walk, options, TRUE);
  paint_stops (cr, layout, layout->walk, options, TRUE);
}

void
tp_store_painter_paint (cairo_t                   *cr,
                        TpStoreLayout             *layout,
                        const TpStorePaintOptions *options)
{
  TpStorePaintOptions defaults;

  if (options == NULL)
    {
      tp_store_paint_options_init (&defaults);
      options = &defaults;
    }
  if (!options->transparent)
    {
      tp_cairo_set_rgba (cr, &_tp_store_theme (options)->background);
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      cairo_fill (cr);
    }
  tp_store_painter_paint_plan (cr, layout, options);
  tp_store_painter_paint_legend (cr, layout, options);
  paint_spotlight (cr, layout, options);
}
