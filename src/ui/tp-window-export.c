/* tp-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's export actions: win.export (Ctrl+E), win.print (Ctrl+P) and
 * win.copy-image (the map, or the part around the selection, as a PNG
 * texture and as SVG for receivers that take it). A finished export says
 * where it went in a toast, whose button opens the file (win.open-export).
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

void
_tp_window_add_toast (TpWindow *self,
                      AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
on_exported (TpWindow *self,
             GFile    *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = NULL;
  g_autofree char *folder_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(AdwToast) toast = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  name = info != NULL ? g_strdup (g_file_info_get_display_name (info)) : g_file_get_basename (file);
  folder_name = folder != NULL ? g_file_get_basename (folder) : g_strdup ("/");
  /* Translators: a toast after an export: the file's name, then its folder's */
  title = g_markup_printf_escaped (_("Exported to “%s” in %s"), name, folder_name);

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_button_label (toast, _("Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  _tp_window_add_toast (self, toast);
}

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
  tp_export_dialog_set_show_rollup (dialog, tp_journey_view_get_show_rollup (self->journey_view));
  {
    g_autoptr(GPtrArray) overlay = tp_analysis_page_dup_overlay (self->analysis_page);

    tp_export_dialog_set_overlay (dialog, overlay);
  }
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_shown (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TpWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _tp_window_show_error (self, _("Could Not Open the Export"), error->message);
}

/* The toast's Open button: the exported file, in the application that opens its type. */
static void
open_export_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  TpWindow *self = user_data;

  gtk_show_uri_full (GTK_WINDOW (self), g_variant_get_string (param, NULL), GDK_CURRENT_TIME,
                     NULL, on_export_shown, g_object_ref (self));
}

static void
print_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  TpWindow *self = user_data;
  g_autoptr(GPtrArray) overlay = tp_analysis_page_dup_overlay (self->analysis_page);

  if (self->project != NULL && self->journey != NULL)
    tp_print_journey (GTK_WINDOW (self), self->project, self->journey,
                      _tp_window_get_visible_view (self),
                      tp_journey_view_get_show_rollup (self->journey_view), overlay);
}

/* The picture of the map (or around the selection) for the clipboard. */
static GdkContentProvider *
image_content (TpWindow  *self,
               GError   **error)
{
  g_autoptr(GPtrArray) selected = _tp_window_get_selected_elements (self);
  g_autoptr(TpView) view = tp_view_new (_tp_window_get_visible_view (self), self->journey);
  g_autoptr(GPtrArray) overlay = tp_analysis_page_dup_overlay (self->analysis_page);
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
  options.show_rollup = tp_journey_view_get_show_rollup (self->journey_view);
  tp_view_set_show_rollup (view, options.show_rollup);
  options.overlay = overlay;
  if (overlay != NULL && TP_IS_ANALYSIS_VIEW (view))
    tp_analysis_view_set_overlay (TP_ANALYSIS_VIEW (view), overlay);
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
  { "open-export", open_export_action, "s" },
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
