/* test-model-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo as a person uses them: one gesture is one step, typing in a
 * field is one step, a cancelled gesture leaves nothing behind, and the
 * window title's "modified" mark is right after any sequence of saves,
 * undos and redos.
 */

#include "config.h"

#include "model/tp-model.h"

static TpProject *
make_project (TpPhase **phase_out)
{
  TpProject *project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("j");
  g_autoptr(TpPhase) phase = tp_phase_new ("p");
  g_autoptr(TpLane) lane = tp_lane_new ("l", TP_LANE_KIND_ACTIVITY);

  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
  _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));

  if (phase_out != NULL)
    *phase_out = phase;

  return project;
}

static void
type_title (TpProject  *project,
            TpPhase    *phase,
            const char *text)
{
  tp_project_begin_coalesce (project, "Typing", "phase-title");
  tp_project_set (project, phase, "title", text, NULL);
  tp_project_commit (project);
}

static guint
count_undo_steps (TpProject *project)
{
  guint n = 0;

  while (tp_project_undo (project))
    n++;
  for (guint i = 0; i < n; i++)
    tp_project_redo (project);

  return n;
}

static void
test_transaction (void)
{
  TpPhase *phase;
  g_autoptr(TpProject) project = make_project (&phase);

  /* Edits outside a transaction are one step each. */
  tp_project_set (project, phase, "title", "One", NULL);
  tp_project_set (project, phase, "description", "Two", NULL);
  g_assert_cmpuint (count_undo_steps (project), ==, 2);

  /* A transaction is one step, nested ones too; the outermost label wins. */
  tp_project_begin (project, "Restyle phase");
  tp_project_set (project, phase, "color", "#ff0000", NULL);
  tp_project_begin (project, "Inner");
  tp_project_set (project, phase, "title", "Three", NULL);
  tp_project_commit (project);
  g_assert_false (tp_project_undo (project));   /* not while a transaction is open */
  tp_project_set (project, phase, "description", "Four", NULL);
  tp_project_commit (project);

  g_assert_cmpuint (count_undo_steps (project), ==, 3);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Restyle phase");

  g_assert_true (tp_project_undo (project));
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "One");
  g_assert_cmpstr (tp_phase_get_description (phase), ==, "Two");
  g_assert_cmpstr (tp_phase_get_color (phase), !=, "#ff0000");
  g_assert_cmpstr (tp_project_get_redo_label (project), ==, "Restyle phase");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Edit");

  g_assert_true (tp_project_redo (project));
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Three");
  g_assert_cmpstr (tp_phase_get_color (phase), ==, "#ff0000");
  g_assert_false (tp_project_redo (project));

  /* An empty transaction leaves no step. */
  tp_project_begin (project, "Nothing");
  tp_project_set (project, phase, "title", "Three", NULL);
  tp_project_commit (project);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Restyle phase");

  /* A new edit after undo drops the redo steps. */
  tp_project_undo (project);
  g_assert_true (tp_project_can_redo (project));
  tp_project_set (project, phase, "title", "Five", NULL);
  g_assert_false (tp_project_can_redo (project));
  g_assert_null (tp_project_get_redo_label (project));
}

static void
count_changes (TpProject *project,
               TpChange  *change,
               guint     *n)
{
  (*n)++;
}

static void
test_rollback (void)
{
  TpPhase *phase;
  g_autoptr(TpProject) project = make_project (&phase);
  g_autoptr(TpCard) card = tp_card_new (NULL, TP_CARD_KIND_NOTE);
  TpJourney *journey = TP_JOURNEY (tp_project_lookup (project, "j"));
  guint n = 0;

  g_signal_connect (project, "changed", G_CALLBACK (count_changes), &n);

  tp_project_begin (project, "Drag");
  tp_project_set (project, phase, "title", "Moving", NULL);
  tp_project_insert (project, journey, TP_LIST_CARDS, -1, card);
  g_assert_true (tp_project_get_modified (project));
  tp_project_rollback (project);

  /* Two changes and their two inverses were announced. */
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "");
  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, 0);
  g_assert_null (tp_project_lookup (project, tp_element_get_id (TP_ELEMENT (card))));
  g_assert_false (tp_project_can_undo (project));
  g_assert_false (tp_project_get_modified (project));

  /* A nested rollback reverts the whole transaction so far; the outer one goes on. */
  tp_project_begin (project, "Outer");
  tp_project_set (project, phase, "title", "A", NULL);
  tp_project_begin (project, "Inner");
  tp_project_set (project, phase, "description", "B", NULL);
  tp_project_rollback (project);
  tp_project_set (project, phase, "color", "#00ff00", NULL);
  tp_project_commit (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "");
  g_assert_cmpstr (tp_phase_get_description (phase), ==, "");
  g_assert_cmpuint (count_undo_steps (project), ==, 1);
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_color (phase), !=, "#00ff00");
}

static void
test_coalescing (void)
{
  TpPhase *phase;
  g_autoptr(TpProject) project = make_project (&phase);

  type_title (project, phase, "B");
  type_title (project, phase, "Bu");
  type_title (project, phase, "Buy");               /* step 1: typing is one step */
  tp_project_begin_coalesce (project, "Typing", "phase-description");
  tp_project_set (project, phase, "description", "x", NULL);
  tp_project_commit (project);                      /* step 2: another field */
  type_title (project, phase, "Buyi");              /* step 3: a different key breaks */
  tp_project_set (project, phase, "color", "#123456", NULL);  /* step 4 */
  type_title (project, phase, "Buyin");             /* step 5: any other step breaks */
  type_title (project, phase, "Buying");
  tp_project_break_coalescing (project);            /* focus left the field */
  type_title (project, phase, "Buying!");           /* step 6 */
  tp_project_mark_saved (project);
  type_title (project, phase, "Buying!!");          /* step 7: saving breaks */

  g_assert_cmpuint (count_undo_steps (project), ==, 7);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Typing");

  /* Undo/redo breaks it too. */
  type_title (project, phase, "Buying!!!");
  g_assert_cmpuint (count_undo_steps (project), ==, 8);

  tp_project_undo (project);
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Buying!");
  g_assert_false (tp_project_get_modified (project));
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Buying");
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Buyi");
  tp_project_undo (project);
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Buy");
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Buy");
  g_assert_cmpstr (tp_phase_get_description (phase), ==, "");
  tp_project_undo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "");
  g_assert_false (tp_project_can_undo (project));
  tp_project_redo (project);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "Buy");
}

static void
test_modified (void)
{
  TpPhase *phase;
  g_autoptr(TpProject) project = make_project (&phase);

  g_assert_false (tp_project_get_modified (project));

  tp_project_set (project, phase, "title", "A", NULL);
  g_assert_true (tp_project_get_modified (project));
  tp_project_undo (project);
  g_assert_false (tp_project_get_modified (project));
  tp_project_redo (project);
  g_assert_true (tp_project_get_modified (project));

  /* Saved at A; undoing past the save and redoing back is clean again. */
  tp_project_mark_saved (project);
  g_assert_false (tp_project_get_modified (project));
  tp_project_undo (project);
  g_assert_true (tp_project_get_modified (project));
  tp_project_redo (project);
  g_assert_false (tp_project_get_modified (project));

  tp_project_set (project, phase, "title", "B", NULL);
  tp_project_set (project, phase, "title", "C", NULL);
  g_assert_true (tp_project_get_modified (project));
  tp_project_undo (project);
  tp_project_undo (project);
  g_assert_false (tp_project_get_modified (project));
  tp_project_redo (project);
  tp_project_redo (project);

  /* Saved at C; undo to B and edit D: the saved state is gone for good. */
  tp_project_mark_saved (project);
  tp_project_undo (project);
  tp_project_set (project, phase, "title", "D", NULL);
  g_assert_true (tp_project_get_modified (project));
  tp_project_undo (project);
  g_assert_true (tp_project_get_modified (project));
  tp_project_undo (project);
  g_assert_true (tp_project_get_modified (project));
  tp_project_redo (project);
  tp_project_redo (project);
  g_assert_true (tp_project_get_modified (project));
  g_assert_cmpstr (tp_phase_get_title (phase), ==, "D");

  /* Typing the same text back is still a change to save. */
  tp_project_mark_saved (project);
  tp_project_set (project, phase, "title", "E", NULL);
  tp_project_set (project, phase, "title", "D", NULL);
  g_assert_true (tp_project_get_modified (project));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_notify (void)
{
  TpPhase *phase;
  g_autoptr(TpProject) project = make_project (&phase);
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (project, "notify", G_CALLBACK (on_notify), log);

  tp_project_set (project, phase, "title", "A", NULL);
  g_assert_cmpstr (log->str, ==, "modified;can-undo;");

  g_string_truncate (log, 0);
  tp_project_set (project, phase, "title", "B", NULL);
  g_assert_cmpstr (log->str, ==, "");

  g_string_truncate (log, 0);
  tp_project_undo (project);
  g_assert_cmpstr (log->str, ==, "can-redo;");

  g_string_truncate (log, 0);
  tp_project_undo (project);
  g_assert_cmpstr (log->str, ==, "modified;can-undo;");

  g_string_truncate (log, 0);
  tp_project_redo (project);
  tp_project_mark_saved (project);
  g_assert_cmpstr (log->str, ==, "modified;can-undo;modified;");
}

static void
test_touched_and_count (void)
{
  TpPhase *phase;
  g_autoptr(TpProject) project = make_project (&phase);
  TpJourney *journey = TP_JOURNEY (tp_project_lookup (project, "j"));
  TpLane *lane = TP_LANE (tp_project_lookup (project, "l"));
  TpCard *a, *b;
  GPtrArray *touched;
  guint64 count;

  a = tp_project_add_card (project, phase, lane, -1, TP_CARD_KIND_NOTE, "a");
  b = tp_project_add_card (project, phase, lane, -1, TP_CARD_KIND_NOTE, "b");

  tp_project_begin (project, "Edit two");
  tp_project_set (project, a, "title", "A", NULL);
  tp_project_set (project, b, "title", "B", NULL);
  tp_project_commit (project);

  count = tp_project_get_change_count (project);
  tp_project_undo (project);
  g_assert_cmpuint (tp_project_get_change_count (project), ==, count + 2);
  touched = tp_project_get_last_touched (project);
  g_assert_cmpuint (touched->len, ==, 2);
  g_assert_true (g_ptr_array_find (touched, a, NULL));
  g_assert_true (g_ptr_array_find (touched, b, NULL));

  /* Undoing the addition of b: b is gone, nothing left to select. */
  tp_project_undo (project);
  g_assert_cmpuint (tp_project_get_last_touched (project)->len, ==, 0);
  tp_project_redo (project);
  g_assert_true (g_ptr_array_index (tp_project_get_last_touched (project), 0) == b);
  g_assert_cmpuint (tp_project_get_change_count (project), ==, count + 4);

  /* After loading, the history is forgotten. */
  tp_project_mark_saved (project);
  tp_project_clear_history (project);
  g_assert_false (tp_project_can_undo (project));
  g_assert_false (tp_project_can_redo (project));
  g_assert_false (tp_project_get_modified (project));
  tp_project_set (project, journey, "title", "T", NULL);
  g_assert_true (tp_project_get_modified (project));
  tp_project_clear_history (project);
  g_assert_true (tp_project_get_modified (project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/history/transaction", test_transaction);
  g_test_add_func ("/model/history/rollback", test_rollback);
  g_test_add_func ("/model/history/coalescing", test_coalescing);
  g_test_add_func ("/model/history/modified", test_modified);
  g_test_add_func ("/model/history/notify", test_notify);
  g_test_add_func ("/model/history/touched-and-count", test_touched_and_count);

  return g_test_run ();
}
