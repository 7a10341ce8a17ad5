/* tp-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's export actions: win.export (Ctrl+E), win.print (Ctrl+P) and
 * win.copy-image (the map, or the part around the selection, as a PNG
 * texture and as SVG for receivers that take it).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-export.h"
#include "render/tp-view.h"
#include "tp-export-dialog.h"
#include "tp-print.h"
#include "tp-window-private.h"

/* The clipboard picture is at most this many pixels wide or high, and carries
 * SVG only up to this size (receivers choke on huge documents). */
#define COPY_MAX_PIXELS    8192
#define COPY_MAX_SVG_BYTES (16 * 1024 * 1024)

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  TpWindow *self = user_data;
  TpExportDialog *dialog;

  if (self->project == NULL)
    return;
  dialog = tp_export_dialog_new (GTK_WINDOW (self), self->project, self->journey, self->file);
  tp_export_dialog_set_view (dialog, _tp_window_get_visible_view (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  TpWindow *self = user_data;

  if (self->project != NULL && self->journey != NULL)
    tp_print_journey (GTK_WINDOW (self), self->project, self->journey,
                      _tp_window_get_visible_view (self));
}

/* The picture of the map (or around the selection) for the clipboard. */
static GdkContentProvider *
image_content (TpWindow  *self,
               GError   **error)
{
  g_autoptr(GPtrArray) selected = _tp_window_get_selected_elements (self);
  g_autoptr(TpView) view = tp_view_new (_tp_window_get_visible_view (self), self->journey);
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GdkContentProvider *providers[2];
  TpExportOptions options;
  TpRect area;
  double clip[4];
  guint n = 0;

  tp_export_options_init (&options);
  options.journey = self->journey;
  options.view = _tp_window_get_visible_view (self);
  options.scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  options.fit_size = COPY_MAX_PIXELS;
  if (selected != NULL && selected->len > 0
      && tp_view_get_elements_rect (view, selected, &area))
    {
      clip[0] = area.x;
      clip[1] = area.y;
      clip[2] = area.width;
      clip[3] = area.height;
      options.clip = clip;
    }

  png = tp_export_to_bytes (self->project, &options, NULL, error);
  if (png == NULL)
    return NULL;
  texture = gdk_texture_new_from_bytes (png, error);
  if (texture == NULL)
    return NULL;
  providers[n++] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);

  options.format = TP_EXPORT_SVG;
  svg = tp_export_to_bytes (self->project, &options, NULL, NULL);
  if (svg != NULL && g_bytes_get_size (svg) <= COPY_MAX_SVG_BYTES)
    providers[n++] = gdk_content_provider_new_for_bytes ("image/svg+xml", svg);

  return gdk_content_provider_new_union (providers, n);
}

static void
copy_image_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  TpWindow *self = user_data;
  g_autoptr(GdkContentProvider) content = NULL;
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || self->journey == NULL)
    return;

  content = image_content (self, &error);
  if (content == NULL)
    {
      _tp_window_show_error (self, _("Could Not Copy the Picture"), error->message);
      return;
    }
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
}

static const GActionEntry export_entries[] = {
  { "export", export_action },
  { "print", print_action },
  { "copy-image", copy_image_action },
};

void
_tp_window_init_export_actions (TpWindow *self)
{
  GtkEventController *controller;

  g_action_map_add_action_entries (G_ACTION_MAP (self), export_entries,
                                   G_N_ELEMENTS (export_entries), self);

  /* Text fields do not use these keys, so they work wherever the focus is. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>e"),
                                                          gtk_named_action_new ("win.export")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>p"),
                                                          gtk_named_action_new ("win.print")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>c"),
                                                          gtk_named_action_new ("win.copy-image")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_tp_window_update_export_actions (TpWindow *self)
{
  gboolean has_journey = self->project != NULL && self->journey != NULL;
  const char *names[] = { "export", "print", "copy-image" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_journey);
    }
}
