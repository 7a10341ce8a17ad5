/* tp-store-flow-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan, its legend and figures are painted for the visible part in one
 * node per frame by the store painter (the same one export and presenting
 * use). Stops and zones are the selectable elements; a stop is its card in
 * the shared selection (or its placement when it names no card). Dragging
 * moves them, snapped like the pure snapping functions say, and changes the
 * model once, at the drop.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "render/tp-store-painter.h"
#include "tp-lazy-menu.h"
#include "tp-store-flow-view-private.h"
#include "tp-store-flow-view-tools.h"

G_DEFINE_FINAL_TYPE (TpStoreFlowView, tp_store_flow_view, TP_TYPE_CANVAS)

/* --- Elements -------------------------------------------------------------- */

static const TpStoreStop *
get_stop (TpStoreFlowView *self,
          guint            i)
{
  return &g_array_index (self->layout->walk->stops, TpStoreStop, i);
}

static guint
n_stops (TpStoreFlowView *self)
{
  return self->layout != NULL && self->layout->walk != NULL ? self->layout->walk->stops->len : 0;
}

static const TpStoreShape *
get_shape (TpStoreFlowView *self,
           guint            i)
{
  return &g_array_index (self->layout->shapes, TpStoreShape, i);
}

static guint
n_zones (TpStoreFlowView *self)
{
  return self->layout != NULL ? self->layout->shapes->len : 0;
}

TpElement *
_tp_store_flow_view_stop_element (TpStoreFlowView *self,
                                  guint            i)
{
  const TpStoreStop *stop = get_stop (self, i);

  return stop->card != NULL ? TP_ELEMENT (stop->card) : TP_ELEMENT (stop->placement);
}

int
_tp_store_flow_view_find_stop (TpStoreFlowView *self,
                               gpointer         element)
{
  for (guint i = 0; i < n_stops (self); i++)
    {
      const TpStoreStop *stop = get_stop (self, i);

      if ((gpointer) stop->card == element || (gpointer) stop->placement == element)
        return i;
    }
  return -1;
}

int
_tp_store_flow_view_find_zone (TpStoreFlowView *self,
                               gpointer         element)
{
  for (guint i = 0; i < n_zones (self); i++)
    if ((gpointer) get_shape (self, i)->zone == element)
      return i;
  return -1;
}

static gboolean
element_centre (TpStoreFlowView *self,
                TpElement       *element,
                double          *x,
                double          *y)
{
  int i;
  TpRect rect;

  if ((i = _tp_store_flow_view_find_stop (self, element)) >= 0)
    tp_store_layout_get_stop_rect (self->layout, i, &rect);
  else if ((i = _tp_store_flow_view_find_zone (self, element)) >= 0)
    tp_store_layout_get_zone_rect (self->layout, i, &rect);
  else
    return FALSE;
  *x = rect.x + rect.width / 2;
  *y = rect.y + rect.height / 2;
  return TRUE;
}

double
_tp_store_flow_view_grid_step (TpStoreFlowView *self)
{
  /* The painter's grid: a round distance at least 12 units apart at 100 %. */
  double at_least = 12.0 / (self->layout != NULL ? self->layout->ppm : 40.0);
  double base = pow (10, floor (log10 (at_least)));

  if (base >= at_least)
    return base;
  if (2 * base >= at_least)
    return 2 * base;
  if (5 * base >= at_least)
    return 5 * base;
  return 10 * base;
}

/* --- View options: heat and the plan's other journeys ---------------------- */

/* The top of the fixed heat scale: ten minutes of time spent, or ten visits, per zone. */
#define FIXED_HEAT_DWELL  600.0
#define FIXED_HEAT_VISITS 10.0

enum {
  PROP_0,
  PROP_HEAT,
  PROP_HEAT_KIND,
  PROP_HEAT_FIXED,
  PROP_OVERLAY,
  PROP_COMPARE,
  PROP_SIDE_BY_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_options (TpStoreFlowView *self)
{
  gboolean visits = g_strcmp0 (self->heat_kind, "visits") == 0;

  self->options.heat = self->heat;
  self->options.heat_kind = visits ? TP_STORE_HEAT_VISITS : TP_STORE_HEAT_DWELL;
  self->options.heat_max = self->heat_fixed ? (visits ? FIXED_HEAT_VISITS : FIXED_HEAT_DWELL) : 0;
  self->options.overlay = self->overlay;
  self->options.compare = self->compare;
  self->options.side_by_side = self->side_by_side;
  tp_canvas_invalidate (TP_CANVAS (self));
}

static void
tp_store_flow_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (object);

  switch (prop_id)
    {
    case PROP_HEAT:
      g_value_set_boolean (value, self->heat);
      break;
    case PROP_HEAT_KIND:
      g_value_set_string (value, self->heat_kind);
      break;
    case PROP_HEAT_FIXED:
      g_value_set_boolean (value, self->heat_fixed);
      break;
    case PROP_OVERLAY:
      g_value_set_boolean (value, self->overlay);
      break;
    case PROP_COMPARE:
      g_value_set_boolean (value, self->compare);
      break;
    case PROP_SIDE_BY_SIDE:
      g_value_set_boolean (value, self->side_by_side);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_store_flow_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_HEAT:
      changed = self->heat != g_value_get_boolean (value);
      self->heat = g_value_get_boolean (value);
      break;
    case PROP_HEAT_KIND:
      {
        const char *kind = g_strcmp0 (g_value_get_string (value), "visits") == 0 ? "visits"
                                                                                  : "dwell";

        changed = g_strcmp0 (self->heat_kind, kind) != 0;
        self->heat_kind = kind;
      }
      break;
    case PROP_HEAT_FIXED:
      changed = self->heat_fixed != g_value_get_boolean (value);
      self->heat_fixed = g_value_get_boolean (value);
      break;
    case PROP_OVERLAY:
      changed = self->overlay != g_value_get_boolean (value);
      self->overlay = g_value_get_boolean (value);
      break;
    case PROP_COMPARE:
      changed = self->compare != g_value_get_boolean (value);
      self->compare = g_value_get_boolean (value);
      /* Side by side is a way of showing the comparison: no comparison, no side by side. */
      if (!self->compare && self->side_by_side)
        {
          self->side_by_side = FALSE;
          g_object_notify_by_pspec (object, properties[PROP_SIDE_BY_SIDE]);
        }
      break;
    case PROP_SIDE_BY_SIDE:
      changed = self->side_by_side != g_value_get_boolean (value);
      self->side_by_side = g_value_get_boolean (value);
      if (self->side_by_side && !self->compare)
        {
          self->compare = TRUE;
          g_object_notify_by_pspec (object, properties[PROP_COMPARE]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (changed)
    {
      update_options (self);
      g_object_notify_by_pspec (object, pspec);
    }
}

static GMenuModel *
create_options_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) heat = g_menu_new ();
  g_autoptr(GMenu) journeys = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  g_menu_append (heat, _("Heat per Zone"), "store.heat");
  item = g_menu_item_new (_("Time Spent"), NULL);
  g_menu_item_set_action_and_target (item, "store.heat-kind", "s", "dwell");
  g_menu_append_item (heat, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("Visits"), NULL);
  g_menu_item_set_action_and_target (item, "store.heat-kind", "s", "visits");
  g_menu_append_item (heat, item);
  g_menu_append (heat, _("Fixed Scale"), "store.heat-fixed");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (heat));
  g_menu_append (journeys, _("Other Journeys on This Plan"), "store.overlay");
  g_menu_append (journeys, _("Current and Future State"), "store.compare");
  g_menu_append (journeys, _("Side by Side"), "store.side-by-side");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (journeys));
  return G_MENU_MODEL (menu);
}

/* The options button sits in the view's top-right corner, over the plan. */
static void
tp_store_flow_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (widget);
  GtkRequisition natural;

  GTK_WIDGET_CLASS (tp_store_flow_view_parent_class)->size_allocate (widget, width, height,
                                                                      baseline);
  gtk_widget_get_preferred_size (self->options_button, NULL, &natural);
  gtk_widget_size_allocate (self->options_button,
                            &(GtkAllocation) { MAX (width - natural.width - 12, 0), 12,
                                               natural.width, natural.height }, -1);
  _tp_store_flow_view_allocate_zones (self, width, height);
}

/* --- TpCanvas -------------------------------------------------------------- */

static void
invalidate_layout (TpCanvas *canvas)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);

  /* Kept until the next layout is made: what the change left alone (the zones' outlines, the
   * walks found around them, the decoded picture) is taken from it. */
  if (self->layout != NULL)
    {
      g_clear_pointer (&self->previous, tp_store_layout_free);
      self->previous = g_steal_pointer (&self->layout);
    }
}

static gboolean
ensure_layout (TpCanvas *canvas)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpJourney *journey = tp_canvas_get_journey (canvas);

  if (self->layout != NULL)
    return TRUE;
  if (journey == NULL)
    return FALSE;

  self->layout = tp_store_layout_new_reusing (journey, &self->options, self->previous);
  g_clear_pointer (&self->previous, tp_store_layout_free);
  return TRUE;
}

static void
get_map_size (TpCanvas *canvas,
              double   *width,
              double   *height)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);

  *width = self->layout->width;
  *height = self->layout->height;
}

static void
paint_options (TpStoreFlowView     *self,
               TpStorePaintOptions *options)
{
  TpCanvas *canvas = TP_CANVAS (self);

  tp_store_paint_options_init (options);
  options->theme = tp_canvas_get_theme (canvas);
  options->scale = tp_canvas_paint_scale (canvas);
  options->font_options = tp_canvas_get_font_options (canvas);

}

/* The picture is cut in tiles of about TILE_PIXELS device pixels, each rasterised once by the
 * canvas's node cache and kept until the model changes or the zoom does: a frame composites
 * images, where painting 2,000 legs of path each frame took seconds. The selection is drawn
 * over the tiles, so selecting repaints nothing. */
#define TILE_PIXELS 512.0

static gpointer
tile_key (guint tx,
          guint ty)
{
  return TP_CANVAS_TILE_KEY ((gsize) ty << 16 | tx);
}

static void
paint_tile_cb (TpCanvas *canvas,
               cairo_t  *cr,
               gpointer  data)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStorePaintOptions options;

  paint_options (self, &options);
  options.selection = NULL;
  options.clip = data;
  options.transparent = TRUE;
  tp_store_painter_paint (cr, self->layout, &options);
}

static void
snapshot_selection (TpStoreFlowView *self,
                    GtkSnapshot     *snapshot,
                    const TpRect    *visible)
{
  TpCanvas *canvas = TP_CANVAS (self);
  TpStoreLayout *layout = self->layout;
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  double zoom = tp_canvas_get_zoom (canvas);
  graphene_rect_t bounds;
  gboolean any = FALSE;
  TpRect tight = { 0, 0, 0, 0 };
  cairo_t *cr = NULL;

  /* Tight bounds: the cairo renderer composites a node's whole area. */
  for (guint i = 0; i < n_zones (self); i++)
    if (tp_canvas_is_selected (canvas, get_shape (self, i)->zone))
      {
        TpRect r;

        tp_store_layout_get_zone_rect (layout, i, &r);
        tp_rect_union (&tight, &any, &r);
      }
  for (guint i = 0; i < n_stops (self); i++)
    if (tp_canvas_is_selected (canvas, _tp_store_flow_view_stop_element (self, i)))
      {
        TpRect r;

        tp_store_layout_get_stop_rect (layout, i, &r);
        tp_rect_union (&tight, &any, &r);
      }
  if (!any)
    return;
  {
    double m = 8 + 3.0 / zoom;

    bounds = GRAPHENE_RECT_INIT (tight.x - m, tight.y - m, tight.width + 2 * m, tight.height + 2 * m);
  }

  for (guint i = 0; i < n_zones (self); i++)
    {
      const TpStoreShape *shape = get_shape (self, i);

      if (!tp_canvas_is_selected (canvas, shape->zone))
        continue;
      if (cr == NULL)
        cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      for (guint p = 0; p < shape->n_points; p++)
        {
          double x, y;

          tp_store_layout_to_units (layout, shape->points[p], &x, &y);
          if (p == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
    }
  if (cr != NULL)
    {
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_set_line_width (cr, MAX (3.0, 3.0 / zoom));
      cairo_stroke (cr);
    }
  for (guint i = 0; i < n_stops (self); i++)
    {
      const TpStoreStop *stop = get_stop (self, i);
      double x, y;

      if (!tp_canvas_is_selected (canvas, _tp_store_flow_view_stop_element (self, i)))
        continue;
      if (cr == NULL)
        cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      tp_store_layout_to_units (layout, stop->at, &x, &y);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, tp_store_layout_stop_radius (layout, stop) + 3.5, 0, 2 * G_PI);
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_set_line_width (cr, MAX (3.0, 3.0 / zoom));
      cairo_stroke (cr);
    }
  if (cr != NULL)
    cairo_destroy (cr);
}

static void
snapshot_map (TpCanvas     *canvas,
              GtkSnapshot  *snapshot,
              const TpRect *visible)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  double tile = MAX (TILE_PIXELS / MAX (tp_canvas_get_zoom (canvas), 1e-3),
                     MAX (self->layout->width, self->layout->height) / (TILE_GRID - 1));
  guint tx0 = (guint) MAX (floor (visible->x / tile), 0);
  guint ty0 = (guint) MAX (floor (visible->y / tile), 0);
  guint tx1 = (guint) MAX (floor ((MIN (visible->x + visible->width, self->layout->width)) / tile), 0);
  guint ty1 = (guint) MAX (floor ((MIN (visible->y + visible->height, self->layout->height)) / tile), 0);

  for (guint ty = ty0; ty <= ty1; ty++)
    for (guint tx = tx0; tx <= tx1; tx++)
      {
        TpRect rect = { tx * tile, ty * tile, tile, tile };

        tp_canvas_append_tile (canvas, snapshot, tile_key (tx, ty), &rect, paint_tile_cb, &rect);
      }

  snapshot_selection (self, snapshot, visible);
  _tp_store_flow_view_snapshot_edit (self, snapshot, visible);
  _tp_store_flow_view_snapshot_zones (self, snapshot, visible);
}

static TpElement *
pick (TpCanvas *canvas,
      double    x,
      double    y)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  int i;

  if ((i = tp_store_layout_hit_stop (self->layout, x, y)) >= 0)
    return _tp_store_flow_view_stop_element (self, i);
  if ((i = tp_store_layout_hit_zone (self->layout, x, y)) >= 0)
    return TP_ELEMENT (get_shape (self, i)->zone);
  return NULL;
}

static GPtrArray *
elements_in_rect (TpCanvas     *canvas,
                  const TpRect *rect)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  GPtrArray *inside = g_ptr_array_new ();

  /* A stop whose centre is in the band; a zone wholly in it (the band
   * starts on the floor of some zone, which it should not take along). */
  for (guint i = 0; i < n_stops (self); i++)
    {
      double x, y;

      tp_store_layout_to_units (self->layout, get_stop (self, i)->at, &x, &y);
      if (tp_rect_contains (rect, x, y))
        g_ptr_array_add (inside, _tp_store_flow_view_stop_element (self, i));
    }
  for (guint i = 0; i < n_zones (self); i++)
    {
      TpRect zone;

      tp_store_layout_get_zone_rect (self->layout, i, &zone);
      if (zone.x >= rect->x && zone.y >= rect->y
          && zone.x + zone.width <= rect->x + rect->width
          && zone.y + zone.height <= rect->y + rect->height)
        g_ptr_array_add (inside, get_shape (self, i)->zone);
    }
  return inside;
}

static gboolean
get_element_rect (TpCanvas  *canvas,
                  TpElement *element,
                  TpRect    *rect)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  int i;

  if ((i = _tp_store_flow_view_find_stop (self, element)) >= 0)
    return tp_store_layout_get_stop_rect (self->layout, i, rect);
  if ((i = _tp_store_flow_view_find_zone (self, element)) >= 0)
    {
      tp_store_layout_get_zone_rect (self->layout, i, rect);
      return TRUE;
    }
  return FALSE;
}

/* The nearest stop or zone in @direction: its centre within 45° of it, the
 * distance along it counting less than the distance across. */
static TpElement *
neighbour (TpCanvas          *canvas,
           TpElement         *element,
           TpCanvasDirection  direction)
{
  static const double ux[] = { -1, 1, 0, 0 };
  static const double uy[] = { 0, 0, -1, 1 };
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpElement *best = NULL;
  double best_cost = G_MAXDOUBLE;
  double x0, y0;

  if (element == NULL || !element_centre (self, element, &x0, &y0))
    {
      if (n_stops (self) > 0)
        return _tp_store_flow_view_stop_element (self, 0);
      return n_zones (self) > 0 ? TP_ELEMENT (get_shape (self, 0)->zone) : NULL;
    }

  for (guint kind = 0; kind < 2; kind++)
    for (guint i = 0; i < (kind == 0 ? n_stops (self) : n_zones (self)); i++)
      {
        TpElement *other = kind == 0 ? _tp_store_flow_view_stop_element (self, i)
                                     : TP_ELEMENT (get_shape (self, i)->zone);
        double x, y, along, across, cost;

        if (other == element || !element_centre (self, other, &x, &y))
          continue;
        along = (x - x0) * ux[direction] + (y - y0) * uy[direction];
        across = fabs ((x - x0) * uy[direction] - (y - y0) * ux[direction]);
        if (along <= 0.5 || across > along)
          continue;
        cost = along + 2 * across;
        if (cost < best_cost)
          {
            best_cost = cost;
            best = other;
          }
      }
  return best;
}

static gboolean
can_drag (TpCanvas  *canvas,
          TpElement *element)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);

  return _tp_store_flow_view_find_stop (self, element) >= 0
         || _tp_store_flow_view_find_zone (self, element) >= 0;
}

static void
drop (TpCanvas  *canvas,
      GPtrArray *elements,
      double     x,
      double     y,
      double     dx,
      double     dy)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  double mx = dx / self->layout->ppm, my = dy / self->layout->ppm;

  _tp_store_flow_view_snap_offset (self, elements, &mx, &my);
  _tp_store_flow_view_move_elements (self, elements, mx, my);
}

static void
tp_store_flow_view_dispose (GObject *object)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (object);

  g_clear_pointer (&self->layout, tp_store_layout_free);
  g_clear_pointer (&self->previous, tp_store_layout_free);
  g_clear_pointer (&self->options_button, gtk_widget_unparent);
  _tp_store_flow_view_dispose_zones (self);

  G_OBJECT_CLASS (tp_store_flow_view_parent_class)->dispose (object);
}

static void
tp_store_flow_view_class_init (TpStoreFlowViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TpCanvasClass *canvas_class = TP_CANVAS_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_store_flow_view_dispose;
  object_class->get_property = tp_store_flow_view_get_property;
  object_class->set_property = tp_store_flow_view_set_property;
  widget_class->size_allocate = tp_store_flow_view_size_allocate;

  canvas_class->invalidate_layout = invalidate_layout;
  canvas_class->ensure_layout = ensure_layout;
  canvas_class->get_map_size = get_map_size;
  canvas_class->snapshot_map = snapshot_map;
  canvas_class->pick = pick;
  canvas_class->describe = _tp_store_flow_view_describe;
  canvas_class->geometry_suffix = "-store";
  canvas_class->fit_journey = TRUE;
  canvas_class->elements_in_rect = elements_in_rect;
  canvas_class->get_element_rect = get_element_rect;
  canvas_class->neighbour = neighbour;
  canvas_class->can_drag = can_drag;
  canvas_class->drop = drop;
  _tp_store_flow_view_class_init_zones (canvas_class);
  canvas_class->drop_target = _tp_store_flow_view_drop_target;

  properties[PROP_HEAT] =
    g_param_spec_boolean ("heat", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEAT_KIND] =
    g_param_spec_string ("heat-kind", NULL, NULL, "dwell",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEAT_FIXED] =
    g_param_spec_boolean ("heat-fixed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERLAY] =
    g_param_spec_boolean ("overlay", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE] =
    g_param_spec_boolean ("compare", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDE_BY_SIDE] =
    g_param_spec_boolean ("side-by-side", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "store.heat", "heat");
  gtk_widget_class_install_property_action (widget_class, "store.heat-kind", "heat-kind");
  gtk_widget_class_install_property_action (widget_class, "store.heat-fixed", "heat-fixed");
  gtk_widget_class_install_property_action (widget_class, "store.overlay", "overlay");
  gtk_widget_class_install_property_action (widget_class, "store.compare", "compare");
  gtk_widget_class_install_property_action (widget_class, "store.side-by-side", "side-by-side");

  gtk_widget_class_set_css_name (widget_class, "storeflowview");
}

static void
tp_store_flow_view_init (TpStoreFlowView *self)
{
  g_autoptr(GMenuModel) menu = create_options_menu ();

  tp_store_layout_options_init (&self->options);
  self->heat_kind = "dwell";
  self->options_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->options_button), "view-more-symbolic");
  tp_menu_button_set_menu_lazily (GTK_MENU_BUTTON (self->options_button), menu);
  gtk_widget_set_tooltip_text (self->options_button, _("Heat and other journeys"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->options_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Store flow options"), -1);
  gtk_widget_add_css_class (self->options_button, "osd");
  gtk_widget_set_parent (self->options_button, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Store Flow"),
                                  -1);
  _tp_store_flow_view_init_edit (self);
  _tp_store_flow_view_init_zones (self);
  _tp_store_flow_view_init_place (self);
}

GtkWidget *
tp_store_flow_view_new (void)
{
  return g_object_new (TP_TYPE_STORE_FLOW_VIEW, NULL);
}

TpStoreLayout *
tp_store_flow_view_get_layout (TpStoreFlowView *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), NULL);

  return ensure_layout (TP_CANVAS (self)) ? self->layout : NULL;
}
