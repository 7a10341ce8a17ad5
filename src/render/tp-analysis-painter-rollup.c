/* tp-analysis-painter-rollup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roll-up of a journey's phases as figures: conversion and the funnel,
 * time, CSAT, NPS, the share of observed, assumed and proposed cards, and
 * the touchpoints before the purchase phase. Drawn in a row of columns on
 * the analysis page and, one column at a time, under each phase header of
 * the journey map when it is asked to show them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "tp-analysis-painter-private.h"

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
  return (ROW_LINES * ROW_LINE + 12) * _tp_chart_theme (style)->text_scale;
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
  const TpTheme *theme = _tp_chart_theme (style);
  double y = column->y + 6 + line * ROW_LINE * theme->text_scale;
  g_autofree char *text = g_strdup_printf ("%s  %s", name, value != NULL ? value : _("no data"));

  _tp_chart_draw_text (cr, style, value != NULL ? &theme->card_text : &theme->card_detail, text, SMALL_SIZE,
                       FALSE, column->x + 8, y, column->width - 16, FALSE);
}

static void
paint_funnel_bar (cairo_t            *cr,
                  const TpChartStyle *style,
                  const TpRect       *column,
                  const TpPhaseRollup *phase)
{
  const TpTheme *theme = _tp_chart_theme (style);
  double y = column->y + 6 + 1 * ROW_LINE * theme->text_scale;
  double w = column->width - 16;
  g_autofree char *value = NULL;

  /* Small shares keep a decimal, so a funnel never shows "0 %" for what got through. */
  if (phase->has_funnel)
    value = g_strdup_printf (phase->funnel < 10 ? "%.1f %%" : "%.0f %%", phase->funnel);

  if (phase->has_funnel)
    {
      TpRgba fill = _tp_chart_with_alpha (&theme->emotion_line, 0.25);

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
  const TpTheme *theme = _tp_chart_theme (style);
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
        _tp_chart_fill_hatched (cr, &theme->card_text);
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
  _tp_chart_draw_text (cr, style, &theme->card_detail, counts, SMALL_SIZE - 1, FALSE, column->x + 8, y + 11,
                       column->width - 16, FALSE);
}

void
tp_rollup_cell_paint (cairo_t            *cr,
                      TpJourneyRollup    *rollup,
                      guint               p,
                      const TpRect       *column,
                      gboolean            background,
                      const TpChartStyle *style)
{
  const TpTheme *theme = _tp_chart_theme (style);
  const TpPhaseRollup *phase;
  g_autofree char *conversion = NULL;
  g_autofree char *time = NULL;
  g_autofree char *satisfaction = NULL;
  g_autofree char *nps = NULL;

  g_return_if_fail (cr != NULL && rollup != NULL && column != NULL);
  g_return_if_fail (p < rollup->n_phases);

  phase = &rollup->phases[p];
  cairo_save (cr);
  if (background)
    {
      cairo_rectangle (cr, column->x, column->y, column->width, column->height);
      tp_cairo_set_rgba (cr, p % 2 == 0 ? &theme->cell : &theme->cell_alt);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->grid_line);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }

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
  if (phase->has_nps)
    nps = g_strdup_printf ("%+.0f", phase->nps);
  row_line (cr, style, column, 4, _("NPS"), nps);
  paint_evidence_bar (cr, style, column, phase);

  if ((int) p == rollup->purchase_phase)
    {
      g_autofree char *before =
        g_strdup_printf (ngettext ("%u touchpoint before the purchase",
                                   "%u touchpoints before the purchase",
                                   rollup->touchpoints_before_purchase),
                         rollup->touchpoints_before_purchase);
      double y = column->y + 6 + 6.5 * ROW_LINE * theme->text_scale;
      g_autoptr(PangoLayout) layout = _tp_chart_text_layout (cr, style, before, SMALL_SIZE, TRUE,
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
  cairo_restore (cr);
}

void
tp_rollup_row_paint (cairo_t            *cr,
                     TpJourneyRollup    *rollup,
                     const TpRect       *columns,
                     const TpChartStyle *style)
{
  g_return_if_fail (cr != NULL && rollup != NULL && columns != NULL);

  for (guint p = 0; p < rollup->n_phases; p++)
    tp_rollup_cell_paint (cr, rollup, p, &columns[p], TRUE, style);
}
