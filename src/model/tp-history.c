/* tp-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-history.h"

/* A saved point no state can have. */
#define NO_STATE G_MAXUINT64

typedef struct
{
  char      *label;
  char      *coalesce_key;
  GPtrArray *records;
  /* Names the document state this step leads to; never reused. */
  guint64    serial;
} TpStep;

struct _TpHistory
{
  TpHistoryApply apply;
  gpointer       user_data;

  GPtrArray     *undo_stack;   /* TpStep, oldest first */
  GPtrArray     *redo_stack;   /* TpStep, the next redo last */

  TpStep        *open;         /* the transaction being built, or NULL */
  guint          depth;

  guint64        next_serial;
  guint64        base_serial;  /* the state with an empty undo stack */
  guint64        saved_serial;

  guint          replaying : 1;
  /* The top undo step may absorb the next step with the same key. */
  guint          coalescing : 1;
};

TpRecord *
tp_record_new (TpChangeKind  kind,
               TpElement    *element)
{
  TpRecord *record = g_new0 (TpRecord, 1);

  record->kind = kind;
  record->element = TP_IS_PROJECT (element) ? element : g_object_ref (element);

  return record;
}

void
tp_record_free (TpRecord *record)
{
  if (!TP_IS_PROJECT (record->element))
    g_clear_object (&record->element);
  g_clear_pointer (&record->pspec, g_param_spec_unref);
  if (G_IS_VALUE (&record->old_value))
    g_value_unset (&record->old_value);
  if (G_IS_VALUE (&record->new_value))
    g_value_unset (&record->new_value);
  g_free (record);
}

static TpStep *
tp_step_new (const char *label,
             const char *coalesce_key,
             guint64     serial)
{
  TpStep *step = g_new0 (TpStep, 1);

  step->label = g_strdup (label);
  step->coalesce_key = g_strdup (coalesce_key);
  step->records = g_ptr_array_new_with_free_func ((GDestroyNotify) tp_record_free);
  step->serial = serial;

  return step;
}

static void
tp_step_free (TpStep *step)
{
  g_free (step->label);
  g_free (step->coalesce_key);
  g_ptr_array_unref (step->records);
  g_free (step);
}

TpHistory *
tp_history_new (TpHistoryApply apply,
                gpointer       user_data)
{
  TpHistory *self = g_new0 (TpHistory, 1);

  self->apply = apply;
  self->user_data = user_data;
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) tp_step_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) tp_step_free);
  self->base_serial = 0;
  self->saved_serial = 0;
  self->next_serial = 1;

  return self;
}

void
tp_history_free (TpHistory *self)
{
  g_clear_pointer (&self->open, tp_step_free);
  g_ptr_array_unref (self->undo_stack);
  g_ptr_array_unref (self->redo_stack);
  g_free (self);
}

static guint64
current_serial (TpHistory *self)
{
  if (self->undo_stack->len == 0)
    return self->base_serial;

  return ((TpStep *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
}

void
tp_history_begin (TpHistory  *self,
                  const char *label,
                  const char *coalesce_key)
{
  g_assert (!self->replaying);

  if (self->depth++ == 0)
    self->open = tp_step_new (label, coalesce_key, 0);
}

/* Consecutive changes of one property of one element collapse into one record. */
static gboolean
merge_record (GPtrArray *records,
              TpRecord  *record)
{
  TpRecord *last;

  if (record->kind != TP_CHANGE_PROPERTY || records->len == 0)
    return FALSE;

  last = g_ptr_array_index (records, records->len - 1);
  if (last->kind != TP_CHANGE_PROPERTY ||
      last->element != record->element ||
      last->pspec != record->pspec)
    return FALSE;

  g_value_unset (&last->new_value);
  last->new_value = record->new_value;
  record->new_value = (GValue) G_VALUE_INIT;
  tp_record_free (record);

  return TRUE;
}

gboolean
tp_history_commit (TpHistory *self)
{
  TpStep *step;
  TpStep *top = NULL;
  gboolean has_key;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return FALSE;

  step = g_steal_pointer (&self->open);
  has_key = step->coalesce_key != NULL;

  if (step->records->len == 0)
    {
      tp_step_free (step);
      return TRUE;
    }

  if (self->undo_stack->len > 0)
    top = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);

  g_ptr_array_set_size (self->redo_stack, 0);

  if (self->coalescing &&
      step->coalesce_key != NULL &&
      top != NULL &&
      g_strcmp0 (top->coalesce_key, step->coalesce_key) == 0 &&
      top->serial != self->saved_serial)
    {
      for (guint i = 0; i < step->records->len; i++)
        {
          TpRecord *record = g_ptr_array_index (step->records, i);

          if (!merge_record (top->records, record))
            g_ptr_array_add (top->records, record);
        }

      g_ptr_array_set_free_func (step->records, NULL);
      tp_step_free (step);
      top->serial = self->next_serial++;
    }
  else
    {
      step->serial = self->next_serial++;
      g_ptr_array_add (self->undo_stack, step);
    }

  self->coalescing = has_key;

  return TRUE;
}

void
tp_history_rollback (TpHistory *self)
{
  GPtrArray *records;

  g_return_if_fail (self->depth > 0);

  records = self->open->records;

  self->replaying = TRUE;
  for (guint i = records->len; i > 0; i--)
    self->apply (g_ptr_array_index (records, i - 1), TRUE, self->user_data);
  self->replaying = FALSE;

  g_ptr_array_set_size (records, 0);

  /* Rolling back closes this level like a commit would, with nothing kept. */
  tp_history_commit (self);
}

gboolean
tp_history_is_open (TpHistory *self)
{
  return self->depth > 0;
}

gboolean
tp_history_is_replaying (TpHistory *self)
{
  return self->replaying;
}

void
tp_history_record (TpHistory *self,
                   TpRecord  *record)
{
  g_assert (self->open != NULL);

  if (!merge_record (self->open->records, record))
    g_ptr_array_add (self->open->records, record);
}

void
tp_history_break_coalescing (TpHistory *self)
{
  self->coalescing = FALSE;
}

gboolean
tp_history_can_undo (TpHistory *self)
{
  return self->undo_stack->len > 0;
}

gboolean
tp_history_can_redo (TpHistory *self)
{
  return self->redo_stack->len > 0;
}

const char *
tp_history_get_undo_label (TpHistory *self)
{
  if (!tp_history_can_undo (self))
    return NULL;

  return ((TpStep *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

const char *
tp_history_get_redo_label (TpHistory *self)
{
  if (!tp_history_can_redo (self))
    return NULL;

  return ((TpStep *) g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

gboolean
tp_history_undo (TpHistory *self)
{
  TpStep *step;

  if (self->depth > 0 || !tp_history_can_undo (self))
    return FALSE;

  step = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);

  self->replaying = TRUE;
  for (guint i = step->records->len; i > 0; i--)
    self->apply (g_ptr_array_index (step->records, i - 1), TRUE, self->user_data);
  self->replaying = FALSE;

  g_ptr_array_add (self->redo_stack, step);
  self->coalescing = FALSE;

  return TRUE;
}

gboolean
tp_history_redo (TpHistory *self)
{
  TpStep *step;

  if (self->depth > 0 || !tp_history_can_redo (self))
    return FALSE;

  step = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);

  self->replaying = TRUE;
  for (guint i = 0; i < step->records->len; i++)
    self->apply (g_ptr_array_index (step->records, i), FALSE, self->user_data);
  self->replaying = FALSE;

  g_ptr_array_add (self->undo_stack, step);
  self->coalescing = FALSE;

  return TRUE;
}

void
tp_history_clear (TpHistory *self)
{
  gboolean modified = tp_history_get_modified (self);

  g_return_if_fail (self->depth == 0);

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->base_serial = self->next_serial++;
  self->saved_serial = modified ? NO_STATE : self->base_serial;
  self->coalescing = FALSE;
}

gboolean
tp_history_get_modified (TpHistory *self)
{
  if (self->open != NULL && self->open->records->len > 0)
    return TRUE;

  return current_serial (self) != self->saved_serial;
}

void
tp_history_mark_saved (TpHistory *self)
{
  self->saved_serial = current_serial (self);
  self->coalescing = FALSE;
}
