/* tp-format-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a project as a .touchpoint file: members in the order of
 * docs/FORMAT.md, then the unknown members in their original order.
 */

#include "config.h"

#include <string.h>

#include "tp-format-private.h"

void
_tp_write_extra (TpJsonWriter       *w,
                 JsonObject         *extra,
                 const char * const *skip)
{
  GList *names;

  if (extra == NULL)
    return;

  names = json_object_get_members (extra);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (skip != NULL && g_strv_contains (skip, name))
        continue;
      tp_json_writer_member (w, name);
      tp_json_writer_node (w, json_object_get_member (extra, name));
    }
  g_list_free (names);
}

/* The unknown members kept for the kind-specific object @name of @element. */
static JsonObject *
sub_extra (TpElement  *element,
           const char *name)
{
  JsonObject *extra = tp_element_get_extra (element);
  JsonNode *node;

  if (extra == NULL || (node = json_object_get_member (extra, name)) == NULL
      || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static void
write_strv (TpJsonWriter       *w,
            const char         *member,
            const char * const *strv)
{
  tp_json_writer_member (w, member);
  tp_json_writer_begin_array (w);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    tp_json_writer_string (w, strv[i]);
  tp_json_writer_end_array (w);
}

static void
write_enum (TpJsonWriter *w,
            const char   *member,
            GType         type,
            int           value)
{
  tp_json_writer_member (w, member);
  tp_json_writer_string (w, tp_enum_to_nick (type, value));
}

static void
write_string (TpJsonWriter *w,
              const char   *member,
              const char   *value)
{
  tp_json_writer_member (w, member);
  tp_json_writer_string (w, value);
}

static void
write_double (TpJsonWriter *w,
              const char   *member,
              double        value)
{
  tp_json_writer_member (w, member);
  tp_json_writer_double (w, value);
}

static void
write_int (TpJsonWriter *w,
           const char   *member,
           int           value)
{
  tp_json_writer_member (w, member);
  tp_json_writer_int (w, value);
}

static void
write_bool (TpJsonWriter *w,
            const char   *member,
            gboolean      value)
{
  tp_json_writer_member (w, member);
  tp_json_writer_boolean (w, value);
}

static void
write_persona (TpJsonWriter *w,
               TpPersona    *persona)
{
  static const char * const known[] = {
    "id", "name", "description", "goals", "frustrations", "color", "photo", NULL
  };
  static const char * const photo_known[] = { "media_type", "data", NULL };

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (persona)));
  write_string (w, "name", tp_persona_get_name (persona));
  write_string (w, "description", tp_persona_get_description (persona));
  write_strv (w, "goals", tp_persona_get_goals (persona));
  write_strv (w, "frustrations", tp_persona_get_frustrations (persona));
  write_string (w, "color", tp_persona_get_color (persona));
  /* Omitted without a photo, so files from before it existed keep their bytes. */
  if (tp_persona_get_photo (persona) != NULL && tp_persona_get_photo_type (persona) != NULL)
    {
      tp_json_writer_member (w, "photo");
      tp_json_writer_begin_object (w);
      _tp_write_image_data (w, tp_persona_get_photo (persona), tp_persona_get_photo_type (persona));
      _tp_write_extra (w, sub_extra (TP_ELEMENT (persona), "photo"), photo_known);
      tp_json_writer_end_object (w);
    }
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (persona)), known);
  tp_json_writer_end_object (w);
}

void
_tp_write_phase (TpJsonWriter *w,
                 TpPhase      *phase)
{
  static const char * const known[] = { "id", "title", "description", "color", NULL };

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (phase)));
  write_string (w, "title", tp_phase_get_title (phase));
  write_string (w, "description", tp_phase_get_description (phase));
  write_string (w, "color", tp_phase_get_color (phase));
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (phase)), known);
  tp_json_writer_end_object (w);
}

void
_tp_write_lane (TpJsonWriter *w,
                TpLane       *lane)
{
  static const char * const known[] = {
    "id", "kind", "title", "hidden_in_map", "hidden_in_blueprint", NULL
  };

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (lane)));
  write_enum (w, "kind", TP_TYPE_LANE_KIND, tp_lane_get_kind (lane));
  write_string (w, "title", tp_lane_get_title (lane));
  write_bool (w, "hidden_in_map", tp_lane_get_hidden_in_map (lane));
  write_bool (w, "hidden_in_blueprint", tp_lane_get_hidden_in_blueprint (lane));
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (lane)), known);
  tp_json_writer_end_object (w);
}

static void
write_metric (TpJsonWriter *w,
              TpMetric     *metric)
{
  static const char * const known[] = { "kind", "label", "value", "unit", NULL };

  tp_json_writer_begin_object (w);
  write_enum (w, "kind", TP_TYPE_METRIC_KIND, tp_metric_get_kind (metric));
  write_string (w, "label", tp_metric_get_label (metric));
  write_double (w, "value", tp_metric_get_value (metric));
  write_string (w, "unit", tp_metric_get_unit (metric));
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (metric)), known);
  tp_json_writer_end_object (w);
}

/* The object of a card's own kind ("touchpoint", "emotion"…): its fields in the order of the
 * table (tp-card-kind.h), the metrics, then what this version does not know. */
static void
write_card_sub (TpJsonWriter         *w,
                TpCard               *card,
                const TpCardKindInfo *info)
{
  const char *known[8];
  guint n_known = 0;

  tp_json_writer_member (w, info->member);
  tp_json_writer_begin_object (w);
  for (const TpCardField *field = info->fields; field->member != NULL; field++)
    {
      GParamSpec *pspec = tp_card_field_get_pspec (field);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (card), field->property, &value);
      if (field->type == TP_CARD_FIELD_STRING)
        write_string (w, field->member, g_value_get_string (&value));
      else if (field->type == TP_CARD_FIELD_ENUM)
        write_enum (w, field->member, pspec->value_type, g_value_get_enum (&value));
      else
        write_int (w, field->member, g_value_get_int (&value));
      g_assert (n_known < G_N_ELEMENTS (known) - 2);
      known[n_known++] = field->member;
    }
  if (info->has_metrics)
    {
      GPtrArray *metrics = tp_card_get_metrics (card);

      tp_json_writer_member (w, "metrics");
      tp_json_writer_begin_array (w);
      for (guint i = 0; metrics != NULL && i < metrics->len; i++)
        write_metric (w, g_ptr_array_index (metrics, i));
      tp_json_writer_end_array (w);
      known[n_known++] = "metrics";
    }
  known[n_known] = NULL;
  _tp_write_extra (w, sub_extra (TP_ELEMENT (card), info->member), known);
  tp_json_writer_end_object (w);
}

void
_tp_write_card (TpJsonWriter *w,
                TpCard       *card)
{
  static const char * const base[] = {
    "id", "kind", "phase", "lane", "title", "description", "tags", "evidence",
    "moment_that_matters", NULL
  };
  TpElement *element = TP_ELEMENT (card);
  TpCardKind kind = tp_card_get_kind (card);
  const TpCardKindInfo *info = tp_card_kind_get_info (kind);
  const char *skip[G_N_ELEMENTS (base) + 4];
  const char *sub = info->member;
  guint n_skip;

  memcpy (skip, base, sizeof base);
  skip[G_N_ELEMENTS (base)] = NULL;

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (element));
  write_enum (w, "kind", TP_TYPE_CARD_KIND, kind);
  write_string (w, "phase", tp_card_get_phase (card));
  write_string (w, "lane", tp_card_get_lane (card));
  write_string (w, "title", tp_card_get_title (card));
  write_string (w, "description", tp_card_get_description (card));
  write_strv (w, "tags", tp_card_get_tags (card));
  write_enum (w, "evidence", TP_TYPE_EVIDENCE, tp_card_get_evidence (card));
  write_bool (w, "moment_that_matters", tp_card_get_moment_that_matters (card));

  if (sub != NULL)
    write_card_sub (w, card, info);

  /* Blueprint members (docs/FORMAT.md), omitted when empty so that a
   * version-1 file round-trips byte for byte. */
  n_skip = G_N_ELEMENTS (base) - 1;
  if (kind != TP_CARD_KIND_TOUCHPOINT && *tp_card_get_department (card) != '\0')
    {
      write_string (w, "department", tp_card_get_department (card));
      skip[n_skip++] = "department";
    }
  if (tp_card_get_fail_point (card))
    {
      static const char * const fail_point_known[] = { "severity", NULL };

      tp_json_writer_member (w, "fail_point");
      tp_json_writer_begin_object (w);
      write_int (w, "severity", tp_card_get_fail_point_severity (card));
      _tp_write_extra (w, sub_extra (element, "fail_point"), fail_point_known);
      tp_json_writer_end_object (w);
      skip[n_skip++] = "fail_point";
    }
  if (tp_card_get_duration (card) > 0)
    {
      write_double (w, "duration", tp_card_get_duration (card));
      skip[n_skip++] = "duration";
    }
  if (sub != NULL)
    skip[n_skip++] = sub;
  skip[n_skip] = NULL;
  _tp_write_extra (w, tp_element_get_extra (element), skip);
  tp_json_writer_end_object (w);
}

static void
write_connection (TpJsonWriter *w,
                  TpConnection *connection)
{
  static const char * const known[] = { "id", "from", "to", "kind", "label", NULL };
  static const char * const known_flow_kind[] = {
    "id", "from", "to", "kind", "flow_kind", "label", NULL
  };
  TpConnectionKind kind = tp_connection_get_kind (connection);
  gboolean flow_kind = kind == TP_CONNECTION_KIND_REWORK || kind == TP_CONNECTION_KIND_WAIT;

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (connection)));
  write_string (w, "from", tp_connection_get_from (connection));
  write_string (w, "to", tp_connection_get_to (connection));
  /* Rework and wait are written as flows refined by "flow_kind", so that a
   * version-1 Touchpoint, which refuses unknown kinds, reads them as flows. */
  write_enum (w, "kind", TP_TYPE_CONNECTION_KIND, flow_kind ? TP_CONNECTION_KIND_FLOW : kind);
  if (flow_kind)
    write_enum (w, "flow_kind", TP_TYPE_CONNECTION_KIND, kind);
  write_string (w, "label", tp_connection_get_label (connection));
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (connection)),
                   flow_kind ? known_flow_kind : known);
  tp_json_writer_end_object (w);
}

static void
write_placement (TpJsonWriter *w,
                 TpPlacement  *placement)
{
  static const char * const known[] = { "id", "card", "x", "y", "dwell", NULL };

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (placement)));
  write_string (w, "card", tp_placement_get_card (placement));
  write_double (w, "x", tp_placement_get_x (placement));
  write_double (w, "y", tp_placement_get_y (placement));
  write_double (w, "dwell", tp_placement_get_dwell (placement));
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (placement)), known);
  tp_json_writer_end_object (w);
}

static void
write_list (TpJsonWriter *w,
            const char   *member,
            GPtrArray    *items,
            void        (*write) (TpJsonWriter *w, gpointer item))
{
  tp_json_writer_member (w, member);
  tp_json_writer_begin_array (w);
  for (guint i = 0; items != NULL && i < items->len; i++)
    write (w, g_ptr_array_index (items, i));
  tp_json_writer_end_array (w);
}

static void
write_journey (TpJsonWriter *w,
               TpJourney    *journey)
{
  static const char * const known[] = {
    "id", "title", "persona", "floor_plan", "state", "current_state", "lens", "notes", "phases",
    "lanes", "cards", "connections", "placements", NULL
  };

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (journey)));
  write_string (w, "title", tp_journey_get_title (journey));
  tp_json_writer_member (w, "persona");
  tp_json_writer_string_or_null (w, tp_journey_get_persona (journey));
  tp_json_writer_member (w, "floor_plan");
  tp_json_writer_string_or_null (w, tp_journey_get_floor_plan (journey));
  write_enum (w, "state", TP_TYPE_JOURNEY_STATE, tp_journey_get_state (journey));
  /* Omitted when unset, so files from before it existed keep their bytes. */
  if (tp_journey_get_current_state (journey) != NULL)
    write_string (w, "current_state", tp_journey_get_current_state (journey));
  write_enum (w, "lens", TP_TYPE_LENS, tp_journey_get_lens (journey));
  write_string (w, "notes", tp_journey_get_notes (journey));
  write_list (w, "phases", tp_journey_get_phases (journey), (gpointer) _tp_write_phase);
  write_list (w, "lanes", tp_journey_get_lanes (journey), (gpointer) _tp_write_lane);
  write_list (w, "cards", tp_journey_get_cards (journey), (gpointer) _tp_write_card);
  write_list (w, "connections", tp_journey_get_connections (journey), (gpointer) write_connection);
  write_list (w, "placements", tp_journey_get_placements (journey), (gpointer) write_placement);
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (journey)), known);
  tp_json_writer_end_object (w);
}

static void
write_zone (TpJsonWriter *w,
            TpZone       *zone)
{
  static const char * const known_rect[] = {
    "id", "name", "kind", "shape", "rect", "walkable", NULL
  };
  static const char * const known_polygon[] = {
    "id", "name", "kind", "shape", "points", "walkable", NULL
  };
  static const char * const rect_known[] = { "x", "y", "width", "height", NULL };
  TpZoneShape shape = tp_zone_get_shape (zone);
  TpElement *element = TP_ELEMENT (zone);

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (element));
  write_string (w, "name", tp_zone_get_name (zone));
  write_enum (w, "kind", TP_TYPE_ZONE_KIND, tp_zone_get_kind (zone));
  write_enum (w, "shape", TP_TYPE_ZONE_SHAPE, shape);
  if (shape == TP_ZONE_SHAPE_RECT)
    {
      double x, y, width, height;

      tp_zone_get_bounds (zone, &x, &y, &width, &height);
      tp_json_writer_member (w, "rect");
      tp_json_writer_begin_object (w);
      write_double (w, "x", x);
      write_double (w, "y", y);
      write_double (w, "width", width);
      write_double (w, "height", height);
      _tp_write_extra (w, sub_extra (element, "rect"), rect_known);
      tp_json_writer_end_object (w);
    }
  else
    {
      GVariant *points = tp_zone_get_points (zone);
      gsize n = points != NULL ? g_variant_n_children (points) : 0;

      tp_json_writer_member (w, "points");
      tp_json_writer_begin_array (w);
      for (gsize i = 0; i < n; i++)
        {
          double x, y;

          g_variant_get_child (points, i, "(dd)", &x, &y);
          tp_json_writer_begin_array (w);
          tp_json_writer_double (w, x);
          tp_json_writer_double (w, y);
          tp_json_writer_end_array (w);
        }
      tp_json_writer_end_array (w);
    }
  /* Only where the zone differs from its kind, so older files keep their bytes. */
  if (tp_zone_walkable_is_own (zone))
    write_bool (w, "walkable", tp_zone_is_walkable (zone));
  _tp_write_extra (w, tp_element_get_extra (element),
                   shape == TP_ZONE_SHAPE_RECT ? known_rect : known_polygon);
  tp_json_writer_end_object (w);
}

static void
write_image (TpJsonWriter *w,
             TpFloorPlan  *floor_plan)
{
  static const char * const image_known[] = {
    "media_type", "data", "x", "y", "metres_per_pixel", "opacity", "locked", NULL
  };
  GBytes *image = tp_floor_plan_get_image (floor_plan);
  const char *type = tp_floor_plan_get_image_type (floor_plan);
  g_autofree char *data = NULL;
  gsize size;
  const guchar *bytes;

  tp_json_writer_member (w, "image");
  if (image == NULL || type == NULL)
    {
      tp_json_writer_null (w);
      return;
    }

  bytes = g_bytes_get_data (image, &size);
  data = g_base64_encode (bytes, size);
  tp_json_writer_begin_object (w);
  write_string (w, "media_type", type);
  tp_json_writer_member (w, "data");
  tp_json_writer_ascii_string (w, data, strlen (data));
  /* Where the image lies: omitted at the defaults, so files from before these members existed
   * round-trip unchanged. */
  if (tp_floor_plan_get_image_x (floor_plan) != 0.0 || tp_floor_plan_get_image_y (floor_plan) != 0.0)
    {
      write_double (w, "x", tp_floor_plan_get_image_x (floor_plan));
      write_double (w, "y", tp_floor_plan_get_image_y (floor_plan));
    }
  if (tp_floor_plan_get_image_scale (floor_plan) > 0.0)
    write_double (w, "metres_per_pixel", tp_floor_plan_get_image_scale (floor_plan));
  if (tp_floor_plan_get_image_opacity (floor_plan) != 0.5)
    write_double (w, "opacity", tp_floor_plan_get_image_opacity (floor_plan));
  if (tp_floor_plan_get_image_locked (floor_plan))
    write_bool (w, "locked", TRUE);
  _tp_write_extra (w, sub_extra (TP_ELEMENT (floor_plan), "image"), image_known);
  tp_json_writer_end_object (w);
}

static void
write_floor_plan (TpJsonWriter *w,
                  TpFloorPlan  *floor_plan)
{
  static const char * const known[] = {
    "id", "name", "width", "height", "image", "zones", NULL
  };

  tp_json_writer_begin_object (w);
  write_string (w, "id", tp_element_get_id (TP_ELEMENT (floor_plan)));
  write_string (w, "name", tp_floor_plan_get_name (floor_plan));
  write_double (w, "width", tp_floor_plan_get_width (floor_plan));
  write_double (w, "height", tp_floor_plan_get_height (floor_plan));
  write_image (w, floor_plan);
  write_list (w, "zones", tp_floor_plan_get_zones (floor_plan), (gpointer) write_zone);
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (floor_plan)), known);
  tp_json_writer_end_object (w);
}

/* A rough size of the output, so the buffer rarely grows. */
static gsize
estimate_size (TpProject *project)
{
  GPtrArray *journeys = tp_project_get_journeys (project);
  GPtrArray *floor_plans = tp_project_get_floor_plans (project);
  gsize size = 4096;

  for (guint i = 0; journeys != NULL && i < journeys->len; i++)
    size += 800 * tp_journey_get_cards (g_ptr_array_index (journeys, i))->len;
  for (guint i = 0; floor_plans != NULL && i < floor_plans->len; i++)
    {
      GBytes *image = tp_floor_plan_get_image (g_ptr_array_index (floor_plans, i));

      if (image != NULL)
        size += g_bytes_get_size (image) * 4 / 3 + 4;
    }
  return size;
}

GBytes *
tp_format_save_to_bytes (TpProject *project)
{
  static const char * const known[] = {
    "format", "version", "generator", "title", "description", "personas",
    "floor_plans", "journeys", NULL
  };
  TpJsonWriter *w;

  g_return_val_if_fail (TP_IS_PROJECT (project), NULL);

  w = tp_json_writer_new (estimate_size (project));
  tp_json_writer_begin_object (w);
  write_string (w, "format", TP_FORMAT_NAME);
  write_int (w, "version", TP_FORMAT_VERSION);
  write_string (w, "generator", PACKAGE_NAME " " PACKAGE_VERSION);
  write_string (w, "title", tp_project_get_title (project));
  write_string (w, "description", tp_project_get_description (project));
  write_list (w, "personas", tp_project_get_personas (project), (gpointer) write_persona);
  write_list (w, "floor_plans", tp_project_get_floor_plans (project), (gpointer) write_floor_plan);
  write_list (w, "journeys", tp_project_get_journeys (project), (gpointer) write_journey);
  _tp_write_extra (w, tp_element_get_extra (TP_ELEMENT (project)), known);
  tp_json_writer_end_object (w);

  return tp_json_writer_free_to_bytes (w);
}
