/* tp-presentation-steps.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tp-presentation-steps.h"

/* How much of the neighbouring steps a spotlighted step shows, as a share of
 * its own width on either side: enough to see where the walk comes from and
 * goes to, dimmed. */
#define CONTEXT_SHARE 0.35

guint
tp_presentation_step_after (guint                 current,
                            guint                 n_steps,
                            TpPresentationCommand command,
                            int                   argument)
{
  guint last;

  if (n_steps == 0)
    return 0;

  last = n_steps - 1;
  current = MIN (current, last);

  switch (command)
    {
    case TP_PRESENTATION_COMMAND_NEXT:
      return current < last ? current + 1 : last;
    case TP_PRESENTATION_COMMAND_PREVIOUS:
      return current > 0 ? current - 1 : 0;
    case TP_PRESENTATION_COMMAND_FIRST:
      return 0;
    case TP_PRESENTATION_COMMAND_LAST:
      return last;
    case TP_PRESENTATION_COMMAND_GOTO:
      /* A number beyond the last phase goes nowhere: a clicker's stray key
       * should not jump to the end. */
      if (argument < 0 || (guint) argument > last)
        return current;
      return (guint) argument;
    case TP_PRESENTATION_COMMAND_NONE:
    case TP_PRESENTATION_COMMAND_TOGGLE_DARK:
    case TP_PRESENTATION_COMMAND_LEAVE:
    default:
      return current;
    }
}

void
tp_presentation_camera_fit (const TpRect         *area,
                            const TpRect         *viewport,
                            TpPresentationCamera *camera)
{
  double zx, zy;

  g_return_if_fail (area != NULL);
  g_return_if_fail (viewport != NULL);
  g_return_if_fail (camera != NULL);

  zx = area->width > 0 ? viewport->width / area->width : 1.0;
  zy = area->height > 0 ? viewport->height / area->height : 1.0;

  camera->zoom = MAX (0.01, MIN (zx, zy));
  camera->map_x = area->x + area->width / 2;
  camera->map_y = area->y + area->height / 2;
  camera->view_x = viewport->x + viewport->width / 2;
  camera->view_y = viewport->y + viewport->height / 2;
}

void
tp_presentation_step_area (const TpRect *picture,
                           const TpRect *step_rect,
                           TpRect       *area)
{
  double context;
  double left, right;

  g_return_if_fail (picture != NULL);
  g_return_if_fail (step_rect != NULL);
  g_return_if_fail (area != NULL);

  context = step_rect->width * CONTEXT_SHARE;
  left = MAX (picture->x, step_rect->x - context);
  right = MIN (picture->x + picture->width, step_rect->x + step_rect->width + context);

  /* Keep the step in the middle: the context is as wide on both sides. */
  context = MIN (step_rect->x - left, right - step_rect->x - step_rect->width);
  context = MAX (0, context);

  area->x = step_rect->x - context;
  area->width = step_rect->width + 2 * context;
  area->y = step_rect->y;
  area->height = step_rect->height;
}

/* How many pages of at most @limit the lanes @from … @to − 1 take at
 * least: filling each page as far as it goes is optimal for a sequence. */
static guint
count_pages (const double *edges,
             guint         from,
             guint         to,
             double        limit)
{
  guint count = 0;
  guint i = from;

  while (i < to)
    {
      guint j = i + 1;

      while (j < to && edges[j + 1] - edges[i] <= limit)
        j++;
      count++;
      i = j;
    }
  return count;
}

/* The lanes @from … @to − 1 in @k pages, the tallest as short as it can be
 * (so that the whole phase can be shown as large as possible). */
static void
balance_pages (const double *edges,
               guint         from,
               guint         to,
               guint         k,
               GArray       *pages)
{
  guint n = to - from;
  g_autofree double *best = g_new (double, (k + 1) * (n + 1));
  g_autofree guint *cut = g_new0 (guint, (k + 1) * (n + 1));
  g_autofree guint *ends = g_new (guint, k + 1);
  guint i;

#define AT(j, i) ((j) * (n + 1) + (i))
  for (i = 0; i < (k + 1) * (n + 1); i++)
    best[i] = INFINITY;
  best[AT (0, 0)] = 0;

  for (guint j = 1; j <= k; j++)
    for (i = j; i <= n; i++)
      for (guint p = j - 1; p < i; p++)
        {
          double tallest = MAX (best[AT (j - 1, p)], edges[from + i] - edges[from + p]);

          if (tallest < best[AT (j, i)] - 1e-9)
            {
              best[AT (j, i)] = tallest;
              cut[AT (j, i)] = p;
            }
        }

  /* Walk the cuts back from the end. */
  i = n;
  for (guint j = k; j > 0; j--)
    {
      ends[j] = i;
      i = cut[AT (j, i)];
    }
  ends[0] = 0;
#undef AT

  for (guint j = 1; j <= k; j++)
    {
      TpPresentationPage page = { edges[from + ends[j - 1]], edges[from + ends[j]] };

      g_array_append_val (pages, page);
    }
}

GArray *
tp_presentation_paginate (const double *edges,
                          guint         n_rows,
                          double        max_height)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (TpPresentationPage));
  guint run = 0;

  g_return_val_if_fail (edges != NULL || n_rows == 0, pages);

  max_height = MAX (1.0, max_height);
  for (guint i = 0; i <= n_rows; i++)
    {
      gboolean tall = i < n_rows && edges[i + 1] - edges[i] > max_height;

      if (i < n_rows && !tall)
        continue;

      /* The lanes since the last tall one, in as few pages as fit. */
      if (i > run)
        balance_pages (edges, run, i, count_pages (edges, run, i, max_height), pages);

      /* A lane taller than a page: its own pages, overlapping evenly so
       * that the last one ends at its bottom. */
      if (tall)
        {
          double height = edges[i + 1] - edges[i];
          guint count = (guint) ceil (height / max_height);

          for (guint p = 0; p < count; p++)
            {
              TpPresentationPage page;

              page.top = edges[i] + p * (height - max_height) / (count - 1);
              page.bottom = page.top + max_height;
              g_array_append_val (pages, page);
            }
        }
      run = i + 1;
    }

  return pages;
}

/* The pages of one phase: its rows, split between rows. */
static void
add_phase_stops (GArray       *stops,
                 guint         step,
                 const TpRect *area,
                 const double *edges,
                 guint         n_rows,
                 double        max_page_height)
{
  g_autoptr(GArray) pages = NULL;
  double fit = 0;

  pages = tp_presentation_paginate (edges, n_rows, max_page_height);
  for (guint i = 0; i < pages->len; i++)
    {
      const TpPresentationPage *page = &g_array_index (pages, TpPresentationPage, i);

      fit = MAX (fit, page->bottom - page->top);
    }

  for (guint i = 0; i < pages->len; i++)
    {
      const TpPresentationPage *page = &g_array_index (pages, TpPresentationPage, i);
      TpPresentationStop stop = { step + 1, *area, TRUE, fit };

      stop.area.y = page->top;
      stop.area.height = page->bottom - page->top;
      g_array_append_val (stops, stop);
    }
}

GArray *
tp_presentation_stops_new (TpView *view,
                           double  max_page_height)
{
  GArray *stops = g_array_new (FALSE, FALSE, sizeof (TpPresentationStop));
  TpRect picture = { 0, 0, 0, 0 };
  TpPresentationStop overview;
  guint n_steps;

  g_return_val_if_fail (TP_IS_VIEW (view), stops);

  tp_view_get_size (view, &picture.width, &picture.height);
  overview = (TpPresentationStop) { 0, picture, FALSE, picture.height };
  g_array_append_val (stops, overview);

  n_steps = tp_view_get_n_steps (view);
  for (guint step = 0; step < n_steps; step++)
    {
      g_autofree double *edges = NULL;
      guint n_edges = 0;
      TpRect step_rect, area;

      tp_view_get_step_rect (view, step, &step_rect);
      tp_presentation_step_area (&picture, &step_rect, &area);
      if (max_page_height > 0)
        edges = tp_view_get_step_breaks (view, step, &n_edges);
      if (edges != NULL && n_edges >= 2)
        add_phase_stops (stops, step, &area, edges, n_edges - 1, max_page_height);
      else
        {
          /* Nothing to pin: the phase as a whole. */
          TpPresentationStop stop = { step + 1, area, FALSE, area.height };

          g_array_append_val (stops, stop);
        }
    }

  return stops;
}

void
tp_presentation_camera_pinned (const TpPresentationStop *stop,
                               const TpRect             *map,
                               double                    screen_width,
                               double                    header_width,
                               double                    header_height,
                               double                    max_zoom,
                               TpPresentationCamera     *camera)
{
  double z, body_left, centre;

  g_return_if_fail (stop != NULL);
  g_return_if_fail (map != NULL);
  g_return_if_fail (camera != NULL);

  /* As large as the tallest page of the phase and the phase with its
   * context (beside the pinned lane headers) allow. */
  z = MIN (map->height / MAX (1.0, header_height + stop->fit_height),
           map->width / MAX (1.0, header_width + stop->area.width));
  z = MAX (0.01, MIN (z, max_zoom));
  body_left = map->x + header_width * z;

  /* The phase in the middle of the screen, clear of the lane headers; but
   * never so far right that the map's own lane headers show beside the
   * pinned ones. */
  centre = MAX (screen_width / 2, body_left + stop->area.width * z / 2);
  centre = MIN (centre, map->x + (stop->area.x + stop->area.width / 2) * z);

  camera->zoom = z;
  camera->map_x = stop->area.x + stop->area.width / 2;
  camera->view_x = centre;
  /* The page's first lane right under the pinned phase header. */
  camera->map_y = stop->area.y;
  camera->view_y = map->y + header_height * z;
}

double
tp_presentation_ease (double t)
{
  t = CLAMP (t, 0.0, 1.0);

  /* Cubic ease in-out. */
  if (t < 0.5)
    return 4 * t * t * t;
  return 1 - pow (-2 * t + 2, 3) / 2;
}

void
tp_presentation_camera_interpolate (const TpPresentationCamera *from,
                                    const TpPresentationCamera *to,
                                    double                      t,
                                    TpPresentationCamera       *result)
{
  TpPresentationCamera out;
  double view_fx, view_fy;
  double ax, ay, bx, by;

  g_return_if_fail (from != NULL);
  g_return_if_fail (to != NULL);
  g_return_if_fail (result != NULL);

  t = CLAMP (t, 0.0, 1.0);
  if (t <= 0.0)
    {
      *result = *from;
      return;
    }
  if (t >= 1.0)
    {
      *result = *to;
      return;
    }

  /* Zooming at a constant rate looks even; a linear zoom seems to rush at
   * the end when zooming in. */
  out.zoom = exp (log (from->zoom) + (log (to->zoom) - log (from->zoom)) * t);
  out.view_x = from->view_x + (to->view_x - from->view_x) * t;
  out.view_y = from->view_y + (to->view_y - from->view_y) * t;

  /* Move what is at the centre of the view in a straight line across the
   * screen, whatever the zoom does meanwhile: take the map points under a
   * fixed view point at both ends and interpolate those. */
  view_fx = out.view_x;
  view_fy = out.view_y;
  tp_presentation_camera_to_map (from, view_fx, view_fy, &ax, &ay);
  tp_presentation_camera_to_map (to, view_fx, view_fy, &bx, &by);
  out.map_x = ax + (bx - ax) * t;
  out.map_y = ay + (by - ay) * t;

  *result = out;
}

void
tp_presentation_camera_to_view (const TpPresentationCamera *camera,
                                double                      map_x,
                                double                      map_y,
                                double                     *view_x,
                                double                     *view_y)
{
  g_return_if_fail (camera != NULL);

  if (view_x != NULL)
    *view_x = (map_x - camera->map_x) * camera->zoom + camera->view_x;
  if (view_y != NULL)
    *view_y = (map_y - camera->map_y) * camera->zoom + camera->view_y;
}

void
tp_presentation_camera_to_map (const TpPresentationCamera *camera,
                               double                      view_x,
                               double                      view_y,
                               double                     *map_x,
                               double                     *map_y)
{
  g_return_if_fail (camera != NULL);

  if (map_x != NULL)
    *map_x = (view_x - camera->view_x) / camera->zoom + camera->map_x;
  if (map_y != NULL)
    *map_y = (view_y - camera->view_y) / camera->zoom + camera->map_y;
}
