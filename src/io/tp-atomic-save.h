/* tp-atomic-save.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replacing a file so that a crash, a full disk or a kill at any moment
 * leaves either the old or the new contents on disk, never a mixture.
 * g_file_replace_contents() is not atomic for new files or symlinks, so we
 * write a temp file in the same folder, fsync it, rename it over the target
 * and fsync the folder.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/** tp_atomic_save: writes @contents to @file atomically; with @keep_backup the previous
 *  contents are kept as "NAME~" next to it. Local files only (G_IO_ERROR_NOT_SUPPORTED otherwise). */
gboolean tp_atomic_save (GFile        *file,
                         GBytes       *contents,
                         gboolean      keep_backup,
                         GCancellable *cancellable,
                         GError      **error);

/* Fault injection for tests: the next save fails at the given step with ENOSPC. */
typedef enum {
  TP_ATOMIC_SAVE_FAULT_NONE,
  TP_ATOMIC_SAVE_FAULT_OPEN,
  TP_ATOMIC_SAVE_FAULT_WRITE,
  TP_ATOMIC_SAVE_FAULT_FSYNC,
  TP_ATOMIC_SAVE_FAULT_RENAME,
} TpAtomicSaveFault;

void     tp_atomic_save_inject_fault (TpAtomicSaveFault fault);

G_END_DECLS
