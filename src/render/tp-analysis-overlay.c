/* tp-analysis-overlay.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The emotion lines of several journeys overlaid on one set of phase
 * columns aligned by title (personas, or current vs future). Each journey
 * has its persona's colour, and — so it reads without colour — its own dash
 * pattern and marker shape, named in the legend.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "tp-analysis-painter.h"

#define LEFT 48.0
#define TOP 34.0
#define LEGEND_ROW 22.0
#define POINT_RADIUS 6.0

typedef struct {
  TpRect plot;
  double column;
} OverlayGeometry;

static void
overlay_geometry (TpPhaseAlignment *alignment,
                  double            width,
                  double            height,
                  OverlayGeometry  *g)
{
  double legend = (alignment->n_journeys + 1) * LEGEND_ROW + 12;

  g->plot.x = LEFT;
  g->plot.y = TOP;
  g->plot.width = MAX (width - LEFT - 16, 10);
  g->plot.height = MAX (height - TOP - legend, 40);
  g->column = g->plot.width / MAX (alignment->rows->len, 1);
}

static double
score_y (const OverlayGeometry *g,
         double                 score)
{
  return g->plot.y + g->plot.height * (3 - score) / 6;
}

gboolean
tp_emotion_overlay_point (TpPhaseAlignment *alignment,
                          double            width,
                          double            height,
                          guint             journey,
                          guint             row,
                          double           *x,
                          double           *y)
{
  OverlayGeometry g;
  TpAlignedPhase *aligned;

  g_return_val_if_fail (alignment != NULL, FALSE);

  if (journey >= alignment->n_journeys || row >= alignment->rows->len)
    return FALSE;
  aligned = g_ptr_array_index (alignment->rows, row);
  if (!aligned->has_emotion[journey])
    return FALSE;
  overlay_geometry (alignment, width, height, &g);
  *x = g.plot.x + (row + 0.5) * g.column;
  *y = score_y (&g, aligned->emotion[journey]);
  return TRUE;
}

gboolean
tp_emotion_overlay_point_at (TpPhaseAlignment *alignment,
                             double            width,
                             double            height,
                             double            x,
                             double            y,
                             guint            *journey,
                             guint            *row)
{
  double best = (POINT_RADIUS + 4) * (POINT_RADIUS + 4);
  gboolean found = FALSE;

  g_return_val_if_fail (alignment != NULL, FALSE);

  for (guint r = 0; r < alignment->rows->len; r++)
    for (guint j = 0; j < alignment->n_journeys; j++)
      {
        double px, py, d;

        if (!tp_emotion_overlay_point (alignment, width, height, j, r, &px, &py))
          continue;
        d = (px - x) * (px - x) + (py - y) * (py - y);
        if (d <= best)
          {
            best = d;
            found = TRUE;
            if (journey != NULL)
              *journey = j;
            if (row != NULL)
              *row = r;
          }
      }
  return found;
}

static double
draw_text (cairo_t            *cr,
           const TpChartStyle *style,
           const TpRgba       *color,
           const char         *text,
           gboolean            bold,
           double              x,
           double              y,
           double              width,
           gboolean            centre)
{
  const TpTheme *theme = style->theme;
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  int w, h;

  if (style->font_options != NULL)
    {
      pango_cairo_context_set_font_options (pango_layout_get_context (layout), style->font_options);
      pango_layout_context_changed (layout);
    }
  pango_font_description_set_family (desc, style->font_family != NULL ? style->font_family
                                                                      : theme->font_family);
  pango_font_description_set_absolute_size (desc, 12 * theme->text_scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (centre)
        pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  tp_cairo_set_rgba (cr, color);
  cairo_move_to (cr, x, y);
  tp_draw_show_layout (cr, layout);
  return w;
}

/* Dash pattern and marker of the @index-th journey. */
static void
set_dash (cairo_t *cr,
          guint    index)
{
  static const double dashes[][4] = {
    { 0 }, { 10, 5 }, { 2, 4 }, { 12, 4, 2, 4 },
  };
  static const int n_dashes[] = { 0, 2, 2, 4 };
  guint i = index % G_N_ELEMENTS (n_dashes);

  cairo_set_dash (cr, dashes[i], n_dashes[i], 0);
}

static void
marker (cairo_t *cr,
        guint    index,
        double   x,
        double   y)
{
  double r = POINT_RADIUS;

  switch (index % 4)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y + r * 0.9);
      cairo_line_to (cr, x - r * 1.2, y + r * 0.9);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;
    }
}

/* The journey's colour: its persona's, else the theme's emotion line. */
static TpRgba
journey_color (TpJourney     *journey,
               const TpTheme *theme)
{
  TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
  TpElement *persona = project != NULL ? tp_project_lookup (project,
                                                            tp_journey_get_persona (journey))
                                       : NULL;
  TpRgba color = theme->emotion_line;

  if (persona != NULL && TP_IS_PERSONA (persona))
    tp_rgba_parse (&color, tp_persona_get_color (TP_PERSONA (persona)));
  return color;
}

static char *
journey_label (TpJourney *journey)
{
  TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
  TpElement *persona = project != NULL ? tp_project_lookup (project,
                                                            tp_journey_get_persona (journey))
                                       : NULL;

  if (persona != NULL && TP_IS_PERSONA (persona))
    return g_strdup_printf ("%s — %s", tp_persona_get_name (TP_PERSONA (persona)),
                            tp_journey_get_title (journey));
  return g_strdup (tp_journey_get_title (journey));
}

void
tp_emotion_overlay_paint (cairo_t            *cr,
                          TpPhaseAlignment   *alignment,
                          double              width,
                          double              height,
                          const TpChartStyle *chart_style)
{
  TpChartStyle style = { NULL, NULL, NULL };
  const TpTheme *theme;
  OverlayGeometry g;
  g_autoptr(GString) unmatched = g_string_new (NULL);
  double legend_y;

  g_return_if_fail (cr != NULL && alignment != NULL);

  if (chart_style != NULL)
    style = *chart_style;
  if (style.theme == NULL)
    style.theme = tp_theme_get (TP_THEME_LIGHT);
  theme = style.theme;
  overlay_geometry (alignment, width, height, &g);

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Columns: matched phases plain, the others shaded, hatched and named in italics-free text. */
  for (guint r = 0; r < alignment->rows->len; r++)
    {
      TpAlignedPhase *row = g_ptr_array_index (alignment->rows, r);
      double x = g.plot.x + r * g.column;

      cairo_rectangle (cr, x, g.plot.y, g.column, g.plot.height);
      tp_cairo_set_rgba (cr, row->matched ? &theme->cell : &theme->cell_alt);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->grid_line);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      if (!row->matched)
        {
          g_autofree char *title = g_strdup_printf ("≠ %s", row->title);

          draw_text (cr, &style, &theme->card_detail, title, FALSE, x + 4, 10, g.column - 8, TRUE);
          if (unmatched->len > 0)
            g_string_append (unmatched, ", ");
          g_string_append (unmatched, row->title);
        }
      else
        draw_text (cr, &style, &theme->header_text, row->title, TRUE, x + 4, 10, g.column - 8,
                   TRUE);
    }

  /* The score axis and the zero baseline. */
  for (int s = -3; s <= 3; s++)
    {
      g_autofree char *label = g_strdup_printf ("%+d", s);

      draw_text (cr, &style, &theme->card_detail, s == 0 ? "0" : label, FALSE, 8,
                 score_y (&g, s) - 8, -1, FALSE);
    }
  tp_cairo_set_rgba (cr, &theme->emotion_baseline);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, g.plot.x, score_y (&g, 0));
  cairo_line_to (cr, g.plot.x + g.plot.width, score_y (&g, 0));
  cairo_stroke (cr);

  /* One line per journey through the phases it has data for. */
  for (guint j = 0; j < alignment->n_journeys; j++)
    {
      TpRgba color = journey_color (alignment->journeys[j], theme);
      gboolean started = FALSE;

      tp_cairo_set_rgba (cr, &color);
      cairo_set_line_width (cr, 3);
      set_dash (cr, j);
      for (guint r = 0; r < alignment->rows->len; r++)
        {
          double x, y;

          if (!tp_emotion_overlay_point (alignment, width, height, j, r, &x, &y))
            continue;
          if (started)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          started = TRUE;
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      for (guint r = 0; r < alignment->rows->len; r++)
        {
          double x, y;

          if (!tp_emotion_overlay_point (alignment, width, height, j, r, &x, &y))
            continue;
          marker (cr, j, x, y);
          tp_cairo_set_rgba (cr, &color);
          cairo_fill_preserve (cr);
          tp_cairo_set_rgba (cr, &theme->card_text);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
    }

  /* The legend: sample line, marker, who. */
  legend_y = g.plot.y + g.plot.height + 12;
  for (guint j = 0; j < alignment->n_journeys; j++)
    {
      TpRgba color = journey_color (alignment->journeys[j], theme);
      g_autofree char *label = journey_label (alignment->journeys[j]);
      double y = legend_y + j * LEGEND_ROW + 9;

      tp_cairo_set_rgba (cr, &color);
      cairo_set_line_width (cr, 3);
      set_dash (cr, j);
      cairo_move_to (cr, g.plot.x, y);
      cairo_line_to (cr, g.plot.x + 48, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      marker (cr, j, g.plot.x + 24, y);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->card_text);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      draw_text (cr, &style, &theme->card_text, label, FALSE, g.plot.x + 60, y - 8,
                 g.plot.width - 60, FALSE);
    }
  if (unmatched->len > 0)
    {
      /* TRANSLATORS: the phases that only some of the overlaid journeys have */
      g_autofree char *text = g_strdup_printf (_("Not in every journey: %s"), unmatched->str);

      draw_text (cr, &style, &theme->card_text, text, TRUE, g.plot.x,
                 legend_y + alignment->n_journeys * LEGEND_ROW + 1, g.plot.width, FALSE);
    }
  cairo_restore (cr);
}
