/* tp-service-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-blueprint-painter.h"
#include "tp-service-blueprint.h"

struct _TpServiceBlueprint
{
  TpViewBase           parent_instance;

  TpBlueprintLayout   *layout;
  TpBlueprintRoutes   *routes;
  TpBlueprintAnalysis *analysis;
};

static void view_iface_init (TpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TpServiceBlueprint, tp_service_blueprint, TP_TYPE_VIEW_BASE,
                               G_IMPLEMENT_INTERFACE (TP_TYPE_VIEW, view_iface_init))

static void
tp_service_blueprint_constructed (GObject *object)
{
  TpServiceBlueprint *self = TP_SERVICE_BLUEPRINT (object);
  TpJourney *journey = tp_view_base_get_journey (TP_VIEW_BASE (self));
  TpBlueprintLayoutOptions options;

  G_OBJECT_CLASS (tp_service_blueprint_parent_class)->constructed (object);

  tp_blueprint_layout_options_init (&options, NULL);
  self->layout = tp_blueprint_layout_new (journey, &options);
  self->routes = tp_blueprint_routes_new (self->layout, NULL);
  self->analysis = tp_blueprint_analysis_new (journey);
}

static void
tp_service_blueprint_finalize (GObject *object)
{
  TpServiceBlueprint *self = TP_SERVICE_BLUEPRINT (object);

  g_clear_pointer (&self->routes, tp_blueprint_routes_free);
  g_clear_pointer (&self->layout, tp_blueprint_layout_free);
  g_clear_pointer (&self->analysis, tp_blueprint_analysis_free);

  G_OBJECT_CLASS (tp_service_blueprint_parent_class)->finalize (object);
}

static void
tp_service_blueprint_class_init (TpServiceBlueprintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tp_service_blueprint_constructed;
  object_class->finalize = tp_service_blueprint_finalize;
}

static void
tp_service_blueprint_init (TpServiceBlueprint *self)
{
}

TpBlueprintLayout *
tp_service_blueprint_get_layout (TpServiceBlueprint *self)
{
  g_return_val_if_fail (TP_IS_SERVICE_BLUEPRINT (self), NULL);
  return self->layout;
}

TpBlueprintRoutes *
tp_service_blueprint_get_routes (TpServiceBlueprint *self)
{
  g_return_val_if_fail (TP_IS_SERVICE_BLUEPRINT (self), NULL);
  return self->routes;
}

TpBlueprintAnalysis *
tp_service_blueprint_get_analysis (TpServiceBlueprint *self)
{
  g_return_val_if_fail (TP_IS_SERVICE_BLUEPRINT (self), NULL);
  return self->analysis;
}

/* --- TpView ------------------------------------------------------------ */

static void
get_size (TpView *view,
          double *width,
          double *height)
{
  TpServiceBlueprint *self = TP_SERVICE_BLUEPRINT (view);

  *width = tp_blueprint_layout_get_width (self->layout);
  *height = tp_blueprint_layout_get_height (self->layout);
}

static guint
get_n_steps (TpView *view)
{
  return tp_blueprint_layout_get_n_columns (TP_SERVICE_BLUEPRINT (view)->layout);
}

static void
get_step_rect (TpView *view,
               guint   step,
               TpRect *rect)
{
  TpBlueprintLayout *layout = TP_SERVICE_BLUEPRINT (view)->layout;

  /* The column and the phase header above it. */
  tp_blueprint_layout_get_column_rect (layout, step, rect);
  rect->height += rect->y;
  rect->y = 0;
}

static void
get_step_text (TpView      *view,
               guint        step,
               const char **title,
               const char **goal)
{
  const TpBlueprintColumn *column = tp_blueprint_layout_get_column (TP_SERVICE_BLUEPRINT (view)->layout, step);

  /* The customer's action, under its phase's name. */
  *title = column->step != NULL ? tp_card_get_title (column->step) : tp_phase_get_title (column->phase);
  *goal = column->step != NULL ? tp_phase_get_title (column->phase) : tp_phase_get_description (column->phase);
  if (*title == NULL)
    *title = "";
  if (*goal == NULL)
    *goal = "";
}

static void
paint_options (const TpViewPaintOptions *options,
               TpBlueprintPaintOptions  *paint,
               TpTheme                  *see_through)
{
  tp_blueprint_paint_options_init (paint);
  paint->theme = options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
  paint->scale = options->scale > 0 ? options->scale : 1.0;
  paint->clip = options->clip;
  paint->font_options = options->font_options;
  paint->spotlight_column = options->spotlight_step;
  paint->transparent = options->transparent;
  if (options->transparent)
    {
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
  TpServiceBlueprint *self = TP_SERVICE_BLUEPRINT (view);
  TpBlueprintPaintOptions paint;
  TpTheme see_through;

  paint_options (options, &paint, &see_through);
  tp_blueprint_painter_paint (cr, self->layout, self->routes, self->analysis, &paint);
}

static gboolean
get_elements_rect (TpView    *view,
                   GPtrArray *elements,
                   TpRect    *rect)
{
  TpServiceBlueprint *self = TP_SERVICE_BLUEPRINT (view);
  const double margin = 8;
  gboolean any;
  double width, height;

  any = tp_blueprint_layout_get_elements_rect (self->layout, (TpElement * const *) elements->pdata,
                                               elements->len, rect);
  for (guint i = 0; i < elements->len; i++)
    if (TP_IS_CONNECTION (g_ptr_array_index (elements, i)))
      {
        const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes, g_ptr_array_index (elements, i));
        TpRect bounds;

        if (route == NULL)
          continue;
        tp_blueprint_route_get_bounds (route, &bounds);
        tp_rect_union (rect, &any, &bounds);
      }
  if (!any)
    return FALSE;

  get_size (view, &width, &height);
  rect->x = MAX (0, rect->x - margin);
  rect->y = MAX (0, rect->y - margin);
  rect->width = MIN (width - rect->x, rect->width + 2 * margin);
  rect->height = MIN (height - rect->y, rect->height + 2 * margin);
  return TRUE;
}

/* A row per blueprint row, a column per step; cells list the cards' titles. */
static GPtrArray *
get_table (TpView *view)
{
  TpBlueprintLayout *layout = TP_SERVICE_BLUEPRINT (view)->layout;
  guint n_columns = tp_blueprint_layout_get_n_columns (layout);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrvBuilder *header = g_strv_builder_new ();

  g_strv_builder_add (header, _("Row"));
  for (guint c = 0; c < n_columns; c++)
    {
      const char *title, *goal;
      g_autofree char *text = NULL;

      get_step_text (view, c, &title, &goal);
      text = *goal != '\0' && tp_blueprint_layout_get_column (layout, c)->step != NULL
             /* Translators: a blueprint column heading in CSV: phase, then the customer's step */
             ? g_strdup_printf (_("%s: %s"), goal, title) : g_strdup (title);
      g_strv_builder_add (header, text);
    }
  g_ptr_array_add (rows, g_strv_builder_end (header));
  g_strv_builder_unref (header);

  for (guint r = 0; r < tp_blueprint_layout_get_n_rows (layout); r++)
    {
      TpLane *lane = tp_blueprint_layout_get_lane (layout, r);
      GStrvBuilder *row = g_strv_builder_new ();
      const char *title = tp_lane_get_title (lane);

      g_strv_builder_add (row, title != NULL && *title != '\0'
                               ? title : tp_enum_get_label (TP_TYPE_LANE_KIND, tp_lane_get_kind (lane)));
      for (guint c = 0; c < n_columns; c++)
        {
          guint n;
          const TpBlueprintBox *boxes = tp_blueprint_layout_get_cell_boxes (layout, c, r, &n);
          g_autoptr(GString) cell = g_string_new (NULL);

          for (guint i = 0; i < n; i++)
            {
              if (i > 0)
                g_string_append_c (cell, '\n');
              g_string_append (cell, tp_card_get_title (boxes[i].card));
            }
          g_strv_builder_add (row, cell->str);
        }
      g_ptr_array_add (rows, g_strv_builder_end (row));
      g_strv_builder_unref (row);
    }
  return rows;
}

/* A step is paged between its rows. */
static double *
get_step_breaks (TpView *view,
                 guint   step,
                 guint  *n_breaks)
{
  TpBlueprintLayout *layout = TP_SERVICE_BLUEPRINT (view)->layout;
  guint n_rows = tp_blueprint_layout_get_n_rows (layout);
  double *edges;

  if (n_rows == 0)
    return NULL;
  edges = g_new (double, n_rows + 1);
  for (guint r = 0; r < n_rows; r++)
    {
      TpRect row;

      tp_blueprint_layout_get_row_rect (layout, r, &row);
      edges[r] = row.y;
      edges[r + 1] = row.y + row.height;
    }
  *n_breaks = n_rows + 1;
  return edges;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The rows' edges, and in each row the channels between its levels of cards (slots are at
 * one height across the whole blueprint), a little above the channel's middle where the
 * arrows run: a cut there crosses no card. */
static double *
get_band_breaks (TpView *view,
                 guint  *n_breaks)
{
  TpBlueprintLayout *layout = TP_SERVICE_BLUEPRINT (view)->layout;
  double gap = tp_blueprint_layout_get_options (layout)->slot_gap;
  guint n_rows = tp_blueprint_layout_get_n_rows (layout), n = 0;
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (double));
  double *out;

  for (guint r = 0; r < n_rows; r++)
    {
      guint n_slots = tp_blueprint_layout_get_row_n_slots (layout, r);
      TpRect row;
      double y;

      tp_blueprint_layout_get_row_rect (layout, r, &row);
      g_array_append_val (edges, row.y);
      for (guint k = 1; k < n_slots; k++)
        {
          y = tp_blueprint_layout_channel_y (layout, r, k) - gap / 4;
          g_array_append_val (edges, y);
        }
      y = row.y + row.height;
      g_array_append_val (edges, y);
    }
  g_array_sort (edges, compare_doubles);
  out = (double *) (gpointer) edges->data;
  for (guint i = 0; i < edges->len; i++)
    if (n == 0 || out[i] > out[n - 1])
      out[n++] = out[i];
  *n_breaks = n;
  return (double *) (gpointer) g_array_free (edges, n == 0);
}

static void
get_pin_bands (TpView *view,
               double *left_width,
               double *top_height)
{
  const TpBlueprintLayoutOptions *o = tp_blueprint_layout_get_options (TP_SERVICE_BLUEPRINT (view)->layout);

  *left_width = o->row_header_width;
  *top_height = o->phase_header_height;
}

static void
get_step_header (TpView *view,
                 guint   step,
                 TpRect *rect)
{
  TpBlueprintLayout *layout = TP_SERVICE_BLUEPRINT (view)->layout;
  const TpBlueprintLayoutOptions *o = tp_blueprint_layout_get_options (layout);

  tp_blueprint_layout_get_column_rect (layout, step, rect);
  rect->y = 0;
  rect->height = o->phase_header_height;
}

static void
paint_pin (TpView                   *view,
           cairo_t                  *cr,
           TpViewPin                 pin,
           const TpViewPaintOptions *options)
{
  TpServiceBlueprint *self = TP_SERVICE_BLUEPRINT (view);
  const TpBlueprintLayoutOptions *o = tp_blueprint_layout_get_options (self->layout);
  TpBlueprintPaintOptions paint;
  TpTheme see_through;

  paint_options (options, &paint, &see_through);
  paint.spotlight_column = -1;
  switch (pin)
    {
    case TP_VIEW_PIN_CORNER:
      tp_cairo_set_rgba (cr, &paint.theme->lane_header);
      cairo_rectangle (cr, 0, 0, o->row_header_width, o->phase_header_height);
      cairo_fill (cr);
      break;
    case TP_VIEW_PIN_TOP:
      for (guint p = 0; p < tp_blueprint_layout_get_n_phases (self->layout); p++)
        tp_blueprint_painter_paint_phase_header (cr, self->layout, self->analysis, p, &paint);
      break;
    case TP_VIEW_PIN_LEFT:
      cairo_save (cr);
      cairo_rectangle (cr, 0, 0, o->row_header_width, tp_blueprint_layout_get_height (self->layout));
      cairo_clip (cr);
      tp_blueprint_painter_paint_rows (cr, self->layout, &paint);
      tp_blueprint_painter_paint_lines (cr, self->layout, &paint);
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
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
  iface->get_step_breaks = get_step_breaks;
  iface->get_band_breaks = get_band_breaks;
  iface->get_pin_bands = get_pin_bands;
  iface->get_step_header = get_step_header;
  iface->paint_pin = paint_pin;
  /* The layout, the routes and the analysis are made once, when the view is;
   * painting only reads them and the model, and shapes text in a cache of its own. */
  iface->paints_concurrently = TRUE;
}
