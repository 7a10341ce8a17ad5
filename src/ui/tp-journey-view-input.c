/* tp-journey-view-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the journey map adds to the canvas's input: the keyboard cursor
 * through cards, empty cells and headers, the card under the pointer, and
 * drops of card kinds from the palette. Clicks, drags, the rubber band,
 * zoom and scrolling are the canvas's.
 */

#include "config.h"

#include "tp-card-palette.h"
#include "tp-journey-view-private.h"

/* --- The keyboard cursor ----------------------------------------------------- */

static void
go_to_place (TpJourneyView    *self,
             const TpMapPlace *place)
{
  TpRect rect;

  if (place->card != NULL)
    {
      _tp_journey_view_select_one (self, place->card);
      tp_canvas_scroll_to (TP_CANVAS (self), TP_ELEMENT (place->card));
    }
  else if (place->column < 0)
    {
      TpLane *lane = tp_journey_layout_get_lane (self->layout, place->row);

      _tp_journey_view_select_one (self, lane);
      tp_canvas_scroll_to (TP_CANVAS (self), TP_ELEMENT (lane));
    }
  else if (place->row < 0)
    {
      TpPhase *phase = tp_journey_layout_get_phase (self->layout, place->column);

      _tp_journey_view_select_one (self, phase);
      tp_canvas_scroll_to (TP_CANVAS (self), TP_ELEMENT (phase));
    }
  else
    {
      tp_selection_set_cell (tp_canvas_get_selection (TP_CANVAS (self)),
                             tp_journey_layout_get_phase (self->layout, place->column),
                             tp_journey_layout_get_lane (self->layout, place->row));
      tp_journey_layout_get_cell (self->layout, place->column, place->row, &rect);
      tp_canvas_scroll_to_rect (TP_CANVAS (self), &rect);
    }
}

gboolean
_tp_journey_view_move_cursor (TpCanvas          *canvas,
                              TpCanvasDirection  canvas_direction,
                              gboolean           extend)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpDirection direction = (TpDirection) canvas_direction;
  TpMapPlace from, to;
  TpCard *next;

  if (_tp_journey_view_ensure_layout (self) == NULL || tp_canvas_get_selection (TP_CANVAS (self)) == NULL
      || tp_journey_layout_get_n_columns (self->layout) == 0
      || tp_journey_layout_get_n_rows (self->layout) == 0)
    return FALSE;

  /* Shift extends the selection card by card. */
  if (extend)
    {
      next = tp_journey_layout_neighbour (self->layout, _tp_journey_view_primary_card (self),
                                          direction);
      if (next != NULL)
        {
          tp_selection_add (tp_canvas_get_selection (TP_CANVAS (self)), TP_ELEMENT (next));
          tp_canvas_scroll_to (TP_CANVAS (self), TP_ELEMENT (next));
        }
      return TRUE;
    }

  /* From nothing, the top-left cell: its first card or the cell itself. */
  if (!_tp_journey_view_cursor_place (self, &from))
    {
      guint n;
      const TpCardBox *boxes = tp_journey_layout_get_cell_cards (self->layout, 0, 0, &n);

      to = (TpMapPlace) { 0, 0, n > 0 ? boxes[0].card : NULL };
    }
  else if (!tp_journey_layout_step (self->layout, &from, direction, &to))
    return TRUE;

  go_to_place (self, &to);
  return TRUE;
}

/* --- The card under the pointer -------------------------------------------- */

static void
set_hovered (TpJourneyView *self,
             TpCard        *card)
{
  if (card == self->hovered)
    return;
  self->hovered = card;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TpJourneyView            *self)
{
  double mx, my;
  TpHit hit;

  if (tp_canvas_get_drag_anchor (TP_CANVAS (self)) != NULL)
    return;
  tp_canvas_widget_to_map (TP_CANVAS (self), x, y, &mx, &my);
  _tp_journey_view_hit_test (self, mx, my, &hit);
  set_hovered (self, hit.card);
}

static void
on_leave (GtkEventControllerMotion *controller,
          TpJourneyView            *self)
{
  set_hovered (self, NULL);
}

/* --- Palette drops ------------------------------------------------------ */

static GdkDragAction
on_drop_motion (GtkDropTarget *target,
                double         x,
                double         y,
                TpJourneyView *self)
{
  return tp_canvas_update_drop_marks (TP_CANVAS (self), x, y) ? GDK_ACTION_COPY : 0;
}

static void
on_drop_leave (GtkDropTarget *target,
               TpJourneyView *self)
{
  tp_canvas_clear_drop_marks (TP_CANVAS (self));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         TpJourneyView *self)
{
  TpCanvas *canvas = TP_CANVAS (self);
  TpCardKind kind = g_value_get_enum (value);
  TpDropTarget drop;
  double mx, my;

  tp_canvas_clear_drop_marks (canvas);
  tp_canvas_widget_to_map (canvas, x, y, &mx, &my);
  if (tp_canvas_get_project (canvas) == NULL || _tp_journey_view_ensure_layout (self) == NULL
      || !_tp_journey_view_drop_target_at (self, NULL, mx, my, &drop))
    return FALSE;

  return tp_journey_view_add_card (self,
                                   tp_journey_layout_get_phase (self->layout, drop.column),
                                   tp_journey_layout_get_lane (self->layout, drop.row),
                                   drop.index_in_cell, kind) != NULL;
}

void
_tp_journey_view_init_input (TpJourneyView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkDropTarget *drop;

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
