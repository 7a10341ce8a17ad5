/* tp-analysis-diff-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Current vs future, phase by phase: the emotion of each state with an
 * arrow, and a line per card that changed. Symbols and words carry the
 * meaning (+ added, − removed, → moved, ✎ changed; ▲ ▼ =), colour only helps.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "tp-analysis-painter.h"

#define HEADER 30.0
#define LINE 20.0
#define EMOTION_LINES 2
#define PAD 6.0

typedef struct {
  guint   row;
  double  y;       /* top, below the emotion lines */
  TpCard *card;
  char   *text;
  int     kind;    /* TpCardDiffKind, or -1 for a metric change */
} DiffLine;

static void
diff_line_clear (gpointer data)
{
  g_free (((DiffLine *) data)->text);
}

/* The aligned row of a phase id of @journey, or -1. */
static int
row_of (TpJourneyDiff *diff,
        guint          side,
        const char    *phase_id)
{
  for (guint r = 0; r < diff->alignment->rows->len; r++)
    {
      TpAlignedPhase *row = g_ptr_array_index (diff->alignment->rows, r);

      if (row->phases[side] != NULL
          && g_strcmp0 (tp_element_get_id (TP_ELEMENT (row->phases[side])), phase_id) == 0)
        return (int) r;
    }
  return -1;
}

static char *
metric_value (gboolean    has,
              double      value,
              const char *unit)
{
  if (!has)
    return g_strdup ("—");
  return g_strdup_printf ("%g%s%s", value, unit != NULL && unit[0] != '\0' && unit[0] != '/'
                                             && unit[0] != '%' ? " " : "",
                          unit != NULL ? unit : "");
}

/* Every line of every column, in order, with its place. */
static GArray *
diff_lines (TpJourneyDiff *diff)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (DiffLine));
  g_autofree guint *count = g_new0 (guint, MAX (diff->alignment->rows->len, 1));

  g_array_set_clear_func (lines, diff_line_clear);
  for (guint i = 0; i < diff->cards->len; i++)
    {
      const TpCardDiff *item = &g_array_index (diff->cards, TpCardDiff, i);
      TpCard *card = item->future != NULL ? item->future : item->current;
      int row = item->future != NULL ? row_of (diff, 1, tp_card_get_phase (item->future))
                                     : row_of (diff, 0, tp_card_get_phase (item->current));
      const char *symbol;
      DiffLine line = { 0 };

      if (item->kind == TP_CARD_DIFF_SAME || row < 0)
        continue;
      symbol = item->kind == TP_CARD_DIFF_ADDED ? "+" : item->kind == TP_CARD_DIFF_REMOVED
               ? "−" : item->kind == TP_CARD_DIFF_MOVED ? "→" : "✎";
      line.row = row;
      line.card = card;
      line.kind = item->kind;
      line.text = g_strdup_printf ("%s %s", symbol, tp_card_get_title (card));
      line.y = count[row]++ * LINE;
      g_array_append_val (lines, line);

      for (guint m = 0; m < diff->metrics->len; m++)
        {
          const TpMetricDiff *change = &g_array_index (diff->metrics, TpMetricDiff, m);
          g_autofree char *before = NULL, *after = NULL;
          DiffLine metric = { 0 };

          if (change->future != item->future || item->future == NULL)
            continue;
          before = metric_value (change->has_before, change->before, change->unit);
          after = metric_value (change->has_after, change->after, change->unit);
          metric.row = row;
          metric.card = card;
          metric.kind = -1;
          metric.text = g_strdup_printf ("   %s %s → %s",
                                         change->label != NULL && change->label[0] != '\0'
                                         ? change->label
                                         : tp_enum_get_label (TP_TYPE_METRIC_KIND, change->kind),
                                         before, after);
          metric.y = count[row]++ * LINE;
          g_array_append_val (lines, metric);
        }
    }
  return lines;
}

static double
column_width (TpJourneyDiff *diff,
              double         width)
{
  return width / MAX (diff->alignment->rows->len, 1);
}

double
tp_journey_diff_height (TpJourneyDiff      *diff,
                        double              width,
                        const TpChartStyle *style)
{
  g_autoptr(GArray) lines = NULL;
  double tallest = 0;

  g_return_val_if_fail (diff != NULL, 0);

  lines = diff_lines (diff);
  for (guint i = 0; i < lines->len; i++)
    tallest = MAX (tallest, g_array_index (lines, DiffLine, i).y + LINE);
  return HEADER + EMOTION_LINES * LINE + PAD * 2 + tallest + LINE;
}

TpCard *
tp_journey_diff_card_at (TpJourneyDiff *diff,
                         double         width,
                         double         x,
                         double         y)
{
  g_autoptr(GArray) lines = NULL;
  double column = column_width (diff, width);
  double top = HEADER + EMOTION_LINES * LINE + PAD;

  g_return_val_if_fail (diff != NULL, NULL);

  lines = diff_lines (diff);
  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *line = &g_array_index (lines, DiffLine, i);
      TpRect rect = { line->row * column, top + line->y, column, LINE };

      if (tp_rect_contains (&rect, x, y))
        return line->card;
    }
  return NULL;
}

static void
draw_text (cairo_t            *cr,
           const TpChartStyle *style,
           const TpRgba       *color,
           const char         *text,
           gboolean            bold,
           double              x,
           double              y,
           double              width)
{
  const TpTheme *theme = style->theme;
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

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
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  tp_cairo_set_rgba (cr, color);
  cairo_move_to (cr, x, y);
  tp_draw_show_layout (cr, layout);
}

static char *
emotion_text (const TpAlignedPhase *row,
              guint                 side)
{
  /* TRANSLATORS: the state of a journey (current/future) and its mean emotion */
  const char *state = side == 0 ? _("Current") : _("Future");

  if (row->phases[side] == NULL)
    /* TRANSLATORS: a phase this state of the journey does not have */
    return g_strdup_printf (_("%s: no such phase"), state);
  if (!row->has_emotion[side])
    return g_strdup_printf ("%s: %s", state, _("no data"));
  return g_strdup_printf ("%s: %+.1f", state, row->emotion[side]);
}

void
tp_journey_diff_paint (cairo_t            *cr,
                       TpJourneyDiff      *diff,
                       double              width,
                       const TpChartStyle *chart_style)
{
  TpChartStyle style = { NULL, NULL, NULL };
  const TpTheme *theme;
  g_autoptr(GArray) lines = NULL;
  double column, height, top;

  g_return_if_fail (cr != NULL && diff != NULL);

  if (chart_style != NULL)
    style = *chart_style;
  if (style.theme == NULL)
    style.theme = tp_theme_get (TP_THEME_LIGHT);
  theme = style.theme;
  column = column_width (diff, width);
  height = tp_journey_diff_height (diff, width, &style);
  top = HEADER + EMOTION_LINES * LINE + PAD;
  lines = diff_lines (diff);

  cairo_save (cr);
  tp_cairo_set_rgba (cr, &theme->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  for (guint r = 0; r < diff->alignment->rows->len; r++)
    {
      TpAlignedPhase *row = g_ptr_array_index (diff->alignment->rows, r);
      double x = r * column;
      g_autofree char *title = row->matched ? g_strdup (row->title)
                                            : g_strdup_printf ("≠ %s", row->title);
      g_autofree char *before = emotion_text (row, 0);
      g_autofree char *after = emotion_text (row, 1);
      const char *arrow = NULL;

      cairo_rectangle (cr, x, 0, column, height);
      tp_cairo_set_rgba (cr, row->matched ? &theme->cell : &theme->cell_alt);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->grid_line);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      draw_text (cr, &style, row->matched ? &theme->header_text : &theme->card_detail, title,
                 TRUE, x + PAD, PAD, column - 2 * PAD);

      if (row->has_emotion[0] && row->has_emotion[1])
        {
          double delta = row->emotion[1] - row->emotion[0];

          arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "=";
        }
      draw_text (cr, &style, &theme->card_detail, before, FALSE, x + PAD, HEADER,
                 column - 2 * PAD - 20);
      draw_text (cr, &style, &theme->card_text, after, FALSE, x + PAD, HEADER + LINE,
                 column - 2 * PAD - 20);
      if (arrow != NULL)
        draw_text (cr, &style, &theme->card_text, arrow, TRUE, x + column - PAD - 16,
                   HEADER + LINE / 2, 16);
    }

  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *line = &g_array_index (lines, DiffLine, i);

      draw_text (cr, &style,
                 line->kind == TP_CARD_DIFF_REMOVED || line->kind < 0 ? &theme->card_detail
                                                                      : &theme->card_text,
                 line->text, line->kind == TP_CARD_DIFF_ADDED, line->row * column + PAD,
                 top + line->y, column - 2 * PAD);
      if (line->kind == TP_CARD_DIFF_REMOVED)
        {
          /* Struck through as well as marked "−". */
          tp_cairo_set_rgba (cr, &theme->card_detail);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, line->row * column + PAD + 14, top + line->y + 9);
          cairo_line_to (cr, (line->row + 1) * column - PAD, top + line->y + 9);
          cairo_stroke (cr);
        }
    }

  {
    /* TRANSLATORS: the legend of the comparison of a current and a future journey */
    g_autofree char *legend = g_strdup_printf (_("+ %u added   − %u removed   → %u moved   "
                                                 "✎ %u changed   ▲ ▼ = emotion up, down, same"),
                                               diff->n_added, diff->n_removed, diff->n_moved,
                                               diff->n_changed);

    draw_text (cr, &style, &theme->card_text, legend, FALSE, PAD, height - LINE, width - 2 * PAD);
  }
  cairo_restore (cr);
}
