/* tp-presentation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode: a full-screen window, transient for the editor window,
 * that walks through one journey as a view shows it — the overview with the
 * persona first, then step by step (phase by phase), the current step
 * spotlighted. Nothing in it edits the document. Keys are what presentation
 * clickers send (see tp_presentation_command_for_key()); a click goes on,
 * scrolling goes on or back; Escape leaves.
 */

#pragma once

#include <gtk/gtk.h>
#include "model/tp-model.h"
#include "render/tp-presentation-steps.h"
#include "render/tp-view.h"
#include "tp-journey-view.h"

G_BEGIN_DECLS

#define TP_TYPE_PRESENTATION (tp_presentation_get_type ())

G_DECLARE_FINAL_TYPE (TpPresentation, tp_presentation, TP, PRESENTATION, GtkWindow)

/** tp_presentation_new: a presentation of @journey as view @view (a TpView name) shows it, transient for @parent (not shown yet). */
TpPresentation       *tp_presentation_new             (GtkWindow            *parent,
                                                       const char           *view,
                                                       TpJourney            *journey);
/** tp_presentation_start: shows it full screen on @monitor (NULL: where @parent is). */
void                  tp_presentation_start           (TpPresentation       *self,
                                                       GdkMonitor           *monitor);
/** tp_presentation_present_journey_view: presents the journey @view shows; on leaving, @view has its zoom, scroll and focus back. */
TpPresentation       *tp_presentation_present_journey_view (GtkWindow      *parent,
                                                       TpJourneyView        *view,
                                                       GdkMonitor           *monitor);
/** tp_presentation_set_show_rollup: shows the figures of each phase under its header (as the
 *  journey map does while View ▸ Show Phase Figures is on). */
void                  tp_presentation_set_show_rollup (TpPresentation       *self,
                                                       gboolean              show);
/** tp_presentation_set_overlay: the analysis overlays the emotion lines of @journeys only
 *  (the analysis page's choice; NULL = every journey). */
void                  tp_presentation_set_overlay     (TpPresentation       *self,
                                                       GPtrArray            *journeys);
/** tp_presentation_get_for_window: the presentation running for @parent, or NULL. */
TpPresentation       *tp_presentation_get_for_window  (GtkWindow            *parent);

/** tp_presentation_get_step: where the walk is (or is going when animating): 0 = overview, then the phases' steps. */
guint                 tp_presentation_get_step        (TpPresentation       *self);
/** tp_presentation_get_phase: the phase shown: 0 = overview, k = the k-th phase. */
guint                 tp_presentation_get_phase       (TpPresentation       *self);
/** tp_presentation_get_n_steps: the overview, then one step per phase, or several (pages) for a tall phase. */
guint                 tp_presentation_get_n_steps     (TpPresentation       *self);
gboolean              tp_presentation_get_dark        (TpPresentation       *self);
/** tp_presentation_set_dark: the dark-room style (black background). */
void                  tp_presentation_set_dark        (TpPresentation       *self,
                                                       gboolean              dark);
/** tp_presentation_run: does what @command does (@argument: GOTO's phase, 0 = overview); LEAVE closes the window. */
void                  tp_presentation_run             (TpPresentation       *self,
                                                       TpPresentationCommand command,
                                                       int                   argument);
/** tp_presentation_handle_key: reacts to a key press as the window does; TRUE when it meant something. */
gboolean              tp_presentation_handle_key      (TpPresentation       *self,
                                                       guint                 keyval,
                                                       GdkModifierType       state);
/** tp_presentation_command_for_key: what a key does in presentation mode; @argument receives GOTO's phase. */
TpPresentationCommand tp_presentation_command_for_key (guint                 keyval,
                                                       GdkModifierType       state,
                                                       int                  *argument);
/** tp_presentation_is_animating: TRUE while a transition between steps is under way. */
gboolean              tp_presentation_is_animating    (TpPresentation       *self);

G_END_DECLS
