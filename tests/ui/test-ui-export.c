/* test-ui-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exporting from the window: the Export dialog, printing (fit to page and a
 * poster across pages, printed to a PDF file) and Copy as Image.
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

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/export/actions-enabled", test_actions_enabled);
  g_test_add_func ("/ui/export/print", test_print);
  g_test_add_func ("/ui/export/copy-image", test_copy_image);
  g_test_add_func ("/ui/export/dialog", test_export_dialog);

  return tp_ui_test_run ();
}
