/* tp-json-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-json-writer.h"

typedef struct {
  guint    count;
  gboolean is_object;
} Level;

struct _TpJsonWriter
{
  GString *out;
  GArray  *levels;
  gboolean after_member;
};

TpJsonWriter *
tp_json_writer_new (gsize size_hint)
{
  TpJsonWriter *self = g_new0 (TpJsonWriter, 1);

  self->out = g_string_sized_new (MAX (size_hint, 1024));
  self->levels = g_array_sized_new (FALSE, FALSE, sizeof (Level), 16);
  return self;
}

void
tp_json_writer_free (TpJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->levels);
  g_free (self);
}

GBytes *
tp_json_writer_free_to_bytes (TpJsonWriter *self)
{
  GString *out = self->out;

  g_array_unref (self->levels);
  g_free (self);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

static void
newline (TpJsonWriter *self,
         guint         depth)
{
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append_len (self->out, "  ", 2);
}

/* Everything written before a value: the comma and the line break. */
static void
before_value (TpJsonWriter *self)
{
  Level *level;

  if (self->after_member || self->levels->len == 0)
    {
      self->after_member = FALSE;
      return;
    }

  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  g_assert (!level->is_object);
  if (level->count > 0)
    g_string_append_c (self->out, ',');
  newline (self, self->levels->len);
  level->count++;
}

static void
begin (TpJsonWriter *self,
       char          bracket,
       gboolean      is_object)
{
  Level level = { 0, is_object };

  before_value (self);
  g_string_append_c (self->out, bracket);
  g_array_append_val (self->levels, level);
}

static void
end (TpJsonWriter *self,
     char          bracket)
{
  Level level;

  g_assert (self->levels->len > 0);
  level = g_array_index (self->levels, Level, self->levels->len - 1);
  g_array_set_size (self->levels, self->levels->len - 1);
  if (level.count > 0)
    newline (self, self->levels->len);
  g_string_append_c (self->out, bracket);
}

void
tp_json_writer_begin_object (TpJsonWriter *self)
{
  begin (self, '{', TRUE);
}

void
tp_json_writer_end_object (TpJsonWriter *self)
{
  end (self, '}');
}

void
tp_json_writer_begin_array (TpJsonWriter *self)
{
  begin (self, '[', FALSE);
}

void
tp_json_writer_end_array (TpJsonWriter *self)
{
  end (self, ']');
}

static void
append_escaped (GString    *out,
                const char *s)
{
  static const char hex[] = "0123456789abcdef";
  const char *p = s;

  g_string_append_c (out, '"');
  for (;;)
    {
      const char *start = p;
      guchar c;

      while ((c = (guchar) *p) >= 0x20 && c != '"' && c != '\\')
        p++;
      if (p > start)
        g_string_append_len (out, start, p - start);
      if (c == '\0')
        break;
      p++;
      switch (c)
        {
        case '"': g_string_append_len (out, "\\\"", 2); break;
        case '\\': g_string_append_len (out, "\\\\", 2); break;
        case '\n': g_string_append_len (out, "\\n", 2); break;
        case '\t': g_string_append_len (out, "\\t", 2); break;
        case '\r': g_string_append_len (out, "\\r", 2); break;
        case '\b': g_string_append_len (out, "\\b", 2); break;
        case '\f': g_string_append_len (out, "\\f", 2); break;
        default:
          g_string_append_len (out, "\\u00", 4);
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xf]);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_string (GString    *out,
               const char *value)
{
  if (value == NULL)
    value = "";

  if (G_LIKELY (g_utf8_validate (value, -1, NULL)))
    append_escaped (out, value);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);
      append_escaped (out, valid);
    }
}

void
tp_json_writer_member (TpJsonWriter *self,
                       const char   *name)
{
  Level *level;

  g_assert (self->levels->len > 0);
  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  g_assert (level->is_object);
  if (level->count > 0)
    g_string_append_c (self->out, ',');
  newline (self, self->levels->len);
  append_string (self->out, name);
  g_string_append_len (self->out, ": ", 2);
  level->count++;
  self->after_member = TRUE;
}

void
tp_json_writer_string (TpJsonWriter *self,
                       const char   *value)
{
  before_value (self);
  append_string (self->out, value);
}

void
tp_json_writer_string_or_null (TpJsonWriter *self,
                               const char   *value)
{
  if (value == NULL)
    tp_json_writer_null (self);
  else
    tp_json_writer_string (self, value);
}

void
tp_json_writer_ascii_string (TpJsonWriter *self,
                             const char   *value,
                             gsize         len)
{
  before_value (self);
  g_string_append_c (self->out, '"');
  g_string_append_len (self->out, value, len);
  g_string_append_c (self->out, '"');
}

void
tp_json_writer_int (TpJsonWriter *self,
                    gint64        value)
{
  before_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
tp_json_format_double (char   buf[G_ASCII_DTOSTR_BUF_SIZE],
                       double value)
{
  static const char *formats[] = { "%.15g", "%.16g", "%.17g" };

  if (!isfinite (value) || value == 0.0)
    value = 0.0;  /* also turns -0 into 0 */

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

void
tp_json_writer_double (TpJsonWriter *self,
                       double        value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  before_value (self);
  tp_json_format_double (buf, value);
  g_string_append (self->out, buf);
}

void
tp_json_writer_boolean (TpJsonWriter *self,
                        gboolean      value)
{
  before_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
tp_json_writer_null (TpJsonWriter *self)
{
  before_value (self);
  g_string_append_len (self->out, "null", 4);
}

void
tp_json_writer_node (TpJsonWriter *self,
                     JsonNode     *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        GList *names = json_object_get_members (object);

        tp_json_writer_begin_object (self);
        for (GList *l = names; l != NULL; l = l->next)
          {
            tp_json_writer_member (self, l->data);
            tp_json_writer_node (self, json_object_get_member (object, l->data));
          }
        tp_json_writer_end_object (self);
        g_list_free (names);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        tp_json_writer_begin_array (self);
        for (guint i = 0; i < n; i++)
          tp_json_writer_node (self, json_array_get_element (array, i));
        tp_json_writer_end_array (self);
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          tp_json_writer_int (self, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          tp_json_writer_double (self, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          tp_json_writer_boolean (self, json_node_get_boolean (node));
          break;
        case G_TYPE_STRING:
          tp_json_writer_string (self, json_node_get_string (node));
          break;
        default:
          tp_json_writer_null (self);
          break;
        }
      break;

    case JSON_NODE_NULL:
    default:
      tp_json_writer_null (self);
      break;
    }
}
