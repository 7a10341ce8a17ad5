/* tp-json-reader-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the two halves of the JSON reader: the tokens and the structure
 * (tp-json-reader.c) and the values' text: strings, numbers, literals and
 * errors (tp-json-reader-values.c).
 */

#pragma once

#include <string.h>

#include "tp-json-reader.h"

G_BEGIN_DECLS

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

/* g_string_append_len without its general path (insertion, overlap) while there is room. */
static inline void
_tp_json_append (GString    *string,
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

/* Eight bytes of the buffer at @p as a word whose lowest byte is p[0]. */
static inline guint64
_tp_json_word (const char *p)
{
  guint64 w;

  memcpy (&w, p, sizeof w);
  return GUINT64_FROM_LE (w);
}

#define TP_JSON_ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define TP_JSON_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* The index of the first byte of @w flagged (0x80) in @flags, which is not 0. */
static inline guint
_tp_json_first_flagged (guint64 flags)
{
  return (guint) __builtin_ctzll (flags) >> 3;
}

/* The longest string _tp_json_read_plain reads. */
#define TP_JSON_PLAIN_MAX 64

/* Reads the common string, whose opening quote is at self->p, into @into:
 * no escape, no byte of 0x80 or above, at most TP_JSON_PLAIN_MAX bytes and
 * at least eight bytes before the end of the buffer. Eight bytes at a time,
 * each word copied whole (the string is ended after it). FALSE, having
 * consumed nothing, for any other string: _tp_json_read_string reads it. */
static inline gboolean
_tp_json_read_plain (TpJsonReader *self,
                     GString      *into)
{
  const char *start = self->p + 1;
  const char *p = start;
  gsize len;

  if (into->allocated_len <= TP_JSON_PLAIN_MAX + 8)
    return FALSE;
  for (;;)
    {
      guint64 w, quote, backslash, flags;

      if (self->end - p < 8 || p - start > TP_JSON_PLAIN_MAX)
        return FALSE;
      w = _tp_json_word (p);
      quote = w ^ (TP_JSON_ONES * '"');
      backslash = w ^ (TP_JSON_ONES * '\\');
      /* A quote, a backslash, a byte below 0x20 or one of 0x80 and above
       * stops the word (see scan_run); of them, only a quote ends a plain
       * string. */
      flags = (((quote - TP_JSON_ONES) & ~quote)
               | ((backslash - TP_JSON_ONES) & ~backslash)
               | ((w - TP_JSON_ONES * 0x20) & ~w)
               | w) & TP_JSON_HIGHS;
      memcpy (into->str + (p - start), p, 8);
      if (flags != 0)
        {
          p += _tp_json_first_flagged (flags);
          break;
        }
      p += 8;
    }
  len = p - start;
  if (*p != '"' || len > TP_JSON_PLAIN_MAX || len > self->max_string)
    return FALSE;
  into->str[len] = '\0';
  into->len = len;
  self->p = p + 1;
  return TRUE;
}

TpJsonToken _tp_json_fail         (TpJsonReader *self,
                                   GError      **error,
                                   int           code,
                                   const char   *format,
                                   ...) G_GNUC_PRINTF (4, 5);
/* Fails with what is at the reader's position, where @expected was expected. */
TpJsonToken _tp_json_unexpected   (TpJsonReader *self,
                                   GError      **error,
                                   const char   *expected);
/* Reads a string whose opening quote is at self->p into @into. */
gboolean    _tp_json_read_string  (TpJsonReader *self,
                                   GString      *into,
                                   gboolean      is_name,
                                   GError      **error);
TpJsonToken _tp_json_read_number  (TpJsonReader *self,
                                   GError      **error);
TpJsonToken _tp_json_read_literal (TpJsonReader *self,
                                   const char   *word,
                                   TpJsonToken   token,
                                   GError      **error);

G_END_DECLS
