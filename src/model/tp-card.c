/* tp-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tp-card.h"
#include "tp-metric.h"
#include "tp-element-private.h"

struct _TpCard
{
  TpElement parent_instance;

  TpCardKind kind;
  char *phase;
  char *lane;
  char *title;
  char *description;
  char **tags;
  TpEvidence evidence;
  gboolean moment_that_matters;

  /* touchpoint */
  TpChannel channel;
  TpTouchpointType touchpoint_type;
  char *department;

  /* emotion */
  int emotion_score;
  char *feeling;

  /* pain point, opportunity */
  int severity;
  int impact;
  int effort;

  /* blueprint: any kind */
  gboolean fail_point;
  int fail_point_severity;
  double duration;
};

G_DEFINE_FINAL_TYPE (TpCard, tp_card, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PHASE,
  PROP_LANE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_TAGS,
  PROP_EVIDENCE,
  PROP_MOMENT_THAT_MATTERS,
  PROP_CHANNEL,
  PROP_TOUCHPOINT_TYPE,
  PROP_DEPARTMENT,
  PROP_EMOTION_SCORE,
  PROP_FEELING,
  PROP_SEVERITY,
  PROP_IMPACT,
  PROP_EFFORT,
  PROP_FAIL_POINT,
  PROP_FAIL_POINT_SEVERITY,
  PROP_DURATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Most cards leave most of their texts empty: an empty text or tag list is this
 * one shared value, never freed, instead of an allocation per card (a 20,000-card
 * file made 100,000 of them). Only this file sees the fields, and every store
 * and free of them goes through the helpers below. */
static char empty_text[] = "";
static char *empty_tags[] = { NULL };

static void
free_text (char *text)
{
  if (text != empty_text)
    g_free (text);
}

static void
free_tags (char **tags)
{
  if (tags != empty_tags)
    g_strfreev (tags);
}

/* As _tp_set_string, keeping an empty text as empty_text. */
static gboolean
set_text (char       **field,
          const char  *value)
{
  if (value == NULL)
    value = "";
  if (strcmp (*field, value) == 0)
    return FALSE;
  free_text (*field);
  *field = value[0] == '\0' ? empty_text : g_strdup (value);
  return TRUE;
}

/* As _tp_set_strv, keeping an empty list as empty_tags. */
static gboolean
set_tags (char               ***field,
          const char * const   *value)
{
  if (value == NULL)
    value = (const char * const *) empty_tags;
  if (g_strv_equal ((const char * const *) *field, value))
    return FALSE;
  free_tags (*field);
  *field = value[0] == NULL ? empty_tags : g_strdupv ((char **) value);
  return TRUE;
}

static void
tp_card_finalize (GObject *object)
{
  TpCard *self = TP_CARD (object);

  g_clear_pointer (&self->phase, g_free);
  g_clear_pointer (&self->lane, g_free);
  free_text (self->title);
  free_text (self->description);
  free_tags (self->tags);
  free_text (self->department);
  free_text (self->feeling);

  G_OBJECT_CLASS (tp_card_parent_class)->finalize (object);
}

static void
tp_card_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TpCard *self = TP_CARD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;

    case PROP_LANE:
      g_value_set_string (value, self->lane);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;

    case PROP_MOMENT_THAT_MATTERS:
      g_value_set_boolean (value, self->moment_that_matters);
      break;

    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;

    case PROP_TOUCHPOINT_TYPE:
      g_value_set_enum (value, self->touchpoint_type);
      break;

    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;

    case PROP_EMOTION_SCORE:
      g_value_set_int (value, self->emotion_score);
      break;

    case PROP_FEELING:
      g_value_set_string (value, self->feeling);
      break;

    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;

    case PROP_IMPACT:
      g_value_set_int (value, self->impact);
      break;

    case PROP_EFFORT:
      g_value_set_int (value, self->effort);
      break;

    case PROP_FAIL_POINT:
      g_value_set_boolean (value, self->fail_point);
      break;

    case PROP_FAIL_POINT_SEVERITY:
      g_value_set_int (value, self->fail_point_severity);
      break;

    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
set_int (int          *field,
         const GValue *value)
{
  int v = g_value_get_int (value);

  if (*field == v)
    return FALSE;

  *field = v;

  return TRUE;
}

static gboolean
set_enum (int          *field,
          const GValue *value)
{
  int v = g_value_get_enum (value);

  if (*field == v)
    return FALSE;

  *field = v;

  return TRUE;
}

/* Stores @value (of the property's type, valid) and returns whether it changed. */
static gboolean
set_value (TpCard       *self,
           guint         prop_id,
           const GValue *value)
{
  gboolean changed;

  switch (prop_id)
    {
    case PROP_KIND:
      changed = set_enum ((int *) &self->kind, value);
      break;

    case PROP_PHASE:
      changed = _tp_set_reference (&self->phase, g_value_get_string (value));
      break;

    case PROP_LANE:
      changed = _tp_set_reference (&self->lane, g_value_get_string (value));
      break;

    case PROP_TITLE:
      changed = set_text (&self->title, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      changed = set_text (&self->description, g_value_get_string (value));
      break;

    case PROP_TAGS:
      changed = set_tags (&self->tags, g_value_get_boxed (value));
      break;

    case PROP_EVIDENCE:
      changed = set_enum ((int *) &self->evidence, value);
      break;

    case PROP_MOMENT_THAT_MATTERS:
      changed = self->moment_that_matters != !!g_value_get_boolean (value);
      self->moment_that_matters = !!g_value_get_boolean (value);
      break;

    case PROP_CHANNEL:
      changed = set_enum ((int *) &self->channel, value);
      break;

    case PROP_TOUCHPOINT_TYPE:
      changed = set_enum ((int *) &self->touchpoint_type, value);
      break;

    case PROP_DEPARTMENT:
      changed = set_text (&self->department, g_value_get_string (value));
      break;

    case PROP_EMOTION_SCORE:
      changed = set_int (&self->emotion_score, value);
      break;

    case PROP_FEELING:
      changed = set_text (&self->feeling, g_value_get_string (value));
      break;

    case PROP_SEVERITY:
      changed = set_int (&self->severity, value);
      break;

    case PROP_IMPACT:
      changed = set_int (&self->impact, value);
      break;

    case PROP_EFFORT:
      changed = set_int (&self->effort, value);
      break;

    case PROP_FAIL_POINT:
      changed = self->fail_point != !!g_value_get_boolean (value);
      self->fail_point = !!g_value_get_boolean (value);
      break;

    case PROP_FAIL_POINT_SEVERITY:
      changed = set_int (&self->fail_point_severity, value);
      break;

    case PROP_DURATION:
      changed = self->duration != g_value_get_double (value);
      self->duration = g_value_get_double (value);
      break;

    default:
      g_assert_not_reached ();
    }

  return changed;
}

static void
tp_card_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  if (prop_id == PROP_0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (set_value (TP_CARD (object), prop_id, value))
    g_object_notify_by_pspec (object, pspec);
}

void
_tp_card_set_loaded_properties (TpCard        *self,
                                guint          n,
                                const char   **names,
                                const GValue  *values)
{
  for (guint i = 0; i < n; i++)
    {
      guint prop_id = PROP_0 + 1;

      while (prop_id < N_PROPS && (properties[prop_id]->name[0] != names[i][0]
                                   || strcmp (properties[prop_id]->name, names[i]) != 0))
        prop_id++;
      /* Anything unusual goes the usual way, for its warnings. */
      if (prop_id == N_PROPS || G_VALUE_TYPE (&values[i]) != properties[prop_id]->value_type
          || !g_param_value_is_valid (properties[prop_id], &values[i]))
        g_object_set_property (G_OBJECT (self), names[i], &values[i]);
      else
        set_value (self, prop_id, &values[i]);
    }
}

static void
tp_card_class_init (TpCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_card_finalize;
  object_class->get_property = tp_card_get_property;
  object_class->set_property = tp_card_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TP_TYPE_CARD_KIND, TP_CARD_KIND_NOTE, flags);
  properties[PROP_PHASE] = g_param_spec_string ("phase", NULL, NULL, NULL, flags);
  properties[PROP_LANE] = g_param_spec_string ("lane", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL,
                       TP_TYPE_EVIDENCE, TP_EVIDENCE_ASSUMED, flags);
  properties[PROP_MOMENT_THAT_MATTERS] =
    g_param_spec_boolean ("moment-that-matters", NULL, NULL, FALSE, flags);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, TP_TYPE_CHANNEL, TP_CHANNEL_WEB, flags);
  properties[PROP_TOUCHPOINT_TYPE] =
    g_param_spec_enum ("touchpoint-type", NULL, NULL,
                       TP_TYPE_TOUCHPOINT_TYPE, TP_TOUCHPOINT_TYPE_EXTERNAL, flags);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, "", flags);
  properties[PROP_EMOTION_SCORE] =
    g_param_spec_int ("emotion-score", NULL, NULL, -3, 3, 0, flags);
  properties[PROP_FEELING] = g_param_spec_string ("feeling", NULL, NULL, "", flags);
  properties[PROP_SEVERITY] = g_param_spec_int ("severity", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_IMPACT] = g_param_spec_int ("impact", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_EFFORT] = g_param_spec_int ("effort", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_FAIL_POINT] = g_param_spec_boolean ("fail-point", NULL, NULL, FALSE, flags);
  properties[PROP_FAIL_POINT_SEVERITY] =
    g_param_spec_int ("fail-point-severity", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0.0, TP_CARD_DURATION_MAX, 0.0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_card_init (TpCard *self)
{
  self->kind = TP_CARD_KIND_NOTE;
  self->title = empty_text;
  self->description = empty_text;
  self->tags = empty_tags;
  self->evidence = TP_EVIDENCE_ASSUMED;
  self->channel = TP_CHANNEL_WEB;
  self->touchpoint_type = TP_TOUCHPOINT_TYPE_EXTERNAL;
  self->department = empty_text;
  self->feeling = empty_text;
}

TpCard *
tp_card_new (const char *id,
             TpCardKind  kind)
{
  TpCard *self;

  /* Not through g_object_new's properties: "id" is construct-only, which takes
   * GObject's slow construction path, and nothing listens to a card being made.
   * A kind out of range still goes that way, for its warning. */
  if (kind < TP_CARD_KIND_ACTIVITY || kind > TP_CARD_KIND_NOTE)
    return g_object_new (TP_TYPE_CARD, "id", id, "kind", kind, NULL);
  self = g_object_new (TP_TYPE_CARD, NULL);
  _tp_element_set_id (TP_ELEMENT (self), id);
  self->kind = kind;

  return self;
}

/* As _tp_set_reference and _tp_set_string on a new card, taking @value. */
static void
take_reference (char **field,
                char  *value)
{
  g_free (*field);
  *field = value;
  if (value != NULL && value[0] == '\0')
    g_clear_pointer (field, g_free);
}

static void
take_text (char **field,
           char  *value)
{
  if (value == NULL)
    return;
  free_text (*field);
  if (value[0] == '\0')
    {
      g_free (value);
      value = empty_text;
    }
  *field = value;
}

TpCard *
_tp_card_new_loaded (char       *id,
                     TpCardKind  kind,
                     char       *phase,
                     char       *lane,
                     char       *title,
                     char       *description)
{
  TpCard *self;

  g_return_val_if_fail (kind >= TP_CARD_KIND_ACTIVITY && kind <= TP_CARD_KIND_NOTE, NULL);

  self = g_object_new (TP_TYPE_CARD, NULL);
  _tp_element_take_new_id (TP_ELEMENT (self), id);
  self->kind = kind;

  take_reference (&self->phase, phase);
  take_reference (&self->lane, lane);
  take_text (&self->title, title);
  take_text (&self->description, description);

  return self;
}

void
_tp_card_take_loaded_details (TpCard     *self,
                              char      **tags,
                              TpEvidence  evidence,
                              gboolean    moment_that_matters)
{
  if (tags != NULL && tags[0] == NULL)
    g_free (tags);
  else if (tags != NULL)
    {
      free_tags (self->tags);
      self->tags = tags;
    }
  self->evidence = evidence;
  self->moment_that_matters = !!moment_that_matters;
}

TpCardKind
tp_card_get_kind (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->kind;
}

const char *
tp_card_get_phase (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return self->phase;
}

const char *
tp_card_get_lane (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return self->lane;
}

const char *
tp_card_get_title (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return self->title;
}

const char *
tp_card_get_description (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return self->description;
}

const char * const *
tp_card_get_tags (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return (const char * const *) self->tags;
}

TpEvidence
tp_card_get_evidence (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->evidence;
}

gboolean
tp_card_get_moment_that_matters (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), FALSE);

  return self->moment_that_matters;
}

TpChannel
tp_card_get_channel (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->channel;
}

TpTouchpointType
tp_card_get_touchpoint_type (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->touchpoint_type;
}

const char *
tp_card_get_department (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return self->department;
}

int
tp_card_get_emotion_score (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->emotion_score;
}

const char *
tp_card_get_feeling (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return self->feeling;
}

int
tp_card_get_severity (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->severity;
}

int
tp_card_get_impact (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->impact;
}

int
tp_card_get_effort (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->effort;
}

gboolean
tp_card_get_fail_point (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), FALSE);

  return self->fail_point;
}

int
tp_card_get_fail_point_severity (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0);

  return self->fail_point_severity;
}

double
tp_card_get_duration (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), 0.0);

  return self->duration;
}

GPtrArray *
tp_card_get_metrics (TpCard *self)
{
  g_return_val_if_fail (TP_IS_CARD (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_METRICS);
}
