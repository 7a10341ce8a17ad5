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
/* Grid cells at most; larger walks get larger cells. Each has SECTORS lists with a head and a tail,
 * so the grid takes at most 8 MB, what it took with one list a cell and four times the cells. */
#define MAX_CELLS   (1u << 16)
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
  int               *head;        /* per cell and sector: the oldest entry, or -1 */
  int               *tail;        /* per cell and sector: the newest entry */
  Entry             *entries;
  int                n_entries;
  int                size_entries;
  int               *sector;      /* per segment: its direction's sector, or -1 (too short) */
} Grid;

/* What looking up one segment's neighbours changes: one for each thread. */
typedef struct {
  int               *cell_stamp;  /* per cell: the last segment put in it, or looked up from it */
  int               *seg_stamp;   /* per segment: the last segment that looked at it */
  int               *along;       /* the cells along a segment (cells_along) */
  int                size_along;
  Spans              spans;
} Scratch;

/* Lists in scratch->along the cells the segment @a–@b runs through, once each, walking the grid from
 * cell to cell (Amanatides and Woo), and returns how many. This replaced sampling the segment every
 * quarter cell: four times as many look-ups, a third of a walk's backtracking. */
static int
cells_along (const Grid *grid,
             Scratch    *scratch,
             TpPoint     a,
             TpPoint     b)
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

  if (steps + 1 > scratch->size_along)
    {
      scratch->size_along = MAX (2 * scratch->size_along, steps + 1);
      scratch->along = g_renew (int, scratch->along, scratch->size_along);
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
      scratch->along[k] = cy * grid->cols + cx;
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

/* Files segment @i (in @sector) at the end of its lists in the cells listed in scratch->along, so
 * that a list runs from the oldest segment to the newest. */
static void
insert_segment (Grid    *grid,
                Scratch *scratch,
                int      i,
                int      sector,
                int      n_along)
{
  for (int k = 0; k < n_along; k++)
    {
      int cell = scratch->along[k];
      int list = cell * SECTORS + sector;

      if (scratch->cell_stamp[cell] == i)
        continue;
      scratch->cell_stamp[cell] = i;
      if (grid->n_entries == grid->size_entries)
        {
          grid->size_entries = MAX (2 * grid->size_entries, 1024);
          grid->entries = g_renew (Entry, grid->entries, grid->size_entries);
        }
      grid->entries[grid->n_entries] = (Entry) { i, -1 };
      if (grid->head[list] < 0)
        grid->head[list] = grid->n_entries;
      else
        grid->entries[grid->tail[list]].next = grid->n_entries;
      grid->tail[list] = grid->n_entries++;
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

/* The ground of segment @i walked before: its spans (from its start) in scratch->spans. Only reads
 * the grid, which holds every segment: the lists run from the oldest, and stop at @i. */
static void
look_up_segment (const Grid *grid,
                 Scratch    *scratch,
                 int         i,
                 double      min_cos)
{
  const TpStoreWalk *walk = grid->walk;
  const TpPoint *path = grid->path;
  TpPoint a = path[i], b = path[i + 1];
  double s0 = walk->arc[i], len = walk->arc[i + 1] - s0;
  int sector = grid->sector[i], n_along;
  Spans *spans = &scratch->spans;
  gboolean whole = FALSE;
  TpPoint u;

  spans->len = 0;
  if (sector < 0)
    return;
  u = (TpPoint) { (b.x - a.x) / len, (b.y - a.y) / len };

  /* Earlier segments within the tolerance run through this segment's cells or their neighbours
   * (cells are twice the tolerance wide). */
  n_along = cells_along (grid, scratch, a, b);
  for (int k = 0; k < n_along && !whole; k++)
    {
      int cx = scratch->along[k] % grid->cols, cy = scratch->along[k] / grid->cols;

      for (int ny = MAX (cy - 1, 0); ny <= MIN (cy + 1, grid->rows - 1) && !whole; ny++)
        for (int nx = MAX (cx - 1, 0); nx <= MIN (cx + 1, grid->cols - 1) && !whole; nx++)
          {
            int near = ny * grid->cols + nx;
            const int *heads = &grid->head[near * SECTORS];

            if (scratch->cell_stamp[near] == -2 - i)
              continue;
            scratch->cell_stamp[near] = -2 - i;
            /* Its own direction first: the likeliest to cover it, which ends the look-up. */
            for (int m = 0; m <= 2 * SECTOR_REACH && !whole; m++)
              for (int e = heads[(sector + (m % 2 ? (m + 1) / 2 : -(m / 2))) & (SECTORS - 1)];
                   e >= 0 && !whole; e = grid->entries[e].next)
                {
                  int j = grid->entries[e].seg;
                  TpPoint p, q;
                  double plen, cosine;

                  if (j >= i)
                    break;
                  if (scratch->seg_stamp[j] == i)
                    continue;
                  scratch->seg_stamp[j] = i;
                  p = path[j];
                  q = path[j + 1];
                  plen = walk->arc[j + 1] - walk->arc[j];
                  cosine = ((q.x - p.x) * u.x + (q.y - p.y) * u.y) / plen;
                  if (fabs (cosine) < min_cos || walk->arc[j] > s0 - TP_STORE_BACKTRACK_GAP + len)
                    continue;
                  compare_segment (grid, j, a, u, len, s0, spans);
                  whole = spans->len == 1 && spans->items[0].lo <= 1e-9 &&
                          spans->items[0].hi >= len - 1e-9;
                }
          }
    }
}

static void
scratch_init (Scratch    *scratch,
              const Grid *grid,
              int         n_segments)
{
  gsize n_cells = (gsize) grid->cols * grid->rows;

  memset (scratch, 0, sizeof *scratch);
  scratch->cell_stamp = g_new (int, n_cells);
  memset (scratch->cell_stamp, 0xff, sizeof (int) * n_cells);
  scratch->seg_stamp = g_new (int, n_segments);
  memset (scratch->seg_stamp, 0xff, sizeof (int) * n_segments);
}

static void
scratch_clear (Scratch *scratch)
{
  g_free (scratch->cell_stamp);
  g_free (scratch->seg_stamp);
  g_free (scratch->along);
  g_free (scratch->spans.items);
}

/* The segments are looked up on every core, CHUNK at a time; each chunk's spans are kept apart and
 * joined in the walk's order. A segment's spans do not depend on the thread. */
#define CHUNK       256
#define MAX_WORKERS 8

typedef struct {
  int  segment;
  Span span;
} Found;

typedef struct {
  const Grid *grid;
  double      min_cos;
  int         n_segments;
  int         n_chunks;
  gint        next;       /* the next chunk (atomic) */
  GArray    **found;      /* per chunk: Found, in order */
} Job;

static void
look_up_chunks (Job     *job,
                Scratch *scratch)
{
  for (;;)
    {
      int c = g_atomic_int_add (&job->next, 1);
      GArray *found;

      if (c >= job->n_chunks)
        break;
      found = job->found[c] = g_array_new (FALSE, FALSE, sizeof (Found));
      for (int i = c * CHUNK; i < MIN ((c + 1) * CHUNK, job->n_segments); i++)
        {
          look_up_segment (job->grid, scratch, i, job->min_cos);
          for (guint k = 0; k < scratch->spans.len; k++)
            {
              Found f = { i, scratch->spans.items[k] };

              g_array_append_val (found, f);
            }
        }
    }
}

static gpointer
backtrack_worker_thread (gpointer data)
{
  Job *job = data;
  Scratch scratch;

  scratch_init (&scratch, job->grid, job->n_segments);
  look_up_chunks (job, &scratch);
  scratch_clear (&scratch);
  return NULL;
}

void
_tp_store_walk_find_backtracking (TpStoreWalk *walk)
{
  const TpPoint *path = (const TpPoint *) (gconstpointer) walk->path->data;
  GThread *threads[MAX_WORKERS];
  double open = -1, close = -1;
  int n_segments, n_workers;
  gsize n_lists;
  Grid grid = { 0 };
  Scratch scratch;
  Job job;

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
  n_lists = (gsize) grid.cols * grid.rows * SECTORS;
  grid.head = g_new (int, n_lists);
  memset (grid.head, 0xff, sizeof (int) * n_lists);
  grid.tail = g_new (int, n_lists);
  grid.sector = g_new (int, n_segments);
  scratch_init (&scratch, &grid, n_segments);

  /* Every segment in the grid first, in the walk's order. */
  for (int i = 0; i < n_segments; i++)
    {
      TpPoint a = path[i], b = path[i + 1];
      double len = walk->arc[i + 1] - walk->arc[i];

      grid.sector[i] = -1;
      if (len <= TP_STORE_EPSILON)
        continue;
      grid.sector[i] = sector_of ((TpPoint) { (b.x - a.x) / len, (b.y - a.y) / len });
      insert_segment (&grid, &scratch, i, grid.sector[i], cells_along (&grid, &scratch, a, b));
    }

  /* Then each segment against those before it. This thread is a worker too. */
  job = (Job) { &grid, cos (TP_STORE_BACKTRACK_ANGLE * G_PI / 180), n_segments,
                (n_segments + CHUNK - 1) / CHUNK, 0, NULL };
  job.found = g_new0 (GArray *, job.n_chunks);
  n_workers = CLAMP ((int) g_get_num_processors (), 1, MAX_WORKERS);
  n_workers = CLAMP (job.n_chunks / 4, 1, n_workers);
  for (int w = 1; w < n_workers; w++)
    threads[w] = g_thread_new ("tp-store-backtrack", backtrack_worker_thread, &job);
  look_up_chunks (&job, &scratch);
  for (int w = 1; w < n_workers; w++)
    g_thread_join (threads[w]);

  /* Each segment's spans are their union already. */
  for (int c = 0; c < job.n_chunks; c++)
    {
      for (guint k = 0; k < job.found[c]->len; k++)
        {
          const Found *f = &g_array_index (job.found[c], Found, k);
          double s0 = walk->arc[f->segment];

          walk->backtrack_length += f->span.hi - f->span.lo;
          if (open >= 0 && s0 + f->span.lo <= close + 1e-9)
            close = MAX (close, s0 + f->span.hi);
          else
            {
              if (open >= 0)
                {
                  g_array_append_val (walk->backtrack, open);
                  g_array_append_val (walk->backtrack, close);
                }
              open = s0 + f->span.lo;
              close = s0 + f->span.hi;
            }
        }
      g_array_unref (job.found[c]);
    }
  if (open >= 0)
    {
      g_array_append_val (walk->backtrack, open);
      g_array_append_val (walk->backtrack, close);
    }

  g_free (job.found);
  scratch_clear (&scratch);
  g_free (grid.head);
  g_free (grid.tail);
  g_free (grid.sector);
  g_free (grid.entries);
}
