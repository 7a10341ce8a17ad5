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
  /* Journeys left out of the emotion overlay (ids); new journeys are in. A way of looking:
   * not in the file. */
  GHashTable     *hidden;
  GtkMenuButton  *overlay_button;
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
  if (self->view != NULL && g_hash_table_size (self->hidden) > 0)
    {
      TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
      GPtrArray *journeys = tp_project_get_journeys (project);
      g_autoptr(GPtrArray) shown = g_ptr_array_new ();

      for (guint j = 0; j < journeys->len; j++)
        if (!g_hash_table_contains (self->hidden,
                                    tp_element_get_id (g_ptr_array_index (journeys, j))))
          g_ptr_array_add (shown, g_ptr_array_index (journeys, j));
      tp_analysis_view_set_overlay (self->view, shown);
    }
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

/* --- The journeys of the emotion overlay ----------------------------------- */

/* "Ingrid, first-time buyer — Buying a gift tomorrow (future state)" */
static char *
journey_label (TpJourney *journey)
{
  TpProject *project = tp_element_get_project (TP_ELEMENT (journey));
  const char *persona_id = tp_journey_get_persona (journey);
  TpElement *persona = persona_id != NULL ? tp_project_lookup (project, persona_id) : NULL;
  const char *title = tp_journey_get_title (journey);
  const char *name = persona != NULL && TP_IS_PERSONA (persona)
                     ? tp_persona_get_name (TP_PERSONA (persona)) : NULL;
  g_autofree char *base = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled journey");
  base = name != NULL && *name != '\0'
         /* Translators: a journey in the emotion overlay's list: persona — journey */
         ? g_strdup_printf (_("%s — %s"), name, title) : g_strdup (title);
  if (tp_journey_get_state (journey) == TP_JOURNEY_STATE_FUTURE)
    /* Translators: a journey in the future state in the emotion overlay's list */
    return g_strdup_printf (_("%s (future state)"), base);
  return g_steal_pointer (&base);
}

static void
overlay_toggled (GtkCheckButton *button,
                 TpAnalysisPage *self)
{
  TpJourney *journey = g_object_get_data (G_OBJECT (button), "tp-journey");

  tp_analysis_page_set_overlaid (self, journey, gtk_check_button_get_active (button));
}

/* The same persona's journeys only, or every journey. */
static void
overlay_preset (GtkButton      *button,
                TpAnalysisPage *self)
{
  gboolean same_persona = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tp-same"));
  GtkWidget *box = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (button)));
  TpJourney *shown = tp_canvas_get_journey (TP_CANVAS (self));

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TpJourney *journey = g_object_get_data (G_OBJECT (child), "tp-journey");

      if (GTK_IS_CHECK_BUTTON (child) && journey != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     !same_persona
                                     || g_strcmp0 (tp_journey_get_persona (journey),
                                                   tp_journey_get_persona (shown)) == 0);
    }
}

static void
build_overlay_popover (GtkMenuButton *button,
                       gpointer       user_data)
{
  TpAnalysisPage *self = user_data;
  TpJourney *shown = tp_canvas_get_journey (TP_CANVAS (self));
  TpProject *project = shown != NULL ? tp_element_get_project (TP_ELEMENT (shown)) : NULL;
  GPtrArray *journeys = project != NULL ? tp_project_get_journeys (project) : NULL;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading, *presets, *preset;
  guint n_others = 0;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  heading = gtk_label_new (_("Emotion lines overlaid with this journey's"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (box), heading);

  for (guint j = 0; journeys != NULL && j < journeys->len; j++)
    {
      TpJourney *journey = g_ptr_array_index (journeys, j);
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (journey == shown)
        continue;
      label = journey_label (journey);
      check = gtk_check_button_new_with_label (label);
      g_object_set_data_full (G_OBJECT (check), "tp-journey", g_object_ref (journey),
                              g_object_unref);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   tp_analysis_page_get_overlaid (self, journey));
      g_signal_connect_object (check, "toggled", G_CALLBACK (overlay_toggled), self, 0);
      gtk_box_append (GTK_BOX (box), check);
      n_others++;
    }
  if (n_others == 0)
    {
      GtkWidget *none = gtk_label_new (_("The project has no other journey: add one to "
                                         "compare their emotion lines"));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (none), 36);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  else
    {
      presets = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      preset = gtk_button_new_with_mnemonic (_("_Same Persona"));
      gtk_widget_set_tooltip_text (preset, _("Only this persona's other journeys, such as its "
                                             "current and future state"));
      g_object_set_data (G_OBJECT (preset), "tp-same", GINT_TO_POINTER (TRUE));
      g_signal_connect_object (preset, "clicked", G_CALLBACK (overlay_preset), self, 0);
      gtk_box_append (GTK_BOX (presets), preset);
      preset = gtk_button_new_with_mnemonic (_("_All Journeys"));
      g_signal_connect_object (preset, "clicked", G_CALLBACK (overlay_preset), self, 0);
      gtk_box_append (GTK_BOX (presets), preset);
      gtk_box_append (GTK_BOX (box), presets);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

void
tp_analysis_page_set_overlay_button (TpAnalysisPage *self,
                                     GtkMenuButton  *button)
{
  g_return_if_fail (TP_IS_ANALYSIS_PAGE (self));
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  self->overlay_button = button;
  gtk_menu_button_set_create_popup_func (button, build_overlay_popover, self, NULL);
}

gboolean
tp_analysis_page_get_overlaid (TpAnalysisPage *self,
                               TpJourney      *journey)
{
  g_return_val_if_fail (TP_IS_ANALYSIS_PAGE (self), FALSE);
  g_return_val_if_fail (TP_IS_JOURNEY (journey), FALSE);

  return !g_hash_table_contains (self->hidden, tp_element_get_id (TP_ELEMENT (journey)));
}

void
tp_analysis_page_set_overlaid (TpAnalysisPage *self,
                               TpJourney      *journey,
                               gboolean        overlaid)
{
  const char *id;

  g_return_if_fail (TP_IS_ANALYSIS_PAGE (self));
  g_return_if_fail (TP_IS_JOURNEY (journey));

  id = tp_element_get_id (TP_ELEMENT (journey));
  if (!!overlaid == !g_hash_table_contains (self->hidden, id))
    return;
  if (overlaid)
    g_hash_table_remove (self->hidden, id);
  else
    g_hash_table_add (self->hidden, g_strdup (id));
  tp_canvas_invalidate (TP_CANVAS (self));
}

GPtrArray *
tp_analysis_page_dup_overlay (TpAnalysisPage *self)
{
  TpJourney *shown;
  GPtrArray *journeys, *overlaid;

  g_return_val_if_fail (TP_IS_ANALYSIS_PAGE (self), NULL);

  shown = tp_canvas_get_journey (TP_CANVAS (self));
  if (g_hash_table_size (self->hidden) == 0 || shown == NULL)
    return NULL;
  journeys = tp_project_get_journeys (tp_element_get_project (TP_ELEMENT (shown)));
  overlaid = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint j = 0; j < journeys->len; j++)
    if (tp_analysis_page_get_overlaid (self, g_ptr_array_index (journeys, j)))
      g_ptr_array_add (overlaid, g_object_ref (g_ptr_array_index (journeys, j)));
  return overlaid;
}

TpAnalysisView *
tp_analysis_page_get_view (TpAnalysisPage *self)
{
  g_return_val_if_fail (TP_IS_ANALYSIS_PAGE (self), NULL);

  ensure_layout (TP_CANVAS (self));
  return self->view;
}

static void
tp_analysis_page_dispose (GObject *object)
{
  g_clear_object (&TP_ANALYSIS_PAGE (object)->view);
  g_clear_pointer (&TP_ANALYSIS_PAGE (object)->hidden, g_hash_table_unref);

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

  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

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
