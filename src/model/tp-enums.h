/* tp-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enumerations of the Touchpoint model. Each enum value's GEnumValue nick is
 * the string written in .touchpoint files (see docs/FORMAT.md).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  TP_JOURNEY_STATE_CURRENT,
  TP_JOURNEY_STATE_FUTURE,
} TpJourneyState;

typedef enum {
  TP_LENS_FIVE_PHASES,
  TP_LENS_FUNCTIONAL,
  TP_LENS_GOAL,
  TP_LENS_ENGAGEMENT,
  TP_LENS_ACTIVITY,
  TP_LENS_PURPOSE,
  TP_LENS_BLUEPRINT,
  TP_LENS_STORE_VISIT,
  TP_LENS_CUSTOM,
} TpLens;

typedef enum {
  TP_LANE_KIND_ACTIVITY,
  TP_LANE_KIND_THOUGHTS,
  TP_LANE_KIND_FEELINGS,
  TP_LANE_KIND_TOUCHPOINTS,
  TP_LANE_KIND_CHANNELS,
  TP_LANE_KIND_PAIN_POINTS,
  TP_LANE_KIND_OPPORTUNITIES,
  TP_LANE_KIND_EVIDENCE,
  TP_LANE_KIND_FRONTSTAGE,
  TP_LANE_KIND_BACKSTAGE,
  TP_LANE_KIND_SUPPORT,
  TP_LANE_KIND_METRICS,
  TP_LANE_KIND_TEXT,
} TpLaneKind;

typedef enum {
  TP_CARD_KIND_ACTIVITY,
  TP_CARD_KIND_THOUGHT,
  TP_CARD_KIND_EMOTION,
  TP_CARD_KIND_TOUCHPOINT,
  TP_CARD_KIND_CHANNEL,
  TP_CARD_KIND_PAIN_POINT,
  TP_CARD_KIND_OPPORTUNITY,
  TP_CARD_KIND_EVIDENCE,
  TP_CARD_KIND_FRONTSTAGE,
  TP_CARD_KIND_BACKSTAGE,
  TP_CARD_KIND_SUPPORT,
  TP_CARD_KIND_METRIC,
  TP_CARD_KIND_NOTE,
} TpCardKind;

typedef enum {
  TP_EVIDENCE_OBSERVED,
  TP_EVIDENCE_ASSUMED,
  TP_EVIDENCE_PROPOSED,
} TpEvidence;

typedef enum {
  TP_CHANNEL_WEB,
  TP_CHANNEL_MOBILE_APP,
  TP_CHANNEL_STORE,
  TP_CHANNEL_PHONE,
  TP_CHANNEL_EMAIL,
  TP_CHANNEL_SOCIAL,
  TP_CHANNEL_WORD_OF_MOUTH,
  TP_CHANNEL_CHAT,
  TP_CHANNEL_MAIL,
  TP_CHANNEL_PRINT,
  TP_CHANNEL_TV,
  TP_CHANNEL_EVENT,
  TP_CHANNEL_PARTNER,
  TP_CHANNEL_OTHER,
} TpChannel;

typedef enum {
  TP_TOUCHPOINT_TYPE_PERIPHERAL,
  TP_TOUCHPOINT_TYPE_EXTERNAL,
  TP_TOUCHPOINT_TYPE_INTERNAL,
} TpTouchpointType;

typedef enum {
  TP_METRIC_KIND_CONVERSION_RATE,
  TP_METRIC_KIND_TIME_SPENT,
  TP_METRIC_KIND_DROP_OFF_RATE,
  TP_METRIC_KIND_CSAT,
  TP_METRIC_KIND_NPS,
  TP_METRIC_KIND_REPEAT_PURCHASE_RATE,
  TP_METRIC_KIND_CUSTOM,
} TpMetricKind;

typedef enum {
  TP_CONNECTION_KIND_FLOW,
  TP_CONNECTION_KIND_TRIGGERS,
  TP_CONNECTION_KIND_DEPENDS_ON,
  TP_CONNECTION_KIND_REWORK,  /* back to redo an earlier step; a flow in version-1 files */
  TP_CONNECTION_KIND_WAIT,    /* the next step waits; a flow in version-1 files */
} TpConnectionKind;

typedef enum {
  TP_ZONE_KIND_ENTRANCE,
  TP_ZONE_KIND_DECOMPRESSION,
  TP_ZONE_KIND_AISLE,
  TP_ZONE_KIND_DISPLAY,
  TP_ZONE_KIND_FITTING_ROOM,
  TP_ZONE_KIND_CHECKOUT,
  TP_ZONE_KIND_EXIT,
  TP_ZONE_KIND_STAFF_ONLY,
  TP_ZONE_KIND_SEATING,
  TP_ZONE_KIND_OTHER,
  /* Not walkable: the customer path goes around these. */
  TP_ZONE_KIND_SHELF,
  TP_ZONE_KIND_WALL,
  TP_ZONE_KIND_OBSTACLE,
} TpZoneKind;

typedef enum {
  TP_ZONE_SHAPE_RECT,
  TP_ZONE_SHAPE_POLYGON,
} TpZoneShape;

#define TP_TYPE_JOURNEY_STATE   (tp_journey_state_get_type ())
#define TP_TYPE_LENS            (tp_lens_get_type ())
#define TP_TYPE_LANE_KIND       (tp_lane_kind_get_type ())
#define TP_TYPE_CARD_KIND       (tp_card_kind_get_type ())
#define TP_TYPE_EVIDENCE        (tp_evidence_get_type ())
#define TP_TYPE_CHANNEL         (tp_channel_get_type ())
#define TP_TYPE_TOUCHPOINT_TYPE (tp_touchpoint_type_get_type ())
#define TP_TYPE_METRIC_KIND     (tp_metric_kind_get_type ())
#define TP_TYPE_CONNECTION_KIND (tp_connection_kind_get_type ())
#define TP_TYPE_ZONE_KIND       (tp_zone_kind_get_type ())
#define TP_TYPE_ZONE_SHAPE      (tp_zone_shape_get_type ())

GType tp_journey_state_get_type   (void) G_GNUC_CONST;
GType tp_lens_get_type            (void) G_GNUC_CONST;
GType tp_lane_kind_get_type       (void) G_GNUC_CONST;
GType tp_card_kind_get_type       (void) G_GNUC_CONST;
GType tp_evidence_get_type        (void) G_GNUC_CONST;
GType tp_channel_get_type         (void) G_GNUC_CONST;
GType tp_touchpoint_type_get_type (void) G_GNUC_CONST;
GType tp_metric_kind_get_type     (void) G_GNUC_CONST;
GType tp_connection_kind_get_type (void) G_GNUC_CONST;
GType tp_zone_kind_get_type       (void) G_GNUC_CONST;
GType tp_zone_shape_get_type      (void) G_GNUC_CONST;

/** tp_enum_to_nick: the file string of @value in @enum_type (static string). */
const char *tp_enum_to_nick   (GType       enum_type,
                               int         value);
/** tp_enum_from_nick: parses a file string; FALSE when @nick is unknown. */
gboolean    tp_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
/** tp_enum_get_label: the translated name a person reads ("Pain point"). */
const char *tp_enum_get_label (GType       enum_type,
                               int         value);

/** tp_lane_kind_default_card_kind: the kind of card a new card in such a lane gets
 *  (the table in tp-card-kind.c). */
TpCardKind  tp_lane_kind_default_card_kind (TpLaneKind kind);
/** tp_zone_kind_is_walkable: whether customers walk through zones of @kind (FALSE for shelves, walls,
 * other obstacles and staff-only areas). */
gboolean    tp_zone_kind_is_walkable       (TpZoneKind kind);

G_END_DECLS
