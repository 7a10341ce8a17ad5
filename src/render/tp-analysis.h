/* tp-analysis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The numbers of a journey (PRODUCT.md §7): roll-ups per phase, pain points
 * ranked with a Pareto cut, opportunities on an impact/effort matrix, and
 * comparisons of journeys (phases aligned by title, current vs future,
 * emotion overlays). Pure functions of the model; no cairo, no GTK.
 *
 * A figure nobody measured is "no data" (a has_… flag is FALSE), never 0.
 * Rules and units are in docs/ANALYSIS.md.
 */

#pragma once

#include <glib.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

/* --- Roll-ups per phase -------------------------------------------------- */

typedef struct {
  TpPhase  *phase;
  guint     n_cards;
  guint     n_touchpoints;
  guint     n_evidence[TP_EVIDENCE_PROPOSED + 1];  /* observed, assumed, proposed */

  /* Share of the customers who go on to the next phase, 0 … 100 %: the mean of
   * the phase's conversion-rate metrics, else 100 % minus the mean drop-off. */
  gboolean  has_conversion;
  gboolean  conversion_from_drop_off;
  double    conversion;
  /* Share of the customers who started that get through this phase: the
   * product of the measured conversions up to here (unmeasured phases left out). */
  gboolean  has_funnel;
  double    funnel;

  /* Time spent: the sum of the phase's time-spent metrics, in seconds. */
  gboolean  has_time;
  double    time_seconds;
  guint     n_time_unreadable;  /* time metrics whose unit is not a time */

  /* CSAT as a percentage of its scale ("/5", "/10", "%"); NPS −100 … 100. */
  gboolean  has_csat;
  double    csat_percent;
  guint     n_csat;
  gboolean  has_nps;
  double    nps;
  guint     n_nps;

  gboolean  has_emotion;
  double    emotion_mean;
  guint     n_pain_points;
} TpPhaseRollup;

typedef struct {
  guint          n_phases;
  TpPhaseRollup *phases;
  /* The purchase phase (tp_analysis_find_purchase_phase()), or -1. */
  int            purchase_phase;
  /* Touchpoint cards in the phases before the purchase phase (when there is one). */
  guint          touchpoints_before_purchase;
  /* When every CSAT of the journey uses one "/N" scale, N (5, 10); else 0 (show %). */
  double         csat_scale;
} TpJourneyRollup;

/** tp_analysis_find_purchase_phase: the first phase whose title is a purchase phase of a
 *  template — Purchase, Transaction, Conversion, Booking, Pay — or Checkout, Payment, Buy,
 *  in English or the running language, ignoring case; -1 when none is. */
int               tp_analysis_find_purchase_phase (TpJourney *journey);
/** tp_analysis_rollup: the figures of every phase of @journey. @purchase_phase: an index,
 *  or -1 to find it by title. */
TpJourneyRollup  *tp_analysis_rollup          (TpJourney       *journey,
                                               int              purchase_phase);
void              tp_journey_rollup_free      (TpJourneyRollup *rollup);
/** tp_rollup_describe_phase: the figures of phase @p of @rollup as one line of text, for a
 *  screen reader: what the roll-up under the phase header shows. Free with g_free(). */
char             *tp_rollup_describe_phase    (TpJourneyRollup *rollup,
                                               guint            p);

/** tp_analysis_time_to_seconds: @value in @unit ("s", "min", "h", "days", "weeks" …) as
 *  seconds; FALSE when @unit is not a unit of time. */
gboolean          tp_analysis_time_to_seconds (double           value,
                                               const char      *unit,
                                               double          *seconds);

/* --- Rankings ------------------------------------------------------------ */

/** tp_analysis_normalize_title: the title as matching sees it: case-folded, NFKC, spaces
 *  collapsed, trailing punctuation dropped ("Slow  delivery!" → "slow delivery"). */
char             *tp_analysis_normalize_title (const char      *title);

typedef enum {
  TP_RANK_BY_SEVERITY,     /* severity, then how many journeys, then map order */
  TP_RANK_BY_OCCURRENCE,   /* how many journeys, then personas, then severity */
  TP_RANK_BY_WEIGHT,       /* the Pareto order: weight, then severity, then map order */
} TpRankOrder;

typedef struct {
  TpCard    *card;          /* the first occurrence in the analysed journey */
  char      *key;           /* normalised title */
  int        severity;      /* 1 … 5 (the highest rating among its occurrences in the journey) */
  guint      n_journeys;    /* journeys of the project with a pain point of that title */
  guint      n_personas;    /* distinct personas of those journeys */
  double     weight;        /* sum over those journeys of their highest severity */
  double     cumulative;    /* Pareto: share of the total weight up to this item, 0 … 1 */
  gboolean   vital;         /* among the vital few */
} TpRankedPain;

typedef struct {
  GPtrArray *items;         /* TpRankedPain*, in the requested order */
  GPtrArray *unrated;       /* TpCard* with severity 0 (not rated), in map order */
  double     total_weight;
  guint      n_vital;       /* the vital few: the first items reaching 80 % (ties kept together) */
} TpPainRanking;

/** tp_analysis_rank_pain_points: the pain points of @journey, grouped by normalised title,
 *  counted across every journey of its project, in @order. Pareto fields are always set. */
TpPainRanking    *tp_analysis_rank_pain_points (TpJourney      *journey,
                                                TpRankOrder     order);
/** tp_analysis_rank_fail_points: the same for the cards marked fail points (any kind), by the
 *  fail point's severity. */
TpPainRanking    *tp_analysis_rank_fail_points (TpJourney      *journey,
                                                TpRankOrder     order);
void              tp_pain_ranking_free        (TpPainRanking   *ranking);

typedef enum {
  TP_QUADRANT_QUICK_WIN,      /* high impact, low effort */
  TP_QUADRANT_MAJOR_PROJECT,  /* high impact, high effort */
  TP_QUADRANT_FILL_IN,        /* low impact, low effort */
  TP_QUADRANT_MONEY_PIT,      /* low impact, high effort */
} TpQuadrant;

/* Ratings 1 … 5: 3 and above are high. */
#define TP_ANALYSIS_HIGH 3

typedef struct {
  TpCard     *card;
  int         impact;
  int         effort;
  TpQuadrant  quadrant;
} TpRatedOpportunity;

typedef struct {
  GArray    *items;     /* TpRatedOpportunity: quick wins first, then impact ↓, effort ↑, map order */
  GPtrArray *unrated;   /* TpCard* without impact or effort */
} TpOpportunityMatrix;

TpQuadrant        tp_analysis_quadrant        (int              impact,
                                               int              effort);
TpOpportunityMatrix *tp_analysis_opportunities (TpJourney      *journey);
void              tp_opportunity_matrix_free  (TpOpportunityMatrix *matrix);

/* --- Comparisons --------------------------------------------------------- */

/* One row of an alignment: the phase of each journey with this title, or NULL. */
typedef struct {
  char     *title;       /* as the first journey that has it writes it */
  TpPhase **phases;      /* n_journeys entries, NULL where a journey lacks it */
  double   *emotion;     /* mean emotion of each journey in this phase */
  gboolean *has_emotion; /* FALSE: no emotion card there (no data) */
  gboolean  matched;     /* every journey has it */
} TpAlignedPhase;

typedef struct {
  guint      n_journeys;
  TpJourney **journeys;
  GPtrArray *rows;        /* TpAlignedPhase*, in the first journey's order, others merged in */
  guint      n_unmatched; /* rows not in every journey */
} TpPhaseAlignment;

/** tp_analysis_align: aligns the phases of @journeys by normalised title (repeated titles
 *  pair up in order), with the mean emotion of each journey per phase — the emotion overlay. */
TpPhaseAlignment *tp_analysis_align           (TpJourney      **journeys,
                                               guint            n_journeys);
void              tp_phase_alignment_free     (TpPhaseAlignment *alignment);

typedef enum {
  TP_CARD_DIFF_SAME,
  TP_CARD_DIFF_CHANGED,   /* same place, other text or figures */
  TP_CARD_DIFF_MOVED,     /* another phase or lane */
  TP_CARD_DIFF_ADDED,     /* only in the future */
  TP_CARD_DIFF_REMOVED,   /* only in the current */
} TpCardDiffKind;

typedef struct {
  TpCardDiffKind kind;
  TpCard        *current;   /* NULL when added */
  TpCard        *future;    /* NULL when removed */
  gboolean       by_id;     /* matched by id (else by title and lane kind) */
} TpCardDiff;

typedef struct {
  TpCard       *current;
  TpCard       *future;
  TpMetricKind  kind;
  char         *label;
  gboolean      has_before;
  double        before;
  gboolean      has_after;
  double        after;
  char         *unit;
} TpMetricDiff;

typedef struct {
  TpPhaseAlignment *alignment;  /* current = journeys[0], future = journeys[1] */
  GArray           *cards;      /* TpCardDiff, in the future's map order, removed ones last */
  GArray           *metrics;    /* TpMetricDiff */
  guint             n_added, n_removed, n_moved, n_changed;
} TpJourneyDiff;

/** tp_analysis_diff: what changed from @current to @future: cards matched by id when the ids
 *  are shared, else by normalised title and lane kind; emotion per aligned phase; metrics. */
TpJourneyDiff    *tp_analysis_diff            (TpJourney       *current,
                                               TpJourney       *future);
void              tp_journey_diff_free        (TpJourneyDiff   *diff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpJourneyRollup, tp_journey_rollup_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpPainRanking, tp_pain_ranking_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpOpportunityMatrix, tp_opportunity_matrix_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpPhaseAlignment, tp_phase_alignment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpJourneyDiff, tp_journey_diff_free)

G_END_DECLS
