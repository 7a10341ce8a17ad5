/* test-render-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports of the "Buying a bike" journey and of generated maps to PNG, SVG,
 * PDF and CSV, in memory: sizes, transparency, the CSV grid, the PDF pages,
 * one golden PNG, and a map wider than cairo's 32,767-pixel limit.
 * Run with TP_UPDATE_GOLDEN=1 to approve a new tests/render/golden/export.png.
 */

#include "config.h"

#include <math.h>
#include <png.h>
#include <string.h>

#include "render/tp-export.h"
#include "render/tp-export-private.h"
#include "render/tp-view.h"
#include "tp-test-journey.h"

#define CHANNEL_TOLERANCE 8
#define MIN_MATCHING 0.995

typedef struct {
  int     width;
  int     height;
  guint8 *rgba;
} Picture;

static void
picture_clear (Picture *picture)
{
  g_clear_pointer (&picture->rgba, g_free);
}

/* Decodes a PNG of any size (cairo stops at 32,767 pixels) into straight RGBA. */
static void
decode_png (GBytes  *bytes,
            Picture *picture)
{
  png_image image;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  memset (&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  g_assert_true (png_image_begin_read_from_memory (&image, data, size));
  image.format = PNG_FORMAT_RGBA;
  picture->width = image.width;
  picture->height = image.height;
  picture->rgba = g_malloc (PNG_IMAGE_SIZE (image));
  g_assert_true (png_image_finish_read (&image, NULL, picture->rgba, 0, NULL));
}

static const guint8 *
pixel (const Picture *picture,
       int            x,
       int            y)
{
  return picture->rgba + ((gsize) y * picture->width + x) * 4;
}

static GBytes *
export (TpProject      *project,
        TpExportFormat  format,
        double          scale,
        gboolean        transparent)
{
  TpExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  GBytes *bytes;

  tp_export_options_init (&options);
  options.format = format;
  options.scale = scale;
  options.transparent = transparent;
  options.date = "2026-01-02";
  bytes = tp_export_to_bytes (project, &options, &notice, &error);
  g_assert_no_error (error);
  g_assert_null (notice);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
map_size (TpJourney *journey,
          double    *width,
          double    *height)
{
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);

  tp_view_get_size (view, width, height);
}

static void
test_png_scale (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  double width, height;

  map_size (journey, &width, &height);
  for (int scale = 1; scale <= 4; scale++)
    {
      g_autoptr(GBytes) bytes = export (project, TP_EXPORT_PNG, scale, FALSE);
      Picture picture = { 0 };

      decode_png (bytes, &picture);
      g_assert_cmpint (picture.width, ==, (int) ceil (width * scale));
      g_assert_cmpint (picture.height, ==, (int) ceil (height * scale));
      /* Filled: the background is opaque everywhere. */
      g_assert_cmpint (pixel (&picture, 0, picture.height - 1)[3], ==, 255);
      picture_clear (&picture);
    }
}

static void
test_png_transparent (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) filled = export (project, TP_EXPORT_PNG, 1, FALSE);
  g_autoptr(GBytes) clear = export (project, TP_EXPORT_PNG, 1, TRUE);
  Picture a = { 0 }, b = { 0 };
  guint transparent = 0, opaque = 0;

  decode_png (filled, &a);
  decode_png (clear, &b);
  g_assert_cmpint (a.width, ==, b.width);
  for (int y = 0; y < b.height; y++)
    for (int x = 0; x < b.width; x++)
      {
        if (pixel (&b, x, y)[3] == 0)
          transparent++;
        if (pixel (&a, x, y)[3] == 255)
          opaque++;
      }
  /* Filled: opaque everywhere. Transparent: the empty cells let the page through,
   * while cards and headers are still painted. */
  g_assert_cmpuint (opaque, ==, (guint) (a.width * a.height));
  g_assert_cmpuint (transparent, >, (guint) (b.width * b.height) / 10);
  g_assert_cmpuint (transparent, <, (guint) (b.width * b.height) * 9 / 10);
  g_assert_cmpint (pixel (&b, 0, 0)[3], ==, 255);
  /* An opaque picture is written without an alpha channel (a quarter less for deflate to
   * pack, issue #12): IHDR colour type 2 (RGB); a transparent one keeps it (6, RGBA). */
  g_assert_cmpint (((const guint8 *) g_bytes_get_data (filled, NULL))[25], ==, 2);
  g_assert_cmpint (((const guint8 *) g_bytes_get_data (clear, NULL))[25], ==, 6);
  picture_clear (&a);
  picture_clear (&b);
}

static void
test_png_golden (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) bytes = export (project, TP_EXPORT_PNG, 1, FALSE);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "render", "golden",
                                                        "export.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) golden_bytes = NULL;
  g_autoptr(GError) error = NULL;
  Picture actual = { 0 }, golden = { 0 };
  guint64 matching = 0;
  gsize length;

  if (g_strcmp0 (g_getenv ("TP_UPDATE_GOLDEN"), "1") == 0)
    {
      g_file_set_contents (golden_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                           &error);
      g_assert_no_error (error);
      g_test_message ("wrote %s", golden_path);
      return;
    }

  g_file_get_contents (golden_path, &contents, &length, &error);
  g_assert_no_error (error);
  golden_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  decode_png (golden_bytes, &golden);
  decode_png (bytes, &actual);
  g_assert_cmpint (actual.width, ==, golden.width);
  g_assert_cmpint (actual.height, ==, golden.height);

  for (int y = 0; y < actual.height; y++)
    for (int x = 0; x < actual.width; x++)
      {
        const guint8 *p = pixel (&actual, x, y), *q = pixel (&golden, x, y);
        int most = 0;

        for (int c = 0; c < 4; c++)
          most = MAX (most, ABS (p[c] - q[c]));
        if (most <= CHANNEL_TOLERANCE)
          matching++;
      }

  if ((double) matching / ((double) actual.width * actual.height) < MIN_MATCHING)
    {
      g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, "export-actual.png", NULL);

      g_file_set_contents (actual_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                           NULL);
      g_test_message ("exported picture differs from %s; see %s", golden_path, actual_path);
    }
  g_assert_cmpfloat ((double) matching / ((double) actual.width * actual.height), >=, MIN_MATCHING);
  picture_clear (&actual);
  picture_clear (&golden);
}

/* A journey of @n_phases phases, each with one card in each of two lanes. */
static TpProject *
wide_project (guint       n_phases,
              TpJourney **out_journey)
{
  TpProject *project = tp_project_new ();
  g_autoptr(TpJourney) journey = tp_journey_new ("journey-wide");
  TpLane *doing, *pain;

  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, journey);
  doing = tp_test_add_lane (project, journey, "lane-doing", TP_LANE_KIND_ACTIVITY, "Doing");
  pain = tp_test_add_lane (project, journey, "lane-pain", TP_LANE_KIND_PAIN_POINTS, "Pain");
  for (guint p = 0; p < n_phases; p++)
    {
      g_autofree char *id = g_strdup_printf ("phase-%u", p);
      g_autofree char *title = g_strdup_printf ("Phase %u", p + 1);
      TpPhase *phase = tp_test_add_phase (project, journey, id, title, NULL, NULL);

      tp_project_add_card (project, phase, doing, -1, TP_CARD_KIND_ACTIVITY, title);
      tp_project_add_card (project, phase, pain, -1, TP_CARD_KIND_PAIN_POINT, title);
    }
  *out_journey = journey;
  return project;
}

/* Distinct colours in columns [@x0, @x1): a blank strip has one. */
static guint
count_colours (const Picture *picture,
               int            x0,
               int            x1)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  for (int y = 0; y < picture->height; y++)
    for (int x = x0; x < x1; x++)
      {
        const guint8 *p = pixel (picture, x, y);

        g_hash_table_add (colours, GUINT_TO_POINTER ((guint) p[0] << 24 | (guint) p[1] << 16 | (guint) p[2] << 8 | p[3]));
      }
  return g_hash_table_size (colours);
}

static void
test_png_wider_than_cairo (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = wide_project (140, &journey);
  g_autoptr(GBytes) bytes = export (project, TP_EXPORT_PNG, 1, FALSE);
  Picture picture = { 0 };
  double width, height;

  map_size (journey, &width, &height);
  g_assert_cmpfloat (width, >, 32767);
  decode_png (bytes, &picture);
  g_assert_cmpint (picture.width, ==, (int) ceil (width));
  g_assert_cmpint (picture.height, ==, (int) ceil (height));

  /* Every tile is painted: the start, the seams and the far end beyond 32,767 px. */
  g_assert_cmpuint (count_colours (&picture, 0, 400), >, 20);
  g_assert_cmpuint (count_colours (&picture, 8192 - 200, 8192 + 200), >, 20);
  g_assert_cmpuint (count_colours (&picture, 32767 - 200, 32767 + 200), >, 20);
  g_assert_cmpuint (count_colours (&picture, picture.width - 400, picture.width), >, 20);
  /* The last card's dark title text is there at the far right. */
  g_assert_cmpuint (count_colours (&picture, picture.width - 240, picture.width - 20), >, 20);
  picture_clear (&picture);
}

/* The bands are painted and deflated on several threads and joined into one stream: the
 * picture is the one the view paints in one piece, opaque and transparent. */
/* The rows' blocks that are the same as the row above are neither converted nor read by the
 * deflater (tp_deflate_piece_zeros): the picture decodes to the same pixels as with every row
 * converted and deflated in full — a tall map in many bands, one wider than cairo's images
 * (several tiles a row), at a scale and position that leave part blocks at the tiles' ends,
 * and a blueprint. */
static void
test_png_fast_rows (void)
{
  TpJourney *bike, *wide;
  g_autoptr(TpProject) bike_project = tp_test_bike_journey_new (&bike);
  g_autoptr(TpProject) wide_project_ = wide_project (140, &wide);
  struct { TpProject *project; const char *view; double scale; } cases[] = {
    { bike_project, "journey", 3 }, { bike_project, "journey", 1.37 },
    { bike_project, "blueprint", 2 }, { wide_project_, "journey", 1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Picture fast = { 0 }, full = { 0 };

      for (int on = 0; on <= 1; on++)
        {
          TpExportOptions options;
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = NULL;

          tp_export_options_init (&options);
          options.format = TP_EXPORT_PNG;
          options.scale = cases[c].scale;
          options.view = cases[c].view;
          _tp_export_png_set_fast_rows (on);
          bytes = tp_export_to_bytes (cases[c].project, &options, NULL, &error);
          _tp_export_png_set_fast_rows (TRUE);
          g_assert_no_error (error);
          decode_png (bytes, on ? &fast : &full);
        }
      g_assert_cmpint (fast.width, ==, full.width);
      g_assert_cmpint (fast.height, ==, full.height);
      g_assert_true (memcmp (fast.rgba, full.rgba, (gsize) fast.width * fast.height * 4) == 0);
      picture_clear (&fast);
      picture_clear (&full);
    }
}

static void
test_png_bands (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);
  const double scale = 3;
  double width, height;

  g_assert_true (tp_view_paints_concurrently (view));
  tp_view_get_size (view, &width, &height);
  for (int transparent = 0; transparent <= 1; transparent++)
    {
      g_autoptr(GBytes) bytes = export (project, TP_EXPORT_PNG, scale, transparent);
      TpViewPaintOptions paint;
      cairo_surface_t *whole;
      const guint8 *data;
      Picture picture = { 0 };
      guint64 differing = 0;
      int stride;
      cairo_t *cr;

      decode_png (bytes, &picture);
      /* Taller than a few bands of 4 Mpx, each at most 256 rows. */
      g_assert_cmpint (picture.height, >, 4 * 256);

      whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, picture.width, picture.height);
      cr = cairo_create (whole);
      cairo_scale (cr, scale, scale);
      tp_view_paint_options_init (&paint);
      paint.scale = scale;
      paint.transparent = transparent;
      tp_view_paint (view, cr, &paint);
      cairo_destroy (cr);
      cairo_surface_flush (whole);
      data = cairo_image_surface_get_data (whole);
      stride = cairo_image_surface_get_stride (whole);

      for (int y = 0; y < picture.height; y++)
        for (int x = 0; x < picture.width; x++)
          {
            guint32 p = *(const guint32 *) (gconstpointer) (data + (gsize) y * stride + 4 * x);
            guint a = p >> 24;
            const guint8 *q = pixel (&picture, x, y);
            guint8 expected[4];

            for (int c = 0; c < 3; c++)
              {
                guint v = (p >> (16 - 8 * c)) & 0xff;

                /* Opaque: over white; transparent: straight alpha. */
                expected[c] = !transparent ? v + 255 - a : a == 0 ? 0 : (v * 255 + a / 2) / a;
              }
            expected[3] = transparent ? a : 255;
            if (memcmp (q, expected, 4) != 0)
              differing++;
          }
      /* A band out of place or a broken join would differ everywhere; a glyph may land a
       * pixel away in a band (its position rounded after the band's offset). */
      g_test_message ("%s: %" G_GUINT64_FORMAT " of %d × %d pixels differ",
                      transparent ? "transparent" : "opaque", differing, picture.width,
                      picture.height);
      g_assert_cmpuint (differing, <, (guint64) picture.width * picture.height / 1000);
      cairo_surface_destroy (whole);
      picture_clear (&picture);
    }
}

static void
test_png_fit_size (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  TpExportOptions options;
  g_autoptr(GBytes) bytes = NULL;
  Picture picture = { 0 };

  tp_export_options_init (&options);
  options.fit_size = 256;
  bytes = tp_export_to_bytes (project, &options, NULL, NULL);
  decode_png (bytes, &picture);
  g_assert_cmpint (MAX (picture.width, picture.height), ==, 256);
  g_assert_cmpint (MIN (picture.width, picture.height), >, 16);
  picture_clear (&picture);
}

static void
test_svg (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) bytes = export (project, TP_EXPORT_SVG, 1, FALSE);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *size = NULL;
  double width, height;

  map_size (journey, &width, &height);
  size = g_strdup_printf ("width=\"%gpx\" height=\"%gpx\"", width, height);
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, size));
  g_assert_true (g_str_has_suffix (g_strchomp (text), "</svg>"));
}

/* Whether @needle occurs in @bytes (which may hold NULs). */
static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size, length = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;
  return FALSE;
}

static void
test_pdf_pages (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpJourney) second = tp_journey_new ("journey-second");
  g_autoptr(GBytes) one = export (project, TP_EXPORT_PDF, 1, FALSE);
  g_autoptr(GBytes) two = NULL;

  g_object_set (project, "title", "Bikes for everyone", NULL);
  tp_project_insert (project, project, TP_LIST_JOURNEYS, -1, second);
  two = export (project, TP_EXPORT_PDF, 1, FALSE);

  /* One page per journey, and the project title as the document title (UTF-16BE). */
  g_assert_true (bytes_contain (two, "%PDF-"));
  g_assert_true (bytes_contain (two, "/Count 2 >>"));
  g_assert_true (bytes_contain (two, "/Title <FEFF00420069006B0065007300200066006F0072002000650076006500720079006F006E0065>"));
  g_assert_true (bytes_contain (one, "/Count 1 >>"));
  g_assert_false (bytes_contain (one, "/Count 2 >>"));
}

/* A small RFC 4180 reader: rows of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          p++;
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p += 2;
        }
      else
        {
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p++);
        }
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static void
test_csv (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  TpPhase *phase = g_ptr_array_index (phases, 1);
  TpLane *lane = g_ptr_array_index (lanes, 0);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *text = NULL;

  /* A title that needs quoting. */
  tp_project_add_card (project, phase, lane, -1, TP_CARD_KIND_ACTIVITY,
                       "Asks \"which size?\", then waits");
  bytes = export (project, TP_EXPORT_CSV, 1, FALSE);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  rows = parse_csv (text);

  g_assert_cmpuint (rows->len, ==, lanes->len + 1);
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==, phases->len + 1);

  for (guint c = 0; c < phases->len; c++)
    g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), c + 1), ==,
                     tp_phase_get_title (g_ptr_array_index (phases, c)));

  for (guint r = 0; r < lanes->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r + 1);

      g_assert_cmpstr (g_ptr_array_index (row, 0), ==,
                       tp_lane_get_title (g_ptr_array_index (lanes, r)));
      for (guint c = 0; c < phases->len; c++)
        {
          g_autoptr(GPtrArray) cards =
            tp_journey_get_cell_cards (journey, g_ptr_array_index (phases, c),
                                       g_ptr_array_index (lanes, r));
          g_auto(GStrv) titles = g_strsplit (g_ptr_array_index (row, c + 1), "\n", -1);
          const char *cell = g_ptr_array_index (row, c + 1);

          if (cards->len == 0)
            {
              g_assert_cmpstr (cell, ==, "");
              continue;
            }
          g_assert_cmpuint (g_strv_length (titles), ==, cards->len);
          for (guint i = 0; i < cards->len; i++)
            g_assert_cmpstr (titles[i], ==, tp_card_get_title (g_ptr_array_index (cards, i)));
        }
    }
  /* Quotes are doubled inside the quoted field. */
  g_assert_nonnull (strstr (text, "Asks \"\"which size?\"\", then waits\""));
}

static void
test_no_journey (void)
{
  g_autoptr(TpProject) project = tp_project_new ();
  TpExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  tp_export_options_init (&options);
  bytes = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, TP_EXPORT_ERROR, TP_EXPORT_ERROR_NO_JOURNEY);
}

static void
test_view_render (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);
  const char *title, *goal;
  TpRect first, second;

  g_assert_true (tp_view_get_journey (view) == journey);
  g_assert_cmpuint (tp_view_get_n_steps (view), ==, 5);
  tp_view_get_step_text (view, 0, &title, &goal);
  g_assert_cmpstr (title, ==, "Discovery");
  tp_view_get_step_rect (view, 0, &first);
  tp_view_get_step_rect (view, 1, &second);
  g_assert_cmpfloat (second.x, >=, first.x + first.width - 1);
  g_assert_cmpfloat (first.y, ==, 0);
  g_assert_cmpfloat (first.height, >, 100);
  tp_view_get_step_text (view, 99, &title, &goal);
  g_assert_cmpstr (title, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/export/view-render", test_view_render);
  g_test_add_func ("/render/export/png-scale", test_png_scale);
  g_test_add_func ("/render/export/png-transparent", test_png_transparent);
  g_test_add_func ("/render/export/png-golden", test_png_golden);
  g_test_add_func ("/render/export/png-wider-than-cairo", test_png_wider_than_cairo);
  g_test_add_func ("/render/export/png-fit-size", test_png_fit_size);
  g_test_add_func ("/render/export/png-bands", test_png_bands);
  g_test_add_func ("/render/export/png-fast-rows", test_png_fast_rows);
  g_test_add_func ("/render/export/svg", test_svg);
  g_test_add_func ("/render/export/pdf-pages", test_pdf_pages);
  g_test_add_func ("/render/export/csv", test_csv);
  g_test_add_func ("/render/export/no-journey", test_no_journey);

  return g_test_run ();
}
