/* tp-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internals shared by tp-window.c and its parts (tp-window-*.c).
 */

#pragma once

#include "tp-card-palette.h"
#include "tp-inspector.h"
#include "tp-analysis-page.h"
#include "tp-blueprint-view.h"
#include "tp-store-flow-list.h"
#include "tp-store-flow-view.h"
#include "tp-journey-view.h"
#include "tp-outline.h"
#include "tp-start-page.h"
#include "tp-window.h"

G_BEGIN_DECLS

struct _TpWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  GtkMenuButton        *new_button;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkMenuButton        *zoom_button;
  GtkMenuButton        *primary_button;
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *journey_menu_button;
  GtkToggleButton      *outline_toggle;
  GtkToggleButton      *inspector_toggle;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  TpStartPage          *start_page;
  AdwStatusPage        *loading_page;
  GMenuModel           *primary_menu;
  GMenuModel           *zoom_menu;

  /* the editor (tp-window-editor.ui): NULL until _tp_window_ensure_editor() builds it,
   * when the window first shows a project */
  GtkMenuButton        *add_journey_template_button;
  AdwViewSwitcherBar   *switcher_bar;
  AdwFlap              *outline_flap;
  AdwFlap              *inspector_flap;
  TpOutline            *outline;
  TpInspector          *inspector;
  TpCardPalette        *palette;
  GtkWidget            *tool_bar;
  GtkWidget            *tool_bar_separator;
  GtkMenuButton        *add_lane_kind_button;
  AdwViewStack         *view_stack;
  TpJourneyView        *journey_view;
  TpBlueprintView      *blueprint_view;
  GtkWidget            *blueprint_hint;
  TpAnalysisPage       *analysis_page;
  GtkMenuButton        *overlay_button;
  TpStoreFlowView      *store_flow_view;
  TpStoreFlowList      *store_flow_list;
  GtkWidget            *store_flow_page;

  /* owned */
  TpProject            *project;
  TpJourney            *journey;
  GHashTable           *journey_pages;   /* TpJourney → the view page last shown for it */
  GFile                *file;
  TpSelection          *selection;
  GCancellable         *cancellable;
  GtkStringList        *journey_titles;
  GtkDropDown          *journey_dropdown;   /* NULL until a project has several journeys */
  GSettings            *settings;
  TpDocument           *document;
  GtkWidget            *file_banner;
  AdwToastOverlay      *toast_overlay;
  GtkProgressBar       *load_progress;
  guint                 load_pulse;
  guint                 loading_page_delay;
  guint                 finish_opening;
  guint                 update_idle;
  guint                 saving;
  guint                 loading : 1;
  guint                 updating_dropdown : 1;
  guint                 close_after_save : 1;
  guint                 closing_confirmed : 1;
  guint                 opened_for_file : 1;
};

void _tp_window_init_actions      (TpWindow   *self);
/* win.export, win.print and win.copy-image (tp-window-export.c). */
void _tp_window_init_export_actions   (TpWindow *self);
void _tp_window_update_export_actions (TpWindow *self);
/* Shows @toast (full ref taken) over the window's content. */
void _tp_window_add_toast             (TpWindow *self,
                                       AdwToast *toast);
/* Enables and disables every window action from the current state: the one place. */
void _tp_window_update_actions    (TpWindow   *self);
void _tp_window_queue_update      (TpWindow   *self);
void _tp_window_show_error        (TpWindow   *self,
                                   const char *heading,
                                   const char *body);
void _tp_window_save_as           (TpWindow   *self);
void _tp_window_save              (TpWindow   *self);

/* tp-window-files.c: the window's document, opening, saving, closing. */
void     _tp_window_init_files       (TpWindow   *self);
void     _tp_window_dispose_files    (TpWindow   *self);
/* The one place the document changes; shows its project (or the start state). */
void     _tp_window_set_document     (TpWindow   *self,
                                      TpDocument *document);
/* Shows @project in the views (tp-window.c); called when the document's project changes. */
void     _tp_window_show_project     (TpWindow   *self,
                                      TpProject  *project,
                                      GFile      *file);
void     _tp_window_add_to_recent    (GFile      *file);
/* Gives the heap's free pages back once the window has stopped painting for a while. */
void     _tp_window_trim_heap_once_settled (TpWindow *self);
/* Called when the window maps while its file is read: see tp-window-files.c. */
void     _tp_window_finish_opening_soon (TpWindow *self);
/* Marks a window made for the file it loads: if the file fails to open and another
 * window is there, this one goes away and the error is shown over the other. */
void     _tp_window_set_opened_for_file (TpWindow *self,
                                         gboolean  opened_for_file);
/* Saves to @file through the document; the result is read with tp_window_save_file_finish(). */
void     _tp_window_save_to          (TpWindow            *self,
                                      GFile               *file,
                                      TpDocumentSaveFlags  flags,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
/* Finishes a save started by the Save and Save As actions (@user_data: the GFile, owned):
 * asks before replacing a changed file, shows errors, closes when asked to. */
void     _tp_window_on_saved         (GObject      *source,
                                      GAsyncResult *result,
                                      gpointer      user_data);
/* TRUE when closing must wait for the person's answer (a dialog is shown). */
gboolean _tp_window_ask_before_close (TpWindow   *self);
void _tp_window_add_card_of_kind  (TpWindow   *self,
                                   TpCardKind  kind);
void _tp_window_copy              (TpWindow   *self);
/* Pastes the clipboard's fragment into the selected cell (cards) or after the selected phase/lane. */
void _tp_window_paste             (TpWindow   *self);
/* Cards, phases and lanes: what delete, copy and duplicate work on. */
gboolean   _tp_window_is_editable_element   (gpointer    element);
/* The selected cards, phases and lanes of the project, in selection order (transfer container). */
GPtrArray *_tp_window_get_selected_elements (TpWindow   *self);
/* Where a new or pasted card goes: the selected card's cell (after it), else the
 * selected phase/lane, else the first phase and a lane that suits @kind (-1: any). */
gboolean   _tp_window_resolve_cell          (TpWindow   *self,
                                             int         kind,
                                             TpPhase   **phase_out,
                                             TpLane    **lane_out,
                                             int        *index_out);
/* tp-window-structure.c: adding, inserting, hiding phases and lanes; project properties. */
void        _tp_window_init_structure_actions   (TpWindow  *self);
void        _tp_window_update_structure_actions (TpWindow  *self);
/* The index after the selected element of @type (or the selected card's phase/lane) of the
 * visible journey, or -1. */
int         _tp_window_index_after_selected     (TpWindow  *self,
                                                 GType      type);
/* "hidden-in-map" or "hidden-in-blueprint": the lane property of the view shown. */
const char *_tp_window_lane_hidden_property     (TpWindow  *self);
/* Hides or shows @lanes in the view shown, as one undo step. */
void        _tp_window_set_lanes_hidden         (TpWindow  *self,
                                                 TpLane   **lanes,
                                                 guint      n_lanes,
                                                 gboolean   hidden);
/* The menu of lane kinds, each adding a lane of that kind (win.add-lane-of-kind). */
GMenuModel *_tp_window_create_lane_kind_menu    (void);
/* The app's settings when its schema is installed, else NULL (full ref). */
GSettings *_tp_settings_new_if_installed (void);
/* TRUE when @element is part of the project and not of a journey that is hidden. */
gboolean   _tp_window_is_visible_element   (TpWindow   *self,
                                            TpElement  *element);
/* The journey an element belongs to (itself for a journey), or NULL. */
TpJourney *_tp_element_get_journey (TpElement *element);

/* tp-window-journeys.c: personas and journeys (add, duplicate, future state, move, delete). */
void        _tp_window_init_journey_actions   (TpWindow   *self);
void        _tp_window_update_journey_actions (TpWindow   *self);
/* Shows @element: a journey becomes the visible one; the inspector edits it. */
void        _tp_window_show_element           (TpWindow   *self,
                                               TpElement  *element);
/* Shows the Import CSV dialog for @file (a new journey, one undo step). */
void        _tp_window_import_csv             (TpWindow   *self,
                                               GFile      *file);
/* A menu of every template, each item @action with the lens's nick. */
GMenuModel *_tp_window_create_template_menu   (const char *action);

/* Gives @button the menu @model when it first opens: a GtkMenuButton builds its popover's
 * widgets as soon as it has a model, and the window shows none of them at start. */
void        _tp_window_set_menu_lazily    (GtkMenuButton *button,
                                           GMenuModel    *model);

/* tp-window-editor.c: builds the editor (tp-window-editor.ui) if it is not yet: the outline, the
 * inspector, the tool bar and the views, whose fields here are NULL until then. It is built
 * when the window first shows a project. */
void        _tp_window_ensure_editor      (TpWindow   *self);
/* tp-window.c: shows the main stack's page @name ("start", "loading", "editor"), making it
 * visible first (pages are invisible until first shown), without a transition from "blank". */
void        _tp_window_show_page          (TpWindow   *self,
                                           const char *name);
/* tp-window.c: the canvas of the view shown (every view is a TpCanvas; NULL only before one shows). */
GtkWidget  *_tp_window_get_visible_map    (TpWindow *self);
TpCanvas   *_tp_window_get_visible_canvas (TpWindow *self);
/* The name of the view shown ("journey", "blueprint", "store-flow"), for presenting and exporting. */
const char *_tp_window_get_visible_view   (TpWindow *self);
void        _tp_window_sync_view_action   (TpWindow *self);
/* tp-window.c: the zoom button's label from the view shown; the views' notify::zoom. */
void        _tp_window_on_zoom_changed    (TpWindow *self);

G_END_DECLS
