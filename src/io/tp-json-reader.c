/* tp-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON reader's tokens and structure: whitespace, brackets and depth,
 * member names and their repetition, marks. The values' text is read in
 * tp-json-reader-values.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-format.h"
#include "tp-json-reader-private.h"

/* One of 64 bits for a member name, from its length and three of its bytes. */
static inline guint64
name_bit (const char *name,
          gsize       len)
{
  guint h = (guint) len;

  if (len > 0)
    h = ((h * 33 + (guchar) name[0]) * 33 + (guchar) name[len / 2]) * 33
        + (guchar) name[len - 1];
  return G_GUINT64_CONSTANT (1) << ((h ^ (h >> 6)) & 63);
}

/* The bits of the names in @names (their length and bytes), up to @len bytes. */
static guint64
names_bits (const GString *names,
            gsize          len)
{
  const char *q = names->str;
  const char *names_end = q + len;
  guint64 bits = 0;
  gsize q_len;

  for (; q < names_end; q += sizeof q_len + q_len)
    {
      memcpy (&q_len, q, sizeof q_len);
      bits |= name_bit (q + sizeof q_len, q_len);
    }
  return bits;
}
TpJsonReader *
tp_json_reader_new (const char *data,
                    gsize       length)
{
  TpJsonReader *self = g_new0 (TpJsonReader, 1);

  self->data = data;
  self->end = data + length;
  self->p = data;
  self->line = 1;
  self->token_line = 1;
  self->state = STATE_VALUE;
  self->max_string = 1024 * 1024;
  self->value = g_string_sized_new (256);
  self->name = g_string_sized_new (128);

  /* A UTF-8 byte order mark is tolerated, never written. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    self->p += 3;

  return self;
}

void
tp_json_reader_free (TpJsonReader *self)
{
  if (self == NULL)
    return;
  g_string_free (self->value, TRUE);
  g_string_free (self->name, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (self->levels); i++)
    {
      if (self->levels[i].names != NULL)
        g_string_free (self->levels[i].names, TRUE);
      g_clear_pointer (&self->levels[i].set, g_hash_table_unref);
    }
  g_free (self);
}

void
tp_json_reader_set_max_string (TpJsonReader *self,
                               gsize         max_bytes)
{
  self->max_string = max_bytes;
}

TpJsonToken
tp_json_reader_get_token (TpJsonReader *self)
{
  return self->token;
}

guint
tp_json_reader_get_line (TpJsonReader *self)
{
  return self->token_line;
}

const char *
tp_json_reader_get_string (TpJsonReader *self,
                           gsize        *length)
{
  if (length != NULL)
    *length = self->value->len;
  return self->value->str;
}

const char *
tp_json_reader_get_member_name (TpJsonReader *self)
{
  return self->name->str;
}

gsize
tp_json_reader_get_member_name_length (TpJsonReader *self)
{
  return self->name->len;
}

const char *
tp_json_reader_get_number_text (TpJsonReader *self)
{
  return self->number_text;
}

double
tp_json_reader_get_double (TpJsonReader *self)
{
  return self->number;
}

gboolean
tp_json_reader_get_int (TpJsonReader *self,
                        gint64       *value)
{
  if (!self->is_int)
    return FALSE;
  *value = self->int_value;
  return TRUE;
}

void
tp_json_reader_mark (TpJsonReader     *self,
                     TpJsonReaderMark *mark)
{
  mark->p = self->p;
  mark->line = self->line;
  mark->token_line = self->token_line;
  mark->token = self->token;
  mark->state = self->state;
  mark->depth = self->depth;
  memcpy (mark->stack, self->stack, sizeof mark->stack);
  memcpy (mark->counts, self->counts, sizeof mark->counts);
  for (int d = 0; d <= self->depth; d++)
    {
      const TpJsonLevel *level = &self->levels[d];

      mark->name_gens[d] = level->gen;
      mark->name_ns[d] = level->n;
      mark->name_lens[d] = level->names != NULL ? level->names->len : 0;
    }
}

static void
level_clear (TpJsonLevel *level,
             guint        gen)
{
  if (level->names == NULL)
    level->names = g_string_sized_new (128);
  g_string_truncate (level->names, 0);
  level->n = 0;
  level->seen = 0;
  level->gen = gen;
  g_clear_pointer (&level->set, g_hash_table_unref);
}

void
tp_json_reader_reset (TpJsonReader           *self,
                      const TpJsonReaderMark *mark)
{
  self->p = mark->p;
  self->line = mark->line;
  self->token_line = mark->token_line;
  self->token = mark->token;
  self->state = mark->state;
  self->depth = mark->depth;
  memcpy (self->stack, mark->stack, sizeof self->stack);
  memcpy (self->counts, mark->counts, sizeof self->counts);

  /* Forget the names read after the mark, so that reading them again is not
   * taken for a repetition. A level that now holds another object starts
   * empty: its earlier names were checked when they were first read. */
  for (int d = 0; d <= mark->depth; d++)
    {
      TpJsonLevel *level = &self->levels[d];

      if (level->names != NULL && level->gen == mark->name_gens[d]
          && level->names->len >= mark->name_lens[d])
        {
          if (level->names->len > mark->name_lens[d])
            {
              g_string_truncate (level->names, mark->name_lens[d]);
              level->n = mark->name_ns[d];
              level->seen = names_bits (level->names, level->names->len);
              g_clear_pointer (&level->set, g_hash_table_unref);
            }
        }
      else
        level_clear (level, mark->name_gens[d]);
    }
}
/* The first byte at or after @p that is not a space, eight bytes at a time:
 * most of a saved file's whitespace is indentation. */
static inline const char *
skip_spaces (const char *p,
             const char *end)
{
  while (end - p >= 8)
    {
      guint64 w = _tp_json_word (p) ^ (TP_JSON_ONES * ' ');

      if (w != 0)
        return p + ((guint) __builtin_ctzll (w) >> 3);
      p += 8;
    }
  while (p < end && *p == ' ')
    p++;
  return p;
}

static inline void
skip_whitespace (TpJsonReader *self)
{
  const char *p = self->p;
  const char *end = self->end;

  while (p < end)
    {
      if (*p == ' ')
        p = skip_spaces (p + 1, end);
      else if (*p == '\n')
        {
          self->line++;
          p = skip_spaces (p + 1, end);
        }
      else if (*p == '\t' || *p == '\r')
        p++;
      else
        break;
    }
  self->p = p;
}
static TpJsonToken
push (TpJsonReader *self,
      char          kind,
      GError      **error)
{
  if (self->depth >= TP_JSON_READER_MAX_DEPTH)
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_TOO_DEEP,
                          _("the data is nested more than %d levels deep"),
                          TP_JSON_READER_MAX_DEPTH);
  self->depth++;
  self->stack[self->depth] = kind;
  self->counts[self->depth] = 0;
  if (kind == '{')
    level_clear (&self->levels[self->depth], ++self->next_gen);
  self->p++;
  if (kind == '{')
    {
      self->state = STATE_FIRST_MEMBER;
      self->token = TP_JSON_TOKEN_BEGIN_OBJECT;
    }
  else
    {
      self->state = STATE_FIRST_ITEM;
      self->token = TP_JSON_TOKEN_BEGIN_ARRAY;
    }
  return self->token;
}

static TpJsonToken
pop (TpJsonReader *self)
{
  self->token = self->stack[self->depth] == '{' ? TP_JSON_TOKEN_END_OBJECT
                                                : TP_JSON_TOKEN_END_ARRAY;
  self->depth--;
  self->p++;
  self->state = STATE_AFTER_VALUE;
  return self->token;
}

static TpJsonToken
read_value (TpJsonReader *self,
            GError      **error)
{
  if (self->p >= self->end)
    return _tp_json_unexpected (self, error, _("a value"));

  switch (*self->p)
    {
    case '{':
      return push (self, '{', error);
    case '[':
      return push (self, '[', error);
    case '"':
      if (!_tp_json_read_plain (self, self->value)
          && !_tp_json_read_string (self, self->value, FALSE, error))
        return TP_JSON_TOKEN_NONE;
      self->token = TP_JSON_TOKEN_STRING;
      self->state = STATE_AFTER_VALUE;
      return self->token;
    case 't':
      return _tp_json_read_literal (self, "true", TP_JSON_TOKEN_TRUE, error);
    case 'f':
      return _tp_json_read_literal (self, "false", TP_JSON_TOKEN_FALSE, error);
    case 'n':
      return _tp_json_read_literal (self, "null", TP_JSON_TOKEN_NULL, error);
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return _tp_json_read_number (self, error);
    default:
      return _tp_json_unexpected (self, error, _("a value"));
    }
}

/* Records the member name just read; fails if the object already has it. */
static gboolean
note_member_name (TpJsonReader *self,
                  GError      **error)
{
  TpJsonLevel *level = &self->levels[self->depth];
  const char *name = self->name->str;
  gsize len = self->name->len;
  guint64 bit = name_bit (name, len);
  gboolean seen = FALSE;

  if (level->set == NULL && level->n >= SMALL_OBJECT)
    {
      const char *q = level->names->str;
      const char *names_end = q + level->names->len;
      gsize q_len;

      level->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (; q < names_end; q += sizeof q_len + q_len)
        {
          memcpy (&q_len, q, sizeof q_len);
          g_hash_table_add (level->set, g_strndup (q + sizeof q_len, q_len));
        }
    }

  if (level->set != NULL)
    seen = !g_hash_table_add (level->set, g_strndup (name, len));
  else if ((level->seen & bit) != 0)
    {
      const char *q = level->names->str;
      const char *names_end = q + level->names->len;
      gsize q_len;

      /* The length first, then the bytes. */
      for (; q < names_end && !seen; q += sizeof q_len + q_len)
        {
          memcpy (&q_len, q, sizeof q_len);
          seen = q_len == len && memcmp (q + sizeof q_len, name, len) == 0;
        }
    }

  if (seen)
    {
      glong chars = g_utf8_strlen (name, -1);
      g_autofree char *start = g_utf8_substring (name, 0, MIN (chars, 60));
      g_autofree char *shown = g_strconcat (start, chars > 60 ? "…" : "", NULL);

      _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX, _("the member “%s” appears twice"), shown);
      return FALSE;
    }

  _tp_json_append (level->names, (const char *) &len, sizeof len);
  _tp_json_append (level->names, name, len);
  level->n++;
  level->seen |= bit;
  return TRUE;
}

static TpJsonToken
read_member_name (TpJsonReader *self,
                  GError      **error)
{
  if (self->p >= self->end || *self->p != '"')
    return _tp_json_unexpected (self, error, _("a member name in quotes"));
  if (!_tp_json_read_plain (self, self->name)
      && !_tp_json_read_string (self, self->name, TRUE, error))
    return TP_JSON_TOKEN_NONE;
  if (!note_member_name (self, error))
    return TP_JSON_TOKEN_NONE;
  skip_whitespace (self);
  if (self->p >= self->end || *self->p != ':')
    return _tp_json_unexpected (self, error, _("“:”"));
  self->p++;
  self->token = TP_JSON_TOKEN_MEMBER;
  self->state = STATE_VALUE;
  return self->token;
}

static TpJsonToken
count_item (TpJsonReader *self,
            GError      **error)
{
  if (++self->counts[self->depth] > TP_FORMAT_MAX_ARRAY)
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_TOO_LARGE,
                          _("a list has more than %d items"), TP_FORMAT_MAX_ARRAY);
  return read_value (self, error);
}

TpJsonToken
tp_json_reader_next (TpJsonReader *self,
                     GError      **error)
{
  skip_whitespace (self);
  self->token_line = self->line;

  switch (self->state)
    {
    case STATE_VALUE:
      return read_value (self, error);

    case STATE_FIRST_ITEM:
      if (self->p < self->end && *self->p == ']')
        return pop (self);
      return count_item (self, error);

    case STATE_FIRST_MEMBER:
      if (self->p < self->end && *self->p == '}')
        return pop (self);
      return read_member_name (self, error);

    case STATE_MEMBER:
      return read_member_name (self, error);

    case STATE_AFTER_VALUE:
      if (self->depth == 0)
        {
          if (self->p < self->end)
            return _tp_json_unexpected (self, error, _("the end of the file"));
          self->token = TP_JSON_TOKEN_END;
          self->state = STATE_DONE;
          return self->token;
        }
      if (self->p < self->end && *self->p == ',')
        {
          self->p++;
          skip_whitespace (self);
          self->token_line = self->line;
          if (self->stack[self->depth] == '{')
            return read_member_name (self, error);
          return count_item (self, error);
        }
      if (self->p < self->end && *self->p == '}' && self->stack[self->depth] == '{')
        return pop (self);
      if (self->p < self->end && *self->p == ']' && self->stack[self->depth] == '[')
        return pop (self);
      return _tp_json_unexpected (self, error,
                                  self->stack[self->depth] == '{' ? _("“,” or “}”") : _("“,” or “]”"));

    case STATE_DONE:
    default:
      self->token = TP_JSON_TOKEN_END;
      return self->token;
    }
}
gboolean
tp_json_reader_skip (TpJsonReader *self,
                     GError      **error)
{
  int depth;

  if (self->token != TP_JSON_TOKEN_BEGIN_OBJECT && self->token != TP_JSON_TOKEN_BEGIN_ARRAY)
    return self->token != TP_JSON_TOKEN_NONE;

  depth = self->depth;
  while (self->depth >= depth)
    if (tp_json_reader_next (self, error) == TP_JSON_TOKEN_NONE)
      return FALSE;
  return TRUE;
}
