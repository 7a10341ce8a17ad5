/* tp-inspector-zone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A zone of a floor plan in the inspector: its name, its kind, whether
 * customers walk through it (its kind says, unless set here) and, for a rectangle, its
 * place and size in metres, typed exactly; for a polygon, its corners in
 * metres: each one typed, a corner added after one or removed (never fewer
 * than three), each one undo step, an outline that would cross itself or
 * have no area refused with the message the plan gives.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-store-snap.h"
#include "tp-inspector-private.h"
#include "tp-store-outline.h"

/* More corners than this are dragged on the plan: a thousand rows would be no help. */
#define MAX_CORNER_ROWS 200

/* --- A polygon's corners ----------------------------------------------------- */

static TpZone *
inspected_polygon (TpInspector *self)
{
  if (self->element == NULL || !TP_IS_ZONE (self->element) || self->project == NULL
      || tp_zone_get_shape (TP_ZONE (self->element)) != TP_ZONE_SHAPE_POLYGON)
    return NULL;
  return TP_ZONE (self->element);
}

static void
set_corners (TpInspector   *self,
             TpZone        *zone,
             const char    *label,
             const char    *key,
             GArray        *points)
{
  const char *problem = NULL;

  if (!tp_store_zone_set_outline (self->project, zone, label, key,
                                  (TpPoint *) (gpointer) points->data, points->len, &problem))
    {
      self->corner_focus = -1;
      if (problem != NULL)
        tp_store_tell (GTK_WIDGET (self), problem);
      /* The field typed into shows the corner as it still is. */
      self->updating = TRUE;
      _tp_inspector_refresh_zone (self);
      self->updating = FALSE;
    }
}

static char *
format_metres (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Two decimals as the other fields in metres, with the point the file uses. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static void
commit_corner (GtkEntry    *entry,
               TpInspector *self)
{
  TpZone *zone = inspected_polygon (self);
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "tp-corner"));
  gboolean y = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "tp-axis"));
  g_autoptr(GArray) points = NULL;
  TpPoint *p;
  double value;

  if (self->updating || zone == NULL)
    return;
  points = tp_store_zone_copy_points (zone);
  if (i >= points->len)
    return;
  p = &g_array_index (points, TpPoint, i);
  /* Left as shown (the model may hold more decimals than are shown): nothing to do. */
  {
    g_autofree char *shown = format_metres (y ? p->y : p->x);

    if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), shown) == 0)
      {
        gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
        return;
      }
  }
  if (!tp_store_parse_coordinate (gtk_editable_get_text (GTK_EDITABLE (entry)), &value))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      tp_store_tell (GTK_WIDGET (self), _("Type a corner’s place in metres, say 4.5"));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  if (y)
    p->y = value;
  else
    p->x = value;
  set_corners (self, zone, _("Move Corner"), NULL, points);
}

static void
on_corner_focus_leave (GtkEventControllerFocus *controller,
                       TpInspector             *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  commit_corner (GTK_ENTRY (entry), self);
}

static void
on_add_corner (GtkButton   *button,
               TpInspector *self)
{
  TpZone *zone = inspected_polygon (self);
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "tp-corner"));
  g_autoptr(GArray) points = NULL;
  TpPoint a, b, middle;

  if (zone == NULL)
    return;
  points = tp_store_zone_copy_points (zone);
  if (i >= points->len)
    return;
  if (points->len >= TP_STORE_MAX_ZONE_POINTS)
    {
      tp_store_tell (GTK_WIDGET (self), tp_store_outline_problem (TP_STORE_OUTLINE_TOO_MANY));
      return;
    }
  /* In the middle of the side to the next corner, as the plan's side handle adds one. */
  a = g_array_index (points, TpPoint, i);
  b = g_array_index (points, TpPoint, (i + 1) % points->len);
  middle = (TpPoint) { (a.x + b.x) / 2, (a.y + b.y) / 2 };
  g_array_insert_val (points, i + 1, middle);
  self->corner_focus = i + 1;
  set_corners (self, zone, _("Add Corner"), NULL, points);
}

static void
on_remove_corner (GtkButton   *button,
                  TpInspector *self)
{
  TpZone *zone = inspected_polygon (self);
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "tp-corner"));
  g_autoptr(GArray) points = NULL;

  if (zone == NULL)
    return;
  points = tp_store_zone_copy_points (zone);
  if (i >= points->len)
    return;
  if (points->len <= 3)
    {
      tp_store_tell (GTK_WIDGET (self), tp_store_outline_problem (TP_STORE_OUTLINE_TOO_FEW));
      return;
    }
  g_array_remove_index (points, i);
  self->corner_focus = MIN (i, points->len - 1);
  set_corners (self, zone, _("Remove Corner"), NULL, points);
}

static GtkWidget *
corner_entry (TpInspector *self,
              guint        i,
              gboolean     y,
              double       value)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *label = NULL;
  g_autofree char *text = format_metres (value);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 8);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
  gtk_widget_set_hexpand (entry, TRUE);
  /* TRANSLATORS: a corner's number; what a screen reader says for the field. */
  label = g_strdup_printf (y ? _("Corner %u, y in metres") : _("Corner %u, x in metres"), i + 1);
  gtk_widget_set_tooltip_text (entry, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (entry), "tp-corner", GUINT_TO_POINTER (i));
  g_object_set_data (G_OBJECT (entry), "tp-axis", GINT_TO_POINTER (y));
  g_signal_connect (entry, "activate", G_CALLBACK (commit_corner), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_corner_focus_leave), self);
  gtk_widget_add_controller (entry, focus);
  g_ptr_array_add (self->corner_spins, entry);
  return entry;
}

static GtkWidget *
corner_button (TpInspector *self,
               const char  *icon,
               const char  *label,
               guint        i,
               GCallback    callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (button), "tp-corner", GUINT_TO_POINTER (i));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
column_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  return label;
}

static void
build_corners (TpInspector *self,
               GtkWidget   *content,
               TpZone      *zone)
{
  g_autoptr(GArray) points = tp_store_zone_copy_points (zone);
  GtkWidget *group = _tp_inspector_add_group (content, _("Corners"));
  GtkWidget *grid;
  int focus = self->corner_focus;

  self->corner_focus = -1;
  if (points->len > MAX_CORNER_ROWS)
    {
      g_autofree char *text = g_strdup_printf (_("%u corners: too many to list; drag them on the plan"),
                                               points->len);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), text);
      return;
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Metres from the plan’s top-left corner: x to the "
                                           "right, y down. Enter keeps a number."));
  /* A table, not rows: two numbers and two buttons a corner fit the inspector's width. */
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_attach (GTK_GRID (grid), column_heading (_("x (m)")), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), column_heading (_("y (m)")), 2, 0, 1, 1);
  for (guint i = 0; i < points->len; i++)
    {
      TpPoint p = g_array_index (points, TpPoint, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *add = g_strdup_printf (_("Add a corner after corner %u"), i + 1);
      g_autofree char *remove = g_strdup_printf (_("Remove corner %u"), i + 1);
      GtkWidget *label = gtk_label_new (number);
      GtkWidget *x = corner_entry (self, i, FALSE, p.x);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_grid_attach (GTK_GRID (grid), label, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), x, 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), corner_entry (self, i, TRUE, p.y), 2, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid),
                       corner_button (self, "list-add-symbolic", add, i, G_CALLBACK (on_add_corner)),
                       3, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid),
                       corner_button (self, "list-remove-symbolic", remove, i,
                                      G_CALLBACK (on_remove_corner)),
                       4, i + 1, 1, 1);
      if (focus == (int) i)
        gtk_widget_grab_focus (x);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), grid);
}

void
_tp_inspector_refresh_zone (TpInspector *self)
{
  TpZone *zone = inspected_polygon (self);
  g_autoptr(GArray) points = NULL;

  if (zone == NULL || self->corner_spins->len == 0)
    return;
  points = tp_store_zone_copy_points (zone);
  for (guint k = 0; k < self->corner_spins->len && k / 2 < points->len; k++)
    {
      GtkWidget *entry = g_ptr_array_index (self->corner_spins, k);
      TpPoint p = g_array_index (points, TpPoint, k / 2);
      g_autofree char *text = format_metres (k % 2 ? p.y : p.x);

      gtk_widget_remove_css_class (entry, "error");
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }
}

void
_tp_inspector_build_zone (TpInspector *self,
                          GtkWidget   *content,
                          TpZone      *zone)
{
  const char *id = tp_element_get_id (TP_ELEMENT (zone));
  GtkWidget *group = _tp_inspector_add_group (content, _("Zone"));
  GtkWidget *row;
  TpField *field;

  _tp_inspector_add_field (self, group, TP_ELEMENT (zone), id, "name", TP_FIELD_STRING,
                           _("Name"), N_("Rename Zone"));
  _tp_inspector_add_field (self, group, TP_ELEMENT (zone), id, "kind", TP_FIELD_ENUM,
                           _("Kind"), N_("Change Zone Kind"));
  field = _tp_inspector_add_field (self, group, TP_ELEMENT (zone), id, "walkable", TP_FIELD_BOOL,
                                   _("Customers walk through it"), N_("Change Walkable"));
  row = gtk_widget_get_ancestor (field->widget, ADW_TYPE_ACTION_ROW);
  if (row != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 tp_zone_walkable_is_own (zone)
                                 ? _("Set for this zone")
                                 : tp_zone_is_walkable (zone)
                                 ? _("As for its kind")
                                 : _("As for its kind: the path goes around it, except to a stop inside"));

  if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_RECT)
    {
      static const struct { const char *property, *title, *undo; } sides[] = {
        { "x", N_("Left (m)"), N_("Move Zone") },
        { "y", N_("Top (m)"), N_("Move Zone") },
        { "width", N_("Width (m)"), N_("Resize Zone") },
        { "height", N_("Height (m)"), N_("Resize Zone") },
      };

      group = _tp_inspector_add_group (content, _("Place and Size"));
      for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
        {
          field = _tp_inspector_add_field (self, group, TP_ELEMENT (zone), id, sides[i].property,
                                           TP_FIELD_DOUBLE, _(sides[i].title), sides[i].undo);
          gtk_spin_button_set_increments (GTK_SPIN_BUTTON (field->widget), 0.1, 1.0);
          /* Never a zone without area. */
          if (i >= 2)
            gtk_spin_button_set_range (GTK_SPIN_BUTTON (field->widget), TP_STORE_MIN_ZONE_SIDE,
                                       1e6);
        }
    }
  else
    build_corners (self, content, zone);
}

gboolean
_tp_inspector_zone_needs_rebuild (TpInspector    *self,
                                  const TpChange *change)
{
  if (self->element == NULL || !TP_IS_ZONE (self->element)
      || change->kind != TP_CHANGE_PROPERTY || change->element != self->element)
    return FALSE;
  /* What the rows show follows from the kind (walkable) and the shape (the fields); a corner
   * moved only changes the numbers (and the focus stays in the field typed in), a corner added
   * or removed changes the rows. */
  if (g_strcmp0 (change->pspec->name, "points") == 0)
    return self->corner_spins->len != 2 * g_variant_n_children (tp_zone_get_points (TP_ZONE (self->element)))
           || tp_zone_get_shape (TP_ZONE (self->element)) != TP_ZONE_SHAPE_POLYGON;
  return g_strcmp0 (change->pspec->name, "kind") == 0
         || g_strcmp0 (change->pspec->name, "shape") == 0
         || g_strcmp0 (change->pspec->name, "walkable") == 0;
}
