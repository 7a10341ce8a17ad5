/* bench-store-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frame times of the store-flow view on the plan of bench-store-plan.h
 * (200 zones, 2,000 stops) in a 1920×1080 view: the widget's snapshot
 * rendered to a texture by the GSK cairo renderer. Needs a display (run
 * under xvfb-run).
 *
 *   layout_ms              the first layout: every leg walked (a new router)
 *   first_frame_ms         the first frame
 *   frame_full_ms          at 100 % (median)
 *   frame_fit_ms           zoomed to fit the whole plan (median)
 *   frame_drag_zone_ms     a shelf being dragged across the view at 100 % (median): the
 *                          pointer's motion handled and the frame drawn
 *   drop_zone_ms           the shelf dropped: the model changed (one undo step), the walk
 *                          routed again around it and the next frame drawn (every visible
 *                          tile painted again)
 *   drop_relayout_ms       the layout after a stop was dropped somewhere else (median)
 *   frame_*_cpu_ms         the same frames in CPU time of this thread (median): what the
 *                          figures are on a quiet machine, when the machine is busy
 *   export_png_ms …        the whole view exported as PNG, SVG and PDF (not with --frames)
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "bench-store-plan.h"
#include "render/tp-export.h"
#include "ui/tp-store-flow-view.h"

#define VIEW_WIDTH 1920
#define VIEW_HEIGHT 1080
#define FRAMES 15

typedef struct {
  GtkWidget   *window;
  TpCanvas    *view;
  GskRenderer *renderer;
} Bench;

/* Milliseconds of CPU time of this thread. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double last_cpu;

static double
render_frame (Bench *bench)
{
  double cpu = cpu_ms ();
  GtkWidget *widget = GTK_WIDGET (bench->view);
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  GdkTexture *texture;
  gint64 start = g_get_monotonic_time ();

  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (bench->renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, VIEW_WIDTH, VIEW_HEIGHT));
  start = g_get_monotonic_time () - start;
  last_cpu = cpu_ms () - cpu;

  if (g_getenv ("TP_BENCH_SCREENSHOTS") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("TP_BENCH_SCREENSHOTS"),
                                                "store-frame.png", NULL);

      gdk_texture_save_to_png (texture, path);
    }
  g_object_unref (texture);
  gsk_render_node_unref (node);
  return start / 1000.0;
}

/* One frame of a drag: the pointer's motion handled, then the frame drawn. */
static G_GNUC_NO_INLINE double
drag_frame (Bench *bench,
            double x,
            double y)
{
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_ms ();

  tp_canvas_motion (bench->view, x, y);
  render_frame (bench);
  last_cpu = cpu_ms () - cpu;
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *times,
        guint   n)
{
  qsort (times, n, sizeof (double), compare_double);
  return times[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpSelection) selection = NULL;
  g_autoptr(TpProject) project = NULL;
  TpJourney *journey;
  TpStoreLayout *layout;
  Bench bench = { 0, };
  double times[FRAMES], cpu[FRAMES], first, full, fit, drag, relayout, x, y, sx, sy;
  double full_cpu, fit_cpu, drag_cpu, drop_zone, drop_zone_cpu;
  gint64 start, deadline;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-store-frame: no display; run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  bench.window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (bench.window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), VIEW_WIDTH, VIEW_HEIGHT);
  bench.view = TP_CANVAS (tp_store_flow_view_new ());
  gtk_window_set_child (GTK_WINDOW (bench.window), GTK_WIDGET (bench.view));
  gtk_window_present (GTK_WINDOW (bench.window));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (bench.view)) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_print ("view_size: %dx%d\n", gtk_widget_get_width (GTK_WIDGET (bench.view)),
           gtk_widget_get_height (GTK_WIDGET (bench.view)));

  bench.renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (bench.renderer, gtk_native_get_surface (GTK_NATIVE (bench.window)),
                             &error))
    {
      g_printerr ("bench-store-frame: %s\n", error->message);
      return 1;
    }

  project = generate (&journey);
  selection = tp_selection_new ();
  tp_canvas_set_selection (bench.view, selection);
  tp_canvas_set_project (bench.view, project);
  tp_canvas_set_journey (bench.view, journey);
  start = g_get_monotonic_time ();
  layout = tp_store_flow_view_get_layout (TP_STORE_FLOW_VIEW (bench.view));
  g_print ("layout_ms: %.1f\n", (g_get_monotonic_time () - start) / 1000.0);

  tp_canvas_set_zoom (bench.view, 1.0);
  tp_canvas_set_scroll (bench.view, 0, 0);
  first = render_frame (&bench);
  for (guint i = 0; i < FRAMES; i++)
    {
      times[i] = render_frame (&bench);
      cpu[i] = last_cpu;
    }
  full = median (times, FRAMES);
  full_cpu = median (cpu, FRAMES);

  tp_canvas_zoom_to_fit (bench.view);
  for (guint i = 0; i < FRAMES; i++)
    {
      times[i] = render_frame (&bench);
      cpu[i] = last_cpu;
    }
  fit = median (times, FRAMES);
  fit_cpu = median (cpu, FRAMES);

  /* A shelf near the top-left picked up at 100 % and carried across the view. */
  tp_canvas_set_zoom (bench.view, 1.0);
  tp_canvas_set_scroll (bench.view, 0, 0);
  layout = tp_store_flow_view_get_layout (TP_STORE_FLOW_VIEW (bench.view));
  tp_store_layout_to_units (layout, (TpPoint) { 4.0, 4.7 }, &x, &y);
  tp_canvas_get_scroll (bench.view, &sx, &sy);
  x -= sx;
  y -= sy;
  render_frame (&bench);  /* the plan as seen at 100 % before the press */
  tp_canvas_press (bench.view, x, y, 0);
  for (guint i = 0; i < FRAMES; i++)
    {
      times[i] = drag_frame (&bench, x + 10 + 23.0 * i, y + 10 + 7.0 * i);
      cpu[i] = last_cpu;
    }
  drag = median (times, FRAMES);
  drag_cpu = median (cpu, FRAMES);

  start = g_get_monotonic_time ();
  {
    double cpu0 = cpu_ms ();

    tp_canvas_release (bench.view, x + 10 + 23.0 * (FRAMES - 1), y + 10 + 7.0 * (FRAMES - 1));
    render_frame (&bench);
    drop_zone_cpu = cpu_ms () - cpu0;
  }
  drop_zone = (g_get_monotonic_time () - start) / 1000.0;

  /* A stop moved (as a drop does): the layout again, reusing the legs that did not move. */
  for (guint i = 0; i < FRAMES; i++)
    {
      TpPlacement *moved = g_ptr_array_index (tp_journey_get_placements (journey), 100 + i);

      tp_project_begin (project, "Move Stop");
      tp_project_set (project, moved, "x", tp_placement_get_x (moved) + 0.4, NULL);
      tp_project_commit (project);
      start = g_get_monotonic_time ();
      tp_store_flow_view_get_layout (TP_STORE_FLOW_VIEW (bench.view));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  relayout = median (times, FRAMES);

  for (guint f = 0; f < (argc > 1 && g_str_equal (argv[1], "--frames") ? 0 : 3); f++)
    {
      static const TpExportFormat formats[] = { TP_EXPORT_PNG, TP_EXPORT_SVG, TP_EXPORT_PDF };
      static const char *names[] = { "png", "svg", "pdf" };
      TpExportOptions options;
      g_autoptr(GBytes) bytes = NULL;

      tp_export_options_init (&options);
      options.format = formats[f];
      options.view = "store-flow";
      options.journey = journey;
      start = g_get_monotonic_time ();
      bytes = tp_export_to_bytes (project, &options, NULL, NULL);
      g_print ("export_%s_ms: %.1f\n", names[f], (g_get_monotonic_time () - start) / 1000.0);
    }

  g_print ("first_frame_ms: %.2f\n", first);
  g_print ("frame_full_ms: %.2f\n", full);
  g_print ("frame_fit_ms: %.2f\n", fit);
  g_print ("frame_drag_zone_ms: %.2f\n", drag);
  g_print ("drop_zone_ms: %.2f\n", drop_zone);
  g_print ("drop_relayout_ms: %.2f\n", relayout);
  g_print ("frame_full_cpu_ms: %.2f\n", full_cpu);
  g_print ("frame_fit_cpu_ms: %.2f\n", fit_cpu);
  g_print ("frame_drag_zone_cpu_ms: %.2f\n", drag_cpu);
  g_print ("drop_zone_cpu_ms: %.2f\n", drop_zone_cpu);

  tp_canvas_set_journey (bench.view, NULL);
  tp_canvas_set_project (bench.view, NULL);
  gsk_renderer_unrealize (bench.renderer);
  g_object_unref (bench.renderer);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  return 0;
}
