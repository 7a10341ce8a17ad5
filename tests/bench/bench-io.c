/* bench-io.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading and saving speed and memory for projects of 200, 2,000 and 20,000
 * cards. Prints "key: value" lines per size. Peak memory is measured in a
 * fresh child process per size (this program re-run with --rss-child), so
 * earlier sizes and the benchmark's own buffers do not count.
 *
 * load_ms and save_ms are wall-clock medians (save_ms: serialising;
 * write_ms: the atomic write with fsync); the *_cpu_ms lines are the same
 * steps in CPU time, which other busy processes do not inflate.
 *
 *   bench-io [--sizes=200,2000,20000]
 */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io/tp-atomic-save.h"
#include "io/tp-format.h"

#define CARDS_PER_JOURNEY 2000
#define N_PHASES 10
#define N_LANES 8

static const char *lane_kinds[N_LANES] = {
  "activity", "thoughts", "feelings", "touchpoints",
  "pain_points", "opportunities", "frontstage", "backstage",
};
static const char *lane_card_kinds[N_LANES] = {
  "activity", "thought", "emotion", "touchpoint",
  "pain_point", "opportunity", "frontstage", "backstage",
};
static const char *channels[] = { "web", "mobile_app", "store", "phone", "email", "social" };
static const char *feelings[] = { "confused", "worried", "curious", "relieved", "satisfied" };
static const char *evidence[] = { "observed", "assumed", "proposed" };

/* A project much like one a team builds: several journeys of up to 2,000
 * cards, each with 10 phases and 8 lanes, touchpoint cards with metrics,
 * emotion cards with scores, and a connection for every third card. */
static GBytes *
generate_project (guint n_cards)
{
  GString *s = g_string_sized_new (n_cards * 700);
  guint n_journeys = MAX (1, (n_cards + CARDS_PER_JOURNEY - 1) / CARDS_PER_JOURNEY);
  guint card_no = 0;

  g_string_append (s,
    "{\n  \"format\": \"touchpoint\",\n  \"version\": 1,\n"
    "  \"generator\": \"Touchpoint bench\",\n  \"title\": \"Benchmark project\",\n"
    "  \"description\": \"Generated for measuring load and save times.\",\n"
    "  \"personas\": [\n    {\n      \"id\": \"persona-1\",\n"
    "      \"name\": \"Returning customer\",\n"
    "      \"description\": \"Buys every month\",\n      \"goals\": [\"Save time\"],\n"
    "      \"frustrations\": [\"Queues\"],\n      \"color\": \"#3584e4\"\n    }\n  ],\n"
    "  \"floor_plans\": [],\n  \"journeys\": [\n");

  for (guint j = 0; j < n_journeys; j++)
    {
      guint in_journey = MIN (CARDS_PER_JOURNEY, n_cards - card_no);
      guint first = card_no;

      g_string_append_printf (s,
        "    {\n      \"id\": \"journey-%u\",\n      \"title\": \"Journey %u\",\n"
        "      \"persona\": \"persona-1\",\n      \"floor_plan\": null,\n"
        "      \"state\": \"current\",\n      \"lens\": \"five_phases\",\n"
        "      \"notes\": \"Interview round %u\",\n      \"phases\": [\n", j, j + 1, j + 1);
      for (guint p = 0; p < N_PHASES; p++)
        g_string_append_printf (s,
          "        {\n          \"id\": \"j%u-phase-%u\",\n          \"title\": \"Phase %u\",\n"
          "          \"description\": \"What the customer wants to achieve in phase %u\",\n"
          "          \"color\": \"#62a0ea\"\n        }%s\n",
          j, p, p + 1, p + 1, p + 1 < N_PHASES ? "," : "");
      g_string_append (s, "      ],\n      \"lanes\": [\n");
      for (guint l = 0; l < N_LANES; l++)
        g_string_append_printf (s,
          "        {\n          \"id\": \"j%u-lane-%u\",\n          \"kind\": \"%s\",\n"
          "          \"title\": \"Lane %u\",\n          \"hidden_in_map\": false,\n"
          "          \"hidden_in_blueprint\": false\n        }%s\n",
          j, l, lane_kinds[l], l + 1, l + 1 < N_LANES ? "," : "");
      g_string_append (s, "      ],\n      \"cards\": [\n");

      for (guint c = 0; c < in_journey; c++, card_no++)
        {
          guint lane = card_no % N_LANES;
          guint phase = (c * N_PHASES) / in_journey;
          const char *kind = lane_card_kinds[lane];

          g_string_append_printf (s,
            "        {\n          \"id\": \"card-%u\",\n          \"kind\": \"%s\",\n"
            "          \"phase\": \"j%u-phase-%u\",\n          \"lane\": \"j%u-lane-%u\",\n"
            "          \"title\": \"Customer step number %u\",\n"
            "          \"description\": \"The customer compares offers on the website and "
            "asks a friend before deciding (card %u).\",\n"
            "          \"tags\": [\"research\", \"round-%u\"],\n"
            "          \"evidence\": \"%s\",\n          \"moment_that_matters\": %s",
            card_no, kind, j, phase, j, lane, card_no, card_no, card_no % 5,
            evidence[card_no % 3], card_no % 17 == 0 ? "true" : "false");
          if (g_str_equal (kind, "touchpoint"))
            g_string_append_printf (s,
              ",\n          \"touchpoint\": {\n            \"channel\": \"%s\",\n"
              "            \"type\": \"external\",\n            \"department\": \"Marketing\",\n"
              "            \"metrics\": [\n"
              "              {\n                \"kind\": \"conversion_rate\",\n"
              "                \"label\": \"\",\n                \"value\": %u.5,\n"
              "                \"unit\": \"%%\"\n              },\n"
              "              {\n                \"kind\": \"time_spent\",\n"
              "                \"label\": \"\",\n                \"value\": %u,\n"
              "                \"unit\": \"s\"\n              }\n            ]\n          }",
              channels[card_no % G_N_ELEMENTS (channels)], card_no % 40, 30 + card_no % 300);
          else if (g_str_equal (kind, "emotion"))
            g_string_append_printf (s,
              ",\n          \"emotion\": {\n            \"score\": %d,\n"
              "            \"feeling\": \"%s\"\n          }",
              (int) (card_no % 7) - 3, feelings[card_no % G_N_ELEMENTS (feelings)]);
          else if (g_str_equal (kind, "pain_point"))
            g_string_append_printf (s,
              ",\n          \"pain\": {\n            \"severity\": %u\n          }",
              card_no % 6);
          else if (g_str_equal (kind, "opportunity"))
            g_string_append_printf (s,
              ",\n          \"opportunity\": {\n            \"impact\": %u,\n"
              "            \"effort\": %u\n          }", card_no % 6, (card_no / 6) % 6);
          g_string_append_printf (s, "\n        }%s\n", c + 1 < in_journey ? "," : "");
        }

      g_string_append (s, "      ],\n      \"connections\": [\n");
      for (guint c = 0; c + 3 < in_journey; c += 3)
        g_string_append_printf (s,
          "%s        {\n          \"id\": \"conn-%u\",\n          \"from\": \"card-%u\",\n"
          "          \"to\": \"card-%u\",\n          \"kind\": \"flow\",\n"
          "          \"label\": \"then\"\n        }",
          c == 0 ? "" : ",\n", first + c, first + c, first + c + 3);
      g_string_append_printf (s, "\n      ],\n      \"placements\": []\n    }%s\n",
                              j + 1 < n_journeys ? "," : "");
    }
  g_string_append (s, "  ]\n}\n");

  return g_string_free_to_bytes (s);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time of this thread: unlike wall time, not inflated by other
 * processes competing for the machine while the benchmark runs. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static TpProject *
load_or_die (GFile *file)
{
  g_autoptr(GError) error = NULL;
  TpLoadInfo info = { 0 };
  TpProject *project;

  project = tp_format_load_file (file, &info, NULL, &error);
  tp_load_info_clear (&info);
  if (project == NULL)
    g_error ("the generated project does not load: %s", error->message);
  return project;
}

/* A field of /proc/self/status in kB, or -1. */
static gint64
proc_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  if (line == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (field) + 1, NULL, 10);
}

/* The child: peak memory of loading one file, over what was in use before. */
static int
rss_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TpProject) project = NULL;
  gint64 baseline, peak;
  int fd;

  static const char minimal[] = "{\"format\": \"touchpoint\", \"version\": 1}";
  g_autoptr(GBytes) warm_up_bytes = g_bytes_new_static (minimal, strlen (minimal));
  g_autoptr(TpProject) warm_up = NULL;
  TpLoadInfo info = { 0 };

  /* Types and one-time allocations are not part of what a file costs. */
  warm_up = tp_format_load_bytes (warm_up_bytes, "warm-up.touchpoint", &info, NULL);
  tp_load_info_clear (&info);

  /* Reset the high-water mark so the baseline is what is in use now. */
  fd = g_open ("/proc/self/clear_refs", O_WRONLY, 0);
  if (fd >= 0)
    {
      if (write (fd, "5", 1) != 1)
        g_warning ("could not reset the peak memory counter");
      close (fd);
    }
  baseline = proc_status_kb ("VmHWM:");

  project = load_or_die (file);
  peak = proc_status_kb ("VmHWM:");
  if (peak < 0 || baseline < 0)
    {
      struct rusage usage;

      getrusage (RUSAGE_SELF, &usage);
      peak = usage.ru_maxrss;
      baseline = 0;
    }
  printf ("%" G_GINT64_FORMAT "\n", peak - baseline);
  return 0;
}

static double
measure_rss_mb (const char *self,
                const char *path)
{
  const char *argv[] = { self, "--rss-child", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("memory measurement failed: %s", error->message);
  return g_ascii_strtod (out, NULL) / 1024.0;
}

static void
bench_size (const char *self,
            const char *dir,
            guint       n_cards)
{
  g_autoptr(GBytes) generated = generate_project (n_cards);
  g_autofree char *name = g_strdup_printf ("bench-%u.touchpoint", n_cards);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = n_cards >= 20000 ? 5 : 9;
  double load_ms[9], save_ms[9], write_ms[9], load_cpu_ms[9], save_cpu_ms[9];
  double file_mb, rss_mb;

  /* Measure with the bytes Touchpoint itself writes. */
  {
    g_autoptr(GFile) gen_file = NULL;
    g_autoptr(TpProject) project = NULL;

    if (!g_file_set_contents (path, g_bytes_get_data (generated, NULL),
                              g_bytes_get_size (generated), &error))
      g_error ("%s", error->message);
    gen_file = g_file_new_for_path (path);
    project = load_or_die (gen_file);
    saved = tp_format_save_to_bytes (project);
    if (!tp_atomic_save (file, saved, FALSE, NULL, &error))
      g_error ("%s", error->message);
  }
  file_mb = g_bytes_get_size (saved) / (1024.0 * 1024.0);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(TpProject) project = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gint64 start;
      double cpu_start;

      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      project = load_or_die (file);
      load_ms[i] = ms_since (start);
      load_cpu_ms[i] = cpu_ms () - cpu_start;

      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      bytes = tp_format_save_to_bytes (project);
      save_ms[i] = ms_since (start);
      save_cpu_ms[i] = cpu_ms () - cpu_start;
      if (!g_bytes_equal (bytes, saved))
        g_error ("saving %u cards twice gave different bytes", n_cards);

      start = g_get_monotonic_time ();
      if (!tp_atomic_save (file, bytes, FALSE, NULL, &error))
        g_error ("%s", error->message);
      write_ms[i] = ms_since (start);
    }

  rss_mb = measure_rss_mb (self, path);

  printf ("cards: %u\n", n_cards);
  printf ("file_mb: %.2f\n", file_mb);
  printf ("load_ms: %.1f\n", median (load_ms, runs));
  printf ("save_ms: %.1f\n", median (save_ms, runs));
  printf ("load_cpu_ms: %.1f\n", median (load_cpu_ms, runs));
  printf ("save_cpu_ms: %.1f\n", median (save_cpu_ms, runs));
  printf ("write_ms: %.1f\n", median (write_ms, runs));
  printf ("peak_rss_mb: %.1f\n", rss_mb);
  printf ("rss_over_file: %.2f\n", rss_mb / file_mb);
  fflush (stdout);

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;

  if (argc == 3 && g_str_equal (argv[1], "--rss-child"))
    return rss_child (argv[2]);

  sizes = g_strsplit (argc == 2 && g_str_has_prefix (argv[1], "--sizes=") ?
                      argv[1] + strlen ("--sizes=") : "200,2000,20000", ",", -1);

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);
  dir = g_dir_make_tmp ("tp-bench-io-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; sizes[i] != NULL; i++)
    bench_size (self, dir, (guint) g_ascii_strtoull (sizes[i], NULL, 10));

  g_rmdir (dir);
  return 0;
}
