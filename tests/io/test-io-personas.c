/* test-io-personas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Personas and journeys as a person edits them: adding, duplicating and
 * deleting a persona (its journeys repaired in the same undo step), making
 * the future state of a journey, each one undo step; the persona's photo and
 * the future state's link saved, loaded and checked like any embedded picture.
 */

#include "config.h"

#include <string.h>

#include "io/tp-format.h"
#include "model/tp-model.h"

/* A 1 × 1 PNG. */
static const guint8 tiny_png[] = {
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
  0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
  0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

static TpProject *
new_project (void)
{
  TpProject *project = tp_template_new_project (TP_LENS_FIVE_PHASES);

  tp_project_set_id_seed (project, 7);
  return project;
}

static char *
save_string (TpProject *project)
{
  g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_add_persona_one_step (void)
{
  g_autoptr(TpProject) project = new_project ();
  TpPersona *first, *second;

  first = tp_project_add_persona (project, -1, NULL);
  second = tp_project_add_persona (project, -1, "Returning buyer");
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 2);
  g_assert_cmpstr (tp_persona_get_name (first), ==, "Persona 1");
  g_assert_cmpstr (tp_persona_get_name (second), ==, "Returning buyer");
  /* Two personas are told apart by colour. */
  g_assert_cmpstr (tp_persona_get_color (first), !=, tp_persona_get_color (second));
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Add Persona");

  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 1);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 0);
  g_assert_true (tp_project_redo (project));
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 1);
}

static void
test_delete_persona_repairs_journeys (void)
{
  g_autoptr(TpProject) project = new_project ();
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpJourney *other = tp_template_add_journey (project, TP_LENS_GOAL);
  TpPersona *persona = tp_project_add_persona (project, -1, "First-time buyer");
  const char *id = tp_element_get_id (TP_ELEMENT (persona));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  tp_project_set (project, journey, "persona", id, NULL);
  tp_project_set (project, other, "persona", id, NULL);
  before = save_string (project);

  tp_project_remove (project, persona);
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 0);
  g_assert_null (tp_journey_get_persona (journey));
  g_assert_null (tp_journey_get_persona (other));

  /* One undo brings back the persona and both journeys' links. */
  g_assert_true (tp_project_undo (project));
  after = save_string (project);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (tp_journey_get_persona (other), ==, id);
}

static void
test_duplicate_persona (void)
{
  g_autoptr(TpProject) project = new_project ();
  TpPersona *persona = tp_project_add_persona (project, -1, "Student");
  const char *goals[] = { "Cheap", "Fast", NULL };
  g_autoptr(GPtrArray) copies = NULL;
  TpPersona *copy;

  tp_project_set (project, persona, "goals", goals, NULL);
  copies = tp_project_duplicate (project, (TpElement **) &persona, 1);
  g_assert_cmpuint (copies->len, ==, 1);
  copy = g_ptr_array_index (copies, 0);
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (copy)), !=,
                   tp_element_get_id (TP_ELEMENT (persona)));
  g_assert_cmpstrv (tp_persona_get_goals (copy), goals);
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 2);
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (tp_project_get_personas (project)->len, ==, 1);
}

static void
test_make_future_state (void)
{
  g_autoptr(TpProject) project = new_project ();
  TpJourney *current = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpJourney *future;
  g_autofree char *title = NULL;

  tp_project_set (project, current, "title", "Buying a bike", NULL);
  future = tp_project_make_future_state (project, current);
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 2);
  g_assert_true (g_ptr_array_index (tp_project_get_journeys (project), 1) == future);
  g_assert_cmpint (tp_journey_get_state (future), ==, TP_JOURNEY_STATE_FUTURE);
  g_assert_cmpstr (tp_journey_get_current_state (future), ==,
                   tp_element_get_id (TP_ELEMENT (current)));
  g_assert_cmpstr (tp_journey_get_title (future), ==, "Buying a bike (future)");
  g_assert_cmpuint (tp_journey_get_cards (future)->len, ==, tp_journey_get_cards (current)->len);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Make Future State");

  /* Deleting the current state drops the link, not the future state's state. */
  tp_project_remove (project, current);
  g_assert_null (tp_journey_get_current_state (future));
  g_assert_cmpint (tp_journey_get_state (future), ==, TP_JOURNEY_STATE_FUTURE);
  g_assert_true (tp_project_undo (project));
  g_assert_nonnull (tp_journey_get_current_state (future));

  g_assert_true (tp_project_undo (project));
  g_assert_true (tp_project_undo (project));
  g_assert_cmpuint (tp_project_get_journeys (project)->len, ==, 1);
}

static void
test_photo_and_link_round_trip (void)
{
  g_autoptr(TpProject) project = new_project ();
  TpJourney *current = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpPersona *persona = tp_project_add_persona (project, -1, "Ana");
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(TpProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  TpPersona *loaded_persona;
  TpJourney *loaded_future;

  tp_project_set (project, persona, "photo", png, "photo-type", "image/png", NULL);
  tp_project_make_future_state (project, current);
  saved = tp_format_save_to_bytes (project);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"photo\": {"));
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"current_state\": "));

  loaded = tp_format_load_bytes (saved, "t.touchpoint", NULL, &error);
  g_assert_no_error (error);
  loaded_persona = g_ptr_array_index (tp_project_get_personas (loaded), 0);
  g_assert_true (g_bytes_equal (tp_persona_get_photo (loaded_persona), png));
  g_assert_cmpstr (tp_persona_get_photo_type (loaded_persona), ==, "image/png");
  loaded_future = g_ptr_array_index (tp_project_get_journeys (loaded), 1);
  g_assert_cmpstr (tp_journey_get_current_state (loaded_future), ==,
                   tp_element_get_id (TP_ELEMENT (current)));
  saved_again = tp_format_save_to_bytes (loaded);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

static void
test_unset_members_omitted (void)
{
  g_autoptr(TpProject) project = new_project ();
  g_autofree char *text = NULL;

  tp_project_add_persona (project, -1, "Ana");
  text = save_string (project);
  g_assert_null (strstr (text, "\"photo\""));
  g_assert_null (strstr (text, "\"current_state\""));
}

static void
assert_refused (const char *text,
                int         code,
                const char *words)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(TpProject) project = tp_format_load_bytes (bytes, "bad.touchpoint", NULL, &error);

  g_assert_null (project);
  g_assert_error (error, TP_FORMAT_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_hostile_photo_and_link (void)
{
  /* A GIF is not embedded; neither is a PNG claiming to be a JPEG, nor broken base64. */
  assert_refused ("{\"format\": \"touchpoint\", \"version\": 1, \"personas\": [{\"id\": \"p\", "
                  "\"name\": \"A\", \"photo\": {\"media_type\": \"image/gif\", \"data\": \"\"}}]}",
                  TP_FORMAT_ERROR_BAD_IMAGE, "PNG and JPEG");
  assert_refused ("{\"format\": \"touchpoint\", \"version\": 1, \"personas\": [{\"id\": \"p\", "
                  "\"name\": \"A\", \"photo\": {\"media_type\": \"image/jpeg\", "
                  "\"data\": \"iVBORw0KGgo=\"}}]}",
                  TP_FORMAT_ERROR_BAD_IMAGE, "media_type");
  assert_refused ("{\"format\": \"touchpoint\", \"version\": 1, \"personas\": [{\"id\": \"p\", "
                  "\"name\": \"A\", \"photo\": {\"media_type\": \"image/png\", \"data\": \"!!\"}}]}",
                  TP_FORMAT_ERROR_BAD_IMAGE, "base64");
  assert_refused ("{\"format\": \"touchpoint\", \"version\": 1, \"personas\": [{\"id\": \"p\", "
                  "\"name\": \"A\", \"photo\": {\"data\": \"iVBORw0KGgo=\"}}]}",
                  TP_FORMAT_ERROR_MISSING, "media_type");
  /* A future state linked to a journey that does not exist. */
  assert_refused ("{\"format\": \"touchpoint\", \"version\": 1, \"journeys\": [{\"id\": \"j\", "
                  "\"state\": \"future\", \"current_state\": \"nowhere\"}]}",
                  TP_FORMAT_ERROR_DANGLING_REFERENCE, "nowhere");
}

static void
test_check_image (void)
{
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autoptr(GBytes) gif = g_bytes_new_static ("GIF89a", 6);
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GError) error = NULL;
  guint8 *data;

  g_assert_cmpstr (tp_format_check_image (png, NULL), ==, "image/png");
  g_assert_null (tp_format_check_image (gif, &error));
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_BAD_IMAGE);
  g_clear_error (&error);

  data = g_malloc0 (TP_FORMAT_MAX_IMAGE_BYTES + 1);
  memcpy (data, tiny_png, sizeof tiny_png);
  huge = g_bytes_new_take (data, TP_FORMAT_MAX_IMAGE_BYTES + 1);
  g_assert_null (tp_format_check_image (huge, &error));
  g_assert_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/personas/add-one-step", test_add_persona_one_step);
  g_test_add_func ("/personas/delete-repairs-journeys", test_delete_persona_repairs_journeys);
  g_test_add_func ("/personas/duplicate", test_duplicate_persona);
  g_test_add_func ("/journeys/make-future-state", test_make_future_state);
  g_test_add_func ("/personas/photo-and-link-round-trip", test_photo_and_link_round_trip);
  g_test_add_func ("/personas/unset-members-omitted", test_unset_members_omitted);
  g_test_add_func ("/personas/hostile-photo-and-link", test_hostile_photo_and_link);
  g_test_add_func ("/personas/check-image", test_check_image);

  return g_test_run ();
}
