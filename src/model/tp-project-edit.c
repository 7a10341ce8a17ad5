/* tp-project-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edits built from the primitives: removal with everything that depends
 * on the removed elements, adding phases and lanes, adding and moving cards,
 * duplicating.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-model.h"
#include "tp-element-private.h"
#include "tp-project-private.h"

typedef struct
{
  TpElement *element;
  guint      index;
} Doomed;

typedef struct
{
  GHashTable *set;         /* TpElement* being removed */
  GArray     *doomed;      /* Doomed */
  GHashTable *journeys;    /* TpJourney* whose cards, links or stops may go */
  GHashTable *card_ids;    /* ids of cards being removed */
  GHashTable *cell_ids;    /* ids of phases and lanes being removed */
  GHashTable *plan_ids;    /* ids of floor plans being removed */
  GHashTable *persona_ids; /* ids of personas being removed */
  GHashTable *journey_ids; /* ids of journeys being removed */
} Removal;

static void
removal_init (Removal *r)
{
  r->set = g_hash_table_new (NULL, NULL);
  r->doomed = g_array_new (FALSE, FALSE, sizeof (Doomed));
  r->journeys = g_hash_table_new (NULL, NULL);
  r->card_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r->cell_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r->plan_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r->persona_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r->journey_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
removal_clear (Removal *r)
{
  g_hash_table_unref (r->set);
  g_array_unref (r->doomed);
  g_hash_table_unref (r->journeys);
  g_hash_table_unref (r->card_ids);
  g_hash_table_unref (r->cell_ids);
  g_hash_table_unref (r->plan_ids);
  g_hash_table_unref (r->persona_ids);
  g_hash_table_unref (r->journey_ids);
}

static void
doom (Removal   *r,
      TpElement *element,
      int        index)
{
  Doomed d;
  const char *id = tp_element_get_id (element);

  if (!g_hash_table_add (r->set, element))
    return;

  d.element = element;
  d.index = index >= 0 ? (guint) index : (guint) tp_element_get_index (element);
  g_array_append_val (r->doomed, d);

  if (TP_IS_CARD (element))
    {
      g_hash_table_add (r->card_ids, (gpointer) id);
      g_hash_table_add (r->journeys, tp_element_get_parent (element));
    }
  else if (TP_IS_PHASE (element) || TP_IS_LANE (element))
    {
      g_hash_table_add (r->cell_ids, (gpointer) id);
      g_hash_table_add (r->journeys, tp_element_get_parent (element));
    }
  else if (TP_IS_FLOOR_PLAN (element))
    g_hash_table_add (r->plan_ids, (gpointer) id);
  else if (TP_IS_PERSONA (element))
    g_hash_table_add (r->persona_ids, (gpointer) id);
  else if (TP_IS_JOURNEY (element) && id != NULL)
    g_hash_table_add (r->journey_ids, (gpointer) id);
}

static gboolean
has_doomed_ancestor (Removal   *r,
                     TpElement *element)
{
  for (TpElement *p = tp_element_get_parent (element); p != NULL; p = tp_element_get_parent (p))
    if (g_hash_table_contains (r->set, p))
      return TRUE;

  return FALSE;
}

static gboolean
id_in (GHashTable *set,
       const char *id)
{
  return id != NULL && g_hash_table_contains (set, id);
}

static void
expand_journey (Removal   *r,
                TpJourney *journey)
{
  GPtrArray *cards = tp_journey_get_cards (journey);
  GPtrArray *connections = tp_journey_get_connections (journey);
  GPtrArray *placements = tp_journey_get_placements (journey);

  if (g_hash_table_size (r->cell_ids) > 0)
    for (guint i = 0; i < cards->len; i++)
      {
        TpCard *card = g_ptr_array_index (cards, i);

        if (id_in (r->cell_ids, tp_card_get_phase (card)) ||
            id_in (r->cell_ids, tp_card_get_lane (card)))
          doom (r, TP_ELEMENT (card), i);
      }

  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);

      if (id_in (r->card_ids, tp_connection_get_from (connection)) ||
          id_in (r->card_ids, tp_connection_get_to (connection)))
        doom (r, TP_ELEMENT (connection), i);
    }

  for (guint i = 0; i < placements->len; i++)
    {
      TpPlacement *placement = g_ptr_array_index (placements, i);

      if (id_in (r->card_ids, tp_placement_get_card (placement)))
        doom (r, TP_ELEMENT (placement), i);
    }
}

static int
compare_doomed (gconstpointer a,
                gconstpointer b)
{
  const Doomed *da = a;
  const Doomed *db = b;

  /* Highest index first, so the indexes of those still to go stay right. */
  if (da->index != db->index)
    return da->index > db->index ? -1 : 1;

  return 0;
}

void
tp_project_delete (TpProject  *self,
                   TpElement **elements,
                   guint       n_elements)
{
  GPtrArray *journeys;
  Removal r;

  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (elements != NULL || n_elements == 0);

  for (guint i = 0; i < n_elements; i++)
    {
      g_return_if_fail (TP_IS_ELEMENT (elements[i]));
      g_return_if_fail (elements[i] != TP_ELEMENT (self));
      g_return_if_fail (tp_element_get_project (elements[i]) == self);
    }

  if (n_elements == 0)
    return;

  removal_init (&r);

  for (guint i = 0; i < n_elements; i++)
    doom (&r, elements[i], -1);

  journeys = tp_project_get_journeys (self);

  /* Journeys that show a floor plan being removed lose their placements. */
  if (g_hash_table_size (r.plan_ids) > 0)
    for (guint j = 0; j < journeys->len; j++)
      {
        TpJourney *journey = g_ptr_array_index (journeys, j);
        GPtrArray *placements = tp_journey_get_placements (journey);

        if (!id_in (r.plan_ids, tp_journey_get_floor_plan (journey)))
          continue;

        for (guint i = 0; i < placements->len; i++)
          doom (&r, g_ptr_array_index (placements, i), i);
      }

  /* Cards of removed phases and lanes first: their links and stops follow. */
  for (guint j = 0; j < journeys->len; j++)
    if (g_hash_table_contains (r.journeys, g_ptr_array_index (journeys, j)))
      expand_journey (&r, g_ptr_array_index (journeys, j));

  tp_project_begin (self, _("Delete"));

  /* Repair references from journeys that stay. */
  for (guint j = 0; j < journeys->len; j++)
    {
      TpJourney *journey = g_ptr_array_index (journeys, j);

      if (g_hash_table_contains (r.set, journey))
        continue;

      if (id_in (r.persona_ids, tp_journey_get_persona (journey)))
        tp_project_set (self, journey, "persona", NULL, NULL);
      if (id_in (r.plan_ids, tp_journey_get_floor_plan (journey)))
        tp_project_set (self, journey, "floor-plan", NULL, NULL);
      /* A future state whose current state goes keeps its state, not the link. */
      if (id_in (r.journey_ids, tp_journey_get_current_state (journey)))
        tp_project_set (self, journey, "current-state", NULL, NULL);
    }

  g_array_sort (r.doomed, compare_doomed);

  for (guint i = 0; i < r.doomed->len; i++)
    {
      Doomed *d = &g_array_index (r.doomed, Doomed, i);
      TpElement *parent;
      TpListId list;

      /* Goes with its parent. */
      if (has_doomed_ancestor (&r, d->element))
        continue;

      parent = tp_element_get_parent (d->element);
      list = tp_element_get_parent_list (d->element);
      g_assert (g_ptr_array_index (tp_element_get_list (parent, list), d->index) == d->element);
      _tp_project_remove_at (self, parent, list, d->index);
    }

  tp_project_commit (self);

  removal_clear (&r);
}

void
tp_project_remove (TpProject *self,
                   gpointer   element)
{
  TpElement *one = element;

  tp_project_delete (self, &one, 1);
}

/* --- Phases and lanes ---------------------------------------------------- */

static gboolean
has_phase_titled (GPtrArray  *phases,
                  const char *title)
{
  for (guint i = 0; i < phases->len; i++)
    if (g_strcmp0 (tp_phase_get_title (g_ptr_array_index (phases, i)), title) == 0)
      return TRUE;

  return FALSE;
}

TpPhase *
tp_project_add_phase (TpProject  *self,
                      TpJourney  *journey,
                      int         index,
                      const char *title)
{
  g_autoptr(TpPhase) phase = NULL;
  g_autofree char *numbered = NULL;
  GPtrArray *phases;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (tp_element_get_project (TP_ELEMENT (journey)) == self, NULL);

  phases = tp_journey_get_phases (journey);
  if (index < 0 || (guint) index > phases->len)
    index = phases->len;

  /* Named after the number the map shows on its header, unless a phase has that name. */
  for (guint n = index + 1; title == NULL; n++)
    {
      g_free (numbered);
      /* Translators: the title of a new phase, e.g. "Phase 6" */
      numbered = g_strdup_printf (_("Phase %u"), n);
      if (!has_phase_titled (phases, numbered))
        title = numbered;
    }

  phase = tp_phase_new (NULL);
  g_object_set (phase,
                "title", title,
                "color", tp_journey_suggest_phase_color (journey, index),
                NULL);

  tp_project_begin (self, _("Add Phase"));
  tp_project_insert (self, journey, TP_LIST_PHASES, index, phase);
  tp_project_commit (self);

  /* The journey owns it now. */
  return phase;
}

TpLane *
tp_project_add_lane (TpProject  *self,
                     TpJourney  *journey,
                     int         index,
                     TpLaneKind  kind,
                     const char *title)
{
  g_autoptr(TpLane) lane = NULL;
  GPtrArray *lanes;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (tp_element_get_project (TP_ELEMENT (journey)) == self, NULL);

  lanes = tp_journey_get_lanes (journey);
  if (index < 0 || (guint) index > lanes->len)
    index = lanes->len;

  lane = tp_lane_new (NULL, kind);
  g_object_set (lane,
                "title", title != NULL ? title : tp_enum_get_label (TP_TYPE_LANE_KIND, kind),
                NULL);

  tp_project_begin (self, _("Add Lane"));
  tp_project_insert (self, journey, TP_LIST_LANES, index, lane);
  tp_project_commit (self);

  return lane;
}

/* --- Cards in cells ------------------------------------------------------ */

static gboolean
card_in_cell (TpCard     *card,
              const char *phase_id,
              const char *lane_id)
{
  return g_strcmp0 (tp_card_get_phase (card), phase_id) == 0 &&
         g_strcmp0 (tp_card_get_lane (card), lane_id) == 0;
}

/* Finds, among the cards of the cell not in @exclude, the one a card put at
 * @index_in_cell lands before (*@anchor), or else the last one (*@after). */
static void
find_cell_position (TpJourney  *journey,
                    const char *phase_id,
                    const char *lane_id,
                    int         index_in_cell,
                    GHashTable *exclude,
                    TpCard    **anchor,
                    TpCard    **after)
{
  GPtrArray *cards = tp_journey_get_cards (journey);
  int n = 0;

  *anchor = NULL;
  *after = NULL;

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);

      if (!card_in_cell (card, phase_id, lane_id) ||
          (exclude != NULL && g_hash_table_contains (exclude, card)))
        continue;

      if (index_in_cell >= 0 && n == index_in_cell)
        {
          *anchor = card;
          return;
        }

      *after = card;
      n++;
    }
}

TpCard *
tp_project_add_card (TpProject  *self,
                     TpPhase    *phase,
                     TpLane     *lane,
                     int         index_in_cell,
                     TpCardKind  kind,
                     const char *title)
{
  g_autoptr(TpCard) card = NULL;
  TpJourney *journey;
  TpCard *anchor, *after;
  int index;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (TP_IS_PHASE (phase), NULL);
  g_return_val_if_fail (TP_IS_LANE (lane), NULL);
  g_return_val_if_fail (tp_element_get_project (TP_ELEMENT (phase)) == self, NULL);

  journey = TP_JOURNEY (tp_element_get_parent (TP_ELEMENT (phase)));
  g_return_val_if_fail (tp_element_get_parent (TP_ELEMENT (lane)) == TP_ELEMENT (journey), NULL);

  card = tp_card_new (NULL, kind);
  g_object_set (card,
                "phase", tp_element_get_id (TP_ELEMENT (phase)),
                "lane", tp_element_get_id (TP_ELEMENT (lane)),
                "title", title,
                NULL);

  find_cell_position (journey,
                      tp_element_get_id (TP_ELEMENT (phase)),
                      tp_element_get_id (TP_ELEMENT (lane)),
                      index_in_cell, NULL, &anchor, &after);

  if (anchor != NULL)
    index = tp_element_get_index (TP_ELEMENT (anchor));
  else if (after != NULL)
    index = tp_element_get_index (TP_ELEMENT (after)) + 1;
  else
    index = -1;

  tp_project_begin (self, _("Add Card"));
  tp_project_insert (self, journey, TP_LIST_CARDS, index, card);
  tp_project_commit (self);

  return card;
}

void
tp_project_move_cards (TpProject  *self,
                       TpCard    **cards,
                       guint       n_cards,
                       TpPhase    *phase,
                       TpLane     *lane,
                       int         index_in_cell)
{
  g_autoptr(GHashTable) moving = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  const char *phase_id, *lane_id;
  TpJourney *journey;
  TpCard *anchor, *after;

  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (TP_IS_PHASE (phase));
  g_return_if_fail (TP_IS_LANE (lane));
  g_return_if_fail (tp_element_get_project (TP_ELEMENT (phase)) == self);

  journey = TP_JOURNEY (tp_element_get_parent (TP_ELEMENT (phase)));
  g_return_if_fail (tp_element_get_parent (TP_ELEMENT (lane)) == TP_ELEMENT (journey));

  for (guint i = 0; i < n_cards; i++)
    {
      g_return_if_fail (TP_IS_CARD (cards[i]));
      g_return_if_fail (tp_element_get_parent (TP_ELEMENT (cards[i])) == TP_ELEMENT (journey));
    }

  if (n_cards == 0)
    return;

  phase_id = tp_element_get_id (TP_ELEMENT (phase));
  lane_id = tp_element_get_id (TP_ELEMENT (lane));

  moving = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_cards; i++)
    g_hash_table_add (moving, cards[i]);

  /* The cards keep their order in the journey. */
  ordered = g_ptr_array_sized_new (g_hash_table_size (moving));
  for (guint i = 0; i < tp_journey_get_cards (journey)->len; i++)
    if (g_hash_table_contains (moving, g_ptr_array_index (tp_journey_get_cards (journey), i)))
      g_ptr_array_add (ordered, g_ptr_array_index (tp_journey_get_cards (journey), i));

  find_cell_position (journey, phase_id, lane_id, index_in_cell, moving, &anchor, &after);

  tp_project_begin (self, ordered->len == 1 ? _("Move Card") : _("Move Cards"));

  for (guint i = 0; i < ordered->len; i++)
    {
      TpCard *card = g_ptr_array_index (ordered, i);
      guint len = tp_journey_get_cards (journey)->len;
      int from, to;

      tp_project_set (self, card, "phase", phase_id, "lane", lane_id, NULL);

      from = tp_element_get_index (TP_ELEMENT (card));

      if (anchor != NULL)
        {
          int a = tp_element_get_index (TP_ELEMENT (anchor));

          to = a > from ? a - 1 : a;
        }
      else if (after != NULL)
        {
          int a = tp_element_get_index (TP_ELEMENT (after));

          to = a >= from ? a : a + 1;
        }
      else
        to = len - 1;

      tp_project_move (self, card, to);
      after = card;
    }

  tp_project_commit (self);
}

/* --- Duplicating --------------------------------------------------------- */

/* Maps the ids of @original's subtree to those of its copy @copy. */
static void
map_ids (GHashTable *map,
         TpElement  *original,
         TpElement  *copy)
{
  if (tp_element_get_id (original) != NULL)
    g_hash_table_insert (map,
                         (gpointer) tp_element_get_id (original),
                         (gpointer) tp_element_get_id (copy));

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *a = _tp_element_peek_list (original, l);
      GPtrArray *b = _tp_element_peek_list (copy, l);

      for (guint i = 0; a != NULL && b != NULL && i < a->len; i++)
        map_ids (map, g_ptr_array_index (a, i), g_ptr_array_index (b, i));
    }
}

static void
remap (GObject    *object,
       const char *property,
       GHashTable *map)
{
  g_autofree char *value = NULL;
  const char *mapped;

  g_object_get (object, property, &value, NULL);
  if (value != NULL && (mapped = g_hash_table_lookup (map, value)) != NULL)
    g_object_set (object, property, mapped, NULL);
}

static TpElement *
copy_journey (TpProject *self,
              TpJourney *journey)
{
  g_autoptr(GHashTable) map = g_hash_table_new (g_str_hash, g_str_equal);
  TpElement *copy = _tp_element_copy (TP_ELEMENT (journey));
  TpJourney *cj = TP_JOURNEY (copy);

  _tp_project_assign_ids (self, copy);
  map_ids (map, TP_ELEMENT (journey), copy);

  for (guint i = 0; i < tp_journey_get_cards (cj)->len; i++)
    {
      GObject *card = g_ptr_array_index (tp_journey_get_cards (cj), i);

      remap (card, "phase", map);
      remap (card, "lane", map);
    }

  for (guint i = 0; i < tp_journey_get_connections (cj)->len; i++)
    {
      GObject *connection = g_ptr_array_index (tp_journey_get_connections (cj), i);

      remap (connection, "from", map);
      remap (connection, "to", map);
    }

  for (guint i = 0; i < tp_journey_get_placements (cj)->len; i++)
    remap (g_ptr_array_index (tp_journey_get_placements (cj), i), "card", map);

  return copy;
}

GPtrArray *
tp_project_duplicate (TpProject  *self,
                      TpElement **elements,
                      guint       n_elements)
{
  GPtrArray *copies;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  for (guint i = 0; i < n_elements; i++)
    {
      g_return_val_if_fail (TP_IS_ELEMENT (elements[i]), NULL);
      g_return_val_if_fail (elements[i] != TP_ELEMENT (self), NULL);
      g_return_val_if_fail (tp_element_get_project (elements[i]) == self, NULL);
    }

  copies = g_ptr_array_new ();

  tp_project_begin (self, _("Duplicate"));

  for (guint i = 0; i < n_elements; i++)
    {
      TpElement *original = elements[i];
      TpElement *parent = tp_element_get_parent (original);
      TpListId list = tp_element_get_parent_list (original);
      g_autoptr(TpElement) copy = NULL;

      if (TP_IS_JOURNEY (original))
        copy = copy_journey (self, TP_JOURNEY (original));
      else
        copy = _tp_element_copy (original);

      tp_project_insert (self, parent, list, tp_element_get_index (original) + 1, copy);
      g_ptr_array_add (copies, copy);

      /* A phase or lane comes with copies of its cards. */
      if (TP_IS_PHASE (original) || TP_IS_LANE (original))
        {
          const char *property = TP_IS_PHASE (original) ? "phase" : "lane";
          GPtrArray *cards = tp_journey_get_cards (TP_JOURNEY (parent));
          const char *id = tp_element_get_id (original);
          guint n = cards->len;

          for (guint c = 0; c < n; c++)
            {
              TpCard *card = g_ptr_array_index (cards, c);
              const char *card_cell = TP_IS_PHASE (original) ? tp_card_get_phase (card)
                                                             : tp_card_get_lane (card);
              g_autoptr(TpElement) card_copy = NULL;

              if (g_strcmp0 (card_cell, id) != 0)
                continue;

              card_copy = _tp_element_copy (TP_ELEMENT (card));
              g_object_set (card_copy, property, tp_element_get_id (copy), NULL);
              tp_project_insert (self, parent, TP_LIST_CARDS, -1, card_copy);
            }
        }
    }

  tp_project_commit (self);

  return copies;
}

/* --- Personas and journeys ----------------------------------------------- */

/* Persona colours: distinct from one another on light and dark, and from
 * the phase palette's order so a persona is not read as a phase. */
static const char * const persona_colors[] = {
  "#1c71d8", "#c01c28", "#26a269", "#e66100", "#813d9c", "#986a44", "#2ec27e", "#a51d2d",
};

const char *
tp_project_suggest_persona_color (TpProject *self)
{
  GPtrArray *personas;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  personas = tp_project_get_personas (self);
  for (guint c = 0; c < G_N_ELEMENTS (persona_colors); c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < personas->len && !used; i++)
        used = g_ascii_strcasecmp (tp_persona_get_color (g_ptr_array_index (personas, i)),
                                   persona_colors[c]) == 0;
      if (!used)
        return persona_colors[c];
    }

  return persona_colors[personas->len % G_N_ELEMENTS (persona_colors)];
}

TpPersona *
tp_project_add_persona (TpProject  *self,
                        int         index,
                        const char *name)
{
  g_autofree char *id = NULL;
  g_autofree char *fallback = NULL;
  g_autoptr(TpPersona) persona = NULL;
  GPtrArray *personas;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  personas = tp_project_get_personas (self);
  if (name == NULL)
    /* Translators: the name of a new persona; %u is its number in the project */
    name = fallback = g_strdup_printf (_("Persona %u"), personas->len + 1);

  id = tp_project_new_id (self, "persona");
  persona = tp_persona_new (id);
  g_object_set (persona, "name", name, "color", tp_project_suggest_persona_color (self), NULL);

  tp_project_begin (self, _("Add Persona"));
  tp_project_insert (self, self, TP_LIST_PERSONAS, index, persona);
  tp_project_commit (self);

  /* The project owns it now. */
  return persona;
}

TpJourney *
tp_project_make_future_state (TpProject *self,
                              TpJourney *current)
{
  g_autoptr(TpElement) copy = NULL;
  g_autofree char *title = NULL;
  const char *old_title;

  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (TP_IS_JOURNEY (current), NULL);
  g_return_val_if_fail (tp_element_get_project (TP_ELEMENT (current)) == self, NULL);

  copy = copy_journey (self, current);
  old_title = tp_journey_get_title (current);
  /* Translators: the title of the future state made from the journey titled %s */
  title = g_strdup_printf (_("%s (future)"), old_title != NULL && *old_title ? old_title
                                                                             : _("Journey"));
  g_object_set (copy,
                "title", title,
                "state", TP_JOURNEY_STATE_FUTURE,
                "current-state", tp_element_get_id (TP_ELEMENT (current)),
                NULL);

  tp_project_begin (self, _("Make Future State"));
  tp_project_insert (self, self, TP_LIST_JOURNEYS, tp_element_get_index (TP_ELEMENT (current)) + 1,
                     copy);
  tp_project_commit (self);

  return TP_JOURNEY (copy);
}
