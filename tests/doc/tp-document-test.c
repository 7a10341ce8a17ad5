/* tp-document-test.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tp-document-test.h"

char *tp_doc_test_dir;
static gboolean owner;

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@flag is TRUE; fails after @ms milliseconds. */
void
tp_doc_test_wait_for (gboolean *flag,
                      guint     ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, on_timeout, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_true (*flag);
}

void
tp_doc_test_sleep_loop (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
tp_doc_test_on_flag_signal (gpointer  instance,
                            gboolean *flag)
{
  *flag = TRUE;
}

void
tp_doc_test_on_async_done (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

GAsyncResult *
tp_doc_test_wait_result (GAsyncResult **slot)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (30000, on_timeout, &timed_out);

  while (*slot == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_nonnull (*slot);
  return *slot;
}

gboolean
tp_doc_test_load_document (TpDocument  *document,
                           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tp_document_load_async (document, NULL, tp_doc_test_on_async_done, &result);
  return tp_document_load_finish (document, tp_doc_test_wait_result (&result), error);
}

gboolean
tp_doc_test_save_document (TpDocument          *document,
                           GFile               *file,
                           TpDocumentSaveFlags  flags,
                           GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tp_document_save_async (document, file, flags, NULL, tp_doc_test_on_async_done, &result);
  return tp_document_save_finish (document, tp_doc_test_wait_result (&result), error);
}

TpProject *
tp_doc_test_sample_project (const char *title,
                            guint       n_cards)
{
  TpProject *project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);

  tp_project_set_id_seed (project, 7);
  tp_project_set (project, project, "title", title, NULL);
  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *card_title = g_strdup_printf ("Touchpoint %u of the shop visit", i);

      tp_project_add_card (project, g_ptr_array_index (phases, i % phases->len),
                           g_ptr_array_index (lanes, 0), -1, TP_CARD_KIND_ACTIVITY, card_title);
    }
  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return project;
}

/* A project of several megabytes: 2000 cards with long descriptions. */
TpProject *
tp_doc_test_big_project (const char *title)
{
  TpProject *project = tp_doc_test_sample_project (title, 2000);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 2000)
    g_string_append (text, "The customer compares prices on the phone while queueing. ");
  for (guint i = 0; i < cards->len; i++)
    tp_project_set (project, g_ptr_array_index (cards, i), "description", text->str, NULL);
  tp_project_clear_history (project);
  tp_project_mark_saved (project);
  return project;
}

void
tp_doc_test_add_card (TpProject  *project,
                      const char *title)
{
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);

  tp_project_add_card (project, g_ptr_array_index (tp_journey_get_phases (journey), 0),
                       g_ptr_array_index (tp_journey_get_lanes (journey), 0),
                       -1, TP_CARD_KIND_ACTIVITY, title);
}

GFile *
tp_doc_test_write_sample (const char *name,
                          TpProject  *project)
{
  g_autofree char *path = g_build_filename (tp_doc_test_dir, name, NULL);
  g_autoptr(GBytes) bytes = tp_format_save_to_bytes (project);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

GBytes *
tp_doc_test_read_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

char *
tp_doc_test_draft_path (TpDocument *document)
{
  g_autofree char *dir = tp_recovery_get_dir ();
  g_autofree char *name = g_strconcat (tp_document_get_draft_id (document), ".touchpoint", NULL);

  return g_build_filename (dir, name, NULL);
}

/* Writes @bytes over @file the way another program would, with a later mtime. */
void
tp_doc_test_write_externally (GFile      *file,
                              GBytes     *bytes)
{
  g_autofree char *path = g_file_get_path (file);

  /* Etags of local files come from the mtime; make sure it moves. */
  g_usleep (20 * 1000);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

void
tp_doc_test_init (int    *argc,
                  char ***argv)
{
  const char *inherited = g_getenv ("TP_TEST_DOCUMENT_DIR");
  g_autofree char *data_home = NULL;

  /* Subprocesses (kill tests) share the parent's folders. */
  owner = inherited == NULL;
  if (owner)
    {
      tp_doc_test_dir = g_dir_make_tmp ("tp-document-XXXXXX", NULL);
      g_assert_nonnull (tp_doc_test_dir);
      g_setenv ("TP_TEST_DOCUMENT_DIR", tp_doc_test_dir, TRUE);
    }
  else
    tp_doc_test_dir = g_strdup (inherited);
  data_home = g_build_filename (tp_doc_test_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (argc, argv, NULL);
}

int
tp_doc_test_run (void)
{
  int status = g_test_run ();

  if (owner)
    remove_tree (tp_doc_test_dir);
  g_clear_pointer (&tp_doc_test_dir, g_free);
  return status;
}
