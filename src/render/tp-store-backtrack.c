/* tp-store-backtrack.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backtracking: the parts of the walk that go over ground walked before, in
 * a similar direction (either way), at least TP_STORE_BACKTRACK_GAP metres
 * earlier.
 *
 * Each segment of the path is compared with the earlier segments near it,
 * found through a grid of cells over the path: the part of a segment within
 * the tolerance of another segment is one interval (the band round a
 * segment, a capsule, is convex), so a segment and its earlier neighbours
 * give a few intervals, whose union is ground walked again. Only earlier
 * ground less than the gap behind (the turn at a stop) is sampled, over at
 * most the gap. This replaced comparing samples every 12.5 cm of the whole
 * walk with each other (686,000 samples for 2,000 stops: 180 ms of the 186
 * a walk took after a stop moved).
 *
 * A cell keeps its segments by direction, in SECTORS lists: a segment only
 * looks at the lists of directions within the angle of its own (7 of 16),
 * where it looked at every segment of the cell and threw away two thirds
 * on their direction (1.09 million entries for a walk of 2,000 stops).
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tp-store-walk-private.h"

/* Directions (modulo half a turn) are filed in this many sectors; a segment's neighbours within
 * TP_STORE_BACKTRACK_ANGLE are in its own sector or SECTOR_REACH either side, with a degree to
 * spare for rounding. */
#define SECTORS      16
#define SECTOR_REACH 3
G_STATIC_ASSERT (SECTOR_REACH * 180.0 / SECTORS >= TP_STORE_BACKTRACK_ANGLE + 1);
G_STATIC_ASSERT (2 * SECTOR_REACH + 1 <= SECTORS);
G_STATIC_ASSERT ((SECTORS & (SECTORS - 1)) == 0);   /* a sector number wraps with a mask */
/* Grid cells at most (times SECTORS lists each); larger walks get larger cells. */
#define MAX_CELLS   (1u << 18)
/* Where earlier ground is less than the gap behind, the segment is sampled this often. */
#define NEAR_STEP   (TP_STORE_BACKTRACK_TOLERANCE / 8)

typedef struct {
  double lo;
  double hi;
} Span;

typedef struct {
  Span  *items;   /* sorted, disjoint */
  guint  len;
  guint  size;
} Spans;

typedef struct {
  int seg;
  int next;       /* the next (older) entry of the same list, or -1 */
} Entry;

typedef struct {
  const TpStoreWalk *walk;
  const TpPoint     *path;
  TpRect             bounds;
  double             cell;
  int                cols;
  int                rows;
  int               *head;        /* per cell and sector: the newest entry, or -1 */
  Entry             *entries;
  int                n_entries;
  int                size_entries;
  int               *cell_stamp;  /* per cell: the last segment put in it, or looked up from it */
  int               *seg_stamp;   /* per segment: the last segment that looked at it */
  int               *along;       /* the cells along a segment (cells_along) */
  int                size_along;
} Grid;

/* Lists in grid->along the cells the segment @a–@b runs through, once each, walking the grid from
 * cell to cell (Amanatides and Woo), and returns how many. This replaced sampling the segment every
 * quarter cell: four times as many look-ups, a third of a walk's backtracking. */
static int
cells_along (Grid    *grid,
             TpPoint  a,
             TpPoint  b)
{
  double x0 = (a.x - grid->bounds.x) / grid->cell;
  double y0 = (a.y - grid->bounds.y) / grid->cell;
  double x1 = (b.x - grid->bounds.x) / grid->cell;
  double y1 = (b.y - grid->bounds.y) / grid->cell;
  int cx = CLAMP ((int) x0, 0, grid->cols - 1);
  int cy = CLAMP ((int) y0, 0, grid->rows - 1);
  int ex = CLAMP ((int) x1, 0, grid->cols - 1);
  int ey = CLAMP ((int) y1, 0, grid->rows - 1);
  int sx = ex > cx ? 1 : ex < cx ? -1 : 0, sy = ey > cy ? 1 : ey < cy ? -1 : 0;
  double ddx = sx != 0 ? fabs (1 / (x1 - x0)) : G_MAXDOUBLE;
  double ddy = sy != 0 ? fabs (1 / (y1 - y0)) : G_MAXDOUBLE;
  double tx = sx > 0 ? (cx + 1 - x0) * ddx : sx < 0 ? (x0 - cx) * ddx : G_MAXDOUBLE;
  double ty = sy > 0 ? (cy + 1 - y0) * ddy : sy < 0 ? (y0 - cy) * ddy : G_MAXDOUBLE;
  int steps = abs (ex - cx) + abs (ey - cy);

  if (steps + 1 > grid->size_along)
    {
      grid->size_along = MAX (2 * grid->size_along, steps + 1);
      grid->along = g_renew (int, grid->along, grid->size_along);
    }
  for (int k = 0; k <= steps; k++)
    {
      if (k > 0)
        {
          if (cx != ex && (cy == ey || tx < ty))
            {
              cx += sx;
              tx += ddx;
            }
          else
            {
              cy += sy;
              ty += ddy;
            }
        }
      grid->along[k] = cy * grid->cols + cx;
    }
  return steps + 1;
}

/* The sector of direction @u (a unit vector), its angle taken modulo half a turn. */
static int
sector_of (TpPoint u)
{
  double angle = atan2 (u.y, u.x);
  int s;

  if (angle < 0)
    angle += G_PI;
  s = (int) floor (angle / (G_PI / SECTORS));
  return s & (SECTORS - 1);
}

/* Files segment @i (in @sector) in the cells listed in grid->along. */
static void
insert_segment (Grid *grid,
                int   i,
                int   sector,
                int   n_along)
{
  for (int k = 0; k < n_along; k++)
    {
      int cell = grid->along[k];
      int *head = &grid->head[cell * SECTORS + sector];

      if (grid->cell_stamp[cell] == i)
        continue;
      grid->cell_stamp[cell] = i;
      if (grid->n_entries == grid->size_entries)
        {
          grid->size_entries = MAX (2 * grid->size_entries, 1024);
          grid->entries = g_renew (Entry, grid->entries, grid->size_entries);
        }
      grid->entries[grid->n_entries] = (Entry) { i, *head };
      *head = grid->n_entries++;
    }
}

/* Narrows [*t0, *t1] to where min ≤ f0 + df·t ≤ max. */
static void
clip (double  f0,
      double  df,
      double  min,
      double  max,
      double *t0,
      double *t1)
{
  double ta, tb;

  if (fabs (df) < 1e-12)
    {
      if (f0 < min || f0 > max)
        *t0 = G_MAXDOUBLE;
      return;
    }
  ta = (min - f0) / df;
  tb = (max - f0) / df;
  if (ta > tb)
    {
      double swap = ta;

      ta = tb;
      tb = swap;
    }
  *t0 = MAX (*t0, ta);
  *t1 = MIN (*t1, tb);
}

/* The part t ∈ [@t_min, @t_max] of the segment @a + t·@u (|@u| = 1) within @tol of the segment
 * @p–@q: one interval, the capsule round p–q being convex. */
static gboolean
capsule_span (TpPoint a,
              TpPoint u,
              double  t_min,
              double  t_max,
              TpPoint p,
              TpPoint q,
              double  tol,
              Span   *span)
{
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
  double dx = q.x - p.x, dy = q.y - p.y, dl = hypot (dx, dy);

  for (int end = 0; end < 2; end++)
    {
      TpPoint c = end == 0 ? p : q;
      double fx = a.x - c.x, fy = a.y - c.y;
      double half_b = fx * u.x + fy * u.y;
      double disc = half_b * half_b - (fx * fx + fy * fy - tol * tol);

      if (disc >= 0)
        {
          double root = sqrt (disc);

          lo = MIN (lo, -half_b - root);
          hi = MAX (hi, -half_b + root);
        }
    }
  if (dl > 1e-12)
    {
      double ex = dx / dl, ey = dy / dl;
      double u0 = (a.x - p.x) * ex + (a.y - p.y) * ey, du = u.x * ex + u.y * ey;
      double v0 = ex * (a.y - p.y) - ey * (a.x - p.x), dv = ex * u.y - ey * u.x;
      double t0 = -G_MAXDOUBLE, t1 = G_MAXDOUBLE;

      clip (u0, du, 0, dl, &t0, &t1);
      clip (v0, dv, -tol, tol, &t0, &t1);
      if (t0 <= t1)
        {
          lo = MIN (lo, t0);
          hi = MAX (hi, t1);
        }
    }
  lo = MAX (lo, t_min);
  hi = MIN (hi, t_max);
  if (!(lo < hi))
    return FALSE;
  span->lo = lo;
  span->hi = hi;
  return TRUE;
}

/* Adds @span to the sorted, disjoint @spans, merging what overlaps. */
static void
add_span (Spans *spans,
          Span   span)
{
  guint first = spans->len, last = 0;

  for (guint k = 0; k < spans->len; k++)
    {
      const Span *other = &spans->items[k];

      if (other->hi < span.lo - 1e-9)
        continue;
      if (other->lo > span.hi + 1e-9)
        {
          if (first == spans->len)
            first = last = k;
          break;
        }
      if (first == spans->len)
        first = k;
      last = k + 1;
      span.lo = MIN (span.lo, other->lo);
      span.hi = MAX (span.hi, other->hi);
    }
  if (first == spans->len)
    {
      /* After all of them. */
      if (spans->len == spans->size)
        {
          spans->size = MAX (2 * spans->size, 16);
          spans->items = g_renew (Span, spans->items, spans->size);
        }
      spans->items[spans->len++] = span;
      return;
    }
  if (last == first)
    {
      /* Between two: make room. */
      if (spans->len == spans->size)
        {
          spans->size = MAX (2 * spans->size, 16);
          spans->items = g_renew (Span, spans->items, spans->size);
        }
      memmove (&spans->items[first + 1], &spans->items[first], (spans->len - first) * sizeof (Span));
      spans->len++;
    }
  else if (last > first + 1)
    {
      /* Over several: they become one. */
      memmove (&spans->items[first + 1], &spans->items[last], (spans->len - last) * sizeof (Span));
      spans->len -= last - first - 1;
    }
  spans->items[first] = span;
}

/* Adds to @spans the parts of segment @i (from @a, direction @u, @len long, starting @s0 metres
 * along the walk) over earlier segment @j of the walk. */
static void
compare_segment (const Grid *grid,
                 int         j,
                 TpPoint     a,
                 TpPoint     u,
                 double      len,
                 double      s0,
                 Spans      *spans)
{
  const TpStoreWalk *walk = grid->walk;
  TpPoint p = grid->path[j], q = grid->path[j + 1];
  double p_s0 = walk->arc[j], p_s1 = walk->arc[j + 1];
  double tol = TP_STORE_BACKTRACK_TOLERANCE;
  double full = p_s1 - (s0 - TP_STORE_BACKTRACK_GAP);   /* from here on all of j is far enough back */
  Span span;

  if (full > 0)
    {
      /* Ground walked less than the gap before: at a point t along segment i, only the earlier
       * ground up to (s0 + t − gap) metres counts. */
      double plen = p_s1 - p_s0;
      double end = MIN (full, len);
      guint n = (guint) ceil (end / NEAR_STEP);

      for (guint k = 0; k < n; k++)
        {
          double t = (k + 0.5) * end / n;
          double limit = s0 + t - TP_STORE_BACKTRACK_GAP - p_s0;   /* metres of j that count */
          TpPoint at = { a.x + t * u.x, a.y + t * u.y }, q2;
          double distance, along;

          if (limit <= 0 || plen <= 0)
            continue;
          limit = MIN (limit, plen);
          q2 = (TpPoint) { p.x + (q.x - p.x) * limit / plen, p.y + (q.y - p.y) * limit / plen };
          distance = tp_segment_distance (p, q2, at.x, at.y, &along);
          if (distance <= tol)
            {
              add_span (spans, (Span) { k * end / n, (k + 1) * end / n });
            }
        }
      if (full >= len)
        return;
    }
  if (capsule_span (a, u, MAX (full, 0), len, p, q, tol, &span))
    add_span (spans, span);
}

void
_tp_store_walk_find_backtracking (TpStoreWalk *walk)
{
  const TpPoint *path = (const TpPoint *) (gconstpointer) walk->path->data;
  double min_cos = cos (TP_STORE_BACKTRACK_ANGLE * G_PI / 180);
  Spans spans = { NULL, 0, 0 };
  double open = -1, close = -1;
  int n_segments;
  Grid grid = { 0 };

  if (walk->path->len < 2)
    return;
  n_segments = (int) walk->path->len - 1;

  grid.walk = walk;
  grid.path = path;
  tp_polygon_bounds (path, walk->path->len, &grid.bounds);
  grid.cell = 2 * TP_STORE_BACKTRACK_TOLERANCE;
  while ((grid.bounds.width / grid.cell + 1) * (grid.bounds.height / grid.cell + 1) > MAX_CELLS)
    grid.cell *= 2;
  grid.cols = (int) (grid.bounds.width / grid.cell) + 1;
  grid.rows = (int) (grid.bounds.height / grid.cell) + 1;
  grid.head = g_new (int, (gsize) grid.cols * grid.rows * SECTORS);
  memset (grid.head, 0xff, sizeof (int) * grid.cols * grid.rows * SECTORS);
  grid.cell_stamp = g_new (int, (gsize) grid.cols * grid.rows);
  memset (grid.cell_stamp, 0xff, sizeof (int) * grid.cols * grid.rows);
  grid.seg_stamp = g_new (int, n_segments);
  memset (grid.seg_stamp, 0xff, sizeof (int) * n_segments);

  for (int i = 0; i < n_segments; i++)
    {
      TpPoint a = path[i], b = path[i + 1];
      double s0 = walk->arc[i], len = walk->arc[i + 1] - s0;
      TpPoint u;
      gboolean whole = FALSE;
      int sector, n_along;

      if (len <= TP_STORE_EPSILON)
        continue;
      u = (TpPoint) { (b.x - a.x) / len, (b.y - a.y) / len };
      sector = sector_of (u);
      spans.len = 0;

      /* Earlier segments within the tolerance run through this segment's cells or their
       * neighbours (cells are twice the tolerance wide). */
      n_along = cells_along (&grid, a, b);
      for (int k = 0; k < n_along && !whole; k++)
        {
          int cx = grid.along[k] % grid.cols, cy = grid.along[k] / grid.cols;

          for (int ny = MAX (cy - 1, 0); ny <= MIN (cy + 1, grid.rows - 1) && !whole; ny++)
            for (int nx = MAX (cx - 1, 0); nx <= MIN (cx + 1, grid.cols - 1) && !whole; nx++)
              {
                int near = ny * grid.cols + nx;
                const int *heads = &grid.head[near * SECTORS];

                if (grid.cell_stamp[near] == -2 - i)
                  continue;
                grid.cell_stamp[near] = -2 - i;
                for (int ds = -SECTOR_REACH; ds <= SECTOR_REACH && !whole; ds++)
                  for (int e = heads[(sector + ds) & (SECTORS - 1)]; e >= 0 && !whole;
                       e = grid.entries[e].next)
                    {
                      int j = grid.entries[e].seg;
                      TpPoint p, q;
                      double plen, cosine;

                      if (grid.seg_stamp[j] == i)
                        continue;
                      grid.seg_stamp[j] = i;
                      p = path[j];
                      q = path[j + 1];
                      plen = walk->arc[j + 1] - walk->arc[j];
                      cosine = ((q.x - p.x) * u.x + (q.y - p.y) * u.y) / plen;
                      if (fabs (cosine) < min_cos || walk->arc[j] > s0 - TP_STORE_BACKTRACK_GAP + len)
                        continue;
                      compare_segment (&grid, j, a, u, len, s0, &spans);
                      whole = spans.len == 1 && spans.items[0].lo <= 1e-9 &&
                              spans.items[0].hi >= len - 1e-9;
                    }
              }
        }

      if (whole)
        n_along = cells_along (&grid, a, b);
      insert_segment (&grid, i, sector, n_along);

      /* The spans are their union already. */
      for (guint k = 0; k < spans.len; k++)
        {
          Span span = spans.items[k];

          walk->backtrack_length += span.hi - span.lo;
          if (open >= 0 && s0 + span.lo <= close + 1e-9)
            close = MAX (close, s0 + span.hi);
          else
            {
              if (open >= 0)
                {
                  g_array_append_val (walk->backtrack, open);
                  g_array_append_val (walk->backtrack, close);
                }
              open = s0 + span.lo;
              close = s0 + span.hi;
            }
        }
    }
  if (open >= 0)
    {
      g_array_append_val (walk->backtrack, open);
      g_array_append_val (walk->backtrack, close);
    }

  g_free (grid.head);
  g_free (grid.cell_stamp);
  g_free (grid.seg_stamp);
  g_free (grid.entries);
  g_free (grid.along);
  g_free (spans.items);
}
