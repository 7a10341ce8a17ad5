/* tp-analysis-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Pareto chart, the impact/effort matrix and the roll-up row. Geometry is
 * computed by the same functions for painting and for hit-testing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "tp-analysis-painter-private.h"


/* --- Shared drawing helpers ---------------------------------------------- */

const TpTheme *
_tp_chart_theme (const TpChartStyle *style)
{
  return style != NULL && style->theme != NULL ? style->theme : tp_theme_get (TP_THEME_LIGHT);
}

PangoLayout *
_tp_chart_text_layout (cairo_t            *cr,
                       const TpChartStyle *style,
                       const char         *text,
                       double              size,
                       gboolean            bold,
                       double              width)
{
  const TpTheme *theme = _tp_chart_theme (style);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  if (style != NULL && style->font_options != NULL)
    {
      pango_cairo_context_set_font_options (pango_layout_get_context (layout), style->font_options);
      pango_layout_context_changed (layout);
    }
  pango_font_description_set_family (desc, style != NULL && style->font_family != NULL
                                           ? style->font_family : theme->font_family);
  pango_font_description_set_absolute_size (desc, size * theme->text_scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Draws @text with its top-left at (@x, @y), or centred on @x when @centre; returns its width. */
double
_tp_chart_draw_text (cairo_t            *cr,
                     const TpChartStyle *style,
                     const TpRgba       *color,
                     const char         *text,
                     double              size,
                     gboolean            bold,
                     double              x,
                     double              y,
                     double              width,
                     gboolean            centre)
{
  g_autoptr(PangoLayout) layout = _tp_chart_text_layout (cr, style, text, size, bold, width);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  tp_cairo_set_rgba (cr, color);
  cairo_move_to (cr, centre ? x - w / 2.0 : x, y);
  tp_draw_show_layout (cr, layout);
  return w;
}

/* A diagonal hatch in @color, for what must read without colour: solid strokes under a clip
 * (not a pattern), so that every sink — the SVG writer too — draws it. The lines are anchored
 * at the user-space origin, so neighbouring hatched shapes line up. */
void
_tp_chart_fill_hatched (cairo_t      *cr,
                        const TpRgba *color)
{
  const double spacing = 7;
  cairo_path_t *path = cairo_copy_path (cr);
  double x1, y1, x2, y2;

  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  cairo_save (cr);
  cairo_clip (cr);
  tp_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, 1.5);
  for (double c = floor ((x1 + y1) / spacing) * spacing; c <= x2 + y2 + spacing; c += spacing)
    {
      cairo_move_to (cr, c - y1 + 1, y1 - 1);
      cairo_line_to (cr, c - y2 - 1, y2 + 1);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_new_path (cr);
  cairo_append_path (cr, path);
  cairo_path_destroy (path);
}

TpRgba
_tp_chart_with_alpha (const TpRgba *color,
                      double        alpha)
{
  TpRgba out = *color;

  out.alpha *= alpha;
  return out;
}

/* --- The Pareto chart ---------------------------------------------------- */

typedef struct {
  TpRect plot;
  double bar_width;
  double step;
  double max_weight;
} ParetoGeometry;

static void
pareto_geometry (TpPainRanking  *ranking,
                 double          width,
                 double          height,
                 ParetoGeometry *g)
{
  guint n = MAX (ranking->items->len, 1);

  g->plot.x = 56;
  g->plot.y = 44;
  g->plot.width = MAX (width - 56 - 64, 10);
  g->plot.height = MAX (height - 44 - 130, 10);
  g->step = g->plot.width / n;
  g->bar_width = MIN (g->step * 0.7, 90);
  g->max_weight = 0;
  for (guint i = 0; i < ranking->items->len; i++)
    g->max_weight = MAX (g->max_weight,
                         ((TpRankedPain *) g_ptr_array_index (ranking->items, i))->weight);
  if (g->max_weight <= 0)
    g->max_weight = 1;
}

static void
pareto_bar (const ParetoGeometry *g,
            const TpRankedPain   *item,
            guint                 index,
            TpRect               *rect)
{
  double h = item->weight / g->max_weight * g->plot.height;

  rect->x = g->plot.x + index * g->step + (g->step - g->bar_width) / 2;
  rect->width = g->bar_width;
  rect->y = g->plot.y + g->plot.height - h;
  rect->height = h;
}

gboolean
tp_pareto_chart_bar (TpPainRanking *ranking,
                     double         width,
                     double         height,
                     guint          index,
                     TpRect        *rect)
{
  ParetoGeometry g;

  g_return_val_if_fail (ranking != NULL && rect != NULL, FALSE);

  if (index >= ranking->items->len)
    return FALSE;
  pareto_geometry (ranking, width, height, &g);
  pareto_bar (&g, g_ptr_array_index (ranking->items, index), index, rect);
  return TRUE;
}

TpCard *
tp_pareto_chart_card_at (TpPainRanking *ranking,
                         double         width,
                         double         height,
                         double         x,
                         double         y)
{
  ParetoGeometry g;
  int index;

  g_return_val_if_fail (ranking != NULL, NULL);

  pareto_geometry (ranking, width, height, &g);
  /* A bar's whole column, from the top of the plot down through its label. */
  if (x < g.plot.x || y < g.plot.y || y > height || ranking->items->len == 0)
    return NULL;
  index = (int) ((x - g.plot.x) / g.step);
  if (index < 0 || (guint) index >= ranking->items->len)
    return NULL;
  return ((TpRankedPain *) g_ptr_array_index (ranking->items, index))->card;
}

static void
paint_legend_swatch (cairo_t      *cr,
                     const TpRgba *fill,
                     const TpRgba *stroke,
                     gboolean      hatched,
                     double        x,
                     double        y)
{
  cairo_rectangle (cr, x, y, 14, 14);
  tp_cairo_set_rgba (cr, fill);
  cairo_fill_preserve (cr);
  if (hatched)
    _tp_chart_fill_hatched (cr, stroke);
  tp_cairo_set_rgba (cr, stroke);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

void
tp_pareto_chart_paint (cairo_t            *cr,
                       TpPainRanking      *ranking,
                       double              width,
                       double              height,
                       const TpChartStyle *style)
{
  const TpTheme *theme = _tp_chart_theme (style);
  TpRgba vital_fill = _tp_chart_with_alpha (&theme->emotion_negative, 0.35);
  TpRgba other_fill = theme->cell;
  ParetoGeometry g;
  double x, cut_y;

  g_return_if_fail (cr != NULL && ranking != NULL);

  pareto_geometry (ranking, width, height, &g);
  cairo_save (cr);

  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Legend: shapes and patterns, not only colours. */
  x = g.plot.x;
  paint_legend_swatch (cr, &vital_fill, &theme->card_text, TRUE, x, 14);
  x += 20 + _tp_chart_draw_text (cr, style, &theme->card_text, _("Vital few"), TEXT_SIZE, FALSE,
                                 x + 20, 12, -1, FALSE) + 20;
  paint_legend_swatch (cr, &other_fill, &theme->card_detail, FALSE, x, 14);
  x += 20 + _tp_chart_draw_text (cr, style, &theme->card_text, _("Others"), TEXT_SIZE, FALSE,
                                 x + 20, 12, -1, FALSE) + 20;
  tp_cairo_set_rgba (cr, &theme->emotion_line);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, x, 21);
  cairo_line_to (cr, x + 24, 21);
  cairo_stroke (cr);
  cairo_arc (cr, x + 12, 21, 4, 0, 2 * G_PI);
  cairo_fill (cr);
  _tp_chart_draw_text (cr, style, &theme->card_text, _("Cumulative share"), TEXT_SIZE, FALSE,
                       x + 30, 12, -1, FALSE);

  /* Axes. */
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, g.plot.x + 0.5, g.plot.y + 0.5, g.plot.width, g.plot.height);
  cairo_stroke (cr);
  _tp_chart_draw_text (cr, style, &theme->card_detail, "0", SMALL_SIZE, FALSE, g.plot.x - 8,
                       g.plot.y + g.plot.height - 8, -1, TRUE);
  {
    g_autofree char *top = g_strdup_printf ("%g", g.max_weight);

    _tp_chart_draw_text (cr, style, &theme->card_detail, top, SMALL_SIZE, FALSE, g.plot.x - 14,
                         g.plot.y - 6, -1, TRUE);
  }
  _tp_chart_draw_text (cr, style, &theme->card_detail, _("Weight"), SMALL_SIZE, TRUE, 4,
                       g.plot.y + g.plot.height / 2, -1, FALSE);
  for (guint p = 0; p <= 4; p++)
    {
      g_autofree char *label = g_strdup_printf ("%u %%", p * 25);

      _tp_chart_draw_text (cr, style, &theme->card_detail, label, SMALL_SIZE, FALSE,
                           g.plot.x + g.plot.width + 6, g.plot.y + g.plot.height * (1 - p / 4.0) - 7, -1,
                           FALSE);
    }

  if (ranking->items->len == 0)
    {
      _tp_chart_draw_text (cr, style, &theme->card_detail, _("No rated pain points"), TEXT_SIZE, FALSE,
                           g.plot.x + g.plot.width / 2, g.plot.y + g.plot.height / 2 - 8, -1, TRUE);
      cairo_restore (cr);
      return;
    }

  /* The 80 % line. */
  cut_y = g.plot.y + g.plot.height * (1 - 0.8);
  tp_cairo_set_rgba (cr, &theme->card_detail);
  cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  cairo_move_to (cr, g.plot.x, cut_y);
  cairo_line_to (cr, g.plot.x + g.plot.width, cut_y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  _tp_chart_draw_text (cr, style, &theme->card_text, "80 %", SMALL_SIZE, TRUE,
                       g.plot.x + g.plot.width + 6, cut_y - 8, -1, FALSE);

  for (guint i = 0; i < ranking->items->len; i++)
    {
      TpRankedPain *item = g_ptr_array_index (ranking->items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      TpRect bar;
      double label_x;

      pareto_bar (&g, item, i, &bar);
      cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
      tp_cairo_set_rgba (cr, item->vital ? &vital_fill : &other_fill);
      cairo_fill_preserve (cr);
      if (item->vital)
        _tp_chart_fill_hatched (cr, &theme->card_text);
      tp_cairo_set_rgba (cr, item->vital ? &theme->card_text : &theme->card_detail);
      cairo_set_line_width (cr, item->vital ? 2 : 1.5);
      cairo_stroke (cr);
      _tp_chart_draw_text (cr, style, &theme->card_text, number, SMALL_SIZE, TRUE, bar.x + bar.width / 2,
                           bar.y - 16, -1, TRUE);

      /* The title under the bar, slanted so long ones fit. */
      label_x = bar.x + bar.width / 2;
      cairo_save (cr);
      cairo_translate (cr, label_x, g.plot.y + g.plot.height + 8);
      cairo_rotate (cr, G_PI / 5);
      _tp_chart_draw_text (cr, style, &theme->card_text, tp_card_get_title (item->card), SMALL_SIZE,
                           item->vital, 0, -6, 150, FALSE);
      cairo_restore (cr);
    }

  /* The cumulative share, a line with dots. */
  tp_cairo_set_rgba (cr, &theme->emotion_line);
  cairo_set_line_width (cr, 2.5);
  for (guint i = 0; i < ranking->items->len; i++)
    {
      TpRankedPain *item = g_ptr_array_index (ranking->items, i);
      double px = g.plot.x + (i + 0.5) * g.step;
      double py = g.plot.y + g.plot.height * (1 - item->cumulative);

      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < ranking->items->len; i++)
    {
      TpRankedPain *item = g_ptr_array_index (ranking->items, i);

      cairo_arc (cr, g.plot.x + (i + 0.5) * g.step,
                 g.plot.y + g.plot.height * (1 - item->cumulative), 4.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

/* --- The impact/effort matrix -------------------------------------------- */

typedef struct {
  TpRect plot;     /* the 5 × 5 grid */
  double cell;
  TpRect list;     /* the numbered list beside it */
  double row;
} MatrixGeometry;

#define MARKER_RADIUS 11.0

static void
matrix_geometry (double          width,
                 double          height,
                 MatrixGeometry *g)
{
  double side = MIN (width * 0.6 - 60, height - 70);

  side = MAX (side, 100);
  g->plot.x = 60;
  g->plot.y = 16;
  g->plot.width = g->plot.height = side;
  g->cell = side / 5;
  g->list.x = g->plot.x + side + 24;
  g->list.y = g->plot.y;
  g->list.width = MAX (width - g->list.x - 8, 0);
  g->list.height = side;
  g->row = 22;
}

/* Where the @index-th marker goes: its cell, spread around the centre when shared. */
static void
marker_centre (TpOpportunityMatrix  *matrix,
               const MatrixGeometry *g,
               guint                 index,
               double               *x,
               double               *y)
{
  TpRatedOpportunity *item = &g_array_index (matrix->items, TpRatedOpportunity, index);
  guint before = 0, count = 0;
  double cx = g->plot.x + (item->effort - 0.5) * g->cell;
  double cy = g->plot.y + (5 - item->impact + 0.5) * g->cell;

  for (guint i = 0; i < matrix->items->len; i++)
    {
      TpRatedOpportunity *other = &g_array_index (matrix->items, TpRatedOpportunity, i);

      if (other->impact == item->impact && other->effort == item->effort)
        {
          before += i < index;
          count++;
        }
    }
  if (count > 1)
    {
      double radius = MIN (g->cell / 2 - MARKER_RADIUS, MARKER_RADIUS * 1.4);
      double angle = 2 * G_PI * before / count - G_PI / 2;

      cx += radius * cos (angle);
      cy += radius * sin (angle);
    }
  *x = cx;
  *y = cy;
}

gboolean
tp_impact_effort_marker (TpOpportunityMatrix *matrix,
                         double               width,
                         double               height,
                         guint                index,
                         double              *x,
                         double              *y)
{
  MatrixGeometry g;

  g_return_val_if_fail (matrix != NULL, FALSE);

  if (index >= matrix->items->len)
    return FALSE;
  matrix_geometry (width, height, &g);
  marker_centre (matrix, &g, index, x, y);
  return TRUE;
}

TpCard *
tp_impact_effort_card_at (TpOpportunityMatrix *matrix,
                          double               width,
                          double               height,
                          double               x,
                          double               y)
{
  MatrixGeometry g;
  TpCard *best = NULL;
  double best_distance = (MARKER_RADIUS + 3) * (MARKER_RADIUS + 3);

  g_return_val_if_fail (matrix != NULL, NULL);

  matrix_geometry (width, height, &g);
  for (guint i = 0; i < matrix->items->len; i++)
    {
      double mx, my, d;

      marker_centre (matrix, &g, i, &mx, &my);
      d = (mx - x) * (mx - x) + (my - y) * (my - y);
      if (d <= best_distance)
        {
          best_distance = d;
          best = g_array_index (matrix->items, TpRatedOpportunity, i).card;
        }
    }
  if (best == NULL && tp_rect_contains (&g.list, x, y))
    {
      guint row = (guint) ((y - g.list.y) / g.row);

      if (row < matrix->items->len)
        best = g_array_index (matrix->items, TpRatedOpportunity, row).card;
    }
  return best;
}

/* The marker of a quadrant: diamond, square, circle, triangle. */
static void
marker_path (cairo_t    *cr,
             TpQuadrant  quadrant,
             double      x,
             double      y,
             double      r)
{
  switch (quadrant)
    {
    case TP_QUADRANT_QUICK_WIN:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.25, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.25, y);
      cairo_close_path (cr);
      break;

    case TP_QUADRANT_MAJOR_PROJECT:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;

    case TP_QUADRANT_MONEY_PIT:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y + r * 0.9);
      cairo_line_to (cr, x - r * 1.2, y + r * 0.9);
      cairo_close_path (cr);
      break;

    case TP_QUADRANT_FILL_IN:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
paint_marker (cairo_t            *cr,
              const TpChartStyle *style,
              TpQuadrant          quadrant,
              guint               number,
              double              x,
              double              y)
{
  const TpTheme *theme = _tp_chart_theme (style);
  g_autofree char *text = g_strdup_printf ("%u", number);
  gboolean quick = quadrant == TP_QUADRANT_QUICK_WIN;

  marker_path (cr, quadrant, x, y, MARKER_RADIUS);
  tp_cairo_set_rgba (cr, quick ? &theme->card_text : &theme->card);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->card_text);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  _tp_chart_draw_text (cr, style, quick ? &theme->card : &theme->card_text, text, SMALL_SIZE, TRUE, x,
                       y - 8, -1, TRUE);
}

void
tp_impact_effort_paint (cairo_t             *cr,
                        TpOpportunityMatrix *matrix,
                        double               width,
                        double               height,
                        const TpChartStyle  *style)
{
  const TpTheme *theme = _tp_chart_theme (style);
  TpRgba quick_fill = _tp_chart_with_alpha (&theme->emotion_positive, 0.3);
  TpRgba hatch = _tp_chart_with_alpha (&theme->emotion_positive, 0.9);
  MatrixGeometry g;
  double half;
  const struct {
    const char *name;
    double      qx, qy;
  } quadrants[] = {
    { N_("Quick wins"), 0, 0 },
    { N_("Major projects"), 1, 0 },
    { N_("Fill-ins"), 0, 1 },
    { N_("Money pits"), 1, 1 },
  };

  g_return_if_fail (cr != NULL && matrix != NULL);

  matrix_geometry (width, height, &g);
  half = g.plot.width * 2 / 5;
  cairo_save (cr);
  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Quick wins: high impact (top), low effort (left) — shaded and hatched. */
  cairo_rectangle (cr, g.plot.x, g.plot.y, half, g.plot.height - half);
  tp_cairo_set_rgba (cr, &quick_fill);
  cairo_fill_preserve (cr);
  hatch = _tp_chart_with_alpha (&hatch, 0.35);
  _tp_chart_fill_hatched (cr, &hatch);
  cairo_new_path (cr);

  /* The grid and the quadrant lines. */
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 5; i++)
    {
      cairo_move_to (cr, g.plot.x + i * g.cell, g.plot.y);
      cairo_line_to (cr, g.plot.x + i * g.cell, g.plot.y + g.plot.height);
      cairo_move_to (cr, g.plot.x, g.plot.y + i * g.cell);
      cairo_line_to (cr, g.plot.x + g.plot.width, g.plot.y + i * g.cell);
    }
  cairo_stroke (cr);
  tp_cairo_set_rgba (cr, &theme->card_detail);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, g.plot.x + half, g.plot.y);
  cairo_line_to (cr, g.plot.x + half, g.plot.y + g.plot.height);
  cairo_move_to (cr, g.plot.x, g.plot.y + g.plot.height - half);
  cairo_line_to (cr, g.plot.x + g.plot.width, g.plot.y + g.plot.height - half);
  cairo_stroke (cr);

  for (guint q = 0; q < G_N_ELEMENTS (quadrants); q++)
    {
      double qx = quadrants[q].qx > 0 ? g.plot.x + half + 6 : g.plot.x + 6;
      double qy = quadrants[q].qy > 0 ? g.plot.y + g.plot.height - 20
                                      : g.plot.y + 4;

      _tp_chart_draw_text (cr, style, &theme->card_text, _(quadrants[q].name), SMALL_SIZE, q == 0,
                           qx, qy, -1, FALSE);
    }

  /* Axes: 1 … 5 each way, with their names. */
  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);

      _tp_chart_draw_text (cr, style, &theme->card_detail, label, SMALL_SIZE, FALSE,
                           g.plot.x + (i - 0.5) * g.cell, g.plot.y + g.plot.height + 4, -1, TRUE);
      _tp_chart_draw_text (cr, style, &theme->card_detail, label, SMALL_SIZE, FALSE, g.plot.x - 12,
                           g.plot.y + (5 - i + 0.5) * g.cell - 8, -1, TRUE);
    }
  _tp_chart_draw_text (cr, style, &theme->card_text, _("Effort"), TEXT_SIZE, TRUE,
                       g.plot.x + g.plot.width / 2, g.plot.y + g.plot.height + 22, -1, TRUE);
  cairo_save (cr);
  cairo_translate (cr, 8, g.plot.y + g.plot.height / 2);
  cairo_rotate (cr, -G_PI / 2);
  _tp_chart_draw_text (cr, style, &theme->card_text, _("Impact"), TEXT_SIZE, TRUE, 0, 0, -1, TRUE);
  cairo_restore (cr);

  if (matrix->items->len == 0)
    _tp_chart_draw_text (cr, style, &theme->card_detail, _("No rated opportunities"), TEXT_SIZE, FALSE,
                         g.plot.x + g.plot.width / 2, g.plot.y + g.plot.height / 2 - 8, -1, TRUE);

  for (guint i = 0; i < matrix->items->len; i++)
    {
      TpRatedOpportunity *item = &g_array_index (matrix->items, TpRatedOpportunity, i);
      double mx, my;

      marker_centre (matrix, &g, i, &mx, &my);
      paint_marker (cr, style, item->quadrant, i + 1, mx, my);

      /* The list beside the grid: the same marker and the title. */
      if (g.list.width > 40 && (i + 1) * g.row <= g.list.height + g.row)
        {
          double ly = g.list.y + i * g.row;

          paint_marker (cr, style, item->quadrant, i + 1, g.list.x + MARKER_RADIUS, ly + 10);
          _tp_chart_draw_text (cr, style, &theme->card_text, tp_card_get_title (item->card), SMALL_SIZE,
                               item->quadrant == TP_QUADRANT_QUICK_WIN, g.list.x + 2 * MARKER_RADIUS + 8,
                               ly + 2, g.list.width - 2 * MARKER_RADIUS - 8, FALSE);
        }
    }

  cairo_restore (cr);
}
