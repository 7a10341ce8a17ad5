/* test-ui-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exporting from the window: the Export dialog and the toast that says where
 * the export went, printing (fit to page and a poster across pages, printed
 * to a PDF file) and Copy as Image. With TP_EXPORT_SCREENSHOT_DIR set, the
 * window with the toast is saved as export-toast.png there.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ui/tp-export-dialog.h"
#include "ui/tp-print.h"
#include "tp-ui-test.h"

static guint
count_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  for (gsize i = 0; i + 11 < length; i++)
    if (memcmp (contents + i, "/Type /Page", 11) == 0 && contents[i + 11] != 's')
      pages++;
  return pages;
}

static guint
print_to_pdf (TpWindow      *window,
              TpPrintLayout  layout,
              guint          across)
{
  g_autoptr(GtkPrintOperation) operation =
    tp_print_operation_new (tp_window_get_project (window), tp_window_get_journey (window),
                            layout, across);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "print.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  guint pages;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  pages = count_pages (path);
  g_unlink (path);
  return pages;
}

static void
test_print (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  guint poster;

  g_assert_cmpuint (print_to_pdf (window, TP_PRINT_FIT_TO_PAGE, 1), ==, 1);
  /* Three sheets across; the map is as tall as it needs, so at least one row. */
  poster = print_to_pdf (window, TP_PRINT_POSTER, 3);
  g_assert_cmpuint (poster, >=, 3);
  g_assert_cmpuint (poster % 3, ==, 0);
  g_assert_cmpuint (print_to_pdf (window, TP_PRINT_POSTER, 6), >, poster);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_actions_enabled (void)
{
  TpApplication *app = tp_ui_test_get_app ();
  TpWindow *empty = tp_window_new (GTK_APPLICATION (app));
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);

  tp_ui_test_spin ();
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (empty), "export"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (empty), "copy-image"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "copy-image"));
  gtk_window_destroy (GTK_WINDOW (empty));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_copy_image (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentFormats *formats;
  GdkContentProvider *content;
  GValue value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  int whole_width;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-image", NULL);
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  formats = gdk_content_provider_ref_formats (content);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/svg+xml"));
  gdk_content_formats_unref (formats);

  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  whole_width = gdk_texture_get_width (texture);
  g_assert_cmpint (whole_width, >, 500);
  g_value_unset (&value);

  /* With one card selected, only the part around it is copied. */
  {
    TpJourney *journey = tp_window_get_journey (window);
    TpCard *card = g_ptr_array_index (tp_journey_get_cards (journey), 0);

    tp_selection_set_one (tp_window_get_selection (window), TP_ELEMENT (card));
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-image", NULL);
  content = gdk_clipboard_get_content (clipboard);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), <, whole_width / 2);
  g_assert_cmpint (gdk_texture_get_width (texture), >, 100);
  g_value_unset (&value);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_dialog (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  TpExportDialog *dialog = tp_export_dialog_new (GTK_WINDOW (window),
                                                 tp_window_get_project (window),
                                                 tp_window_get_journey (window), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  tp_ui_test_sleep (100);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static TpExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (TP_IS_EXPORT_DIALOG (window))
        return TP_EXPORT_DIALOG (window);
    }
  return NULL;
}

/* The first widget under @widget with CSS name @css_name, or NULL. */
static GtkWidget *
find_css_name (GtkWidget  *widget,
               const char *css_name)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), css_name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_name (child, css_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
maybe_screenshot (GtkWidget  *widget,
                  const char *name)
{
  const char *dir = g_getenv ("TP_EXPORT_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (dir == NULL)
    return;
  texture = tp_ui_test_render (widget);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

/* An export through the window's Export dialog ends with a toast that says where the file
 * went, with an Open button that opens that very file. */
static void
test_export_toast (void)
{
  TpWindow *window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "Exports", NULL);
  g_autofree char *chosen_path = g_build_filename (dir, "Shop & café", NULL);
  g_autofree char *written_path = g_build_filename (dir, "Shop & café.png", NULL);
  g_autoptr(GFile) chosen = g_file_new_for_path (chosen_path);
  g_autoptr(GFile) written = g_file_new_for_path (written_path);
  g_autofree char *uri = g_file_get_uri (written);
  g_autofree char *contents = NULL;
  GVariant *target;
  TpExportDialog *dialog;
  GtkWidget *toast = NULL, *label, *button;
  gsize length = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_sleep (200);
  g_assert_null (find_css_name (GTK_WIDGET (window), "toast"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  tp_export_dialog_export_to (dialog, chosen);
  for (guint i = 0; i < 2000 && (find_export_dialog () != NULL || toast == NULL); i++)
    {
      tp_ui_test_sleep (10);
      toast = find_css_name (GTK_WIDGET (window), "toast");
    }
  g_assert_null (find_export_dialog ());
  g_assert_nonnull (toast);

  /* The file is there, with the format's extension. */
  g_assert_true (g_file_get_contents (written_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);

  /* "Exported to “Shop & café.png” in Exports", and Open for that file. */
  label = find_of_type (toast, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   "Exported to “Shop & café.png” in Exports");
  button = find_of_type (toast, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Open");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.open-export");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "open-export"));
  tp_ui_test_sleep (400);
  maybe_screenshot (GTK_WIDGET (window), "export-toast.png");

  g_unlink (written_path);
  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/export/actions-enabled", test_actions_enabled);
  g_test_add_func ("/ui/export/print", test_print);
  g_test_add_func ("/ui/export/copy-image", test_copy_image);
  g_test_add_func ("/ui/export/dialog", test_export_dialog);
  g_test_add_func ("/ui/export/toast", test_export_toast);

  return tp_ui_test_run ();
}
