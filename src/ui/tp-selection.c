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

static void
tp_selection_finalize (GObject *object)
{
  TpSelection *self = TP_SELECTION (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

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

  if (tp_selection_get_primary (self) == element)
    return;

  g_ptr_array_remove (self->items, element);
  g_ptr_array_add (self->items, g_object_ref (element));
  tp_selection_emit_changed (self);
}

void
tp_selection_remove (TpSelection *self,
                     TpElement   *element)
{
  g_return_if_fail (TP_IS_SELECTION (self));

  if (element != NULL && g_ptr_array_remove (self->items, element))
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

  if (self->items->len == 0)
    return;

  g_ptr_array_set_size (self->items, 0);
  tp_selection_emit_changed (self);
}
