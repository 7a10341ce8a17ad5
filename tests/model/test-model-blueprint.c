/* test-model-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blueprint's model members: a department on any card, fail points with
 * a severity, durations in minutes, rework and wait connections; each edit is
 * one undo step through TpProject.
 */

#include "config.h"

#include "model/tp-model.h"

static TpProject *
make_project (TpCard      **front_out,
              TpConnection **connection_out)
{
  TpProject *project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("j");
  g_autoptr(TpPhase) phase = tp_phase_new ("p");
  g_autoptr(TpLane) act = tp_lane_new ("act", TP_LANE_KIND_ACTIVITY);
  g_autoptr(TpLane) front = tp_lane_new ("front", TP_LANE_KIND_FRONTSTAGE);
  g_autoptr(TpCard) step = tp_card_new ("step", TP_CARD_KIND_ACTIVITY);
  g_autoptr(TpCard) action = tp_card_new ("action", TP_CARD_KIND_FRONTSTAGE);
  g_autoptr(TpConnection) connection = tp_connection_new ("c", "step", "action");

  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (act));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (front));
  g_object_set (step, "phase", "p", "lane", "act", NULL);
  g_object_set (action, "phase", "p", "lane", "front", NULL);
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (step));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (action));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CONNECTIONS, TP_ELEMENT (connection));

  *front_out = action;
  *connection_out = connection;
  return project;
}

static void
test_defaults (void)
{
  g_autoptr(TpCard) card = tp_card_new ("c", TP_CARD_KIND_SUPPORT);
  g_autoptr(TpConnection) connection = tp_connection_new ("k", "a", "b");

  g_assert_false (tp_card_get_fail_point (card));
  g_assert_cmpint (tp_card_get_fail_point_severity (card), ==, 0);
  g_assert_cmpfloat (tp_card_get_duration (card), ==, 0.0);
  g_assert_cmpstr (tp_card_get_department (card), ==, "");
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_FLOW);
  g_assert_cmpstr (tp_connection_get_label (connection), ==, "");

  for (int kind = TP_CONNECTION_KIND_FLOW; kind <= TP_CONNECTION_KIND_WAIT; kind++)
    {
      g_assert_nonnull (tp_enum_get_label (TP_TYPE_CONNECTION_KIND, kind));
      g_assert_nonnull (tp_enum_to_nick (TP_TYPE_CONNECTION_KIND, kind));
    }
  g_assert_cmpstr (tp_enum_to_nick (TP_TYPE_CONNECTION_KIND, TP_CONNECTION_KIND_REWORK), ==, "rework");
  g_assert_cmpstr (tp_enum_to_nick (TP_TYPE_CONNECTION_KIND, TP_CONNECTION_KIND_WAIT), ==, "wait");
}

static void
test_edits_undo (void)
{
  TpCard *action;
  TpConnection *connection;
  g_autoptr(TpProject) project = make_project (&action, &connection);

  /* Marking a fail point with its severity is one gesture. */
  tp_project_begin (project, "Mark as Fail Point");
  tp_project_set (project, action, "fail-point", TRUE, "fail-point-severity", 4, NULL);
  tp_project_commit (project);
  tp_project_set (project, action, "duration", 90.0, NULL);
  tp_project_set (project, action, "department", "Front office", NULL);
  tp_project_set (project, connection, "kind", TP_CONNECTION_KIND_REWORK,
                  "label", "wrong room", NULL);

  g_assert_true (tp_card_get_fail_point (action));
  g_assert_cmpint (tp_card_get_fail_point_severity (action), ==, 4);
  g_assert_cmpfloat (tp_card_get_duration (action), ==, 90.0);
  g_assert_cmpstr (tp_card_get_department (action), ==, "Front office");
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_REWORK);

  g_assert_true (tp_project_undo (project));
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_FLOW);
  g_assert_cmpstr (tp_connection_get_label (connection), ==, "");
  g_assert_true (tp_project_undo (project));
  g_assert_cmpstr (tp_card_get_department (action), ==, "");
  g_assert_true (tp_project_undo (project));
  g_assert_cmpfloat (tp_card_get_duration (action), ==, 0.0);
  g_assert_true (tp_card_get_fail_point (action));
  g_assert_true (tp_project_undo (project));
  g_assert_false (tp_card_get_fail_point (action));
  g_assert_cmpint (tp_card_get_fail_point_severity (action), ==, 0);
  g_assert_false (tp_project_can_undo (project));

  g_assert_true (tp_project_redo (project));
  g_assert_true (tp_card_get_fail_point (action));
  g_assert_cmpint (tp_card_get_fail_point_severity (action), ==, 4);
  g_assert_true (tp_project_redo (project));
  g_assert_true (tp_project_redo (project));
  g_assert_true (tp_project_redo (project));
  g_assert_cmpint (tp_connection_get_kind (connection), ==, TP_CONNECTION_KIND_REWORK);
  g_assert_cmpstr (tp_connection_get_label (connection), ==, "wrong room");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/blueprint/defaults", test_defaults);
  g_test_add_func ("/model/blueprint/edits-undo", test_edits_undo);

  return g_test_run ();
}
