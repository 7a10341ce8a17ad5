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

/* The figures of phase @p as text, NULL where there is no data: shared by the painter and
 * tp_rollup_describe_phase(), so that what is read out is what is drawn. */
typedef struct {
  char *conversion;
  char *funnel;
  char *time;
  char *csat;
  char *nps;
  char *evidence;  /* NULL for a phase without cards */
  char *before;    /* touchpoints before the purchase, on the purchase phase only */
} PhaseTexts;

static void
phase_texts_clear (PhaseTexts *texts)
{
  g_free (texts->conversion);
  g_free (texts->funnel);
  g_free (texts->time);
  g_free (texts->csat);
  g_free (texts->nps);
  g_free (texts->evidence);
  g_free (texts->before);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PhaseTexts, phase_texts_clear)

static void
phase_texts_init (PhaseTexts      *texts,
                  TpJourneyRollup *rollup,
                  guint            p)
{
  const TpPhaseRollup *phase = &rollup->phases[p];

  *texts = (PhaseTexts) { NULL };
  if (phase->has_conversion && phase->conversion_from_drop_off)
    /* TRANSLATORS: a conversion worked out as 100 % minus the drop-off */
    texts->conversion = g_strdup_printf (_("%.0f %% (from drop-off)"), phase->conversion);
  else if (phase->has_conversion)
    texts->conversion = g_strdup_printf (phase->conversion < 10 ? "%.1f %%" : "%.0f %%",
                                         phase->conversion);
  /* Small shares keep a decimal, so a funnel never shows "0 %" for what got through. */
  if (phase->has_funnel)
    texts->funnel = g_strdup_printf (phase->funnel < 10 ? "%.1f %%" : "%.0f %%", phase->funnel);
  if (phase->has_time)
    texts->time = tp_analysis_format_duration (phase->time_seconds);
  if (phase->has_csat && rollup->csat_scale > 0)
    texts->csat = g_strdup_printf ("%.1f / %g", phase->csat_percent / 100 * rollup->csat_scale,
                                   rollup->csat_scale);
  else if (phase->has_csat)
    texts->csat = g_strdup_printf ("%.0f %%", phase->csat_percent);
  if (phase->has_nps)
    texts->nps = g_strdup_printf ("%+.0f", phase->nps);
  if (phase->n_cards > 0)
    /* TRANSLATORS: cards per phase that are observed / assumed / proposed */
    texts->evidence = g_strdup_printf (_("%u observed · %u assumed · %u proposed"),
                                       phase->n_evidence[TP_EVIDENCE_OBSERVED],
                                       phase->n_evidence[TP_EVIDENCE_ASSUMED],
                                       phase->n_evidence[TP_EVIDENCE_PROPOSED]);
  if ((int) p == rollup->purchase_phase)
    texts->before = g_strdup_printf (ngettext ("%u touchpoint before the purchase",
                                               "%u touchpoints before the purchase",
                                               rollup->touchpoints_before_purchase),
                                     rollup->touchpoints_before_purchase);
}

char *
tp_rollup_describe_phase (TpJourneyRollup *rollup,
                          guint            p)
{
  g_auto(PhaseTexts) texts;
  const char *none = _("no data");
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (rollup != NULL && p < rollup->n_phases, NULL);

  phase_texts_init (&texts, rollup, p);
  /* TRANSLATORS: the figures of a phase, read out by a screen reader; each %s a value or "no data" */
  g_string_printf (text, _("Conversion %s; funnel %s; time %s; CSAT %s; NPS %s; evidence %s"),
                   texts.conversion != NULL ? texts.conversion : none,
                   texts.funnel != NULL ? texts.funnel : none,
                   texts.time != NULL ? texts.time : none,
                   texts.csat != NULL ? texts.csat : none,
                   texts.nps != NULL ? texts.nps : none,
                   texts.evidence != NULL ? texts.evidence : none);
  if (texts.before != NULL)
    g_string_append_printf (text, "; %s", texts.before);
  return g_string_free (text, FALSE);
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
                  const TpPhaseRollup *phase,
                  const char         *value)
{
  const TpTheme *theme = _tp_chart_theme (style);
  double y = column->y + 6 + 1 * ROW_LINE * theme->text_scale;
  double w = column->width - 16;

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
                    const TpPhaseRollup *phase,
                    const char          *counts)
{
  const TpTheme *theme = _tp_chart_theme (style);
  double y = column->y + 6 + 5 * ROW_LINE * theme->text_scale;
  double x = column->x + 8, w = column->width - 16;

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
  g_auto(PhaseTexts) texts;

  g_return_if_fail (cr != NULL && rollup != NULL && column != NULL);
  g_return_if_fail (p < rollup->n_phases);

  phase = &rollup->phases[p];
  phase_texts_init (&texts, rollup, p);
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

  row_line (cr, style, column, 0, _("Conversion"), texts.conversion);
  paint_funnel_bar (cr, style, column, phase, texts.funnel);
  row_line (cr, style, column, 2, _("Time"), texts.time);
  row_line (cr, style, column, 3, _("CSAT"), texts.csat);
  row_line (cr, style, column, 4, _("NPS"), texts.nps);
  paint_evidence_bar (cr, style, column, phase, texts.evidence);

  if (texts.before != NULL)
    {
      double y = column->y + 6 + 6.5 * ROW_LINE * theme->text_scale;
      g_autoptr(PangoLayout) layout = _tp_chart_text_layout (cr, style, texts.before, SMALL_SIZE, TRUE,
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
