/* bench-blueprint-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frame times of the service blueprint view on a generated 2,000-card,
 * 1,000-arrow journey in a 1920×1080 view: the widget's snapshot rendered
 * to a texture by the GSK cairo renderer, as bench-render does for the
 * journey map. Needs a display (run under xvfb-run).
 *
 *   frame_full_ms    at 100 %, warm caches (median)
 *   frame_fit_ms     zoomed to fit the whole blueprint (median)
 *   frame_drag_ms    one card being dragged across the view (median)
 *   frame_connect_ms an arrow being drawn from a card's handle (median)
 *   first_frame_ms   the first frame, painting every visible card
 *
 * Times are wall time, as bench-render's; each also as _cpu_ms, the time
 * this thread ran (GSK's cairo renderer renders in it), which the other
 * engineers' builds on the shared machine do not inflate.
 *
 * TP_BENCH_SCREENSHOTS=DIR also writes the frames as PNG.
 */

#include "config.h"

#include <adwaita.h>

#include "tp-test-blueprint.h"
#include "ui/tp-blueprint-view.h"

#define VIEW_WIDTH 1920
#define VIEW_HEIGHT 1080
#define FRAMES 30

typedef struct {
  GtkWidget       *window;
  TpBlueprintView *view;
  GskRenderer     *renderer;
  double           x0, y0;   /* where the drag started, widget */
} Bench;

typedef void (*FrameSetup) (Bench *bench,
                            guint  frame);

static double last_cpu_ms;

static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

static double
render_frame (Bench      *bench,
              const char *screenshot)
{
  gint64 cpu_start = cpu_now ();
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
  last_cpu_ms = (cpu_now () - cpu_start) / 1000.0;

  if (screenshot != NULL)
    gdk_texture_save_to_png (texture, screenshot);
  g_object_unref (texture);
  gsk_render_node_unref (node);
  return start / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static char *
shot_path (const char *what)
{
  const char *dir = g_getenv ("TP_BENCH_SCREENSHOTS");
  g_autofree char *name = NULL;

  if (dir == NULL)
    return NULL;
  name = g_strdup_printf ("blueprint-%s.png", what);
  return g_build_filename (dir, name, NULL);
}

static double
median_frame (Bench      *bench,
              FrameSetup  setup,
              char       *screenshot,
              double     *cpu_ms)
{
  double times[FRAMES], cpu[FRAMES];

  for (guint i = 0; i < FRAMES; i++)
    {
      if (setup != NULL)
        setup (bench, i);
      times[i] = render_frame (bench, i == FRAMES - 1 ? screenshot : NULL);
      cpu[i] = last_cpu_ms;
    }
  g_free (screenshot);
  qsort (times, FRAMES, sizeof (double), compare_double);
  qsort (cpu, FRAMES, sizeof (double), compare_double);
  *cpu_ms = cpu[FRAMES / 2];
  return times[FRAMES / 2];
}

static void
move_step (Bench *bench,
           guint  frame)
{
  /* What the drag gesture does for each pointer motion. */
  tp_canvas_motion (TP_CANVAS (bench->view), bench->x0 + 20.0 * (frame + 1),
                    bench->y0 + 9.0 * (frame + 1));
}

/* The first card drawn well inside the view at the current scroll. */
static TpCard *
card_in_view (Bench     *bench,
              TpJourney *journey,
              double    *x,
              double    *y)
{
  GPtrArray *cards = tp_journey_get_cards (journey);

  for (guint i = 0; i < cards->len; i++)
    if (tp_blueprint_view_get_point (bench->view, g_ptr_array_index (cards, i),
                                     TP_BLUEPRINT_POINT_CENTRE, x, y)
        && *x > 200 && *y > 200 && *x < VIEW_WIDTH / 2 && *y < VIEW_HEIGHT / 2)
      return g_ptr_array_index (cards, i);
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpSelection) selection = NULL;
  g_autoptr(TpProject) project = NULL;
  TpCanvas *canvas;
  TpJourney *journey;
  TpCard *card;
  Bench bench = { 0, };
  double first, full, fit, drag, connect, x, y;
  double first_cpu, full_cpu, fit_cpu, drag_cpu, connect_cpu;
  gint64 deadline;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-blueprint-frame: no display; run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  bench.window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (bench.window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), VIEW_WIDTH, VIEW_HEIGHT);
  bench.view = TP_BLUEPRINT_VIEW (tp_blueprint_view_new ());
  canvas = TP_CANVAS (bench.view);
  gtk_window_set_child (GTK_WINDOW (bench.window), GTK_WIDGET (bench.view));
  gtk_window_present (GTK_WINDOW (bench.window));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (bench.view)) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_print ("view_size: %dx%d\n", gtk_widget_get_width (GTK_WIDGET (bench.view)),
           gtk_widget_get_height (GTK_WIDGET (bench.view)));

  bench.renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (bench.renderer, gtk_native_get_surface (GTK_NATIVE (bench.window)), &error))
    {
      g_printerr ("bench-blueprint-frame: %s\n", error->message);
      return 1;
    }

  project = tp_test_blueprint_new (2000, 1000, 7, &journey);
  selection = tp_selection_new ();
  g_print ("cards: %u\n", tp_journey_get_cards (journey)->len);
  g_print ("connections: %u\n", tp_journey_get_connections (journey)->len);
  tp_canvas_set_selection (canvas, selection);
  tp_canvas_set_project (canvas, project);
  tp_canvas_set_journey (canvas, journey);

  first = render_frame (&bench, NULL);
  first_cpu = last_cpu_ms;
  full = median_frame (&bench, NULL, shot_path ("full"), &full_cpu);

  tp_canvas_zoom_to_fit (canvas);
  render_frame (&bench, NULL);
  fit = median_frame (&bench, NULL, shot_path ("fit"), &fit_cpu);

  /* Back to 100 %: one card picked up and carried across the view. */
  tp_canvas_set_zoom (canvas, 1.0);
  tp_canvas_set_scroll (canvas, 0, 0);
  render_frame (&bench, NULL);
  card = card_in_view (&bench, journey, &x, &y);
  g_assert (card != NULL);
  bench.x0 = x;
  bench.y0 = y;
  tp_canvas_press (canvas, x, y, 0);
  render_frame (&bench, NULL);
  drag = median_frame (&bench, move_step, shot_path ("drag"), &drag_cpu);
  tp_canvas_cancel_drag (canvas);

  /* An arrow drawn from the selected card's handle. */
  tp_selection_set_one (selection, TP_ELEMENT (card));
  g_assert (tp_blueprint_view_get_point (bench.view, card, TP_BLUEPRINT_POINT_HANDLE, &x, &y));
  bench.x0 = x;
  bench.y0 = y;
  tp_canvas_press (canvas, x, y, 0);
  render_frame (&bench, NULL);
  connect = median_frame (&bench, move_step, shot_path ("connect"), &connect_cpu);
  tp_canvas_cancel_drag (canvas);

  g_print ("first_frame_ms: %.2f\n", first);
  g_print ("frame_full_ms: %.2f\n", full);
  g_print ("frame_fit_ms: %.2f\n", fit);
  g_print ("frame_drag_ms: %.2f\n", drag);
  g_print ("frame_connect_ms: %.2f\n", connect);
  g_print ("first_frame_cpu_ms: %.2f\n", first_cpu);
  g_print ("frame_full_cpu_ms: %.2f\n", full_cpu);
  g_print ("frame_fit_cpu_ms: %.2f\n", fit_cpu);
  g_print ("frame_drag_cpu_ms: %.2f\n", drag_cpu);
  g_print ("frame_connect_cpu_ms: %.2f\n", connect_cpu);

  tp_canvas_set_journey (canvas, NULL);
  tp_canvas_set_project (canvas, NULL);
  gsk_renderer_unrealize (bench.renderer);
  g_object_unref (bench.renderer);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  return 0;
}
