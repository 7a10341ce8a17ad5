/* tp-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window actions (win.*) and the one place where
 * actions are enabled and disabled.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-accelerators.h"
#include "tp-presentation.h"
#include "tp-window-private.h"

gboolean
_tp_window_is_editable_element (gpointer element)
{
  return TP_IS_CARD (element) || TP_IS_PHASE (element) || TP_IS_LANE (element);
}

GPtrArray *
_tp_window_get_selected_elements (TpWindow *self)
{
  GPtrArray *items = tp_selection_get_items (self->selection);
  GPtrArray *elements = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      TpElement *element = g_ptr_array_index (items, i);

      if (_tp_window_is_editable_element (element)
          && _tp_window_is_visible_element (self, element))
        g_ptr_array_add (elements, element);
    }

  return elements;
}

/* What Delete removes: the selected cards, phases and lanes and the selected arrows, of
 * the journey shown. */
static GPtrArray *
deletable_elements (TpWindow *self)
{
  GPtrArray *elements = _tp_window_get_selected_elements (self);
  GPtrArray *items = tp_selection_get_items (self->selection);

  for (guint i = 0; i < items->len; i++)
    {
      TpElement *element = g_ptr_array_index (items, i);

      if (TP_IS_CONNECTION (element) && _tp_window_is_visible_element (self, element))
        g_ptr_array_add (elements, element);
    }
  return elements;
}

static gboolean
has_selected_elements (TpWindow *self)
{
  g_autoptr(GPtrArray) elements = NULL;

  if (self->project == NULL)
    return FALSE;
  elements = _tp_window_get_selected_elements (self);

  return elements->len > 0;
}

static void
set_enabled (TpWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_tp_window_update_actions (TpWindow *self)
{
  gboolean has_project = self->project != NULL;
  gboolean has_journey = has_project && self->journey != NULL;
  gboolean has_selection = has_selected_elements (self);
  const char *undo = has_project ? tp_project_get_undo_label (self->project) : NULL;
  const char *redo = has_project ? tp_project_get_redo_label (self->project) : NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  set_enabled (self, "save", has_project && self->saving == 0);
  set_enabled (self, "save-as", has_project && self->saving == 0);
  set_enabled (self, "open", !self->loading);
  set_enabled (self, "undo", has_project && tp_project_can_undo (self->project));
  set_enabled (self, "redo", has_project && tp_project_can_redo (self->project));
  if (has_project)
    {
      g_autoptr(GPtrArray) deletable = deletable_elements (self);

      set_enabled (self, "delete", deletable->len > 0);
    }
  else
    set_enabled (self, "delete", FALSE);
  set_enabled (self, "copy", has_selection);
  set_enabled (self, "duplicate", has_selection);
  set_enabled (self, "paste", has_journey);
  _tp_window_update_export_actions (self);
  _tp_window_update_structure_actions (self);
  _tp_window_update_journey_actions (self);
  set_enabled (self, "add-card", has_journey);
  set_enabled (self, "select-all", has_journey);
  set_enabled (self, "toggle-outline", has_project);
  set_enabled (self, "toggle-inspector", has_project);
  set_enabled (self, "zoom-in", has_journey);
  set_enabled (self, "zoom-out", has_journey);
  set_enabled (self, "zoom-reset", has_journey);
  set_enabled (self, "zoom-fit", has_journey);
  /* Only the journey map has them to show or hide. */
  set_enabled (self, "show-connections",
               has_journey && _tp_window_get_visible_canvas (self) == TP_CANVAS (self->journey_view));
  set_enabled (self, "show-rollup",
               has_journey && _tp_window_get_visible_canvas (self) == TP_CANVAS (self->journey_view));
  set_enabled (self, "show-view", has_journey);
  set_enabled (self, "rename", has_selection);
  set_enabled (self, "move-left", has_selection);
  set_enabled (self, "move-right", has_selection);
  set_enabled (self, "move-up", has_selection);
  set_enabled (self, "move-down", has_selection);
  set_enabled (self, "present", has_journey);
  set_enabled (self, "present-on-monitor", has_journey);
  set_enabled (self, "focus-next-panel", has_project);
  set_enabled (self, "focus-previous-panel", has_project);

  if (self->palette != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (self->palette), has_journey);
  gtk_widget_set_visible (GTK_WIDGET (self->outline_toggle), has_project);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector_toggle), has_project);
  gtk_widget_set_visible (GTK_WIDGET (self->zoom_button), has_journey);

  /* Translators: tooltip of the Undo button, e.g. "Undo Move Card" */
  undo_tip = undo ? g_strdup_printf (_("Undo %s"), undo) : g_strdup (_("Nothing to undo"));
  /* Translators: tooltip of the Redo button, e.g. "Redo Move Card" */
  redo_tip = redo ? g_strdup_printf (_("Redo %s"), redo) : g_strdup (_("Nothing to redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, undo_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, redo_tip, -1);
}

/* --- Files ------------------------------------------------------------ */

static GtkFileFilter *
create_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Touchpoint projects"));
  gtk_file_filter_add_pattern (filter, "*.touchpoint");
  gtk_file_filter_add_mime_type (filter, "application/x-touchpoint");

  return filter;
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  TpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      if (app != NULL && array->len > 0)
        g_application_open (app, (GFile **) array->pdata, array->len, "");
      else if (array->len > 0)
        tp_window_load_file (self, g_ptr_array_index (array, 0));
    }

  g_object_unref (dialog);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  TpWindow *self = user_data;
  g_autoptr(GtkFileFilter) filter = create_filter ();
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_save_as_response (GtkNativeDialog *dialog,
                     int              response,
                     TpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *basename = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* A name without any extension gets ours, so the file manager knows it. */
      if (strchr (basename, '.') == NULL)
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *name = g_strconcat (basename, ".touchpoint", NULL);

          file = g_file_get_child (parent, name);
        }
      else
        file = g_object_ref (chosen);

      tp_window_save_file_async (self, file, NULL, _tp_window_on_saved, g_object_ref (file));
    }
  else
    self->close_after_save = FALSE;

  g_object_unref (dialog);
}

void
_tp_window_save_as (TpWindow *self)
{
  g_autoptr(GtkFileFilter) filter = create_filter ();
  GtkFileChooserNative *dialog;

  if (self->project == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), self->file, NULL);
  else
    {
      const char *title = tp_project_get_title (self->project);
      g_autofree char *name = NULL;

      name = g_strconcat (title && *title ? title : _("Untitled Project"), ".touchpoint", NULL);
      g_strdelimit (name, "/", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_tp_window_save (TpWindow *self)
{
  if (self->project == NULL)
    return;

  /* A read-only file keeps its contents: the changes go to a new file. */
  if (self->file == NULL || (self->document != NULL && tp_document_get_read_only (self->document)))
    _tp_window_save_as (self);
  else
    tp_window_save_file_async (self, self->file, NULL, _tp_window_on_saved,
                               g_object_ref (self->file));
}

static void
save_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _tp_window_save (user_data);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  _tp_window_save_as (user_data);
}

/* --- History ---------------------------------------------------------- */

static void
restore_selection (TpWindow *self)
{
  GPtrArray *touched = tp_project_get_last_touched (self->project);
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();

  for (guint i = 0; touched != NULL && i < touched->len; i++)
    {
      TpElement *element = g_ptr_array_index (touched, i);

      if (TP_IS_METRIC (element))
        element = tp_element_get_parent (element);
      if (element == NULL || tp_element_get_project (element) != (gpointer) self->project)
        continue;
      if (!_tp_window_is_editable_element (element) && !TP_IS_JOURNEY (element)
          && !TP_IS_PERSONA (element))
        continue;
      if (!g_ptr_array_find (selected, element, NULL))
        g_ptr_array_add (selected, element);
    }

  if (selected->len > 0)
    tp_selection_set (self->selection, (TpElement **) selected->pdata, selected->len);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  TpWindow *self = user_data;

  if (self->project != NULL && tp_project_undo (self->project))
    restore_selection (self);
  _tp_window_update_actions (self);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  TpWindow *self = user_data;

  if (self->project != NULL && tp_project_redo (self->project))
    restore_selection (self);
  _tp_window_update_actions (self);
}

/* The view.* actions of the view shown (zoom, fit, rename, move; select all, delete and add
 * when the view has them), as GNOME Text Editor forwards page actions: each win.NAME
 * activates view.NAME on the visible canvas. FALSE when that view has no such action. */
static gboolean
forward_to_view (TpWindow   *self,
                 const char *name)
{
  TpCanvas *canvas = _tp_window_get_visible_canvas (self);
  g_autofree char *view_action = g_strconcat ("view.", name, NULL);

  return canvas != NULL && gtk_widget_activate_action (GTK_WIDGET (canvas), view_action, NULL);
}

static void
view_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  forward_to_view (user_data, g_action_get_name (G_ACTION (action)));
}

/* --- Editing ---------------------------------------------------------- */

static void
delete_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  TpWindow *self = user_data;
  g_autoptr(GPtrArray) elements = NULL;

  /* A view may delete what only it shows; else the shared selection goes, in any view. */
  if (forward_to_view (self, "delete"))
    return;
  elements = deletable_elements (self);
  if (elements->len == 0)
    {
      g_action_group_activate_action (G_ACTION_GROUP (self), "delete-persona", NULL);
      return;
    }

  tp_selection_clear (self->selection);
  tp_project_begin (self->project,
                    elements->len == 1 && TP_IS_CONNECTION (g_ptr_array_index (elements, 0))
                    ? _("Delete Connection") : _("Delete"));
  tp_project_delete (self->project, (TpElement **) elements->pdata, elements->len);
  tp_project_commit (self->project);
}

static void
duplicate_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  TpWindow *self = user_data;
  g_autoptr(GPtrArray) elements = _tp_window_get_selected_elements (self);
  g_autoptr(GPtrArray) copies = NULL;

  if (elements->len == 0)
    {
      g_action_group_activate_action (G_ACTION_GROUP (self), "duplicate-persona", NULL);
      return;
    }

  copies = tp_project_duplicate (self->project, (TpElement **) elements->pdata, elements->len);
  if (copies != NULL && copies->len > 0)
    tp_selection_set (self->selection, (TpElement **) copies->pdata, copies->len);
}

static void
select_all_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  TpWindow *self = user_data;
  GPtrArray *cards;

  if (self->journey == NULL || forward_to_view (self, "select-all"))
    return;

  cards = tp_journey_get_cards (self->journey);
  tp_selection_set (self->selection, (TpElement **) cards->pdata, cards->len);
}

gboolean
_tp_window_resolve_cell (TpWindow  *self,
              int        kind,
              TpPhase  **phase_out,
              TpLane   **lane_out,
              int       *index_out)
{
  TpElement *primary = tp_selection_get_primary (self->selection);
  GPtrArray *phases, *lanes;
  TpPhase *phase = NULL;
  TpLane *lane = NULL;
  int index = -1;

  if (self->journey == NULL)
    return FALSE;

  if (primary != NULL && _tp_element_get_journey (primary) != self->journey)
    primary = NULL;

  /* A selected cell of the shown journey, empty or not: the card goes there, at the end. */
  if (primary == NULL && tp_selection_get_cell (self->selection, &phase, &lane)
      && tp_element_get_parent (TP_ELEMENT (phase)) == TP_ELEMENT (self->journey))
    {
      *phase_out = phase;
      *lane_out = lane;
      *index_out = -1;
      return TRUE;
    }

  if (primary != NULL && TP_IS_CARD (primary))
    {
      TpCard *card = TP_CARD (primary);
      TpElement *p = tp_project_lookup (self->project, tp_card_get_phase (card));
      TpElement *l = tp_project_lookup (self->project, tp_card_get_lane (card));

      if (p != NULL && TP_IS_PHASE (p) && l != NULL && TP_IS_LANE (l))
        {
          g_autoptr(GPtrArray) cell = tp_journey_get_cell_cards (self->journey, TP_PHASE (p), TP_LANE (l));
          guint pos;

          phase = TP_PHASE (p);
          lane = TP_LANE (l);
          if (g_ptr_array_find (cell, card, &pos))
            index = pos + 1;
        }
    }
  else if (primary != NULL && TP_IS_PHASE (primary))
    phase = TP_PHASE (primary);
  else if (primary != NULL && TP_IS_LANE (primary))
    lane = TP_LANE (primary);

  phases = tp_journey_get_phases (self->journey);
  lanes = tp_journey_get_lanes (self->journey);
  if (phases->len == 0 || lanes->len == 0)
    return FALSE;

  if (phase == NULL)
    phase = g_ptr_array_index (phases, 0);

  for (guint i = 0; lane == NULL && kind >= 0 && i < lanes->len; i++)
    {
      TpLane *candidate = g_ptr_array_index (lanes, i);

      if ((int) tp_lane_kind_default_card_kind (tp_lane_get_kind (candidate)) == kind)
        lane = candidate;
    }
  for (guint i = 0; lane == NULL && i < lanes->len; i++)
    {
      TpLane *candidate = g_ptr_array_index (lanes, i);

      if (!tp_lane_get_hidden_in_map (candidate))
        lane = candidate;
    }
  if (lane == NULL)
    lane = g_ptr_array_index (lanes, 0);

  *phase_out = phase;
  *lane_out = lane;
  *index_out = index;

  return TRUE;
}

void
_tp_window_add_card_of_kind (TpWindow   *self,
                             TpCardKind  kind)
{
  TpPhase *phase;
  TpLane *lane;
  int index;

  if (!_tp_window_resolve_cell (self, kind, &phase, &lane, &index))
    return;

  tp_journey_view_add_card (self->journey_view, phase, lane, index, kind);
}

static void
add_card_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  TpWindow *self = user_data;
  TpPhase *phase;
  TpLane *lane;
  int index;

  /* Where the view's cursor is (after the selected card, in the selected cell); else a
   * sensible cell of the journey. */
  if (tp_selection_get_cursor_cell (self->selection, NULL, NULL) && forward_to_view (self, "add"))
    return;
  if (!_tp_window_resolve_cell (self, -1, &phase, &lane, &index))
    return;

  _tp_window_add_card_of_kind (self, tp_lane_kind_default_card_kind (tp_lane_get_kind (lane)));
}

static void
copy_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  _tp_window_copy (user_data);
}

static void
paste_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  _tp_window_paste (user_data);
}

/* --- View ------------------------------------------------------------- */

static void
toggle_outline_changed (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  TpWindow *self = user_data;

  /* Without an editor yet, it shows as the state says when it is built. */
  if (self->outline_flap != NULL)
    adw_flap_set_reveal_flap (self->outline_flap, g_variant_get_boolean (state));
  g_simple_action_set_state (action, state);
}

/* Per window, not per journey in the file: a way of looking, like the zoom, that neither
 * marks the document changed nor takes an undo step; the blueprint always shows them. */
static void
show_connections_changed (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       user_data)
{
  TpWindow *self = user_data;

  if (self->journey_view != NULL)
    tp_journey_view_set_show_connections (self->journey_view, g_variant_get_boolean (state));
  g_simple_action_set_state (action, state);
}

/* A way of looking too: the figures of each phase under its header in the journey map, and
 * in what is exported, printed or presented from it while they are shown. */
static void
show_rollup_changed (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  TpWindow *self = user_data;

  if (self->journey_view != NULL)
    tp_journey_view_set_show_rollup (self->journey_view, g_variant_get_boolean (state));
  g_simple_action_set_state (action, state);
}

/* win.show-view::NAME (Alt+1 … Alt+4, the zoom menu): the view of the journey shown, by its
 * page name in the view stack; its state follows the view switcher. */
static void
show_view_changed (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  TpWindow *self = user_data;
  const char *name = g_variant_get_string (state, NULL);

  if (self->view_stack == NULL || adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  g_simple_action_set_state (action, state);
}

void
_tp_window_sync_view_action (TpWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-view");

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (_tp_window_get_visible_view (self)));
}

static void
toggle_inspector_changed (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       user_data)
{
  TpWindow *self = user_data;

  if (self->inspector_flap != NULL)
    adw_flap_set_reveal_flap (self->inspector_flap, g_variant_get_boolean (state));
  g_simple_action_set_state (action, state);
}


/* The analysis presented (after the map, or alone) overlays the journeys chosen on its page. */
static void
present (TpWindow   *self,
         GdkMonitor *monitor)
{
  g_autoptr(GPtrArray) overlay = tp_analysis_page_dup_overlay (self->analysis_page);
  TpPresentation *presentation;

  if (self->journey == NULL)
    return;
  /* The journey map gets its zoom and scroll back after presenting. */
  if (_tp_window_get_visible_canvas (self) == TP_CANVAS (self->journey_view))
    {
      presentation = tp_presentation_present_journey_view (GTK_WINDOW (self), self->journey_view,
                                                           monitor);
      if (presentation != NULL && overlay != NULL)
        tp_presentation_set_overlay (presentation, overlay);
      return;
    }
  presentation = tp_presentation_new (GTK_WINDOW (self), _tp_window_get_visible_view (self),
                                      self->journey);
  if (overlay != NULL)
    tp_presentation_set_overlay (presentation, overlay);
  tp_presentation_start (presentation, monitor);
}

static void
present_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  present (user_data, NULL);
}

static void
present_on_monitor_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  TpWindow *self = user_data;
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, g_variant_get_uint32 (param));

  present (self, monitor);
}

/* F6 / Shift+F6: outline → map → inspector, skipping hidden sidebars. */
static void
focus_panel (TpWindow *self,
             int       step)
{
  GtkWidget *panels[3];
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  guint n = 0;
  int current = -1;

  if (self->view_stack == NULL)
    return;
  if (adw_flap_get_reveal_flap (self->outline_flap))
    panels[n++] = GTK_WIDGET (self->outline);
  panels[n++] = _tp_window_get_visible_map (self);
  if (adw_flap_get_reveal_flap (self->inspector_flap))
    panels[n++] = GTK_WIDGET (self->inspector);

  for (guint i = 0; i < n && focus != NULL; i++)
    if (focus == panels[i] || gtk_widget_is_ancestor (focus, panels[i]))
      current = i;

  for (guint tries = 0; tries < n; tries++)
    {
      GtkWidget *next;

      current = (current + step + (int) n) % (int) n;
      next = panels[current];
      if (gtk_widget_get_focusable (next) ? gtk_widget_grab_focus (next)
                                          : gtk_widget_child_focus (next, GTK_DIR_TAB_FORWARD))
        return;
    }
}

static void
focus_next_panel_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  focus_panel (user_data, 1);
}

static void
focus_previous_panel_action (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  focus_panel (user_data, -1);
}

/* The shortcuts window is built the first time it is asked for, not with the window:
 * nothing the first window does not show is built before it shows (issue #12). */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/touchpoint/Touchpoint/tp-shortcuts.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Keeps the action above (it adds its own only when there is none). */
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_entries[] = {
  { "show-help-overlay", show_help_overlay_action },
  { "open", open_action },
  { "save", save_action },
  { "save-as", save_as_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "delete", delete_action },
  { "copy", copy_action },
  { "paste", paste_action },
  { "duplicate", duplicate_action },
  { "select-all", select_all_action },
  { "add-card", add_card_action },
  { "toggle-outline", NULL, NULL, "true", toggle_outline_changed },
  { "toggle-inspector", NULL, NULL, "true", toggle_inspector_changed },
  { "show-connections", NULL, NULL, "false", show_connections_changed },
  { "show-rollup", NULL, NULL, "false", show_rollup_changed },
  { "show-view", NULL, "s", "'journey'", show_view_changed },
  { "zoom-in", view_action },
  { "zoom-out", view_action },
  { "zoom-reset", view_action },
  { "zoom-fit", view_action },
  { "rename", view_action },
  { "move-left", view_action },
  { "move-right", view_action },
  { "move-up", view_action },
  { "move-down", view_action },
  { "present", present_action },
  { "present-on-monitor", present_on_monitor_action, "u" },
  { "focus-next-panel", focus_next_panel_action },
  { "focus-previous-panel", focus_previous_panel_action },
};

static void
add_local_shortcut (GtkShortcutController *controller,
                    const char            *accel,
                    const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accel),
                                                          gtk_named_action_new (action)));
}

void
_tp_window_init_actions (TpWindow *self)
{
  GtkEventController *controller;

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
  _tp_window_init_export_actions (self);
  _tp_window_init_structure_actions (self);
  _tp_window_init_journey_actions (self);

  /* Keys that text fields also use go through a bubble-phase controller, so
   * an entry of the inspector that has focus handles them first. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_BUBBLE);
  tp_shortcut_controller_add_with_keypad (GTK_SHORTCUT_CONTROLLER (controller), "Delete",
                                          "KP_Delete", "win.delete");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>c", "win.copy");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>v", "win.paste");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>d", "win.duplicate");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>a", "win.select-all");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>z", "win.undo");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control><Shift>z", "win.redo");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>y", "win.redo");
  add_local_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "F5", "win.present");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
