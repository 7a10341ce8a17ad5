/* tp-io-sample.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project that uses every part of the file format: personas, a floor plan
 * with an embedded PNG, rectangle and polygon zones, every card kind with its
 * kind-specific fields, blueprint members (departments, fail points, durations,
 * rework and wait connections), metrics, connections, placements, awkward text and
 * numbers, and unknown members. Built with the model API, not from JSON.
 */

#pragma once

#include "model/tp-model.h"

/* A real 1×1 PNG. */
#define TP_IO_SAMPLE_PNG_BASE64 \
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="

static inline void
tp_io_sample_append (gpointer  parent,
                     TpListId  list,
                     gpointer  child)
{
  _tp_element_append_child (TP_ELEMENT (parent), list, TP_ELEMENT (child));
  g_object_unref (child);
}

static inline TpProject *
tp_io_sample_project (void)
{
  TpProject *project = tp_project_new ();
  TpPersona *persona = tp_persona_new ("persona-ada");
  TpFloorPlan *plan = tp_floor_plan_new ("plan-shop");
  TpJourney *journey = tp_journey_new ("journey-visit");
  TpZone *zone;
  TpCard *card;
  TpMetric *metric;
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GVariantBuilder) points = g_variant_builder_new (G_VARIANT_TYPE ("a(dd)"));
  const char *goals[] = { "Find a gift", "Pay quickly", NULL };
  const char *tags[] = { "quote \"x\"", "tab\there", "æøå ✓ 😀", NULL };
  gsize png_size;
  guchar *png = g_base64_decode (TP_IO_SAMPLE_PNG_BASE64, &png_size);
  g_autoptr(GBytes) image = g_bytes_new_take (png, png_size);

  g_object_set (project, "title", "Every part", "description", "Line one\nline two", NULL);
  json_object_set_string_member (extra, "x_future", "kept");
  tp_element_set_extra (TP_ELEMENT (project), extra);

  g_object_set (persona, "name", "Ada", "description", "Back\\slash", "goals", goals,
                "color", "#3584e4", NULL);
  tp_io_sample_append (project, TP_LIST_PERSONAS, persona);

  g_object_set (plan, "name", "Shop", "width", 20.5, "height", 12.0, "image", image,
                "image-type", "image/png", "image-x", -0.5, "image-y", 1.25, "image-scale", 0.02,
                "image-opacity", 0.35, "image-locked", TRUE, NULL);
  zone = tp_zone_new ("zone-door", TP_ZONE_KIND_ENTRANCE);
  g_object_set (zone, "name", "Door", "x", 0.0, "y", 5.0, "width", 1.5, "height", 2.0, NULL);
  tp_io_sample_append (plan, TP_LIST_ZONES, zone);
  zone = tp_zone_new ("zone-till", TP_ZONE_KIND_CHECKOUT);
  g_variant_builder_add (points, "(dd)", 10.0, 1.0);
  g_variant_builder_add (points, "(dd)", 14.25, 1.0);
  g_variant_builder_add (points, "(dd)", 12.0, 4.1);
  g_object_set (zone, "name", "Till", "shape", TP_ZONE_SHAPE_POLYGON,
                "points", g_variant_builder_end (points), NULL);
  tp_io_sample_append (plan, TP_LIST_ZONES, zone);
  zone = tp_zone_new ("zone-shelf", TP_ZONE_KIND_SHELF);
  g_object_set (zone, "name", "Shelf", "x", 4.0, "y", 2.0, "width", 0.6, "height", 6.0, NULL);
  tp_io_sample_append (plan, TP_LIST_ZONES, zone);
  tp_io_sample_append (project, TP_LIST_FLOOR_PLANS, plan);

  g_object_set (journey, "title", "Visit", "persona", "persona-ada", "floor-plan", "plan-shop",
                "state", TP_JOURNEY_STATE_FUTURE, "lens", TP_LENS_STORE_VISIT, NULL);
  tp_io_sample_append (project, TP_LIST_JOURNEYS, journey);
  tp_io_sample_append (journey, TP_LIST_PHASES, tp_phase_new ("phase-enter"));
  tp_io_sample_append (journey, TP_LIST_PHASES, tp_phase_new ("phase-pay"));
  tp_io_sample_append (journey, TP_LIST_LANES, tp_lane_new ("lane-steps", TP_LANE_KIND_ACTIVITY));
  tp_io_sample_append (journey, TP_LIST_LANES, tp_lane_new ("lane-feel", TP_LANE_KIND_FEELINGS));

  for (int kind = TP_CARD_KIND_ACTIVITY; kind <= TP_CARD_KIND_NOTE; kind++)
    {
      g_autofree char *id = g_strdup_printf ("card-%s", tp_enum_to_nick (TP_TYPE_CARD_KIND, kind));
      g_autofree char *title = g_strdup_printf ("A %s", tp_enum_to_nick (TP_TYPE_CARD_KIND, kind));

      card = tp_card_new (id, kind);
      g_object_set (card, "phase", kind % 2 ? "phase-pay" : "phase-enter",
                    "lane", kind == TP_CARD_KIND_EMOTION ? "lane-feel" : "lane-steps",
                    "title", title, "tags", tags, "evidence", TP_EVIDENCE_OBSERVED,
                    "moment-that-matters", kind == TP_CARD_KIND_PAIN_POINT,
                    "channel", TP_CHANNEL_STORE, "touchpoint-type", TP_TOUCHPOINT_TYPE_INTERNAL,
                    "department", "Sales", "emotion-score", -2, "feeling", "Rushed",
                    "severity", 4, "impact", 5, "effort", 1, NULL);
      if (kind == TP_CARD_KIND_TOUCHPOINT)
        {
          metric = tp_metric_new (TP_METRIC_KIND_CONVERSION_RATE);
          g_object_set (metric, "value", 12.5, "unit", "%", NULL);
          tp_io_sample_append (card, TP_LIST_METRICS, metric);
          metric = tp_metric_new (TP_METRIC_KIND_CUSTOM);
          g_object_set (metric, "label", "Queue length", "value", 1.0 / 3.0, "unit", "", NULL);
          tp_io_sample_append (card, TP_LIST_METRICS, metric);
        }
      if (kind == TP_CARD_KIND_FRONTSTAGE)
        g_object_set (card, "fail-point", TRUE, "fail-point-severity", 3, "duration", 7.5, NULL);
      if (kind == TP_CARD_KIND_SUPPORT)
        g_object_set (card, "fail-point", TRUE, "department", "", "duration", 2880.0, NULL);
      tp_io_sample_append (journey, TP_LIST_CARDS, card);
    }

  tp_io_sample_append (journey, TP_LIST_CONNECTIONS,
                       tp_connection_new ("link-1", "card-activity", "card-touchpoint"));
  tp_io_sample_append (journey, TP_LIST_CONNECTIONS,
                       g_object_new (TP_TYPE_CONNECTION, "id", "link-rework", "from", "card-backstage",
                                     "to", "card-frontstage", "kind", TP_CONNECTION_KIND_REWORK,
                                     "label", "if the form is incomplete", NULL));
  tp_io_sample_append (journey, TP_LIST_CONNECTIONS,
                       g_object_new (TP_TYPE_CONNECTION, "id", "link-wait", "from", "card-frontstage",
                                     "to", "card-support", "kind", TP_CONNECTION_KIND_WAIT, NULL));
  tp_io_sample_append (journey, TP_LIST_PLACEMENTS,
                       g_object_new (TP_TYPE_PLACEMENT, "id", "place-1", "card", "card-touchpoint",
                                     "x", 3.25, "y", 4.0, "dwell", 90.0, NULL));

  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return project;
}
