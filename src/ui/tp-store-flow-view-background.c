/* tp-store-flow-view-background.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's picture (a scanned or exported plan of the real place): imported
 * from a PNG or JPEG file, checked as the file loader checks an embedded
 * picture (size in bytes, type by its magic bytes, dimensions before any pixel
 * is decoded) and embedded in the project; its scale set by drawing a line
 * over a length one knows and typing that length; moved (the Move Picture
 * tool: dragged, or nudged with the arrow keys); faded and locked. Each is
 * one undo step and is saved in the file (docs/FORMAT.md, "Floor plan").
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "io/tp-format.h"
#include "render/tp-store-image.h"
#include "tp-lazy-menu.h"
#include "tp-message-dialog.h"
#include "tp-store-flow-view-tools.h"

/* How near (pixels on screen) the picture's corners snap to the plan's outline. */
#define SNAP_PIXELS 8.0

static TpStoreZoneEdit *
get_edit (TpStoreFlowView *self)
{
  return self->zone_edit;
}

/* --- Importing --------------------------------------------------------------- */

/** tp_store_flow_view_set_picture: embeds @bytes (a PNG or JPEG picture; NULL removes the
 * picture) as the plan's picture, stretched to the plan's width until calibrated, one undo step.
 * FALSE with @error when the bytes cannot be used. */
gboolean
tp_store_flow_view_set_picture (TpStoreFlowView *self,
                                GBytes          *bytes,
                                GError         **error)
{
  TpProject *project;
  TpFloorPlan *plan;
  const char *type = NULL;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  project = tp_canvas_get_project (TP_CANVAS (self));
  plan = _tp_store_flow_view_get_plan (self);
  if (project == NULL || plan == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The journey has no floor plan"));
      return FALSE;
    }
  if (bytes != NULL)
    {
      guint width, height;
      cairo_surface_t *surface;

      if ((type = tp_format_check_image (bytes, error)) == NULL)
        return FALSE;
      if (!tp_store_image_get_size (bytes, type, &width, &height))
        {
          g_set_error_literal (error, TP_STORE_IMAGE_ERROR, 0,
                               _("The picture is damaged or not a PNG or JPEG picture"));
          return FALSE;
        }
      /* Damaged, or a small file that claims an enormous picture: refused before embedding. */
      surface = tp_store_image_decode (bytes, type, error);
      if (surface == NULL)
        return FALSE;
      cairo_surface_destroy (surface);
    }

  tp_project_begin (project, bytes != NULL ? _("Import Picture") : _("Remove Picture"));
  tp_project_set (project, plan,
                  "image", bytes, "image-type", type,
                  "image-x", 0.0, "image-y", 0.0, "image-scale", 0.0,
                  "image-locked", FALSE,
                  NULL);
  tp_project_commit (project);
  return TRUE;
}

static void
show_picture_error (TpStoreFlowView *self,
                    const char      *name,
                    const char      *reason)
{
  tp_message_dialog_show_refused (GTK_WIDGET (self), _("The Picture Cannot Be Used"), name, reason);
}

/** tp_store_flow_view_import_picture_file: reads @file (refused before reading a byte when it is
 * larger than a picture may be) and embeds it as the plan's picture. */
gboolean
tp_store_flow_view_import_picture_file (TpStoreFlowView *self,
                                        GFile           *file,
                                        GError         **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > TP_FORMAT_MAX_IMAGE_BYTES)
    {
      g_set_error (error, TP_FORMAT_ERROR, TP_FORMAT_ERROR_TOO_LARGE,
                   _("The picture is larger than the limit of %u MiB"),
                   TP_FORMAT_MAX_IMAGE_BYTES / (1024 * 1024));
      return FALSE;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;
  return tp_store_flow_view_set_picture (self, bytes, error);
}

static void
on_picture_chosen (GtkNativeDialog *chooser,
                   int              response,
                   TpStoreFlowView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;
  if (!tp_store_flow_view_import_picture_file (self, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      show_picture_error (self, name, error->message);
    }
}

static void
action_import_picture (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (_tp_store_flow_view_get_plan (self) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import a Picture of the Plan"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("PNG and JPEG pictures"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_picture_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
action_remove_picture (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TpFloorPlan *plan = _tp_store_flow_view_get_plan (TP_STORE_FLOW_VIEW (widget));

  if (plan != NULL && tp_floor_plan_get_image (plan) != NULL)
    tp_store_flow_view_set_picture (TP_STORE_FLOW_VIEW (widget), NULL, NULL);
}

/* --- Fade and lock ------------------------------------------------------------ */

/** tp_store_flow_view_set_picture_opacity: how strongly the picture shows (0.05 … 1); moves of
 * one slider are one undo step. */
void
tp_store_flow_view_set_picture_opacity (TpStoreFlowView *self,
                                        double           opacity)
{
  TpProject *project;
  TpFloorPlan *plan;
  g_autofree char *key = NULL;

  g_return_if_fail (TP_IS_STORE_FLOW_VIEW (self));

  project = tp_canvas_get_project (TP_CANVAS (self));
  plan = _tp_store_flow_view_get_plan (self);
  if (project == NULL || plan == NULL || !isfinite (opacity))
    return;
  opacity = CLAMP (opacity, 0.05, 1.0);
  if (fabs (opacity - tp_floor_plan_get_image_opacity (plan)) < 1e-9)
    return;
  key = g_strconcat (tp_element_get_id (TP_ELEMENT (plan)), ":image-opacity", NULL);
  tp_project_begin_coalesce (project, _("Fade Picture"), key);
  tp_project_set (project, plan, "image-opacity", opacity, NULL);
  tp_project_commit (project);
}

/** tp_store_flow_view_set_picture_locked: locks the picture against moving or calibrating it by
 * mistake. */
void
tp_store_flow_view_set_picture_locked (TpStoreFlowView *self,
                                       gboolean         locked)
{
  TpProject *project;
  TpFloorPlan *plan;

  g_return_if_fail (TP_IS_STORE_FLOW_VIEW (self));

  project = tp_canvas_get_project (TP_CANVAS (self));
  plan = _tp_store_flow_view_get_plan (self);
  if (project == NULL || plan == NULL || tp_floor_plan_get_image_locked (plan) == !!locked)
    return;
  tp_project_begin (project, locked ? _("Lock Picture") : _("Unlock Picture"));
  tp_project_set (project, plan, "image-locked", !!locked, NULL);
  tp_project_commit (project);
  if (locked && (get_edit (self)->tool == TP_STORE_TOOL_CALIBRATE
                 || get_edit (self)->tool == TP_STORE_TOOL_MOVE_PICTURE))
    _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
}

static void
on_opacity_changed (GtkRange        *range,
                    TpStoreFlowView *self)
{
  if (!get_edit (self)->updating)
    tp_store_flow_view_set_picture_opacity (self, gtk_range_get_value (range));
}

static void
on_lock_toggled (GtkCheckButton  *check,
                 TpStoreFlowView *self)
{
  if (!get_edit (self)->updating)
    tp_store_flow_view_set_picture_locked (self, gtk_check_button_get_active (check));
}

/* --- Calibrating ---------------------------------------------------------------- */

/** tp_store_flow_view_calibrate: the picture's scale such that the line from @a to @b (metres on
 * the plan as the picture is drawn now) measures @length metres; the plan grows to hold the whole
 * picture. One undo step; FALSE (with a message) when there is no picture, it is locked, or the
 * line or length are too short. */
gboolean
tp_store_flow_view_calibrate (TpStoreFlowView *self,
                              TpPoint          a,
                              TpPoint          b,
                              double           length)
{
  TpProject *project;
  TpStoreLayout *layout;
  TpFloorPlan *plan;
  double mpp, width, height;
  guint w, h;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  project = tp_canvas_get_project (TP_CANVAS (self));
  layout = tp_store_flow_view_get_layout (self);
  if (project == NULL || layout == NULL || (plan = layout->plan) == NULL || layout->image == NULL)
    {
      _tp_store_flow_view_tell (self, _("The plan has no picture to calibrate"));
      return FALSE;
    }
  if (tp_floor_plan_get_image_locked (plan))
    {
      _tp_store_flow_view_tell (self, _("The picture is locked"));
      return FALSE;
    }
  w = cairo_image_surface_get_width (layout->image);
  h = cairo_image_surface_get_height (layout->image);
  mpp = tp_floor_plan_calibration_scale (plan, w, a.x, a.y, b.x, b.y, length);
  if (!(mpp > 0))
    {
      _tp_store_flow_view_tell (self, _("The line or the length is too short to set the scale"));
      return FALSE;
    }
  width = tp_floor_plan_get_width (plan);
  height = tp_floor_plan_get_height (plan);
  tp_store_plan_cover_picture (tp_floor_plan_get_image_x (plan), tp_floor_plan_get_image_y (plan),
                               w, h, mpp, &width, &height);

  tp_project_begin (project, _("Calibrate Picture"));
  tp_project_set (project, plan, "image-scale", mpp, "width", width, "height", height, NULL);
  tp_project_commit (project);
  return TRUE;
}

static void
close_calibration (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);

  edit->calibrate_shown = FALSE;
  edit->asking_width = FALSE;
  if (edit->calibrate_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (edit->calibrate_popover));
  _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_length_activate (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (edit->calibrate_entry));
  double length;

  if (!tp_store_parse_length (text, &length))
    {
      gtk_widget_add_css_class (edit->calibrate_entry, "error");
      _tp_store_flow_view_tell (self, edit->asking_width
                                      ? _("Type the picture’s width in metres, say 24")
                                      : _("Type the line’s length in metres, say 4.5"));
      return;
    }
  if (tp_store_flow_view_calibrate (self, edit->from, edit->to, length))
    close_calibration (self);
}

static void
on_calibrate_closed (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);

  if (edit->calibrate_shown)
    close_calibration (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

void
_tp_store_flow_view_ask_length (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);
  double x, y, sx, sy, zoom = tp_canvas_get_zoom (TP_CANVAS (self));

  if (edit->calibrate_popover == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *label = edit->calibrate_label = gtk_label_new (NULL);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Set Scale"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      edit->calibrate_entry = gtk_entry_new ();
      gtk_entry_set_input_purpose (GTK_ENTRY (edit->calibrate_entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (edit->calibrate_entry),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), edit->calibrate_entry);
      gtk_box_append (GTK_BOX (box), button);
      edit->calibrate_popover = gtk_popover_new ();
      gtk_popover_set_child (GTK_POPOVER (edit->calibrate_popover), box);
      gtk_widget_set_parent (edit->calibrate_popover, GTK_WIDGET (self));
      g_signal_connect_object (edit->calibrate_entry, "activate", G_CALLBACK (on_length_activate),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_length_activate), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (edit->calibrate_popover, "closed", G_CALLBACK (on_calibrate_closed),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_label_set_text (GTK_LABEL (edit->calibrate_label),
                      edit->asking_width ? _("Width of the whole picture, in metres")
                                         : _("Length of the line, in metres"));
  /* A shop's picture is some tens of metres wide; a line one draws, a few metres long. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (edit->calibrate_entry),
                                  edit->asking_width ? _("For example 24") : _("For example 4.5"));
  gtk_editable_set_text (GTK_EDITABLE (edit->calibrate_entry), "");
  gtk_widget_remove_css_class (edit->calibrate_entry, "error");
  /* At the line's end; the picture's width at the middle of its top edge, in view. */
  tp_store_layout_to_units (self->layout,
                            edit->asking_width
                            ? (TpPoint) { (edit->from.x + edit->to.x) / 2, edit->from.y }
                            : edit->to, &x, &y);
  tp_canvas_get_scroll (TP_CANVAS (self), &sx, &sy);
  gtk_popover_set_pointing_to (GTK_POPOVER (edit->calibrate_popover),
                               &(GdkRectangle) {
                                 CLAMP ((int) ((x - sx) * zoom), 0,
                                        MAX (gtk_widget_get_width (GTK_WIDGET (self)) - 1, 0)),
                                 CLAMP ((int) ((y - sy) * zoom), 0,
                                        MAX (gtk_widget_get_height (GTK_WIDGET (self)) - 1, 0)),
                                 1, 1 });
  gtk_popover_popup (GTK_POPOVER (edit->calibrate_popover));
  gtk_widget_grab_focus (edit->calibrate_entry);
}

/** tp_store_flow_view_ask_picture_width: the keyboard's way to calibrate the picture: its top
 * edge is marked and its real width asked; Enter sets the scale (one undo step). */
gboolean
tp_store_flow_view_ask_picture_width (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit;
  TpStoreLayout *layout;
  TpFloorPlan *plan;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  edit = get_edit (self);
  layout = tp_store_flow_view_get_layout (self);
  if (layout == NULL || (plan = layout->plan) == NULL || layout->image == NULL)
    {
      _tp_store_flow_view_tell (self, _("The plan has no picture to calibrate"));
      return FALSE;
    }
  if (tp_floor_plan_get_image_locked (plan))
    {
      _tp_store_flow_view_tell (self, _("The picture is locked"));
      return FALSE;
    }
  _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
  edit->from = (TpPoint) { tp_floor_plan_get_image_x (plan), tp_floor_plan_get_image_y (plan) };
  edit->to = (TpPoint) { edit->from.x + layout->image_rect.width / layout->ppm, edit->from.y };
  edit->calibrate_shown = TRUE;
  edit->asking_width = TRUE;
  _tp_store_flow_view_ask_length (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
action_picture_width (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  tp_store_flow_view_ask_picture_width (TP_STORE_FLOW_VIEW (widget));
}

GtkWidget *
tp_store_flow_view_get_length_entry (TpStoreFlowView *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), NULL);

  return get_edit (self)->calibrate_shown ? get_edit (self)->calibrate_entry : NULL;
}

/* --- Moving ------------------------------------------------------------------------ */

/* The picture's size on the plan in metres; FALSE when there is none to move (with a message
 * when @tell), or it is locked. */
static gboolean
picture_size (TpStoreFlowView *self,
              gboolean         tell,
              double          *width,
              double          *height)
{
  TpStoreLayout *layout = tp_store_flow_view_get_layout (self);
  double mpp;
  int w;

  if (layout == NULL || layout->plan == NULL || layout->image == NULL)
    {
      if (tell)
        _tp_store_flow_view_tell (self, _("The plan has no picture to move"));
      return FALSE;
    }
  if (tp_floor_plan_get_image_locked (layout->plan))
    {
      if (tell)
        _tp_store_flow_view_tell (self, _("The picture is locked"));
      return FALSE;
    }
  w = cairo_image_surface_get_width (layout->image);
  mpp = tp_floor_plan_image_scale (layout->plan, w);
  *width = w * mpp;
  *height = cairo_image_surface_get_height (layout->image) * mpp;
  return TRUE;
}

static void
set_picture_corner (TpStoreFlowView *self,
                    double           x,
                    double           y)
{
  TpProject *project = tp_canvas_get_project (TP_CANVAS (self));
  TpFloorPlan *plan = _tp_store_flow_view_get_plan (self);

  if (project == NULL || plan == NULL
      || (fabs (x - tp_floor_plan_get_image_x (plan)) < 1e-9
          && fabs (y - tp_floor_plan_get_image_y (plan)) < 1e-9))
    return;
  tp_project_begin (project, _("Move Picture"));
  tp_project_set (project, plan, "image-x", x, "image-y", y, NULL);
  tp_project_commit (project);
}

/** tp_store_flow_view_move_picture: moves the plan's picture by (@dx, @dy) metres, no further than
 * keeps a metre of it over the plan; one undo step. FALSE (with a message) when the plan has no
 * picture or it is locked. */
gboolean
tp_store_flow_view_move_picture (TpStoreFlowView *self,
                                 double           dx,
                                 double           dy)
{
  TpFloorPlan *plan;
  double width, height, x, y;

  g_return_val_if_fail (TP_IS_STORE_FLOW_VIEW (self), FALSE);

  if (!picture_size (self, TRUE, &width, &height))
    return FALSE;
  plan = _tp_store_flow_view_get_plan (self);
  x = tp_floor_plan_get_image_x (plan) + dx;
  y = tp_floor_plan_get_image_y (plan) + dy;
  tp_store_keep_picture_on_plan (&self->layout->plan_rect, width, height, &x, &y);
  set_picture_corner (self, x, y);
  return TRUE;
}

gboolean
_tp_store_flow_view_press_picture (TpStoreFlowView *self,
                                   double           x,
                                   double           y)
{
  TpStoreZoneEdit *edit = get_edit (self);
  TpFloorPlan *plan = _tp_store_flow_view_get_plan (self);
  double width, height;

  if (!picture_size (self, TRUE, &width, &height))
    {
      _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_SELECT);
      return TRUE;
    }
  edit->from = tp_store_layout_to_metres (self->layout, x, y);
  edit->picture_start = edit->picture_at = (TpPoint) { tp_floor_plan_get_image_x (plan),
                                                       tp_floor_plan_get_image_y (plan) };
  edit->gesture = TP_STORE_GESTURE_PICTURE;
  return TRUE;
}

void
_tp_store_flow_view_drag_picture (TpStoreFlowView *self,
                                  double           x,
                                  double           y)
{
  TpStoreZoneEdit *edit = get_edit (self);
  TpPoint p = tp_store_layout_to_metres (self->layout, x, y);
  double dx = p.x - edit->from.x, dy = p.y - edit->from.y, width, height;

  if (!picture_size (self, FALSE, &width, &height))
    return;
  /* Its corners snap to the plan's outline (not to the grid: a picture is lined up by eye). */
  {
    TpPoint corners[4] = {
      { edit->picture_start.x, edit->picture_start.y },
      { edit->picture_start.x + width, edit->picture_start.y },
      { edit->picture_start.x + width, edit->picture_start.y + height },
      { edit->picture_start.x, edit->picture_start.y + height },
    };
    TpSnapOptions options = { 0, SNAP_PIXELS * _tp_store_flow_view_metres_per_pixel (self),
                              &self->layout->plan_rect };

    if (_tp_store_flow_view_snaps (self))
      tp_store_snap_offset (NULL, 0, NULL, corners, 4, &options, &dx, &dy);
  }
  edit->picture_at = (TpPoint) { edit->picture_start.x + dx, edit->picture_start.y + dy };
  tp_store_keep_picture_on_plan (&self->layout->plan_rect, width, height,
                                 &edit->picture_at.x, &edit->picture_at.y);
}

void
_tp_store_flow_view_drop_picture (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);
  double width, height;

  if (picture_size (self, FALSE, &width, &height))
    set_picture_corner (self, edit->picture_at.x, edit->picture_at.y);
}

/* With the Move Picture tool: a frame round the picture, and while it is dragged the picture
 * where it will land over the plan (the plan as painted still shows it where it was). */
void
_tp_store_flow_view_snapshot_picture (TpStoreFlowView *self,
                                      cairo_t         *cr)
{
  TpStoreZoneEdit *edit = get_edit (self);
  TpStoreLayout *layout = self->layout;
  const TpTheme *theme = tp_canvas_get_theme (TP_CANVAS (self));
  double zoom = tp_canvas_get_zoom (TP_CANVAS (self));
  double dashes[] = { 6.0 / zoom, 4.0 / zoom };
  TpRect rect;

  if (edit->tool != TP_STORE_TOOL_MOVE_PICTURE || layout->image == NULL)
    return;
  rect = layout->image_rect;
  cairo_save (cr);
  if (edit->gesture == TP_STORE_GESTURE_PICTURE)
    {
      int w = cairo_image_surface_get_width (layout->image);
      int h = cairo_image_surface_get_height (layout->image);

      rect.x += (edit->picture_at.x - edit->picture_start.x) * layout->ppm;
      rect.y += (edit->picture_at.y - edit->picture_start.y) * layout->ppm;
      cairo_save (cr);
      cairo_rectangle (cr, layout->plan_area.x, layout->plan_area.y, layout->plan_area.width,
                       layout->plan_area.height);
      cairo_clip (cr);
      cairo_translate (cr, rect.x, rect.y);
      cairo_scale (cr, rect.width / w, rect.height / h);
      cairo_set_source_surface (cr, layout->image, 0, 0);
      cairo_paint_with_alpha (cr, 0.6);
      cairo_restore (cr);
    }
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_set_line_width (cr, 2.0 / zoom);
  tp_cairo_set_rgba (cr, &theme->selection);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
action_move_picture (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TpStoreFlowView *self = TP_STORE_FLOW_VIEW (widget);
  double width, height;

  if (!picture_size (self, TRUE, &width, &height))
    return;
  _tp_store_flow_view_set_tool (self, TP_STORE_TOOL_MOVE_PICTURE);
  gtk_widget_grab_focus (widget);
}

/* --- The picture's menu ------------------------------------------------------------ */

void
_tp_store_flow_view_update_picture_menu (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);
  TpFloorPlan *plan = _tp_store_flow_view_get_plan (self);
  gboolean has_picture = plan != NULL && tp_floor_plan_get_image (plan) != NULL;

  edit->updating = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "store.import-picture", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "store.remove-picture", has_picture);
  /* The button, not the action: M tells why the picture cannot move. */
  gtk_widget_set_sensitive (edit->move_picture_button,
                            has_picture && !tp_floor_plan_get_image_locked (plan));
  gtk_widget_set_sensitive (edit->opacity_scale, has_picture);
  gtk_widget_set_sensitive (edit->lock_check, has_picture);
  if (plan != NULL)
    {
      gtk_range_set_value (GTK_RANGE (edit->opacity_scale), tp_floor_plan_get_image_opacity (plan));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (edit->lock_check),
                                   tp_floor_plan_get_image_locked (plan));
    }
  edit->updating = FALSE;
}

static void
on_picture_menu_shown (TpStoreFlowView *self)
{
  _tp_store_flow_view_update_picture_menu (self);
}

static void
on_picture_menu_closed (TpStoreFlowView *self)
{
  /* The next fade is a new undo step. */
  if (tp_canvas_get_project (TP_CANVAS (self)) != NULL)
    tp_project_break_coalescing (tp_canvas_get_project (TP_CANVAS (self)));
}

static GtkWidget *
menu_button (const char *label,
             const char *action,
             const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

/* Made when the menu first opens (the store flow is not the first view shown). */
static GtkWidget *
create_picture_popover (gpointer user_data)
{
  TpStoreFlowView *self = user_data;
  TpStoreZoneEdit *edit = get_edit (self);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  gtk_box_append (GTK_BOX (box), menu_button (_("_Import Picture…"), "store.import-picture", NULL));
  edit->move_picture_button = menu_button (_("_Move Picture"), "store.move-picture", NULL);
  gtk_box_append (GTK_BOX (box), edit->move_picture_button);
  gtk_box_append (GTK_BOX (box), menu_button (_("_Calibrate Scale"), "store.tool", "calibrate"));
  gtk_box_append (GTK_BOX (box), menu_button (_("Set Picture _Width…"), "store.picture-width",
                                              NULL));
  label = gtk_label_new (_("Opacity"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (box), label);
  edit->opacity_scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0.05, 1.0, 0.05);
  gtk_scale_set_draw_value (GTK_SCALE (edit->opacity_scale), FALSE);
  gtk_widget_set_size_request (edit->opacity_scale, 180, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit->opacity_scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Opacity"), -1);
  g_signal_connect_object (edit->opacity_scale, "value-changed", G_CALLBACK (on_opacity_changed),
                           self, 0);
  gtk_box_append (GTK_BOX (box), edit->opacity_scale);
  edit->lock_check = gtk_check_button_new_with_mnemonic (_("_Lock Picture"));
  gtk_widget_set_margin_start (edit->lock_check, 6);
  g_signal_connect_object (edit->lock_check, "toggled", G_CALLBACK (on_lock_toggled), self, 0);
  gtk_box_append (GTK_BOX (box), edit->lock_check);
  gtk_box_append (GTK_BOX (box), menu_button (_("_Remove Picture"), "store.remove-picture", NULL));

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_picture_menu_shown), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_picture_menu_closed), self,
                           G_CONNECT_SWAPPED);
  return popover;
}

GtkWidget *
_tp_store_flow_view_create_picture_menu (TpStoreFlowView *self)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "image-x-generic-symbolic");
  gtk_widget_set_tooltip_text (button, _("The plan’s picture"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Picture of the plan"), -1);
  gtk_widget_add_css_class (button, "osd");
  tp_menu_button_set_popover_lazily (GTK_MENU_BUTTON (button), create_picture_popover, self);
  return button;
}

void
_tp_store_flow_view_dispose_background (TpStoreFlowView *self)
{
  TpStoreZoneEdit *edit = get_edit (self);

  g_clear_pointer (&edit->calibrate_popover, gtk_widget_unparent);
}

void
_tp_store_flow_view_class_init_background (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "store.import-picture", NULL,
                                   action_import_picture);
  gtk_widget_class_install_action (widget_class, "store.remove-picture", NULL,
                                   action_remove_picture);
  gtk_widget_class_install_action (widget_class, "store.move-picture", NULL, action_move_picture);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "store.move-picture", NULL);
  gtk_widget_class_install_action (widget_class, "store.picture-width", NULL, action_picture_width);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, 0, "store.picture-width", NULL);
}
