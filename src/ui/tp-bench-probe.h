/* tp-bench-probe.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tests/bench/bench-startup only: when TP_BENCH_PROBE is set, the app
 * prints "key: value" lines on standard output — "first_frame: 1" when its
 * first window has painted its first frame (with TP_BENCH_PROBE=startup and a
 * file to open: the first frame that shows the file, "frames_before" counting
 * the frames painted while it was read), with "rss_kb", and, for the
 * first project opened, "open_load_ms" (reading and building the model) and
 * "open_first_frame_ms" (from then to the next painted frame) — and quits
 * once it has said all it was asked (TP_BENCH_PROBE=startup: the first
 * frame; =open: the opened project's first frame). Unset: does nothing.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tp_bench_probe_window       (GtkWindow *window);
void tp_bench_probe_open_started (void);
void tp_bench_probe_open_loaded  (GtkWidget *widget);

G_END_DECLS
