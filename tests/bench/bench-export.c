/* bench-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export times of generated journey maps of 200, 2,000 and 10,000 cards to
 * PNG (scale 1), PDF and SVG, in memory. Prints "key: value" lines. The
 * 2,000 and 10,000-card maps have the shape of ../shared/bench/peers/gen.py's
 * (6 lanes, 2 cards a cell), the rows of issue #12's table; the process-level
 * comparison with Dia and Inkscape is measure.sh's (docs/PERFORMANCE.md).
 *
 *   export_FMT_ms_N, export_FMT_cpu_ms_N  median wall and CPU time
 *   export_FMT_kb_N                       file size
 *   export_png_mpx_N, export_png_ns_per_px_N  PNG pixels, CPU time per pixel
 *   export_svg_texts_N                    <text> elements in the SVG
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "render/tp-export.h"
#include "render/tp-view.h"

static TpProject *
generate_map (guint n_phases,
              guint n_lanes,
              guint per_cell)
{
  static const TpLaneKind kinds[] = {
    TP_LANE_KIND_ACTIVITY, TP_LANE_KIND_FEELINGS, TP_LANE_KIND_TOUCHPOINTS,
    TP_LANE_KIND_PAIN_POINTS, TP_LANE_KIND_OPPORTUNITIES, TP_LANE_KIND_THOUGHTS,
    TP_LANE_KIND_FRONTSTAGE, TP_LANE_KIND_BACKSTAGE, TP_LANE_KIND_SUPPORT, TP_LANE_KIND_METRICS,
  };
  TpProject *project = tp_project_new ();
  TpJourney *journey = tp_journey_new ("journey");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint serial = 0;

  g_object_set (project, "title", "Generated project", NULL);
  g_object_set (journey, "title", "Generated journey", NULL);
  _tp_element_append_child (TP_ELEMENT (project), TP_LIST_JOURNEYS, TP_ELEMENT (journey));

  for (guint p = 0; p < n_phases; p++)
    {
      g_autofree char *id = g_strdup_printf ("phase-%u", p);
      g_autofree char *title = g_strdup_printf ("Phase %u", p + 1);
      TpPhase *phase = tp_phase_new (id);

      g_object_set (phase, "title", title, "description", "A step of the journey", NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_PHASES, TP_ELEMENT (phase));
    }

  for (guint l = 0; l < n_lanes; l++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%u", l);
      TpLaneKind kind = kinds[l % G_N_ELEMENTS (kinds)];
      TpLane *lane = tp_lane_new (id, kind);

      g_object_set (lane, "title", tp_enum_get_label (TP_TYPE_LANE_KIND, kind), NULL);
      _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_LANES, TP_ELEMENT (lane));
    }

  for (guint p = 0; p < n_phases; p++)
    for (guint l = 0; l < n_lanes; l++)
      for (guint i = 0; i < per_cell; i++)
        {
          TpLaneKind lane_kind = kinds[l % G_N_ELEMENTS (kinds)];
          g_autofree char *id = g_strdup_printf ("card-%u", serial++);
          g_autofree char *phase_id = g_strdup_printf ("phase-%u", p);
          g_autofree char *lane_id = g_strdup_printf ("lane-%u", l);
          g_autofree char *title = g_strdup_printf ("Card %u: a step the customer takes here", serial);
          TpCard *card = tp_card_new (id, tp_lane_kind_default_card_kind (lane_kind));

          g_object_set (card, "phase", phase_id, "lane", lane_id, "title", title,
                        "moment-that-matters", g_rand_int_range (rand, 0, 10) == 0, NULL);
          if (lane_kind == TP_LANE_KIND_FEELINGS)
            g_object_set (card, "emotion-score", g_rand_int_range (rand, -3, 4),
                          "feeling", "curious", NULL);
          _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));
        }

  return project;
}

/* The median of @runs exports, in milliseconds. */
static void
sort (double *values,
      guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && values[j - 1] > values[j]; j--)
      {
        double t = values[j];

        values[j] = values[j - 1];
        values[j - 1] = t;
      }
}

/* The median wall-clock time of @runs exports in milliseconds; @cpu_ms the median CPU time
 * (on a busy machine the wall clock also counts waiting for a processor). */
static double
time_export (TpProject      *project,
             TpExportFormat  format,
             guint           runs,
             gsize          *size,
             double         *cpu_ms)
{
  double times[5], cpu[5];

  g_assert (runs <= G_N_ELEMENTS (times));
  for (guint i = 0; i < runs; i++)
    {
      TpExportOptions options;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gint64 start;
      clock_t cpu_start = clock ();

      tp_export_options_init (&options);
      options.format = format;
      start = g_get_monotonic_time ();
      bytes = tp_export_to_bytes (project, &options, NULL, &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = (clock () - cpu_start) * 1000.0 / CLOCKS_PER_SEC;
      g_assert_no_error (error);
      *size = g_bytes_get_size (bytes);
    }

  sort (times, runs);
  sort (cpu, runs);
  *cpu_ms = cpu[runs / 2];
  return times[runs / 2];
}

static TpJourney *
first_journey (TpProject *project)
{
  return g_ptr_array_index (tp_project_get_journeys (project), 0);
}

static guint
count_texts (TpProject *project)
{
  TpExportOptions options;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data, *p;
  guint n = 0;

  tp_export_options_init (&options);
  options.format = TP_EXPORT_SVG;
  bytes = tp_export_to_bytes (project, &options, NULL, NULL);
  data = g_bytes_get_data (bytes, &size);
  for (p = data; (p = g_strstr_len (p, size - (p - data), "<text")) != NULL; p += 5)
    n++;
  return n;
}

static void
run_size (guint n_phases,
          guint n_lanes,
          guint per_cell)
{
  g_autoptr(TpProject) project = generate_map (n_phases, n_lanes, per_cell);
  guint n_cards = n_phases * n_lanes * per_cell;
  guint runs = n_cards > 5000 ? 1 : 3;

  g_print ("cards_%u: %u\n", n_cards, tp_journey_get_cards (first_journey (project))->len);
  static const struct {
    TpExportFormat format;
    const char    *name;
  } formats[] = {
    { TP_EXPORT_PNG, "png" },
    { TP_EXPORT_PDF, "pdf" },
    { TP_EXPORT_SVG, "svg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize size = 0;
      double cpu_ms = 0;
      double ms = time_export (project, formats[i].format, runs, &size, &cpu_ms);

      g_print ("export_%s_ms_%u: %.1f\n", formats[i].name, n_cards, ms);
      g_print ("export_%s_cpu_ms_%u: %.1f\n", formats[i].name, n_cards, cpu_ms);
      g_print ("export_%s_kb_%u: %" G_GSIZE_FORMAT "\n", formats[i].name, n_cards, size / 1024);
      if (formats[i].format == TP_EXPORT_PNG)
        {
          g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, first_journey (project));
          double w, h;

          tp_view_get_size (view, &w, &h);
          g_print ("export_png_mpx_%u: %.1f\n", n_cards, ceil (w) * ceil (h) / 1e6);
          g_print ("export_png_ns_per_px_%u: %.2f\n", n_cards, cpu_ms * 1e6 / (ceil (w) * ceil (h)));
        }
      if (formats[i].format == TP_EXPORT_SVG)
        g_print ("export_svg_texts_%u: %u\n", n_cards, count_texts (project));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* "quick": leave out the 10,000-card map. */
  gboolean quick = argc > 1 && strcmp (argv[1], "quick") == 0;

  run_size (10, 5, 4);
  run_size (167, 6, 2);         /* 2,004 cards, as gen.py 2000 */
  if (!quick)
    run_size (834, 6, 2);       /* 10,008 cards, as gen.py 10000 */
  return 0;
}
