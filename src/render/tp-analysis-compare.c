/* tp-analysis-compare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journeys side by side: phases aligned by title (the emotion overlay), and
 * what changed from a current state to a future state.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-analysis-private.h"

static void
aligned_phase_free (gpointer data)
{
  TpAlignedPhase *row = data;

  g_free (row->title);
  g_free (row->phases);
  g_free (row->emotion);
  g_free (row->has_emotion);
  g_free (row);
}

static TpAlignedPhase *
aligned_phase_new (TpPhase *phase,
                   guint    n_journeys)
{
  TpAlignedPhase *row = g_new0 (TpAlignedPhase, 1);

  row->title = g_strdup (tp_phase_get_title (phase));
  row->phases = g_new0 (TpPhase *, n_journeys);
  row->emotion = g_new0 (double, n_journeys);
  row->has_emotion = g_new0 (gboolean, n_journeys);
  return row;
}

/* Mean emotion per phase of @journey: phase → (sum, count) in two arrays. */
static void
emotion_per_phase (TpJourney  *journey,
                   GHashTable *sums)
{
  GPtrArray *cards = tp_journey_get_cards (journey);

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      double *sum;

      if (tp_card_get_kind (card) != TP_CARD_KIND_EMOTION)
        continue;
      sum = g_hash_table_lookup (sums, tp_card_get_phase (card));
      if (sum == NULL)
        {
          sum = g_new0 (double, 2);
          g_hash_table_insert (sums, (gpointer) tp_card_get_phase (card), sum);
        }
      sum[0] += tp_card_get_emotion_score (card);
      sum[1] += 1;
    }
}

TpPhaseAlignment *
tp_analysis_align (TpJourney **journeys,
                   guint       n_journeys)
{
  TpPhaseAlignment *alignment;

  g_return_val_if_fail (journeys != NULL && n_journeys > 0, NULL);

  alignment = g_new0 (TpPhaseAlignment, 1);
  alignment->n_journeys = n_journeys;
  alignment->journeys = g_memdup2 (journeys, sizeof (TpJourney *) * n_journeys);
  alignment->rows = g_ptr_array_new_with_free_func (aligned_phase_free);

  for (guint j = 0; j < n_journeys; j++)
    {
      GPtrArray *phases = tp_journey_get_phases (journeys[j]);
      g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      guint cursor = 0;

      g_return_val_if_fail (TP_IS_JOURNEY (journeys[j]), alignment);
      emotion_per_phase (journeys[j], sums);

      for (guint p = 0; p < phases->len; p++)
        {
          TpPhase *phase = g_ptr_array_index (phases, p);
          g_autofree char *key = tp_analysis_normalize_title (tp_phase_get_title (phase));
          TpAlignedPhase *row = NULL;
          guint at = 0;
          double *sum;

          /* The first row with this title that this journey has not filled yet. */
          for (guint r = 0; r < alignment->rows->len && row == NULL; r++)
            {
              TpAlignedPhase *candidate = g_ptr_array_index (alignment->rows, r);
              g_autofree char *title = NULL;

              if (candidate->phases[j] != NULL)
                continue;
              title = tp_analysis_normalize_title (candidate->title);
              if (strcmp (title, key) == 0)
                row = candidate, at = r;
            }
          if (row == NULL)
            {
              row = aligned_phase_new (phase, n_journeys);
              at = MIN (cursor, alignment->rows->len);
              g_ptr_array_insert (alignment->rows, at, row);
            }
          row->phases[j] = phase;
          cursor = MAX (cursor, at + 1);

          sum = g_hash_table_lookup (sums, tp_element_get_id (TP_ELEMENT (phase)));
          if (sum != NULL)
            {
              row->has_emotion[j] = TRUE;
              row->emotion[j] = sum[0] / sum[1];
            }
        }
    }

  for (guint r = 0; r < alignment->rows->len; r++)
    {
      TpAlignedPhase *row = g_ptr_array_index (alignment->rows, r);

      row->matched = TRUE;
      for (guint j = 0; j < n_journeys; j++)
        row->matched &= row->phases[j] != NULL;
      alignment->n_unmatched += !row->matched;
    }
  return alignment;
}

void
tp_phase_alignment_free (TpPhaseAlignment *alignment)
{
  if (alignment == NULL)
    return;
  g_ptr_array_unref (alignment->rows);
  g_free (alignment->journeys);
  g_free (alignment);
}

/* --- Current vs future --------------------------------------------------- */

static TpLane *
lane_of (TpCard *card)
{
  TpProject *project = tp_element_get_project (TP_ELEMENT (card));
  TpElement *parent = tp_element_get_parent (TP_ELEMENT (card));
  GPtrArray *lanes;

  if (project != NULL)
    {
      TpElement *lane = tp_project_lookup (project, tp_card_get_lane (card));

      return lane != NULL && TP_IS_LANE (lane) ? TP_LANE (lane) : NULL;
    }
  if (parent == NULL || !TP_IS_JOURNEY (parent))
    return NULL;
  lanes = tp_journey_get_lanes (TP_JOURNEY (parent));
  for (guint i = 0; i < lanes->len; i++)
    if (g_strcmp0 (tp_element_get_id (g_ptr_array_index (lanes, i)), tp_card_get_lane (card)) == 0)
      return g_ptr_array_index (lanes, i);
  return NULL;
}

/* Normalised title and lane kind: how cards of two journeys are matched without ids. */
static char *
match_key (TpCard *card)
{
  g_autofree char *title = tp_analysis_normalize_title (tp_card_get_title (card));
  TpLane *lane = lane_of (card);

  return g_strdup_printf ("%d\x1f%s", lane != NULL ? (int) tp_lane_get_kind (lane) : -1, title);
}

static gboolean
same_lane (TpCard *a,
           TpCard *b)
{
  TpLane *x = lane_of (a), *y = lane_of (b);
  g_autofree char *tx = NULL, *ty = NULL;

  if (x == NULL || y == NULL)
    return x == y;
  tx = tp_analysis_normalize_title (tp_lane_get_title (x));
  ty = tp_analysis_normalize_title (tp_lane_get_title (y));
  return tp_lane_get_kind (x) == tp_lane_get_kind (y) && strcmp (tx, ty) == 0;
}

static void
metric_diff_clear (gpointer data)
{
  TpMetricDiff *diff = data;

  g_free (diff->label);
  g_free (diff->unit);
}

/* The @n-th metric of @card with @kind and @label, or NULL. */
static TpMetric *
nth_metric (TpCard       *card,
            TpMetricKind  kind,
            const char   *label,
            guint         n)
{
  GPtrArray *metrics = tp_card_get_metrics (card);

  for (guint i = 0; i < metrics->len; i++)
    {
      TpMetric *metric = g_ptr_array_index (metrics, i);

      if (tp_metric_get_kind (metric) == kind
          && g_strcmp0 (tp_metric_get_label (metric), label) == 0 && n-- == 0)
        return metric;
    }
  return NULL;
}

static guint
count_metrics (TpCard       *card,
               TpMetricKind  kind,
               const char   *label)
{
  guint n = 0;

  while (nth_metric (card, kind, label, n) != NULL)
    n++;
  return n;
}

/* Adds the metric differences of a matched pair of touchpoints; TRUE when any. */
static gboolean
diff_metrics (TpJourneyDiff *diff,
              TpCard        *current,
              TpCard        *future)
{
  gboolean changed = FALSE;
  TpCard *sides[] = { current, future };

  for (guint s = 0; s < 2; s++)
    {
      GPtrArray *metrics = tp_card_get_metrics (sides[s]);

      for (guint i = 0; i < metrics->len; i++)
        {
          TpMetric *metric = g_ptr_array_index (metrics, i);
          TpMetricKind kind = tp_metric_get_kind (metric);
          const char *label = tp_metric_get_label (metric);
          guint n = 0;
          TpMetric *before, *after;

          /* Which occurrence of its kind and label this metric is. */
          for (guint k = 0; k < i; k++)
            if (tp_metric_get_kind (g_ptr_array_index (metrics, k)) == kind
                && g_strcmp0 (tp_metric_get_label (g_ptr_array_index (metrics, k)), label) == 0)
              n++;
          before = nth_metric (current, kind, label, n);
          after = nth_metric (future, kind, label, n);
          /* Pairs are reported once, from the current side. */
          if (s == 1 && before != NULL)
            continue;
          if (before != NULL && after != NULL
              && tp_metric_get_value (before) == tp_metric_get_value (after)
              && g_strcmp0 (tp_metric_get_unit (before), tp_metric_get_unit (after)) == 0)
            continue;
          {
            TpMetricDiff item = { current, future, kind, g_strdup (label),
                                  before != NULL, before != NULL ? tp_metric_get_value (before) : 0,
                                  after != NULL, after != NULL ? tp_metric_get_value (after) : 0,
                                  g_strdup (tp_metric_get_unit (after != NULL ? after : before)) };

            g_array_append_val (diff->metrics, item);
            changed = TRUE;
          }
        }
    }
  (void) count_metrics;
  return changed;
}

static gboolean
same_content (TpCard *a,
              TpCard *b)
{
  return g_strcmp0 (tp_card_get_title (a), tp_card_get_title (b)) == 0
         && g_strcmp0 (tp_card_get_description (a), tp_card_get_description (b)) == 0
         && tp_card_get_kind (a) == tp_card_get_kind (b)
         && tp_card_get_evidence (a) == tp_card_get_evidence (b)
         && tp_card_get_emotion_score (a) == tp_card_get_emotion_score (b)
         && tp_card_get_severity (a) == tp_card_get_severity (b)
         && tp_card_get_impact (a) == tp_card_get_impact (b)
         && tp_card_get_effort (a) == tp_card_get_effort (b);
}

TpJourneyDiff *
tp_analysis_diff (TpJourney *current,
                  TpJourney *future)
{
  TpJourney *pair[2] = { current, future };
  g_autoptr(GPtrArray) current_cards = NULL;
  g_autoptr(GPtrArray) future_cards = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) row_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_queue_free);
  g_autofree TpCard **partner = NULL;
  g_autofree gboolean *partner_by_id = NULL;
  TpJourneyDiff *diff;

  g_return_val_if_fail (TP_IS_JOURNEY (current) && TP_IS_JOURNEY (future), NULL);

  diff = g_new0 (TpJourneyDiff, 1);
  diff->alignment = tp_analysis_align (pair, 2);
  diff->cards = g_array_new (FALSE, FALSE, sizeof (TpCardDiff));
  diff->metrics = g_array_new (FALSE, FALSE, sizeof (TpMetricDiff));
  g_array_set_clear_func (diff->metrics, metric_diff_clear);

  for (guint r = 0; r < diff->alignment->rows->len; r++)
    {
      TpAlignedPhase *row = g_ptr_array_index (diff->alignment->rows, r);

      for (guint j = 0; j < 2; j++)
        if (row->phases[j] != NULL)
          g_hash_table_insert (row_of, row->phases[j], GUINT_TO_POINTER (r + 1));
    }

  current_cards = _tp_analysis_cards_in_map_order (current);
  future_cards = _tp_analysis_cards_in_map_order (future);
  partner = g_new0 (TpCard *, future_cards->len + 1);
  partner_by_id = g_new0 (gboolean, future_cards->len + 1);

  /* First by id (a future made from the current with the same ids) … */
  for (guint i = 0; i < current_cards->len; i++)
    g_hash_table_insert (by_id, (gpointer) tp_element_get_id (g_ptr_array_index (current_cards, i)),
                         g_ptr_array_index (current_cards, i));
  for (guint i = 0; i < future_cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (future_cards, i);
      TpCard *other = g_hash_table_lookup (by_id, tp_element_get_id (TP_ELEMENT (card)));

      if (other != NULL && other != card && !g_hash_table_contains (matched, other))
        {
          partner[i] = other;
          partner_by_id[i] = TRUE;
          g_hash_table_add (matched, other);
        }
    }

  /* … then by title and lane kind, pairing repeated titles in map order. */
  for (guint i = 0; i < current_cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (current_cards, i);
      char *key;
      GQueue *queue;

      if (g_hash_table_contains (matched, card))
        continue;
      key = match_key (card);
      queue = g_hash_table_lookup (by_key, key);
      if (queue == NULL)
        g_hash_table_insert (by_key, key, queue = g_queue_new ());
      else
        g_free (key);
      g_queue_push_tail (queue, card);
    }
  for (guint i = 0; i < future_cards->len; i++)
    {
      g_autofree char *key = NULL;
      GQueue *queue;

      if (partner[i] != NULL)
        continue;
      key = match_key (g_ptr_array_index (future_cards, i));
      queue = g_hash_table_lookup (by_key, key);
      if (queue != NULL && !g_queue_is_empty (queue))
        {
          partner[i] = g_queue_pop_head (queue);
          g_hash_table_add (matched, partner[i]);
        }
    }

  for (guint i = 0; i < future_cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (future_cards, i);
      TpCardDiff item = { TP_CARD_DIFF_ADDED, partner[i], card, partner_by_id[i] };

      if (partner[i] != NULL)
        {
          TpElement *old_phase = tp_project_lookup (tp_element_get_project (TP_ELEMENT (current)),
                                                    tp_card_get_phase (partner[i]));
          TpElement *new_phase = tp_project_lookup (tp_element_get_project (TP_ELEMENT (future)),
                                                    tp_card_get_phase (card));
          gboolean metrics_changed = diff_metrics (diff, partner[i], card);

          if (g_hash_table_lookup (row_of, old_phase) != g_hash_table_lookup (row_of, new_phase)
              || !same_lane (partner[i], card))
            item.kind = TP_CARD_DIFF_MOVED, diff->n_moved++;
          else if (metrics_changed || !same_content (partner[i], card))
            item.kind = TP_CARD_DIFF_CHANGED, diff->n_changed++;
          else
            item.kind = TP_CARD_DIFF_SAME;
        }
      else
        diff->n_added++;
      g_array_append_val (diff->cards, item);
    }
  for (guint i = 0; i < current_cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (current_cards, i);
      TpCardDiff item = { TP_CARD_DIFF_REMOVED, card, NULL, FALSE };

      if (g_hash_table_contains (matched, card))
        continue;
      g_array_append_val (diff->cards, item);
      diff->n_removed++;
    }
  return diff;
}

void
tp_journey_diff_free (TpJourneyDiff *diff)
{
  if (diff == NULL)
    return;
  tp_phase_alignment_free (diff->alignment);
  g_array_unref (diff->cards);
  g_array_unref (diff->metrics);
  g_free (diff);
}
