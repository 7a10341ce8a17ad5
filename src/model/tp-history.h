/* tp-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The undo history of a TpProject: change records grouped into steps
 * (transactions), with nesting, rollback, coalescing and a saved point.
 * The history does not touch the model itself: it hands records to an apply
 * function (the project), forwards for redo and backwards for undo.
 */

#pragma once

#include "tp-project.h"

G_BEGIN_DECLS

typedef struct
{
  TpChangeKind  kind;
  /* Owned, except the project itself, which owns the history. */
  TpElement    *element;
  /* Borrowed: whenever a record is applied, the document is in the state it
   * was recorded in, where the parent is alive in the tree. */
  TpElement    *parent;
  TpListId      list;
  guint         index;      /* insert/remove: where; move: destination */
  guint         old_index;  /* move: origin */
  GParamSpec   *pspec;      /* owned; property */
  GValue        old_value;
  GValue        new_value;
} TpRecord;

/* Applies @record: forwards (@undo FALSE) or its inverse (@undo TRUE). */
typedef void (*TpHistoryApply) (TpRecord *record,
                                gboolean  undo,
                                gpointer  user_data);

typedef struct _TpHistory TpHistory;

TpRecord   *tp_record_new                 (TpChangeKind   kind,
                                           TpElement     *element);
void        tp_record_free                (TpRecord      *record);

TpHistory  *tp_history_new                (TpHistoryApply apply,
                                           gpointer       user_data);
void        tp_history_free               (TpHistory     *self);

void        tp_history_begin              (TpHistory     *self,
                                           const char    *label,
                                           const char    *coalesce_key);
/* Returns TRUE when the outermost transaction closed. */
gboolean    tp_history_commit             (TpHistory     *self);
void        tp_history_rollback           (TpHistory     *self);
gboolean    tp_history_is_open            (TpHistory     *self);
gboolean    tp_history_is_replaying       (TpHistory     *self);
/* Takes @record; a transaction must be open. */
void        tp_history_record             (TpHistory     *self,
                                           TpRecord      *record);
void        tp_history_break_coalescing   (TpHistory     *self);

gboolean    tp_history_can_undo           (TpHistory     *self);
gboolean    tp_history_can_redo           (TpHistory     *self);
const char *tp_history_get_undo_label     (TpHistory     *self);
const char *tp_history_get_redo_label     (TpHistory     *self);
gboolean    tp_history_undo               (TpHistory     *self);
gboolean    tp_history_redo               (TpHistory     *self);
void        tp_history_clear              (TpHistory     *self);

gboolean    tp_history_get_modified       (TpHistory     *self);
void        tp_history_mark_saved         (TpHistory     *self);

G_END_DECLS
