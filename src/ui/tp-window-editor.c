/* tp-window-editor.c: the editor (tp-window-editor.ui), built when the window
 * first shows a project, and the callbacks of its widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-window-private.h"

static gboolean
is_grid_view (const char *name)
{
  return g_strcmp0 (name, "journey") == 0 || g_strcmp0 (name, "blueprint") == 0;
}

/* The view chosen is remembered per journey while the project is open. */
static void
on_view_changed (TpWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean keys_in_outline = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->outline));

  if (self->journey != NULL && name != NULL)
    g_hash_table_replace (self->journey_pages, g_object_ref (self->journey), g_strdup (name));
  /* The card palette and the phase and lane buttons are for the views drawn on the grid of
   * phases and lanes. The analysis is read, not drawn on; the store flow has its plan's tools
   * and its list of touchpoints: a palette there added cards to no cell the user could see,
   * and a card dragged onto the plan did nothing. */
  gtk_widget_set_visible (self->tool_bar, is_grid_view (name));
  gtk_widget_set_visible (self->tool_bar_separator, is_grid_view (name));
  /* Lanes are hidden per view: the outline's eyes show the view shown. */
  tp_outline_set_hidden_property (self->outline, _tp_window_lane_hidden_property (self));
  _tp_window_on_zoom_changed (self);
  _tp_window_sync_view_action (self);
  _tp_window_update_actions (self);

  /* The keys follow to the view shown, unless they are in the outline (choosing a journey
   * there switches views too): left to GTK, they would land on the inspector's first field
   * once the view that had them is hidden, and typing would overwrite it. */
  if (!keys_in_outline && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    gtk_widget_grab_focus (_tp_window_get_visible_map (self));
}

static void
on_palette_add_card (TpWindow   *self,
                     TpCardKind  kind)
{
  _tp_window_add_card_of_kind (self, kind);
}

/* A double click or Enter on a mark of the analysis: the card in the journey map. */
static void
on_show_in_map (TpWindow *self)
{
  TpElement *primary = tp_selection_get_primary (self->selection);

  adw_view_stack_set_visible_child_name (self->view_stack, "journey");
  if (primary != NULL)
    tp_canvas_scroll_to (TP_CANVAS (self->journey_view), primary);
  gtk_widget_grab_focus (GTK_WIDGET (self->journey_view));
}

/* The view switcher at the bottom shows only in a window too narrow for the one
 * in the header bar: its buttons are made when it first shows. */
static void
on_switcher_bar_reveal (TpWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar)
      && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

/* The editor (tp-window-editor.ui: the outline, the inspector, the tool bar and the
 * views) is built when the window first shows a project. A window opening a file maps
 * before the file is read, one without a file shows the start page: neither builds
 * it, styles it or measures it before it first shows (issue #12). Once built, it
 * stays; every editor field of TpWindow is NULL until then. */
void
_tp_window_ensure_editor (TpWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMenuModel) lane_kinds = NULL;
  g_autoptr(GMenuModel) templates = NULL;
  g_autoptr(GVariant) outline_shown = NULL;
  g_autoptr(GVariant) inspector_shown = NULL;
  g_autoptr(GVariant) connections_shown = NULL;
  g_autoptr(GVariant) rollup_shown = NULL;

  if (self->view_stack != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  /* The bar at the bottom shows when the header bar has no room for its switcher. */
  gtk_builder_expose_object (builder, "switcher_title", G_OBJECT (self->switcher_title));
  if (!gtk_builder_add_from_resource (builder, "/io/github/touchpoint/Touchpoint/tp-window-editor.ui",
                                      &error))
    g_error ("tp-window-editor.ui: %s", error->message);

#define EDITOR_OBJECT(name) self->name = (gpointer) gtk_builder_get_object (builder, #name); \
  g_assert (self->name != NULL)
  EDITOR_OBJECT (outline_flap);
  EDITOR_OBJECT (inspector_flap);
  EDITOR_OBJECT (outline);
  EDITOR_OBJECT (inspector);
  EDITOR_OBJECT (palette);
  EDITOR_OBJECT (tool_bar);
  EDITOR_OBJECT (tool_bar_separator);
  EDITOR_OBJECT (add_lane_kind_button);
  EDITOR_OBJECT (add_journey_template_button);
  EDITOR_OBJECT (view_stack);
  EDITOR_OBJECT (switcher_bar);
  EDITOR_OBJECT (journey_view);
  EDITOR_OBJECT (blueprint_view);
  EDITOR_OBJECT (blueprint_hint);
  EDITOR_OBJECT (analysis_page);
  EDITOR_OBJECT (overlay_button);
  EDITOR_OBJECT (store_flow_view);
  EDITOR_OBJECT (store_flow_list);
  EDITOR_OBJECT (store_flow_page);
#undef EDITOR_OBJECT
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->outline_flap), "editor");

  lane_kinds = _tp_window_create_lane_kind_menu ();
  _tp_window_set_menu_lazily (self->add_lane_kind_button, lane_kinds);
  templates = _tp_window_create_template_menu ("win.add-journey-from-template");
  _tp_window_set_menu_lazily (self->add_journey_template_button, templates);

  tp_outline_set_selection (self->outline, self->selection);
  tp_inspector_set_selection (self->inspector, self->selection);
  tp_canvas_set_selection (TP_CANVAS (self->journey_view), self->selection);
  tp_canvas_set_selection (TP_CANVAS (self->blueprint_view), self->selection);
  tp_canvas_set_selection (TP_CANVAS (self->analysis_page), self->selection);
  tp_analysis_page_set_overlay_button (self->analysis_page, self->overlay_button);
  g_signal_connect_object (self->analysis_page, "notify::zoom",
                           G_CALLBACK (_tp_window_on_zoom_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->analysis_page, "show-in-map",
                           G_CALLBACK (on_show_in_map), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->blueprint_view, "notify::zoom",
                           G_CALLBACK (_tp_window_on_zoom_changed), self, G_CONNECT_SWAPPED);
  tp_canvas_set_selection (TP_CANVAS (self->store_flow_view), self->selection);
  tp_store_flow_list_set_selection (self->store_flow_list, self->selection);
  g_signal_connect_object (self->store_flow_view, "notify::zoom",
                           G_CALLBACK (_tp_window_on_zoom_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_bar, "notify::reveal",
                           G_CALLBACK (on_switcher_bar_reveal), self, G_CONNECT_SWAPPED);
  on_switcher_bar_reveal (self);
  g_signal_connect_object (self->journey_view, "notify::zoom",
                           G_CALLBACK (_tp_window_on_zoom_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->palette, "add-card",
                           G_CALLBACK (on_palette_add_card), self, G_CONNECT_SWAPPED);

  /* The panels and the ways of looking as their actions say. */
  outline_shown = g_action_group_get_action_state (G_ACTION_GROUP (self), "toggle-outline");
  inspector_shown = g_action_group_get_action_state (G_ACTION_GROUP (self), "toggle-inspector");
  connections_shown = g_action_group_get_action_state (G_ACTION_GROUP (self), "show-connections");
  rollup_shown = g_action_group_get_action_state (G_ACTION_GROUP (self), "show-rollup");
  adw_flap_set_reveal_flap (self->outline_flap, g_variant_get_boolean (outline_shown));
  adw_flap_set_reveal_flap (self->inspector_flap, g_variant_get_boolean (inspector_shown));
  tp_journey_view_set_show_connections (self->journey_view, g_variant_get_boolean (connections_shown));
  tp_journey_view_set_show_rollup (self->journey_view, g_variant_get_boolean (rollup_shown));
  _tp_window_on_zoom_changed (self);
}
