/* tp-floor-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tp-floor-plan.h"
#include "tp-element-private.h"

#define MIN_SIZE 0.1
#define MAX_SIZE 100000.0
#define MAX_COORD 1.0e6
#define MIN_OPACITY 0.05
/* Metres per pixel: from a micrometre (a scan of a small drawing) to a kilometre. */
#define MAX_IMAGE_SCALE 1000.0
#define MIN_CALIBRATION 1.0e-6

struct _TpFloorPlan
{
  TpElement parent_instance;

  char *name;
  double width;
  double height;
  GBytes *image;
  char *image_type;
  double image_x;
  double image_y;
  double image_scale;
  double image_opacity;
  gboolean image_locked;
};

G_DEFINE_FINAL_TYPE (TpFloorPlan, tp_floor_plan, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_IMAGE,
  PROP_IMAGE_TYPE,
  PROP_IMAGE_X,
  PROP_IMAGE_Y,
  PROP_IMAGE_SCALE,
  PROP_IMAGE_OPACITY,
  PROP_IMAGE_LOCKED,
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

    case PROP_IMAGE_X:
      g_value_set_double (value, self->image_x);
      break;

    case PROP_IMAGE_Y:
      g_value_set_double (value, self->image_y);
      break;

    case PROP_IMAGE_SCALE:
      g_value_set_double (value, self->image_scale);
      break;

    case PROP_IMAGE_OPACITY:
      g_value_set_double (value, self->image_opacity);
      break;

    case PROP_IMAGE_LOCKED:
      g_value_set_boolean (value, self->image_locked);
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

    case PROP_IMAGE_X:
      changed = _tp_set_double (&self->image_x, g_value_get_double (value));
      break;

    case PROP_IMAGE_Y:
      changed = _tp_set_double (&self->image_y, g_value_get_double (value));
      break;

    case PROP_IMAGE_SCALE:
      changed = _tp_set_double (&self->image_scale, g_value_get_double (value));
      break;

    case PROP_IMAGE_OPACITY:
      changed = _tp_set_double (&self->image_opacity, g_value_get_double (value));
      break;

    case PROP_IMAGE_LOCKED:
      if ((changed = (self->image_locked != g_value_get_boolean (value))))
        self->image_locked = g_value_get_boolean (value);
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
  properties[PROP_IMAGE_X] =
    g_param_spec_double ("image-x", NULL, NULL, -MAX_COORD, MAX_COORD, 0.0, flags);
  properties[PROP_IMAGE_Y] =
    g_param_spec_double ("image-y", NULL, NULL, -MAX_COORD, MAX_COORD, 0.0, flags);
  properties[PROP_IMAGE_SCALE] =
    g_param_spec_double ("image-scale", NULL, NULL, 0.0, MAX_IMAGE_SCALE, 0.0, flags);
  properties[PROP_IMAGE_OPACITY] =
    g_param_spec_double ("image-opacity", NULL, NULL, MIN_OPACITY, 1.0, 0.5, flags);
  properties[PROP_IMAGE_LOCKED] =
    g_param_spec_boolean ("image-locked", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_floor_plan_init (TpFloorPlan *self)
{
  self->name = g_strdup ("");
  self->width = 20.0;
  self->height = 15.0;
  self->image_opacity = 0.5;
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

double
tp_floor_plan_get_image_x (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  return self->image_x;
}

double
tp_floor_plan_get_image_y (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  return self->image_y;
}

double
tp_floor_plan_get_image_scale (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  return self->image_scale;
}

double
tp_floor_plan_get_image_opacity (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 1.0);

  return self->image_opacity;
}

gboolean
tp_floor_plan_get_image_locked (TpFloorPlan *self)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), FALSE);

  return self->image_locked;
}

double
tp_floor_plan_image_scale (TpFloorPlan *self,
                           guint        image_width)
{
  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  if (self->image_scale > 0)
    return self->image_scale;
  return image_width > 0 ? self->width / image_width : 0.0;
}

double
tp_floor_plan_calibration_scale (TpFloorPlan *self,
                                 guint        image_width,
                                 double       x0,
                                 double       y0,
                                 double       x1,
                                 double       y1,
                                 double       length)
{
  double drawn, pixels, scale;

  g_return_val_if_fail (TP_IS_FLOOR_PLAN (self), 0.0);

  scale = tp_floor_plan_image_scale (self, image_width);
  drawn = hypot (x1 - x0, y1 - y0);
  if (!(scale > 0) || !isfinite (drawn) || !isfinite (length) ||
      drawn < MIN_CALIBRATION || length < MIN_CALIBRATION)
    return 0.0;

  /* The line covers drawn / scale pixels of the image; they measure length metres. */
  pixels = drawn / scale;
  scale = length / pixels;
  return scale <= MAX_IMAGE_SCALE ? scale : 0.0;
}
