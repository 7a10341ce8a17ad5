/* tp-blueprint-analysis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a service blueprint is drawn to show, computed from the journey:
 *
 * - Hand-offs: a connection between two cards of different departments (both
 *   named; compared without regard to case or surrounding spaces), or one
 *   that crosses the line of visibility (customer or frontstage ↔ backstage
 *   or support) or the line of internal interaction (support ↔ the rest).
 *   Listed, and counted per pair of departments (unordered; "" is no owner).
 * - Cards with no owner: frontstage, backstage and support cards without a
 *   department.
 * - Time per phase: the longest path, in minutes, through the phase's
 *   connected cards, adding each card's duration once. Arrows between cards
 *   of the phase are followed: flow, triggers and wait forwards, "depends on"
 *   backwards (what a card depends on comes first); rework arrows are the
 *   exception path and are not followed. Parallel branches are alternatives
 *   (the longer one counts), not added up. A loop is reported with its cards
 *   and counted once round, never summed again and again.
 *
 * Only cards the blueprint shows take part (lanes of the blueprint kinds that
 * are not hidden in it).
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

typedef enum {
  TP_HANDOFF_DEPARTMENTS = 1 << 0,  /* between two departments */
  TP_HANDOFF_VISIBILITY  = 1 << 1,  /* across the line of visibility */
  TP_HANDOFF_INTERNAL    = 1 << 2,  /* across the line of internal interaction */
} TpHandoffReason;

typedef struct {
  TpConnection    *connection;
  TpCard          *from;
  TpCard          *to;
  TpHandoffReason  reasons;
} TpHandoff;

typedef struct {
  char  *department_a;  /* as first written; "" = no owner; a before b case-insensitively */
  char  *department_b;
  guint  count;
  gboolean within;      /* one department (or no owner on both ends): the arrow only crosses a line */
} TpHandoffCount;

typedef struct {
  TpPhase   *phase;
  double     minutes;   /* along the longest path; 0 when no card has a duration */
  GPtrArray *path;      /* TpCard along that path, in order */
  GPtrArray *loop;      /* TpCard in loops (empty when none) */
} TpPhaseTime;

typedef struct _TpBlueprintAnalysis TpBlueprintAnalysis;

TpBlueprintAnalysis  *tp_blueprint_analysis_new         (TpJourney           *journey);
void                  tp_blueprint_analysis_free        (TpBlueprintAnalysis *self);

guint                 tp_blueprint_analysis_get_n_handoffs (TpBlueprintAnalysis *self);
const TpHandoff      *tp_blueprint_analysis_get_handoff (TpBlueprintAnalysis *self,
                                                         guint                i);
/** tp_blueprint_analysis_find_handoff: the hand-off @connection is, or NULL. */
const TpHandoff      *tp_blueprint_analysis_find_handoff (TpBlueprintAnalysis *self,
                                                         TpConnection        *connection);
/** tp_blueprint_analysis_get_counts: hand-offs per department pair, most first (borrowed,
 * TpHandoffCount). */
GPtrArray            *tp_blueprint_analysis_get_counts  (TpBlueprintAnalysis *self);
/** tp_blueprint_analysis_count_between: hand-offs between @a and @b (either way). */
guint                 tp_blueprint_analysis_count_between (TpBlueprintAnalysis *self,
                                                         const char          *a,
                                                         const char          *b);
/** tp_blueprint_analysis_get_unowned: frontstage, backstage and support cards with no
 * department, in card order (borrowed). */
GPtrArray            *tp_blueprint_analysis_get_unowned (TpBlueprintAnalysis *self);
gboolean              tp_blueprint_analysis_is_unowned  (TpBlueprintAnalysis *self,
                                                         TpCard              *card);
/** tp_blueprint_analysis_get_phase_time: the time of the @i-th phase of the journey. */
const TpPhaseTime    *tp_blueprint_analysis_get_phase_time (TpBlueprintAnalysis *self,
                                                         guint                i);
/** tp_blueprint_format_minutes: "45 min", "2 h 5 min", "3 d 4 h" (newly allocated). */
char                 *tp_blueprint_format_minutes       (double               minutes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpBlueprintAnalysis, tp_blueprint_analysis_free)

G_END_DECLS
