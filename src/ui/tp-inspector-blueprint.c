/* tp-inspector-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector's service-blueprint sections: a card's owner, fail point
 * and duration; an arrow's kind, label and ends; a journey's hand-offs
 * per pair of departments and its cards without an owner.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-blueprint-analysis.h"
#include "tp-inspector-private.h"

#define ADD(group, element, prefix, prop, kind, title, undo) \
  _tp_inspector_add_field (self, group, TP_ELEMENT (element), prefix, prop, kind, title, undo)

static GtkWidget *
add_group (GtkWidget  *content,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (content), group);
  return group;
}

static void
on_select_row (AdwActionRow *row,
               TpInspector  *self)
{
  TpElement *element = g_object_get_data (G_OBJECT (row), "tp-element");

  if (element != NULL && self->selection != NULL)
    tp_selection_set_one (self->selection, element);
}

/* A row naming @element that selects it when activated. */
static GtkWidget *
add_link_row (TpInspector *self,
              GtkWidget   *group,
              const char  *title,
              const char  *subtitle,
              TpElement   *element)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (element != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "tp-element", g_object_ref (element),
                              g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_select_row), self);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static const char *
card_name (TpCard *card)
{
  const char *title = card != NULL ? tp_card_get_title (card) : NULL;

  if (card == NULL)
    return _("Missing card");
  return title != NULL && *title != '\0' ? title : _("Untitled card");
}

void
_tp_inspector_build_blueprint_card (TpInspector *self,
                                    GtkWidget   *content,
                                    TpCard      *card)
{
  const char *id = tp_element_get_id (TP_ELEMENT (card));
  GtkWidget *group;

  group = add_group (content, _("Service Blueprint"),
                     _("Who owns this step, where it may fail and how long it takes"));
  /* Touchpoint cards edit their department with the touchpoint's fields. */
  if (tp_card_get_kind (card) != TP_CARD_KIND_TOUCHPOINT)
    ADD (group, card, id, "department", TP_FIELD_STRING, _("Department"), N_("Edit Department"));
  ADD (group, card, id, "fail-point", TP_FIELD_BOOL, _("Fail point"), N_("Change Fail Point"));
  ADD (group, card, id, "fail-point-severity", TP_FIELD_INT, _("Fail point severity"),
       N_("Change Fail Point Severity"));
  ADD (group, card, id, "duration", TP_FIELD_DOUBLE, _("Duration in minutes, waiting included"),
       N_("Change Duration"));
}

/* The cards an end of an arrow may be set to: the journey's, in its order. */
static GPtrArray *
end_choices (TpConnection *connection)
{
  TpElement *parent = tp_element_get_parent (TP_ELEMENT (connection));
  TpJourney *journey = parent != NULL && TP_IS_JOURNEY (parent) ? TP_JOURNEY (parent) : NULL;
  GPtrArray *cards = journey != NULL ? tp_journey_get_cards (journey) : NULL;

  return cards != NULL ? g_ptr_array_ref (cards) : g_ptr_array_new ();
}

static void
on_end_chosen (AdwComboRow *row,
               GParamSpec  *pspec,
               TpInspector *self)
{
  TpConnection *connection = g_object_get_data (G_OBJECT (row), "tp-connection");
  const char *end = g_object_get_data (G_OBJECT (row), "tp-end");
  g_autoptr(GPtrArray) cards = end_choices (connection);
  guint selected = adw_combo_row_get_selected (row);
  const char *id, *other;
  TpProject *project = self->project;

  if (project == NULL || selected >= cards->len)
    return;
  id = tp_element_get_id (g_ptr_array_index (cards, selected));
  other = g_str_equal (end, "to") ? tp_connection_get_from (connection) : tp_connection_get_to (connection);
  if (g_strcmp0 (id, g_str_equal (end, "to") ? tp_connection_get_to (connection)
                                              : tp_connection_get_from (connection)) == 0)
    return;
  if (g_strcmp0 (id, other) == 0)
    {
      /* An arrow joins two cards: back to the end it has. */
      _tp_inspector_queue_rebuild (self);
      return;
    }
  tp_project_begin (project, _("Reconnect Arrow"));
  tp_project_set (project, connection, end, id, NULL);
  tp_project_commit (project);
}

static void
on_go_to_end (GtkButton   *button,
              TpInspector *self)
{
  TpElement *element = g_object_get_data (G_OBJECT (button), "tp-element");

  if (element != NULL && self->selection != NULL)
    tp_selection_set_one (self->selection, element);
}

/* "From" or "To": a choice of the journey's cards, and a button to go to the one chosen. */
static void
add_end_row (TpInspector  *self,
             GtkWidget    *group,
             TpConnection *connection,
             const char   *end,
             const char   *title,
             TpElement    *card)
{
  g_autoptr(GPtrArray) cards = end_choices (connection);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *c = g_ptr_array_index (cards, i);

      gtk_string_list_append (names, card_name (c));
      if ((gpointer) c == card)
        selected = i;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, g_str_equal (end, "to") ? "connection-to" : "connection-from");
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "tp-connection", g_object_ref (connection), g_object_unref);
  g_object_set_data (G_OBJECT (row), "tp-end", (gpointer) (g_str_equal (end, "to") ? "to" : "from"));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_end_chosen), self);

  if (card != NULL)
    {
      GtkWidget *go = gtk_button_new_from_icon_name ("go-next-symbolic");

      gtk_widget_set_valign (go, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (go, "flat");
      /* Translators: a button beside an arrow's end in the inspector */
      gtk_widget_set_tooltip_text (go, _("Select the card"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (go), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Select the card"), -1);
      g_object_set_data_full (G_OBJECT (go), "tp-element", g_object_ref (card), g_object_unref);
      g_signal_connect (go, "clicked", G_CALLBACK (on_go_to_end), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), go);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

void
_tp_inspector_build_connection (TpInspector  *self,
                                GtkWidget    *content,
                                TpConnection *connection)
{
  const char *id = tp_element_get_id (TP_ELEMENT (connection));
  TpProject *project = self->project;
  TpElement *from = NULL, *to = NULL;
  GtkWidget *group;

  if (project != NULL)
    {
      from = tp_project_lookup (project, tp_connection_get_from (connection));
      to = tp_project_lookup (project, tp_connection_get_to (connection));
    }
  if (from != NULL && !TP_IS_CARD (from))
    from = NULL;
  if (to != NULL && !TP_IS_CARD (to))
    to = NULL;

  group = add_group (content, _("Connection"), NULL);
  ADD (group, connection, id, "kind", TP_FIELD_ENUM, _("Kind"), N_("Change Connection Kind"));
  ADD (group, connection, id, "label", TP_FIELD_STRING, _("Label"), N_("Edit Connection Label"));

  group = add_group (content, _("Ends"),
                     _("Choose another card, or drag an end onto one in the service blueprint"));
  add_end_row (self, group, connection, "from", _("From"), from);
  add_end_row (self, group, connection, "to", _("To"), to);
}

void
_tp_inspector_build_handoffs (TpInspector *self,
                              GtkWidget   *content,
                              TpJourney   *journey)
{
  g_autoptr(TpBlueprintAnalysis) analysis = tp_blueprint_analysis_new (journey);
  GPtrArray *counts = tp_blueprint_analysis_get_counts (analysis);
  GPtrArray *unowned = tp_blueprint_analysis_get_unowned (analysis);
  GtkWidget *group;

  group = add_group (content, _("Hand-offs"),
                     counts->len == 0
                     ? _("No arrow passes work between departments")
                     : _("Arrows that pass work between departments, per pair"));
  for (guint i = 0; i < counts->len; i++)
    {
      const TpHandoffCount *count = g_ptr_array_index (counts, i);
      const char *a = *count->department_a != '\0' ? count->department_a : _("No owner");
      const char *b = *count->department_b != '\0' ? count->department_b : _("No owner");
      g_autofree char *pair = NULL;
      g_autofree char *number = g_strdup_printf ("%u", count->count);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (number);

      /* Arrows that stay in one department (or join two cards that
       * name none) are hand-offs only because they cross a line: say
       * so, rather than pairing a department with itself. */
      if (count->within && *count->department_a == '\0')
        pair = g_strdup (_("Between cards without an owner"));
      else if (count->within)
        /* Translators: hand-offs inside one department, e.g. "Within Front desk" */
        pair = g_strdup_printf (_("Within %s"), a);
      else
        /* Translators: a pair of departments work passes between, e.g. "Front desk ↔ Housekeeping" */
        pair = g_strdup_printf (_("%s ↔ %s"), a, b);
      if (count->within)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     _("Across the line of visibility or of internal interaction"));
      gtk_widget_add_css_class (label, "numeric");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pair);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  group = add_group (content, _("Cards Without an Owner"),
                     unowned->len == 0
                     ? _("Every frontstage, backstage and support card has a department")
                     : _("Frontstage, backstage and support cards that name no department"));
  for (guint i = 0; i < unowned->len; i++)
    {
      TpCard *card = g_ptr_array_index (unowned, i);
      GtkWidget *row = add_link_row (self, group, card_name (card), NULL, TP_ELEMENT (card));
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
}

gboolean
_tp_inspector_blueprint_needs_rebuild (TpInspector    *self,
                                       const TpChange *change)
{
  const char *name;

  /* An arrow's ends are shown by name. */
  if (TP_IS_CONNECTION (self->element) && change->element == self->element
      && change->kind == TP_CHANGE_PROPERTY)
    return g_str_equal (change->pspec->name, "from") || g_str_equal (change->pspec->name, "to");
  /* The hand-offs of the journey shown change with its cards' owners and
   * lanes and with its arrows' ends. */
  if (!TP_IS_JOURNEY (self->element))
    return FALSE;
  if (change->kind != TP_CHANGE_PROPERTY)
    return change->parent == self->element
           && (change->list == TP_LIST_CARDS || change->list == TP_LIST_CONNECTIONS
               || change->list == TP_LIST_LANES);
  if (tp_element_get_parent (change->element) != self->element)
    return FALSE;
  name = change->pspec->name;
  return g_str_equal (name, "department") || g_str_equal (name, "lane")
         || g_str_equal (name, "kind") || g_str_equal (name, "from")
         || g_str_equal (name, "to") || g_str_equal (name, "title");
}

#undef ADD
