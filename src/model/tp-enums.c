/* tp-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-enums.h"

G_DEFINE_ENUM_TYPE (TpJourneyState, tp_journey_state,
  G_DEFINE_ENUM_VALUE (TP_JOURNEY_STATE_CURRENT, "current"),
  G_DEFINE_ENUM_VALUE (TP_JOURNEY_STATE_FUTURE, "future"))

G_DEFINE_ENUM_TYPE (TpLens, tp_lens,
  G_DEFINE_ENUM_VALUE (TP_LENS_FIVE_PHASES, "five_phases"),
  G_DEFINE_ENUM_VALUE (TP_LENS_FUNCTIONAL, "functional"),
  G_DEFINE_ENUM_VALUE (TP_LENS_GOAL, "goal"),
  G_DEFINE_ENUM_VALUE (TP_LENS_ENGAGEMENT, "engagement"),
  G_DEFINE_ENUM_VALUE (TP_LENS_ACTIVITY, "activity"),
  G_DEFINE_ENUM_VALUE (TP_LENS_PURPOSE, "purpose"),
  G_DEFINE_ENUM_VALUE (TP_LENS_BLUEPRINT, "blueprint"),
  G_DEFINE_ENUM_VALUE (TP_LENS_STORE_VISIT, "store_visit"),
  G_DEFINE_ENUM_VALUE (TP_LENS_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (TpLaneKind, tp_lane_kind,
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_ACTIVITY, "activity"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_THOUGHTS, "thoughts"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_FEELINGS, "feelings"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_TOUCHPOINTS, "touchpoints"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_CHANNELS, "channels"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_PAIN_POINTS, "pain_points"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_OPPORTUNITIES, "opportunities"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_EVIDENCE, "evidence"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_FRONTSTAGE, "frontstage"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_BACKSTAGE, "backstage"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_SUPPORT, "support"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_METRICS, "metrics"),
  G_DEFINE_ENUM_VALUE (TP_LANE_KIND_TEXT, "text"))

G_DEFINE_ENUM_TYPE (TpCardKind, tp_card_kind,
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_ACTIVITY, "activity"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_THOUGHT, "thought"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_EMOTION, "emotion"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_TOUCHPOINT, "touchpoint"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_CHANNEL, "channel"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_PAIN_POINT, "pain_point"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_OPPORTUNITY, "opportunity"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_EVIDENCE, "evidence"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_FRONTSTAGE, "frontstage"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_BACKSTAGE, "backstage"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_SUPPORT, "support"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_METRIC, "metric"),
  G_DEFINE_ENUM_VALUE (TP_CARD_KIND_NOTE, "note"))

G_DEFINE_ENUM_TYPE (TpEvidence, tp_evidence,
  G_DEFINE_ENUM_VALUE (TP_EVIDENCE_OBSERVED, "observed"),
  G_DEFINE_ENUM_VALUE (TP_EVIDENCE_ASSUMED, "assumed"),
  G_DEFINE_ENUM_VALUE (TP_EVIDENCE_PROPOSED, "proposed"))

G_DEFINE_ENUM_TYPE (TpChannel, tp_channel,
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_WEB, "web"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_MOBILE_APP, "mobile_app"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_STORE, "store"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_SOCIAL, "social"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_WORD_OF_MOUTH, "word_of_mouth"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_CHAT, "chat"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_MAIL, "mail"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_PRINT, "print"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_TV, "tv"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_EVENT, "event"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_PARTNER, "partner"),
  G_DEFINE_ENUM_VALUE (TP_CHANNEL_OTHER, "other"))

G_DEFINE_ENUM_TYPE (TpTouchpointType, tp_touchpoint_type,
  G_DEFINE_ENUM_VALUE (TP_TOUCHPOINT_TYPE_PERIPHERAL, "peripheral"),
  G_DEFINE_ENUM_VALUE (TP_TOUCHPOINT_TYPE_EXTERNAL, "external"),
  G_DEFINE_ENUM_VALUE (TP_TOUCHPOINT_TYPE_INTERNAL, "internal"))

G_DEFINE_ENUM_TYPE (TpMetricKind, tp_metric_kind,
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_CONVERSION_RATE, "conversion_rate"),
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_TIME_SPENT, "time_spent"),
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_DROP_OFF_RATE, "drop_off_rate"),
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_CSAT, "csat"),
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_NPS, "nps"),
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_REPEAT_PURCHASE_RATE, "repeat_purchase_rate"),
  G_DEFINE_ENUM_VALUE (TP_METRIC_KIND_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (TpConnectionKind, tp_connection_kind,
  G_DEFINE_ENUM_VALUE (TP_CONNECTION_KIND_FLOW, "flow"),
  G_DEFINE_ENUM_VALUE (TP_CONNECTION_KIND_TRIGGERS, "triggers"),
  G_DEFINE_ENUM_VALUE (TP_CONNECTION_KIND_DEPENDS_ON, "depends_on"),
  G_DEFINE_ENUM_VALUE (TP_CONNECTION_KIND_REWORK, "rework"),
  G_DEFINE_ENUM_VALUE (TP_CONNECTION_KIND_WAIT, "wait"))

G_DEFINE_ENUM_TYPE (TpZoneKind, tp_zone_kind,
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_ENTRANCE, "entrance"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_DECOMPRESSION, "decompression"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_AISLE, "aisle"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_DISPLAY, "display"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_FITTING_ROOM, "fitting_room"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_CHECKOUT, "checkout"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_EXIT, "exit"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_STAFF_ONLY, "staff_only"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_SEATING, "seating"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_OTHER, "other"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_SHELF, "shelf"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_WALL, "wall"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_KIND_OBSTACLE, "obstacle"))

G_DEFINE_ENUM_TYPE (TpZoneShape, tp_zone_shape,
  G_DEFINE_ENUM_VALUE (TP_ZONE_SHAPE_RECT, "rect"),
  G_DEFINE_ENUM_VALUE (TP_ZONE_SHAPE_POLYGON, "polygon"))

static const char * const journey_state_labels[] = {
  N_("Current state"),
  N_("Future state"),
};

static const char * const lens_labels[] = {
  N_("Five phases"),
  N_("Functional lens"),
  N_("Goal lens"),
  N_("Engagement lens"),
  N_("Activity lens"),
  N_("Purpose lens"),
  N_("Service blueprint"),
  N_("Store visit"),
  N_("Custom"),
};

static const char * const lane_kind_labels[] = {
  N_("Customer activity"),
  N_("Thoughts"),
  N_("Feelings"),
  N_("Touchpoints"),
  N_("Channels"),
  N_("Pain points"),
  N_("Opportunities"),
  N_("Physical evidence"),
  N_("Frontstage actions"),
  N_("Backstage actions"),
  N_("Support processes"),
  N_("Metrics"),
  N_("Free text"),
};

static const char * const card_kind_labels[] = {
  N_("Activity"),
  N_("Thought"),
  N_("Emotion"),
  /* Not N_("Touchpoint"): that msgid is the application's name, which
   * translations keep, while the card kind is translated (tp_enum_get_label). */
  NULL,
  N_("Channel"),
  N_("Pain point"),
  N_("Opportunity"),
  N_("Physical evidence"),
  N_("Frontstage action"),
  N_("Backstage action"),
  N_("Support process"),
  N_("Metric"),
  N_("Note"),
};

static const char * const evidence_labels[] = {
  N_("Observed"),
  N_("Assumed"),
  N_("Proposed"),
};

static const char * const channel_labels[] = {
  N_("Web"),
  N_("Mobile app"),
  N_("Store"),
  N_("Phone"),
  N_("E-mail"),
  N_("Social media"),
  N_("Word of mouth"),
  N_("Chat"),
  N_("Mail"),
  N_("Print"),
  N_("TV"),
  N_("Event"),
  N_("Partner"),
  N_("Other"),
};

static const char * const touchpoint_type_labels[] = {
  N_("Peripheral"),
  N_("External"),
  N_("Internal"),
};

static const char * const metric_kind_labels[] = {
  N_("Conversion rate"),
  N_("Time spent"),
  N_("Drop-off rate"),
  N_("CSAT"),
  N_("NPS"),
  N_("Repeat-purchase rate"),
  N_("Custom"),
};

static const char * const connection_kind_labels[] = {
  N_("Flow"),
  N_("Triggers"),
  N_("Depends on"),
  N_("Rework"),
  N_("Waiting"),
};

static const char * const zone_kind_labels[] = {
  N_("Entrance"),
  N_("Decompression zone"),
  N_("Aisle"),
  N_("Display"),
  N_("Fitting room"),
  N_("Checkout"),
  N_("Exit"),
  N_("Staff only"),
  N_("Seating"),
  N_("Other"),
  N_("Shelf"),
  N_("Wall"),
  /* Translators: a zone of a floor plan customers cannot walk through (a pillar, a table) */
  N_("Obstacle"),
};

static const char * const zone_shape_labels[] = {
  N_("Rectangle"),
  N_("Polygon"),
};

const char *
tp_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value (klass, value);

  /* The nicks are static strings owned by the type, which lives forever. */
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
tp_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) ref = NULL;
  GEnumClass *klass;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (nick == NULL)
    return FALSE;

  /* The class is nearly always alive (a property's spec holds it): a file's
   * reader looks up two enums per card, and a reference taken and dropped
   * each time costs more than the lookup. */
  klass = g_type_class_peek (enum_type);
  if (klass == NULL)
    klass = ref = g_type_class_ref (enum_type);
  /* g_enum_get_value_by_nick, without its check of the class. */
  for (ev = klass->values; ev->value_name != NULL; ev++)
    if (ev->value_nick != NULL && strcmp (ev->value_nick, nick) == 0)
      break;
  if (ev->value_name == NULL)
    return FALSE;

  if (value != NULL)
    *value = ev->value;

  return TRUE;
}

#define LABEL(table) \
  G_STMT_START { \
    if (value >= 0 && (gsize) value < G_N_ELEMENTS (table)) \
      return g_dgettext (GETTEXT_PACKAGE, table[value]); \
    return NULL; \
  } G_STMT_END

const char *
tp_enum_get_label (GType enum_type,
                   int   value)
{
  if (enum_type == TP_TYPE_JOURNEY_STATE)
    LABEL (journey_state_labels);
  else if (enum_type == TP_TYPE_LENS)
    LABEL (lens_labels);
  else if (enum_type == TP_TYPE_LANE_KIND)
    LABEL (lane_kind_labels);
  else if (enum_type == TP_TYPE_CARD_KIND && value == TP_CARD_KIND_TOUCHPOINT)
    return C_("card kind", "Touchpoint");
  else if (enum_type == TP_TYPE_CARD_KIND)
    LABEL (card_kind_labels);
  else if (enum_type == TP_TYPE_EVIDENCE)
    LABEL (evidence_labels);
  else if (enum_type == TP_TYPE_CHANNEL)
    LABEL (channel_labels);
  else if (enum_type == TP_TYPE_TOUCHPOINT_TYPE)
    LABEL (touchpoint_type_labels);
  else if (enum_type == TP_TYPE_METRIC_KIND)
    LABEL (metric_kind_labels);
  else if (enum_type == TP_TYPE_CONNECTION_KIND)
    LABEL (connection_kind_labels);
  else if (enum_type == TP_TYPE_ZONE_KIND)
    LABEL (zone_kind_labels);
  else if (enum_type == TP_TYPE_ZONE_SHAPE)
    LABEL (zone_shape_labels);

  g_return_val_if_reached (NULL);
}

#undef LABEL

gboolean
tp_zone_kind_is_walkable (TpZoneKind kind)
{
  switch (kind)
    {
    case TP_ZONE_KIND_SHELF:
    case TP_ZONE_KIND_WALL:
    case TP_ZONE_KIND_OBSTACLE:
    case TP_ZONE_KIND_STAFF_ONLY:
      return FALSE;
    case TP_ZONE_KIND_ENTRANCE:
    case TP_ZONE_KIND_DECOMPRESSION:
    case TP_ZONE_KIND_AISLE:
    case TP_ZONE_KIND_DISPLAY:
    case TP_ZONE_KIND_FITTING_ROOM:
    case TP_ZONE_KIND_CHECKOUT:
    case TP_ZONE_KIND_EXIT:
    case TP_ZONE_KIND_SEATING:
    case TP_ZONE_KIND_OTHER:
    default:
      return TRUE;
    }
}
