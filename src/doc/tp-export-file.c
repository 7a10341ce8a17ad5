/* tp-export-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "io/tp-atomic-save.h"
#include "tp-export-file.h"

gboolean
tp_export_save (TpProject             *project,
                const TpExportOptions *options,
                GFile                 *file,
                char                 **notice,
                GCancellable          *cancellable,
                GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = tp_export_to_bytes (project, options, notice, error);
  if (bytes == NULL)
    return FALSE;
  return tp_atomic_save (file, bytes, FALSE, cancellable, error);
}
