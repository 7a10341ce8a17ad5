/* tp-journey-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * State of the journey canvas: the project, journey and selection it shows,
 * its layout and render-node caches (dropped piece by piece as
 * TpProject::changed reports edits), zoom and scroll, the accessible
 * description of the selection, and the public API. Phase headers stick to
 * the top and lane headers to the left while scrolling.
 * Drawing is in tp-journey-view-draw.c, input in tp-journey-view-input.c and
 * tp-journey-view-edit.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tp-journey-view-private.h"

#define MIN_ZOOM 0.1
#define MAX_ZOOM 4.0

G_DEFINE_FINAL_TYPE (TpJourneyView, tp_journey_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cached_node_free (gpointer data)
{
  TpCachedNode *cached = data;

  g_clear_pointer (&cached->node, gsk_render_node_unref);
  g_clear_pointer (&cached->image, cairo_surface_destroy);
  if (cached->parts != NULL)
    {
      for (guint i = 0; i < cached->parts->len; i++)
        gsk_render_node_unref (g_array_index (cached->parts, TpCellPart, i).node);
      g_array_unref (cached->parts);
    }
  g_free (cached);
}

static GHashTable *
node_cache_new (void)
{
  return g_hash_table_new_full (NULL, NULL, g_object_unref, cached_node_free);
}

static void
drop_all_nodes (TpJourneyView *self)
{
  g_hash_table_remove_all (self->card_nodes);
  g_hash_table_remove_all (self->header_nodes);
  g_hash_table_remove_all (self->tile_nodes);
  g_hash_table_remove_all (self->cell_nodes);
}

static void
invalidate_layout (TpJourneyView *self)
{
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  g_hash_table_remove_all (self->tile_nodes);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
prune_card_node (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  return tp_journey_layout_find_card (user_data, key) == NULL;
}

TpJourneyLayout *
_tp_journey_view_ensure_layout (TpJourneyView *self)
{
  TpJourneyLayoutOptions options;

  if (self->layout != NULL || self->journey == NULL)
    return self->layout;

  tp_journey_layout_options_init (&options, self->theme);
  self->layout = tp_journey_layout_new (self->journey, &options);
  g_hash_table_foreach_remove (self->card_nodes, prune_card_node, self->layout);
  return self->layout;
}

static void
update_theme (TpJourneyView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const TpTheme *theme = tp_theme_get (adw_style_manager_get_dark (manager) ? TP_THEME_DARK
                                                                            : TP_THEME_LIGHT);

  if (theme == self->theme)
    return;
  self->theme = theme;
  drop_all_nodes (self);
  invalidate_layout (self);
}

/* --- Coordinates ------------------------------------------------------- */

void
_tp_journey_view_widget_to_map (TpJourneyView *self,
                                double         wx,
                                double         wy,
                                double        *mx,
                                double        *my)
{
  *mx = self->scroll_x + wx / self->zoom;
  *my = self->scroll_y + wy / self->zoom;
}

void
_tp_journey_view_map_rect_to_widget (TpJourneyView   *self,
                                     const TpRect    *rect,
                                     graphene_rect_t *out)
{
  graphene_rect_init (out,
                      (rect->x - self->scroll_x) * self->zoom,
                      (rect->y - self->scroll_y) * self->zoom,
                      rect->width * self->zoom,
                      rect->height * self->zoom);
}

void
_tp_journey_view_hit_test (TpJourneyView *self,
                           double         wx,
                           double         wy,
                           TpHit         *hit)
{
  TpJourneyLayout *layout = _tp_journey_view_ensure_layout (self);
  const TpJourneyLayoutOptions *o;
  double mx, my;

  hit->kind = TP_HIT_NONE;
  hit->card = NULL;
  hit->column = -1;
  hit->row = -1;
  if (layout == NULL)
    return;

  o = tp_journey_layout_get_options (layout);
  _tp_journey_view_widget_to_map (self, wx, wy, &mx, &my);

  /* The sticky headers cover what scrolled under them. */
  if (my >= _tp_journey_view_sticky_y (self) && my < _tp_journey_view_sticky_y (self) + o->phase_header_height)
    my -= _tp_journey_view_sticky_y (self);
  if (mx >= _tp_journey_view_sticky_x (self) && mx < _tp_journey_view_sticky_x (self) + o->lane_header_width)
    mx -= _tp_journey_view_sticky_x (self);

  tp_journey_layout_hit_test (layout, mx, my, hit);
}

/* Screen pixels of room a big map may be scrolled past its edges. */
#define EDGE_MARGIN 24.0

/* A map that fits in the view shows whole, wherever it was put; a bigger one
 * scrolls up to its edges and a little past, never so far that one side
 * shows empty room while the other side is cut off (as zooming out about the
 * middle of the view would otherwise leave it). */
static double
clamp_axis (double scroll,
            double map,
            double view,
            double margin)
{
  if (map <= view)
    return CLAMP (scroll, map - view, 0);
  return CLAMP (scroll, -margin, map - view + margin);
}

void
_tp_journey_view_clamp_scroll (TpJourneyView *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)) / self->zoom;
  double h = gtk_widget_get_height (GTK_WIDGET (self)) / self->zoom;
  double mw = 0, mh = 0;

  if (self->layout != NULL)
    {
      mw = tp_journey_layout_get_width (self->layout);
      mh = tp_journey_layout_get_height (self->layout);
    }

  self->scroll_x = clamp_axis (self->scroll_x, mw, w, EDGE_MARGIN / self->zoom);
  self->scroll_y = clamp_axis (self->scroll_y, mh, h, EDGE_MARGIN / self->zoom);
}

void
_tp_journey_view_zoom_at (TpJourneyView *self,
                          double         zoom,
                          double         wx,
                          double         wy)
{
  double mx, my;

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  _tp_journey_view_widget_to_map (self, wx, wy, &mx, &my);
  self->zoom = zoom;
  self->scroll_x = mx - wx / zoom;
  self->scroll_y = my - wy / zoom;
  _tp_journey_view_clamp_scroll (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* --- Model and selection -------------------------------------------- */

static gboolean
belongs_to_journey (TpJourneyView *self,
                    TpElement     *element)
{
  for (TpElement *e = element; e != NULL; e = tp_element_get_parent (e))
    if (e == TP_ELEMENT (self->journey))
      return TRUE;
  return FALSE;
}

static void
on_project_changed (TpJourneyView  *self,
                    const TpChange *change)
{
  TpElement *element = change->element;

  if (self->journey == NULL)
    return;

  /* The title being typed belongs to something an undo just took away. */
  if (change->kind == TP_CHANGE_REMOVED && self->rename_element != NULL
      && !belongs_to_journey (self, self->rename_element))
    _tp_journey_view_stop_rename (self, FALSE);

  if (change->kind == TP_CHANGE_PROPERTY)
    {
      if (element == TP_ELEMENT (self->journey))
        {
          g_hash_table_remove (self->header_nodes, self->journey);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return;
        }
      if (element == NULL || !belongs_to_journey (self, element))
        return;

      /* A metric belongs to its card. */
      while (element != NULL && !TP_IS_CARD (element) && !TP_IS_PHASE (element)
             && !TP_IS_LANE (element) && tp_element_get_parent (element) != TP_ELEMENT (self->journey))
        element = tp_element_get_parent (element);
      if (element == NULL)
        return;

      if (TP_IS_CARD (element))
        g_hash_table_remove (self->card_nodes, element);
      else
        g_hash_table_remove (self->header_nodes, element);
      invalidate_layout (self);
      _tp_journey_view_queue_accessible (self);
      return;
    }

  if (change->parent == NULL || !belongs_to_journey (self, change->parent))
    {
      if (change->kind == TP_CHANGE_REMOVED && change->list == TP_LIST_JOURNEYS)
        invalidate_layout (self);
      return;
    }

  if (change->list == TP_LIST_PHASES)
    {
      /* Step numbers and default colours follow the order. */
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->header_nodes);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (TP_IS_PHASE (key))
          g_hash_table_iter_remove (&iter);
    }
  if (change->list == TP_LIST_METRICS && TP_IS_CARD (change->parent))
    g_hash_table_remove (self->card_nodes, change->parent);

  invalidate_layout (self);
  _tp_journey_view_queue_accessible (self);
}

GPtrArray *
_tp_journey_view_selected_cards (TpJourneyView *self)
{
  GPtrArray *cards = g_ptr_array_new ();
  GPtrArray *all;

  if (self->selection == NULL || self->journey == NULL
      || _tp_journey_view_ensure_layout (self) == NULL)
    return cards;

  /* Journey order, which is what tp_project_move_cards() keeps. */
  all = tp_journey_get_cards (self->journey);
  for (guint i = 0; i < all->len; i++)
    {
      TpCard *card = g_ptr_array_index (all, i);

      if (g_hash_table_contains (self->selected, card)
          && tp_journey_layout_find_card (self->layout, card) != NULL)
        g_ptr_array_add (cards, card);
    }
  return cards;
}

TpCard *
_tp_journey_view_primary_card (TpJourneyView *self)
{
  TpElement *primary;

  if (self->selection == NULL || _tp_journey_view_ensure_layout (self) == NULL)
    return NULL;
  primary = tp_selection_get_primary (self->selection);
  if (primary == NULL || !TP_IS_CARD (primary)
      || tp_journey_layout_find_card (self->layout, TP_CARD (primary)) == NULL)
    return NULL;
  return TP_CARD (primary);
}

static char *
describe_card (TpJourneyView *self,
               TpCard        *card)
{
  const TpCardBox *box = tp_journey_layout_find_card (self->layout, card);
  TpPhase *phase = tp_journey_layout_get_phase (self->layout, box->column);
  TpLane *lane = tp_journey_layout_get_lane (self->layout, box->row);
  g_autofree char *detail = tp_journey_painter_card_detail (card);
  const char *lane_title = tp_lane_get_title (lane);

  if (lane_title == NULL || *lane_title == '\0')
    lane_title = tp_enum_get_label (TP_TYPE_LANE_KIND, tp_lane_get_kind (lane));

  /* Translators: card kind, title, detail, phase and lane of the selected card */
  return g_strdup_printf (_("%s “%s” (%s), in phase %s, lane %s"),
                          tp_enum_get_label (TP_TYPE_CARD_KIND, tp_card_get_kind (card)),
                          tp_card_get_title (card), detail,
                          tp_phase_get_title (phase), lane_title);
}

static const char *
lane_label (TpLane *lane)
{
  const char *title = tp_lane_get_title (lane);

  if (title == NULL || *title == '\0')
    title = tp_enum_get_label (TP_TYPE_LANE_KIND, tp_lane_get_kind (lane));
  return title;
}

static char *
describe_cell (TpJourneyView *self,
               guint          column,
               guint          row)
{
  TpPhase *phase = tp_journey_layout_get_phase (self->layout, column);
  TpLane *lane = tp_journey_layout_get_lane (self->layout, row);
  guint n;

  tp_journey_layout_get_cell_cards (self->layout, column, row, &n);
  if (n == 0)
    /* Translators: the selected empty cell of the map, by phase and lane */
    return g_strdup_printf (_("Empty cell in phase %s, lane %s. Press Enter to add a card."),
                            tp_phase_get_title (phase), lane_label (lane));
  /* Translators: the selected cell of the map, by phase and lane, and how many cards it holds */
  return g_strdup_printf (ngettext ("Cell in phase %s, lane %s, with %u card",
                                    "Cell in phase %s, lane %s, with %u cards", n),
                          tp_phase_get_title (phase), lane_label (lane), n);
}

static gboolean
update_accessible_cb (gpointer data)
{
  TpJourneyView *self = data;

  self->accessible_idle = 0;
  _tp_journey_view_update_accessible (self);
  return G_SOURCE_REMOVE;
}

/* Once per burst of changes: describing the selection needs the layout. */
void
_tp_journey_view_queue_accessible (TpJourneyView *self)
{
  if (self->accessible_idle == 0)
    self->accessible_idle = g_idle_add (update_accessible_cb, self);
}

void
_tp_journey_view_update_accessible (TpJourneyView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  TpElement *primary = NULL;
  guint count = 0, column, row;

  if (self->journey == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Journey map"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("No journey open"),
                                      -1);
      return;
    }

  label = g_strdup_printf (_("Journey map: %s"), tp_journey_get_title (self->journey));
  if (self->selection != NULL)
    {
      primary = tp_selection_get_primary (self->selection);
      count = tp_selection_get_count (self->selection);
    }

  if (primary == NULL && _tp_journey_view_selected_cell (self, &column, &row))
    description = describe_cell (self, column, row);
  else if (primary == NULL || !belongs_to_journey (self, primary))
    description = g_strdup (_("Nothing selected. Use the arrow keys to select a card."));
  else if (TP_IS_CARD (primary) && _tp_journey_view_primary_card (self) != NULL)
    {
      g_autofree char *card = describe_card (self, TP_CARD (primary));

      if (count > 1)
        description = g_strdup_printf (ngettext ("%s; %u card selected in all",
                                                 "%s; %u cards selected in all", count),
                                       card, count);
      else
        description = g_steal_pointer (&card);
    }
  else if (TP_IS_PHASE (primary))
    description = g_strdup_printf (_("Phase %s"), tp_phase_get_title (TP_PHASE (primary)));
  else if (TP_IS_LANE (primary))
    description = g_strdup_printf (_("Lane %s"), tp_lane_get_title (TP_LANE (primary)));
  else
    description = g_strdup (_("Nothing selected on the map"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
_tp_journey_view_selection_changed (TpJourneyView *self)
{
  g_hash_table_remove_all (self->selected);
  if (self->selection != NULL)
    {
      GPtrArray *items = tp_selection_get_items (self->selection);

      for (guint i = 0; i < items->len; i++)
        g_hash_table_add (self->selected, g_ptr_array_index (items, i));
    }
  _tp_journey_view_update_actions (self);
  _tp_journey_view_queue_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tp_journey_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
tp_journey_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  _tp_journey_view_ensure_layout (self);
  if (self->fit_pending && width > 0 && height > 0)
    {
      self->allocating = TRUE;
      tp_journey_view_zoom_to_fit (self);
      self->allocating = FALSE;
    }
  _tp_journey_view_allocate_children (self);
}

/* --- GObject ------------------------------------------------------------ */

/* The rename entry goes before the window does, its focus handed back first:
 * a window must never hold a focus widget that is gone. */
static void
tp_journey_view_unroot (GtkWidget *widget)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);

  if (self->rename_entry != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      if (focus != NULL && (focus == self->rename_entry
                            || gtk_widget_is_ancestor (focus, self->rename_entry)))
        gtk_root_set_focus (root, NULL);
      gtk_widget_unparent (self->rename_entry);
      g_clear_object (&self->rename_entry);
      self->rename_element = NULL;
    }

  GTK_WIDGET_CLASS (tp_journey_view_parent_class)->unroot (widget);
}

static void
tp_journey_view_dispose (GObject *object)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (object);

  /* Going away with the window: no focus to hand on, nothing to keep. */
  if (self->rename_entry != NULL)
    {
      gtk_widget_unparent (self->rename_entry);
      g_clear_object (&self->rename_entry);
      self->rename_element = NULL;
    }
  g_clear_handle_id (&self->accessible_idle, g_source_remove);
  g_clear_handle_id (&self->rename_idle, g_source_remove);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  g_clear_pointer (&self->card_nodes, g_hash_table_unref);
  g_clear_pointer (&self->header_nodes, g_hash_table_unref);
  g_clear_pointer (&self->tile_nodes, g_hash_table_unref);
  g_clear_pointer (&self->cell_nodes, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);
  g_clear_pointer (&self->drag_cards, g_ptr_array_unref);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  g_clear_object (&self->journey);
  g_clear_object (&self->project);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (tp_journey_view_parent_class)->dispose (object);
}

static void
tp_journey_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_journey_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      tp_journey_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_journey_view_class_init (TpJourneyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_journey_view_dispose;
  object_class->get_property = tp_journey_view_get_property;
  object_class->set_property = tp_journey_view_set_property;

  widget_class->snapshot = _tp_journey_view_snapshot;
  widget_class->measure = tp_journey_view_measure;
  widget_class->size_allocate = tp_journey_view_size_allocate;
  widget_class->unroot = tp_journey_view_unroot;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "journeyview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  _tp_journey_view_class_init_actions (widget_class);
}

static void
tp_journey_view_init (TpJourneyView *self)
{
  self->zoom = 1.0;
  self->card_nodes = node_cache_new ();
  self->header_nodes = node_cache_new ();
  self->tile_nodes = g_hash_table_new_full (NULL, NULL, NULL, cached_node_free);
  self->cell_nodes = g_hash_table_new_full (NULL, NULL, NULL, cached_node_free);
  self->selected = g_hash_table_new (NULL, NULL);
  self->drag_cards = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->theme = tp_theme_get (TP_THEME_LIGHT);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_theme), self, G_CONNECT_SWAPPED);
  update_theme (self);

  _tp_journey_view_init_input (self);
  _tp_journey_view_update_accessible (self);
  _tp_journey_view_update_actions (self);
}

/* --- Public API ------------------------------------------------------- */

GtkWidget *
tp_journey_view_new (void)
{
  return g_object_new (TP_TYPE_JOURNEY_VIEW, NULL);
}

void
tp_journey_view_set_project (TpJourneyView *self,
                             TpProject     *project)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));
  g_return_if_fail (project == NULL || TP_IS_PROJECT (project));

  if (self->project == project)
    return;

  _tp_journey_view_cancel_drag (self);
  _tp_journey_view_stop_rename (self, FALSE);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self,
                             G_CONNECT_SWAPPED);
  drop_all_nodes (self);
  invalidate_layout (self);
  _tp_journey_view_update_actions (self);
}

TpProject *
tp_journey_view_get_project (TpJourneyView *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (self), NULL);
  return self->project;
}

void
tp_journey_view_set_journey (TpJourneyView *self,
                             TpJourney     *journey)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));
  g_return_if_fail (journey == NULL || TP_IS_JOURNEY (journey));

  if (self->journey == journey)
    return;

  _tp_journey_view_cancel_drag (self);
  _tp_journey_view_stop_rename (self, FALSE);
  g_set_object (&self->journey, journey);
  self->hovered = NULL;
  drop_all_nodes (self);
  invalidate_layout (self);

  /* A journey opens at its top-left corner, at 100 %. */
  self->fit_pending = FALSE;
  self->scroll_x = 0;
  self->scroll_y = 0;
  if (self->zoom != 1.0)
    {
      self->zoom = 1.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  _tp_journey_view_queue_accessible (self);
  _tp_journey_view_update_actions (self);
}

TpJourney *
tp_journey_view_get_journey (TpJourneyView *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (self), NULL);
  return self->journey;
}

void
tp_journey_view_set_selection (TpJourneyView *self,
                               TpSelection   *selection)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));
  g_return_if_fail (selection == NULL || TP_IS_SELECTION (selection));

  if (self->selection == selection)
    return;
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_object (selection, "changed", G_CALLBACK (_tp_journey_view_selection_changed),
                             self, G_CONNECT_SWAPPED);
  _tp_journey_view_selection_changed (self);
}

double
tp_journey_view_get_zoom (TpJourneyView *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (self), 1.0);
  return self->zoom;
}

void
tp_journey_view_set_zoom (TpJourneyView *self,
                          double         zoom)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  /* Keyboard and menu zoom keeps the middle of the view in place. */
  _tp_journey_view_zoom_at (self, zoom,
                            gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                            gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
tp_journey_view_zoom_to_fit (TpJourneyView *self)
{
  TpJourneyLayout *layout;
  double w, h, mw, mh, zoom;

  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  layout = _tp_journey_view_ensure_layout (self);
  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  self->fit_pending = layout != NULL && (w <= 0 || h <= 0);
  if (layout == NULL || w <= 0 || h <= 0)
    return;

  mw = tp_journey_layout_get_width (layout);
  mh = tp_journey_layout_get_height (layout);
  zoom = CLAMP (MIN (w / mw, h / mh) * 0.98, MIN_ZOOM, MAX_ZOOM);

  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  /* Centre what fits; a map too big even at the smallest zoom starts at its top-left. */
  self->scroll_x = mw * zoom <= w ? (mw - w / zoom) / 2 : 0;
  self->scroll_y = mh * zoom <= h ? (mh - h / zoom) / 2 : 0;
  /* During size_allocate the children are placed right after. */
  if (!self->allocating)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_journey_view_scroll_to (TpJourneyView *self,
                           TpElement     *element)
{
  TpJourneyLayout *layout;
  TpRect rect = { 0, };

  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));
  g_return_if_fail (TP_IS_ELEMENT (element));

  layout = _tp_journey_view_ensure_layout (self);
  if (layout == NULL)
    return;

  if (TP_IS_CARD (element))
    {
      const TpCardBox *box = tp_journey_layout_find_card (layout, TP_CARD (element));

      if (box == NULL)
        return;
      rect = box->rect;
    }
  else if (TP_IS_PHASE (element))
    {
      GPtrArray *phases = tp_journey_get_phases (self->journey);
      guint index;

      if (!g_ptr_array_find (phases, element, &index))
        return;
      tp_journey_layout_get_phase_header (layout, index, &rect);
    }
  else if (TP_IS_LANE (element))
    {
      int row = tp_journey_layout_get_row_for_lane (layout, TP_LANE (element));

      if (row < 0)
        return;
      tp_journey_layout_get_lane_header (layout, row, &rect);
    }
  else
    return;

  _tp_journey_view_scroll_to_rect (self, &rect, TP_IS_CARD (element) || TP_IS_PHASE (element),
                                   TP_IS_CARD (element) || TP_IS_LANE (element));
}

void
_tp_journey_view_scroll_to_rect (TpJourneyView *self,
                                 const TpRect  *target,
                                 gboolean       horizontal,
                                 gboolean       vertical)
{
  const TpJourneyLayoutOptions *o;
  TpRect rect = *target;
  double w, h, left, top;

  if (_tp_journey_view_ensure_layout (self) == NULL)
    return;
  o = tp_journey_layout_get_options (self->layout);

  w = gtk_widget_get_width (GTK_WIDGET (self)) / self->zoom;
  h = gtk_widget_get_height (GTK_WIDGET (self)) / self->zoom;
  /* Keep clear of the sticky headers. */
  left = o->lane_header_width + 16;
  top = o->phase_header_height + 16;

  if (horizontal)
    {
      if (rect.x - left < self->scroll_x)
        self->scroll_x = rect.x - left;
      else if (rect.x + rect.width + 16 > self->scroll_x + w)
        self->scroll_x = rect.x + rect.width + 16 - w;
    }
  if (vertical)
    {
      if (rect.y - top < self->scroll_y)
        self->scroll_y = rect.y - top;
      else if (rect.y + rect.height + 16 > self->scroll_y + h)
        self->scroll_y = rect.y + rect.height + 16 - h;
    }
  self->scroll_x = MAX (self->scroll_x, 0);
  self->scroll_y = MAX (self->scroll_y, 0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tp_journey_view_get_scroll (TpJourneyView *self,
                            double        *x,
                            double        *y)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  if (x != NULL)
    *x = self->scroll_x;
  if (y != NULL)
    *y = self->scroll_y;
}

void
tp_journey_view_set_scroll (TpJourneyView *self,
                            double         x,
                            double         y)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  self->scroll_x = x;
  self->scroll_y = y;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
