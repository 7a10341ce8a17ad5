/* tp-canvas-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer gestures, keys and the view.* actions of the canvas base. During
 * a drag only view state changes (the dragged elements follow the pointer);
 * the view changes the model once, at the drop, as one undo step.
 */

#include "config.h"

#include <math.h>

#include "tp-canvas-private.h"

#define DRAG_THRESHOLD 6.0

/* --- Selection ----------------------------------------------------------- */

/* A copy of @elements holding its own references. */
static GPtrArray *
copy_elements (GPtrArray *elements)
{
  GPtrArray *copy = g_ptr_array_new_full (elements->len, g_object_unref);

  for (guint i = 0; i < elements->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (elements, i)));
  return copy;
}

static void
select_one (TpCanvas  *self,
            TpElement *element)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  if (priv->selection == NULL)
    return;
  if (element != NULL)
    tp_selection_set_one (priv->selection, element);
  else
    tp_selection_clear (priv->selection);
}

static gboolean
default_move_cursor (TpCanvas          *self,
                     TpCanvasDirection  direction,
                     gboolean           extend)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpElement *from = NULL, *to;

  if (TP_CANVAS_GET_CLASS (self)->neighbour == NULL)
    return FALSE;
  if (priv->selection != NULL)
    from = tp_selection_get_primary (priv->selection);
  to = TP_CANVAS_GET_CLASS (self)->neighbour (self, from, direction);
  if (to == NULL)
    return FALSE;
  if (extend && priv->selection != NULL)
    tp_selection_add (priv->selection, to);
  else
    select_one (self, to);
  tp_canvas_scroll_to (self, to);
  return TRUE;
}

static gboolean
move_cursor (TpCanvas          *self,
             TpCanvasDirection  direction,
             gboolean           extend)
{
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);

  if (!_tp_canvas_ensure_layout (self))
    return FALSE;
  if (klass->move_cursor != NULL)
    return klass->move_cursor (self, direction, extend);
  return default_move_cursor (self, direction, extend);
}

gboolean
tp_canvas_move_selection (TpCanvas          *self,
                          TpCanvasDirection  direction)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  return move_cursor (self, direction, FALSE);
}

/* --- Drop marks ------------------------------------------------------------ */

static gboolean
update_drop (TpCanvas  *self,
             GPtrArray *elements,
             double     x,
             double     y)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);
  double mx, my;

  tp_canvas_widget_to_map (self, x, y, &mx, &my);
  priv->drop_valid = klass->drop_target != NULL && priv->project != NULL
                     && _tp_canvas_ensure_layout (self)
                     && klass->drop_target (self, elements, mx, my, &priv->drop_area,
                                            &priv->drop_indicator);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return priv->drop_valid;
}

gboolean
tp_canvas_update_drop_marks (TpCanvas *self,
                             double    x,
                             double    y)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  return update_drop (self, NULL, x, y);
}

void
tp_canvas_clear_drop_marks (TpCanvas *self)
{
  g_return_if_fail (TP_IS_CANVAS (self));

  _tp_canvas_get_private (self)->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

TpElement *
tp_canvas_get_drag_anchor (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  priv = _tp_canvas_get_private (self);
  if (priv->drop_anchor != NULL)
    return priv->drop_anchor;
  return priv->drag == TP_CANVAS_DRAG_ELEMENTS ? priv->pressed : NULL;
}

/* --- Press, drag, release ------------------------------------------------- */

static void
update_band (TpCanvas *self,
             double    x,
             double    y)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  g_autoptr(GPtrArray) inside = NULL;
  double x0, y0, x1, y1;

  tp_canvas_widget_to_map (self, priv->press_x, priv->press_y, &x0, &y0);
  tp_canvas_widget_to_map (self, x, y, &x1, &y1);
  priv->band = (TpRect) { MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0) };

  if (priv->selection == NULL)
    return;
  inside = TP_CANVAS_GET_CLASS (self)->elements_in_rect (self, &priv->band);
  if (priv->band_base != NULL)
    for (guint i = 0; i < priv->band_base->len; i++)
      if (!g_ptr_array_find (inside, g_ptr_array_index (priv->band_base, i), NULL))
        g_ptr_array_add (inside, g_ptr_array_index (priv->band_base, i));
  tp_selection_set (priv->selection, (TpElement **) inside->pdata, inside->len);
}

void
tp_canvas_press (TpCanvas        *self,
                 double           x,
                 double           y,
                 GdkModifierType  modifiers)
{
  TpCanvasPrivate *priv;
  TpElement *element = NULL;
  double mx, my;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  priv->press_x = x;
  priv->press_y = y;
  priv->press_modifiers = modifiers;
  priv->pointer_modifiers = modifiers;
  priv->pointer_x = x;
  priv->pointer_y = y;
  priv->drag_dx = priv->drag_dy = 0;
  priv->pressed = NULL;
  priv->drag = TP_CANVAS_DRAG_NONE;
  if (!_tp_canvas_ensure_layout (self))
    return;

  tp_canvas_widget_to_map (self, x, y, &mx, &my);
  if (!(modifiers & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) && _tp_canvas_connect_press (self, mx, my))
    {
      priv->drag = TP_CANVAS_DRAG_TOOL;
      return;
    }
  if (TP_CANVAS_GET_CLASS (self)->tool_press != NULL
      && !(modifiers & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)
           & ~TP_CANVAS_GET_CLASS (self)->tool_press_modifiers)
      && TP_CANVAS_GET_CLASS (self)->tool_press (self, mx, my, modifiers))
    {
      priv->drag = TP_CANVAS_DRAG_TOOL;
      return;
    }
  element = TP_CANVAS_GET_CLASS (self)->pick (self, mx, my);

  if (element == NULL)
    {
      /* On nothing: the place there (a cell) or nothing is selected; a rubber band,
       * adding to the selection with Shift/Ctrl. */
      g_clear_pointer (&priv->band_base, g_ptr_array_unref);
      if ((modifiers & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) && priv->selection != NULL)
        priv->band_base = copy_elements (tp_selection_get_items (priv->selection));
      else if (TP_CANVAS_GET_CLASS (self)->select_place == NULL
               || !TP_CANVAS_GET_CLASS (self)->select_place (self, mx, my))
        select_one (self, NULL);
      priv->drag = TP_CANVAS_DRAG_PENDING_BAND;
      return;
    }

  /* Shift adds, Ctrl toggles; either way what is selected can then be dragged. */
  if (priv->selection != NULL)
    {
      if (modifiers & GDK_CONTROL_MASK)
        tp_selection_toggle (priv->selection, element);
      else if (modifiers & GDK_SHIFT_MASK)
        tp_selection_add (priv->selection, element);
      else if (!tp_canvas_is_selected (self, element))
        select_one (self, element);
    }
  if (TP_CANVAS_GET_CLASS (self)->can_drag (self, element)
      || TP_CANVAS_GET_CLASS (self)->reorder_target != NULL)
    {
      priv->pressed = element;
      priv->drag = TP_CANVAS_DRAG_PENDING;
    }
}

/* Everything selected that can be dragged goes along. */
static void
start_drag (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  g_ptr_array_set_size (priv->dragged, 0);
  if (priv->selection != NULL)
    {
      GPtrArray *items = tp_selection_get_items (priv->selection);

      for (guint i = 0; i < items->len; i++)
        if (TP_CANVAS_GET_CLASS (self)->can_drag (self, g_ptr_array_index (items, i)))
          g_ptr_array_add (priv->dragged, g_object_ref (g_ptr_array_index (items, i)));
    }
  if (priv->dragged->len == 0)
    g_ptr_array_add (priv->dragged, g_object_ref (priv->pressed));
  priv->drag = TP_CANVAS_DRAG_ELEMENTS;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

void
tp_canvas_motion (TpCanvas *self,
                  double    x,
                  double    y)
{
  TpCanvasPrivate *priv;
  double dx, dy, mx, my;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  priv->pointer_x = x;
  priv->pointer_y = y;
  dx = x - priv->press_x;
  dy = y - priv->press_y;

  if (priv->drag == TP_CANVAS_DRAG_PENDING || priv->drag == TP_CANVAS_DRAG_PENDING_BAND)
    {
      if (hypot (dx, dy) < DRAG_THRESHOLD)
        return;
      if (priv->drag == TP_CANVAS_DRAG_PENDING_BAND)
        priv->drag = TP_CANVAS_DRAG_BAND;
      else if (TP_CANVAS_GET_CLASS (self)->can_drag (self, priv->pressed))
        start_drag (self);
      else
        priv->drag = TP_CANVAS_DRAG_REORDER;   /* a header, along its band */
    }

  switch (priv->drag)
    {
    case TP_CANVAS_DRAG_ELEMENTS:
      priv->drag_dx = dx;
      priv->drag_dy = dy;
      update_drop (self, priv->dragged, x, y);
      break;

    case TP_CANVAS_DRAG_REORDER:
      tp_canvas_widget_to_map (self, x, y, &mx, &my);
      priv->reorder_valid = TP_CANVAS_GET_CLASS (self)->reorder_target (self, priv->pressed, mx, my,
                                                                       &priv->reorder_index,
                                                                       &priv->reorder_indicator);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;

    case TP_CANVAS_DRAG_BAND:
      update_band (self, x, y);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;

    case TP_CANVAS_DRAG_TOOL:
      tp_canvas_widget_to_map (self, x, y, &mx, &my);
      if (!_tp_canvas_connect_motion (self, mx, my) && TP_CANVAS_GET_CLASS (self)->tool_motion != NULL)
        TP_CANVAS_GET_CLASS (self)->tool_motion (self, mx, my);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;

    case TP_CANVAS_DRAG_NONE:
    case TP_CANVAS_DRAG_PENDING:
    case TP_CANVAS_DRAG_PENDING_BAND:
    default:
      break;
    }
}

static void
reset_drag (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  if (priv->drag == TP_CANVAS_DRAG_ELEMENTS)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  priv->drag = TP_CANVAS_DRAG_NONE;
  priv->pressed = NULL;
  priv->drag_dx = priv->drag_dy = 0;
  priv->drop_valid = FALSE;
  priv->reorder_valid = FALSE;
  g_ptr_array_set_size (priv->dragged, 0);
  g_clear_pointer (&priv->band_base, g_ptr_array_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_canvas_release (TpCanvas *self,
                   double    x,
                   double    y)
{
  TpCanvasPrivate *priv;
  TpCanvasClass *klass;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  klass = TP_CANVAS_GET_CLASS (self);
  tp_canvas_motion (self, x, y);
  if (priv->drag == TP_CANVAS_DRAG_PENDING && priv->pressed != NULL && priv->selection != NULL
      && (priv->press_modifiers & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) == 0)
    {
      /* A click on one element of a group selects just that element. */
      TpElement *pressed = priv->pressed;

      reset_drag (self);
      select_one (self, pressed);
      return;
    }
  if (priv->drag == TP_CANVAS_DRAG_ELEMENTS && klass->drop != NULL)
    {
      g_autoptr(GPtrArray) dragged = copy_elements (priv->dragged);
      g_autoptr(TpElement) anchor = g_object_ref (priv->pressed);
      double mx, my;

      tp_canvas_widget_to_map (self, x, y, &mx, &my);
      reset_drag (self);
      priv->drop_anchor = anchor;
      klass->drop (self, dragged, mx, my, (x - priv->press_x) / priv->zoom,
                   (y - priv->press_y) / priv->zoom);
      priv->drop_anchor = NULL;
      return;
    }
  if (priv->drag == TP_CANVAS_DRAG_REORDER && priv->reorder_valid && klass->reorder != NULL)
    {
      g_autoptr(TpElement) header = g_object_ref (priv->pressed);
      guint index = priv->reorder_index;

      reset_drag (self);
      klass->reorder (self, header, index);
      return;
    }
  if (priv->drag == TP_CANVAS_DRAG_TOOL)
    {
      double mx, my;

      tp_canvas_widget_to_map (self, x, y, &mx, &my);
      reset_drag (self);
      if (!_tp_canvas_connect_release (self, mx, my) && TP_CANVAS_GET_CLASS (self)->tool_release != NULL)
        TP_CANVAS_GET_CLASS (self)->tool_release (self, mx, my);
      return;
    }
  reset_drag (self);
}

void
tp_canvas_cancel_drag (TpCanvas *self)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  if (priv->drag == TP_CANVAS_DRAG_NONE)
    return;
  if (priv->drag == TP_CANVAS_DRAG_TOOL && !_tp_canvas_connect_cancel (self)
      && TP_CANVAS_GET_CLASS (self)->tool_cancel != NULL)
    TP_CANVAS_GET_CLASS (self)->tool_cancel (self);
  /* A rubber band given up leaves the selection as it was. */
  if (priv->drag == TP_CANVAS_DRAG_BAND && priv->selection != NULL)
    {
      if (priv->band_base != NULL)
        tp_selection_set (priv->selection, (TpElement **) priv->band_base->pdata,
                          priv->band_base->len);
      else
        tp_selection_clear (priv->selection);
    }
  reset_drag (self);
}

GdkModifierType
tp_canvas_get_pointer_modifiers (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), 0);

  return _tp_canvas_get_private (self)->pointer_modifiers;
}

void
tp_canvas_set_pointer_modifiers (TpCanvas        *self,
                                 GdkModifierType  modifiers)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  if (priv->pointer_modifiers == modifiers)
    return;
  priv->pointer_modifiers = modifiers;
  /* What the drag shows (snapped or not) follows at once. */
  if (priv->drag == TP_CANVAS_DRAG_TOOL || priv->drag == TP_CANVAS_DRAG_ELEMENTS)
    tp_canvas_motion (self, priv->pointer_x, priv->pointer_y);
}

gboolean
tp_canvas_is_dragging (TpCanvas *self,
                       gpointer  element)
{
  TpCanvasPrivate *priv;

  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  priv = _tp_canvas_get_private (self);
  return priv->drag == TP_CANVAS_DRAG_ELEMENTS && g_ptr_array_find (priv->dragged, element, NULL);
}

void
tp_canvas_get_drag_offset (TpCanvas *self,
                           double   *dx,
                           double   *dy)
{
  TpCanvasPrivate *priv;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  if (dx != NULL)
    *dx = priv->drag == TP_CANVAS_DRAG_ELEMENTS ? priv->drag_dx / priv->zoom : 0;
  if (dy != NULL)
    *dy = priv->drag == TP_CANVAS_DRAG_ELEMENTS ? priv->drag_dy / priv->zoom : 0;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               TpCanvas       *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  /* A child (an entry over an element) has its own clicks. */
  if (gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT) != GTK_WIDGET (self)
      || _tp_canvas_get_private (self)->journey == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  tp_canvas_press (self, x, y, mods);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                TpCanvas       *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  gboolean pending = priv->drag == TP_CANVAS_DRAG_PENDING
                     || priv->drag == TP_CANVAS_DRAG_PENDING_BAND;

  priv->pointer_modifiers = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  tp_canvas_motion (self, priv->press_x + dx, priv->press_y + dy);
  /* A drag that started is the canvas's: no click after it. */
  if (pending && priv->drag != TP_CANVAS_DRAG_PENDING && priv->drag != TP_CANVAS_DRAG_PENDING_BAND)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             TpCanvas       *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  tp_canvas_release (self, priv->press_x + dx, priv->press_y + dy);
}

/* --- Pan, scroll, pinch -------------------------------------------------- */

static void
on_pan_begin (GtkGestureDrag *gesture,
              double          x,
              double          y,
              TpCanvas       *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  priv->pan_start_x = priv->scroll_x;
  priv->pan_start_y = priv->scroll_y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_pan_update (GtkGestureDrag *gesture,
               double          dx,
               double          dy,
               TpCanvas       *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  priv->scroll_x = priv->pan_start_x - dx / priv->zoom;
  priv->scroll_y = priv->pan_start_y - dy / priv->zoom;
  _tp_canvas_scrolled (self);
}

static void
on_pan_end (GtkGestureDrag *gesture,
            double          dx,
            double          dy,
            TpCanvas       *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TpCanvas                 *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double step = wheel ? 48.0 : 1.0;

  if (priv->journey == NULL)
    return FALSE;

  if (mods & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (1.15, -dy) : exp (-dy * 0.01);

      tp_canvas_zoom_at (self, priv->zoom * factor, priv->pointer_x, priv->pointer_y);
      return TRUE;
    }
  if ((mods & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  priv->scroll_x += dx * step / priv->zoom;
  priv->scroll_y += dy * step / priv->zoom;
  _tp_canvas_scrolled (self);
  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TpCanvas         *self)
{
  _tp_canvas_get_private (self)->pinch_start_zoom = tp_canvas_get_zoom (self);
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        TpCanvas       *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    {
      cx = priv->pointer_x;
      cy = priv->pointer_y;
    }
  tp_canvas_zoom_at (self, priv->pinch_start_zoom * scale, cx, cy);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TpCanvas                 *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  priv->pointer_x = x;
  priv->pointer_y = y;
}

/* --- Keys and actions ---------------------------------------------------- */

static gboolean
arrow_binding (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  TpCanvasDirection direction;
  gboolean extend;

  g_variant_get (args, "(ib)", &direction, &extend);
  return move_cursor (TP_CANVAS (widget), direction, extend);
}

static gboolean
escape_binding (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  TpCanvas *self = TP_CANVAS (widget);
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  /* Escape during a drag drops the drag, keeping the selection; else it clears the
   * selection, elements or place. */
  if (priv->drag == TP_CANVAS_DRAG_ELEMENTS || priv->drag == TP_CANVAS_DRAG_BAND
      || priv->drag == TP_CANVAS_DRAG_REORDER || priv->drag == TP_CANVAS_DRAG_TOOL)
    {
      tp_canvas_cancel_drag (self);
      return TRUE;
    }
  if (priv->selection == NULL
      || (tp_selection_get_count (priv->selection) == 0
          && !tp_selection_get_cell (priv->selection, NULL, NULL)))
    return FALSE;
  tp_canvas_cancel_drag (self);
  tp_selection_clear (priv->selection);
  return TRUE;
}

/* --- Clicks: the context menu, double clicks ------------------------------- */

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  TpCanvas        *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);
  TpElement *element;
  double mx, my;

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_SECONDARY
      || klass->context_menu == NULL
      || gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT) != GTK_WIDGET (self))
    return;

  /* The menu acts on what is under the pointer: a selected element keeps its group. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (_tp_canvas_ensure_layout (self))
    {
      tp_canvas_widget_to_map (self, x, y, &mx, &my);
      element = klass->pick (self, mx, my);
      if (element != NULL && !tp_canvas_is_selected (self, element))
        select_one (self, element);
      else if (element == NULL && priv->selection != NULL && klass->select_place != NULL)
        klass->select_place (self, mx, my);
    }
  klass->context_menu (self, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   TpCanvas        *self)
{
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);
  TpElement *element;
  double mx, my;

  /* On the release, after the press has done its work (focus, selection). */
  if (n_press != 2
      || gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY
      || klass->activate == NULL || !_tp_canvas_ensure_layout (self)
      || gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT) != GTK_WIDGET (self))
    return;
  tp_canvas_widget_to_map (self, x, y, &mx, &my);
  element = klass->pick (self, mx, my);
  if (element == NULL)
    return;
  tp_canvas_cancel_drag (self);
  select_one (self, element);
  klass->activate (self, element);
}

static void
action_zoom (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpCanvas *self = TP_CANVAS (widget);
  double zoom = tp_canvas_get_zoom (self);

  if (g_str_equal (action_name, "view.zoom-in"))
    tp_canvas_set_zoom (self, zoom * 1.25);
  else if (g_str_equal (action_name, "view.zoom-out"))
    tp_canvas_set_zoom (self, zoom / 1.25);
  else if (g_str_equal (action_name, "view.zoom-reset"))
    tp_canvas_set_zoom (self, 1.0);
  else
    tp_canvas_zoom_to_fit (self);
}

static void
action_select_all (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TpCanvas *self = TP_CANVAS (widget);
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  g_autoptr(GPtrArray) all = NULL;
  double width, height;
  TpRect everything;

  if (priv->selection == NULL || !_tp_canvas_ensure_layout (self))
    return;
  TP_CANVAS_GET_CLASS (self)->get_map_size (self, &width, &height);
  everything = (TpRect) { 0, 0, width, height };
  all = TP_CANVAS_GET_CLASS (self)->elements_in_rect (self, &everything);
  tp_selection_set (priv->selection, (TpElement **) all->pdata, all->len);
}

void
_tp_canvas_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "view.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "view.zoom-reset", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "view.zoom-fit", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "view.select-all", NULL, action_select_all);

  for (guint i = 0; i < 4; i++)
    {
      static const guint keys[] = { GDK_KEY_Left, GDK_KEY_Right, GDK_KEY_Up, GDK_KEY_Down };
      static const guint keypad[] = { GDK_KEY_KP_Left, GDK_KEY_KP_Right, GDK_KEY_KP_Up,
                                      GDK_KEY_KP_Down };

      gtk_widget_class_add_binding (widget_class, keys[i], 0, arrow_binding, "(ib)", i, FALSE);
      gtk_widget_class_add_binding (widget_class, keypad[i], 0, arrow_binding, "(ib)", i, FALSE);
      gtk_widget_class_add_binding (widget_class, keys[i], GDK_SHIFT_MASK, arrow_binding, "(ib)",
                                    i, TRUE);
    }
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_binding, NULL);
}

void
_tp_canvas_init_input (TpCanvas *self)
{
  GtkGesture *gesture;
  GtkEventController *controller;

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_drag_update), self, 0);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_drag_end), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_MIDDLE);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_pan_begin), self, 0);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_pan_update), self, 0);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_pan_end), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin", G_CALLBACK (on_pinch_begin), self, 0);
  g_signal_connect_object (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_click_pressed), self, 0);
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_click_released), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}
