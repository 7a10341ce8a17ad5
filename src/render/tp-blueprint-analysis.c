/* tp-blueprint-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The time of a phase is a longest path in a graph that may have loops: the
 * strongly connected components (Tarjan, without recursion, so a hostile
 * file with a million cards in one phase cannot overflow the stack) become
 * the nodes of a DAG weighted by the sum of their cards' durations; Tarjan
 * emits the components sinks first, which is the order the longest path
 * needs.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-blueprint-analysis.h"
#include "tp-blueprint-layout.h"

struct _TpBlueprintAnalysis
{
  GArray     *handoffs;     /* TpHandoff */
  GHashTable *handoff_of;   /* TpConnection → index + 1 */
  GPtrArray  *counts;       /* TpHandoffCount */
  GPtrArray  *unowned;      /* TpCard */
  GHashTable *unowned_set;
  GArray     *phase_times;  /* TpPhaseTime */
};

static void
count_free (gpointer p)
{
  TpHandoffCount *c = p;

  g_free (c->department_a);
  g_free (c->department_b);
  g_free (c);
}

/* The key departments are compared by. */
static char *
department_key (const char *department)
{
  g_autofree char *stripped = g_strstrip (g_strdup (department != NULL ? department : ""));

  return g_utf8_casefold (stripped, -1);
}

static TpBlueprintZone
card_zone (GHashTable *lane_of,
           TpCard     *card)
{
  TpLane *lane = g_hash_table_lookup (lane_of, tp_card_get_lane (card));

  if (lane == NULL || tp_lane_get_hidden_in_blueprint (lane))
    return TP_BLUEPRINT_ZONE_NONE;
  return tp_blueprint_zone_for_lane_kind (tp_lane_get_kind (lane));
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const TpHandoffCount *ca = *(TpHandoffCount **) a, *cb = *(TpHandoffCount **) b;
  int order;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  if ((order = g_utf8_collate (ca->department_a, cb->department_a)) != 0)
    return order;
  return g_utf8_collate (ca->department_b, cb->department_b);
}

static void
count_pair (TpBlueprintAnalysis *self,
            GHashTable          *by_key,
            const char          *a,
            const char          *b)
{
  g_autofree char *ka = department_key (a);
  g_autofree char *kb = department_key (b);
  g_autofree char *key = NULL;
  TpHandoffCount *count;
  gboolean swap = strcmp (ka, kb) > 0;

  key = swap ? g_strconcat (kb, "\n", ka, NULL) : g_strconcat (ka, "\n", kb, NULL);
  count = g_hash_table_lookup (by_key, key);
  if (count == NULL)
    {
      count = g_new0 (TpHandoffCount, 1);
      count->department_a = g_strstrip (g_strdup (swap ? b : a));
      count->department_b = g_strstrip (g_strdup (swap ? a : b));
      count->within = g_str_equal (ka, kb);
      g_ptr_array_add (self->counts, count);
      g_hash_table_insert (by_key, g_steal_pointer (&key), count);
    }
  count->count++;
}

static void
find_handoffs (TpBlueprintAnalysis *self,
               TpJourney           *journey,
               GHashTable          *card_of,
               GHashTable          *lane_of)
{
  GPtrArray *connections = tp_journey_get_connections (journey);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; connections != NULL && i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      TpCard *from = g_hash_table_lookup (card_of, tp_connection_get_from (connection));
      TpCard *to = g_hash_table_lookup (card_of, tp_connection_get_to (connection));
      TpBlueprintZone zf, zt;
      TpHandoff handoff = { connection, from, to, 0 };
      g_autofree char *kf = NULL;
      g_autofree char *kt = NULL;

      if (from == NULL || to == NULL)
        continue;
      zf = card_zone (lane_of, from);
      zt = card_zone (lane_of, to);
      if (zf == TP_BLUEPRINT_ZONE_NONE || zt == TP_BLUEPRINT_ZONE_NONE)
        continue;

      kf = department_key (tp_card_get_department (from));
      kt = department_key (tp_card_get_department (to));
      if (*kf != '\0' && *kt != '\0' && strcmp (kf, kt) != 0)
        handoff.reasons |= TP_HANDOFF_DEPARTMENTS;
      if ((zf <= TP_BLUEPRINT_ZONE_FRONTSTAGE) != (zt <= TP_BLUEPRINT_ZONE_FRONTSTAGE))
        handoff.reasons |= TP_HANDOFF_VISIBILITY;
      if ((zf == TP_BLUEPRINT_ZONE_SUPPORT) != (zt == TP_BLUEPRINT_ZONE_SUPPORT))
        handoff.reasons |= TP_HANDOFF_INTERNAL;
      if (handoff.reasons == 0)
        continue;

      g_array_append_val (self->handoffs, handoff);
      g_hash_table_insert (self->handoff_of, connection, GUINT_TO_POINTER (self->handoffs->len));
      count_pair (self, by_key, tp_card_get_department (from), tp_card_get_department (to));
    }
  g_ptr_array_sort (self->counts, compare_counts);
}

/* --- time per phase ------------------------------------------------------ */

typedef struct {
  guint   n;
  TpCard **cards;
  GArray **out;     /* node → successors (guint) */
} Graph;

typedef struct {
  guint node;
  guint next_edge;
} Frame;

/* Tarjan's strongly connected components without recursion: component[]
 * numbered in the order they complete (sinks first). Returns their count. */
static guint
components (Graph *g,
            guint *component)
{
  g_autofree guint *index = g_new (guint, g->n);
  g_autofree guint *low = g_new (guint, g->n);
  g_autofree gboolean *on_stack = g_new0 (gboolean, g->n);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  guint counter = 0, n_components = 0;

  for (guint i = 0; i < g->n; i++)
    index[i] = G_MAXUINT;

  for (guint root = 0; root < g->n; root++)
    {
      Frame start = { root, 0 };

      if (index[root] != G_MAXUINT)
        continue;
      index[root] = low[root] = counter++;
      g_array_append_val (stack, root);
      on_stack[root] = TRUE;
      g_array_append_val (frames, start);

      while (frames->len > 0)
        {
          Frame *f = &g_array_index (frames, Frame, frames->len - 1);
          guint v = f->node;

          if (f->next_edge < g->out[v]->len)
            {
              guint w = g_array_index (g->out[v], guint, f->next_edge++);

              if (index[w] == G_MAXUINT)
                {
                  Frame next = { w, 0 };

                  index[w] = low[w] = counter++;
                  g_array_append_val (stack, w);
                  on_stack[w] = TRUE;
                  g_array_append_val (frames, next);
                }
              else if (on_stack[w])
                low[v] = MIN (low[v], index[w]);
              continue;
            }

          if (low[v] == index[v])
            {
              guint w;

              do
                {
                  w = g_array_index (stack, guint, stack->len - 1);
                  g_array_set_size (stack, stack->len - 1);
                  on_stack[w] = FALSE;
                  component[w] = n_components;
                }
              while (w != v);
              n_components++;
            }
          g_array_set_size (frames, frames->len - 1);
          if (frames->len > 0)
            {
              guint parent = g_array_index (frames, Frame, frames->len - 1).node;

              low[parent] = MIN (low[parent], low[v]);
            }
        }
    }
  return n_components;
}

static void
phase_time (TpPhaseTime *time,
            Graph       *g)
{
  g_autofree guint *component = g_new (guint, MAX (g->n, 1));
  guint n_comp = components (g, component);
  g_autofree double *weight = g_new0 (double, n_comp + 1);
  g_autofree double *best = g_new0 (double, n_comp + 1);
  g_autofree guint *next = g_new (guint, n_comp + 1);
  g_autofree guint *size = g_new0 (guint, n_comp + 1);
  g_autofree gboolean *looped = g_new0 (gboolean, n_comp + 1);
  g_autofree guint *first = g_new0 (guint, n_comp + 1);
  g_autofree guint *fill = g_new0 (guint, n_comp + 1);
  g_autofree guint *members = g_new (guint, MAX (g->n, 1));
  guint top = G_MAXUINT;

  for (guint v = 0; v < g->n; v++)
    {
      weight[component[v]] += tp_card_get_duration (g->cards[v]);
      size[component[v]]++;
      for (guint e = 0; e < g->out[v]->len; e++)
        if (g_array_index (g->out[v], guint, e) == v)
          looped[component[v]] = TRUE;
    }

  /* The cards of each component, together (counting sort). */
  for (guint c = 0; c < n_comp; c++)
    first[c + 1] = first[c] + size[c];
  for (guint v = 0; v < g->n; v++)
    members[first[component[v]] + fill[component[v]]++] = v;

  /* Components complete sinks first: a successor's best is known. */
  for (guint c = 0; c < n_comp; c++)
    {
      best[c] = weight[c];
      next[c] = G_MAXUINT;
      for (guint m = first[c]; m < first[c + 1]; m++)
        {
          guint v = members[m];

          for (guint e = 0; e < g->out[v]->len; e++)
            {
              guint d = component[g_array_index (g->out[v], guint, e)];

              if (d != c && weight[c] + best[d] > best[c])
                {
                  best[c] = weight[c] + best[d];
                  next[c] = d;
                }
            }
        }
    }

  for (guint c = 0; c < n_comp; c++)
    if (top == G_MAXUINT || best[c] > best[top])
      top = c;

  time->minutes = top == G_MAXUINT ? 0 : best[top];
  for (guint c = top; c != G_MAXUINT && time->minutes > 0; c = next[c])
    for (guint m = first[c]; m < first[c + 1]; m++)
      g_ptr_array_add (time->path, g->cards[members[m]]);
  for (guint v = 0; v < g->n; v++)
    if (size[component[v]] > 1 || looped[component[v]])
      g_ptr_array_add (time->loop, g->cards[v]);
}

static void
find_phase_times (TpBlueprintAnalysis *self,
                  TpJourney           *journey,
                  GHashTable          *lane_of)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  GPtrArray *connections = tp_journey_get_connections (journey);
  guint n_phases = phases != NULL ? phases->len : 0;
  g_autoptr(GHashTable) phase_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) node_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) phase_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree Graph *graphs = g_new0 (Graph, n_phases + 1);

  for (guint p = 0; p < n_phases; p++)
    g_hash_table_insert (phase_index,
                         (gpointer) tp_element_get_id (TP_ELEMENT (g_ptr_array_index (phases, p))),
                         GUINT_TO_POINTER (p + 1));

  /* Nodes: the shown cards of each phase, in card order. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; cards != NULL && i < cards->len; i++)
      {
        TpCard *card = g_ptr_array_index (cards, i);
        guint p = GPOINTER_TO_UINT (g_hash_table_lookup (phase_index, tp_card_get_phase (card)));
        Graph *g;

        if (p == 0 || card_zone (lane_of, card) == TP_BLUEPRINT_ZONE_NONE)
          continue;
        g = &graphs[p - 1];
        if (pass == 0)
          {
            g->n++;
            continue;
          }
        if (g->cards == NULL)
          {
            g->cards = g_new (TpCard *, g->n);
            g->out = g_new (GArray *, g->n);
            g->n = 0;
          }
        g->cards[g->n] = card;
        g->out[g->n] = g_array_new (FALSE, FALSE, sizeof (guint));
        g_hash_table_insert (node_of, (gpointer) tp_element_get_id (TP_ELEMENT (card)),
                             GUINT_TO_POINTER (g->n + 1));
        g_hash_table_insert (phase_of, (gpointer) tp_element_get_id (TP_ELEMENT (card)),
                             GUINT_TO_POINTER (p));
        g->n++;
      }

  for (guint i = 0; connections != NULL && i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      const char *from = tp_connection_get_from (connection), *to = tp_connection_get_to (connection);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (node_of, from));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (node_of, to));
      guint pa = GPOINTER_TO_UINT (g_hash_table_lookup (phase_of, from));
      Graph *g;

      if (a == 0 || b == 0 || tp_connection_get_kind (connection) == TP_CONNECTION_KIND_REWORK
          || pa != GPOINTER_TO_UINT (g_hash_table_lookup (phase_of, to)))
        continue;
      g = &graphs[pa - 1];
      if (tp_connection_get_kind (connection) == TP_CONNECTION_KIND_DEPENDS_ON)
        g_array_append_val (g->out[b - 1], (guint) { a - 1 });
      else
        g_array_append_val (g->out[a - 1], (guint) { b - 1 });
    }

  for (guint p = 0; p < n_phases; p++)
    {
      TpPhaseTime time = { g_ptr_array_index (phases, p), 0, g_ptr_array_new (), g_ptr_array_new () };
      Graph *g = &graphs[p];

      if (g->n > 0)
        phase_time (&time, g);
      g_array_append_val (self->phase_times, time);
      for (guint v = 0; v < g->n; v++)
        g_array_unref (g->out[v]);
      g_free (g->cards);
      g_free (g->out);
    }
}

TpBlueprintAnalysis *
tp_blueprint_analysis_new (TpJourney *journey)
{
  TpBlueprintAnalysis *self;
  g_autoptr(GHashTable) card_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lane_of = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *cards, *lanes;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  self = g_new0 (TpBlueprintAnalysis, 1);
  self->handoffs = g_array_new (FALSE, FALSE, sizeof (TpHandoff));
  self->handoff_of = g_hash_table_new (NULL, NULL);
  self->counts = g_ptr_array_new_with_free_func (count_free);
  self->unowned = g_ptr_array_new ();
  self->unowned_set = g_hash_table_new (NULL, NULL);
  self->phase_times = g_array_new (FALSE, FALSE, sizeof (TpPhaseTime));

  lanes = tp_journey_get_lanes (journey);
  for (guint i = 0; lanes != NULL && i < lanes->len; i++)
    g_hash_table_insert (lane_of, (gpointer) tp_element_get_id (g_ptr_array_index (lanes, i)),
                         g_ptr_array_index (lanes, i));
  cards = tp_journey_get_cards (journey);
  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      TpBlueprintZone zone = card_zone (lane_of, card);
      g_autofree char *key = NULL;

      g_hash_table_insert (card_of, (gpointer) tp_element_get_id (TP_ELEMENT (card)), card);
      if (zone != TP_BLUEPRINT_ZONE_FRONTSTAGE && zone != TP_BLUEPRINT_ZONE_BACKSTAGE
          && zone != TP_BLUEPRINT_ZONE_SUPPORT)
        continue;
      key = department_key (tp_card_get_department (card));
      if (*key == '\0')
        {
          g_ptr_array_add (self->unowned, card);
          g_hash_table_add (self->unowned_set, card);
        }
    }

  find_handoffs (self, journey, card_of, lane_of);
  find_phase_times (self, journey, lane_of);
  return self;
}

void
tp_blueprint_analysis_free (TpBlueprintAnalysis *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->phase_times->len; i++)
    {
      TpPhaseTime *time = &g_array_index (self->phase_times, TpPhaseTime, i);

      g_ptr_array_unref (time->path);
      g_ptr_array_unref (time->loop);
    }
  g_array_unref (self->phase_times);
  g_array_unref (self->handoffs);
  g_hash_table_unref (self->handoff_of);
  g_ptr_array_unref (self->counts);
  g_ptr_array_unref (self->unowned);
  g_hash_table_unref (self->unowned_set);
  g_free (self);
}

guint
tp_blueprint_analysis_get_n_handoffs (TpBlueprintAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->handoffs->len;
}

const TpHandoff *
tp_blueprint_analysis_get_handoff (TpBlueprintAnalysis *self,
                                   guint                i)
{
  g_return_val_if_fail (self != NULL && i < self->handoffs->len, NULL);
  return &g_array_index (self->handoffs, TpHandoff, i);
}

const TpHandoff *
tp_blueprint_analysis_find_handoff (TpBlueprintAnalysis *self,
                                    TpConnection        *connection)
{
  guint i;

  g_return_val_if_fail (self != NULL, NULL);

  i = GPOINTER_TO_UINT (g_hash_table_lookup (self->handoff_of, connection));
  return i == 0 ? NULL : &g_array_index (self->handoffs, TpHandoff, i - 1);
}

GPtrArray *
tp_blueprint_analysis_get_counts (TpBlueprintAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->counts;
}

guint
tp_blueprint_analysis_count_between (TpBlueprintAnalysis *self,
                                     const char          *a,
                                     const char          *b)
{
  g_autofree char *ka = department_key (a);
  g_autofree char *kb = department_key (b);

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->counts->len; i++)
    {
      TpHandoffCount *count = g_ptr_array_index (self->counts, i);
      g_autofree char *ca = department_key (count->department_a);
      g_autofree char *cb = department_key (count->department_b);

      if ((strcmp (ca, ka) == 0 && strcmp (cb, kb) == 0) || (strcmp (ca, kb) == 0 && strcmp (cb, ka) == 0))
        return count->count;
    }
  return 0;
}

GPtrArray *
tp_blueprint_analysis_get_unowned (TpBlueprintAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unowned;
}

gboolean
tp_blueprint_analysis_is_unowned (TpBlueprintAnalysis *self,
                                  TpCard              *card)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return g_hash_table_contains (self->unowned_set, card);
}

const TpPhaseTime *
tp_blueprint_analysis_get_phase_time (TpBlueprintAnalysis *self,
                                      guint                i)
{
  g_return_val_if_fail (self != NULL && i < self->phase_times->len, NULL);
  return &g_array_index (self->phase_times, TpPhaseTime, i);
}

char *
tp_blueprint_format_minutes (double minutes)
{
  int m = (int) MIN (llround (MAX (minutes, 0)), G_MAXINT);
  int days = m / (24 * 60), hours = (m / 60) % 24, rest = m % 60;

  if (minutes > 0 && minutes < 1)
    /* Translators: a duration of less than a minute */
    return g_strdup (_("< 1 min"));
  if (days > 0 && hours > 0)
    /* Translators: a duration in days and hours */
    return g_strdup_printf (_("%d d %d h"), days, hours);
  if (days > 0)
    /* Translators: a duration in days */
    return g_strdup_printf (_("%d d"), days);
  if (hours > 0 && rest > 0)
    /* Translators: a duration in hours and minutes */
    return g_strdup_printf (_("%d h %d min"), hours, rest);
  if (hours > 0)
    /* Translators: a duration in hours */
    return g_strdup_printf (_("%d h"), hours);
  /* Translators: a duration in minutes */
  return g_strdup_printf (_("%d min"), rest);
}
