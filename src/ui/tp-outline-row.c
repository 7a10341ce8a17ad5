/* tp-outline-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-outline-row.h"

/* As the image, label and box the row replaces drew them: a 16 px icon (GtkImage's
 * normal size), 6 px between the parts, and Adwaita's .dim-label opacity. As
 * GtkTreeExpander laid out its 16 px expander and indents: 4 px apart (Adwaita's
 * "treeexpander { border-spacing: 4px }"), and one indent more where a row has no
 * expander. */
#define ICON_SIZE   16
#define SPACING     6
#define DIM_OPACITY 0.55
#define INDENT      (ICON_SIZE + 4)

struct _TpOutlineRow
{
  GtkWidget         parent_instance;

  char             *text;
  char             *icon_name;
  gboolean          dimmed;
  GtkWidget        *end;
  GtkTreeListRow   *list_row;
  gulong            expanded_handler;
  guint             depth;
  gboolean          expandable;
  gboolean          expanded;

  /* The text shaped once; its size kept, so measuring does not reach pango. */
  PangoLayout      *layout;
  int               text_width;
  int               text_height;
  int               layout_width;  /* the width pango ellipsizes at, or -1 */
  PangoFontDescription *font;      /* the layout's, to tell when it changes */
  double            resolution;
  GtkIconPaintable *icon;
  int               icon_scale;
  GtkIconPaintable *expander_icon;
  gboolean          expander_icon_expanded;
};

G_DEFINE_FINAL_TYPE (TpOutlineRow, tp_outline_row, GTK_TYPE_WIDGET)

/* The width of "…" in the rows' font: a label ellipsized at its end is at least
 * that wide. Every row has the same font, so it is shaped once, not per row. */
static int
get_ellipsis_width (GtkWidget *widget)
{
  static PangoFontDescription *cached_font;
  static double cached_resolution;
  static int cached_width;
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);

  if (cached_font == NULL || resolution != cached_resolution
      || !pango_font_description_equal (font, cached_font))
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      PangoRectangle logical;

      pango_layout_set_text (layout, "…", -1);
      pango_layout_get_extents (layout, NULL, &logical);
      g_clear_pointer (&cached_font, pango_font_description_free);
      cached_font = pango_font_description_copy (font);
      cached_resolution = resolution;
      cached_width = PANGO_PIXELS_CEIL (logical.width);
    }

  return cached_width;
}

static void
ensure_layout (TpOutlineRow *self)
{
  PangoContext *context;
  PangoRectangle logical;

  if (self->layout != NULL)
    return;

  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text ? self->text : "");
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_extents (self->layout, NULL, &logical);
  self->text_width = PANGO_PIXELS_CEIL (logical.width);
  self->text_height = PANGO_PIXELS_CEIL (logical.height);
  self->layout_width = -1;
  context = pango_layout_get_context (self->layout);
  self->font = pango_font_description_copy (pango_context_get_font_description (context));
  self->resolution = pango_cairo_context_get_resolution (context);
}

static void
drop_layout (TpOutlineRow *self)
{
  g_clear_object (&self->layout);
  g_clear_pointer (&self->font, pango_font_description_free);
  self->layout_width = -1;
}

/* Where the icon starts: past the expander and the indents. */
static int
get_indent (TpOutlineRow *self)
{
  return self->list_row != NULL ? (int) (self->depth + 1) * INDENT : 0;
}

/* Where the text starts. */
static int
get_lead (TpOutlineRow *self)
{
  return get_indent (self) + (self->icon_name != NULL ? ICON_SIZE + SPACING : 0);
}

static gboolean
has_end (TpOutlineRow *self)
{
  return self->end != NULL && gtk_widget_get_visible (self->end);
}

static void
tp_outline_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (widget);
  int end_min = 0, end_nat = 0;

  ensure_layout (self);
  if (has_end (self))
    gtk_widget_measure (self->end, orientation, -1, &end_min, &end_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int lead = get_lead (self);

      *minimum = lead + MIN (get_ellipsis_width (widget), self->text_width);
      *natural = lead + self->text_width;
      if (has_end (self))
        {
          *minimum += SPACING + end_min;
          *natural += SPACING + end_nat;
        }
    }
  else
    {
      /* Ellipsized, the text is as high at any width; expander and icon 16 px. */
      int height = self->icon_name != NULL || self->list_row != NULL
                   ? MAX (ICON_SIZE, self->text_height) : self->text_height;

      *minimum = MAX (height, end_min);
      *natural = MAX (height, end_nat);
    }
}

static void
tp_outline_row_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int available = width - get_lead (self);
  int wanted;

  ensure_layout (self);
  if (has_end (self))
    {
      int end_min, end_nat, end_width;

      gtk_widget_measure (self->end, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, &end_nat, NULL, NULL);
      /* As a box would: the text gives up its width first, down to its "…". */
      end_width = CLAMP (available - SPACING - MIN (get_ellipsis_width (widget), self->text_width),
                         end_min, end_nat);
      gtk_widget_size_allocate (self->end,
                                &(GtkAllocation) { rtl ? 0 : width - end_width, 0, end_width, height },
                                -1);
      available -= end_width + SPACING;
    }

  wanted = available < self->text_width ? MAX (available, 0) : -1;
  if (wanted != self->layout_width)
    {
      pango_layout_set_width (self->layout, wanted < 0 ? -1 : wanted * PANGO_SCALE);
      self->layout_width = wanted;
    }
}

static void
ensure_icon (TpOutlineRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int scale = gtk_widget_get_scale_factor (widget);

  if (self->icon != NULL && self->icon_scale == scale)
    return;

  g_clear_object (&self->icon);
  self->icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                           self->icon_name, NULL, ICON_SIZE, scale,
                                           gtk_widget_get_direction (widget), 0);
  self->icon_scale = scale;
}

static void
ensure_expander_icon (TpOutlineRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int scale = gtk_widget_get_scale_factor (widget);
  const char *name;

  if (self->expander_icon != NULL && self->expander_icon_expanded == self->expanded
      && self->icon_scale == scale)
    return;

  /* Adwaita's "expander": pan-end (pan-end-symbolic-rtl right to left), pan-down when open. */
  name = self->expanded ? "pan-down-symbolic"
         : gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? "pan-end-symbolic-rtl"
         : "pan-end-symbolic";
  g_clear_object (&self->expander_icon);
  self->expander_icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                                    name, NULL, ICON_SIZE, scale,
                                                    gtk_widget_get_direction (widget), 0);
  self->expander_icon_expanded = self->expanded;
}

static void
snapshot_icon (GtkSnapshot      *snapshot,
               GtkIconPaintable *icon,
               int               x,
               int               y,
               const GdkRGBA    *colors)
{
  if (icon == NULL)
    return;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            ICON_SIZE, ICON_SIZE, colors, 4);
  gtk_snapshot_restore (snapshot);
}

static void
tp_outline_row_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int lead = get_lead (self);
  int text_width;
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  ensure_layout (self);

  /* GtkImage's symbolic palette: the text colour, then error, warning, success. */
  const GdkRGBA colors[4] = {
    color,
    { 0.8, 0.0, 0.0, 1.0 },
    { 0.961, 0.475, 0.0, 1.0 },
    { 0.306, 0.604, 0.024, 1.0 },
  };
  int indent = get_indent (self);

  if (self->expandable)
    {
      int x = (int) self->depth * INDENT;

      ensure_expander_icon (self);
      snapshot_icon (snapshot, self->expander_icon, rtl ? width - x - ICON_SIZE : x,
                     (height - ICON_SIZE) / 2, colors);
    }

  if (self->icon_name != NULL)
    {
      ensure_icon (self);
      gtk_snapshot_push_opacity (snapshot, DIM_OPACITY);
      snapshot_icon (snapshot, self->icon, rtl ? width - indent - ICON_SIZE : indent,
                     (height - ICON_SIZE) / 2, colors);
      gtk_snapshot_pop (snapshot);
    }

  text_width = self->layout_width >= 0 ? self->layout_width : self->text_width;
  if (self->dimmed)
    gtk_snapshot_push_opacity (snapshot, DIM_OPACITY);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (rtl ? width - lead - text_width : lead,
                                                (height - self->text_height) / 2));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
  if (self->dimmed)
    gtk_snapshot_pop (snapshot);

  if (has_end (self))
    gtk_widget_snapshot_child (widget, self->end, snapshot);
}

static void
tp_outline_row_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (widget);
  PangoContext *context;

  GTK_WIDGET_CLASS (tp_outline_row_parent_class)->css_changed (widget, change);

  /* A new font (or text scale) shapes the text again; a new colour (a row
   * selected or hovered) only redraws, which GTK asks for itself. */
  if (self->layout == NULL)
    return;
  context = gtk_widget_get_pango_context (widget);
  if (pango_cairo_context_get_resolution (context) != self->resolution
      || !pango_font_description_equal (pango_context_get_font_description (context), self->font))
    {
      drop_layout (self);
      gtk_widget_queue_resize (widget);
    }
}

static void
tp_outline_row_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (widget);

  drop_layout (self);
  g_clear_object (&self->icon);
  g_clear_object (&self->expander_icon);
  gtk_widget_queue_resize (widget);
}

static void
tp_outline_row_dispose (GObject *object)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (object);

  tp_outline_row_set_list_row (self, NULL);
  g_clear_pointer (&self->end, gtk_widget_unparent);
  drop_layout (self);
  g_clear_object (&self->icon);
  g_clear_object (&self->expander_icon);

  G_OBJECT_CLASS (tp_outline_row_parent_class)->dispose (object);
}

static void
tp_outline_row_finalize (GObject *object)
{
  TpOutlineRow *self = TP_OUTLINE_ROW (object);

  g_free (self->text);
  g_free (self->icon_name);

  G_OBJECT_CLASS (tp_outline_row_parent_class)->finalize (object);
}

static void
tp_outline_row_class_init (TpOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_outline_row_dispose;
  object_class->finalize = tp_outline_row_finalize;
  widget_class->measure = tp_outline_row_measure;
  widget_class->size_allocate = tp_outline_row_size_allocate;
  widget_class->snapshot = tp_outline_row_snapshot;
  widget_class->css_changed = tp_outline_row_css_changed;
  widget_class->direction_changed = tp_outline_row_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "tp-outline-row");
  /* As GTK 4.8's tree expander, which this row replaces: a group, expanded or not. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tp_outline_row_init (TpOutlineRow *self)
{
  self->layout_width = -1;
}

GtkWidget *
tp_outline_row_new (void)
{
  return g_object_new (TP_TYPE_OUTLINE_ROW, NULL);
}

void
tp_outline_row_set_text (TpOutlineRow *self,
                         const char   *text)
{
  g_return_if_fail (TP_IS_OUTLINE_ROW (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  drop_layout (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text ? self->text : "",
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
tp_outline_row_get_text (TpOutlineRow *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), NULL);

  return self->text;
}

void
tp_outline_row_set_icon_name (TpOutlineRow *self,
                              const char   *icon_name)
{
  g_return_if_fail (TP_IS_OUTLINE_ROW (self));

  if (g_strcmp0 (self->icon_name, icon_name) == 0)
    return;

  if ((self->icon_name == NULL) != (icon_name == NULL))
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
  g_free (self->icon_name);
  self->icon_name = g_strdup (icon_name);
  g_clear_object (&self->icon);
}

const char *
tp_outline_row_get_icon_name (TpOutlineRow *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), NULL);

  return self->icon_name;
}

void
tp_outline_row_set_dimmed (TpOutlineRow *self,
                           gboolean      dimmed)
{
  g_return_if_fail (TP_IS_OUTLINE_ROW (self));

  if (self->dimmed == !!dimmed)
    return;

  self->dimmed = !!dimmed;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
tp_outline_row_get_dimmed (TpOutlineRow *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), FALSE);

  return self->dimmed;
}

void
tp_outline_row_set_end_widget (TpOutlineRow *self,
                               GtkWidget    *widget)
{
  g_return_if_fail (TP_IS_OUTLINE_ROW (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (self->end == widget)
    return;

  g_clear_pointer (&self->end, gtk_widget_unparent);
  self->end = widget;
  if (widget != NULL)
    gtk_widget_set_parent (widget, GTK_WIDGET (self));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkWidget *
tp_outline_row_get_end_widget (TpOutlineRow *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), NULL);

  return self->end;
}

static void
update_expanded (TpOutlineRow *self)
{
  gboolean expanded = self->list_row != NULL && gtk_tree_list_row_get_expanded (self->list_row);

  if (self->expandable)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  if (expanded != self->expanded)
    {
      self->expanded = expanded;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* The tree row shown: its depth sets the indent, and a row that can be expanded
 * has the expander (clicked, or + and - on the outline, to open and close it). */
void
tp_outline_row_set_list_row (TpOutlineRow   *self,
                             GtkTreeListRow *list_row)
{
  guint depth;
  gboolean expandable;

  g_return_if_fail (TP_IS_OUTLINE_ROW (self));
  g_return_if_fail (list_row == NULL || GTK_IS_TREE_LIST_ROW (list_row));

  if (self->list_row == list_row)
    return;

  if (self->list_row != NULL)
    g_clear_signal_handler (&self->expanded_handler, self->list_row);
  g_set_object (&self->list_row, list_row);
  depth = list_row != NULL ? gtk_tree_list_row_get_depth (list_row) : 0;
  expandable = list_row != NULL && gtk_tree_list_row_is_expandable (list_row);
  if (list_row != NULL)
    self->expanded_handler = g_signal_connect_swapped (list_row, "notify::expanded",
                                                       G_CALLBACK (update_expanded), self);
  if (depth != self->depth || expandable != self->expandable)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  self->depth = depth;
  self->expandable = expandable;
  if (list_row != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, depth + 1,
                                      -1);
      if (!expandable)
        gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
    }
  update_expanded (self);
}

GtkTreeListRow *
tp_outline_row_get_list_row (TpOutlineRow *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), NULL);

  return self->list_row;
}

gboolean
tp_outline_row_get_expandable (TpOutlineRow *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), FALSE);

  return self->expandable;
}

/* Whether (@x, @y) is on the expander's arrow. */
gboolean
tp_outline_row_is_on_expander (TpOutlineRow *self,
                               double        x,
                               double        y)
{
  int left;

  g_return_val_if_fail (TP_IS_OUTLINE_ROW (self), FALSE);

  if (!self->expandable)
    return FALSE;
  left = (int) self->depth * INDENT;
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    left = gtk_widget_get_width (GTK_WIDGET (self)) - left - ICON_SIZE;

  return x >= left && x < left + ICON_SIZE && y >= 0 && y < gtk_widget_get_height (GTK_WIDGET (self));
}
