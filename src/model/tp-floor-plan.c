/* tp-floor-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-floor-plan.h"
#include "tp-element-private.h"

#define MIN_SIZE 0.1
#define MAX_SIZE 100000.0

struct _TpFloorPlan
{
  TpElement parent_instance;

  char *name;
  double width;
  double height;
  GBytes *image;
  char *image_type;
};

G_DEFINE_FINAL_TYPE (TpFloorPlan, tp_floor_plan, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_IMAGE,
  PROP_IMAGE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_floor_plan_finalize (GObject *object)
{
  TpFloorPlan *self = TP_FLOOR_PLAN (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->image, g_bytes_unref);
  g_clear_pointer (&self->image_type, g_free);

  G_OBJECT_CLASS (tp_floor_plan_parent_class)->finalize (object);
}

static void
tp_floor_plan_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TpFloorPlan *self = TP_FLOOR_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_WIDTH:
      g_value_set_double (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_double (value, self->height);
      break;

    case PROP_IMAGE:
      g_value_set_boxed (value, self->image);
      break;

    case PROP_IMAGE_TYPE:
      g_value_set_string (value, self->image_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
set_image (TpFloorPlan *self,
           GBytes      *image)
{
  if (self->image == image ||
      (self->image != NULL && image != NULL && g_bytes_equal (self->image, image)))
    return FALSE;

  if (image != NULL)
    g_bytes_ref (image);
  g_clear_pointer (&self->image, g_bytes_unref);
  self->image = image;

  return TRUE;
}

static gboolean
set_image_type (TpFloorPlan *self,
                const char  *type)
{
  if (type != NULL &&
      g_strcmp0 (type, "image/png") != 0 &&
      g_strcmp0 (type, "image/jpeg") != 0)
    return FALSE;

  return _tp_set_reference (&self->image_type, type);
}

static void
tp_floor_plan_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TpFloorPlan *self = TP_FLOOR_PLAN (object);
  gboolean changed;

  switch (prop_id)
    {
    case PROP_NAME:
      changed = _tp_set_string (&self->name, g_value_get_string (value));
      break;

    case PROP_WIDTH:
      changed = _tp_set_double (&self->width, g_value_get_double (value));
      break;

    case PROP_HEIGHT:
      changed = _tp_set_double (&self->height, g_value_get_double (value));
      break;

    case PROP_IMAGE:
      changed = set_image (self, g_value_get_boxed (value));
      break;

    case PROP_IMAGE_TYPE:
      changed = set_image_type (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
tp_floor_plan_class_init (TpFloorPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_floor_plan_finalize;
  object_class->get_property = tp_floor_plan_get_property;
  object_class->set_property = tp_floor_plan_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_WIDTH] =
    g_param_spec_double ("width", NULL, NULL, MIN_SIZE, MAX_SIZE, 20.0, flags);
  properties[PROP_HEIGHT] =
    g_param_spec_double ("height", NULL, NULL, MIN_SIZE, MAX_SIZE, 15.0, flags);
  properties[PROP_IMAGE] = g_param_spec_boxed ("image", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_IMAGE_TYPE] = g_param_spec_string ("image-type", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_floor_plan_init (TpFloorPlan *self)
{
  self->name = g_strdup ("");
  self->width = 20.0;
  self->height = 15.0;
}

TpFloorPlan *
tp_floor_plan_new (const char *id)
{
  return g_object_new (TP_TYPE_FLOOR_PLAN, "id", id, NULL);
}

const char *
tp_floor_plan_get_name (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), NULL);

  return self->name;
}

double
tp_floor_plan_get_width (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  return self->width;
}

double
tp_floor_plan_get_height (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  return self->height;
}

GBytes *
tp_floor_plan_get_image (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), NULL);

  return self->image;
}

const char *
tp_floor_plan_get_image_type (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), NULL);

  return self->image_type;
}

GPtrArray *
tp_floor_plan_get_zones (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), NULL);

  return tp_element_get_list (TP_ELEMENT (self), TP_LIST_ZONES);
}
