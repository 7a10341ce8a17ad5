/* tp-analysis-rank.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pain points — and fail points, ranked the same way — by severity, by how
 * many journeys and personas share them, and by weight with the Pareto cut
 * (the vital few reaching 80 % of the frustration); opportunities on the
 * impact/effort matrix.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tp-analysis-private.h"

#define PARETO_CUT 0.8

/* How one normalised title occurs across the project. */
typedef struct {
  guint       n_journeys;
  double      weight;
  GHashTable *personas;
} Occurrence;

static void
occurrence_free (gpointer data)
{
  Occurrence *occurrence = data;

  g_hash_table_unref (occurrence->personas);
  g_free (occurrence);
}

/* The key a pain point is grouped by: its normalised title (an untitled card is its own group). */
static char *
pain_key (TpCard *card)
{
  char *key = tp_analysis_normalize_title (tp_card_get_title (card));

  if (key[0] == '\0')
    {
      g_free (key);
      return g_strconcat ("\x01", tp_element_get_id (TP_ELEMENT (card)), NULL);
    }
  return key;
}

/* What is ranked: pain-point cards by their severity, or cards marked fail
 * points by the fail point's severity. */
typedef enum { RANK_PAIN, RANK_FAIL } Ranked;

static gboolean
is_ranked (TpCard *card,
           Ranked  ranked)
{
  return ranked == RANK_PAIN ? tp_card_get_kind (card) == TP_CARD_KIND_PAIN_POINT
                             : tp_card_get_fail_point (card);
}

static int
ranked_severity (TpCard *card,
                 Ranked  ranked)
{
  return ranked == RANK_PAIN ? tp_card_get_severity (card) : tp_card_get_fail_point_severity (card);
}

/* Title → Occurrence over every journey of @journey's project (or @journey alone). */
static GHashTable *
count_occurrences (TpJourney *journey,
                   Ranked     ranked)
{
  GHashTable *occurrences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   occurrence_free);
  TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
  g_autoptr(GPtrArray) journeys = g_ptr_array_new ();

  if (project != NULL)
    g_ptr_array_extend (journeys, tp_project_get_journeys (project), NULL, NULL);
  else
    g_ptr_array_add (journeys, journey);

  for (guint j = 0; j < journeys->len; j++)
    {
      TpJourney *other = g_ptr_array_index (journeys, j);
      GPtrArray *cards = tp_journey_get_cards (other);
      g_autoptr(GHashTable) highest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);
      GHashTableIter iter;
      gpointer key, value;

      for (guint i = 0; i < cards->len; i++)
        {
          TpCard *card = g_ptr_array_index (cards, i);
          char *k;
          int severity;

          if (!is_ranked (card, ranked))
            continue;
          k = pain_key (card);
          severity = MAX (ranked_severity (card, ranked),
                          GPOINTER_TO_INT (g_hash_table_lookup (highest, k)) - 1);
          g_hash_table_replace (highest, k, GINT_TO_POINTER (severity + 1));
        }

      g_hash_table_iter_init (&iter, highest);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          Occurrence *occurrence = g_hash_table_lookup (occurrences, key);
          const char *persona = tp_journey_get_persona (other);

          if (occurrence == NULL)
            {
              occurrence = g_new0 (Occurrence, 1);
              occurrence->personas = g_hash_table_new (g_str_hash, g_str_equal);
              g_hash_table_insert (occurrences, g_strdup (key), occurrence);
            }
          occurrence->n_journeys++;
          occurrence->weight += GPOINTER_TO_INT (value) - 1;
          if (persona != NULL)
            g_hash_table_add (occurrence->personas, (gpointer) persona);
        }
    }
  return occurrences;
}

static void
ranked_pain_free (gpointer data)
{
  TpRankedPain *item = data;

  g_free (item->key);
  g_free (item);
}

/* Items are made in map order; @order maps each item's card to its position. */
static guint
map_position (GHashTable         *order,
              const TpRankedPain *item)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (order, item->card));
}

static int
compare_weight (gconstpointer a,
               gconstpointer b,
               gpointer      order)
{
  const TpRankedPain *x = *(TpRankedPain **) a, *y = *(TpRankedPain **) b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  return map_position (order, x) < map_position (order, y) ? -1 : 1;
}

static int
compare_severity (gconstpointer a,
                 gconstpointer b,
                 gpointer      order)
{
  const TpRankedPain *x = *(TpRankedPain **) a, *y = *(TpRankedPain **) b;

  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if (x->n_journeys != y->n_journeys)
    return x->n_journeys > y->n_journeys ? -1 : 1;
  return map_position (order, x) < map_position (order, y) ? -1 : 1;
}

static int
compare_occurrence (gconstpointer a,
                   gconstpointer b,
                   gpointer      order)
{
  const TpRankedPain *x = *(TpRankedPain **) a, *y = *(TpRankedPain **) b;

  if (x->n_journeys != y->n_journeys)
    return x->n_journeys > y->n_journeys ? -1 : 1;
  if (x->n_personas != y->n_personas)
    return x->n_personas > y->n_personas ? -1 : 1;
  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  return map_position (order, x) < map_position (order, y) ? -1 : 1;
}

static TpPainRanking *
rank (TpJourney   *journey,
      Ranked       ranked,
      TpRankOrder  order)
{
  g_autoptr(GHashTable) occurrences = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) order_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) cards = NULL;
  TpPainRanking *ranking;
  double running = 0;

  occurrences = count_occurrences (journey, ranked);
  cards = _tp_analysis_cards_in_map_order (journey);
  ranking = g_new0 (TpPainRanking, 1);
  ranking->items = g_ptr_array_new_with_free_func (ranked_pain_free);
  ranking->unrated = g_ptr_array_new ();

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      g_autofree char *key = NULL;
      TpRankedPain *item;

      if (!is_ranked (card, ranked))
        continue;
      if (ranked_severity (card, ranked) <= 0)
        {
          g_ptr_array_add (ranking->unrated, card);
          continue;
        }
      key = pain_key (card);
      item = g_hash_table_lookup (groups, key);
      if (item != NULL)
        {
          item->severity = MAX (item->severity, ranked_severity (card, ranked));
          continue;
        }

      item = g_new0 (TpRankedPain, 1);
      item->card = card;
      item->key = g_steal_pointer (&key);
      item->severity = ranked_severity (card, ranked);
      {
        Occurrence *occurrence = g_hash_table_lookup (occurrences, item->key);

        item->n_journeys = occurrence->n_journeys;
        item->n_personas = g_hash_table_size (occurrence->personas);
        item->weight = occurrence->weight;
      }
      g_hash_table_insert (order_of, card, GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (groups, item->key, item);
      g_ptr_array_add (ranking->items, item);
    }

  /* The Pareto cut, in weight order. */
  g_ptr_array_sort_with_data (ranking->items, compare_weight, order_of);
  for (guint i = 0; i < ranking->items->len; i++)
    ranking->total_weight += ((TpRankedPain *) g_ptr_array_index (ranking->items, i))->weight;
  for (guint i = 0; i < ranking->items->len; i++)
    {
      TpRankedPain *item = g_ptr_array_index (ranking->items, i);
      gboolean before_cut = ranking->n_vital == i && i > 0
                            && running < PARETO_CUT * ranking->total_weight - 1e-9;
      gboolean tied = i > 0 && ranking->n_vital == i
                      && item->weight == ((TpRankedPain *) g_ptr_array_index (ranking->items,
                                                                              i - 1))->weight;

      running += item->weight;
      item->cumulative = ranking->total_weight > 0 ? running / ranking->total_weight : 0;
      /* The first item, every item while the cut is not reached, and items tied with the last. */
      if (ranking->total_weight > 0 && item->weight > 0 && (i == 0 || before_cut || tied))
        {
          item->vital = TRUE;
          ranking->n_vital++;
        }
    }

  if (order == TP_RANK_BY_SEVERITY)
    g_ptr_array_sort_with_data (ranking->items, compare_severity, order_of);
  else if (order == TP_RANK_BY_OCCURRENCE)
    g_ptr_array_sort_with_data (ranking->items, compare_occurrence, order_of);
  return ranking;
}

TpPainRanking *
tp_analysis_rank_pain_points (TpJourney   *journey,
                              TpRankOrder  order)
{
  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  return rank (journey, RANK_PAIN, order);
}

TpPainRanking *
tp_analysis_rank_fail_points (TpJourney   *journey,
                              TpRankOrder  order)
{
  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  return rank (journey, RANK_FAIL, order);
}

void
tp_pain_ranking_free (TpPainRanking *ranking)
{
  if (ranking == NULL)
    return;
  g_ptr_array_unref (ranking->items);
  g_ptr_array_unref (ranking->unrated);
  g_free (ranking);
}

/* --- Opportunities ------------------------------------------------------- */

TpQuadrant
tp_analysis_quadrant (int impact,
                      int effort)
{
  gboolean high_impact = impact >= TP_ANALYSIS_HIGH;
  gboolean high_effort = effort >= TP_ANALYSIS_HIGH;

  if (high_impact)
    return high_effort ? TP_QUADRANT_MAJOR_PROJECT : TP_QUADRANT_QUICK_WIN;
  return high_effort ? TP_QUADRANT_MONEY_PIT : TP_QUADRANT_FILL_IN;
}

typedef struct {
  TpRatedOpportunity rated;
  guint              order;
} Ordered;

static int
compare_opportunity (gconstpointer a,
                     gconstpointer b)
{
  const Ordered *x = a, *y = b;

  if (x->rated.quadrant != y->rated.quadrant)
    return x->rated.quadrant < y->rated.quadrant ? -1 : 1;
  if (x->rated.impact != y->rated.impact)
    return x->rated.impact > y->rated.impact ? -1 : 1;
  if (x->rated.effort != y->rated.effort)
    return x->rated.effort < y->rated.effort ? -1 : 1;
  return x->order < y->order ? -1 : 1;
}

TpOpportunityMatrix *
tp_analysis_opportunities (TpJourney *journey)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GArray) ordered = g_array_new (FALSE, FALSE, sizeof (Ordered));
  TpOpportunityMatrix *matrix;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  cards = _tp_analysis_cards_in_map_order (journey);
  matrix = g_new0 (TpOpportunityMatrix, 1);
  matrix->items = g_array_new (FALSE, FALSE, sizeof (TpRatedOpportunity));
  matrix->unrated = g_ptr_array_new ();

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      Ordered item = { { card, tp_card_get_impact (card), tp_card_get_effort (card), 0 }, i };

      if (tp_card_get_kind (card) != TP_CARD_KIND_OPPORTUNITY)
        continue;
      if (item.rated.impact <= 0 || item.rated.effort <= 0)
        {
          g_ptr_array_add (matrix->unrated, card);
          continue;
        }
      item.rated.quadrant = tp_analysis_quadrant (item.rated.impact, item.rated.effort);
      g_array_append_val (ordered, item);
    }

  g_array_sort (ordered, compare_opportunity);
  for (guint i = 0; i < ordered->len; i++)
    g_array_append_val (matrix->items, g_array_index (ordered, Ordered, i).rated);
  return matrix;
}

void
tp_opportunity_matrix_free (TpOpportunityMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_array_unref (matrix->items);
  g_ptr_array_unref (matrix->unrated);
  g_free (matrix);
}
