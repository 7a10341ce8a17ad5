/* tp-format-load-floor-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading floor plans: size, zones (rectangles or polygons) and the embedded
 * image (checked in tp-format-load-image.c) with where it lies on the plan.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-format-private.h"

static gboolean
load_image (TpLoader    *l,
            TpProps     *props,
            JsonObject **extra)
{
  guint line = _tp_loader_line (l);
  g_autoptr(JsonObject) sub_extra = NULL;
  TpImageReader r = { 0 };
  const char *name;

  if (!_tp_loader_enter_object (l))
    return FALSE;

  while (_tp_loader_next_member (l, &name))
    {
      gboolean handled;

      if (!_tp_loader_image_member (l, name, &r, &handled))
        break;
      if (handled)
        continue;
      if (strcmp (name, "x") == 0 || strcmp (name, "y") == 0)
        {
          const char *prop = name[0] == 'x' ? "image-x" : "image-y";
          double d;

          if (!_tp_loader_double_prop (l, TP_TYPE_FLOOR_PLAN, prop,
                                       name[0] == 'x' ? _("the image’s x") : _("the image’s y"), &d))
            break;
          _tp_props_double (props, prop, d);
        }
      else if (strcmp (name, "metres_per_pixel") == 0)
        {
          double d;

          if (!_tp_loader_double_prop (l, TP_TYPE_FLOOR_PLAN, "image-scale",
                                       _("the image’s metres per pixel"), &d))
            break;
          if (d <= 0)
            {
              _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                               _("the image’s metres per pixel must be more than 0, not %s"),
                               tp_json_reader_get_number_text (l->reader));
              break;
            }
          _tp_props_double (props, "image-scale", d);
        }
      else if (strcmp (name, "opacity") == 0)
        {
          double d;

          if (!_tp_loader_double_prop (l, TP_TYPE_FLOOR_PLAN, "image-opacity",
                                       _("the image’s opacity"), &d))
            break;
          _tp_props_double (props, "image-opacity", d);
        }
      else if (strcmp (name, "locked") == 0)
        {
          gboolean b;

          if (!_tp_loader_bool (l, &b))
            break;
          _tp_props_boolean (props, "image-locked", b);
        }
      else if (!_tp_loader_unknown (l, &sub_extra))
        break;
    }

  if (!_tp_loader_ok (l) || !_tp_loader_image_finish (l, line, &r))
    {
      _tp_image_reader_clear (&r);
      return FALSE;
    }
  _tp_loader_leave (l);

  _tp_props_take_boxed (props, "image", G_TYPE_BYTES, g_steal_pointer (&r.image));
  _tp_props_string (props, "image-type", r.media_type);
  _tp_image_reader_clear (&r);
  if (sub_extra != NULL)
    {
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_object_member (*extra, "image", g_steal_pointer (&sub_extra));
    }
  return TRUE;
}

enum {
  SHAPE_RECT = TP_ZONE_SHAPE_RECT,
  SHAPE_POLYGON = TP_ZONE_SHAPE_POLYGON,
};

static gboolean
load_rect (TpLoader    *l,
           int          sub,
           gpointer     data,
           JsonObject **extra)
{
  static const char * const members[] = { "x", "y", "width", "height" };
  TpProps *props = data;
  g_autoptr(JsonObject) sub_extra = NULL;
  guint line = _tp_loader_line (l);
  gboolean seen[4] = { FALSE, };
  const char *name;

  if (!_tp_loader_enter_object (l))
    return FALSE;

  while (_tp_loader_next_member (l, &name))
    {
      int m = -1;
      double d;

      for (int i = 0; i < 4; i++)
        if (strcmp (name, members[i]) == 0)
          m = i;

      if (m >= 0)
        {
          if (!_tp_loader_double_prop (l, TP_TYPE_ZONE, members[m], members[m], &d))
            break;
          if (m >= 2 && d <= 0)
            {
              _tp_loader_fail (l, TP_FORMAT_ERROR_OUT_OF_RANGE,
                               _("the size of a zone must be more than 0, not %s"),
                               tp_json_reader_get_number_text (l->reader));
              break;
            }
          _tp_props_double (props, members[m], d);
          seen[m] = TRUE;
        }
      else if (!_tp_loader_unknown (l, &sub_extra))
        break;
    }

  if (!_tp_loader_ok (l))
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!seen[i])
      return _tp_loader_missing (l, line, _("rectangle"), members[i]);
  _tp_loader_leave (l);

  if (sub_extra != NULL)
    {
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_object_member (*extra, "rect", g_steal_pointer (&sub_extra));
    }
  return TRUE;
}

static gboolean
load_points (TpLoader    *l,
             int          sub,
             gpointer     data,
             JsonObject **extra)
{
  TpProps *props = data;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(dd)"));
  guint line = _tp_loader_line (l);
  guint n = 0;

  if (!_tp_loader_enter_array (l))
    return FALSE;

  while (_tp_loader_next_item (l))
    {
      double xy[2];
      guint i = 0;

      if (!_tp_loader_enter_array (l))
        return FALSE;
      while (_tp_loader_next_item (l))
        {
          if (i >= 2)
            return _tp_loader_fail (l, TP_FORMAT_ERROR_WRONG_TYPE,
                                    _("a point is a list of two numbers [x, y]"));
          if (!_tp_loader_double_prop (l, TP_TYPE_ZONE, i == 0 ? "x" : "y",
                                       i == 0 ? "x" : "y", &xy[i]))
            return FALSE;
          i++;
        }
      if (!_tp_loader_ok (l))
        return FALSE;
      if (i != 2)
        return _tp_loader_fail (l, TP_FORMAT_ERROR_WRONG_TYPE,
                                _("a point is a list of two numbers [x, y]"));
      _tp_loader_leave (l);
      if (n >= TP_FORMAT_MAX_ZONE_POINTS)
        return _tp_loader_fail_at (l, line, TP_FORMAT_ERROR_TOO_LARGE,
                                   _("a zone can have at most %u points"),
                                   TP_FORMAT_MAX_ZONE_POINTS);
      g_variant_builder_add (&builder, "(dd)", xy[0], xy[1]);
      n++;
    }
  if (!_tp_loader_ok (l))
    return FALSE;
  if (n < 3)
    return _tp_loader_fail_at (l, line, TP_FORMAT_ERROR_OUT_OF_RANGE,
                               _("a polygon needs at least 3 points, not %u"), n);
  _tp_loader_leave (l);

  _tp_props_take_variant (props, "points", g_variant_builder_end (&builder));
  return TRUE;
}

static TpElement *
load_zone (TpLoader *l)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0;
  g_autofree char *id = NULL;
  g_autoptr(JsonObject) extra = NULL;
  TpJsonReaderMark marks[2];
  gboolean marked[2] = { FALSE, FALSE };
  gboolean have_kind = FALSE, have_shape = FALSE;
  int kind = 0, shape = 0;
  TpProps props = { 0 };
  TpZone *zone;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      int geometry = strcmp (name, "rect") == 0 ? SHAPE_RECT
                     : strcmp (name, "points") == 0 ? SHAPE_POLYGON : -1;

      if (strcmp (name, "id") == 0)
        {
          id_line = _tp_loader_line (l);
          if ((s = _tp_loader_id (l)) == NULL)
            break;
          g_free (id);
          id = g_strdup (s);
        }
      else if (strcmp (name, "name") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, "name", s);
        }
      else if (strcmp (name, "kind") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_ZONE_KIND, &kind))
            break;
          have_kind = TRUE;
        }
      else if (strcmp (name, "shape") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_ZONE_SHAPE, &shape))
            break;
          have_shape = TRUE;
        }
      else if (strcmp (name, "walkable") == 0)
        {
          gboolean b;

          if (!_tp_loader_bool (l, &b))
            break;
          _tp_props_boolean (&props, "walkable", b);
        }
      else if (geometry >= 0)
        {
          /* Read it when "shape" is known; until then keep it as unknown. */
          tp_json_reader_mark (l->reader, &marks[geometry]);
          marked[geometry] = TRUE;
          if (!_tp_loader_unknown (l, &extra))
            break;
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL || !have_kind || !have_shape)
    {
      _tp_loader_missing (l, line, _("zone"), id == NULL ? "id" : !have_kind ? "kind" : "shape");
      goto fail;
    }
  if (!marked[shape])
    {
      _tp_loader_missing (l, line, _("zone"), shape == SHAPE_RECT ? "rect" : "points");
      goto fail;
    }
  _tp_props_enum (&props, "shape", TP_TYPE_ZONE_SHAPE, shape);
  if (!_tp_loader_reload (l, &marks[shape], shape == SHAPE_RECT ? "rect" : "points",
                          shape == SHAPE_RECT ? load_rect : load_points, shape, &props, &extra))
    goto fail;
  _tp_loader_leave (l);

  zone = tp_zone_new (id, kind);
  _tp_props_apply (&props, zone);
  if (extra != NULL && json_object_get_size (extra) == 0)
    g_clear_pointer (&extra, json_object_unref);
  tp_element_set_extra (TP_ELEMENT (zone), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (zone)), TP_ID_ZONE, id_line))
    {
      g_object_unref (zone);
      return NULL;
    }
  return TP_ELEMENT (zone);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

TpElement *
_tp_load_floor_plan (TpLoader *l)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0;
  g_autofree char *id = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(TpFloorPlan) floor_plan = tp_floor_plan_new (NULL);
  gboolean have_width = FALSE, have_height = FALSE;
  TpProps props = { 0 };
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      double d;

      if (strcmp (name, "id") == 0)
        {
          id_line = _tp_loader_line (l);
          if ((s = _tp_loader_id (l)) == NULL)
            break;
          g_free (id);
          id = g_strdup (s);
        }
      else if (strcmp (name, "name") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, "name", s);
        }
      else if (strcmp (name, "width") == 0 || strcmp (name, "height") == 0)
        {
          gboolean width = name[0] == 'w';

          if (!_tp_loader_double_prop (l, TP_TYPE_FLOOR_PLAN, width ? "width" : "height",
                                       width ? _("the width") : _("the height"), &d))
            break;
          _tp_props_double (&props, width ? "width" : "height", d);
          have_width |= width;
          have_height |= !width;
        }
      else if (strcmp (name, "image") == 0)
        {
          gboolean ok;

          if (tp_json_reader_get_token (l->reader) == TP_JSON_TOKEN_NULL)
            continue;
          tp_json_reader_set_max_string (l->reader, TP_FORMAT_MAX_IMAGE_STRING);
          ok = load_image (l, &props, &extra);
          tp_json_reader_set_max_string (l->reader, TP_FORMAT_MAX_STRING);
          if (!ok)
            break;
        }
      else if (strcmp (name, "zones") == 0)
        {
          if (!_tp_loader_enter_array (l))
            break;
          while (_tp_loader_next_item (l))
            {
              TpElement *zone = load_zone (l);

              if (zone == NULL)
                break;
              _tp_element_append_child (TP_ELEMENT (floor_plan), TP_LIST_ZONES, zone);
              g_object_unref (zone);
            }
          if (!_tp_loader_ok (l))
            break;
          _tp_loader_leave (l);
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL || !have_width || !have_height)
    {
      _tp_loader_missing (l, line, _("floor plan"), id == NULL ? "id" : !have_width ? "width" : "height");
      goto fail;
    }
  _tp_loader_leave (l);

  _tp_element_set_id (TP_ELEMENT (floor_plan), id);
  _tp_props_apply (&props, floor_plan);
  tp_element_set_extra (TP_ELEMENT (floor_plan), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (floor_plan)), TP_ID_FLOOR_PLAN, id_line))
    return NULL;
  return TP_ELEMENT (g_steal_pointer (&floor_plan));

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}
