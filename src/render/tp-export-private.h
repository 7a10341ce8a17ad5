/* tp-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between tp-export.c and the exports of each format (tp-export-*.c).
 */

#pragma once

#include "tp-export.h"
#include "tp-view.h"

G_BEGIN_DECLS

/* The part of the map to export, in map units. */
/* The view @options name, of @journey (the journey map when the name is unknown). */
TpView *_tp_export_view (TpJourney             *journey,
                         const TpExportOptions *options);
void    _tp_export_area (TpView                *view,
                         const TpExportOptions *options,
                         TpRect                *area);
GBytes *_tp_export_png  (TpJourney             *journey,
                         const TpExportOptions *options,
                         char                 **notice,
                         GError               **error);
/* Tests: FALSE converts and deflates every row in full (no blocks the same as above skipped),
 * to compare the two. */
void    _tp_export_png_set_fast_rows (gboolean fast);

GBytes *_tp_export_svg  (TpJourney             *journey,
                         const TpExportOptions *options,
                         GError               **error);
/* Every journey of @project (or options->journey), a page each. */
GBytes *_tp_export_pdf  (TpProject             *project,
                         const TpExportOptions *options,
                         GError               **error);
/* The same drawn by cairo's PDF surface, as before our own writer (the writer's fallback;
 * the tests compare the two). */
GBytes *_tp_export_pdf_with_cairo (TpProject             *project,
                                   const TpExportOptions *options,
                                   GError               **error);

/* cairo stream writer appending to the GByteArray @closure. */
cairo_status_t _tp_export_write_to_array (void                *closure,
                                          const unsigned char *data,
                                          unsigned int         length);
/* Finishes @surface and returns @out's bytes (frees @out on error). */
GBytes *_tp_export_finish_vector (cairo_surface_t  *surface,
                                  GByteArray       *out,
                                  GError          **error);

G_END_DECLS
