/* tp-store-flow-view-zones.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing zones on the plan: the rectangle tool (drag from corner to
 * corner), the polygon tool (click the corners; a double click, a click on
 * the first corner or Enter closes it, Backspace takes the last corner back,
 * Escape gives up), the handles of the selected zone (a rectangle's eight
 * handles resize it, a polygon's corners move, the middle of an edge adds a
 * corner; Alt+click adds a corner on an edge or removes one), every corner
 * snapped like tp_store_snap_point() says. Each gesture changes the model
 * once, at its end, in one transaction. A new zone is named in place at once
 * (F2 or a double click names it again). The tool bar over the plan holds
 * the tools and the picture's menu (tp-store-flow-view-background.c).
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "tp-store-flow-view-tools.h"
#include "tp-store-outline.h"

/* How near (pixels on screen) counts as "at": snapping, and grabbing a handle. */
#define SNAP_PIXELS   8.0
#define HANDLE_PIXELS 7.0

TpFloorPlan *
_tp_store_flow_view_get_plan (TpStoreFlowView *self)
{
  TpStoreLayout *layout = tp_store_flow_view_get_layout (self);

  return layout != NULL ? layout->plan : NULL;
}

double
_tp_store_flow_view_metres_per_pixel (TpStoreFlowView *self)
{
  TpStoreLayout *layout = tp_store_flow_view_get_layout (self);
  double zoom = tp_canvas_get_zoom (TP_CANVAS (self));

  return layout != NULL && layout->ppm > 0 ? 1.0 / (layout->ppm * zoom) : 0.01;
}

void
_tp_store_flow_view_tell (TpStoreFlowView *self,
                          const char      *message)
{
  tp_store_tell (GTK_WIDGET (self), message);
}

/* The one zone selected (the zone whose handles show), or NULL. */
TpZone *
_tp_store_flow_view_selected_zone (TpStoreFlowView *self)
{
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  TpElement *primary;

  if (selection == NULL || tp_selection_get_count (selection) != 1)
    return NULL;
  primary = tp_selection_get_primary (selection);
  if (primary == NULL || !TP_IS_ZONE (primary) || tp_store_flow_view_get_layout (self) == NULL
      || _tp_store_flow_view_find_zone (self, primary) < 0)
    return NULL;
  return TP_ZONE (primary);
}

const TpStoreShape *
_tp_store_flow_view_zone_shape (TpStoreFlowView *self,
          TpZone          *zone)
{
  int i = _tp_store_flow_view_find_zone (self, zone);

  return i >= 0 ? &g_array_index (self->layout->shapes, TpStoreShape, i) : NULL;
}

gboolean
_tp_store_flow_view_snaps (TpStoreFlowView *self)
{
  return !_tp_store_zone_edit (self)->snap_off
         && !(tp_canvas_get_pointer_modifiers (TP_CANVAS (self)) & GDK_SHIFT_MASK);
}

gboolean
tp_store_flow_view_get_snapping (TpStoreFlowView *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  return !_tp_store_zone_edit (self)->snap_off;
}

void
tp_store_flow_view_set_snapping (TpStoreFlowView *self,
                                 gboolean         snapping)
{
  TpStoreZoneEdit *edit;

  g_return_if_fail (TP_IS_STORE_FLOW_VIEW (self));

  edit = _tp_store_zone_edit (self);
  edit->snap_off = !snapping;
  edit->updating = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (edit->snap_button), !!snapping);
  edit->updating = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Map point (@x, @y) as metres on the plan, snapped (not to @skip) and kept on the plan. */
TpPoint
_tp_store_flow_view_snapped_point (TpStoreFlowView *self,
               TpZone          *skip,
               double           x,
               double           y)
{
  TpStoreLayout *layout = self->layout;
  TpPoint p = tp_store_layout_to_metres (layout, x, y);
  TpSnapOptions options = { _tp_store_flow_view_grid_step (self),
                            SNAP_PIXELS * _tp_store_flow_view_metres_per_pixel (self),
                            &layout->plan_rect };

  if (_tp_store_flow_view_snaps (self))
    tp_store_snap_point ((TpStoreShape *) (gpointer) layout->shapes->data, layout->shapes->len,
                         skip, &options, &p.x, &p.y, NULL);
  p.x = CLAMP (p.x, layout->plan_rect.x, layout->plan_rect.x + layout->plan_rect.width);
  p.y = CLAMP (p.y, layout->plan_rect.y, layout->plan_rect.y + layout->plan_rect.height);
  return p;
}

/* --- New zones, and changed outlines ------------------------------------------- */

TpZone *
_tp_store_flow_view_add_zone_outline (TpStoreFlowView *self,
          const char      *label,
          const TpRect    *rect,
          const TpPoint   *points,
          guint            n_points)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpFloorPlan *plan = _tp_store_flow_view_get_plan (self);
  g_autofree char *id = NULL;
  g_autoptr(TpZone) zone = NULL;
  TpRect bounds;

  if (project == NULL || plan == NULL)
    return NULL;
  if (points != NULL)
    tp_polygon_bounds (points, n_points, &bounds);
  else
    bounds = *rect;

  id = tp_project_new_id (project, "zone");
  zone = tp_zone_new (id, TP_ZONE_KIND_OTHER);
  g_object_set (zone,
                "shape", points != NULL ? TP_ZONE_SHAPE_POLYGON : TP_ZONE_SHAPE_RECT,
                "x", bounds.x, "y", bounds.y, "width", bounds.width, "height", bounds.height,
                NULL);
  if (points != NULL)
    g_object_set (zone, "points", tp_store_points_variant (points, n_points), NULL);

  tp_project_begin (project, label);
  tp_project_insert (project, plan, TP_LIST_ZONES, -1, zone);
  tp_project_commit (project);

  if (tp_canvas_get_selection (TP_CANVAS (self)) != NULL)
    tp_selection_set_one (tp_canvas_get_selection (TP_CANVAS (self)), TP_ELEMENT (zone));
  tp_store_flow_view_rename_zone (self, zone);
  return zone;
}

static void
set_outline (TpStoreFlowView *self,
             TpZone          *zone,
             const char      *label,
             const TpPoint   *points,
             guint           n)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  const char *problem = NULL;

  if (project != NULL
      && !tp_store_zone_set_outline (project, zone, label, NULL, points, n, &problem)
      && problem != NULL)
    _tp_store_flow_view_tell (self, problem);
}

void
_tp_store_flow_view_set_zone_rect (TpStoreFlowView *self,
          TpZone          *zone,
          const TpRect    *rect)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));

  if (project == NULL || tp_element_get_project (TP_ELEMENT (zone)) != (gpointer) project
      || !tp_store_rect_is_zone (rect))
    return;
  tp_project_begin (project, _("Resize Zone"));
  tp_project_set (project, zone, "x", rect->x, "y", rect->y,
                  "width", rect->width, "height", rect->height, NULL);
  tp_project_commit (project);
}

/* A copy of @zone's corners, with room for one more. */
static GArray *
copy_points (TpStoreFlowView *self,
             TpZone          *zone)
{
  const TpStoreShape *shape = _tp_store_flow_view_zone_shape (self, zone);
  GArray *points = g_array_new (FALSE, FALSE, sizeof (TpPoint));

  if (shape != NULL)
    g_array_append_vals (points, shape->points, shape->n_points);
  return points;
}

static void
insert_corner (TpStoreFlowView *self,
               TpZone          *zone,
               guint            edge,
               TpPoint          at)
{
  g_autoptr(GArray) points = copy_points (self, zone);

  if (points->len >= TP_STORE_MAX_ZONE_POINTS)
    {
      _tp_store_flow_view_tell (self, tp_store_outline_problem (TP_STORE_OUTLINE_TOO_MANY));
      return;
    }
  g_array_insert_val (points, edge + 1, at);
  set_outline (self, zone, _("Add Corner"), (TpPoint *) (gpointer) points->data, points->len);
}

static void
remove_corner (TpStoreFlowView *self,
               TpZone          *zone,
               guint            vertex)
{
  g_autoptr(GArray) points = copy_points (self, zone);

  if (points->len <= 3)
    {
      _tp_store_flow_view_tell (self, tp_store_outline_problem (TP_STORE_OUTLINE_TOO_FEW));
      return;
    }
  g_array_remove_index (points, vertex);
  set_outline (self, zone, _("Remove Corner"), (TpPoint *) (gpointer) points->data, points->len);
}

/* --- The polygon being drawn ----------------------------------------------- */

void
_tp_store_flow_view_clear_polygon (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);

  g_array_set_size (edit->points, 0);
  edit->have_hover = FALSE;
  edit->told_limit = FALSE;
  edit->key_cursor_shown = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
tp_store_flow_view_get_drawn_corners (TpStoreFlowView *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), 0);

  return _tp_store_zone_edit (self)->points->len;
}

/** tp_store_flow_view_close_polygon: makes the corners drawn so far a zone; FALSE (with a message)
 * when they make none, and the drawing goes on. */
gboolean
tp_store_flow_view_close_polygon (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit;
  g_autoptr(GArray) points = NULL;
  TpStoreOutline outline;
  guint n;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  edit = _tp_store_zone_edit (self);
  if (edit->points->len == 0)
    return FALSE;
  points = g_array_copy (edit->points);
  n = tp_store_outline_dedupe ((TpPoint *) (gpointer) points->data, points->len);
  outline = tp_store_check_outline ((TpPoint *) (gpointer) points->data, n);
  if (outline != TP_STORE_OUTLINE_OK)
    {
      _tp_store_flow_view_tell (self, tp_store_outline_problem (outline));
      return FALSE;
    }
  _tp_store_flow_view_clear_polygon (self);
  _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
  g_set_object (&edit->closed, _tp_store_flow_view_add_zone_outline (self, _("Draw Zone"), NULL,
                                         (TpPoint *) (gpointer) points->data, n));
  return TRUE;
}

static void add_corner_near (TpStoreFlowView *self,
                             TpPoint          p,
                             double           near);

static void
add_polygon_corner (TpStoreFlowView *self,
                    double           x,
                    double           y)
{
  add_corner_near (self, _tp_store_flow_view_snapped_point (self, NULL, x, y),
                   HANDLE_PIXELS * _tp_store_flow_view_metres_per_pixel (self));
}

void
_tp_store_flow_view_add_corner_at (TpStoreFlowView *self,
                                   TpPoint          p)
{
  /* The keyboard puts a corner exactly where its cursor is. */
  add_corner_near (self, p, 1e-6);
}

static void
add_corner_near (TpStoreFlowView *self,
                 TpPoint          p,
                 double           near)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  guint n = edit->points->len;

  /* On the first corner, or again on the last (a double click): closed. */
  if (n >= 3)
    {
      TpPoint first = g_array_index (edit->points, TpPoint, 0);
      TpPoint last = g_array_index (edit->points, TpPoint, n - 1);

      if (hypot (p.x - first.x, p.y - first.y) <= near || hypot (p.x - last.x, p.y - last.y) <= near)
        {
          tp_store_flow_view_close_polygon (self);
          return;
        }
    }
  if (n > 0)
    {
      TpPoint last = g_array_index (edit->points, TpPoint, n - 1);

      if (hypot (p.x - last.x, p.y - last.y) <= near)
        return;
    }
  if (n >= TP_STORE_MAX_ZONE_POINTS)
    {
      /* Once: a runaway clicker (or a script) does not fill the window with messages. */
      if (!edit->told_limit)
        _tp_store_flow_view_tell (self, tp_store_outline_problem (TP_STORE_OUTLINE_TOO_MANY));
      edit->told_limit = TRUE;
      return;
    }
  g_array_append_val (edit->points, p);
  edit->hover = p;
  edit->have_hover = TRUE;
}

/* --- Pointer ---------------------------------------------------------------- */

static gboolean
press_on_handles (TpStoreFlowView *self,
                  TpPoint          p,
                  gboolean         alt)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  TpZone *zone = _tp_store_flow_view_selected_zone (self);
  const TpStoreShape *shape;
  double tol = HANDLE_PIXELS * _tp_store_flow_view_metres_per_pixel (self);
  TpPoint at;
  int edge, vertex;

  if (zone == NULL || (shape = _tp_store_flow_view_zone_shape (self, zone)) == NULL)
    return FALSE;

  if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_RECT)
    {
      TpStoreHandle handle = tp_store_hit_handle (&shape->bounds, p.x, p.y, tol);

      if (handle != TP_STORE_HANDLE_NONE && !alt)
        {
          g_set_object (&edit->zone, zone);
          edit->gesture = TP_STORE_GESTURE_HANDLE;
          edit->handle = handle;
          edit->start_rect = edit->preview = shape->bounds;
          return TRUE;
        }
    }
  else if ((vertex = tp_store_hit_vertex (shape, p.x, p.y, tol)) >= 0)
    {
      if (alt)
        {
          remove_corner (self, zone, vertex);
          return TRUE;
        }
      g_set_object (&edit->zone, zone);
      g_clear_pointer (&edit->start_points, g_array_unref);
      edit->start_points = copy_points (self, zone);
      edit->vertex = vertex;
      edit->gesture = TP_STORE_GESTURE_VERTEX;
      return TRUE;
    }
  else
    {
      /* The middle of an edge: dragged, a new corner. */
      for (guint i = 0; i < shape->n_points; i++)
        {
          TpPoint a = shape->points[i], b = shape->points[(i + 1) % shape->n_points];

          if (hypot ((a.x + b.x) / 2 - p.x, (a.y + b.y) / 2 - p.y) <= tol
              && shape->n_points < TP_STORE_MAX_ZONE_POINTS)
            {
              g_set_object (&edit->zone, zone);
              g_clear_pointer (&edit->start_points, g_array_unref);
              edit->start_points = copy_points (self, zone);
              at = (TpPoint) { (a.x + b.x) / 2, (a.y + b.y) / 2 };
              g_array_insert_val (edit->start_points, i + 1, at);
              edit->vertex = i + 1;
              edit->gesture = TP_STORE_GESTURE_VERTEX;
              return TRUE;
            }
        }
    }

  /* Alt on an edge: a corner there (a rectangle becomes a polygon). */
  if (alt && (edge = tp_store_nearest_edge (shape->points, shape->n_points, p.x, p.y, tol,
                                            &at)) >= 0)
    {
      insert_corner (self, zone, edge, at);
      return TRUE;
    }
  return FALSE;
}

static gboolean
tool_press (TpCanvas        *canvas,
            double           x,
            double           y,
            GdkModifierType  modifiers)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  TpStoreLayout *layout = self->layout;

  tp_canvas_stop_rename (canvas, TRUE);
  edit->gesture = TP_STORE_GESTURE_NONE;
  g_clear_object (&edit->closed);
  if (layout == NULL || layout->plan == NULL)
    return FALSE;

  switch (edit->tool)
    {
    case TP_STORE_TOOL_RECT:
      edit->from = edit->to = _tp_store_flow_view_snapped_point (self, NULL, x, y);
      edit->gesture = TP_STORE_GESTURE_RECT;
      return TRUE;

    case TP_STORE_TOOL_POLYGON:
      add_polygon_corner (self, x, y);
      edit->gesture = TP_STORE_GESTURE_CORNER;
      return TRUE;

    case TP_STORE_TOOL_CALIBRATE:
      if (layout->image == NULL || tp_floor_plan_get_image_locked (layout->plan))
        {
          _tp_store_flow_view_tell (self, layout->image == NULL
                                          ? _("The plan has no picture to calibrate")
                                          : _("The picture is locked"));
          _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
          return TRUE;
        }
      edit->from = edit->to = tp_store_layout_to_metres (layout, x, y);
      edit->gesture = TP_STORE_GESTURE_CALIBRATE;
      edit->calibrate_shown = TRUE;
      return TRUE;

    case TP_STORE_TOOL_MOVE_PICTURE:
      return _tp_store_flow_view_press_picture (self, x, y);

    case TP_STORE_TOOL_SELECT:
    default:
      /* With Shift, only a handle (its drag does not snap); elsewhere Shift adds to the
       * selection, as in every view. */
      return press_on_handles (self, tp_store_layout_to_metres (layout, x, y),
                               (modifiers & GDK_ALT_MASK) != 0
                               && !(modifiers & GDK_SHIFT_MASK));
    }
}

static void
tool_motion (TpCanvas *canvas,
             double    x,
             double    y)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  TpPoint p;

  if (self->layout == NULL)
    return;
  switch (edit->gesture)
    {
    case TP_STORE_GESTURE_RECT:
      edit->to = _tp_store_flow_view_snapped_point (self, NULL, x, y);
      break;
    case TP_STORE_GESTURE_CALIBRATE:
      edit->to = tp_store_layout_to_metres (self->layout, x, y);
      break;
    case TP_STORE_GESTURE_HANDLE:
      p = _tp_store_flow_view_snapped_point (self, edit->zone, x, y);
      tp_store_resize_rect (&edit->start_rect, edit->handle, p.x, p.y, TP_STORE_MIN_ZONE_SIDE,
                            &edit->preview);
      break;
    case TP_STORE_GESTURE_VERTEX:
      g_array_index (edit->start_points, TpPoint, edit->vertex) = _tp_store_flow_view_snapped_point (self, edit->zone,
                                                                                  x, y);
      break;
    case TP_STORE_GESTURE_CORNER:
      edit->hover = _tp_store_flow_view_snapped_point (self, NULL, x, y);
      edit->have_hover = TRUE;
      break;
    case TP_STORE_GESTURE_PICTURE:
      _tp_store_flow_view_drag_picture (self, x, y);
      break;
    case TP_STORE_GESTURE_NONE:
    default:
      break;
    }
}

static void
tool_release (TpCanvas *canvas,
              double    x,
              double    y)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  TpStoreGesture gesture = edit->gesture;
  g_autoptr(TpZone) zone = g_steal_pointer (&edit->zone);
  TpRect rect;

  edit->gesture = TP_STORE_GESTURE_NONE;
  switch (gesture)
    {
    case TP_STORE_GESTURE_RECT:
      tp_store_rect_from_corners (edit->from, edit->to, &rect);
      if (!tp_store_rect_is_zone (&rect))
        {
          _tp_store_flow_view_tell (self, _("Drag from one corner of the zone to the other"));
          break;
        }
      _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
      _tp_store_flow_view_add_zone_outline (self, _("Draw Zone"), &rect, NULL, 0);
      break;

    case TP_STORE_GESTURE_HANDLE:
      if (memcmp (&edit->preview, &edit->start_rect, sizeof (TpRect)) != 0
          && _tp_store_flow_view_find_zone (self, zone) >= 0)
        _tp_store_flow_view_set_zone_rect (self, zone, &edit->preview);
      break;

    case TP_STORE_GESTURE_VERTEX:
      {
        const TpStoreShape *shape = zone != NULL ? _tp_store_flow_view_zone_shape (self, zone) : NULL;

        gboolean added;
        guint n;

        if (shape == NULL)
          break;
        added = edit->start_points->len != shape->n_points;
        n = tp_store_outline_dedupe ((TpPoint *) (gpointer) edit->start_points->data,
                                     edit->start_points->len);
        if (added || n != shape->n_points
            || memcmp (edit->start_points->data, shape->points, n * sizeof (TpPoint)) != 0)
          set_outline (self, zone, added ? _("Add Corner") : _("Move Corner"),
                       (TpPoint *) (gpointer) edit->start_points->data, n);
      }
      g_clear_pointer (&edit->start_points, g_array_unref);
      break;

    case TP_STORE_GESTURE_CALIBRATE:
      if (hypot (edit->to.x - edit->from.x, edit->to.y - edit->from.y)
          < 10 * _tp_store_flow_view_metres_per_pixel (self))
        {
          edit->calibrate_shown = FALSE;
          _tp_store_flow_view_tell (self, _("Draw a line over a length you know on the picture"));
          break;
        }
      _tp_store_flow_view_ask_length (self);
      break;

    case TP_STORE_GESTURE_PICTURE:
      _tp_store_flow_view_drop_picture (self);
      break;

    case TP_STORE_GESTURE_CORNER:
    case TP_STORE_GESTURE_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tool_cancel (TpCanvas *canvas)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);

  if (edit->gesture == TP_STORE_GESTURE_CALIBRATE)
    edit->calibrate_shown = FALSE;
  edit->gesture = TP_STORE_GESTURE_NONE;
  g_clear_object (&edit->zone);
  g_clear_pointer (&edit->start_points, g_array_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TpStoreFlowView          *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  gboolean moved = fabs (x - edit->pointer_x) >= 1 || fabs (y - edit->pointer_y) >= 1;
  double mx, my;

  edit->pointer_x = x;
  edit->pointer_y = y;
  if (edit->tool != TP_STORE_TOOL_POLYGON || edit->points->len == 0 || self->layout == NULL)
    return;
  /* The keyboard's cursor holds the line until the pointer really moves (GTK also sends a motion
   * when what is under a still pointer changes); then the pointer draws. */
  if (edit->key_cursor_shown)
    {
      if (!moved)
        return;
      edit->key_cursor_shown = FALSE;
    }
  /* Shift held over the plan: the next corner does not snap, and the line to it shows that. */
  tp_canvas_set_pointer_modifiers (TP_CANVAS (self),
                                   gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller)));
  tp_canvas_widget_to_map (TP_CANVAS (self), x, y, &mx, &my);
  edit->hover = _tp_store_flow_view_snapped_point (self, NULL, mx, my);
  edit->have_hover = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate (TpCanvas  *canvas,
          TpElement *element)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  g_autoptr(TpZone) closed = g_steal_pointer (&_tp_store_zone_edit (self)->closed);

  /* The double click that closed a polygon names the new zone, not the one under it. */
  if (closed != NULL && _tp_store_flow_view_find_zone (self, closed) >= 0)
    {
      if (tp_canvas_get_selection (canvas) != NULL)
        tp_selection_set_one (tp_canvas_get_selection (canvas), TP_ELEMENT (closed));
      element = TP_ELEMENT (closed);
    }
  /* A zone, or a stop's touchpoint: named in place. */
  tp_canvas_start_rename (canvas, element);
}

static void
journey_changed (TpCanvas *canvas)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);

  tool_cancel (canvas);
  _tp_store_zone_edit (self)->calibrate_shown = FALSE;
  _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
}

void
_tp_store_flow_view_init_zones (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = g_new0 (TpStoreZoneEdit, 1);
  GtkEventController *controller;

  self->zone_edit = edit;
  edit->points = g_array_new (FALSE, FALSE, sizeof (TpPoint));

  _tp_store_flow_view_create_toolbar (self);
  _tp_store_flow_view_init_zone_keys (self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_tp_store_flow_view_dispose_zones (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);

  if (edit == NULL)
    return;
  _tp_store_flow_view_dispose_background (self);
  g_clear_pointer (&edit->toolbar, gtk_widget_unparent);
  g_clear_object (&edit->zone);
  g_clear_object (&edit->closed);
  g_clear_pointer (&edit->start_points, g_array_unref);
  g_clear_pointer (&edit->points, g_array_unref);
  g_clear_pointer (&self->zone_edit, g_free);
}

void
_tp_store_flow_view_class_init_zones (TpCanvasClass *canvas_class)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (canvas_class);

  canvas_class->tool_press = tool_press;
  canvas_class->tool_motion = tool_motion;
  canvas_class->tool_release = tool_release;
  canvas_class->tool_cancel = tool_cancel;
  canvas_class->tool_press_modifiers = GDK_SHIFT_MASK;
  canvas_class->activate = activate;
  canvas_class->journey_changed = journey_changed;

  _tp_store_flow_view_class_init_zone_keys (widget_class);

  _tp_store_flow_view_class_init_background (widget_class);
}

