/* tp-format-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building a TpProject straight from the tokens of a .touchpoint file: the
 * top level, personas, journeys and what only journeys hold. Cards, phases,
 * lanes and floor plans are in tp-format-load-elements.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-format-private.h"

/* Appends @child (owned) to @parent and drops our reference. */
static void
append_owned (gpointer   parent,
              TpListId   list,
              TpElement *child)
{
  _tp_element_append_child (TP_ELEMENT (parent), list, child);
  g_object_unref (child);
}

/* A persona's photo: an embedded picture, or null. */
static gboolean
load_photo (TpLoader    *l,
            TpProps     *props,
            JsonObject **extra)
{
  guint line = _tp_loader_line (l);
  g_autoptr(JsonObject) sub_extra = NULL;
  TpImageReader r = { 0 };
  const char *name;

  if (!_tp_loader_enter_object (l))
    return FALSE;

  while (_tp_loader_next_member (l, &name))
    {
      gboolean handled;

      if (!_tp_loader_image_member (l, name, &r, &handled))
        break;
      if (!handled && !_tp_loader_unknown (l, &sub_extra))
        break;
    }

  if (!_tp_loader_ok (l) || !_tp_loader_image_finish (l, line, &r))
    {
      _tp_image_reader_clear (&r);
      return FALSE;
    }
  _tp_loader_leave (l);

  _tp_props_take_boxed (props, "photo", G_TYPE_BYTES, g_steal_pointer (&r.image));
  _tp_props_string (props, "photo-type", r.media_type);
  _tp_image_reader_clear (&r);
  if (sub_extra != NULL)
    {
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_object_member (*extra, "photo", g_steal_pointer (&sub_extra));
    }
  return TRUE;
}

static TpElement *
load_persona (TpLoader *l)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0;
  g_autofree char *id = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_auto(GStrv) goals = NULL;
  g_auto(GStrv) frustrations = NULL;
  gboolean have_name = FALSE;
  TpProps props = { 0 };
  TpPersona *persona;
  const char *name;
  char color[8];

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;

      if (strcmp (name, "id") == 0)
        {
          id_line = _tp_loader_line (l);
          if ((s = _tp_loader_id (l)) == NULL)
            break;
          g_free (id);
          id = g_strdup (s);
        }
      else if (strcmp (name, "name") == 0 || strcmp (name, "description") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, name[0] == 'n' ? "name" : "description", s);
          have_name |= name[0] == 'n';
        }
      else if (strcmp (name, "goals") == 0)
        {
          if (!_tp_loader_strv (l, &goals))
            break;
        }
      else if (strcmp (name, "frustrations") == 0)
        {
          if (!_tp_loader_strv (l, &frustrations))
            break;
        }
      else if (strcmp (name, "color") == 0)
        {
          if (!_tp_loader_color (l, color))
            break;
          _tp_props_string (&props, "color", color);
        }
      else if (strcmp (name, "photo") == 0)
        {
          gboolean ok;

          if (tp_json_reader_get_token (l->reader) == TP_JSON_TOKEN_NULL)
            continue;
          tp_json_reader_set_max_string (l->reader, TP_FORMAT_MAX_IMAGE_STRING);
          ok = load_photo (l, &props, &extra);
          tp_json_reader_set_max_string (l->reader, TP_FORMAT_MAX_STRING);
          if (!ok)
            break;
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL)
    {
      _tp_loader_missing (l, line, _("persona"), "id");
      goto fail;
    }
  if (!have_name)
    {
      _tp_loader_missing (l, line, _("persona"), "name");
      goto fail;
    }
  _tp_loader_leave (l);

  if (goals != NULL)
    _tp_props_take_boxed (&props, "goals", G_TYPE_STRV, g_steal_pointer (&goals));
  if (frustrations != NULL)
    _tp_props_take_boxed (&props, "frustrations", G_TYPE_STRV, g_steal_pointer (&frustrations));

  persona = tp_persona_new (id);
  _tp_props_apply (&props, persona);
  tp_element_set_extra (TP_ELEMENT (persona), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (persona)), TP_ID_PERSONA, id_line))
    {
      g_object_unref (persona);
      return NULL;
    }
  return TP_ELEMENT (persona);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

static TpElement *
load_connection (TpLoader *l,
                 int       index)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0, from_line = 0, to_line = 0;
  g_autofree char *id = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *flow_kind = NULL;
  g_autoptr(JsonObject) extra = NULL;
  TpProps props = { 0 };
  TpConnection *connection;
  int kind = TP_CONNECTION_KIND_FLOW;
  int refined;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      int v;

      if (strcmp (name, "id") == 0 || strcmp (name, "from") == 0 || strcmp (name, "to") == 0)
        {
          guint value_line = _tp_loader_line (l);

          if ((s = _tp_loader_id (l)) == NULL)
            break;
          if (name[0] == 'i')
            {
              id_line = value_line;
              g_free (id);
              id = g_strdup (s);
            }
          else if (name[0] == 'f')
            {
              from_line = value_line;
              g_free (from);
              from = g_strdup (s);
            }
          else
            {
              to_line = value_line;
              g_free (to);
              to = g_strdup (s);
            }
        }
      else if (strcmp (name, "kind") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_CONNECTION_KIND, &v))
            break;
          kind = v;
        }
      else if (strcmp (name, "flow_kind") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          g_free (flow_kind);
          flow_kind = g_strdup (s);
        }
      else if (strcmp (name, "label") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, "label", s);
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL || from == NULL || to == NULL)
    {
      _tp_loader_missing (l, line, _("connection"), id == NULL ? "id" : from == NULL ? "from" : "to");
      goto fail;
    }
  _tp_loader_leave (l);

  /* "flow_kind" refines a flow (docs/FORMAT.md); on another kind, or with a
   * value this version does not know, it is kept as an unknown member. */
  if (flow_kind != NULL && kind == TP_CONNECTION_KIND_FLOW
      && tp_enum_from_nick (TP_TYPE_CONNECTION_KIND, flow_kind, &refined)
      && (refined == TP_CONNECTION_KIND_REWORK || refined == TP_CONNECTION_KIND_WAIT))
    kind = refined;
  else if (flow_kind != NULL)
    {
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_string_member (extra, "flow_kind", flow_kind);
    }
  _tp_props_enum (&props, "kind", TP_TYPE_CONNECTION_KIND, kind);

  connection = tp_connection_new (id, from, to);
  _tp_props_apply (&props, connection);
  tp_element_set_extra (TP_ELEMENT (connection), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (connection)), TP_ID_CONNECTION, id_line))
    {
      g_object_unref (connection);
      return NULL;
    }
  _tp_loader_add_reference (l, tp_connection_get_from (connection), TP_ID_CARD, TRUE,
                            from_line, "connections", index, "from");
  _tp_loader_add_reference (l, tp_connection_get_to (connection), TP_ID_CARD, TRUE,
                            to_line, "connections", index, "to");
  return TP_ELEMENT (connection);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

static TpElement *
load_placement (TpLoader *l,
                int       index)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0, card_line = 0;
  g_autofree char *id = NULL;
  g_autofree char *card = NULL;
  g_autoptr(JsonObject) extra = NULL;
  TpProps props = { 0 };
  TpPlacement *placement;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      double d;

      if (strcmp (name, "id") == 0 || strcmp (name, "card") == 0)
        {
          guint value_line = _tp_loader_line (l);

          if ((s = _tp_loader_id (l)) == NULL)
            break;
          if (name[0] == 'i')
            {
              id_line = value_line;
              g_free (id);
              id = g_strdup (s);
            }
          else
            {
              card_line = value_line;
              g_free (card);
              card = g_strdup (s);
            }
        }
      else if (strcmp (name, "x") == 0 || strcmp (name, "y") == 0)
        {
          if (!_tp_loader_double_prop (l, TP_TYPE_PLACEMENT, name, name, &d))
            break;
          _tp_props_double (&props, name[0] == 'x' ? "x" : "y", d);
        }
      else if (strcmp (name, "dwell") == 0)
        {
          if (!_tp_loader_double_prop (l, TP_TYPE_PLACEMENT, "dwell", _("the dwell time"), &d))
            break;
          _tp_props_double (&props, "dwell", d);
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL || card == NULL)
    {
      _tp_loader_missing (l, line, _("placement"), id == NULL ? "id" : "card");
      goto fail;
    }
  _tp_loader_leave (l);

  placement = tp_placement_new (id, card);
  _tp_props_apply (&props, placement);
  tp_element_set_extra (TP_ELEMENT (placement), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (placement)), TP_ID_PLACEMENT, id_line))
    {
      g_object_unref (placement);
      return NULL;
    }
  _tp_loader_add_reference (l, tp_placement_get_card (placement), TP_ID_CARD, TRUE,
                            card_line, "placements", index, "card");
  return TP_ELEMENT (placement);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

/* Reads an array of elements with @load and appends them to @parent's @list. */
static gboolean
load_list (TpLoader   *l,
           gpointer    parent,
           TpListId    list,
           TpElement *(*load) (TpLoader *l, int index))
{
  int index = 0;

  if (!_tp_loader_enter_array (l))
    return FALSE;
  while (_tp_loader_next_item (l))
    {
      TpElement *child = load (l, index++);

      if (child == NULL)
        return FALSE;
      append_owned (parent, list, child);
    }
  if (!_tp_loader_ok (l))
    return FALSE;
  _tp_loader_leave (l);
  return TRUE;
}

static TpElement *
load_persona_item (TpLoader *l,
                   int       index)
{
  return load_persona (l);
}

static TpElement *
load_phase_item (TpLoader *l,
                 int       index)
{
  return _tp_load_phase (l);
}

static TpElement *
load_lane_item (TpLoader *l,
                int       index)
{
  return _tp_load_lane (l);
}

static TpElement *
load_floor_plan_item (TpLoader *l,
                      int       index)
{
  return _tp_load_floor_plan (l);
}

/* A journey's persona or floor plan: an id or null. */
static gboolean
load_journey_reference (TpLoader   *l,
                        TpProps    *props,
                        const char *property,
                        char      **id,
                        guint      *line)
{
  gboolean is_null;
  const char *s = _tp_loader_string_or_null (l, &is_null);

  if (!is_null && (s == NULL || (s = _tp_loader_id (l)) == NULL))
    return FALSE;
  *line = _tp_loader_line (l);
  g_free (*id);
  *id = g_strdup (s);
  _tp_props_string (props, property, s);
  return TRUE;
}

static TpElement *
load_journey (TpLoader *l,
              int       index)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0, persona_line = 0, floor_plan_line = 0, current_line = 0;
  g_autofree char *id = NULL;
  g_autofree char *current = NULL;
  g_autofree char *persona = NULL;
  g_autofree char *floor_plan = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(TpJourney) journey = NULL;
  TpProps props = { 0 };
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  l->journey_no = index + 1;
  journey = tp_journey_new (NULL);

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      int v;

      if (strcmp (name, "id") == 0)
        {
          id_line = _tp_loader_line (l);
          if ((s = _tp_loader_id (l)) == NULL)
            break;
          g_free (id);
          id = g_strdup (s);
        }
      else if (strcmp (name, "title") == 0 || strcmp (name, "notes") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, name[0] == 't' ? "title" : "notes", s);
        }
      else if (strcmp (name, "persona") == 0)
        {
          if (!load_journey_reference (l, &props, "persona", &persona, &persona_line))
            break;
        }
      else if (strcmp (name, "floor_plan") == 0)
        {
          if (!load_journey_reference (l, &props, "floor-plan", &floor_plan, &floor_plan_line))
            break;
        }
      else if (strcmp (name, "current_state") == 0)
        {
          if (!load_journey_reference (l, &props, "current-state", &current, &current_line))
            break;
        }
      else if (strcmp (name, "state") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_JOURNEY_STATE, &v))
            break;
          _tp_props_enum (&props, "state", TP_TYPE_JOURNEY_STATE, v);
        }
      else if (strcmp (name, "lens") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_LENS, &v))
            break;
          _tp_props_enum (&props, "lens", TP_TYPE_LENS, v);
        }
      else if (strcmp (name, "phases") == 0)
        {
          if (!load_list (l, journey, TP_LIST_PHASES, load_phase_item))
            break;
        }
      else if (strcmp (name, "lanes") == 0)
        {
          if (!load_list (l, journey, TP_LIST_LANES, load_lane_item))
            break;
        }
      else if (strcmp (name, "cards") == 0)
        {
          if (!load_list (l, journey, TP_LIST_CARDS, _tp_load_card))
            break;
        }
      else if (strcmp (name, "connections") == 0)
        {
          if (!load_list (l, journey, TP_LIST_CONNECTIONS, load_connection))
            break;
        }
      else if (strcmp (name, "placements") == 0)
        {
          if (!load_list (l, journey, TP_LIST_PLACEMENTS, load_placement))
            break;
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  l->journey_no = 0;
  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL)
    {
      _tp_loader_missing (l, line, _("journey"), "id");
      goto fail;
    }
  _tp_loader_leave (l);

  _tp_element_set_id (TP_ELEMENT (journey), id);
  _tp_props_apply (&props, journey);
  tp_element_set_extra (TP_ELEMENT (journey), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (journey)), TP_ID_JOURNEY, id_line))
    return NULL;

  l->journey_no = index + 1;
  _tp_loader_add_reference (l, tp_journey_get_persona (journey), TP_ID_PERSONA, FALSE,
                            persona_line, NULL, index, "persona");
  _tp_loader_add_reference (l, tp_journey_get_floor_plan (journey), TP_ID_FLOOR_PLAN, FALSE,
                            floor_plan_line, NULL, index, "floor_plan");
  _tp_loader_add_reference (l, tp_journey_get_current_state (journey), TP_ID_JOURNEY, FALSE,
                            current_line, NULL, index, "current_state");
  l->journey_no = 0;
  return TP_ELEMENT (g_steal_pointer (&journey));

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

static gboolean
load_top (TpLoader   *l,
          TpProject  *project,
          TpLoadInfo *info)
{
  guint line = _tp_loader_line (l);
  gboolean have_format = FALSE;
  gboolean have_version = FALSE;
  g_autoptr(JsonObject) extra = NULL;
  TpProps props = { 0 };
  const char *name;

  if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_BEGIN_OBJECT)
    return _tp_loader_fail (l, TP_FORMAT_ERROR_NOT_TOUCHPOINT,
                            _("this is not a Touchpoint file: it does not start with “{”"));
  if (!_tp_loader_enter_object (l))
    return FALSE;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;

      if (strcmp (name, "format") == 0)
        {
          if (tp_json_reader_get_token (l->reader) != TP_JSON_TOKEN_STRING
              || strcmp (tp_json_reader_get_string (l->reader, NULL), TP_FORMAT_NAME) != 0)
            return _tp_loader_fail (l, TP_FORMAT_ERROR_NOT_TOUCHPOINT,
                                    _("this is not a Touchpoint file: “format” must be "
                                      "“touchpoint”"));
          have_format = TRUE;
        }
      else if (strcmp (name, "version") == 0)
        {
          if (!_tp_loader_int (l, 1, G_MAXINT, _("the version"), &info->file_version))
            break;
          have_version = TRUE;
        }
      else if (strcmp (name, "generator") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          g_free (info->generator);
          info->generator = g_strdup (s);
        }
      else if (strcmp (name, "title") == 0 || strcmp (name, "description") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, name[0] == 't' ? "title" : "description", s);
        }
      else if (strcmp (name, "personas") == 0)
        {
          if (!load_list (l, project, TP_LIST_PERSONAS, load_persona_item))
            break;
        }
      else if (strcmp (name, "floor_plans") == 0)
        {
          if (!load_list (l, project, TP_LIST_FLOOR_PLANS, load_floor_plan_item))
            break;
        }
      else if (strcmp (name, "journeys") == 0)
        {
          if (!load_list (l, project, TP_LIST_JOURNEYS, load_journey))
            break;
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    {
      _tp_props_apply (&props, NULL);
      return FALSE;
    }
  _tp_props_apply (&props, project);
  tp_element_set_extra (TP_ELEMENT (project), extra);

  if (!have_format)
    return _tp_loader_fail_at (l, line, TP_FORMAT_ERROR_NOT_TOUCHPOINT,
                               _("this is not a Touchpoint file: it has no “format” member"));
  if (!have_version)
    return _tp_loader_missing (l, line, _("file"), "version");
  _tp_loader_leave (l);

  if (_tp_loader_next (l) != TP_JSON_TOKEN_END)
    return FALSE;

  return _tp_loader_check_references (l);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t')
      return FALSE;
  return TRUE;
}

TpProject *
tp_format_load_bytes (GBytes      *bytes,
                      const char  *display_name,
                      TpLoadInfo  *info,
                      GError     **error)
{
  g_autoptr(TpProject) project = NULL;
  TpLoadInfo local_info = { 0 };
  TpLoader loader;
  const char *data;
  gsize length;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = _("the file");
  if (info == NULL)
    info = &local_info;
  memset (info, 0, sizeof *info);

  data = g_bytes_get_data (bytes, &length);
  if (length > TP_FORMAT_MAX_FILE_SIZE)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the limit of %u MiB"),
                   display_name, TP_FORMAT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (data == NULL || is_blank (data, length))
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_EMPTY,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  project = tp_project_new ();
  _tp_loader_init (&loader, display_name, data, length);
  tp_json_reader_set_max_string (loader.reader, TP_FORMAT_MAX_STRING);

  ok = _tp_loader_next (&loader) != TP_JSON_TOKEN_NONE
       && load_top (&loader, project, info);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&loader.error));
      _tp_loader_clear (&loader);
      tp_load_info_clear (info);
      return NULL;
    }
  _tp_loader_clear (&loader);

  info->newer_version = info->file_version > TP_FORMAT_VERSION;
  info->migrated = FALSE;
  if (info == &local_info)
    tp_load_info_clear (info);

  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return g_steal_pointer (&project);
}
