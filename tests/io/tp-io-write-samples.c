/* tp-io-write-samples.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes files the writer makes into the folder given on the command line:
 * a new project from every template and the sample that uses every part of
 * the format. validate-schema.py checks them against the schema.
 */

#include "config.h"

#include "io/tp-format.h"
#include "tp-io-sample.h"

static void
write_project (TpProject  *project,
               const char *folder,
               const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GEnumClass) lenses = g_type_class_ref (TP_TYPE_LENS);
  g_autoptr(TpProject) sample = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s FOLDER\n", argv[0]);
      return 2;
    }

  for (guint i = 0; i < lenses->n_values; i++)
    {
      g_autoptr(TpProject) project = tp_template_new_project (lenses->values[i].value);
      g_autofree char *name = g_strdup_printf ("template-%s.touchpoint",
                                               lenses->values[i].value_nick);

      write_project (project, argv[1], name);
    }

  sample = tp_io_sample_project ();
  write_project (sample, argv[1], "sample-every-part.touchpoint");
  return 0;
}
