/* test-ui-inspector-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector's service-blueprint fields: a card's department (any
 * kind), fail point, severity and duration; an arrow's kind, label and
 * ends; the hand-offs and unowned cards of a journey. Each edit is one
 * undo step.
 */

#include "config.h"

#include "tp-ui-test.h"
#include "ui/tp-inspector.h"

typedef struct {
  TpProject   *project;
  TpSelection *selection;
  TpJourney   *journey;
  GtkWidget   *inspector;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->project = tp_template_new_project (TP_LENS_BLUEPRINT);
  f->selection = tp_selection_new ();
  f->journey = g_ptr_array_index (tp_project_get_journeys (f->project), 0);
  f->inspector = g_object_ref_sink (tp_inspector_new ());
  tp_inspector_set_project (TP_INSPECTOR (f->inspector), f->project);
  tp_inspector_set_selection (TP_INSPECTOR (f->inspector), f->selection);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->inspector);
  g_object_unref (f->selection);
  g_object_unref (f->project);
}

static TpCard *
find_card (TpJourney  *journey,
           TpCardKind  kind)
{
  GPtrArray *cards = tp_journey_get_cards (journey);

  for (guint i = 0; i < cards->len; i++)
    if (tp_card_get_kind (g_ptr_array_index (cards, i)) == kind)
      return g_ptr_array_index (cards, i);
  return NULL;
}

/* The titles of the rows under @widget, joined with "|". */
static void
collect_rows (GtkWidget *widget,
              GString   *out)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    g_string_append_printf (out, "%s|", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, out);
}

static char *
row_titles (Fixture *f)
{
  GString *out = g_string_new ("|");

  collect_rows (f->inspector, out);
  return g_string_free (out, FALSE);
}

static void
test_card_fields (Fixture       *f,
                  gconstpointer  data)
{
  TpCard *card = find_card (f->journey, TP_CARD_KIND_BACKSTAGE);
  GtkWidget *widget;

  g_assert_nonnull (card);
  tp_selection_set_one (f->selection, TP_ELEMENT (card));

  /* A backstage card names its department here (not only touchpoints). */
  widget = tp_inspector_get_field (TP_INSPECTOR (f->inspector), "department");
  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), "H");
  gtk_editable_set_text (GTK_EDITABLE (widget), "Ho");
  gtk_editable_set_text (GTK_EDITABLE (widget), "Housekeeping");
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_card_get_department (card), ==, "Housekeeping");
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Edit Department");
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpstr (tp_card_get_department (card), !=, "Housekeeping");
  g_assert_cmpstr (tp_card_get_department (card), !=, "Ho");

  /* Fail point, its severity and the duration: one step each. */
  widget = tp_inspector_get_field (TP_INSPECTOR (f->inspector), "fail-point");
  g_assert_true (GTK_IS_SWITCH (widget));
  gtk_switch_set_active (GTK_SWITCH (widget), !tp_card_get_fail_point (card));
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Fail Point");

  widget = tp_inspector_get_field (TP_INSPECTOR (f->inspector), "fail-point-severity");
  g_assert_true (GTK_IS_SPIN_BUTTON (widget));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 4);
  tp_ui_test_spin ();
  g_assert_cmpint (tp_card_get_fail_point_severity (card), ==, 4);
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Fail Point Severity");

  widget = tp_inspector_get_field (TP_INSPECTOR (f->inspector), "duration");
  g_assert_true (GTK_IS_SPIN_BUTTON (widget));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 45);
  tp_ui_test_spin ();
  g_assert_cmpfloat (tp_card_get_duration (card), ==, 45);
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Duration");
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpfloat (tp_card_get_duration (card), !=, 45);
  g_assert_cmpint (tp_card_get_fail_point_severity (card), ==, 4);

  /* A touchpoint card still has one department field, with its touchpoint. */
  card = find_card (f->journey, TP_CARD_KIND_TOUCHPOINT);
  if (card != NULL)
    {
      tp_selection_set_one (f->selection, TP_ELEMENT (card));
      g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (f->inspector), "department"));
      g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (f->inspector), "fail-point"));
    }
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_connection_fields (Fixture       *f,
                        gconstpointer  data)
{
  TpConnection *connection;
  TpElement *from;
  g_autofree char *rows = NULL;
  GtkWidget *widget;

  g_assert_cmpuint (tp_journey_get_connections (f->journey)->len, >, 0);
  connection = g_ptr_array_index (tp_journey_get_connections (f->journey), 0);
  from = tp_project_lookup (f->project, tp_connection_get_from (connection));
  tp_selection_set_one (f->selection, TP_ELEMENT (connection));
  g_assert_true (tp_inspector_get_element (TP_INSPECTOR (f->inspector)) == TP_ELEMENT (connection));

  /* Its ends, named; the kind and the label as fields. */
  rows = row_titles (f);
  g_assert_nonnull (strstr (rows, "|From|"));
  g_assert_nonnull (strstr (rows, "|To|"));

  widget = tp_inspector_get_field (TP_INSPECTOR (f->inspector), "kind");
  g_assert_true (ADW_IS_COMBO_ROW (widget));
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), TP_CONNECTION_KIND_WAIT);
  tp_ui_test_spin ();
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_WAIT);
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Change Connection Kind");

  widget = tp_inspector_get_field (TP_INSPECTOR (f->inspector), "label");
  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), "o");
  gtk_editable_set_text (GTK_EDITABLE (widget), "on paper");
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_connection_get_label (connection), ==, "on paper");
  g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Edit Connection Label");
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpstr (tp_connection_get_label (connection), ==, "");
  g_assert_true (tp_project_undo (f->project));
  g_assert_cmpint (tp_connection_get_kind (connection), !=, TP_CONNECTION_KIND_WAIT);

  /* "To": another card of the journey, one undo step. */
  {
    GtkWidget *to_row = find_named (f->inspector, "connection-to");
    GPtrArray *cards = tp_journey_get_cards (f->journey);
    const char *old_to = tp_connection_get_to (connection);
    g_autofree char *was = g_strdup (old_to);
    guint pick = 0;

    g_assert_true (ADW_IS_COMBO_ROW (to_row));
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (to_row))), ==,
                      cards->len);
    while (g_str_equal (tp_element_get_id (g_ptr_array_index (cards, pick)), was)
           || g_str_equal (tp_element_get_id (g_ptr_array_index (cards, pick)),
                           tp_connection_get_from (connection)))
      pick++;
    adw_combo_row_set_selected (ADW_COMBO_ROW (to_row), pick);
    tp_ui_test_spin ();
    g_assert_cmpstr (tp_connection_get_to (connection), ==,
                     tp_element_get_id (g_ptr_array_index (cards, pick)));
    g_assert_cmpstr (tp_project_get_undo_label (f->project), ==, "Reconnect Arrow");
    g_assert_true (tp_project_undo (f->project));
    g_assert_cmpstr (tp_connection_get_to (connection), ==, was);
  }

  /* The "From" row takes the selection to that card. */
  g_assert_true (TP_IS_CARD (from));
  tp_selection_set_one (f->selection, from);
  g_assert_true (tp_inspector_get_element (TP_INSPECTOR (f->inspector)) == from);
}

static void
test_journey_handoffs (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TpCard *card = find_card (f->journey, TP_CARD_KIND_SUPPORT);
  TpCard *other = find_card (f->journey, TP_CARD_KIND_BACKSTAGE);
  g_autoptr(TpConnection) arrow = NULL;

  tp_selection_set_one (f->selection, TP_ELEMENT (f->journey));
  before = row_titles (f);
  g_assert_nonnull (strstr (before, "|Title|"));

  /* An arrow between two departments makes a pair, counted once. */
  g_assert_nonnull (card);
  g_assert_nonnull (other);
  tp_project_set (f->project, other, "department", "Front desk", NULL);
  tp_project_set (f->project, card, "department", "Night audit", NULL);
  arrow = tp_connection_new (NULL, tp_element_get_id (TP_ELEMENT (other)),
                             tp_element_get_id (TP_ELEMENT (card)));
  tp_project_begin (f->project, "Connect");
  tp_project_insert (f->project, f->journey, TP_LIST_CONNECTIONS, -1, arrow);
  tp_project_commit (f->project);
  tp_ui_test_sleep (50);
  after = row_titles (f);
  g_assert_null (strstr (before, "Night audit"));
  g_assert_nonnull (strstr (after, "|Front desk ↔ Night audit|"));

  /* One department on both ends: the arrow still crosses the line of
   * internal interaction, and the row names the department once. */
  tp_project_set (f->project, other, "department", "Night audit", NULL);
  tp_ui_test_sleep (50);
  g_clear_pointer (&after, g_free);
  after = row_titles (f);
  g_assert_null (strstr (after, "Night audit ↔ Night audit"));
  g_assert_nonnull (strstr (after, "|Within Night audit|"));
}

static void
test_unowned_listed (Fixture       *f,
                     gconstpointer  data)
{
  TpCard *card = find_card (f->journey, TP_CARD_KIND_BACKSTAGE);
  g_autofree char *rows = NULL;

  g_assert_nonnull (card);
  tp_project_set (f->project, card, "title", "Nobody's job", NULL);
  tp_project_set (f->project, card, "department", "", NULL);
  tp_selection_set_one (f->selection, TP_ELEMENT (f->journey));
  rows = row_titles (f);
  g_assert_nonnull (strstr (rows, "|Nobody's job|"));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add ("/ui/inspector-blueprint/card", Fixture, NULL,
              fixture_set_up, test_card_fields, fixture_tear_down);
  g_test_add ("/ui/inspector-blueprint/connection", Fixture, NULL,
              fixture_set_up, test_connection_fields, fixture_tear_down);
  g_test_add ("/ui/inspector-blueprint/handoffs", Fixture, NULL,
              fixture_set_up, test_journey_handoffs, fixture_tear_down);
  g_test_add ("/ui/inspector-blueprint/unowned", Fixture, NULL,
              fixture_set_up, test_unowned_listed, fixture_tear_down);

  return tp_ui_test_run ();
}
