/* tp-metric.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-metric.h"
#include "tp-element-private.h"

struct _TpMetric
{
  TpElement parent_instance;

  TpMetricKind kind;
  char *label;
  double value;
  char *unit;
};

G_DEFINE_FINAL_TYPE (TpMetric, tp_metric, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  PROP_VALUE,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_metric_finalize (GObject *object)
{
  TpMetric *self = TP_METRIC (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (tp_metric_parent_class)->finalize (object);
}

static void
tp_metric_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TpMetric *self = TP_METRIC (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_metric_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TpMetric *self = TP_METRIC (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_KIND:
      if ((changed = (self->kind != (TpMetricKind) g_value_get_enum (value))))
        self->kind = g_value_get_enum (value);
      break;

    case PROP_LABEL:
      changed = _tp_set_string (&self->label, g_value_get_string (value));
      break;

    case PROP_VALUE:
      changed = _tp_set_double (&self->value, g_value_get_double (value));
      break;

    case PROP_UNIT:
      changed = _tp_set_string (&self->unit, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_metric_class_init (TpMetricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_metric_finalize;
  object_class->get_property = tp_metric_get_property;
  object_class->set_property = tp_metric_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TP_TYPE_METRIC_KIND, TP_METRIC_KIND_CUSTOM, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "", flags);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_metric_init (TpMetric *self)
{
  self->kind = TP_METRIC_KIND_CUSTOM;
  self->label = g_strdup ("");
  self->unit = g_strdup ("");
}

TpMetric *
tp_metric_new (TpMetricKind kind)
{
  return g_object_new (TP_TYPE_METRIC, "kind", kind, NULL);
}

TpMetricKind
tp_metric_get_kind (TpMetric *self)
{
  g_return_val_if_fail (TP_IS_METRIC (self), 0);

  return self->kind;
}

const char *
tp_metric_get_label (TpMetric *self)
{
  g_return_val_if_fail (TP_IS_METRIC (self), NULL);

  return self->label;
}

double
tp_metric_get_value (TpMetric *self)
{
  g_return_val_if_fail (TP_IS_METRIC (self), 0.0);

  return self->value;
}

const char *
tp_metric_get_unit (TpMetric *self)
{
  g_return_val_if_fail (TP_IS_METRIC (self), NULL);

  return self->unit;
}
