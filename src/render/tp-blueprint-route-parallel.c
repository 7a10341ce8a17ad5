/* tp-blueprint-route-parallel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arrows that share a stretch of one channel line get tracks of their own
 * (greedy interval colouring over the segments of each line, sorted by where
 * they start) and are spread across the channel, or along the card's side
 * for the stubs, so that each stays readable.
 */

#include "config.h"

#include <math.h>

#include "tp-blueprint-route-private.h"

typedef struct {
  gint64  key;      /* orientation and line */
  double  lo;
  double  hi;
  double  room;     /* how far it may move either way */
  guint   route;
  guint   segment;
  guint   track;
} Segment;

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  const Segment *sa = a, *sb = b;

  if (sa->key != sb->key)
    return sa->key < sb->key ? -1 : 1;
  if (sa->lo != sb->lo)
    return sa->lo < sb->lo ? -1 : 1;
  return sa->route < sb->route ? -1 : sa->route > sb->route;
}

void
_tp_blueprint_routes_spread_parallel (TpBlueprintRoutes *r)
{
  const TpBlueprintLayoutOptions *o = &r->layout->options;
  double spacing = r->options.track_spacing;
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autoptr(GArray) track_end = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double **offsets = g_new0 (double *, r->data->len + 1);

  for (guint i = 0; i < r->data->len; i++)
    {
      RouteData *d = g_ptr_array_index (r->data, i);
      guint n = d->base->len;

      offsets[i] = g_new0 (double, MAX (n, 1));
      for (guint j = 0; j + 1 < n; j++)
        {
          TpPoint *p = &g_array_index (d->base, TpPoint, j);
          TpPoint *q = p + 1;
          gboolean horizontal = fabs (p->y - q->y) < EPSILON;
          gboolean stub = j == 0 || j + 2 == n;
          Segment s;

          s.key = (llround ((horizontal ? p->y : p->x) * 4) << 1) | horizontal;
          s.lo = horizontal ? MIN (p->x, q->x) : MIN (p->y, q->y);
          s.hi = horizontal ? MAX (p->x, q->x) : MAX (p->y, q->y);
          /* A stub moves along its card's side, a channel segment across its channel. */
          if (stub)
            s.room = (horizontal ? o->card_height : o->card_width) / 2 - 10;
          else
            s.room = (horizontal ? o->slot_gap : o->column_gap) / 2 - 4;
          s.route = i;
          s.segment = j;
          s.track = 0;
          g_array_append_val (segments, s);
        }
    }
  g_array_sort (segments, compare_segments);

  for (guint start = 0; start < segments->len;)
    {
      Segment *first = &g_array_index (segments, Segment, start);
      guint end = start, n_tracks = 0;
      double room = G_MAXDOUBLE, step;

      while (end < segments->len && g_array_index (segments, Segment, end).key == first->key)
        end++;

      g_array_set_size (track_end, 0);
      for (guint i = start; i < end; i++)
        {
          Segment *s = &g_array_index (segments, Segment, i);
          guint t;

          /* Touching ends count as overlapping: they would read as one arrow. */
          for (t = 0; t < track_end->len; t++)
            if (g_array_index (track_end, double, t) < s->lo - spacing)
              break;
          if (t == track_end->len)
            g_array_append_val (track_end, s->hi);
          else
            g_array_index (track_end, double, t) = s->hi;
          s->track = t;
          room = MIN (room, s->room);
        }
      n_tracks = track_end->len;
      step = n_tracks > 1 ? MIN (spacing, 2 * MAX (room, 0) / (n_tracks - 1)) : 0;
      for (guint i = start; i < end; i++)
        {
          Segment *s = &g_array_index (segments, Segment, i);

          offsets[s->route][s->segment] = (s->track - (n_tracks - 1) / 2.0) * step;
        }
      start = end;
    }

  for (guint i = 0; i < r->data->len; i++)
    {
      RouteData *d = g_ptr_array_index (r->data, i);
      guint n = d->base->len;

      g_array_set_size (d->points, n);
      for (guint j = 0; j < n; j++)
        {
          TpPoint p = g_array_index (d->base, TpPoint, j);
          TpPoint *out = &g_array_index (d->points, TpPoint, j);

          /* A point moves with the segment before it and the one after it. */
          for (int side = 0; side < 2; side++)
            {
              int seg = side == 0 ? (int) j - 1 : (int) j;
              TpPoint *a, *b;

              if (seg < 0 || seg + 1 >= (int) n)
                continue;
              a = &g_array_index (d->base, TpPoint, seg);
              b = a + 1;
              if (fabs (a->y - b->y) < EPSILON)
                p.y = a->y + offsets[i][seg];
              else
                p.x = a->x + offsets[i][seg];
            }
          *out = p;
        }
      g_free (offsets[i]);
    }
}

