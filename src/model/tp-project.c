/* tp-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document: root element, id index, ids and the undo history.
 * Applying and recording changes is in tp-project-change.c, cascading
 * removal and the higher-level edits in tp-project-edit.c.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tp-model.h"
#include "tp-element-private.h"
#include "tp-history.h"
#include "tp-project-private.h"

G_DEFINE_FINAL_TYPE (TpProject, tp_project, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_tp_project_update_state (TpProject *self)
{
  gboolean modified = tp_history_get_modified (self->history);
  gboolean can_undo = tp_history_can_undo (self->history);
  gboolean can_redo = tp_history_can_redo (self->history);

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }

  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
tp_project_dispose (GObject *object)
{
  TpProject *self = TP_PROJECT (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->history, tp_history_free);
  g_clear_pointer (&self->last_touched, g_ptr_array_unref);
  g_clear_pointer (&self->touched_set, g_hash_table_unref);

  G_OBJECT_CLASS (tp_project_parent_class)->dispose (object);
}

static void
tp_project_finalize (GObject *object)
{
  TpProject *self = TP_PROJECT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->retired, g_hash_table_unref);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (tp_project_parent_class)->finalize (object);
}

static void
tp_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TpProject *self = TP_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, tp_project_get_modified (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tp_project_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, tp_project_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TpProject *self = TP_PROJECT (object);
  gboolean changed;

  switch (prop_id)
    {
    case PROP_TITLE:
      changed = _tp_set_string (&self->title, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      changed = _tp_set_string (&self->description, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_project_class_init (TpProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro_flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = tp_project_dispose;
  object_class->finalize = tp_project_finalize;
  object_class->get_property = tp_project_get_property;
  object_class->set_property = tp_project_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro_flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro_flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro_flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TpProject::changed:
   * @change: (type gpointer): the TpChange, valid during emission only
   *
   * Emitted after every change of the document, including undo and redo.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  g_cclosure_marshal_VOID__POINTER,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
tp_project_init (TpProject *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->retired = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rand = g_rand_new ();
  self->history = tp_history_new (_tp_project_apply_record, self);
  self->last_touched = g_ptr_array_new_with_free_func (g_object_unref);
  self->touched_set = g_hash_table_new (NULL, NULL);
}

TpProject *
tp_project_new (void)
{
  return g_object_new (TP_TYPE_PROJECT, NULL);
}

const char *
tp_project_get_title (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return self->title;
}

const char *
tp_project_get_description (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return self->description;
}

GPtrArray *
tp_project_get_personas (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_PERSONAS);
}

GPtrArray *
tp_project_get_floor_plans (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_FLOOR_PLANS);
}

GPtrArray *
tp_project_get_journeys (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_JOURNEYS);
}

void
_tp_project_emit_change (TpProject *self,
                         TpChange  *change)
{
  self->change_count++;

  if (self->touching &&
      !g_hash_table_contains (self->touched_set, change->element))
    {
      g_hash_table_add (self->touched_set, change->element);
      g_ptr_array_add (self->last_touched, g_object_ref (change->element));
    }

  g_signal_emit (self, signals[CHANGED], 0, change);
}

/* --- The id index ------------------------------------------------------ */

TpElement *
tp_project_lookup (TpProject  *self,
                   const char *id)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->index, id);
}

char *
tp_project_new_id (TpProject  *self,
                   const char *prefix)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (prefix != NULL && prefix[0] != '\0', NULL);

  for (;;)
    {
      char *id = g_strdup_printf ("%s-%08x", prefix, g_rand_int (self->rand));

      if (!g_hash_table_contains (self->index, id) &&
          !g_hash_table_contains (self->retired, id))
        {
          g_hash_table_add (self->retired, g_strdup (id));
          return id;
        }

      g_free (id);
    }
}

void
tp_project_set_id_seed (TpProject *self,
                        guint32    seed)
{
  g_return_if_fail (TP_IS_PROJECT (self));

  g_rand_set_seed (self->rand, seed);
}

static void
index_one (TpProject *self,
           TpElement *element)
{
  const char *id = tp_element_get_id (element);

  if (id != NULL && !g_hash_table_contains (self->index, id))
    g_hash_table_insert (self->index, (gpointer) id, element);
}

static void
unindex_one (TpProject  *self,
             TpElement  *element,
             const char *id)
{
  if (id == NULL || g_hash_table_lookup (self->index, id) != element)
    return;

  g_hash_table_remove (self->index, id);
  if (!g_hash_table_contains (self->retired, id))
    g_hash_table_add (self->retired, g_strdup (id));
}

void
_tp_project_index_subtree (TpProject *self,
                           TpElement *element)
{
  index_one (self, element);

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = _tp_element_peek_list (element, l);

      for (guint i = 0; list != NULL && i < list->len; i++)
        _tp_project_index_subtree (self, g_ptr_array_index (list, i));
    }
}

void
_tp_project_unindex_subtree (TpProject *self,
                             TpElement *element)
{
  unindex_one (self, element, tp_element_get_id (element));

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = _tp_element_peek_list (element, l);

      for (guint i = 0; list != NULL && i < list->len; i++)
        _tp_project_unindex_subtree (self, g_ptr_array_index (list, i));
    }
}

void
_tp_project_reindex (TpProject  *self,
                     TpElement  *element,
                     const char *old_id)
{
  unindex_one (self, element, old_id);
  index_one (self, element);
}

void
_tp_project_assign_ids (TpProject *self,
                        TpElement *element)
{
  const char *prefix = _tp_element_id_prefix (element);

  if (prefix != NULL && tp_element_get_id (element) == NULL)
    {
      g_autofree char *id = tp_project_new_id (self, prefix);

      _tp_element_set_id (element, id);
    }

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = _tp_element_peek_list (element, l);

      for (guint i = 0; list != NULL && i < list->len; i++)
        _tp_project_assign_ids (self, g_ptr_array_index (list, i));
    }
}

gboolean
_tp_project_ids_free (TpProject  *self,
                      TpElement  *element,
                      GHashTable *seen)
{
  const char *id = tp_element_get_id (element);

  if (id != NULL)
    {
      if (g_hash_table_contains (self->index, id) || g_hash_table_contains (seen, id))
        return FALSE;
      g_hash_table_add (seen, (gpointer) id);
    }

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = _tp_element_peek_list (element, l);

      for (guint i = 0; list != NULL && i < list->len; i++)
        if (!_tp_project_ids_free (self, g_ptr_array_index (list, i), seen))
          return FALSE;
    }

  return TRUE;
}

/* --- History ------------------------------------------------------------- */

void
tp_project_begin (TpProject  *self,
                  const char *label)
{
  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (!tp_history_is_replaying (self->history));

  tp_history_begin (self->history, label != NULL ? label : _("Edit"), NULL);
}

void
tp_project_begin_coalesce (TpProject  *self,
                           const char *label,
                           const char *key)
{
  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (!tp_history_is_replaying (self->history));

  tp_history_begin (self->history, label != NULL ? label : _("Edit"), key);
}

void
tp_project_commit (TpProject *self)
{
  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (tp_history_is_open (self->history));

  tp_history_commit (self->history);
  _tp_project_update_state (self);
}

void
tp_project_rollback (TpProject *self)
{
  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (tp_history_is_open (self->history));

  tp_history_rollback (self->history);
  _tp_project_update_state (self);
}

void
tp_project_break_coalescing (TpProject *self)
{
  g_return_if_fail (TP_IS_PROJECT (self));

  tp_history_break_coalescing (self->history);
}

gboolean
tp_project_can_undo (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), FALSE);

  return tp_history_can_undo (self->history);
}

gboolean
tp_project_can_redo (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), FALSE);

  return tp_history_can_redo (self->history);
}

const char *
tp_project_get_undo_label (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return tp_history_get_undo_label (self->history);
}

const char *
tp_project_get_redo_label (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return tp_history_get_redo_label (self->history);
}

static void
start_touching (TpProject *self)
{
  g_ptr_array_set_size (self->last_touched, 0);
  g_hash_table_remove_all (self->touched_set);
  self->touching = TRUE;
}

static void
finish_touching (TpProject *self)
{
  /* Only what is still in the document can be selected again. */
  for (guint i = self->last_touched->len; i > 0; i--)
    {
      TpElement *element = g_ptr_array_index (self->last_touched, i - 1);

      if (element == TP_ELEMENT (self) || tp_element_get_project (element) != self)
        g_ptr_array_remove_index (self->last_touched, i - 1);
    }

  g_hash_table_remove_all (self->touched_set);
  self->touching = FALSE;
}

gboolean
tp_project_undo (TpProject *self)
{
  gboolean done;

  g_return_val_if_fail (TP_IS_PROJECT (self), FALSE);

  start_touching (self);
  done = tp_history_undo (self->history);
  finish_touching (self);
  _tp_project_update_state (self);

  return done;
}

gboolean
tp_project_redo (TpProject *self)
{
  gboolean done;

  g_return_val_if_fail (TP_IS_PROJECT (self), FALSE);

  start_touching (self);
  done = tp_history_redo (self->history);
  finish_touching (self);
  _tp_project_update_state (self);

  return done;
}

GPtrArray *
tp_project_get_last_touched (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), NULL);

  return self->last_touched;
}

void
tp_project_clear_history (TpProject *self)
{
  g_return_if_fail (TP_IS_PROJECT (self));
  g_return_if_fail (!tp_history_is_open (self->history));

  tp_history_clear (self->history);
  g_ptr_array_set_size (self->last_touched, 0);
  _tp_project_update_state (self);
}

gboolean
tp_project_get_modified (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), FALSE);

  return tp_history_get_modified (self->history);
}

void
tp_project_mark_saved (TpProject *self)
{
  g_return_if_fail (TP_IS_PROJECT (self));

  tp_history_mark_saved (self->history);
  _tp_project_update_state (self);
}

guint64
tp_project_get_change_count (TpProject *self)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), 0);

  return self->change_count;
}
