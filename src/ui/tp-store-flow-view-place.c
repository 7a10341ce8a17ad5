/* tp-store-flow-view-place.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Putting touchpoint cards on the plan and taking them off: a card dropped
 * on the plan (dragged from the list of touchpoints beside it) becomes a
 * stop where it was dropped; "Place on Plan" (the list's button, Insert in
 * the list; on the plan Insert adds a zone) puts the selected cards — chosen
 * here, in the journey map or the
 * outline — next to the stop before them in the walk, or in the middle of
 * the plan in view. A new stop goes into the walk after the stops of the
 * cards before it in the journey. Each gesture is one undo step.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "render/tp-store-place.h"
#include "tp-store-flow-view-private.h"

/* Seconds a new stop lasts until the person says otherwise (in the inspector). */
#define NEW_STOP_DWELL 30.0

/* The touchpoint cards of @cards that belong to the journey shown, in journey order. */
static GPtrArray *
journey_touchpoints (TpStoreFlowView *self,
                     GPtrArray       *cards)
{
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *chosen = g_ptr_array_new ();

  if (journey == NULL)
    return chosen;
  all = tp_store_touchpoint_cards (journey);
  for (guint i = 0; i < all->len; i++)
    if (g_ptr_array_find (cards, g_ptr_array_index (all, i), NULL))
      g_ptr_array_add (chosen, g_ptr_array_index (all, i));
  return chosen;
}

static TpPlacement *
placement_at (TpJourney *journey,
              guint      index)
{
  GPtrArray *placements = tp_journey_get_placements (journey);

  return index < placements->len ? g_ptr_array_index (placements, index) : NULL;
}

gboolean
tp_store_flow_view_place_cards (TpStoreFlowView *self,
                                GPtrArray       *cards,
                                const TpPoint   *at)
{
  TpCanvas *canvas;
  TpProject *project;
  TpJourney *journey;
  TpStoreLayout *layout;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) indices = NULL;
  TpPoint centre;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);
  g_return_val_if_fail (cards != NULL, FALSE);

  canvas = TP_CANVAS (self);
  project = tp_canvas_get_project (canvas);
  journey = tp_canvas_get_journey (canvas);
  layout = tp_store_flow_view_get_layout (self);
  if (project == NULL || journey == NULL || layout == NULL || layout->plan == NULL)
    return FALSE;
  chosen = journey_touchpoints (self, cards);
  if (chosen->len == 0)
    return FALSE;

  /* The middle of the plan in view. */
  {
    TpRect visible;

    tp_canvas_get_visible_rect (canvas, &visible);
    if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0
        || !tp_rect_intersects (&visible, &layout->plan_area))
      visible = layout->plan_area;
    else
      {
        double x0 = MAX (visible.x, layout->plan_area.x);
        double y0 = MAX (visible.y, layout->plan_area.y);
        double x1 = MIN (visible.x + visible.width, layout->plan_area.x + layout->plan_area.width);
        double y1 = MIN (visible.y + visible.height, layout->plan_area.y + layout->plan_area.height);

        visible = (TpRect) { x0, y0, x1 - x0, y1 - y0 };
      }
    centre = tp_store_layout_to_metres (layout, visible.x + visible.width / 2,
                                        visible.y + visible.height / 2);
  }

  /* Where each lands, worked out on the layout before the first change makes it stale. */
  points = g_array_new (FALSE, FALSE, sizeof (TpPoint));
  indices = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < chosen->len; i++)
    {
      TpCard *card = g_ptr_array_index (chosen, i);
      guint index = tp_store_place_index (journey, card);
      TpPoint near = centre, p;

      if (at != NULL)
        near = i == 0 ? *at : g_array_index (points, TpPoint, i - 1);
      else if (i > 0 && g_array_index (indices, guint, i - 1) == index)
        near = g_array_index (points, TpPoint, i - 1);   /* the one placed just before it */
      else if (index > 0)
        near = (TpPoint) { tp_placement_get_x (placement_at (journey, index - 1)),
                           tp_placement_get_y (placement_at (journey, index - 1)) };

      /* A drop lands exactly where it was let go, on the plan. */
      if (at != NULL && i == 0)
        p = (TpPoint) { CLAMP (at->x, layout->plan_rect.x, layout->plan_rect.x + layout->plan_rect.width),
                        CLAMP (at->y, layout->plan_rect.y, layout->plan_rect.y + layout->plan_rect.height) };
      else
        p = tp_store_suggest_place (layout, near, points);
      g_array_append_val (points, p);
      g_array_append_val (indices, index);
    }

  tp_project_begin (project, _("Place on Plan"));
  for (guint i = 0; i < chosen->len; i++)
    {
      TpCard *card = g_ptr_array_index (chosen, i);
      TpPoint p = g_array_index (points, TpPoint, i);
      g_autoptr(TpPlacement) placement = tp_placement_new (NULL, tp_element_get_id (TP_ELEMENT (card)));

      g_object_set (placement, "x", p.x, "y", p.y, "dwell", NEW_STOP_DWELL, NULL);
      tp_project_insert (project, journey, TP_LIST_PLACEMENTS,
                         (int) tp_store_place_index (journey, card), placement);
    }
  tp_project_commit (project);

  /* The stops placed are selected: the inspector shows their time spent. */
  if (tp_canvas_get_selection (canvas) != NULL)
    tp_selection_set (tp_canvas_get_selection (canvas), (TpElement **) chosen->pdata, chosen->len);
  return TRUE;
}

gboolean
tp_store_flow_view_place_selected (TpStoreFlowView *self)
{
  TpSelection *selection;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new ();
  TpJourney *journey;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  selection = tp_canvas_get_selection (TP_CANVAS (self));
  journey = tp_canvas_get_journey (TP_CANVAS (self));
  if (selection == NULL || journey == NULL)
    return FALSE;
  chosen = journey_touchpoints (self, tp_selection_get_items (selection));
  for (guint i = 0; i < chosen->len; i++)
    {
      g_autoptr(GArray) stops = tp_store_card_stops (journey, g_ptr_array_index (chosen, i));

      if (stops->len == 0)
        g_ptr_array_add (unplaced, g_ptr_array_index (chosen, i));
    }
  /* Cards already on the plan are placed again only when nothing else is chosen: a second
   * visit to the same touchpoint. */
  return tp_store_flow_view_place_cards (self, unplaced->len > 0 ? unplaced : chosen, NULL);
}

gboolean
tp_store_flow_view_unplace_cards (TpStoreFlowView *self,
                                  GPtrArray       *cards)
{
  TpProject *project;
  TpJourney *journey;
  GPtrArray *placements;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);
  g_return_val_if_fail (cards != NULL, FALSE);

  project = tp_canvas_get_project (TP_CANVAS (self));
  journey = tp_canvas_get_journey (TP_CANVAS (self));
  if (project == NULL || journey == NULL)
    return FALSE;
  for (guint i = 0; i < cards->len; i++)
    if (TP_IS_CARD (g_ptr_array_index (cards, i)))
      g_hash_table_add (ids, (gpointer) tp_element_get_id (g_ptr_array_index (cards, i)));
  placements = tp_journey_get_placements (journey);
  for (guint i = 0; i < placements->len; i++)
    {
      TpPlacement *placement = g_ptr_array_index (placements, i);

      if (tp_placement_get_card (placement) != NULL
          && g_hash_table_contains (ids, tp_placement_get_card (placement)))
        g_ptr_array_add (doomed, g_object_ref (placement));
    }
  if (doomed->len == 0)
    return FALSE;

  tp_project_begin (project, _("Take Off the Plan"));
  for (guint i = 0; i < doomed->len; i++)
    tp_project_remove (project, g_ptr_array_index (doomed, i));
  tp_project_commit (project);
  return TRUE;
}

/* --- Cards dropped on the plan ------------------------------------------- */

gboolean
_tp_store_flow_view_drop_target (TpCanvas  *canvas,
                                 GPtrArray *elements,
                                 double     x,
                                 double     y,
                                 TpRect    *area,
                                 TpRect    *indicator)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (canvas);
  TpStoreLayout *layout = self->layout;
  double r;

  /* Stops and zones dragged on the plan have their own outline; this is for new stops. */
  if (elements != NULL || layout == NULL || layout->plan == NULL
      || !tp_rect_contains (&layout->plan_area, x, y))
    return FALSE;
  r = 12;
  *area = (TpRect) { x - r, y - r, 2 * r, 2 * r };
  *indicator = (TpRect) { x - 2, y - r - 6, 4, 2 * r + 12 };
  return TRUE;
}

static GdkDragAction
on_drop_motion (GtkDropTarget   *target,
                double           x,
                double           y,
                TpStoreFlowView *self)
{
  return tp_canvas_update_drop_marks (TP_CANVAS (self), x, y) ? GDK_ACTION_COPY : 0;
}

static void
on_drop_leave (GtkDropTarget   *target,
               TpStoreFlowView *self)
{
  tp_canvas_clear_drop_marks (TP_CANVAS (self));
}

static gboolean
on_drop (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         TpStoreFlowView *self)
{
  TpCanvas *canvas = TP_CANVAS (self);
  TpCard *card = g_value_get_object (value);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  TpStoreLayout *layout;
  TpPoint at;
  double mx, my;

  tp_canvas_clear_drop_marks (canvas);
  layout = tp_store_flow_view_get_layout (self);
  if (card == NULL || layout == NULL || layout->plan == NULL)
    return FALSE;
  tp_canvas_widget_to_map (canvas, x, y, &mx, &my);
  if (!tp_rect_contains (&layout->plan_area, mx, my))
    return FALSE;
  at = tp_store_layout_to_metres (layout, mx, my);
  g_ptr_array_add (cards, card);
  if (!tp_store_flow_view_place_cards (self, cards, &at))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return TRUE;
}

void
_tp_store_flow_view_init_place (TpStoreFlowView *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (TP_TYPE_CARD, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "motion", G_CALLBACK (on_drop_motion), self, 0);
  g_signal_connect_object (drop, "leave", G_CALLBACK (on_drop_leave), self, 0);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
