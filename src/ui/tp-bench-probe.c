/* tp-bench-probe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tp-bench-probe.h"

static struct {
  gboolean checked;
  const char *mode;             /* NULL: off */
  gboolean first_frame_done;
  gint64 open_started;
  gint64 open_loaded;
  guint frames_before;          /* frames painted while the opened file was loading */
} probe;

static const char *
probe_mode (void)
{
  if (!probe.checked)
    {
      probe.checked = TRUE;
      probe.mode = g_getenv ("TP_BENCH_PROBE");
    }
  return probe.mode;
}

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static void
quit (void)
{
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  const char *mode = probe_mode ();

  if (!probe.first_frame_done)
    {
      /* Start-up is measured to the first frame that shows the file opened, not to a
       * blank frame painted while it was still being read. */
      if (g_strcmp0 (mode, "startup") == 0 && probe.open_started != 0 && probe.open_loaded == 0)
        {
          probe.frames_before++;
          return;
        }
      probe.first_frame_done = TRUE;
      printf ("first_frame: 1\nrss_kb: %ld\nframes_before: %u\n", rss_kb (), probe.frames_before);
      if (g_strcmp0 (mode, "startup") == 0)
        {
          quit ();
          return;
        }
    }
  if (probe.open_loaded != 0)
    {
      gint64 now = g_get_monotonic_time ();

      printf ("open_load_ms: %.1f\nopen_first_frame_ms: %.1f\nopen_total_ms: %.1f\n",
              (probe.open_loaded - probe.open_started) / 1000.0,
              (now - probe.open_loaded) / 1000.0, (now - probe.open_started) / 1000.0);
      probe.open_loaded = 0;
      if (g_strcmp0 (mode, "open") == 0)
        quit ();
    }
}

static void
on_realize (GtkWidget *widget,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
}

void
tp_bench_probe_window (GtkWindow *window)
{
  static gboolean watching;

  if (probe_mode () == NULL || watching)
    return;
  watching = TRUE;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}

void
tp_bench_probe_open_started (void)
{
  if (probe_mode () != NULL && probe.open_started == 0)
    probe.open_started = g_get_monotonic_time ();
}

void
tp_bench_probe_open_loaded (GtkWidget *widget)
{
  if (probe_mode () == NULL || probe.open_started == 0 || probe.open_loaded != 0)
    return;
  probe.open_loaded = g_get_monotonic_time ();
  /* The map shows on the next frame. */
  gtk_widget_queue_draw (widget);
}
