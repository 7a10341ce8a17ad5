/* tp-journey-view-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer gestures and palette drops of the journey canvas. During a drag only view state changes (a
 * ghost follows the pointer, a mark shows where the cards will land); the
 * model changes once, at the drop, as one undo step.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-card-palette.h"
#include "tp-journey-view-private.h"

#define DRAG_THRESHOLD 6.0

/* --- Helpers ------------------------------------------------------------- */

static gboolean
in_sticky_header (TpJourneyView *self,
                  double         mx,
                  double         my)
{
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (self->layout);

  return my < _tp_journey_view_sticky_y (self) + o->phase_header_height
         || mx < _tp_journey_view_sticky_x (self) + o->lane_header_width;
}

/* The drop target under widget point (@wx, @wy) for @moving cards. */
static gboolean
drop_target_at (TpJourneyView  *self,
                double          wx,
                double          wy,
                TpCard * const *moving,
                guint           n_moving,
                TpDropTarget   *target)
{
  double mx, my;

  if (_tp_journey_view_ensure_layout (self) == NULL)
    return FALSE;
  _tp_journey_view_widget_to_map (self, wx, wy, &mx, &my);
  if (in_sticky_header (self, mx, my))
    return FALSE;
  return tp_journey_layout_drop_target (self->layout, mx, my, moving, n_moving, target);
}

static TpElement *
hit_element (TpJourneyView *self,
             const TpHit   *hit)
{
  switch (hit->kind)
    {
    case TP_HIT_CARD:
      return TP_ELEMENT (hit->card);
    case TP_HIT_PHASE_HEADER:
      return TP_ELEMENT (tp_journey_layout_get_phase (self->layout, hit->column));
    case TP_HIT_LANE_HEADER:
      return TP_ELEMENT (tp_journey_layout_get_lane (self->layout, hit->row));
    case TP_HIT_NONE:
    case TP_HIT_CELL:
    case TP_HIT_CORNER:
    default:
      return NULL;
    }
}

/* --- Pointer gestures ---------------------------------------------------- */

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  TpJourneyView   *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  TpElement *element;
  TpHit hit;

  if (gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT) != GTK_WIDGET (self))
    return;

  _tp_journey_view_hit_test (self, x, y, &hit);
  element = self->layout != NULL ? hit_element (self, &hit) : NULL;

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      if (element != NULL && !g_hash_table_contains (self->selected, element))
        _tp_journey_view_select_one (self, element);
      else if (hit.kind == TP_HIT_CELL && self->selection != NULL)
        tp_selection_set_cell (self->selection,
                               tp_journey_layout_get_phase (self->layout, hit.column),
                               tp_journey_layout_get_lane (self->layout, hit.row));
      _tp_journey_view_update_actions (self);
      _tp_journey_view_show_context_menu (self, x, y);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }

  if (button == GDK_BUTTON_PRIMARY && n_press == 2 && element != NULL)
    {
      _tp_journey_view_cancel_drag (self);
      _tp_journey_view_select_one (self, element);
      _tp_journey_view_start_rename (self, element);
    }
}

gboolean
_tp_journey_view_press (TpJourneyView   *self,
                        double           x,
                        double           y,
                        GdkModifierType  mods)
{
  gboolean extend = (mods & GDK_SHIFT_MASK) != 0;
  gboolean toggle = (mods & GDK_CONTROL_MASK) != 0;
  TpElement *element;
  TpHit hit;

  if (gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT) != GTK_WIDGET (self)
      || self->journey == NULL)
    return FALSE;

  self->press_x = x;
  self->press_y = y;
  self->drag_dx = 0;
  self->drag_dy = 0;
  self->drag_modifiers = mods;
  self->press_card = NULL;
  self->drag_header = NULL;

  _tp_journey_view_hit_test (self, x, y, &hit);
  element = self->layout != NULL ? hit_element (self, &hit) : NULL;

  /* The second press of the double-click that opened the title keeps it open. */
  if (self->rename_entry == NULL || element != self->rename_element)
    {
      _tp_journey_view_stop_rename (self, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }

  if (element != NULL && self->selection != NULL)
    {
      if (toggle)
        tp_selection_toggle (self->selection, element);
      else if (extend)
        tp_selection_add (self->selection, element);
      else if (!g_hash_table_contains (self->selected, element))
        _tp_journey_view_select_one (self, element);
    }

  if (hit.kind == TP_HIT_CARD)
    {
      self->press_card = hit.card;
      self->drag = TP_VIEW_DRAG_PENDING_CARD;
    }
  else if (hit.kind == TP_HIT_PHASE_HEADER || hit.kind == TP_HIT_LANE_HEADER)
    {
      self->drag_header = element;
      self->drag = TP_VIEW_DRAG_PENDING_HEADER;
    }
  else
    {
      /* A press on a cell selects that cell, empty or not: where a new card goes. */
      if (!extend && !toggle && self->selection != NULL)
        {
          if (hit.kind == TP_HIT_CELL)
            tp_selection_set_cell (self->selection,
                                   tp_journey_layout_get_phase (self->layout, hit.column),
                                   tp_journey_layout_get_lane (self->layout, hit.row));
          else
            tp_selection_clear (self->selection);
        }
      g_clear_pointer (&self->band_base, g_ptr_array_unref);
      if (self->selection != NULL)
        self->band_base = g_ptr_array_copy (tp_selection_get_items (self->selection),
                                            (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
      self->drag = TP_VIEW_DRAG_PENDING_BAND;
    }
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               TpJourneyView  *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (!_tp_journey_view_press (self, x, y, mods))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
start_card_drag (TpJourneyView *self)
{
  g_autoptr(GPtrArray) cards = _tp_journey_view_selected_cards (self);

  g_ptr_array_set_size (self->drag_cards, 0);
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (self->drag_cards, g_object_ref (g_ptr_array_index (cards, i)));
  if (self->drag_cards->len == 0 || self->project == NULL)
    {
      self->drag = TP_VIEW_DRAG_NONE;
      return;
    }
  self->drag = TP_VIEW_DRAG_CARDS;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
update_band (TpJourneyView *self,
             double         mx0,
             double         my0,
             double         mx1,
             double         my1)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  self->band.x = MIN (mx0, mx1);
  self->band.y = MIN (my0, my1);
  self->band.width = fabs (mx1 - mx0);
  self->band.height = fabs (my1 - my0);

  if (self->selection == NULL)
    return;

  cards = tp_journey_layout_cards_in_rect (self->layout, &self->band);
  if (self->band_base != NULL)
    for (guint i = 0; i < self->band_base->len; i++)
      g_ptr_array_add (chosen, g_ptr_array_index (self->band_base, i));
  for (guint i = 0; i < cards->len; i++)
    if (!g_ptr_array_find (chosen, g_ptr_array_index (cards, i), NULL))
      g_ptr_array_add (chosen, g_ptr_array_index (cards, i));
  tp_selection_set (self->selection, (TpElement **) chosen->pdata, chosen->len);
}

gboolean
_tp_journey_view_drag_to (TpJourneyView *self,
                          double         dx,
                          double         dy)
{
  double x = self->press_x + dx, y = self->press_y + dy;
  double mx, my, mx0, my0;
  gboolean started = FALSE;

  self->drag_dx = dx;
  self->drag_dy = dy;

  if (self->layout == NULL || self->drag == TP_VIEW_DRAG_NONE)
    return FALSE;

  if (self->drag == TP_VIEW_DRAG_PENDING_CARD || self->drag == TP_VIEW_DRAG_PENDING_HEADER
      || self->drag == TP_VIEW_DRAG_PENDING_BAND)
    {
      if (hypot (dx, dy) < DRAG_THRESHOLD)
        return FALSE;
      started = TRUE;
      if (self->drag == TP_VIEW_DRAG_PENDING_CARD)
        start_card_drag (self);
      else if (self->drag == TP_VIEW_DRAG_PENDING_HEADER)
        self->drag = TP_IS_PHASE (self->drag_header) ? TP_VIEW_DRAG_PHASE : TP_VIEW_DRAG_LANE;
      else
        self->drag = TP_VIEW_DRAG_BAND;
    }

  _tp_journey_view_widget_to_map (self, x, y, &mx, &my);

  switch (self->drag)
    {
    case TP_VIEW_DRAG_CARDS:
      self->drop_valid = drop_target_at (self, x, y, (TpCard **) self->drag_cards->pdata,
                                         self->drag_cards->len, &self->drop);
      break;

    case TP_VIEW_DRAG_PHASE:
      self->header_index = tp_journey_layout_phase_drop_index (self->layout, TP_PHASE (self->drag_header),
                                                               mx, &self->header_indicator);
      break;

    case TP_VIEW_DRAG_LANE:
      self->header_index = tp_journey_layout_lane_drop_index (self->layout, TP_LANE (self->drag_header),
                                                              my, &self->header_indicator);
      break;

    case TP_VIEW_DRAG_BAND:
      _tp_journey_view_widget_to_map (self, self->press_x, self->press_y, &mx0, &my0);
      update_band (self, mx0, my0, mx, my);
      break;

    case TP_VIEW_DRAG_NONE:
    case TP_VIEW_DRAG_PENDING_CARD:
    case TP_VIEW_DRAG_PENDING_HEADER:
    case TP_VIEW_DRAG_PENDING_BAND:
    default:
      break;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  return started;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                TpJourneyView  *self)
{
  if (_tp_journey_view_drag_to (self, dx, dy))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
reset_drag (TpJourneyView *self)
{
  self->drag = TP_VIEW_DRAG_NONE;
  self->drop_valid = FALSE;
  self->drag_header = NULL;
  self->press_card = NULL;
  g_ptr_array_set_size (self->drag_cards, 0);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_tp_journey_view_release (TpJourneyView *self)
{
  TpViewDrag drag = self->drag;

  if (drag == TP_VIEW_DRAG_PENDING_CARD && self->press_card != NULL
      && (self->drag_modifiers & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) == 0)
    {
      /* A click on one card of a group selects just that card. */
      _tp_journey_view_select_one (self, self->press_card);
    }
  else if (drag == TP_VIEW_DRAG_CARDS && self->drop_valid && self->project != NULL
           && self->press_card != NULL)
    {
      g_autoptr(GPtrArray) cards = g_ptr_array_copy (self->drag_cards,
                                                     (GCopyFunc) (void (*) (void)) g_object_ref,
                                                     NULL);
      g_autoptr(TpCard) anchor = g_object_ref (self->press_card);
      const TpCardBox *box = tp_journey_layout_find_card (self->layout, anchor);
      TpDropTarget drop = self->drop;

      g_ptr_array_set_free_func (cards, g_object_unref);
      reset_drag (self);
      /* Every card moves as far as the one under the pointer: the group keeps its shape. */
      if (box != NULL)
        _tp_journey_view_move_cards_by (self, cards, anchor,
                                        (int) drop.column - (int) box->column,
                                        (int) drop.row - (int) box->row,
                                        drop.index_in_cell, TP_GROUP_INDEX_KEEP);
      return;
    }
  else if ((drag == TP_VIEW_DRAG_PHASE || drag == TP_VIEW_DRAG_LANE) && self->project != NULL
           && self->drag_header != NULL
           && (guint) tp_element_get_index (self->drag_header) != self->header_index)
    {
      TpElement *header = self->drag_header;
      guint index = self->header_index;

      reset_drag (self);
      tp_project_begin (self->project, drag == TP_VIEW_DRAG_PHASE ? _("Move Phase") : _("Move Lane"));
      tp_project_move (self->project, header, index);
      tp_project_commit (self->project);
      return;
    }

  reset_drag (self);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             TpJourneyView  *self)
{
  _tp_journey_view_release (self);
}

void
_tp_journey_view_cancel_drag (TpJourneyView *self)
{
  if (self->drag == TP_VIEW_DRAG_NONE)
    return;
  reset_drag (self);
  if (self->drag_gesture != NULL)
    gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->drag_gesture));
}

static void
on_pan_begin (GtkGestureDrag *gesture,
              double          x,
              double          y,
              TpJourneyView  *self)
{
  self->pan_start_x = self->scroll_x;
  self->pan_start_y = self->scroll_y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_pan_update (GtkGestureDrag *gesture,
               double          dx,
               double          dy,
               TpJourneyView  *self)
{
  self->scroll_x = self->pan_start_x - dx / self->zoom;
  self->scroll_y = self->pan_start_y - dy / self->zoom;
  _tp_journey_view_clamp_scroll (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_pan_end (GtkGestureDrag *gesture,
            double          dx,
            double          dy,
            TpJourneyView  *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TpJourneyView            *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double step = wheel ? 48.0 : 1.0;

  if (self->journey == NULL)
    return FALSE;

  if (mods & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (1.15, -dy) : exp (-dy * 0.01);

      _tp_journey_view_zoom_at (self, self->zoom * factor, self->pointer_x, self->pointer_y);
      return TRUE;
    }

  if ((mods & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  self->scroll_x += dx * step / self->zoom;
  self->scroll_y += dy * step / self->zoom;
  _tp_journey_view_clamp_scroll (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                TpJourneyView    *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        TpJourneyView  *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    {
      cx = self->pointer_x;
      cy = self->pointer_y;
    }
  _tp_journey_view_zoom_at (self, self->pinch_start_zoom * scale, cx, cy);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TpJourneyView            *self)
{
  TpHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;

  if (self->drag != TP_VIEW_DRAG_NONE)
    return;
  _tp_journey_view_hit_test (self, x, y, &hit);
  if (hit.card != self->hovered)
    {
      self->hovered = hit.card;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (GtkEventControllerMotion *controller,
          TpJourneyView            *self)
{
  self->pointer_inside = FALSE;
  if (self->hovered != NULL)
    {
      self->hovered = NULL;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* --- Palette drops ------------------------------------------------------ */

static GdkDragAction
on_drop_motion (GtkDropTarget *target,
                double         x,
                double         y,
                TpJourneyView *self)
{
  self->palette_drop = TRUE;
  self->drop_valid = self->project != NULL && drop_target_at (self, x, y, NULL, 0, &self->drop);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return self->drop_valid ? GDK_ACTION_COPY : 0;
}

static void
on_drop_leave (GtkDropTarget *target,
               TpJourneyView *self)
{
  self->palette_drop = FALSE;
  self->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         TpJourneyView *self)
{
  TpCardKind kind = g_value_get_enum (value);
  TpDropTarget drop;
  TpCard *card;

  self->palette_drop = FALSE;
  self->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (self->project == NULL || !drop_target_at (self, x, y, NULL, 0, &drop))
    return FALSE;

  card = tp_journey_view_add_card (self,
                                   tp_journey_layout_get_phase (self->layout, drop.column),
                                   tp_journey_layout_get_lane (self->layout, drop.row),
                                   drop.index_in_cell, kind);
  return card != NULL;
}

void
_tp_journey_view_init_input (TpJourneyView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;
  GtkDropTarget *drop;

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_click_pressed), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_drag_update), self, 0);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_drag_end), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));
  self->drag_gesture = gesture;

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_MIDDLE);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_pan_begin), self, 0);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_pan_update), self, 0);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_pan_end), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin", G_CALLBACK (on_pinch_begin), self, 0);
  g_signal_connect_object (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll), self, 0);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave), self, 0);
  gtk_widget_add_controller (widget, controller);

  /* Card kinds only: a string target would also take the file lists of file
   * managers (they offer text/plain) and keep them from the window. */
  tp_card_kind_register_content_formats ();
  drop = gtk_drop_target_new (TP_TYPE_CARD_KIND, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "motion", G_CALLBACK (on_drop_motion), self, 0);
  g_signal_connect_object (drop, "leave", G_CALLBACK (on_drop_leave), self, 0);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drop));
}
