/* test-render-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF export as a person opens it: poppler (pdftoppm) draws each
 * example's page as it draws cairo's PDF of it (what the export wrote before
 * our own writer) and like the PNG export, a map too wide for a page scaled
 * down as cairo's was, pdftotext finds every card title
 * (æøå and äö too: the text is selectable and searchable), every font is
 * embedded as a subset with a ToUnicode map (pdffonts), qpdf --check and
 * poppler find nothing wrong, hostile titles still make a valid file, and
 * the file is written by our own writer, not cairo's PDF surface.
 *
 * Run a second time with FONTCONFIG_FILE naming fonts-cantarell.conf and
 * TP_TEST_PDF_CFF set (see meson.build): the same checks with a CFF font
 * (OpenType, FontFile3).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/tp-format.h"
#include "render/tp-export.h"
#include "render/tp-export-private.h"
#include "render/tp-view.h"
#include "tp-test-journey.h"

/* Poppler draws our PDF and cairo's PDF of the same page (the writer before, still the
 * fallback): channels within this, on this share of the pixels, and of the pixels cairo's
 * inks (text and lines, where a wrong glyph or place shows). Measured: DejaVu Sans (TrueType)
 * 0.991 / 0.92 at least, and with every line of text 0.6 pt too low 0.988 / 0.78 at most
 * (poppler places TrueType glyphs at quarter pixels, and the two writers round positions
 * differently); Cantarell (CFF, TP_TEST_PDF_CFF) 0.999 / 0.995, and 0.6 pt too low 0.995 /
 * 0.95. */
#define CHANNEL_TOLERANCE 40
#define MIN_MATCHING_CAIRO (cff () ? 0.997 : 0.99)
#define MIN_INK_MATCHING_CAIRO (cff () ? 0.98 : 0.90)
/* Against the PNG export, as the SVG test does with librsvg: the PDF's text is laid out
 * without hinted metrics (as in print), the PNG's with them, so lines of text sit up to
 * half a point apart: 0.972 / 0.56 at least; with no text at all 0.96 / 0.31. */
#define MIN_MATCHING 0.97
#define MIN_INK_MATCHING 0.45
/* The page: margin and title block over the view, in points (tp-export-pdf.c). */
#define PDF_MARGIN 36
#define PDF_TITLE_HEIGHT 64

static const char *examples[] = {
  "clothing-store-visit", "hotel-booking", "jewellery-web-shop",
};

static const char *views[] = { TP_VIEW_JOURNEY, TP_VIEW_BLUEPRINT, TP_VIEW_STORE_FLOW, "analysis" };

/* Run with Cantarell as "Sans" (meson.build: test-render-pdf-cff). */
static gboolean
cff (void)
{
  return g_getenv ("TP_TEST_PDF_CFF") != NULL;
}

static gboolean
have (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  return path != NULL;
}

static TpProject *
load_example (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".touchpoint", NULL);
  g_autofree char *path = g_build_filename (EXAMPLES_DIR, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TpProject *project = tp_format_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return project;
}

static GBytes *
export (TpProject      *project,
        TpJourney      *journey,
        const char     *view,
        TpExportFormat  format)
{
  TpExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  tp_export_options_init (&options);
  options.format = format;
  options.journey = journey;
  options.view = view;
  options.date = "2026-01-02";
  bytes = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static char *
write_temp (GBytes     *bytes,
            const char *suffix)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("tp-test-pdf-XXXXXX", &path, &error);
  char *named;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_no_error (error);
  close (fd);
  g_unlink (path);
  named = g_strconcat (path, suffix, NULL);
  g_free (path);
  g_file_set_contents (named, data, size, &error);
  g_assert_no_error (error);
  return named;
}

/* Runs @argv; its output. Fails the test when it fails or says anything on stderr (poppler
 * reports what it had to repair there). */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) || (err != NULL && *err != '\0'))
    g_error ("%s %s: %s", argv[0], argv[1], err);
  return out;
}

static char    *pdf_text    (GBytes     *pdf);
static gboolean  shows_title (const char *text,
                              const char *title);

/* --- drawn like the PNG ---------------------------------------------------------- */

typedef struct {
  double all;   /* share of the pixels within the tolerance */
  double ink;   /* the same, of the pixels dark in the PNG */
} Match;

static Match
compare (cairo_surface_t *drawn,
         cairo_surface_t *exported)
{
  int width = cairo_image_surface_get_width (exported);
  int height = cairo_image_surface_get_height (exported);
  guint64 matching = 0, ink = 0, ink_matching = 0;
  Match match;

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
          int d = 0, luma = ((b[x] >> 16 & 0xff) * 3 + (b[x] >> 8 & 0xff) * 6 + (b[x] & 0xff)) / 10;

          for (int shift = 0; shift < 24; shift += 8)
            d = MAX (d, abs ((int) ((a[x] >> shift) & 0xff) - (int) ((b[x] >> shift) & 0xff)));
          matching += d <= CHANNEL_TOLERANCE;
          if (luma < 110)
            {
              ink++;
              ink_matching += d <= CHANNEL_TOLERANCE;
            }
        }
    }
  match.all = (double) matching / ((double) width * height);
  match.ink = ink > 0 ? (double) ink_matching / ink : 1;
  return match;
}

static cairo_surface_t *
png_surface (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The view's part of the PDF's first page, drawn by poppler at 72 dpi (1 pt = 1 px). */
static cairo_surface_t *
poppler_view (GBytes *pdf,
              int     width,
              int     height)
{
  g_autofree char *path = write_temp (pdf, ".pdf");
  g_autofree char *prefix = g_strconcat (path, "-page", NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  g_autofree char *x = g_strdup_printf ("%d", PDF_MARGIN);
  g_autofree char *y = g_strdup_printf ("%d", PDF_MARGIN + PDF_TITLE_HEIGHT);
  g_autofree char *w = g_strdup_printf ("%d", width);
  g_autofree char *h = g_strdup_printf ("%d", height);
  const char *argv[] = { "pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-x", x, "-y", y, "-W", w, "-H", h,
                         "-png", "-singlefile", path, prefix, NULL };
  g_autofree char *out = run (argv);
  cairo_surface_t *surface = png_surface (png);

  g_unlink (path);
  g_unlink (png);
  return surface;
}

static void
assert_drawn_like_png (TpProject  *project,
                       TpJourney  *journey,
                       const char *view,
                       const char *what)
{
  g_autoptr(GBytes) pdf = export (project, journey, view, TP_EXPORT_PDF);
  g_autoptr(GBytes) png = export (project, journey, view, TP_EXPORT_PNG);
  g_autofree char *png_path = write_temp (png, ".png");
  cairo_surface_t *exported = png_surface (png_path);
  int width = cairo_image_surface_get_width (exported);
  int height = cairo_image_surface_get_height (exported);
  cairo_surface_t *drawn = poppler_view (pdf, width, height);
  Match match = compare (drawn, exported);

  g_test_message ("%s: %.4f of the pixels match, %.4f of the inked ones", what, match.all, match.ink);
  if (match.all < MIN_MATCHING || match.ink < MIN_INK_MATCHING)
    g_error ("%s: poppler draws the PDF unlike the PNG (%.4f of the pixels match, %.4f of the inked ones)",
             what, match.all, match.ink);
  g_unlink (png_path);
  cairo_surface_destroy (drawn);
  cairo_surface_destroy (exported);
}

/* The whole first page, drawn by poppler at 72 dpi, or @width × @height pixels when > 0. */
static cairo_surface_t *
poppler_page (GBytes *pdf,
              int     width,
              int     height)
{
  g_autofree char *path = write_temp (pdf, ".pdf");
  g_autofree char *prefix = g_strconcat (path, "-page", NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  g_autofree char *w = g_strdup_printf ("%d", width);
  g_autofree char *h = g_strdup_printf ("%d", height);
  const char *argv[] = { "pdftoppm", "-f", "1", "-l", "1", "-png", "-singlefile",
                         width > 0 ? "-scale-to-x" : "-r", width > 0 ? w : "72",
                         "-scale-to-y", width > 0 ? h : "-1", path, prefix, NULL };
  g_autofree char *out = run (argv);
  cairo_surface_t *surface = png_surface (png);

  g_unlink (path);
  g_unlink (png);
  return surface;
}

/* Poppler draws the page as it draws cairo's PDF of it (what the export wrote before):
 * the same text in the same places, shapes, colours, pictures. */
static void
assert_drawn_like_cairo (TpProject  *project,
                         TpJourney  *journey,
                         const char *view,
                         const char *what,
                         int         width,
                         int         height)
{
  g_autoptr(GBytes) pdf = export (project, journey, view, TP_EXPORT_PDF);
  g_autoptr(GBytes) cairo_pdf = NULL;
  g_autoptr(GError) error = NULL;
  TpExportOptions options;
  cairo_surface_t *ours, *cairos;
  Match match;

  tp_export_options_init (&options);
  options.format = TP_EXPORT_PDF;
  options.journey = journey;
  options.view = view;
  options.date = "2026-01-02";
  cairo_pdf = _tp_export_pdf_with_cairo (project, &options, &error);
  g_assert_no_error (error);
  ours = poppler_page (pdf, width, height);
  cairos = poppler_page (cairo_pdf, width, height);
  match = compare (ours, cairos);
  g_test_message ("%s: %.4f of the pixels match cairo's PDF, %.4f of the inked ones", what, match.all, match.ink);
  /* Scaled, poppler draws Cantarell's CFF glyphs less alike than at 72 dpi (0.996 / 0.95
   * for the same page): the TrueType bounds then. */
  if (match.all < (width > 0 ? 0.99 : MIN_MATCHING_CAIRO)
      || match.ink < (width > 0 ? 0.90 : MIN_INK_MATCHING_CAIRO))
    g_error ("%s: poppler draws the PDF unlike cairo's (%.4f of the pixels match, %.4f of the inked ones)",
             what, match.all, match.ink);
  cairo_surface_destroy (ours);
  cairo_surface_destroy (cairos);
}

static void
test_examples_like_cairo (void)
{
  if (!have ("pdftoppm"))
    {
      g_test_skip ("pdftoppm (poppler-utils) is not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(TpProject) project = load_example (examples[i]);
      TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autofree char *what = g_strdup_printf ("%s, %s", examples[i], views[v]);
          g_autoptr(TpView) view = tp_view_new (views[v], journey);

          if (view != NULL)
            assert_drawn_like_cairo (project, journey, views[v], what, 0, 0);
        }
    }
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
      g_autofree char *card = g_strdup_printf ("Kort %u på kartet", p + 1);
      TpPhase *phase = tp_test_add_phase (project, journey, id, title, NULL, NULL);

      tp_project_add_card (project, phase, doing, -1, TP_CARD_KIND_ACTIVITY, card);
      tp_project_add_card (project, phase, pain, -1, TP_CARD_KIND_PAIN_POINT, title);
    }
  *out_journey = journey;
  return project;
}

/* A map wider than a PDF page may be is scaled down to fit: text and shapes shrink with
 * it (drawn at the map's own size, like cairo's PDF), and every title is still text. */
static void
test_scaled_page (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = wide_project (80, &journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  double width, height;

  if (!have ("pdftoppm"))
    {
      g_test_skip ("pdftoppm (poppler-utils) is not installed");
      return;
    }
  tp_view_get_size (view, &width, &height);
  g_assert_cmpfloat (width + 2 * PDF_MARGIN, >, TP_EXPORT_MAX_PDF_SIDE);
  assert_drawn_like_cairo (project, journey, TP_VIEW_JOURNEY, "scaled page", (int) (width + 2 * PDF_MARGIN),
                           (int) (height + PDF_TITLE_HEIGHT + 2 * PDF_MARGIN));

  pdf = export (project, journey, TP_VIEW_JOURNEY, TP_EXPORT_PDF);
  text = pdf_text (pdf);
  for (guint p = 1; p <= 80; p++)
    {
      g_autofree char *card = g_strdup_printf ("Kort %u på kartet", p);

      if (!shows_title (text, card))
        g_error ("“%s” is not text in the scaled page:\n%s", card, text);
    }
}

static void
test_examples_like_png (void)
{
  if (!have ("pdftoppm"))
    {
      g_test_skip ("pdftoppm (poppler-utils) is not installed");
      return;
    }
  if (cff ())
    {
      /* The comparison with cairo's PDF checks the CFF font; this one the pages. */
      g_test_skip ("checked with the TrueType font");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(TpProject) project = load_example (examples[i]);
      TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autofree char *what = g_strdup_printf ("%s, %s", examples[i], views[v]);
          g_autoptr(TpView) view = tp_view_new (views[v], journey);

          /* The analysis paints over the title block: not compared. */
          if (view != NULL && strcmp (views[v], "analysis") != 0)
            assert_drawn_like_png (project, journey, views[v], what);
        }
    }
}

static void
test_bike_like_png (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);

  if (!have ("pdftoppm"))
    {
      g_test_skip ("pdftoppm (poppler-utils) is not installed");
      return;
    }
  assert_drawn_like_png (project, journey, TP_VIEW_JOURNEY, "bike");
}

/* --- text ------------------------------------------------------------------------- */

/* Whitespace collapsed, as a search sees it. */
static char *
collapse (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f\r", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        if (joined->len > 0)
          g_string_append_c (joined, ' ');
        g_string_append (joined, words[i]);
      }
  return g_string_free (joined, FALSE);
}

/* Whether @text has @title whole: a title cut short by an ellipsis carries the text it
 * hides (ActualText), so a search finds all of it. */
static gboolean
shows_title (const char *text,
             const char *title)
{
  g_autofree char *wanted = collapse (title);

  return strstr (text, wanted) != NULL;
}

static char *
pdf_text (GBytes *pdf)
{
  g_autofree char *path = write_temp (pdf, ".pdf");
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = run (argv);

  g_unlink (path);
  return collapse (out);
}

static void
test_titles_are_text (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_JOURNEY, journey);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  guint n_checked = 0;

  if (!have ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_object_set (project, "title", "Sykkelkjøp i Tromsø", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 0), "title", "Blåbærsyltetøy på smørbrød", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 1), "title", "Hämtar cykeln på närmaste ombud", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 2), "title",
                  "Compares (three) shops & their \\ \"delivery\" times before deciding anything at all "
                  "about which bike to buy this spring", NULL);
  pdf = export (project, NULL, NULL, TP_EXPORT_PDF);
  text = pdf_text (pdf);

  g_assert_true (shows_title (text, "Sykkelkjøp i Tromsø"));
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
      if (!shows_title (text, title))
        g_error ("card title “%s” is not text in the PDF:\n%s", title, text);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, cards->len / 2);
  g_assert_true (shows_title (text, "Blåbærsyltetøy på smørbrød"));
  g_assert_true (shows_title (text, "Hämtar cykeln på närmaste ombud"));
  for (guint i = 0; i < tp_journey_get_phases (journey)->len; i++)
    g_assert_true (shows_title (text, tp_phase_get_title (g_ptr_array_index (tp_journey_get_phases (journey), i))));
}

/* Every font embedded, as a subset, with a ToUnicode map; CID fonts (Type0). */
static void
test_fonts_embedded (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) pdf = export (project, NULL, NULL, TP_EXPORT_PDF);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  if (!have ("pdffonts"))
    {
      g_test_skip ("pdffonts (poppler-utils) is not installed");
      return;
    }
  path = write_temp (pdf, ".pdf");
  {
    const char *argv[] = { "pdffonts", path, NULL };

    out = run (argv);
  }
  g_unlink (path);
  lines = g_strsplit (out, "\n", -1);
  /* name  type  encoding  emb sub uni  object ID */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      if (strstr (lines[i], "Identity-H") == NULL || strstr (lines[i], " yes yes yes ") == NULL
          || strstr (lines[i], cff () ? "CID Type 0C (OT)" : "CID TrueType") == NULL)
        g_error ("a font not embedded as a subset with its text:\n%s", out);
      g_test_message ("%s", lines[i]);
      n_fonts++;
    }
  /* Bold and regular at least. */
  g_assert_cmpuint (n_fonts, >=, 2);
}

/* --- valid ------------------------------------------------------------------------ */

static void
assert_valid (GBytes     *pdf,
              const char *what)
{
  g_autofree char *path = write_temp (pdf, ".pdf");
  const char *info[] = { "pdfinfo", path, NULL };
  const char *text[] = { "pdftotext", path, "/dev/null", NULL };
  const char *check[] = { "qpdf", "--check", path, NULL };

  g_test_message ("%s", what);
  g_free (run (info));
  g_free (run (text));
  if (have ("qpdf"))
    g_free (run (check));
  g_unlink (path);
}

static void
test_valid (void)
{
  if (!have ("pdfinfo"))
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  if (!have ("qpdf"))
    g_test_message ("qpdf is not installed: checked with poppler only");
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(TpProject) project = load_example (examples[i]);
      TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autoptr(TpView) view = tp_view_new (views[v], journey);
          g_autoptr(GBytes) pdf = NULL;
          g_autofree char *what = g_strdup_printf ("%s, %s", examples[i], views[v]);

          if (view == NULL)
            continue;
          /* Every journey, a page each. */
          pdf = export (project, NULL, views[v], TP_EXPORT_PDF);
          assert_valid (pdf, what);
        }
    }
}

/* Whether @needle is in @data: the streams hold NUL bytes, where g_strstr_len () stops. */
static gboolean
bytes_contain (const char *data,
               gsize       size,
               const char *needle)
{
  gsize length = strlen (needle);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;
  return FALSE;
}

/* Our writer, not cairo's PDF surface, writes every view of the examples (the floor plan's
 * picture too): cairo's names itself as the producer. */
static void
test_written_directly (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(TpProject) project = load_example (examples[i]);
      TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autoptr(TpView) view = tp_view_new (views[v], journey);
          g_autoptr(GBytes) pdf = NULL;
          gsize size;
          const char *data;

          if (view == NULL)
            continue;
          pdf = export (project, NULL, views[v], TP_EXPORT_PDF);
          data = g_bytes_get_data (pdf, &size);
          g_assert_true (size > 8 && memcmp (data, "%PDF-1.", 7) == 0);
          if (bytes_contain (data, size, "cairo"))
            g_error ("%s, %s: written by cairo's PDF surface", examples[i], views[v]);
        }
    }
}

/* Titles nobody means to write still make a valid PDF with the rest of the text in it. */
static void
test_hostile (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  GString *huge = g_string_new (NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  if (!have ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  for (int i = 0; i < 20000; i++)
    g_string_append (huge, i % 7 == 0 ? "æ (x) \\ " : "W");
  g_object_set (project, "title", huge->str, NULL);
  tp_project_set (project, g_ptr_array_index (cards, 0), "title", huge->str, NULL);
  tp_project_set (project, g_ptr_array_index (cards, 1), "title", "\xcc\x81\xcc\x8a\xcc\x88 marks alone", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 2), "title", "שלום עולם and مرحبا", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 3), "title", "tab\there\nnew line \xe2\x80\x8b zero width", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 4), "title", "日本語のタイトル 😀", NULL);
  tp_project_set (project, g_ptr_array_index (cards, 5), "title", ")(<>[]{}/%#endstream endobj", NULL);
  g_string_free (huge, TRUE);

  pdf = export (project, NULL, NULL, TP_EXPORT_PDF);
  assert_valid (pdf, "hostile titles");
  text = pdf_text (pdf);
  g_assert_true (shows_title (text, ")(<>[]{}/%#endstream endobj"));
  g_assert_nonnull (strstr (text, "marks alone"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/pdf/titles-are-text", test_titles_are_text);
  g_test_add_func ("/render/pdf/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/render/pdf/bike-like-png", test_bike_like_png);
  g_test_add_func ("/render/pdf/examples-like-png", test_examples_like_png);
  g_test_add_func ("/render/pdf/examples-like-cairo", test_examples_like_cairo);
  g_test_add_func ("/render/pdf/scaled-page", test_scaled_page);
  g_test_add_func ("/render/pdf/valid", test_valid);
  g_test_add_func ("/render/pdf/written-directly", test_written_directly);
  g_test_add_func ("/render/pdf/hostile", test_hostile);

  return g_test_run ();
}
