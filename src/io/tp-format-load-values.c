/* tp-format-load-values.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader's bookkeeping: the JSON path of the current value, error
 * messages that name file, line and path, typed value readers, unknown
 * members, ids and references.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-format-private.h"

typedef struct {
  TpIdKind kind;
  guint    journey_no;
  guint    line;
} TpIdEntry;

typedef struct {
  const char *id;
  TpIdKind    kind;
  gboolean    same_journey;
  guint       journey_no;
  guint       line;
  const char *list;
  int         index;
  const char *member;
} TpReference;

void
_tp_loader_init (TpLoader   *l,
                 const char *display_name,
                 const char *data,
                 gsize       length)
{
  memset (l, 0, sizeof *l);
  l->display_name = display_name;
  l->reader = tp_json_reader_new (data, length);
  l->ids = g_hash_table_new (g_str_hash, g_str_equal);
  l->id_entries = g_array_new (FALSE, FALSE, sizeof (TpIdEntry));
  l->refs = g_array_new (FALSE, FALSE, sizeof (TpReference));
}

void
_tp_loader_clear (TpLoader *l)
{
  g_clear_pointer (&l->reader, tp_json_reader_free);
  g_clear_pointer (&l->ids, g_hash_table_unref);
  g_clear_pointer (&l->id_entries, g_array_unref);
  g_clear_pointer (&l->refs, g_array_unref);
  g_clear_error (&l->error);
}

gboolean
_tp_loader_ok (TpLoader *l)
{
  return l->error == NULL;
}

/* Paths deeper than this show their start and end around "…". */
#define PATH_SHOWN_HEAD 4
#define PATH_SHOWN_TAIL 5

char *
_tp_loader_path (TpLoader *l)
{
  GString *path = g_string_new (NULL);
  guint visible[G_N_ELEMENTS (l->path)];
  guint n = 0;

  for (guint i = 0; i < l->path_len; i++)
    if (l->path[i].index >= 0 || l->path[i].name[0] != '\0')
      visible[n++] = i;

  for (guint k = 0; k < n; k++)
    {
      const TpPathSegment *s = &l->path[visible[k]];

      if (n > PATH_SHOWN_HEAD + PATH_SHOWN_TAIL && k >= PATH_SHOWN_HEAD && k < n - PATH_SHOWN_TAIL)
        {
          if (k == PATH_SHOWN_HEAD)
            g_string_append (path, "…");
          continue;
        }
      if (s->index >= 0)
        g_string_append_printf (path, "[%d]", s->index);
      else
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, s->name);
        }
    }
  return g_string_free (path, FALSE);
}

static void
set_error_v (TpLoader   *l,
             guint       line,
             int         code,
             const char *format,
             va_list     args) G_GNUC_PRINTF (4, 0);

static void
set_error_v (TpLoader   *l,
             guint       line,
             int         code,
             const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *path = _tp_loader_path (l);

  if (l->error != NULL)
    return;

  if (path[0] != '\0')
    l->error = g_error_new (TP_FORMAT_ERROR, code, _("%s: line %u: %s: %s"),
                            l->display_name, line, path, message);
  else
    l->error = g_error_new (TP_FORMAT_ERROR, code, _("%s: line %u: %s"),
                            l->display_name, line, message);
}

gboolean
_tp_loader_fail (TpLoader   *l,
                 int         code,
                 const char *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  set_error_v (l, tp_json_reader_get_line (l->reader), code, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_tp_loader_fail_at (TpLoader   *l,
                    guint       line,
                    int         code,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  set_error_v (l, line, code, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_tp_loader_missing (TpLoader   *l,
                    guint       line,
                    const char *what,
                    const char *member)
{
  return _tp_loader_fail_at (l, line, TP_FORMAT_ERROR_MISSING,
                             _("the %s has no “%s”, which is required"), what, member);
}

guint
_tp_loader_line (TpLoader *l)
{
  return tp_json_reader_get_line (l->reader);
}

TpJsonToken
_tp_loader_next (TpLoader *l)
{
  g_autoptr(GError) error = NULL;
  TpJsonToken token;

  if (l->error != NULL)
    return TP_JSON_TOKEN_NONE;

  token = tp_json_reader_next (l->reader, &error);
  if (token == TP_JSON_TOKEN_NONE)
    _tp_loader_fail (l, error->code, "%s", error->message);
  return token;
}

static const char *
describe_token (TpJsonToken token)
{
  switch (token)
    {
    case TP_JSON_TOKEN_BEGIN_OBJECT:
      return _("an object { … }");
    case TP_JSON_TOKEN_BEGIN_ARRAY:
      return _("a list [ … ]");
    case TP_JSON_TOKEN_STRING:
      return _("a text");
    case TP_JSON_TOKEN_NUMBER:
      return _("a number");
    case TP_JSON_TOKEN_TRUE:
      return "true";
    case TP_JSON_TOKEN_FALSE:
      return "false";
    case TP_JSON_TOKEN_NULL:
      return "null";
    case TP_JSON_TOKEN_NONE:
    case TP_JSON_TOKEN_END_OBJECT:
    case TP_JSON_TOKEN_END_ARRAY:
    case TP_JSON_TOKEN_MEMBER:
    case TP_JSON_TOKEN_END:
    default:
      return _("nothing");
    }
}

static gboolean
wrong_type (TpLoader   *l,
            const char *expected)
{
  TpJsonToken token = tp_json_reader_get_token (l->reader);

  return _tp_loader_fail (l, TP_FORMAT_ERROR_WRONG_TYPE, _("this must be %s, not %s"),
                          expected, describe_token (token));
}

static void
push (TpLoader *l)
{
  TpPathSegment *s;

  /* The reader refuses deeper nesting before the path could overflow. */
  g_assert (l->path_len < G_N_ELEMENTS (l->path));
  s = &l->path[l->path_len++];
  s->name[0] = '\0';
  s->index = -1;
}

gboolean
_tp_loader_enter_object (TpLoader *l)
{
  if (l->error != NULL)
    return FALSE;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_BEGIN_OBJECT)
    return wrong_type (l, _("an object { … }"));
  push (l);
  return TRUE;
}

gboolean
_tp_loader_enter_array (TpLoader *l)
{
  if (l->error != NULL)
    return FALSE;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_BEGIN_ARRAY)
    return wrong_type (l, _("a list [ … ]"));
  push (l);
  return TRUE;
}

void
_tp_loader_leave (TpLoader *l)
{
  g_assert (l->path_len > 0);
  l->path_len--;
}

gboolean
_tp_loader_next_member (TpLoader    *l,
                        const char **name)
{
  TpPathSegment *s = &l->path[l->path_len - 1];
  TpJsonToken token;
  const char *member;
  gsize len;

  /* Until the next name is read, messages are about the whole object. */
  s->name[0] = '\0';
  token = _tp_loader_next (l);
  if (token != TP_JSON_TOKEN_MEMBER)
    return FALSE;

  member = tp_json_reader_get_member_name (l->reader);
  len = MIN (tp_json_reader_get_member_name_length (l->reader), sizeof s->name - 1);
  memcpy (s->name, member, len);
  s->name[len] = '\0';
  *name = member;
  return _tp_loader_next (l) != TP_JSON_TOKEN_NONE;
}

gboolean
_tp_loader_next_item (TpLoader *l)
{
  TpPathSegment *s = &l->path[l->path_len - 1];
  TpJsonToken token = _tp_loader_next (l);

  if (token == TP_JSON_TOKEN_END_ARRAY || token == TP_JSON_TOKEN_NONE)
    {
      /* After the end, messages are about the whole array. */
      if (token == TP_JSON_TOKEN_END_ARRAY)
        s->index = -1;
      return FALSE;
    }
  s->index++;
  return TRUE;
}

const char *
_tp_loader_string (TpLoader *l)
{
  if (l->error != NULL)
    return NULL;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_STRING)
    {
      wrong_type (l, _("a text in quotes"));
      return NULL;
    }
  return tp_json_reader_get_string (l->reader, NULL);
}

const char *
_tp_loader_string_or_null (TpLoader *l,
                           gboolean *is_null)
{
  *is_null = tp_json_reader_get_token (l->reader) == TP_JSON_TOKEN_NULL;
  if (*is_null)
    return NULL;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_STRING)
    {
      wrong_type (l, _("an id in quotes or null"));
      return NULL;
    }
  return tp_json_reader_get_string (l->reader, NULL);
}

/* The bytes of an id: ASCII letters, digits, "_", "." and "-". */
static const guint8 id_byte[256] = {
  ['-'] = 1, ['.'] = 1, ['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['_'] = 1,
  ['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static gboolean
id_is_valid (const char *id)
{
  const char *p = id;

  while (id_byte[(guchar) *p])
    p++;
  return *p == '\0' && p - id >= 1 && p - id <= 64;
}

const char *
_tp_loader_id (TpLoader *l)
{
  const char *id = _tp_loader_string (l);

  if (id == NULL)
    return NULL;
  if (!id_is_valid (id))
    {
      g_autofree char *shown = g_utf8_substring (id, 0, MIN (g_utf8_strlen (id, -1), 70));

      _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                       _("“%s” is not a valid id; an id has 1 to 64 letters A–Z, "
                         "a–z, digits, “_”, “.” or “-”"), shown);
      return NULL;
    }
  return id;
}

gboolean
_tp_loader_enum (TpLoader *l,
                 GType     enum_type,
                 int      *value)
{
  const char *nick = _tp_loader_string (l);
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) choices = NULL;
  g_autofree char *shown = NULL;

  if (nick == NULL)
    return FALSE;
  if (tp_enum_from_nick (enum_type, nick, value))
    return TRUE;

  klass = g_type_class_ref (enum_type);
  choices = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (choices, ", ");
      g_string_append (choices, klass->values[i].value_nick);
    }
  shown = g_utf8_substring (nick, 0, MIN (g_utf8_strlen (nick, -1), 70));
  return _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                          _("“%s” is not one of the known values (%s)"),
                          shown, choices->str);
}

gboolean
_tp_loader_int (TpLoader   *l,
                int         min,
                int         max,
                const char *noun,
                int        *value)
{
  gint64 v;

  if (l->error != NULL)
    return FALSE;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_NUMBER)
    return wrong_type (l, _("a whole number"));
  if (!tp_json_reader_get_int (l->reader, &v) || v < min || v > max)
    return _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                            /* Translators: "the score must be a whole number from −3 to 3, not 7" */
                            _("%s must be a whole number from %d to %d, not %s"),
                            noun, min, max, tp_json_reader_get_number_text (l->reader));
  *value = (int) v;
  return TRUE;
}

gboolean
_tp_loader_double (TpLoader *l,
                   double   *value)
{
  if (l->error != NULL)
    return FALSE;
  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_NUMBER)
    return wrong_type (l, _("a number"));
  *value = tp_json_reader_get_double (l->reader);
  return TRUE;
}

gboolean
_tp_loader_double_prop (TpLoader   *l,
                        GType       type,
                        const char *property,
                        const char *noun,
                        double     *value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  GParamSpecDouble *dspec;
  char min[G_ASCII_DTOSTR_BUF_SIZE];
  char max[G_ASCII_DTOSTR_BUF_SIZE];
  double v;

  g_assert (G_IS_PARAM_SPEC_DOUBLE (pspec));
  dspec = G_PARAM_SPEC_DOUBLE (pspec);

  if (!_tp_loader_double (l, &v))
    return FALSE;

  if (v < dspec->minimum || v > dspec->maximum)
    {
      tp_json_format_double (min, dspec->minimum);
      tp_json_format_double (max, dspec->maximum);
      return _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                              /* Translators: "the width must be from 0.1 to 100000, not 0" */
                              _("%s must be from %s to %s, not %s"),
                              noun, min, max, tp_json_reader_get_number_text (l->reader));
    }
  *value = v;
  return TRUE;
}

gboolean
_tp_loader_bool (TpLoader *l,
                 gboolean *value)
{
  TpJsonToken token = tp_json_reader_get_token (l->reader);

  if (l->error != NULL)
    return FALSE;
  if (token != TP_JSON_TOKEN_TRUE && token != TP_JSON_TOKEN_FALSE)
    return wrong_type (l, _("true or false"));
  *value = token == TP_JSON_TOKEN_TRUE;
  return TRUE;
}

gboolean
_tp_loader_strv (TpLoader *l,
                 GStrv    *value)
{
  g_autoptr(GPtrArray) strings = NULL;

  if (!_tp_loader_enter_array (l))
    return FALSE;

  /* Most lists in a file are empty ("tags": [] on every card): no array for them. */
  while (_tp_loader_next_item (l))
    {
      const char *s = _tp_loader_string (l);

      if (s == NULL)
        break;
      if (strings == NULL)
        strings = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (strings, g_strdup (s));
    }
  if (l->error != NULL)
    return FALSE;
  _tp_loader_leave (l);

  g_strfreev (*value);
  if (strings == NULL)
    *value = g_new0 (char *, 1);
  else
    {
      g_ptr_array_add (strings, NULL);
      *value = (GStrv) g_ptr_array_free (g_steal_pointer (&strings), FALSE);
    }
  return TRUE;
}

gboolean
_tp_loader_color (TpLoader *l,
                  char      color[8])
{
  const char *s = _tp_loader_string (l);

  if (s == NULL)
    return FALSE;
  if (strlen (s) != 7 || s[0] != '#')
    goto bad;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (s[i]))
      goto bad;
  for (int i = 0; i < 8; i++)
    color[i] = g_ascii_tolower (s[i]);
  return TRUE;

bad:
  {
    g_autofree char *shown = g_utf8_substring (s, 0, MIN (g_utf8_strlen (s, -1), 20));
    return _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                            _("“%s” is not a colour; write it as #rrggbb, for example #3584e4"),
                            shown);
  }
}

/* Reads the value at the current token into a tree, keeping the path up to
 * date so that an error deep inside names the object or list it is in. */
static JsonNode *
read_node (TpLoader *l)
{
  TpJsonToken token = tp_json_reader_get_token (l->reader);
  JsonNode *node;

  if (token == TP_JSON_TOKEN_BEGIN_OBJECT)
    {
      g_autoptr(JsonObject) object = json_object_new ();
      const char *name;

      push (l);
      while (_tp_loader_next_member (l, &name))
        {
          g_autofree char *key = g_strdup (name);
          JsonNode *member = read_node (l);

          if (member == NULL)
            return NULL;
          json_object_set_member (object, key, member);
        }
      if (l->error != NULL)
        return NULL;
      _tp_loader_leave (l);
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (node, object);
      return node;
    }

  if (token == TP_JSON_TOKEN_BEGIN_ARRAY)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      push (l);
      while (_tp_loader_next_item (l))
        {
          JsonNode *item = read_node (l);

          if (item == NULL)
            return NULL;
          json_array_add_element (array, item);
        }
      if (l->error != NULL)
        return NULL;
      _tp_loader_leave (l);
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_set_array (node, array);
      return node;
    }

  {
    g_autoptr(GError) error = NULL;

    node = tp_json_reader_read_scalar (l->reader, &error);
    if (node == NULL)
      _tp_loader_fail (l, error->code, "%s", error->message);
    return node;
  }
}

gboolean
_tp_loader_unknown (TpLoader    *l,
                    JsonObject **extra)
{
  g_autofree char *name = g_strdup (tp_json_reader_get_member_name (l->reader));
  JsonNode *node;

  if (l->error != NULL)
    return FALSE;

  node = read_node (l);
  if (node == NULL)
    return FALSE;

  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_member (*extra, name, node);
  return TRUE;
}

static const char *
id_kind_noun (TpIdKind kind)
{
  switch (kind)
    {
    case TP_ID_PERSONA:
      return _("persona");
    case TP_ID_FLOOR_PLAN:
      return _("floor plan");
    case TP_ID_JOURNEY:
      return _("journey");
    case TP_ID_PHASE:
      return _("phase");
    case TP_ID_LANE:
      return _("lane");
    case TP_ID_CARD:
      return _("card");
    case TP_ID_CONNECTION:
      return _("connection");
    case TP_ID_ZONE:
      return _("zone");
    case TP_ID_PLACEMENT:
      return _("placement");
    case TP_ID_NONE:
    default:
      return _("element");
    }
}

gboolean
_tp_loader_register_id (TpLoader   *l,
                        const char *id,
                        TpIdKind    kind,
                        guint       line)
{
  TpIdEntry entry = { kind, l->journey_no, line };
  gpointer found;

  if (l->fragment)
    return TRUE;

  found = g_hash_table_lookup (l->ids, id);
  if (found != NULL)
    {
      TpIdEntry *other = &g_array_index (l->id_entries, TpIdEntry, GPOINTER_TO_UINT (found) - 1);

      return _tp_loader_fail_at (l, line, TP_FORMAT_ERROR_DUPLICATE_ID,
                                 _("the id “%s” is used twice; the %s on line %u has it too"),
                                 id, id_kind_noun (other->kind), other->line);
    }

  g_array_append_val (l->id_entries, entry);
  g_hash_table_insert (l->ids, (gpointer) id, GUINT_TO_POINTER (l->id_entries->len));
  return TRUE;
}

void
_tp_loader_add_reference (TpLoader   *l,
                          const char *id,
                          TpIdKind    kind,
                          gboolean    same_journey,
                          guint       line,
                          const char *list,
                          int         index,
                          const char *member)
{
  TpReference ref = { id, kind, same_journey, l->journey_no, line, list, index, member };

  if (l->fragment || id == NULL)
    return;
  g_array_append_val (l->refs, ref);
}

gboolean
_tp_loader_check_references (TpLoader *l)
{
  for (guint i = 0; i < l->refs->len; i++)
    {
      const TpReference *ref = &g_array_index (l->refs, TpReference, i);
      gpointer found = g_hash_table_lookup (l->ids, ref->id);
      const TpIdEntry *entry;
      const char *problem = NULL;
      g_autofree char *message = NULL;

      if (found == NULL)
        {
          if (ref->same_journey)
            message = g_strdup_printf (_("there is no %s “%s” in this journey"),
                                       id_kind_noun (ref->kind), ref->id);
          else
            message = g_strdup_printf (_("there is no %s “%s” in this project"),
                                       id_kind_noun (ref->kind), ref->id);
        }
      else
        {
          entry = &g_array_index (l->id_entries, TpIdEntry, GPOINTER_TO_UINT (found) - 1);
          if (entry->kind != ref->kind)
            message = g_strdup_printf (_("“%s” is a %s, not a %s"), ref->id,
                                       id_kind_noun (entry->kind), id_kind_noun (ref->kind));
          else if (ref->same_journey && entry->journey_no != ref->journey_no)
            message = g_strdup_printf (_("the %s “%s” belongs to another journey"),
                                       id_kind_noun (ref->kind), ref->id);
        }

      if (message == NULL)
        continue;

      problem = message;
      l->path_len = 0;
      if (ref->list != NULL)
        g_snprintf (l->path[0].name, sizeof l->path[0].name, "journeys[%u].%s[%d].%s",
                    ref->journey_no - 1, ref->list, ref->index, ref->member);
      else
        g_snprintf (l->path[0].name, sizeof l->path[0].name, "journeys[%u].%s",
                    ref->journey_no - 1, ref->member);
      l->path[0].index = -1;
      l->path_len = 1;
      return _tp_loader_fail_at (l, ref->line, TP_FORMAT_ERROR_DANGLING_REFERENCE,
                                 "%s", problem);
    }
  return TRUE;
}

char *
_tp_loader_fragment_id (TpLoader   *l,
                        const char *prefix)
{
  return tp_project_new_id (l->target, prefix);
}

/* Reads the sub-object kept at @mark, now that the kind is known. */
gboolean
_tp_loader_reload (TpLoader               *l,
                   const TpJsonReaderMark *mark,
                   const char             *member,
                   TpLoadSubFunc           load,
                   int                     sub,
                   gpointer                data,
                   JsonObject            **extra)
{
  TpJsonReaderMark here;
  TpPathSegment *top = &l->path[l->path_len - 1];
  gboolean ok;

  json_object_remove_member (*extra, member);
  tp_json_reader_mark (l->reader, &here);
  tp_json_reader_reset (l->reader, mark);
  g_strlcpy (top->name, member, sizeof top->name);
  ok = load (l, sub, data, extra);
  top->name[0] = '\0';
  tp_json_reader_reset (l->reader, &here);
  return ok;
}

