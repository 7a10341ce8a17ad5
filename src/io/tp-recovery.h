/* tp-recovery.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Autosaved drafts, so that a crash or a kill loses at most a few seconds of
 * work. Each open project writes its draft to
 * $XDG_DATA_HOME/io.github.touchpoint.Touchpoint/recovery/DRAFT.touchpoint
 * with DRAFT.info (a key file: original file, title, time, process) beside
 * it. Drafts of processes that are no longer running are offered at start.
 */

#pragma once

#include "io/tp-format.h"

G_BEGIN_DECLS

typedef struct {
  char      *draft_id;   /* names the draft files                          */
  char      *uri;        /* the project's own file, or NULL if never saved */
  char      *title;      /* what the person called the project             */
  GDateTime *saved_at;   /* when the draft was written                     */
  guint      n_cards;    /* cards in the draft, to tell drafts apart       */
} TpRecoveryItem;

void            tp_recovery_item_free  (TpRecoveryItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpRecoveryItem, tp_recovery_item_free)

/** tp_recovery_get_dir: the recovery folder (created on demand). */
char           *tp_recovery_get_dir    (void);
/** tp_recovery_new_draft_id: a fresh draft id for a newly opened project. */
char           *tp_recovery_new_draft_id (void);
/** tp_recovery_write: atomically writes the draft of @project (opened from @file, or NULL). */
gboolean        tp_recovery_write      (const char    *draft_id,
                                        TpProject     *project,
                                        GFile         *file,
                                        GError       **error);
/** tp_recovery_write_bytes: like tp_recovery_write() with the draft already serialised
 *  (tp_format_save_to_bytes()); touches no model object, so it may run on a worker thread. */
gboolean        tp_recovery_write_bytes (const char   *draft_id,
                                         GBytes       *contents,
                                         const char   *uri,
                                         const char   *title,
                                         guint         n_cards,
                                         GError      **error);
/** tp_recovery_discard: removes the draft (after save, discard or close). */
void            tp_recovery_discard    (const char    *draft_id);
/** tp_recovery_list: drafts left by processes that are not running, newest first (transfer full). */
GPtrArray      *tp_recovery_list       (void);
/** tp_recovery_load: the project of a draft; the caller marks it modified. */
TpProject      *tp_recovery_load       (TpRecoveryItem *item,
                                        GError        **error);

G_END_DECLS
