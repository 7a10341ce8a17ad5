/* fuzz-replay.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the fuzz target once on every file in the folders given, without
 * libFuzzer, so the ordinary test suite checks the seed corpus, the hostile
 * files and the examples against the same rules (refused with a proper
 * error, or saved, reloaded and saved again to the same bytes).
 */

#include <stdint.h>
#include <stdio.h>

#include <glib.h>

/* The kind of file the target reads (the CSV target is built with ".csv"). */
#ifndef REPLAY_SUFFIX
#define REPLAY_SUFFIX ".touchpoint"
#endif

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
main (int   argc,
      char *argv[])
{
  guint n_files = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_str_has_suffix (name, REPLAY_SUFFIX))
            continue;
          if (!g_file_get_contents (path, &contents, &length, &error))
            g_error ("%s", error->message);
          printf ("%s\n", path);
          fflush (stdout);
          LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
          n_files++;
        }
    }

  printf ("files: %u\n", n_files);
  return n_files > 0 ? 0 : 1;
}
