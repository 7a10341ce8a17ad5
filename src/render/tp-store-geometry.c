/* tp-store-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "tp-store-geometry.h"

static inline double
cross (double ax,
       double ay,
       double bx,
       double by)
{
  return ax * by - ay * bx;
}

double
tp_segment_distance (TpPoint  a,
                     TpPoint  b,
                     double   x,
                     double   y,
                     double  *t)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double len2 = dx * dx + dy * dy;
  double u = 0.0;

  if (len2 > 0)
    u = CLAMP (((x - a.x) * dx + (y - a.y) * dy) / len2, 0.0, 1.0);
  if (t != NULL)
    *t = u;
  return hypot (a.x + u * dx - x, a.y + u * dy - y);
}

TpPointLocation
tp_polygon_locate (const TpPoint *points,
                   guint          n,
                   double         x,
                   double         y,
                   double         tolerance)
{
  gboolean inside = FALSE;

  if (n == 0)
    return TP_POINT_OUTSIDE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      const TpPoint *p = &points[i], *q = &points[j];

      if (tp_segment_distance (*q, *p, x, y, NULL) <= tolerance)
        return TP_POINT_ON_BOUNDARY;
      if ((p->y > y) != (q->y > y) &&
          x < (q->x - p->x) * (y - p->y) / (q->y - p->y) + p->x)
        inside = !inside;
    }

  return inside ? TP_POINT_INSIDE : TP_POINT_OUTSIDE;
}

gboolean
tp_polygon_contains (const TpPoint *points,
                     guint          n,
                     double         x,
                     double         y)
{
  return tp_polygon_locate (points, n, x, y, TP_STORE_EPSILON) != TP_POINT_OUTSIDE;
}

void
tp_polygon_bounds (const TpPoint *points,
                   guint          n,
                   TpRect        *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  if (n == 0)
    {
      *bounds = (TpRect) { 0, 0, 0, 0 };
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, points[i].x);
      y0 = MIN (y0, points[i].y);
      x1 = MAX (x1, points[i].x);
      y1 = MAX (y1, points[i].y);
    }
  *bounds = (TpRect) { x0, y0, x1 - x0, y1 - y0 };
}

double
tp_polygon_area (const TpPoint *points,
                 guint          n)
{
  double sum = 0;

  for (guint i = 0, j = n > 0 ? n - 1 : 0; i < n; j = i++)
    sum += cross (points[j].x, points[j].y, points[i].x, points[i].y);
  return fabs (sum) / 2;
}

/* Whether segments p1–p2 and q1–q2 touch or cross. */
static gboolean
segments_meet (TpPoint p1,
               TpPoint p2,
               TpPoint q1,
               TpPoint q2)
{
  double d1 = cross (q2.x - q1.x, q2.y - q1.y, p1.x - q1.x, p1.y - q1.y);
  double d2 = cross (q2.x - q1.x, q2.y - q1.y, p2.x - q1.x, p2.y - q1.y);
  double d3 = cross (p2.x - p1.x, p2.y - p1.y, q1.x - p1.x, q1.y - p1.y);
  double d4 = cross (p2.x - p1.x, p2.y - p1.y, q2.x - p1.x, q2.y - p1.y);

  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return TRUE;
  return tp_segment_distance (q1, q2, p1.x, p1.y, NULL) <= TP_STORE_EPSILON ||
         tp_segment_distance (q1, q2, p2.x, p2.y, NULL) <= TP_STORE_EPSILON ||
         tp_segment_distance (p1, p2, q1.x, q1.y, NULL) <= TP_STORE_EPSILON ||
         tp_segment_distance (p1, p2, q2.x, q2.y, NULL) <= TP_STORE_EPSILON;
}

gboolean
tp_polygon_is_simple (const TpPoint *points,
                      guint          n)
{
  if (n < 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        /* Neighbouring edges share a corner; the first and last are neighbours too. */
        if (j == i + 1 || (i == 0 && j == n - 1))
          continue;
        if (segments_meet (points[i], points[(i + 1) % n], points[j], points[(j + 1) % n]))
          return FALSE;
      }
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Meets a→b with edge c→d: returns TRUE for a proper crossing (both open segments); otherwise
 * appends the parameters along a→b where they touch to @ts. */
static gboolean
meet_edge (TpPoint  a,
           TpPoint  b,
           TpPoint  c,
           TpPoint  d,
           GArray  *ts)
{
  double rx = b.x - a.x, ry = b.y - a.y;
  double sx = d.x - c.x, sy = d.y - c.y;
  double rlen = hypot (rx, ry), slen = hypot (sx, sy);
  double denom = cross (rx, ry, sx, sy);
  double t;

  if (rlen <= 0 || slen <= 0)
    return FALSE;

  if (fabs (denom) > 1e-12 * rlen * slen)
    {
      double u;

      t = cross (c.x - a.x, c.y - a.y, sx, sy) / denom;
      u = cross (c.x - a.x, c.y - a.y, rx, ry) / denom;
      if (t * rlen < -TP_STORE_EPSILON || (t - 1) * rlen > TP_STORE_EPSILON ||
          u * slen < -TP_STORE_EPSILON || (u - 1) * slen > TP_STORE_EPSILON)
        return FALSE;
      if (t * rlen > TP_STORE_EPSILON && (1 - t) * rlen > TP_STORE_EPSILON &&
          u * slen > TP_STORE_EPSILON && (1 - u) * slen > TP_STORE_EPSILON)
        return TRUE;
      t = CLAMP (t, 0.0, 1.0);
      g_array_append_val (ts, t);
      return FALSE;
    }

  /* Parallel: only a collinear edge touches; its ends split a→b. */
  if (fabs (cross (c.x - a.x, c.y - a.y, rx, ry)) / rlen > TP_STORE_EPSILON)
    return FALSE;
  for (int k = 0; k < 2; k++)
    {
      const TpPoint *e = k == 0 ? &c : &d;

      t = ((e->x - a.x) * rx + (e->y - a.y) * ry) / (rlen * rlen);
      if (t > 0 && t < 1)
        g_array_append_val (ts, t);
    }
  return FALSE;
}

/* The stretches of a→b strictly inside; -1 when @stop_early and a proper crossing was found. */
static double
segment_inside (const TpPoint *points,
                guint          n,
                TpPoint        a,
                TpPoint        b,
                GArray        *intervals,
                gboolean       stop_early)
{
  g_autoptr(GArray) ts = g_array_sized_new (FALSE, FALSE, sizeof (double), 8);
  double len = hypot (b.x - a.x, b.y - a.y);
  double inside = 0, t, open = -1;

  t = 0;
  g_array_append_val (ts, t);
  for (guint i = 0, j = n - 1; n > 0 && i < n; j = i++)
    {
      if (!meet_edge (a, b, points[j], points[i], ts))
        continue;
      if (stop_early)
        return -1;
      /* A proper crossing: the segment changes sides there. */
      {
        double rx = b.x - a.x, ry = b.y - a.y;
        double sx = points[i].x - points[j].x, sy = points[i].y - points[j].y;

        t = cross (points[j].x - a.x, points[j].y - a.y, sx, sy) / cross (rx, ry, sx, sy);
        g_array_append_val (ts, t);
      }
    }
  t = 1;
  g_array_append_val (ts, t);
  g_array_sort (ts, compare_doubles);

  for (guint k = 0; k + 1 < ts->len; k++)
    {
      double t0 = g_array_index (ts, double, k), t1 = g_array_index (ts, double, k + 1);
      double mid = (t0 + t1) / 2;
      gboolean in;

      if ((t1 - t0) * len <= TP_STORE_EPSILON)
        continue;
      in = tp_polygon_locate (points, n, a.x + mid * (b.x - a.x), a.y + mid * (b.y - a.y),
                              TP_STORE_EPSILON) == TP_POINT_INSIDE;
      if (in)
        {
          inside += t1 - t0;
          if (open < 0)
            open = t0;
        }
      if ((!in || k + 2 == ts->len) && open >= 0 && intervals != NULL)
        {
          double end = in ? t1 : t0;

          g_array_append_val (intervals, open);
          g_array_append_val (intervals, end);
        }
      if (!in)
        open = -1;
    }

  return MIN (inside, 1.0);
}

double
tp_polygon_segment_inside (const TpPoint *points,
                           guint          n,
                           TpPoint        a,
                           TpPoint        b,
                           GArray        *intervals)
{
  return segment_inside (points, n, a, b, intervals, FALSE);
}

gboolean
tp_polygon_blocks_segment (const TpPoint *points,
                           guint          n,
                           const TpRect  *bounds,
                           TpPoint        a,
                           TpPoint        b)
{
  if (bounds != NULL &&
      (MAX (a.x, b.x) <= bounds->x || MIN (a.x, b.x) >= bounds->x + bounds->width ||
       MAX (a.y, b.y) <= bounds->y || MIN (a.y, b.y) >= bounds->y + bounds->height))
    return FALSE;
  return segment_inside (points, n, a, b, NULL, TRUE) != 0.0;
}

void
tp_store_shape_init (TpStoreShape *shape,
                     TpZone       *zone)
{
  GVariant *points = tp_zone_get_points (zone);
  gsize n = g_variant_n_children (points);

  shape->zone = zone;
  shape->walkable = tp_zone_is_walkable (zone);
  if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_POLYGON && n >= 3)
    {
      shape->n_points = n;
      shape->points = g_new (TpPoint, n);
      for (gsize i = 0; i < n; i++)
        g_variant_get_child (points, i, "(dd)", &shape->points[i].x, &shape->points[i].y);
    }
  else
    {
      double x, y, w, h;

      /* A polygon zone of fewer than 3 points (only ever made in memory) falls back to its
       * rectangle, which keeps every shape drawable. */
      if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_POLYGON)
        g_object_get (zone, "x", &x, "y", &y, "width", &w, "height", &h, NULL);
      else
        tp_zone_get_bounds (zone, &x, &y, &w, &h);
      shape->n_points = 4;
      shape->points = g_new (TpPoint, 4);
      shape->points[0] = (TpPoint) { x, y };
      shape->points[1] = (TpPoint) { x + w, y };
      shape->points[2] = (TpPoint) { x + w, y + h };
      shape->points[3] = (TpPoint) { x, y + h };
    }
  tp_polygon_bounds (shape->points, shape->n_points, &shape->bounds);
  shape->area = tp_polygon_area (shape->points, shape->n_points);
}

void
tp_store_shape_clear (TpStoreShape *shape)
{
  g_clear_pointer (&shape->points, g_free);
  shape->n_points = 0;
}

static void
clear_shape (gpointer data)
{
  tp_store_shape_clear (data);
}

GArray *
tp_store_shapes_new (TpFloorPlan *plan)
{
  GPtrArray *zones;
  GArray *shapes = g_array_new (FALSE, TRUE, sizeof (TpStoreShape));

  g_array_set_clear_func (shapes, clear_shape);
  if (plan == NULL)
    return shapes;

  zones = tp_floor_plan_get_zones (plan);
  g_array_set_size (shapes, zones->len);
  for (guint i = 0; i < zones->len; i++)
    tp_store_shape_init (&g_array_index (shapes, TpStoreShape, i), g_ptr_array_index (zones, i));
  return shapes;
}

/* --- Snapping ------------------------------------------------------------- */

static gboolean
near_bounds (const TpRect *r,
             double        x,
             double        y,
             double        d)
{
  return x >= r->x - d && x <= r->x + r->width + d && y >= r->y - d && y <= r->y + r->height + d;
}

static void
snap_grid (double  grid,
           double *v,
           TpSnapKind *kind)
{
  if (grid > 0)
    {
      *v = round (*v / grid) * grid;
      *kind = TP_SNAP_GRID;
    }
}

/* The plan's outline as a shape that snaps like a zone. */
static void
plan_outline (const TpRect *plan,
              TpPoint       corners[4])
{
  corners[0] = (TpPoint) { plan->x, plan->y };
  corners[1] = (TpPoint) { plan->x + plan->width, plan->y };
  corners[2] = (TpPoint) { plan->x + plan->width, plan->y + plan->height };
  corners[3] = (TpPoint) { plan->x, plan->y + plan->height };
}

TpSnapKind
tp_store_snap_point (const TpStoreShape  *shapes,
                     guint                n_shapes,
                     TpZone              *skip,
                     const TpSnapOptions *options,
                     double              *x,
                     double              *y,
                     TpSnapKind          *kind_y)
{
  double tol = options->tolerance;
  double best_vertex = tol, best_edge = tol, best_ax = tol, best_ay = tol;
  TpPoint vertex = { 0, 0 }, edge = { 0, 0 };
  double ax = *x, ay = *y;
  gboolean have_vertex = FALSE, have_edge = FALSE, have_ax = FALSE, have_ay = FALSE;
  TpSnapKind kx = TP_SNAP_NONE, ky = TP_SNAP_NONE;
  TpPoint plan[4];

  if (options->plan != NULL)
    plan_outline (options->plan, plan);

  for (guint s = 0; s <= n_shapes; s++)
    {
      const TpPoint *pts;
      guint n;

      if (s == n_shapes)
        {
          if (options->plan == NULL)
            break;
          pts = plan;
          n = 4;
        }
      else
        {
          if (shapes[s].zone == skip && skip != NULL)
            continue;
          pts = shapes[s].points;
          n = shapes[s].n_points;
        }

      for (guint i = 0; i < n; i++)
        {
          const TpPoint *p = &pts[i];
          double d = hypot (p->x - *x, p->y - *y), t;

          if (d <= best_vertex)
            {
              best_vertex = d;
              vertex = *p;
              have_vertex = TRUE;
            }
          d = tp_segment_distance (pts[i], pts[(i + 1) % n], *x, *y, &t);
          if (d <= best_edge)
            {
              const TpPoint *q = &pts[(i + 1) % n];

              best_edge = d;
              edge = (TpPoint) { p->x + t * (q->x - p->x), p->y + t * (q->y - p->y) };
              have_edge = TRUE;
            }
          if (fabs (p->x - *x) <= best_ax)
            {
              best_ax = fabs (p->x - *x);
              ax = p->x;
              have_ax = TRUE;
            }
          if (fabs (p->y - *y) <= best_ay)
            {
              best_ay = fabs (p->y - *y);
              ay = p->y;
              have_ay = TRUE;
            }
        }
    }

  if (have_vertex)
    {
      *x = vertex.x;
      *y = vertex.y;
      kx = ky = TP_SNAP_VERTEX;
    }
  else if (have_edge)
    {
      *x = edge.x;
      *y = edge.y;
      kx = ky = TP_SNAP_EDGE;
    }
  else
    {
      if (have_ax)
        {
          *x = ax;
          kx = TP_SNAP_ALIGN;
        }
      else
        snap_grid (options->grid, x, &kx);
      if (have_ay)
        {
          *y = ay;
          ky = TP_SNAP_ALIGN;
        }
      else
        snap_grid (options->grid, y, &ky);
    }

  if (kind_y != NULL)
    *kind_y = ky;
  return kx;
}

void
tp_store_snap_offset (const TpStoreShape  *shapes,
                      guint                n_shapes,
                      TpZone              *skip,
                      const TpPoint       *points,
                      guint                n_points,
                      const TpSnapOptions *options,
                      double              *dx,
                      double              *dy)
{
  double tol = options->tolerance;
  double best_x = G_MAXDOUBLE, best_y = G_MAXDOUBLE;
  TpRect moved;
  TpPoint plan[4];

  if (n_points == 0)
    return;
  tp_polygon_bounds (points, n_points, &moved);
  moved.x += *dx;
  moved.y += *dy;
  if (options->plan != NULL)
    plan_outline (options->plan, plan);

  for (guint s = 0; s <= n_shapes; s++)
    {
      const TpPoint *pts;
      guint n;

      if (s == n_shapes)
        {
          if (options->plan == NULL)
            break;
          pts = plan;
          n = 4;
        }
      else
        {
          if (shapes[s].zone == skip && skip != NULL)
            continue;
          pts = shapes[s].points;
          n = shapes[s].n_points;
        }

      for (guint i = 0; i < n; i++)
        for (guint k = 0; k < n_points; k++)
          {
            double mx = points[k].x + *dx, my = points[k].y + *dy;
            double cx = pts[i].x - mx, cy = pts[i].y - my;

            if (fabs (cx) <= tol && fabs (cx) < fabs (best_x))
              best_x = cx;
            if (fabs (cy) <= tol && fabs (cy) < fabs (best_y))
              best_y = cy;
          }
    }

  if (best_x != G_MAXDOUBLE)
    *dx += best_x;
  else if (options->grid > 0)
    *dx += round (moved.x / options->grid) * options->grid - moved.x;
  if (best_y != G_MAXDOUBLE)
    *dy += best_y;
  else if (options->grid > 0)
    *dy += round (moved.y / options->grid) * options->grid - moved.y;
}

/* --- Hit-testing ---------------------------------------------------------- */

int
tp_store_hit_zone (const TpStoreShape *shapes,
                   guint               n_shapes,
                   double              x,
                   double              y,
                   double              tolerance)
{
  for (guint i = n_shapes; i-- > 0;)
    {
      const TpStoreShape *s = &shapes[i];

      if (!near_bounds (&s->bounds, x, y, tolerance))
        continue;
      if (tp_polygon_locate (s->points, s->n_points, x, y, tolerance) != TP_POINT_OUTSIDE)
        return i;
    }
  return -1;
}

int
tp_store_hit_vertex (const TpStoreShape *shape,
                     double              x,
                     double              y,
                     double              tolerance)
{
  double best = tolerance;
  int found = -1;

  for (guint i = 0; i < shape->n_points; i++)
    {
      double d = hypot (shape->points[i].x - x, shape->points[i].y - y);

      if (d <= best)
        {
          best = d;
          found = i;
        }
    }
  return found;
}

int
tp_store_hit_circle (const TpPoint *centres,
                     const double  *radii,
                     guint          n,
                     double         x,
                     double         y)
{
  for (guint i = n; i-- > 0;)
    if (hypot (centres[i].x - x, centres[i].y - y) <= radii[i])
      return i;
  return -1;
}
