/* tp-canvas-rename.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Naming in place, for every view on the canvas: a GtkEntry child over the
 * element (a card, a header, a zone, an arrow's label); Enter keeps, Escape
 * drops, clicking elsewhere keeps. The text goes to the element's "title",
 * else its "name", else its "label" — one undo step through the project.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-canvas-private.h"

/* The string property an element is named by, or NULL when it has none. */
static const char *
name_property (TpElement *element)
{
  static const char * const names[] = { "title", "name", "label" };
  GObjectClass *klass = G_OBJECT_GET_CLASS (element);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);

      if (pspec != NULL && pspec->value_type == G_TYPE_STRING && (pspec->flags & G_PARAM_WRITABLE))
        return names[i];
    }
  return NULL;
}

gboolean
tp_canvas_can_rename (TpCanvas  *self,
                      TpElement *element)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), FALSE);

  return element != NULL && tp_canvas_get_project (self) != NULL && name_property (element) != NULL;
}

TpElement *
tp_canvas_get_renamed (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  return _tp_canvas_get_private (self)->rename_element;
}

GtkWidget *
tp_canvas_get_rename_entry (TpCanvas *self)
{
  g_return_val_if_fail (TP_IS_CANVAS (self), NULL);

  return _tp_canvas_get_private (self)->rename_entry;
}

/* Unparents the entry; the focus is handed back first when @refocus, since a window must
 * never be left holding a focus widget that is gone. */
static void
drop_entry (TpCanvas *self,
            gboolean  refocus)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  g_autoptr(GtkWidget) entry = g_steal_pointer (&priv->rename_entry);
  GtkRoot *root;
  GtkWidget *focus;

  priv->rename_element = NULL;
  if (entry == NULL)
    {
      g_clear_handle_id (&priv->rename_idle, g_source_remove);
      return;
    }

  root = gtk_widget_get_root (entry);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (refocus && focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry))
      && !gtk_widget_grab_focus (GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
  gtk_widget_unparent (entry);
  /* After the focus has left the entry: leaving queues the idle again. */
  g_clear_handle_id (&priv->rename_idle, g_source_remove);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_canvas_stop_rename (TpCanvas *self,
                       gboolean  commit)
{
  TpCanvasPrivate *priv;
  TpElement *element;

  g_return_if_fail (TP_IS_CANVAS (self));

  priv = _tp_canvas_get_private (self);
  element = priv->rename_element;
  if (priv->rename_entry == NULL)
    return;

  if (commit && element != NULL && tp_canvas_get_project (self) != NULL
      && tp_element_get_parent (element) != NULL)
    {
      const char *property = name_property (element);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (priv->rename_entry));
      g_autofree char *old = NULL;

      g_object_get (element, property, &old, NULL);
      if (g_strcmp0 (old, text) != 0)
        {
          TpProject *project = tp_canvas_get_project (self);

          tp_project_begin (project, TP_IS_ZONE (element) ? _("Rename Zone") : _("Rename"));
          tp_project_set (project, element, property, text, NULL);
          tp_project_commit (project);
        }
    }
  drop_entry (self, TRUE);
}

static gboolean
on_rename_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               TpCanvas              *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  tp_canvas_stop_rename (self, FALSE);
  return TRUE;
}

static void
on_rename_activate (TpCanvas *self)
{
  tp_canvas_stop_rename (self, TRUE);
}

static gboolean
rename_focus_left_cb (gpointer data)
{
  TpCanvas *self = data;
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  GtkRoot *root;
  GtkWidget *focus;

  priv->rename_idle = 0;
  if (priv->rename_entry == NULL)
    return G_SOURCE_REMOVE;

  /* The window lost the focus to another one, not to another widget: the
   * name stays open for typing when the person comes back. */
  root = gtk_widget_get_root (priv->rename_entry);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == priv->rename_entry || gtk_widget_is_ancestor (focus, priv->rename_entry)))
    return G_SOURCE_REMOVE;

  tp_canvas_stop_rename (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_rename_focus_leave (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);

  /* Clicking elsewhere keeps what was typed. Not right now: GTK is still
   * telling the entry and its parents that the focus moved. */
  if (priv->rename_idle == 0)
    priv->rename_idle = g_idle_add (rename_focus_left_cb, self);
}

void
tp_canvas_start_rename (TpCanvas  *self,
                        TpElement *element)
{
  TpCanvasPrivate *priv;
  g_autofree char *text = NULL;
  GtkEventController *controller;
  GtkWidget *entry;

  g_return_if_fail (TP_IS_CANVAS (self));

  if (!tp_canvas_can_rename (self, element))
    return;

  priv = _tp_canvas_get_private (self);
  tp_canvas_stop_rename (self, TRUE);
  tp_canvas_scroll_to (self, element);

  g_object_get (element, name_property (element), &text, NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_add_css_class (entry, "canvas-rename");
  /* An untitled card: its kind, as the card itself shows it. */
  if (TP_IS_CARD (element))
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                    tp_enum_get_label (TP_TYPE_CARD_KIND,
                                                       tp_card_get_kind (TP_CARD (element))));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_str_equal (name_property (element), "title") ? _("Title") : _("Name"),
                                  -1);
  priv->rename_entry = g_object_ref_sink (entry);
  priv->rename_element = element;
  gtk_widget_set_parent (entry, GTK_WIDGET (self));

  g_signal_connect_object (entry, "activate", G_CALLBACK (on_rename_activate), self,
                           G_CONNECT_SWAPPED);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_rename_key), self, 0);
  gtk_widget_add_controller (entry, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_rename_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, controller);

  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Puts the entry over its element (map units from the view's rename_rect, else the element's
 * rectangle): at the top of a card, whose title sits there; in the middle of anything else. */
void
_tp_canvas_allocate_rename (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpCanvasClass *klass = TP_CANVAS_GET_CLASS (self);
  gboolean at_top = TP_IS_CARD (priv->rename_element);
  graphene_rect_t area;
  GtkAllocation alloc;
  int nat_h, min_w;
  TpRect rect;
  gboolean found;

  if (priv->rename_entry == NULL)
    return;

  found = _tp_canvas_ensure_layout (self);
  if (found && klass->rename_rect != NULL)
    found = klass->rename_rect (self, priv->rename_element, &rect, &at_top);
  else if (found)
    found = klass->get_element_rect (self, priv->rename_element, &rect);
  /* An arrow's label: where the label is drawn, on its longest segment. */
  if (!found && _tp_canvas_connection_rect (self, priv->rename_element, &rect))
    {
      const TpBlueprintRoute *route = tp_canvas_find_route (self, TP_CONNECTION (priv->rename_element));
      TpPoint point;

      tp_blueprint_route_get_label_point (route, &point, NULL);
      rect = (TpRect) { point.x - 80 / tp_canvas_get_zoom (self), point.y - 17 / tp_canvas_get_zoom (self),
                        160 / tp_canvas_get_zoom (self), 34 / tp_canvas_get_zoom (self) };
      at_top = FALSE;
      found = TRUE;
    }
  gtk_widget_set_child_visible (priv->rename_entry, found);
  if (!found)
    return;

  tp_canvas_map_rect_to_widget (self, &rect, &area);
  gtk_widget_measure (priv->rename_entry, GTK_ORIENTATION_VERTICAL, -1, NULL, &nat_h, NULL, NULL);
  gtk_widget_measure (priv->rename_entry, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  alloc.x = (int) area.origin.x;
  alloc.width = MAX ((int) area.size.width, MAX (min_w, 160));
  alloc.height = nat_h;
  alloc.y = at_top ? (int) area.origin.y
                   : (int) (area.origin.y + MAX (0, (area.size.height - nat_h) / 2));
  gtk_widget_size_allocate (priv->rename_entry, &alloc, -1);
}

/* The element being named went away (an undo, another window): the entry goes without
 * writing anything. */
void
_tp_canvas_rename_check_removed (TpCanvas *self)
{
  TpCanvasPrivate *priv = _tp_canvas_get_private (self);
  TpElement *e = priv->rename_element;

  if (priv->rename_entry == NULL)
    return;
  while (e != NULL && !TP_IS_PROJECT (e))
    e = tp_element_get_parent (e);
  if (e == NULL || TP_PROJECT (e) != tp_canvas_get_project (self))
    tp_canvas_stop_rename (self, FALSE);
}

/* Going away with the window (@refocus FALSE: no focus to hand on, nothing to keep) or
 * leaving it (unroot: the focus is handed back first). */
void
_tp_canvas_drop_rename (TpCanvas *self,
                        gboolean  refocus)
{
  drop_entry (self, refocus);
}

static void
action_rename (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpCanvas *self = TP_CANVAS (widget);
  TpSelection *selection = tp_canvas_get_selection (self);
  TpElement *primary = selection != NULL ? tp_selection_get_primary (selection) : NULL;

  if (primary != NULL && tp_canvas_is_selected (self, primary) && _tp_canvas_ensure_layout (self)
      && TP_CANVAS_GET_CLASS (self)->get_element_rect (self, primary, &(TpRect) { 0 }))
    tp_canvas_start_rename (self, primary);
}

void
_tp_canvas_update_rename_action (TpCanvas *self)
{
  TpSelection *selection = tp_canvas_get_selection (self);
  TpElement *primary = selection != NULL ? tp_selection_get_primary (selection) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.rename",
                                 primary != NULL && tp_canvas_can_rename (self, primary));
}

void
_tp_canvas_class_init_rename (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.rename", NULL, action_rename);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "view.rename", NULL);
}
