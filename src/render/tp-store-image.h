/* tp-store-image.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The embedded background picture of a floor plan, decoded for painting.
 * The loader checked its type and size in bytes; here its dimensions are
 * read from the header first, so a small file claiming a huge picture is
 * refused before any pixel memory is taken. Pure cairo (and libjpeg).
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The largest picture decoded, in pixels per side and in all. */
#define TP_STORE_IMAGE_MAX_SIDE   16384
#define TP_STORE_IMAGE_MAX_PIXELS (64u * 1024 * 1024)

#define TP_STORE_IMAGE_ERROR (tp_store_image_error_quark ())

GQuark           tp_store_image_error_quark (void);

/** tp_store_image_get_size: the picture's width and height from its header; FALSE when the bytes
 * are not a PNG or JPEG picture this can read. */
gboolean         tp_store_image_get_size (GBytes     *data,
                                          const char *media_type,
                                          guint      *width,
                                          guint      *height);
/** tp_store_image_decode: the picture as a cairo image surface, or NULL (with a translated reason
 * in @error) when it is damaged, too large, or not a PNG or JPEG picture. */
cairo_surface_t *tp_store_image_decode   (GBytes     *data,
                                          const char *media_type,
                                          GError    **error);

G_END_DECLS
