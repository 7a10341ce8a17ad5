/* tp-templates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey templates ("lenses") of PRODUCT.md §3: phases, lanes and a few
 * example cards, written as data and built into model objects.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-model.h"
#include "tp-element-private.h"
#include "tp-templates-private.h"

/* Pleasant, distinct phase colours (the GNOME palette, light shades). */
const char *
tp_template_phase_color (guint index)
{
  guint n_colors;
  const char * const *colors = tp_phase_get_palette (&n_colors);

  return colors[index % n_colors];
}

static const TemplateDef *
find_template (TpLens lens)
{
  for (guint i = 0; i < tp_n_templates; i++)
    if (tp_templates[i].lens == lens)
      return &tp_templates[i];

  return NULL;
}

const char *
tp_template_get_label (TpLens lens)
{
  const TemplateDef *def = find_template (lens);

  g_return_val_if_fail (def != NULL, NULL);

  return _(def->label);
}

const char *
tp_template_get_description (TpLens lens)
{
  const TemplateDef *def = find_template (lens);

  g_return_val_if_fail (def != NULL, NULL);

  return _(def->description);
}

static const char *
tr (const char *msgid)
{
  return msgid != NULL ? _(msgid) : "";
}

static TpCard *
build_card (TpProject     *project,
            const CardDef *cd,
            TpPhase      **phases,
            TpLane       **lanes_by_kind)
{
  g_autofree char *id = tp_project_new_id (project, "card");
  TpCard *card = tp_card_new (id, cd->kind);

  g_assert (lanes_by_kind[cd->lane] != NULL);

  g_object_set (card,
                "phase", tp_element_get_id (TP_ELEMENT (phases[cd->phase])),
                "lane", tp_element_get_id (TP_ELEMENT (lanes_by_kind[cd->lane])),
                "title", tr (cd->title),
                "description", tr (cd->description),
                "evidence", cd->evidence,
                "moment-that-matters", cd->moment_that_matters,
                NULL);

  switch (cd->kind)
    {
    case TP_CARD_KIND_TOUCHPOINT:
      g_object_set (card,
                    "channel", cd->channel,
                    "touchpoint-type", cd->touchpoint_type,
                    "department", tr (cd->department),
                    NULL);
      for (guint m = 0; m < G_N_ELEMENTS (cd->metrics) && cd->metrics[m].unit != NULL; m++)
        {
          g_autoptr(TpMetric) metric = tp_metric_new (cd->metrics[m].kind);

          g_object_set (metric,
                        "label", tr (cd->metrics[m].label),
                        "value", cd->metrics[m].value,
                        "unit", cd->metrics[m].unit,
                        NULL);
          _tp_element_append_child (TP_ELEMENT (card), TP_LIST_METRICS, TP_ELEMENT (metric));
        }
      break;

    case TP_CARD_KIND_EMOTION:
      g_object_set (card,
                    "emotion-score", cd->score,
                    "feeling", tr (cd->feeling),
                    NULL);
      break;

    case TP_CARD_KIND_PAIN_POINT:
      g_object_set (card, "severity", cd->severity, NULL);
      break;

    case TP_CARD_KIND_OPPORTUNITY:
      g_object_set (card, "impact", cd->impact, "effort", cd->effort, NULL);
      break;

    case TP_CARD_KIND_ACTIVITY:
    case TP_CARD_KIND_THOUGHT:
    case TP_CARD_KIND_CHANNEL:
    case TP_CARD_KIND_EVIDENCE:
    case TP_CARD_KIND_FRONTSTAGE:
    case TP_CARD_KIND_BACKSTAGE:
    case TP_CARD_KIND_SUPPORT:
    case TP_CARD_KIND_METRIC:
    case TP_CARD_KIND_NOTE:
    default:
      break;
    }

  return card;
}

static TpFloorPlan *
build_floor_plan (TpProject         *project,
                  const FloorPlanDef *fd)
{
  g_autofree char *id = tp_project_new_id (project, "plan");
  TpFloorPlan *plan = tp_floor_plan_new (id);

  g_object_set (plan,
                "name", tr (fd->name),
                "width", fd->width,
                "height", fd->height,
                NULL);

  for (guint z = 0; z < fd->n_zones; z++)
    {
      const ZoneDef *zd = &fd->zones[z];
      g_autofree char *zone_id = tp_project_new_id (project, "zone");
      g_autoptr(TpZone) zone = tp_zone_new (zone_id, zd->kind);

      g_object_set (zone,
                    "name", tr (zd->name),
                    "shape", TP_ZONE_SHAPE_RECT,
                    "x", zd->x, "y", zd->y,
                    "width", zd->width, "height", zd->height,
                    NULL);
      _tp_element_append_child (TP_ELEMENT (plan), TP_LIST_ZONES, TP_ELEMENT (zone));
    }

  return plan;
}

static TpJourney *
build_journey (TpProject         *project,
               const TemplateDef *def,
               TpFloorPlan       *plan)
{
  g_autofree char *journey_id = tp_project_new_id (project, "journey");
  g_autofree TpPhase **phases = g_new0 (TpPhase *, def->n_phases);
  g_autofree TpCard **cards = g_new0 (TpCard *, def->n_cards);
  TpLane *lanes_by_kind[TP_LANE_KIND_TEXT + 1] = { NULL };
  TpJourney *journey = tp_journey_new (journey_id);

  g_object_set (journey,
                "title", tr (def->journey_title),
                "lens", def->lens,
                "state", TP_JOURNEY_STATE_CURRENT,
                NULL);

  if (plan != NULL)
    g_object_set (journey, "floor-plan", tp_element_get_id (TP_ELEMENT (plan)), NULL);

  for (guint p = 0; p < def->n_phases; p++)
    {
      g_autofree char *id = tp_project_new_id (project, "phase");
      g_autoptr(TpPhase) phase = tp_phase_new (id);

      g_object_set (phase,
                    "title", tr (def->phases[p].title),
                    "description", tr (def->phases[p].description),
                    "color", tp_template_phase_color (p),
                    NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
      phases[p] = phase;
    }

  for (guint l = 0; l < def->n_lanes; l++)
    {
      const LaneDef *ld = &def->lanes[l];
      g_autofree char *id = tp_project_new_id (project, "lane");
      g_autoptr(TpLane) lane = tp_lane_new (id, ld->kind);

      g_object_set (lane,
                    "title", tp_enum_get_label (TP_TYPE_LANE_KIND, ld->kind),
                    "hidden-in-map", ld->hidden_in_map,
                    "hidden-in-blueprint", ld->hidden_in_blueprint,
                    NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));
      lanes_by_kind[ld->kind] = lane;
    }

  for (guint c = 0; c < def->n_cards; c++)
    {
      g_autoptr(TpCard) card = build_card (project, &def->cards[c], phases, lanes_by_kind);

      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));
      cards[c] = card;
    }

  for (guint c = 0; c < def->n_connections; c++)
    {
      const ConnectionDef *cd = &def->connections[c];
      g_autofree char *id = tp_project_new_id (project, "link");
      g_autoptr(TpConnection) connection =
        tp_connection_new (id,
                           tp_element_get_id (TP_ELEMENT (cards[cd->from])),
                           tp_element_get_id (TP_ELEMENT (cards[cd->to])));

      g_object_set (connection, "kind", cd->kind, "label", tr (cd->label), NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CONNECTIONS,
                                TP_ELEMENT (connection));
    }

  for (guint s = 0; s < def->n_placements; s++)
    {
      const PlacementDef *pd = &def->placements[s];
      g_autofree char *id = tp_project_new_id (project, "stop");
      g_autoptr(TpPlacement) placement =
        tp_placement_new (id, tp_element_get_id (TP_ELEMENT (cards[pd->card])));

      g_object_set (placement, "x", pd->x, "y", pd->y, "dwell", pd->dwell, NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PLACEMENTS,
                                TP_ELEMENT (placement));
    }

  return journey;
}

TpJourney *
tp_template_add_journey (TpProject *project,
                         TpLens     lens)
{
  const TemplateDef *def = find_template (lens);
  g_autoptr(TpFloorPlan) plan = NULL;
  g_autoptr(TpJourney) journey = NULL;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (def != NULL, NULL);

  if (def->floor_plan != NULL)
    plan = build_floor_plan (project, def->floor_plan);

  journey = build_journey (project, def, plan);

  tp_project_begin (project, _("Add Journey"));
  if (plan != NULL)
    tp_project_insert (project, project, TP_LIST_FLOOR_PLANS, -1, plan);
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  tp_project_commit (project);

  /* The project owns it now. */
  return journey;
}

TpProject *
tp_template_new_project (TpLens lens)
{
  TpProject *project;

  g_return_val_if_fail (find_template (lens) != NULL, NULL);

  project = tp_project_new ();
  tp_template_add_journey (project, lens);
  tp_project_clear_history (project);
  tp_project_mark_saved (project);

  return project;
}
