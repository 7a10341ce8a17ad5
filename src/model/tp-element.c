/* tp-element.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-model.h"
#include "tp-element-private.h"
#include "tp-project-private.h"

typedef struct
{
  /* owned */
  char       *id;
  GPtrArray  *lists[TP_N_LISTS];
  JsonObject *extra;

  /* borrowed: the parent owns us */
  TpElement  *parent;
  TpListId    parent_list;
  /* Where we were last seen in the parent's list; checked before use. */
  guint       index_hint;
} TpElementPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TpElement, tp_element, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  TpListId list;
  GType  (*parent_type) (void);
  GType  (*child_type) (void);
  const char *prefix;
} list_table[] = {
  { TP_LIST_PERSONAS,    tp_project_get_type,    tp_persona_get_type,    "persona" },
  { TP_LIST_FLOOR_PLANS, tp_project_get_type,    tp_floor_plan_get_type, "plan" },
  { TP_LIST_JOURNEYS,    tp_project_get_type,    tp_journey_get_type,    "journey" },
  { TP_LIST_PHASES,      tp_journey_get_type,    tp_phase_get_type,      "phase" },
  { TP_LIST_LANES,       tp_journey_get_type,    tp_lane_get_type,       "lane" },
  { TP_LIST_CARDS,       tp_journey_get_type,    tp_card_get_type,       "card" },
  { TP_LIST_CONNECTIONS, tp_journey_get_type,    tp_connection_get_type, "link" },
  { TP_LIST_PLACEMENTS,  tp_journey_get_type,    tp_placement_get_type,  "stop" },
  { TP_LIST_METRICS,     tp_card_get_type,       tp_metric_get_type,     NULL },
  { TP_LIST_ZONES,       tp_floor_plan_get_type, tp_zone_get_type,       "zone" },
};

TpListId
_tp_element_list_for_types (GType parent_type,
                            GType child_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (list_table); i++)
    if (list_table[i].parent_type () == parent_type &&
        g_type_is_a (child_type, list_table[i].child_type ()))
      return list_table[i].list;

  return TP_LIST_NONE;
}

GType
_tp_list_parent_type (TpListId list)
{
  for (guint i = 0; i < G_N_ELEMENTS (list_table); i++)
    if (list_table[i].list == list)
      return list_table[i].parent_type ();

  return G_TYPE_INVALID;
}

const char *
_tp_element_id_prefix (TpElement *self)
{
  GType type = G_OBJECT_TYPE (self);

  for (guint i = 0; i < G_N_ELEMENTS (list_table); i++)
    if (list_table[i].child_type () == type)
      return list_table[i].prefix;

  return NULL;
}

static TpListId
tp_element_real_list_for_child (TpElement *self,
                                GType      child_type)
{
  return _tp_element_list_for_types (G_OBJECT_TYPE (self), child_type);
}

static void
tp_element_dispose (GObject *object)
{
  TpElement *self = TP_ELEMENT (object);
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  for (guint l = 0; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = priv->lists[l];

      if (list == NULL)
        continue;

      for (guint i = 0; i < list->len; i++)
        {
          TpElementPrivate *cpriv = tp_element_get_instance_private (g_ptr_array_index (list, i));

          cpriv->parent = NULL;
          cpriv->parent_list = TP_LIST_NONE;
        }

      g_clear_pointer (&priv->lists[l], g_ptr_array_unref);
    }

  G_OBJECT_CLASS (tp_element_parent_class)->dispose (object);
}

static void
tp_element_finalize (GObject *object)
{
  TpElement *self = TP_ELEMENT (object);
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (tp_element_parent_class)->finalize (object);
}

static void
tp_element_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TpElement *self = TP_ELEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, tp_element_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_element_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TpElement *self = TP_ELEMENT (object);
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      _tp_set_reference (&priv->id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_element_class_init (TpElementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tp_element_dispose;
  object_class->finalize = tp_element_finalize;
  object_class->get_property = tp_element_get_property;
  object_class->set_property = tp_element_set_property;

  klass->list_for_child = tp_element_real_list_for_child;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_element_init (TpElement *self)
{
}

const char *
tp_element_get_id (TpElement *self)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_return_val_if_fail (TP_IS_ELEMENT (self), NULL);

  return priv->id;
}

TpElement *
tp_element_get_parent (TpElement *self)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_return_val_if_fail (TP_IS_ELEMENT (self), NULL);

  return priv->parent;
}

GPtrArray *
tp_element_get_list (TpElement *self,
                     TpListId   list)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_return_val_if_fail (TP_IS_ELEMENT (self), NULL);
  g_return_val_if_fail (list > TP_LIST_NONE && list < TP_N_LISTS, NULL);

  if G_UNLIKELY (priv->lists[list] == NULL)
    {
      if (_tp_list_parent_type (list) != G_OBJECT_TYPE (self))
        return NULL;

      priv->lists[list] = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return priv->lists[list];
}

GPtrArray *
_tp_element_peek_list (TpElement *self,
                       TpListId   list)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  return priv->lists[list];
}

TpListId
tp_element_get_parent_list (TpElement *self)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_return_val_if_fail (TP_IS_ELEMENT (self), TP_LIST_NONE);

  return priv->parent_list;
}

int
tp_element_get_index (TpElement *self)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);
  TpElementPrivate *ppriv;
  GPtrArray *list;
  guint hint, index;

  g_return_val_if_fail (TP_IS_ELEMENT (self), -1);

  if (priv->parent == NULL)
    return -1;

  ppriv = tp_element_get_instance_private (priv->parent);
  list = ppriv->lists[priv->parent_list];
  g_assert (list != NULL);

  hint = MIN (priv->index_hint, list->len - 1);

  /* Search outwards from where we were: after an insertion or removal
   * nearby, the element has moved only a little. */
  for (guint d = 0; d <= hint || hint + d < list->len; d++)
    {
      if (hint + d < list->len && g_ptr_array_index (list, hint + d) == (gpointer) self)
        index = hint + d;
      else if (d <= hint && g_ptr_array_index (list, hint - d) == (gpointer) self)
        index = hint - d;
      else
        continue;

      priv->index_hint = index;
      return index;
    }

  g_assert_not_reached ();
}

JsonObject *
tp_element_get_extra (TpElement *self)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_return_val_if_fail (TP_IS_ELEMENT (self), NULL);

  return priv->extra;
}

void
tp_element_set_extra (TpElement  *self,
                      JsonObject *extra)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_return_if_fail (TP_IS_ELEMENT (self));

  if (extra == priv->extra)
    return;

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = extra;
}

gpointer
tp_element_get_project (TpElement *self)
{
  TpElement *root = self;

  g_return_val_if_fail (TP_IS_ELEMENT (self), NULL);

  for (;;)
    {
      TpElementPrivate *priv = tp_element_get_instance_private (root);

      if (priv->parent == NULL)
        break;
      root = priv->parent;
    }

  return TP_IS_PROJECT (root) ? root : NULL;
}

void
_tp_element_insert_child (TpElement *self,
                          TpListId   list,
                          guint      index,
                          TpElement *child)
{
  TpElementPrivate *cpriv = tp_element_get_instance_private (child);
  GPtrArray *array = tp_element_get_list (self, list);

  g_assert (array != NULL);
  g_assert (cpriv->parent == NULL);
  g_assert (index <= array->len);

  if (index == array->len)
    g_ptr_array_add (array, g_object_ref (child));
  else
    g_ptr_array_insert (array, index, g_object_ref (child));

  cpriv->parent = self;
  cpriv->parent_list = list;
  cpriv->index_hint = index;
}

void
_tp_element_remove_child (TpElement *self,
                          TpListId   list,
                          guint      index)
{
  GPtrArray *array = tp_element_get_list (self, list);
  TpElementPrivate *cpriv;

  g_assert (array != NULL);
  g_assert (index < array->len);

  cpriv = tp_element_get_instance_private (g_ptr_array_index (array, index));
  cpriv->parent = NULL;
  cpriv->parent_list = TP_LIST_NONE;
  cpriv->index_hint = 0;

  if (index == array->len - 1)
    g_ptr_array_set_size (array, index);
  else
    g_ptr_array_remove_index (array, index);
}

void
_tp_element_move_child (TpElement *self,
                        TpListId   list,
                        guint      from,
                        guint      to)
{
  GPtrArray *array = tp_element_get_list (self, list);
  TpElementPrivate *cpriv;
  gpointer child;

  g_assert (array != NULL);
  g_assert (from < array->len && to < array->len);

  if (from == to)
    return;

  child = g_ptr_array_steal_index (array, from);
  g_ptr_array_insert (array, to, child);

  cpriv = tp_element_get_instance_private (child);
  cpriv->index_hint = to;
}

void
_tp_element_append_child (TpElement *self,
                          TpListId   list,
                          TpElement *child)
{
  GPtrArray *array;
  TpProject *project;

  g_return_if_fail (TP_IS_ELEMENT (self));
  g_return_if_fail (TP_IS_ELEMENT (child));
  g_return_if_fail (tp_element_get_parent (child) == NULL);
  g_return_if_fail (_tp_element_list_for_types (G_OBJECT_TYPE (self),
                                                G_OBJECT_TYPE (child)) == list);

  array = tp_element_get_list (self, list);
  _tp_element_insert_child (self, list, array->len, child);

  project = tp_element_get_project (self);
  if (project != NULL)
    _tp_project_index_subtree (project, child);
}

void
_tp_element_set_id (TpElement  *self,
                    const char *id)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);
  g_autofree char *old_id = NULL;
  TpProject *project;

  g_return_if_fail (TP_IS_ELEMENT (self));

  if (g_strcmp0 (priv->id, id) == 0)
    return;

  old_id = g_strdup (priv->id);
  _tp_set_reference (&priv->id, id);

  project = tp_element_get_project (self);
  if (project != NULL)
    _tp_project_reindex (project, self, old_id);
}

void
_tp_element_take_new_id (TpElement *self,
                         char      *id)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);

  g_assert (priv->id == NULL && priv->parent == NULL);

  if (id != NULL && id[0] == '\0')
    g_clear_pointer (&id, g_free);
  priv->id = id;
}

static JsonNode *copy_node (JsonNode *node);

static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            copy_node (json_object_get_member (object, l->data)));

  return copy;
}

static JsonNode *
copy_node (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, copy_object (json_node_get_object (node)));
      return copy;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *array_copy = json_array_sized_new (json_array_get_length (array));

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (array_copy, copy_node (json_array_get_element (array, i)));

        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (copy, array_copy);
        return copy;
      }

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

TpElement *
_tp_element_copy (TpElement *self)
{
  TpElementPrivate *priv = tp_element_get_instance_private (self);
  g_autofree GParamSpec **pspecs = NULL;
  TpElement *copy;
  guint n_pspecs;

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  if (priv->extra != NULL)
    {
      g_autoptr(JsonObject) extra = copy_object (priv->extra);

      tp_element_set_extra (copy, extra);
    }

  for (guint l = 0; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = priv->lists[l];

      if (list == NULL)
        continue;

      for (guint i = 0; i < list->len; i++)
        {
          g_autoptr(TpElement) child = _tp_element_copy (g_ptr_array_index (list, i));

          _tp_element_append_child (copy, l, child);
        }
    }

  return copy;
}

gboolean
_tp_set_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (*field != NULL && strcmp (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

gboolean
_tp_set_reference (char       **field,
                   const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

gboolean
_tp_color_is_valid (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;

  return TRUE;
}

gboolean
_tp_set_color (char       **field,
               const char  *value)
{
  g_autofree char *lower = NULL;

  /* An invalid colour leaves the old one in place. */
  if (!_tp_color_is_valid (value))
    return FALSE;

  lower = g_ascii_strdown (value, -1);
  if (g_strcmp0 (*field, lower) == 0)
    return FALSE;

  g_free (*field);
  *field = g_steal_pointer (&lower);

  return TRUE;
}

gboolean
_tp_set_strv (char               ***field,
              const char * const   *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;

  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);

  return TRUE;
}

gboolean
_tp_set_double (double *field,
                double  value)
{
  if (!isfinite (value) || *field == value)
    return FALSE;

  *field = value;

  return TRUE;
}
