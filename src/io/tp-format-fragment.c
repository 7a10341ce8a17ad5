/* tp-format-fragment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clipboard fragments: copies of phases, lanes and cards (with their metrics
 * and unknown members) in a small JSON document:
 *   { "format": "touchpoint-fragment", "version": 1, "generator": "…",
 *     "phases": [ … ], "lanes": [ … ], "cards": [ … ] }
 * Each element is written exactly as in a .touchpoint file. On paste every
 * element gets a fresh id; the phase and lane a card names are kept as they
 * were, and the caller decides where the cards go.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-format-private.h"

GBytes *
tp_format_save_fragment (TpElement **elements,
                         guint       n_elements)
{
  static const char * const names[] = { "phases", "lanes", "cards" };
  GType kinds[3] = { TP_TYPE_PHASE, TP_TYPE_LANE, TP_TYPE_CARD };
  TpJsonWriter *w;

  g_return_val_if_fail (elements != NULL || n_elements == 0, NULL);

  w = tp_json_writer_new (1024 * (n_elements + 1));
  tp_json_writer_begin_object (w);
  tp_json_writer_member (w, "format");
  tp_json_writer_string (w, TP_FORMAT_FRAGMENT_NAME);
  tp_json_writer_member (w, "version");
  tp_json_writer_int (w, TP_FORMAT_VERSION);
  tp_json_writer_member (w, "generator");
  tp_json_writer_string (w, PACKAGE_NAME " " PACKAGE_VERSION);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      tp_json_writer_member (w, names[k]);
      tp_json_writer_begin_array (w);
      for (guint i = 0; i < n_elements; i++)
        {
          if (G_OBJECT_TYPE (elements[i]) != kinds[k])
            continue;
          if (kinds[k] == TP_TYPE_PHASE)
            _tp_write_phase (w, TP_PHASE (elements[i]));
          else if (kinds[k] == TP_TYPE_LANE)
            _tp_write_lane (w, TP_LANE (elements[i]));
          else
            _tp_write_card (w, TP_CARD (elements[i]));
        }
      tp_json_writer_end_array (w);
    }

  tp_json_writer_end_object (w);
  return tp_json_writer_free_to_bytes (w);
}

static gboolean
load_elements (TpLoader   *l,
               GPtrArray  *out,
               int         kind)
{
  int index = 0;

  if (!_tp_loader_enter_array (l))
    return FALSE;
  while (_tp_loader_next_item (l))
    {
      TpElement *element;

      if (kind == 0)
        element = _tp_load_phase (l);
      else if (kind == 1)
        element = _tp_load_lane (l);
      else
        element = _tp_load_card (l, index++);
      if (element == NULL)
        return FALSE;
      g_ptr_array_add (out, element);
    }
  if (!_tp_loader_ok (l))
    return FALSE;
  _tp_loader_leave (l);
  return TRUE;
}

static gboolean
load_fragment (TpLoader  *l,
               GPtrArray *lists[3])
{
  static const char * const names[] = { "phases", "lanes", "cards" };
  gboolean have_format = FALSE;
  const char *name;

  if (_tp_loader_next (l) == TP_JSON_TOKEN_NONE)
    return FALSE;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_BEGIN_OBJECT)
    return _tp_loader_fail (l, TP_FORMAT_ERROR_NOT_TOUCHPOINT,
                            _("this is not a Touchpoint clipboard fragment"));
  if (!_tp_loader_enter_object (l))
    return FALSE;

  while (_tp_loader_next_member (l, &name))
    {
      int kind = -1;

      for (int i = 0; i < 3; i++)
        if (strcmp (name, names[i]) == 0)
          kind = i;

      if (strcmp (name, "format") == 0)
        {
          if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_STRING
              || strcmp (tp_json_reader_get_string (l->reader, NULL), TP_FORMAT_FRAGMENT_NAME) != 0)
            return _tp_loader_fail (l, TP_FORMAT_ERROR_NOT_TOUCHPOINT,
                                    _("this is not a Touchpoint clipboard fragment"));
          have_format = TRUE;
        }
      else if (kind >= 0)
        {
          if (!load_elements (l, lists[kind], kind))
            return FALSE;
        }
      else if (!tp_json_reader_skip (l->reader, NULL))
        return _tp_loader_fail (l, TP_FORMAT_ERROR_SYNTAX, _("the fragment is damaged"));
    }

  if (!_tp_loader_ok (l))
    return FALSE;
  if (!have_format)
    return _tp_loader_fail (l, TP_FORMAT_ERROR_NOT_TOUCHPOINT,
                            _("this is not a Touchpoint clipboard fragment"));
  _tp_loader_leave (l);
  return _tp_loader_next (l) == TP_JSON_TOKEN_END;
}

GPtrArray *
tp_format_load_fragment (TpProject *target,
                         GBytes    *bytes,
                         GError   **error)
{
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *lists[3] = { phases, lanes, cards };
  GPtrArray *result;
  TpLoader loader;
  const char *data;
  gsize length;
  gboolean ok;

  g_return_val_if_fail (TP_IS_PROJECT (target), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > TP_FORMAT_MAX_FILE_SIZE || data == NULL || length == 0)
    {
      g_set_error (error, TP_FORMAT_ERROR,
                   length == 0 ? TP_FORMAT_ERROR_EMPTY : TP_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the clipboard content is empty or too large"), _("clipboard"));
      return NULL;
    }

  _tp_loader_init (&loader, _("clipboard"), data, length);
  loader.fragment = TRUE;
  loader.target = target;
  tp_json_reader_set_max_string (loader.reader, TP_FORMAT_MAX_STRING);

  ok = load_fragment (&loader, lists);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&loader.error));
      _tp_loader_clear (&loader);
      return NULL;
    }
  _tp_loader_clear (&loader);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < 3; k++)
    for (guint i = 0; i < lists[k]->len; i++)
      g_ptr_array_add (result, g_object_ref (g_ptr_array_index (lists[k], i)));
  return result;
}
