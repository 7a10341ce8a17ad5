/* tp-rect.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-rect.h"

gboolean
tp_rect_contains (const TpRect *rect,
                  double        x,
                  double        y)
{
  return x >= rect->x && x < rect->x + rect->width
         && y >= rect->y && y < rect->y + rect->height;
}

gboolean
tp_rect_intersects (const TpRect *a,
                    const TpRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

void
tp_rect_union (TpRect       *total,
               gboolean     *any,
               const TpRect *rect)
{
  double x1, y1;

  g_return_if_fail (total != NULL && any != NULL && rect != NULL);

  if (!*any)
    {
      *total = *rect;
      *any = TRUE;
      return;
    }
  x1 = MAX (total->x + total->width, rect->x + rect->width);
  y1 = MAX (total->y + total->height, rect->y + rect->height);
  total->x = MIN (total->x, rect->x);
  total->y = MIN (total->y, rect->y);
  total->width = x1 - total->x;
  total->height = y1 - total->y;
}

void
tp_cairo_rounded_rect (cairo_t *cr,
                       double   x,
                       double   y,
                       double   width,
                       double   height,
                       double   r)
{
  r = MAX (0.0, MIN (r, MIN (width, height) / 2));
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + width - r, y + height - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
