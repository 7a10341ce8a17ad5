/* tp-deflate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fast deflate encoder (RFC 1951) for the rows of a PNG of flat colours,
 * and a fast Adler-32. Used by the PNG export (tp-export-png.c).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/** tp_deflate_bound: the most bytes tp_deflate_piece() writes for @length bytes. */
gsize   tp_deflate_bound (gsize length);

/** tp_deflate_piece: deflates @length bytes of @data into @out (room for
 *  tp_deflate_bound (@length) bytes) as a piece of a raw deflate stream: the
 *  pieces of a picture, joined in order, make one stream. The only repeats
 *  looked for are of the bytes @distance (1 … 4: a pixel's bytes) before,
 *  within @data — a run of one colour, or of zeros after PNG's "up" filter.
 *  A piece that is not @last ends on a byte boundary (an empty stored block,
 *  like zlib's sync flush); the @last piece ends the stream. Sets @adler to
 *  the Adler-32 of @data.
 *  Returns the bytes written. */
gsize   tp_deflate_piece (const guint8 *data,
                          gsize         length,
                          guint         distance,
                          gboolean      last,
                          guint8       *out,
                          guint32      *adler);

/* Bytes [start, end) of a piece that the caller knows are all zero. */
typedef struct {
  gsize start;
  gsize end;
} TpDeflateZeros;

/** tp_deflate_piece_zeros: tp_deflate_piece () told where @data is zeros (@zeros: @n_zeros
 *  spans, increasing, not overlapping, within @length): they are coded as repeats of the
 *  zero before them and added to the checksum without being read (the PNG export's rows
 *  that are the same as the row above, after the "up" filter). The bytes must be zeros. */
gsize   tp_deflate_piece_zeros (const guint8         *data,
                                gsize                 length,
                                guint                 distance,
                                const TpDeflateZeros *zeros,
                                guint                 n_zeros,
                                gboolean              last,
                                guint8               *out,
                                guint32              *adler);

/** tp_adler32: @adler updated with @length bytes of @data (zlib's adler32 (), vectorised). */
guint32 tp_adler32       (guint32       adler,
                          const guint8 *data,
                          gsize         length);

G_END_DECLS
