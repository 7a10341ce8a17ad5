/* test-io-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The .touchpoint loader and writer: round trips give identical bytes,
 * unknown members survive in place, newer versions open, errors name the
 * file, line and JSON path, and clipboard fragments paste with fresh ids.
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "io/tp-format.h"
#include "io/tp-json-writer.h"
#include "tp-io-sample.h"

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static TpProject *
load_string (const char *text,
             TpLoadInfo *info,
             GError    **error)
{
  g_autoptr(GBytes) bytes = bytes_from_string (text);

  return tp_format_load_bytes (bytes, "t.touchpoint", info, error);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

      g_assert_cmpstr (sa, ==, sb);
    }
}

/* load → save → load → save gives the same bytes twice. */
static GBytes *
assert_round_trip (GBytes     *original,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) first = tp_format_load_bytes (original, name, NULL, &error);
  g_autoptr(TpProject) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_false (tp_project_get_modified (first));
  g_assert_false (tp_project_can_undo (first));

  saved = tp_format_save_to_bytes (first);
  second = tp_format_load_bytes (saved, name, NULL, &error);
  g_assert_no_error (error);
  saved_again = tp_format_save_to_bytes (second);
  assert_bytes_equal (saved, saved_again);

  return g_steal_pointer (&saved);
}

static void
test_examples_round_trip (void)
{
  g_autoptr(GDir) dir = g_dir_open (SOURCE_EXAMPLESDIR, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      saved = assert_round_trip (bytes, name);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_templates_round_trip (void)
{
  g_autoptr(GEnumClass) lenses = g_type_class_ref (TP_TYPE_LENS);

  for (guint i = 0; i < lenses->n_values; i++)
    {
      g_autoptr(TpProject) project = tp_template_new_project (lenses->values[i].value);
      g_autoptr(GBytes) first = tp_format_save_to_bytes (project);
      g_autoptr(GBytes) saved = assert_round_trip (first, lenses->values[i].value_nick);

      /* Saving the model we built and saving what we read back agree. */
      assert_bytes_equal (first, saved);
    }
}

static void
test_sample_round_trip (void)
{
  g_autoptr(TpProject) project = tp_io_sample_project ();
  g_autoptr(GBytes) first = tp_format_save_to_bytes (project);
  g_autoptr(GBytes) saved = assert_round_trip (first, "sample");
  g_autoptr(TpProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = g_bytes_get_data (first, NULL);
  TpCard *card;
  TpFloorPlan *plan;

  assert_bytes_equal (first, saved);

  /* The writer's promises, seen in the bytes. */
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"touchpoint\",\n  \"version\": 1,\n"
                                         "  \"generator\": \"Touchpoint " PACKAGE_VERSION "\",\n"));
  g_assert_true (g_str_has_suffix (text, "\n  \"x_future\": \"kept\"\n}\n"));
  g_assert_nonnull (strstr (text, "\"quote \\\"x\\\"\""));
  g_assert_nonnull (strstr (text, "\"tab\\there\""));
  g_assert_nonnull (strstr (text, "\"æøå ✓ 😀\""));
  g_assert_nonnull (strstr (text, "\"description\": \"Back\\\\slash\""));
  g_assert_nonnull (strstr (text, "\"value\": 12.5,"));
  g_assert_nonnull (strstr (text, "\"value\": 0.3333333333333333,"));
  g_assert_nonnull (strstr (text, "\"width\": 20.5,\n"));
  g_assert_nonnull (strstr (text, "\"height\": 12,\n"));
  g_assert_nonnull (strstr (text, "\"score\": -2,"));
  g_assert_nonnull (strstr (text, "\"data\": \"" TP_IO_SAMPLE_PNG_BASE64 "\""));
  /* Kind-specific objects only on their kind: one of each. */
  g_assert_null (strstr (strstr (text, "\"touchpoint\": {") + 1, "\"touchpoint\": {"));
  g_assert_null (strstr (strstr (text, "\"emotion\": {") + 1, "\"emotion\": {"));
  g_assert_null (strstr (strstr (text, "\"pain\": {") + 1, "\"pain\": {"));
  g_assert_null (strstr (strstr (text, "\"opportunity\": {") + 1, "\"opportunity\": {"));

  loaded = tp_format_load_bytes (first, "sample", NULL, &error);
  g_assert_no_error (error);
  card = TP_CARD (tp_project_lookup (loaded, "card-touchpoint"));
  g_assert_nonnull (card);
  g_assert_cmpuint (tp_card_get_metrics (card)->len, ==, 2);
  g_assert_cmpfloat (tp_metric_get_value (g_ptr_array_index (tp_card_get_metrics (card), 1)),
                     ==, 1.0 / 3.0);
  g_assert_cmpstr (tp_card_get_tags (card)[2], ==, "æøå ✓ 😀");
  plan = TP_FLOOR_PLAN (tp_project_lookup (loaded, "plan-shop"));
  g_assert_cmpstr (tp_floor_plan_get_image_type (plan), ==, "image/png");
  g_assert_cmpuint (g_bytes_get_size (tp_floor_plan_get_image (plan)), ==, 70);
  g_assert_cmpuint (g_variant_n_children (tp_zone_get_points (g_ptr_array_index (tp_floor_plan_get_zones (plan), 1))), ==, 3);
  /* Where the image lies, and the zone customers walk around. */
  g_assert_cmpfloat (tp_floor_plan_get_image_x (plan), ==, -0.5);
  g_assert_cmpfloat (tp_floor_plan_get_image_y (plan), ==, 1.25);
  g_assert_cmpfloat (tp_floor_plan_get_image_scale (plan), ==, 0.02);
  g_assert_cmpfloat (tp_floor_plan_get_image_opacity (plan), ==, 0.35);
  g_assert_true (tp_floor_plan_get_image_locked (plan));
  g_assert_false (tp_zone_is_walkable (TP_ZONE (tp_project_lookup (loaded, "zone-shelf"))));
}

static GBytes *
golden (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "golden", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_unknown_members_kept_in_place (void)
{
  g_autoptr(GBytes) original = golden ("unknown-members.touchpoint");
  g_autoptr(GBytes) saved = assert_round_trip (original, "unknown-members.touchpoint");
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *extra;

  /* The file is written the way Touchpoint writes, so the bytes come back unchanged. */
  assert_bytes_equal (saved, original);

  /* They were kept as unknown members, not mistaken for something known. */
  project = tp_format_load_bytes (original, "unknown-members.touchpoint", NULL, &error);
  g_assert_no_error (error);
  extra = tp_element_get_extra (TP_ELEMENT (project));
  g_assert_cmpstr (json_object_get_string_member (extra, "x_top"), ==, "last");
  extra = tp_element_get_extra (tp_project_lookup (project, "card-2"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (extra, "pain"),
                                               "severity"), ==, 9);
  g_assert_cmpint (tp_card_get_severity (TP_CARD (tp_project_lookup (project, "card-2"))), ==, 0);
  g_assert_cmpint (tp_card_get_emotion_score (TP_CARD (tp_project_lookup (project, "card-2"))), ==, 2);
  extra = tp_element_get_extra (tp_project_lookup (project, "card-3"));
  g_assert_true (json_object_has_member (extra, "touchpoint"));
  g_assert_cmpint (tp_card_get_channel (TP_CARD (tp_project_lookup (project, "card-3"))),
                   ==, TP_CHANNEL_WEB);
}

/* Members in any order: kind-specific objects before "kind", "rect" before "shape". */
static void
test_member_order_free (void)
{
  const char *text =
    "{\"journeys\": [{\"cards\": [{\"emotion\": {\"x_e\": 1, \"score\": -3}, \"touchpoint\": {\"a\": 1},"
    " \"lane\": \"l\", \"phase\": \"p\", \"kind\": \"emotion\", \"id\": \"c\"}],"
    " \"lanes\": [{\"kind\": \"feelings\", \"id\": \"l\"}], \"phases\": [{\"id\": \"p\"}], \"id\": \"j\"}],"
    " \"floor_plans\": [{\"zones\": [{\"rect\": {\"height\": 1, \"width\": 2, \"y\": 0, \"x\": 0},"
    " \"shape\": \"rect\", \"kind\": \"aisle\", \"id\": \"z\"}], \"height\": 3, \"width\": 4, \"id\": \"f\"}],"
    " \"version\": 1, \"format\": \"touchpoint\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = load_string (text, NULL, &error);
  g_autoptr(GBytes) saved = NULL;
  TpCard *card;
  double x, y, width, height;

  g_assert_no_error (error);
  card = TP_CARD (tp_project_lookup (project, "c"));
  g_assert_cmpint (tp_card_get_emotion_score (card), ==, -3);
  tp_zone_get_bounds (TP_ZONE (tp_project_lookup (project, "z")), &x, &y, &width, &height);
  g_assert_cmpfloat (width, ==, 2);
  g_assert_cmpfloat (height, ==, 1);

  saved = tp_format_save_to_bytes (project);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL),
                            "\"emotion\": {\n"
                            "            \"score\": -3,\n"
                            "            \"feeling\": \"\",\n"
                            "            \"x_e\": 1\n"
                            "          },\n"
                            "          \"touchpoint\": {\n"
                            "            \"a\": 1\n"
                            "          }\n"));
  g_bytes_unref (assert_round_trip (saved, "order"));
}

static void
test_newer_version (void)
{
  const char *text =
    "{\"format\": \"touchpoint\", \"version\": 7, \"generator\": \"Touchpoint 9.0\","
    " \"x_layers\": [{\"name\": \"Ideas\"}],"
    " \"journeys\": [{\"id\": \"j\", \"x_swimlanes\": true}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GBytes) saved = NULL;
  TpLoadInfo info = { 0 };
  const char *out;

  project = load_string (text, &info, &error);
  g_assert_no_error (error);
  g_assert_true (info.newer_version);
  g_assert_false (info.migrated);
  g_assert_cmpint (info.file_version, ==, 7);
  g_assert_cmpstr (info.generator, ==, "Touchpoint 9.0");
  tp_load_info_clear (&info);
  g_assert_null (info.generator);

  saved = tp_format_save_to_bytes (project);
  out = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (out, "  \"version\": 1,\n"));
  g_assert_nonnull (strstr (out, "\"x_swimlanes\": true\n"));
  g_assert_true (g_str_has_suffix (out, "  \"x_layers\": [\n    {\n      \"name\": \"Ideas\"\n    }\n  ]\n}\n"));

  /* The current version is not "newer". */
  g_clear_object (&project);
  project = load_string ("{\"format\": \"touchpoint\", \"version\": 1}", &info, &error);
  g_assert_no_error (error);
  g_assert_false (info.newer_version);
  g_assert_cmpint (info.file_version, ==, 1);
  g_assert_null (info.generator);
}

typedef struct {
  const char    *card;     /* members of the second card, on line 11 */
  int            code;
  const char    *message;  /* the whole message */
} BadCard;

/* A small file whose second card (line 11) is replaced by each case. */
static const char bad_card_file[] =
  "{\n"
  "  \"format\": \"touchpoint\",\n"
  "  \"version\": 1,\n"
  "  \"journeys\": [\n"
  "    {\n"
  "      \"id\": \"j\",\n"
  "      \"phases\": [{\"id\": \"p\"}, {\"id\": \"p2\"}],\n"
  "      \"lanes\": [{\"id\": \"l\", \"kind\": \"feelings\"}],\n"
  "      \"cards\": [\n"
  "        {\"id\": \"c0\", \"kind\": \"note\", \"phase\": \"p\", \"lane\": \"l\"},\n"
  "        {%s}\n"
  "      ]\n"
  "    },\n"
  "    {\"id\": \"j2\", \"phases\": [{\"id\": \"other\"}]}\n"
  "  ]\n"
  "}\n";

#define CARD "\"id\": \"c1\", \"kind\": \"emotion\", \"phase\": \"p\", \"lane\": \"l\""

static const BadCard bad_cards[] = {
  { CARD ", \"emotion\": {\"score\": 7}", TP_FORMAT_ERROR_OUT_OF_RANGE,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion.score: the score must be a whole number from -3 to 3, not 7" },
  { CARD ", \"emotion\": {\"score\": 1.5}", TP_FORMAT_ERROR_OUT_OF_RANGE,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion.score: the score must be a whole number from -3 to 3, not 1.5" },
  { CARD ", \"emotion\": {\"score\": 1e999}", TP_FORMAT_ERROR_OUT_OF_RANGE,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion.score: the number 1e999 is too large" },
  { CARD ", \"emotion\": {\"score\": NaN}", TP_FORMAT_ERROR_SYNTAX, NULL },
  { CARD ", \"emotion\": {\"score\": 01}", TP_FORMAT_ERROR_SYNTAX, NULL },
  { CARD ", \"emotion\": {\"score\": \"2\"}", TP_FORMAT_ERROR_WRONG_TYPE,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion.score: this must be a whole number, not a text" },
  { CARD ", \"title\": [1]", TP_FORMAT_ERROR_WRONG_TYPE,
    "t.touchpoint: line 11: journeys[0].cards[1].title: this must be a text in quotes, not a list [ … ]" },
  { "\"id\": \"c1\", \"kind\": \"blob\", \"phase\": \"p\", \"lane\": \"l\"", TP_FORMAT_ERROR_OUT_OF_RANGE, NULL },
  { "\"id\": \"c0\", \"kind\": \"note\", \"phase\": \"p\", \"lane\": \"l\"", TP_FORMAT_ERROR_DUPLICATE_ID,
    "t.touchpoint: line 11: journeys[0].cards[1]: the id “c0” is used twice; the card on line 10 has it too" },
  { "\"id\": \"p2\", \"kind\": \"note\", \"phase\": \"p\", \"lane\": \"l\"", TP_FORMAT_ERROR_DUPLICATE_ID, NULL },
  { "\"id\": \"c 1\", \"kind\": \"note\", \"phase\": \"p\", \"lane\": \"l\"", TP_FORMAT_ERROR_OUT_OF_RANGE, NULL },
  { "\"id\": \"c1\", \"kind\": \"note\", \"phase\": \"zz\", \"lane\": \"l\"", TP_FORMAT_ERROR_DANGLING_REFERENCE,
    "t.touchpoint: line 11: journeys[0].cards[1].phase: there is no phase “zz” in this journey" },
  { "\"id\": \"c1\", \"kind\": \"note\", \"phase\": \"other\", \"lane\": \"l\"", TP_FORMAT_ERROR_DANGLING_REFERENCE,
    "t.touchpoint: line 11: journeys[0].cards[1].phase: the phase “other” belongs to another journey" },
  { "\"id\": \"c1\", \"kind\": \"note\", \"phase\": \"p\", \"lane\": \"p\"", TP_FORMAT_ERROR_DANGLING_REFERENCE,
    "t.touchpoint: line 11: journeys[0].cards[1].lane: “p” is a phase, not a lane" },
  { "\"id\": \"c1\", \"kind\": \"note\", \"lane\": \"l\"", TP_FORMAT_ERROR_MISSING,
    "t.touchpoint: line 11: journeys[0].cards[1]: the card has no “phase”, which is required" },
  { CARD ", \"title\": \"\\ud800\"", TP_FORMAT_ERROR_INVALID_UTF8, NULL },
  { CARD ", \"title\": \"a\\u0000b\"", TP_FORMAT_ERROR_INVALID_UTF8, NULL },
  { CARD ", \"title\": \"\xc3\x28\"", TP_FORMAT_ERROR_INVALID_UTF8,
    "t.touchpoint: line 11: journeys[0].cards[1].title: the text is not valid UTF-8" },
  { CARD ", \"title\": \"tab\there\"", TP_FORMAT_ERROR_SYNTAX, NULL },
  { CARD ",", TP_FORMAT_ERROR_SYNTAX, NULL },
  { CARD ", \"tags\": [\"a\", 2]", TP_FORMAT_ERROR_WRONG_TYPE,
    "t.touchpoint: line 11: journeys[0].cards[1].tags[1]: this must be a text in quotes, not a number" },

  /* A bad member name is reported in the object that holds it, not in the member before it. */
  { CARD ", \"\xc3\x28\": 1", TP_FORMAT_ERROR_INVALID_UTF8,
    "t.touchpoint: line 11: journeys[0].cards[1]: a member name is not valid UTF-8" },
  { CARD ", \"x\": {\"a\": [{}, {\"b\": 1, \"\xc3\x28\": 1}]}", TP_FORMAT_ERROR_INVALID_UTF8,
    "t.touchpoint: line 11: journeys[0].cards[1].x.a[1]: a member name is not valid UTF-8" },
  { "\"emotion\": {\"score\": 1, \"\xc3\x28\": 1}, " CARD, TP_FORMAT_ERROR_INVALID_UTF8,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion: a member name is not valid UTF-8" },

  /* A member name may appear only once in an object, known or not. */
  { CARD ", \"id\": \"c2\"", TP_FORMAT_ERROR_SYNTAX,
    "t.touchpoint: line 11: journeys[0].cards[1]: the member “id” appears twice" },
  { "\"emotion\": {\"score\": 1}, " CARD ", \"emotion\": {\"score\": 2}", TP_FORMAT_ERROR_SYNTAX,
    "t.touchpoint: line 11: journeys[0].cards[1]: the member “emotion” appears twice" },
  { CARD ", \"emotion\": {\"score\": 1, \"score\": 2}", TP_FORMAT_ERROR_SYNTAX,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion: the member “score” appears twice" },
  { "\"emotion\": {\"feeling\": \"a\", \"feeling\": \"b\"}, " CARD, TP_FORMAT_ERROR_SYNTAX,
    "t.touchpoint: line 11: journeys[0].cards[1].emotion: the member “feeling” appears twice" },
  { CARD ", \"x\": 1, \"\\u0078\": 2", TP_FORMAT_ERROR_SYNTAX,
    "t.touchpoint: line 11: journeys[0].cards[1]: the member “x” appears twice" },
  { CARD ", \"x\": {\"a\": [{}, {\"b\": 1, \"b\": 2}]}", TP_FORMAT_ERROR_SYNTAX,
    "t.touchpoint: line 11: journeys[0].cards[1].x.a[1]: the member “b” appears twice" },
};

static void
test_errors_name_file_line_path (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cards); i++)
    {
      g_autofree char *text = g_strdup_printf (bad_card_file, bad_cards[i].card);
      g_autoptr(GError) error = NULL;
      g_autoptr(TpProject) project = load_string (text, NULL, &error);

      g_test_message ("case %u: %s", i, bad_cards[i].card);
      g_assert_null (project);
      g_assert_error (error, TP_FORMAT_ERROR, bad_cards[i].code);
      if (bad_cards[i].message != NULL)
        g_assert_cmpstr (error->message, ==, bad_cards[i].message);
      else
        g_assert_true (g_str_has_prefix (error->message, "t.touchpoint: line 11: "));
    }

  /* The same file with a good card loads. */
  {
    g_autofree char *text = g_strdup_printf (bad_card_file, CARD);
    g_autoptr(GError) error = NULL;
    g_autoptr(TpProject) project = load_string (text, NULL, &error);

    g_assert_no_error (error);
  }
}

static void
test_other_references (void)
{
  static const struct {
    const char   *text;
    int           code;
    const char   *message;
  } cases[] = {
    { "{\"format\": \"touchpoint\", \"version\": 1,\n \"journeys\": [{\"id\": \"j\", \"persona\": \"nobody\"}]}",
      TP_FORMAT_ERROR_DANGLING_REFERENCE,
      "t.touchpoint: line 2: journeys[0].persona: there is no persona “nobody” in this project" },
    { "{\"format\": \"touchpoint\", \"version\": 1,\n \"journeys\": [{\"id\": \"j\",\n \"floor_plan\": \"j\"}]}",
      TP_FORMAT_ERROR_DANGLING_REFERENCE,
      "t.touchpoint: line 3: journeys[0].floor_plan: “j” is a journey, not a floor plan" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"journeys\": [{\"id\": \"j\",\n"
      " \"connections\": [{\"id\": \"k\", \"from\": \"a\", \"to\": \"b\"}]}]}",
      TP_FORMAT_ERROR_DANGLING_REFERENCE,
      "t.touchpoint: line 2: journeys[0].connections[0].from: there is no card “a” in this journey" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"journeys\": [{\"id\": \"j\",\n"
      " \"placements\": [{\"id\": \"k\", \"card\": \"a\", \"dwell\": 1}]}]}",
      TP_FORMAT_ERROR_DANGLING_REFERENCE,
      "t.touchpoint: line 2: journeys[0].placements[0].card: there is no card “a” in this journey" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"journeys\": [{\"id\": \"j\",\n"
      " \"placements\": [{\"id\": \"k\", \"card\": \"a\", \"dwell\": -1}]}]}",
      TP_FORMAT_ERROR_OUT_OF_RANGE,
      "t.touchpoint: line 2: journeys[0].placements[0].dwell: the dwell time must be from 0 to 1000000000, not -1" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"floor_plans\": [{\"id\": \"f\",\n"
      " \"width\": 0, \"height\": 1}]}",
      TP_FORMAT_ERROR_OUT_OF_RANGE,
      "t.touchpoint: line 2: floor_plans[0].width: the width must be from 0.1 to 100000, not 0" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"floor_plans\": [{\"id\": \"f\", \"width\": 1, \"height\": 1,\n"
      " \"zones\": [{\"id\": \"z\", \"kind\": \"aisle\", \"shape\": \"polygon\", \"points\": [[0, 0], [1, 1]]}]}]}",
      TP_FORMAT_ERROR_OUT_OF_RANGE,
      "t.touchpoint: line 2: floor_plans[0].zones[0].points: a polygon needs at least 3 points, not 2" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"floor_plans\": [{\"id\": \"f\", \"width\": 1, \"height\": 1,\n"
      " \"image\": {\"media_type\": \"image/jpeg\", \"data\": \"" TP_IO_SAMPLE_PNG_BASE64 "\"}}]}",
      TP_FORMAT_ERROR_BAD_IMAGE,
      "t.touchpoint: line 2: floor_plans[0].image: the image data is a PNG picture but “media_type” says image/jpeg" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"floor_plans\": [{\"id\": \"f\", \"width\": 1, \"height\": 1,\n"
      " \"image\": {\"media_type\": \"image/png\", \"data\": \"R0lGODlhAQABAAAAACw=\"}}]}",
      TP_FORMAT_ERROR_BAD_IMAGE,
      "t.touchpoint: line 2: floor_plans[0].image: the image data is neither a PNG nor a JPEG picture" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"floor_plans\": [{\"id\": \"f\", \"width\": 1, \"height\": 1,\n"
      " \"image\": {\"media_type\": \"image/png\", \"data\": \"iVBO*w0K\"}}]}",
      TP_FORMAT_ERROR_BAD_IMAGE,
      "t.touchpoint: line 2: floor_plans[0].image.data: the image data is not valid base64" },
    { "{\"format\": \"touchpoint\", \"version\": 1, \"personas\": [{\"id\": \"x\", \"name\": \"A\",\n"
      " \"color\": \"blue\"}]}",
      TP_FORMAT_ERROR_OUT_OF_RANGE,
      "t.touchpoint: line 2: personas[0].color: “blue” is not a colour; write it as #rrggbb, for example #3584e4" },
    { "{\"format\": \"touchpoint\", \"version\": 0}", TP_FORMAT_ERROR_OUT_OF_RANGE,
      "t.touchpoint: line 1: version: the version must be a whole number from 1 to 2147483647, not 0" },
    { "{\"format\": \"touchpoint\"}", TP_FORMAT_ERROR_MISSING,
      "t.touchpoint: line 1: the file has no “version”, which is required" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TpProject) project = load_string (cases[i].text, NULL, &error);

      g_test_message ("case %u", i);
      g_assert_null (project);
      g_assert_error (error, TP_FORMAT_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_wrong_format_refused (void)
{
  static const char * const texts[] = {
    "{\"format\": \"touchpoint-fragment\", \"version\": 1}",
    "{\"format\": \"drawing\", \"version\": 1}",
    "{\"format\": 1, \"version\": 1}",
    "{\"version\": 1, \"title\": \"no format\"}",
    "[1, 2, 3]",
    "\"touchpoint\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TpProject) project = load_string (texts[i], NULL, &error);

      g_assert_null (project);
      g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_NOT_TOUCHPOINT);
      g_assert_true (g_str_has_prefix (error->message, "t.touchpoint: line 1: "));
      g_assert_nonnull (strstr (error->message, "not a Touchpoint file"));
    }
}

static void
test_limits (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"touchpoint\", \"version\": 1, \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("  \n", 3);

  /* 64 levels in all are fine (the top object is the first). */
  for (int i = 0; i < 63; i++)
    g_string_append_c (text, '[');
  for (int i = 0; i < 63; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  project = load_string (text->str, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&project);

  g_string_insert_c (text, text->len - 1, ']');
  g_string_insert_c (text, strlen ("{\"format\": \"touchpoint\", \"version\": 1, \"x\": "), '[');
  project = load_string (text->str, NULL, &error);
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==,
                   "t.touchpoint: line 1: x[0][0][0]…[0][0][0][0][0]: "
                   "the data is nested more than 64 levels deep");
  g_clear_error (&error);

  project = tp_format_load_bytes (empty, "t.touchpoint", NULL, &error);
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "t.touchpoint: the file is empty");
}

static void
test_strings_and_numbers (void)
{
  static const struct {
    double      value;
    const char *text;
  } numbers[] = {
    { 1.5, "1.5" }, { 0.1, "0.1" }, { 100, "100" }, { -0.0, "0" }, { 1e300, "1e+300" },
    { 2.5e-8, "2.5e-08" }, { 1.0 / 3.0, "0.3333333333333333" }, { 0.1 + 0.2, "0.30000000000000004" },
    { -1234567.125, "-1234567.125" },
  };
  const char *text =
    "{\"format\": \"touchpoint\", \"version\": 1,"
    " \"title\": \"\\u00e6\\ud83d\\ude00\\n\\\"\\\\\\/\\u0001\", \"x\": [1.50, -0, 1E2, 12345678901234567890]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = load_string (text, NULL, &error);
  g_autoptr(GBytes) saved = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      tp_json_format_double (buf, numbers[i].value);
      g_assert_cmpstr (buf, ==, numbers[i].text);
    }

  g_assert_no_error (error);
  g_assert_cmpstr (tp_project_get_title (project), ==, "æ😀\n\"\\/\x01");
  saved = tp_format_save_to_bytes (project);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL),
                            "\"title\": \"æ😀\\n\\\"\\\\/\\u0001\",\n"));
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL),
                            "\"x\": [\n    1.5,\n    0,\n    100,\n    1.2345678901234567e+19\n  ]\n"));
}

static void
test_fragments (void)
{
  g_autoptr(TpProject) project = tp_io_sample_project ();
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GBytes) fragment = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) extra = json_object_new ();
  TpElement *elements[3];
  TpCard *card;
  TpCard *copy;

  elements[0] = tp_project_lookup (project, "card-touchpoint");
  elements[1] = tp_project_lookup (project, "phase-pay");
  elements[2] = tp_project_lookup (project, "card-emotion");
  json_object_set_boolean_member (extra, "x_sticker", TRUE);
  tp_element_set_extra (elements[2], extra);

  fragment = tp_format_save_fragment (elements, G_N_ELEMENTS (elements));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (fragment, NULL),
                                   "{\n  \"format\": \"touchpoint-fragment\",\n"));

  pasted = tp_format_load_fragment (project, fragment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 3);

  /* Phases first, then the cards in their order. */
  g_assert_true (TP_IS_PHASE (g_ptr_array_index (pasted, 0)));
  for (guint i = 0; i < pasted->len; i++)
    {
      TpElement *element = g_ptr_array_index (pasted, i);
      const char *id = tp_element_get_id (element);

      g_assert_nonnull (id);
      g_assert_null (tp_element_get_parent (element));
      g_assert_null (tp_project_lookup (project, id));
      for (guint j = 0; j < G_N_ELEMENTS (elements); j++)
        g_assert_cmpstr (id, !=, tp_element_get_id (elements[j]));
    }

  card = TP_CARD (elements[0]);
  copy = TP_CARD (g_ptr_array_index (pasted, 1));
  g_assert_cmpstr (tp_card_get_title (copy), ==, tp_card_get_title (card));
  g_assert_cmpstr (tp_card_get_phase (copy), ==, tp_card_get_phase (card));
  g_assert_cmpint (tp_card_get_touchpoint_type (copy), ==, TP_TOUCHPOINT_TYPE_INTERNAL);
  g_assert_cmpuint (tp_card_get_metrics (copy)->len, ==, 2);
  copy = TP_CARD (g_ptr_array_index (pasted, 2));
  g_assert_cmpint (tp_card_get_emotion_score (copy), ==, -2);
  g_assert_true (json_object_get_boolean_member (tp_element_get_extra (TP_ELEMENT (copy)), "x_sticker"));

  /* Something else on the clipboard is refused. */
  {
    g_autoptr(GBytes) project_bytes = tp_format_save_to_bytes (project);
    g_autoptr(GPtrArray) none = tp_format_load_fragment (project, project_bytes, &error);

    g_assert_null (none);
    g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_NOT_TOUCHPOINT);
  }
}

/* Repeated names are refused wherever they are, and only there: the same name
 * in other objects, at other depths or re-read after "kind" is fine. */
static void
test_repeated_members (void)
{
  static const char *good_cards[] = {
    "\"emotion\": {\"score\": 1, \"feeling\": \"ok\", \"id\": \"e\"}, " CARD
    ", \"x\": {\"id\": 1, \"kind\": {\"kind\": 2, \"id\": [{\"id\": 3}, {\"id\": 4}]}}",
    CARD ", \"emotion\": {\"score\": -2}, \"touchpoint\": {\"channel\": \"web\"}",
  };
  g_autoptr(GString) many = g_string_new ("{\"format\": \"touchpoint\", \"version\": 1, \"x\": {");
  g_autoptr(GString) journey = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good_cards); i++)
    {
      g_autofree char *text = g_strdup_printf (bad_card_file, good_cards[i]);

      project = load_string (text, NULL, &error);
      g_assert_no_error (error);
      g_clear_object (&project);
    }

  /* Large objects: 40 different names load; the 41st repeating one does not. */
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (many, "%s\"m%u\": %u", i > 0 ? ", " : "", i, i);
  g_string_append (many, "}}");
  project = load_string (many->str, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&project);
  g_string_truncate (many, many->len - 2);
  g_string_append (many, ",\n\"m17\": 0}}");
  project = load_string (many->str, NULL, &error);
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "t.touchpoint: line 2: x: the member “m17” appears twice");
  g_clear_error (&error);

  /* Re-reading a card's "emotion" after its "kind" does not hide a list given twice. */
  g_string_printf (journey,
                   "{\"format\": \"touchpoint\", \"version\": 1, \"journeys\": [{\"id\": \"j\",\n"
                   "\"phases\": [{\"id\": \"p\"}], \"lanes\": [{\"id\": \"l\", \"kind\": \"feelings\"}],\n"
                   "\"cards\": [{\"emotion\": {\"score\": 1}, %s}],\n"
                   "\"cards\": []}]}", CARD);
  project = load_string (journey->str, NULL, &error);
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "t.touchpoint: line 4: journeys[0]: the member “cards” appears twice");
  g_clear_error (&error);

  /* Unknown members at the top, and very long names, are named shortly. */
  {
    g_autofree char *name = g_strnfill (200, 'n');
    g_autofree char *text = g_strdup_printf ("{\"format\": \"touchpoint\", \"version\": 1,\n"
                                             "\"%s\": 1, \"%s\": 2}", name, name);
    g_autofree char *shown = g_strnfill (60, 'n');
    g_autofree char *expected = g_strdup_printf ("t.touchpoint: line 2: the member “%s…” appears twice",
                                                 shown);

    project = load_string (text, NULL, &error);
    g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_SYNTAX);
    g_assert_cmpstr (error->message, ==, expected);
  }
}

/* Peak memory of this process, in KiB. */
static glong
peak_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

/* A 50 MB text is refused once it passes 1 MiB, without being copied. */
static void
test_long_string_not_copied (void)
{
  if (g_test_subprocess ())
    {
      static const char head[] = "{\"format\": \"touchpoint\", \"version\": 1, \"title\": \"";
      gsize size = 50u << 20;
      g_autoptr(GString) text = g_string_sized_new (size + 64);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TpProject) project = NULL;
      glong before;

      g_string_append (text, head);
      g_string_set_size (text, strlen (head) + size);
      memset (text->str + strlen (head), 'a', size);
      g_string_append (text, "\"}");
      bytes = g_bytes_new_static (text->str, text->len);
      before = peak_rss_kib ();

      project = tp_format_load_bytes (bytes, "t.touchpoint", NULL, &error);
      g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE);
      g_assert_cmpstr (error->message, ==,
                       "t.touchpoint: line 1: title: a text is longer than the limit of 1048576 bytes");
      g_test_message ("peak memory grew by %ld KiB", peak_rss_kib () - before);
      g_assert_cmpint (peak_rss_kib () - before, <, 16 * 1024);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
test_files_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-io-format-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_build_filename (dir, "missing.touchpoint", NULL);
  g_autoptr(TpProject) project = tp_io_sample_project ();
  g_autoptr(TpProject) loaded = NULL;
  g_autoptr(GBytes) expected = tp_format_save_to_bytes (project);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *contents = NULL;
  GAsyncResult *result = NULL;
  TpLoadInfo info = { 0 };
  gsize length;

  g_assert_no_error (error);

  tp_format_save_file_async (project, file, TP_SAVE_FLAGS_NONE, NULL, async_done, &result);
  g_assert_true (tp_format_save_file_finish (wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  tp_format_load_file_async (file, NULL, async_done, &result);
  loaded = tp_format_load_file_finish (wait_for (&result), &info, &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpstr (info.generator, ==, "Touchpoint " PACKAGE_VERSION);
  tp_load_info_clear (&info);
  saved = tp_format_save_to_bytes (loaded);
  assert_bytes_equal (saved, expected);

  tp_format_load_file_async (missing, NULL, async_done, &result);
  g_assert_null (tp_format_load_file_finish (wait_for (&result), &info, &error));
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "missing.touchpoint: "));
  g_clear_object (&result);
  g_clear_error (&error);

  /* A synchronous save through the same atomic path. */
  g_assert_true (tp_format_save_file (loaded, file, TP_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = tp_format_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  g_remove (path);
  g_rmdir (dir);
}

typedef struct {
  TpProject *project;
  GFile     *file;
  guint      failures;
  char      *first_error;
} Saver;

#define CONCURRENT_SAVES 150

static gpointer
save_many (gpointer data)
{
  Saver *saver = data;

  for (guint i = 0; i < CONCURRENT_SAVES; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!tp_format_save_file (saver->project, saver->file, TP_SAVE_FLAGS_KEEP_BACKUP,
                                NULL, &error))
        {
          saver->failures++;
          if (saver->first_error == NULL)
            saver->first_error = g_strdup (error->message);
        }
    }
  return NULL;
}

/* Two windows saving the same file at once: every save succeeds, and the
 * file and its backup each hold one of the two projects, whole. */
static void
test_concurrent_saves (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-io-format-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shared.touchpoint", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Saver savers[2] = { { tp_project_new (), file }, { tp_io_sample_project (), file } };
  GBytes *expected[2];
  GThread *threads[2];
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    expected[i] = tp_format_save_to_bytes (savers[i].project);
  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new ("saver", save_many, &savers[i]);
  for (guint i = 0; i < 2; i++)
    g_thread_join (threads[i]);

  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpstr (savers[i].first_error, ==, NULL);
      g_assert_cmpuint (savers[i].failures, ==, 0);
    }

  for (guint k = 0; k < 2; k++)
    {
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length;

      g_file_get_contents (k == 0 ? path : backup, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new (contents, length);
      g_assert_true (g_bytes_equal (bytes, expected[0]) || g_bytes_equal (bytes, expected[1]));
    }

  /* Nothing else is left in the folder. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *leftover = g_build_filename (dir, name, NULL);

      g_assert_true (g_str_equal (name, "shared.touchpoint") || g_str_equal (name, "shared.touchpoint~"));
      g_unlink (leftover);
    }
  g_rmdir (dir);

  for (guint i = 0; i < 2; i++)
    {
      g_bytes_unref (expected[i]);
      g_object_unref (savers[i].project);
    }
}

/* A zone's own "walkable": written only where it differs from its kind, read back, and a file
 * without it keeps its bytes. */
static void
test_zone_walkable (void)
{
  g_autoptr(TpProject) project = tp_io_sample_project ();
  g_autoptr(GBytes) plain = tp_format_save_to_bytes (project);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(TpProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  TpZone *door = TP_ZONE (tp_project_lookup (project, "zone-door"));
  TpZone *shelf = TP_ZONE (tp_project_lookup (project, "zone-shelf"));
  const char *text;

  g_assert_null (strstr (g_bytes_get_data (plain, NULL), "\"walkable\""));

  /* The door as a turnstile customers go round; the shelf made walkable, then set back. */
  g_object_set (door, "walkable", FALSE, NULL);
  g_object_set (shelf, "walkable", TRUE, NULL);
  g_assert_false (tp_zone_is_walkable (door));
  g_assert_true (tp_zone_is_walkable (shelf));
  g_object_set (shelf, "walkable", FALSE, NULL);
  g_assert_false (tp_zone_walkable_is_own (shelf));

  saved = tp_format_save_to_bytes (project);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, "\"walkable\": false"));
  g_assert_null (strstr (text, "\"walkable\": true"));
  g_assert_null (strstr (strstr (text, "\"walkable\"") + 1, "\"walkable\""));

  loaded = tp_format_load_bytes (saved, "walkable", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (tp_zone_is_walkable (TP_ZONE (tp_project_lookup (loaded, "zone-door"))));
  g_assert_false (tp_zone_is_walkable (TP_ZONE (tp_project_lookup (loaded, "zone-shelf"))));
  g_assert_true (tp_zone_walkable_is_own (TP_ZONE (tp_project_lookup (loaded, "zone-door"))));
  {
    g_autoptr(GBytes) resaved = tp_format_save_to_bytes (loaded);

    assert_bytes_equal (saved, resaved);
  }

  /* Set back to what its kind says, the file is the one before, byte for byte. */
  g_object_set (door, "walkable", TRUE, NULL);
  {
    g_autoptr(GBytes) again = tp_format_save_to_bytes (project);

    assert_bytes_equal (plain, again);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/format/examples-round-trip", test_examples_round_trip);
  g_test_add_func ("/io/format/templates-round-trip", test_templates_round_trip);
  g_test_add_func ("/io/format/sample-round-trip", test_sample_round_trip);
  g_test_add_func ("/io/format/unknown-members-kept-in-place", test_unknown_members_kept_in_place);
  g_test_add_func ("/io/format/member-order-free", test_member_order_free);
  g_test_add_func ("/io/format/newer-version", test_newer_version);
  g_test_add_func ("/io/format/errors-name-file-line-path", test_errors_name_file_line_path);
  g_test_add_func ("/io/format/other-references", test_other_references);
  g_test_add_func ("/io/format/wrong-format-refused", test_wrong_format_refused);
  g_test_add_func ("/io/format/limits", test_limits);
  g_test_add_func ("/io/format/repeated-members", test_repeated_members);
  g_test_add_func ("/io/format/long-string-not-copied", test_long_string_not_copied);
  g_test_add_func ("/io/format/strings-and-numbers", test_strings_and_numbers);
  g_test_add_func ("/io/format/fragments", test_fragments);
  g_test_add_func ("/io/format/files-async", test_files_async);
  g_test_add_func ("/io/format/concurrent-saves", test_concurrent_saves);
  g_test_add_func ("/io/format/zone-walkable", test_zone_walkable);

  return g_test_run ();
}
