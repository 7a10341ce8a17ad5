/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "tp-cli.h"

void
tp_cli_add_options (GApplication *app)
{
}

int
tp_cli_run (GVariantDict       *options,
            const char * const *files)
{
  return -1;
}
