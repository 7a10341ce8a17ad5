/* fuzz-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the loader. Any input must either be refused with a
 * TP_FORMAT_ERROR naming the file, or load; a loaded project must save,
 * reload and save again to the same bytes. Anything else aborts, and so do
 * GLib criticals and warnings (a failed g_return_if_fail is a bug too).
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/tp-format.h"

#define DISPLAY_NAME "fuzz.touchpoint"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  /* Register the types once so their one-time allocations happen up front. */
  g_type_ensure (TP_TYPE_PROJECT);
  return 0;
}

static TpProject *
load (GBytes  *bytes,
      GError **error)
{
  TpLoadInfo info = { 0 };
  TpProject *project;

  project = tp_format_load_bytes (bytes, DISPLAY_NAME, &info, error);
  tp_load_info_clear (&info);
  return project;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(TpProject) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) resaved = NULL;

  project = load (input, &error);
  if (project == NULL)
    {
      if (error == NULL || error->domain != TP_FORMAT_ERROR ||
          strstr (error->message, DISPLAY_NAME) == NULL)
        {
          fprintf (stderr, "refused without a proper error: %s\n",
                   error != NULL ? error->message : "(no error)");
          abort ();
        }
      return 0;
    }
  if (error != NULL)
    {
      fprintf (stderr, "loaded but also set an error: %s\n", error->message);
      abort ();
    }

  saved = tp_format_save_to_bytes (project);
  reloaded = load (saved, &error);
  if (reloaded == NULL)
    {
      fprintf (stderr, "saved file does not load again: %s\n--- saved ---\n%.*s\n",
               error != NULL ? error->message : "(no error)",
               (int) MIN (g_bytes_get_size (saved), 4096),
               (const char *) g_bytes_get_data (saved, NULL));
      abort ();
    }

  resaved = tp_format_save_to_bytes (reloaded);
  if (!g_bytes_equal (saved, resaved))
    {
      fprintf (stderr, "save → load → save changed the bytes\n--- first ---\n%.*s\n"
               "--- second ---\n%.*s\n",
               (int) MIN (g_bytes_get_size (saved), 4096),
               (const char *) g_bytes_get_data (saved, NULL),
               (int) MIN (g_bytes_get_size (resaved), 4096),
               (const char *) g_bytes_get_data (resaved, NULL));
      abort ();
    }

  return 0;
}
