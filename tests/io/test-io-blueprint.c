/* test-io-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint's file members: a department on any card, fail
 * points, durations, and rework/wait connections written as refined flows.
 * A file that does not use them is written exactly as version 1 was; one
 * that does opens in a version-1 reader's terms (plain flows, unknown
 * members) and round-trips.
 */

#include "config.h"

#include <string.h>

#include "io/tp-format.h"

/* One journey, one phase, two lanes; @cards and @connections are JSON array bodies. */
static char *
journey_file (const char *cards,
              const char *connections)
{
  return g_strdup_printf (
    "{\n"
    "  \"format\": \"touchpoint\",\n"
    "  \"version\": 1,\n"
    "  \"journeys\": [{\n"
    "    \"id\": \"j\",\n"
    "    \"phases\": [{ \"id\": \"p\" }],\n"
    "    \"lanes\": [{ \"id\": \"act\", \"kind\": \"activity\" },\n"
    "              { \"id\": \"back\", \"kind\": \"backstage\" }],\n"
    "    \"cards\": [%s],\n"
    "    \"connections\": [%s]\n"
    "  }]\n"
    "}\n", cards, connections);
}

static TpProject *
load_text (const char *text,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return tp_format_load_bytes (bytes, "blueprint.touchpoint", NULL, error);
}

static TpProject *
reload (TpProject *project,
        GBytes   **saved_out)
{
  g_autoptr(GBytes) saved = tp_format_save_to_bytes (project);
  g_autoptr(GError) error = NULL;
  TpProject *again = tp_format_load_bytes (saved, "saved.touchpoint", NULL, &error);

  g_assert_no_error (error);
  if (saved_out != NULL)
    *saved_out = g_steal_pointer (&saved);
  return again;
}

static const char *
saved_text (GBytes *bytes)
{
  return g_bytes_get_data (bytes, NULL);
}

static void
test_members_read_and_written (void)
{
  g_autofree char *text = journey_file (
    "{ \"department\": \"IT\", \"id\": \"b1\", \"kind\": \"backstage\", \"phase\": \"p\","
    "  \"lane\": \"back\", \"fail_point\": { \"severity\": 4, \"x_why\": \"kept\" },"
    "  \"duration\": 12.5 },"
    "{ \"id\": \"b2\", \"kind\": \"backstage\", \"phase\": \"p\", \"lane\": \"back\","
    "  \"fail_point\": {} },"
    "{ \"id\": \"a1\", \"kind\": \"activity\", \"phase\": \"p\", \"lane\": \"act\","
    "  \"department\": \"Customer\" }",
    "{ \"id\": \"c1\", \"from\": \"a1\", \"to\": \"b1\", \"kind\": \"flow\", \"flow_kind\": \"rework\" },"
    "{ \"id\": \"c2\", \"from\": \"b1\", \"to\": \"b2\", \"flow_kind\": \"wait\", \"label\": \"overnight\" },"
    "{ \"id\": \"c3\", \"from\": \"b1\", \"to\": \"b2\", \"kind\": \"triggers\" }");
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = load_text (text, &error);
  g_autoptr(TpProject) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  TpCard *b1, *b2, *a1;

  g_assert_no_error (error);
  b1 = TP_CARD (tp_project_lookup (project, "b1"));
  b2 = TP_CARD (tp_project_lookup (project, "b2"));
  a1 = TP_CARD (tp_project_lookup (project, "a1"));
  g_assert_cmpstr (tp_card_get_department (b1), ==, "IT");
  g_assert_true (tp_card_get_fail_point (b1));
  g_assert_cmpint (tp_card_get_fail_point_severity (b1), ==, 4);
  g_assert_cmpfloat (tp_card_get_duration (b1), ==, 12.5);
  g_assert_true (tp_card_get_fail_point (b2));
  g_assert_cmpint (tp_card_get_fail_point_severity (b2), ==, 0);
  g_assert_cmpfloat (tp_card_get_duration (b2), ==, 0);
  g_assert_cmpstr (tp_card_get_department (b2), ==, "");
  g_assert_false (tp_card_get_fail_point (a1));
  g_assert_cmpstr (tp_card_get_department (a1), ==, "Customer");

  g_assert_cmpint (tp_connection_get_kind (TP_CONNECTION (tp_project_lookup (project, "c1"))),
                   ==, TP_CONNECTION_KIND_REWORK);
  g_assert_cmpint (tp_connection_get_kind (TP_CONNECTION (tp_project_lookup (project, "c2"))),
                   ==, TP_CONNECTION_KIND_WAIT);
  g_assert_cmpint (tp_connection_get_kind (TP_CONNECTION (tp_project_lookup (project, "c3"))),
                   ==, TP_CONNECTION_KIND_TRIGGERS);

  again = reload (project, &saved);
  g_assert_true (tp_card_get_fail_point (TP_CARD (tp_project_lookup (again, "b1"))));
  g_assert_cmpfloat (tp_card_get_duration (TP_CARD (tp_project_lookup (again, "b1"))), ==, 12.5);
  g_assert_cmpint (tp_connection_get_kind (TP_CONNECTION (tp_project_lookup (again, "c2"))),
                   ==, TP_CONNECTION_KIND_WAIT);
  g_clear_object (&project);
  project = reload (again, &saved_again);
  g_assert_cmpstr (saved_text (saved), ==, saved_text (saved_again));

  /* Written in the documented order; version-1 readers see plain flows. */
  g_assert_nonnull (strstr (saved_text (saved),
                            "          \"moment_that_matters\": false,\n"
                            "          \"department\": \"IT\",\n"
                            "          \"fail_point\": {\n"
                            "            \"severity\": 4,\n"
                            "            \"x_why\": \"kept\"\n"
                            "          },\n"
                            "          \"duration\": 12.5\n"
                            "        },\n"));
  g_assert_nonnull (strstr (saved_text (saved),
                            "          \"kind\": \"flow\",\n"
                            "          \"flow_kind\": \"wait\",\n"
                            "          \"label\": \"overnight\"\n"));
  g_assert_null (strstr (saved_text (saved), "\"kind\": \"rework\""));
  g_assert_null (strstr (saved_text (saved), "\"kind\": \"wait\""));
  g_assert_nonnull (strstr (saved_text (saved), "\"version\": 1,\n"));
}

/* What a version-1 reader would not know stays where it was. */
static void
test_foreign_combinations_kept (void)
{
  g_autofree char *text = journey_file (
    "{ \"department\": \"Shop\", \"id\": \"t1\", \"kind\": \"touchpoint\", \"phase\": \"p\","
    "  \"lane\": \"act\", \"touchpoint\": { \"department\": \"Sales\" } },"
    "{ \"id\": \"b1\", \"kind\": \"backstage\", \"phase\": \"p\", \"lane\": \"back\","
    "  \"duration\": 0 }",
    "{ \"id\": \"c1\", \"from\": \"t1\", \"to\": \"b1\", \"kind\": \"depends_on\","
    "  \"flow_kind\": \"rework\" },"
    "{ \"id\": \"c2\", \"from\": \"t1\", \"to\": \"b1\", \"flow_kind\": \"teleport\" }");
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = load_text (text, &error);
  g_autoptr(TpProject) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  TpConnection *c1, *c2;
  JsonObject *extra;

  g_assert_no_error (error);
  /* The touchpoint's own department wins; the other is kept. */
  g_assert_cmpstr (tp_card_get_department (TP_CARD (tp_project_lookup (project, "t1"))), ==, "Sales");
  extra = tp_element_get_extra (tp_project_lookup (project, "t1"));
  g_assert_cmpstr (json_object_get_string_member (extra, "department"), ==, "Shop");

  c1 = TP_CONNECTION (tp_project_lookup (project, "c1"));
  c2 = TP_CONNECTION (tp_project_lookup (project, "c2"));
  g_assert_cmpint (tp_connection_get_kind (c1), ==, TP_CONNECTION_KIND_DEPENDS_ON);
  g_assert_cmpint (tp_connection_get_kind (c2), ==, TP_CONNECTION_KIND_FLOW);
  g_assert_cmpstr (json_object_get_string_member (tp_element_get_extra (TP_ELEMENT (c1)), "flow_kind"),
                   ==, "rework");
  g_assert_cmpstr (json_object_get_string_member (tp_element_get_extra (TP_ELEMENT (c2)), "flow_kind"),
                   ==, "teleport");

  again = reload (project, &saved);
  g_assert_nonnull (strstr (saved_text (saved), "\"flow_kind\": \"teleport\""));
  g_assert_nonnull (strstr (saved_text (saved), "\"department\": \"Shop\""));
  /* A zero duration is "not given" and is not written. */
  g_assert_null (strstr (saved_text (saved), "\"duration\""));

  /* Turning the kept refinement's connection into a flow of its own does
   * not write the member twice (the file would be refused). */
  tp_project_set (again, tp_project_lookup (again, "c1"), "kind", TP_CONNECTION_KIND_WAIT, NULL);
  g_clear_object (&project);
  g_clear_pointer (&saved, g_bytes_unref);
  project = reload (again, &saved);
  g_assert_cmpint (tp_connection_get_kind (TP_CONNECTION (tp_project_lookup (project, "c1"))),
                   ==, TP_CONNECTION_KIND_WAIT);
}

/* A version-1 file that does not use the new members: unchanged bytes. */
static void
test_version_1_unchanged (void)
{
  const char *examples[] = { "hotel-booking", "jewellery-web-shop", "clothing-store-visit" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *name = g_strconcat (examples[i], ".touchpoint", NULL);
      g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TpProject) project = NULL;
      g_autoptr(GBytes) saved = NULL;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_null (strstr (contents, "flow_kind"));
      g_assert_null (strstr (contents, "fail_point"));
      project = load_text (contents, &error);
      g_assert_no_error (error);
      saved = tp_format_save_to_bytes (project);
      g_assert_cmpstr (saved_text (saved), ==, contents);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/blueprint/members-read-and-written", test_members_read_and_written);
  g_test_add_func ("/io/blueprint/foreign-combinations-kept", test_foreign_combinations_kept);
  g_test_add_func ("/io/blueprint/version-1-unchanged", test_version_1_unchanged);

  return g_test_run ();
}
