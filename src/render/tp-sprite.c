/* tp-sprite.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small pictures drawn once and copied (tp-sprite.h). A copy is exact: it is
 * drawn at the same scale and the same position within a pixel as where it
 * goes, onto transparent pixels, and composited with OVER, which is what
 * drawing there directly does (docs/PERFORMANCE.md, sessions 5 and 7).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-sprite.h"

/* At most this many copies, and bytes of them, on one surface; then they start again
 * (a canvas scrolled by fractions of a pixel makes new positions without end). */
#define MAX_SPRITES      1024
#define MAX_SPRITE_BYTES (24 * 1024 * 1024)
/* A copy pays on a surface that holds many of them, not on a picture of one. */
#define MAX_SPRITE_SIDE  512
#define MIN_TARGET_RATIO 8.0
/* Positions within a pixel closer than this share a copy (cairo draws in 1/256ths). */
#define SUBPIXELS        4096

static gboolean exact_enabled = TRUE;
static guint n_copies;
static cairo_user_data_key_t sprites_key;

typedef struct {
  guint  hash;
  gsize  length;
  guint8 data[];
} Key;

typedef struct {
  GHashTable *table;            /* Key → cairo_surface_t */
  gsize       bytes;
} Sprites;

/* What the copy depends on besides the caller's key. */
typedef struct {
  gint32 width;
  gint32 height;
  gint32 fx;
  gint32 fy;
  gint32 antialias;
  guint32 background;
  double xx;
  double yy;
  double tolerance;
} Place;

static guint32
rgba_word (const TpRgba *c)
{
  return (guint32) lround (c->alpha * 255) << 24 | (guint32) lround (c->red * 255) << 16
         | (guint32) lround (c->green * 255) << 8 | (guint32) lround (c->blue * 255);
}

static guint
key_hash (gconstpointer p)
{
  return ((const Key *) p)->hash;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *ka = a, *kb = b;

  return ka->hash == kb->hash && ka->length == kb->length
         && memcmp (ka->data, kb->data, ka->length) == 0;
}

static guint
bytes_hash (const guint8 *data,
            gsize         length)
{
  guint h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ data[i]) * 16777619u;
  return h;
}

/* A key whose content does not fit its area: drawn directly each time. */
static guint8 does_not_fit;

static void
sprite_free (gpointer sprite)
{
  if (sprite != (gpointer) &does_not_fit)
    cairo_surface_destroy (sprite);
}

static void
sprites_free (gpointer data)
{
  Sprites *sprites = data;

  g_hash_table_unref (sprites->table);
  g_free (sprites);
}

static Sprites *
sprites_of (cairo_surface_t *target)
{
  Sprites *sprites = cairo_surface_get_user_data (target, &sprites_key);

  if (sprites != NULL)
    return sprites;
  sprites = g_new0 (Sprites, 1);
  sprites->table = g_hash_table_new_full (key_hash, key_equal, g_free, sprite_free);
  if (cairo_surface_set_user_data (target, &sprites_key, sprites, sprites_free) != CAIRO_STATUS_SUCCESS)
    {
      sprites_free (sprites);
      return NULL;
    }
  return sprites;
}

void
_tp_sprite_set_enabled (gboolean on)
{
  exact_enabled = on;
}

guint
_tp_sprite_get_n_copies (void)
{
  return g_atomic_int_get (&n_copies);
}

void
_tp_sprite_count_copy (void)
{
  g_atomic_int_inc (&n_copies);
}

static gboolean
can_copy (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t m;
  double sx, sy, ox, oy;

  if (tp_draw_get_sink (cr) != NULL
      || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_get_matrix (cr, &m);
  return sx == 1 && sy == 1 && ox == floor (ox) && oy == floor (oy)
         && m.xy == 0 && m.yx == 0 && m.xx > 0 && m.yy > 0;
}

gboolean
tp_sprite_can_copy (cairo_t *cr)
{
  return exact_enabled && can_copy (cr);
}

void
tp_sprite_paint (cairo_t           *cr,
                 const TpRect      *area,
                 const TpRgba      *background,
                 gconstpointer      key,
                 gsize              key_length,
                 TpSpritePaintFunc  paint,
                 gconstpointer      data)
{
  cairo_surface_t *target = cairo_get_target (cr), *sprite;
  Sprites *sprites;
  cairo_matrix_t m;
  double dx, dy, fx, fy;
  int ix, iy, width, height;
  Place place;
  Key *k;
  gsize size = sizeof (Key) + sizeof (Place) + key_length;

  if (!can_copy (cr) || (background != NULL && (background->alpha < 1 || !exact_enabled)))
    goto direct;

  cairo_get_matrix (cr, &m);
  /* An exact copy at a whole-number scale only: at 1.5 with the picture half a pixel
   * across, text in a copy came out a pixel to the right of text drawn there
   * (test-render-sprites); at 1 and 2 it is the same at every position tried. */
  if (background != NULL && (m.xx != m.yy || m.xx != floor (m.xx)))
    goto direct;
  dx = m.xx * area->x + m.x0;
  dy = m.yy * area->y + m.y0;
  if (fabs (dx) > 1e9 || fabs (dy) > 1e9)
    goto direct;
  if (background == NULL)
    {
      /* Every pixel the area touches. */
      ix = (int) floor (dx);
      iy = (int) floor (dy);
      width = (int) ceil (m.xx * area->width) + 1;
      height = (int) ceil (m.yy * area->height) + 1;
    }
  else
    {
      /* Only the pixels wholly inside it. */
      ix = (int) ceil (dx);
      iy = (int) ceil (dy);
      width = (int) floor (dx + m.xx * area->width) - ix;
      height = (int) floor (dy + m.yy * area->height) - iy;
      if (width <= 0 || height <= 0)
        goto direct;
    }
  fx = dx - floor (dx);
  fy = dy - floor (dy);
  if (width > MAX_SPRITE_SIDE || height > MAX_SPRITE_SIDE
      || (double) cairo_image_surface_get_width (target) * cairo_image_surface_get_height (target)
         < MIN_TARGET_RATIO * width * height)
    goto direct;
  sprites = sprites_of (target);
  if (sprites == NULL)
    goto direct;

  memset (&place, 0, sizeof place);
  place.width = width;
  place.height = height;
  place.fx = (gint32) lround (fx * SUBPIXELS);
  place.fy = (gint32) lround (fy * SUBPIXELS);
  place.antialias = cairo_get_antialias (cr);
  place.background = background != NULL ? rgba_word (background) : 0;
  place.xx = m.xx;
  place.yy = m.yy;
  place.tolerance = cairo_get_tolerance (cr);

  /* On the stack while looking up; copied only for a new sprite. */
  k = size <= 512 ? g_alloca (size) : g_malloc (size);
  k->length = sizeof (Place) + key_length;
  memcpy (k->data, &place, sizeof place);
  memcpy (k->data + sizeof place, key, key_length);
  k->hash = bytes_hash (k->data, k->length);

  sprite = g_hash_table_lookup (sprites->table, k);
  if (sprite == NULL)
    {
      cairo_font_options_t *font_options = cairo_font_options_create ();
      gboolean fits;
      cairo_t *sc;

      if (g_hash_table_size (sprites->table) >= MAX_SPRITES || sprites->bytes >= MAX_SPRITE_BYTES)
        {
          g_hash_table_remove_all (sprites->table);
          sprites->bytes = 0;
        }
      sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      sc = cairo_create (sprite);
      cairo_set_antialias (sc, cairo_get_antialias (cr));
      cairo_set_tolerance (sc, cairo_get_tolerance (cr));
      cairo_get_font_options (cr, font_options);
      cairo_set_font_options (sc, font_options);
      cairo_font_options_destroy (font_options);
      if (background != NULL)
        {
          tp_cairo_set_rgba (sc, background);
          cairo_paint (sc);
        }
      /* The sprite's pixel (0, 0) is the target's (ix, iy). */
      cairo_translate (sc, dx - ix, dy - iy);
      cairo_scale (sc, m.xx, m.yy);
      cairo_translate (sc, -area->x, -area->y);
      fits = paint (sc, data);
      cairo_destroy (sc);
      if (cairo_surface_status (sprite) != CAIRO_STATUS_SUCCESS || !fits)
        {
          cairo_surface_destroy (sprite);
          sprite = (cairo_surface_t *) (gpointer) &does_not_fit;
        }
      else
        sprites->bytes += (gsize) cairo_image_surface_get_stride (sprite) * height;
      g_hash_table_insert (sprites->table, size <= 512 ? g_memdup2 (k, size) : k, sprite);
    }
  else if (size > 512)
    g_free (k);
  if ((gpointer) sprite == (gpointer) &does_not_fit)
    goto direct;

  if (background != NULL)
    g_atomic_int_inc (&n_copies);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, sprite, ix, iy);
  if (background != NULL)
    cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_rectangle (cr, ix, iy, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  return;

direct:
  /* Vector output: a group the sink writes once and refers to (tp_draw_group). */
  if (!tp_draw_group (cr, (const double[4]) { area->x, area->y, area->width, area->height },
                      key, key_length, paint, data))
    paint (cr, data);
}
