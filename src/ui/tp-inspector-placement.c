/* tp-inspector-placement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector's store-flow sections: for a touchpoint card, its stops on
 * the floor plan (time spent, editable; the zone it falls in, read only);
 * for a journey with a floor plan, its figures (stops, path length, time
 * spent in all and per zone, zones visited, ground walked again) and, for a
 * current or future state on the same plan, the change between the two.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-store-figures.h"
#include "render/tp-store-painter.h"
#include "tp-inspector-private.h"

static TpJourney *
journey_of (TpElement *element)
{
  while (element != NULL && !TP_IS_JOURNEY (element))
    element = tp_element_get_parent (element);
  return element != NULL ? TP_JOURNEY (element) : NULL;
}

static TpFloorPlan *
journey_plan (TpJourney *journey)
{
  TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
  const char *id = tp_journey_get_floor_plan (journey);
  TpElement *plan = project != NULL && id != NULL ? tp_project_lookup (project, id) : NULL;

  return TP_IS_FLOOR_PLAN (plan) ? TP_FLOOR_PLAN (plan) : NULL;
}

static GtkWidget *
add_value_row (GtkWidget  *group,
               const char *title,
               const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* The zone a stop falls in: the topmost zone holding it, as the walk counts it. */
static char *
zone_of (GArray  *shapes,
         TpPoint  at)
{
  int z = tp_store_hit_zone ((TpStoreShape *) (gpointer) shapes->data, shapes->len, at.x, at.y, 0);

  if (z < 0)
    return g_strdup (_("None"));
  return g_strdup (tp_store_figures_zone_name (g_array_index (shapes, TpStoreShape, z).zone));
}

static void
build_stop (TpInspector *self,
            GtkWidget   *group,
            GArray      *shapes,
            TpPlacement *placement,
            guint        number,
            guint        n_stops)
{
  g_autofree char *dwell_title = NULL;
  g_autofree char *zone_title = NULL;
  g_autofree char *zone = NULL;
  TpField *field;

  /* Translators: the field of a stop's time spent; %u is its number on the plan */
  dwell_title = g_strdup_printf (_("Time spent at stop %u (s)"), number);
  field = _tp_inspector_add_field (self, group, TP_ELEMENT (placement),
                                   tp_element_get_id (TP_ELEMENT (placement)), "dwell",
                                   TP_FIELD_DOUBLE, dwell_title, N_("Change Time Spent"));
  if (field != NULL && GTK_IS_SPIN_BUTTON (field->widget))
    gtk_spin_button_set_digits (GTK_SPIN_BUTTON (field->widget), 0);

  zone = shapes != NULL ? zone_of (shapes, (TpPoint) { tp_placement_get_x (placement),
                                                       tp_placement_get_y (placement) })
                        : g_strdup (_("None"));
  /* Translators: the zone a stop on the plan falls in; %u is the stop's number */
  zone_title = g_strdup_printf (_("Zone of stop %u"), number);
  add_value_row (group, zone_title, zone);
}

void
_tp_inspector_build_placements (TpInspector *self,
                                GtkWidget   *content,
                                TpElement   *element)
{
  TpJourney *journey = journey_of (element);
  g_autoptr(GArray) shapes = NULL;
  TpFloorPlan *plan;
  GPtrArray *placements;
  GtkWidget *group = NULL;
  const char *id;

  if (journey == NULL || (plan = journey_plan (journey)) == NULL)
    return;
  shapes = tp_store_shapes_new (plan);
  placements = tp_journey_get_placements (journey);
  id = tp_element_get_id (element);
  for (guint i = 0; i < placements->len; i++)
    {
      TpPlacement *placement = g_ptr_array_index (placements, i);

      if (placement != (gpointer) element && g_strcmp0 (tp_placement_get_card (placement), id) != 0)
        continue;
      if (group == NULL)
        {
          group = _tp_inspector_add_group (content, _("On the Floor Plan"));
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                                 _("Where the customer stops for this touchpoint, in the order walked"));
        }
      build_stop (self, group, shapes, placement, i + 1, placements->len);
    }
  if (group == NULL && TP_IS_CARD (element)
      && tp_card_get_kind (TP_CARD (element)) == TP_CARD_KIND_TOUCHPOINT)
    {
      group = _tp_inspector_add_group (content, _("On the Floor Plan"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Not placed: drag it onto the plan from the list of touchpoints in the Store Flow view, or select it in that list and press Insert"));
    }
}

static void
add_figures (GtkWidget            *group,
             const TpStoreFigures *figures)
{
  g_autofree char *stops = g_strdup_printf ("%u", figures->n_stops);
  /* Translators: touchpoints with a stop on the plan, of all the journey's touchpoints */
  g_autofree char *placed = g_strdup_printf (_("%u of %u"), figures->n_placed_cards,
                                             figures->n_touchpoints);
  /* Translators: a length in metres */
  g_autofree char *length = g_strdup_printf (_("%.1f m"), figures->length);
  g_autofree char *dwell = tp_store_format_duration (figures->dwell);
  /* Translators: zones the walk enters, of all the zones of the plan */
  g_autofree char *zones = g_strdup_printf (_("%u of %u"), figures->n_zones_visited,
                                            figures->n_zones);
  /* Translators: the share of the walk over ground already walked, and its length */
  g_autofree char *again = g_strdup_printf (_("%.0f %% (%.1f m)"), 100 * figures->backtrack_share,
                                            figures->backtrack_length);

  add_value_row (group, _("Stops"), stops);
  add_value_row (group, _("Touchpoints placed"), placed);
  add_value_row (group, _("Path length"), length);
  add_value_row (group, _("Time spent"), dwell);
  add_value_row (group, _("Zones visited"), zones);
  add_value_row (group, _("Walked again"), again);
}

static void
add_change (GtkWidget  *group,
            const char *title,
            const char *before,
            const char *after,
            const char *change)
{
  /* Translators: a figure of two states of a journey and the change, e.g. "64 m → 52 m (-12 m)" */
  g_autofree char *text = g_strdup_printf (_("%s → %s (%s)"), before, after, change);
  GtkWidget *row = adw_action_row_new ();

  /* Under the title: the text is long, and wraps there. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

void
_tp_inspector_build_store_figures (TpInspector *self,
                                   GtkWidget   *content,
                                   TpJourney   *journey)
{
  g_autoptr(TpStoreLayout) layout = NULL;
  g_autoptr(TpStoreFigures) figures = NULL;
  TpJourney *other;
  GtkWidget *group;

  if (journey_plan (journey) == NULL)
    return;
  layout = tp_store_layout_new (journey, NULL);
  figures = tp_store_figures_new (layout);
  if (figures == NULL)
    return;

  group = _tp_inspector_add_group (content, _("Walk on the Floor Plan"));
  add_figures (group, figures);

  if (figures->zones->len > 0)
    {
      group = _tp_inspector_add_group (content, _("Time Spent per Zone"));
      for (guint i = 0; i < figures->zones->len; i++)
        {
          const TpStoreZoneFigure *zone = &g_array_index (figures->zones, TpStoreZoneFigure, i);
          g_autofree char *dwell = tp_store_format_duration (zone->dwell);
          /* Translators: time spent in a zone and how many times the walk enters it */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u visit",
                                                                "%s · %u visits", zone->visits),
                                                   dwell, zone->visits);

          add_value_row (group, tp_store_figures_zone_name (zone->zone), text);
        }
    }

  /* The same persona's other state on the same plan: what the change does to the walk. */
  if ((other = tp_store_find_counterpart (journey)) != NULL)
    {
      g_autoptr(TpStoreLayout) other_layout = tp_store_layout_new (other, NULL);
      g_autoptr(TpStoreFigures) theirs = tp_store_figures_new (other_layout);
      gboolean future = tp_journey_get_current_state (journey) != NULL;
      const TpStoreFigures *before = future ? theirs : figures;
      const TpStoreFigures *after = future ? figures : theirs;
      g_autofree char *length0 = NULL, *length1 = NULL, *length = NULL;
      g_autofree char *dwell0 = NULL, *dwell1 = NULL, *dwell = NULL;
      g_autofree char *description = NULL;

      if (theirs == NULL)
        return;
      group = _tp_inspector_add_group (content, _("Current and Future State"));
      /* Translators: the description of the comparison of two states of a journey; %s is the
       * title of the other one */
      description = g_strdup_printf (future ? _("From the current state, “%s”, to this one")
                                            : _("From this journey to its future state, “%s”"),
                                     tp_journey_get_title (other));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
      length0 = g_strdup_printf (_("%.1f m"), before->length);
      length1 = g_strdup_printf (_("%.1f m"), after->length);
      length = tp_store_figures_format_change (before->length, after->length, "m");
      add_change (group, _("Path length"), length0, length1, length);
      dwell0 = tp_store_format_duration (before->dwell);
      dwell1 = tp_store_format_duration (after->dwell);
      dwell = tp_store_figures_format_change (before->dwell, after->dwell, "s");
      add_change (group, _("Time spent"), dwell0, dwell1, dwell);
    }
}

gboolean
_tp_inspector_placement_needs_rebuild (TpInspector    *self,
                                       const TpChange *change)
{
  TpElement *element = self->element;
  TpJourney *journey;

  if (element == NULL || !(TP_IS_CARD (element) || TP_IS_JOURNEY (element)
                           || TP_IS_PLACEMENT (element)))
    return FALSE;
  journey = TP_IS_JOURNEY (element) ? TP_JOURNEY (element) : journey_of (element);
  if (journey == NULL)
    return FALSE;

  switch (change->kind)
    {
    case TP_CHANGE_PROPERTY:
      /* A stop moved (its zone), the journey's plan changed, a zone changed (the zones of the
       * stops; a journey's figures). */
      if (TP_IS_PLACEMENT (change->element))
        return journey_of (change->element) == journey
               && (TP_IS_JOURNEY (element) || g_strcmp0 (change->pspec->name, "dwell") != 0);
      if (TP_IS_ZONE (change->element) || TP_IS_FLOOR_PLAN (change->element))
        return TRUE;
      return change->element == (gpointer) journey
             && (g_strcmp0 (change->pspec->name, "floor-plan") == 0
                 || (TP_IS_JOURNEY (element) && g_strcmp0 (change->pspec->name, "title") != 0));

    case TP_CHANGE_INSERTED:
    case TP_CHANGE_REMOVED:
    case TP_CHANGE_MOVED:
      return (change->list == TP_LIST_PLACEMENTS && change->parent == (gpointer) journey)
             || change->list == TP_LIST_ZONES || change->list == TP_LIST_FLOOR_PLANS
             || (TP_IS_JOURNEY (element) && change->list == TP_LIST_JOURNEYS);

    default:
      return FALSE;
    }
}
