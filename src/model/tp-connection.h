/* tp-connection.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A directed link between two cards of one journey.
 * Properties: "id", "from" (card id), "to" (card id), "kind" (TpConnectionKind), "label".
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_CONNECTION (tp_connection_get_type ())

G_DECLARE_FINAL_TYPE (TpConnection, tp_connection, TP, CONNECTION, TpElement)

TpConnection *tp_connection_new           (const char *id,
                                          const char *from,
                                          const char *to);
const char  *tp_connection_get_from      (TpConnection *self);
const char  *tp_connection_get_to        (TpConnection *self);
TpConnectionKind tp_connection_get_kind  (TpConnection *self);
const char  *tp_connection_get_label     (TpConnection *self);

G_END_DECLS
