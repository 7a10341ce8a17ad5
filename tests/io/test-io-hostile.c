/* test-io-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files from strangers: every file in tests/hostile/ and a few huge ones made
 * at test time must be refused with the right error code, a message naming
 * the file (and, where there is a position, the line and the JSON path), in
 * bounded time, without crashing and without touching the file.
 */

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io/tp-format.h"

typedef struct {
  const char    *name;      /* file in tests/hostile/, without ".touchpoint" */
  TpFormatError  code;
  gboolean       has_line;  /* the message must say "line N"                  */
  const char    *path;      /* the JSON path the message must contain, or NULL */
} HostileFile;

#define LINE TRUE
#define NO_LINE FALSE

static const HostileFile corpus[] = {
  /* Not a JSON document at all. */
  { "empty",                       TP_FORMAT_ERROR_EMPTY,               NO_LINE, NULL },
  { "only-whitespace",             TP_FORMAT_ERROR_EMPTY,               NO_LINE, NULL },
  { "binary-garbage",              TP_FORMAT_ERROR_INVALID_UTF8,        LINE,    NULL },
  { "utf16-bom",                   TP_FORMAT_ERROR_INVALID_UTF8,        LINE,    NULL },
  { "invalid-utf8-in-string",      TP_FORMAT_ERROR_INVALID_UTF8,        LINE,    "title" },
  { "invalid-utf8-in-key",         TP_FORMAT_ERROR_INVALID_UTF8,        LINE,    "journeys[0]" },
  { "truncated-utf8-at-end",       TP_FORMAT_ERROR_INVALID_UTF8,        LINE,
    "journeys[0].title" },
  { "lone-surrogate-escape",       TP_FORMAT_ERROR_INVALID_UTF8,        LINE,    "title" },
  { "truncated-in-string",         TP_FORMAT_ERROR_SYNTAX,              LINE,
    "floor_plans[0].name" },
  { "truncated-after-key",         TP_FORMAT_ERROR_SYNTAX,              LINE,
    "journeys[0].lanes" },
  { "truncated-in-array",          TP_FORMAT_ERROR_SYNTAX,              LINE,
    "journeys[0].phases[1]" },
  { "truncated-in-number",         TP_FORMAT_ERROR_SYNTAX,              LINE,
    "journeys[0].cards[0].touchpoint.metrics[0].value" },
  { "truncated-at-end",            TP_FORMAT_ERROR_SYNTAX,              LINE,    NULL },
  { "trailing-garbage",            TP_FORMAT_ERROR_SYNTAX,              LINE,    NULL },
  { "two-documents",               TP_FORMAT_ERROR_SYNTAX,              LINE,    NULL },
  { "single-quotes",               TP_FORMAT_ERROR_SYNTAX,              LINE,    "title" },
  { "nan-literal",                 TP_FORMAT_ERROR_SYNTAX,              LINE,
    "journeys[0].cards[0].touchpoint.metrics[0].value" },
  { "infinity-literal",            TP_FORMAT_ERROR_SYNTAX,              LINE,
    "journeys[0].cards[0].touchpoint.metrics[0].value" },
  { "deep-nesting-small",          TP_FORMAT_ERROR_TOO_DEEP,            LINE,    NULL },

  /* JSON, but not a Touchpoint project. */
  { "top-level-number",            TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    NULL },
  { "top-level-array",             TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    NULL },
  { "top-level-string",            TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    NULL },
  { "top-level-null",              TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    NULL },
  { "wrong-format",                TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    "format" },
  { "missing-format",              TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    NULL },
  { "format-wrong-type",           TP_FORMAT_ERROR_NOT_TOUCHPOINT,      LINE,    "format" },

  /* Wrong types at various depths. */
  { "version-string",              TP_FORMAT_ERROR_WRONG_TYPE,          LINE,    "version" },
  { "title-number",                TP_FORMAT_ERROR_WRONG_TYPE,          LINE,    "title" },
  { "journeys-object",             TP_FORMAT_ERROR_WRONG_TYPE,          LINE,    "journeys" },
  { "card-not-object",             TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[2]" },
  { "card-title-array",            TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[0].title" },
  { "tags-of-numbers",             TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[0].tags[0]" },
  { "duration-string",             TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[2].duration" },
  { "fail-point-true",             TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[2].fail_point" },
  { "fail-point-severity-string",  TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[2].fail_point.severity" },
  { "department-number",           TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[2].department" },
  { "flow-kind-number",            TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].connections[0].flow_kind" },
  { "flow-kind-null",              TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].connections[0].flow_kind" },
  { "metric-value-string",         TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].cards[0].touchpoint.metrics[0].value" },
  { "lane-hidden-string",          TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "journeys[0].lanes[1].hidden_in_map" },

  /* Required members missing. */
  { "missing-version",             TP_FORMAT_ERROR_MISSING,             LINE,    "version" },
  { "card-missing-phase",          TP_FORMAT_ERROR_MISSING,             LINE,
    "journeys[0].cards[1]" },
  { "card-missing-lane",           TP_FORMAT_ERROR_MISSING,             LINE,
    "journeys[0].cards[2]" },
  { "card-missing-id",             TP_FORMAT_ERROR_MISSING,             LINE,
    "journeys[0].cards[0]" },
  { "persona-missing-name",        TP_FORMAT_ERROR_MISSING,             LINE,    "personas[0]" },

  /* Ids and references. */
  { "duplicate-card-id",           TP_FORMAT_ERROR_DUPLICATE_ID,        LINE,
    "journeys[0].cards[2]" },
  { "duplicate-id-across-kinds",   TP_FORMAT_ERROR_DUPLICATE_ID,        LINE,
    "journeys[0].lanes[1]" },

  /* A member given twice in one object: a tree would keep only one of them. */
  { "duplicate-member-known",      TP_FORMAT_ERROR_SYNTAX,              LINE,    "journeys[0]" },
  { "duplicate-member-unknown",    TP_FORMAT_ERROR_SYNTAX,              LINE,
    "journeys[0].cards[0]" },
  { "dangling-card-phase",         TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].cards[0].phase" },
  { "dangling-card-lane",          TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].cards[1].lane" },
  { "card-phase-is-a-lane",        TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].cards[0].phase" },
  { "card-phase-in-other-journey", TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[1].cards[0].phase" },
  { "dangling-connection-from",    TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].connections[0].from" },
  { "dangling-connection-to",      TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].connections[0].to" },
  { "dangling-journey-persona",    TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].persona" },
  { "dangling-journey-floor-plan", TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].floor_plan" },
  { "dangling-placement-card",     TP_FORMAT_ERROR_DANGLING_REFERENCE,  LINE,
    "journeys[0].placements[0].card" },

  /* Numbers and enumerations out of range. */
  { "version-zero",                TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,    "version" },
  { "huge-version",                TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,    "version" },
  { "emotion-score-7",             TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[1].emotion.score" },
  { "emotion-score-fraction",      TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[1].emotion.score" },
  { "huge-integer",                TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[1].emotion.score" },
  { "severity-negative",           TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[2].pain.severity" },
  { "duration-negative",           TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[2].duration" },
  { "duration-huge",               TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[2].duration" },
  { "fail-point-severity-9",       TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[2].fail_point.severity" },
  { "number-1e999",                TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[0].touchpoint.metrics[0].value" },
  { "number-minus-1e999",          TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].width" },
  { "floor-plan-width-zero",       TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].width" },
  { "dwell-negative",              TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].placements[0].dwell" },
  { "unknown-card-kind",           TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].cards[0].kind" },
  { "unknown-lane-kind",           TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].lanes[0].kind" },
  { "zone-kind-unknown",           TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].zones[0].kind" },

  /* Floor plans: zones and where the background image lies. */
  { "zone-too-many-points",        TP_FORMAT_ERROR_TOO_LARGE,           LINE,
    "floor_plans[0].zones[1].points" },
  { "image-opacity-zero",          TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].image.opacity" },
  { "image-scale-zero",            TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].image.metres_per_pixel" },
  { "image-locked-string",         TP_FORMAT_ERROR_WRONG_TYPE,          LINE,
    "floor_plans[0].image.locked" },
  { "zone-rect-zero-size",         TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].zones[0].rect.width" },
  { "zone-polygon-two-points",     TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "floor_plans[0].zones[1].points" },
  { "placement-x-huge",            TP_FORMAT_ERROR_OUT_OF_RANGE,        LINE,
    "journeys[0].placements[0].x" },

  /* Embedded images. */
  { "image-bad-base64",            TP_FORMAT_ERROR_BAD_IMAGE,           LINE,
    "floor_plans[0].image" },
  { "image-wrong-magic",           TP_FORMAT_ERROR_BAD_IMAGE,           LINE,
    "floor_plans[0].image" },
  { "image-empty-data",            TP_FORMAT_ERROR_BAD_IMAGE,           LINE,
    "floor_plans[0].image" },
};

/* Files too big to commit, written into a temporary folder by make_huge_files(). */
static const HostileFile huge[] = {
  { "nesting-100000",              TP_FORMAT_ERROR_TOO_DEEP,            LINE,    "x" },
  { "string-50mb",                 TP_FORMAT_ERROR_TOO_LARGE,           LINE,    "title" },
  { "array-2000000",               TP_FORMAT_ERROR_TOO_LARGE,           LINE,    "x" },
  { "size-300mb",                  TP_FORMAT_ERROR_TOO_LARGE,           NO_LINE, NULL },
  { "zone-100000-points",          TP_FORMAT_ERROR_TOO_LARGE,           LINE,
    "floor_plans[0].zones[0].points" },
};

/* Seconds a refusal may take; generous for sanitizer builds on slow machines. */
#define SMALL_FILE_SECONDS 2.0
#define HUGE_FILE_SECONDS  20.0

static char *huge_dir;

static char *
corpus_path (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".touchpoint", NULL);

  return g_test_build_filename (G_TEST_DIST, "hostile", file_name, NULL);
}

/* The contents, size and modification time. Files over 64 MiB (the sparse
 * 300 MB one) are summed over their first 64 MiB only, to keep the test fast. */
static char *
checksum_file (const char *path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_MD5);
  g_autofree guchar *buf = g_malloc (1 << 20);
  GStatBuf st;
  gsize total = 0;
  gssize n;
  int fd;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  while (total < 64 << 20 && (n = read (fd, buf, 1 << 20)) > 0)
    {
      g_checksum_update (sum, buf, n);
      total += n;
    }
  close (fd);
  return g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                          g_checksum_get_string (sum), (gint64) st.st_size,
                          (gint64) st.st_mtime);
}

static void
check_refused (const char        *path,
               const HostileFile *expected,
               double             max_seconds)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autofree char *before = checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  TpLoadInfo info = { 0 };
  gint64 start, elapsed;

  start = g_get_monotonic_time ();
  project = tp_format_load_file (file, &info, NULL, &error);
  elapsed = g_get_monotonic_time () - start;
  tp_load_info_clear (&info);

  g_test_message ("%s: %s", base, error != NULL ? error->message : "(loaded)");
  if (project != NULL || error == NULL)
    {
      g_test_fail_printf ("%s was loaded, not refused", base);
      return;
    }
  if (error->domain != TP_FORMAT_ERROR || error->code != (int) expected->code)
    g_test_fail_printf ("%s: expected TP_FORMAT_ERROR code %d, got %s code %d: %s", base,
                        (int) expected->code, g_quark_to_string (error->domain),
                        error->code, error->message);
  if (strstr (error->message, base) == NULL)
    g_test_fail_printf ("message does not name the file “%s”: %s", base, error->message);
  if (expected->has_line && strstr (error->message, "line ") == NULL)
    g_test_fail_printf ("message of %s does not give the line: %s", base, error->message);
  if (expected->path != NULL && strstr (error->message, expected->path) == NULL)
    g_test_fail_printf ("message of %s does not give the path %s: %s", base,
                        expected->path, error->message);
  if (elapsed > max_seconds * G_USEC_PER_SEC)
    g_test_fail_printf ("refusing %s took %.2f s (limit %.1f s)", base,
                        elapsed / (double) G_USEC_PER_SEC, max_seconds);

  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_corpus_file (gconstpointer data)
{
  const HostileFile *entry = data;
  g_autofree char *path = corpus_path (entry->name);

  check_refused (path, entry, SMALL_FILE_SECONDS);
}

static void
test_huge_file (gconstpointer data)
{
  const HostileFile *entry = data;
  g_autofree char *file_name = g_strconcat (entry->name, ".touchpoint", NULL);
  g_autofree char *path = g_build_filename (huge_dir, file_name, NULL);

  check_refused (path, entry, HUGE_FILE_SECONDS);
}

/* Every committed file has an entry in the table, and every entry a file. */
static void
test_corpus_complete (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_assert_false (g_hash_table_contains (listed, corpus[i].name));
      g_hash_table_add (listed, (gpointer) corpus[i].name);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;

      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (".touchpoint"));
      if (!g_hash_table_contains (listed, stem))
        g_error ("tests/hostile/%s has no expected error in test-io-hostile.c", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (corpus));
  g_assert_cmpuint (n_files, >=, 30);
}

/* `touchpoint --validate` reports each bad file on one line and exits 1. */
static void
test_validate_command (void)
{
  const char *program = g_getenv ("TOUCHPOINT_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *all = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;
  int status;

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_fail_printf ("TOUCHPOINT_BIN must name the built touchpoint program, not %s",
                          program != NULL ? program : "(unset)");
      return;
    }

  g_ptr_array_add (argv, g_strdup (program));
  g_ptr_array_add (argv, g_strdup ("--validate"));
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    g_ptr_array_add (argv, corpus_path (corpus[i].name));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);

  all = g_strconcat (out, err, NULL);
  lines = g_strsplit (all, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint n_named = 0;

      if (lines[i][0] == '\0')
        continue;
      n_lines++;
      for (guint j = 0; j < G_N_ELEMENTS (corpus); j++)
        {
          g_autofree char *needle = g_strconcat (corpus[j].name, ".touchpoint", NULL);
          const char *hit = strstr (lines[i], needle);

          /* "truncated-in-array" must not count as "in-array". */
          if (hit != NULL && (hit == lines[i] || hit[-1] == '/' || hit[-1] == ' ' ||
                              hit[-1] == '"' || hit[-1] == '\''))
            n_named++;
        }
      if (n_named != 1)
        g_error ("this line should name exactly one file: %s", lines[i]);
    }
  g_assert_cmpuint (n_lines, ==, G_N_ELEMENTS (corpus));
}

static void
write_or_die (FILE       *f,
              const char *text,
              gsize       len)
{
  g_assert_cmpuint (fwrite (text, 1, len, f), ==, len);
}

static void
chunk_write (FILE       *f,
             const char *text)
{
  write_or_die (f, text, strlen (text));
}

static FILE *
open_huge (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".touchpoint", NULL);
  g_autofree char *path = g_build_filename (huge_dir, file_name, NULL);
  FILE *f = fopen (path, "wb");

  g_assert_nonnull (f);
  return f;
}

static void
make_huge_files (void)
{
  static const char head[] = "{\n  \"format\": \"touchpoint\",\n  \"version\": 1,\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *chunk = NULL;
  FILE *f;
  int fd;

  huge_dir = g_dir_make_tmp ("tp-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  /* 100,000 levels of arrays in an unknown member. */
  f = open_huge ("nesting-100000");
  write_or_die (f, head, strlen (head));
  write_or_die (f, "  \"x\": ", 7);
  for (guint i = 0; i < 100000; i++)
    write_or_die (f, "[", 1);
  for (guint i = 0; i < 100000; i++)
    write_or_die (f, "]", 1);
  write_or_die (f, "\n}\n", 3);
  fclose (f);

  /* A 50 MB title. */
  chunk = g_strnfill (1 << 20, 'a');
  f = open_huge ("string-50mb");
  write_or_die (f, head, strlen (head));
  write_or_die (f, "  \"title\": \"", 12);
  for (guint i = 0; i < 50; i++)
    write_or_die (f, chunk, 1 << 20);
  write_or_die (f, "\"\n}\n", 4);
  fclose (f);

  /* An array of 2,000,000 items. */
  f = open_huge ("array-2000000");
  write_or_die (f, head, strlen (head));
  write_or_die (f, "  \"x\": [0", 9);
  for (guint i = 1; i < 2000000; i++)
    write_or_die (f, ",0", 2);
  write_or_die (f, "]\n}\n", 4);
  fclose (f);

  /* A zone of 100,000 points. */
  f = open_huge ("zone-100000-points");
  write_or_die (f, head, strlen (head));
  chunk_write (f, "  \"floor_plans\": [{\"id\": \"p\", \"name\": \"\", \"width\": 10, "
               "\"height\": 10, \"image\": null, \"zones\": [{\"id\": \"z\", \"name\": \"\", "
               "\"kind\": \"shelf\", \"shape\": \"polygon\", \"points\": [[0, 0]");
  for (guint i = 1; i < 100000; i++)
    chunk_write (f, ", [1, 2]");
  chunk_write (f, "]}]}]\n}\n");
  fclose (f);

  /* 300 MB that are mostly a hole: must be refused by its size, unread. */
  f = open_huge ("size-300mb");
  write_or_die (f, head, strlen (head));
  fflush (f);
  fd = fileno (f);
  g_assert_cmpint (ftruncate (fd, 300 * 1024 * 1024), ==, 0);
  fclose (f);
}

static void
remove_huge_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (huge); i++)
    {
      g_autofree char *file_name = g_strconcat (huge[i].name, ".touchpoint", NULL);
      g_autofree char *path = g_build_filename (huge_dir, file_name, NULL);

      g_unlink (path);
    }
  g_rmdir (huge_dir);
  g_clear_pointer (&huge_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/hostile/corpus-complete", test_corpus_complete);
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *name = g_strconcat ("/io/hostile/file/", corpus[i].name, NULL);
      g_test_add_data_func (name, &corpus[i], test_corpus_file);
    }
  for (guint i = 0; i < G_N_ELEMENTS (huge); i++)
    {
      g_autofree char *name = g_strconcat ("/io/hostile/huge/", huge[i].name, NULL);
      g_test_add_data_func (name, &huge[i], test_huge_file);
    }
  g_test_add_func ("/io/hostile/validate-command", test_validate_command);

  make_huge_files ();
  ret = g_test_run ();
  remove_huge_files ();

  return ret;
}
