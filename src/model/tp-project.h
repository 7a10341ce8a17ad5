/* tp-project.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TpProject is the document: the root element, the id index, the undo
 * history, and the one place through which every change passes.
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

typedef struct _TpCard TpCard;
typedef struct _TpPhase TpPhase;
typedef struct _TpLane TpLane;
typedef struct _TpJourney TpJourney;
typedef struct _TpPersona TpPersona;

typedef enum {
  TP_CHANGE_PROPERTY,  /* element's property pspec changed            */
  TP_CHANGE_INSERTED,  /* element inserted into parent's list at index */
  TP_CHANGE_REMOVED,   /* element removed from parent's list at index  */
  TP_CHANGE_MOVED,     /* element moved in parent's list old_index → index */
} TpChangeKind;

/* Passed to TpProject::changed; valid only during emission. */
typedef struct {
  TpChangeKind  kind;
  TpElement    *element;
  TpElement    *parent;     /* insert/remove/move */
  TpListId      list;       /* insert/remove/move */
  guint         index;
  guint         old_index;  /* move */
  GParamSpec   *pspec;      /* property */
} TpChange;

#define TP_TYPE_PROJECT (tp_project_get_type ())

G_DECLARE_FINAL_TYPE (TpProject, tp_project, TP, PROJECT, TpElement)

/** tp_project_new: an empty project (no personas, journeys or floor plans). */
TpProject  *tp_project_new             (void);

const char *tp_project_get_title       (TpProject   *self);
const char *tp_project_get_description (TpProject   *self);
GPtrArray  *tp_project_get_personas    (TpProject   *self);
GPtrArray  *tp_project_get_floor_plans (TpProject   *self);
GPtrArray  *tp_project_get_journeys    (TpProject   *self);

/** tp_project_lookup: the element with @id, or NULL. */
TpElement  *tp_project_lookup          (TpProject   *self,
                                        const char  *id);
/** tp_project_new_id: a fresh id "PREFIX-xxxxxxxx" not used in this project (nor ever before in it). */
char       *tp_project_new_id          (TpProject   *self,
                                        const char  *prefix);
/** tp_project_set_id_seed: makes generated ids reproducible (tests). */
void        tp_project_set_id_seed     (TpProject   *self,
                                        guint32      seed);

/* --- Editing primitives. Each records undo and emits ::changed. ------- */

/** tp_project_set: like g_object_set() on @element, recorded for undo; NULL-terminated. */
void        tp_project_set             (TpProject   *self,
                                        gpointer     element,
                                        const char  *first_property,
                                        ...) G_GNUC_NULL_TERMINATED;
/** tp_project_set_value: sets one property from a GValue, recorded for undo; no-op when equal. */
void        tp_project_set_value       (TpProject   *self,
                                        gpointer     element,
                                        const char  *property,
                                        const GValue *value);
/** tp_project_insert: inserts a new @child (with an id; ids are assigned if NULL) at @index (-1 = end). */
void        tp_project_insert          (TpProject   *self,
                                        gpointer     parent,
                                        TpListId     list,
                                        int          index,
                                        gpointer     child);
/** tp_project_remove: removes @element and repairs what refers to it, in the current transaction. */
void        tp_project_remove          (TpProject   *self,
                                        gpointer     element);
/** tp_project_move: moves @element to @index within its list (index counted after removal). */
void        tp_project_move            (TpProject   *self,
                                        gpointer     element,
                                        guint        index);

/* --- Higher-level edits used by the views (each one transaction). ----- */

/** tp_project_add_card: a new card of @kind in cell (@phase, @lane) at @index_in_cell (-1 = end). */
TpCard     *tp_project_add_card        (TpProject   *self,
                                        TpPhase     *phase,
                                        TpLane      *lane,
                                        int          index_in_cell,
                                        TpCardKind   kind,
                                        const char  *title);
/** tp_project_add_phase: a new phase of @journey at @index (-1 = end), one undo step. Its title is
 *  @title, or "Phase N" (N its position) when NULL; its colour tp_journey_suggest_phase_color(). */
TpPhase    *tp_project_add_phase       (TpProject   *self,
                                        TpJourney   *journey,
                                        int          index,
                                        const char  *title);
/** tp_project_add_lane: a new lane of @kind in @journey at @index (-1 = end), one undo step,
 *  titled @title, or the kind's name when NULL. It shows in every view. */
TpLane     *tp_project_add_lane        (TpProject   *self,
                                        TpJourney   *journey,
                                        int          index,
                                        TpLaneKind   kind,
                                        const char  *title);
/** tp_project_move_cards: moves @cards (in their current order) into cell (@phase, @lane) at @index_in_cell. */
void        tp_project_move_cards      (TpProject   *self,
                                        TpCard     **cards,
                                        guint        n_cards,
                                        TpPhase     *phase,
                                        TpLane      *lane,
                                        int          index_in_cell);
/** tp_project_delete: removes @elements (any kinds) with everything that depends on them. */
void        tp_project_delete          (TpProject   *self,
                                        TpElement  **elements,
                                        guint        n_elements);
/** tp_project_duplicate: deep copies with fresh ids, inserted after each original; returns the copies (transfer container). */
GPtrArray  *tp_project_duplicate       (TpProject   *self,
                                        TpElement  **elements,
                                        guint        n_elements);

/** tp_project_suggest_persona_color: a colour no persona of the project uses yet (static string). */
const char *tp_project_suggest_persona_color (TpProject *self);
/** tp_project_add_persona: a new persona at @index (-1 = end), one undo step ("Add Persona"),
 *  named @name or "Persona N" when NULL, in a colour no other persona has. */
TpPersona  *tp_project_add_persona     (TpProject   *self,
                                        int          index,
                                        const char  *name);
/** tp_project_make_future_state: a copy of @current (fresh ids) right after it, with state
 *  future, "current-state" naming @current and "(future)" in its title; one undo step. */
TpJourney  *tp_project_make_future_state (TpProject *self,
                                          TpJourney *current);

/* --- Undo history. --------------------------------------------------- */

/** tp_project_begin: opens a transaction (nests; the outermost label wins). */
void        tp_project_begin           (TpProject   *self,
                                        const char  *label);
/** tp_project_begin_coalesce: like begin, but merges into the previous step when it has the same @key (typing in one field). */
void        tp_project_begin_coalesce  (TpProject   *self,
                                        const char  *label,
                                        const char  *key);
/** tp_project_commit: closes the transaction; the outermost commit makes it one undo step. */
void        tp_project_commit          (TpProject   *self);
/** tp_project_rollback: undoes and drops the changes of the open outermost transaction. */
void        tp_project_rollback        (TpProject   *self);
/** tp_project_break_coalescing: the next coalescing transaction starts a new step. */
void        tp_project_break_coalescing (TpProject  *self);

gboolean    tp_project_can_undo        (TpProject   *self);
gboolean    tp_project_can_redo        (TpProject   *self);
/** tp_project_get_undo_label: the label of the step Undo would revert, or NULL. */
const char *tp_project_get_undo_label  (TpProject   *self);
const char *tp_project_get_redo_label  (TpProject   *self);
gboolean    tp_project_undo            (TpProject   *self);
gboolean    tp_project_redo            (TpProject   *self);
/** tp_project_get_undo_elements: elements touched by the last undo/redo (for restoring selection). */
GPtrArray  *tp_project_get_last_touched (TpProject  *self);
/** tp_project_clear_history: forgets all steps (after load). */
void        tp_project_clear_history   (TpProject   *self);

/** tp_project_get_modified: TRUE when the history is not at the saved point. */
gboolean    tp_project_get_modified    (TpProject   *self);
/** tp_project_mark_saved: the current point is what is on disk. */
void        tp_project_mark_saved      (TpProject   *self);
/** tp_project_get_change_count: increases with every change, undo and redo (autosave, caches). */
guint64     tp_project_get_change_count (TpProject  *self);

G_END_DECLS
