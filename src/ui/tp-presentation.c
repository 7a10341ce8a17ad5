/* tp-presentation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window holds no editing controllers at all: keys, clicks and scrolling
 * only move the walk, so nothing can be changed by accident.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-presentation.h"
#include "tp-presentation-view.h"

#define CONTROLS_HIDE_MS   2500
/* Smooth scrolling (touchpads) sends many small deltas: one step per this
 * much scrolling, and not more often than a clicker would. */
#define SCROLL_STEP        1.0
#define SCROLL_PAUSE_USEC  (300 * G_TIME_SPAN_MILLISECOND)

#define PRESENTATION_KEY   "tp-presentation"

struct _TpPresentation
{
  GtkWindow           parent_instance;

  /* owned widgets */
  TpPresentationView *view;
  GtkRevealer        *controls;
  GtkToggleButton    *dark_button;

  /* owned */
  TpJourney          *journey;
  TpProject          *project;
  char               *view_name;
  gboolean            show_rollup;
  GPtrArray          *overlay;
  guint               hide_id;
  double              scroll_sum;
  gint64              last_scroll_step;

  /* Where the editor view was, to go back there on leaving. */
  GWeakRef            journey_view;
  double              zoom;
  double              scroll_x;
  double              scroll_y;
  gboolean            restore;

  /* borrowed */
  GtkWindow          *parent;
};

G_DEFINE_FINAL_TYPE (TpPresentation, tp_presentation, GTK_TYPE_WINDOW)

/* The dark-room choice lasts for the session, so the next presentation in
 * the same room starts the same way. */
static gboolean session_dark = FALSE;

static void leave (TpPresentation *self);

TpPresentationCommand
tp_presentation_command_for_key (guint            keyval,
                                 GdkModifierType  state,
                                 int             *argument)
{
  int dummy;

  if (argument == NULL)
    argument = &dummy;
  *argument = 0;

  /* Shortcuts with Ctrl, Alt or Super are not the walk's. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return TP_PRESENTATION_COMMAND_NONE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_n:
    case GDK_KEY_N:
      return (state & GDK_SHIFT_MASK) && (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
             ? TP_PRESENTATION_COMMAND_PREVIOUS : TP_PRESENTATION_COMMAND_NEXT;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
    case GDK_KEY_P:
      return TP_PRESENTATION_COMMAND_PREVIOUS;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return TP_PRESENTATION_COMMAND_FIRST;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return TP_PRESENTATION_COMMAND_LAST;

    case GDK_KEY_d:
    case GDK_KEY_D:
      return TP_PRESENTATION_COMMAND_TOGGLE_DARK;

    case GDK_KEY_Escape:
      return TP_PRESENTATION_COMMAND_LEAVE;

    default:
      break;
    }

  /* 0 is the overview, 1 … 9 the phases. */
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    {
      *argument = keyval - GDK_KEY_0;
      return TP_PRESENTATION_COMMAND_GOTO;
    }
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    {
      *argument = keyval - GDK_KEY_KP_0;
      return TP_PRESENTATION_COMMAND_GOTO;
    }

  return TP_PRESENTATION_COMMAND_NONE;
}

/* The journey map is followed by its analysis. */
static TpPresentationPainter *
make_painter (TpPresentation *self)
{
  TpPresentationPainter *painter;

  painter = tp_presentation_painter_new_full (self->view_name, self->journey,
                                              TP_PRESENTATION_WITH_ANALYSIS
                                              | (self->show_rollup ? TP_PRESENTATION_SHOW_ROLLUP
                                                                   : 0));
  if (self->overlay != NULL)
    tp_presentation_painter_set_overlay (painter, self->overlay);
  return painter;
}

static void
update_accessible (TpPresentation *self)
{
  TpPresentationPainter *painter = tp_presentation_view_get_painter (self->view);
  guint step = tp_presentation_view_get_step (self->view);
  guint phase = tp_presentation_painter_get_step_phase (painter, step);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *label = NULL;

  tp_presentation_painter_get_caption (painter, step, &title, &detail);
  if (phase == 0)
    label = g_strdup_printf (_("Overview: %s"), title);
  else if (phase > tp_presentation_painter_get_n_phases (painter))
    /* Translators: accessible label in presentation mode, e.g. "Analysis: Pain points" */
    label = g_strdup_printf (_("Analysis: %s"), title);
  else if (tp_presentation_painter_get_step_kind (painter) == TP_VIEW_STEP_STOP)
    /* Translators: accessible label in presentation mode over the store flow's walk,
     * e.g. "Stop 2 of 9: Looks at the new arrivals table" */
    label = g_strdup_printf (_("Stop %u of %u: %s"), phase,
                             tp_presentation_painter_get_n_phases (painter), title);
  else
    /* Translators: accessible label, e.g. "Phase 2 of 5: Consideration" */
    label = g_strdup_printf (_("Phase %u of %u: %s"), phase,
                             tp_presentation_painter_get_n_phases (painter), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail,
                                  -1);
}

void
tp_presentation_run (TpPresentation        *self,
                     TpPresentationCommand  command,
                     int                    argument)
{
  guint n, step;

  g_return_if_fail (TP_IS_PRESENTATION (self));

  switch (command)
    {
    case TP_PRESENTATION_COMMAND_LEAVE:
      leave (self);
      return;

    case TP_PRESENTATION_COMMAND_TOGGLE_DARK:
      tp_presentation_set_dark (self, !tp_presentation_get_dark (self));
      return;

    case TP_PRESENTATION_COMMAND_NONE:
      return;

    case TP_PRESENTATION_COMMAND_NEXT:
    case TP_PRESENTATION_COMMAND_PREVIOUS:
    case TP_PRESENTATION_COMMAND_FIRST:
    case TP_PRESENTATION_COMMAND_LAST:
    case TP_PRESENTATION_COMMAND_GOTO:
    default:
      break;
    }

  /* Number keys name phases; a tall phase has several steps (pages). */
  if (command == TP_PRESENTATION_COMMAND_GOTO)
    {
      TpPresentationPainter *painter = tp_presentation_view_get_painter (self->view);

      /* …of the map: the analysis after it is reached by walking on. */
      argument = argument >= 0 && (guint) argument <= tp_presentation_painter_get_n_phases (painter)
                 ? tp_presentation_painter_get_phase_step (painter, (guint) argument) : -1;
      if (argument < 0)
        return;
    }

  n = tp_presentation_get_n_steps (self);
  step = tp_presentation_step_after (tp_presentation_get_step (self), n, command, argument);
  tp_presentation_view_go_to (self->view, step);
  update_accessible (self);
}

gboolean
tp_presentation_handle_key (TpPresentation  *self,
                            guint            keyval,
                            GdkModifierType  state)
{
  TpPresentationCommand command;
  int argument;

  g_return_val_if_fail (TP_IS_PRESENTATION (self), FALSE);

  command = tp_presentation_command_for_key (keyval, state, &argument);
  if (command == TP_PRESENTATION_COMMAND_NONE)
    return FALSE;

  tp_presentation_run (self, command, argument);
  return TRUE;
}

/* --- Input ------------------------------------------------------------ */

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TpPresentation        *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* Space and Return on a focused control button press that button. */
  if (focus != NULL && GTK_IS_BUTTON (focus)
      && (keyval == GDK_KEY_space || keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter))
    return FALSE;

  return tp_presentation_handle_key (self, keyval, state);
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  TpPresentation  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_PRIMARY)
    tp_presentation_run (self, TP_PRESENTATION_COMMAND_NEXT, 0);
  else if (button == GDK_BUTTON_SECONDARY)
    tp_presentation_run (self, TP_PRESENTATION_COMMAND_PREVIOUS, 0);
  else
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TpPresentation           *self)
{
  gint64 now = g_get_monotonic_time ();
  double delta = ABS (dy) >= ABS (dx) ? dy : dx;
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  gboolean discrete = event != NULL
                      && gdk_scroll_event_get_direction (event) != GDK_SCROLL_SMOOTH;

  if (!discrete && now - self->last_scroll_step < SCROLL_PAUSE_USEC)
    {
      self->scroll_sum = 0;
      return TRUE;
    }

  self->scroll_sum += delta;
  if (ABS (self->scroll_sum) < SCROLL_STEP && !discrete)
    return TRUE;

  tp_presentation_run (self, self->scroll_sum > 0 ? TP_PRESENTATION_COMMAND_NEXT
                                                  : TP_PRESENTATION_COMMAND_PREVIOUS, 0);
  self->scroll_sum = 0;
  self->last_scroll_step = now;
  return TRUE;
}

static gboolean
hide_controls (gpointer user_data)
{
  TpPresentation *self = user_data;

  self->hide_id = 0;
  gtk_revealer_set_reveal_child (self->controls, FALSE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->view), "none");

  return G_SOURCE_REMOVE;
}

static void
show_controls (TpPresentation *self)
{
  gtk_revealer_set_reveal_child (self->controls, TRUE);
  gtk_widget_set_cursor (GTK_WIDGET (self->view), NULL);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  self->hide_id = g_timeout_add (CONTROLS_HIDE_MS, hide_controls, self);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           TpPresentation           *self)
{
  show_controls (self);
}

static void
on_dark_toggled (GtkToggleButton *button,
                 TpPresentation  *self)
{
  tp_presentation_set_dark (self, gtk_toggle_button_get_active (button));
}

static void
on_leave_clicked (GtkButton      *button,
                  TpPresentation *self)
{
  tp_presentation_run (self, TP_PRESENTATION_COMMAND_LEAVE, 0);
}

/* --- Document --------------------------------------------------------- */

static void
on_project_changed (TpPresentation *self)
{
  GPtrArray *journeys = tp_project_get_journeys (self->project);

  /* The journey was deleted (in another window): nothing left to show. */
  if (!g_ptr_array_find (journeys, self->journey, NULL))
    {
      leave (self);
      return;
    }

  tp_presentation_view_set_painter (self->view, make_painter (self));
  update_accessible (self);
}

/* --- Life cycle ------------------------------------------------------- */

static void
restore_editor (TpPresentation *self)
{
  g_autoptr(GtkWidget) view = g_weak_ref_get (&self->journey_view);

  if (!self->restore)
    return;
  self->restore = FALSE;

  if (view != NULL && TP_IS_JOURNEY_VIEW (view))
    {
      tp_canvas_set_zoom (TP_CANVAS (view), self->zoom);
      tp_canvas_set_scroll (TP_CANVAS (view), self->scroll_x, self->scroll_y);
      gtk_widget_grab_focus (view);
    }
}

/* Ends the presentation for the editor: it gets its view back as it was. */
static void
detach (TpPresentation *self)
{
  restore_editor (self);
  if (self->parent != NULL)
    {
      if (g_object_get_data (G_OBJECT (self->parent), PRESENTATION_KEY) == self)
        g_object_set_data (G_OBJECT (self->parent), PRESENTATION_KEY, NULL);
      g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
      self->parent = NULL;
    }
}

static void
leave (TpPresentation *self)
{
  detach (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
tp_presentation_close_request (GtkWindow *window)
{
  detach (TP_PRESENTATION (window));

  return GTK_WINDOW_CLASS (tp_presentation_parent_class)->close_request (window);
}

static void
tp_presentation_dispose (GObject *object)
{
  TpPresentation *self = TP_PRESENTATION (object);

  detach (self);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  g_clear_object (&self->project);
  g_clear_object (&self->journey);
  g_clear_pointer (&self->view_name, g_free);
  g_clear_pointer (&self->overlay, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_presentation_parent_class)->dispose (object);
}

static void
tp_presentation_finalize (GObject *object)
{
  TpPresentation *self = TP_PRESENTATION (object);

  g_weak_ref_clear (&self->journey_view);

  G_OBJECT_CLASS (tp_presentation_parent_class)->finalize (object);
}

static void
tp_presentation_class_init (TpPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_presentation_dispose;
  object_class->finalize = tp_presentation_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = tp_presentation_close_request;

  gtk_widget_class_set_css_name (widget_class, "presentation");
}

static GtkWidget *
build_controls (TpPresentation *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *hint = gtk_label_new (_("← → to move · Esc to leave"));
  GtkWidget *dark = gtk_toggle_button_new ();
  GtkWidget *leave = gtk_button_new_from_icon_name ("view-restore-symbolic");

  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "presentation-controls");
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_widget_set_margin_start (hint, 6);
  gtk_widget_set_margin_end (hint, 6);
  gtk_box_append (GTK_BOX (box), hint);

  gtk_button_set_icon_name (GTK_BUTTON (dark), "weather-clear-night-symbolic");
  gtk_widget_set_tooltip_text (dark, _("Dark room (D)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dark room"), -1);
  g_signal_connect (dark, "toggled", G_CALLBACK (on_dark_toggled), self);
  gtk_box_append (GTK_BOX (box), dark);
  self->dark_button = GTK_TOGGLE_BUTTON (dark);

  gtk_widget_set_tooltip_text (leave, _("Leave the presentation (Esc)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (leave), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Leave the presentation"), -1);
  g_signal_connect (leave, "clicked", G_CALLBACK (on_leave_clicked), self);
  gtk_box_append (GTK_BOX (box), leave);

  return box;
}

static void
tp_presentation_init (TpPresentation *self)
{
  g_weak_ref_init (&self->journey_view, NULL);
}

static void
setup (TpPresentation *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  TpPresentationPainter *painter;
  GtkEventController *controller;
  GtkGesture *click;

  painter = make_painter (self);
  self->view = TP_PRESENTATION_VIEW (tp_presentation_view_new (painter));
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->view));

  self->controls = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->controls, GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_halign (GTK_WIDGET (self->controls), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->controls), GTK_ALIGN_START);
  gtk_revealer_set_child (self->controls, build_controls (self));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->controls));
  gtk_window_set_child (GTK_WINDOW (self), overlay);

  /* Capture phase: the walk's keys win over the control buttons' own. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_widget_set_focusable (GTK_WIDGET (self->view), TRUE);
  tp_presentation_set_dark (self, session_dark);
  update_accessible (self);
}

TpPresentation *
tp_presentation_new (GtkWindow  *parent,
                     const char *view,
                     TpJourney  *journey)
{
  TpPresentation *self;
  g_autofree char *title = NULL;
  const char *journey_title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  self = g_object_new (TP_TYPE_PRESENTATION, NULL);
  self->view_name = g_strdup (view);
  self->journey = g_object_ref (journey);
  self->project = tp_element_get_project (TP_ELEMENT (journey));
  if (self->project != NULL)
    {
      g_object_ref (self->project);
      g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed), self,
                               G_CONNECT_SWAPPED);
    }

  journey_title = tp_journey_get_title (journey);
  /* Translators: window title of presentation mode, e.g. "Presenting Buying a bike" */
  title = g_strdup_printf (_("Presenting %s"), journey_title != NULL ? journey_title : "");
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (parent != NULL)
    {
      TpPresentation *running = g_object_get_data (G_OBJECT (parent), PRESENTATION_KEY);

      if (running != NULL)
        leave (running);
      self->parent = parent;
      g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
      g_object_set_data (G_OBJECT (parent), PRESENTATION_KEY, self);
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
    }

  setup (self);

  return self;
}

void
tp_presentation_start (TpPresentation *self,
                       GdkMonitor     *monitor)
{
  GdkMonitor *target;

  g_return_if_fail (TP_IS_PRESENTATION (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  /* The monitor's size also when no window manager makes it full screen. */
  target = monitor;
  if (target == NULL && self->parent != NULL
      && gtk_native_get_surface (GTK_NATIVE (self->parent)) != NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->parent));

      target = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
    }
  if (target != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (target, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
    }

  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  show_controls (self);
}

TpPresentation *
tp_presentation_present_journey_view (GtkWindow     *parent,
                                      TpJourneyView *view,
                                      GdkMonitor    *monitor)
{
  TpPresentation *self;
  TpJourney *journey;

  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (view), NULL);

  journey = tp_canvas_get_journey (TP_CANVAS (view));
  if (journey == NULL)
    return NULL;

  self = tp_presentation_new (parent, TP_VIEW_JOURNEY, journey);
  tp_presentation_set_show_rollup (self, tp_journey_view_get_show_rollup (view));
  g_weak_ref_set (&self->journey_view, view);
  self->zoom = tp_canvas_get_zoom (TP_CANVAS (view));
  tp_canvas_get_scroll (TP_CANVAS (view), &self->scroll_x, &self->scroll_y);
  self->restore = TRUE;
  tp_presentation_start (self, monitor);

  return self;
}

void
tp_presentation_set_overlay (TpPresentation *self,
                             GPtrArray      *journeys)
{
  g_return_if_fail (TP_IS_PRESENTATION (self));

  g_clear_pointer (&self->overlay, g_ptr_array_unref);
  self->overlay = journeys != NULL ? g_ptr_array_ref (journeys) : NULL;
  tp_presentation_view_set_painter (self->view, make_painter (self));
}

void
tp_presentation_set_show_rollup (TpPresentation *self,
                                 gboolean        show)
{
  g_return_if_fail (TP_IS_PRESENTATION (self));

  if (self->show_rollup == !!show)
    return;
  self->show_rollup = !!show;
  tp_presentation_view_set_painter (self->view, make_painter (self));
}

TpPresentation *
tp_presentation_get_for_window (GtkWindow *parent)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_get_data (G_OBJECT (parent), PRESENTATION_KEY);
}

guint
tp_presentation_get_step (TpPresentation *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION (self), 0);

  return tp_presentation_view_get_step (self->view);
}

guint
tp_presentation_get_n_steps (TpPresentation *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION (self), 1);

  return tp_presentation_painter_get_n_steps (tp_presentation_view_get_painter (self->view));
}

guint
tp_presentation_get_phase (TpPresentation *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION (self), 0);

  return tp_presentation_painter_get_step_phase (tp_presentation_view_get_painter (self->view),
                                                 tp_presentation_view_get_step (self->view));
}

gboolean
tp_presentation_get_dark (TpPresentation *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION (self), FALSE);

  return tp_presentation_view_get_dark (self->view);
}

void
tp_presentation_set_dark (TpPresentation *self,
                          gboolean        dark)
{
  g_return_if_fail (TP_IS_PRESENTATION (self));

  session_dark = !!dark;
  tp_presentation_view_set_dark (self->view, dark);
  if (gtk_toggle_button_get_active (self->dark_button) != !!dark)
    gtk_toggle_button_set_active (self->dark_button, dark);
}

gboolean
tp_presentation_is_animating (TpPresentation *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION (self), FALSE);

  return tp_presentation_view_is_animating (self->view);
}
