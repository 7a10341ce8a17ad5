/* tp-json-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes pretty-printed JSON with deterministic bytes: 2-space indentation,
 * members in the order they are written, numbers in the shortest form that
 * reads back to the same double, strings escaped minimally (non-ASCII kept
 * as UTF-8), a final newline; the same layout as Python's json.dumps(indent=2).
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _TpJsonWriter TpJsonWriter;

TpJsonWriter *tp_json_writer_new          (gsize         size_hint);
void          tp_json_writer_free         (TpJsonWriter *self);
/** tp_json_writer_free_to_bytes: ends the document with a newline and returns its bytes. */
GBytes       *tp_json_writer_free_to_bytes (TpJsonWriter *self);

void          tp_json_writer_begin_object (TpJsonWriter *self);
void          tp_json_writer_end_object   (TpJsonWriter *self);
void          tp_json_writer_begin_array  (TpJsonWriter *self);
void          tp_json_writer_end_array    (TpJsonWriter *self);
/** tp_json_writer_member: the name of the next member of the current object. */
void          tp_json_writer_member       (TpJsonWriter *self,
                                           const char   *name);
/** tp_json_writer_string: a string value; NULL is written as "". */
void          tp_json_writer_string       (TpJsonWriter *self,
                                           const char   *value);
/** tp_json_writer_string_or_null: a string value, or null for NULL. */
void          tp_json_writer_string_or_null (TpJsonWriter *self,
                                           const char   *value);
void          tp_json_writer_int          (TpJsonWriter *self,
                                           gint64        value);
/** tp_json_writer_double: a finite number in its shortest round-trip form (non-finite → 0). */
void          tp_json_writer_double       (TpJsonWriter *self,
                                           double        value);
void          tp_json_writer_boolean      (TpJsonWriter *self,
                                           gboolean      value);
void          tp_json_writer_null         (TpJsonWriter *self);
/** tp_json_writer_node: a json-glib value (unknown members), written recursively. */
void          tp_json_writer_node         (TpJsonWriter *self,
                                           JsonNode     *node);
/** tp_json_writer_ascii_string: a string value of @len plain ASCII bytes needing no escapes (base64) string value of @len bytes. */
void          tp_json_writer_ascii_string (TpJsonWriter *self,
                                           const char   *value,
                                           gsize         len);

/** tp_json_format_double: writes @value's shortest round-trip form into @buf. */
void          tp_json_format_double       (char          buf[G_ASCII_DTOSTR_BUF_SIZE],
                                           double        value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpJsonWriter, tp_json_writer_free)

G_END_DECLS
