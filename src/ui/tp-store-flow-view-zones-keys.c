/* tp-store-flow-view-zones-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The zone tools without the pointer: naming a zone in place (the canvas's
 * entry over the zone; F2 or a double click opens it), choosing a tool (V, R, P, the tool bar), the keyboard's own way to draw a
 * zone (Insert adds one, Alt+Shift+arrows resize it), the keys of the
 * polygon being drawn (a cursor the arrows move, Enter or Space puts a
 * corner there, Enter again or on the first corner closes it, Enter closes
 * corners clicked with the pointer, Backspace takes back a corner, Escape
 * gives up), of the Move Picture tool (arrows move the picture), and
 * snapping: the magnet (%) for the window, Shift held for one drag.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "tp-store-flow-view-tools.h"

/* A new zone made from the keyboard: metres a side. */
#define KEYBOARD_ZONE_SIDE 2.0

/* --- Naming a zone in place -------------------------------------------------- */

/** tp_store_flow_view_rename_zone: opens the name of @zone for typing, over the zone (the
 * canvas names in place, as in every view). */
void
tp_store_flow_view_rename_zone (TpStoreFlowView *self,
                                TpZone          *zone)
{
  g_return_if_fail (TP_IS_STORE_FLOW_VIEW (self));

  if (zone == NULL || tp_store_flow_view_get_layout (self) == NULL
      || _tp_store_flow_view_find_zone (self, zone) < 0)
    return;
  tp_canvas_start_rename (TP_CANVAS (self), TP_ELEMENT (zone));
}

/** tp_store_flow_view_get_rename_entry: the entry a zone is being renamed in, or NULL. */
GtkWidget *
tp_store_flow_view_get_rename_entry (TpStoreFlowView *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), NULL);

  return TP_IS_ZONE (tp_canvas_get_renamed (TP_CANVAS (self)))
         ? tp_canvas_get_rename_entry (TP_CANVAS (self)) : NULL;
}

/* --- Tools ------------------------------------------------------------------ */

void
_tp_store_flow_view_set_tool (TpStoreFlowView *self,
                              TpStoreTool      tool)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);

  if (edit->tool != tool)
    {
      tp_canvas_cancel_drag (TP_CANVAS (self));
      _tp_store_flow_view_clear_polygon (self);
      edit->calibrate_shown = FALSE;
      edit->asking_width = FALSE;
    }
  edit->tool = tool;
  edit->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (edit->tool_buttons); i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (edit->tool_buttons[i]), i == (guint) MIN (tool, 3));
  edit->updating = FALSE;
  if (tool == TP_STORE_TOOL_SELECT)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  else if (tool == TP_STORE_TOOL_MOVE_PICTURE)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "move");
  else
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/** tp_store_flow_view_get_tool: "select", "rectangle", "polygon" or "calibrate". */
const char *
tp_store_flow_view_get_tool (TpStoreFlowView *self)
{
  static const char * const names[] = { "select", "rectangle", "polygon", "calibrate",
                                        "move-picture" };

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), NULL);

  return names[_tp_store_zone_edit (self)->tool];
}

static void
action_tool (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  TpStoreTool tool = TP_STORE_TOOL_SELECT;

  if (g_str_equal (name, "rectangle"))
    tool = TP_STORE_TOOL_RECT;
  else if (g_str_equal (name, "polygon"))
    tool = TP_STORE_TOOL_POLYGON;
  else if (g_str_equal (name, "calibrate"))
    tool = TP_STORE_TOOL_CALIBRATE;
  else if (g_str_equal (name, "move-picture"))
    {
      gtk_widget_activate_action (widget, "store.move-picture", NULL);
      return;
    }
  if (tool != TP_STORE_TOOL_SELECT && _tp_store_flow_view_get_plan (self) == NULL)
    return;
  _tp_store_flow_view_set_tool (self, tool);
  gtk_widget_grab_focus (widget);
}

/** tp_store_flow_view_add_zone: a new rectangle zone, 2 m a side, in the middle of what shows
 * (the keyboard's way to draw one), selected and open for naming. */
TpZone *
tp_store_flow_view_add_zone (TpStoreFlowView *self)
{
  TpStoreLayout *layout;
  TpRect visible, rect;
  TpPoint centre;
  double grid;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), NULL);

  if ((layout = tp_store_flow_view_get_layout (self)) == NULL || layout->plan == NULL)
    return NULL;
  tp_canvas_get_visible_rect (TP_CANVAS (self), &visible);
  centre = tp_store_layout_to_metres (layout, visible.x + visible.width / 2,
                                      visible.y + visible.height / 2);
  grid = _tp_store_flow_view_grid_step (self);
  rect.width = MIN (KEYBOARD_ZONE_SIDE, layout->plan_rect.width);
  rect.height = MIN (KEYBOARD_ZONE_SIDE, layout->plan_rect.height);
  rect.x = CLAMP (round ((centre.x - rect.width / 2) / grid) * grid, layout->plan_rect.x,
                  layout->plan_rect.x + layout->plan_rect.width - rect.width);
  rect.y = CLAMP (round ((centre.y - rect.height / 2) / grid) * grid, layout->plan_rect.y,
                  layout->plan_rect.y + layout->plan_rect.height - rect.height);
  return _tp_store_flow_view_add_zone_outline (self, _("Add Zone"), &rect, NULL, 0);
}

static void
action_add_zone (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  tp_store_flow_view_add_zone (TP_STORE_FLOW_VIEW (widget));
}

/** tp_store_flow_view_resize_zone: makes the selected rectangle zone @dw by @dh metres larger
 * (its top-left corner stays), one undo step; FALSE when no rectangle zone is selected. */
gboolean
tp_store_flow_view_resize_zone (TpStoreFlowView *self,
                                double           dw,
                                double           dh)
{
  TpZone *zone;
  TpStoreLayout *layout;
  TpRect rect;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  if ((zone = _tp_store_flow_view_selected_zone (self)) == NULL || tp_zone_get_shape (zone) != TP_ZONE_SHAPE_RECT)
    return FALSE;
  layout = self->layout;
  tp_zone_get_bounds (zone, &rect.x, &rect.y, &rect.width, &rect.height);
  rect.width = CLAMP (rect.width + dw, TP_STORE_MIN_ZONE_SIDE,
                      MAX (layout->plan_rect.x + layout->plan_rect.width - rect.x, TP_STORE_MIN_ZONE_SIDE));
  rect.height = CLAMP (rect.height + dh, TP_STORE_MIN_ZONE_SIDE,
                       MAX (layout->plan_rect.y + layout->plan_rect.height - rect.y, TP_STORE_MIN_ZONE_SIDE));
  _tp_store_flow_view_set_zone_rect (self, zone, &rect);
  return TRUE;
}

/* --- Drawing a polygon from the keyboard ---------------------------------------- */

gboolean
tp_store_flow_view_get_key_cursor (TpStoreFlowView *self,
                                   TpPoint         *at)
{
  TpStoreZoneEdit *edit;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  edit = _tp_store_zone_edit (self);
  if (at != NULL)
    *at = edit->key_cursor;
  return edit->key_cursor_shown;
}

/* Says where the cursor is to a screen reader, and keeps it in view. */
static void
show_key_cursor (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  g_autofree char *text = NULL;
  double x, y, half = 24 / MAX (tp_canvas_get_zoom (TP_CANVAS (self)), 1e-3);

  tp_store_layout_to_units (self->layout, edit->key_cursor, &x, &y);
  tp_canvas_scroll_to_rect (TP_CANVAS (self), &(TpRect) { x - half, y - half, 2 * half, 2 * half });
  /* TRANSLATORS: the keyboard's cursor while drawing a zone: where it is and how many corners
   * are drawn. */
  text = g_strdup_printf (ngettext ("Drawing a zone: cursor at %.2f m, %.2f m; %u corner",
                                    "Drawing a zone: cursor at %.2f m, %.2f m; %u corners",
                                    edit->points->len),
                          edit->key_cursor.x, edit->key_cursor.y, edit->points->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  edit->hover = edit->key_cursor;
  edit->have_hover = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The cursor where it starts: on the last corner, else in the middle of what shows, on the grid. */
static void
place_key_cursor (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  TpStoreLayout *layout = self->layout;
  double grid = _tp_store_flow_view_grid_step (self);
  TpRect visible;
  TpPoint centre;

  if (edit->key_cursor_shown)
    return;
  if (edit->points->len > 0)
    edit->key_cursor = g_array_index (edit->points, TpPoint, edit->points->len - 1);
  else
    {
      tp_canvas_get_visible_rect (TP_CANVAS (self), &visible);
      centre = tp_store_layout_to_metres (layout, visible.x + visible.width / 2,
                                          visible.y + visible.height / 2);
      edit->key_cursor.x = CLAMP (round (centre.x / grid) * grid, layout->plan_rect.x,
                                  layout->plan_rect.x + layout->plan_rect.width);
      edit->key_cursor.y = CLAMP (round (centre.y / grid) * grid, layout->plan_rect.y,
                                  layout->plan_rect.y + layout->plan_rect.height);
    }
  edit->key_cursor_shown = TRUE;
}

static gboolean
move_key_cursor (TpStoreFlowView *self,
                 double           dx,
                 double           dy)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  const TpRect *plan = &self->layout->plan_rect;

  place_key_cursor (self);
  edit->key_cursor.x = CLAMP (edit->key_cursor.x + dx, plan->x, plan->x + plan->width);
  edit->key_cursor.y = CLAMP (edit->key_cursor.y + dy, plan->y, plan->y + plan->height);
  show_key_cursor (self);
  return TRUE;
}

/* Enter or Space: a corner where the cursor is (on the first corner, or again on the last, the
 * polygon is closed). */
static gboolean
key_corner (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);

  place_key_cursor (self);
  _tp_store_flow_view_add_corner_at (self, edit->key_cursor);
  if (edit->tool == TP_STORE_TOOL_POLYGON)
    show_key_cursor (self);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  return TRUE;
}

static gboolean
polygon_keys (TpStoreFlowView *self,
              guint            keyval,
              GdkModifierType  mods)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  double step = _tp_store_flow_view_grid_step (self);

  if ((mods & ~GDK_SHIFT_MASK) != 0 || self->layout == NULL)
    return FALSE;
  /* Shift: a fifth of a grid step, as the arrows move zones and the picture. */
  if (mods & GDK_SHIFT_MASK)
    step /= 5;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return move_key_cursor (self, -step, 0);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return move_key_cursor (self, step, 0);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_key_cursor (self, 0, -step);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_key_cursor (self, 0, step);
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      return mods == 0 && key_corner (self);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (mods != 0)
        return FALSE;
      /* Corners clicked with the pointer: Enter closes them, as it always has. */
      if (!edit->key_cursor_shown && edit->points->len > 0)
        {
          tp_store_flow_view_close_polygon (self);
          return TRUE;
        }
      return key_corner (self);
    case GDK_KEY_BackSpace:
      if (mods != 0 || edit->points->len == 0)
        return FALSE;
      g_array_set_size (edit->points, edit->points->len - 1);
      if (edit->key_cursor_shown)
        show_key_cursor (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Escape:
      if (mods != 0 || (edit->points->len == 0 && !edit->key_cursor_shown))
        return FALSE;
      _tp_store_flow_view_clear_polygon (self);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return TRUE;
    default:
      return FALSE;
    }
}

/* --- Snapping --------------------------------------------------------------- */

static void
action_toggle_snap (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (widget);

  tp_store_flow_view_set_snapping (self, !tp_store_flow_view_get_snapping (self));
}

/* Shift pressed or let go during a drag, the pointer still: what the drag shows follows. */
static void
track_shift (TpStoreFlowView *self,
             guint            keyval,
             gboolean         down)
{
  GdkModifierType mods = tp_canvas_get_pointer_modifiers (TP_CANVAS (self));

  if (keyval != GDK_KEY_Shift_L && keyval != GDK_KEY_Shift_R)
    return;
  tp_canvas_set_pointer_modifiers (TP_CANVAS (self),
                                   down ? mods | GDK_SHIFT_MASK : mods & ~GDK_SHIFT_MASK);
}

static void
on_key_released (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 TpStoreFlowView       *self)
{
  track_shift (self, keyval, FALSE);
}

/* --- Keys ------------------------------------------------------------------- */

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TpStoreFlowView       *self)
{
  TpStoreZoneEdit *edit = _tp_store_zone_edit (self);
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);
  double step;

  track_shift (self, keyval, TRUE);

  /* Only keys meant for the plan itself, not for the name being typed or a button. (Whether
   * the plan is its window's focus, not whether that window is active: keys come only to the
   * active window anyway.) */
  if (!gtk_widget_is_focus (GTK_WIDGET (self)))
    return FALSE;

  if (edit->tool == TP_STORE_TOOL_POLYGON && polygon_keys (self, keyval, mods))
    return TRUE;

  /* The Move Picture tool: arrows move the picture a grid step, with Shift a fifth of one. */
  if (edit->tool == TP_STORE_TOOL_MOVE_PICTURE && (mods & ~GDK_SHIFT_MASK) == 0)
    {
      step = _tp_store_flow_view_grid_step (self) / (mods & GDK_SHIFT_MASK ? 5 : 1);
      switch (keyval)
        {
        case GDK_KEY_Right:
        case GDK_KEY_KP_Right:
          tp_store_flow_view_move_picture (self, step, 0);
          return TRUE;
        case GDK_KEY_Left:
        case GDK_KEY_KP_Left:
          tp_store_flow_view_move_picture (self, -step, 0);
          return TRUE;
        case GDK_KEY_Down:
        case GDK_KEY_KP_Down:
          tp_store_flow_view_move_picture (self, 0, step);
          return TRUE;
        case GDK_KEY_Up:
        case GDK_KEY_KP_Up:
          tp_store_flow_view_move_picture (self, 0, -step);
          return TRUE;
        default:
          break;
        }
    }

  if (keyval == GDK_KEY_Escape && mods == 0 && edit->tool != TP_STORE_TOOL_SELECT
      && edit->gesture == TP_STORE_GESTURE_NONE)
    {
      _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
      return TRUE;
    }

  /* Alt+Shift+arrows: the selected rectangle one grid step larger or smaller. */
  if (mods == (GDK_ALT_MASK | GDK_SHIFT_MASK))
    {
      step = _tp_store_flow_view_grid_step (self);
      switch (keyval)
        {
        case GDK_KEY_Right:
        case GDK_KEY_KP_Right:
          return tp_store_flow_view_resize_zone (self, step, 0);
        case GDK_KEY_Left:
        case GDK_KEY_KP_Left:
          return tp_store_flow_view_resize_zone (self, -step, 0);
        case GDK_KEY_Down:
        case GDK_KEY_KP_Down:
          return tp_store_flow_view_resize_zone (self, 0, step);
        case GDK_KEY_Up:
        case GDK_KEY_KP_Up:
          return tp_store_flow_view_resize_zone (self, 0, -step);
        default:
          break;
        }
    }
  return FALSE;
}

void
_tp_store_flow_view_init_zone_keys (TpStoreFlowView *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  g_signal_connect_object (controller, "key-released", G_CALLBACK (on_key_released), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_tp_store_flow_view_class_init_zone_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "store.tool", "s", action_tool);
  gtk_widget_class_install_action (widget_class, "store.add-zone", NULL, action_add_zone);
  gtk_widget_class_install_action (widget_class, "store.toggle-snap", NULL, action_toggle_snap);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_percent, 0, "store.toggle-snap", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, 0, "store.tool", "s", "select");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, 0, "store.tool", "s", "rectangle");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "store.tool", "s", "polygon");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "store.add-zone", NULL);
}
