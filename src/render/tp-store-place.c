/* tp-store-place.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk is the placements in array order, and the journey's order is its
 * phases, then the cards' order: a card placed later goes after the stops of
 * the cards before it, so the path still follows the journey (a revisit the
 * person made on purpose, a stop moved with Alt+arrows, stays where it is).
 */

#include "config.h"

#include <math.h>

#include "tp-store-place.h"

/* The journey order of each touchpoint card: phase index × cards + index in the cards. */
static GHashTable *
journey_order (TpJourney *journey)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(GHashTable) phase_index = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *order = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < phases->len; i++)
    g_hash_table_insert (phase_index, (gpointer) tp_element_get_id (g_ptr_array_index (phases, i)),
                         GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      guint phase = GPOINTER_TO_UINT (g_hash_table_lookup (phase_index,
                                                           tp_card_get_phase (card)));

      /* Cards of no known phase come last, in their order. */
      if (phase == 0)
        phase = phases->len + 1;
      g_hash_table_insert (order, card, GSIZE_TO_POINTER ((gsize) phase * (cards->len + 1) + i + 1));
    }
  return order;
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  gsize x = GPOINTER_TO_SIZE (g_hash_table_lookup (data, *(TpCard **) a));
  gsize y = GPOINTER_TO_SIZE (g_hash_table_lookup (data, *(TpCard **) b));

  return (x > y) - (x < y);
}

GPtrArray *
tp_store_touchpoint_cards (TpJourney *journey)
{
  GPtrArray *cards = tp_journey_get_cards (journey);
  GPtrArray *touchpoints;
  g_autoptr(GHashTable) order = NULL;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  touchpoints = g_ptr_array_new ();
  for (guint i = 0; i < cards->len; i++)
    if (tp_card_get_kind (g_ptr_array_index (cards, i)) == TP_CARD_KIND_TOUCHPOINT)
      g_ptr_array_add (touchpoints, g_ptr_array_index (cards, i));
  order = journey_order (journey);
  g_ptr_array_sort_with_data (touchpoints, compare_order, order);
  return touchpoints;
}

GArray *
tp_store_card_stops (TpJourney *journey,
                     TpCard    *card)
{
  GPtrArray *placements;
  const char *id;
  GArray *stops;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (TP_IS_CARD (card), NULL);

  stops = g_array_new (FALSE, FALSE, sizeof (guint));
  placements = tp_journey_get_placements (journey);
  id = tp_element_get_id (TP_ELEMENT (card));
  for (guint i = 0; i < placements->len; i++)
    if (g_strcmp0 (tp_placement_get_card (g_ptr_array_index (placements, i)), id) == 0)
      {
        guint number = i + 1;

        g_array_append_val (stops, number);
      }
  return stops;
}

guint
tp_store_place_index (TpJourney *journey,
                      TpCard    *card)
{
  GPtrArray *placements;
  g_autoptr(GHashTable) order = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *cards;
  gsize mine;
  guint index = 0;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), 0);
  g_return_val_if_fail (TP_IS_CARD (card), 0);

  order = journey_order (journey);
  mine = GPOINTER_TO_SIZE (g_hash_table_lookup (order, card));
  cards = tp_journey_get_cards (journey);
  for (guint i = 0; i < cards->len; i++)
    g_hash_table_insert (by_id, (gpointer) tp_element_get_id (g_ptr_array_index (cards, i)),
                         g_ptr_array_index (cards, i));

  placements = tp_journey_get_placements (journey);
  for (guint i = 0; i < placements->len; i++)
    {
      const char *id = tp_placement_get_card (g_ptr_array_index (placements, i));
      TpCard *other = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;
      gsize theirs = other != NULL ? GPOINTER_TO_SIZE (g_hash_table_lookup (order, other)) : 0;

      if (other != NULL && theirs <= mine)
        index = i + 1;
    }
  return index;
}

static gboolean
is_free (const TpStoreLayout *layout,
         TpPoint              p,
         GArray              *taken)
{
  const TpRect *plan = &layout->plan_rect;
  double min2 = 0.99 * TP_STORE_PLACE_SPACING * TP_STORE_PLACE_SPACING;

  if (p.x < plan->x || p.y < plan->y || p.x > plan->x + plan->width || p.y > plan->y + plan->height)
    return FALSE;
  for (guint i = 0; i < layout->shapes->len; i++)
    {
      const TpStoreShape *shape = &g_array_index (layout->shapes, TpStoreShape, i);

      if (shape->walkable || p.x < shape->bounds.x || p.y < shape->bounds.y
          || p.x > shape->bounds.x + shape->bounds.width
          || p.y > shape->bounds.y + shape->bounds.height)
        continue;
      if (tp_polygon_locate (shape->points, shape->n_points, p.x, p.y, 0.2) != TP_POINT_OUTSIDE)
        return FALSE;
    }
  for (guint i = 0; layout->walk != NULL && i < layout->walk->stops->len; i++)
    {
      TpPoint at = g_array_index (layout->walk->stops, TpStoreStop, i).at;

      if ((at.x - p.x) * (at.x - p.x) + (at.y - p.y) * (at.y - p.y) < min2)
        return FALSE;
    }
  for (guint i = 0; taken != NULL && i < taken->len; i++)
    {
      TpPoint at = g_array_index (taken, TpPoint, i);

      if ((at.x - p.x) * (at.x - p.x) + (at.y - p.y) * (at.y - p.y) < min2)
        return FALSE;
    }
  return TRUE;
}

TpPoint
tp_store_suggest_place (const TpStoreLayout *layout,
                        TpPoint              near,
                        GArray              *taken)
{
  const TpRect *plan;
  TpPoint p;
  double reach;

  g_return_val_if_fail (layout != NULL, near);

  plan = &layout->plan_rect;
  p.x = CLAMP (near.x, plan->x, plan->x + plan->width);
  p.y = CLAMP (near.y, plan->y, plan->y + plan->height);
  if (is_free (layout, p, taken))
    return p;

  /* Rings round it, eight points on the first and more further out, right first then round. */
  reach = hypot (plan->width, plan->height);
  for (guint ring = 1; ring * TP_STORE_PLACE_SPACING <= reach && ring < 200; ring++)
    {
      double r = ring * TP_STORE_PLACE_SPACING;
      guint n = 8 * ring;

      for (guint k = 0; k < n; k++)
        {
          double angle = 2 * G_PI * k / n;
          TpPoint q = { p.x + r * cos (angle), p.y + r * sin (angle) };

          if (is_free (layout, q, taken))
            return q;
        }
    }
  return p;
}
