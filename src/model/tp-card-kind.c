/* tp-card-kind.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tp-card.h"
#include "tp-card-kind.h"

static const TpCardField touchpoint_fields[] = {
  { "channel", "channel", TP_CARD_FIELD_ENUM, NULL, N_("Channel"), N_("Change Channel") },
  { "type", "touchpoint-type", TP_CARD_FIELD_ENUM, NULL, N_("Type"), N_("Change Touchpoint Type") },
  { "department", "department", TP_CARD_FIELD_STRING, NULL, N_("Department"), N_("Edit Department") },
  { NULL }
};

static const TpCardField emotion_fields[] = {
  { "score", "emotion-score", TP_CARD_FIELD_SCORE, N_("the score"),
    N_("Score, from very negative to very positive"), N_("Change Emotion Score") },
  { "feeling", "feeling", TP_CARD_FIELD_STRING, NULL, N_("Feeling"), N_("Edit Feeling") },
  { NULL }
};

static const TpCardField pain_fields[] = {
  { "severity", "severity", TP_CARD_FIELD_INT, N_("the severity"), N_("Severity"),
    N_("Change Severity") },
  { NULL }
};

static const TpCardField opportunity_fields[] = {
  { "impact", "impact", TP_CARD_FIELD_INT, N_("the impact"), N_("Impact"), N_("Change Impact") },
  { "effort", "effort", TP_CARD_FIELD_INT, N_("the effort"), N_("Effort"), N_("Change Effort") },
  { NULL }
};

static const TpCardField no_fields[] = { { NULL } };

/* In the order of TpCardKind. */
static const TpCardKindInfo kinds[] = {
  { TP_CARD_KIND_ACTIVITY,    TP_LANE_KIND_ACTIVITY,      NULL,          FALSE, no_fields },
  { TP_CARD_KIND_THOUGHT,     TP_LANE_KIND_THOUGHTS,      NULL,          FALSE, no_fields },
  { TP_CARD_KIND_EMOTION,     TP_LANE_KIND_FEELINGS,      "emotion",     FALSE, emotion_fields },
  { TP_CARD_KIND_TOUCHPOINT,  TP_LANE_KIND_TOUCHPOINTS,   "touchpoint",  TRUE,  touchpoint_fields },
  { TP_CARD_KIND_CHANNEL,     TP_LANE_KIND_CHANNELS,      NULL,          FALSE, no_fields },
  { TP_CARD_KIND_PAIN_POINT,  TP_LANE_KIND_PAIN_POINTS,   "pain",        FALSE, pain_fields },
  { TP_CARD_KIND_OPPORTUNITY, TP_LANE_KIND_OPPORTUNITIES, "opportunity", FALSE, opportunity_fields },
  { TP_CARD_KIND_EVIDENCE,    TP_LANE_KIND_EVIDENCE,      NULL,          FALSE, no_fields },
  { TP_CARD_KIND_FRONTSTAGE,  TP_LANE_KIND_FRONTSTAGE,    NULL,          FALSE, no_fields },
  { TP_CARD_KIND_BACKSTAGE,   TP_LANE_KIND_BACKSTAGE,     NULL,          FALSE, no_fields },
  { TP_CARD_KIND_SUPPORT,     TP_LANE_KIND_SUPPORT,       NULL,          FALSE, no_fields },
  { TP_CARD_KIND_METRIC,      TP_LANE_KIND_METRICS,       NULL,          FALSE, no_fields },
  { TP_CARD_KIND_NOTE,        TP_LANE_KIND_TEXT,          NULL,          FALSE, no_fields },
};

const TpCardKindInfo *
tp_card_kind_get_info (TpCardKind kind)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == TP_CARD_KIND_NOTE + 1);

  if ((guint) kind >= G_N_ELEMENTS (kinds))
    kind = TP_CARD_KIND_NOTE;
  g_assert (kinds[kind].kind == kind);
  return &kinds[kind];
}

const TpCardKindInfo *
tp_card_kind_find_member (const char *member)
{
  g_return_val_if_fail (member != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].member != NULL && strcmp (kinds[i].member, member) == 0)
      return &kinds[i];
  return NULL;
}

const TpCardField *
tp_card_kind_info_find_field (const TpCardKindInfo *info,
                              const char           *member)
{
  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);

  for (const TpCardField *field = info->fields; field->member != NULL; field++)
    if (strcmp (field->member, member) == 0)
      return field;
  return NULL;
}

GParamSpec *
tp_card_field_get_pspec (const TpCardField *field)
{
  static GObjectClass *card_class;
  static gsize once;
  GParamSpec *pspec;

  g_return_val_if_fail (field != NULL && field->property != NULL, NULL);

  /* The class is kept for the life of the program, as a static type's class is anyway. */
  if (g_once_init_enter (&once))
    {
      card_class = g_type_class_ref (TP_TYPE_CARD);
      g_once_init_leave (&once, 1);
    }
  pspec = g_object_class_find_property (card_class, field->property);
  g_assert (pspec != NULL);
  return pspec;
}

TpCardKind
tp_lane_kind_default_card_kind (TpLaneKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].lane_kind == kind)
      return kinds[i].kind;
  return TP_CARD_KIND_NOTE;
}
