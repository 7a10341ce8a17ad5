/* tp-export-png.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PNG export. The picture is painted in bands of tiles, so maps wider or
 * taller than cairo's 32,767-pixel image limit come out whole, in bounded
 * memory. Bands are painted and deflated on every core: each worker thread
 * takes the next band, paints it on its own image surface (pango gives each
 * thread its own font map), and deflates it (tp-deflate.c: repeats of the
 * previous pixel and of the last place four bytes were seen, which is what
 * a map's flat colours and repeated cards need) as a piece of the picture's
 * one zlib stream that ends on a byte boundary, so the pieces join in band
 * order into a valid stream, with the Adler-32 checksums combined. The PNG
 * around it (signature, IHDR, pHYs, IDAT, IEND) is written here; the pixels
 * are the same as one painter would make.
 * A view that cannot paint on several threads at once (tp_view_paints_concurrently)
 * is painted one band at a time, while the other workers deflate.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "tp-deflate.h"
#include "tp-export-private.h"

/* Bands hold about this many pixels (at most MAX_BAND_ROWS rows), in tiles at most TILE_WIDTH wide. */
#define BAND_PIXELS   (4 * 1024 * 1024)
#define MAX_BAND_ROWS 256
#define TILE_WIDTH    8192
/* Workers: at most this many, one a core. */
#define MAX_WORKERS   4
/* IDAT chunks hold at most this many bytes of the zlib stream. */
#define IDAT_SIZE     (1024 * 1024)
/* The part of the map to export, in map units. */
void
_tp_export_area (TpView                *view,
                 const TpExportOptions *options,
                 TpRect                *area)
{
  double width, height;

  tp_view_get_size (view, &width, &height);
  area->x = 0;
  area->y = 0;
  area->width = width;
  area->height = height;
  if (options->clip != NULL && options->clip[2] > 0 && options->clip[3] > 0)
    {
      area->x = options->clip[0];
      area->y = options->clip[1];
      area->width = options->clip[2];
      area->height = options->clip[3];
    }
}

static double
png_scale (const TpRect          *area,
           const TpExportOptions *options,
           gboolean              *scaled_down)
{
  double scale = options->scale > 0 ? options->scale : 1.0;
  double w = MAX (area->width, 1), h = MAX (area->height, 1);

  *scaled_down = FALSE;
  if (options->fit_size > 0)
    return MIN (scale, options->fit_size / MAX (w, h));

  if (w * scale > TP_EXPORT_MAX_PNG_SIDE || h * scale > TP_EXPORT_MAX_PNG_SIDE)
    {
      scale = MIN (TP_EXPORT_MAX_PNG_SIDE / w, TP_EXPORT_MAX_PNG_SIDE / h);
      *scaled_down = TRUE;
    }
  if (ceil (w * scale) * ceil (h * scale) > TP_EXPORT_MAX_PNG_PIXELS)
    {
      scale = sqrt (TP_EXPORT_MAX_PNG_PIXELS / (w * h)) * 0.999;
      *scaled_down = TRUE;
    }
  return scale;
}

/* Copies premultiplied ARGB32 pixels into straight RGBA bytes. */
static void
unpremultiply (const guint32 *src,
               guint8        *dst,
               int            n)
{
  for (int i = 0; i < n; i++)
    {
      guint32 p = src[i];
      guint a = p >> 24;

      if (a == 0)
        {
          dst[0] = dst[1] = dst[2] = dst[3] = 0;
        }
      else if (a == 255)
        {
          dst[0] = (p >> 16) & 0xff;
          dst[1] = (p >> 8) & 0xff;
          dst[2] = p & 0xff;
          dst[3] = 255;
        }
      else
        {
          dst[0] = (((p >> 16) & 0xff) * 255 + a / 2) / a;
          dst[1] = (((p >> 8) & 0xff) * 255 + a / 2) / a;
          dst[2] = ((p & 0xff) * 255 + a / 2) / a;
          dst[3] = a;
        }
      dst += 4;
    }
}

/* Copies premultiplied ARGB32 pixels of a picture painted opaque into RGB bytes (a pixel
 * the painters left partly transparent comes out over white, as on paper); four pixels
 * make three words. */
static void
opaque_rgb (const guint32 *src,
            guint8        *dst,
            int            n)
{
  int i = 0;

  for (; i + 4 <= n; i += 4, dst += 12)
    {
      guint32 q[4], w[3];

      for (int k = 0; k < 4; k++)
        {
          guint32 p = src[i + k];
          guint32 blank = 255 - (p >> 24);

          /* R, G, B in memory order. */
          q[k] = GUINT32_TO_LE ((((p >> 16) & 0xff) + blank)
                                | ((((p >> 8) & 0xff) + blank) << 8)
                                | (((p & 0xff) + blank) << 16));
        }
      w[0] = GUINT32_TO_LE (GUINT32_FROM_LE (q[0]) | GUINT32_FROM_LE (q[1]) << 24);
      w[1] = GUINT32_TO_LE (GUINT32_FROM_LE (q[1]) >> 8 | GUINT32_FROM_LE (q[2]) << 16);
      w[2] = GUINT32_TO_LE (GUINT32_FROM_LE (q[2]) >> 16 | GUINT32_FROM_LE (q[3]) << 8);
      memcpy (dst, w, 12);
    }
  for (; i < n; i++, dst += 3)
    {
      guint32 p = src[i];
      guint blank = 255 - (p >> 24);

      dst[0] = ((p >> 16) & 0xff) + blank;
      dst[1] = ((p >> 8) & 0xff) + blank;
      dst[2] = (p & 0xff) + blank;
    }
}

/* Row @src of an opaque picture as RGB bytes less those of row @above (PNG's filter "up";
 * @above NULL: filter "none"), in one pass: a pixel the painters left partly transparent
 * comes out over white, as on paper. */
static void
opaque_rgb_up_scalar (const guint32 *src,
                      const guint32 *above,
                      guint8        *dst,
                      int            n)
{
  if (above == NULL)
    {
      opaque_rgb (src, dst, n);
      return;
    }
  for (int i = 0; i < n; i++, dst += 3)
    {
      guint32 p = src[i], q = above[i];
      guint blank = 255 - (p >> 24), blank_q = 255 - (q >> 24);

      dst[0] = ((p >> 16) & 0xff) + blank - ((q >> 16) & 0xff) - blank_q;
      dst[1] = ((p >> 8) & 0xff) + blank - ((q >> 8) & 0xff) - blank_q;
      dst[2] = (p & 0xff) + blank - (q & 0xff) - blank_q;
    }
}

#if defined (__GNUC__) && (defined (__x86_64__) || defined (__i386__))
#include <tmmintrin.h>
#define HAVE_SSSE3_PATH 1

/* Four premultiplied pixels over white: each channel gains 255 - alpha. */
__attribute__ ((target ("ssse3")))
static inline __m128i
over_white (__m128i p)
{
  __m128i blank = _mm_srli_epi32 (_mm_xor_si128 (p, _mm_set1_epi32 (-1)), 24);

  blank = _mm_or_si128 (blank, _mm_slli_epi32 (blank, 8));
  blank = _mm_or_si128 (blank, _mm_slli_epi32 (blank, 16));
  return _mm_add_epi8 (p, _mm_and_si128 (blank, _mm_set1_epi32 (0x00ffffff)));
}

/* opaque_rgb_up_scalar () four pixels at a time: subtract, then one byte shuffle to R, G, B. */
__attribute__ ((target ("ssse3")))
static void
opaque_rgb_up_ssse3 (const guint32 *src,
                     const guint32 *above,
                     guint8        *dst,
                     int            n)
{
  const __m128i shuffle = _mm_setr_epi8 (2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  int i = 0;

  /* Each store writes 16 bytes for 12: stop while they stay within the row's 3 n. */
  if (above == NULL)
    for (; i + 6 <= n; i += 4)
      {
        __m128i p = over_white (_mm_loadu_si128 ((const __m128i *) (gconstpointer) (src + i)));

        _mm_storeu_si128 ((__m128i *) (gpointer) (dst + 3 * i), _mm_shuffle_epi8 (p, shuffle));
      }
  else
    for (; i + 6 <= n; i += 4)
      {
        __m128i p = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (src + i));
        __m128i q = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (above + i));

        /* Nearly every pixel is opaque: then nothing is added. */
        if ((_mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_and_si128 (p, q), _mm_set1_epi32 (-1)))
             & 0x8888) != 0x8888)
          {
            p = over_white (p);
            q = over_white (q);
          }
        _mm_storeu_si128 ((__m128i *) (gpointer) (dst + 3 * i),
                          _mm_shuffle_epi8 (_mm_sub_epi8 (p, q), shuffle));
      }
  opaque_rgb_up_scalar (src + i, above != NULL ? above + i : NULL, dst + 3 * i, n - i);
}
#endif

#ifdef HAVE_SSSE3_PATH
static gboolean
has_ssse3 (void)
{
  static gsize ssse3 = 0;         /* 1: no, 2: yes (asked once, from any worker) */

  if (g_once_init_enter (&ssse3))
    g_once_init_leave (&ssse3, __builtin_cpu_supports ("ssse3") ? 2 : 1);
  return ssse3 == 2;
}
#endif

static void
opaque_rgb_up (const guint32 *src,
               const guint32 *above,
               guint8        *dst,
               int            n)
{
#ifdef HAVE_SSSE3_PATH
  if (has_ssse3 ())
    {
      opaque_rgb_up_ssse3 (src, above, dst, n);
      return;
    }
#endif
  opaque_rgb_up_scalar (src, above, dst, n);
}

/* Rows are compared with the row above in blocks of this many pixels: a block that is the
 * same becomes zeros after the "up" filter, without converting it, and the deflater is told
 * (tp_deflate_piece_zeros), so it neither reads nor sums it. Most of a map is such blocks:
 * flat colour, and upright edges. */
#define BLOCK 16

static gboolean fast_rows = TRUE;

void
_tp_export_png_set_fast_rows (gboolean fast)
{
  fast_rows = fast;
}

/* opaque_rgb_up_blocks () without vector instructions. */
static void
opaque_rgb_up_blocks_scalar (const guint32 *src,
                             const guint32 *above,
                             guint8        *dst,
                             int            n,
                             guint8        *same)
{
  int b = 0;

  for (; (b + 1) * BLOCK <= n; b++)
    {
      same[b] = memcmp (src + BLOCK * b, above + BLOCK * b, 4 * BLOCK) == 0;
      if (same[b])
        memset (dst + 3 * BLOCK * b, 0, 3 * BLOCK);
      else
        opaque_rgb_up (src + BLOCK * b, above + BLOCK * b, dst + 3 * BLOCK * b, BLOCK);
    }
  if (b * BLOCK < n)
    opaque_rgb_up (src + BLOCK * b, above + BLOCK * b, dst + 3 * BLOCK * b, n - BLOCK * b);
}

#ifdef HAVE_SSSE3_PATH
/* opaque_rgb_up_blocks_scalar () with the comparison and the conversion four pixels at a
 * time. */
__attribute__ ((target ("ssse3")))
static void
opaque_rgb_up_blocks_ssse3 (const guint32 *src,
                            const guint32 *above,
                            guint8        *dst,
                            int            n,
                            guint8        *same)
{
  const __m128i shuffle = _mm_setr_epi8 (2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m128i ones = _mm_set1_epi32 (-1);
  int b = 0;

  /* Each conversion stores 16 bytes for 12: only while two pixels' bytes of the row follow. */
  for (; (b + 1) * BLOCK + 2 <= n; b++)
    {
      const __m128i *s = (const __m128i *) (gconstpointer) (src + BLOCK * b);
      const __m128i *a = (const __m128i *) (gconstpointer) (above + BLOCK * b);
      guint8 *d = dst + 3 * BLOCK * b;
      __m128i p[4], q[4], eq;

      for (int k = 0; k < 4; k++)
        {
          p[k] = _mm_loadu_si128 (s + k);
          q[k] = _mm_loadu_si128 (a + k);
        }
      eq = _mm_and_si128 (_mm_and_si128 (_mm_cmpeq_epi8 (p[0], q[0]), _mm_cmpeq_epi8 (p[1], q[1])),
                          _mm_and_si128 (_mm_cmpeq_epi8 (p[2], q[2]), _mm_cmpeq_epi8 (p[3], q[3])));
      same[b] = _mm_movemask_epi8 (eq) == 0xffff;
      if (same[b])
        {
          _mm_storeu_si128 ((__m128i *) (gpointer) d, _mm_setzero_si128 ());
          _mm_storeu_si128 ((__m128i *) (gpointer) (d + 16), _mm_setzero_si128 ());
          _mm_storeu_si128 ((__m128i *) (gpointer) (d + 32), _mm_setzero_si128 ());
          continue;
        }
      for (int k = 0; k < 4; k++)
        {
          __m128i x = p[k], y = q[k];

          if ((_mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_and_si128 (x, y), ones)) & 0x8888) != 0x8888)
            {
              x = over_white (x);
              y = over_white (y);
            }
          _mm_storeu_si128 ((__m128i *) (gpointer) (d + 12 * k),
                            _mm_shuffle_epi8 (_mm_sub_epi8 (x, y), shuffle));
        }
    }
  opaque_rgb_up_blocks_scalar (src + BLOCK * b, above + BLOCK * b, dst + 3 * BLOCK * b,
                               n - BLOCK * b, same + b);
}
#endif

/* Row @src less row @above as opaque_rgb_up (), and @same[b] set to whether block b of
 * BLOCK pixels is the same as above (then its bytes are zeros); a part block at the end is
 * converted, and has no entry. */
static void
opaque_rgb_up_blocks (const guint32 *src,
                      const guint32 *above,
                      guint8        *dst,
                      int            n,
                      guint8        *same)
{
#ifdef HAVE_SSSE3_PATH
  if (has_ssse3 ())
    {
      opaque_rgb_up_blocks_ssse3 (src, above, dst, n, same);
      return;
    }
#endif
  opaque_rgb_up_blocks_scalar (src, above, dst, n, same);
}

typedef guint8 Bytes16 __attribute__ ((vector_size (16)));

/* PNG filter "up" on rows 1 … @rows - 1 of @band of RGBA rows (each less the row above;
 * row 0 keeps filter "none": the band is deflated on its own). Mostly flat colours: most of the
 * picture becomes zeros, which deflate packs faster and smaller (docs/PERFORMANCE.md). */
static void
filter_up (guint8 *band,
           gsize   row_bytes,
           int     rows)
{
  for (int y = rows - 1; y > 0; y--)
    {
      guint8 *row = band + (gsize) y * row_bytes;
      const guint8 *above = row - row_bytes;

      gsize i = 1;

      row[0] = 2;
      /* Sixteen bytes at a time (GCC's vector extension: SSE2 on x86-64). */
      for (; i + 16 <= row_bytes; i += 16)
        {
          Bytes16 a, b;

          memcpy (&a, row + i, 16);
          memcpy (&b, above + i, 16);
          a -= b;
          memcpy (row + i, &a, 16);
        }
      for (; i < row_bytes; i++)
        row[i] -= above[i];
    }
}

typedef struct {
  guint8 *data;                 /* the band's piece of the zlib stream (raw deflate) */
  gsize   length;
  guint32 adler;                /* Adler-32 of the band's filtered rows */
  gsize   raw_length;           /* their bytes */
} Piece;

typedef struct {
  TpView                   *view;
  const TpViewPaintOptions *paint;
  TpRect                    area;
  double                    scale;
  int                       width;
  int                       height;
  int                       channels;   /* 3: RGB, an opaque picture; 4: RGBA */
  int                       band_rows;  /* the most rows a band has */
  int                       n_blocks;   /* whole blocks of BLOCK pixels in a row (RGB, fast rows) */
  int                       n_bands;
  int                      *band_starts; /* n_bands + 1: the first row of each, then the height */
  gboolean                  concurrent; /* the view paints on several threads at once */
  GMutex                    paint_lock; /* held while painting a view that does not */
  int                       next_band;  /* atomic: the next band to take */
  int                       failed;     /* atomic */
  Piece                    *pieces;     /* n_bands */
} PngJob;

/* Paints rows [@y0, @y0 + @rows) of the picture into @band as PNG rows (a filter byte, then @job->width pixels of @job->channels bytes: RGB, or RGBA for a transparent picture),
 * tile by tile on @tiles (an image surface at least a tile wide and a band high, reused:
 * a new 16 MB surface a band cost more in page faults than the painting). */
static gboolean
paint_band (PngJob          *job,
            int              y0,
            int              rows,
            cairo_surface_t *tiles,
            guint8          *band,
            guint8          *same)
{
  const guint8 *data = cairo_image_surface_get_data (tiles);
  int stride = cairo_image_surface_get_stride (tiles);
  gsize row_bytes = 1 + (gsize) job->width * job->channels;
  double scale = job->scale;

  for (int x0 = 0; x0 < job->width; x0 += TILE_WIDTH)
    {
      int tw = MIN (TILE_WIDTH, job->width - x0);
      TpViewPaintOptions tile = *job->paint;
      TpRect clip;
      cairo_t *cr;

      /* What this tile shows, in map units, with a pixel to spare. */
      clip.x = job->area.x + (x0 - 1) / scale;
      clip.y = job->area.y + (y0 - 1) / scale;
      clip.width = (tw + 2) / scale;
      clip.height = (rows + 2) / scale;
      tile.clip = &clip;

      cr = cairo_create (tiles);
      cairo_rectangle (cr, 0, 0, tw, rows);
      cairo_clip (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      cairo_translate (cr, -x0, -y0);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -job->area.x, -job->area.y);
      tp_view_paint (job->view, cr, &tile);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        {
          cairo_destroy (cr);
          return FALSE;
        }
      cairo_destroy (cr);
      cairo_surface_flush (tiles);

      for (int y = 0; y < rows; y++)
        {
          const guint32 *src = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);
          guint8 *row = band + (gsize) y * row_bytes;

          /* Filter "up" on every row but the band's first (the band is deflated alone). */
          row[0] = job->channels == 3 && y > 0 ? 2 : 0;
          if (job->channels == 3 && y > 0 && same != NULL)
            opaque_rgb_up_blocks (src, src - stride / 4, row + 1 + (gsize) x0 * 3, tw,
                                  same + (gsize) y * job->n_blocks + x0 / BLOCK);
          else if (job->channels == 3)
            opaque_rgb_up (src, y > 0 ? src - stride / 4 : NULL, row + 1 + (gsize) x0 * 3, tw);
          else
            unpremultiply (src, row + 1 + (gsize) x0 * 4, tw);
        }
    }
  if (job->channels == 4)
    filter_up (band, row_bytes, rows);
  return TRUE;
}

/* Deflates @length bytes of @raw as band @index's piece of the stream: the last band ends
 * the stream, the others end on a byte boundary for the next to follow. */
static void
deflate_band (PngJob               *job,
              int                   index,
              const guint8         *raw,
              gsize                 length,
              const TpDeflateZeros *zeros,
              guint                 n_zeros,
              guint8               *out)
{
  Piece *piece = &job->pieces[index];

  piece->length = tp_deflate_piece_zeros (raw, length, job->channels, zeros, n_zeros,
                                          index == job->n_bands - 1, out, &piece->adler);
  piece->data = g_memdup2 (out, piece->length);
  piece->raw_length = length;
}

/* The spans of zeros in a band of @rows rows that @same tells (its blocks the same as the
 * row above), in order, into @zeros; returns how many. */
static guint
band_zeros (PngJob         *job,
            int             rows,
            const guint8   *same,
            TpDeflateZeros *zeros)
{
  gsize row_bytes = 1 + (gsize) job->width * 3;
  guint n = 0;

  for (int y = 1; y < rows; y++)
    {
      const guint8 *row = same + (gsize) y * job->n_blocks;

      for (int b = 0; b < job->n_blocks;)
        {
          int e = b;

          if (!row[b])
            {
              b++;
              continue;
            }
          while (e < job->n_blocks && row[e])
            e++;
          zeros[n].start = (gsize) y * row_bytes + 1 + (gsize) b * 3 * BLOCK;
          zeros[n].end = (gsize) y * row_bytes + 1 + (gsize) e * 3 * BLOCK;
          n++;
          b = e;
        }
    }
  return n;
}

/* A buffer for a band's pixels (megabytes, written afresh each band): on 2 MB pages where the
 * system allows it, so that first writing it costs a few page faults instead of thousands
 * (in a virtual machine a fault costs microseconds: docs/PERFORMANCE.md). Free with free (). */
static gpointer
band_alloc (gsize size)
{
  void *p = NULL;

  if (posix_memalign (&p, 2 << 20, MAX (size, 1)) != 0)
    return NULL;
#ifdef MADV_HUGEPAGE
  madvise (p, size, MADV_HUGEPAGE);
#endif
  return p;
}

/* A worker: takes bands in order until none are left, paints and deflates each. */
static gpointer
band_worker (gpointer data)
{
  PngJob *job = data;
  gsize row_bytes = 1 + (gsize) job->width * job->channels;
  gsize band_bytes = row_bytes * job->band_rows;
  int tile_width = MIN (TILE_WIDTH, job->width);
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, tile_width);
  cairo_surface_t *tiles = NULL;
  guint8 *band = NULL, *out = NULL, *pixels = NULL, *same = NULL;
  TpDeflateZeros *zeros = NULL;

  pixels = band_alloc ((gsize) stride * job->band_rows);
  band = band_alloc (band_bytes);
  out = g_try_malloc (tp_deflate_bound (band_bytes));
  if (pixels == NULL || band == NULL || out == NULL)
    goto fail;
  if (job->n_blocks > 0)
    {
      same = g_malloc ((gsize) job->band_rows * job->n_blocks);
      zeros = g_new (TpDeflateZeros, (gsize) job->band_rows * (job->n_blocks / 2 + 1));
    }
  tiles = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32, tile_width,
                                               job->band_rows, stride);
  if (cairo_surface_status (tiles) != CAIRO_STATUS_SUCCESS)
    goto fail;

  for (;;)
    {
      int index = g_atomic_int_add (&job->next_band, 1);
      int y0, rows;
      gboolean painted;

      if (index >= job->n_bands || g_atomic_int_get (&job->failed))
        break;
      y0 = job->band_starts[index];
      rows = job->band_starts[index + 1] - y0;
      if (!job->concurrent)
        g_mutex_lock (&job->paint_lock);
      painted = paint_band (job, y0, rows, tiles, band, same);
      if (!job->concurrent)
        g_mutex_unlock (&job->paint_lock);
      if (!painted)
        goto fail;
      deflate_band (job, index, band, row_bytes * rows, zeros,
                    same != NULL ? band_zeros (job, rows, same, zeros) : 0, out);
    }
  goto done;

fail:
  g_atomic_int_set (&job->failed, TRUE);
done:
  g_clear_pointer (&tiles, cairo_surface_destroy);
  free (pixels);
  free (band);
  g_free (out);
  g_free (same);
  g_free (zeros);
  return NULL;
}

/* Appends a PNG chunk of @type with @length bytes of @data. */
static void
append_chunk (GByteArray   *png,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  guint32 be = GUINT32_TO_BE ((guint32) length);
  guint32 crc = crc32_z (crc32_z (0, NULL, 0), (const guint8 *) type, 4);

  /* (zlib takes a NULL buffer as "start again") */
  if (length > 0)
    crc = crc32_z (crc, data, length);
  g_byte_array_append (png, (const guint8 *) &be, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  if (length > 0)
    g_byte_array_append (png, data, length);
  be = GUINT32_TO_BE (crc);
  g_byte_array_append (png, (const guint8 *) &be, 4);
}

static void
put_be32 (guint8  *p,
          guint32  value)
{
  p[0] = value >> 24;
  p[1] = value >> 16;
  p[2] = value >> 8;
  p[3] = value;
}

/* The PNG file of the deflated bands of @job. */
static GBytes *
assemble (PngJob *job)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  GByteArray *png = g_byte_array_new ();
  GByteArray *stream = g_byte_array_new ();
  guint8 ihdr[13], phys[9], adler_be[4];
  guint32 ppm = (guint32) lround (3780 * job->scale);
  guint32 adler = adler32_z (0, NULL, 0);

  g_byte_array_append (png, signature, sizeof signature);
  put_be32 (ihdr, job->width);
  put_be32 (ihdr + 4, job->height);
  ihdr[8] = 8;                                  /* bits a channel */
  ihdr[9] = job->channels == 3 ? 2 : 6;         /* RGB or RGBA */
  ihdr[10] = ihdr[11] = ihdr[12] = 0;           /* deflate, adaptive filters, no interlace */
  append_chunk (png, "IHDR", ihdr, sizeof ihdr);
  put_be32 (phys, ppm);
  put_be32 (phys + 4, ppm);
  phys[8] = 1;                                  /* pixels a metre */
  append_chunk (png, "pHYs", phys, sizeof phys);

  /* The zlib stream: its header (deflate, 32 KB window, fastest), the bands, the checksum. */
  g_byte_array_append (stream, (const guint8 *) "\x78\x01", 2);
  for (int i = 0; i < job->n_bands; i++)
    {
      g_byte_array_append (stream, job->pieces[i].data, job->pieces[i].length);
      adler = adler32_combine (adler, job->pieces[i].adler, job->pieces[i].raw_length);
    }
  put_be32 (adler_be, adler);
  g_byte_array_append (stream, adler_be, 4);
  for (gsize at = 0; at < stream->len; at += IDAT_SIZE)
    append_chunk (png, "IDAT", stream->data + at, MIN (IDAT_SIZE, stream->len - at));
  g_byte_array_unref (stream);

  append_chunk (png, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (png);
}

/* Where the bands start. About @rows rows each, but where the view says a cut crosses no
 * card (tp_view_get_band_breaks: a band that ends there cuts no card, so no card is painted
 * twice, once in each band) a band may stretch to twice that or end at half. Returns the
 * starts and the height (n + 1 values); sets the most rows a band has. */
static int *
plan_bands (PngJob *job,
            int    *max_rows,
            int    *n_bands)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_breaks = 0;
  g_autofree double *breaks = tp_view_get_band_breaks (job->view, &n_breaks);
  int rows = job->band_rows, y = 0;

  *max_rows = 1;
  while (y < job->height)
    {
      int next = MIN (y + rows, job->height);

      for (guint i = 0; i < n_breaks; i++)
        {
          double at = floor ((breaks[i] - job->area.y) * job->scale + 0.5);

          if (at >= y + rows / 2 && at <= MIN (y + 2 * rows, job->height))
            next = (int) at;
        }
      g_array_append_val (starts, y);
      *max_rows = MAX (*max_rows, next - y);
      y = next;
    }
  g_array_append_val (starts, job->height);
  *n_bands = starts->len - 1;
  return (int *) (gpointer) g_array_free (starts, FALSE);
}

GBytes *
_tp_export_png (TpJourney             *journey,
                const TpExportOptions *options,
                char                 **notice,
                GError               **error)
{
  g_autoptr(TpView) view = _tp_export_view (journey, options);
  TpViewPaintOptions paint;
  GThread *threads[MAX_WORKERS];
  gboolean scaled_down;
  GBytes *bytes = NULL;
  PngJob job;
  int n_workers;

  memset (&job, 0, sizeof job);
  _tp_export_area (view, options, &job.area);
  job.scale = png_scale (&job.area, options, &scaled_down);
  job.width = MAX (1, (int) ceil (job.area.width * job.scale));
  job.height = MAX (1, (int) ceil (job.area.height * job.scale));
  if (scaled_down && notice != NULL)
    *notice = g_strdup_printf (_("The map is too large for a picture at this scale; "
                                 "it was scaled down to %d × %d pixels."), job.width, job.height);

  tp_view_paint_options_init (&paint);
  paint.scale = job.scale;
  paint.transparent = options->transparent;
  job.view = view;
  job.paint = &paint;
  job.channels = options->transparent ? 4 : 3;
  job.concurrent = tp_view_paints_concurrently (view);
  job.band_rows = CLAMP (BAND_PIXELS / job.width, 8, MAX_BAND_ROWS);
  job.band_starts = plan_bands (&job, &job.band_rows, &job.n_bands);
  job.n_blocks = job.channels == 3 && fast_rows ? job.width / BLOCK : 0;
  job.pieces = g_new0 (Piece, job.n_bands);
  g_mutex_init (&job.paint_lock);

  /* This thread is a worker too. */
  n_workers = CLAMP ((int) g_get_num_processors (), 1, MAX_WORKERS);
  n_workers = MIN (n_workers, job.n_bands);
  for (int i = 1; i < n_workers; i++)
    threads[i] = g_thread_new ("tp-export-png", band_worker, &job);
  band_worker (&job);
  for (int i = 1; i < n_workers; i++)
    g_thread_join (threads[i]);

  if (job.failed)
    g_set_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_FAILED,
                 _("There is not enough memory for a %d × %d pixel picture"),
                 job.width, job.height);
  else
    bytes = assemble (&job);

  for (int i = 0; i < job.n_bands; i++)
    g_free (job.pieces[i].data);
  g_free (job.pieces);
  g_free (job.band_starts);
  g_mutex_clear (&job.paint_lock);
  return bytes;
}
