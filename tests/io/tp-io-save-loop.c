/* tp-io-save-loop.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helper of test-io-kill-save: loads two projects, says "ready" on stdout,
 * then saves them in turn over OUT the way the app saves (atomic, with a
 * backup) until it is killed, or N times when N is given.
 *
 *   tp-io-save-loop OUT A.touchpoint B.touchpoint [N]
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "io/tp-format.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) out = NULL;
  g_autoptr(GFile) file_a = NULL;
  g_autoptr(GFile) file_b = NULL;
  g_autoptr(TpProject) a = NULL;
  g_autoptr(TpProject) b = NULL;
  g_autoptr(GError) error = NULL;
  guint64 count = 0;
  guint64 limit = 0;

  if (argc < 4)
    {
      fprintf (stderr, "usage: %s OUT A B [N]\n", argv[0]);
      return 2;
    }
  if (argc > 4)
    limit = g_ascii_strtoull (argv[4], NULL, 10);

  out = g_file_new_for_commandline_arg (argv[1]);
  file_a = g_file_new_for_commandline_arg (argv[2]);
  file_b = g_file_new_for_commandline_arg (argv[3]);
  a = tp_format_load_file (file_a, NULL, NULL, &error);
  if (a != NULL)
    b = tp_format_load_file (file_b, NULL, NULL, &error);
  if (b == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  fputs ("ready\n", stdout);
  fflush (stdout);

  for (count = 0; limit == 0 || count < limit; count++)
    {
      if (!tp_format_save_file (count % 2 ? a : b, out, TP_SAVE_FLAGS_KEEP_BACKUP, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }

  return 0;
}
