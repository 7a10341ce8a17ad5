/* tp-inspector-zone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A zone of a floor plan in the inspector: its name, its kind, whether
 * customers walk through it (its kind says, unless set here) and, for a rectangle, its
 * place and size in metres, typed exactly. A polygon's corners are dragged
 * on the plan.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-store-snap.h"
#include "tp-inspector-private.h"

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
    {
      g_autofree char *text = NULL;
      guint n = g_variant_n_children (tp_zone_get_points (zone));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Outline"));
      text = g_strdup_printf (ngettext ("A polygon of %u corner; drag them on the plan",
                                        "A polygon of %u corners; drag them on the plan", n), n);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

gboolean
_tp_inspector_zone_needs_rebuild (TpInspector    *self,
                                  const TpChange *change)
{
  /* What the rows show follows from the kind (walkable) and the shape (the fields). */
  return self->element != NULL && TP_IS_ZONE (self->element)
         && change->kind == TP_CHANGE_PROPERTY && change->element == self->element
         && (g_strcmp0 (change->pspec->name, "kind") == 0
             || g_strcmp0 (change->pspec->name, "shape") == 0
             || g_strcmp0 (change->pspec->name, "walkable") == 0
             || g_strcmp0 (change->pspec->name, "points") == 0);
}
