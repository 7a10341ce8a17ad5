/* tp-view-base.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-view-base.h"

typedef struct
{
  TpJourney *journey;
} TpViewBasePrivate;

enum {
  PROP_0,
  PROP_JOURNEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TpViewBase, tp_view_base, G_TYPE_OBJECT)

static void
tp_view_base_constructed (GObject *object)
{
  TpViewBasePrivate *priv = tp_view_base_get_instance_private (TP_VIEW_BASE (object));

  G_OBJECT_CLASS (tp_view_base_parent_class)->constructed (object);

  g_assert (priv->journey != NULL);
}

static void
tp_view_base_finalize (GObject *object)
{
  TpViewBasePrivate *priv = tp_view_base_get_instance_private (TP_VIEW_BASE (object));

  g_clear_object (&priv->journey);

  G_OBJECT_CLASS (tp_view_base_parent_class)->finalize (object);
}

static void
tp_view_base_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TpViewBasePrivate *priv = tp_view_base_get_instance_private (TP_VIEW_BASE (object));

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, priv->journey);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_view_base_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TpViewBasePrivate *priv = tp_view_base_get_instance_private (TP_VIEW_BASE (object));

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_set_object (&priv->journey, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_view_base_class_init (TpViewBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tp_view_base_constructed;
  object_class->finalize = tp_view_base_finalize;
  object_class->get_property = tp_view_base_get_property;
  object_class->set_property = tp_view_base_set_property;

  /* The same as the one TpView asks its implementations for. */
  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL, TP_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_view_base_init (TpViewBase *self)
{
}

TpJourney *
tp_view_base_get_journey (TpViewBase *self)
{
  TpViewBasePrivate *priv;

  g_return_val_if_fail (TP_IS_VIEW_BASE (self), NULL);

  priv = tp_view_base_get_instance_private (self);
  return priv->journey;
}
