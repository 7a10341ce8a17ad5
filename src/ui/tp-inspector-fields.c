/* tp-inspector-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One editing widget per property: reads the model into the widget (only
 * when they differ, so the cursor stays put while typing) and writes the
 * widget into the model through a coalescing transaction.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tp-inspector-private.h"

static void
field_free (gpointer data)
{
  TpField *field = data;

  g_clear_object (&field->element);
  g_clear_pointer (&field->key, g_free);
  g_clear_pointer (&field->choices, g_strfreev);
  g_free (field);
}

static GStrv
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv tags;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  tags = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return tags;
}

static char *
format_color (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) CLAMP (rgba->red * 255. + .5, 0, 255),
                          (guint) CLAMP (rgba->green * 255. + .5, 0, 255),
                          (guint) CLAMP (rgba->blue * 255. + .5, 0, 255));
}

static char *
get_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static int
enum_index_of (GType enum_type,
               int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value == value)
      return i;

  return 0;
}

static int
enum_value_at (GType enum_type,
               guint index)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  return index < klass->n_values ? klass->values[index].value : klass->values[0].value;
}

/* Fills @value (initialised to the property type) from the widget. */
static void
field_read_widget (TpField *field,
                   GValue  *value)
{
  g_value_init (value, field->pspec->value_type);

  switch (field->kind)
    {
    case TP_FIELD_STRING:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (field->widget)));
      break;

    case TP_FIELD_TEXT:
      g_value_take_string (value, get_text_view_text (GTK_TEXT_VIEW (field->widget)));
      break;

    case TP_FIELD_LINES:
      {
        g_autofree char *text = get_text_view_text (GTK_TEXT_VIEW (field->widget));
        g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
        GPtrArray *items = g_ptr_array_new ();

        /* Blank lines are no items: pressing Enter starts the next one. */
        for (guint i = 0; lines[i] != NULL; i++)
          {
            g_strstrip (lines[i]);
            if (*lines[i] != '\0')
              g_ptr_array_add (items, g_strdup (lines[i]));
          }
        g_ptr_array_add (items, NULL);
        g_value_take_boxed (value, g_ptr_array_free (items, FALSE));
      }
      break;

    case TP_FIELD_ENUM:
      g_value_set_enum (value, enum_value_at (field->pspec->value_type,
                                              adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget))));
      break;

    case TP_FIELD_BOOL:
      g_value_set_boolean (value, gtk_switch_get_active (GTK_SWITCH (field->widget)));
      break;

    case TP_FIELD_INT:
      g_value_set_int (value, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->widget)));
      break;

    case TP_FIELD_SCALE:
      g_value_set_int (value, (int) round (gtk_range_get_value (GTK_RANGE (field->widget))));
      break;

    case TP_FIELD_DOUBLE:
      g_value_set_double (value, gtk_spin_button_get_value (GTK_SPIN_BUTTON (field->widget)));
      break;

    case TP_FIELD_TAGS:
      g_value_take_boxed (value, parse_tags (gtk_editable_get_text (GTK_EDITABLE (field->widget))));
      break;

    case TP_FIELD_COLOR:
      {
        GdkRGBA rgba;

        gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (field->widget), &rgba);
        g_value_take_string (value, format_color (&rgba));
      }
      break;

    case TP_FIELD_PERSONA:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget));

        if (selected > 0 && selected <= g_strv_length (field->choices))
          g_value_set_string (value, field->choices[selected - 1]);
        else
          g_value_set_string (value, NULL);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
field_write_widget (TpField      *field,
                    const GValue *value)
{
  switch (field->kind)
    {
    case TP_FIELD_STRING:
      {
        const char *text = g_value_get_string (value);

        gtk_editable_set_text (GTK_EDITABLE (field->widget), text ? text : "");
      }
      break;

    case TP_FIELD_TEXT:
      {
        const char *text = g_value_get_string (value);
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));

        gtk_text_buffer_set_text (buffer, text ? text : "", -1);
      }
      break;

    case TP_FIELD_LINES:
      {
        const char * const *lines = g_value_get_boxed (value);
        g_autofree char *text = lines ? g_strjoinv ("\n", (GStrv) lines) : g_strdup ("");
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));

        gtk_text_buffer_set_text (buffer, text, -1);
      }
      break;

    case TP_FIELD_ENUM:
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget),
                                  enum_index_of (field->pspec->value_type, g_value_get_enum (value)));
      break;

    case TP_FIELD_BOOL:
      gtk_switch_set_active (GTK_SWITCH (field->widget), g_value_get_boolean (value));
      break;

    case TP_FIELD_INT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->widget), g_value_get_int (value));
      break;

    case TP_FIELD_SCALE:
      gtk_range_set_value (GTK_RANGE (field->widget), g_value_get_int (value));
      break;

    case TP_FIELD_DOUBLE:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->widget), g_value_get_double (value));
      break;

    case TP_FIELD_TAGS:
      {
        const char * const *tags = g_value_get_boxed (value);
        g_autofree char *text = tags ? g_strjoinv (", ", (GStrv) tags) : g_strdup ("");

        gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
      }
      break;

    case TP_FIELD_COLOR:
      {
        const char *text = g_value_get_string (value);
        GdkRGBA rgba = { 0.5, 0.5, 0.5, 1.0 };

        if (text != NULL)
          gdk_rgba_parse (&rgba, text);
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (field->widget), &rgba);
      }
      break;

    case TP_FIELD_PERSONA:
      {
        const char *id = g_value_get_string (value);
        guint selected = 0;

        for (guint i = 0; id != NULL && field->choices[i] != NULL; i++)
          if (g_strcmp0 (field->choices[i], id) == 0)
            selected = i + 1;
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), selected);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (pspec->value_type == G_TYPE_STRING)
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);

      return g_strcmp0 (sa ? sa : "", sb ? sb : "") == 0;
    }
  if (pspec->value_type == G_TYPE_STRV)
    {
      const char * const empty[] = { NULL };
      const char * const *va = g_value_get_boxed (a);
      const char * const *vb = g_value_get_boxed (b);

      return g_strv_equal (va ? va : empty, vb ? vb : empty);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

void
_tp_field_refresh (TpField *field)
{
  g_auto(GValue) model = G_VALUE_INIT;
  g_auto(GValue) shown = G_VALUE_INIT;

  g_value_init (&model, field->pspec->value_type);
  g_object_get_property (G_OBJECT (field->element), field->pspec->name, &model);
  field_read_widget (field, &shown);

  if (!values_equal (field->pspec, &model, &shown))
    field_write_widget (field, &model);
}

static void
field_commit (TpField *field)
{
  TpInspector *self = field->inspector;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || self->project == NULL)
    return;

  field_read_widget (field, &value);
  tp_project_begin_coalesce (self->project, _(field->undo_label), field->key);
  tp_project_set_value (self->project, field->element, field->pspec->name, &value);
  tp_project_commit (self->project);
}

/* Typing in a field again after leaving it is a new undo step. */
static void
on_focus_leave (GtkEventControllerFocus *controller,
                TpField                 *field)
{
  if (field->inspector->project != NULL)
    tp_project_break_coalescing (field->inspector->project);
}

static GtkWidget *
create_suffix_row (GtkWidget  *group,
                   const char *title,
                   GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return row;
}

static GtkWidget *
create_enum_row (GType       enum_type,
                 const char *title)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, tp_enum_get_label (enum_type, klass->values[i].value));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
create_persona_row (TpField    *field,
                    const char *title)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GStrvBuilder *ids = g_strv_builder_new ();
  TpProject *project = field->inspector->project;
  GPtrArray *personas = tp_project_get_personas (project);
  GtkWidget *row = adw_combo_row_new ();

  gtk_string_list_append (labels, _("No persona"));
  for (guint i = 0; i < personas->len; i++)
    {
      TpPersona *persona = g_ptr_array_index (personas, i);
      const char *name = tp_persona_get_name (persona);

      gtk_string_list_append (labels, name && *name ? name : _("Unnamed persona"));
      g_strv_builder_add (ids, tp_element_get_id (TP_ELEMENT (persona)));
    }
  field->choices = g_strv_builder_end (ids);
  g_strv_builder_unref (ids);

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

TpField *
_tp_inspector_add_field (TpInspector *self,
                         GtkWidget   *group,
                         TpElement   *element,
                         const char  *key_prefix,
                         const char  *property,
                         TpFieldKind  kind,
                         const char  *title,
                         const char  *undo_label)
{
  TpField *field;
  GtkWidget *row = NULL;
  gboolean was_updating;

  field = g_new0 (TpField, 1);
  field->inspector = self;
  field->element = g_object_ref (element);
  field->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (element), property);
  field->key = g_strconcat (key_prefix, ":", property, NULL);
  field->undo_label = undo_label;
  field->kind = kind;
  g_assert (field->pspec != NULL);

  switch (kind)
    {
    case TP_FIELD_STRING:
    case TP_FIELD_TAGS:
      row = field->widget = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      if (kind == TP_FIELD_TAGS)
        gtk_widget_set_tooltip_text (row, _("Words separated by commas"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (field_commit), field);
      break;

    case TP_FIELD_TEXT:
    case TP_FIELD_LINES:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
        GtkWidget *label = gtk_label_new (title);
        GtkWidget *frame = gtk_frame_new (NULL);
        GtkTextBuffer *buffer;

        row = box;
        field->widget = gtk_text_view_new ();
        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (field->widget), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (field->widget), FALSE);
        if (kind == TP_FIELD_LINES)
          gtk_widget_set_tooltip_text (field->widget, _("One a line"));
        gtk_text_view_set_top_margin (GTK_TEXT_VIEW (field->widget), 8);
        gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (field->widget), 8);
        gtk_text_view_set_left_margin (GTK_TEXT_VIEW (field->widget), 8);
        gtk_text_view_set_right_margin (GTK_TEXT_VIEW (field->widget), 8);
        gtk_widget_set_size_request (field->widget, -1, 72);
        buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
        gtk_text_buffer_set_enable_undo (buffer, FALSE);
        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_widget_add_css_class (label, "caption-heading");
        gtk_frame_set_child (GTK_FRAME (frame), field->widget);
        gtk_box_append (GTK_BOX (box), label);
        gtk_box_append (GTK_BOX (box), frame);
        gtk_widget_set_margin_top (box, 12);
        gtk_accessible_update_relation (GTK_ACCESSIBLE (field->widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                        -1);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
        g_signal_connect_swapped (buffer, "changed", G_CALLBACK (field_commit), field);
      }
      break;

    case TP_FIELD_ENUM:
      row = field->widget = create_enum_row (field->pspec->value_type, title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (field_commit), field);
      break;

    case TP_FIELD_PERSONA:
      row = field->widget = create_persona_row (field, title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (field_commit), field);
      break;

    case TP_FIELD_BOOL:
      field->widget = gtk_switch_new ();
      row = create_suffix_row (group, title, field->widget);
      g_signal_connect_swapped (field->widget, "notify::active", G_CALLBACK (field_commit), field);
      break;

    case TP_FIELD_INT:
    case TP_FIELD_DOUBLE:
      {
        double min = -1e9, max = 1e9;

        if (G_IS_PARAM_SPEC_INT (field->pspec))
          {
            min = G_PARAM_SPEC_INT (field->pspec)->minimum;
            max = G_PARAM_SPEC_INT (field->pspec)->maximum;
          }
        else if (G_IS_PARAM_SPEC_DOUBLE (field->pspec))
          {
            min = MAX (G_PARAM_SPEC_DOUBLE (field->pspec)->minimum, -1e12);
            max = MIN (G_PARAM_SPEC_DOUBLE (field->pspec)->maximum, 1e12);
          }
        field->widget = gtk_spin_button_new_with_range (min, max, 1);
        gtk_spin_button_set_digits (GTK_SPIN_BUTTON (field->widget),
                                    kind == TP_FIELD_DOUBLE ? 2 : 0);
        row = create_suffix_row (group, title, field->widget);
        g_signal_connect_swapped (field->widget, "value-changed", G_CALLBACK (field_commit), field);
      }
      break;

    case TP_FIELD_SCALE:
      {
        int min = G_PARAM_SPEC_INT (field->pspec)->minimum;
        int max = G_PARAM_SPEC_INT (field->pspec)->maximum;
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
        GtkWidget *label = gtk_label_new (title);

        row = box;
        field->widget = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, min, max, 1);
        gtk_scale_set_digits (GTK_SCALE (field->widget), 0);
        gtk_scale_set_draw_value (GTK_SCALE (field->widget), TRUE);
        gtk_range_set_round_digits (GTK_RANGE (field->widget), 0);
        for (int i = min; i <= max; i++)
          {
            g_autofree char *mark = g_strdup_printf ("%+d", i);

            gtk_scale_add_mark (GTK_SCALE (field->widget), i, GTK_POS_BOTTOM,
                                i == 0 ? "0" : mark);
          }
        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_widget_add_css_class (label, "caption-heading");
        gtk_box_append (GTK_BOX (box), label);
        gtk_box_append (GTK_BOX (box), field->widget);
        gtk_widget_set_margin_top (box, 12);
        gtk_widget_set_margin_bottom (box, 6);
        gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                        -1);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
        g_signal_connect_swapped (field->widget, "value-changed", G_CALLBACK (field_commit), field);
      }
      break;

    case TP_FIELD_COLOR:
      field->widget = gtk_color_button_new ();
      gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (field->widget), FALSE);
      row = create_suffix_row (group, title, field->widget);
      g_signal_connect_swapped (field->widget, "color-set", G_CALLBACK (field_commit), field);
      break;

    default:
      g_assert_not_reached ();
    }

  if (kind == TP_FIELD_STRING || kind == TP_FIELD_TAGS || kind == TP_FIELD_TEXT
      || kind == TP_FIELD_LINES)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), field);
      gtk_widget_add_controller (field->widget, focus);
    }

  if (field->widget != row)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
  g_object_set_data_full (G_OBJECT (field->widget), "tp-field", field, field_free);
  g_ptr_array_add (self->fields, field);

  was_updating = self->updating;
  self->updating = TRUE;
  _tp_field_refresh (field);
  self->updating = was_updating;

  return field;
}
