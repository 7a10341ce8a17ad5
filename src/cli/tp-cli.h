/* tp-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless command line: --version, --validate FILE…, --export OUT IN
 * (with --journey and --scale). Runs from GApplication::handle-local-options,
 * before GTK opens a display, using io/ and render/ only.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/** tp_cli_add_options: adds the headless options to @app's main options. */
void tp_cli_add_options (GApplication *app);

/** tp_cli_run: runs the headless command named in @options, with @files the remaining
 *  arguments. Returns the exit status, or -1 when no headless option was given. */
int  tp_cli_run         (GVariantDict       *options,
                         const char * const *files);

G_END_DECLS
