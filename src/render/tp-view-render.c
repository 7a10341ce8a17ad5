/* tp-view-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map as a whole picture, over the journey layout and painter.
 */

#include "config.h"

#include "tp-view-render.h"
#include "tp-journey-painter.h"

struct _TpViewRender
{
  TpViewKind       kind;
  TpJourney       *journey;
  TpJourneyLayout *layout;
};

void
tp_view_paint_options_init (TpViewPaintOptions *options)
{
  g_return_if_fail (options != NULL);

  options->theme = NULL;
  options->spotlight_step = -1;
  options->scale = 1.0;
  options->clip = NULL;
  options->transparent = FALSE;
}

TpViewRender *
tp_view_render_new (TpViewKind  kind,
                    TpJourney  *journey)
{
  TpViewRender *self;
  TpJourneyLayoutOptions layout_options;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  self = g_new0 (TpViewRender, 1);
  self->kind = kind;
  self->journey = g_object_ref (journey);
  tp_journey_layout_options_init (&layout_options, NULL);
  self->layout = tp_journey_layout_new (journey, &layout_options);
  return self;
}

void
tp_view_render_free (TpViewRender *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  g_clear_object (&self->journey);
  g_free (self);
}

TpJourney *
tp_view_render_get_journey (TpViewRender *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->journey;
}

void
tp_view_render_get_size (TpViewRender *self,
                         double       *width,
                         double       *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = tp_journey_layout_get_width (self->layout);
  if (height != NULL)
    *height = tp_journey_layout_get_height (self->layout);
}

guint
tp_view_render_get_n_steps (TpViewRender *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return tp_journey_layout_get_n_columns (self->layout);
}

void
tp_view_render_get_step_rect (TpViewRender *self,
                              guint         step,
                              TpRect       *rect)
{
  TpRect header, column;

  g_return_if_fail (self != NULL);
  g_return_if_fail (rect != NULL);

  if (step >= tp_journey_layout_get_n_columns (self->layout))
    {
      rect->x = rect->y = rect->width = rect->height = 0;
      return;
    }

  /* The phase header and the whole column below it. */
  tp_journey_layout_get_phase_header (self->layout, step, &header);
  tp_journey_layout_get_column_rect (self->layout, step, &column);
  rect->x = MIN (header.x, column.x);
  rect->y = MIN (header.y, column.y);
  rect->width = MAX (header.x + header.width, column.x + column.width) - rect->x;
  rect->height = MAX (header.y + header.height, column.y + column.height) - rect->y;
}

void
tp_view_render_get_step_text (TpViewRender  *self,
                              guint          step,
                              const char   **title,
                              const char   **goal)
{
  TpPhase *phase = NULL;
  const char *t = NULL, *g = NULL;

  g_return_if_fail (self != NULL);

  if (step < tp_journey_layout_get_n_columns (self->layout))
    phase = tp_journey_layout_get_phase (self->layout, step);
  if (phase != NULL)
    {
      t = tp_phase_get_title (phase);
      g = tp_phase_get_description (phase);
    }
  if (title != NULL)
    *title = t != NULL ? t : "";
  if (goal != NULL)
    *goal = g != NULL ? g : "";
}

void
tp_view_render_paint (TpViewRender             *self,
                      cairo_t                  *cr,
                      const TpViewPaintOptions *options)
{
  TpViewPaintOptions defaults;
  TpJourneyPaintOptions paint;
  TpTheme see_through;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (options == NULL)
    {
      tp_view_paint_options_init (&defaults);
      options = &defaults;
    }

  tp_journey_paint_options_init (&paint);
  if (options->theme != NULL)
    paint.theme = options->theme;
  paint.scale = options->scale > 0 ? options->scale : 1.0;
  paint.clip = options->clip;
  paint.spotlight_column = options->spotlight_step;
  if (options->spotlight_step >= 0
      && (guint) options->spotlight_step >= tp_journey_layout_get_n_columns (self->layout))
    paint.spotlight_column = -1;

  if (options->transparent)
    {
      /* The same colours, with a background and empty cells that paint
       * nothing: cards, headers and lines stand on whatever is behind. */
      see_through = *paint.theme;
      see_through.background.alpha = 0;
      see_through.cell.alpha = 0;
      see_through.cell_alt.alpha = 0;
      paint.theme = &see_through;
    }

  tp_journey_painter_paint (cr, self->layout, &paint);
}

static void
rect_union (TpRect       *total,
            gboolean     *any,
            const TpRect *rect)
{
  double x1, y1;

  if (!*any)
    {
      *total = *rect;
      *any = TRUE;
      return;
    }
  x1 = MAX (total->x + total->width, rect->x + rect->width);
  y1 = MAX (total->y + total->height, rect->y + rect->height);
  total->x = MIN (total->x, rect->x);
  total->y = MIN (total->y, rect->y);
  total->width = x1 - total->x;
  total->height = y1 - total->y;
}

gboolean
tp_view_render_get_elements_rect (TpViewRender *self,
                                  GPtrArray    *elements,
                                  TpRect       *rect)
{
  const double margin = 8;
  gboolean any = FALSE;
  double width, height;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (elements != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  for (guint i = 0; i < elements->len; i++)
    {
      gpointer element = g_ptr_array_index (elements, i);
      TpRect a, b;

      if (TP_IS_CARD (element))
        {
          const TpCardBox *box = tp_journey_layout_find_card (self->layout, element);

          if (box != NULL)
            rect_union (rect, &any, &box->rect);
        }
      else if (TP_IS_PHASE (element))
        {
          for (guint c = 0; c < tp_journey_layout_get_n_columns (self->layout); c++)
            if (tp_journey_layout_get_phase (self->layout, c) == element)
              {
                tp_view_render_get_step_rect (self, c, &a);
                rect_union (rect, &any, &a);
              }
        }
      else if (TP_IS_LANE (element))
        {
          int row = tp_journey_layout_get_row_for_lane (self->layout, element);

          if (row >= 0)
            {
              tp_journey_layout_get_lane_header (self->layout, row, &a);
              tp_journey_layout_get_row_rect (self->layout, row, &b);
              rect_union (rect, &any, &a);
              rect_union (rect, &any, &b);
            }
        }
    }
  if (!any)
    return FALSE;

  tp_view_render_get_size (self, &width, &height);
  rect->x = MAX (0, rect->x - margin);
  rect->y = MAX (0, rect->y - margin);
  rect->width = MIN (width, rect->x + rect->width + 2 * margin) - rect->x;
  rect->height = MIN (height, rect->y + rect->height + 2 * margin) - rect->y;
  return rect->width > 0 && rect->height > 0;
}
