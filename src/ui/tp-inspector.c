/* tp-inspector.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-inspector-private.h"

G_DEFINE_FINAL_TYPE (TpInspector, tp_inspector, GTK_TYPE_WIDGET)

static void tp_inspector_queue (TpInspector *self,
                                gboolean     rebuild);

GtkWidget *
_tp_inspector_add_group (GtkWidget  *content,
                         const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (content), group);

  return group;
}

#define add_group _tp_inspector_add_group

#define ADD(group, element, prefix, prop, kind, title, undo) \
  _tp_inspector_add_field (self, group, TP_ELEMENT (element), prefix, prop, kind, title, undo)

static void
on_add_metric (TpInspector *self)
{
  TpCard *card;
  TpMetric *metric;

  if (self->project == NULL || !TP_IS_CARD (self->element))
    return;

  card = TP_CARD (self->element);
  metric = tp_metric_new (TP_METRIC_KIND_CONVERSION_RATE);
  tp_project_begin (self->project, _("Add Metric"));
  tp_project_insert (self->project, card, TP_LIST_METRICS, -1, metric);
  tp_project_commit (self->project);
  g_object_unref (metric);
}

static void
on_remove_metric (GtkButton   *button,
                  TpInspector *self)
{
  TpMetric *metric = g_object_get_data (G_OBJECT (button), "tp-metric");

  if (self->project == NULL || metric == NULL)
    return;

  tp_project_begin (self->project, _("Remove Metric"));
  tp_project_remove (self->project, metric);
  tp_project_commit (self->project);
}

static void
build_metrics (TpInspector *self,
               GtkWidget   *content,
               TpCard      *card)
{
  GPtrArray *metrics = tp_card_get_metrics (card);
  const char *card_id = tp_element_get_id (TP_ELEMENT (card));
  GtkWidget *group = add_group (content, _("Metrics"));
  GtkWidget *add;

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         metrics->len == 0
                                         ? _("Figures measured at this touchpoint, such as conversion rate or CSAT")
                                         : NULL);
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add a metric"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add metric"),
                                  -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_metric), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  for (guint i = 0; i < metrics->len; i++)
    {
      TpMetric *metric = g_ptr_array_index (metrics, i);
      g_autofree char *prefix = g_strdup_printf ("%s:metrics[%u]", card_id, i);
      g_autofree char *heading = g_strdup_printf (_("Metric %u"), i + 1);
      g_autofree char *remove_label = g_strdup_printf (_("Remove metric %u"), i + 1);
      GtkWidget *metric_group = add_group (content, NULL);
      GtkWidget *remove;

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (metric_group), heading);
      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                      -1);
      g_object_set_data_full (G_OBJECT (remove), "tp-metric", g_object_ref (metric), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_metric), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (metric_group), remove);

      ADD (metric_group, metric, prefix, "kind", TP_FIELD_ENUM, _("Kind"), N_("Change Metric Kind"));
      ADD (metric_group, metric, prefix, "label", TP_FIELD_STRING, _("Label"), N_("Edit Metric Label"));
      ADD (metric_group, metric, prefix, "value", TP_FIELD_DOUBLE, _("Value"), N_("Edit Metric Value"));
      ADD (metric_group, metric, prefix, "unit", TP_FIELD_STRING, _("Unit"), N_("Edit Metric Unit"));
    }
}

static void
build_card (TpInspector *self,
            GtkWidget   *content,
            TpCard      *card)
{
  const char *id = tp_element_get_id (TP_ELEMENT (card));
  const TpCardKindInfo *info;
  GtkWidget *group;

  group = add_group (content, _("Card"));
  ADD (group, card, id, "title", TP_FIELD_STRING, _("Title"), N_("Edit Title"));
  ADD (group, card, id, "kind", TP_FIELD_ENUM, _("Kind"), N_("Change Card Kind"));
  ADD (group, card, id, "evidence", TP_FIELD_ENUM, _("Evidence"), N_("Change Evidence"));
  ADD (group, card, id, "moment-that-matters", TP_FIELD_BOOL, _("Moment that matters"),
       N_("Change Moment That Matters"));
  ADD (group, card, id, "tags", TP_FIELD_TAGS, _("Tags"), N_("Edit Tags"));
  ADD (group, card, id, "description", TP_FIELD_TEXT, _("Description"), N_("Edit Description"));
  /* Its stops on the floor plan, high up: the store flow is edited with it. */
  _tp_inspector_build_placements (self, content, TP_ELEMENT (card));

  /* The kind's own fields, as the table of card kinds lists them. */
  info = tp_card_kind_get_info (tp_card_get_kind (card));
  if (info->fields[0].member != NULL || info->has_metrics)
    {
      static const TpFieldKind field_kinds[] = {
        [TP_CARD_FIELD_STRING] = TP_FIELD_STRING,
        [TP_CARD_FIELD_ENUM] = TP_FIELD_ENUM,
        [TP_CARD_FIELD_INT] = TP_FIELD_INT,
        [TP_CARD_FIELD_SCORE] = TP_FIELD_SCALE,
      };

      group = add_group (content, tp_enum_get_label (TP_TYPE_CARD_KIND, info->kind));
      for (const TpCardField *field = info->fields; field->member != NULL; field++)
        ADD (group, card, id, field->property, field_kinds[field->type], _(field->label),
             field->undo_label);
      if (info->has_metrics)
        build_metrics (self, content, card);
    }

  _tp_inspector_build_blueprint_card (self, content, card);
}

static void
build_element (TpInspector *self,
               GtkWidget   *content)
{
  TpElement *element = self->element;
  const char *id = tp_element_get_id (element);
  GtkWidget *group;

  if (TP_IS_CARD (element))
    build_card (self, content, TP_CARD (element));
  else if (TP_IS_PHASE (element))
    {
      group = add_group (content, _("Phase"));
      ADD (group, element, id, "title", TP_FIELD_STRING, _("Title"), N_("Edit Title"));
      ADD (group, element, id, "color", TP_FIELD_COLOR, _("Colour"), N_("Change Colour"));
      ADD (group, element, id, "description", TP_FIELD_TEXT, _("Goal"), N_("Edit Goal"));
    }
  else if (TP_IS_LANE (element))
    {
      group = add_group (content, _("Lane"));
      ADD (group, element, id, "title", TP_FIELD_STRING, _("Title"), N_("Edit Title"));
      ADD (group, element, id, "kind", TP_FIELD_ENUM, _("Kind"), N_("Change Lane Kind"));
      ADD (group, element, id, "hidden-in-map", TP_FIELD_BOOL, _("Hidden in the journey map"),
           N_("Hide Lane"));
      ADD (group, element, id, "hidden-in-blueprint", TP_FIELD_BOOL,
           _("Hidden in the service blueprint"), N_("Hide Lane"));
    }
  else if (TP_IS_PROJECT (element))
    {
      group = add_group (content, _("Project"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("The title shows in the window title and at the top of printed and exported pages"));
      ADD (group, element, "project", "title", TP_FIELD_STRING, _("Title"), N_("Rename Project"));
      ADD (group, element, "project", "description", TP_FIELD_TEXT, _("Description"),
           N_("Edit Project Description"));
    }
  else if (TP_IS_JOURNEY (element))
    {
      _tp_inspector_build_journey (self, content, TP_JOURNEY (element));
      _tp_inspector_build_store_figures (self, content, TP_JOURNEY (element));
      _tp_inspector_build_handoffs (self, content, TP_JOURNEY (element));
    }
  else if (TP_IS_PLACEMENT (element))
    _tp_inspector_build_placements (self, content, element);
  else if (TP_IS_PERSONA (element))
    _tp_inspector_build_persona (self, content, TP_PERSONA (element));
  else if (TP_IS_CONNECTION (element))
    _tp_inspector_build_connection (self, content, TP_CONNECTION (element));
  else if (TP_IS_ZONE (element))
    _tp_inspector_build_zone (self, content, TP_ZONE (element));
}

#undef ADD

static void
tp_inspector_rebuild (TpInspector *self)
{
  GtkWidget *content;
  TpElement *primary = NULL;

  if (self->selection != NULL)
    primary = tp_selection_get_primary (self->selection);
  if (primary != NULL && TP_IS_METRIC (primary))
    primary = tp_element_get_parent (primary);
  if (primary != NULL
      && (self->project == NULL || tp_element_get_project (primary) != (gpointer) self->project))
    primary = NULL;

  if (primary != NULL
      && !(TP_IS_CARD (primary) || TP_IS_PHASE (primary) || TP_IS_LANE (primary)
           || TP_IS_JOURNEY (primary) || TP_IS_PROJECT (primary) || TP_IS_PERSONA (primary)
           || TP_IS_CONNECTION (primary) || TP_IS_ZONE (primary)
           || TP_IS_PLACEMENT (primary)))
    primary = NULL;
  /* With nothing selected, the inspector edits the project itself. */
  if (primary == NULL && self->project != NULL)
    primary = TP_ELEMENT (self->project);

  g_set_object (&self->element, primary);
  /* The fields are owned by their widgets, which go with the old content. */
  g_ptr_array_set_size (self->fields, 0);
  g_ptr_array_set_size (self->corner_spins, 0);

  if (self->element == NULL)
    {
      /* Without a project there is nothing to edit, and nothing shows: the window
       * shows its start page then, or is opening a file (issue #12: a status page
       * built here three times before the first window showed). */
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), NULL);
      return;
    }

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);

  if (TP_IS_PROJECT (self->element))
    {
      GtkWidget *label = gtk_label_new (_("Select a card, phase, lane or journey to edit it here"));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (content), label);
    }
  else if (tp_selection_get_count (self->selection) > 1)
    {
      guint n = tp_selection_get_count (self->selection);
      g_autofree char *text = g_strdup_printf (ngettext ("%u element selected; editing the last one",
                                                         "%u elements selected; editing the last one",
                                                         n), n);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (content), label);
    }

  self->updating = TRUE;
  build_element (self, content);
  self->updating = FALSE;
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), content);
}

static void
tp_inspector_refresh (TpInspector *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->fields->len; i++)
    _tp_field_refresh (g_ptr_array_index (self->fields, i));
  _tp_inspector_refresh_zone (self);
  self->updating = FALSE;
}

static gboolean
idle_cb (gpointer data)
{
  TpInspector *self = data;

  self->idle = 0;
  if (self->need_rebuild)
    {
      self->need_rebuild = FALSE;
      tp_inspector_rebuild (self);
    }
  else
    tp_inspector_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
tp_inspector_queue (TpInspector *self,
                    gboolean     rebuild)
{
  self->need_rebuild |= rebuild;
  if (self->idle == 0)
    self->idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE - 10, idle_cb, self, NULL);
}

void
_tp_inspector_queue_rebuild (TpInspector *self)
{
  tp_inspector_queue (self, TRUE);
}

static void
on_project_changed (TpProject   *project,
                    TpChange    *change,
                    TpInspector *self)
{
  gboolean rebuild = FALSE;

  if (self->element == NULL)
    return;

  switch (change->kind)
    {
    case TP_CHANGE_PROPERTY:
      rebuild = (change->element == self->element && TP_IS_CARD (self->element)
                 && g_strcmp0 (change->pspec->name, "kind") == 0)
                /* The persona editor's photo and the journey's persona list. */
                || (TP_IS_PERSONA (change->element)
                    && (TP_IS_JOURNEY (self->element)
                        || (change->element == self->element
                            && g_strcmp0 (change->pspec->name, "photo") == 0)));
      break;

    case TP_CHANGE_INSERTED:
    case TP_CHANGE_REMOVED:
    case TP_CHANGE_MOVED:
      rebuild = change->parent == self->element
                || change->element == self->element
                || change->list == TP_LIST_PERSONAS;
      break;

    default:
      break;
    }
  rebuild |= _tp_inspector_blueprint_needs_rebuild (self, change);
  rebuild |= _tp_inspector_zone_needs_rebuild (self, change);
  rebuild |= _tp_inspector_placement_needs_rebuild (self, change);

  tp_inspector_queue (self, rebuild);
}

static void
on_selection_changed (TpInspector *self)
{
  g_clear_handle_id (&self->idle, g_source_remove);
  self->need_rebuild = FALSE;
  tp_inspector_rebuild (self);
}

static void
tp_inspector_dispose (GObject *object)
{
  TpInspector *self = TP_INSPECTOR (object);

  g_clear_handle_id (&self->idle, g_source_remove);
  tp_inspector_set_project (self, NULL);
  tp_inspector_set_selection (self, NULL);
  g_ptr_array_set_size (self->fields, 0);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->element);

  G_OBJECT_CLASS (tp_inspector_parent_class)->dispose (object);
}

static void
tp_inspector_finalize (GObject *object)
{
  TpInspector *self = TP_INSPECTOR (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->corner_spins, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_inspector_parent_class)->finalize (object);
}

static void
tp_inspector_class_init (TpInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_inspector_dispose;
  object_class->finalize = tp_inspector_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tp-inspector");
}

static void
tp_inspector_init (TpInspector *self)
{
  self->fields = g_ptr_array_new ();
  self->corner_spins = g_ptr_array_new ();
  self->corner_focus = -1;
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Inspector"),
                                  -1);
  tp_inspector_rebuild (self);
}

GtkWidget *
tp_inspector_new (void)
{
  return g_object_new (TP_TYPE_INSPECTOR, NULL);
}

void
tp_inspector_set_project (TpInspector *self,
                          TpProject   *project)
{
  g_return_if_fail (TP_IS_INSPECTOR (self));
  g_return_if_fail (project == NULL || TP_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self, 0);

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    tp_inspector_rebuild (self);
}

void
tp_inspector_set_selection (TpInspector *self,
                            TpSelection *selection)
{
  g_return_if_fail (TP_IS_INSPECTOR (self));
  g_return_if_fail (selection == NULL || TP_IS_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_object (selection, "changed", G_CALLBACK (on_selection_changed), self,
                             G_CONNECT_SWAPPED);

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    tp_inspector_rebuild (self);
}

TpElement *
tp_inspector_get_element (TpInspector *self)
{
  g_return_val_if_fail (TP_IS_INSPECTOR (self), NULL);

  return self->element;
}

GtkWidget *
tp_inspector_get_field (TpInspector *self,
                        const char  *property)
{
  g_return_val_if_fail (TP_IS_INSPECTOR (self), NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      TpField *field = g_ptr_array_index (self->fields, i);

      if (field->element == self->element && g_strcmp0 (field->pspec->name, property) == 0)
        return field->widget;
    }

  return NULL;
}
