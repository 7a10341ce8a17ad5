/* tp-analysis-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis of a journey as a TpView, so it is exported (PNG, SVG, PDF,
 * CSV), printed and presented like the map: the roll-up row under the phase
 * titles, the Pareto chart of pain points and the impact/effort matrix, one
 * step each, and — when the project holds several journeys — their emotion
 * lines overlaid by phase. Its table is the pain-point ranking.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tp-analysis-painter.h"
#include "tp-analysis-view.h"

#define MARGIN 24.0
#define TITLE_HEIGHT 36.0
#define PHASE_HEADER 30.0
#define COLUMN_WIDTH 230.0
#define CHART_WIDTH 960.0
#define CHART_HEIGHT 540.0
#define GAP 24.0

enum { STEP_ROLLUP, STEP_PAIN, STEP_OPPORTUNITIES, STEP_FAIL, STEP_OVERLAY, STEP_DIFF, N_STEPS };

struct _TpAnalysisView
{
  TpViewBase           parent_instance;

  TpJourneyRollup     *rollup;
  TpPainRanking       *ranking;
  TpOpportunityMatrix *matrix;
  TpPainRanking       *fail;      /* NULL when no card is a rated fail point */
  TpPhaseAlignment    *overlay;   /* NULL when the project has one journey */
  TpJourneyDiff       *diff;      /* a future journey against its current state, or NULL */
  GPtrArray           *overlay_with;  /* the journeys overlaid besides this one; NULL = all */
  guint                step_of[N_STEPS];  /* the place of each part that is shown */
  guint                n_steps;
  TpRect               steps[N_STEPS];
  double               width;
  double               height;
};

static void view_iface_init (TpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TpAnalysisView, tp_analysis_view, TP_TYPE_VIEW_BASE,
                               G_IMPLEMENT_INTERFACE (TP_TYPE_VIEW, view_iface_init))

static void
clear (TpAnalysisView *self)
{
  g_clear_pointer (&self->rollup, tp_journey_rollup_free);
  g_clear_pointer (&self->ranking, tp_pain_ranking_free);
  g_clear_pointer (&self->matrix, tp_opportunity_matrix_free);
  g_clear_pointer (&self->overlay, tp_phase_alignment_free);
  g_clear_pointer (&self->fail, tp_pain_ranking_free);
  g_clear_pointer (&self->diff, tp_journey_diff_free);
}

static void
build (TpAnalysisView *self)
{
  TpJourney *journey = tp_view_base_get_journey (TP_VIEW_BASE (self));
  double rollup_width, y = MARGIN;

  clear (self);
  self->rollup = tp_analysis_rollup (journey, -1);
  self->ranking = tp_analysis_rank_pain_points (journey, TP_RANK_BY_WEIGHT);
  self->matrix = tp_analysis_opportunities (journey);

  rollup_width = MAX (self->rollup->n_phases, 1) * COLUMN_WIDTH;
  self->width = MAX (rollup_width, CHART_WIDTH) + 2 * MARGIN;
  self->steps[STEP_ROLLUP] = (TpRect) { MARGIN, y, rollup_width,
                                        TITLE_HEIGHT + PHASE_HEADER + tp_rollup_row_height (NULL) };
  y += self->steps[STEP_ROLLUP].height + GAP;
  self->steps[STEP_PAIN] = (TpRect) { MARGIN, y, CHART_WIDTH, TITLE_HEIGHT + CHART_HEIGHT };
  y += self->steps[STEP_PAIN].height + GAP;
  self->steps[STEP_OPPORTUNITIES] = (TpRect) { MARGIN, y, CHART_WIDTH, TITLE_HEIGHT + CHART_HEIGHT };
  y += self->steps[STEP_OPPORTUNITIES].height;
  self->n_steps = STEP_FAIL;

  /* Fail points of the blueprint, ranked the same way, when there are any. */
  self->fail = tp_analysis_rank_fail_points (journey, TP_RANK_BY_WEIGHT);
  if (self->fail->items->len > 0)
    {
      y += GAP;
      self->steps[self->n_steps] = (TpRect) { MARGIN, y, CHART_WIDTH, TITLE_HEIGHT + CHART_HEIGHT };
      self->step_of[STEP_FAIL] = self->n_steps;
      y += self->steps[self->n_steps++].height;
    }
  else
    g_clear_pointer (&self->fail, tp_pain_ranking_free);

  /* Every journey of the project (or those chosen), this one first, their emotion lines by
   * phase. */
  {
    TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
    GPtrArray *journeys = project != NULL ? tp_project_get_journeys (project) : NULL;
    g_autoptr(GPtrArray) ordered = g_ptr_array_new ();

    g_ptr_array_add (ordered, journey);
    for (guint j = 0; journeys != NULL && j < journeys->len; j++)
      {
        TpJourney *other = g_ptr_array_index (journeys, j);

        if (other != journey
            && (self->overlay_with == NULL || g_ptr_array_find (self->overlay_with, other, NULL)))
          g_ptr_array_add (ordered, other);
      }
    if (ordered->len > 1)
      {
        self->overlay = tp_analysis_align ((TpJourney **) ordered->pdata, ordered->len);
        y += GAP;
        self->steps[self->n_steps] = (TpRect) { MARGIN, y, CHART_WIDTH,
                                                TITLE_HEIGHT + CHART_HEIGHT };
        self->step_of[STEP_OVERLAY] = self->n_steps;
        y += self->steps[self->n_steps++].height;
      }
  }

  /* A future journey is compared with the current journey of the same persona. */
  if (tp_journey_get_state (journey) == TP_JOURNEY_STATE_FUTURE)
    {
      TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
      GPtrArray *journeys = project != NULL ? tp_project_get_journeys (project) : NULL;
      TpJourney *current = NULL;

      /* The journey it was made from, else the current state of the same persona, else the
       * first current state. */
      if (project != NULL && tp_journey_get_current_state (journey) != NULL)
        {
          TpElement *linked = tp_project_lookup (project,
                                                 tp_journey_get_current_state (journey));

          if (linked != NULL && TP_IS_JOURNEY (linked))
            current = TP_JOURNEY (linked);
        }
      for (guint pass = 0; pass < 2 && current == NULL; pass++)
        for (guint j = 0; journeys != NULL && j < journeys->len && current == NULL; j++)
          {
            TpJourney *other = g_ptr_array_index (journeys, j);

            if (tp_journey_get_state (other) == TP_JOURNEY_STATE_CURRENT
                && (pass == 1 || g_strcmp0 (tp_journey_get_persona (other),
                                            tp_journey_get_persona (journey)) == 0))
              current = other;
          }
      if (current != NULL)
        {
          double diff_width = MAX (self->width - 2 * MARGIN, CHART_WIDTH);

          self->diff = tp_analysis_diff (current, journey);
          y += GAP;
          self->steps[self->n_steps] = (TpRect) {
            MARGIN, y, diff_width,
            TITLE_HEIGHT + tp_journey_diff_height (self->diff, diff_width, NULL) };
          self->step_of[STEP_DIFF] = self->n_steps;
          y += self->steps[self->n_steps].height;
          self->n_steps++;
        }
    }
  self->height = y + MARGIN;
}

static void
tp_analysis_view_constructed (GObject *object)
{
  G_OBJECT_CLASS (tp_analysis_view_parent_class)->constructed (object);

  build (TP_ANALYSIS_VIEW (object));
}

static void
tp_analysis_view_finalize (GObject *object)
{
  TpAnalysisView *self = TP_ANALYSIS_VIEW (object);

  clear (self);
  g_clear_pointer (&self->overlay_with, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_analysis_view_parent_class)->finalize (object);
}

static void
tp_analysis_view_class_init (TpAnalysisViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tp_analysis_view_constructed;
  object_class->finalize = tp_analysis_view_finalize;
}

static void
tp_analysis_view_init (TpAnalysisView *self)
{
}

/* --- TpView ------------------------------------------------------------ */

static const char *
step_title (TpAnalysisView *self,
            guint           step)
{
  if (self->diff != NULL && step == self->step_of[STEP_DIFF])
    return _("Changes from the current state");
  if (self->overlay != NULL && step == self->step_of[STEP_OVERLAY])
    return _("Emotion across journeys");
  if (self->fail != NULL && step == self->step_of[STEP_FAIL])
    return _("Fail points");
  switch (step)
    {
    case STEP_ROLLUP:
      return _("Per phase");
    case STEP_PAIN:
      return _("Pain points");
    case STEP_OPPORTUNITIES:
    default:
      return _("Opportunities");
    }
}

static void
get_size (TpView *view,
          double *width,
          double *height)
{
  *width = TP_ANALYSIS_VIEW (view)->width;
  *height = TP_ANALYSIS_VIEW (view)->height;
}

static guint
get_n_steps (TpView *view)
{
  return TP_ANALYSIS_VIEW (view)->n_steps;
}

static void
get_step_rect (TpView *view,
               guint   step,
               TpRect *rect)
{
  TpAnalysisView *self = TP_ANALYSIS_VIEW (view);

  *rect = self->steps[MIN (step, self->n_steps - 1)];
}

static void
get_step_text (TpView      *view,
               guint        step,
               const char **title,
               const char **goal)
{
  *title = step_title (TP_ANALYSIS_VIEW (view), step);
  *goal = "";
}

/* The charts' own origin inside a step: under its title. */
static void
chart_origin (TpAnalysisView *self,
              guint           step,
              double         *x,
              double         *y)
{
  *x = self->steps[step].x;
  *y = self->steps[step].y + TITLE_HEIGHT + (step == STEP_ROLLUP ? PHASE_HEADER : 0);
}

static void
draw_title (cairo_t                  *cr,
            const TpViewPaintOptions *options,
            const TpTheme            *theme,
            const char               *text,
            double                    size,
            double                    x,
            double                    y,
            double                    width)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  if (options->font_options != NULL)
    {
      pango_cairo_context_set_font_options (pango_layout_get_context (layout),
                                            options->font_options);
      pango_layout_context_changed (layout);
    }
  pango_font_description_set_family (desc, theme->font_family);
  pango_font_description_set_absolute_size (desc, size * theme->text_scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  tp_cairo_set_rgba (cr, &theme->header_text);
  cairo_move_to (cr, x, y);
  tp_draw_show_layout (cr, layout);
}

static void
paint (TpView                   *view,
       cairo_t                  *cr,
       const TpViewPaintOptions *options)
{
  TpAnalysisView *self = TP_ANALYSIS_VIEW (view);
  const TpTheme *theme = options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
  TpChartStyle style = { theme, NULL, options->font_options };
  g_autofree TpRect *columns = g_new0 (TpRect, MAX (self->rollup->n_phases, 1));
  double x, y;

  cairo_save (cr);
  if (!options->transparent)
    {
      double width, height;

      /* Its own area only: on a PDF page the title block is above it. */
      tp_view_get_size (view, &width, &height);
      tp_cairo_set_rgba (cr, &theme->background);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  for (guint step = 0; step < self->n_steps; step++)
    draw_title (cr, options, theme, step_title (self, step), 20, self->steps[step].x,
                self->steps[step].y + 4, self->steps[step].width);

  /* The roll-up row under the phase titles, in their colours. */
  chart_origin (self, STEP_ROLLUP, &x, &y);
  for (guint p = 0; p < self->rollup->n_phases; p++)
    {
      TpPhase *phase = self->rollup->phases[p].phase;
      TpRgba fill, stripe, text;

      columns[p] = (TpRect) { x + p * COLUMN_WIDTH, y, COLUMN_WIDTH, tp_rollup_row_height (&style) };
      tp_theme_phase_colors (theme, tp_phase_get_color (phase), p, &fill, &stripe, &text);
      cairo_rectangle (cr, columns[p].x, y - PHASE_HEADER, COLUMN_WIDTH, PHASE_HEADER);
      tp_cairo_set_rgba (cr, &fill);
      cairo_fill (cr);
      cairo_rectangle (cr, columns[p].x, y - 4, COLUMN_WIDTH, 4);
      tp_cairo_set_rgba (cr, &stripe);
      cairo_fill (cr);
      draw_title (cr, options, &(TpTheme) { .font_family = theme->font_family,
                                           .text_scale = theme->text_scale,
                                           .header_text = text },
                  tp_phase_get_title (phase), 13, columns[p].x + 8, y - PHASE_HEADER + 6,
                  COLUMN_WIDTH - 16);
    }
  tp_rollup_row_paint (cr, self->rollup, columns, &style);

  chart_origin (self, STEP_PAIN, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  tp_pareto_chart_paint (cr, self->ranking, CHART_WIDTH, CHART_HEIGHT, &style);
  cairo_restore (cr);

  chart_origin (self, STEP_OPPORTUNITIES, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  tp_impact_effort_paint (cr, self->matrix, CHART_WIDTH, CHART_HEIGHT, &style);
  cairo_restore (cr);

  if (self->fail != NULL)
    {
      guint step = self->step_of[STEP_FAIL];

      cairo_save (cr);
      cairo_translate (cr, self->steps[step].x, self->steps[step].y + TITLE_HEIGHT);
      tp_pareto_chart_paint (cr, self->fail, CHART_WIDTH, CHART_HEIGHT, &style);
      cairo_restore (cr);
    }

  if (self->diff != NULL)
    {
      guint step = self->step_of[STEP_DIFF];

      cairo_save (cr);
      cairo_translate (cr, self->steps[step].x, self->steps[step].y + TITLE_HEIGHT);
      tp_journey_diff_paint (cr, self->diff, self->steps[step].width, &style);
      cairo_restore (cr);
    }

  if (self->overlay != NULL)
    {
      guint step = self->step_of[STEP_OVERLAY];

      x = self->steps[step].x;
      y = self->steps[step].y + TITLE_HEIGHT;
      cairo_save (cr);
      cairo_translate (cr, x, y);
      tp_emotion_overlay_paint (cr, self->overlay, CHART_WIDTH, CHART_HEIGHT, &style);
      cairo_restore (cr);
    }

  cairo_restore (cr);
}

static gboolean
get_elements_rect (TpView    *view,
                   GPtrArray *elements,
                   TpRect    *rect)
{
  TpAnalysisView *self = TP_ANALYSIS_VIEW (view);
  gboolean any = FALSE;
  double x, y;

  for (guint i = 0; i < elements->len; i++)
    {
      gpointer element = g_ptr_array_index (elements, i);
      TpRect box;

      for (guint r = 0; r < self->ranking->items->len; r++)
        if (((TpRankedPain *) g_ptr_array_index (self->ranking->items, r))->card == element
            && tp_pareto_chart_bar (self->ranking, CHART_WIDTH, CHART_HEIGHT, r, &box))
          {
            chart_origin (self, STEP_PAIN, &x, &y);
            box.x += x - 8, box.y += y - 24, box.width += 16, box.height += 32;
            tp_rect_union (rect, &any, &box);
          }
      for (guint m = 0; m < self->matrix->items->len; m++)
        if (g_array_index (self->matrix->items, TpRatedOpportunity, m).card == element
            && tp_impact_effort_marker (self->matrix, CHART_WIDTH, CHART_HEIGHT, m, &box.x,
                                        &box.y))
          {
            chart_origin (self, STEP_OPPORTUNITIES, &x, &y);
            box = (TpRect) { box.x + x - 20, box.y + y - 20, 40, 40 };
            tp_rect_union (rect, &any, &box);
          }
      for (guint f = 0; self->fail != NULL && f < self->fail->items->len; f++)
        if (((TpRankedPain *) g_ptr_array_index (self->fail->items, f))->card == element
            && tp_pareto_chart_bar (self->fail, CHART_WIDTH, CHART_HEIGHT, f, &box))
          {
            const TpRect *step = &self->steps[self->step_of[STEP_FAIL]];

            box.x += step->x - 8, box.y += step->y + TITLE_HEIGHT - 24;
            box.width += 16, box.height += 32;
            tp_rect_union (rect, &any, &box);
          }
      for (guint p = 0; p < self->rollup->n_phases; p++)
        if (self->rollup->phases[p].phase == element)
          {
            chart_origin (self, STEP_ROLLUP, &x, &y);
            box = (TpRect) { x + p * COLUMN_WIDTH, y - PHASE_HEADER, COLUMN_WIDTH,
                             PHASE_HEADER + tp_rollup_row_height (NULL) };
            tp_rect_union (rect, &any, &box);
          }
    }
  return any;
}

/* The pain-point ranking, in weight order. */
static GPtrArray *
get_table (TpView *view)
{
  TpAnalysisView *self = TP_ANALYSIS_VIEW (view);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrvBuilder *header = g_strv_builder_new ();

  g_strv_builder_add (header, _("Pain point"));
  g_strv_builder_add (header, _("Severity"));
  g_strv_builder_add (header, _("Journeys"));
  g_strv_builder_add (header, _("Personas"));
  g_strv_builder_add (header, _("Weight"));
  g_strv_builder_add (header, _("Cumulative share"));
  g_strv_builder_add (header, _("Vital few"));
  g_ptr_array_add (rows, g_strv_builder_end (header));
  g_strv_builder_unref (header);

  for (guint i = 0; i < self->ranking->items->len; i++)
    {
      TpRankedPain *item = g_ptr_array_index (self->ranking->items, i);
      GStrvBuilder *row = g_strv_builder_new ();
      g_autofree char *severity = g_strdup_printf ("%d", item->severity);
      g_autofree char *journeys = g_strdup_printf ("%u", item->n_journeys);
      g_autofree char *personas = g_strdup_printf ("%u", item->n_personas);
      g_autofree char *weight = g_strdup_printf ("%g", item->weight);
      g_autofree char *cumulative = g_strdup_printf ("%.0f %%", item->cumulative * 100);

      g_strv_builder_add (row, tp_card_get_title (item->card));
      g_strv_builder_add (row, severity);
      g_strv_builder_add (row, journeys);
      g_strv_builder_add (row, personas);
      g_strv_builder_add (row, weight);
      g_strv_builder_add (row, cumulative);
      g_strv_builder_add (row, item->vital ? "true" : "false");
      g_ptr_array_add (rows, g_strv_builder_end (row));
      g_strv_builder_unref (row);
    }
  return rows;
}

static void
view_iface_init (TpViewInterface *iface)
{
  iface->get_size = get_size;
  iface->get_n_steps = get_n_steps;
  iface->get_step_rect = get_step_rect;
  iface->get_step_text = get_step_text;
  iface->paint = paint;
  iface->get_elements_rect = get_elements_rect;
  iface->get_table = get_table;
}

/* --- Marks that select a card -------------------------------------------- */

TpElement *
tp_analysis_view_element_at (TpAnalysisView *self,
                             double          x,
                             double          y)
{
  g_autofree TpRect *columns = NULL;
  double ox, oy;
  TpCard *card;

  g_return_val_if_fail (TP_IS_ANALYSIS_VIEW (self), NULL);

  chart_origin (self, STEP_PAIN, &ox, &oy);
  if ((card = tp_pareto_chart_card_at (self->ranking, CHART_WIDTH, CHART_HEIGHT, x - ox, y - oy)))
    return TP_ELEMENT (card);
  chart_origin (self, STEP_OPPORTUNITIES, &ox, &oy);
  if ((card = tp_impact_effort_card_at (self->matrix, CHART_WIDTH, CHART_HEIGHT, x - ox, y - oy)))
    return TP_ELEMENT (card);
  if (self->fail != NULL)
    {
      const TpRect *step = &self->steps[self->step_of[STEP_FAIL]];

      if ((card = tp_pareto_chart_card_at (self->fail, CHART_WIDTH, CHART_HEIGHT,
                                           x - step->x, y - step->y - TITLE_HEIGHT)))
        return TP_ELEMENT (card);
    }
  if (self->diff != NULL)
    {
      const TpRect *step = &self->steps[self->step_of[STEP_DIFF]];

      if ((card = tp_journey_diff_card_at (self->diff, step->width,
                                           x - step->x, y - step->y - TITLE_HEIGHT)))
        return TP_ELEMENT (card);
    }

  /* A phase's figures select the phase. */
  chart_origin (self, STEP_ROLLUP, &ox, &oy);
  columns = g_new0 (TpRect, MAX (self->rollup->n_phases, 1));
  for (guint p = 0; p < self->rollup->n_phases; p++)
    columns[p] = (TpRect) { ox + p * COLUMN_WIDTH, oy, COLUMN_WIDTH, tp_rollup_row_height (NULL) };
  return (TpElement *) tp_rollup_row_phase_at (self->rollup, columns, x, y);
}

GPtrArray *
tp_analysis_view_get_elements (TpAnalysisView *self)
{
  GPtrArray *elements;

  g_return_val_if_fail (TP_IS_ANALYSIS_VIEW (self), NULL);

  elements = g_ptr_array_new ();
  for (guint p = 0; p < self->rollup->n_phases; p++)
    g_ptr_array_add (elements, self->rollup->phases[p].phase);
  for (guint r = 0; r < self->ranking->items->len; r++)
    g_ptr_array_add (elements, ((TpRankedPain *) g_ptr_array_index (self->ranking->items, r))->card);
  for (guint m = 0; m < self->matrix->items->len; m++)
    {
      TpCard *card = g_array_index (self->matrix->items, TpRatedOpportunity, m).card;

      if (!g_ptr_array_find (elements, card, NULL))
        g_ptr_array_add (elements, card);
    }
  for (guint f = 0; self->fail != NULL && f < self->fail->items->len; f++)
    {
      TpCard *card = ((TpRankedPain *) g_ptr_array_index (self->fail->items, f))->card;

      if (!g_ptr_array_find (elements, card, NULL))
        g_ptr_array_add (elements, card);
    }

  return elements;
}

void
tp_analysis_view_set_overlay (TpAnalysisView *self,
                              GPtrArray      *journeys)
{
  g_return_if_fail (TP_IS_ANALYSIS_VIEW (self));

  g_clear_pointer (&self->overlay_with, g_ptr_array_unref);
  if (journeys != NULL)
    {
      self->overlay_with = g_ptr_array_new_full (journeys->len, g_object_unref);
      for (guint j = 0; j < journeys->len; j++)
        g_ptr_array_add (self->overlay_with, g_object_ref (g_ptr_array_index (journeys, j)));
    }
  build (self);
}

TpPhaseAlignment *
tp_analysis_view_get_overlay (TpAnalysisView *self)
{
  g_return_val_if_fail (TP_IS_ANALYSIS_VIEW (self), NULL);

  return self->overlay;
}
