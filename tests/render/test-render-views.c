/* test-render-views.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view interface: the journey map implements it, and a view made here,
 * in the test, is presented and exported (PNG, SVG, PDF, CSV) without any
 * change to presentation or export — which is how the blueprint and the
 * store flow plug in.
 */

#include "config.h"

#include <string.h>

#include "render/tp-export.h"
#include "render/tp-presentation-paint.h"
#include "render/tp-view.h"
#include "render/tp-view-base.h"
#include "tp-test-journey.h"

/* --- A view of three coloured steps, 100 × 100 each ---------------------- */

#define TEST_TYPE_STRIP (test_strip_get_type ())
G_DECLARE_FINAL_TYPE (TestStrip, test_strip, TEST, STRIP, GObject)

struct _TestStrip
{
  GObject    parent_instance;
  TpJourney *journey;
};

static const double step_colours[3][3] = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
static const char *step_titles[3] = { "Red", "Green", "Blue" };

static void strip_iface_init (TpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestStrip, test_strip, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TP_TYPE_VIEW, strip_iface_init))

static void
test_strip_finalize (GObject *object)
{
  g_clear_object (&TEST_STRIP (object)->journey);
  G_OBJECT_CLASS (test_strip_parent_class)->finalize (object);
}

static void
test_strip_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  g_value_set_object (value, TEST_STRIP (object)->journey);
}

static void
test_strip_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  g_set_object (&TEST_STRIP (object)->journey, g_value_get_object (value));
}

static void
test_strip_class_init (TestStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = test_strip_finalize;
  object_class->get_property = test_strip_get_property;
  object_class->set_property = test_strip_set_property;
  g_object_class_override_property (object_class, 1, "journey");
}

static void
test_strip_init (TestStrip *self)
{
}

static void
strip_get_size (TpView *view, double *width, double *height)
{
  *width = 300;
  *height = 100;
}

static guint
strip_get_n_steps (TpView *view)
{
  return 3;
}

static void
strip_get_step_rect (TpView *view, guint step, TpRect *rect)
{
  *rect = (TpRect) { step * 100.0, 0, 100, 100 };
}

static void
strip_get_step_text (TpView *view, guint step, const char **title, const char **goal)
{
  *title = step_titles[step];
  *goal = "";
}

static void
strip_paint (TpView *view, cairo_t *cr, const TpViewPaintOptions *options)
{
  for (guint step = 0; step < 3; step++)
    {
      double veil = options->spotlight_step >= 0 && options->spotlight_step != (int) step ? 0.25 : 1;

      cairo_set_source_rgb (cr, step_colours[step][0] * veil, step_colours[step][1] * veil,
                            step_colours[step][2] * veil);
      cairo_rectangle (cr, step * 100.0, 0, 100, 100);
      cairo_fill (cr);
    }
}

static gboolean
strip_get_elements_rect (TpView *view, GPtrArray *elements, TpRect *rect)
{
  *rect = (TpRect) { 100, 0, 100, 100 };
  return elements->len > 0;
}

static GPtrArray *
strip_get_table (TpView *view)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *head[] = { "Step", "Colour", NULL };
  const char *row[] = { "1", "red, of course", NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) head));
  g_ptr_array_add (rows, g_strdupv ((char **) row));
  return rows;
}

static void
strip_iface_init (TpViewInterface *iface)
{
  iface->get_size = strip_get_size;
  iface->get_n_steps = strip_get_n_steps;
  iface->get_step_rect = strip_get_step_rect;
  iface->get_step_text = strip_get_step_text;
  iface->paint = strip_paint;
  iface->get_elements_rect = strip_get_elements_rect;
  iface->get_table = strip_get_table;
}

/* --- Tests ---------------------------------------------------------------- */

static void
pixel_at (cairo_surface_t *surface, int x, int y, guint8 rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 p = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = (p >> 16) & 0xff;
  rgb[1] = (p >> 8) & 0xff;
  rgb[2] = p & 0xff;
}

typedef struct {
  const guint8 *data;
  gsize         size;
  gsize         offset;
} Reader;

static cairo_status_t
read_bytes (void *closure, unsigned char *out, unsigned int length)
{
  Reader *reader = closure;

  if (reader->offset + length > reader->size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_registry (void)
{
  const char * const *names = tp_view_list ();
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpView) none = NULL;
  g_autoptr(TpView) strip = NULL;

  g_assert_cmpstr (names[0], ==, TP_VIEW_JOURNEY);
  g_assert_true (g_strv_contains (names, "test-strip"));
  g_assert_true (tp_view_exists ("test-strip"));
  g_assert_false (tp_view_exists ("no-such-view"));
  g_assert_cmpstr (tp_view_get_title (TP_VIEW_JOURNEY), ==, "Journey Map");

  none = tp_view_new ("no-such-view", journey);
  g_assert_null (none);
  strip = tp_view_new ("test-strip", journey);
  g_assert_true (TEST_IS_STRIP (strip));
  g_assert_true (tp_view_get_journey (strip) == journey);
  g_assert_cmpstr (tp_view_get_name (strip), ==, "test-strip");

  /* The views that ship share one base for their journey. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(TpView) view = NULL;
      g_autoptr(TpJourney) read = NULL;

      if (g_str_equal (names[i], "test-strip"))
        continue;
      view = tp_view_new (names[i], journey);
      g_assert_true (TP_IS_VIEW_BASE (view));
      g_assert_true (tp_view_get_journey (view) == journey);
      g_object_get (view, "journey", &read, NULL);
      g_assert_true (read == journey);
      g_assert_cmpstr (tp_view_get_name (view), ==, names[i]);
    }
}

static void
test_journey_map (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(TpView) view = tp_view_new (NULL, journey);
  g_autoptr(GPtrArray) table = NULL;
  g_autofree double *breaks = NULL;
  double width, height, left, top;
  guint n_breaks, n_visible = 0;
  TpRect step, header;

  g_assert_cmpstr (tp_view_get_name (view), ==, TP_VIEW_JOURNEY);
  tp_view_get_size (view, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);
  g_assert_cmpuint (tp_view_get_n_steps (view), ==, tp_journey_get_phases (journey)->len);

  /* The table holds every lane, hidden ones too, under a row of phases. */
  table = tp_view_get_table (view);
  g_assert_cmpuint (table->len, ==, tp_journey_get_lanes (journey)->len + 1);
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (table, 0)), ==,
                    tp_journey_get_phases (journey)->len + 1);

  /* Pages break between the visible lanes; headers pin above and beside. */
  for (guint i = 0; i < tp_journey_get_lanes (journey)->len; i++)
    if (!tp_lane_get_hidden_in_map (g_ptr_array_index (tp_journey_get_lanes (journey), i)))
      n_visible++;
  breaks = tp_view_get_step_breaks (view, 0, &n_breaks);
  g_assert_nonnull (breaks);
  g_assert_cmpuint (n_breaks, ==, n_visible + 1);
  for (guint i = 1; i < n_breaks; i++)
    g_assert_cmpfloat (breaks[i], >, breaks[i - 1]);
  tp_view_get_pin_bands (view, &left, &top);
  g_assert_cmpfloat (left, >, 0);
  g_assert_cmpfloat (top, >, 0);
  tp_view_get_step_rect (view, 1, &step);
  tp_view_get_step_header (view, 1, &header);
  g_assert_cmpfloat (header.x, ==, step.x);
  g_assert_cmpfloat (header.height, ==, top);
}

static void
test_export_through_interface (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  TpExportOptions options;
  cairo_surface_t *surface;
  Reader reader = { 0 };
  guint8 rgb[3];
  gsize size;
  const char *text;

  tp_export_options_init (&options);
  options.journey = journey;
  options.view = "test-strip";
  png = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  reader.data = g_bytes_get_data (png, &reader.size);
  surface = cairo_image_surface_create_from_png_stream (read_bytes, &reader);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 300);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 100);
  for (guint step = 0; step < 3; step++)
    {
      pixel_at (surface, 50 + 100 * step, 50, rgb);
      for (guint k = 0; k < 3; k++)
        g_assert_cmpuint (rgb[k], ==, step_colours[step][k] * 255);
    }
  cairo_surface_destroy (surface);

  options.format = TP_EXPORT_SVG;
  svg = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (svg, &size);
  g_assert_nonnull (g_strstr_len (text, size, "width=\"300"));

  options.format = TP_EXPORT_PDF;
  pdf = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (pdf, &size);
  g_assert_true (size > 5 && memcmp (text, "%PDF-", 5) == 0);

  options.format = TP_EXPORT_CSV;
  csv = tp_export_to_bytes (project, &options, NULL, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (csv, &size);
  g_assert_cmpmem (text, size, "Step,Colour\r\n1,\"red, of course\"\r\n", 33);
}

static void
test_presentation_through_interface (void)
{
  TpJourney *journey = NULL;
  g_autoptr(TpProject) project = tp_test_bike_journey_new (&journey);
  TpPresentationPainter *painter = tp_presentation_painter_new ("test-strip", journey);
  TpPresentationFrame frame = { 0 };
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  TpRect area;
  guint8 spot[3], veiled[3];

  /* The overview, then each step whole: the view has no breaks. */
  g_assert_cmpuint (tp_presentation_painter_get_n_steps (painter), ==, 4);
  g_assert_cmpuint (tp_presentation_painter_get_n_phases (painter), ==, 3);
  tp_presentation_painter_get_caption (painter, 2, &title, NULL);
  g_assert_cmpstr (title, ==, "Green");
  tp_presentation_painter_get_step_area (painter, 2, &area);
  g_assert_cmpfloat (area.x, <=, 100);
  g_assert_cmpfloat (area.x + area.width, >=, 200);

  /* At rest on the second step, the green one is spotlit and the others veiled. */
  frame.from_step = frame.to_step = 2;
  frame.progress = 1;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cr = cairo_create (surface);
  tp_presentation_painter_paint (painter, cr, 1920, 1080, &frame);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel_at (surface, 960, 300, spot);
  g_assert_cmpuint (spot[1], ==, 255);
  g_assert_cmpuint (spot[0], ==, 0);
  for (int x = 0; x < 1920; x += 4)
    {
      pixel_at (surface, x, 300, veiled);
      g_assert_false (veiled[0] == 255 && veiled[1] == 0 && veiled[2] == 0);
      g_assert_false (veiled[0] == 0 && veiled[1] == 0 && veiled[2] == 255);
    }
  cairo_surface_destroy (surface);

  tp_presentation_painter_free (painter);
}

/* Every member is set: a caller's stack garbage in min_card_text_px once made exports drop the
 * text of cards at random. */
static void
test_paint_options_init (void)
{
  TpViewPaintOptions options;

  memset (&options, 0xff, sizeof options);
  tp_view_paint_options_init (&options);
  g_assert_null (options.theme);
  g_assert_cmpint (options.spotlight_step, ==, -1);
  g_assert_cmpfloat (options.scale, ==, 1.0);
  g_assert_null (options.clip);
  g_assert_false (options.transparent);
  g_assert_null (options.font_options);
  g_assert_cmpfloat (options.min_card_text_px, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  tp_view_register ("test-strip", "Test Strip", TEST_TYPE_STRIP);

  g_test_add_func ("/view/registry", test_registry);
  g_test_add_func ("/view/paint-options-init", test_paint_options_init);
  g_test_add_func ("/view/journey-map", test_journey_map);
  g_test_add_func ("/view/export", test_export_through_interface);
  g_test_add_func ("/view/presentation", test_presentation_through_interface);

  return g_test_run ();
}
