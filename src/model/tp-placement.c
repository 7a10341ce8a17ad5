/* tp-placement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-placement.h"
#include "tp-element-private.h"

/* Generous bounds that keep coordinates finite and drawable. */
#define MAX_COORD 1.0e6
#define MAX_DWELL 1.0e9

struct _TpPlacement
{
  TpElement parent_instance;

  char *card;
  double x;
  double y;
  double dwell;
};

G_DEFINE_FINAL_TYPE (TpPlacement, tp_placement, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_CARD,
  PROP_X,
  PROP_Y,
  PROP_DWELL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_placement_finalize (GObject *object)
{
  TpPlacement *self = TP_PLACEMENT (object);

  g_clear_pointer (&self->card, g_free);

  G_OBJECT_CLASS (tp_placement_parent_class)->finalize (object);
}

static void
tp_placement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TpPlacement *self = TP_PLACEMENT (object);

  switch (prop_id)
    {
    case PROP_CARD:
      g_value_set_string (value, self->card);
      break;

    case PROP_X:
      g_value_set_double (value, self->x);
      break;

    case PROP_Y:
      g_value_set_double (value, self->y);
      break;

    case PROP_DWELL:
      g_value_set_double (value, self->dwell);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_placement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TpPlacement *self = TP_PLACEMENT (object);
  gboolean changed;

  switch (prop_id)
    {
    case PROP_CARD:
      changed = _tp_set_reference (&self->card, g_value_get_string (value));
      break;

    case PROP_X:
      changed = _tp_set_double (&self->x, g_value_get_double (value));
      break;

    case PROP_Y:
      changed = _tp_set_double (&self->y, g_value_get_double (value));
      break;

    case PROP_DWELL:
      changed = _tp_set_double (&self->dwell, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_placement_class_init (TpPlacementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_placement_finalize;
  object_class->get_property = tp_placement_get_property;
  object_class->set_property = tp_placement_set_property;

  properties[PROP_CARD] = g_param_spec_string ("card", NULL, NULL, NULL, flags);
  properties[PROP_X] =
    g_param_spec_double ("x", NULL, NULL, -MAX_COORD, MAX_COORD, 0.0, flags);
  properties[PROP_Y] =
    g_param_spec_double ("y", NULL, NULL, -MAX_COORD, MAX_COORD, 0.0, flags);
  properties[PROP_DWELL] =
    g_param_spec_double ("dwell", NULL, NULL, 0.0, MAX_DWELL, 0.0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_placement_init (TpPlacement *self)
{
}

TpPlacement *
tp_placement_new (const char *id,
                  const char *card)
{
  return g_object_new (TP_TYPE_PLACEMENT, "id", id, "card", card, NULL);
}

const char *
tp_placement_get_card (TpPlacement *self)
{
  g_return_val_if_fail (TP_IS_PLACEMENT (self), NULL);

  return self->card;
}

double
tp_placement_get_x (TpPlacement *self)
{
  g_return_val_if_fail (TP_IS_PLACEMENT (self), 0.0);

  return self->x;
}

double
tp_placement_get_y (TpPlacement *self)
{
  g_return_val_if_fail (TP_IS_PLACEMENT (self), 0.0);

  return self->y;
}

double
tp_placement_get_dwell (TpPlacement *self)
{
  g_return_val_if_fail (TP_IS_PLACEMENT (self), 0.0);

  return self->dwell;
}
