/* tp-inspector-persona.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The persona editor (name, colour, short description, goals, frustrations
 * and an embedded photo) and a journey's own fields (title, persona, state,
 * lens, the current state it was made from, notes), in the inspector.
 * The photo is checked as a floor plan's picture is: size in bytes, PNG or
 * JPEG by its magic bytes, dimensions from its header before decoding.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "io/tp-format.h"
#include "render/tp-store-image.h"
#include "tp-inspector-private.h"
#include "tp-message-dialog.h"

#define PHOTO_SIZE 96

#define ADD(group, element, prefix, prop, kind, title, undo) \
  _tp_inspector_add_field (self, group, TP_ELEMENT (element), prefix, prop, kind, title, undo)

/* The picture as a texture, or NULL (with a reason) when it cannot be shown. */
static GdkTexture *
photo_texture (GBytes      *bytes,
               const char  *media_type,
               GError     **error)
{
  cairo_surface_t *surface = tp_store_image_decode (bytes, media_type, error);
  g_autoptr(GBytes) pixels = NULL;
  GdkTexture *texture;
  int width, height, stride;

  if (surface == NULL)
    return NULL;

  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, pixels, stride);
  cairo_surface_destroy (surface);

  return texture;
}

/* The media type of @bytes when they make a photo that can be embedded and shown. */
static const char *
check_photo (GBytes  *bytes,
             GError **error)
{
  const char *type = tp_format_check_image (bytes, error);
  g_autoptr(GdkTexture) texture = NULL;

  if (type == NULL)
    return NULL;
  /* Damaged, or a small file that claims an enormous picture. */
  texture = photo_texture (bytes, type, error);

  return texture != NULL ? type : NULL;
}

gboolean
tp_inspector_set_photo (TpInspector *self,
                        GBytes      *bytes,
                        GError     **error)
{
  const char *type = NULL;

  g_return_val_if_fail (TP_IS_INSPECTOR (self), FALSE);

  if (self->project == NULL || self->element == NULL || !TP_IS_PERSONA (self->element))
    return FALSE;
  if (bytes != NULL && (type = check_photo (bytes, error)) == NULL)
    return FALSE;

  tp_project_begin (self->project, bytes != NULL ? _("Change Photo") : _("Remove Photo"));
  tp_project_set (self->project, self->element, "photo", bytes, "photo-type", type, NULL);
  tp_project_commit (self->project);

  return TRUE;
}

static void
show_photo_error (TpInspector *self,
                  const char  *path,
                  const char  *reason)
{
  tp_message_dialog_show_refused (GTK_WIDGET (self), _("The Photo Cannot Be Used"), path, reason);
}

static void
on_photo_chosen (GtkNativeDialog *chooser,
                 int              response,
                 TpInspector     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;

  name = g_file_get_parse_name (file);
  /* Refused before reading a byte of a file too large to embed. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > TP_FORMAT_MAX_IMAGE_BYTES)
    g_set_error (&error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE,
                 _("The picture is larger than the limit of %u MiB"),
                 TP_FORMAT_MAX_IMAGE_BYTES / (1024 * 1024));
  if (error == NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (error == NULL)
    tp_inspector_set_photo (self, bytes, &error);
  if (error != NULL)
    show_photo_error (self, name, error->message);
}

static void
on_choose_photo (TpInspector *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a Photo"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_file_filter_set_name (filter, _("PNG and JPEG pictures"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_photo_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_photo (TpInspector *self)
{
  tp_inspector_set_photo (self, NULL, NULL);
}

static GtkWidget *
create_photo_box (TpInspector *self,
                  TpPersona   *persona)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *avatar = adw_avatar_new (PHOTO_SIZE, tp_persona_get_name (persona), TRUE);
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose Photo…"));
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Photo"));
  GBytes *photo = tp_persona_get_photo (persona);

  if (photo != NULL)
    {
      g_autoptr(GdkTexture) texture = photo_texture (photo, tp_persona_get_photo_type (persona),
                                                     NULL);

      if (texture != NULL)
        adw_avatar_set_custom_image (ADW_AVATAR (avatar), GDK_PAINTABLE (texture));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  photo != NULL ? _("Photo of the persona")
                                                : _("No photo: the persona’s initials"),
                                  -1);
  tp_button_announce_label (GTK_BUTTON (choose));
  tp_button_announce_label (GTK_BUTTON (remove));
  gtk_widget_set_tooltip_text (choose, _("A PNG or JPEG picture of up to 16 MiB, kept in the project file"));
  gtk_widget_set_sensitive (remove, photo != NULL);
  g_signal_connect_object (choose, "clicked", G_CALLBACK (on_choose_photo), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_photo), self, G_CONNECT_SWAPPED);

  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), choose);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), buttons);

  return box;
}

/* A row naming each journey drawn for @persona; activating it shows the journey. */
static void
add_journeys_group (TpInspector *self,
                    GtkWidget   *content,
                    TpPersona   *persona)
{
  GPtrArray *journeys = tp_project_get_journeys (self->project);
  const char *id = tp_element_get_id (TP_ELEMENT (persona));
  GtkWidget *group = NULL;

  for (guint i = 0; i < journeys->len; i++)
    {
      TpJourney *journey = g_ptr_array_index (journeys, i);
      GtkWidget *row;

      if (g_strcmp0 (tp_journey_get_persona (journey), id) != 0)
        continue;
      if (group == NULL)
        group = _tp_inspector_add_group (content, _("Journeys of This Persona"));
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tp_journey_get_title (journey));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   tp_enum_get_label (TP_TYPE_JOURNEY_STATE,
                                                      tp_journey_get_state (journey)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-element");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                        tp_element_get_id (TP_ELEMENT (journey)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               gboolean    destructive)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  tp_button_announce_label (GTK_BUTTON (button));
  if (destructive)
    gtk_widget_add_css_class (button, "destructive-action");
  return button;
}

void
_tp_inspector_build_persona (TpInspector *self,
                             GtkWidget   *content,
                             TpPersona   *persona)
{
  const char *id = tp_element_get_id (TP_ELEMENT (persona));
  GtkWidget *group, *buttons;

  group = _tp_inspector_add_group (content, _("Persona"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Whom a journey is drawn for"));
  gtk_box_append (GTK_BOX (content), create_photo_box (self, persona));
  group = _tp_inspector_add_group (content, NULL);
  ADD (group, persona, id, "name", TP_FIELD_STRING, _("Name"), N_("Rename Persona"));
  ADD (group, persona, id, "color", TP_FIELD_COLOR, _("Colour"), N_("Change Colour"));
  ADD (group, persona, id, "description", TP_FIELD_TEXT, _("Short description"),
       N_("Edit Description"));
  ADD (group, persona, id, "goals", TP_FIELD_LINES, _("Goals, one a line"), N_("Edit Goals"));
  ADD (group, persona, id, "frustrations", TP_FIELD_LINES, _("Frustrations, one a line"),
       N_("Edit Frustrations"));

  add_journeys_group (self, content, persona);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), action_button (_("D_uplicate Persona"), "win.duplicate-persona",
                                                    FALSE));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Delete Persona"), "win.delete-persona", TRUE));
  gtk_box_append (GTK_BOX (content), buttons);
}

void
_tp_inspector_build_journey (TpInspector *self,
                             GtkWidget   *content,
                             TpJourney   *journey)
{
  const char *id = tp_element_get_id (TP_ELEMENT (journey));
  const char *current_id = tp_journey_get_current_state (journey);
  TpElement *current = current_id != NULL ? tp_project_lookup (self->project, current_id) : NULL;
  GtkWidget *group, *row, *buttons;

  group = _tp_inspector_add_group (content, _("Journey"));
  ADD (group, journey, id, "title", TP_FIELD_STRING, _("Title"), N_("Rename Journey"));
  ADD (group, journey, id, "persona", TP_FIELD_PERSONA, _("Persona"), N_("Change Persona"));
  if (tp_journey_get_persona (journey) != NULL)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Edit the Persona"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-element");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", tp_journey_get_persona (journey));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("New Persona for This Journey"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Adds a persona and draws this journey for it"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.add-persona-for-journey");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  ADD (group, journey, id, "state", TP_FIELD_ENUM, _("State"), N_("Change Journey State"));
  if (current != NULL && TP_IS_JOURNEY (current))
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Made from the current state"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tp_journey_get_title (TP_JOURNEY (current)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-element");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", current_id);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  ADD (group, journey, id, "lens", TP_FIELD_ENUM, _("Lens"), N_("Change Lens"));
  ADD (group, journey, id, "notes", TP_FIELD_TEXT, _("Notes"), N_("Edit Notes"));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), action_button (_("Make _Future State"), "win.make-future-state",
                                                    FALSE));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Delete Journey"), "win.delete-journey", TRUE));
  gtk_box_append (GTK_BOX (content), buttons);
}
