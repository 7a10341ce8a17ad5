/* tp-blueprint-painter-arrows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A service blueprint's arrows. They say their kind by line and head: flow
 * solid with a filled head, triggers heavier, depends on dashed with an open
 * head, rework dotted with an open head, wait solid with a pause mark; a
 * hand-off is haloed and carries a diamond in its middle.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-blueprint-painter-private.h"
#include "tp-journey-painter-private.h"
#include "tp-sprite.h"

#define ARROW_SIZE 9.0

static void
arrow_head (cairo_t       *cr,
            const TpPoint *from,
            const TpPoint *tip,
            double         size,
            gboolean       open)
{
  double dx = tip->x - from->x, dy = tip->y - from->y;
  double length = MAX (sqrt (dx * dx + dy * dy), 1e-6);
  double ux = dx / length, uy = dy / length;

  cairo_move_to (cr, tip->x - ux * size - uy * size * 0.55, tip->y - uy * size + ux * size * 0.55);
  cairo_line_to (cr, tip->x, tip->y);
  cairo_line_to (cr, tip->x - ux * size + uy * size * 0.55, tip->y - uy * size - ux * size * 0.55);
  if (open)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }
  else
    {
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

/* The route's points, the last one pulled back by @shorten so the line stops
 * where the head begins and does not poke through. */
static guint
route_points (const TpBlueprintRoute *route,
              double                  shorten,
              TpPoint                *points)
{
  guint n = route->n_points;
  TpPoint *last = &points[n - 1];
  double dx, dy, length;

  memcpy (points, route->points, n * sizeof (TpPoint));
  dx = last->x - points[n - 2].x;
  dy = last->y - points[n - 2].y;
  length = sqrt (dx * dx + dy * dy);
  if (length > shorten && shorten > 0)
    {
      last->x -= dx / length * shorten;
      last->y -= dy / length * shorten;
    }
  return n;
}

/* The part of segment @a–@b inside @r as the fractions [*t0, *t1] of it
 * (Liang–Barsky); FALSE when none of it is. */
static gboolean
clip_segment (const TpRect  *r,
              const TpPoint *a,
              const TpPoint *b,
              double        *t0,
              double        *t1)
{
  double d[2] = { b->x - a->x, b->y - a->y };
  double lo[2] = { r->x - a->x, r->y - a->y };
  double hi[2] = { r->x + r->width - a->x, r->y + r->height - a->y };

  *t0 = 0;
  *t1 = 1;
  for (int axis = 0; axis < 2; axis++)
    {
      if (d[axis] == 0)
        {
          if (lo[axis] > 0 || hi[axis] < 0)
            return FALSE;
          continue;
        }
      {
        double e0 = lo[axis] / d[axis], e1 = hi[axis] / d[axis];

        if (e0 > e1)
          {
            double t = e0;
            e0 = e1;
            e1 = t;
          }
        *t0 = MAX (*t0, e0);
        *t1 = MIN (*t1, e1);
      }
    }
  return *t0 <= *t1;
}

/* Strokes @route (pulled back by @shorten) with @dash; with a clip, only the
 * stretches inside it, each with the dash phase it has in the whole line:
 * a long arrow painted in tiles (PNG export, the canvas) is not dashed and
 * stroked whole in every tile it crosses. */
static void
stroke_route (cairo_t                *cr,
              const TpBlueprintRoute *route,
              double                  shorten,
              const TpRect           *clip,
              const double           *dash,
              int                     n_dash)
{
  TpPoint stack[16], *points;
  g_autofree TpPoint *heap = NULL;
  guint n = route->n_points;
  TpRect bounds, grown;
  double margin = cairo_get_line_width (cr) + 2, along = 0;
  gboolean open = FALSE;

  points = n <= G_N_ELEMENTS (stack) ? stack : (heap = g_new (TpPoint, n));
  route_points (route, shorten, points);
  if (clip != NULL)
    {
      tp_blueprint_route_get_bounds (route, &bounds);
      grown = (TpRect) { clip->x - margin, clip->y - margin,
                         clip->width + 2 * margin, clip->height + 2 * margin };
    }
  if (clip == NULL
      || (bounds.x >= grown.x && bounds.y >= grown.y
          && bounds.x + bounds.width <= grown.x + grown.width
          && bounds.y + bounds.height <= grown.y + grown.height))
    {
      cairo_move_to (cr, points[0].x, points[0].y);
      for (guint i = 1; i < n; i++)
        cairo_line_to (cr, points[i].x, points[i].y);
      cairo_set_dash (cr, dash, n_dash, 0);
      cairo_stroke (cr);
      return;
    }

  for (guint i = 0; i + 1 < n; i++)
    {
      const TpPoint *a = &points[i], *b = &points[i + 1];
      double length = hypot (b->x - a->x, b->y - a->y), t0, t1;

      if (!clip_segment (&grown, a, b, &t0, &t1))
        {
          if (open && n_dash > 0)
            cairo_stroke (cr);
          open = FALSE;
        }
      else
        {
          if (!open || t0 > 0)
            {
              if (open && n_dash > 0)
                cairo_stroke (cr);
              cairo_move_to (cr, a->x + (b->x - a->x) * t0, a->y + (b->y - a->y) * t0);
              if (n_dash > 0)
                cairo_set_dash (cr, dash, n_dash, along + t0 * length);
            }
          cairo_line_to (cr, a->x + (b->x - a->x) * t1, a->y + (b->y - a->y) * t1);
          open = t1 >= 1;
          if (!open && n_dash > 0)
            cairo_stroke (cr);
        }
      along += length;
    }
  if (n_dash == 0 || open)
    cairo_stroke (cr);
  cairo_new_path (cr);
}

/* A dotted line (@dots: on, off) on a picture from repeating strips
 * (tp-blueprint-painter-dots.c); FALSE: stroke it. */
static gboolean
paint_dots (cairo_t                *cr,
            const TpBlueprintRoute *route,
            double                  shorten,
            const TpRect           *clip,
            const double           *dots)
{
  TpPoint stack[16], *points;
  g_autofree TpPoint *heap = NULL;
  double margin = cairo_get_line_width (cr) + 2;
  TpRect grown;

  if (!tp_sprite_can_copy (cr))
    return FALSE;
  points = route->n_points <= G_N_ELEMENTS (stack) ? stack : (heap = g_new (TpPoint, route->n_points));
  route_points (route, shorten, points);
  if (clip != NULL)
    grown = (TpRect) { clip->x - margin, clip->y - margin, clip->width + 2 * margin, clip->height + 2 * margin };
  return _tp_blueprint_paint_dots (cr, points, route->n_points, dots[0], dots[1], clip != NULL ? &grown : NULL);
}

void
tp_blueprint_painter_paint_route (cairo_t                       *cr,
                                  const TpBlueprintRoute        *route,
                                  TpBlueprintAnalysis           *analysis,
                                  const TpBlueprintPaintOptions *options)
{
  static const double dashed[] = { 6, 4 };
  static const double dotted[] = { 0.1, 4.5 };
  const TpTheme *theme = _tp_blueprint_theme_of (options);
  TpConnectionKind kind = tp_connection_get_kind (route->connection);
  const TpHandoff *handoff = analysis != NULL ? tp_blueprint_analysis_find_handoff (analysis, route->connection) : NULL;
  gboolean selected = _tp_blueprint_is_selected (options, route->connection);
  gboolean open_head = kind == TP_CONNECTION_KIND_DEPENDS_ON || kind == TP_CONNECTION_KIND_REWORK;
  double lw = (kind == TP_CONNECTION_KIND_TRIGGERS ? 2.0 : 1.5) * theme->line_scale;
  const TpRgba *ink = selected ? &theme->selection : &theme->emotion_line;
  TpRect bounds;
  TpPoint mid;
  gboolean horizontal = TRUE;
  TpJourneyPaintOptions jo;
  const char *label;

  if (route->n_points < 2)
    return;
  tp_blueprint_route_get_bounds (route, &bounds);
  bounds.x -= 12;
  bounds.y -= 12;
  bounds.width += 24;
  bounds.height += 24;
  tp_blueprint_route_get_label_point (route, &mid, &horizontal);
  label = tp_connection_get_label (route->connection);
  if (label != NULL && *label != '\0')
    {
      /* The label's pill, above or right of the middle (at most 150 wide). */
      double s = theme->text_scale;
      TpRect pill = { mid.x - 90, mid.y - 40 * s, 260, 80 * s };

      gboolean any = TRUE;

      tp_rect_union (&bounds, &any, &pill);
    }
  if (options->clip != NULL && !tp_rect_intersects (options->clip, &bounds))
    return;
  _tp_blueprint_journey_options (options, &jo);

  cairo_save (cr);
  /* Mitred: every stretch is level or upright, and cairo fills a mitred
   * (or butt-ended) stroke of such a path as boxes, much cheaper than a
   * general stroke on an image (an eighth of a PNG export's painting). */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  if (options->scale < TP_BLUEPRINT_PAINTER_SHAPE_SCALE)
    {
      tp_cairo_set_rgba (cr, ink);
      cairo_set_line_width (cr, 1.0 / MAX (options->scale, 0.05));
      stroke_route (cr, route, 0, options->clip, NULL, 0);
      cairo_restore (cr);
      return;
    }

  if (handoff != NULL)
    {
      TpRgba halo = theme->moment_star;

      halo.alpha = 0.45;
      tp_cairo_set_rgba (cr, &halo);
      cairo_set_line_width (cr, lw + 6 * theme->line_scale);
      stroke_route (cr, route, 0, options->clip, NULL, 0);
    }

  tp_cairo_set_rgba (cr, ink);
  cairo_set_line_width (cr, lw + (selected ? 1 : 0));
  if (kind == TP_CONNECTION_KIND_REWORK)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_width (cr, lw + 1);
    }
  if (kind != TP_CONNECTION_KIND_REWORK || !paint_dots (cr, route, 1, options->clip, dotted))
    stroke_route (cr, route, open_head ? 1 : ARROW_SIZE * 0.8, options->clip,
                  kind == TP_CONNECTION_KIND_DEPENDS_ON ? dashed
                  : kind == TP_CONNECTION_KIND_REWORK ? dotted : NULL,
                  kind == TP_CONNECTION_KIND_DEPENDS_ON || kind == TP_CONNECTION_KIND_REWORK ? 2 : 0);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_width (cr, lw);
  arrow_head (cr, &route->points[route->n_points - 2], &route->points[route->n_points - 1],
              ARROW_SIZE * theme->line_scale, open_head);

  if (kind == TP_CONNECTION_KIND_WAIT)
    {
      /* A pause mark across the middle. */
      for (int i = -1; i <= 1; i += 2)
        {
          double o = i * 2.5;

          if (horizontal)
            {
              cairo_move_to (cr, mid.x + o, mid.y - 6);
              cairo_line_to (cr, mid.x + o, mid.y + 6);
            }
          else
            {
              cairo_move_to (cr, mid.x - 6, mid.y + o);
              cairo_line_to (cr, mid.x + 6, mid.y + o);
            }
        }
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  if (handoff != NULL)
    {
      /* A diamond on a hand-off: seen without its colour too. */
      TpPoint d = mid;

      if (kind == TP_CONNECTION_KIND_WAIT)
        {
          d.x += horizontal ? 14 : 0;
          d.y += horizontal ? 0 : 14;
        }
      cairo_move_to (cr, d.x, d.y - 6);
      cairo_line_to (cr, d.x + 6, d.y);
      cairo_line_to (cr, d.x, d.y + 6);
      cairo_line_to (cr, d.x - 6, d.y);
      cairo_close_path (cr);
      tp_cairo_set_rgba (cr, &theme->moment_star);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, ink);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }

  if (label != NULL && *label != '\0' && _tp_painter_draws_text (&jo))
    {
      TpTextStyle style = { 10.5, PANGO_WEIGHT_NORMAL, 150, 1, PANGO_ALIGN_LEFT };
      g_autoptr(PangoLayout) pl = _tp_painter_text_layout (cr, &jo, label, &style);
      int w, h;
      double x, y;

      pango_layout_get_pixel_size (pl, &w, &h);
      /* Beside the arrow's longest stretch, clear of the line. */
      x = horizontal ? mid.x - w / 2.0 : mid.x + 6;
      y = horizontal ? mid.y - h - 5 : mid.y - h / 2.0;
      tp_cairo_rounded_rect (cr, x - 4, y - 1, w + 8, h + 2, (h + 2) / 2.0);
      tp_cairo_set_rgba (cr, &theme->card);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->card_border);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      tp_cairo_set_rgba (cr, &theme->card_detail);
      cairo_move_to (cr, x, y);
      tp_draw_show_layout (cr, pl);
    }
  cairo_restore (cr);
}
