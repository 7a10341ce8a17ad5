/* test-ui-startup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the first window costs to show (issue #12): it is checked by what it
 * loads and builds, not by timing it.
 */

#include "config.h"

#include <string.h>

#include "tp-ui-test.h"
#include "ui/tp-outline.h"

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Presents @window and runs the main loop until it has painted a frame. */
static void
present_and_paint (GtkWindow *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;

  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  tp_ui_test_wait (&painted);
  g_signal_handler_disconnect (clock, id);
}

static gboolean
library_is_loaded (const char *name)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, name) != NULL;
}

/* Every icon the first window shows (ours in the outline and the tool bars, the
 * window's own icon under X11) loads without librsvg: GTK draws a .symbolic.png
 * itself, and an SVG would bring librsvg and libxml2 into memory at start-up
 * (about 7 MB). */
static void
test_first_window_without_librsvg (void)
{
  TpWindow *window;

  g_assert_false (library_is_loaded ("librsvg"));
  window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  present_and_paint (GTK_WINDOW (window));
  /* The store flow's tool bar carries the other icons of our own. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view",
                                  g_variant_new_string ("store-flow"));
  tp_ui_test_spin ();
  present_and_paint (GTK_WINDOW (window));
  g_assert_false (library_is_loaded ("librsvg"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_eye_toggles (GtkWidget *widget)
{
  guint n = GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_has_css_class (widget, "outline-eye");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_eye_toggles (child);
  return n;
}

/* The outline builds a lane's eye toggle only on rows that show a lane: a big
 * journey's first rows are all phases. */
static void
test_outline_eye_only_on_lanes (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  GtkWidget *outline;
  guint n_lanes = tp_journey_get_lanes (tp_window_get_journey (window))->len;

  present_and_paint (GTK_WINDOW (window));
  outline = tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE);
  g_assert_nonnull (outline);
  g_assert_cmpuint (n_lanes, >, 0);
  g_assert_cmpuint (count_eye_toggles (outline), ==, n_lanes);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  tp_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/startup/first-window-without-librsvg", test_first_window_without_librsvg);
  g_test_add_func ("/ui/startup/outline-eye-only-on-lanes", test_outline_eye_only_on_lanes);
  return tp_ui_test_run ();
}
