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

#include "tp-analysis-painter.h"

#define TEXT_SIZE 13.0
#define SMALL_SIZE 11.0

/* --- Shared drawing helpers ---------------------------------------------- */

static const TpTheme *
theme_of (const TpChartStyle *style)
{
  return style != NULL && style->theme != NULL ? style->theme : tp_theme_get (TP_THEME_LIGHT);
}

static PangoLayout *
text_layout (cairo_t            *cr,
             const TpChartStyle *style,
             const char         *text,
             double              size,
             gboolean            bold,
             double              width)
{
  const TpTheme *theme = theme_of (style);
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
static double
draw_text (cairo_t            *cr,
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
  g_autoptr(PangoLayout) layout = text_layout (cr, style, text, size, bold, width);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  tp_cairo_set_rgba (cr, color);
  cairo_move_to (cr, centre ? x - w / 2.0 : x, y);
  tp_draw_show_layout (cr, layout);
  return w;
}

/* A repeating diagonal hatch in @color, for what must read without colour. */
static cairo_pattern_t *
hatch_pattern (const TpRgba *color,
               double        spacing)
{
  int size = (int) ceil (spacing);
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  tp_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, -1, size + 1);
  cairo_line_to (cr, size + 1, -1);
  cairo_move_to (cr, -1, 1);
  cairo_line_to (cr, 1, -1);
  cairo_move_to (cr, size - 1, size + 1);
  cairo_line_to (cr, size + 1, size - 1);
  cairo_stroke (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static void
fill_hatched (cairo_t      *cr,
              const TpRgba *color)
{
  cairo_pattern_t *pattern = hatch_pattern (color, 7);

  cairo_set_source (cr, pattern);
  cairo_fill_preserve (cr);
  cairo_pattern_destroy (pattern);
}

static TpRgba
with_alpha (const TpRgba *color,
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
    fill_hatched (cr, stroke);
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
  const TpTheme *theme = theme_of (style);
  TpRgba vital_fill = with_alpha (&theme->emotion_negative, 0.35);
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
  x += 20 + draw_text (cr, style, &theme->card_text, _("Vital few"), TEXT_SIZE, FALSE,
                       x + 20, 12, -1, FALSE) + 20;
  paint_legend_swatch (cr, &other_fill, &theme->card_detail, FALSE, x, 14);
  x += 20 + draw_text (cr, style, &theme->card_text, _("Others"), TEXT_SIZE, FALSE,
                       x + 20, 12, -1, FALSE) + 20;
  tp_cairo_set_rgba (cr, &theme->emotion_line);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, x, 21);
  cairo_line_to (cr, x + 24, 21);
  cairo_stroke (cr);
  cairo_arc (cr, x + 12, 21, 4, 0, 2 * G_PI);
  cairo_fill (cr);
  draw_text (cr, style, &theme->card_text, _("Cumulative share"), TEXT_SIZE, FALSE,
             x + 30, 12, -1, FALSE);

  /* Axes. */
  tp_cairo_set_rgba (cr, &theme->grid_line);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, g.plot.x + 0.5, g.plot.y + 0.5, g.plot.width, g.plot.height);
  cairo_stroke (cr);
  draw_text (cr, style, &theme->card_detail, "0", SMALL_SIZE, FALSE, g.plot.x - 8,
             g.plot.y + g.plot.height - 8, -1, TRUE);
  {
    g_autofree char *top = g_strdup_printf ("%g", g.max_weight);

    draw_text (cr, style, &theme->card_detail, top, SMALL_SIZE, FALSE, g.plot.x - 14,
               g.plot.y - 6, -1, TRUE);
  }
  draw_text (cr, style, &theme->card_detail, _("Weight"), SMALL_SIZE, TRUE, 4,
             g.plot.y + g.plot.height / 2, -1, FALSE);
  for (guint p = 0; p <= 4; p++)
    {
      g_autofree char *label = g_strdup_printf ("%u %%", p * 25);

      draw_text (cr, style, &theme->card_detail, label, SMALL_SIZE, FALSE,
                 g.plot.x + g.plot.width + 6, g.plot.y + g.plot.height * (1 - p / 4.0) - 7, -1,
                 FALSE);
    }

  if (ranking->items->len == 0)
    {
      draw_text (cr, style, &theme->card_detail, _("No rated pain points"), TEXT_SIZE, FALSE,
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
  draw_text (cr, style, &theme->card_text, "80 %", SMALL_SIZE, TRUE,
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
        fill_hatched (cr, &theme->card_text);
      tp_cairo_set_rgba (cr, item->vital ? &theme->card_text : &theme->card_detail);
      cairo_set_line_width (cr, item->vital ? 2 : 1.5);
      cairo_stroke (cr);
      draw_text (cr, style, &theme->card_text, number, SMALL_SIZE, TRUE, bar.x + bar.width / 2,
                 bar.y - 16, -1, TRUE);

      /* The title under the bar, slanted so long ones fit. */
      label_x = bar.x + bar.width / 2;
      cairo_save (cr);
      cairo_translate (cr, label_x, g.plot.y + g.plot.height + 8);
      cairo_rotate (cr, G_PI / 5);
      draw_text (cr, style, &theme->card_text, tp_card_get_title (item->card), SMALL_SIZE,
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
  const TpTheme *theme = theme_of (style);
  g_autofree char *text = g_strdup_printf ("%u", number);
  gboolean quick = quadrant == TP_QUADRANT_QUICK_WIN;

  marker_path (cr, quadrant, x, y, MARKER_RADIUS);
  tp_cairo_set_rgba (cr, quick ? &theme->card_text : &theme->card);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->card_text);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  draw_text (cr, style, quick ? &theme->card : &theme->card_text, text, SMALL_SIZE, TRUE, x,
             y - 8, -1, TRUE);
}

void
tp_impact_effort_paint (cairo_t             *cr,
                        TpOpportunityMatrix *matrix,
                        double               width,
                        double               height,
                        const TpChartStyle  *style)
{
  const TpTheme *theme = theme_of (style);
  TpRgba quick_fill = with_alpha (&theme->emotion_positive, 0.3);
  TpRgba hatch = with_alpha (&theme->emotion_positive, 0.9);
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
  hatch = with_alpha (&hatch, 0.35);
  fill_hatched (cr, &hatch);
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

      draw_text (cr, style, &theme->card_text, _(quadrants[q].name), SMALL_SIZE, q == 0,
                 qx, qy, -1, FALSE);
    }

  /* Axes: 1 … 5 each way, with their names. */
  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);

      draw_text (cr, style, &theme->card_detail, label, SMALL_SIZE, FALSE,
                 g.plot.x + (i - 0.5) * g.cell, g.plot.y + g.plot.height + 4, -1, TRUE);
      draw_text (cr, style, &theme->card_detail, label, SMALL_SIZE, FALSE, g.plot.x - 12,
                 g.plot.y + (5 - i + 0.5) * g.cell - 8, -1, TRUE);
    }
  draw_text (cr, style, &theme->card_text, _("Effort"), TEXT_SIZE, TRUE,
             g.plot.x + g.plot.width / 2, g.plot.y + g.plot.height + 22, -1, TRUE);
  cairo_save (cr);
  cairo_translate (cr, 8, g.plot.y + g.plot.height / 2);
  cairo_rotate (cr, -G_PI / 2);
  draw_text (cr, style, &theme->card_text, _("Impact"), TEXT_SIZE, TRUE, 0, 0, -1, TRUE);
  cairo_restore (cr);

  if (matrix->items->len == 0)
    draw_text (cr, style, &theme->card_detail, _("No rated opportunities"), TEXT_SIZE, FALSE,
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
          draw_text (cr, style, &theme->card_text, tp_card_get_title (item->card), SMALL_SIZE,
                     item->quadrant == TP_QUADRANT_QUICK_WIN, g.list.x + 2 * MARKER_RADIUS + 8,
                     ly + 2, g.list.width - 2 * MARKER_RADIUS - 8, FALSE);
        }
    }

  cairo_restore (cr);
}

/* --- The roll-up row ----------------------------------------------------- */

#define ROW_LINE 18.0
#define ROW_LINES 9

char *
tp_analysis_format_duration (double seconds)
{
  if (seconds < 90)
    /* TRANSLATORS: a duration in seconds */
    return g_strdup_printf (_("%.0f s"), seconds);
  if (seconds < 90 * 60)
    /* TRANSLATORS: a duration in minutes */
    return g_strdup_printf (_("%.1f min"), seconds / 60);
  if (seconds < 48 * 3600)
    /* TRANSLATORS: a duration in hours */
    return g_strdup_printf (_("%.1f h"), seconds / 3600);
  /* TRANSLATORS: a duration in days */
  return g_strdup_printf (_("%.1f days"), seconds / 86400);
}

double
tp_rollup_row_height (const TpChartStyle *style)
{
  return (ROW_LINES * ROW_LINE + 12) * theme_of (style)->text_scale;
}

TpPhase *
tp_rollup_row_phase_at (TpJourneyRollup *rollup,
                        const TpRect    *columns,
                        double           x,
                        double           y)
{
  g_return_val_if_fail (rollup != NULL && columns != NULL, NULL);

  for (guint p = 0; p < rollup->n_phases; p++)
    if (tp_rect_contains (&columns[p], x, y))
      return rollup->phases[p].phase;
  return NULL;
}

/* One "Name value" line; the value in the detail colour when there is no data. */
static void
row_line (cairo_t            *cr,
          const TpChartStyle *style,
          const TpRect       *column,
          guint               line,
          const char         *name,
          const char         *value)
{
  const TpTheme *theme = theme_of (style);
  double y = column->y + 6 + line * ROW_LINE * theme->text_scale;
  g_autofree char *text = g_strdup_printf ("%s  %s", name, value != NULL ? value : _("no data"));

  draw_text (cr, style, value != NULL ? &theme->card_text : &theme->card_detail, text, SMALL_SIZE,
             FALSE, column->x + 8, y, column->width - 16, FALSE);
}

static void
paint_funnel_bar (cairo_t            *cr,
                  const TpChartStyle *style,
                  const TpRect       *column,
                  const TpPhaseRollup *phase)
{
  const TpTheme *theme = theme_of (style);
  double y = column->y + 6 + 1 * ROW_LINE * theme->text_scale;
  double w = column->width - 16;
  g_autofree char *value = NULL;

  /* Small shares keep a decimal, so a funnel never shows "0 %" for what got through. */
  if (phase->has_funnel)
    value = g_strdup_printf (phase->funnel < 10 ? "%.1f %%" : "%.0f %%", phase->funnel);

  if (phase->has_funnel)
    {
      TpRgba fill = with_alpha (&theme->emotion_line, 0.25);

      cairo_rectangle (cr, column->x + 8, y + 1, w * phase->funnel / 100, ROW_LINE - 3);
      tp_cairo_set_rgba (cr, &fill);
      cairo_fill (cr);
      cairo_rectangle (cr, column->x + 8.5, y + 1.5, w - 1, ROW_LINE - 4);
      tp_cairo_set_rgba (cr, &theme->grid_line);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  row_line (cr, style, column, 1, _("Funnel"), value);
}

static void
paint_evidence_bar (cairo_t             *cr,
                    const TpChartStyle  *style,
                    const TpRect        *column,
                    const TpPhaseRollup *phase)
{
  const TpTheme *theme = theme_of (style);
  double y = column->y + 6 + 5 * ROW_LINE * theme->text_scale;
  double x = column->x + 8, w = column->width - 16;
  g_autofree char *counts = NULL;

  if (phase->n_cards == 0)
    {
      row_line (cr, style, column, 5, _("Evidence"), NULL);
      return;
    }
  /* Observed solid, assumed hatched, proposed empty: readable without colour. */
  for (guint e = 0; e <= TP_EVIDENCE_PROPOSED; e++)
    {
      double part = w * phase->n_evidence[e] / phase->n_cards;

      if (part <= 0)
        continue;
      cairo_rectangle (cr, x, y + 2, part, 8);
      if (e == TP_EVIDENCE_OBSERVED)
        {
          tp_cairo_set_rgba (cr, &theme->card_text);
          cairo_fill_preserve (cr);
        }
      else if (e == TP_EVIDENCE_ASSUMED)
        fill_hatched (cr, &theme->card_text);
      tp_cairo_set_rgba (cr, &theme->card_text);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      x += part;
    }
  /* TRANSLATORS: cards per phase that are observed / assumed / proposed */
  counts = g_strdup_printf (_("%u observed · %u assumed · %u proposed"),
                            phase->n_evidence[TP_EVIDENCE_OBSERVED],
                            phase->n_evidence[TP_EVIDENCE_ASSUMED],
                            phase->n_evidence[TP_EVIDENCE_PROPOSED]);
  draw_text (cr, style, &theme->card_detail, counts, SMALL_SIZE - 1, FALSE, column->x + 8, y + 11,
             column->width - 16, FALSE);
}

void
tp_rollup_row_paint (cairo_t            *cr,
                     TpJourneyRollup    *rollup,
                     const TpRect       *columns,
                     const TpChartStyle *style)
{
  const TpTheme *theme = theme_of (style);

  g_return_if_fail (cr != NULL && rollup != NULL && columns != NULL);

  cairo_save (cr);
  for (guint p = 0; p < rollup->n_phases; p++)
    {
      const TpPhaseRollup *phase = &rollup->phases[p];
      const TpRect *column = &columns[p];
      g_autofree char *conversion = NULL;
      g_autofree char *time = NULL;
      g_autofree char *satisfaction = NULL;

      cairo_rectangle (cr, column->x, column->y, column->width, column->height);
      tp_cairo_set_rgba (cr, p % 2 == 0 ? &theme->cell : &theme->cell_alt);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->grid_line);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      if (phase->has_conversion && phase->conversion_from_drop_off)
        /* TRANSLATORS: a conversion worked out as 100 % minus the drop-off */
        conversion = g_strdup_printf (_("%.0f %% (from drop-off)"), phase->conversion);
      else if (phase->has_conversion)
        conversion = g_strdup_printf (phase->conversion < 10 ? "%.1f %%" : "%.0f %%",
                                      phase->conversion);
      row_line (cr, style, column, 0, _("Conversion"), conversion);
      paint_funnel_bar (cr, style, column, phase);

      if (phase->has_time)
        time = tp_analysis_format_duration (phase->time_seconds);
      row_line (cr, style, column, 2, _("Time"), time);

      if (phase->has_csat && rollup->csat_scale > 0)
        satisfaction = g_strdup_printf ("%.1f / %g", phase->csat_percent / 100 * rollup->csat_scale,
                                        rollup->csat_scale);
      else if (phase->has_csat)
        satisfaction = g_strdup_printf ("%.0f %%", phase->csat_percent);
      row_line (cr, style, column, 3, _("CSAT"), satisfaction);
      {
        g_autofree char *nps = phase->has_nps ? g_strdup_printf ("%+.0f", phase->nps) : NULL;

        row_line (cr, style, column, 4, _("NPS"), nps);
      }
      paint_evidence_bar (cr, style, column, phase);

      if ((int) p == rollup->purchase_phase)
        {
          g_autofree char *before =
            g_strdup_printf (ngettext ("%u touchpoint before the purchase",
                                       "%u touchpoints before the purchase",
                                       rollup->touchpoints_before_purchase),
                             rollup->touchpoints_before_purchase);
          double y = column->y + 6 + 6.5 * ROW_LINE * theme->text_scale;
          g_autoptr(PangoLayout) layout = text_layout (cr, style, before, SMALL_SIZE, TRUE,
                                                       column->width - 16);

          tp_cairo_set_rgba (cr, &theme->card_text);
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, column->x + 1, column->y + 1);
          cairo_line_to (cr, column->x + 1, column->y + column->height - 1);
          cairo_stroke (cr);
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          pango_layout_set_height (layout, -2);
          cairo_move_to (cr, column->x + 8, y);
          tp_draw_show_layout (cr, layout);
        }
    }
  cairo_restore (cr);
}
