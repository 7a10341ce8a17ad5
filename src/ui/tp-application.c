/* tp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cli/tp-cli.h"
#include "tp-application.h"
#include "tp-window-private.h"

struct _TpApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (TpApplication, tp_application, ADW_TYPE_APPLICATION)

static int
tp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;
  int status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  status = tp_cli_run (options, files);
  if (status >= 0)
    return status;

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

/* The active window when it shows the start state, else a new window. */
static TpWindow *
get_empty_window (TpApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (TP_IS_WINDOW (active) && tp_window_is_empty (TP_WINDOW (active)))
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
tp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (tp_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
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
          window = get_empty_window (self);
          tp_window_load_file (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
    }
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
  window = get_empty_window (self);
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

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_autoptr(GList) windows = NULL;

  /* Closing each window asks about its unsaved changes; the last one quits. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
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

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_uri (parent, "help:touchpoint", GDK_CURRENT_TIME);
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
tp_application_startup (GApplication *app)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (tp_application_parent_class)->startup (app);

  g_set_application_name (_("Touchpoint"));
  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);

  set_accels (gtk_app, "app.quit", "<Control>q", NULL);
  set_accels (gtk_app, "app.new-window", "<Control><Shift>n", NULL);
  set_accels (gtk_app, "app.new", "<Control>n", NULL);
  set_accels (gtk_app, "app.help", "F1", NULL);
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
  tp_cli_add_options (G_APPLICATION (self));
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
