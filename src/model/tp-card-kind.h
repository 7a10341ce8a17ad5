/* tp-card-kind.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per card kind: the lane it belongs in, the JSON object holding the
 * kind's own fields and what those fields are. The file reader and writer,
 * the inspector, templates and glyphs read this table instead of each
 * switching on the kind, so a kind or a kind's field is added in one place.
 */

#pragma once

#include <glib-object.h>

#include "tp-enums.h"

G_BEGIN_DECLS

typedef enum {
  TP_CARD_FIELD_STRING,
  TP_CARD_FIELD_ENUM,   /* the enum type is the property's */
  TP_CARD_FIELD_INT,    /* the range is the property's */
  TP_CARD_FIELD_SCORE,  /* an int, edited on a scale */
} TpCardFieldType;

typedef struct {
  const char      *member;      /* in the kind's JSON object */
  const char      *property;    /* the TpCard property */
  TpCardFieldType  type;
  const char      *noun;        /* N_(), how an error names it: "the score" (INT, SCORE) */
  const char      *label;       /* N_(), the inspector's title */
  const char      *undo_label;  /* N_(), the undo step of an edit */
} TpCardField;

typedef struct {
  TpCardKind         kind;
  TpLaneKind         lane_kind;    /* where a card of this kind lives by default */
  const char        *member;       /* JSON object with the kind's own fields, or NULL */
  gboolean           has_metrics;  /* "metrics" follows the fields in the object */
  const TpCardField *fields;       /* ends with a row whose member is NULL */
} TpCardKindInfo;

/** tp_card_kind_get_info: the row of @kind (the note's row for an unknown kind). */
const TpCardKindInfo *tp_card_kind_get_info       (TpCardKind  kind);
/** tp_card_kind_find_member: the row whose JSON object is named @member, or NULL. */
const TpCardKindInfo *tp_card_kind_find_member    (const char *member);
/** tp_card_kind_info_find_field: the field of @info named @member in the file, or NULL. */
const TpCardField    *tp_card_kind_info_find_field (const TpCardKindInfo *info,
                                                    const char           *member);

/** tp_card_field_get_pspec: the TpCard property of @field (its enum type, its range). */
GParamSpec           *tp_card_field_get_pspec      (const TpCardField    *field);

G_END_DECLS
