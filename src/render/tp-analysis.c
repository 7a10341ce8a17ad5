/* tp-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Roll-ups per phase, pain-point rankings with the Pareto cut, and the
 * impact/effort matrix. Comparisons are in tp-analysis-compare.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tp-analysis-private.h"

/* The vital few reach this share of the total weight. */
#define PARETO_CUT 0.8

/* --- Map order ----------------------------------------------------------- */

static GHashTable *
index_by_id (GPtrArray *elements)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < elements->len; i++)
    g_hash_table_insert (table, (gpointer) tp_element_get_id (g_ptr_array_index (elements, i)),
                         GUINT_TO_POINTER (i + 1));
  return table;
}

int
_tp_analysis_phase_index (GHashTable *phases,
                          TpCard     *card)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (phases, tp_card_get_phase (card))) - 1;
}

typedef struct {
  TpCard *card;
  int     phase;
  int     lane;
  guint   order;
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *x = a, *y = b;

  if (x->phase != y->phase)
    return x->phase < y->phase ? -1 : 1;
  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

GPtrArray *
_tp_analysis_cards_in_map_order (TpJourney *journey)
{
  g_autoptr(GHashTable) phases = index_by_id (tp_journey_get_phases (journey));
  g_autoptr(GHashTable) lanes = index_by_id (tp_journey_get_lanes (journey));
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autofree Placed *placed = g_new (Placed, MAX (cards->len, 1));
  GPtrArray *ordered = g_ptr_array_new_full (cards->len, NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);

      placed[i].card = card;
      placed[i].phase = _tp_analysis_phase_index (phases, card);
      placed[i].lane = GPOINTER_TO_INT (g_hash_table_lookup (lanes, tp_card_get_lane (card))) - 1;
      placed[i].order = i;
    }
  qsort (placed, cards->len, sizeof (Placed), compare_placed);
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (ordered, placed[i].card);
  return ordered;
}

/* --- Roll-ups ------------------------------------------------------------ */

gboolean
tp_analysis_time_to_seconds (double      value,
                             const char *unit,
                             double     *seconds)
{
  static const struct {
    const char *names;
    double      factor;
  } units[] = {
    { "s sec secs second seconds", 1 },
    { "min mins minute minutes", 60 },
    { "h hr hrs hour hours", 3600 },
    { "d day days", 86400 },
    { "w wk wks week weeks", 604800 },
  };
  g_autofree char *wanted = g_ascii_strdown (unit != NULL ? unit : "", -1);

  g_strstrip (wanted);
  if (wanted[0] == '\0' || !isfinite (value))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_auto(GStrv) names = g_strsplit (units[i].names, " ", -1);

      if (g_strv_contains ((const char * const *) names, wanted))
        {
          *seconds = value * units[i].factor;
          return TRUE;
        }
    }
  return FALSE;
}

/* A percentage from a metric whose unit is "%" (or none). */
static gboolean
percent_of (TpMetric *metric,
            double   *percent)
{
  const char *unit = tp_metric_get_unit (metric);

  if (unit != NULL && unit[0] != '\0' && strcmp (unit, "%") != 0)
    return FALSE;
  *percent = CLAMP (tp_metric_get_value (metric), 0, 100);
  return TRUE;
}

/* The N of a "/N" scale, or 0. */
static double
scale_of (const char *unit)
{
  char *end = NULL;
  double scale;

  if (unit == NULL || unit[0] != '/')
    return 0;
  scale = g_ascii_strtod (unit + 1, &end);
  return end != unit + 1 && *end == '\0' && scale > 0 && isfinite (scale) ? scale : 0;
}

char *
tp_analysis_normalize_title (const char *title)
{
  g_autofree char *normal = g_utf8_normalize (title != NULL ? title : "", -1,
                                              G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  while (out->len > 0 && strchr (".!?…:;", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  /* "…" is three bytes; drop a trailing one whole. */
  while (g_str_has_suffix (out->str, "…"))
    g_string_truncate (out, out->len - strlen ("…"));
  return g_string_free (out, FALSE);
}

int
tp_analysis_find_purchase_phase (TpJourney *journey)
{
  /* The purchase phases of the templates (translated), and a few more words. */
  static const char * const template_titles[] = {
    N_("Purchase"), N_("Transaction"), N_("Conversion"), N_("Booking"), N_("Pay"),
  };
  static const char * const other_titles[] = { "Checkout", "Payment", "Buy" };
  GPtrArray *phases;
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TP_IS_JOURNEY (journey), -1);

  for (guint i = 0; i < G_N_ELEMENTS (template_titles); i++)
    {
      g_ptr_array_add (wanted, tp_analysis_normalize_title (template_titles[i]));
      g_ptr_array_add (wanted, tp_analysis_normalize_title (_(template_titles[i])));
    }
  for (guint i = 0; i < G_N_ELEMENTS (other_titles); i++)
    g_ptr_array_add (wanted, tp_analysis_normalize_title (other_titles[i]));

  phases = tp_journey_get_phases (journey);
  for (guint p = 0; p < phases->len; p++)
    {
      g_autofree char *title = tp_analysis_normalize_title (
        tp_phase_get_title (g_ptr_array_index (phases, p)));

      for (guint i = 0; i < wanted->len; i++)
        if (strcmp (title, g_ptr_array_index (wanted, i)) == 0)
          return (int) p;
    }
  return -1;
}

typedef struct {
  double conversion, drop_off, time, csat, nps, emotion;
  guint  n_conversion, n_drop_off, n_time, n_emotion;
} Sums;

static void
add_metric (TpPhaseRollup *rollup,
            Sums          *sums,
            TpMetric      *metric,
            GHashTable    *scales)
{
  double value;

  switch (tp_metric_get_kind (metric))
    {
    case TP_METRIC_KIND_CONVERSION_RATE:
      if (percent_of (metric, &value))
        sums->conversion += value, sums->n_conversion++;
      break;

    case TP_METRIC_KIND_DROP_OFF_RATE:
      if (percent_of (metric, &value))
        sums->drop_off += value, sums->n_drop_off++;
      break;

    case TP_METRIC_KIND_TIME_SPENT:
      if (tp_analysis_time_to_seconds (tp_metric_get_value (metric), tp_metric_get_unit (metric),
                                       &value))
        sums->time += value, sums->n_time++;
      else
        rollup->n_time_unreadable++;
      break;

    case TP_METRIC_KIND_CSAT:
      {
        double scale = scale_of (tp_metric_get_unit (metric));

        if (scale > 0)
          value = tp_metric_get_value (metric) / scale * 100;
        else if (g_strcmp0 (tp_metric_get_unit (metric), "%") == 0)
          value = tp_metric_get_value (metric);
        else
          break;
        g_hash_table_add (scales, g_strdup_printf ("%g", scale));
        sums->csat += CLAMP (value, 0, 100);
        rollup->n_csat++;
      }
      break;

    case TP_METRIC_KIND_NPS:
      sums->nps += CLAMP (tp_metric_get_value (metric), -100, 100);
      rollup->n_nps++;
      break;

    case TP_METRIC_KIND_REPEAT_PURCHASE_RATE:
    case TP_METRIC_KIND_CUSTOM:
    default:
      break;
    }
}

TpJourneyRollup *
tp_analysis_rollup (TpJourney *journey,
                    int        purchase_phase)
{
  g_autoptr(GHashTable) phase_index = NULL;
  g_autoptr(GHashTable) scales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree Sums *sums = NULL;
  GPtrArray *phases, *cards;
  TpJourneyRollup *rollup;
  double reach = 1;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  phases = tp_journey_get_phases (journey);
  cards = tp_journey_get_cards (journey);
  phase_index = index_by_id (phases);
  rollup = g_new0 (TpJourneyRollup, 1);
  rollup->n_phases = phases->len;
  rollup->phases = g_new0 (TpPhaseRollup, MAX (phases->len, 1));
  sums = g_new0 (Sums, MAX (phases->len, 1));

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      int p = _tp_analysis_phase_index (phase_index, card);
      TpPhaseRollup *phase;

      if (p < 0)
        continue;
      phase = &rollup->phases[p];
      phase->n_cards++;
      phase->n_evidence[tp_card_get_evidence (card)]++;
      switch (tp_card_get_kind (card))
        {
        case TP_CARD_KIND_TOUCHPOINT:
          {
            GPtrArray *metrics = tp_card_get_metrics (card);

            phase->n_touchpoints++;
            for (guint m = 0; m < metrics->len; m++)
              add_metric (phase, &sums[p], g_ptr_array_index (metrics, m), scales);
          }
          break;

        case TP_CARD_KIND_EMOTION:
          sums[p].emotion += tp_card_get_emotion_score (card);
          sums[p].n_emotion++;
          break;

        case TP_CARD_KIND_PAIN_POINT:
          phase->n_pain_points++;
          break;

        default:
          break;
        }
    }

  for (guint p = 0; p < phases->len; p++)
    {
      TpPhaseRollup *phase = &rollup->phases[p];
      Sums *s = &sums[p];

      phase->phase = g_ptr_array_index (phases, p);
      if (s->n_conversion > 0)
        {
          phase->has_conversion = TRUE;
          phase->conversion = s->conversion / s->n_conversion;
        }
      else if (s->n_drop_off > 0)
        {
          phase->has_conversion = TRUE;
          phase->conversion_from_drop_off = TRUE;
          phase->conversion = 100 - s->drop_off / s->n_drop_off;
        }
      if (phase->has_conversion)
        {
          reach *= phase->conversion / 100;
          phase->has_funnel = TRUE;
          phase->funnel = reach * 100;
        }
      phase->has_time = s->n_time > 0;
      phase->time_seconds = s->time;
      phase->has_csat = phase->n_csat > 0;
      phase->csat_percent = phase->has_csat ? s->csat / phase->n_csat : 0;
      phase->has_nps = phase->n_nps > 0;
      phase->nps = phase->has_nps ? s->nps / phase->n_nps : 0;
      phase->has_emotion = s->n_emotion > 0;
      phase->emotion_mean = phase->has_emotion ? s->emotion / s->n_emotion : 0;
    }

  if (g_hash_table_size (scales) == 1)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, scales);
      g_hash_table_iter_next (&iter, &key, NULL);
      rollup->csat_scale = g_ascii_strtod (key, NULL);
    }

  if (purchase_phase < 0 || (guint) purchase_phase >= phases->len)
    purchase_phase = tp_analysis_find_purchase_phase (journey);
  rollup->purchase_phase = purchase_phase;
  for (int p = 0; p < purchase_phase; p++)
    rollup->touchpoints_before_purchase += rollup->phases[p].n_touchpoints;

  return rollup;
}

void
tp_journey_rollup_free (TpJourneyRollup *rollup)
{
  if (rollup == NULL)
    return;
  g_free (rollup->phases);
  g_free (rollup);
}
