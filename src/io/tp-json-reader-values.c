/* tp-json-reader-values.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON reader's values: strings (escapes, UTF-8, the length limit),
 * numbers, literals, scalars as json-glib nodes, and the errors.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "tp-format.h"
#include "tp-json-reader-private.h"

TpJsonToken
_tp_json_fail (TpJsonReader *self,
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

TpJsonToken
_tp_json_unexpected (TpJsonReader *self,
                     GError      **error,
                     const char   *expected)
{
  guchar c;

  if (self->p >= self->end)
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                          _("the file ends too early; %s was expected (is the file cut off?)"),
                          expected);

  c = (guchar) *self->p;
  if (c >= 0x21 && c < 0x7f)
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                          _("“%c” is not valid here; %s was expected"), c, expected);
  if (c >= 0x80 && g_utf8_get_char_validated (self->p, self->end - self->p) >= (gunichar) -2)
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                          _("the file is not valid UTF-8 text"));

  return _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
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

/* The first byte from @p on, before @limit, that ends a plain run; the bytes
 * before it are ORed into @high. Eight bytes at a time while there are eight:
 * a byte is flagged (0x80) when it is a quote or a backslash (it XORs to 0)
 * or below 0x20; the lowest flagged byte is always a true one, as a borrow
 * only runs upwards from a byte that is itself flagged. */
static inline const char *
scan_run (const char *p,
          const char *limit,
          guint64    *high)
{
  while (limit - p >= 8)
    {
      guint64 w = _tp_json_word (p);
      guint64 quote = w ^ (TP_JSON_ONES * '"');
      guint64 backslash = w ^ (TP_JSON_ONES * '\\');
      guint64 flags = (((quote - TP_JSON_ONES) & ~quote)
                       | ((backslash - TP_JSON_ONES) & ~backslash)
                       | ((w - TP_JSON_ONES * 0x20) & ~w)) & TP_JSON_HIGHS;

      if (flags != 0)
        {
          guint n = _tp_json_first_flagged (flags);

          *high |= w & ((G_GUINT64_CONSTANT (1) << (n * 8)) - 1);
          return p + n;
        }
      *high |= w;
      p += 8;
    }
  while (p < limit && !ends_run[(guchar) *p])
    *high |= (guchar) *p++;
  return p;
}

/* Reads a string whose opening quote is at self->p into @into. */
gboolean
_tp_json_read_string (TpJsonReader *self,
                      GString      *into,
                      gboolean      is_name,
                      GError      **error)
{
  const char *p = self->p + 1;
  const char *end = self->end;
  guint64 high;

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
          _tp_json_fail (self, error, TP_FORMAT_ERROR_TOO_LARGE,
                         _("a text is longer than the limit of %u bytes"),
                         (guint) self->max_string);
          return FALSE;
        }

      /* Look no further than one byte past the limit, and copy nothing
       * over it: a huge string costs neither time nor memory. */
      room = self->max_string - into->len;
      limit = (gsize) (end - p) > room ? p + room + 1 : end;
      high = 0;
      p = scan_run (p, limit, &high);

      if ((gsize) (p - start) > room)
        {
          _tp_json_fail (self, error, TP_FORMAT_ERROR_TOO_LARGE,
                         _("a text is longer than the limit of %u bytes"),
                         (guint) self->max_string);
          return FALSE;
        }

      if (p > start)
        {
          gsize n = p - start;

          /* Only bytes of 0x80 and above can make a run invalid UTF-8. */
          if ((high & TP_JSON_HIGHS) != 0 && !g_utf8_validate_len (start, n, NULL))
            {
              self->p = p;
              if (is_name)
                _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                               _("a member name is not valid UTF-8"));
              else
                _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                               _("the text is not valid UTF-8"));
              return FALSE;
            }
          _tp_json_append (into, start, n);
        }

      if (p >= end)
        {
          self->p = p;
          _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
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
          _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
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
                _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                               _("\\u must be followed by four hexadecimal digits"));
                return FALSE;
              }
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                gunichar low;

                if (self->end - self->p < 6 || self->p[0] != '\\' || self->p[1] != 'u')
                  {
                    _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                                   _("a text contains half of a surrogate pair (\\u%04X)"), c);
                    return FALSE;
                  }
                self->p += 2;
                if (!read_hex4 (self, &low) || low < 0xDC00 || low > 0xDFFF)
                  {
                    _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                                   _("a text contains half of a surrogate pair (\\u%04X)"), c);
                    return FALSE;
                  }
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              }
            else if (c >= 0xDC00 && c <= 0xDFFF)
              {
                _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                               _("a text contains half of a surrogate pair (\\u%04X)"), c);
                return FALSE;
              }
            else if (c == 0)
              {
                _tp_json_fail (self, error, TP_FORMAT_ERROR_INVALID_UTF8,
                               _("a text contains the NUL character (\\u0000), which is not allowed"));
                return FALSE;
              }
            g_string_append_unichar (into, c);
            p = self->p;
          }
          break;
        default:
          self->p = p;
          _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                         _("a text contains an unknown escape “\\%c”"),
                         (guchar) *p >= 0x20 && (guchar) *p < 0x7f ? *p : '?');
          return FALSE;
        }
    }
}

TpJsonToken
_tp_json_read_number (TpJsonReader *self,
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
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                          _("a number is not written correctly"));

  if (p < end && *p == '.')
    {
      is_int = FALSE;
      p++;
      if (!DIGIT (p))
        return _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
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
        return _tp_json_fail (self, error, TP_FORMAT_ERROR_SYNTAX,
                              _("a number is not written correctly (digits must follow the exponent)"));
      while (DIGIT (p))
        p++;
    }
#undef DIGIT

  len = p - self->p;
  if (len > MAX_NUMBER_TEXT)
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_OUT_OF_RANGE,
                          _("a number has more than %d characters"), MAX_NUMBER_TEXT);

  memcpy (self->number_text, self->p, len);
  self->number_text[len] = '\0';

  /* A whole number of up to 15 digits (scores, sizes, positions) is exact
   * as a double: no need for strtod and strtoll. */
  if (is_int && len - (*self->p == '-') <= 15)
    {
      gboolean negative = *self->p == '-';
      gint64 v = 0;

      for (const char *q = self->p + negative; q < p; q++)
        v = v * 10 + (*q - '0');
      self->p = p;
      self->int_value = negative ? -v : v;
      self->is_int = TRUE;
      /* "-0" is the double -0.0, as strtod reads it. */
      self->number = negative && v == 0 ? -0.0 : (double) self->int_value;
      self->token = TP_JSON_TOKEN_NUMBER;
      self->state = STATE_AFTER_VALUE;
      return self->token;
    }
  self->p = p;

  self->number = g_ascii_strtod (self->number_text, NULL);
  if (!isfinite (self->number))
    return _tp_json_fail (self, error, TP_FORMAT_ERROR_OUT_OF_RANGE,
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

TpJsonToken
_tp_json_read_literal (TpJsonReader *self,
                       const char   *word,
                       TpJsonToken   token,
                       GError      **error)
{
  gsize len = strlen (word);

  if ((gsize) (self->end - self->p) < len || memcmp (self->p, word, len) != 0)
    return _tp_json_unexpected (self, error, _("a value"));
  self->p += len;
  self->token = token;
  self->state = STATE_AFTER_VALUE;
  return token;
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
