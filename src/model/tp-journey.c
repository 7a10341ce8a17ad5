/* tp-journey.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-journey.h"
#include "tp-card.h"
#include "tp-lane.h"
#include "tp-phase.h"
#include "tp-element-private.h"

struct _TpJourney
{
  TpElement parent_instance;

  char *title;
  char *persona;
  char *floor_plan;
  TpJourneyState state;
  TpLens lens;
  char *notes;
  char *current_state;
};

G_DEFINE_FINAL_TYPE (TpJourney, tp_journey, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PERSONA,
  PROP_FLOOR_PLAN,
  PROP_STATE,
  PROP_LENS,
  PROP_NOTES,
  PROP_CURRENT_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_journey_finalize (GObject *object)
{
  TpJourney *self = TP_JOURNEY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->persona, g_free);
  g_clear_pointer (&self->floor_plan, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->current_state, g_free);

  G_OBJECT_CLASS (tp_journey_parent_class)->finalize (object);
}

static void
tp_journey_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TpJourney *self = TP_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PERSONA:
      g_value_set_string (value, self->persona);
      break;

    case PROP_FLOOR_PLAN:
      g_value_set_string (value, self->floor_plan);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_LENS:
      g_value_set_enum (value, self->lens);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_CURRENT_STATE:
      g_value_set_string (value, self->current_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_journey_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TpJourney *self = TP_JOURNEY (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_TITLE:
      changed = _tp_set_string (&self->title, g_value_get_string (value));
      break;

    case PROP_PERSONA:
      changed = _tp_set_reference (&self->persona, g_value_get_string (value));
      break;

    case PROP_FLOOR_PLAN:
      changed = _tp_set_reference (&self->floor_plan, g_value_get_string (value));
      break;

    case PROP_STATE:
      if ((changed = (self->state != (TpJourneyState) g_value_get_enum (value))))
        self->state = g_value_get_enum (value);
      break;

    case PROP_LENS:
      if ((changed = (self->lens != (TpLens) g_value_get_enum (value))))
        self->lens = g_value_get_enum (value);
      break;

    case PROP_NOTES:
      changed = _tp_set_string (&self->notes, g_value_get_string (value));
      break;

    case PROP_CURRENT_STATE:
      changed = _tp_set_reference (&self->current_state, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_journey_class_init (TpJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_journey_finalize;
  object_class->get_property = tp_journey_get_property;
  object_class->set_property = tp_journey_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_PERSONA] = g_param_spec_string ("persona", NULL, NULL, NULL, flags);
  properties[PROP_FLOOR_PLAN] = g_param_spec_string ("floor-plan", NULL, NULL, NULL, flags);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       TP_TYPE_JOURNEY_STATE, TP_JOURNEY_STATE_CURRENT, flags);
  properties[PROP_LENS] =
    g_param_spec_enum ("lens", NULL, NULL, TP_TYPE_LENS, TP_LENS_CUSTOM, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_CURRENT_STATE] = g_param_spec_string ("current-state", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_journey_init (TpJourney *self)
{
  self->title = g_strdup ("");
  self->lens = TP_LENS_CUSTOM;
  self->notes = g_strdup ("");
}

TpJourney *
tp_journey_new (const char *id)
{
  return g_object_new (TP_TYPE_JOURNEY, "id", id, NULL);
}

const char *
tp_journey_get_current_state (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return self->current_state;
}

const char *
tp_journey_get_title (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return self->title;
}

const char *
tp_journey_get_persona (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return self->persona;
}

const char *
tp_journey_get_floor_plan (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return self->floor_plan;
}

TpJourneyState
tp_journey_get_state (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), 0);

  return self->state;
}

TpLens
tp_journey_get_lens (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), 0);

  return self->lens;
}

const char *
tp_journey_get_notes (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return self->notes;
}

GPtrArray *
tp_journey_get_phases (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_PHASES);
}

GPtrArray *
tp_journey_get_lanes (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_LANES);
}

GPtrArray *
tp_journey_get_cards (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_CARDS);
}

GPtrArray *
tp_journey_get_connections (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_CONNECTIONS);
}

TpConnection *
tp_journey_find_connection (TpJourney  *self,
                            const char *from_id,
                            const char *to_id)
{
  GPtrArray *connections;

  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  connections = tp_journey_get_connections (self);
  for (guint i = 0; connections != NULL && i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);

      if (g_strcmp0 (tp_connection_get_from (connection), from_id) == 0
          && g_strcmp0 (tp_connection_get_to (connection), to_id) == 0)
        return connection;
    }
  return NULL;
}

GPtrArray *
tp_journey_get_placements (TpJourney *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_PLACEMENTS);
}

GPtrArray *
tp_journey_get_cell_cards (TpJourney *self,
                           TpPhase   *phase,
                           TpLane    *lane)
{
  GPtrArray *cards;
  GPtrArray *cell;
  const char *phase_id;
  const char *lane_id;

  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (TP_IS_PHASE (phase), NULL);
  g_return_val_if_fail (TP_IS_LANE (lane), NULL);

  cards = tp_journey_get_cards (self);
  cell = g_ptr_array_new ();
  phase_id = tp_element_get_id (TP_ELEMENT (phase));
  lane_id = tp_element_get_id (TP_ELEMENT (lane));

  if (phase_id == NULL || lane_id == NULL)
    return cell;

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);

      if (g_strcmp0 (tp_card_get_phase (card), phase_id) == 0 &&
          g_strcmp0 (tp_card_get_lane (card), lane_id) == 0)
        g_ptr_array_add (cell, card);
    }

  return cell;
}

typedef struct
{
  TpCard *card;
  guint   phase;
  guint   lane;
  guint   index;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *ka = a;
  const Keyed *kb = b;

  if (ka->phase != kb->phase)
    return ka->phase < kb->phase ? -1 : 1;
  if (ka->lane != kb->lane)
    return ka->lane < kb->lane ? -1 : 1;
  if (ka->index != kb->index)
    return ka->index < kb->index ? -1 : 1;

  return 0;
}

static GHashTable *
index_by_id (GPtrArray *elements)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < elements->len; i++)
    {
      const char *id = tp_element_get_id (g_ptr_array_index (elements, i));

      if (id != NULL && !g_hash_table_contains (table, id))
        g_hash_table_insert (table, (gpointer) id, GUINT_TO_POINTER (i));
    }

  return table;
}

GPtrArray *
tp_journey_get_emotion_cards (TpJourney *self)
{
  g_autoptr(GHashTable) phases = NULL;
  g_autoptr(GHashTable) lanes = NULL;
  g_autoptr(GArray) keyed = NULL;
  GPtrArray *cards;
  GPtrArray *result;

  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  phases = index_by_id (tp_journey_get_phases (self));
  lanes = index_by_id (tp_journey_get_lanes (self));
  cards = tp_journey_get_cards (self);
  keyed = g_array_new (FALSE, FALSE, sizeof (Keyed));

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      gpointer phase, lane;
      Keyed k;

      if (tp_card_get_kind (card) != TP_CARD_KIND_EMOTION ||
          tp_card_get_phase (card) == NULL ||
          tp_card_get_lane (card) == NULL ||
          !g_hash_table_lookup_extended (phases, tp_card_get_phase (card), NULL, &phase) ||
          !g_hash_table_lookup_extended (lanes, tp_card_get_lane (card), NULL, &lane))
        continue;

      k.card = card;
      k.phase = GPOINTER_TO_UINT (phase);
      k.lane = GPOINTER_TO_UINT (lane);
      k.index = i;
      g_array_append_val (keyed, k);
    }

  g_array_sort (keyed, compare_keyed);

  result = g_ptr_array_sized_new (keyed->len);
  for (guint i = 0; i < keyed->len; i++)
    g_ptr_array_add (result, g_array_index (keyed, Keyed, i).card);

  return result;
}

static gboolean
phase_has_color (TpPhase    *phase,
                 const char *color)
{
  return phase != NULL && g_ascii_strcasecmp (tp_phase_get_color (phase), color) == 0;
}

const char *
tp_journey_suggest_phase_color (TpJourney *self,
                                guint      index)
{
  GPtrArray *phases;
  const char * const *palette;
  TpPhase *before, *after;
  guint n_colors;

  g_return_val_if_fail (TP_IS_JOURNEY (self), NULL);

  phases = tp_journey_get_phases (self);
  palette = tp_phase_get_palette (&n_colors);
  index = MIN (index, phases->len);

  for (guint c = 0; c < n_colors; c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < phases->len && !used; i++)
        used = phase_has_color (g_ptr_array_index (phases, i), palette[c]);
      if (!used)
        return palette[c];
    }

  /* Every colour is taken: one that tells the new phase from its neighbours. */
  before = index > 0 ? g_ptr_array_index (phases, index - 1) : NULL;
  after = index < phases->len ? g_ptr_array_index (phases, index) : NULL;
  for (guint c = 0; c < n_colors; c++)
    if (!phase_has_color (before, palette[c]) && !phase_has_color (after, palette[c]))
      return palette[c];

  return palette[0];
}
