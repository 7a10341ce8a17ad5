/* tp-card-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "render/tp-glyphs.h"
#include "render/tp-theme.h"
#include "tp-card-palette.h"
#include "tp-journey-view.h"

struct _TpCardPalette
{
  GtkWidget  parent_instance;

  /* owned (child): an AdwSqueezer of the chips with their names and, when the window is too
   * narrow for those, of the chips with their kind's mark only (in a scroller as the last
   * resort) */
  GtkWidget *squeezer;
  GtkWidget *named;
  GtkWidget *compact;
};

G_DEFINE_FINAL_TYPE (TpCardPalette, tp_card_palette, GTK_TYPE_WIDGET)

enum {
  ADD_CARD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The swatches take the card colours of the map, light or dark. */
static void
update_swatch_colors (AdwStyleManager *manager,
                      GParamSpec      *pspec,
                      GtkCssProvider  *provider)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (TP_TYPE_CARD_KIND);
  const TpTheme *theme = tp_theme_get (adw_style_manager_get_dark (manager) ? TP_THEME_DARK
                                                                            : TP_THEME_LIGHT);
  g_autoptr(GString) css = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      TpRgba color;

      tp_theme_card_kind_color (theme, enum_class->values[i].value, &color);
      g_string_append_printf (css,
                              ".card-swatch.card-kind-%s { background-color: #%02x%02x%02x; }\n",
                              enum_class->values[i].value_nick,
                              (guint) CLAMP (color.red * 255. + .5, 0, 255),
                              (guint) CLAMP (color.green * 255. + .5, 0, 255),
                              (guint) CLAMP (color.blue * 255. + .5, 0, 255));
    }
  gtk_css_provider_load_from_data (provider, css->str, css->len);
}

static void
ensure_swatch_colors (GtkWidget *widget)
{
  static GtkCssProvider *provider;
  AdwStyleManager *manager;

  if (provider != NULL)
    return;

  provider = gtk_css_provider_new ();
  manager = adw_style_manager_get_default ();
  update_swatch_colors (manager, NULL, provider);
  g_signal_connect (manager, "notify::dark", G_CALLBACK (update_swatch_colors), provider);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* --- The card kind as drag-and-drop content ------------------------------- */

/* Longer than any kind's nick: what another program may send is read no further. */
#define MAX_KIND_BYTES 64

static void
on_kind_written (GObject      *stream,
                 GAsyncResult *result,
                 gpointer      data)
{
  GdkContentSerializer *serializer = data;
  GError *error = NULL;

  if (g_output_stream_write_all_finish (G_OUTPUT_STREAM (stream), result, NULL, &error))
    gdk_content_serializer_return_success (serializer);
  else
    gdk_content_serializer_return_error (serializer, error);
}

static void
serialize_kind (GdkContentSerializer *serializer)
{
  const GValue *value = gdk_content_serializer_get_value (serializer);
  const char *nick = tp_enum_to_nick (TP_TYPE_CARD_KIND, g_value_get_enum (value));

  g_output_stream_write_all_async (gdk_content_serializer_get_output_stream (serializer),
                                   nick, strlen (nick),
                                   gdk_content_serializer_get_priority (serializer),
                                   gdk_content_serializer_get_cancellable (serializer),
                                   on_kind_written, serializer);
}

static void
on_kind_read (GObject      *stream,
              GAsyncResult *result,
              gpointer      data)
{
  GdkContentDeserializer *deserializer = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *nick = NULL;
  GError *error = NULL;
  gsize size;
  int kind;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (stream), result, &error);
  if (bytes == NULL)
    {
      gdk_content_deserializer_return_error (deserializer, error);
      return;
    }
  nick = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  if (!tp_enum_from_nick (TP_TYPE_CARD_KIND, nick, &kind))
    {
      gdk_content_deserializer_return_error (deserializer,
                                             g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                                                  "not a kind of card"));
      return;
    }
  g_value_set_enum (gdk_content_deserializer_get_value (deserializer), kind);
  gdk_content_deserializer_return_success (deserializer);
}

static void
deserialize_kind (GdkContentDeserializer *deserializer)
{
  g_input_stream_read_bytes_async (gdk_content_deserializer_get_input_stream (deserializer),
                                   MAX_KIND_BYTES,
                                   gdk_content_deserializer_get_priority (deserializer),
                                   gdk_content_deserializer_get_cancellable (deserializer),
                                   on_kind_read, deserializer);
}

void
tp_card_kind_register_content_formats (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      gdk_content_register_serializer (TP_TYPE_CARD_KIND, TP_CARD_KIND_MIME_TYPE,
                                       serialize_kind, NULL, NULL);
      gdk_content_register_deserializer (TP_CARD_KIND_MIME_TYPE, TP_TYPE_CARD_KIND,
                                         deserialize_kind, NULL, NULL);
      g_once_init_leave (&registered, 1);
    }
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *button)
{
  TpCardKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tp-card-kind"));

  return gdk_content_provider_new_typed (TP_TYPE_CARD_KIND, kind);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *button)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (button);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
on_button_clicked (GtkButton     *button,
                   TpCardPalette *self)
{
  TpCardKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tp-card-kind"));

  g_signal_emit (self, signals[ADD_CARD], 0, kind);
}

static void
tp_card_palette_dispose (GObject *object)
{
  TpCardPalette *self = TP_CARD_PALETTE (object);

  g_clear_pointer (&self->squeezer, gtk_widget_unparent);

  G_OBJECT_CLASS (tp_card_palette_parent_class)->dispose (object);
}

static void
tp_card_palette_class_init (TpCardPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_card_palette_dispose;

  tp_card_kind_register_content_formats ();

  /**
   * TpCardPalette::add-card:
   * @kind: the TpCardKind of the clicked button
   */
  signals[ADD_CARD] = g_signal_new ("add-card",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, TP_TYPE_CARD_KIND);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tp-card-palette");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

/* A compact chip's mark: the kind's glyph, as on the map's cards, in the kind's colour (its
 * shape tells the kinds apart without colour). */
static void
draw_mark (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  TpCardKind kind = GPOINTER_TO_INT (data);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const TpTheme *theme = tp_theme_get (dark ? TP_THEME_DARK : TP_THEME_LIGHT);
  double size = MIN (width, height);
  TpRgba color;

  tp_theme_card_kind_color (theme, kind, &color);
  tp_cairo_set_rgba (cr, &color);
  tp_glyph_card_kind (cr, kind, (width - size) / 2, (height - size) / 2, size);
}

static GtkWidget *
new_chip (TpCardPalette *self,
          TpCardKind     kind,
          gboolean       compact)
{
  const char *label = tp_enum_get_label (TP_TYPE_CARD_KIND, kind);
  g_autofree char *tooltip = NULL;
  g_autofree char *a11y = NULL;
  GtkDragSource *source;
  GtkWidget *button;

  button = gtk_button_new ();
  if (compact)
    {
      GtkWidget *mark = gtk_drawing_area_new ();

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (mark), 16);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (mark), 16);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (mark), draw_mark, GINT_TO_POINTER (kind), NULL);
      g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                               G_CALLBACK (gtk_widget_queue_draw), mark, G_CONNECT_SWAPPED);
      gtk_button_set_child (GTK_BUTTON (button), mark);
      gtk_widget_add_css_class (button, "compact");
    }
  else
    {
      g_autofree char *css = g_strdup_printf ("card-kind-%s", tp_enum_to_nick (TP_TYPE_CARD_KIND, kind));
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_label_new (NULL);

      gtk_widget_add_css_class (swatch, "card-swatch");
      gtk_widget_add_css_class (swatch, css);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (content), swatch);
      gtk_box_append (GTK_BOX (content), gtk_label_new (label));
      gtk_button_set_child (GTK_BUTTON (button), content);
    }
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "palette-button");

  tooltip = g_strdup_printf (_("Add a “%s” card: drag it onto the map, or click to add it to the selected cell"),
                             label);
  a11y = g_strdup_printf (_("Add %s card"), label);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  -1);
  g_object_set_data (G_OBJECT (button), "tp-card-kind", GINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked), self);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), button);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), button);
  gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (source));

  return button;
}

/* Only the chips shown take the keyboard focus and the pointer, and only they are seen by a
 * screen reader (and the end-to-end tests, which find buttons by name): AdwSqueezer 1.2 does
 * not draw the others but keeps them mapped. */
static void
on_visible_child_changed (TpCardPalette *self)
{
  GtkWidget *visible = adw_squeezer_get_visible_child (ADW_SQUEEZER (self->squeezer));
  GtkWidget *sets[2] = { self->named, self->compact };

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      gboolean hidden = visible == NULL
                        || (sets[i] != visible && !gtk_widget_is_ancestor (sets[i], visible));

      gtk_widget_set_can_focus (sets[i], !hidden);
      gtk_widget_set_can_target (sets[i], !hidden);

      for (GtkWidget *chip = gtk_widget_get_first_child (sets[i]);
           chip != NULL;
           chip = gtk_widget_get_next_sibling (chip))
        gtk_accessible_update_state (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_STATE_HIDDEN, hidden, -1);
    }
}

static void
tp_card_palette_init (TpCardPalette *self)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (TP_TYPE_CARD_KIND);
  GtkWidget *scroller;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card palette"),
                                  -1);
  ensure_swatch_colors (GTK_WIDGET (self));

  /* The chips' names when there is room; in a 1280-pixel window with the outline and the
   * inspector open there was not, and a palette that scrolled sideways hid half the kinds
   * with nothing to show they were there. */
  self->squeezer = adw_squeezer_new ();
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (self->squeezer), FALSE);
  adw_squeezer_set_xalign (ADW_SQUEEZER (self->squeezer), 0);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (self->squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  gtk_widget_set_parent (self->squeezer, GTK_WIDGET (self));

  self->named = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  self->compact = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_add_css_class (self->named, "toolbar");
  gtk_widget_add_css_class (self->compact, "toolbar");
  for (guint i = 0; i < enum_class->n_values; i++)
    {
      gtk_box_append (GTK_BOX (self->named), new_chip (self, enum_class->values[i].value, FALSE));
      gtk_box_append (GTK_BOX (self->compact), new_chip (self, enum_class->values[i].value, TRUE));
    }

  /* Narrower still, the marks scroll. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->compact);
  adw_squeezer_add (ADW_SQUEEZER (self->squeezer), self->named);
  adw_squeezer_add (ADW_SQUEEZER (self->squeezer), scroller);
  g_signal_connect_object (self->squeezer, "notify::visible-child",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);
  on_visible_child_changed (self);
}

GtkWidget *
tp_card_palette_new (void)
{
  return g_object_new (TP_TYPE_CARD_PALETTE, NULL);
}
