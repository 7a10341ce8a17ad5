/* tp-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless command line. Exit status: 0 success, 1 a file is invalid or
 * could not be read or written, 2 the command line itself is wrong.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "io/tp-csv-import.h"
#include "io/tp-format-private.h"
#include "render/tp-view.h"
#include "tp-cli.h"
#include "doc/tp-export-file.h"

#define EXIT_INVALID 1
#define EXIT_USAGE   2

void
tp_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the given .touchpoint files and exit"), NULL },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export the given project to OUT: .png, .svg, .pdf, .csv, or .touchpoint "
         "(an upgraded, normalised copy)"),
      N_("OUT") },
    { "journey", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export: the journey to export, by id or number (from 1)"), N_("JOURNEY") },
    { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export: the view to export (default: journey)"), N_("VIEW") },
    /* A string, so that "--scale 0" is seen (GApplication drops doubles equal to 0). */
    { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export: the scale of a picture export (default 1)"), N_("N") },
    { "table", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export to .csv: “grid” (phases as columns, lanes as rows; the default) or "
         "“cards” (one row per card with every field)"),
      N_("LAYOUT") },
    { "phase-figures", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export of the journey map: the figures of each phase under its header"),
      NULL },
    { "thumbnail-size", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("With --export: write a PNG preview at most SIZE pixels wide and high (file managers)"),
      N_("SIZE") },
    /* The files end up in the options, not in argv: the application opens
     * them from G_OPTION_REMAINING when no headless option was given. */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
}

static int
usage_error (const char *message)
{
  g_printerr ("touchpoint: %s\n", message);
  return EXIT_USAGE;
}

static guint
n_files (const char * const *files)
{
  return files != NULL ? g_strv_length ((char **) files) : 0;
}

static int
validate (const char * const *files)
{
  int status = 0;

  if (n_files (files) == 0)
    return usage_error (_("--validate needs at least one file"));

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TpProject) project = NULL;
      TpLoadInfo info = { 0 };

      project = _tp_format_load_file_named (file, files[i], &info, NULL, &error);
      if (project == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = EXIT_INVALID;
          continue;
        }

      if (info.newer_version)
        g_print (_("%s: valid (written by a newer version of Touchpoint, format version %d)\n"),
                 files[i], info.file_version);
      else
        g_print (_("%s: valid\n"), files[i]);
      tp_load_info_clear (&info);
    }

  return status;
}

static char *
extension_of (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot == NULL || dot == base || dot[1] == '\0')
    return NULL;
  return g_strdup (dot + 1);
}

/* The journey named by --journey: an id, or a number counted from 1. */
static TpJourney *
find_journey (TpProject  *project,
              const char *journey)
{
  GPtrArray *journeys = tp_project_get_journeys (project);
  TpElement *element = tp_project_lookup (project, journey);
  guint64 number;

  if (element != NULL && TP_IS_JOURNEY (element))
    return TP_JOURNEY (element);
  if (g_ascii_string_to_unsigned (journey, 10, 1, journeys->len, &number, NULL))
    return g_ptr_array_index (journeys, number - 1);
  return NULL;
}

/* A project from a spreadsheet's table: one journey named after the file. */
static TpProject *
import_csv (GFile       *file,
            const char  *name,
            GError     **error)
{
  g_autoptr(TpCsvImport) import = tp_csv_import_parse_file (file, name, NULL, error);
  g_autofree char *base = NULL;
  char *dot;

  if (import == NULL)
    return NULL;
  for (const char * const *warning = tp_csv_import_get_warnings (import);
       *warning != NULL; warning++)
    g_printerr ("%s: %s\n", name, *warning);

  base = g_path_get_basename (name);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  return tp_csv_import_new_project (import, base);
}

static gboolean
is_csv (const char *path)
{
  g_autofree char *extension = extension_of (path);

  return extension != NULL && g_ascii_strcasecmp (extension, "csv") == 0;
}

static int
export (const char         *out,
        const char * const *files,
        const char         *journey,
        const char         *view,
        gboolean            have_scale,
        double              scale,
        int                 thumbnail_size,
        const char         *table,
        gboolean            phase_figures)
{
  g_autoptr(GFile) in_file = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GError) error = NULL;
  TpLoadInfo info = { 0 };
  g_autofree char *extension = NULL;
  TpExportFormat format = TP_EXPORT_PNG;
  gboolean picture;

  if (n_files (files) != 1)
    return usage_error (_("--export needs exactly one input file: touchpoint --export OUT IN"));
  if (have_scale && !(scale > 0 && scale <= 16))
    return usage_error (_("--scale must be a number above 0 and at most 16"));
  if (journey != NULL && journey[0] == '\0')
    return usage_error (_("--journey needs a journey id or number"));

  if (view != NULL && !tp_view_exists (view))
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *message = NULL;
      const char * const *known = tp_view_list ();

      for (guint i = 0; known[i] != NULL; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", known[i]);
      /* Translators: the second %s lists the view names, e.g. "journey, blueprint" */
      message = g_strdup_printf (_("there is no view “%s”: use one of %s"), view, names->str);
      return usage_error (message);
    }
  if (thumbnail_size < 0 || thumbnail_size > 4096)
    return usage_error (_("--thumbnail-size must be a whole number from 1 to 4096"));

  /* A thumbnail is always a PNG: file managers pass a temporary name without extension. */
  extension = extension_of (out);
  picture = thumbnail_size > 0 || tp_export_format_for_path (out, &format);
  if (!picture && (extension == NULL || g_ascii_strcasecmp (extension, "touchpoint") != 0))
    {
      g_autofree char *message =
        extension == NULL
        ? g_strdup (_("the output file needs an extension: .png, .svg, .pdf, .csv or .touchpoint"))
        : g_strdup_printf (_("cannot export to .%s: use .png, .svg, .pdf, .csv or .touchpoint"),
                           extension);
      return usage_error (message);
    }
  if (have_scale && picture && format != TP_EXPORT_PNG)
    return usage_error (_("--scale only applies to .png exports"));
  if (table != NULL && !(picture && format == TP_EXPORT_CSV && thumbnail_size == 0))
    return usage_error (_("--table only applies to .csv exports"));
  if (table != NULL && g_strcmp0 (table, "cards") == 0)
    format = TP_EXPORT_CSV_CARDS;
  else if (table != NULL && g_strcmp0 (table, "grid") != 0)
    return usage_error (_("--table must be “grid” or “cards”"));

  in_file = g_file_new_for_commandline_arg (files[0]);
  if (is_csv (files[0]))
    project = import_csv (in_file, files[0], &error);
  else
    project = _tp_format_load_file_named (in_file, files[0], &info, NULL, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_INVALID;
    }
  tp_load_info_clear (&info);

  if (journey != NULL && find_journey (project, journey) == NULL)
    {
      g_printerr (_("%s: there is no journey “%s” (give its id or its number, from 1)\n"),
                  files[0], journey);
      return EXIT_INVALID;
    }

  out_file = g_file_new_for_commandline_arg (out);
  if (picture)
    {
      TpExportOptions options;
      g_autofree char *notice = NULL;

      tp_export_options_init (&options);
      options.format = format;
      options.scale = scale;
      options.fit_size = thumbnail_size;
      options.view = view;
      options.show_rollup = phase_figures;
      if (journey != NULL)
        options.journey = find_journey (project, journey);
      if (!tp_export_save (project, &options, out_file, &notice, NULL, &error))
        {
          g_printerr (_("%s: could not export: %s\n"), out, error->message);
          return EXIT_INVALID;
        }
      if (notice != NULL)
        g_printerr ("%s: %s\n", out, notice);
      return 0;
    }

  if (!tp_format_save_file (project, out_file, TP_SAVE_FLAGS_NONE, NULL, &error))
    {
      g_printerr (_("%s: could not save: %s\n"), out, error->message);
      return EXIT_INVALID;
    }

  return 0;
}

int
tp_cli_run (GVariantDict       *options,
            const char * const *files)
{
  const char *out = NULL;
  const char *journey = NULL;
  const char *view = NULL;
  const char *scale_text = NULL;
  const char *table = NULL;
  double scale = 1.0;
  gboolean have_scale;
  int thumbnail_size = 0;
  gboolean have_thumbnail_size;

  g_return_val_if_fail (options != NULL, -1);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export", "^&ay", &out);
  g_variant_dict_lookup (options, "journey", "&s", &journey);
  g_variant_dict_lookup (options, "view", "&s", &view);
  g_variant_dict_lookup (options, "table", "&s", &table);
  have_scale = g_variant_dict_lookup (options, "scale", "&s", &scale_text);
  have_thumbnail_size = g_variant_dict_lookup (options, "thumbnail-size", "i", &thumbnail_size);
  if (have_thumbnail_size && thumbnail_size == 0)
    thumbnail_size = -1;
  if (have_scale)
    {
      char *end = NULL;

      scale = g_ascii_strtod (scale_text, &end);
      if (end == scale_text || *end != '\0')
        scale = 0;
    }

  if (g_variant_dict_contains (options, "validate"))
    {
      if (out != NULL)
        return usage_error (_("--validate and --export cannot be used together"));
      return validate (files);
    }

  if (out != NULL)
    return export (out, files, journey, view, have_scale, scale, thumbnail_size, table,
                   g_variant_dict_contains (options, "phase-figures"));

  if (journey != NULL || view != NULL || have_scale || have_thumbnail_size)
    return usage_error (_("--journey, --view, --scale and --thumbnail-size only work with --export"));
  if (table != NULL)
    return usage_error (_("--table only applies to .csv exports"));
  if (g_variant_dict_contains (options, "phase-figures"))
    return usage_error (_("--phase-figures only works with --export"));

  return -1;
}
