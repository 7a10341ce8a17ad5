/* test-ui-personas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Personas and journeys in the editor window: the "Add Persona" and "Add
 * Journey" buttons (named exactly so for screen readers), the persona
 * editor in the inspector with its photo, the journey menu's commands —
 * each edit one undo step that brings back exactly what was there.
 */

#include "config.h"

#include <string.h>

#include "io/tp-format.h"
#include "render/tp-analysis-view.h"
#include "render/tp-export.h"
#include "render/tp-presentation-paint.h"
#include "ui/tp-analysis-page.h"
#include "ui/tp-csv-import-dialog.h"
#include "ui/tp-inspector.h"
#include "ui/tp-outline.h"
#include "tp-ui-test.h"

/* A 1 × 1 PNG. */
static const guint8 tiny_png[] = {
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
  0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
  0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

/* The button whose accessible name is @label, as a screen reader finds it (menu items of the
 * same name are labels, not buttons). */
static GtkWidget *
find_labelled (GtkWidget  *widget,
               const char *label)
{
  g_autofree char *mismatch = NULL;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  if (mismatch == NULL && (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
activate (TpWindow   *window,
          const char *action,
          GVariant   *param)
{
  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (window), action))
    g_error ("%s is disabled", action);
  g_action_group_activate_action (G_ACTION_GROUP (window), action, param);
  tp_ui_test_spin ();
}

static GBytes *
saved (TpWindow *window)
{
  return tp_format_save_to_bytes (tp_window_get_project (window));
}

/* One undo brings back exactly @before. */
static void
assert_one_undo_step (TpWindow *window,
                      GBytes   *before)
{
  g_autoptr(GBytes) after = NULL;

  activate (window, "undo", NULL);
  after = saved (window);
  g_assert_true (g_bytes_equal (before, after));
  activate (window, "redo", NULL);
}

static void
test_buttons_named (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  GtkWidget *button;
  const char *names[] = { "Add Persona", "Add Journey", "Present" };

  if (g_strcmp0 (g_getenv ("GTK_A11Y"), "test") != 0)
    {
      g_test_skip ("needs GTK_A11Y=test");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      button = find_labelled (GTK_WIDGET (window), names[i]);
      if (button == NULL || !GTK_IS_BUTTON (button))
        g_error ("“%s” is %s, not a button", names[i],
                 button != NULL ? G_OBJECT_TYPE_NAME (button) : "missing");
      g_assert_nonnull (gtk_widget_get_tooltip_text (button));
      /* Named by that label alone: a labelled-by relation to its visible text (as
       * AdwButtonContent makes) has screen readers say "Present Present". */
      if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        g_error ("“%s” is also labelled by its text", names[i]);
    }
  g_assert_true (GTK_IS_MENU_BUTTON (find_labelled (GTK_WIDGET (window),
                                                    "Choose the template of the journey to add")));
  g_assert_true (GTK_IS_MENU_BUTTON (find_labelled (GTK_WIDGET (window), "Journey menu")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_persona_editor (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpSelection *selection = tp_window_get_selection (window);
  TpInspector *inspector = TP_INSPECTOR (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR));
  GPtrArray *personas = tp_project_get_personas (project);
  g_autoptr(GBytes) before = saved (window);
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autoptr(GBytes) gif = g_bytes_new_static ("GIF89a\x01\x00\x01\x00", 10);
  g_autoptr(GError) error = NULL;
  TpPersona *persona;
  GtkWidget *name;

  /* Add Persona: a persona, shown in the inspector, in one undo step. */
  activate (window, "add-persona", NULL);
  g_assert_cmpuint (personas->len, ==, 1);
  persona = g_ptr_array_index (personas, 0);
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (persona));
  tp_ui_test_spin ();
  g_assert_true (tp_inspector_get_element (inspector) == TP_ELEMENT (persona));
  assert_one_undo_step (window, before);

  /* Typing its name is one step; so are goals (one a line). */
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  name = tp_inspector_get_field (inspector, "name");
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "First");
  gtk_editable_set_text (GTK_EDITABLE (name), "First-time buyer");
  g_assert_cmpstr (tp_persona_get_name (persona), ==, "First-time buyer");
  assert_one_undo_step (window, before);
  {
    GtkWidget *goals = tp_inspector_get_field (inspector, "goals");
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (goals));

    gtk_text_buffer_set_text (buffer, "Find the right size\n\n  Pay quickly \n", -1);
    g_assert_cmpuint (g_strv_length ((GStrv) tp_persona_get_goals (persona)), ==, 2);
    g_assert_cmpstr (tp_persona_get_goals (persona)[1], ==, "Pay quickly");
  }

  /* A photo: a PNG is taken in one step; a GIF is refused and changes nothing. */
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  g_assert_true (tp_inspector_set_photo (inspector, png, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tp_persona_get_photo_type (persona), ==, "image/png");
  assert_one_undo_step (window, before);
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  g_assert_false (tp_inspector_set_photo (inspector, gif, &error));
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_BAD_IMAGE);
  {
    g_autoptr(GBytes) after = saved (window);

    g_assert_true (g_bytes_equal (before, after));
  }

  /* Delete Persona: the journey drawn for it is repaired in the same step. */
  tp_project_set (project, tp_window_get_journey (window),
                  "persona", tp_element_get_id (TP_ELEMENT (persona)), NULL);
  tp_selection_set_one (selection, TP_ELEMENT (persona));
  tp_ui_test_spin ();
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  activate (window, "delete-persona", NULL);
  g_assert_cmpuint (personas->len, ==, 0);
  g_assert_null (tp_journey_get_persona (tp_window_get_journey (window)));
  assert_one_undo_step (window, before);
  activate (window, "undo", NULL);
  g_assert_cmpuint (personas->len, ==, 1);

  /* Duplicate Persona from the outline's Ctrl+D. */
  tp_selection_set_one (selection, g_ptr_array_index (personas, 0));
  tp_ui_test_spin ();
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  activate (window, "duplicate", NULL);
  g_assert_cmpuint (personas->len, ==, 2);
  assert_one_undo_step (window, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
outline_shows (TpWindow  *window,
               TpElement *element)
{
  TpOutline *outline = TP_OUTLINE (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_OUTLINE));
  GListModel *rows = tp_outline_get_model (outline);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if ((gpointer) item == (gpointer) element)
        return TRUE;
    }
  return FALSE;
}

static void
test_journey_commands (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  GPtrArray *journeys = tp_project_get_journeys (project);
  TpJourney *first = g_ptr_array_index (journeys, 0);
  g_autoptr(GBytes) before = saved (window);
  TpJourney *journey;

  /* Delete Journey needs another journey to show. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "delete-journey"));

  /* From any template: the new journey is shown. */
  activate (window, "add-journey-from-template", g_variant_new_string ("blueprint"));
  g_assert_cmpuint (journeys->len, ==, 2);
  journey = g_ptr_array_index (journeys, 1);
  g_assert_cmpint (tp_journey_get_lens (journey), ==, TP_LENS_BLUEPRINT);
  g_assert_true (tp_window_get_journey (window) == journey);
  g_assert_true (outline_shows (window, TP_ELEMENT (journey)));
  assert_one_undo_step (window, before);

  /* Make Future State of the first journey. */
  tp_window_set_journey (window, first);
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  activate (window, "make-future-state", NULL);
  g_assert_cmpuint (journeys->len, ==, 3);
  journey = tp_window_get_journey (window);
  g_assert_true (g_ptr_array_index (journeys, 1) == journey);
  g_assert_cmpint (tp_journey_get_state (journey), ==, TP_JOURNEY_STATE_FUTURE);
  g_assert_cmpstr (tp_journey_get_current_state (journey), ==,
                   tp_element_get_id (TP_ELEMENT (first)));
  assert_one_undo_step (window, before);

  /* Duplicate, move and delete, each one step. */
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  activate (window, "duplicate-journey", NULL);
  g_assert_cmpuint (journeys->len, ==, 4);
  assert_one_undo_step (window, before);

  journey = tp_window_get_journey (window);
  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  activate (window, "move-journey-up", NULL);
  g_assert_cmpint (tp_element_get_index (TP_ELEMENT (journey)), ==, 1);
  assert_one_undo_step (window, before);

  g_clear_pointer (&before, g_bytes_unref);
  before = saved (window);
  activate (window, "delete-journey", NULL);
  g_assert_cmpuint (journeys->len, ==, 3);
  g_assert_true (tp_window_get_journey (window) != journey);
  assert_one_undo_step (window, before);

  /* Rename: the inspector shows the journey with its title field focused. */
  activate (window, "rename-journey", NULL);
  g_assert_true (tp_selection_get_primary (tp_window_get_selection (window))
                 == TP_ELEMENT (tp_window_get_journey (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A 160 × 160 portrait-like PNG, drawn here so the test needs no file. */
static GBytes *
make_photo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 160, 160);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) pixels = NULL;
  GBytes *bytes;

  cairo_set_source_rgb (cr, 0.55, 0.75, 0.9);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.3, 0.5);
  cairo_arc (cr, 80, 170, 70, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.93, 0.76, 0.62);
  cairo_arc (cr, 80, 70, 38, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface) * 160);
  texture = gdk_memory_texture_new (160, 160, GDK_MEMORY_DEFAULT, pixels,
                                    cairo_image_surface_get_stride (surface));
  bytes = gdk_texture_save_to_png_bytes (texture);
  cairo_surface_destroy (surface);

  return bytes;
}

/* Renders @window to @name in the build folder; returns the mean luminance. */
static double
render_window (gpointer    window,
               const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;
  g_autofree guchar *data = NULL;
  double sum = 0;

  tp_ui_test_sleep (800);
  texture = tp_ui_test_render (GTK_WIDGET (window));
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);

  data = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    sum += (0.0722 * data[i * 4] + 0.7152 * data[i * 4 + 1] + 0.2126 * data[i * 4 + 2]) / 255.0;

  return sum / ((double) width * height);
}

/* The persona editor with a photo, light and dark (persona-light.png, persona-dark.png). */
static void
test_persona_screenshots (void)
{
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  const char *names[] = { "persona-light.png", "persona-dark.png" };

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      TpWindow *window;
      TpProject *project;
      TpPersona *persona;
      TpInspector *inspector;
      g_autoptr(GBytes) photo = make_photo ();
      const char *goals[] = { "Find a ring that fits", "Know it arrives before the wedding", NULL };
      const char *frustrations[] = { "Hidden shipping costs", "Sizes that differ by brand", NULL };
      double luminance;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[s]);
      window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
      gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
      gtk_window_present (GTK_WINDOW (window));
      project = tp_window_get_project (window);
      activate (window, "add-persona", NULL);
      persona = g_ptr_array_index (tp_project_get_personas (project), 0);
      tp_project_set (project, persona,
                      "name", "Ingrid, first-time buyer",
                      "description", "Buys an engagement ring online for the first time; "
                                     "compares shops on her phone in the evening.",
                      "goals", goals, "frustrations", frustrations, NULL);
      tp_project_set (project, tp_window_get_journey (window),
                      "persona", tp_element_get_id (TP_ELEMENT (persona)), NULL);
      tp_ui_test_spin ();
      inspector = TP_INSPECTOR (tp_ui_test_find_widget (GTK_WIDGET (window), TP_TYPE_INSPECTOR));
      g_assert_true (tp_inspector_set_photo (inspector, photo, NULL));
      tp_ui_test_spin ();

      luminance = render_window (window, names[s]);
      if (s == 0)
        g_assert_cmpfloat (luminance, >, 0.6);
      else
        g_assert_cmpfloat (luminance, <, 0.4);
      gtk_window_destroy (GTK_WINDOW (window));
      tp_ui_test_spin ();
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static TpWindow *
open_example (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  tp_window_load_file (window, file);
  for (guint i = 0; i < 2000 && tp_window_get_project (window) == NULL; i++)
    tp_ui_test_sleep (5);
  g_assert_nonnull (tp_window_get_project (window));
  tp_ui_test_sleep (300);

  return window;
}

static TpAnalysisPage *
show_analysis (TpWindow  *window,
               TpJourney *journey)
{
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  tp_window_set_journey (window, journey);
  adw_view_stack_set_visible_child_name (stack, "analysis");
  tp_ui_test_sleep (300);
  return TP_ANALYSIS_PAGE (tp_ui_test_find_widget (adw_view_stack_get_visible_child (stack),
                                        TP_TYPE_ANALYSIS_PAGE));
}

/* Every mark of the analysis is clickable: a click selects the card, and the journey map shows
 * it on a double click. */
static void
test_analysis_click_selects (void)
{
  TpWindow *window = open_example ("jewellery-web-shop.touchpoint");
  TpProject *project = tp_window_get_project (window);
  TpSelection *selection = tp_window_get_selection (window);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpAnalysisPage *page = show_analysis (window, journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  AdwViewStack *stack = ADW_VIEW_STACK (tp_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  guint n_clicked = 0;

  g_assert_true (TP_IS_ANALYSIS_PAGE (page));
  tp_selection_clear (selection);
  for (guint kind = 0; kind < 2; kind++)
    for (guint i = 0; i < cards->len; i++)
      {
        TpCard *card = g_ptr_array_index (cards, i);
        double x, y;

        if (tp_card_get_kind (card) != (kind == 0 ? TP_CARD_KIND_PAIN_POINT
                                                  : TP_CARD_KIND_OPPORTUNITY))
          continue;
        if (!tp_analysis_page_get_point (page, TP_ELEMENT (card), &x, &y))
          continue;
        tp_canvas_scroll_to (TP_CANVAS (page), TP_ELEMENT (card));
        tp_ui_test_spin ();
        g_assert_true (tp_analysis_page_get_point (page, TP_ELEMENT (card), &x, &y));
        tp_canvas_press (TP_CANVAS (page), x, y, 0);
        tp_canvas_release (TP_CANVAS (page), x, y);
        tp_ui_test_spin ();
        if (tp_selection_get_primary (selection) != TP_ELEMENT (card))
          g_error ("a click on the mark of “%s” selected %s", tp_card_get_title (card),
                   tp_selection_get_primary (selection) != NULL
                   ? G_OBJECT_TYPE_NAME (tp_selection_get_primary (selection)) : "nothing");
        n_clicked++;
        break;
      }
  /* A pain point on the Pareto chart and an opportunity on the matrix. */
  g_assert_cmpuint (n_clicked, ==, 2);

  /* Enter: the journey map shows the selected card. */
  g_signal_emit_by_name (page, "show-in-map");
  tp_ui_test_spin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "journey");
  g_assert_true (TP_IS_CARD (tp_selection_get_primary (selection)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Where the part of the analysis titled @title begins (map units). */
static double
step_top (TpJourney  *journey,
          const char *title)
{
  g_autoptr(TpView) view = tp_view_new (TP_VIEW_ANALYSIS, journey);

  for (guint i = 0; i < tp_view_get_n_steps (view); i++)
    {
      const char *step_title, *goal;
      TpRect rect;

      tp_view_get_step_text (view, i, &step_title, &goal);
      tp_view_get_step_rect (view, i, &rect);
      if (g_strcmp0 (step_title, title) == 0)
        return rect.y - 8;
    }
  g_error ("the analysis has no part “%s”", title);
  return 0;
}

/* The analysis of the future state: the emotion lines of the project's journeys overlaid and
 * the comparison with its current state, light and dark (analysis-*.png). */
static void
test_analysis_screenshots (void)
{
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  const char *scheme_names[] = { "light", "dark" };

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      TpWindow *window;
      TpJourney *future = NULL;
      TpAnalysisPage *page;
      GPtrArray *journeys;
      g_autofree char *overlay = g_strdup_printf ("analysis-overlay-%s.png", scheme_names[s]);
      g_autofree char *compare = g_strdup_printf ("analysis-compare-%s.png", scheme_names[s]);
      double luminance;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[s]);
      window = open_example ("jewellery-web-shop.touchpoint");
      journeys = tp_project_get_journeys (tp_window_get_project (window));
      for (guint j = 0; j < journeys->len && future == NULL; j++)
        if (tp_journey_get_state (g_ptr_array_index (journeys, j)) == TP_JOURNEY_STATE_FUTURE)
          future = g_ptr_array_index (journeys, j);
      g_assert_nonnull (future);
      page = show_analysis (window, future);
      tp_canvas_set_zoom (TP_CANVAS (page), 0.75);

      tp_canvas_set_scroll (TP_CANVAS (page), 0, step_top (future, "Emotion across journeys"));
      luminance = render_window (window, overlay);
      g_assert_cmpfloat (s == 0 ? luminance : 1 - luminance, >, 0.6);
      tp_canvas_set_scroll (TP_CANVAS (page), 0, step_top (future, "Changes from the current state"));
      render_window (window, compare);

      gtk_window_destroy (GTK_WINDOW (window));
      tp_ui_test_spin ();
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
collect_buttons (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, type, found);
}

static guint
n_overlaid (TpAnalysisPage *page)
{
  TpPhaseAlignment *alignment = tp_analysis_view_get_overlay (tp_analysis_page_get_view (page));

  return alignment != NULL ? alignment->n_journeys : 0;
}

/* Emotion Overlay over the analysis chooses the journeys whose emotion lines are overlaid with
 * the shown one's: check boxes named by persona and journey (the future state said so), "Same
 * Persona" for current vs future, "All Journeys"; with none left the part goes. Not in the file,
 * no undo step. Screenshots of the choice and of the overlay it gives, light and dark. */
static void
test_overlay_choice (void)
{
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  const char *scheme_names[] = { "light", "dark" };

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      TpWindow *window;
      TpProject *project;
      GPtrArray *journeys;
      TpJourney *today, *tomorrow, *anniversary;
      TpAnalysisPage *page;
      GtkMenuButton *button = NULL;
      GtkWidget *popover;
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
      g_autoptr(GPtrArray) checks = g_ptr_array_new ();
      g_autoptr(GPtrArray) presets = g_ptr_array_new ();
      g_autofree char *choice = g_strdup_printf ("overlay-choice-%s.png", scheme_names[s]);
      g_autofree char *chosen = g_strdup_printf ("overlay-chosen-%s.png", scheme_names[s]);
      GtkCheckButton *future_check = NULL, *other_check = NULL;
      guint n_steps;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[s]);
      window = open_example ("jewellery-web-shop.touchpoint");
      project = tp_window_get_project (window);
      journeys = tp_project_get_journeys (project);
      g_assert_cmpuint (journeys->len, ==, 3);
      today = g_ptr_array_index (journeys, 0);
      tomorrow = g_ptr_array_index (journeys, 1);
      anniversary = g_ptr_array_index (journeys, 2);
      g_assert_cmpint (tp_journey_get_state (tomorrow), ==, TP_JOURNEY_STATE_FUTURE);
      page = show_analysis (window, today);
      g_assert_cmpuint (n_overlaid (page), ==, 3);
      n_steps = tp_view_get_n_steps (TP_VIEW (tp_analysis_page_get_view (page)));

      /* The button over the page, reached by Tab like any other. */
      collect_buttons (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
      for (guint b = 0; b < buttons->len; b++)
        if (g_strcmp0 (gtk_menu_button_get_label (g_ptr_array_index (buttons, b)),
                       "Emotion _Overlay") == 0)
          button = g_ptr_array_index (buttons, b);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (button))
                     || gtk_widget_get_focusable (gtk_widget_get_first_child (GTK_WIDGET (button))));
      gtk_menu_button_popup (button);
      tp_ui_test_sleep (200);
      popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
      g_assert_nonnull (popover);
      g_assert_true (gtk_widget_get_mapped (popover));
      collect_buttons (popover, GTK_TYPE_CHECK_BUTTON, checks);
      g_assert_cmpuint (checks->len, ==, 2);
      for (guint c = 0; c < checks->len; c++)
        {
          const char *label = gtk_check_button_get_label (g_ptr_array_index (checks, c));

          g_test_message ("overlay choice: %s", label);
          g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, c)));
          if (strstr (label, "(future state)") != NULL)
            future_check = g_ptr_array_index (checks, c);
          else
            other_check = g_ptr_array_index (checks, c);
        }
      g_assert_nonnull (future_check);
      g_assert_nonnull (other_check);
      g_assert_nonnull (strstr (gtk_check_button_get_label (future_check), "Ingrid"));
      g_assert_nonnull (strstr (gtk_check_button_get_label (other_check), "Marius"));

      /* Current vs future: the same persona's journeys only. */
      collect_buttons (popover, GTK_TYPE_BUTTON, presets);
      for (guint b = 0; b < presets->len; b++)
        if (!GTK_IS_CHECK_BUTTON (g_ptr_array_index (presets, b))
            && g_strcmp0 (gtk_button_get_label (g_ptr_array_index (presets, b)),
                          "_Same Persona") == 0)
          g_signal_emit_by_name (g_ptr_array_index (presets, b), "clicked");
      tp_ui_test_sleep (100);
      g_assert_false (gtk_check_button_get_active (other_check));
      g_assert_true (gtk_check_button_get_active (future_check));
      g_assert_false (tp_analysis_page_get_overlaid (page, anniversary));
      g_assert_cmpuint (n_overlaid (page), ==, 2);
      g_assert_true (tp_analysis_view_get_overlay (tp_analysis_page_get_view (page))->journeys[1]
                     == tomorrow);
      render_window (popover, choice);

      /* Exports and presentations from the window follow the choice. */
      {
        g_autoptr(GPtrArray) overlay = tp_analysis_page_dup_overlay (page);
        g_autoptr(TpPresentationPainter) all = tp_presentation_painter_new_full (
          TP_VIEW_JOURNEY, today, TP_PRESENTATION_WITH_ANALYSIS);
        g_autoptr(TpPresentationPainter) chosen_painter = tp_presentation_painter_new_full (
          TP_VIEW_JOURNEY, today, TP_PRESENTATION_WITH_ANALYSIS);
        g_autoptr(GPtrArray) none = g_ptr_array_new ();
        g_autoptr(GBytes) svg_all = NULL;
        g_autoptr(GBytes) svg_chosen = NULL;
        g_autofree char *text_all = NULL;
        g_autofree char *text_chosen = NULL;
        TpExportOptions options;

        g_assert_nonnull (overlay);
        g_assert_cmpuint (overlay->len, ==, 2);
        tp_export_options_init (&options);
        options.format = TP_EXPORT_SVG;
        options.view = TP_VIEW_ANALYSIS;
        options.journey = today;
        svg_all = tp_export_to_bytes (project, &options, NULL, NULL);
        options.overlay = overlay;
        svg_chosen = tp_export_to_bytes (project, &options, NULL, NULL);
        text_all = g_strndup (g_bytes_get_data (svg_all, NULL), g_bytes_get_size (svg_all));
        text_chosen = g_strndup (g_bytes_get_data (svg_chosen, NULL),
                                 g_bytes_get_size (svg_chosen));
        g_assert_nonnull (strstr (text_all, "Marius, returning customer"));
        g_assert_null (strstr (text_chosen, "Marius, returning customer"));
        g_assert_nonnull (strstr (text_chosen, "Buying a gift tomorrow"));

        /* Presented: with no journey to overlay, one part fewer after the map. */
        tp_presentation_painter_set_overlay (chosen_painter, none);
        g_assert_cmpuint (tp_presentation_painter_get_n_steps (chosen_painter), ==,
                          tp_presentation_painter_get_n_steps (all) - 1);
      }
      gtk_popover_popdown (GTK_POPOVER (popover));
      tp_canvas_set_zoom (TP_CANVAS (page), 0.75);
      tp_canvas_set_scroll (TP_CANVAS (page), 0, step_top (today, "Emotion across journeys"));
      render_window (window, chosen);

      /* None left: no overlay, one part fewer; then all again. */
      gtk_check_button_set_active (future_check, FALSE);
      tp_ui_test_sleep (100);
      g_assert_cmpuint (n_overlaid (page), ==, 0);
      g_assert_cmpuint (tp_view_get_n_steps (TP_VIEW (tp_analysis_page_get_view (page))), ==,
                        n_steps - 1);
      tp_analysis_page_set_overlaid (page, tomorrow, TRUE);
      tp_analysis_page_set_overlaid (page, anniversary, TRUE);
      tp_ui_test_sleep (100);
      g_assert_cmpuint (n_overlaid (page), ==, 3);
      g_assert_false (tp_project_can_undo (project));
      g_assert_false (tp_project_get_modified (project));

      gtk_window_destroy (GTK_WINDOW (window));
      tp_ui_test_spin ();
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A hostile CSV: the dialog says why, Import is off, and the project is not changed. */
static void
test_import_csv (void)
{
  const char *hostile[] = { "ragged-short-row.csv", "latin1.csv", "utf16le-bom.csv", "empty.csv" };
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  g_autoptr(GBytes) before = saved (window);
  g_autofree char *grid = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus-csv",
                                                 "grid.csv", NULL);
  g_autoptr(GFile) grid_file = g_file_new_for_path (grid);
  TpCsvImportDialog *dialog;
  TpJourney *journey;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "hostile", "csv",
                                                     hostile[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) after = NULL;

      dialog = tp_csv_import_dialog_new (GTK_WINDOW (window), project, file);
      gtk_window_present (GTK_WINDOW (dialog));
      tp_ui_test_spin ();
      if (tp_csv_import_dialog_get_error (dialog) == NULL)
        g_error ("%s was not refused", hostile[i]);
      g_test_message ("%s: %s", hostile[i], tp_csv_import_dialog_get_error (dialog));
      g_assert_nonnull (strstr (tp_csv_import_dialog_get_error (dialog), hostile[i]));
      g_assert_null (tp_csv_import_dialog_import (dialog));
      if (i == 0)
        render_window (dialog, "import-csv-refused.png");
      gtk_window_destroy (GTK_WINDOW (dialog));
      tp_ui_test_spin ();
      after = saved (window);
      g_assert_true (g_bytes_equal (before, after));
      g_assert_false (tp_project_can_undo (project));
    }

  /* A good grid: a new journey, shown, in one undo step. */
  dialog = tp_csv_import_dialog_new (GTK_WINDOW (window), project, grid_file);
  g_signal_connect_swapped (dialog, "imported", G_CALLBACK (tp_window_set_journey), window);
  g_assert_null (tp_csv_import_dialog_get_error (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  render_window (dialog, "import-csv-preview.png");
  /* The preview shows the cells: each card's title where the map will have it. */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    gboolean cell = FALSE;

    collect_buttons (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)),
                     "• Sees a ring in a friend's Instagram post\n"
                     "• Searches for the brand name on Google") == 0)
        cell = TRUE;
    g_assert_true (cell);
  }
  journey = tp_csv_import_dialog_import (dialog);
  g_assert_nonnull (journey);
  gtk_window_destroy (GTK_WINDOW (dialog));
  tp_ui_test_spin ();
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 2);
  g_assert_true (tp_window_get_journey (window) == journey);
  g_assert_cmpuint (tp_journey_get_phases (journey)->len, >, 0);
  assert_one_undo_step (window, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/personas/buttons-named", test_buttons_named);
  g_test_add_func ("/personas/editor", test_persona_editor);
  g_test_add_func ("/journeys/commands", test_journey_commands);
  g_test_add_func ("/personas/screenshots", test_persona_screenshots);
  g_test_add_func ("/analysis/click-selects", test_analysis_click_selects);
  g_test_add_func ("/analysis/screenshots", test_analysis_screenshots);
  g_test_add_func ("/analysis/overlay-choice", test_overlay_choice);
  g_test_add_func ("/import/csv", test_import_csv);

  return tp_ui_test_run ();
}
