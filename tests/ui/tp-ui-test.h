/* tp-ui-test.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared set-up of the widget tests: one registered, non-unique application
 * and helpers that run the main loop until something has happened.
 */

#pragma once

#include "ui/tp-application.h"
#include "ui/tp-window.h"

G_BEGIN_DECLS

/** tp_ui_test_init: own XDG data/config/cache folders, g_test_init, then registers the application. */
void           tp_ui_test_init      (int       *argc,
                                     char    ***argv);
/** tp_ui_test_run: g_test_run, then removes the test's folders. */
int            tp_ui_test_run       (void);
TpApplication *tp_ui_test_get_app   (void);
/** tp_ui_test_spin: dispatches what is pending (idles, signals) without blocking. */
void           tp_ui_test_spin      (void);
/** tp_ui_test_wait: runs the main loop until *@flag is TRUE; fails the test after 20 s. */
void           tp_ui_test_wait      (gboolean  *flag);
typedef gboolean (*TpUiTestCondition) (gpointer data);
/** tp_ui_test_wait_until: runs the main loop until @condition holds, asking every 10 ms; fails
 *  the test after 20 s. For what a loaded machine may take long to do (frames, animations,
 *  the clipboard), in place of a fixed time. */
void           tp_ui_test_wait_until (TpUiTestCondition condition,
                                      gpointer          data);
/** tp_ui_test_sleep: runs the main loop for @ms milliseconds (frames get drawn). */
void           tp_ui_test_sleep     (guint      ms);
/** tp_ui_test_render: what @widget shows, as a texture of its size. A widget shows nothing until
 *  it has been drawn once (under load that can take seconds), so this runs the main loop until it
 *  has; fails the test after 20 s. */
GdkTexture    *tp_ui_test_render    (GtkWidget *widget);
/** tp_ui_test_render_area: the same, of @area (widget coordinates; NULL: all of it) drawn
 *  @scale times as large. */
GdkTexture    *tp_ui_test_render_area (GtkWidget             *widget,
                                       double                 scale,
                                       const graphene_rect_t *area);
/** tp_ui_test_new_window: a window holding a new project from @lens. */
TpWindow      *tp_ui_test_new_window (TpLens    lens);
typedef gboolean (*TpUiTestMatch) (GtkWidget     *widget,
                                   gconstpointer  data);
/** tp_ui_test_find: @widget or its first descendant that @match accepts, depth first; NULL if none. */
GtkWidget     *tp_ui_test_find        (GtkWidget     *widget,
                                       TpUiTestMatch  match,
                                       gconstpointer  data);
/** tp_ui_test_find_widget: … of @type. */
GtkWidget     *tp_ui_test_find_widget (GtkWidget     *widget,
                                       GType          type);
/** tp_ui_test_find_action_button: … a button whose action is @action ("win.…"). */
GtkWidget     *tp_ui_test_find_action_button (GtkWidget  *widget,
                                              const char *action);
/** tp_ui_test_find_palette_button: … the palette button for cards of @kind (its tooltip names the kind). */
GtkWidget     *tp_ui_test_find_palette_button (GtkWidget  *widget,
                                               TpCardKind  kind);
/** tp_ui_test_find_labelled: … whose accessible name is @label, as a screen reader finds it. */
GtkWidget     *tp_ui_test_find_labelled (GtkWidget  *widget,
                                         const char *label);

/** tp_ui_test_send_key: a key press on @widget (the focus) as GTK dispatches it: the key
 *  controllers of the capture phase from the window down, then from @widget up its key bindings
 *  and the key controllers of the bubble phase; TRUE when one took it. */
gboolean       tp_ui_test_send_key  (GtkWidget       *widget,
                                     guint            keyval,
                                     GdkModifierType  mods);

G_END_DECLS
