/* tp-templates-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The templates as data (tp-templates-data.c). Strings are msgids, marked
 * with N_() and translated when a journey is built.
 */

#pragma once

#include "tp-enums.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  const char *description;
} PhaseDef;

typedef struct
{
  TpLaneKind kind;
  gboolean   hidden_in_map;
  gboolean   hidden_in_blueprint;
} LaneDef;

typedef struct
{
  TpMetricKind kind;
  double       value;
  const char  *unit;   /* NULL ends the list */
  const char  *label;
} MetricDef;

typedef struct
{
  guint            phase;   /* index into the phases */
  TpLaneKind       lane;    /* the lane of this kind */
  TpCardKind       kind;
  const char      *title;
  const char      *description;
  TpEvidence       evidence;
  gboolean         moment_that_matters;
  int              score;
  const char      *feeling;
  TpChannel        channel;
  TpTouchpointType touchpoint_type;
  const char      *department;
  int              severity;
  int              impact;
  int              effort;
  MetricDef        metrics[2];
} CardDef;

typedef struct
{
  guint            from;    /* index into the cards */
  guint            to;
  TpConnectionKind kind;
  const char      *label;
} ConnectionDef;

typedef struct
{
  guint  card;              /* index into the cards */
  double x;
  double y;
  double dwell;
} PlacementDef;

typedef struct
{
  TpZoneKind  kind;
  const char *name;
  double      x, y, width, height;
} ZoneDef;

typedef struct
{
  const char    *name;
  double         width;
  double         height;
  const ZoneDef *zones;
  guint          n_zones;
} FloorPlanDef;

typedef struct
{
  TpLens               lens;
  const char          *label;
  const char          *description;
  const char          *journey_title;
  const PhaseDef      *phases;
  guint                n_phases;
  const LaneDef       *lanes;
  guint                n_lanes;
  const CardDef       *cards;
  guint                n_cards;
  const ConnectionDef *connections;
  guint                n_connections;
  const PlacementDef  *placements;
  guint                n_placements;
  const FloorPlanDef  *floor_plan;
} TemplateDef;

extern const TemplateDef tp_templates[];
extern const guint       tp_n_templates;

G_END_DECLS
