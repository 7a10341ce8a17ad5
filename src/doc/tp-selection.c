/* tp-selection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-selection.h"

struct _TpSelection
{
  GObject    parent_instance;

  /* owned: TpElement refs, in selection order; the last one is primary */
  GPtrArray *items;
  /* owned: the selected cell, when a cell rather than elements is selected */
  TpPhase   *cell_phase;
  TpLane    *cell_lane;
};

G_DEFINE_FINAL_TYPE (TpSelection, tp_selection, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
tp_selection_emit_changed (TpSelection *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Selecting elements unselects the cell; TRUE when there was one. */
static gboolean
drop_cell (TpSelection *self)
{
  if (self->cell_phase == NULL)
    return FALSE;
  g_clear_object (&self->cell_phase);
  g_clear_object (&self->cell_lane);
  return TRUE;
}

static void
tp_selection_finalize (GObject *object)
{
  TpSelection *self = TP_SELECTION (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->cell_phase);
  g_clear_object (&self->cell_lane);

  G_OBJECT_CLASS (tp_selection_parent_class)->finalize (object);
}

static void
tp_selection_class_init (TpSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tp_selection_finalize;

  /**
   * TpSelection::changed:
   *
   * Emitted after the set of selected elements or the primary element changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
tp_selection_init (TpSelection *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

TpSelection *
tp_selection_new (void)
{
  return g_object_new (TP_TYPE_SELECTION, NULL);
}

GPtrArray *
tp_selection_get_items (TpSelection *self)
{
  g_return_val_if_fail (TP_IS_SELECTION (self), NULL);

  return self->items;
}

guint
tp_selection_get_count (TpSelection *self)
{
  g_return_val_if_fail (TP_IS_SELECTION (self), 0);

  return self->items->len;
}

TpElement *
tp_selection_get_primary (TpSelection *self)
{
  g_return_val_if_fail (TP_IS_SELECTION (self), NULL);

  if (self->items->len == 0)
    return NULL;

  return g_ptr_array_index (self->items, self->items->len - 1);
}

gboolean
tp_selection_contains (TpSelection *self,
                       TpElement   *element)
{
  g_return_val_if_fail (TP_IS_SELECTION (self), FALSE);

  return element != NULL && g_ptr_array_find (self->items, element, NULL);
}

void
tp_selection_set (TpSelection *self,
                  TpElement  **elements,
                  guint        n_elements)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean same;

  g_return_if_fail (TP_IS_SELECTION (self));
  g_return_if_fail (elements != NULL || n_elements == 0);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_elements; i++)
    {
      g_return_if_fail (TP_IS_ELEMENT (elements[i]));

      /* A repeated element keeps its last position, so it stays primary. */
      g_ptr_array_remove (items, elements[i]);
      g_ptr_array_add (items, g_object_ref (elements[i]));
    }

  same = items->len == self->items->len;
  for (guint i = 0; same && i < items->len; i++)
    same = g_ptr_array_index (items, i) == g_ptr_array_index (self->items, i);

  if (drop_cell (self))
    same = FALSE;
  if (same)
    return;

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  tp_selection_emit_changed (self);
}

void
tp_selection_set_one (TpSelection *self,
                      TpElement   *element)
{
  g_return_if_fail (TP_IS_SELECTION (self));
  g_return_if_fail (element == NULL || TP_IS_ELEMENT (element));

  if (element == NULL)
    tp_selection_clear (self);
  else
    tp_selection_set (self, &element, 1);
}

void
tp_selection_add (TpSelection *self,
                  TpElement   *element)
{
  g_return_if_fail (TP_IS_SELECTION (self));
  g_return_if_fail (TP_IS_ELEMENT (element));

  if (tp_selection_get_primary (self) == element && self->cell_phase == NULL)
    return;

  drop_cell (self);
  g_ptr_array_remove (self->items, element);
  g_ptr_array_add (self->items, g_object_ref (element));
  tp_selection_emit_changed (self);
}

void
tp_selection_remove (TpSelection *self,
                     TpElement   *element)
{
  g_return_if_fail (TP_IS_SELECTION (self));

  if (element == NULL)
    return;
  if (g_ptr_array_remove (self->items, element)
      || ((element == (gpointer) self->cell_phase || element == (gpointer) self->cell_lane)
          && drop_cell (self)))
    tp_selection_emit_changed (self);
}

void
tp_selection_toggle (TpSelection *self,
                     TpElement   *element)
{
  g_return_if_fail (TP_IS_SELECTION (self));
  g_return_if_fail (TP_IS_ELEMENT (element));

  if (tp_selection_contains (self, element))
    tp_selection_remove (self, element);
  else
    tp_selection_add (self, element);
}

void
tp_selection_clear (TpSelection *self)
{
  g_return_if_fail (TP_IS_SELECTION (self));

  if (self->items->len == 0 && self->cell_phase == NULL)
    return;

  g_ptr_array_set_size (self->items, 0);
  drop_cell (self);
  tp_selection_emit_changed (self);
}

void
tp_selection_set_cell (TpSelection *self,
                       TpPhase     *phase,
                       TpLane      *lane)
{
  g_return_if_fail (TP_IS_SELECTION (self));
  g_return_if_fail (TP_IS_PHASE (phase));
  g_return_if_fail (TP_IS_LANE (lane));

  if (self->items->len == 0 && self->cell_phase == phase && self->cell_lane == lane)
    return;

  g_ptr_array_set_size (self->items, 0);
  g_set_object (&self->cell_phase, phase);
  g_set_object (&self->cell_lane, lane);
  tp_selection_emit_changed (self);
}

/* Both still in one journey of a project (not removed since). */
static gboolean
is_cell (TpPhase *phase,
         TpLane  *lane)
{
  TpElement *journey = tp_element_get_parent (TP_ELEMENT (phase));

  return journey != NULL && TP_IS_JOURNEY (journey)
         && tp_element_get_parent (TP_ELEMENT (lane)) == journey
         && tp_element_get_project (journey) != NULL;
}

gboolean
tp_selection_get_cell (TpSelection *self,
                       TpPhase    **phase,
                       TpLane     **lane)
{
  g_return_val_if_fail (TP_IS_SELECTION (self), FALSE);

  if (self->cell_phase == NULL || !is_cell (self->cell_phase, self->cell_lane))
    return FALSE;
  if (phase != NULL)
    *phase = self->cell_phase;
  if (lane != NULL)
    *lane = self->cell_lane;
  return TRUE;
}

gboolean
tp_selection_get_cursor_cell (TpSelection *self,
                              TpPhase    **phase,
                              TpLane     **lane)
{
  TpElement *primary;
  TpProject *project;
  TpElement *p, *l;

  g_return_val_if_fail (TP_IS_SELECTION (self), FALSE);

  if (tp_selection_get_cell (self, phase, lane))
    return TRUE;

  primary = tp_selection_get_primary (self);
  if (primary == NULL || !TP_IS_CARD (primary))
    return FALSE;
  project = tp_element_get_project (primary);
  if (project == NULL)
    return FALSE;
  p = tp_project_lookup (project, tp_card_get_phase (TP_CARD (primary)));
  l = tp_project_lookup (project, tp_card_get_lane (TP_CARD (primary)));
  if (p == NULL || l == NULL || !TP_IS_PHASE (p) || !TP_IS_LANE (l)
      || !is_cell (TP_PHASE (p), TP_LANE (l)))
    return FALSE;
  if (phase != NULL)
    *phase = TP_PHASE (p);
  if (lane != NULL)
    *lane = TP_LANE (l);
  return TRUE;
}
