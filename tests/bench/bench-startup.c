/* bench-startup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app as a person starts it, whole process: `touchpoint FILE` is run
 * with TP_BENCH_PROBE set (src/ui/tp-bench-probe.h), on the display of the
 * environment (xvfb-run), with the GSK cairo renderer. Prints
 *
 *   startup_ms          launch → the first window's first frame, an example open (median of 5)
 *   startup_rss_mb      resident memory then
 *   open_load_ms_20000  opening a 20,000-card project: reading and building the model
 *   open_first_frame_ms_20000  from then to the first frame that shows it
 *   open_total_ms_20000 both (issue #12: ≤ 250 ms)
 *
 * The floor (an empty AdwApplicationWindow) and the peers are measured by
 * ../shared/bench/peers/measure.sh; see docs/PERFORMANCE.md.
 *
 *   bench-startup TOUCHPOINT EXAMPLE
 *   bench-startup --write-map FILE   (only writes the 20,000-card project, to profile it)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "io/tp-format.h"

#define RUNS 5

static TpProject *
generate_map (guint n_phases,
              guint n_lanes,
              guint per_cell)
{
  static const TpLaneKind kinds[] = {
    TP_LANE_KIND_ACTIVITY, TP_LANE_KIND_FEELINGS, TP_LANE_KIND_TOUCHPOINTS,
    TP_LANE_KIND_PAIN_POINTS, TP_LANE_KIND_OPPORTUNITIES, TP_LANE_KIND_THOUGHTS,
  };
  TpProject *project = tp_project_new ();
  TpJourney *journey = tp_journey_new ("journey");
  guint serial = 0;

  g_object_set (project, "title", "Generated project", NULL);
  g_object_set (journey, "title", "Generated journey", NULL);
  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));
  for (guint p = 0; p < n_phases; p++)
    {
      g_autofree char *id = g_strdup_printf ("phase-%u", p);
      g_autofree char *title = g_strdup_printf ("Phase %u", p + 1);
      TpPhase *phase = tp_phase_new (id);

      g_object_set (phase, "title", title, NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
    }
  for (guint l = 0; l < n_lanes; l++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%u", l);
      TpLane *lane = tp_lane_new (id, kinds[l % G_N_ELEMENTS (kinds)]);

      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));
    }
  for (guint p = 0; p < n_phases; p++)
    for (guint l = 0; l < n_lanes; l++)
      for (guint i = 0; i < per_cell; i++)
        {
          TpLaneKind kind = kinds[l % G_N_ELEMENTS (kinds)];
          g_autofree char *id = g_strdup_printf ("card-%u", serial++);
          g_autofree char *phase_id = g_strdup_printf ("phase-%u", p);
          g_autofree char *lane_id = g_strdup_printf ("lane-%u", l);
          g_autofree char *title = g_strdup_printf ("Card %u: a step the customer takes here", serial);
          TpCard *card = tp_card_new (id, tp_lane_kind_default_card_kind (kind));

          g_object_set (card, "phase", phase_id, "lane", lane_id, "title", title, NULL);
          if (kind == TP_LANE_KIND_FEELINGS)
            g_object_set (card, "emotion-score", (int) (serial % 7) - 3, NULL);
          _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));
        }
  return project;
}

/* Runs @touchpoint @file with TP_BENCH_PROBE=@mode; the lines it prints go into @values
 * (key → double), and "startup_ms" is the wall time to its "first_frame" line. */
static gboolean
run_once (const char *touchpoint,
          const char *file,
          const char *mode,
          GHashTable *values)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *home = g_dir_make_tmp ("tp-bench-home-XXXXXX", NULL);
  const char *argv[] = { touchpoint, file, NULL };
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int out_fd, status;
  FILE *out;
  char line[256];

  env = g_environ_setenv (env, "TP_BENCH_PROBE", mode, TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", home, TRUE);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return FALSE;
    }
  out = fdopen (out_fd, "r");
  while (fgets (line, sizeof line, out) != NULL)
    {
      char *colon = strchr (line, ':');

      if (strncmp (line, "first_frame:", 12) == 0)
        g_hash_table_insert (values, g_strdup ("startup_ms"),
                             g_memdup2 ((double[]) { (g_get_monotonic_time () - start) / 1000.0 },
                                        sizeof (double)));
      else if (colon != NULL)
        g_hash_table_insert (values, g_strndup (line, colon - line),
                             g_memdup2 ((double[]) { g_ascii_strtod (colon + 1, NULL) }, sizeof (double)));
    }
  fclose (out);
  if (waitpid (pid, &status, 0) < 0)
    kill (pid, SIGKILL);
  g_spawn_close_pid (pid);
  return g_hash_table_contains (values, "startup_ms");
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Runs @runs times and prints the median of each @keys (NULL-terminated) with @suffix. */
static void
measure (const char  *touchpoint,
         const char  *file,
         const char  *mode,
         const char  *suffix,
         const char **keys)
{
  GArray *samples[8] = { NULL };

  for (guint k = 0; keys[k] != NULL; k++)
    samples[k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      if (!run_once (touchpoint, file, mode, values))
        {
          g_printerr ("bench-startup: %s %s painted no frame\n", touchpoint, file);
          exit (1);
        }
      for (guint k = 0; keys[k] != NULL; k++)
        {
          double *v = g_hash_table_lookup (values, keys[k]);

          if (v != NULL)
            g_array_append_val (samples[k], *v);
        }
    }
  for (guint k = 0; keys[k] != NULL; k++)
    {
      GArray *a = samples[k];

      if (a->len == 0)
        continue;
      g_array_sort (a, compare);
      if (strcmp (keys[k], "rss_kb") == 0)
        g_print ("%s_rss_mb%s: %.1f\n", mode, suffix, g_array_index (a, double, a->len / 2) / 1024);
      else
        g_print ("%s%s: %.1f\n", keys[k], suffix, g_array_index (a, double, a->len / 2));
    }
  for (guint k = 0; keys[k] != NULL; k++)
    g_array_unref (samples[k]);
}

int
main (int   argc,
      char *argv[])
{
  static const char *startup_keys[] = { "startup_ms", "rss_kb", NULL };
  static const char *open_keys[] = { "open_load_ms", "open_first_frame_ms", "open_total_ms", NULL };
  g_autoptr(TpProject) big = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (argc == 3 && strcmp (argv[1], "--write-map") == 0)
    {
      g_autoptr(GFile) out = g_file_new_for_commandline_arg (argv[2]);

      big = generate_map (1667, 6, 2);
      if (!tp_format_save_file (big, out, TP_SAVE_FLAGS_NONE, NULL, &error))
        {
          g_printerr ("bench-startup: %s\n", error->message);
          return 1;
        }
      return 0;
    }
  if (argc != 3)
    {
      g_printerr ("usage: bench-startup TOUCHPOINT EXAMPLE\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup: no display; run under xvfb-run\n");
      return 77;
    }

  measure (argv[1], argv[2], "startup", "", startup_keys);

  dir = g_dir_make_tmp ("tp-bench-startup-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "map-20000.touchpoint", NULL);
  file = g_file_new_for_path (path);
  big = generate_map (1667, 6, 2);
  if (!tp_format_save_file (big, file, TP_SAVE_FLAGS_NONE, NULL, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 1;
    }
  measure (argv[1], path, "open", "_20000", open_keys);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
