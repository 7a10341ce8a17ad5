/* tp-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "io/tp-format.h"
#include "tp-lazy-menu.h"
#include "tp-message-dialog.h"
#include "tp-present-button.h"
#include "tp-window-private.h"

G_DEFINE_FINAL_TYPE (TpWindow, tp_window, ADW_TYPE_APPLICATION_WINDOW)

GSettings *
_tp_settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL
      || !g_settings_schema_has_key (schema, "window-width")
      || !g_settings_schema_has_key (schema, "window-height")
      || !g_settings_schema_has_key (schema, "window-maximized")
      || !g_settings_schema_has_key (schema, "default-template")
      || !g_settings_schema_has_key (schema, "autosave-interval"))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

TpJourney *
_tp_element_get_journey (TpElement *element)
{
  while (element != NULL && !TP_IS_JOURNEY (element))
    element = tp_element_get_parent (element);

  return element ? TP_JOURNEY (element) : NULL;
}

static char *
get_display_name (TpWindow *self)
{
  return tp_document_name_project (self->project ? tp_project_get_title (self->project) : NULL,
                                   self->file);
}

void
_tp_window_show_error (TpWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog;

  dialog = GTK_WIDGET (tp_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_title (TpWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  /* The start page has no views to switch between: it shows the application's name.
   * The switcher's buttons are made when a project first shows (a window opening a
   * file maps before the file is read), or while its file is read (tp-window-files.c's
   * warm_up_first_frame). */
  if (self->project != NULL && adw_view_switcher_title_get_stack (self->switcher_title) == NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, self->project != NULL);
  if (self->project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Touchpoint"));
      adw_view_switcher_title_set_title (self->switcher_title, _("Touchpoint"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      return;
    }

  name = get_display_name (self);
  if (self->document != NULL && tp_document_get_modified (self->document))
    /* Translators: the window title of a project with unsaved changes */
    title = g_strdup_printf (_("• %s"), name);
  else
    title = g_strdup (name);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  /* With several journeys the journey selector already names the one shown. */
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        self->journey != NULL
                                        && tp_project_get_journeys (self->project)->len == 1
                                        ? tp_journey_get_title (self->journey) : NULL);
}

static void on_journey_dropdown_selected (TpWindow *self);

/* The journey drop-down is made when the window first shows a project with several
 * journeys: a window opening a file maps before it is read, and most projects have
 * one journey (issue #12: nothing the first window does not show is built before
 * it shows). It goes left of the journey menu, last of the header bar's end. */
static void
ensure_journey_dropdown (TpWindow *self)
{
  GtkWidget *dropdown;

  if (self->journey_dropdown != NULL)
    return;
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->journey_titles)), NULL);
  self->journey_dropdown = GTK_DROP_DOWN (dropdown);
  gtk_widget_set_tooltip_text (dropdown, _("Choose the journey to show"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Journey"), -1);
  g_signal_connect_object (dropdown, "notify::selected",
                           G_CALLBACK (on_journey_dropdown_selected), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (self->header_bar, dropdown);
}

static void
update_journey_dropdown (TpWindow *self)
{
  GPtrArray *journeys = self->project ? tp_project_get_journeys (self->project) : NULL;
  guint n = journeys ? journeys->len : 0;
  guint selected = GTK_INVALID_LIST_POSITION;
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (self->journey_titles));
  g_autofree const char **titles = NULL;

  if (n <= 1 && self->journey_dropdown == NULL)
    return;
  ensure_journey_dropdown (self);
  titles = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      TpJourney *journey = g_ptr_array_index (journeys, i);
      const char *title = tp_journey_get_title (journey);

      titles[i] = title && *title ? title : _("Untitled journey");
      if (journey == self->journey)
        selected = i;
      if (same)
        same = g_strcmp0 (titles[i], gtk_string_list_get_string (self->journey_titles, i)) == 0;
    }

  self->updating_dropdown = TRUE;
  if (!same)
    gtk_string_list_splice (self->journey_titles, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->journey_titles)),
                            titles);
  gtk_drop_down_set_selected (self->journey_dropdown, selected);
  self->updating_dropdown = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->journey_dropdown), n > 1);
}

gboolean
_tp_window_is_visible_element (TpWindow  *self,
                               TpElement *element)
{
  TpJourney *journey;

  if (self->project == NULL || tp_element_get_project (element) != (gpointer) self->project)
    return FALSE;

  /* Things of the whole project (itself, personas, floor plans) are always at hand. */
  journey = _tp_element_get_journey (element);

  return journey == NULL || journey == self->journey;
}

/* Drops selected elements that are no longer part of the project, or that
 * belong to a journey that is not shown: nobody edits what they cannot see. */
static void
prune_selection (TpWindow *self)
{
  GPtrArray *items = tp_selection_get_items (self->selection);
  g_autoptr(GPtrArray) keep = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      TpElement *element = g_ptr_array_index (items, i);

      if (_tp_window_is_visible_element (self, element))
        g_ptr_array_add (keep, element);
    }

  if (keep->len != items->len)
    tp_selection_set (self->selection, (TpElement **) keep->pdata, keep->len);
}

static gboolean
update_idle_cb (gpointer data)
{
  TpWindow *self = data;

  self->update_idle = 0;

  prune_selection (self);
  if (self->project != NULL
      && (self->journey == NULL
          || tp_element_get_project (TP_ELEMENT (self->journey)) != (gpointer) self->project))
    {
      GPtrArray *journeys = tp_project_get_journeys (self->project);

      tp_window_set_journey (self, journeys->len > 0 ? g_ptr_array_index (journeys, 0) : NULL);
    }
  update_journey_dropdown (self);
  update_title (self);
  _tp_window_update_actions (self);

  return G_SOURCE_REMOVE;
}

void
_tp_window_queue_update (TpWindow *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, update_idle_cb, self, NULL);
}

static void
on_selection_changed (TpWindow *self)
{
  TpElement *primary = tp_selection_get_primary (self->selection);
  TpJourney *journey;

  if (primary != NULL && self->project != NULL
      && tp_element_get_project (primary) == (gpointer) self->project)
    {
      journey = _tp_element_get_journey (primary);
      if (journey != NULL && journey != self->journey)
        tp_window_set_journey (self, journey);
      if (journey != NULL && !TP_IS_JOURNEY (primary) && gtk_widget_get_realized (GTK_WIDGET (self)))
        {
          TpCanvas *canvas = _tp_window_get_visible_canvas (self);

          if (canvas != NULL)
            tp_canvas_scroll_to (canvas, primary);
        }
    }

  _tp_window_update_actions (self);
}

TpCanvas *
_tp_window_get_visible_canvas (TpWindow *self)
{
  GtkWidget *visible;

  if (self->view_stack == NULL)
    return NULL;                /* no editor yet */
  visible = adw_view_stack_get_visible_child (self->view_stack);

  /* The store flow's page is its list of touchpoints beside its plan. */
  if (visible != NULL && visible == self->store_flow_page)
    return TP_CANVAS (self->store_flow_view);
  /* The analysis has its overlay chooser over it. */
  if (visible != NULL && GTK_IS_OVERLAY (visible))
    visible = gtk_overlay_get_child (GTK_OVERLAY (visible));
  return visible != NULL && TP_IS_CANVAS (visible) ? TP_CANVAS (visible) : NULL;
}

/* The widget of the view shown (journey map, blueprint…), which takes the keys. */
GtkWidget *
_tp_window_get_visible_map (TpWindow *self)
{
  TpCanvas *canvas = _tp_window_get_visible_canvas (self);

  return canvas != NULL ? GTK_WIDGET (canvas) : GTK_WIDGET (self->journey_view);
}

const char *
_tp_window_get_visible_view (TpWindow *self)
{
  const char *name = self->view_stack != NULL ? adw_view_stack_get_visible_child_name (self->view_stack)
                                              : NULL;

  return name != NULL ? name : "journey";
}

void
_tp_window_on_zoom_changed (TpWindow *self)
{
  TpCanvas *canvas = _tp_window_get_visible_canvas (self);
  double zoom = 1.0;
  g_autofree char *label = NULL;

  if (canvas != NULL || self->journey_view != NULL)
    zoom = tp_canvas_get_zoom (canvas != NULL ? canvas : TP_CANVAS (self->journey_view));

  /* Translators: the zoom level, e.g. "100 %" */
  label = g_strdup_printf (_("%.0f %%"), zoom * 100.);
  gtk_menu_button_set_label (self->zoom_button, label);
}

/* A journey shows the view it was last seen in; a blueprint-lens journey
 * opens as a blueprint, a store visit as its store flow. */
static void
show_journey_page (TpWindow *self)
{
  const char *name = NULL;

  if (self->journey == NULL || self->view_stack == NULL)
    return;
  name = g_hash_table_lookup (self->journey_pages, self->journey);
  if (name == NULL)
    switch (tp_journey_get_lens (self->journey))
      {
      case TP_LENS_BLUEPRINT:
        name = "blueprint";
        break;
      case TP_LENS_STORE_VISIT:
        name = "store-flow";
        break;
      default:
        name = "journey";
        break;
      }
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
on_journey_dropdown_selected (TpWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->journey_dropdown);
  GPtrArray *journeys;

  if (self->updating_dropdown || self->project == NULL)
    return;

  journeys = tp_project_get_journeys (self->project);
  if (selected < journeys->len)
    tp_window_set_journey (self, g_ptr_array_index (journeys, selected));
}

static void
on_new_project (TpWindow *self,
                TpLens    lens)
{
  g_autoptr(TpProject) project = tp_template_new_project (lens);

  tp_window_set_project (self, project, NULL);
}

static void
on_open_file (TpWindow *self,
              GFile    *file)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (app != NULL)
    g_application_open (app, &file, 1, "");
  else
    tp_window_load_file (self, file);
}

/* Shows the main stack's page @name. The editor and the loading page are
 * invisible until first shown: GTK styles every visible widget of a window
 * before it maps, the stack's pages not shown included, and a window made to
 * open a file maps showing the blank page. Nothing fades in from the blank page,
 * which is never seen as a state of its own: the first frame after opening a
 * file shows the map, not a blank window crossfading to it. */
void
_tp_window_show_page (TpWindow   *self,
                      const char *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->main_stack, name);
  gboolean from_blank = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                   "blank") == 0;

  g_return_if_fail (page != NULL);

  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child_full (self->main_stack, name,
                                    from_blank ? GTK_STACK_TRANSITION_TYPE_NONE
                                               : GTK_STACK_TRANSITION_TYPE_CROSSFADE);
}

/* The start page is built when a window without a project is first shown: a window
 * made to open a file never builds it (issue #12: nothing the first window does not
 * show is built before it shows). */
static void
show_start_page (TpWindow *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;                     /* on_map() shows it */

  if (self->start_page == NULL)
    {
      self->start_page = TP_START_PAGE (tp_start_page_new ());
      g_signal_connect_object (self->start_page, "new-project",
                               G_CALLBACK (on_new_project), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->start_page, "open-file",
                               G_CALLBACK (on_open_file), self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->start_page), "start");
    }
  else
    tp_start_page_reload_recent (self->start_page);
  _tp_window_show_page (self, "start");
  /* As after opening a file: the start page is what a window without a file shows. */
  _tp_window_trim_heap_once_settled (self);
}

static void
on_map (TpWindow *self)
{
  if (self->project == NULL && !self->loading)
    show_start_page (self);
  else if (self->loading)
    _tp_window_finish_opening_soon (self);
}

static gboolean
on_file_drop (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              TpWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    on_open_file (self, l->data);

  return files != NULL;
}

static void
save_window_size (TpWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
tp_window_close_request (GtkWindow *window)
{
  TpWindow *self = TP_WINDOW (window);
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (tp_window_parent_class);

  if (_tp_window_ask_before_close (self))
    return TRUE;

  save_window_size (self);

  return parent_class->close_request ? parent_class->close_request (window) : FALSE;
}

static void
on_project_changed (TpWindow *self)
{
  _tp_window_queue_update (self);
}

static void
tp_window_dispose (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->update_idle, g_source_remove);
  _tp_window_dispose_files (self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WINDOW);
  /* The parts made when first needed went with the header bar and the main stack. */
  self->journey_dropdown = NULL;
  self->loading_page = NULL;
  self->load_progress = NULL;
  /* The editor went with the main stack. */
  self->outline_flap = NULL;
  self->inspector_flap = NULL;
  self->outline = NULL;
  self->inspector = NULL;
  self->palette = NULL;
  self->tool_bar = NULL;
  self->tool_bar_separator = NULL;
  self->add_lane_kind_button = NULL;
  self->add_journey_template_button = NULL;
  self->view_stack = NULL;
  self->switcher_bar = NULL;
  self->journey_view = NULL;
  self->blueprint_view = NULL;
  self->blueprint_hint = NULL;
  self->analysis_page = NULL;
  self->overlay_button = NULL;
  self->store_flow_view = NULL;
  self->store_flow_list = NULL;
  self->store_flow_page = NULL;

  G_OBJECT_CLASS (tp_window_parent_class)->dispose (object);
}

static void
tp_window_finalize (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  g_clear_object (&self->project);
  g_clear_object (&self->journey);
  g_clear_pointer (&self->journey_pages, g_hash_table_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->selection);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->journey_titles);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tp_window_parent_class)->finalize (object);
}

static void
tp_window_class_init (TpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tp_window_dispose;
  object_class->finalize = tp_window_finalize;
  window_class->close_request = tp_window_close_request;

  g_type_ensure (TP_TYPE_START_PAGE);
  g_type_ensure (TP_TYPE_PRESENT_BUTTON);
  g_type_ensure (TP_TYPE_OUTLINE);
  g_type_ensure (TP_TYPE_INSPECTOR);
  g_type_ensure (TP_TYPE_CARD_PALETTE);
  g_type_ensure (TP_TYPE_JOURNEY_VIEW);
  g_type_ensure (TP_TYPE_BLUEPRINT_VIEW);
  g_type_ensure (TP_TYPE_ANALYSIS_PAGE);
  g_type_ensure (TP_TYPE_STORE_FLOW_VIEW);
  g_type_ensure (TP_TYPE_STORE_FLOW_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/touchpoint/Touchpoint/tp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TpWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, primary_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, journey_menu_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, outline_toggle);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, inspector_toggle);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, zoom_menu);
}

void
_tp_window_set_menu_lazily (GtkMenuButton *button,
                            GMenuModel    *model)
{
  tp_menu_button_set_menu_lazily (button, model);
}

static GMenuModel *
create_new_menu (void)
{
  g_autoptr(GEnumClass) lens_class = g_type_class_ref (TP_TYPE_LENS);
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < lens_class->n_values; i++)
    {
      TpLens lens = lens_class->values[i].value;
      g_autoptr(GMenuItem) item = NULL;

      if (lens == TP_LENS_CUSTOM)
        continue;
      item = g_menu_item_new (tp_template_get_label (lens), NULL);
      g_menu_item_set_action_and_target (item, "app.new-project", "s",
                                         tp_enum_to_nick (TP_TYPE_LENS, lens));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

static void
tp_window_init (TpWindow *self)
{
  g_autoptr(GMenuModel) new_menu = NULL;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = tp_selection_new ();
  self->cancellable = g_cancellable_new ();
  self->journey_titles = gtk_string_list_new (NULL);

  new_menu = create_new_menu ();
  _tp_window_set_menu_lazily (self->new_button, new_menu);
  _tp_window_set_menu_lazily (self->primary_button, self->primary_menu);
  _tp_window_set_menu_lazily (self->zoom_button, self->zoom_menu);

  g_signal_connect_object (self->selection, "changed",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  self->journey_pages = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_file_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  /* The size of the last window closed is where the next one starts. */
  self->settings = _tp_settings_new_if_installed ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  _tp_window_init_actions (self);
  _tp_window_init_files (self);
  _tp_window_on_zoom_changed (self);
  tp_window_set_project (self, NULL, NULL);
}

TpWindow *
tp_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TP_TYPE_WINDOW, "application", application, NULL);
}

TpProject *
tp_window_get_project (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->project;
}

GFile *
tp_window_get_file (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->file;
}

TpSelection *
tp_window_get_selection (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->selection;
}

TpJourney *
tp_window_get_journey (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->journey;
}

gboolean
tp_window_is_empty (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);

  return self->project == NULL && !self->loading;
}

void
tp_window_set_journey (TpWindow  *self,
                       TpJourney *journey)
{
  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (journey == NULL || TP_IS_JOURNEY (journey));

  if (!g_set_object (&self->journey, journey))
    return;

  /* The window owns the visible journey; the canvas, the selection (and so
   * the inspector and the outline) and the actions follow it, at once. */
  if (journey != NULL)
    _tp_window_ensure_editor (self);
  if (self->view_stack == NULL)
    {
      prune_selection (self);
      _tp_window_update_actions (self);
      _tp_window_queue_update (self);
      return;
    }
  tp_canvas_set_journey (TP_CANVAS (self->journey_view), journey);
  tp_canvas_set_journey (TP_CANVAS (self->blueprint_view), journey);
  tp_canvas_set_journey (TP_CANVAS (self->analysis_page), journey);
  tp_canvas_set_journey (TP_CANVAS (self->store_flow_view), journey);
  tp_store_flow_list_set_journey (self->store_flow_list, journey);
  show_journey_page (self);
  prune_selection (self);
  _tp_window_update_actions (self);
  _tp_window_queue_update (self);
}

void
tp_window_set_project (TpWindow  *self,
                       TpProject *project,
                       GFile     *file)
{
  g_autoptr(TpDocument) document = NULL;

  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (project == NULL || TP_IS_PROJECT (project));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (project != NULL)
    document = tp_document_new (project, file);
  _tp_window_set_document (self, document);
}

void
_tp_window_show_project (TpWindow  *self,
                         TpProject *project,
                         GFile     *file)
{
  GPtrArray *journeys;

  tp_selection_clear (self->selection);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed, self);
  g_set_object (&self->project, project);
  g_set_object (&self->file, file);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self,
                             G_CONNECT_SWAPPED);

  journeys = project ? tp_project_get_journeys (project) : NULL;
  g_set_object (&self->journey, journeys && journeys->len > 0 ? g_ptr_array_index (journeys, 0) : NULL);
  g_hash_table_remove_all (self->journey_pages);
  if (project != NULL)
    _tp_window_ensure_editor (self);
  if (self->view_stack == NULL)
    {
      show_start_page (self);
      update_journey_dropdown (self);
      update_title (self);
      _tp_window_update_actions (self);
      return;
    }
  tp_canvas_set_project (TP_CANVAS (self->journey_view), project);
  tp_canvas_set_journey (TP_CANVAS (self->journey_view), self->journey);
  tp_canvas_set_project (TP_CANVAS (self->blueprint_view), project);
  tp_canvas_set_journey (TP_CANVAS (self->blueprint_view), self->journey);
  tp_canvas_set_project (TP_CANVAS (self->analysis_page), project);
  tp_canvas_set_journey (TP_CANVAS (self->analysis_page), self->journey);
  tp_canvas_set_project (TP_CANVAS (self->store_flow_view), project);
  tp_canvas_set_journey (TP_CANVAS (self->store_flow_view), self->journey);
  tp_store_flow_list_set_project (self->store_flow_list, project);
  tp_store_flow_list_set_journey (self->store_flow_list, self->journey);
  show_journey_page (self);
  tp_outline_set_project (self->outline, project);
  tp_inspector_set_project (self->inspector, project);

  if (project == NULL)
    show_start_page (self);
  else
    _tp_window_show_page (self, "editor");
  if (project != NULL)
    /* The map, not a button of the start page that went away, takes the keys. */
    gtk_widget_grab_focus (_tp_window_get_visible_map (self));

  update_journey_dropdown (self);
  update_title (self);
  _tp_window_update_actions (self);
}
