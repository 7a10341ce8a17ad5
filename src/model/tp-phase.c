/* tp-phase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-phase.h"
#include "tp-element-private.h"

#define DEFAULT_COLOR "#99c1f1"

/* Light tints of the GNOME palette: blue, green, yellow, orange, red, purple, brown. */
static const char * const palette[] = {
  "#99c1f1", "#8ff0a4", "#f9f06b", "#ffbe6f", "#f66151", "#dc8add", "#cdab8f",
};

struct _TpPhase
{
  TpElement parent_instance;

  char *title;
  char *description;
  char *color;
};

G_DEFINE_FINAL_TYPE (TpPhase, tp_phase, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_phase_finalize (GObject *object)
{
  TpPhase *self = TP_PHASE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (tp_phase_parent_class)->finalize (object);
}

static void
tp_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TpPhase *self = TP_PHASE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  TpPhase *self = TP_PHASE (object);
  gboolean changed;

  switch (prop_id)
    {
    case PROP_TITLE:
      changed = _tp_set_string (&self->title, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      changed = _tp_set_string (&self->description, g_value_get_string (value));
      break;

    case PROP_COLOR:
      changed = _tp_set_color (&self->color, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_phase_class_init (TpPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_phase_finalize;
  object_class->get_property = tp_phase_get_property;
  object_class->set_property = tp_phase_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, DEFAULT_COLOR, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_phase_init (TpPhase *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->color = g_strdup (DEFAULT_COLOR);
}

TpPhase *
tp_phase_new (const char *id)
{
  return g_object_new (TP_TYPE_PHASE, "id", id, NULL);
}

const char *
tp_phase_get_title (TpPhase *self)
{
  g_return_val_if_fail (TP_IS_PHASE (self), NULL);

  return self->title;
}

const char *
tp_phase_get_description (TpPhase *self)
{
  g_return_val_if_fail (TP_IS_PHASE (self), NULL);

  return self->description;
}

const char *
tp_phase_get_color (TpPhase *self)
{
  g_return_val_if_fail (TP_IS_PHASE (self), NULL);

  return self->color;
}

const char * const *
tp_phase_get_palette (guint *n_colors)
{
  if (n_colors != NULL)
    *n_colors = G_N_ELEMENTS (palette);

  return palette;
}
