/* tp-ui-test.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tp-ui-test.h"

static TpApplication *test_app;
static char *test_home;

void
tp_ui_test_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;

  /* Own data, config and cache folders (recent files), but the system's
   * data dirs, where the GSettings schemas libadwaita needs are. */
  test_home = g_dir_make_tmp ("tp-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  data = g_build_filename (test_home, "data", NULL);
  config = g_build_filename (test_home, "config", NULL);
  cache = g_build_filename (test_home, "cache", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  g_test_init (argc, argv, NULL);

  test_app = g_object_new (TP_TYPE_APPLICATION,
                           "application-id", APP_ID ".Test",
                           "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                           "resource-base-path", "/io/github/touchpoint/Touchpoint",
                           NULL);
  g_assert_true (g_application_register (G_APPLICATION (test_app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (test_app));
}

static void
delete_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
        break;
      delete_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

int
tp_ui_test_run (void)
{
  g_autoptr(GFile) home = g_file_new_for_path (test_home);
  int status = g_test_run ();

  delete_tree (home);
  g_clear_pointer (&test_home, g_free);

  return status;
}

TpApplication *
tp_ui_test_get_app (void)
{
  return test_app;
}

void
tp_ui_test_spin (void)
{
  for (guint i = 0; i < 10000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static gboolean
on_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
tp_ui_test_wait (gboolean *flag)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, on_timeout, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);
  tp_ui_test_spin ();
}

void
tp_ui_test_wait_until (TpUiTestCondition condition,
                       gpointer          data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      tp_ui_test_sleep (10);
    }
  tp_ui_test_spin ();
}

void
tp_ui_test_sleep (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

GdkTexture *
tp_ui_test_render (GtkWidget *widget)
{
  return tp_ui_test_render_area (widget, 1.0, NULL);
}

GdkTexture *
tp_ui_test_render_area (GtkWidget             *widget,
                        double                 scale,
                        const graphene_rect_t *area)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, on_timeout, &timed_out);
  graphene_rect_t whole;
  int width = 0, height = 0;

  while (!timed_out)
    {
      GtkSnapshot *snapshot;

      tp_ui_test_spin ();
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (width > 0 && height > 0 && gtk_widget_get_mapped (widget))
        {
          snapshot = gtk_snapshot_new ();
          gtk_snapshot_scale (snapshot, scale, scale);
          gdk_paintable_snapshot (paintable, snapshot, width, height);
          node = gtk_snapshot_free_to_node (snapshot);
          if (node != NULL)
            break;
        }
      g_main_context_iteration (NULL, TRUE);
    }
  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);

  whole = GRAPHENE_RECT_INIT (0, 0, width, height);
  if (area == NULL)
    area = &whole;
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node,
                                      &GRAPHENE_RECT_INIT (area->origin.x * scale,
                                                           area->origin.y * scale,
                                                           area->size.width * scale,
                                                           area->size.height * scale));
}

TpWindow *
tp_ui_test_new_window (TpLens lens)
{
  g_autoptr(TpProject) project = tp_template_new_project (lens);
  TpWindow *window = tp_window_new (GTK_APPLICATION (test_app));

  tp_project_set_id_seed (project, 42);
  tp_window_set_project (window, project, NULL);
  tp_ui_test_spin ();

  return window;
}

GtkWidget *
tp_ui_test_find (GtkWidget     *widget,
                 TpUiTestMatch  match,
                 gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tp_ui_test_find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
tp_ui_test_find_widget (GtkWidget *widget,
                        GType      type)
{
  return tp_ui_test_find (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

GtkWidget *
tp_ui_test_find_action_button (GtkWidget  *widget,
                               const char *action)
{
  return tp_ui_test_find (widget, is_action_button, action);
}

static gboolean
is_palette_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  TpCardKind kind = GPOINTER_TO_INT (data);
  g_autofree char *quoted = g_strdup_printf ("“%s”", tp_enum_get_label (TP_TYPE_CARD_KIND, kind));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  return GTK_IS_BUTTON (widget) && tooltip != NULL && strstr (tooltip, quoted) != NULL;
}

GtkWidget *
tp_ui_test_find_palette_button (GtkWidget  *widget,
                                TpCardKind  kind)
{
  return tp_ui_test_find (widget, is_palette_button, GINT_TO_POINTER (kind));
}

static gboolean
is_labelled (GtkWidget     *widget,
             gconstpointer  label)
{
  g_autofree char *mismatch = NULL;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  return mismatch == NULL;
}

GtkWidget *
tp_ui_test_find_labelled (GtkWidget  *widget,
                          const char *label)
{
  return tp_ui_test_find (widget, is_labelled, label);
}

static gboolean
key_controllers (GtkWidget           *widget,
                 GtkPropagationPhase  phase,
                 guint                keyval,
                 GdkModifierType      mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);
      gboolean handled = FALSE;

      if (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phase)
        continue;
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, mods, &handled);
      else if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        for (guint i = 0; !handled && i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

            if (GTK_IS_KEYVAL_TRIGGER (trigger)
                && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
                && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
              handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                      widget, gtk_shortcut_get_arguments (shortcut));
          }
      if (handled)
        return TRUE;
    }
  return FALSE;
}

gboolean
tp_ui_test_send_key (GtkWidget       *widget,
                     guint            keyval,
                     GdkModifierType  mods)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);
  for (guint i = chain->len; i-- > 0;)
    if (key_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, keyval, mods))
      return TRUE;
  for (guint i = 0; i < chain->len; i++)
    if (key_controllers (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, keyval, mods))
      return TRUE;
  return FALSE;
}
