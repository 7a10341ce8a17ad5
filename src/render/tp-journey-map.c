/* tp-journey-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-journey-layout.h"
#include "tp-journey-map.h"
#include "tp-journey-painter.h"
#include "tp-journey-map-emphasis.h"

struct _TpJourneyMap
{
  TpViewBase       parent_instance;

  TpJourneyLayout *layout;
  gboolean         show_rollup;
};

static void view_iface_init (TpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TpJourneyMap, tp_journey_map, TP_TYPE_VIEW_BASE,
                               G_IMPLEMENT_INTERFACE (TP_TYPE_VIEW, view_iface_init))

static void
build_layout (TpJourneyMap *self)
{
  TpJourneyLayoutOptions options;

  tp_journey_layout_options_init (&options, NULL);
  options.show_rollup = self->show_rollup;
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  self->layout = tp_journey_layout_new (tp_view_base_get_journey (TP_VIEW_BASE (self)), &options);
}

static void
tp_journey_map_constructed (GObject *object)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (object);

  G_OBJECT_CLASS (tp_journey_map_parent_class)->constructed (object);

  build_layout (self);
}

static void
tp_journey_map_finalize (GObject *object)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (object);

  g_clear_pointer (&self->layout, tp_journey_layout_free);

  G_OBJECT_CLASS (tp_journey_map_parent_class)->finalize (object);
}

static void
tp_journey_map_class_init (TpJourneyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tp_journey_map_constructed;
  object_class->finalize = tp_journey_map_finalize;
}

static void
tp_journey_map_init (TpJourneyMap *self)
{
}

/* --- TpView ------------------------------------------------------------ */

static void
get_size (TpView *view,
          double *width,
          double *height)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (view);

  *width = tp_journey_layout_get_width (self->layout);
  *height = tp_journey_layout_get_height (self->layout);
}

static guint
get_n_steps (TpView *view)
{
  return tp_journey_layout_get_n_columns (TP_JOURNEY_MAP (view)->layout);
}

static void
get_step_rect (TpView *view,
               guint   step,
               TpRect *rect)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (view);
  TpRect header, column;
  gboolean any = FALSE;

  /* The phase header and the whole column below it. */
  tp_journey_layout_get_phase_header (self->layout, step, &header);
  tp_journey_layout_get_column_rect (self->layout, step, &column);
  tp_rect_union (rect, &any, &header);
  tp_rect_union (rect, &any, &column);
}

static void
get_step_text (TpView      *view,
               guint        step,
               const char **title,
               const char **goal)
{
  TpPhase *phase = tp_journey_layout_get_phase (TP_JOURNEY_MAP (view)->layout, step);

  if (phase == NULL)
    return;
  *title = tp_phase_get_title (phase);
  *goal = tp_phase_get_description (phase);
}

static void
paint_options (const TpViewPaintOptions *options,
               TpJourneyPaintOptions    *paint,
               TpTheme                  *see_through)
{
  tp_journey_paint_options_init (paint);
  if (options->theme != NULL)
    paint->theme = options->theme;
  paint->scale = options->scale > 0 ? options->scale : 1.0;
  paint->clip = options->clip;
  paint->font_options = options->font_options;
  paint->min_card_text_px = options->min_card_text_px;
  paint->spotlight_column = options->spotlight_step;

  if (options->transparent)
    {
      /* The same colours, with a background and empty cells that paint
       * nothing: cards, headers and lines stand on whatever is behind. */
      *see_through = *paint->theme;
      see_through->background.alpha = 0;
      see_through->cell.alpha = 0;
      see_through->cell_alt.alpha = 0;
      paint->theme = see_through;
    }
}

static void
paint (TpView                   *view,
       cairo_t                  *cr,
       const TpViewPaintOptions *options)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (view);
  TpJourneyPaintOptions paint;
  TpTheme see_through;

  paint_options (options, &paint, &see_through);
  if (paint.spotlight_column >= 0
      && (guint) paint.spotlight_column >= tp_journey_layout_get_n_columns (self->layout))
    paint.spotlight_column = -1;
  tp_journey_painter_paint (cr, self->layout, &paint);
}

static gboolean
get_elements_rect (TpView    *view,
                   GPtrArray *elements,
                   TpRect    *rect)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (view);
  const double margin = 8;
  gboolean any = FALSE;
  double width, height;

  for (guint i = 0; i < elements->len; i++)
    {
      gpointer element = g_ptr_array_index (elements, i);
      TpRect a, b;

      if (TP_IS_CARD (element))
        {
          const TpCardBox *box = tp_journey_layout_find_card (self->layout, element);

          if (box != NULL)
            tp_rect_union (rect, &any, &box->rect);
        }
      else if (TP_IS_PHASE (element))
        {
          for (guint c = 0; c < tp_journey_layout_get_n_columns (self->layout); c++)
            if (tp_journey_layout_get_phase (self->layout, c) == element)
              {
                get_step_rect (view, c, &a);
                tp_rect_union (rect, &any, &a);
              }
        }
      else if (TP_IS_LANE (element))
        {
          int row = tp_journey_layout_get_row_for_lane (self->layout, element);

          if (row >= 0)
            {
              tp_journey_layout_get_lane_header (self->layout, row, &a);
              tp_journey_layout_get_row_rect (self->layout, row, &b);
              tp_rect_union (rect, &any, &a);
              tp_rect_union (rect, &any, &b);
            }
        }
    }
  if (!any)
    return FALSE;

  get_size (view, &width, &height);
  rect->x = MAX (0, rect->x - margin);
  rect->y = MAX (0, rect->y - margin);
  rect->width = MIN (width, rect->x + rect->width + 2 * margin) - rect->x;
  rect->height = MIN (height, rect->y + rect->height + 2 * margin) - rect->y;
  return rect->width > 0 && rect->height > 0;
}

/* The grid: phases as columns, lanes as rows (hidden ones too: a table
 * loses nothing), the titles of a cell's cards one per line. */
static GPtrArray *
get_table (TpView *view)
{
  TpJourney *journey = tp_view_base_get_journey (TP_VIEW_BASE (view));
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrvBuilder *header = g_strv_builder_new ();

  g_strv_builder_add (header, _("Lane"));
  for (guint c = 0; c < phases->len; c++)
    g_strv_builder_add (header, tp_phase_get_title (g_ptr_array_index (phases, c)));
  g_ptr_array_add (rows, g_strv_builder_end (header));
  g_strv_builder_unref (header);

  for (guint r = 0; r < lanes->len; r++)
    {
      TpLane *lane = g_ptr_array_index (lanes, r);
      GStrvBuilder *row = g_strv_builder_new ();

      g_strv_builder_add (row, tp_lane_get_title (lane));
      for (guint c = 0; c < phases->len; c++)
        {
          g_autoptr(GPtrArray) cards =
            tp_journey_get_cell_cards (journey, g_ptr_array_index (phases, c), lane);
          g_autoptr(GString) cell = g_string_new (NULL);

          for (guint i = 0; i < cards->len; i++)
            {
              const char *title = tp_card_get_title (g_ptr_array_index (cards, i));

              if (i > 0)
                g_string_append_c (cell, '\n');
              g_string_append (cell, title != NULL ? title : "");
            }
          g_strv_builder_add (row, cell->str);
        }
      g_ptr_array_add (rows, g_strv_builder_end (row));
      g_strv_builder_unref (row);
    }
  return rows;
}

/* A phase is paged between its lanes. */
static double *
get_step_breaks (TpView *view,
                 guint   step,
                 guint  *n_breaks)
{
  TpJourneyLayout *layout = TP_JOURNEY_MAP (view)->layout;
  guint n_rows = tp_journey_layout_get_n_rows (layout);
  double *edges;

  if (n_rows == 0)
    return NULL;

  edges = g_new (double, n_rows + 1);
  for (guint r = 0; r < n_rows; r++)
    {
      TpRect row;

      tp_journey_layout_get_row_rect (layout, r, &row);
      edges[r] = r == 0 ? row.y : MAX (edges[r], row.y);
      edges[r + 1] = row.y + row.height;
    }
  *n_breaks = n_rows + 1;
  return edges;
}

static void
get_pin_bands (TpView *view,
               double *left_width,
               double *top_height)
{
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (TP_JOURNEY_MAP (view)->layout);

  *left_width = o->lane_header_width;
  *top_height = o->phase_header_height;
}

static void
get_step_header (TpView *view,
                 guint   step,
                 TpRect *rect)
{
  tp_journey_layout_get_phase_header (TP_JOURNEY_MAP (view)->layout, step, rect);
}

static void
paint_pin (TpView                   *view,
           cairo_t                  *cr,
           TpViewPin                 pin,
           const TpViewPaintOptions *options)
{
  TpJourneyLayout *layout = TP_JOURNEY_MAP (view)->layout;
  TpJourneyPaintOptions paint;
  TpTheme see_through;
  guint first, last;
  double x0 = 0, y0 = 0, x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE;

  paint_options (options, &paint, &see_through);
  paint.spotlight_column = -1;
  if (options->clip != NULL)
    {
      x0 = options->clip->x;
      y0 = options->clip->y;
      x1 = x0 + options->clip->width;
      y1 = y0 + options->clip->height;
    }

  switch (pin)
    {
    case TP_VIEW_PIN_CORNER:
      tp_journey_painter_paint_corner (cr, layout, &paint);
      break;
    case TP_VIEW_PIN_TOP:
      if (tp_journey_layout_visible_columns (layout, x0, x1, &first, &last))
        for (guint c = first; c <= last; c++)
          tp_journey_painter_paint_phase_header (cr, layout, c, &paint);
      break;
    case TP_VIEW_PIN_LEFT:
      if (tp_journey_layout_visible_rows (layout, y0, y1, &first, &last))
        for (guint r = first; r <= last; r++)
          tp_journey_painter_paint_lane_header (cr, layout, r, &paint);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
paint_emphasis (TpView                   *view,
                cairo_t                  *cr,
                guint                     step,
                double                    strength,
                const TpViewPaintOptions *options)
{
  tp_journey_map_emphasise_column (cr, TP_JOURNEY_MAP (view)->layout,
                                   options->theme != NULL ? options->theme
                                                          : tp_theme_get (TP_THEME_LIGHT),
                                   step, options->scale, strength);
}

static void
set_show_rollup (TpView   *view,
                 gboolean  show)
{
  TpJourneyMap *self = TP_JOURNEY_MAP (view);

  if (self->show_rollup == !!show)
    return;
  self->show_rollup = !!show;
  build_layout (self);
}

static void
view_iface_init (TpViewInterface *iface)
{
  iface->get_size = get_size;
  iface->get_n_steps = get_n_steps;
  iface->get_step_rect = get_step_rect;
  iface->get_step_text = get_step_text;
  iface->paint = paint;
  /* The painter reads the layout and the model only (no text cache in exports). */
  iface->paints_concurrently = TRUE;
  iface->get_elements_rect = get_elements_rect;
  iface->get_table = get_table;
  iface->get_step_breaks = get_step_breaks;
  iface->get_pin_bands = get_pin_bands;
  iface->get_step_header = get_step_header;
  iface->paint_pin = paint_pin;
  iface->paint_emphasis = paint_emphasis;
  iface->set_show_rollup = set_show_rollup;
}
