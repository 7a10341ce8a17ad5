/* tp-deflate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A deflate encoder for PNG rows of flat pictures. A map is mostly flat
 * colour: after PNG's "up" filter most rows are zeros, and the rest are runs
 * of one colour and the edges of text and shapes, which repeat from card to
 * card. So the encoder first looks for a run of the previous pixel (a match
 * at the distance of one pixel's bytes), eight bytes at a time, which skips
 * the flat parts at a few instructions a pixel; only elsewhere does it look
 * up the last place the next four bytes were seen (one hash table entry, no
 * chains) for a longer repeat; everything else is a literal. Each block (at
 * most BLOCK_TOKENS tokens) gets its own Huffman codes, or is stored when
 * that is smaller. On the maps of docs/PERFORMANCE.md a fraction of zlib
 * level 1's instructions, for a file of about the same size.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tp-deflate.h"

#define BLOCK_TOKENS  65536
#define MAX_BITS      15
#define MIN_MATCH     3
#define MAX_MATCH     258
#define N_LITLEN      286
#define N_DIST        30
#define MAX_DISTANCE  32768
#define HASH_BITS     15
#define N_CODELEN     19
#define STORED_MAX    65535

typedef struct {
  guint8  *out;
  guint64  bits;                /* pending bits, the first in the lowest */
  guint    n_bits;
} Bits;

static inline void
put_bits (Bits    *w,
          guint32  value,
          guint    n)
{
  w->bits |= (guint64) value << w->n_bits;
  w->n_bits += n;
  if (w->n_bits >= 32)
    {
      guint32 word = GUINT32_TO_LE ((guint32) w->bits);

      memcpy (w->out, &word, 4);
      w->out += 4;
      w->bits >>= 32;
      w->n_bits -= 32;
    }
}

/* Pads to a byte boundary and writes out what is pending. */
static void
align_bits (Bits *w)
{
  while (w->n_bits > 0)
    {
      *w->out++ = (guint8) w->bits;
      w->bits >>= 8;
      w->n_bits = w->n_bits > 8 ? w->n_bits - 8 : 0;
    }
  w->bits = 0;
}

/* Lengths 3 … 258 (index length - 3): their symbol, extra bits and the extra bits' value. */
static guint16 length_symbol[256];
static guint8 length_extra[256];
static guint8 length_extra_value[256];
/* Distances 1 … 32,768 (index distance - 1): their symbol. */
static guint8 distance_symbol[MAX_DISTANCE];
static const guint16 distance_base[N_DIST] = {
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
  2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
static const guint8 distance_extra[N_DIST] = {
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

/* The extra bits of length symbols 257 … 285. */
static const guint8 extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                  3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };

static void
init_tables (void)
{
  static const guint16 base[29] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                    35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };

  for (int code = 0; code < 29; code++)
    {
      int n = code == 28 ? 1 : 1 << extra[code];

      for (int k = 0; k < n && base[code] + k <= MAX_MATCH; k++)
        {
          int i = base[code] + k - MIN_MATCH;

          length_symbol[i] = 257 + code;
          length_extra[i] = extra[code];
          length_extra_value[i] = k;
        }
    }
  for (int code = 0; code < N_DIST; code++)
    for (int k = 0; k < 1 << distance_extra[code]; k++)
      distance_symbol[distance_base[code] + k - 1] = code;
}

typedef struct {
  guint32 key;                  /* the frequency, then the code length */
  guint16 symbol;
} SymbolFreq;

static int
compare_freq (gconstpointer a,
              gconstpointer b)
{
  const SymbolFreq *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->symbol < y->symbol ? -1 : x->symbol > y->symbol;
}

/* Code lengths of a minimum-redundancy code for @n frequencies sorted ascending, in place
 * (Moffat and Katajainen, "In-place calculation of minimum-redundancy codes", 1995). */
static void
minimum_redundancy (SymbolFreq *a,
                    int         n)
{
  int root, leaf, next, avail, used, depth;

  if (n == 1)
    {
      a[0].key = 1;
      return;
    }
  /* First pass: the internal nodes' weights, each pointing to its parent. */
  a[0].key += a[1].key;
  root = 0;
  leaf = 2;
  for (next = 1; next < n - 1; next++)
    {
      if (leaf >= n || a[root].key < a[leaf].key)
        {
          a[next].key = a[root].key;
          a[root++].key = next;
        }
      else
        a[next].key = a[leaf++].key;
      if (leaf >= n || (root < next && a[root].key < a[leaf].key))
        {
          a[next].key += a[root].key;
          a[root++].key = next;
        }
      else
        a[next].key += a[leaf++].key;
    }
  /* Second pass: the internal nodes' depths. */
  a[n - 2].key = 0;
  for (next = n - 3; next >= 0; next--)
    a[next].key = a[a[next].key].key + 1;
  /* Third pass: the leaves' depths. */
  avail = 1;
  used = depth = 0;
  root = n - 2;
  next = n - 1;
  while (avail > 0)
    {
      while (root >= 0 && (int) a[root].key == depth)
        {
          used++;
          root--;
        }
      while (avail > used)
        {
          a[next--].key = depth;
          avail--;
        }
      avail = 2 * used;
      depth++;
      used = 0;
    }
}

/* Huffman code lengths, at most @max_bits, for the @n symbols' @freq; at least two symbols
 * get a code (a decoder wants a complete code), so unused ones may too. */
static void
build_lengths (const guint32 *freq,
               int            n,
               int            max_bits,
               guint8        *lengths)
{
  SymbolFreq sorted[N_LITLEN];
  int count[N_LITLEN + 1] = { 0 };
  int n_used = 0, at;
  guint32 total = 0;

  memset (lengths, 0, n);
  for (int i = 0; i < n; i++)
    if (freq[i] > 0)
      sorted[n_used++] = (SymbolFreq) { freq[i], i };
  for (int i = 0; n_used < 2 && i < n; i++)
    if (freq[i] == 0)
      sorted[n_used++] = (SymbolFreq) { 0, i };
  qsort (sorted, n_used, sizeof *sorted, compare_freq);
  minimum_redundancy (sorted, n_used);

  /* Lengths over @max_bits: shortened, then longer codes made of shorter ones until the
   * code is complete again. */
  for (int i = 0; i < n_used; i++)
    count[MIN ((int) sorted[i].key, max_bits)]++;
  for (int i = max_bits; i > 0; i--)
    total += (guint32) count[i] << (max_bits - i);
  while (total > (1u << max_bits))
    {
      count[max_bits]--;
      for (int i = max_bits - 1; i > 0; i--)
        if (count[i] > 0)
          {
            count[i]--;
            count[i + 1] += 2;
            break;
          }
      total--;
    }
  /* The least frequent get the longest. */
  at = 0;
  for (int bits = max_bits; bits > 0; bits--)
    for (int k = 0; k < count[bits]; k++)
      lengths[sorted[at++].symbol] = bits;
}

/* Canonical codes for @lengths, bit-reversed (deflate sends a code's first bit first). */
static void
build_codes (const guint8 *lengths,
             int           n,
             guint16      *codes)
{
  int count[MAX_BITS + 1] = { 0 };
  guint next[MAX_BITS + 2];
  guint code = 0;

  for (int i = 0; i < n; i++)
    count[lengths[i]]++;
  count[0] = 0;
  for (int bits = 1; bits <= MAX_BITS; bits++)
    {
      code = (code + count[bits - 1]) << 1;
      next[bits] = code;
    }
  for (int i = 0; i < n; i++)
    {
      guint len = lengths[i], c, r = 0;

      if (len == 0)
        continue;
      c = next[len]++;
      for (guint b = 0; b < len; b++, c >>= 1)
        r = (r << 1) | (c & 1);
      codes[i] = r;
    }
}

/* A repeat of @length bytes (3 … 258) from @distance (1 … 32,768) bytes before. */
#define TOKEN_REPEAT(length, distance) (0x80000000u | (guint32) ((length) - MIN_MATCH) << 15 \
                                        | (guint32) ((distance) - 1))
#define TOKEN_LENGTH_INDEX(t)          (((t) >> 15) & 0xff)
#define TOKEN_DISTANCE_INDEX(t)        ((t) & 0x7fff)

typedef struct {
  const guint8 *data;
  guint32      *tokens;         /* < 256: a literal; else a repeat (TOKEN_REPEAT) */
  int           n_tokens;
  guint32       freq[N_LITLEN];
  guint32       dist_freq[N_DIST];
  Bits          w;
} Encoder;

static void
write_stored (Encoder      *e,
              const guint8 *data,
              gsize         length,
              gboolean      final)
{
  do
    {
      guint n = MIN (length, STORED_MAX);
      guint8 header[4] = { n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff };

      put_bits (&e->w, final && n == length ? 1 : 0, 3);
      align_bits (&e->w);
      memcpy (e->w.out, header, 4);
      memcpy (e->w.out + 4, data, n);
      e->w.out += 4 + n;
      data += n;
      length -= n;
    }
  while (length > 0);
}

/* Writes the tokens, for the @length bytes at @start, as a block with its own codes (or
 * stored, if smaller), and starts a new block. */
static void
flush_block (Encoder      *e,
             const guint8 *start,
             gsize         length)
{
  static const guint8 order[N_CODELEN] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3,
                                           13, 2, 14, 1, 15 };
  guint8 lit_len[N_LITLEN], dist_len[N_DIST], cl_len[N_CODELEN];
  guint16 lit_code[N_LITLEN], dist_code[N_DIST], cl_code[N_CODELEN];
  guint32 cl_freq[N_CODELEN] = { 0 };
  guint8 all[N_LITLEN + N_DIST], rle[N_LITLEN + N_DIST], rle_extra[N_LITLEN + N_DIST];
  int n_lit = 257, n_dist = 1, n_all, n_rle = 0, n_cl = 4;
  guint64 bits = 3 + 5 + 5 + 4, stored_bits;

  if (e->n_tokens == 0)
    return;
  e->freq[256]++;
  build_lengths (e->freq, N_LITLEN, MAX_BITS, lit_len);
  build_codes (lit_len, N_LITLEN, lit_code);
  build_lengths (e->dist_freq, N_DIST, MAX_BITS, dist_len);
  build_codes (dist_len, N_DIST, dist_code);
  for (int i = 257; i < N_LITLEN; i++)
    if (lit_len[i] > 0)
      n_lit = i + 1;
  for (int i = 1; i < N_DIST; i++)
    if (dist_len[i] > 0)
      n_dist = i + 1;

  /* The lengths of both codes in one sequence, runs told by 16, 17 and 18. */
  memcpy (all, lit_len, n_lit);
  memcpy (all + n_lit, dist_len, n_dist);
  n_all = n_lit + n_dist;
  for (int i = 0; i < n_all;)
    {
      int run = 1;

      while (i + run < n_all && all[i + run] == all[i])
        run++;
      if (all[i] == 0 && run >= 3)
        {
          run = MIN (run, 138);
          rle[n_rle] = run >= 11 ? 18 : 17;
          rle_extra[n_rle++] = run >= 11 ? run - 11 : run - 3;
        }
      else if (all[i] != 0 && run >= 4)
        {
          rle[n_rle] = all[i];
          rle_extra[n_rle++] = 0;
          run = MIN (run - 1, 6) + 1;
          rle[n_rle] = 16;
          rle_extra[n_rle++] = run - 1 - 3;
        }
      else
        {
          run = 1;
          rle[n_rle] = all[i];
          rle_extra[n_rle++] = 0;
        }
      i += run;
    }
  for (int i = 0; i < n_rle; i++)
    cl_freq[rle[i]]++;
  build_lengths (cl_freq, N_CODELEN, 7, cl_len);
  build_codes (cl_len, N_CODELEN, cl_code);
  for (int i = 4; i < N_CODELEN; i++)
    if (cl_len[order[i]] > 0)
      n_cl = i + 1;

  /* What the block costs with these codes, against stored. */
  bits += 3 * n_cl;
  for (int i = 0; i < n_rle; i++)
    bits += cl_len[rle[i]] + (rle[i] == 16 ? 2 : rle[i] == 17 ? 3 : rle[i] == 18 ? 7 : 0);
  for (int i = 0; i < N_LITLEN; i++)
    bits += (guint64) e->freq[i] * (lit_len[i] + (i > 256 ? extra[i - 257] : 0));
  for (int i = 0; i < N_DIST; i++)
    bits += (guint64) e->dist_freq[i] * (dist_len[i] + distance_extra[i]);
  stored_bits = 8 * (guint64) length + 40 * (length / STORED_MAX + 1) + 7;

  if (stored_bits < bits)
    write_stored (e, start, length, FALSE);
  else
    {
      put_bits (&e->w, 2 << 1, 3);              /* not final; dynamic codes */
      put_bits (&e->w, n_lit - 257, 5);
      put_bits (&e->w, n_dist - 1, 5);
      put_bits (&e->w, n_cl - 4, 4);
      for (int i = 0; i < n_cl; i++)
        put_bits (&e->w, cl_len[order[i]], 3);
      for (int i = 0; i < n_rle; i++)
        {
          put_bits (&e->w, cl_code[rle[i]], cl_len[rle[i]]);
          if (rle[i] >= 16)
            put_bits (&e->w, rle_extra[i], rle[i] == 16 ? 2 : rle[i] == 17 ? 3 : 7);
        }
      for (int i = 0; i < e->n_tokens; i++)
        {
          guint32 t = e->tokens[i];

          if (t < 256)
            put_bits (&e->w, lit_code[t], lit_len[t]);
          else
            {
              guint m = TOKEN_LENGTH_INDEX (t), sym = length_symbol[m];
              guint d = TOKEN_DISTANCE_INDEX (t), dsym = distance_symbol[d];
              guint n = lit_len[sym];

              /* The length's code and extra bits, then the distance's. */
              put_bits (&e->w, lit_code[sym] | (guint32) length_extra_value[m] << n,
                        n + length_extra[m]);
              put_bits (&e->w, dist_code[dsym] | (guint32) (d + 1 - distance_base[dsym]) << dist_len[dsym],
                        dist_len[dsym] + distance_extra[dsym]);
            }
        }
      put_bits (&e->w, lit_code[256], lit_len[256]);
    }
  e->n_tokens = 0;
  memset (e->freq, 0, sizeof e->freq);
  memset (e->dist_freq, 0, sizeof e->dist_freq);
}

gsize
tp_deflate_bound (gsize length)
{
  /* Every block is at most its bytes stored: a stored header each 65,535 bytes and each
   * block, and the end. */
  return length + 5 * (length / STORED_MAX + length / BLOCK_TOKENS + 2) + 16;
}

/* The bytes from @i on that equal the ones @distance before, up to @end. */
static inline gsize
repeat_end (const guint8 *data,
            gsize         i,
            gsize         end,
            gsize         distance)
{
#ifdef __SSE2__
  while (i + 16 <= end)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (data + i));
      __m128i b = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (data + i - distance));
      guint same = _mm_movemask_epi8 (_mm_cmpeq_epi8 (a, b));

      if (same != 0xffff)
        return i + __builtin_ctz (~same);
      i += 16;
    }
#endif
  while (i + 8 <= end)
    {
      guint64 a, b, x;

      memcpy (&a, data + i, 8);
      memcpy (&b, data + i - distance, 8);
      x = GUINT64_FROM_LE (a ^ b);
      if (x != 0)
        return i + (__builtin_ctzll (x) >> 3);
      i += 8;
    }
  while (i < end && data[i] == data[i - distance])
    i++;
  return i;
}

/* Adds the tokens of a repeat of @run bytes from @distance back, ending at @end; a block
 * that fills up is written. */
static void
add_repeat (Encoder      *e,
            gsize         run,
            gsize         distance,
            gsize         end,
            gsize        *block_start)
{
  guint dsym = distance_symbol[distance - 1];

  while (run >= MIN_MATCH)
    {
      gsize m = MIN (run, MAX_MATCH);

      /* Leave at least a repeat's worth, or nothing. */
      if (run - m > 0 && run - m < MIN_MATCH)
        m = run - MIN_MATCH;
      e->tokens[e->n_tokens++] = TOKEN_REPEAT (m, distance);
      e->freq[length_symbol[m - MIN_MATCH]]++;
      e->dist_freq[dsym]++;
      run -= m;
      if (e->n_tokens >= BLOCK_TOKENS - 1 && run > 0)
        {
          flush_block (e, e->data + *block_start, end - run - *block_start);
          *block_start = end - run;
        }
    }
}

#define ADLER_BASE 65521u

/* @adler updated with @length zero bytes: each adds the running sum to the second. */
static guint32
adler_zeros (guint32 adler,
             gsize   length)
{
  guint64 s1 = adler & 0xffff, s2 = adler >> 16;

  s2 = (s2 + (length % ADLER_BASE) * s1) % ADLER_BASE;
  return (guint32) (s2 << 16 | s1);
}

gsize
tp_deflate_piece (const guint8 *data,
                  gsize         length,
                  guint         distance,
                  gboolean      last,
                  guint8       *out,
                  guint32      *adler)
{
  return tp_deflate_piece_zeros (data, length, distance, NULL, 0, last, out, adler);
}

gsize
tp_deflate_piece_zeros (const guint8         *data,
                        gsize                 length,
                        guint                 distance,
                        const TpDeflateZeros *zeros,
                        guint                 n_zeros,
                        gboolean              last,
                        guint8               *out,
                        guint32              *adler)
{
  static gsize tables_ready = 0;
  Encoder e;
  guint32 *seen;                /* position + 1 where four bytes of each hash were last */
  gsize i = 0, block_start = 0, summed = 0;
  guint z = 0;                  /* the next span of zeros */
  guint32 sum = 1;

  g_return_val_if_fail (distance >= 1 && distance <= 4, 0);

  if (g_once_init_enter (&tables_ready))
    {
      init_tables ();
      g_once_init_leave (&tables_ready, 1);
    }

  memset (&e, 0, sizeof e);
  e.data = data;
  e.tokens = g_new (guint32, BLOCK_TOKENS);
  e.w.out = out;
  seen = g_new0 (guint32, 1 << HASH_BITS);

  while (i < length)
    {
      if (e.n_tokens >= BLOCK_TOKENS - 1)
        {
          flush_block (&e, data + block_start, i - block_start);
          block_start = i;
        }
      /* Zeros the caller knows of: a repeat of the zero before (the first one a literal). */
      while (z < n_zeros && zeros[z].end <= i)
        z++;
      if (z < n_zeros && zeros[z].start <= i)
        {
          gsize end = zeros[z].end;

          if (i > 0 && data[i - 1] == 0 && end - i >= MIN_MATCH)
            {
              add_repeat (&e, end - i, 1, end, &block_start);
              i = end;
            }
          else
            {
              e.tokens[e.n_tokens++] = 0;
              e.freq[0]++;
              i++;
            }
          continue;
        }
      /* A run of the pixel before (flat colour, or zeros after the "up" filter). */
      if (i >= distance && data[i] == data[i - distance])
        {
          gsize end = repeat_end (data, i + 1, length, distance);

          if (end - i >= MIN_MATCH)
            {
              add_repeat (&e, end - i, distance, end, &block_start);
              i = end;
              continue;
            }
        }
      /* A run of one byte (zeros after the filter) that starts here: the byte, then a
       * repeat of it. */
      if (i + 4 <= length && data[i + 1] == data[i] && data[i + 2] == data[i]
          && data[i + 3] == data[i])
        {
          gsize end = repeat_end (data, i + 4, length, 1);

          e.tokens[e.n_tokens++] = data[i];
          e.freq[data[i]]++;
          add_repeat (&e, end - i - 1, 1, end, &block_start);
          i = end;
          continue;
        }
      /* Where the next four bytes were last seen. */
      if (i + 4 <= length)
        {
          guint32 v, w, h, at;

          memcpy (&v, data + i, 4);
          h = (v * 2654435761u) >> (32 - HASH_BITS);
          at = seen[h];
          seen[h] = i + 1;
          if (at != 0 && i - (at - 1) <= MAX_DISTANCE)
            {
              memcpy (&w, data + at - 1, 4);
              if (v == w)
                {
                  gsize back = i - (at - 1);
                  gsize end = repeat_end (data, i + 4, length, back);

                  add_repeat (&e, end - i, back, end, &block_start);
                  i = end;
                  continue;
                }
            }
        }
      e.tokens[e.n_tokens++] = data[i];
      e.freq[data[i]]++;
      i++;
    }
  flush_block (&e, data + block_start, length - block_start);
  g_free (e.tokens);
  g_free (seen);
  for (guint k = 0; k < n_zeros; k++)
    {
      sum = tp_adler32 (sum, data + summed, zeros[k].start - summed);
      sum = adler_zeros (sum, zeros[k].end - zeros[k].start);
      summed = zeros[k].end;
    }
  *adler = tp_adler32 (sum, data + summed, length - summed);

  if (last)
    put_bits (&e.w, 1 | 1 << 1, 3 + 7);         /* final, fixed codes, end of block */
  else
    {
      put_bits (&e.w, 0, 3);                    /* not final, stored, empty */
      align_bits (&e.w);
      memcpy (e.w.out, "\x00\x00\xff\xff", 4);
      e.w.out += 4;
    }
  align_bits (&e.w);
  return e.w.out - out;
}

/* Sixteen-byte chunks a round: the lanes' sums stay within 32 bits. */
#define ADLER_CHUNKS 1024

guint32
tp_adler32 (guint32       adler,
            const guint8 *data,
            gsize         length)
{
  guint64 s1 = adler & 0xffff, s2 = adler >> 16;

#ifdef __SSE2__
  /* Over a round of n chunks of 16 bytes, s2 gains 16 n s1, 16 × the bytes before each
   * chunk (the running sums), and each chunk's bytes weighted 16 … 1. */
  const __m128i zero = _mm_setzero_si128 ();
  const __m128i taps_low = _mm_setr_epi16 (16, 15, 14, 13, 12, 11, 10, 9);
  const __m128i taps_high = _mm_setr_epi16 (8, 7, 6, 5, 4, 3, 2, 1);

  while (length >= 16)
    {
      gsize chunks = MIN (length / 16, ADLER_CHUNKS);
      __m128i sum = zero, running = zero, weighted = zero;
      guint32 lanes[4];
      guint64 total, before, inner;

      for (gsize c = 0; c < chunks;)
        {
          __m128i b;

          /* Most of a filtered picture is zeros: four chunks of them only add the running
           * sums. */
          if (c + 4 <= chunks)
            {
              const __m128i *q = (const __m128i *) (gconstpointer) (data + 16 * c);
              __m128i any = _mm_or_si128 (_mm_or_si128 (_mm_loadu_si128 (q), _mm_loadu_si128 (q + 1)),
                                          _mm_or_si128 (_mm_loadu_si128 (q + 2), _mm_loadu_si128 (q + 3)));

              if (_mm_movemask_epi8 (_mm_cmpeq_epi8 (any, zero)) == 0xffff)
                {
                  running = _mm_add_epi32 (running, _mm_slli_epi32 (sum, 2));
                  c += 4;
                  continue;
                }
            }
          b = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (data + 16 * c));
          running = _mm_add_epi32 (running, sum);
          sum = _mm_add_epi32 (sum, _mm_sad_epu8 (b, zero));
          weighted = _mm_add_epi32 (weighted, _mm_madd_epi16 (_mm_unpacklo_epi8 (b, zero), taps_low));
          weighted = _mm_add_epi32 (weighted, _mm_madd_epi16 (_mm_unpackhi_epi8 (b, zero), taps_high));
          c++;
        }
      _mm_storeu_si128 ((__m128i *) (gpointer) lanes, sum);
      total = (guint64) lanes[0] + lanes[2];
      _mm_storeu_si128 ((__m128i *) (gpointer) lanes, running);
      before = (guint64) lanes[0] + lanes[2];
      _mm_storeu_si128 ((__m128i *) (gpointer) lanes, weighted);
      inner = (guint64) lanes[0] + lanes[1] + lanes[2] + lanes[3];
      s2 = (s2 + 16 * chunks * s1 + 16 * before + inner) % ADLER_BASE;
      s1 = (s1 + total) % ADLER_BASE;
      data += 16 * chunks;
      length -= 16 * chunks;
    }
#endif
  while (length > 0)
    {
      gsize n = MIN (length, 4096);

      for (gsize i = 0; i < n; i++)
        {
          s1 += data[i];
          s2 += s1;
        }
      s1 %= ADLER_BASE;
      s2 %= ADLER_BASE;
      data += n;
      length -= n;
    }
  return (guint32) (s2 << 16 | s1);
}
