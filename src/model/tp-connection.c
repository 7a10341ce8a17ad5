/* tp-connection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-connection.h"
#include "tp-element-private.h"

struct _TpConnection
{
  TpElement parent_instance;

  char *from;
  char *to;
  TpConnectionKind kind;
  char *label;
};

G_DEFINE_FINAL_TYPE (TpConnection, tp_connection, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_FROM,
  PROP_TO,
  PROP_KIND,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_connection_finalize (GObject *object)
{
  TpConnection *self = TP_CONNECTION (object);

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (tp_connection_parent_class)->finalize (object);
}

static void
tp_connection_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TpConnection *self = TP_CONNECTION (object);

  switch (prop_id)
    {
    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;

    case PROP_TO:
      g_value_set_string (value, self->to);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_connection_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TpConnection *self = TP_CONNECTION (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_FROM:
      changed = _tp_set_reference (&self->from, g_value_get_string (value));
      break;

    case PROP_TO:
      changed = _tp_set_reference (&self->to, g_value_get_string (value));
      break;

    case PROP_KIND:
      if ((changed = (self->kind != (TpConnectionKind) g_value_get_enum (value))))
        self->kind = g_value_get_enum (value);
      break;

    case PROP_LABEL:
      changed = _tp_set_string (&self->label, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_connection_class_init (TpConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_connection_finalize;
  object_class->get_property = tp_connection_get_property;
  object_class->set_property = tp_connection_set_property;

  properties[PROP_FROM] = g_param_spec_string ("from", NULL, NULL, NULL, flags);
  properties[PROP_TO] = g_param_spec_string ("to", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TP_TYPE_CONNECTION_KIND, TP_CONNECTION_KIND_FLOW, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_connection_init (TpConnection *self)
{
  self->label = g_strdup ("");
}

TpConnection *
tp_connection_new (const char *id,
                   const char *from,
                   const char *to)
{
  return g_object_new (TP_TYPE_CONNECTION, "id", id, "from", from, "to", to, NULL);
}

const char *
tp_connection_get_from (TpConnection *self)
{
  g_return_val_if_fail (TP_IS_CONNECTION (self), NULL);

  return self->from;
}

const char *
tp_connection_get_to (TpConnection *self)
{
  g_return_val_if_fail (TP_IS_CONNECTION (self), NULL);

  return self->to;
}

TpConnectionKind
tp_connection_get_kind (TpConnection *self)
{
  g_return_val_if_fail (TP_IS_CONNECTION (self), 0);

  return self->kind;
}

const char *
tp_connection_get_label (TpConnection *self)
{
  g_return_val_if_fail (TP_IS_CONNECTION (self), NULL);

  return self->label;
}
