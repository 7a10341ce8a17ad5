/* tp-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card in a (phase, lane) cell.
 * Properties: "id", "kind" (TpCardKind), "phase" (id), "lane" (id), "title", "description",
 * "tags" (GStrv), "evidence" (TpEvidence), "moment-that-matters" (bool),
 * "department" (the owner; any kind — touchpoint cards save it in their touchpoint object),
 * touchpoint: "channel" (TpChannel), "touchpoint-type" (TpTouchpointType);
 * emotion: "emotion-score" (int -3..3), "feeling"; pain point: "severity" (int 0..5);
 * opportunity: "impact", "effort" (int 0..5).
 * Any kind: "fail-point" (bool), "fail-point-severity" (int 0..5), "duration" (double,
 * minutes the step takes including waiting, 0..TP_CARD_DURATION_MAX; 0 = not given).
 * Lists: TP_LIST_METRICS (TpMetric).
 * Kind-specific fields exist on every card but are saved only for their kind.
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

/* About nineteen years: bounds a duration read from a file. */
#define TP_CARD_DURATION_MAX 1e7

#define TP_TYPE_CARD (tp_card_get_type ())

G_DECLARE_FINAL_TYPE (TpCard, tp_card, TP, CARD, TpElement)

TpCard      *tp_card_new                 (const char *id,
                                          TpCardKind  kind);
/* For the file reader only: a new card with its common fields, set as the
 * setters would (an empty id, phase or lane is NULL, a NULL title or
 * description is "") but without going through GValues and taking the
 * strings, @id too, instead of copying them (issue #12). @kind is valid. */
TpCard      *_tp_card_new_loaded         (char       *id,
                                          TpCardKind  kind,
                                          char       *phase,
                                          char       *lane,
                                          char       *title,
                                          char       *description);
/* For the file reader only, on a card from _tp_card_new_loaded: takes @tags (NULL or empty: none),
 * sets the evidence and the moment that matters, again without GValues. */
void         _tp_card_take_loaded_details (TpCard     *self,
                                          char      **tags,
                                          TpEvidence  evidence,
                                          gboolean    moment_that_matters);
/* For the file reader only, on a card no one listens to yet: sets the named
 * properties as g_object_setv would, without GValue copies or notifications. */
void         _tp_card_set_loaded_properties (TpCard        *self,
                                          guint          n,
                                          const char   **names,
                                          const GValue  *values);
TpCardKind   tp_card_get_kind            (TpCard     *self);
const char  *tp_card_get_phase           (TpCard     *self);
const char  *tp_card_get_lane            (TpCard     *self);
const char  *tp_card_get_title           (TpCard     *self);
const char  *tp_card_get_description     (TpCard     *self);
const char * const *tp_card_get_tags     (TpCard     *self);
TpEvidence   tp_card_get_evidence        (TpCard     *self);
gboolean     tp_card_get_moment_that_matters (TpCard *self);
TpChannel    tp_card_get_channel         (TpCard     *self);
TpTouchpointType tp_card_get_touchpoint_type (TpCard *self);
const char  *tp_card_get_department      (TpCard     *self);
int          tp_card_get_emotion_score   (TpCard     *self);
const char  *tp_card_get_feeling         (TpCard     *self);
int          tp_card_get_severity        (TpCard     *self);
int          tp_card_get_impact          (TpCard     *self);
int          tp_card_get_effort          (TpCard     *self);
gboolean     tp_card_get_fail_point      (TpCard     *self);
int          tp_card_get_fail_point_severity (TpCard *self);
double       tp_card_get_duration        (TpCard     *self);
GPtrArray   *tp_card_get_metrics         (TpCard     *self);

G_END_DECLS
