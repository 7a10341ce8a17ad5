/* tp-persona.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-persona.h"
#include "tp-element-private.h"

#define DEFAULT_COLOR "#3584e4"

struct _TpPersona
{
  TpElement parent_instance;

  char  *name;
  char  *description;
  char **goals;
  char **frustrations;
  char  *color;
  GBytes *photo;
  char  *photo_type;
};

G_DEFINE_FINAL_TYPE (TpPersona, tp_persona, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_GOALS,
  PROP_FRUSTRATIONS,
  PROP_COLOR,
  PROP_PHOTO,
  PROP_PHOTO_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_persona_finalize (GObject *object)
{
  TpPersona *self = TP_PERSONA (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->goals, g_strfreev);
  g_clear_pointer (&self->frustrations, g_strfreev);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->photo_type, g_free);

  G_OBJECT_CLASS (tp_persona_parent_class)->finalize (object);
}

static void
tp_persona_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TpPersona *self = TP_PERSONA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_GOALS:
      g_value_set_boxed (value, self->goals);
      break;

    case PROP_FRUSTRATIONS:
      g_value_set_boxed (value, self->frustrations);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_PHOTO:
      g_value_set_boxed (value, self->photo);
      break;

    case PROP_PHOTO_TYPE:
      g_value_set_string (value, self->photo_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
set_photo (TpPersona *self,
           GBytes    *photo)
{
  if (self->photo == photo
      || (self->photo != NULL && photo != NULL && g_bytes_equal (self->photo, photo)))
    return FALSE;

  if (photo != NULL)
    g_bytes_ref (photo);
  g_clear_pointer (&self->photo, g_bytes_unref);
  self->photo = photo;

  return TRUE;
}

static void
tp_persona_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TpPersona *self = TP_PERSONA (object);
  gboolean changed;

  switch (prop_id)
    {
    case PROP_NAME:
      changed = _tp_set_string (&self->name, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      changed = _tp_set_string (&self->description, g_value_get_string (value));
      break;

    case PROP_GOALS:
      changed = _tp_set_strv (&self->goals, g_value_get_boxed (value));
      break;

    case PROP_FRUSTRATIONS:
      changed = _tp_set_strv (&self->frustrations, g_value_get_boxed (value));
      break;

    case PROP_COLOR:
      changed = _tp_set_color (&self->color, g_value_get_string (value));
      break;

    case PROP_PHOTO:
      changed = set_photo (self, g_value_get_boxed (value));
      break;

    case PROP_PHOTO_TYPE:
      {
        const char *type = g_value_get_string (value);

        if (type != NULL && g_strcmp0 (type, "image/png") != 0
            && g_strcmp0 (type, "image/jpeg") != 0)
          return;
        changed = _tp_set_reference (&self->photo_type, type);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_persona_class_init (TpPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_persona_finalize;
  object_class->get_property = tp_persona_get_property;
  object_class->set_property = tp_persona_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_GOALS] = g_param_spec_boxed ("goals", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_FRUSTRATIONS] =
    g_param_spec_boxed ("frustrations", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, DEFAULT_COLOR, flags);
  properties[PROP_PHOTO] = g_param_spec_boxed ("photo", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_PHOTO_TYPE] = g_param_spec_string ("photo-type", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_persona_init (TpPersona *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->goals = g_new0 (char *, 1);
  self->frustrations = g_new0 (char *, 1);
  self->color = g_strdup (DEFAULT_COLOR);
}

TpPersona *
tp_persona_new (const char *id)
{
  return g_object_new (TP_TYPE_PERSONA, "id", id, NULL);
}

const char *
tp_persona_get_name (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->name;
}

const char *
tp_persona_get_description (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->description;
}

const char * const *
tp_persona_get_goals (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return (const char * const *) self->goals;
}

const char * const *
tp_persona_get_frustrations (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return (const char * const *) self->frustrations;
}

const char *
tp_persona_get_color (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->color;
}

GBytes *
tp_persona_get_photo (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->photo;
}

const char *
tp_persona_get_photo_type (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->photo_type;
}
