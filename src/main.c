/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cli/tp-cli.h"
#include "ui/tp-application.h"

/* The headless commands run before any window or display is opened; -1 lets the
 * application go on (open the files named, or a window). The window itself never links
 * the command line. */
static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options,
                         gpointer      user_data)
{
  g_autofree const char **files = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  return tp_cli_run (options, files);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TpApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = tp_application_new ();
  tp_cli_add_options (G_APPLICATION (app));
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
