/* tp-zone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tp-zone.h"
#include "tp-element-private.h"

#define MAX_COORD 1.0e6

struct _TpZone
{
  TpElement parent_instance;

  char *name;
  TpZoneKind kind;
  TpZoneShape shape;
  double x;
  double y;
  double width;
  double height;
  GVariant *points;
  int walkable;       /* -1: as its kind says; else 0 or 1, set for this zone */
};

G_DEFINE_FINAL_TYPE (TpZone, tp_zone, TP_TYPE_ELEMENT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_SHAPE,
  PROP_X,
  PROP_Y,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_POINTS,
  PROP_WALKABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_zone_finalize (GObject *object)
{
  TpZone *self = TP_ZONE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->points, g_variant_unref);

  G_OBJECT_CLASS (tp_zone_parent_class)->finalize (object);
}

static void
tp_zone_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TpZone *self = TP_ZONE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SHAPE:
      g_value_set_enum (value, self->shape);
      break;

    case PROP_X:
      g_value_set_double (value, self->x);
      break;

    case PROP_Y:
      g_value_set_double (value, self->y);
      break;

    case PROP_WIDTH:
      g_value_set_double (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_double (value, self->height);
      break;

    case PROP_POINTS:
      g_value_set_variant (value, self->points);
      break;

    case PROP_WALKABLE:
      g_value_set_boolean (value, tp_zone_is_walkable (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
set_points (TpZone   *self,
            GVariant *points)
{
  g_autoptr(GVariant) sunk = NULL;

  if (points == NULL)
    points = g_variant_new_array (G_VARIANT_TYPE ("(dd)"), NULL, 0);
  else if (!g_variant_is_of_type (points, G_VARIANT_TYPE ("a(dd)")))
    return FALSE;

  sunk = g_variant_ref_sink (points);

  /* Keep every coordinate finite. */
  for (gsize i = 0; i < g_variant_n_children (sunk); i++)
    {
      double px, py;

      g_variant_get_child (sunk, i, "(dd)", &px, &py);
      if (!isfinite (px) || !isfinite (py))
        return FALSE;
    }

  if (self->points != NULL && g_variant_equal (self->points, sunk))
    return FALSE;

  g_clear_pointer (&self->points, g_variant_unref);
  self->points = g_steal_pointer (&sunk);

  return TRUE;
}

static void
tp_zone_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TpZone *self = TP_ZONE (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_NAME:
      changed = _tp_set_string (&self->name, g_value_get_string (value));
      break;

    case PROP_KIND:
      if ((changed = (self->kind != (TpZoneKind) g_value_get_enum (value))))
        self->kind = g_value_get_enum (value);
      break;

    case PROP_SHAPE:
      if ((changed = (self->shape != (TpZoneShape) g_value_get_enum (value))))
        self->shape = g_value_get_enum (value);
      break;

    case PROP_X:
      changed = _tp_set_double (&self->x, g_value_get_double (value));
      break;

    case PROP_Y:
      changed = _tp_set_double (&self->y, g_value_get_double (value));
      break;

    case PROP_WIDTH:
      changed = _tp_set_double (&self->width, g_value_get_double (value));
      break;

    case PROP_HEIGHT:
      changed = _tp_set_double (&self->height, g_value_get_double (value));
      break;

    case PROP_POINTS:
      changed = set_points (self, g_value_get_variant (value));
      break;

    case PROP_WALKABLE:
      {
        gboolean walkable = g_value_get_boolean (value);
        /* What the kind says is not remembered as the zone's own. */
        int own = walkable == tp_zone_kind_is_walkable (self->kind) ? -1 : walkable;

        changed = walkable != tp_zone_is_walkable (self);
        self->walkable = own;
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
tp_zone_class_init (TpZoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_zone_finalize;
  object_class->get_property = tp_zone_get_property;
  object_class->set_property = tp_zone_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TP_TYPE_ZONE_KIND, TP_ZONE_KIND_OTHER, flags);
  properties[PROP_SHAPE] =
    g_param_spec_enum ("shape", NULL, NULL, TP_TYPE_ZONE_SHAPE, TP_ZONE_SHAPE_RECT, flags);
  properties[PROP_X] =
    g_param_spec_double ("x", NULL, NULL, -MAX_COORD, MAX_COORD, 0.0, flags);
  properties[PROP_Y] =
    g_param_spec_double ("y", NULL, NULL, -MAX_COORD, MAX_COORD, 0.0, flags);
  properties[PROP_WIDTH] =
    g_param_spec_double ("width", NULL, NULL, 0.0, MAX_COORD, 2.0, flags);
  properties[PROP_HEIGHT] =
    g_param_spec_double ("height", NULL, NULL, 0.0, MAX_COORD, 2.0, flags);
  properties[PROP_POINTS] =
    g_param_spec_variant ("points", NULL, NULL, G_VARIANT_TYPE ("a(dd)"), NULL, flags);
  properties[PROP_WALKABLE] =
    g_param_spec_boolean ("walkable", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_zone_init (TpZone *self)
{
  self->name = g_strdup ("");
  self->kind = TP_ZONE_KIND_OTHER;
  self->width = 2.0;
  self->height = 2.0;
  self->walkable = -1;
  self->points = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("(dd)"), NULL, 0));
}

TpZone *
tp_zone_new (const char *id,
             TpZoneKind  kind)
{
  return g_object_new (TP_TYPE_ZONE, "id", id, "kind", kind, NULL);
}

const char *
tp_zone_get_name (TpZone *self)
{
  g_return_val_if_fail (TP_IS_ZONE (self), NULL);

  return self->name;
}

TpZoneKind
tp_zone_get_kind (TpZone *self)
{
  g_return_val_if_fail (TP_IS_ZONE (self), 0);

  return self->kind;
}

TpZoneShape
tp_zone_get_shape (TpZone *self)
{
  g_return_val_if_fail (TP_IS_ZONE (self), 0);

  return self->shape;
}

void
tp_zone_get_bounds (TpZone *self,
                    double *x,
                    double *y,
                    double *width,
                    double *height)
{
  double x0, y0, x1, y1;

  g_return_if_fail (TP_IS_ZONE (self));

  x0 = self->x;
  y0 = self->y;
  x1 = self->x + self->width;
  y1 = self->y + self->height;

  if (self->shape == TP_ZONE_SHAPE_POLYGON && g_variant_n_children (self->points) > 0)
    {
      x0 = y0 = G_MAXDOUBLE;
      x1 = y1 = -G_MAXDOUBLE;

      for (gsize i = 0; i < g_variant_n_children (self->points); i++)
        {
          double px, py;

          g_variant_get_child (self->points, i, "(dd)", &px, &py);
          x0 = MIN (x0, px);
          y0 = MIN (y0, py);
          x1 = MAX (x1, px);
          y1 = MAX (y1, py);
        }
    }

  if (x != NULL)
    *x = x0;
  if (y != NULL)
    *y = y0;
  if (width != NULL)
    *width = x1 - x0;
  if (height != NULL)
    *height = y1 - y0;
}

GVariant *
tp_zone_get_points (TpZone *self)
{
  g_return_val_if_fail (TP_IS_ZONE (self), NULL);

  return self->points;
}

gboolean
tp_zone_is_walkable (TpZone *self)
{
  g_return_val_if_fail (TP_IS_ZONE (self), TRUE);

  if (self->walkable >= 0)
    return self->walkable;
  return tp_zone_kind_is_walkable (self->kind);
}

gboolean
tp_zone_walkable_is_own (TpZone *self)
{
  g_return_val_if_fail (TP_IS_ZONE (self), FALSE);

  return self->walkable >= 0 && self->walkable != tp_zone_kind_is_walkable (self->kind);
}
