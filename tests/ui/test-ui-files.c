/* test-ui-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files through the app's own open path (GApplication::open, as the file
 * manager, the command line and drops use it): every hostile file gives an
 * error dialog that names it and offers nothing destructive, and is left
 * untouched; an open file is raised, not opened twice. Then the questions
 * that keep work safe: unsaved changes on close and on quit, recovery after
 * a kill, a file changed on disk, a read-only file, a save that fails.
 * With TP_FILES_SCREENSHOT_DIR set, each dialog is also saved as a PNG.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/tp-atomic-save.h"
#include "io/tp-format.h"
#include "ui/tp-file-banner.h"
#include "tp-ui-test.h"

/* The visible message dialog of the application, or NULL. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done (@data) is TRUE; fails after 20 s. */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint tick = g_timeout_add (20, wake_up, NULL);

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_true (done (data));
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  wait_until (has_message_dialog, NULL);
  return find_message_dialog ();
}

/* Saves a picture of @window to $TP_FILES_SCREENSHOT_DIR/@name, when that is set. */
static void
maybe_screenshot (GtkWindow  *window,
                  const char *name)
{
  const char *dir = g_getenv ("TP_FILES_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (dir == NULL)
    return;
  tp_ui_test_sleep (400);
  texture = tp_ui_test_render (GTK_WIDGET (window));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
close_dialog (AdwMessageDialog *dialog,
              const char       *response)
{
  /* Answering may close the dialog's parent window, and with it the dialog. */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  tp_ui_test_spin ();
}

static guint
count_windows_with_file (GFile *file)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ()));
       l != NULL; l = l->next)
    {
      GFile *window_file = TP_IS_WINDOW (l->data) ? tp_window_get_file (l->data) : NULL;

      if (window_file != NULL && g_file_equal (window_file, file))
        n++;
    }
  return n;
}

static void
close_all_windows (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ())));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  tp_ui_test_spin ();
}

/* Each hostile file, opened as the file manager would: an error dialog naming the file and
 * what is wrong, with only "Close"; no crash; the file unchanged. */
static void
test_open_hostile (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GApplication *app = G_APPLICATION (tp_ui_test_get_app ());
  const char *name;
  guint count = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_len = 0, after_len = 0;
      GStatBuf st_before, st_after;
      AdwMessageDialog *dialog;

      if (!g_str_has_suffix (name, ".touchpoint"))
        continue;
      g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
      g_assert_cmpint (g_stat (path, &st_before), ==, 0);

      g_application_open (app, &file, 1, "");
      dialog = wait_for_message_dialog ();

      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
      /* The loader's message: the file, then what is wrong (and where). */
      g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), name));
      g_assert_true (adw_message_dialog_has_response (dialog, "close"));
      g_assert_false (adw_message_dialog_has_response (dialog, "discard"));
      g_assert_false (adw_message_dialog_has_response (dialog, "save"));
      g_assert_cmpuint (count_windows_with_file (file), ==, 0);
      if (strcmp (name, "emotion-score-7.touchpoint") == 0)
        maybe_screenshot (GTK_WINDOW (dialog), "open-error.png");
      close_dialog (dialog, "close");

      g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
      g_assert_cmpmem (before, before_len, after, after_len);
      g_assert_cmpint (g_stat (path, &st_after), ==, 0);
      g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
      count++;
    }
  g_assert_cmpuint (count, >=, 40);
  close_all_windows ();
}

static gboolean
window_is_loaded (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ()));
       l != NULL; l = l->next)
    {
      if (TP_IS_WINDOW (l->data) && tp_window_get_project (l->data) != NULL
          && tp_window_get_file (l->data) != NULL
          && g_file_equal (tp_window_get_file (l->data), file))
        return TRUE;
    }
  return FALSE;
}

static gboolean
window_is_loaded_cb (gpointer data)
{
  return window_is_loaded (data);
}

static void
wait_loaded (GFile *file)
{
  wait_until (window_is_loaded_cb, file);
}

/* Opening a file that is already open raises its window instead of opening it again. */
static void
test_open_twice_raises (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "twice.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(GError) error = NULL;
  GApplication *app = G_APPLICATION (tp_ui_test_get_app ());

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (tp_format_save_file (project, file, TP_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  g_application_open (app, &file, 1, "");
  wait_loaded (file);
  g_application_open (app, &file, 1, "");
  tp_ui_test_sleep (200);
  g_assert_cmpuint (count_windows_with_file (file), ==, 1);
  close_all_windows ();
}

static TpWindow *
window_with_edits (const char *title)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpProject *project = tp_window_get_project (window);
  TpJourney *journey = tp_window_get_journey (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tp_project_set (project, project, "title", title, NULL);
  tp_project_add_card (project, g_ptr_array_index (tp_journey_get_phases (journey), 0),
                       g_ptr_array_index (tp_journey_get_lanes (journey), 0), -1,
                       TP_CARD_KIND_ACTIVITY, "Not saved yet");
  tp_ui_test_spin ();
  g_assert_true (tp_window_get_modified (window));
  return window;
}

static gboolean
app_has_window (TpWindow *window)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ())),
                      window) != NULL;
}

static gboolean
window_gone (gpointer data)
{
  return !app_has_window (data);
}

static void
wait_window_gone (TpWindow *window)
{
  wait_until (window_gone, window);
}

static char *
draft_path_of (TpDocument *document)
{
  g_autofree char *dir = tp_recovery_get_dir ();
  g_autofree char *name = g_strconcat (tp_document_get_draft_id (document), ".touchpoint", NULL);

  return g_build_filename (dir, name, NULL);
}

/* Closing a window with changes asks: Cancel keeps it, Discard closes it and drops the draft. */
static void
test_close_asks (void)
{
  TpWindow *window = window_with_edits ("Closing shop");
  TpDocument *document = tp_window_get_document (window);
  g_autofree char *draft = draft_path_of (document);
  AdwMessageDialog *dialog;

  tp_document_autosave_now (document);
  tp_ui_test_sleep (200);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  maybe_screenshot (GTK_WINDOW (dialog), "close-unsaved.png");
  close_dialog (dialog, "cancel");
  tp_ui_test_sleep (100);
  g_assert_true (app_has_window (window));

  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_message_dialog ();
  close_dialog (dialog, "discard");
  wait_window_gone (window);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

/* Quitting asks once, listing every project with changes. */
static void
test_quit_lists_every_project (void)
{
  TpWindow *first = window_with_edits ("First shop");
  TpWindow *second = window_with_edits ("Second shop");
  TpWindow *clean = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  GApplication *app = G_APPLICATION (tp_ui_test_get_app ());
  AdwMessageDialog *dialog;
  GtkWidget *list;
  guint rows = 0;

  gtk_window_present (GTK_WINDOW (clean));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes to 2 Projects?");
  list = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_LIST_BOX (list));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      rows++;
  g_assert_cmpuint (rows, ==, 2);
  maybe_screenshot (GTK_WINDOW (dialog), "quit-unsaved.png");
  close_dialog (dialog, "cancel");
  tp_ui_test_sleep (100);
  g_assert_true (app_has_window (first));
  g_assert_true (app_has_window (second));
  g_assert_true (app_has_window (clean));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dialog = wait_for_message_dialog ();
  close_dialog (dialog, "discard");
  wait_window_gone (first);
  wait_window_gone (second);
  wait_window_gone (clean);
}

/* A process edits a never-saved project and is killed; the app offers it, and recovering it
 * gives the same project, marked modified. */
static void
test_recovery_offer (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) actual = NULL;
  g_autoptr(GPtrArray) left = NULL;
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpApplication *app = tp_ui_test_get_app ();
  AdwMessageDialog *dialog;
  TpWindow *recovered = NULL;
  int status = 0;
  pid_t pid;

  tp_project_set_id_seed (project, 5);
  tp_project_set (project, project, "title", "Killed shop", NULL);
  tp_project_add_card (project, g_ptr_array_index (tp_journey_get_phases (journey), 1),
                       g_ptr_array_index (tp_journey_get_lanes (journey), 0), -1,
                       TP_CARD_KIND_ACTIVITY, "Typed before the kill");
  expected = tp_format_save_to_bytes (project);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autofree char *draft_id = tp_recovery_new_draft_id ();

      /* What the document's autosave writes; no threads after fork(). */
      if (!tp_recovery_write (draft_id, project, NULL, NULL))
        _exit (2);
      kill (getpid (), SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));

  tp_application_offer_recovery (app);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Recover Unsaved Work?");
  maybe_screenshot (GTK_WINDOW (dialog), "recovery.png");
  close_dialog (dialog, "recover");

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (TP_IS_WINDOW (l->data) && tp_window_get_project (l->data) != NULL
        && g_strcmp0 (tp_project_get_title (tp_window_get_project (l->data)), "Killed shop") == 0)
      recovered = l->data;
  g_assert_nonnull (recovered);
  g_assert_true (tp_window_get_modified (recovered));
  g_assert_null (tp_window_get_file (recovered));
  actual = tp_format_save_to_bytes (tp_window_get_project (recovered));
  g_assert_true (g_bytes_equal (expected, actual));

  tp_window_close_discarding (recovered);
  wait_window_gone (recovered);
  left = tp_recovery_list ();
  g_assert_cmpuint (left->len, ==, 0);
  close_all_windows ();
}

static TpWindow *
open_file_in_window (GFile *file)
{
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tp_window_load_file (window, file);
  wait_loaded (file);
  return window;
}

static GFile *
write_project (const char *name,
               const char *title)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  GFile *file = g_file_new_for_path (path);

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  tp_project_set (project, project, "title", title, NULL);
  g_assert_true (tp_format_save_file (project, file, TP_SAVE_FLAGS_NONE, NULL, NULL));
  return file;
}

/* Every button under @widget is announced by its label without the mnemonic underscore. */
static guint
assert_buttons_named_without_underscore (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (gtk_button_get_label (GTK_BUTTON (widget)), "_", -1);
      g_autofree char *expected = g_strjoinv ("", parts);
      g_autofree char *problem = NULL;

      problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      if (problem != NULL)
        g_error ("button “%s”: %s", gtk_button_get_label (GTK_BUTTON (widget)), problem);
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_buttons_named_without_underscore (child);
  return n;
}

/* A project with no title, saved as "Corner shop.touchpoint": its window calls it "Corner
 * shop", and so does the recovery offer after a kill; the answers are named without "_". */
static void
test_recovery_names_project (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(TpProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *window_name = NULL;
  TpApplication *app = tp_ui_test_get_app ();
  AdwMessageDialog *dialog;
  GtkWidget *list, *row;
  TpWindow *window;
  int status = 0;
  pid_t pid;

  file = write_project ("Corner shop.touchpoint", "");
  project = tp_format_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  window = open_file_in_window (file);
  window_name = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_cmpstr (window_name, ==, "Corner shop");
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autofree char *draft_id = tp_recovery_new_draft_id ();

      if (!tp_recovery_write (draft_id, project, file, NULL))
        _exit (2);
      kill (getpid (), SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));

  tp_application_offer_recovery (app);
  dialog = wait_for_message_dialog ();
  list = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_LIST_BOX (list));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, window_name);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_cmpuint (assert_buttons_named_without_underscore (GTK_WIDGET (dialog)), >=, 3);
  maybe_screenshot (GTK_WINDOW (dialog), "recovery-named.png");
  close_dialog (dialog, "discard");
  close_all_windows ();
}

/* Changed on disk while there are edits: the person chooses; Keep Mine keeps the edits. */
static void
test_external_change_asks (void)
{
  g_autoptr(GFile) file = write_project ("external.touchpoint", "Mine");
  TpWindow *window = open_file_in_window (file);
  TpProject *project = tp_window_get_project (window);
  g_autofree char *path = g_file_get_path (file);
  AdwMessageDialog *dialog;

  tp_project_set (project, project, "title", "Mine, edited", NULL);
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "{\"format\": \"touchpoint\", \"version\": 1, "
                                      "\"title\": \"Theirs\", \"personas\": [], "
                                      "\"floor_plans\": [], \"journeys\": []}\n", -1, NULL));
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Changed on Disk"));
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  maybe_screenshot (GTK_WINDOW (dialog), "external-change.png");
  close_dialog (dialog, "keep");
  g_assert_true (tp_window_get_project (window) == project);
  g_assert_cmpstr (tp_project_get_title (project), ==, "Mine, edited");

  tp_window_close_discarding (window);
  wait_window_gone (window);
}

static GtkWidget *
find_banner (TpWindow *window)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (window)); w != NULL; )
    {
      if (TP_IS_FILE_BANNER (w))
        return w;
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A file from a newer version opens with a notice that unknown parts are kept; it can be hidden. */
static void
test_newer_version_notice (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "newer.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TpWindow *window;
  GtkWidget *banner;
  GtkWidget *close;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (g_file_set_contents (path, "{\"format\": \"touchpoint\", \"version\": 9, "
                                      "\"title\": \"From the future\", \"hologram\": true, "
                                      "\"personas\": [], \"floor_plans\": [], \"journeys\": []}\n",
                                      -1, NULL));
  window = open_file_in_window (file);
  banner = find_banner (window);
  g_assert_nonnull (banner);
  g_assert_nonnull (tp_file_banner_get_message (TP_FILE_BANNER (banner)));
  g_assert_nonnull (strstr (tp_file_banner_get_message (TP_FILE_BANNER (banner)), "newer version"));
  maybe_screenshot (GTK_WINDOW (window), "newer-version.png");

  close = find_button_with_tooltip (banner, "Hide this notice");
  g_assert_nonnull (close);
  g_signal_emit_by_name (close, "clicked");
  g_assert_null (tp_file_banner_get_message (TP_FILE_BANNER (banner)));

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

/* A read-only file opens with the notice bar offering Save As. */
static void
test_read_only_notice (void)
{
  g_autoptr(GFile) file = write_project ("read-only.touchpoint", "Locked");
  g_autofree char *path = g_file_get_path (file);
  TpWindow *window;
  GtkWidget *banner = NULL;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  window = open_file_in_window (file);
  banner = find_banner (window);
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_nonnull (strstr (tp_file_banner_get_message (TP_FILE_BANNER (banner)), "read-only"));
  maybe_screenshot (GTK_WINDOW (window), "read-only.png");
  g_chmod (path, 0644);
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

/* A failing save says why; the project stays modified and the file keeps its contents. */
static void
test_save_error_dialog (void)
{
  g_autoptr(GFile) file = write_project ("full-disk.touchpoint", "Full disk");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TpWindow *window = open_file_in_window (file);
  TpProject *project = tp_window_get_project (window);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  tp_project_set (project, project, "title", "Does not fit", NULL);
  tp_atomic_save_inject_fault (TP_ATOMIC_SAVE_FAULT_WRITE);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Could Not Save"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "disk is full"));
  maybe_screenshot (GTK_WINDOW (dialog), "save-error.png");
  close_dialog (dialog, "close");
  g_assert_true (tp_window_get_modified (window));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  tp_window_close_discarding (window);
  wait_window_gone (window);
}

static GFile *
write_big_project (const char *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  g_autoptr(GString) text = g_string_new (NULL);
  GFile *file = g_file_new_for_path (path);

  while (text->len < 4000)
    g_string_append (text, "The customer compares prices on the phone while queueing. ");
  for (guint i = 0; i < 3000; i++)
    {
      TpCard *card = tp_project_add_card (project, g_ptr_array_index (phases, i % phases->len),
                                          g_ptr_array_index (tp_journey_get_lanes (journey), 0),
                                          -1, TP_CARD_KIND_ACTIVITY, "Big");

      tp_project_set (project, card, "description", text->str, NULL);
    }
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (tp_format_save_file (project, file, TP_SAVE_FLAGS_NONE, NULL, NULL));
  return file;
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A big file shows progress with a Cancel button; cancelling goes back to the start
 * state without an error, and closing the window while loading is fine too. */
static void
test_cancel_and_close_while_loading (void)
{
  g_autoptr(GFile) file = write_big_project ("big.touchpoint");
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  TpWindow *other;
  GtkWidget *cancel;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_spin ();
  tp_window_load_file (window, file);
  g_assert_false (tp_window_is_empty (window));
  g_assert_true (tp_document_get_loading (tp_window_get_document (window)));

  cancel = find_button_with_label (GTK_WIDGET (window), "_Cancel");
  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_visible (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  tp_ui_test_sleep (300);
  /* Slow builds (sanitizers) may need longer for the reader to stop. */
  for (guint i = 0; i < 1000 && !tp_window_is_empty (window); i++)
    tp_ui_test_sleep (10);
  g_assert_true (tp_window_is_empty (window));
  g_assert_null (tp_window_get_project (window));
  g_assert_null (find_message_dialog ());

  /* Closing the window while it loads. */
  other = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  gtk_window_present (GTK_WINDOW (other));
  gtk_window_set_default_size (GTK_WINDOW (other), 800, 500);
  tp_window_load_file (other, file);
  maybe_screenshot (GTK_WINDOW (other), "loading.png");
  gtk_window_close (GTK_WINDOW (other));
  wait_window_gone (other);
  tp_ui_test_sleep (500);
  g_assert_null (find_message_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

/* A window made to open a file (`touchpoint FILE`) shows its first frame blank, not the
 * loading page: most files open before it would be seen, and building and measuring it
 * cost start-up time (issue #12). It is built and shows once opening takes a while. */
static void
test_first_frame_blank_while_opening (void)
{
  g_autoptr(GFile) file = write_big_project ("big-first-frame.touchpoint");
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  GtkWidget *cancel;

  tp_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (tp_document_get_loading (tp_window_get_document (window)));
  cancel = find_button_with_label (GTK_WIDGET (window), "_Cancel");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_null (cancel);

  for (guint i = 0; i < 2000 && tp_window_get_project (window) == NULL; i++)
    tp_ui_test_sleep (10);
  g_assert_nonnull (tp_window_get_project (window));

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

static guint
count_editor_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (tp_ui_test_get_app ()));
       l != NULL; l = l->next)
    if (TP_IS_WINDOW (l->data))
      n++;
  return n;
}

static guint
count_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        n++;
    }
  return n;
}

static gboolean
has_two_message_dialogs (gpointer data)
{
  return count_message_dialogs () == 2;
}

/* A file that fails to open from the command line (or the file manager) while a project is
 * open: the error shows over the project's window, and no empty window is left behind. */
static void
test_open_failure_leaves_no_window (void)
{
  g_autoptr(GFile) good = write_project ("beside.touchpoint", "Open beside");
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "hostile", "empty.touchpoint", NULL);
  g_autofree char *bad2_path = g_test_build_filename (G_TEST_DIST, "hostile", "nan-literal.touchpoint", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) bad2 = g_file_new_for_path (bad2_path);
  GApplication *app = G_APPLICATION (tp_ui_test_get_app ());
  GFile *both[2] = { good, bad };
  GFile *two_bad[2] = { bad, bad2 };
  TpWindow *window;
  AdwMessageDialog *dialog;

  close_all_windows ();

  /* A project is open: the error goes over its window. */
  g_application_open (app, &good, 1, "");
  wait_loaded (good);
  window = TP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_application_open (app, &bad, 1, "");
  dialog = wait_for_message_dialog ();
  tp_ui_test_spin ();
  g_assert_cmpuint (count_editor_windows (), ==, 1);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_nonnull (tp_window_get_project (window));
  close_dialog (dialog, "close");
  close_all_windows ();

  /* A good and a bad file at once (touchpoint good bad): one window, the good project. */
  g_application_open (app, both, 2, "");
  wait_loaded (good);
  dialog = wait_for_message_dialog ();
  tp_ui_test_sleep (100);
  g_assert_cmpuint (count_editor_windows (), ==, 1);
  g_assert_cmpuint (count_windows_with_file (good), ==, 1);
  close_dialog (dialog, "close");
  close_all_windows ();

  /* Only bad files: one window with the start page, under both errors. */
  g_application_open (app, two_bad, 2, "");
  wait_until (has_two_message_dialogs, NULL);
  tp_ui_test_sleep (100);
  g_assert_cmpuint (count_editor_windows (), ==, 1);
  window = TP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (tp_window_is_empty (window));
  while ((dialog = find_message_dialog ()) != NULL)
    {
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
      close_dialog (dialog, "close");
    }
  close_all_windows ();
}

/* Dropping files on a window opens them through the same path: each in a window of its own. */
static void
test_drop_files (void)
{
  g_autoptr(GFile) first = write_project ("dropped-1.touchpoint", "Dropped one");
  g_autoptr(GFile) second = write_project ("dropped-2.touchpoint", "Dropped two");
  TpWindow *window = tp_window_new (GTK_APPLICATION (tp_ui_test_get_app ()));
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *target = NULL;
  GSList *list = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  list = g_slist_append (list, first);
  list = g_slist_append (list, second);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (list);
  g_assert_true (accepted);

  wait_loaded (first);
  wait_loaded (second);
  g_assert_cmpuint (count_windows_with_file (first), ==, 1);
  g_assert_cmpuint (count_windows_with_file (second), ==, 1);
  close_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/files/open-hostile", test_open_hostile);
  g_test_add_func ("/ui/files/open-twice-raises", test_open_twice_raises);
  g_test_add_func ("/ui/files/close-asks", test_close_asks);
  g_test_add_func ("/ui/files/quit-lists-every-project", test_quit_lists_every_project);
  g_test_add_func ("/ui/files/recovery-offer", test_recovery_offer);
  g_test_add_func ("/ui/files/recovery-names-project", test_recovery_names_project);
  g_test_add_func ("/ui/files/external-change-asks", test_external_change_asks);
  g_test_add_func ("/ui/files/read-only-notice", test_read_only_notice);
  g_test_add_func ("/ui/files/newer-version-notice", test_newer_version_notice);
  g_test_add_func ("/ui/files/save-error-dialog", test_save_error_dialog);
  g_test_add_func ("/ui/files/cancel-and-close-while-loading", test_cancel_and_close_while_loading);
  g_test_add_func ("/ui/files/first-frame-blank-while-opening", test_first_frame_blank_while_opening);
  g_test_add_func ("/ui/files/drop-files", test_drop_files);
  g_test_add_func ("/ui/files/open-failure-leaves-no-window", test_open_failure_leaves_no_window);

  return tp_ui_test_run ();
}
