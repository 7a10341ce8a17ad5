/* tp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cli/tp-cli.h"
#include "tp-application.h"

struct _TpApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (TpApplication, tp_application, ADW_TYPE_APPLICATION)

static int
tp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;
  int status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  status = tp_cli_run (options, files);
  if (status >= 0)
    return status;

  return G_APPLICATION_CLASS (tp_application_parent_class)->handle_local_options (app, options);
}

static void
tp_application_class_init (TpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = tp_application_handle_local_options;
}

static void
tp_application_init (TpApplication *self)
{
  tp_cli_add_options (G_APPLICATION (self));
}

TpApplication *
tp_application_new (void)
{
  return g_object_new (TP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}
