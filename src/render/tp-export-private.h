/* tp-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between tp-export.c and tp-export-png.c.
 */

#pragma once

#include "tp-export.h"
#include "tp-view-render.h"

G_BEGIN_DECLS

/* The part of the map to export, in map units. */
void    _tp_export_area (TpViewRender          *view,
                         const TpExportOptions *options,
                         TpRect                *area);
GBytes *_tp_export_png  (TpJourney             *journey,
                         const TpExportOptions *options,
                         char                 **notice,
                         GError               **error);

G_END_DECLS
