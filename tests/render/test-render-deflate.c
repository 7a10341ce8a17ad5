/* test-render-deflate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PNG export's deflate encoder and Adler-32 (render/tp-deflate.c): what
 * it writes inflates (zlib) to the bytes it was given, for pieces joined
 * into one stream, on flat, noisy and mixed data, at every pixel distance.
 */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "render/tp-deflate.h"

/* Deflates @data in @n_pieces pieces joined into one zlib stream and inflates it again;
 * with @zeros (one piece), told where the zeros are. */
static void
assert_round_trip_zeros (const guint8         *data,
                         gsize                 length,
                         guint                 distance,
                         int                   n_pieces,
                         const TpDeflateZeros *zeros,
                         guint                 n_zeros)
{
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  g_autofree guint8 *back = g_malloc (length + 1);
  guint32 adler = adler32 (0, NULL, 0);
  z_stream z;
  gsize at = 0;
  guint8 be[4];

  g_byte_array_append (stream, (const guint8 *) "\x78\x01", 2);
  for (int p = 0; p < n_pieces; p++)
    {
      gsize n = p == n_pieces - 1 ? length - at : length / n_pieces;
      g_autofree guint8 *out = g_malloc (tp_deflate_bound (n));
      guint32 piece_adler;
      gsize written = zeros != NULL
                      ? tp_deflate_piece_zeros (data + at, n, distance, zeros, n_zeros,
                                                p == n_pieces - 1, out, &piece_adler)
                      : tp_deflate_piece (data + at, n, distance, p == n_pieces - 1, out, &piece_adler);

      g_assert_cmpuint (written, <=, tp_deflate_bound (n));
      g_assert_cmpuint (piece_adler, ==, adler32 (adler32 (0, NULL, 0), data + at, n));
      g_byte_array_append (stream, out, written);
      adler = adler32_combine (adler, piece_adler, n);
      at += n;
    }
  g_assert_cmpuint (adler, ==, adler32 (adler32 (0, NULL, 0), data, length));
  be[0] = adler >> 24;
  be[1] = adler >> 16;
  be[2] = adler >> 8;
  be[3] = adler;
  g_byte_array_append (stream, be, 4);

  memset (&z, 0, sizeof z);
  g_assert_cmpint (inflateInit (&z), ==, Z_OK);
  z.next_in = stream->data;
  z.avail_in = stream->len;
  z.next_out = back;
  z.avail_out = length + 1;
  g_assert_cmpint (inflate (&z, Z_FINISH), ==, Z_STREAM_END);
  g_assert_cmpuint (z.total_out, ==, length);
  g_assert_cmpuint (z.avail_in, ==, 0);
  inflateEnd (&z);
  g_assert_true (length == 0 || memcmp (back, data, length) == 0);
}

static void
assert_round_trip (const guint8 *data,
                   gsize         length,
                   guint         distance,
                   int           n_pieces)
{
  assert_round_trip_zeros (data, length, distance, n_pieces, NULL, 0);
}

static void
test_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  gsize sizes[] = { 0, 1, 2, 3, 7, 100, 4096, 70000, 300000, 1500000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int kind = 0; kind < 5; kind++)
      {
        gsize n = sizes[s];
        g_autofree guint8 *data = g_malloc (n + 1);

        for (gsize i = 0; i < n; i++)
          {
            switch (kind)
              {
              case 0:         /* noise: stored blocks */
                data[i] = g_rand_int (rand);
                break;
              case 1:         /* zeros: runs of 258 */
                data[i] = 0;
                break;
              case 2:         /* flat colours in runs of random length, a few bytes between */
                data[i] = i >= 3 && g_rand_int_range (rand, 0, 40) != 0 ? data[i - 3]
                                                                        : g_rand_int_range (rand, 0, 6);
                break;
              case 3:         /* a pattern repeated 700 bytes on (cards along a row), changed here and there */
                data[i] = i >= 700 && g_rand_int_range (rand, 0, 50) != 0 ? data[i - 700]
                                                                          : g_rand_int (rand);
                break;
              default:        /* skewed literals with short runs */
                data[i] = g_rand_int_range (rand, 0, 100) < 90 ? 0 : g_rand_int_range (rand, 0, 256);
                break;
              }
          }
        for (guint distance = 1; distance <= 4; distance++)
          for (int pieces = 1; pieces <= 3; pieces++)
            assert_round_trip (data, n, distance, pieces);
      }
}

/* A picture of flat colour deflates to a small fraction of itself. */
static void
test_flat_is_small (void)
{
  gsize n = 3 * 1000 * 100;
  g_autofree guint8 *data = g_malloc0 (n);
  g_autofree guint8 *out = g_malloc (tp_deflate_bound (n));
  guint32 adler;

  g_assert_cmpuint (tp_deflate_piece (data, n, 3, TRUE, out, &adler), <, n / 100);
  g_assert_cmpuint (adler, ==, adler32 (adler32 (0, NULL, 0), data, n));
}

static void
test_adler (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gsize n = 200000;
  g_autofree guint8 *data = g_malloc (n);

  for (gsize i = 0; i < n; i++)
    data[i] = i % 3 == 0 ? 255 : g_rand_int (rand);
  for (gsize len = 0; len < 70; len++)
    g_assert_cmpuint (tp_adler32 (1, data, len), ==, adler32 (1, data, len));
  g_assert_cmpuint (tp_adler32 (1, data, n), ==, adler32 (1, data, n));
  g_assert_cmpuint (tp_adler32 (0x12345678 % 65521, data + 5, n - 5), ==,
                    adler32 (0x12345678 % 65521, data + 5, n - 5));
  /* Stretches of zeros (most of a filtered picture) between bytes. */
  for (gsize at = 0; at < n; at += g_rand_int_range (rand, 1, 3000))
    memset (data + at, 0, MIN (n - at, (gsize) g_rand_int_range (rand, 0, 2000)));
  for (gsize start = 0; start < 40; start += 7)
    g_assert_cmpuint (tp_adler32 (1, data + start, n - start), ==, adler32 (1, data + start, n - start));
  memset (data, 0, n);
  g_assert_cmpuint (tp_adler32 (0xfff0fff0, data, n), ==, adler32 (0xfff0fff0, data, n));
  memset (data, 255, n);
  g_assert_cmpuint (tp_adler32 (0xfff0fff0, data, n), ==, adler32 (0xfff0fff0, data, n));
}

/* Spans of zeros the caller tells (the PNG export's blocks the same as the row above):
 * at the start and the end, one to three bytes long, after a zero and after another byte,
 * touching, and more than a block of tokens of them; the stream inflates to the bytes and
 * the checksum is zlib's. */
static void
test_zeros (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (31);
  gsize sizes[] = { 1, 2, 5, 100, 5000, 300000, 2000000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int kind = 0; kind < 3; kind++)
      {
        gsize n = sizes[s];
        g_autofree guint8 *data = g_malloc (n);
        g_autoptr(GArray) zeros = g_array_new (FALSE, FALSE, sizeof (TpDeflateZeros));
        gsize at = 0;

        for (gsize i = 0; i < n; i++)
          data[i] = kind == 0 ? (guint8) g_rand_int (rand) : kind == 1 ? (guint8) g_rand_int_range (rand, 0, 3)
                    : (i % 7 == 0 ? (guint8) g_rand_int (rand) : 0);
        while (at < n)
          {
            TpDeflateZeros z;
            gsize gap = g_rand_int_range (rand, 0, 4) == 0 ? 0 : g_rand_int_range (rand, 1, 200);
            gsize length = g_rand_int_range (rand, 0, 3) == 0 ? g_rand_int_range (rand, 1, 4)
                           : g_rand_int_range (rand, 1, 3000);

            z.start = MIN (n, at + (at == 0 && kind == 2 ? 0 : gap));
            z.end = MIN (n, z.start + length);
            if (z.end > z.start)
              {
                memset (data + z.start, 0, z.end - z.start);
                g_array_append_val (zeros, z);
              }
            at = z.end;
          }
        for (guint distance = 1; distance <= 4; distance += 2)
          assert_round_trip_zeros (data, n, distance, 1, (const TpDeflateZeros *) (gpointer) zeros->data,
                                   zeros->len);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/deflate/round-trip", test_round_trip);
  g_test_add_func ("/render/deflate/flat-is-small", test_flat_is_small);
  g_test_add_func ("/render/deflate/adler", test_adler);
  g_test_add_func ("/render/deflate/zeros", test_zeros);
  return g_test_run ();
}
