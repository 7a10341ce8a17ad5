/* tp-export-file.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing an export (tp-export.h) to a file atomically: the picture is made
 * in memory first and then replaces the file in one step, so a failure never
 * leaves a partial file. Used by the command line and the export dialog.
 */

#pragma once

#include <gio/gio.h>
#include "render/tp-export.h"

G_BEGIN_DECLS

/** tp_export_save: exports @project as @options say and writes it to @file. @notice as for
 *  tp_export_to_bytes(). */
gboolean tp_export_save (TpProject             *project,
                         const TpExportOptions *options,
                         GFile                 *file,
                         char                 **notice,
                         GCancellable          *cancellable,
                         GError               **error);

G_END_DECLS
