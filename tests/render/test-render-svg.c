/* test-render-svg.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SVG export as a person uses it: every card's title is real text
 * (<text>, searchable and editable — read back with an XML parser), the file
 * is valid XML (xmllint), and librsvg draws it like the PNG export. Also the
 * text sink the SVG writer rests on (tp-draw.h): lines as pango laid them
 * out, with the ellipsis where pango put it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render/tp-draw.h"
#include "render/tp-export.h"
#include "render/tp-view.h"
#include "tp-test-journey.h"

/* rsvg-convert against the PNG export: channels within this, on this share of pixels. */
#define CHANNEL_TOLERANCE 40
#define MIN_MATCHING 0.97

static GBytes *
export (TpProject      *project,
        TpExportFormat  format)
{
  TpExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  tp_export_options_init (&options);
  options.format = format;
  bytes = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  return bytes;
}

/* --- reading the texts back ------------------------------------------------ */

typedef struct {
  GPtrArray *texts;     /* the content of each <text>, its lines joined by spaces */
  GString   *current;   /* inside a <text>, else NULL */
  guint      n_paths;
} Reader;

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              data,
               GError              **error)
{
  Reader *reader = data;

  if (strcmp (name, "text") == 0)
    reader->current = g_string_new (NULL);
  else if (strcmp (name, "tspan") == 0 && reader->current != NULL && reader->current->len > 0)
    g_string_append_c (reader->current, ' ');
  else if (strcmp (name, "path") == 0 || strcmp (name, "use") == 0)
    reader->n_paths++;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              data,
             GError              **error)
{
  Reader *reader = data;

  if (strcmp (name, "text") == 0 && reader->current != NULL)
    {
      /* Whitespace collapsed, as a search would see it. */
      g_auto(GStrv) words = g_strsplit_set (reader->current->str, " ", -1);
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          {
            if (joined->len > 0)
              g_string_append_c (joined, ' ');
            g_string_append (joined, words[i]);
          }
      g_ptr_array_add (reader->texts, g_string_free (g_steal_pointer (&joined), FALSE));
      g_string_free (reader->current, TRUE);
      reader->current = NULL;
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *content,
      gsize                 length,
      gpointer              data,
      GError              **error)
{
  Reader *reader = data;

  if (reader->current != NULL)
    g_string_append_len (reader->current, content, length);
}

static GPtrArray *
read_texts (GBytes *svg,
            guint  *n_paths)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  Reader reader = { g_ptr_array_new_with_free_func (g_free), NULL, 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &reader, NULL);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);

  g_markup_parse_context_parse (context, data, size, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  if (n_paths != NULL)
    *n_paths = reader.n_paths;
  return reader.texts;
}

/* Whether @title is shown by one of @texts: whole, or up to an ellipsis. */
static gboolean
shows_title (GPtrArray  *texts,
             const char *title)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *shown = g_ptr_array_index (texts, i);

      if (strcmp (shown, title) == 0)
        return TRUE;
      if (g_str_has_suffix (shown, "\xe2\x80\xa6"))
        {
          g_autofree char *prefix = g_strndup (shown, strlen (shown) - 3);

          g_strchomp (prefix);
          if (strlen (prefix) >= 4 && g_str_has_prefix (title, prefix))
            return TRUE;
        }
    }
  return FALSE;
}

static void
assert_titles_are_text (TpProject *project,
                        TpJourney *journey)
{
  g_autoptr(GBytes) svg = export (project, TP_EXPORT_SVG);
  guint n_paths = 0;
  g_autoptr(GPtrArray) texts = read_texts (svg, &n_paths);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);
  guint n_checked = 0;
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);

  /* Text as text: no glyph outlines. */
  g_assert_null (g_strstr_len (data, size, "glyph"));
  g_assert_cmpuint (n_paths, >, 0);

  g_assert_cmpuint (cards->len, >, 0);
  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      const char *title = tp_card_get_kind (card) == TP_CARD_KIND_EMOTION
                          && tp_card_get_feeling (card) != NULL && *tp_card_get_feeling (card) != '\0'
                            ? tp_card_get_feeling (card) : tp_card_get_title (card);

      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      TpRect rect;

      /* Cards of hidden lanes are not drawn. */
      g_ptr_array_add (one, card);
      if (title == NULL || *title == '\0' || !tp_view_get_elements_rect (view, one, &rect))
        continue;
      if (!shows_title (texts, title))
        g_error ("card title “%s” is not a <text> of the SVG", title);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, cards->len / 2);
  /* Phase titles too. */
  for (guint i = 0; i < tp_journey_get_phases (journey)->len; i++)
    g_assert_true (shows_title (texts, tp_phase_get_title (g_ptr_array_index (tp_journey_get_phases (journey), i))));
}

static void
test_titles_are_text (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);

  assert_titles_are_text (project, journey);
}

/* A map with titles that wrap and titles cut with an ellipsis, and text that needs escaping. */
static void
test_long_titles (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  GPtrArray *cards = tp_journey_get_cards (journey);

  tp_project_set (project, g_ptr_array_index (cards, 0), "title",
                  "Compares <three> shops & their \"delivery\" times before deciding anything at all "
                  "about which bike to buy this spring", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 1), "title", "A b", NULL);
  assert_titles_are_text (project, journey);
}

/* --- valid, and drawn like the PNG ------------------------------------------ */

static char *
write_temp (GBytes     *bytes,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_xmllint (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) svg = export (project, TP_EXPORT_SVG);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *name = g_strdup_printf ("tp-test-svg-%d.svg", (int) getpid ());
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint (libxml2-utils) is not installed");
      return;
    }
  path = write_temp (svg, name);
  command = g_strdup_printf ("%s --noout %s", xmllint, path);
  g_spawn_command_line_sync (command, NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_unlink (path);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint refuses the SVG: %s", err);
}

static cairo_surface_t *
surface_from_png_bytes (GBytes *png)
{
  g_autofree char *name = g_strdup_printf ("tp-test-svg-%d.png", (int) getpid ());
  g_autofree char *path = write_temp (png, name);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_unlink (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static void
test_rsvg_matches_png (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) svg = export (project, TP_EXPORT_SVG);
  g_autoptr(GBytes) png = export (project, TP_EXPORT_PNG);
  g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
  g_autofree char *svg_name = g_strdup_printf ("tp-test-rsvg-%d.svg", (int) getpid ());
  g_autofree char *png_path = g_build_filename (g_get_tmp_dir (), "tp-test-rsvg.png", NULL);
  g_autofree char *svg_path = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *drawn, *exported;
  guint64 matching = 0;
  int status = 0, width, height;

  if (rsvg == NULL)
    {
      g_test_skip ("rsvg-convert (librsvg2-bin) is not installed");
      return;
    }
  svg_path = write_temp (svg, svg_name);
  g_free (png_path);
  png_path = g_strdup_printf ("%s.png", svg_path);
  command = g_strdup_printf ("%s -o %s %s", rsvg, png_path, svg_path);
  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  drawn = cairo_image_surface_create_from_png (png_path);
  g_unlink (png_path);
  g_unlink (svg_path);
  g_assert_cmpint (cairo_surface_status (drawn), ==, CAIRO_STATUS_SUCCESS);
  exported = surface_from_png_bytes (png);

  width = cairo_image_surface_get_width (exported);
  height = cairo_image_surface_get_height (exported);
  g_assert_cmpint (cairo_image_surface_get_width (drawn), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (drawn), ==, height);

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (gpointer) (cairo_image_surface_get_data (drawn)
                                                     + y * cairo_image_surface_get_stride (drawn));
      const guint32 *b = (const guint32 *) (gpointer) (cairo_image_surface_get_data (exported)
                                                     + y * cairo_image_surface_get_stride (exported));

      for (int x = 0; x < width; x++)
        {
          int d = 0;

          for (int shift = 0; shift < 32; shift += 8)
            d = MAX (d, abs ((int) ((a[x] >> shift) & 0xff) - (int) ((b[x] >> shift) & 0xff)));
          if (d <= CHANNEL_TOLERANCE)
            matching++;
        }
    }
  g_test_message ("%.4f of the pixels match", (double) matching / ((double) width * height));
  g_assert_cmpfloat ((double) matching / ((double) width * height), >=, MIN_MATCHING);
  cairo_surface_destroy (drawn);
  cairo_surface_destroy (exported);
}

/* --- the text sink -------------------------------------------------------- */

typedef struct {
  TpDrawSink  sink;
  int         n_texts;
  int         n_lines;
  gboolean    ellipsized;
} CountingSink;

static void
count_path (TpDrawSink *sink,
            cairo_t    *cr,
            TpDrawOp    op)
{
}

static void
count_paint (TpDrawSink *sink,
             cairo_t    *cr,
             double      alpha)
{
}

static void
count_save (TpDrawSink *sink)
{
}

static void
count_text (TpDrawSink  *sink,
            cairo_t     *cr,
            PangoLayout *layout)
{
  CountingSink *counting = (CountingSink *) sink;

  counting->n_texts++;
  counting->n_lines = pango_layout_get_line_count (layout);
  counting->ellipsized = pango_layout_is_ellipsized (layout);
}

/* With a sink, text goes to it and nothing is drawn; without, pango draws. */
static void
test_sink (void)
{
  CountingSink sink = { { count_path, count_paint, count_save, count_save, count_text }, 0, 0, FALSE };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 60);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans 12px");
  const guint32 *data;
  gboolean drawn = FALSE;

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, 60 * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, "A title far too long for sixty pixels", -1);

  tp_draw_set_sink (cr, &sink.sink);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, 4, 4);
  tp_draw_show_layout (cr, layout);
  cairo_rectangle (cr, 0, 0, 10, 10);
  tp_draw_fill (cr);
  cairo_surface_flush (surface);
  data = (const guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  for (int i = 0; i < 200 * 60; i++)
    drawn = drawn || data[i] != 0;
  g_assert_false (drawn);
  g_assert_cmpint (sink.n_texts, ==, 1);
  g_assert_cmpint (sink.n_lines, ==, 1);
  g_assert_true (sink.ellipsized);

  tp_draw_set_sink (cr, NULL);
  cairo_move_to (cr, 4, 4);
  tp_draw_show_layout (cr, layout);
  cairo_surface_flush (surface);
  for (int i = 0; i < 200 * 60; i++)
    drawn = drawn || data[i] != 0;
  g_assert_true (drawn);
  g_assert_cmpint (sink.n_texts, ==, 1);

  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/svg/titles-are-text", test_titles_are_text);
  g_test_add_func ("/render/svg/long-titles", test_long_titles);
  g_test_add_func ("/render/svg/xmllint", test_xmllint);
  g_test_add_func ("/render/svg/rsvg-matches-png", test_rsvg_matches_png);
  g_test_add_func ("/render/svg/sink", test_sink);

  return g_test_run ();
}
