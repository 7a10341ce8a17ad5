/* tp-test-dump.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A complete textual dump of a model tree (every property, the unknown JSON
 * members and all children), for tests that compare two states.
 */

#pragma once

#include "model/tp-model.h"

static void
tp_test_dump_element (GString   *out,
                      TpElement *element,
                      guint      depth)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_string_append_printf (out, "%*s%s\n", depth * 2, "", G_OBJECT_TYPE_NAME (element));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (element), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;
      GType type = pspecs[i]->value_type;

      /* History state is not document content. */
      if (!(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;

      g_value_init (&value, type);
      g_object_get_property (G_OBJECT (element), pspecs[i]->name, &value);

      if (type == G_TYPE_DOUBLE)
        text = g_strdup_printf ("%.17g", g_value_get_double (&value));
      else if (type == G_TYPE_BYTES)
        {
          GBytes *bytes = g_value_get_boxed (&value);

          text = bytes ? g_strdup_printf ("bytes %" G_GSIZE_FORMAT " %u",
                                          g_bytes_get_size (bytes), g_bytes_hash (bytes))
                       : g_strdup ("NULL");
        }
      else if (type == G_TYPE_STRV)
        {
          const char * const *strv = g_value_get_boxed (&value);

          text = strv ? g_strjoinv ("|", (char **) strv) : g_strdup ("NULL");
        }
      else if (type == G_TYPE_VARIANT)
        text = g_value_get_variant (&value) ? g_variant_print (g_value_get_variant (&value), FALSE)
                                            : g_strdup ("NULL");
      else
        text = g_strdup_value_contents (&value);

      g_string_append_printf (out, "%*s  %s=%s\n", depth * 2, "", pspecs[i]->name, text);
    }

  if (tp_element_get_extra (element) != NULL)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *json = NULL;

      json_node_set_object (node, tp_element_get_extra (element));
      json = json_to_string (node, FALSE);
      g_string_append_printf (out, "%*s  extra=%s\n", depth * 2, "", json);
    }

  for (guint l = TP_LIST_NONE + 1; l < TP_N_LISTS; l++)
    {
      GPtrArray *list = tp_element_get_list (element, l);

      if (list == NULL || list->len == 0)
        continue;

      g_string_append_printf (out, "%*s  list %u:\n", depth * 2, "", l);
      for (guint i = 0; i < list->len; i++)
        {
          TpElement *child = g_ptr_array_index (list, i);

          g_assert_true (tp_element_get_parent (child) == element);
          g_assert_cmpint (tp_element_get_index (child), ==, i);
          tp_test_dump_element (out, child, depth + 2);
        }
    }
}

/* Fails showing the first line where @a and @b differ, not the whole dump. */
#define tp_test_assert_same_text(a, b) \
  G_STMT_START { \
    const char *_a = (a), *_b = (b); \
    if (g_strcmp0 (_a, _b) != 0) \
      { \
        g_auto(GStrv) _la = g_strsplit (_a, "\n", -1); \
        g_auto(GStrv) _lb = g_strsplit (_b, "\n", -1); \
        guint _i = 0; \
        while (_la[_i] != NULL && _lb[_i] != NULL && g_str_equal (_la[_i], _lb[_i])) \
          _i++; \
        g_error ("texts differ at line %u: “%s” ≠ “%s”", _i + 1, \
                 _la[_i] ? _la[_i] : "(end)", _lb[_i] ? _lb[_i] : "(end)"); \
      } \
  } G_STMT_END

static inline char *
tp_test_dump (TpProject *project)
{
  GString *out = g_string_new (NULL);

  tp_test_dump_element (out, TP_ELEMENT (project), 0);

  return g_string_free (out, FALSE);
}
