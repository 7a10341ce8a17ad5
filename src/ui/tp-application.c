/* tp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-application.h"
#include "tp-bench-probe.h"
#include "tp-file-dialogs.h"
#include "tp-window-private.h"

struct _TpApplication
{
  AdwApplication parent_instance;

  guint          recovery_offered : 1;
};

G_DEFINE_FINAL_TYPE (TpApplication, tp_application, ADW_TYPE_APPLICATION)

static int
tp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;

  /* The headless commands (--export, --validate…) were handled before this, by the
   * handler main() connects: see main.c. */
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* The option parser took the file arguments, so GApplication does not see
   * them: open them here, in the running instance if there is one. */
  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("touchpoint: %s\n", error->message);
          return 1;
        }

      g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
      if (g_application_get_is_remote (app))
        return 0;
    }

  return G_APPLICATION_CLASS (tp_application_parent_class)->handle_local_options (app, options);
}

/* The active window when it shows the start state, else a new window
 * (@is_new, if given, says which). */
static TpWindow *
get_empty_window (TpApplication *self,
                  gboolean      *is_new)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean reuse = TP_IS_WINDOW (active) && tp_window_is_empty (TP_WINDOW (active));

  if (is_new != NULL)
    *is_new = !reuse;
  if (reuse)
    return TP_WINDOW (active);

  return tp_window_new (GTK_APPLICATION (self));
}

static TpWindow *
find_window_for_file (TpApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *window_file;

      if (!TP_IS_WINDOW (l->data))
        continue;
      window_file = tp_window_get_file (l->data);
      if (window_file != NULL && g_file_equal (window_file, file))
        return l->data;
    }

  return NULL;
}

static void
on_recovery_response (AdwMessageDialog *dialog,
                      const char       *response,
                      TpApplication    *self)
{
  GPtrArray *items = g_object_get_data (G_OBJECT (dialog), "items");

  for (guint i = 0; i < items->len; i++)
    {
      TpRecoveryItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (response, "recover") == 0)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(TpDocument) document = tp_document_new_from_recovery (item, &error);
          TpWindow *window;

          if (document == NULL)
            {
              g_autofree char *dir = tp_recovery_get_dir ();
              g_autofree char *name = g_strconcat (item->draft_id, ".touchpoint", NULL);
              g_autofree char *path = g_build_filename (dir, name, NULL);
              g_autoptr(GFile) draft = g_file_new_for_path (path);

              gtk_window_present (GTK_WINDOW (tp_file_dialog_open_error (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                                        draft, error)));
              continue;
            }
          window = get_empty_window (self, NULL);
          tp_window_set_document (window, document);
          gtk_window_present (GTK_WINDOW (window));
        }
      else if (g_strcmp0 (response, "discard") == 0)
        tp_recovery_discard (item->draft_id);
    }
}

void
tp_application_offer_recovery (TpApplication *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWindow *parent;
  AdwMessageDialog *dialog;

  g_return_if_fail (TP_IS_APPLICATION (self));

  items = tp_recovery_list ();
  if (items->len == 0)
    return;

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (parent == NULL)
    {
      parent = GTK_WINDOW (tp_window_new (GTK_APPLICATION (self)));
      gtk_window_present (parent);
    }
  dialog = tp_file_dialog_recovery (parent, items);
  g_object_set_data_full (G_OBJECT (dialog), "items", g_ptr_array_ref (items),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_recovery_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Once per process, after the first window is up. */
static void
offer_recovery_once (TpApplication *self)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  tp_application_offer_recovery (self);
}

static void
tp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (tp_window_new (GTK_APPLICATION (app)));

  tp_bench_probe_window (window);
  gtk_window_present (window);
  offer_recovery_once (TP_APPLICATION (app));
}

static void
tp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  TpApplication *self = TP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      TpWindow *window = find_window_for_file (self, files[i]);

      if (window == NULL)
        {
          gboolean is_new;

          window = get_empty_window (self, &is_new);
          tp_window_load_file (window, files[i]);
          _tp_window_set_opened_for_file (window, is_new);
        }
      tp_bench_probe_window (GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (window));
    }
  offer_recovery_once (self);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  TpWindow *window = tp_window_new (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
new_project_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  TpApplication *self = user_data;
  g_autoptr(TpProject) project = NULL;
  TpWindow *window;
  int lens;

  if (!tp_enum_from_nick (TP_TYPE_LENS, g_variant_get_string (param, NULL), &lens))
    lens = TP_LENS_FIVE_PHASES;

  project = tp_template_new_project (lens);
  window = get_empty_window (self, NULL);
  tp_window_set_project (window, project, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

/* Ctrl+N: a project from the default template (a setting, when installed). */
static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  g_autoptr(GSettings) settings = _tp_settings_new_if_installed ();
  g_autoptr(GVariant) lens = NULL;

  if (settings != NULL)
    lens = g_variant_ref_sink (g_settings_get_value (settings, "default-template"));
  else
    lens = g_variant_ref_sink (g_variant_new_string ("five_phases"));
  new_project_action (NULL, lens, user_data);
}

typedef struct
{
  TpApplication *app;
  gboolean       save;
} QuitDecision;

static void
quit_decision_free (gpointer data)
{
  QuitDecision *decision = data;

  g_object_unref (decision->app);
  g_free (decision);
}

/* Run once the dialog has gone: it is transient for one of the windows. */
static gboolean
quit_idle_cb (gpointer data)
{
  QuitDecision *decision = data;
  g_autoptr(GList) windows = NULL;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (decision->app)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (!TP_IS_WINDOW (l->data) || !tp_window_get_modified (l->data))
        gtk_window_close (l->data);
      else if (decision->save)
        tp_window_save_and_close (l->data);
      else
        tp_window_close_discarding (l->data);
    }

  return G_SOURCE_REMOVE;
}

static void
on_quit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  TpApplication    *self)
{
  QuitDecision *decision;

  if (g_strcmp0 (response, "save") != 0 && g_strcmp0 (response, "discard") != 0)
    return;

  decision = g_new0 (QuitDecision, 1);
  decision->app = g_object_ref (self);
  decision->save = g_strcmp0 (response, "save") == 0;
  g_idle_add_full (G_PRIORITY_DEFAULT, quit_idle_cb, decision, quit_decision_free);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  TpApplication *self = user_data;
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GList) windows = NULL;
  AdwMessageDialog *dialog;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    if (TP_IS_WINDOW (l->data) && tp_window_get_modified (l->data))
      g_ptr_array_add (documents, tp_window_get_document (l->data));

  if (documents->len == 0)
    {
      for (GList *l = windows; l != NULL; l = l->next)
        gtk_window_close (l->data);
      return;
    }

  /* One question for every project with changes, as the quit is one decision. */
  dialog = tp_file_dialog_unsaved (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   documents);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_quit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { _("The Touchpoint authors"), NULL };

  adw_show_about_window (parent,
                         "application-name", _("Touchpoint"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Touchpoint authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Map the journeys your customers take, as journey maps, "
                                       "service blueprints and store flows"),
                         "developers", developers,
                         "translator-credits", _("translator-credits"),
                         "copyright", _("© The Touchpoint authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

char *
tp_application_help_uri_for (const char * const *data_dirs,
                             const char         *source_dir)
{
  g_autofree char *source_index = NULL;

  /* Yelp resolves help:touchpoint in DIR/help/LANG/touchpoint of the data folders,
   * and every installed language comes with C. */
  for (guint i = 0; data_dirs != NULL && data_dirs[i] != NULL; i++)
    {
      g_autofree char *index = g_build_filename (data_dirs[i], "help", "C", "touchpoint",
                                                 "index.page", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_strdup ("help:touchpoint");
    }

  /* Not installed (tools/run runs the build tree): the pages themselves. */
  if (source_dir != NULL)
    source_index = g_build_filename (source_dir, "index.page", NULL);
  if (source_index != NULL && g_file_test (source_index, G_FILE_TEST_IS_REGULAR))
    return g_strconcat ("ghelp:", source_dir, NULL);

  return g_strdup ("help:touchpoint");
}

char *
tp_application_get_help_uri (void)
{
  g_autoptr(GPtrArray) dirs = g_ptr_array_new ();
  const char * const *system_dirs = g_get_system_data_dirs ();

  g_ptr_array_add (dirs, (gpointer) g_get_user_data_dir ());
  for (guint i = 0; system_dirs[i] != NULL; i++)
    g_ptr_array_add (dirs, (gpointer) system_dirs[i]);
  g_ptr_array_add (dirs, NULL);

  return tp_application_help_uri_for ((const char * const *) dirs->pdata, SOURCE_HELPDIR);
}

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autofree char *uri = tp_application_get_help_uri ();

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_entries[] = {
  { "new-window", new_window_action },
  { "new", new_action },
  { "new-project", new_project_action, "s" },
  { "quit", quit_action },
  { "about", about_action },
  { "help", help_action },
  { "shortcuts", shortcuts_action },
};

static void
set_accels (GtkApplication *app,
            const char     *action,
            const char     *accel,
            const char     *accel2)
{
  const char *accels[] = { accel, accel2, NULL };

  gtk_application_set_accels_for_action (app, action, accels);
}

static void
load_icon_theme_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  /* Any lookup loads the theme if it is not loaded; lookups are thread-safe. */
  gtk_icon_theme_has_icon (task_data, APP_ID);
}

/* GtkApplication's startup starts loading the icon theme on a thread and adds
 * the app's icons; adw_init, right after it, adds libadwaita's icons, which
 * throws that theme away. The window's first icon (the header bar's, before
 * the window maps) would then load the theme again on the main thread: load
 * it on a thread now, while the window is being built. */
static void
load_icon_theme_in_thread (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (gtk_icon_theme_get_for_display (display)),
                        g_object_unref);
  g_task_run_in_thread (task, load_icon_theme_thread);
}

static void
tp_application_startup (GApplication *app)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (tp_application_parent_class)->startup (app);
  load_icon_theme_in_thread ();

  g_set_application_name (_("Touchpoint"));
  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);

  set_accels (gtk_app, "app.quit", "<Control>q", NULL);
  set_accels (gtk_app, "app.new-window", "<Control><Shift>n", NULL);
  set_accels (gtk_app, "app.new", "<Control>n", NULL);
  set_accels (gtk_app, "app.help", "F1", NULL);
  /* GtkApplication sets this only for a gtk/help-overlay.ui it loads into every new
   * window; ours is built when first shown (tp-window-actions.c). */
  set_accels (gtk_app, "win.show-help-overlay", "<Control>question", NULL);
  set_accels (gtk_app, "win.open", "<Control>o", NULL);
  set_accels (gtk_app, "win.save", "<Control>s", NULL);
  set_accels (gtk_app, "win.save-as", "<Control><Shift>s", NULL);
  set_accels (gtk_app, "win.toggle-outline", "F9", NULL);
  set_accels (gtk_app, "win.toggle-inspector", "<Shift>F9", NULL);
  set_accels (gtk_app, "win.zoom-in", "<Control>plus", "<Control>equal");
  set_accels (gtk_app, "win.zoom-out", "<Control>minus", NULL);
  set_accels (gtk_app, "win.zoom-reset", "<Control>0", NULL);
  set_accels (gtk_app, "win.focus-next-panel", "F6", NULL);
  set_accels (gtk_app, "win.focus-previous-panel", "<Shift>F6", NULL);
  set_accels (gtk_app, "win.add-phase", "<Control><Shift>p", NULL);
  set_accels (gtk_app, "win.add-lane", "<Control><Shift>l", NULL);
  set_accels (gtk_app, "win.show-rollup", "<Control><Shift>f", NULL);
  set_accels (gtk_app, "win.show-view::journey", "<Alt>1", NULL);
  set_accels (gtk_app, "win.show-view::blueprint", "<Alt>2", NULL);
  set_accels (gtk_app, "win.show-view::analysis", "<Alt>3", NULL);
  set_accels (gtk_app, "win.show-view::store-flow", "<Alt>4", NULL);
}

static void
tp_application_class_init (TpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = tp_application_handle_local_options;
  app_class->startup = tp_application_startup;
  app_class->activate = tp_application_activate;
  app_class->open = tp_application_open;
}

static void
tp_application_init (TpApplication *self)
{
}

TpApplication *
tp_application_new (void)
{
  return g_object_new (TP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/touchpoint/Touchpoint",
                       NULL);
}
