/* bench-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frame times of the journey canvas on generated maps of 200, 2,000 and
 * 20,000 cards in a 1920×1080 view: the widget's snapshot rendered to a
 * texture by the GSK cairo renderer. Needs a display (run under xvfb-run).
 *
 *   frame_full_ms_N  at 100 %, warm caches (median)
 *   frame_fit_ms_N   zoomed to fit the whole map (median)
 *   frame_drag_ms_N  one card being dragged across the view (median)
 *   first_frame_ms_N the first frame, painting every visible node
 *
 * TP_BENCH_SCREENSHOTS=DIR also writes the frames of the 200-card map as PNG.
 */

#include "config.h"

#include <adwaita.h>

#include "ui/tp-journey-view-private.h"

#define VIEW_WIDTH 1920
#define VIEW_HEIGHT 1080
#define FRAMES 30

typedef struct {
  GtkWidget    *window;
  TpJourneyView *view;
  GskRenderer  *renderer;
} Bench;

static TpProject *
generate_map (guint        n_phases,
              guint        n_lanes,
              guint        per_cell,
              TpJourney  **out_journey)
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
      TpLane *lane = tp_lane_new (id, kinds[l % G_N_ELEMENTS (kinds)]);

      g_object_set (lane, "title", tp_enum_get_label (TP_TYPE_LANE_KIND, kinds[l % G_N_ELEMENTS (kinds)]),
                    NULL);
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
                        "evidence", (TpEvidence) g_rand_int_range (rand, 0, 3),
                        "moment-that-matters", g_rand_int_range (rand, 0, 10) == 0,
                        NULL);
          if (lane_kind == TP_LANE_KIND_FEELINGS)
            g_object_set (card, "emotion-score", g_rand_int_range (rand, -3, 4),
                          "feeling", "curious", NULL);
          if (lane_kind == TP_LANE_KIND_TOUCHPOINTS)
            g_object_set (card, "channel", (TpChannel) g_rand_int_range (rand, 0, 14),
                          "department", "Sales", NULL);
          _tp_element_append_child (TP_ELEMENT (journey), TP_LIST_CARDS, TP_ELEMENT (card));
        }

  *out_journey = journey;
  return project;
}

static double
render_frame (Bench      *bench,
              const char *screenshot)
{
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
shot_path (guint       n_cards,
           const char *what)
{
  const char *dir = g_getenv ("TP_BENCH_SCREENSHOTS");
  g_autofree char *name = NULL;

  if (dir == NULL || n_cards != 200)
    return NULL;
  name = g_strdup_printf ("render-%s.png", what);
  return g_build_filename (dir, name, NULL);
}

typedef void (*FrameSetup) (Bench *bench,
                            guint  frame);

static double
median_frame (Bench      *bench,
              FrameSetup  setup,
              char       *screenshot)
{
  double times[FRAMES];

  for (guint i = 0; i < FRAMES; i++)
    {
      if (setup != NULL)
        setup (bench, i);
      times[i] = render_frame (bench, i == FRAMES - 1 ? screenshot : NULL);
    }
  g_free (screenshot);
  qsort (times, FRAMES, sizeof (double), compare_double);
  return times[FRAMES / 2];
}

/* Where the drag of the bench started, in widget coordinates. */
static double press_x, press_y;

static void
drag_step (Bench *bench,
           guint  frame)
{
  /* What the drag gesture does for each pointer motion. */
  tp_canvas_motion (TP_CANVAS (bench->view), press_x + 20.0 * frame, press_y + 9.0 * frame);
}

static void
run_size (Bench *bench,
          guint  n_phases,
          guint  n_lanes,
          guint  per_cell)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = generate_map (n_phases, n_lanes, per_cell, &journey);
  g_autoptr(TpSelection) selection = tp_selection_new ();
  guint n_cards = n_phases * n_lanes * per_cell;
  const TpCardBox *box;
  double first, full, fit, drag;
  gint64 start;

  tp_canvas_set_selection (TP_CANVAS (bench->view), selection);
  tp_canvas_set_project (TP_CANVAS (bench->view), project);
  start = g_get_monotonic_time ();
  tp_canvas_set_journey (TP_CANVAS (bench->view), journey);
  _tp_journey_view_ensure_layout (bench->view);
  g_print ("layout_ms_%u: %.2f\n", n_cards, (g_get_monotonic_time () - start) / 1000.0);

  first = render_frame (bench, NULL);
  full = median_frame (bench, NULL, shot_path (n_cards, "full"));

  tp_canvas_zoom_to_fit (TP_CANVAS (bench->view));
  render_frame (bench, NULL);
  fit = median_frame (bench, NULL, shot_path (n_cards, "fit"));

  /* Back to 100 %, then one card picked up and carried across the view. */
  tp_canvas_set_journey (TP_CANVAS (bench->view), NULL);
  tp_canvas_set_journey (TP_CANVAS (bench->view), journey);
  _tp_journey_view_ensure_layout (bench->view);
  box = tp_journey_layout_get_card_box (bench->view->layout, 0);
  tp_selection_set_one (selection, TP_ELEMENT (box->card));
  press_x = box->rect.x + 20;
  press_y = box->rect.y + 20;
  tp_canvas_press (TP_CANVAS (bench->view), press_x, press_y, 0);
  tp_canvas_motion (TP_CANVAS (bench->view), press_x + 30, press_y);
  g_assert_true (tp_canvas_is_dragging (TP_CANVAS (bench->view), box->card));
  render_frame (bench, NULL);
  drag = median_frame (bench, drag_step, shot_path (n_cards, "drag"));
  tp_canvas_cancel_drag (TP_CANVAS (bench->view));

  g_print ("first_frame_ms_%u: %.2f\n", n_cards, first);
  g_print ("frame_full_ms_%u: %.2f\n", n_cards, full);
  g_print ("frame_fit_ms_%u: %.2f\n", n_cards, fit);
  g_print ("frame_drag_ms_%u: %.2f\n", n_cards, drag);

  tp_canvas_set_journey (TP_CANVAS (bench->view), NULL);
  tp_canvas_set_project (TP_CANVAS (bench->view), NULL);
  tp_canvas_set_selection (TP_CANVAS (bench->view), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Bench bench = { 0, };
  gint64 deadline;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-render: no display; run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  bench.window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (bench.window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), VIEW_WIDTH, VIEW_HEIGHT);
  bench.view = TP_JOURNEY_VIEW (tp_journey_view_new ());
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
      g_printerr ("bench-render: %s\n", error->message);
      return 1;
    }

  run_size (&bench, 10, 5, 4);
  run_size (&bench, 20, 10, 10);
  run_size (&bench, 50, 10, 40);

  gsk_renderer_unrealize (bench.renderer);
  g_object_unref (bench.renderer);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  return 0;
}
