/* tp-window-structure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The structure of the map as window actions (win.*): adding and inserting
 * phases and lanes, hiding and showing lanes in the view shown, and the
 * project's own properties. They work on the visible journey only.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-window-private.h"

/* The primary selected element when it belongs to the visible journey. */
static TpElement *
visible_primary (TpWindow *self)
{
  TpElement *primary = tp_selection_get_primary (self->selection);

  if (self->journey == NULL || primary == NULL
      || _tp_element_get_journey (primary) != self->journey)
    return NULL;

  return primary;
}

int
_tp_window_index_after_selected (TpWindow *self,
                                 GType     type)
{
  TpElement *primary = visible_primary (self);
  TpElement *target = NULL;

  if (primary == NULL)
    return -1;

  if (G_TYPE_CHECK_INSTANCE_TYPE (primary, type))
    target = primary;
  else if (TP_IS_CARD (primary) && type == TP_TYPE_PHASE)
    target = tp_project_lookup (self->project, tp_card_get_phase (TP_CARD (primary)));
  else if (TP_IS_CARD (primary) && type == TP_TYPE_LANE)
    target = tp_project_lookup (self->project, tp_card_get_lane (TP_CARD (primary)));

  return target ? tp_element_get_index (target) + 1 : -1;
}

const char *
_tp_window_lane_hidden_property (TpWindow *self)
{
  const char *view = self->view_stack != NULL ? adw_view_stack_get_visible_child_name (self->view_stack)
                                              : NULL;

  return g_strcmp0 (view, "blueprint") == 0 ? "hidden-in-blueprint" : "hidden-in-map";
}

static gboolean
lane_is_hidden (TpWindow *self,
                TpLane   *lane)
{
  gboolean hidden = FALSE;

  g_object_get (lane, _tp_window_lane_hidden_property (self), &hidden, NULL);

  return hidden;
}

/* A new phase or lane is selected, scrolled to and its title opened for typing. */
static void
reveal_new (TpWindow  *self,
            TpElement *element)
{
  TpCanvas *canvas;

  if (element == NULL)
    return;

  /* In the view shown: a lane added over the blueprint is named there. */
  canvas = TP_CANVAS (_tp_window_get_visible_map (self));
  tp_selection_set_one (self->selection, element);
  if (gtk_widget_get_realized (GTK_WIDGET (canvas)))
    tp_canvas_scroll_to (canvas, element);
  if (gtk_window_is_active (GTK_WINDOW (self)))
    gtk_widget_activate_action (GTK_WIDGET (canvas), "view.rename", NULL);
}

static void
add_phase_at (TpWindow *self,
              int       index)
{
  if (self->journey == NULL)
    return;

  reveal_new (self, TP_ELEMENT (tp_project_add_phase (self->project, self->journey, index, NULL)));
}

/* A new lane holds free text unless a kind is chosen: it suits any card and
 * does not start a second emotion line or a blueprint line by surprise. */
static void
add_lane_at (TpWindow   *self,
             int         index,
             TpLaneKind  kind)
{
  if (self->journey == NULL)
    return;

  reveal_new (self, TP_ELEMENT (tp_project_add_lane (self->project, self->journey, index,
                                                     kind, NULL)));
}

static void
add_phase_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  TpWindow *self = user_data;

  add_phase_at (self, _tp_window_index_after_selected (self, TP_TYPE_PHASE));
}

static void
add_lane_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  TpWindow *self = user_data;

  add_lane_at (self, _tp_window_index_after_selected (self, TP_TYPE_LANE), TP_LANE_KIND_TEXT);
}

static void
add_lane_of_kind_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  TpWindow *self = user_data;
  int kind;

  if (!tp_enum_from_nick (TP_TYPE_LANE_KIND, g_variant_get_string (param, NULL), &kind))
    return;

  add_lane_at (self, _tp_window_index_after_selected (self, TP_TYPE_LANE), kind);
}

static void
insert_phase_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *primary = visible_primary (self);
  gboolean after = g_str_equal (g_action_get_name (G_ACTION (action)), "insert-phase-after");

  if (primary == NULL || !TP_IS_PHASE (primary))
    return;

  add_phase_at (self, tp_element_get_index (primary) + (after ? 1 : 0));
}

static void
insert_lane_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *primary = visible_primary (self);
  gboolean below = g_str_equal (g_action_get_name (G_ACTION (action)), "insert-lane-below");

  if (primary == NULL || !TP_IS_LANE (primary))
    return;

  add_lane_at (self, tp_element_get_index (primary) + (below ? 1 : 0), TP_LANE_KIND_TEXT);
}

void
_tp_window_set_lanes_hidden (TpWindow  *self,
                             TpLane   **lanes,
                             guint      n_lanes,
                             gboolean   hidden)
{
  const char *property = _tp_window_lane_hidden_property (self);

  if (self->project == NULL || n_lanes == 0)
    return;

  tp_project_begin (self->project, hidden ? _("Hide Lane") : _("Show Lane"));
  for (guint i = 0; i < n_lanes; i++)
    tp_project_set (self->project, lanes[i], property, hidden, NULL);
  tp_project_commit (self->project);
}

/* The selected lanes of the visible journey that are (not) hidden in the view shown. */
static GPtrArray *
selected_lanes (TpWindow *self,
                gboolean  hidden)
{
  GPtrArray *items = tp_selection_get_items (self->selection);
  GPtrArray *lanes = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      TpElement *element = g_ptr_array_index (items, i);

      if (TP_IS_LANE (element) && self->journey != NULL
          && tp_element_get_parent (element) == TP_ELEMENT (self->journey)
          && lane_is_hidden (self, TP_LANE (element)) == hidden)
        g_ptr_array_add (lanes, element);
    }

  return lanes;
}

static void
set_lanes_hidden_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  TpWindow *self = user_data;
  gboolean hide = g_str_equal (g_action_get_name (G_ACTION (action)), "hide-lane");
  g_autoptr(GPtrArray) lanes = selected_lanes (self, !hide);

  _tp_window_set_lanes_hidden (self, (TpLane **) lanes->pdata, lanes->len, hide);
}

static void
project_properties_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  TpWindow *self = user_data;
  GtkWidget *title;

  if (self->project == NULL)
    return;

  tp_selection_set_one (self->selection, TP_ELEMENT (self->project));
  g_action_group_change_action_state (G_ACTION_GROUP (self), "toggle-inspector",
                                      g_variant_new_boolean (TRUE));
  title = tp_inspector_get_field (self->inspector, "title");
  if (title != NULL)
    gtk_widget_grab_focus (title);
}

static void
set_enabled (TpWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* The blueprint's own lane kinds: without any of them it is one row of customer steps. */
static const TpLaneKind blueprint_kinds[] = {
  TP_LANE_KIND_FRONTSTAGE, TP_LANE_KIND_BACKSTAGE, TP_LANE_KIND_SUPPORT,
};

static gboolean
journey_has_blueprint_lanes (TpJourney *journey)
{
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  for (guint i = 0; i < lanes->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (blueprint_kinds); k++)
      if (tp_lane_get_kind (g_ptr_array_index (lanes, i)) == blueprint_kinds[k])
        return TRUE;
  return FALSE;
}

/* The hint under an empty blueprint: frontstage, backstage and support lanes, after the
 * customer's lanes (evidence and actions), in one undo step. */
static void
add_blueprint_lanes_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  TpWindow *self = user_data;
  GPtrArray *lanes;
  int index = -1;

  if (self->project == NULL || self->journey == NULL || journey_has_blueprint_lanes (self->journey))
    return;
  lanes = tp_journey_get_lanes (self->journey);
  for (guint i = 0; i < lanes->len; i++)
    {
      TpLaneKind kind = tp_lane_get_kind (g_ptr_array_index (lanes, i));

      if (kind == TP_LANE_KIND_ACTIVITY || kind == TP_LANE_KIND_EVIDENCE)
        index = (int) i + 1;
    }
  tp_project_begin (self->project, _("Add Blueprint Lanes"));
  for (guint k = 0; k < G_N_ELEMENTS (blueprint_kinds); k++)
    tp_project_add_lane (self->project, self->journey, index < 0 ? -1 : index + (int) k,
                         blueprint_kinds[k], NULL);
  tp_project_commit (self->project);
}

void
_tp_window_update_structure_actions (TpWindow *self)
{
  gboolean has_journey = self->project != NULL && self->journey != NULL;
  TpElement *primary = has_journey ? visible_primary (self) : NULL;
  gboolean on_phase = primary != NULL && TP_IS_PHASE (primary);
  gboolean on_lane = primary != NULL && TP_IS_LANE (primary);
  g_autoptr(GPtrArray) shown = has_journey ? selected_lanes (self, FALSE) : NULL;
  g_autoptr(GPtrArray) hidden = has_journey ? selected_lanes (self, TRUE) : NULL;

  set_enabled (self, "add-phase", has_journey);
  set_enabled (self, "add-lane", has_journey);
  set_enabled (self, "add-lane-of-kind", has_journey);
  set_enabled (self, "insert-phase-before", on_phase);
  set_enabled (self, "insert-phase-after", on_phase);
  set_enabled (self, "insert-lane-above", on_lane);
  set_enabled (self, "insert-lane-below", on_lane);
  /* The menu of a lane offers the one that applies to it. */
  set_enabled (self, "hide-lane", on_lane && shown->len > 0 && !lane_is_hidden (self, TP_LANE (primary)));
  set_enabled (self, "show-lane", on_lane && hidden->len > 0 && lane_is_hidden (self, TP_LANE (primary)));
  set_enabled (self, "project-properties", self->project != NULL);
  set_enabled (self, "add-blueprint-lanes",
               has_journey && !journey_has_blueprint_lanes (self->journey));
  if (self->blueprint_hint != NULL)
    gtk_widget_set_visible (self->blueprint_hint,
                            has_journey && !journey_has_blueprint_lanes (self->journey));
}

static const GActionEntry structure_entries[] = {
  { "add-phase", add_phase_action },
  { "add-lane", add_lane_action },
  { "add-lane-of-kind", add_lane_of_kind_action, "s" },
  { "insert-phase-before", insert_phase_action },
  { "insert-phase-after", insert_phase_action },
  { "insert-lane-above", insert_lane_action },
  { "insert-lane-below", insert_lane_action },
  { "hide-lane", set_lanes_hidden_action },
  { "show-lane", set_lanes_hidden_action },
  { "project-properties", project_properties_action },
  { "add-blueprint-lanes", add_blueprint_lanes_action },
};

GMenuModel *
_tp_window_create_lane_kind_menu (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TP_TYPE_LANE_KIND);
  g_autoptr(GMenu) section = g_menu_new ();
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < kinds->n_values; i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      item = g_menu_item_new (tp_enum_get_label (TP_TYPE_LANE_KIND, kinds->values[i].value), NULL);
      g_menu_item_set_action_and_target (item, "win.add-lane-of-kind", "s",
                                         kinds->values[i].value_nick);
      g_menu_append_item (section, item);
    }
  /* Translators: the heading of the menu of lane kinds next to the Add Lane button */
  g_menu_append_section (menu, _("Add a Lane of Kind"), G_MENU_MODEL (section));

  return G_MENU_MODEL (menu);
}

void
_tp_window_init_structure_actions (TpWindow *self)
{
  /* The menu of lane kinds is the editor's (_tp_window_ensure_editor). */
  g_action_map_add_action_entries (G_ACTION_MAP (self), structure_entries,
                                   G_N_ELEMENTS (structure_entries), self);
}
