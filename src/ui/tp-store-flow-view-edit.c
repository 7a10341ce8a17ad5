/* tp-store-flow-view-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changing the plan from the store-flow view: stops and zones dragged or
 * nudged (zones snap to other zones, the plan's outline and the grid),
 * stops moved along the walk, stops taken off the plan and zones removed.
 * Each gesture is one transaction of the project, so one undo step.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "tp-store-flow-view-private.h"

/* How near (pixels on screen) counts as "at" for snapping. */
#define SNAP_PIXELS 8.0

static TpZone *
first_zone (TpStoreFlowView *self,
            GPtrArray       *elements)
{
  for (guint i = 0; i < elements->len; i++)
    if (_tp_store_flow_view_find_zone (self, g_ptr_array_index (elements, i)) >= 0)
      return g_ptr_array_index (elements, i);
  return NULL;
}

/* Nothing leaves the plan: the offset stops where the first thing would. */
static void
clamp_offset (TpStoreFlowView *self,
              GPtrArray       *elements,
              double          *dx,
              double          *dy)
{
  TpStoreLayout *layout = self->layout;
  const TpRect *plan = &layout->plan_rect;

  for (guint i = 0; i < elements->len; i++)
    {
      gpointer element = g_ptr_array_index (elements, i);
      TpRect bounds;
      int k;

      if ((k = _tp_store_flow_view_find_zone (self, element)) >= 0)
        bounds = g_array_index (layout->shapes, TpStoreShape, k).bounds;
      else if ((k = _tp_store_flow_view_find_stop (self, element)) >= 0)
        {
          TpPoint at = g_array_index (layout->walk->stops, TpStoreStop, k).at;

          bounds = (TpRect) { at.x, at.y, 0, 0 };
        }
      else
        continue;
      if (bounds.width <= plan->width)
        *dx = CLAMP (*dx, plan->x - bounds.x, plan->x + plan->width - bounds.x - bounds.width);
      if (bounds.height <= plan->height)
        *dy = CLAMP (*dy, plan->y - bounds.y, plan->y + plan->height - bounds.y - bounds.height);
    }
}

void
_tp_store_flow_view_snap_offset (TpStoreFlowView *self,
                                 GPtrArray       *elements,
                                 double          *dx,
                                 double          *dy)
{
  TpStoreLayout *layout = self->layout;
  TpZone *zone = first_zone (self, elements);
  const TpRect *plan = &layout->plan_rect;
  double zoom = tp_canvas_get_zoom (TP_CANVAS (self));

  if (zone != NULL && _tp_store_flow_view_snaps (self))
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape,
                                                  _tp_store_flow_view_find_zone (self, zone));
      TpSnapOptions options = { _tp_store_flow_view_grid_step (self),
                                SNAP_PIXELS / (layout->ppm * zoom), plan };

      tp_store_snap_offset ((TpStoreShape *) (gpointer) layout->shapes->data, layout->shapes->len,
                            zone, shape->points, shape->n_points, &options, dx, dy);
    }

  clamp_offset (self, elements, dx, dy);
}

static GVariant *
moved_points (GVariant *points,
              double    dx,
              double    dy)
{
  GVariantBuilder builder;
  GVariantIter iter;
  double x, y;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(dd)"));
  g_variant_iter_init (&iter, points);
  while (g_variant_iter_next (&iter, "(dd)", &x, &y))
    g_variant_builder_add (&builder, "(dd)", x + dx, y + dy);
  return g_variant_builder_end (&builder);
}

static void
move_zone (TpProject *project,
           TpZone    *zone,
           double     dx,
           double     dy)
{
  double x, y, width, height;

  if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_POLYGON)
    {
      GVariant *points = moved_points (tp_zone_get_points (zone), dx, dy);

      tp_project_set (project, zone, "points", points, NULL);
      return;
    }
  tp_zone_get_bounds (zone, &x, &y, &width, &height);
  tp_project_set (project, zone, "x", x + dx, "y", y + dy, NULL);
}

void
_tp_store_flow_view_move_elements (TpStoreFlowView *self,
                                   GPtrArray       *elements,
                                   double           dx,
                                   double           dy)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  g_autoptr(GPtrArray) placements = g_ptr_array_new ();
  g_autoptr(GPtrArray) zones = g_ptr_array_new ();
  const char *label;

  if (project == NULL || self->layout == NULL || (dx == 0 && dy == 0))
    return;
  for (guint i = 0; i < elements->len; i++)
    {
      gpointer element = g_ptr_array_index (elements, i);
      int k;

      if ((k = _tp_store_flow_view_find_stop (self, element)) >= 0)
        g_ptr_array_add (placements,
                         g_array_index (self->layout->walk->stops, TpStoreStop, k).placement);
      else if (_tp_store_flow_view_find_zone (self, element) >= 0)
        g_ptr_array_add (zones, element);
    }
  if (placements->len == 0 && zones->len == 0)
    return;

  if (zones->len == 0)
    label = placements->len == 1 ? _("Move Stop") : _("Move Stops");
  else if (placements->len == 0)
    label = zones->len == 1 ? _("Move Zone") : _("Move Zones");
  else
    label = _("Move Stops and Zones");

  /* The layout goes away with the first change: everything is read before. */
  tp_project_begin (project, label);
  for (guint i = 0; i < placements->len; i++)
    {
      TpPlacement *placement = g_ptr_array_index (placements, i);

      tp_project_set (project, placement,
                      "x", tp_placement_get_x (placement) + dx,
                      "y", tp_placement_get_y (placement) + dy,
                      NULL);
    }
  for (guint i = 0; i < zones->len; i++)
    move_zone (project, g_ptr_array_index (zones, i), dx, dy);
  tp_project_commit (project);
}

gboolean
tp_store_flow_view_nudge (TpStoreFlowView *self,
                          double           dx,
                          double           dy)
{
  TpSelection *selection;
  g_autoptr(GPtrArray) elements = NULL;
  TpStoreLayout *layout;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  selection = tp_canvas_get_selection (TP_CANVAS (self));
  layout = tp_store_flow_view_get_layout (self);
  if (selection == NULL || layout == NULL)
    return FALSE;
  elements = g_ptr_array_new ();
  for (guint i = 0; i < tp_selection_get_items (selection)->len; i++)
    {
      gpointer element = g_ptr_array_index (tp_selection_get_items (selection), i);

      if (_tp_store_flow_view_find_stop (self, element) >= 0
          || _tp_store_flow_view_find_zone (self, element) >= 0)
        g_ptr_array_add (elements, element);
    }
  if (elements->len == 0)
    return FALSE;

  /* Kept inside the plan, not snapped: a nudge goes exactly as far as asked. */
  clamp_offset (self, elements, &dx, &dy);
  if (fabs (dx) > 1e-9 || fabs (dy) > 1e-9)
    _tp_store_flow_view_move_elements (self, elements, dx, dy);
  return TRUE;
}

gboolean
tp_store_flow_view_move_stop (TpStoreFlowView *self,
                              int              delta)
{
  TpSelection *selection;
  TpProject *project;
  TpPlacement *placement;
  GPtrArray *placements;
  TpElement *primary;
  int stop, index, target;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  selection = tp_canvas_get_selection (TP_CANVAS (self));
  project = tp_canvas_get_project (TP_CANVAS (self));
  if (selection == NULL || project == NULL || tp_store_flow_view_get_layout (self) == NULL)
    return FALSE;
  primary = tp_selection_get_primary (selection);
  if (primary == NULL || (stop = _tp_store_flow_view_find_stop (self, primary)) < 0)
    return FALSE;

  placement = g_array_index (self->layout->walk->stops, TpStoreStop, stop).placement;
  placements = tp_journey_get_placements (tp_canvas_get_journey (TP_CANVAS (self)));
  index = tp_element_get_index (TP_ELEMENT (placement));
  target = CLAMP (index + delta, 0, (int) placements->len - 1);
  if (target == index)
    return TRUE;

  tp_project_begin (project, delta < 0 ? _("Move Stop Earlier") : _("Move Stop Later"));
  tp_project_move (project, placement, target);
  tp_project_commit (project);
  return TRUE;
}

gboolean
tp_store_flow_view_delete_selected (TpStoreFlowView *self)
{
  TpSelection *selection;
  TpProject *project;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *items;
  guint n_stops = 0;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  selection = tp_canvas_get_selection (TP_CANVAS (self));
  project = tp_canvas_get_project (TP_CANVAS (self));
  if (selection == NULL || project == NULL || tp_store_flow_view_get_layout (self) == NULL)
    return FALSE;

  items = tp_selection_get_items (selection);
  for (guint i = 0; i < items->len; i++)
    {
      gpointer element = g_ptr_array_index (items, i);
      int k;

      if ((k = _tp_store_flow_view_find_stop (self, element)) >= 0)
        {
          g_ptr_array_add (doomed, g_object_ref (g_array_index (self->layout->walk->stops,
                                                                TpStoreStop, k).placement));
          n_stops++;
        }
      else if (_tp_store_flow_view_find_zone (self, element) >= 0)
        g_ptr_array_add (doomed, g_object_ref (element));
    }
  if (doomed->len == 0)
    return FALSE;

  tp_selection_clear (selection);
  tp_project_begin (project, n_stops == doomed->len ? _("Take Off the Plan")
                             : n_stops == 0 ? (doomed->len == 1 ? _("Delete Zone") : _("Delete Zones"))
                             : _("Delete from the Plan"));
  for (guint i = 0; i < doomed->len; i++)
    tp_project_remove (project, g_ptr_array_index (doomed, i));
  tp_project_commit (project);
  return TRUE;
}

/* --- Drawing the dragged elements ---------------------------------------- */

void
_tp_store_flow_view_snapshot_edit (TpStoreFlowView *self,
                                   GtkSnapshot     *snapshot,
                                   const TpRect    *visible)
{
  TpCanvas *canvas = TP_CANVAS (self);
  TpStoreLayout *layout = self->layout;
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  g_autoptr(GPtrArray) dragged = g_ptr_array_new ();
  graphene_rect_t bounds;
  double dx, dy, zoom = tp_canvas_get_zoom (canvas);
  TpRgba fill;
  cairo_t *cr;

  for (guint i = 0; i < layout->shapes->len; i++)
    if (tp_canvas_is_dragging (canvas, g_array_index (layout->shapes, TpStoreShape, i).zone))
      g_ptr_array_add (dragged, g_array_index (layout->shapes, TpStoreShape, i).zone);
  for (guint i = 0; layout->walk != NULL && i < layout->walk->stops->len; i++)
    if (tp_canvas_is_dragging (canvas, _tp_store_flow_view_stop_element (self, i)))
      g_ptr_array_add (dragged, _tp_store_flow_view_stop_element (self, i));
  if (dragged->len == 0)
    return;

  /* Where they will land: the drop snaps the same way. */
  tp_canvas_get_drag_offset (canvas, &dx, &dy);
  dx /= layout->ppm;
  dy /= layout->ppm;
  _tp_store_flow_view_snap_offset (self, dragged, &dx, &dy);

  /* Tight bounds: the cairo renderer composites a node's whole area. */
  {
    gboolean any = FALSE;
    TpRect tight = { 0, 0, 0, 0 };

    for (guint i = 0; i < dragged->len; i++)
      {
        TpRect r;
        int k;

        if ((k = _tp_store_flow_view_find_zone (self, g_ptr_array_index (dragged, i))) >= 0)
          tp_store_layout_get_zone_rect (layout, k, &r);
        else if ((k = _tp_store_flow_view_find_stop (self, g_ptr_array_index (dragged, i))) >= 0)
          tp_store_layout_get_stop_rect (layout, k, &r);
        else
          continue;
        r.x += dx * layout->ppm;
        r.y += dy * layout->ppm;
        tp_rect_union (&tight, &any, &r);
      }
    if (!any)
      return;
    bounds = GRAPHENE_RECT_INIT (tight.x - 8 - 2 / zoom, tight.y - 8 - 2 / zoom,
                                 tight.width + 16 + 4 / zoom, tight.height + 16 + 4 / zoom);
  }
  fill = theme->selection;
  fill.alpha = 0.25;
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_set_line_width (cr, MAX (2.0, 2.0 / zoom));
  for (guint i = 0; i < dragged->len; i++)
    {
      gpointer element = g_ptr_array_index (dragged, i);
      int k;

      if ((k = _tp_store_flow_view_find_zone (self, element)) >= 0)
        {
          const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, k);

          for (guint p = 0; p < shape->n_points; p++)
            {
              double x, y;

              tp_store_layout_to_units (layout, (TpPoint) { shape->points[p].x + dx,
                                                            shape->points[p].y + dy }, &x, &y);
              if (p == 0)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          cairo_close_path (cr);
        }
      else if ((k = _tp_store_flow_view_find_stop (self, element)) >= 0)
        {
          const TpStoreStop *stop = &g_array_index (layout->walk->stops, TpStoreStop, k);
          double x, y;

          tp_store_layout_to_units (layout, (TpPoint) { stop->at.x + dx, stop->at.y + dy },
                                    &x, &y);
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, tp_store_layout_stop_radius (layout, stop), 0, 2 * G_PI);
        }
      tp_cairo_set_rgba (cr, &fill);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->selection);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* --- Keys ------------------------------------------------------------------ */

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TpStoreFlowView       *self)
{
  double step = _tp_store_flow_view_grid_step (self);
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);

  if (mods & GDK_SHIFT_MASK)
    step /= 5;

  switch (keyval)
    {
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      return mods == 0 && tp_store_flow_view_delete_selected (self);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (mods & GDK_CONTROL_MASK)
        return tp_store_flow_view_nudge (self, -step, 0);
      return (mods == GDK_ALT_MASK) && tp_store_flow_view_move_stop (self, -1);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (mods & GDK_CONTROL_MASK)
        return tp_store_flow_view_nudge (self, step, 0);
      return (mods == GDK_ALT_MASK) && tp_store_flow_view_move_stop (self, 1);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (mods & GDK_CONTROL_MASK)
        return tp_store_flow_view_nudge (self, 0, -step);
      return (mods == GDK_ALT_MASK) && tp_store_flow_view_move_stop (self, -1);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (mods & GDK_CONTROL_MASK)
        return tp_store_flow_view_nudge (self, 0, step);
      return (mods == GDK_ALT_MASK) && tp_store_flow_view_move_stop (self, 1);
    default:
      return FALSE;
    }
}

void
_tp_store_flow_view_init_edit (TpStoreFlowView *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
