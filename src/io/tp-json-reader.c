/* tp-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "tp-format.h"
#include "tp-json-reader.h"

enum {
  STATE_VALUE,          /* a value must follow                         */
  STATE_FIRST_ITEM,     /* just after "[": a value or "]"              */
  STATE_FIRST_MEMBER,   /* just after "{": a member name or "}"        */
  STATE_MEMBER,         /* after "," in an object: a member name       */
  STATE_AFTER_VALUE,    /* "," or the closing bracket, or the end      */
  STATE_DONE,
};

#define MAX_NUMBER_TEXT 64

/* Objects with more members than this look names up in a hash table. */
#define SMALL_OBJECT 16

/* The member names read so far in the object open at one depth, to refuse a
 * name that appears twice: a tree (json-glib) would keep only one of them. */
typedef struct {
  GString    *names;  /* each name as its length (a gsize) and bytes    */
  guint       n;
  guint       gen;    /* which object: tells marks apart after a reset */
  GHashTable *set;    /* name → TRUE, only when n > SMALL_OBJECT        */
  guint64     seen;   /* name_bit() of every name in names: a name whose
                       * bit is not in it is new without looking       */
} TpJsonLevel;

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

struct _TpJsonReader
{
  const char  *data;
  const char  *end;
  const char  *p;
  guint        line;
  guint        token_line;
  TpJsonToken  token;
  int          state;
  int          depth;
  char         stack[TP_JSON_READER_MAX_DEPTH + 1];
  guint        counts[TP_JSON_READER_MAX_DEPTH + 1];
  gsize        max_string;
  TpJsonLevel  levels[TP_JSON_READER_MAX_DEPTH + 1];
  guint        next_gen;

  GString     *value;
  GString     *name;
  char         number_text[MAX_NUMBER_TEXT + 1];
  double       number;
  gint64       int_value;
  gboolean     is_int;
};

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
  self->name = g_string_sized_new (64);

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

/* g_string_append_len without its general path (insertion, overlap) while there is room. */
static inline void
append (GString    *string,
        const char *bytes,
        gsize       n)
{
  if (string->allocated_len > string->len + n)
    {
      memcpy (string->str + string->len, bytes, n);
      string->len += n;
      string->str[string->len] = '\0';
    }
  else
    g_string_append_len (string, bytes, n);
}

static TpJsonToken
fail (TpJsonReader *self,
      GError      **error,
      int           code,
      const char   *format,
      ...) G_GNUC_PRINTF (4, 5);

static TpJsonToken
fail (TpJsonReader *self,
      GError      **error,
      int           code,
      const char   *format,
      ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  self->token_line = self->line;
  self->token = TP_JSON_TOKEN_NONE;
  self->state = STATE_DONE;
  g_set_error_literal (error, TP_FORMAT_ERROR, code, message);
  g_free (message);

  return TP_JSON_TOKEN_NONE;
}

static void
skip_whitespace (TpJsonReader *self)
{
  const char *p = self->p;
  const char *end = self->end;

  while (p < end)
    {
      /* Indentation first: most of a saved file's whitespace is runs of spaces. */
      if (*p == ' ')
        {
          while (end - p >= 8 && memcmp (p, "        ", 8) == 0)
            p += 8;
          while (p < end && *p == ' ')
            p++;
          continue;
        }
      if (*p == '\n')
        self->line++;
      else if (*p != '\t' && *p != '\r')
        break;
      p++;
    }
  self->p = p;
}

static TpJsonToken
unexpected (TpJsonReader *self,
            GError      **error,
            const char   *expected)
{
  guchar c;

  if (self->p >= self->end)
    return fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                 _("the file ends too early; %s was expected (is the file cut off?)"),
                 expected);

  c = (guchar) *self->p;
  if (c >= 0x21 && c < 0x7f)
    return fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                 _("“%c” is not valid here; %s was expected"), c, expected);
  if (c >= 0x80 && g_utf8_get_char_validated (self->p, self->end - self->p) >= (gunichar) -2)
    return fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                 _("the file is not valid UTF-8 text"));

  return fail (self, error, TP_FORMAT_ERROR_SYNTAX,
               _("unexpected character; %s was expected"), expected);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (TpJsonReader *self,
           gunichar     *out)
{
  gunichar v = 0;

  if (self->end - self->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (self->p[i]);
      if (h < 0)
        return FALSE;
      v = (v << 4) | (gunichar) h;
    }
  self->p += 4;
  *out = v;
  return TRUE;
}

/* The bytes that end a plain run of a string: the quote, the backslash and the
 * control characters. */
static const guint8 ends_run[256] = {
  [0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1,
};

/* Reads a string whose opening quote is at self->p into @into. */
static gboolean
read_string (TpJsonReader *self,
             GString      *into,
             gboolean      is_name,
             GError      **error)
{
  const char *p = self->p + 1;
  const char *end = self->end;
  guchar high;

  into->len = 0;
  into->str[0] = '\0';

  for (;;)
    {
      const char *start = p;
      const char *limit;
      gsize room;

      /* Escapes may have gone a few bytes over the limit. */
      if (into->len > self->max_string)
        {
          fail (self, error, TP_FORMAT_ERROR_TOO_LARGE,
                _("a text is longer than the limit of %u bytes"),
                (guint) self->max_string);
          return FALSE;
        }

      /* Look no further than one byte past the limit, and copy nothing
       * over it: a huge string costs neither time nor memory. */
      room = self->max_string - into->len;
      limit = (gsize) (end - p) > room ? p + room + 1 : end;
      high = 0;
      while (p < limit && !ends_run[(guchar) *p])
        high |= (guchar) *p++;

      if ((gsize) (p - start) > room)
        {
          fail (self, error, TP_FORMAT_ERROR_TOO_LARGE,
                _("a text is longer than the limit of %u bytes"),
                (guint) self->max_string);
          return FALSE;
        }

      if (p > start)
        {
          gsize n = p - start;

          /* Only bytes of 0x80 and above can make a run invalid UTF-8. */
          if ((high & 0x80) != 0 && !g_utf8_validate_len (start, n, NULL))
            {
              self->p = p;
              if (is_name)
                fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                      _("a member name is not valid UTF-8"));
              else
                fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                      _("the text is not valid UTF-8"));
              return FALSE;
            }
          append (into, start, n);
        }

      if (p >= end)
        {
          self->p = p;
          fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                _("a text has no closing quote (is the file cut off?)"));
          return FALSE;
        }

      if (*p == '"')
        {
          self->p = p + 1;
          return TRUE;
        }

      if (*p != '\\')
        {
          self->p = p;
          fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                _("a text contains a line break or control character; write it as \\n or \\uXXXX"));
          return FALSE;
        }

      p++;
      if (p >= end)
        continue;

      switch (*p)
        {
        case '"': g_string_append_c (into, '"'); p++; break;
        case '\\': g_string_append_c (into, '\\'); p++; break;
        case '/': g_string_append_c (into, '/'); p++; break;
        case 'b': g_string_append_c (into, '\b'); p++; break;
        case 'f': g_string_append_c (into, '\f'); p++; break;
        case 'n': g_string_append_c (into, '\n'); p++; break;
        case 'r': g_string_append_c (into, '\r'); p++; break;
        case 't': g_string_append_c (into, '\t'); p++; break;
        case 'u':
          {
            gunichar c;

            self->p = p + 1;
            if (!read_hex4 (self, &c))
              {
                fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                      _("\\u must be followed by four hexadecimal digits"));
                return FALSE;
              }
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                gunichar low;

                if (self->end - self->p < 6 || self->p[0] != '\\' || self->p[1] != 'u')
                  {
                    fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                          _("a text contains half of a surrogate pair (\\u%04X)"), c);
                    return FALSE;
                  }
                self->p += 2;
                if (!read_hex4 (self, &low) || low < 0xDC00 || low > 0xDFFF)
                  {
                    fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                          _("a text contains half of a surrogate pair (\\u%04X)"), c);
                    return FALSE;
                  }
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              }
            else if (c >= 0xDC00 && c <= 0xDFFF)
              {
                fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                      _("a text contains half of a surrogate pair (\\u%04X)"), c);
                return FALSE;
              }
            else if (c == 0)
              {
                fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                      _("a text contains the NUL character (\\u0000), which is not allowed"));
                return FALSE;
              }
            g_string_append_unichar (into, c);
            p = self->p;
          }
          break;
        default:
          self->p = p;
          fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                _("a text contains an unknown escape “\\%c”"),
                (guchar) *p >= 0x20 && (guchar) *p < 0x7f ? *p : '?');
          return FALSE;
        }
    }
}

static TpJsonToken
read_number (TpJsonReader *self,
             GError      **error)
{
  const char *p = self->p;
  const char *end = self->end;
  gboolean is_int = TRUE;
  gsize len;

#define DIGIT(q) ((q) < end && *(q) >= '0' && *(q) <= '9')
  if (p < end && *p == '-')
    p++;
  if (p < end && *p == '0')
    p++;
  else if (DIGIT (p))
    while (DIGIT (p))
      p++;
  else
    return fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                 _("a number is not written correctly"));

  if (p < end && *p == '.')
    {
      is_int = FALSE;
      p++;
      if (!DIGIT (p))
        return fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                     _("a number is not written correctly (digits must follow the point)"));
      while (DIGIT (p))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      is_int = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (!DIGIT (p))
        return fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                     _("a number is not written correctly (digits must follow the exponent)"));
      while (DIGIT (p))
        p++;
    }
#undef DIGIT

  len = p - self->p;
  if (len > MAX_NUMBER_TEXT)
    return fail (self, error, TP_FORMAT_ERROR_OUT_OF_RANGE,
                 _("a number has more than %d characters"), MAX_NUMBER_TEXT);

  memcpy (self->number_text, self->p, len);
  self->number_text[len] = '\0';
  self->p = p;

  self->number = g_ascii_strtod (self->number_text, NULL);
  if (!isfinite (self->number))
    return fail (self, error, TP_FORMAT_ERROR_OUT_OF_RANGE,
                 _("the number %s is too large"), self->number_text);

  self->is_int = FALSE;
  if (is_int)
    {
      errno = 0;
      self->int_value = g_ascii_strtoll (self->number_text, NULL, 10);
      self->is_int = errno == 0;
    }
  else if (self->number == floor (self->number) && fabs (self->number) < 9e15)
    {
      self->is_int = TRUE;
      self->int_value = (gint64) self->number;
    }

  self->token = TP_JSON_TOKEN_NUMBER;
  self->state = STATE_AFTER_VALUE;
  return self->token;
}

static TpJsonToken
read_literal (TpJsonReader *self,
              const char   *word,
              TpJsonToken   token,
              GError      **error)
{
  gsize len = strlen (word);

  if ((gsize) (self->end - self->p) < len || memcmp (self->p, word, len) != 0)
    return unexpected (self, error, _("a value"));
  self->p += len;
  self->token = token;
  self->state = STATE_AFTER_VALUE;
  return token;
}

static TpJsonToken
push (TpJsonReader *self,
      char          kind,
      GError      **error)
{
  if (self->depth >= TP_JSON_READER_MAX_DEPTH)
    return fail (self, error, TP_FORMAT_ERROR_TOO_DEEP,
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
    return unexpected (self, error, _("a value"));

  switch (*self->p)
    {
    case '{':
      return push (self, '{', error);
    case '[':
      return push (self, '[', error);
    case '"':
      if (!read_string (self, self->value, FALSE, error))
        return TP_JSON_TOKEN_NONE;
      self->token = TP_JSON_TOKEN_STRING;
      self->state = STATE_AFTER_VALUE;
      return self->token;
    case 't':
      return read_literal (self, "true", TP_JSON_TOKEN_TRUE, error);
    case 'f':
      return read_literal (self, "false", TP_JSON_TOKEN_FALSE, error);
    case 'n':
      return read_literal (self, "null", TP_JSON_TOKEN_NULL, error);
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number (self, error);
    default:
      return unexpected (self, error, _("a value"));
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

      fail (self, error, TP_FORMAT_ERROR_SYNTAX, _("the member “%s” appears twice"), shown);
      return FALSE;
    }

  append (level->names, (const char *) &len, sizeof len);
  append (level->names, name, len);
  level->n++;
  level->seen |= bit;
  return TRUE;
}

static TpJsonToken
read_member_name (TpJsonReader *self,
                  GError      **error)
{
  if (self->p >= self->end || *self->p != '"')
    return unexpected (self, error, _("a member name in quotes"));
  if (!read_string (self, self->name, TRUE, error))
    return TP_JSON_TOKEN_NONE;
  if (!note_member_name (self, error))
    return TP_JSON_TOKEN_NONE;
  skip_whitespace (self);
  if (self->p >= self->end || *self->p != ':')
    return unexpected (self, error, _("“:”"));
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
    return fail (self, error, TP_FORMAT_ERROR_TOO_LARGE,
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
            return unexpected (self, error, _("the end of the file"));
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
      return unexpected (self, error,
                         self->stack[self->depth] == '{' ? _("“,” or “}”") : _("“,” or “]”"));

    case STATE_DONE:
    default:
      self->token = TP_JSON_TOKEN_END;
      return self->token;
    }
}

JsonNode *
tp_json_reader_read_scalar (TpJsonReader *self,
                            GError      **error)
{
  switch (self->token)
    {
    case TP_JSON_TOKEN_STRING:
      return json_node_init_string (json_node_alloc (), self->value->str);

    case TP_JSON_TOKEN_NUMBER:
      if (self->is_int && strpbrk (self->number_text, ".eE") == NULL)
        return json_node_init_int (json_node_alloc (), self->int_value);
      return json_node_init_double (json_node_alloc (), self->number);

    case TP_JSON_TOKEN_TRUE:
    case TP_JSON_TOKEN_FALSE:
      return json_node_init_boolean (json_node_alloc (),
                                     self->token == TP_JSON_TOKEN_TRUE);

    case TP_JSON_TOKEN_NULL:
      return json_node_init_null (json_node_alloc ());

    case TP_JSON_TOKEN_BEGIN_OBJECT:
    case TP_JSON_TOKEN_BEGIN_ARRAY:
    case TP_JSON_TOKEN_NONE:
    case TP_JSON_TOKEN_END_OBJECT:
    case TP_JSON_TOKEN_END_ARRAY:
    case TP_JSON_TOKEN_MEMBER:
    case TP_JSON_TOKEN_END:
    default:
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_SYNTAX,
                             _("a value was expected"));
      return NULL;
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
