/* tp-window-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's file: its TpDocument (the one place it changes), opening
 * with progress, saving and the questions saving may need, the notices
 * bar, changes on disk, and drafts written when the window loses focus.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tp-bench-probe.h"
#include "tp-file-banner.h"
#include "tp-file-dialogs.h"
#include "tp-window-private.h"

#define TP_MIME_TYPE "application/x-touchpoint"

void
_tp_window_add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };
  const char *groups[] = { "touchpoint", NULL };

  data.mime_type = (char *) TP_MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "touchpoint %u";
  data.groups = (char **) groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static char *
get_file_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

/* --- Loading progress ---------------------------------------------------- */

static gboolean
pulse_cb (gpointer data)
{
  TpWindow *self = data;

  if (self->load_progress != NULL)
    gtk_progress_bar_pulse (self->load_progress);
  return G_SOURCE_CONTINUE;
}

static void
on_document_progress (TpWindow *self)
{
  TpDocumentPhase phase = self->document ? tp_document_get_phase (self->document)
                                         : TP_DOCUMENT_PHASE_NONE;

  if (self->load_progress == NULL)
    return;                     /* no loading page yet */
  if (phase == TP_DOCUMENT_PHASE_PARSING)
    {
      gtk_progress_bar_set_text (self->load_progress, _("Reading the journeys…"));
      if (self->load_pulse == 0)
        self->load_pulse = g_timeout_add (100, pulse_cb, self);
      return;
    }

  g_clear_handle_id (&self->load_pulse, g_source_remove);
  gtk_progress_bar_set_text (self->load_progress, _("Reading the file…"));
  gtk_progress_bar_set_fraction (self->load_progress, tp_document_get_progress (self->document));
}

static void
on_cancel_loading (TpWindow *self)
{
  /* The load returns at once; a fresh cancellable serves what comes next. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* --- The document ---------------------------------------------------------- */

#ifdef __GLIBC__
/* Reading a file frees as much as it keeps (the file's bytes, the reader's
 * buffers, the start-up's transient allocations), and so does every frame
 * (GSK's cairo renderer replays each cached node into a temporary image):
 * give the free pages back once the window has shown the project (or the
 * start page) and stopped painting for a while (issue #12). Trimmed at the first idle, a frame or an
 * animation after it (the view switcher moving to the bottom bar) took 8 MB
 * of the heap back in about half the starts. */
#define TRIM_SETTLED_MS 500

typedef struct
{
  GdkFrameClock *clock;
  gulong         paint_handler;
  guint          timeout;
} HeapTrim;

static void
heap_trim_free (gpointer data)
{
  HeapTrim *trim = data;

  /* A clock disposed with its window's surface has dropped its handlers already. */
  if (trim->clock != NULL && g_signal_handler_is_connected (trim->clock, trim->paint_handler))
    g_signal_handler_disconnect (trim->clock, trim->paint_handler);
  g_clear_object (&trim->clock);
  g_clear_handle_id (&trim->timeout, g_source_remove);
  g_free (trim);
}

static gboolean
trim_heap_cb (gpointer data)
{
  HeapTrim *trim = g_object_get_data (data, "tp-heap-trim");

  trim->timeout = 0;
  malloc_trim (0);
  g_object_set_data (data, "tp-heap-trim", NULL);
  return G_SOURCE_REMOVE;
}

static void
trim_heap_after_paint (GdkFrameClock *clock,
                       gpointer       data)
{
  HeapTrim *trim = g_object_get_data (data, "tp-heap-trim");

  g_clear_handle_id (&trim->timeout, g_source_remove);
  trim->timeout = g_timeout_add (TRIM_SETTLED_MS, trim_heap_cb, data);
}
#endif

void
_tp_window_trim_heap_once_settled (TpWindow *self)
{
#ifdef __GLIBC__
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  HeapTrim *trim = g_new0 (HeapTrim, 1);

  /* Replaces (and so cancels) a trim still waiting. */
  g_object_set_data_full (G_OBJECT (self), "tp-heap-trim", trim, heap_trim_free);
  trim->timeout = g_timeout_add (TRIM_SETTLED_MS, trim_heap_cb, self);
  if (clock != NULL)
    {
      trim->clock = g_object_ref (clock);
      trim->paint_handler = g_signal_connect (clock, "after-paint",
                                              G_CALLBACK (trim_heap_after_paint), self);
    }
#endif
}

static void
on_document_project (TpWindow *self)
{
  if (tp_document_get_project (self->document) != NULL)
    self->loading = FALSE;
  _tp_window_show_project (self, tp_document_get_project (self->document),
                           tp_document_get_file (self->document));
  if (tp_document_get_project (self->document) != NULL)
    _tp_window_trim_heap_once_settled (self);
}

static void
on_document_file (TpWindow *self)
{
  g_set_object (&self->file, tp_document_get_file (self->document));
  _tp_window_queue_update (self);
}

static void
on_reloaded_after_choice (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(TpWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  TpDocument *document = TP_DOCUMENT (source);

  if (!tp_document_load_finish (document, result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      AdwMessageDialog *dialog = tp_file_dialog_open_error (GTK_WINDOW (self),
                                                            tp_document_get_file (document),
                                                            error);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
on_external_change_response (AdwMessageDialog *dialog,
                             const char       *response,
                             TpWindow         *self)
{
  if (self->document == NULL)
    return;

  if (g_strcmp0 (response, "reload") == 0)
    tp_document_load_async (self->document, self->cancellable, on_reloaded_after_choice,
                            g_object_ref (self));
  else if (g_strcmp0 (response, "save-as") == 0)
    {
      tp_document_keep_mine (self->document);
      _tp_window_save_as (self);
    }
  else
    tp_document_keep_mine (self->document);
}

static void
on_external_change (TpWindow *self)
{
  AdwMessageDialog *dialog = tp_file_dialog_external_change (GTK_WINDOW (self), self->document);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_external_change_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_active_changed (TpWindow *self)
{
  if (self->document == NULL)
    return;

  /* Leaving the window is a natural moment to keep a draft; coming back, to
   * look at the file again (some file systems send no change events). */
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    tp_document_autosave_now (self->document);
  else
    tp_document_check_disk (self->document);
}

void
_tp_window_set_document (TpWindow   *self,
                         TpDocument *document)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_handle_id (&self->load_pulse, g_source_remove);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::project", G_CALLBACK (on_document_project),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::file", G_CALLBACK (on_document_file),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified", G_CALLBACK (_tp_window_queue_update),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::saving", G_CALLBACK (_tp_window_queue_update),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::progress", G_CALLBACK (on_document_progress),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::phase", G_CALLBACK (on_document_progress),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "external-change", G_CALLBACK (on_external_change),
                               self, G_CONNECT_SWAPPED);
      if (self->settings != NULL)
        tp_document_set_autosave_interval (document,
                                           1000 * g_settings_get_uint (self->settings,
                                                                       "autosave-interval"));
    }

  tp_file_banner_set_document (TP_FILE_BANNER (self->file_banner), document);
  _tp_window_show_project (self, document ? tp_document_get_project (document) : NULL,
                           document ? tp_document_get_file (document) : NULL);
}

TpDocument *
tp_window_get_document (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->document;
}

void
tp_window_set_document (TpWindow   *self,
                        TpDocument *document)
{
  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (document == NULL || TP_IS_DOCUMENT (document));

  _tp_window_set_document (self, document);
}

/* --- Opening ------------------------------------------------------------- */

/* Another editor window of the application to show an error over: one that
 * stays (not itself made for a file still loading), else any other. */
static GtkWindow *
find_other_window (TpWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GtkWindow *fallback = NULL;

  if (app == NULL)
    return NULL;
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      if (l->data == (gpointer) self || !TP_IS_WINDOW (l->data))
        continue;
      if (!TP_WINDOW (l->data)->opened_for_file)
        return l->data;
      if (fallback == NULL)
        fallback = l->data;
    }
  return fallback;
}

/* Dialogs over @from (earlier errors) move over @to before @from goes. */
static void
move_dialogs (TpWindow  *from,
              GtkWindow *to)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (from))
        gtk_window_set_transient_for (window, to);
    }
}

void
_tp_window_set_opened_for_file (TpWindow *self,
                                gboolean  opened_for_file)
{
  self->opened_for_file = !!opened_for_file;
}

static void
on_load_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TpWindow) self = user_data;
  TpDocument *document = TP_DOCUMENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_object_ref (tp_document_get_file (document));
  AdwMessageDialog *dialog;
  GtkWindow *other;

  if (tp_document_load_finish (document, result, &error))
    {
      tp_bench_probe_open_loaded (GTK_WIDGET (self));
      self->opened_for_file = FALSE;
      _tp_window_add_to_recent (file);
      return;
    }

  /* Another file took the window meanwhile, or this one is loading again. */
  if (self->document != document || tp_document_get_loading (document))
    return;
  self->loading = FALSE;
  _tp_window_set_document (self, NULL);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A window made for this file has nothing left to show: the error goes over
   * another window, and no empty window stays behind. */
  other = self->opened_for_file ? find_other_window (self) : NULL;
  self->opened_for_file = FALSE;
  if (other != NULL)
    {
      move_dialogs (self, other);
      dialog = tp_file_dialog_open_error (other, file, error);
      gtk_window_present (GTK_WINDOW (dialog));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  dialog = tp_file_dialog_open_error (GTK_WINDOW (self), file, error);
  gtk_window_present (GTK_WINDOW (dialog));
}

#define LOADING_PAGE_DELAY_MS 300

/* The loading page (a spinner, the progress and a Cancel button) is built when it
 * first shows: most files open before it would be seen (issue #12). */
static void
ensure_loading_page (TpWindow *self)
{
  GtkWidget *box, *spinner, *cancel;

  if (self->loading_page != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  self->load_progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->load_progress, TRUE);
  gtk_progress_bar_set_pulse_step (self->load_progress, 0.1);
  gtk_widget_set_size_request (GTK_WIDGET (self->load_progress), 300, -1);
  gtk_widget_set_halign (GTK_WIDGET (self->load_progress), GTK_ALIGN_CENTER);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_halign (cancel, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (cancel, "pill");
  gtk_widget_set_tooltip_text (cancel, _("Stop opening the file"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (cancel), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stop opening the file"), -1);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (on_cancel_loading), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), spinner);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->load_progress));
  gtk_box_append (GTK_BOX (box), cancel);

  self->loading_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_child (self->loading_page, box);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_page), FALSE);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->loading_page), "loading");
}

/* Shows the loading page of the file being opened. */
static void
show_loading_page (TpWindow *self)
{
  GFile *file = self->document != NULL ? tp_document_get_file (self->document) : NULL;
  g_autofree char *name = file != NULL ? get_file_name (file) : NULL;
  g_autofree char *title = NULL;

  ensure_loading_page (self);
  /* Translators: the loading page's title, with the file's name */
  title = g_strdup_printf (_("Opening “%s”…"), name != NULL ? name : "");
  adw_status_page_set_title (self->loading_page, title);
  gtk_progress_bar_set_fraction (self->load_progress, 0.0);
  on_document_progress (self);
  _tp_window_show_page (self, "loading");
}

static gboolean
show_loading_page_cb (gpointer data)
{
  TpWindow *self = data;

  self->loading_page_delay = 0;
  if (self->loading
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "blank") == 0)
    show_loading_page (self);

  return G_SOURCE_REMOVE;
}

static gboolean
still_reading (gpointer data)
{
  TpWindow *self = data;

  return tp_document_is_reading (self->document);
}

/* While the reader still works this thread would only wait for it: it does now
 * what the project's first frame would do first, in steps, for as long as the
 * reader works (on two busy cores it competes with the reader). */
static void
warm_up_first_frame (TpWindow *self)
{
  int min, nat;

  /* The view switcher's buttons (update_title would make them when the project
   * shows); the switcher stays off until then. */
  if (adw_view_switcher_title_get_stack (self->switcher_title) == NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
  if (!still_reading (self))
    return;
  /* The map's fonts, glyphs and sprites. */
  tp_journey_view_warm_up (TP_JOURNEY_VIEW (self->journey_view), still_reading, self);
  /* The editor's style and size (its labels' fonts and texts): the first frame
   * then measures again only what the project changes. */
  if (!still_reading (self))
    return;
  gtk_widget_measure (GTK_WIDGET (self->outline_flap), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min, &nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->outline_flap), GTK_ORIENTATION_VERTICAL, -1,
                      &min, &nat, NULL, NULL);
}

/* A window made to open a file maps showing nothing but its header bar while the
 * file is read on its thread, and then builds its editor (issue #12). Its first
 * frame waits for the reader, for LOADING_PAGE_DELAY_MS at most (then the loading
 * page shows), so that the first frame anyone sees shows the map, not a blank
 * window: this runs right after the map, before the first frame is painted (GTK
 * paints at a lower priority). */
static gboolean
finish_opening_cb (gpointer data)
{
  TpWindow *self = data;

  self->finish_opening = 0;
  if (!self->loading || self->document == NULL
      || g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "blank") != 0)
    return G_SOURCE_REMOVE;
  /* The map request goes out before the wait. */
  gdk_display_flush (gtk_widget_get_display (GTK_WIDGET (self)));
  /* The editor is built while the file is still read on its thread, not
   * after it: with two cores a big file's first frame comes that much
   * sooner (it is needed as soon as the project shows). */
  _tp_window_ensure_editor (self);
  if (still_reading (self))
    warm_up_first_frame (self);
  if (!tp_document_finish_loading (self->document, LOADING_PAGE_DELAY_MS))
    {
      /* Opening takes a while: the first frame shows the loading page. */
      g_clear_handle_id (&self->loading_page_delay, g_source_remove);
      show_loading_page_cb (self);
    }

  return G_SOURCE_REMOVE;
}

void
_tp_window_finish_opening_soon (TpWindow *self)
{
  if (self->finish_opening == 0)
    self->finish_opening = g_idle_add_full (G_PRIORITY_HIGH, finish_opening_cb, self, NULL);
}

void
tp_window_load_file (TpWindow *self,
                     GFile    *file)
{
  g_autoptr(TpDocument) document = NULL;

  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  tp_bench_probe_open_started ();
  document = tp_document_new_for_file (file);
  self->loading = TRUE;
  self->opened_for_file = FALSE;
  _tp_window_set_document (self, document);

  /* A window made to open a file shows its first frame blank rather than measure and
   * draw a loading page that most files never need: it shows if opening takes a while. */
  g_clear_handle_id (&self->loading_page_delay, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_loading_page (self);
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "blank");
      self->loading_page_delay = g_timeout_add (LOADING_PAGE_DELAY_MS, show_loading_page_cb, self);
    }
  _tp_window_update_actions (self);

  tp_document_load_async (document, self->cancellable, on_load_finished, g_object_ref (self));
}

/* --- Saving ------------------------------------------------------------------ */

void
tp_window_save_file_async (TpWindow           *self,
                           GFile              *file,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _tp_window_save_to (self, file, TP_DOCUMENT_SAVE_NONE, cancellable, callback, user_data);
}

static void
on_document_saved (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TpWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  GError *error = NULL;

  self->saving--;
  /* Actions at once, not at idle: an error dialog may follow and Save must work again. */
  _tp_window_update_actions (self);
  _tp_window_queue_update (self);
  if (!tp_document_save_finish (TP_DOCUMENT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  _tp_window_add_to_recent (file);
  g_task_return_boolean (task, TRUE);
}

void
_tp_window_save_to (TpWindow            *self,
                    GFile               *file,
                    TpDocumentSaveFlags  flags,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, tp_window_save_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  if (self->document == NULL || self->project == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no project to save"));
      return;
    }

  self->saving++;
  _tp_window_update_actions (self);
  tp_document_save_async (self->document, file, flags, cancellable, on_document_saved,
                          g_steal_pointer (&task));
}

gboolean
tp_window_save_file_finish (TpWindow      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_overwrite_response (AdwMessageDialog *dialog,
                       const char       *response,
                       TpWindow         *self)
{
  if (g_strcmp0 (response, "overwrite") == 0 && self->file != NULL)
    _tp_window_save_to (self, self->file, TP_DOCUMENT_SAVE_OVERWRITE, NULL,
                        _tp_window_on_saved, g_object_ref (self->file));
  else if (g_strcmp0 (response, "save-as") == 0)
    _tp_window_save_as (self);
  else
    self->close_after_save = FALSE;
}

void
_tp_window_on_saved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TpWindow *self = TP_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (tp_window_save_file_finish (self, result, &error))
    {
      if (self->close_after_save)
        {
          self->closing_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
      return;
    }

  if (g_error_matches (error, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_CHANGED_ON_DISK))
    {
      dialog = tp_file_dialog_overwrite (GTK_WINDOW (self), self->document);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_overwrite_response), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  self->close_after_save = FALSE;
  if (g_error_matches (error, TP_DOCUMENT_ERROR, TP_DOCUMENT_ERROR_BUSY) || self->document == NULL)
    return;
  dialog = tp_file_dialog_save_error (GTK_WINDOW (self), self->document, file, error);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Closing -------------------------------------------------------------- */

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));

  return G_SOURCE_REMOVE;
}

void
tp_window_close_discarding (TpWindow *self)
{
  g_return_if_fail (TP_IS_WINDOW (self));

  if (self->document != NULL)
    tp_document_discard_draft (self->document);
  self->closing_confirmed = TRUE;
  /* Closed once a dialog that is transient for us has gone. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

void
tp_window_save_and_close (TpWindow *self)
{
  g_return_if_fail (TP_IS_WINDOW (self));

  self->close_after_save = TRUE;
  _tp_window_save (self);
}

gboolean
tp_window_get_modified (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);

  return self->document != NULL && tp_document_get_modified (self->document);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   TpWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    tp_window_close_discarding (self);
  else if (g_strcmp0 (response, "save") == 0)
    tp_window_save_and_close (self);
}

gboolean
_tp_window_ask_before_close (TpWindow *self)
{
  g_autoptr(GPtrArray) documents = NULL;
  AdwMessageDialog *dialog;

  if (self->closing_confirmed || !tp_window_get_modified (self))
    return FALSE;

  documents = g_ptr_array_new ();
  g_ptr_array_add (documents, self->document);
  dialog = tp_file_dialog_unsaved (GTK_WINDOW (self), documents);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* --- Set-up ------------------------------------------------------------------ */

void
_tp_window_init_files (TpWindow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->main_stack));

  /* The notices bar goes right above the editor, under the header bar. */
  self->file_banner = tp_file_banner_new ();
  if (GTK_IS_BOX (parent))
    gtk_box_insert_child_after (GTK_BOX (parent), self->file_banner,
                                gtk_widget_get_prev_sibling (GTK_WIDGET (self->main_stack)));

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
}

void
_tp_window_dispose_files (TpWindow *self)
{
  g_clear_handle_id (&self->load_pulse, g_source_remove);
  g_clear_handle_id (&self->loading_page_delay, g_source_remove);
  g_clear_handle_id (&self->finish_opening, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
}
