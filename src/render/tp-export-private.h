/* tp-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between tp-export.c and tp-export-png.c.
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

G_END_DECLS
