/* tp-project-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tp-project.h"
#include "tp-history.h"

G_BEGIN_DECLS

struct _TpProject
{
  TpElement parent_instance;

  char *title;
  char *description;

  /* id → element; keys and values borrowed from the tree */
  GHashTable *index;
  /* every id generated or ever indexed here, so none is handed out twice */
  GHashTable *retired;
  GRand *rand;

  TpHistory *history;
  GPtrArray *last_touched;
  GHashTable *touched_set;
  guint64 change_count;
  gboolean touching;

  /* last notified values */
  guint modified : 1;
  guint can_undo : 1;
  guint can_redo : 1;
};

/* Notifies "modified", "can-undo" and "can-redo" when they changed. */
void        _tp_project_update_state     (TpProject  *self);
/* Counts and announces @change (and notes what undo/redo touched). */
void        _tp_project_emit_change      (TpProject  *self,
                                          TpChange   *change);
/* Applies a history record (the TpHistoryApply of the project's history). */
void        _tp_project_apply_record     (TpRecord   *record,
                                          gboolean    undo,
                                          gpointer    user_data);
/* TRUE when no id of @element's subtree is in use or repeated (@seen collects them). */
gboolean    _tp_project_ids_free         (TpProject  *self,
                                          TpElement  *element,
                                          GHashTable *seen);

/* Adds @element and its descendants to the id index. */
void        _tp_project_index_subtree    (TpProject  *self,
                                          TpElement  *element);
/* Removes @element and its descendants from the id index. */
void        _tp_project_unindex_subtree  (TpProject  *self,
                                          TpElement  *element);
/* Updates the index after the id of @element changed from @old_id. */
void        _tp_project_reindex          (TpProject  *self,
                                          TpElement  *element,
                                          const char *old_id);
/* Gives ids to @element and its descendants that need one and lack it. */
void        _tp_project_assign_ids       (TpProject  *self,
                                          TpElement  *element);

/* Removes the child at @index of @list of @parent, recorded and announced,
 * without repairing what refers to it. */
void        _tp_project_remove_at        (TpProject  *self,
                                          TpElement  *parent,
                                          TpListId    list,
                                          guint       index);

G_END_DECLS
