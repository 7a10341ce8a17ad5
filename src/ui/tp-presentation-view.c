/* tp-presentation-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-presentation-view.h"

/* Long enough to follow where the camera goes, short enough not to make a
 * room wait. */
#define TRANSITION_USEC (420 * G_TIME_SPAN_MILLISECOND)

struct _TpPresentationView
{
  GtkWidget              parent_instance;

  /* owned */
  TpPresentationPainter *painter;
  cairo_font_options_t  *font_options;

  guint                  from_step;
  guint                  to_step;
  double                 progress;       /* eased, 0 … 1 */
  gint64                 start_time;     /* frame time the transition began; 0 = not yet */
  guint                  tick_id;
  gboolean               dark;
  gboolean               has_from_camera;
  TpPresentationCamera   from_camera;     /* where an interrupted transition was */

  /* During a transition the two steps' pictures are painted once into
   * textures that the frames then only move, scale and blend, so that the
   * camera moves at the full frame rate. */
  GdkTexture            *textures[2];    /* from_step, to_step */
  TpPresentationCamera   texture_camera; /* the from camera they were made for */
  TpRect                 texture_rect;   /* map units the textures cover */
  guint                  texture_steps[2];
  gboolean               texture_dark;
  int                    texture_width;  /* widget size they were made for */
  int                    texture_height;
};

G_DEFINE_FINAL_TYPE (TpPresentationView, tp_presentation_view, GTK_TYPE_WIDGET)

static gboolean
animations_enabled (TpPresentationView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-enable-animations", &enabled,
                NULL);
  return enabled;
}

static void
clear_textures (TpPresentationView *self)
{
  g_clear_object (&self->textures[0]);
  g_clear_object (&self->textures[1]);
}

static void
finish_transition (TpPresentationView *self)
{
  clear_textures (self);
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  self->from_step = self->to_step;
  self->has_from_camera = FALSE;
  self->progress = 1.0;
  self->start_time = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  TpPresentationView *self = TP_PRESENTATION_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double linear;

  if (self->start_time == 0)
    self->start_time = now;

  linear = (double) (now - self->start_time) / TRANSITION_USEC;
  if (linear >= 1.0)
    {
      self->tick_id = 0;
      finish_transition (self);
      return G_SOURCE_REMOVE;
    }

  self->progress = tp_presentation_ease (linear);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static GdkTexture *
paint_texture (TpPresentationView *self,
               guint               step,
               const TpRect       *rect,
               double              zoom)
{
  int width = MAX (1, (int) ceil (rect->width * zoom));
  int height = MAX (1, (int) ceil (rect->height * zoom));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr = cairo_create (surface);
  int stride;

  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -rect->x, -rect->y);
  tp_presentation_painter_paint_picture (self->painter, cr, step, self->dark, zoom, rect);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  /* Cairo's ARGB32 is premultiplied native-endian ARGB: GDK_MEMORY_DEFAULT. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
union_visible (const TpPresentationCamera *camera,
               const TpRect               *area,
               TpRect                     *rect,
               gboolean                    first)
{
  double x0, y0, x1, y1;

  tp_presentation_camera_to_map (camera, area->x, area->y, &x0, &y0);
  tp_presentation_camera_to_map (camera, area->x + area->width, area->y + area->height, &x1, &y1);
  if (!first)
    {
      x0 = MIN (x0, rect->x);
      y0 = MIN (y0, rect->y);
      x1 = MAX (x1, rect->x + rect->width);
      y1 = MAX (y1, rect->y + rect->height);
    }
  *rect = (TpRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* Makes the textures of the transition under way; FALSE when there is
 * nothing of the picture to see. */
static gboolean
ensure_textures (TpPresentationView        *self,
                 const TpPresentationFrame *frame,
                 int                        width,
                 int                        height)
{
  TpPresentationFrame start = *frame;
  TpPresentationCamera from, to;
  TpRect area, rect;
  double picture_w, picture_h, x0, y0, x1, y1, zoom;

  if (self->textures[0] != NULL && self->texture_steps[0] == self->from_step
      && self->texture_steps[1] == self->to_step && self->texture_dark == self->dark
      && self->texture_width == width && self->texture_height == height
      && memcmp (&self->texture_camera, &frame->from_camera, sizeof frame->from_camera) == 0)
    return TRUE;

  clear_textures (self);
  tp_presentation_painter_get_areas (self->painter, width, height, &area, NULL, NULL);
  start.progress = 0.0;
  tp_presentation_painter_get_frame_camera (self->painter, &start, width, height, &from);
  tp_presentation_painter_get_camera (self->painter, self->to_step, width, height, &to);
  union_visible (&from, &area, &rect, TRUE);
  union_visible (&to, &area, &rect, FALSE);

  tp_presentation_painter_get_size (self->painter, &picture_w, &picture_h);
  x0 = MAX (0, rect.x);
  y0 = MAX (0, rect.y);
  x1 = MIN (picture_w, rect.x + rect.width);
  y1 = MIN (picture_h, rect.y + rect.height);
  if (x1 <= x0 || y1 <= y0)
    return FALSE;
  rect = (TpRect) { x0, y0, x1 - x0, y1 - y0 };

  /* Sharp at the closer of the two cameras; within what a GPU takes. */
  zoom = MAX (from.zoom, to.zoom) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  zoom = MIN (zoom, 4096.0 / MAX (rect.width, rect.height));

  self->textures[0] = paint_texture (self, self->from_step, &rect, zoom);
  self->textures[1] = paint_texture (self, self->to_step, &rect, zoom);
  self->texture_rect = rect;
  self->texture_steps[0] = self->from_step;
  self->texture_steps[1] = self->to_step;
  self->texture_dark = self->dark;
  self->texture_camera = frame->from_camera;
  self->texture_width = width;
  self->texture_height = height;

  return TRUE;
}

static void
snapshot_transition (TpPresentationView        *self,
                     GtkSnapshot               *snapshot,
                     int                        width,
                     int                        height,
                     const TpPresentationFrame *frame)
{
  const TpTheme *theme = tp_presentation_painter_get_theme (self->painter, self->dark);
  TpPresentationCamera camera;
  TpRect area, caption, persona;
  graphene_rect_t bounds;
  GdkRGBA background;
  cairo_t *cr;

  tp_presentation_painter_get_areas (self->painter, width, height, &area, &caption, &persona);
  tp_presentation_painter_get_frame_camera (self->painter, frame, width, height, &camera);

  background = (GdkRGBA) { theme->background.red, theme->background.green,
                           theme->background.blue, 1.0 };
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (ensure_textures (self, frame, width, height))
    {
      const TpRect *rect = &self->texture_rect;

      bounds = GRAPHENE_RECT_INIT ((rect->x - camera.map_x) * camera.zoom + camera.view_x,
                                   (rect->y - camera.map_y) * camera.zoom + camera.view_y,
                                   rect->width * camera.zoom,
                                   rect->height * camera.zoom);
      gtk_snapshot_push_clip (snapshot,
                              &GRAPHENE_RECT_INIT (area.x, area.y, area.width, area.height));
      gtk_snapshot_append_texture (snapshot, self->textures[0], &bounds);
      gtk_snapshot_push_opacity (snapshot, frame->progress);
      gtk_snapshot_append_texture (snapshot, self->textures[1], &bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_pop (snapshot);
    }

  /* The pinned headers move with the camera: painted each frame, but only
   * where they are. */
  {
    TpPresentationPins pins;

    tp_presentation_painter_get_pins (self->painter, frame, width, height, &pins);
    if (pins.alpha > 0.0)
      {
        const TpRect *parts[] = { &pins.phase_strip, &pins.lane_strip, &pins.cover };

        for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
          {
            if (parts[i]->width <= 0 || parts[i]->height <= 0)
              continue;
            cr = gtk_snapshot_append_cairo (snapshot,
                                            &GRAPHENE_RECT_INIT (parts[i]->x, parts[i]->y,
                                                                 parts[i]->width, parts[i]->height));
            tp_presentation_painter_paint_pins (self->painter, cr, width, height, frame);
            cairo_destroy (cr);
          }
      }
  }

  /* Text changes every frame but covers little of the screen. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (caption.x, caption.y,
                                                                 caption.width, caption.height));
  tp_presentation_painter_paint_chrome (self->painter, cr, width, height, frame);
  cairo_destroy (cr);
  if ((frame->from_step == 0 || frame->to_step == 0) && persona.width > 0)
    {
      /* The card slides in from the right by up to 30 % of its width. */
      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (persona.x, persona.y,
                                                           width - persona.x, persona.height));
      tp_presentation_painter_paint_chrome (self->painter, cr, width, height, frame);
      cairo_destroy (cr);
    }
}

static void
tp_presentation_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  TpPresentationView *self = TP_PRESENTATION_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  TpPresentationFrame frame;
  cairo_t *cr;

  if (self->painter == NULL || width <= 0 || height <= 0)
    return;

  frame.from_step = self->from_step;
  frame.to_step = self->to_step;
  frame.progress = self->progress;
  frame.dark = self->dark;
  frame.font_options = self->font_options;
  frame.has_from_camera = self->has_from_camera;
  frame.from_camera = self->from_camera;

  if ((self->from_step != self->to_step || self->has_from_camera) && self->progress < 1.0)
    {
      snapshot_transition (self, snapshot, width, height, &frame);
      return;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tp_presentation_painter_paint (self->painter, cr, width, height, &frame);
  cairo_destroy (cr);
}

static void
tp_presentation_view_dispose (GObject *object)
{
  TpPresentationView *self = TP_PRESENTATION_VIEW (object);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  clear_textures (self);
  g_clear_pointer (&self->painter, tp_presentation_painter_free);
  g_clear_pointer (&self->font_options, cairo_font_options_destroy);

  G_OBJECT_CLASS (tp_presentation_view_parent_class)->dispose (object);
}

static void
tp_presentation_view_class_init (TpPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_presentation_view_dispose;
  widget_class->snapshot = tp_presentation_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "presentation-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tp_presentation_view_init (TpPresentationView *self)
{
  /* Text on a projector: smooth edges, no hinting that would distort the
   * large type when it scales during transitions. */
  self->font_options = cairo_font_options_create ();
  cairo_font_options_set_antialias (self->font_options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (self->font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (self->font_options, CAIRO_HINT_METRICS_OFF);
  self->progress = 1.0;

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
tp_presentation_view_new (TpPresentationPainter *painter)
{
  TpPresentationView *self = g_object_new (TP_TYPE_PRESENTATION_VIEW, NULL);

  self->painter = painter;
  return GTK_WIDGET (self);
}

void
tp_presentation_view_set_painter (TpPresentationView    *self,
                                  TpPresentationPainter *painter)
{
  guint n;

  g_return_if_fail (TP_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (painter != NULL);

  g_clear_pointer (&self->painter, tp_presentation_painter_free);
  self->painter = painter;
  n = tp_presentation_painter_get_n_steps (painter);
  self->to_step = MIN (self->to_step, n - 1);
  finish_transition (self);
}

TpPresentationPainter *
tp_presentation_view_get_painter (TpPresentationView *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION_VIEW (self), NULL);

  return self->painter;
}

guint
tp_presentation_view_get_step (TpPresentationView *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION_VIEW (self), 0);

  return self->to_step;
}

void
tp_presentation_view_go_to (TpPresentationView *self,
                            guint               step)
{
  g_return_if_fail (TP_IS_PRESENTATION_VIEW (self));

  if (self->painter == NULL)
    return;
  step = MIN (step, tp_presentation_painter_get_n_steps (self->painter) - 1);
  if (step == self->to_step)
    return;

  /* A press during a transition goes on from where the camera is; the
   * spotlight from the nearer end. */
  if (self->tick_id != 0)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self));
      int height = gtk_widget_get_height (GTK_WIDGET (self));
      TpPresentationFrame frame = { self->from_step, self->to_step, self->progress, self->dark,
                                    NULL, self->has_from_camera, self->from_camera };

      tp_presentation_painter_get_frame_camera (self->painter, &frame, width, height,
                                                &self->from_camera);
      self->has_from_camera = width > 0 && height > 0;
      if (self->progress >= 0.5)
        self->from_step = self->to_step;
    }
  self->to_step = step;

  if (!animations_enabled (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      finish_transition (self);
      return;
    }

  self->progress = 0.0;
  self->start_time = 0;
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_tick, NULL, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
tp_presentation_view_get_dark (TpPresentationView *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION_VIEW (self), FALSE);

  return self->dark;
}

void
tp_presentation_view_set_dark (TpPresentationView *self,
                               gboolean            dark)
{
  g_return_if_fail (TP_IS_PRESENTATION_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
tp_presentation_view_is_animating (TpPresentationView *self)
{
  g_return_val_if_fail (TP_IS_PRESENTATION_VIEW (self), FALSE);

  return self->tick_id != 0;
}
