/* tp-blueprint-painter-dots.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A rework arrow's dotted line on a picture. Stroked with cairo's dasher, a
 * dotted line of round dots is hundreds of tiny polygons that the general
 * scan converter walks in every tile the arrow crosses (0.6 G instructions,
 * 15 % of a 2,000-card blueprint's PNG export). An arrow's stretches are
 * level or upright, so along one stretch the dots repeat every n periods at
 * a whole number of pixels: a strip of one such repeat is drawn once (by
 * cairo's stroker, dot by dot, at the same position within a pixel) and laid
 * along the stretch as a repeating pattern, which gives the same pixels (the
 * strip is one dashed line drawn by the same dasher; dots it reaches by adding
 * up lengths that are not whole can sit a hair apart from the arrow's own).
 * Where that cannot be exact (a dot across a corner or cut by the arrow's
 * end, a scale at which no whole number of periods is whole pixels) the
 * caller strokes the line as before; vector output never comes here.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-blueprint-painter-private.h"
#include "tp-sprite.h"

/* Repeats of the period tried for a whole number of pixels. */
#define MAX_REPEATS 16
/* Positions within a pixel closer than this share a strip. */
#define SUBPIXELS   4096

static cairo_user_data_key_t strips_key;

typedef struct {
  gint32  vertical;
  gint32  forward;              /* the stretch runs towards larger x (y) */
  gint32  along;                /* where the dots start within a pixel, along the stretch */
  gint32  across;               /* where the line lies within a pixel, across it */
  gint32  repeats;
  guint32 color;
  double  width;                /* the line, in user units */
  double  scale;                /* device pixels a user unit along the stretch */
  double  scale_across;
  double  tolerance;
} StripKey;

static guint
strip_hash (gconstpointer p)
{
  const guint8 *b = p;
  guint h = 2166136261u;

  for (gsize i = 0; i < sizeof (StripKey); i++)
    h = (h ^ b[i]) * 16777619u;
  return h;
}

static gboolean
strip_equal (gconstpointer a,
             gconstpointer b)
{
  return memcmp (a, b, sizeof (StripKey)) == 0;
}

static GHashTable *
strips_of (cairo_surface_t *target)
{
  GHashTable *strips = cairo_surface_get_user_data (target, &strips_key);

  if (strips != NULL)
    return strips;
  strips = g_hash_table_new_full (strip_hash, strip_equal, g_free,
                                  (GDestroyNotify) cairo_pattern_destroy);
  if (cairo_surface_set_user_data (target, &strips_key, strips,
                                   (cairo_destroy_func_t) g_hash_table_unref) != CAIRO_STATUS_SUCCESS)
    {
      g_hash_table_unref (strips);
      return NULL;
    }
  return strips;
}

static guint32
rgba_word (const TpRgba *c)
{
  return (guint32) lround (c->alpha * 255) << 24 | (guint32) lround (c->red * 255) << 16
         | (guint32) lround (c->green * 255) << 8 | (guint32) lround (c->blue * 255);
}

/* One repeat of the dots of a stretch as a repeating image whose pixel (0, 0) is the device
 * pixel (@origin_x, @origin_y); @first is a dot's start (user units), @u the stretch's
 * direction (each dot runs that way, as the dasher draws it). */
static cairo_pattern_t *
make_strip (cairo_t            *cr,
            const cairo_matrix_t *m,
            const StripKey     *key,
            const TpPoint      *first,
            const TpPoint      *u,
            double              on,
            double              off,
            double              period,
            const TpRgba       *color,
            int                 origin_x,
            int                 origin_y,
            int                 width,
            int                 height)
{
  cairo_surface_t *strip = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_pattern_t *pattern;
  cairo_t *sc = cairo_create (strip);

  cairo_set_antialias (sc, cairo_get_antialias (cr));
  cairo_set_tolerance (sc, cairo_get_tolerance (cr));
  cairo_translate (sc, -origin_x, -origin_y);
  cairo_transform (sc, m);
  if (on == floor (on) && off == floor (off))
    {
      /* Whole lengths (the line of internal interaction): one dashed line, as the dasher
       * draws the arrow, over the dots from one before the first to one past the repeat
       * (what spills over an edge of the strip comes back on the other as it repeats),
       * from the dot at the far end against the stretch's way. The dasher adds whole
       * numbers, so its dots stand where the arrow's do: the same pixels. */
      double dash[2] = { on, off };
      int back = key->forward ? -1 : key->repeats;
      TpPoint start = { first->x + (key->vertical ? 0 : back * period),
                        first->y + (key->vertical ? back * period : 0) };
      double length = (key->repeats + 1) * period + on;

      cairo_move_to (sc, start.x, start.y);
      cairo_line_to (sc, start.x + u->x * length, start.y + u->y * length);
      cairo_set_dash (sc, dash, 2, 0);
    }
  else
    /* Lengths like 4.6 (rework's dots): the dasher reaches its dots by adding them up, a
     * hair from where they are; each dot on its own comes closer to the arrow's pixels
     * (test-render-sprites: a few levels on some edge pixels). */
    for (int j = -1; j <= key->repeats; j++)
      {
        double x = first->x + (key->vertical ? 0 : j * period);
        double y = first->y + (key->vertical ? j * period : 0);

        cairo_move_to (sc, x, y);
        cairo_line_to (sc, x + u->x * on, y + u->y * on);
      }
  tp_cairo_set_rgba (sc, color);
  cairo_set_line_width (sc, key->width);
  cairo_set_line_cap (sc, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (sc, CAIRO_LINE_JOIN_MITER);
  cairo_stroke (sc);
  cairo_destroy (sc);

  pattern = cairo_pattern_create_for_surface (strip);
  cairo_surface_destroy (strip);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  return pattern;
}

/* The dots of stretch @a–@b whose first starts @start along it (user units), @count of them,
 * @period apart, each @on long, drawn as a strip. */
static void
paint_stretch (cairo_t              *cr,
               GHashTable           *strips,
               const cairo_matrix_t *m,
               const TpPoint        *a,
               const TpPoint        *b,
               double                start,
               int                   count,
               double                on,
               double                off,
               double                period,
               int                   repeats,
               double                width,
               const TpRgba         *color,
               const TpRect         *clip)
{
  gboolean vertical = a->x == b->x;
  TpPoint u = { vertical ? 0 : (b->x > a->x ? 1 : -1), vertical ? (b->y > a->y ? 1 : -1) : 0 };
  TpPoint first = { a->x + u.x * start, a->y + u.y * start };
  TpPoint last = { a->x + u.x * (start + (count - 1) * period), a->y + u.y * (start + (count - 1) * period) };
  double s_along = vertical ? m->yy : m->xx, s_across = vertical ? m->xx : m->yy;
  /* Device positions: where the first dot starts along, the line across. */
  double d_first = vertical ? m->yy * first.y + m->y0 : m->xx * first.x + m->x0;
  double d_last = vertical ? m->yy * last.y + m->y0 : m->xx * last.x + m->x0;
  double d_line = vertical ? m->xx * a->x + m->x0 : m->yy * a->y + m->y0;
  double reach = width / 2 * s_along + on * s_along + 1, half = width / 2 * s_across + 1;
  double lo = MIN (d_first, d_last) - reach, hi = MAX (d_first, d_last) + reach;
  int strip_along = (int) lround (repeats * period * s_along);
  int origin_along = (int) floor (d_first), origin_across = (int) floor (d_line - half);
  int strip_across = (int) ceil (d_line + half) - origin_across;
  int x0, y0, x1, y1;
  cairo_pattern_t *pattern;
  StripKey key;

  memset (&key, 0, sizeof key);
  key.vertical = vertical;
  key.forward = vertical ? u.y > 0 : u.x > 0;
  key.along = (gint32) lround ((d_first - origin_along) * SUBPIXELS);
  key.across = (gint32) lround ((d_line - floor (d_line)) * SUBPIXELS);
  key.repeats = repeats;
  key.color = rgba_word (color);
  key.width = width;
  key.scale = s_along;
  key.scale_across = s_across;
  key.tolerance = cairo_get_tolerance (cr);

  /* The pixels of the dots, the first to the last, inside the clip. */
  if (vertical)
    {
      x0 = origin_across;
      x1 = origin_across + strip_across;
      y0 = (int) floor (lo);
      y1 = (int) ceil (hi);
    }
  else
    {
      x0 = (int) floor (lo);
      x1 = (int) ceil (hi);
      y0 = origin_across;
      y1 = origin_across + strip_across;
    }
  if (clip != NULL)
    {
      x0 = MAX (x0, (int) floor (m->xx * clip->x + m->x0));
      y0 = MAX (y0, (int) floor (m->yy * clip->y + m->y0));
      x1 = MIN (x1, (int) ceil (m->xx * (clip->x + clip->width) + m->x0));
      y1 = MIN (y1, (int) ceil (m->yy * (clip->y + clip->height) + m->y0));
    }
  if (x1 <= x0 || y1 <= y0)
    return;

  pattern = g_hash_table_lookup (strips, &key);
  if (pattern == NULL)
    {
      /* The strip starts on the pixel of the first dot; one repeat further along it is the
       * same, by the choice of repeats. */
      int ox = vertical ? origin_across : origin_along, oy = vertical ? origin_along : origin_across;

      if (g_hash_table_size (strips) >= 512)
        g_hash_table_remove_all (strips);
      pattern = make_strip (cr, m, &key, &first, &u, on, off, period, color, ox, oy,
                            vertical ? strip_across : strip_along,
                            vertical ? strip_along : strip_across);
      g_hash_table_insert (strips, g_memdup2 (&key, sizeof key), pattern);
    }

  {
    /* The strip's pixel (0, 0) on this stretch: the first dot's pixel along, the line's
     * across. */
    int ox = vertical ? origin_across : origin_along, oy = vertical ? origin_along : origin_across;
    cairo_matrix_t shift;

    cairo_matrix_init_translate (&shift, -ox, -oy);
    cairo_pattern_set_matrix (pattern, &shift);
    _tp_sprite_count_copy ();
    cairo_save (cr);
    cairo_identity_matrix (cr);
    cairo_set_source (cr, pattern);
    cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
    cairo_fill (cr);
    cairo_restore (cr);
  }
}

gboolean
_tp_blueprint_paint_dots (cairo_t                *cr,
                          const TpPoint          *points,
                          guint                   n,
                          double                  on,
                          double                  off,
                          const TpRect           *clip)
{
  double period = on + off, width = cairo_get_line_width (cr), along = 0, eps = 1e-6;
  cairo_pattern_t *source = cairo_get_source (cr);
  GHashTable *strips;
  cairo_matrix_t m;
  TpRgba color;
  int repeats[2] = { 0, 0 };

  if (!tp_sprite_can_copy (cr) || cairo_get_line_cap (cr) != CAIRO_LINE_CAP_ROUND
      || cairo_pattern_get_rgba (source, &color.red, &color.green, &color.blue, &color.alpha)
         != CAIRO_STATUS_SUCCESS
      || n < 2)
    return FALSE;
  cairo_get_matrix (cr, &m);
  /* A whole number of pixels in a whole number of periods, along x and along y. */
  for (int axis = 0; axis < 2; axis++)
    for (int r = 1; r <= MAX_REPEATS && repeats[axis] == 0; r++)
      {
        double pixels = r * period * (axis == 0 ? m.xx : m.yy);

        if (fabs (pixels - round (pixels)) < 1e-9 && round (pixels) >= 4)
          repeats[axis] = r;
      }
  if (repeats[0] == 0 || repeats[1] == 0)
    return FALSE;

  /* Every dot within one stretch, none cut by a corner or the end. */
  for (guint i = 0; i + 1 < n; i++)
    {
      const TpPoint *a = &points[i], *b = &points[i + 1];
      double length = fabs (b->x - a->x) + fabs (b->y - a->y), end = along + length;
      double k, dot;

      if (a->x != b->x && a->y != b->y)
        return FALSE;
      /* The dot that begins last before this stretch ends (in the whole line's measure). */
      k = floor ((end + eps) / period);
      dot = k * period;
      if (dot < end + eps && dot + on > end - eps && !(i + 2 == n && dot + on <= end + eps))
        return FALSE;
      along = end;
    }
  if (tp_draw_get_sink (cr) != NULL)
    return FALSE;
  strips = strips_of (cairo_get_target (cr));
  if (strips == NULL)
    return FALSE;

  along = 0;
  for (guint i = 0; i + 1 < n; i++)
    {
      const TpPoint *a = &points[i], *b = &points[i + 1];
      double length = fabs (b->x - a->x) + fabs (b->y - a->y);
      double first = ceil ((along - eps) / period) * period;
      int count = 0;

      while (first + count * period + on <= along + length + eps)
        count++;
      if (count > 0 && length > 0)
        paint_stretch (cr, strips, &m, a, b, first - along, count, on, off, period,
                       repeats[a->x == b->x ? 1 : 0], width, &color, clip);
      along += length;
    }
  return TRUE;
}
