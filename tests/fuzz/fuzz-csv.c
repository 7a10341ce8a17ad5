/* fuzz-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the CSV import. Any input must either be refused with
 * a TP_CSV_ERROR naming the file, or import; an imported journey's grid must
 * export, import and export again to the same bytes, and so must its card
 * list when its phase and lane titles are unique (the card list matches them
 * by title). Anything else aborts, and so do GLib criticals and warnings.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/tp-csv-import.h"
#include "render/tp-export.h"

#define DISPLAY_NAME "fuzz.csv"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_type_ensure (TP_TYPE_PROJECT);
  return 0;
}

static TpJourney *
import (GBytes   *bytes,
        TpProject **project,
        GError  **error)
{
  g_autoptr(TpCsvImport) import = tp_csv_import_parse (bytes, DISPLAY_NAME, error);

  if (import == NULL)
    return NULL;
  *project = tp_csv_import_new_project (import, "fuzz");
  return g_ptr_array_index (tp_project_get_journeys (*project), 0);
}

static gboolean
titles_unique (GPtrArray   *elements,
               const char *(*title) (gpointer))
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < elements->len; i++)
    if (!g_hash_table_add (seen, (gpointer) title (g_ptr_array_index (elements, i))))
      return FALSE;
  return TRUE;
}

static void
check_round_trip (GBytes     *first,
                  GBytes   *(*export) (TpJourney *),
                  const char *what)
{
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) second = NULL;
  TpJourney *journey = import (first, &project, &error);

  if (journey == NULL)
    {
      /* A table beyond the limits may be written but not read back. */
      if (g_error_matches (error, TP_CSV_ERROR, TP_CSV_ERROR_TOO_LARGE))
        return;
      fprintf (stderr, "the exported %s does not import: %s\n--- exported ---\n%.*s\n", what,
               error != NULL ? error->message : "(no error)",
               (int) MIN (g_bytes_get_size (first), 4096),
               (const char *) g_bytes_get_data (first, NULL));
      abort ();
    }
  second = export (journey);
  if (!g_bytes_equal (first, second))
    {
      fprintf (stderr, "%s: export → import → export changed the bytes\n--- first ---\n%.*s\n"
               "--- second ---\n%.*s\n", what,
               (int) MIN (g_bytes_get_size (first), 4096),
               (const char *) g_bytes_get_data (first, NULL),
               (int) MIN (g_bytes_get_size (second), 4096),
               (const char *) g_bytes_get_data (second, NULL));
      abort ();
    }
}

static GBytes *
export_grid (TpJourney *journey)
{
  return tp_export_csv (journey, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GBytes) grid = NULL;
  TpJourney *journey;

  journey = import (input, &project, &error);
  if (journey == NULL)
    {
      if (error == NULL || error->domain != TP_CSV_ERROR ||
          !g_str_has_prefix (error->message, DISPLAY_NAME ": "))
        {
          fprintf (stderr, "refused without a proper error: %s\n",
                   error != NULL ? error->message : "(no error)");
          abort ();
        }
      return 0;
    }

  grid = export_grid (journey);
  check_round_trip (grid, export_grid, "grid");
  if (titles_unique (tp_journey_get_phases (journey), (const char *(*) (gpointer)) tp_phase_get_title)
      && titles_unique (tp_journey_get_lanes (journey),
                        (const char *(*) (gpointer)) tp_lane_get_title))
    {
      g_autoptr(GBytes) cards = tp_export_csv_cards (journey);

      check_round_trip (cards, tp_export_csv_cards, "card list");
    }
  return 0;
}
