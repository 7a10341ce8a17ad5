/* tp-project-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applying changes to the document, recording them for undo and announcing
 * them with TpProject::changed: the editing primitives.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>

#include "tp-model.h"
#include "tp-element-private.h"
#include "tp-history.h"
#include "tp-project-private.h"

static void
do_set (TpProject    *self,
        TpElement    *element,
        GParamSpec   *pspec,
        const GValue *value)
{
  TpChange change = { TP_CHANGE_PROPERTY, element };

  g_object_set_property (G_OBJECT (element), pspec->name, value);

  change.pspec = pspec;
  _tp_project_emit_change (self, &change);
}

static void
do_insert (TpProject *self,
           TpElement *parent,
           TpListId   list,
           guint      index,
           TpElement *child)
{
  TpChange change = { TP_CHANGE_INSERTED, child, parent, list, index };

  _tp_element_insert_child (parent, list, index, child);
  _tp_project_index_subtree (self, child);

  _tp_project_emit_change (self, &change);
}

static void
do_remove (TpProject *self,
           TpElement *parent,
           TpListId   list,
           guint      index)
{
  g_autoptr(TpElement) child = NULL;
  TpChange change = { TP_CHANGE_REMOVED, NULL, parent, list, index };

  child = g_object_ref (g_ptr_array_index (tp_element_get_list (parent, list), index));
  _tp_project_unindex_subtree (self, child);
  _tp_element_remove_child (parent, list, index);

  change.element = child;
  _tp_project_emit_change (self, &change);
}

static void
do_move (TpProject *self,
         TpElement *parent,
         TpListId   list,
         guint      from,
         guint      to)
{
  TpElement *child = g_ptr_array_index (tp_element_get_list (parent, list), from);
  TpChange change = { TP_CHANGE_MOVED, child, parent, list, to, from };

  _tp_element_move_child (parent, list, from, to);

  _tp_project_emit_change (self, &change);
}

void
_tp_project_apply_record (TpRecord *record,
                          gboolean  undo,
                          gpointer  user_data)
{
  TpProject *self = user_data;
  gboolean removing = (record->kind == TP_CHANGE_INSERTED && undo) ||
                      (record->kind == TP_CHANGE_REMOVED && !undo);

  /* The document must be in the state the record was made in. */
  g_assert (!removing ||
            g_ptr_array_index (tp_element_get_list (record->parent, record->list),
                               record->index) == record->element);

  switch (record->kind)
    {
    case TP_CHANGE_PROPERTY:
      do_set (self, record->element, record->pspec,
              undo ? &record->old_value : &record->new_value);
      break;

    case TP_CHANGE_INSERTED:
      if (undo)
        do_remove (self, record->parent, record->list, record->index);
      else
        do_insert (self, record->parent, record->list, record->index, record->element);
      break;

    case TP_CHANGE_REMOVED:
      if (undo)
        do_insert (self, record->parent, record->list, record->index, record->element);
      else
        do_remove (self, record->parent, record->list, record->index);
      break;

    case TP_CHANGE_MOVED:
      if (undo)
        do_move (self, record->parent, record->list, record->index, record->old_index);
      else
        do_move (self, record->parent, record->list, record->old_index, record->index);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* --- Editing primitives -------------------------------------------------- */

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      static const char * const empty[] = { NULL };

      return g_strv_equal (sa ? sa : empty, sb ? sb : empty);
    }

  if (type == G_TYPE_BYTES)
    {
      GBytes *ba = g_value_get_boxed (a);
      GBytes *bb = g_value_get_boxed (b);

      return ba == bb || (ba != NULL && bb != NULL && g_bytes_equal (ba, bb));
    }

  if (type == G_TYPE_VARIANT)
    {
      GVariant *va = g_value_get_variant (a);
      GVariant *vb = g_value_get_variant (b);

      return va == vb || (va != NULL && vb != NULL && g_variant_equal (va, vb));
    }

  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);

  return g_param_values_cmp (pspec, a, b) == 0;
}

static const char *
label_for_property (GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "name"))
    return _("Rename");
  if (g_str_equal (pspec->name, "color"))
    return _("Change Color");
  if (g_str_equal (pspec->name, "x") || g_str_equal (pspec->name, "y"))
    return _("Move");

  return _("Edit");
}

static gboolean
check_member (TpProject *self,
              gpointer   element)
{
  g_return_val_if_fail (TP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (TP_IS_ELEMENT (element), FALSE);
  g_return_val_if_fail (tp_element_get_project (element) == self, FALSE);
  g_return_val_if_fail (!tp_history_is_replaying (self->history), FALSE);

  return TRUE;
}

static void
set_validated (TpProject  *self,
               TpElement  *element,
               GParamSpec *pspec,
               GValue     *new_value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) actual = G_VALUE_INIT;
  TpChange change = { TP_CHANGE_PROPERTY, element };
  TpRecord *record;

  if (G_VALUE_HOLDS_DOUBLE (new_value) && !isfinite (g_value_get_double (new_value)))
    {
      g_critical ("Refusing a value of %s that is not a finite number", pspec->name);
      return;
    }

  g_param_value_validate (pspec, new_value);

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (G_OBJECT (element), pspec->name, &old_value);

  if (values_equal (pspec, &old_value, new_value))
    return;

  tp_project_begin (self, label_for_property (pspec));

  g_object_set_property (G_OBJECT (element), pspec->name, new_value);

  /* The setter may have normalised the value or refused it. */
  g_value_init (&actual, pspec->value_type);
  g_object_get_property (G_OBJECT (element), pspec->name, &actual);

  if (!values_equal (pspec, &old_value, &actual))
    {
      record = tp_record_new (TP_CHANGE_PROPERTY, element);
      record->pspec = g_param_spec_ref (pspec);
      record->old_value = old_value;
      old_value = (GValue) G_VALUE_INIT;
      record->new_value = actual;
      actual = (GValue) G_VALUE_INIT;
      tp_history_record (self->history, record);

      change.pspec = pspec;
      _tp_project_emit_change (self, &change);
    }

  tp_project_commit (self);
}

static GParamSpec *
find_writable (gpointer    element,
               const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (element), property);

  if (pspec == NULL)
    {
      g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (element), property);
      return NULL;
    }

  if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
    {
      g_critical ("Property “%s” of %s cannot be edited",
                  property, G_OBJECT_TYPE_NAME (element));
      return NULL;
    }

  return pspec;
}

void
tp_project_set_value (TpProject    *self,
                      gpointer      element,
                      const char   *property,
                      const GValue *value)
{
  g_auto(GValue) new_value = G_VALUE_INIT;
  GParamSpec *pspec;

  if (!check_member (self, element))
    return;
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  if ((pspec = find_writable (element, property)) == NULL)
    return;

  g_value_init (&new_value, pspec->value_type);
  if (!g_value_transform (value, &new_value))
    {
      g_critical ("Cannot set “%s” of %s from a %s", property,
                  G_OBJECT_TYPE_NAME (element), G_VALUE_TYPE_NAME (value));
      return;
    }

  set_validated (self, element, pspec, &new_value);
}

void
tp_project_set (TpProject  *self,
                gpointer    element,
                const char *first_property,
                ...)
{
  const char *name;
  GParamSpec *first;
  va_list args;

  if (!check_member (self, element))
    return;
  g_return_if_fail (first_property != NULL);

  if ((first = find_writable (element, first_property)) == NULL)
    return;

  tp_project_begin (self, label_for_property (first));

  va_start (args, first_property);

  for (name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *error = NULL;
      GParamSpec *pspec;

      if ((pspec = find_writable (element, name)) == NULL)
        break;

      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          break;
        }

      set_validated (self, element, pspec, &value);
    }

  va_end (args);

  tp_project_commit (self);
}

void
tp_project_insert (TpProject *self,
                   gpointer   parent,
                   TpListId   list,
                   int        index,
                   gpointer   child)
{
  g_autoptr(GHashTable) seen = NULL;
  TpRecord *record;
  GPtrArray *array;

  if (!check_member (self, parent))
    return;
  g_return_if_fail (TP_IS_ELEMENT (child));
  g_return_if_fail (tp_element_get_parent (child) == NULL && child != (gpointer) self);
  g_return_if_fail (TP_ELEMENT_GET_CLASS (parent)->list_for_child (parent,
                                                                   G_OBJECT_TYPE (child)) == list);

  array = tp_element_get_list (parent, list);
  if (index < 0 || (guint) index > array->len)
    index = array->len;

  _tp_project_assign_ids (self, child);

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  if (!_tp_project_ids_free (self, child, seen))
    {
      g_critical ("Cannot insert a %s whose id is already in use", G_OBJECT_TYPE_NAME (child));
      return;
    }

  tp_project_begin (self, _("Add"));

  do_insert (self, parent, list, index, child);

  record = tp_record_new (TP_CHANGE_INSERTED, child);
  record->parent = parent;
  record->list = list;
  record->index = index;
  tp_history_record (self->history, record);

  tp_project_commit (self);
}

void
_tp_project_remove_at (TpProject *self,
                       TpElement *parent,
                       TpListId   list,
                       guint      index)
{
  TpElement *child = g_ptr_array_index (tp_element_get_list (parent, list), index);
  TpRecord *record;

  g_assert (tp_history_is_open (self->history));

  record = tp_record_new (TP_CHANGE_REMOVED, child);
  record->parent = parent;
  record->list = list;
  record->index = index;
  tp_history_record (self->history, record);

  do_remove (self, parent, list, index);
}

void
tp_project_move (TpProject *self,
                 gpointer   element,
                 guint      index)
{
  TpElement *parent;
  TpListId list;
  TpRecord *record;
  guint from;

  if (!check_member (self, element))
    return;
  g_return_if_fail (element != (gpointer) self);

  parent = tp_element_get_parent (element);
  list = tp_element_get_parent_list (element);
  from = tp_element_get_index (element);
  index = MIN (index, tp_element_get_list (parent, list)->len - 1);

  if (from == index)
    return;

  tp_project_begin (self, _("Move"));

  do_move (self, parent, list, from, index);

  record = tp_record_new (TP_CHANGE_MOVED, element);
  record->parent = parent;
  record->list = list;
  record->index = index;
  record->old_index = from;
  tp_history_record (self->history, record);

  tp_project_commit (self);
}
