/* tp-lane.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-lane.h"
#include "tp-element-private.h"

struct _TpLane
{
  TpElement parent_instance;

  TpLaneKind kind;
  char *title;
  guint hidden_in_map : 1;
  guint hidden_in_blueprint : 1;
};

G_DEFINE_FINAL_TYPE (TpLane, tp_lane, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_HIDDEN_IN_MAP,
  PROP_HIDDEN_IN_BLUEPRINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_lane_finalize (GObject *object)
{
  TpLane *self = TP_LANE (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (tp_lane_parent_class)->finalize (object);
}

static void
tp_lane_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TpLane *self = TP_LANE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_HIDDEN_IN_MAP:
      g_value_set_boolean (value, self->hidden_in_map);
      break;

    case PROP_HIDDEN_IN_BLUEPRINT:
      g_value_set_boolean (value, self->hidden_in_blueprint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_lane_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TpLane *self = TP_LANE (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_KIND:
      if ((changed = (self->kind != (TpLaneKind) g_value_get_enum (value))))
        self->kind = g_value_get_enum (value);
      break;

    case PROP_TITLE:
      changed = _tp_set_string (&self->title, g_value_get_string (value));
      break;

    case PROP_HIDDEN_IN_MAP:
      if ((changed = (self->hidden_in_map != !!g_value_get_boolean (value))))
        self->hidden_in_map = !!g_value_get_boolean (value);
      break;

    case PROP_HIDDEN_IN_BLUEPRINT:
      if ((changed = (self->hidden_in_blueprint != !!g_value_get_boolean (value))))
        self->hidden_in_blueprint = !!g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_lane_class_init (TpLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_lane_finalize;
  object_class->get_property = tp_lane_get_property;
  object_class->set_property = tp_lane_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TP_TYPE_LANE_KIND, TP_LANE_KIND_ACTIVITY, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_HIDDEN_IN_MAP] =
    g_param_spec_boolean ("hidden-in-map", NULL, NULL, FALSE, flags);
  properties[PROP_HIDDEN_IN_BLUEPRINT] =
    g_param_spec_boolean ("hidden-in-blueprint", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_lane_init (TpLane *self)
{
  self->title = g_strdup ("");
}

TpLane *
tp_lane_new (const char *id,
             TpLaneKind  kind)
{
  return g_object_new (TP_TYPE_LANE, "id", id, "kind", kind, NULL);
}

TpLaneKind
tp_lane_get_kind (TpLane *self)
{
  g_return_val_if_fail (TP_IS_LANE (self), 0);

  return self->kind;
}

const char *
tp_lane_get_title (TpLane *self)
{
  g_return_val_if_fail (TP_IS_LANE (self), NULL);

  return self->title;
}

gboolean
tp_lane_get_hidden_in_map (TpLane *self)
{
  g_return_val_if_fail (TP_IS_LANE (self), FALSE);

  return self->hidden_in_map;
}

gboolean
tp_lane_get_hidden_in_blueprint (TpLane *self)
{
  g_return_val_if_fail (TP_IS_LANE (self), FALSE);

  return self->hidden_in_blueprint;
}
