/* tp-store-snap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-store-snap.h"

void
tp_store_rect_from_corners (TpPoint  a,
                            TpPoint  b,
                            TpRect  *rect)
{
  rect->x = MIN (a.x, b.x);
  rect->y = MIN (a.y, b.y);
  rect->width = fabs (b.x - a.x);
  rect->height = fabs (b.y - a.y);
}

gboolean
tp_store_rect_is_zone (const TpRect *rect)
{
  return isfinite (rect->x) && isfinite (rect->y) && isfinite (rect->width)
         && isfinite (rect->height) && rect->width >= TP_STORE_MIN_ZONE_SIDE - 1e-9
         && rect->height >= TP_STORE_MIN_ZONE_SIDE - 1e-9
         && rect->width * rect->height >= TP_STORE_MIN_ZONE_AREA - 1e-9;
}

/* Where each handle sits along x and y: 0 = left/top, 1 = middle, 2 = right/bottom. */
static const int handle_col[TP_STORE_N_HANDLES] = { 0, 1, 2, 2, 2, 1, 0, 0 };
static const int handle_row[TP_STORE_N_HANDLES] = { 0, 0, 0, 1, 2, 2, 2, 1 };

TpPoint
tp_store_handle_position (const TpRect  *rect,
                          TpStoreHandle  handle)
{
  g_return_val_if_fail (handle >= 0 && handle < TP_STORE_N_HANDLES, ((TpPoint) { rect->x, rect->y }));

  return (TpPoint) { rect->x + rect->width * handle_col[handle] / 2.0,
                     rect->y + rect->height * handle_row[handle] / 2.0 };
}

TpStoreHandle
tp_store_hit_handle (const TpRect *rect,
                     double        x,
                     double        y,
                     double        tolerance)
{
  TpStoreHandle found = TP_STORE_HANDLE_NONE;
  double best = tolerance;

  for (int h = 0; h < TP_STORE_N_HANDLES; h++)
    {
      TpPoint p = tp_store_handle_position (rect, h);
      double d = MAX (fabs (p.x - x), fabs (p.y - y));

      /* Corners first when they tie with an edge's middle (a tiny rectangle). */
      if (d < best || (d == best && found == TP_STORE_HANDLE_NONE))
        {
          best = d;
          found = h;
        }
    }
  return found;
}

void
tp_store_resize_rect (const TpRect  *start,
                      TpStoreHandle  handle,
                      double         x,
                      double         y,
                      double         min_side,
                      TpRect        *rect)
{
  double x0 = start->x, y0 = start->y;
  double x1 = start->x + start->width, y1 = start->y + start->height;

  g_return_if_fail (handle >= 0 && handle < TP_STORE_N_HANDLES);

  if (!isfinite (x) || !isfinite (y))
    {
      *rect = *start;
      return;
    }
  if (handle_col[handle] == 0)
    x0 = MIN (x, x1 - min_side);
  else if (handle_col[handle] == 2)
    x1 = MAX (x, x0 + min_side);
  if (handle_row[handle] == 0)
    y0 = MIN (y, y1 - min_side);
  else if (handle_row[handle] == 2)
    y1 = MAX (y, y0 + min_side);
  *rect = (TpRect) { x0, y0, x1 - x0, y1 - y0 };
}

guint
tp_store_outline_dedupe (TpPoint *points,
                         guint    n)
{
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    if (kept == 0 || hypot (points[i].x - points[kept - 1].x, points[i].y - points[kept - 1].y)
                     > TP_STORE_EPSILON)
      points[kept++] = points[i];
  while (kept >= 2 && hypot (points[0].x - points[kept - 1].x, points[0].y - points[kept - 1].y)
                      <= TP_STORE_EPSILON)
    kept--;
  return kept;
}

TpStoreOutline
tp_store_check_outline (const TpPoint *points,
                        guint          n)
{
  guint distinct = 0;
  TpRect bounds;

  if (n > TP_STORE_MAX_ZONE_POINTS)
    return TP_STORE_OUTLINE_TOO_MANY;
  for (guint i = 0; i < n; i++)
    {
      if (!isfinite (points[i].x) || !isfinite (points[i].y))
        return TP_STORE_OUTLINE_NOT_FINITE;
      if (i == 0 || hypot (points[i].x - points[i - 1].x, points[i].y - points[i - 1].y)
                    > TP_STORE_EPSILON)
        distinct++;
    }
  if (n >= 2 && hypot (points[0].x - points[n - 1].x, points[0].y - points[n - 1].y)
                <= TP_STORE_EPSILON)
    distinct--;
  if (distinct < 3)
    return TP_STORE_OUTLINE_TOO_FEW;
  /* Crossing first: a bow tie's two halves cancel out in the shoelace area. */
  if (!tp_polygon_is_simple (points, n))
    return TP_STORE_OUTLINE_CROSSES;
  tp_polygon_bounds (points, n, &bounds);
  if (tp_polygon_area (points, n) < TP_STORE_MIN_ZONE_AREA - 1e-9
      || bounds.width < TP_STORE_MIN_ZONE_SIDE - 1e-9
      || bounds.height < TP_STORE_MIN_ZONE_SIDE - 1e-9)
    return TP_STORE_OUTLINE_NO_AREA;
  return TP_STORE_OUTLINE_OK;
}

int
tp_store_nearest_edge (const TpPoint *points,
                       guint          n,
                       double         x,
                       double         y,
                       double         tolerance,
                       TpPoint       *at)
{
  double best = tolerance;
  int found = -1;

  for (guint i = 0; i < n && n >= 2; i++)
    {
      TpPoint a = points[i], b = points[(i + 1) % n];
      double t, d = tp_segment_distance (a, b, x, y, &t);

      if (d <= best)
        {
          best = d;
          found = i;
          if (at != NULL)
            *at = (TpPoint) { a.x + t * (b.x - a.x), a.y + t * (b.y - a.y) };
        }
    }
  return found;
}

/* A number of metres as typed, with a unit or none; -1 m only when @negative. */
static gboolean
parse_metres (const char *text,
              gboolean    negative,
              double     *metres)
{
  g_autofree char *copy = NULL;
  char *number, *end, *unit;
  double value, factor = 1.0;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  number = copy;
  /* A decimal comma (Norwegian, Swedish) reads as a point; no thousands separators. */
  for (char *c = number; *c != '\0'; c++)
    if (*c == ',')
      *c = '.';
  if (!g_ascii_isdigit (*number) && *number != '.' && !(negative && *number == '-'))
    return FALSE;
  value = g_ascii_strtod (number, &end);
  if (end == number)
    return FALSE;
  unit = g_strstrip (end);
  if (*unit == '\0' || g_ascii_strcasecmp (unit, "m") == 0)
    factor = 1.0;
  else if (g_ascii_strcasecmp (unit, "cm") == 0)
    factor = 0.01;
  else if (g_ascii_strcasecmp (unit, "mm") == 0)
    factor = 0.001;
  else
    return FALSE;
  value *= factor;
  if (!isfinite (value))
    return FALSE;
  *metres = value;
  return TRUE;
}

gboolean
tp_store_parse_length (const char *text,
                       double     *metres)
{
  double value;

  if (!parse_metres (text, FALSE, &value) || value <= 0 || value > 100000.0)
    return FALSE;
  *metres = value;
  return TRUE;
}

gboolean
tp_store_parse_coordinate (const char *text,
                           double     *metres)
{
  double value;

  if (!parse_metres (text, TRUE, &value) || fabs (value) > TP_STORE_MAX_COORDINATE)
    return FALSE;
  *metres = value + 0.0;   /* never -0 */
  return TRUE;
}

void
tp_store_plan_cover_picture (double  x,
                             double  y,
                             guint   pixels_wide,
                             guint   pixels_high,
                             double  metres_per_pixel,
                             double *width,
                             double *height)
{
  double right = x + pixels_wide * metres_per_pixel;
  double bottom = y + pixels_high * metres_per_pixel;

  /* Rounded up to a centimetre, so the plan's size reads well in the file. */
  if (isfinite (right) && right > *width)
    *width = ceil (right * 100 - 1e-6) / 100;
  if (isfinite (bottom) && bottom > *height)
    *height = ceil (bottom * 100 - 1e-6) / 100;
}

static double
keep_over (double at,
           double size,
           double start,
           double extent)
{
  double overlap = MIN (TP_STORE_PICTURE_MIN_OVERLAP, MIN (size, extent));

  if (!isfinite (at))
    return start;
  return CLAMP (at, start - size + overlap, start + extent - overlap);
}

void
tp_store_keep_picture_on_plan (const TpRect *plan,
                               double        width,
                               double        height,
                               double       *x,
                               double       *y)
{
  g_return_if_fail (plan != NULL && x != NULL && y != NULL);

  if (!isfinite (width) || !isfinite (height) || width <= 0 || height <= 0)
    return;
  *x = keep_over (*x, width, plan->x, plan->width);
  *y = keep_over (*y, height, plan->y, plan->height);
}
