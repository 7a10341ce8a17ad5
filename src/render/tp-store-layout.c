/* tp-store-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-store-figures.h"
#include "tp-store-image.h"
#include "tp-store-layout.h"

#define MARGIN          24.0
#define LEGEND_WIDTH    240.0
#define FOOTER_HEIGHT   64.0
#define DEFAULT_PPM     40.0
/* The plan's longer side is drawn at most this long at 100 %, at least this short. */
#define MAX_PLAN_UNITS  2400.0
#define MIN_PLAN_UNITS  320.0
/* Side by side: the gap between the two plans, and the captions above them. */
#define SIDE_GAP        48.0
#define CAPTION_HEIGHT  52.0
#define STOP_MIN_RADIUS 9.0
#define STOP_MAX_RADIUS 24.0

void
tp_store_layout_options_init (TpStoreLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (TpStoreLayoutOptions) { 0, FALSE, TP_STORE_HEAT_DWELL, 0, FALSE, FALSE, FALSE };
}

static TpFloorPlan *
find_plan (TpProject *project,
           TpJourney *journey)
{
  const char *id = tp_journey_get_floor_plan (journey);
  TpElement *element;

  if (project == NULL || id == NULL)
    return NULL;
  element = tp_project_lookup (project, id);
  return TP_IS_FLOOR_PLAN (element) ? TP_FLOOR_PLAN (element) : NULL;
}

static TpStoreWalk *
walk_journey (TpStoreLayout *layout,
              TpJourney     *journey)
{
  return tp_store_walk_new (journey, (TpStoreShape *) (gpointer) layout->shapes->data,
                            layout->shapes->len, &layout->plan_rect, layout->router);
}

/* Whether @previous was made for the same outlines of the same zones of @plan (so its shapes and
 * its router, with the walks it found, still hold). */
static gboolean
same_geometry (TpStoreLayout *previous,
               TpFloorPlan   *plan)
{
  GPtrArray *zones;

  if (previous == NULL || previous->plan != plan || plan == NULL || previous->router == NULL)
    return FALSE;
  if (previous->plan_rect.width != tp_floor_plan_get_width (plan)
      || previous->plan_rect.height != tp_floor_plan_get_height (plan))
    return FALSE;
  zones = tp_floor_plan_get_zones (plan);
  if (zones->len != previous->shapes->len)
    return FALSE;
  for (guint i = 0; i < zones->len; i++)
    {
      const TpStoreShape *old = &g_array_index (previous->shapes, TpStoreShape, i);
      TpStoreShape now;
      gboolean same;

      if (old->zone != g_ptr_array_index (zones, i))
        return FALSE;
      tp_store_shape_init (&now, old->zone);
      same = now.n_points == old->n_points && now.walkable == old->walkable
             && memcmp (now.points, old->points, sizeof (TpPoint) * now.n_points) == 0;
      tp_store_shape_clear (&now);
      if (!same)
        return FALSE;
    }
  return TRUE;
}

TpStoreLayout *
tp_store_layout_new (TpJourney                  *journey,
                     const TpStoreLayoutOptions *options)
{
  return tp_store_layout_new_reusing (journey, options, NULL);
}

TpStoreLayout *
tp_store_layout_new_reusing (TpJourney                  *journey,
                             const TpStoreLayoutOptions *options,
                             TpStoreLayout              *previous)
{
  gboolean reuse;
  TpStoreLayout *layout;
  TpJourney *counterpart = NULL;
  double plan_w, plan_h, longest, top = MARGIN, right;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  layout = g_new0 (TpStoreLayout, 1);
  layout->journey = journey;
  if (options != NULL)
    layout->options = *options;
  else
    tp_store_layout_options_init (&layout->options);
  layout->project = tp_element_get_project (TP_ELEMENT (journey));
  layout->plan = find_plan (layout->project, journey);
  reuse = same_geometry (previous, layout->plan);
  if (reuse)
    {
      layout->shapes = g_steal_pointer (&previous->shapes);
      layout->router = g_steal_pointer (&previous->router);
    }
  else
    layout->shapes = tp_store_shapes_new (layout->plan);
  layout->others = g_ptr_array_new_with_free_func ((GDestroyNotify) tp_store_walk_free);

  if (layout->plan != NULL)
    layout->plan_rect = (TpRect) { 0, 0, tp_floor_plan_get_width (layout->plan),
                                   tp_floor_plan_get_height (layout->plan) };
  else
    layout->plan_rect = (TpRect) { 0, 0, 20, 15 };

  longest = MAX (layout->plan_rect.width, layout->plan_rect.height);
  layout->ppm = layout->options.pixels_per_metre > 0
                ? layout->options.pixels_per_metre
                : CLAMP (DEFAULT_PPM, MIN_PLAN_UNITS / longest, MAX_PLAN_UNITS / longest);
  plan_w = layout->plan_rect.width * layout->ppm;
  plan_h = layout->plan_rect.height * layout->ppm;

  /* Side by side: the current state's plan on the left, the future state's on the right, at the
   * same scale, each under a caption; the journey shown keeps its plan interactive. */
  if (layout->options.compare && layout->plan != NULL)
    {
      counterpart = tp_store_find_counterpart (journey);
      if (counterpart != NULL && find_plan (layout->project, counterpart) != layout->plan)
        counterpart = NULL;
    }
  layout->side_by_side = layout->options.side_by_side && counterpart != NULL;
  if (layout->side_by_side)
    {
      double left = MARGIN, beside = MARGIN + plan_w + SIDE_GAP;
      gboolean future = tp_store_layout_is_future (layout);

      top = MARGIN + CAPTION_HEIGHT;
      layout->plan_area = (TpRect) { future ? beside : left, top, plan_w, plan_h };
      layout->compare_area = (TpRect) { future ? left : beside, top, plan_w, plan_h };
      layout->caption_area = (TpRect) { layout->plan_area.x, MARGIN, plan_w, CAPTION_HEIGHT - 8 };
      right = beside + plan_w;
    }
  else
    {
      layout->plan_area = (TpRect) { MARGIN, MARGIN, plan_w, plan_h };
      right = MARGIN + plan_w;
    }
  layout->legend_area = (TpRect) { right + MARGIN, top, LEGEND_WIDTH, MAX (plan_h, 360) };
  layout->footer_area = (TpRect) { MARGIN, top + layout->legend_area.height + 8,
                                   right + LEGEND_WIDTH, FOOTER_HEIGHT };
  layout->width = layout->legend_area.x + LEGEND_WIDTH + MARGIN;
  layout->height = layout->footer_area.y + FOOTER_HEIGHT + MARGIN / 2;

  if (layout->plan == NULL)
    return layout;

  if (tp_floor_plan_get_image (layout->plan) != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* The same picture is not decoded again. */
      if (previous != NULL && previous->image != NULL && previous->plan == layout->plan
          && previous->image_bytes == tp_floor_plan_get_image (layout->plan))
        layout->image = g_steal_pointer (&previous->image);
      else
        layout->image = tp_store_image_decode (tp_floor_plan_get_image (layout->plan),
                                               tp_floor_plan_get_image_type (layout->plan),
                                               &error);
      layout->image_bytes = g_bytes_ref (tp_floor_plan_get_image (layout->plan));
      if (layout->image != NULL)
        {
          int w = cairo_image_surface_get_width (layout->image);
          int h = cairo_image_surface_get_height (layout->image);
          double mpp = tp_floor_plan_image_scale (layout->plan, w);
          double x, y;

          tp_store_layout_to_units (layout, (TpPoint) { tp_floor_plan_get_image_x (layout->plan),
                                                        tp_floor_plan_get_image_y (layout->plan) },
                                    &x, &y);
          layout->image_rect = (TpRect) { x, y, w * mpp * layout->ppm, h * mpp * layout->ppm };
        }
      else
        layout->image_problem = g_strdup (error->message);
    }

  if (layout->router == NULL)
    layout->router = tp_store_router_new ((TpStoreShape *) (gpointer) layout->shapes->data,
                                          layout->shapes->len, &layout->plan_rect,
                                          TP_STORE_PATH_CLEARANCE);
  layout->walk = walk_journey (layout, journey);

  if (layout->options.heat || layout->options.overlay)
    {
      GPtrArray *journeys = tp_project_get_journeys (layout->project);

      for (guint i = 0; i < journeys->len; i++)
        {
          TpJourney *other = g_ptr_array_index (journeys, i);

          if (other != journey && find_plan (layout->project, other) == layout->plan)
            g_ptr_array_add (layout->others, walk_journey (layout, other));
        }
    }

  if (counterpart != NULL)
    layout->compare = walk_journey (layout, counterpart);

  if (layout->options.heat)
    {
      layout->heat = g_new0 (double, MAX (layout->shapes->len, 1));
      tp_store_heat_add (layout->walk, layout->options.heat_kind, layout->heat);
      for (guint i = 0; i < layout->others->len; i++)
        tp_store_heat_add (g_ptr_array_index (layout->others, i), layout->options.heat_kind,
                           layout->heat);
      layout->heat_max = layout->options.heat_max;
      if (layout->heat_max <= 0)
        for (guint z = 0; z < layout->shapes->len; z++)
          layout->heat_max = MAX (layout->heat_max, layout->heat[z]);
    }

  for (guint i = 0; i < layout->walk->stops->len; i++)
    layout->max_dwell = MAX (layout->max_dwell,
                             g_array_index (layout->walk->stops, TpStoreStop, i).dwell);
  /* Side by side, both plans size their stops on one scale. */
  for (guint i = 0; layout->side_by_side && i < layout->compare->stops->len; i++)
    layout->max_dwell = MAX (layout->max_dwell,
                             g_array_index (layout->compare->stops, TpStoreStop, i).dwell);
  return layout;
}

void
tp_store_layout_free (TpStoreLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_pointer (&layout->walk, tp_store_walk_free);
  g_clear_pointer (&layout->others, g_ptr_array_unref);
  g_clear_pointer (&layout->compare, tp_store_walk_free);
  g_clear_pointer (&layout->router, tp_store_router_free);
  g_clear_pointer (&layout->shapes, g_array_unref);
  g_free (layout->heat);
  g_clear_pointer (&layout->image, cairo_surface_destroy);
  g_clear_pointer (&layout->image_bytes, g_bytes_unref);
  g_free (layout->image_problem);
  g_free (layout);
}

void
tp_store_layout_to_units (const TpStoreLayout *layout,
                          TpPoint              metres,
                          double              *x,
                          double              *y)
{
  *x = layout->plan_area.x + (metres.x - layout->plan_rect.x) * layout->ppm;
  *y = layout->plan_area.y + (metres.y - layout->plan_rect.y) * layout->ppm;
}

TpPoint
tp_store_layout_to_metres (const TpStoreLayout *layout,
                           double               x,
                           double               y)
{
  return (TpPoint) { layout->plan_rect.x + (x - layout->plan_area.x) / layout->ppm,
                     layout->plan_rect.y + (y - layout->plan_area.y) / layout->ppm };
}

gboolean
tp_store_layout_is_future (const TpStoreLayout *layout)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  return tp_journey_get_current_state (layout->journey) != NULL;
}

double
tp_store_layout_stop_radius (const TpStoreLayout *layout,
                             const TpStoreStop   *stop)
{
  double share = layout->max_dwell > 0 ? MAX (stop->dwell, 0) / layout->max_dwell : 0;

  /* The area, not the radius, grows with the time spent. */
  return STOP_MIN_RADIUS + (STOP_MAX_RADIUS - STOP_MIN_RADIUS) * sqrt (share);
}

gboolean
tp_store_layout_get_stop_rect (const TpStoreLayout *layout,
                               guint                index,
                               TpRect              *rect)
{
  const TpStoreStop *stop;
  double x, y, r;

  if (layout->walk == NULL || index >= layout->walk->stops->len)
    return FALSE;
  stop = &g_array_index (layout->walk->stops, TpStoreStop, index);
  tp_store_layout_to_units (layout, stop->at, &x, &y);
  r = tp_store_layout_stop_radius (layout, stop) + 4;
  *rect = (TpRect) { x - r, y - r, 2 * r, 2 * r };
  return TRUE;
}

void
tp_store_layout_get_zone_rect (const TpStoreLayout *layout,
                               guint                index,
                               TpRect              *rect)
{
  const TpStoreShape *shape;
  double x0, y0, x1, y1;

  g_return_if_fail (index < layout->shapes->len);
  shape = &g_array_index (layout->shapes, TpStoreShape, index);
  tp_store_layout_to_units (layout, (TpPoint) { shape->bounds.x, shape->bounds.y }, &x0, &y0);
  tp_store_layout_to_units (layout, (TpPoint) { shape->bounds.x + shape->bounds.width,
                                                shape->bounds.y + shape->bounds.height }, &x1, &y1);
  *rect = (TpRect) { x0, y0, x1 - x0, y1 - y0 };
}

int
tp_store_layout_hit_stop (const TpStoreLayout *layout,
                          double               x,
                          double               y)
{
  if (layout->walk == NULL)
    return -1;
  for (guint i = layout->walk->stops->len; i-- > 0;)
    {
      const TpStoreStop *stop = &g_array_index (layout->walk->stops, TpStoreStop, i);
      double sx, sy;

      tp_store_layout_to_units (layout, stop->at, &sx, &sy);
      if (hypot (sx - x, sy - y) <= tp_store_layout_stop_radius (layout, stop))
        return i;
    }
  return -1;
}

int
tp_store_layout_hit_zone (const TpStoreLayout *layout,
                          double               x,
                          double               y)
{
  TpPoint m = tp_store_layout_to_metres (layout, x, y);

  return tp_store_hit_zone ((TpStoreShape *) (gpointer) layout->shapes->data, layout->shapes->len,
                            m.x, m.y, 2.0 / layout->ppm);
}
