/* tp-store-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk (tp-store-walk.c) finds the figures as it goes; this gathers them
 * per journey, names the zones and writes them for people: the inspector's
 * rows, the CSV export's rows, the change from a current to a future state.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "tp-store-figures.h"

TpStoreFigures *
tp_store_figures_new_for_walk (const TpStoreWalk  *walk,
                               const TpStoreShape *shapes)
{
  TpStoreFigures *figures;
  GPtrArray *cards;
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (walk != NULL, NULL);
  g_return_val_if_fail (walk->n_shapes == 0 || shapes != NULL, NULL);

  figures = g_new0 (TpStoreFigures, 1);
  figures->zones = g_array_new (FALSE, FALSE, sizeof (TpStoreZoneFigure));
  figures->n_stops = walk->stops->len;
  figures->length = walk->length;
  figures->dwell = walk->dwell;
  figures->n_zones = walk->n_shapes;
  figures->n_zones_visited = walk->n_zones_visited;
  figures->backtrack_length = walk->backtrack_length;
  figures->backtrack_share = tp_store_walk_backtrack_share (walk);
  figures->n_unreachable = walk->n_unreachable;
  figures->n_outside = walk->n_outside;

  for (guint i = 0; i < walk->stops->len; i++)
    {
      const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);

      if (stop->card != NULL)
        g_hash_table_add (placed, stop->card);
    }
  cards = tp_journey_get_cards (walk->journey);
  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);

      if (tp_card_get_kind (card) != TP_CARD_KIND_TOUCHPOINT)
        continue;
      figures->n_touchpoints++;
      figures->n_placed_cards += g_hash_table_contains (placed, card);
    }

  for (guint z = 0; z < walk->n_shapes; z++)
    {
      TpStoreZoneFigure zone = { shapes[z].zone, walk->zone_dwell[z], walk->zone_visits[z] };

      if (zone.visits > 0 || zone.dwell > 0)
        g_array_append_val (figures->zones, zone);
    }
  return figures;
}

TpStoreFigures *
tp_store_figures_new (const TpStoreLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);

  if (layout->walk == NULL)
    return NULL;
  return tp_store_figures_new_for_walk (layout->walk,
                                        (const TpStoreShape *) (gconstpointer) layout->shapes->data);
}

void
tp_store_figures_free (TpStoreFigures *figures)
{
  if (figures == NULL)
    return;
  g_array_unref (figures->zones);
  g_free (figures);
}

const char *
tp_store_figures_zone_name (TpZone *zone)
{
  g_return_val_if_fail (TP_IS_ZONE (zone), "");

  return *tp_zone_get_name (zone) != '\0' ? tp_zone_get_name (zone)
                                          : tp_enum_get_label (TP_TYPE_ZONE_KIND,
                                                               tp_zone_get_kind (zone));
}

static void
add_row (GPtrArray  *rows,
         const char *first,
         ...)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (row, cell);
  va_end (args);
  g_ptr_array_add (rows, g_strv_builder_end (row));
}

void
tp_store_figures_append_table (const TpStoreFigures *figures,
                               GPtrArray            *rows)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (figures != NULL && rows != NULL);

  add_row (rows, NULL);
  add_row (rows, _("Figure"), _("Value"), NULL);
  g_snprintf (a, sizeof a, "%u", figures->n_stops);
  add_row (rows, _("Stops"), a, NULL);
  add_row (rows, _("Path length (m)"), g_ascii_formatd (a, sizeof a, "%.1f", figures->length),
           NULL);
  add_row (rows, _("Total time spent (s)"), g_ascii_formatd (a, sizeof a, "%.0f", figures->dwell),
           NULL);
  g_snprintf (a, sizeof a, "%u", figures->n_zones_visited);
  add_row (rows, _("Zones visited"), a, NULL);
  g_snprintf (a, sizeof a, "%u", figures->n_zones);
  add_row (rows, _("Zones on the plan"), a, NULL);
  add_row (rows, _("Walked again (m)"),
           g_ascii_formatd (a, sizeof a, "%.1f", figures->backtrack_length), NULL);
  add_row (rows, _("Walked again (%)"),
           g_ascii_formatd (a, sizeof a, "%.1f", 100 * figures->backtrack_share), NULL);

  add_row (rows, NULL);
  add_row (rows, _("Zone"), _("Time spent (s)"), _("Visits"), NULL);
  for (guint i = 0; i < figures->zones->len; i++)
    {
      const TpStoreZoneFigure *zone = &g_array_index (figures->zones, TpStoreZoneFigure, i);

      g_snprintf (b, sizeof b, "%u", zone->visits);
      add_row (rows, tp_store_figures_zone_name (zone->zone),
               g_ascii_formatd (a, sizeof a, "%.0f", zone->dwell), b, NULL);
    }
}

char *
tp_store_figures_format_change (double      before,
                                double      after,
                                const char *unit)
{
  double change = after - before;

  if (g_strcmp0 (unit, "s") == 0)
    {
      g_autofree char *text = NULL;

      if (fabs (change) < 0.5)
        /* Translators: no change in time spent */
        return g_strdup (_("±0 s"));
      /* tp_store_format_duration lives in the painter; seconds are enough here. */
      change = round (change);
      if (fabs (change) < 60)
        /* Translators: a change in time spent, in seconds, with its sign */
        return g_strdup_printf (_("%+.0f s"), change);
      /* Translators: a change in time spent, in minutes, with its sign */
      return g_strdup_printf (_("%+.1f min"), change / 60);
    }
  if (fabs (change) < 0.05)
    /* Translators: no change in a length, in metres */
    return g_strdup (_("±0 m"));
  /* Translators: a change in length, in metres, with its sign */
  return g_strdup_printf (_("%+.1f m"), change);
}

TpJourney *
tp_store_find_counterpart (TpJourney *journey)
{
  TpProject *project;
  GPtrArray *journeys;
  const char *plan, *current;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  project = tp_element_get_project (TP_ELEMENT (journey));
  plan = tp_journey_get_floor_plan (journey);
  if (project == NULL || plan == NULL)
    return NULL;

  journeys = tp_project_get_journeys (project);
  current = tp_journey_get_current_state (journey);
  for (guint i = 0; i < journeys->len; i++)
    {
      TpJourney *other = g_ptr_array_index (journeys, i);

      if (other == journey || g_strcmp0 (tp_journey_get_floor_plan (other), plan) != 0)
        continue;
      if (current != NULL && g_strcmp0 (tp_element_get_id (TP_ELEMENT (other)), current) == 0)
        return other;
      if (current == NULL
          && g_strcmp0 (tp_journey_get_current_state (other),
                        tp_element_get_id (TP_ELEMENT (journey))) == 0)
        return other;
    }
  return NULL;
}
