/* tp-json-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small pull parser for untrusted JSON held in memory. It hands out one
 * token at a time with its line number, so the loader can build the model
 * straight from the tokens without a json-glib tree. It enforces the limits
 * of docs/FORMAT.md (depth, string and array length), validates UTF-8,
 * decodes \u escapes including surrogate pairs, accepts only the strict
 * JSON number grammar with finite values and refuses a member name that
 * appears twice in one object.
 *
 * Errors are in TP_FORMAT_ERROR with a plain message and no prefix; the
 * caller adds the file name, the line (tp_json_reader_get_line) and the path.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  TP_JSON_TOKEN_NONE,
  TP_JSON_TOKEN_BEGIN_OBJECT,
  TP_JSON_TOKEN_END_OBJECT,
  TP_JSON_TOKEN_BEGIN_ARRAY,
  TP_JSON_TOKEN_END_ARRAY,
  TP_JSON_TOKEN_MEMBER,     /* a member name; its value is the next token */
  TP_JSON_TOKEN_STRING,
  TP_JSON_TOKEN_NUMBER,
  TP_JSON_TOKEN_TRUE,
  TP_JSON_TOKEN_FALSE,
  TP_JSON_TOKEN_NULL,
  TP_JSON_TOKEN_END,        /* the end of the document */
} TpJsonToken;

#define TP_JSON_READER_MAX_DEPTH 64

typedef struct _TpJsonReader TpJsonReader;

/* A saved position to come back to (the buffer must stay the same). */
typedef struct {
  const char  *p;
  guint        line;
  guint        token_line;
  TpJsonToken  token;
  int          state;
  int          depth;
  char         stack[TP_JSON_READER_MAX_DEPTH + 1];
  guint        counts[TP_JSON_READER_MAX_DEPTH + 1];
  /* The member names seen in each open object, to refuse repeated names. */
  guint        name_gens[TP_JSON_READER_MAX_DEPTH + 1];
  guint        name_ns[TP_JSON_READER_MAX_DEPTH + 1];
  gsize        name_lens[TP_JSON_READER_MAX_DEPTH + 1];
} TpJsonReaderMark;

/** tp_json_reader_new: a reader over @data (not copied; must outlive the reader). */
TpJsonReader *tp_json_reader_new            (const char    *data,
                                             gsize          length);
void          tp_json_reader_free           (TpJsonReader  *self);
/** tp_json_reader_set_max_string: the longest string accepted from now on, in bytes. */
void          tp_json_reader_set_max_string (TpJsonReader  *self,
                                             gsize          max_bytes);
/** tp_json_reader_next: reads the next token; TP_JSON_TOKEN_NONE on error. */
TpJsonToken   tp_json_reader_next           (TpJsonReader  *self,
                                             GError       **error);
/** tp_json_reader_get_token: the current token. */
TpJsonToken   tp_json_reader_get_token      (TpJsonReader  *self);
/** tp_json_reader_get_line: the line (from 1) of the current token, or of the error. */
guint         tp_json_reader_get_line       (TpJsonReader  *self);
/** tp_json_reader_get_string: the decoded STRING value (valid until the next string). */
const char   *tp_json_reader_get_string     (TpJsonReader  *self,
                                             gsize         *length);
/** tp_json_reader_get_member_name: the name of the last MEMBER token (valid until the next member). */
const char   *tp_json_reader_get_member_name (TpJsonReader *self);
/** tp_json_reader_get_member_name_length: its length in bytes. */
gsize         tp_json_reader_get_member_name_length (TpJsonReader *self);
/** tp_json_reader_get_number_text: the NUMBER as written in the file. */
const char   *tp_json_reader_get_number_text (TpJsonReader *self);
double        tp_json_reader_get_double     (TpJsonReader  *self);
/** tp_json_reader_get_int: TRUE when the NUMBER is a whole number that fits in @value. */
gboolean      tp_json_reader_get_int        (TpJsonReader  *self,
                                             gint64        *value);
/** tp_json_reader_read_scalar: the current STRING, NUMBER, TRUE, FALSE or NULL as a node;
 *  objects and lists are read token by token by the caller. */
JsonNode     *tp_json_reader_read_scalar    (TpJsonReader  *self,
                                             GError       **error);
/** tp_json_reader_skip: consumes the value starting at the current token. */
gboolean      tp_json_reader_skip           (TpJsonReader  *self,
                                             GError       **error);
void          tp_json_reader_mark           (TpJsonReader      *self,
                                             TpJsonReaderMark  *mark);
/** tp_json_reader_reset: goes back to @mark; the current token is the one it was at. */
void          tp_json_reader_reset          (TpJsonReader      *self,
                                             const TpJsonReaderMark *mark);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpJsonReader, tp_json_reader_free)

G_END_DECLS
