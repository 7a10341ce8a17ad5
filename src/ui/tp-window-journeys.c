/* tp-window-journeys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project's personas and journeys: Add Persona, Add Journey (from any
 * template), duplicate, Make Future State, rename, reorder and delete —
 * from the outline's buttons and menu, the header's journey menu and the
 * inspector. Each is one undo step.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-csv-import-dialog.h"
#include "tp-window-private.h"

static void
set_enabled (TpWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* The persona being edited: the primary selection when it is one. */
static TpPersona *
selected_persona (TpWindow *self)
{
  TpElement *primary = tp_selection_get_primary (self->selection);

  if (self->project == NULL || primary == NULL || !TP_IS_PERSONA (primary)
      || tp_element_get_project (primary) != (gpointer) self->project)
    return NULL;
  return TP_PERSONA (primary);
}

static void
show_in_inspector (TpWindow  *self,
                   TpElement *element)
{
  tp_selection_set_one (self->selection, element);
  g_action_group_change_action_state (G_ACTION_GROUP (self), "toggle-inspector",
                                      g_variant_new_boolean (TRUE));
}

void
_tp_window_show_element (TpWindow  *self,
                         TpElement *element)
{
  if (TP_IS_JOURNEY (element))
    tp_window_set_journey (self, TP_JOURNEY (element));
  show_in_inspector (self, element);
}

static void
show_element_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *element;

  if (self->project == NULL)
    return;
  element = tp_project_lookup (self->project, g_variant_get_string (param, NULL));
  if (element != NULL)
    _tp_window_show_element (self, element);
}

/* --- Personas ------------------------------------------------------------ */

static void
add_persona_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  TpWindow *self = user_data;
  TpPersona *persona;

  if (self->project == NULL)
    return;
  persona = tp_project_add_persona (self->project, -1, NULL);
  show_in_inspector (self, TP_ELEMENT (persona));
}

/* A new persona that the visible journey is drawn for, in one step. */
static void
add_persona_for_journey_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  TpWindow *self = user_data;
  TpPersona *persona;

  if (self->project == NULL || self->journey == NULL)
    return;
  tp_project_begin (self->project, _("Add Persona"));
  persona = tp_project_add_persona (self->project, -1, NULL);
  tp_project_set (self->project, self->journey,
                  "persona", tp_element_get_id (TP_ELEMENT (persona)), NULL);
  tp_project_commit (self->project);
  show_in_inspector (self, TP_ELEMENT (persona));
}

static void
duplicate_persona_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *persona = TP_ELEMENT (selected_persona (self));
  g_autoptr(GPtrArray) copies = NULL;

  if (persona == NULL)
    return;
  copies = tp_project_duplicate (self->project, &persona, 1);
  if (copies->len > 0)
    show_in_inspector (self, g_ptr_array_index (copies, 0));
}

/* Journeys drawn for it lose the link in the same undo step (tp_project_delete). */
static void
delete_persona_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *persona = TP_ELEMENT (selected_persona (self));

  if (persona == NULL)
    return;
  tp_selection_clear (self->selection);
  tp_project_delete (self->project, &persona, 1);
}

/* --- Journeys ------------------------------------------------------------ */

static TpLens
default_lens (TpWindow *self)
{
  g_autofree char *nick = NULL;
  int value;

  if (self->settings != NULL)
    nick = g_settings_get_string (self->settings, "default-template");
  if (nick != NULL && tp_enum_from_nick (TP_TYPE_LENS, nick, &value) && value != TP_LENS_CUSTOM)
    return value;
  return TP_LENS_FIVE_PHASES;
}

static void
add_journey (TpWindow *self,
             TpLens    lens)
{
  TpJourney *journey;

  if (self->project == NULL)
    return;
  journey = tp_template_add_journey (self->project, lens);
  if (journey != NULL)
    _tp_window_show_element (self, TP_ELEMENT (journey));
}

static void
add_journey_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  add_journey (user_data, default_lens (user_data));
}

static void
add_journey_from_template_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  int value;

  if (tp_enum_from_nick (TP_TYPE_LENS, g_variant_get_string (param, NULL), &value)
      && value != TP_LENS_CUSTOM)
    add_journey (user_data, value);
}

static void
duplicate_journey_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *journey = TP_ELEMENT (self->journey);
  g_autoptr(GPtrArray) copies = NULL;

  if (self->project == NULL || journey == NULL)
    return;
  copies = tp_project_duplicate (self->project, &journey, 1);
  if (copies->len > 0)
    _tp_window_show_element (self, g_ptr_array_index (copies, 0));
}

static void
make_future_state_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  TpWindow *self = user_data;
  TpJourney *future;

  if (self->project == NULL || self->journey == NULL)
    return;
  future = tp_project_make_future_state (self->project, self->journey);
  _tp_window_show_element (self, TP_ELEMENT (future));
}

static void
rename_journey_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  TpWindow *self = user_data;
  GtkWidget *field;

  if (self->journey == NULL)
    return;
  show_in_inspector (self, TP_ELEMENT (self->journey));
  field = tp_inspector_get_field (self->inspector, "title");
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

static void
move_journey (TpWindow *self,
              int       step)
{
  GPtrArray *journeys;
  int index;

  if (self->project == NULL || self->journey == NULL)
    return;
  journeys = tp_project_get_journeys (self->project);
  index = tp_element_get_index (TP_ELEMENT (self->journey)) + step;
  if (index < 0 || index >= (int) journeys->len)
    return;
  tp_project_begin (self->project, _("Move Journey"));
  tp_project_move (self->project, self->journey, index);
  tp_project_commit (self->project);
}

static void
move_journey_up_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  move_journey (user_data, -1);
}

static void
move_journey_down_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  move_journey (user_data, 1);
}

static void
delete_journey_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  TpWindow *self = user_data;
  TpElement *journey = TP_ELEMENT (self->journey);
  GPtrArray *journeys;
  guint index;

  if (self->project == NULL || journey == NULL)
    return;
  journeys = tp_project_get_journeys (self->project);
  if (journeys->len < 2)
    return;

  /* The neighbour is shown: the one after, else the one before. */
  index = tp_element_get_index (journey);
  tp_selection_clear (self->selection);
  tp_window_set_journey (self, g_ptr_array_index (journeys, index + 1 < journeys->len ? index + 1
                                                                                      : index - 1));
  tp_project_delete (self->project, &journey, 1);
}

/* --- Import CSV ----------------------------------------------------------- */

static void
on_csv_imported (TpWindow  *self,
                 TpJourney *journey)
{
  _tp_window_show_element (self, TP_ELEMENT (journey));
}

void
_tp_window_import_csv (TpWindow *self,
                       GFile    *file)
{
  TpCsvImportDialog *dialog;

  if (self->project == NULL)
    return;
  dialog = tp_csv_import_dialog_new (GTK_WINDOW (self), self->project, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_csv_imported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_csv_chosen (GtkNativeDialog *chooser,
               int              response,
               TpWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL)
    _tp_window_import_csv (self, file);
}

static void
import_csv_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  TpWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_csv_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry journey_entries[] = {
  { "import-csv", import_csv_action },
  { "show-element", show_element_action, "s" },
  { "add-persona", add_persona_action },
  { "add-persona-for-journey", add_persona_for_journey_action },
  { "duplicate-persona", duplicate_persona_action },
  { "delete-persona", delete_persona_action },
  { "add-journey", add_journey_action },
  { "add-journey-from-template", add_journey_from_template_action, "s" },
  { "duplicate-journey", duplicate_journey_action },
  { "make-future-state", make_future_state_action },
  { "rename-journey", rename_journey_action },
  { "move-journey-up", move_journey_up_action },
  { "move-journey-down", move_journey_down_action },
  { "delete-journey", delete_journey_action },
};

void
_tp_window_update_journey_actions (TpWindow *self)
{
  gboolean has_project = self->project != NULL;
  gboolean has_journey = has_project && self->journey != NULL;
  guint n = has_project ? tp_project_get_journeys (self->project)->len : 0;
  int index = has_journey ? tp_element_get_index (TP_ELEMENT (self->journey)) : -1;
  gboolean has_persona = selected_persona (self) != NULL;

  set_enabled (self, "show-element", has_project);
  set_enabled (self, "import-csv", has_project);
  set_enabled (self, "add-persona", has_project);
  set_enabled (self, "add-persona-for-journey", has_journey);
  set_enabled (self, "duplicate-persona", has_persona);
  /* Delete and Ctrl+D act on a persona selected in the outline too. */
  if (has_persona)
    {
      set_enabled (self, "delete", TRUE);
      set_enabled (self, "duplicate", TRUE);
    }
  set_enabled (self, "delete-persona", has_persona);
  set_enabled (self, "add-journey", has_project);
  set_enabled (self, "add-journey-from-template", has_project);
  set_enabled (self, "duplicate-journey", has_journey);
  set_enabled (self, "make-future-state", has_journey);
  set_enabled (self, "rename-journey", has_journey);
  set_enabled (self, "move-journey-up", has_journey && index > 0);
  set_enabled (self, "move-journey-down", has_journey && index >= 0 && index + 1 < (int) n);
  set_enabled (self, "delete-journey", has_journey && n > 1);
}

/* Every template, each adding a journey made from it. */
GMenuModel *
_tp_window_create_template_menu (const char *action)
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
      g_menu_item_set_action_and_target (item, action, "s", lens_class->values[i].value_nick);
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* The header's journey menu. */
static GMenuModel *
create_journey_menu (void)
{
  g_autoptr(GMenuModel) templates = _tp_window_create_template_menu ("win.add-journey-from-template");
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  GMenu *menu = g_menu_new ();

  g_menu_append_submenu (add, _("New _Journey From"), templates);
  g_menu_append (add, _("Add _Persona"), "win.add-persona");
  g_menu_append (add, _("Import _CSV…"), "win.import-csv");
  g_menu_append (edit, _("_Rename Journey…"), "win.rename-journey");
  g_menu_append (edit, _("D_uplicate Journey"), "win.duplicate-journey");
  g_menu_append (edit, _("Make _Future State"), "win.make-future-state");
  g_menu_append (order, _("Move Journey _Up"), "win.move-journey-up");
  g_menu_append (order, _("Move Journey _Down"), "win.move-journey-down");
  g_menu_append (order, _("_Delete Journey"), "win.delete-journey");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));

  return G_MENU_MODEL (menu);
}

void
_tp_window_init_journey_actions (TpWindow *self)
{
  g_autoptr(GMenuModel) menu = create_journey_menu ();

  /* The outline's menu of templates is the editor's (_tp_window_ensure_editor). */
  g_action_map_add_action_entries (G_ACTION_MAP (self), journey_entries,
                                   G_N_ELEMENTS (journey_entries), self);
  _tp_window_set_menu_lazily (self->journey_menu_button, menu);
}
