/* tp-window-clipboard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copy and paste of cards, phases and lanes as TP_FORMAT_FRAGMENT_MIME_TYPE
 * fragments (plus their titles as text), between windows and processes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "io/tp-format.h"
#include "tp-window-private.h"

void
_tp_window_copy (TpWindow *self)
{
  g_autoptr(GPtrArray) elements = _tp_window_get_selected_elements (self);
  g_autoptr(GBytes) fragment = NULL;
  g_autoptr(GBytes) text_bytes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;

  if (elements->len == 0)
    return;

  fragment = tp_format_save_fragment ((TpElement **) elements->pdata, elements->len);
  for (guint i = 0; i < elements->len; i++)
    {
      g_autofree char *title = NULL;

      g_object_get (g_ptr_array_index (elements, i), "title", &title, NULL);
      g_string_append_printf (text, "%s\n", title ? title : "");
    }
  text_bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  providers[0] = gdk_content_provider_new_for_bytes (TP_FORMAT_FRAGMENT_MIME_TYPE, fragment);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text_bytes);
  provider = gdk_content_provider_new_union (providers, 2);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

static void
paste_elements (TpWindow  *self,
                GPtrArray *elements)
{
  g_autoptr(GPtrArray) pasted = g_ptr_array_new ();
  TpPhase *phase = NULL;
  TpLane *lane = NULL;
  int card_index = -1;
  int phase_index = _tp_window_index_after_selected (self, TP_TYPE_PHASE);
  int lane_index = _tp_window_index_after_selected (self, TP_TYPE_LANE);
  gboolean has_cell;

  has_cell = _tp_window_resolve_cell (self, -1, &phase, &lane, &card_index);

  tp_project_begin (self->project, _("Paste"));
  for (guint i = 0; i < elements->len; i++)
    {
      TpElement *element = g_ptr_array_index (elements, i);

      if (TP_IS_CARD (element) && has_cell)
        {
          /* A pasted card goes to the end of its cell, then after the selected card. */
          g_object_set (element,
                        "phase", tp_element_get_id (TP_ELEMENT (phase)),
                        "lane", tp_element_get_id (TP_ELEMENT (lane)),
                        NULL);
          tp_project_insert (self->project, self->journey, TP_LIST_CARDS, -1, element);
          if (card_index >= 0)
            tp_project_move_cards (self->project, (TpCard **) &element, 1, phase, lane, card_index++);
        }
      else if (TP_IS_PHASE (element))
        {
          tp_project_insert (self->project, self->journey, TP_LIST_PHASES, phase_index, element);
          if (phase_index >= 0)
            phase_index++;
        }
      else if (TP_IS_LANE (element))
        {
          tp_project_insert (self->project, self->journey, TP_LIST_LANES, lane_index, element);
          if (lane_index >= 0)
            lane_index++;
        }
      else
        continue;

      g_ptr_array_add (pasted, element);
    }
  tp_project_commit (self->project);

  if (pasted->len > 0)
    tp_selection_set (self->selection, (TpElement **) pasted->pdata, pasted->len);
}

static void
on_fragment_read (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TpWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  GOutputStream *memory = G_OUTPUT_STREAM (source);

  if (g_output_stream_splice_finish (memory, result, &error) < 0)
    {
      g_warning ("Could not read the clipboard: %s", error->message);
      return;
    }
  if (self->project == NULL || self->journey == NULL)
    return;

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  elements = tp_format_load_fragment (self->project, bytes, &error);
  if (elements == NULL)
    {
      _tp_window_show_error (self, _("Could Not Paste"), error->message);
      return;
    }

  paste_elements (self, elements);
}

static void
on_clipboard_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TpWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  GCancellable *cancellable;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
        g_warning ("Could not read the clipboard: %s", error->message);
      return;
    }

  cancellable = self->cancellable;
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, cancellable,
                                on_fragment_read, g_steal_pointer (&self));
}

void
_tp_window_paste (TpWindow *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  const char *mime_types[] = { TP_FORMAT_FRAGMENT_MIME_TYPE, NULL };
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (!gdk_content_formats_contain_mime_type (formats, TP_FORMAT_FRAGMENT_MIME_TYPE))
    return;

  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, self->cancellable,
                            on_clipboard_read, g_object_ref (self));
}
