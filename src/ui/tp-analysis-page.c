/* tp-analysis-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thin glue: the analysis view paints itself (one cached node, repainted
 * when the project changes) and says which card is under a point; the
 * canvas base does zoom, scrolling and the shared selection.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-analysis-view.h"
#include "tp-analysis-page.h"

struct _TpAnalysisPage
{
  TpCanvas        parent_instance;

  TpAnalysisView *view;
};

G_DEFINE_FINAL_TYPE (TpAnalysisPage, tp_analysis_page, TP_TYPE_CANVAS)

enum {
  SIGNAL_SHOW_IN_MAP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
invalidate_layout (TpCanvas *canvas)
{
  TpAnalysisPage *self = TP_ANALYSIS_PAGE (canvas);

  /* The whole analysis is one node keyed by the view: a new view, a new node. */
  if (self->view != NULL)
    tp_canvas_invalidate_element (canvas, self->view);
  g_clear_object (&self->view);
}

static gboolean
ensure_layout (TpCanvas *canvas)
{
  TpAnalysisPage *self = TP_ANALYSIS_PAGE (canvas);
  TpJourney *journey = tp_canvas_get_journey (canvas);

  if (self->view != NULL)
    return TRUE;
  if (journey == NULL)
    return FALSE;

  self->view = TP_ANALYSIS_VIEW (tp_view_new (TP_VIEW_ANALYSIS, journey));
  return self->view != NULL;
}

static void
get_map_size (TpCanvas *canvas,
              double   *width,
              double   *height)
{
  tp_view_get_size (TP_VIEW (TP_ANALYSIS_PAGE (canvas)->view), width, height);
}

static void
paint_cb (TpCanvas *canvas,
          cairo_t  *cr,
          gpointer  data)
{
  TpViewPaintOptions options;

  tp_view_paint_options_init (&options);
  options.theme = tp_canvas_get_theme (canvas);
  options.font_options = tp_canvas_get_font_options (canvas);
  tp_view_paint (TP_VIEW (data), cr, &options);
}

static gboolean
element_rect (TpAnalysisPage *self,
              TpElement      *element,
              TpRect         *rect)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_ptr_array_add (one, element);
  return tp_view_get_elements_rect (TP_VIEW (self->view), one, rect);
}

static void
snapshot_map (TpCanvas     *canvas,
              GtkSnapshot  *snapshot,
              const TpRect *visible)
{
  TpAnalysisPage *self = TP_ANALYSIS_PAGE (canvas);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  TpSelection *selection = tp_canvas_get_selection (canvas);
  TpRect all = { 0, 0, 0, 0 };

  tp_view_get_size (TP_VIEW (self->view), &all.width, &all.height);
  tp_canvas_append_node (snapshot,
                         tp_canvas_cached_node (canvas, self->view, &all, 0, paint_cb, self->view),
                         0, 0);

  /* The marks of the selected cards, ringed. */
  for (guint i = 0; selection != NULL && i < tp_selection_get_items (selection)->len; i++)
    {
      TpElement *element = g_ptr_array_index (tp_selection_get_items (selection), i);
      TpRect rect;

      if (element_rect (self, element, &rect) && tp_rect_intersects (&rect, visible))
        tp_canvas_append_ring (snapshot, &theme->selection, &rect, 2,
                               MAX (2.0, 2.0 / tp_canvas_get_zoom (canvas)), 6);
    }
}

static TpElement *
pick (TpCanvas *canvas,
      double    x,
      double    y)
{
  return tp_analysis_view_element_at (TP_ANALYSIS_PAGE (canvas)->view, x, y);
}

static GPtrArray *
elements_in_rect (TpCanvas     *canvas,
                  const TpRect *rect)
{
  TpAnalysisPage *self = TP_ANALYSIS_PAGE (canvas);
  g_autoptr(GPtrArray) all = tp_analysis_view_get_elements (self->view);
  GPtrArray *inside = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      TpRect box;

      if (!TP_IS_PHASE (g_ptr_array_index (all, i))
          && element_rect (self, g_ptr_array_index (all, i), &box)
          && tp_rect_intersects (&box, rect))
        g_ptr_array_add (inside, g_ptr_array_index (all, i));
    }
  return inside;
}

static gboolean
get_element_rect (TpCanvas  *canvas,
                  TpElement *element,
                  TpRect    *rect)
{
  return element_rect (TP_ANALYSIS_PAGE (canvas), element, rect);
}

/* Arrows walk the marks in reading order: phases, pain points, opportunities, fail points. */
static TpElement *
neighbour (TpCanvas          *canvas,
           TpElement         *element,
           TpCanvasDirection  direction)
{
  g_autoptr(GPtrArray) all = tp_analysis_view_get_elements (TP_ANALYSIS_PAGE (canvas)->view);
  guint index;

  if (all->len == 0)
    return NULL;
  if (element == NULL || !g_ptr_array_find (all, element, &index))
    return g_ptr_array_index (all, 0);
  if (direction == TP_CANVAS_LEFT || direction == TP_CANVAS_UP)
    return index > 0 ? g_ptr_array_index (all, index - 1) : NULL;
  return index + 1 < all->len ? g_ptr_array_index (all, index + 1) : NULL;
}

static gboolean
can_drag (TpCanvas  *canvas,
          TpElement *element)
{
  return FALSE;
}

static void
drop (TpCanvas  *canvas,
      GPtrArray *elements,
      double     x,
      double     y,
      double     dx,
      double     dy)
{
}

static void
project_changed (TpCanvas       *canvas,
                 const TpChange *change)
{
  /* Every figure may depend on any card: the layout goes (invalidate_layout). */
}

static void
show_in_map (TpAnalysisPage *self)
{
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));

  if (selection != NULL && tp_selection_get_primary (selection) != NULL)
    g_signal_emit (self, signals[SIGNAL_SHOW_IN_MAP], 0);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            TpAnalysisPage  *self)
{
  if (n_press == 2)
    show_in_map (self);
}

static gboolean
activate_binding (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  show_in_map (TP_ANALYSIS_PAGE (widget));
  return TRUE;
}

static void
tp_analysis_page_dispose (GObject *object)
{
  g_clear_object (&TP_ANALYSIS_PAGE (object)->view);

  G_OBJECT_CLASS (tp_analysis_page_parent_class)->dispose (object);
}

static void
tp_analysis_page_class_init (TpAnalysisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TpCanvasClass *canvas_class = TP_CANVAS_CLASS (klass);

  object_class->dispose = tp_analysis_page_dispose;

  canvas_class->invalidate_layout = invalidate_layout;
  canvas_class->ensure_layout = ensure_layout;
  canvas_class->get_map_size = get_map_size;
  canvas_class->snapshot_map = snapshot_map;
  canvas_class->pick = pick;
  canvas_class->elements_in_rect = elements_in_rect;
  canvas_class->get_element_rect = get_element_rect;
  canvas_class->neighbour = neighbour;
  canvas_class->can_drag = can_drag;
  canvas_class->drop = drop;
  canvas_class->project_changed = project_changed;

  /**
   * TpAnalysisPage::show-in-map:
   *
   * Double click or Enter on a mark: show the selected card in the journey map.
   */
  signals[SIGNAL_SHOW_IN_MAP] = g_signal_new ("show-in-map", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_binding, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_binding, NULL);
  gtk_widget_class_set_css_name (widget_class, "analysispage");
}

static void
tp_analysis_page_init (TpAnalysisPage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Analysis"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Figures per phase, pain points ranked, opportunities by "
                                    "impact and effort; arrows move between the marks, Enter "
                                    "shows the card in the journey map"),
                                  -1);
}

GtkWidget *
tp_analysis_page_new (void)
{
  return g_object_new (TP_TYPE_ANALYSIS_PAGE, NULL);
}

gboolean
tp_analysis_page_get_point (TpAnalysisPage *self,
                            TpElement      *element,
                            double         *wx,
                            double         *wy)
{
  TpCanvas *canvas = TP_CANVAS (self);
  double x0, y0, x1, y1;
  TpRect rect;

  g_return_val_if_fail (TP_IS_ANALYSIS_PAGE (self), FALSE);

  if (!ensure_layout (canvas) || !element_rect (self, element, &rect))
    return FALSE;
  /* The inverse of widget_to_map, which knows the scroll, the zoom and any centring. */
  tp_canvas_widget_to_map (canvas, 0, 0, &x0, &y0);
  tp_canvas_widget_to_map (canvas, 100, 100, &x1, &y1);
  *wx = (rect.x + rect.width / 2 - x0) * 100 / (x1 - x0);
  *wy = (rect.y + rect.height / 2 - y0) * 100 / (y1 - y0);
  return TRUE;
}
