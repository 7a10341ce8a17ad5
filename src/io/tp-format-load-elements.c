/* tp-format-load-elements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading phases, lanes, cards (with their kind-specific objects and
 * metrics) and floor plans (with zones and the embedded image).
 *
 * A kind-specific object ("touchpoint", "emotion", "pain", "opportunity" on
 * cards; "rect" on zones) is read when it matches the element's kind. Its
 * unknown members are kept in the element's extra members under the same
 * name; the writer puts them back inside the object. An object that does not
 * match the kind is kept whole as an unknown member. Members may come in any
 * order, so an object seen before "kind" is re-read from a reader mark.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-format-private.h"

/* Reads the id of an element; in fragments a fresh one is made instead. */
static gboolean
read_element_id (TpLoader *l,
                 char    **id,
                 guint    *line)
{
  const char *s = _tp_loader_id (l);

  if (s == NULL)
    return FALSE;
  *line = _tp_loader_line (l);
  g_free (*id);
  *id = g_strdup (s);
  return TRUE;
}

/* Gives the new element its id: the file's, or a fresh one for fragments. */
static char *
final_id (TpLoader   *l,
          char      **id,
          const char *prefix)
{
  if (l->fragment)
    {
      g_free (*id);
      *id = _tp_loader_fragment_id (l, prefix);
    }
  return *id;
}

static void
keep_sub_extra (JsonObject **extra,
                const char  *name,
                JsonObject  *sub_extra)
{
  if (sub_extra == NULL)
    return;
  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_object_member (*extra, name, json_object_ref (sub_extra));
}

TpElement *
_tp_load_phase (TpLoader *l)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0;
  g_autofree char *id = NULL;
  g_autoptr(JsonObject) extra = NULL;
  TpProps props = { 0 };
  TpPhase *phase;
  const char *name;
  char color[8];

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;

      if (strcmp (name, "id") == 0)
        {
          if (!read_element_id (l, &id, &id_line))
            break;
        }
      else if (strcmp (name, "title") == 0 || strcmp (name, "description") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, name[0] == 't' ? "title" : "description", s);
        }
      else if (strcmp (name, "color") == 0)
        {
          if (!_tp_loader_color (l, color))
            break;
          _tp_props_string (&props, "color", color);
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (id == NULL && !l->fragment)
    {
      _tp_loader_missing (l, line, _("phase"), "id");
      goto fail;
    }
  _tp_loader_leave (l);

  phase = tp_phase_new (final_id (l, &id, "phase"));
  _tp_props_apply (&props, phase);
  tp_element_set_extra (TP_ELEMENT (phase), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (phase)), TP_ID_PHASE, id_line))
    {
      g_object_unref (phase);
      return NULL;
    }
  return TP_ELEMENT (phase);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

TpElement *
_tp_load_lane (TpLoader *l)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0;
  g_autofree char *id = NULL;
  g_autoptr(JsonObject) extra = NULL;
  TpProps props = { 0 };
  gboolean have_kind = FALSE;
  int kind = 0;
  TpLane *lane;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      gboolean b;

      if (strcmp (name, "id") == 0)
        {
          if (!read_element_id (l, &id, &id_line))
            break;
        }
      else if (strcmp (name, "kind") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_LANE_KIND, &kind))
            break;
          have_kind = TRUE;
        }
      else if (strcmp (name, "title") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, "title", s);
        }
      else if (strcmp (name, "hidden_in_map") == 0 || strcmp (name, "hidden_in_blueprint") == 0)
        {
          if (!_tp_loader_bool (l, &b))
            break;
          _tp_props_boolean (&props, name[10] == 'm' ? "hidden-in-map" : "hidden-in-blueprint", b);
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if ((id == NULL && !l->fragment) || !have_kind)
    {
      _tp_loader_missing (l, line, _("lane"), have_kind ? "id" : "kind");
      goto fail;
    }
  _tp_loader_leave (l);

  lane = tp_lane_new (final_id (l, &id, "lane"), kind);
  _tp_props_apply (&props, lane);
  tp_element_set_extra (TP_ELEMENT (lane), extra);
  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (lane)), TP_ID_LANE, id_line))
    {
      g_object_unref (lane);
      return NULL;
    }
  return TP_ELEMENT (lane);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

static TpElement *
load_metric (TpLoader *l)
{
  guint line = _tp_loader_line (l);
  g_autoptr(JsonObject) extra = NULL;
  TpProps props = { 0 };
  gboolean have_kind = FALSE;
  int kind = 0;
  TpMetric *metric;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      double d;

      if (strcmp (name, "kind") == 0)
        {
          if (!_tp_loader_enum (l, TP_TYPE_METRIC_KIND, &kind))
            break;
          have_kind = TRUE;
        }
      else if (strcmp (name, "label") == 0 || strcmp (name, "unit") == 0)
        {
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          _tp_props_string (&props, name[0] == 'l' ? "label" : "unit", s);
        }
      else if (strcmp (name, "value") == 0)
        {
          if (!_tp_loader_double (l, &d))
            break;
          _tp_props_double (&props, "value", d);
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (!have_kind)
    {
      _tp_loader_missing (l, line, _("metric"), "kind");
      goto fail;
    }
  _tp_loader_leave (l);

  metric = tp_metric_new (kind);
  _tp_props_apply (&props, metric);
  tp_element_set_extra (TP_ELEMENT (metric), extra);
  return TP_ELEMENT (metric);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

/* Reads the object of a card's own kind (tp-card-kind.h: "touchpoint", "emotion"…) into
 * @props and @metrics (made when there are any); members the table does not know are kept. */
static gboolean
load_card_sub (TpLoader    *l,
               int          kind,
               TpProps     *props,
               GPtrArray  **metrics,
               JsonObject **extra)
{
  const TpCardKindInfo *info = tp_card_kind_get_info (kind);
  g_autoptr(JsonObject) sub_extra = NULL;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return FALSE;

  while (_tp_loader_next_member (l, &name))
    {
      const TpCardField *field = tp_card_kind_info_find_field (info, name);

      if (field != NULL)
        {
          GParamSpec *pspec = tp_card_field_get_pspec (field);
          const char *s;
          int v;

          if (field->type == TP_CARD_FIELD_STRING)
            {
              if ((s = _tp_loader_string (l)) == NULL)
                break;
              _tp_props_string (props, field->property, s);
            }
          else if (field->type == TP_CARD_FIELD_ENUM)
            {
              if (!_tp_loader_enum (l, pspec->value_type, &v))
                break;
              _tp_props_enum (props, field->property, pspec->value_type, v);
            }
          else
            {
              GParamSpecInt *range = G_PARAM_SPEC_INT (pspec);

              if (!_tp_loader_int (l, range->minimum, range->maximum, _(field->noun), &v))
                break;
              _tp_props_int (props, field->property, v);
            }
        }
      else if (info->has_metrics && strcmp (name, "metrics") == 0)
        {
          if (!_tp_loader_enter_array (l))
            break;
          if (*metrics == NULL)
            *metrics = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_set_size (*metrics, 0);
          while (_tp_loader_next_item (l))
            {
              TpElement *metric = load_metric (l);

              if (metric == NULL)
                break;
              g_ptr_array_add (*metrics, metric);
            }
          if (!_tp_loader_ok (l))
            break;
          _tp_loader_leave (l);
        }
      else if (!_tp_loader_unknown (l, &sub_extra))
        break;
    }

  if (!_tp_loader_ok (l))
    return FALSE;
  _tp_loader_leave (l);
  keep_sub_extra (extra, info->member, sub_extra);
  return TRUE;
}

/* "fail_point": { "severity": 0…5 }; its presence marks the card. */
static gboolean
load_fail_point (TpLoader    *l,
                 TpProps     *props,
                 JsonObject **extra)
{
  g_autoptr(JsonObject) sub_extra = NULL;
  const char *name;
  int severity = 0;

  if (!_tp_loader_enter_object (l))
    return FALSE;
  while (_tp_loader_next_member (l, &name))
    {
      if (strcmp (name, "severity") == 0)
        {
          if (!_tp_loader_int (l, 0, 5, _("the severity"), &severity))
            break;
        }
      else if (!_tp_loader_unknown (l, &sub_extra))
        break;
    }
  if (!_tp_loader_ok (l))
    return FALSE;
  _tp_loader_leave (l);
  keep_sub_extra (extra, "fail_point", sub_extra);
  _tp_props_boolean (props, "fail-point", TRUE);
  _tp_props_int (props, "fail-point-severity", severity);
  return TRUE;
}

typedef struct {
  TpProps    *props;
  GPtrArray **metrics;
} CardSubData;

static gboolean
load_card_sub_cb (TpLoader    *l,
                  int          sub,
                  gpointer     data,
                  JsonObject **extra)
{
  CardSubData *d = data;

  return load_card_sub (l, sub, d->props, d->metrics, extra);
}

/* A member name test that rules most names out on their first byte (a card has
 * ten members or so, each tested against up to ten names). */
#define IS(name, literal) ((name)[0] == (literal)[0] && strcmp ((name), (literal)) == 0)

TpElement *
_tp_load_card (TpLoader *l,
               int       index)
{
  guint line = _tp_loader_line (l);
  guint id_line = 0, phase_line = 0, lane_line = 0;
  g_autofree char *id = NULL;
  g_autofree char *phase = NULL;
  g_autofree char *lane = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GPtrArray) metrics = NULL;
  g_auto(GStrv) tags = NULL;
  g_autofree char *department = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  TpJsonReaderMark marks[TP_CARD_KIND_NOTE + 1];
  gboolean marked[TP_CARD_KIND_NOTE + 1] = { FALSE, };
  TpProps props = { 0 };
  CardSubData sub_data = { &props, &metrics };
  gboolean have_kind = FALSE;
  int kind = 0;
  int evidence = TP_EVIDENCE_ASSUMED;
  gboolean moment = FALSE;
  TpCard *card;
  const char *name;

  if (!_tp_loader_enter_object (l))
    return NULL;

  while (_tp_loader_next_member (l, &name))
    {
      const char *s;
      /* Looked up only for members that are none of the common ones below. */
      const TpCardKindInfo *sub = NULL;

      if (IS (name, "id"))
        {
          if (!read_element_id (l, &id, &id_line))
            break;
        }
      else if (IS (name, "kind"))
        {
          if (!_tp_loader_enum (l, TP_TYPE_CARD_KIND, &kind))
            break;
          have_kind = TRUE;
        }
      else if (IS (name, "phase") || IS (name, "lane"))
        {
          gboolean is_phase = name[0] == 'p';

          if (!read_element_id (l, is_phase ? &phase : &lane, is_phase ? &phase_line : &lane_line))
            break;
        }
      else if (IS (name, "title") || IS (name, "description"))
        {
          char **field = name[0] == 't' ? &title : &description;

          if ((s = _tp_loader_string (l)) == NULL)
            break;
          /* NULL leaves the card's own empty text (no copy of ""). */
          g_free (*field);
          *field = s[0] != '\0' ? g_strdup (s) : NULL;
        }
      else if (IS (name, "tags"))
        {
          if (!_tp_loader_strv (l, &tags))
            break;
        }
      else if (IS (name, "evidence"))
        {
          if (!_tp_loader_enum (l, TP_TYPE_EVIDENCE, &evidence))
            break;
        }
      else if (IS (name, "moment_that_matters"))
        {
          if (!_tp_loader_bool (l, &moment))
            break;
        }
      else if (IS (name, "department"))
        {
          /* A touchpoint card's owner is in its touchpoint object; which
           * one applies is known only once "kind" is read. */
          if ((s = _tp_loader_string (l)) == NULL)
            break;
          g_free (department);
          department = g_strdup (s);
        }
      else if (IS (name, "fail_point"))
        {
          if (!load_fail_point (l, &props, &extra))
            break;
        }
      else if (IS (name, "duration"))
        {
          double d;

          if (!_tp_loader_double_prop (l, TP_TYPE_CARD, "duration", _("the duration"), &d))
            break;
          _tp_props_double (&props, "duration", d);
        }
      else if ((sub = tp_card_kind_find_member (name)) != NULL && have_kind
               && (int) sub->kind == kind)
        {
          if (!load_card_sub (l, kind, &props, &metrics, &extra))
            break;
        }
      else if (sub != NULL && !have_kind)
        {
          /* Keep it as unknown for now; read it again if "kind" matches. */
          tp_json_reader_mark (l->reader, &marks[sub->kind]);
          marked[sub->kind] = TRUE;
          if (!_tp_loader_unknown (l, &extra))
            break;
        }
      else if (!_tp_loader_unknown (l, &extra))
        break;
    }

  if (!_tp_loader_ok (l))
    goto fail;
  if (!have_kind || (id == NULL && !l->fragment) || phase == NULL || lane == NULL)
    {
      _tp_loader_missing (l, line, _("card"),
                          !have_kind ? "kind" : id == NULL && !l->fragment ? "id"
                          : phase == NULL ? "phase" : "lane");
      goto fail;
    }

  if (tp_card_kind_get_info (kind)->member != NULL && marked[kind])
    {
      if (!_tp_loader_reload (l, &marks[kind], tp_card_kind_get_info (kind)->member,
                              load_card_sub_cb, kind, &sub_data, &extra))
        goto fail;
    }
  _tp_loader_leave (l);

  if (department != NULL && kind != TP_CARD_KIND_TOUCHPOINT)
    _tp_props_string (&props, "department", department);
  else if (department != NULL)
    {
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_string_member (extra, "department", department);
    }
  final_id (l, &id, "card");
  card = _tp_card_new_loaded (g_steal_pointer (&id), kind, g_steal_pointer (&phase),
                              g_steal_pointer (&lane), g_steal_pointer (&title),
                              g_steal_pointer (&description));
  _tp_card_take_loaded_details (card, g_steal_pointer (&tags), evidence, moment);
  _tp_props_apply (&props, card);
  if (extra != NULL && json_object_get_size (extra) == 0)
    g_clear_pointer (&extra, json_object_unref);
  tp_element_set_extra (TP_ELEMENT (card), extra);
  for (guint i = 0; metrics != NULL && i < metrics->len; i++)
    _tp_element_append_child (TP_ELEMENT (card), TP_LIST_METRICS, g_ptr_array_index (metrics, i));

  if (!_tp_loader_register_id (l, tp_element_get_id (TP_ELEMENT (card)), TP_ID_CARD, id_line))
    {
      g_object_unref (card);
      return NULL;
    }
  _tp_loader_add_reference (l, tp_card_get_phase (card), TP_ID_PHASE, TRUE,
                            phase_line, "cards", index, "phase");
  _tp_loader_add_reference (l, tp_card_get_lane (card), TP_ID_LANE, TRUE,
                            lane_line, "cards", index, "lane");
  return TP_ELEMENT (card);

fail:
  _tp_props_apply (&props, NULL);
  return NULL;
}

/* Properties collected while reading an object (TpProps). */

static GValue *
props_add (TpProps    *props,
           const char *name,
           GType       type)
{
  GValue *value;

  g_assert (props->n < TP_PROPS_MAX);
  props->names[props->n] = name;
  value = &props->values[props->n++];
  memset (value, 0, sizeof *value);
  g_value_init (value, type);
  return value;
}

void
_tp_props_string (TpProps    *props,
                  const char *name,
                  const char *value)
{
  g_value_set_string (props_add (props, name, G_TYPE_STRING), value);
}

void
_tp_props_int (TpProps    *props,
               const char *name,
               int         value)
{
  g_value_set_int (props_add (props, name, G_TYPE_INT), value);
}

void
_tp_props_enum (TpProps    *props,
                const char *name,
                GType       type,
                int         value)
{
  g_value_set_enum (props_add (props, name, type), value);
}

void
_tp_props_boolean (TpProps    *props,
                   const char *name,
                   gboolean    value)
{
  g_value_set_boolean (props_add (props, name, G_TYPE_BOOLEAN), value);
}

void
_tp_props_double (TpProps    *props,
                  const char *name,
                  double      value)
{
  g_value_set_double (props_add (props, name, G_TYPE_DOUBLE), value);
}

void
_tp_props_take_boxed (TpProps    *props,
                      const char *name,
                      GType       type,
                      gpointer    value)
{
  g_value_take_boxed (props_add (props, name, type), value);
}

void
_tp_props_take_variant (TpProps    *props,
                        const char *name,
                        GVariant   *value)
{
  g_value_take_variant (props_add (props, name, G_TYPE_VARIANT), value);
}

void
_tp_props_apply (TpProps *props,
                 gpointer object)
{
  if (object != NULL && props->n > 0 && TP_IS_CARD (object))
    _tp_card_set_loaded_properties (object, props->n, props->names, props->values);
  else if (object != NULL && props->n > 0)
    g_object_setv (object, props->n, props->names, props->values);
  for (guint i = 0; i < props->n; i++)
    g_value_unset (&props->values[i]);
  props->n = 0;
}
