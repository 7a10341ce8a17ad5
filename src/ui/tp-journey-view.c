/* tp-journey-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map as a TpCanvas: its layout (dropped as TpProject::changed
 * reports edits; the canvas drops the cached nodes named here), the hooks
 * through which the canvas picks, selects, drags and scrolls (cards as
 * elements, cells as places, phase and lane headers as reorderable pinned
 * bands), the accessible description of the selection, and the public API.
 * Drawing is in tp-journey-view-draw.c, the keyboard cursor, hover and
 * palette drops in tp-journey-view-input.c, editing in tp-journey-view-edit.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-journey-view-private.h"

G_DEFINE_FINAL_TYPE (TpJourneyView, tp_journey_view, TP_TYPE_CANVAS)

enum {
  PROP_0,
  PROP_SHOW_CONNECTIONS,
  PROP_SHOW_ROLLUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- Layout ----------------------------------------------------------------- */

TpJourneyLayout *
_tp_journey_view_ensure_layout (TpJourneyView *self)
{
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  TpJourneyLayoutOptions options;

  if (self->layout != NULL || journey == NULL)
    return self->layout;

  tp_journey_layout_options_init (&options, tp_canvas_get_theme (TP_CANVAS (self)));
  options.show_rollup = self->show_rollup;
  self->layout = tp_journey_layout_new (journey, &options);
  return self->layout;
}

static void
invalidate_layout (TpCanvas *canvas)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  g_clear_pointer (&self->routes, tp_journey_routes_free);
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  /* The far-out tiles and emotion lines follow the layout. */
  tp_canvas_invalidate_tiles (canvas);
}

static gboolean
ensure_layout (TpCanvas *canvas)
{
  return _tp_journey_view_ensure_layout (TP_JOURNEY_VIEW (canvas)) != NULL;
}

static void
get_map_size (TpCanvas *canvas,
              double   *width,
              double   *height)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  *width = tp_journey_layout_get_width (self->layout);
  *height = tp_journey_layout_get_height (self->layout);
}

/* --- Picking and places ------------------------------------------------------ */

void
_tp_journey_view_hit_test (TpJourneyView *self,
                           double         mx,
                           double         my,
                           TpHit         *hit)
{
  TpJourneyLayout *layout = _tp_journey_view_ensure_layout (self);
  const TpJourneyLayoutOptions *o;
  double sx, sy;

  hit->kind = TP_HIT_NONE;
  hit->card = NULL;
  hit->column = -1;
  hit->row = -1;
  if (layout == NULL)
    return;

  /* The sticky headers cover what scrolled under them. */
  o = tp_journey_layout_get_options (layout);
  sx = _tp_journey_view_sticky_x (self);
  sy = _tp_journey_view_sticky_y (self);
  if (my >= sy && my < sy + o->phase_header_height)
    my -= sy;
  if (mx >= sx && mx < sx + o->lane_header_width)
    mx -= sx;
  tp_journey_layout_hit_test (layout, mx, my, hit);
}

static TpElement *
pick (TpCanvas *canvas,
      double    x,
      double    y)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpHit hit;

  _tp_journey_view_hit_test (self, x, y, &hit);
  switch (hit.kind)
    {
    case TP_HIT_CARD:
      return TP_ELEMENT (hit.card);
    case TP_HIT_PHASE_HEADER:
      return TP_ELEMENT (tp_journey_layout_get_phase (self->layout, hit.column));
    case TP_HIT_LANE_HEADER:
      return TP_ELEMENT (tp_journey_layout_get_lane (self->layout, hit.row));
    case TP_HIT_CELL:
      /* Between the cards: the arrow there, when connections are shown. */
      return (TpElement *) tp_canvas_pick_connection (canvas, x, y);
    case TP_HIT_NONE:
    case TP_HIT_CORNER:
    default:
      return NULL;
    }
}

/* The connections' arrows, while the map shows them: the canvas picks them, walks a card's
 * arrows with Tab and scrolls to them, as in the blueprint. */
static TpJourneyRoutes *
ensure_routes (TpJourneyView *self)
{
  if (!self->show_connections || _tp_journey_view_ensure_layout (self) == NULL)
    return NULL;
  if (self->routes == NULL)
    self->routes = tp_journey_routes_new (self->layout);
  return self->routes;
}

static guint
get_n_routes (TpCanvas *canvas)
{
  TpJourneyRoutes *routes = ensure_routes (TP_JOURNEY_VIEW (canvas));

  return routes != NULL ? tp_journey_routes_get_n_routes (routes) : 0;
}

/* With Show Connections, a card's handle draws a new arrow and the selected
 * arrow's grips move its ends, as in the blueprint (tp-canvas-connections.c). */
static gboolean
shows_connections (TpCanvas *canvas)
{
  return TP_JOURNEY_VIEW (canvas)->show_connections;
}

static const TpBlueprintRoute *
get_route (TpCanvas *canvas,
           guint     i)
{
  return tp_journey_routes_get_route (TP_JOURNEY_VIEW (canvas)->routes, i);
}

/* A press on a cell selects that cell, empty or not: where a new card goes. */
static gboolean
select_place (TpCanvas *canvas,
              double    x,
              double    y)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpSelection *selection = tp_canvas_get_selection (canvas);
  TpHit hit;

  _tp_journey_view_hit_test (self, x, y, &hit);
  if (hit.kind != TP_HIT_CELL || selection == NULL)
    return FALSE;
  tp_selection_set_cell (selection, tp_journey_layout_get_phase (self->layout, hit.column),
                         tp_journey_layout_get_lane (self->layout, hit.row));
  return TRUE;
}

static GPtrArray *
elements_in_rect (TpCanvas     *canvas,
                  const TpRect *rect)
{
  return tp_journey_layout_cards_in_rect (TP_JOURNEY_VIEW (canvas)->layout, rect);
}

gboolean
_tp_journey_view_element_rect (TpJourneyView *self,
                               TpElement     *element,
                               TpRect        *rect)
{
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  guint index;

  if (TP_IS_CARD (element))
    {
      const TpCardBox *box = tp_journey_layout_find_card (self->layout, TP_CARD (element));

      if (box == NULL)
        return FALSE;
      *rect = box->rect;
      return TRUE;
    }
  if (TP_IS_PHASE (element))
    {
      if (!g_ptr_array_find (tp_journey_get_phases (journey), element, &index))
        return FALSE;
      tp_journey_layout_get_phase_header (self->layout, index, rect);
      return TRUE;
    }
  if (TP_IS_LANE (element))
    {
      int row = tp_journey_layout_get_row_for_lane (self->layout, TP_LANE (element));

      if (row < 0)
        return FALSE;
      tp_journey_layout_get_lane_header (self->layout, row, rect);
      return TRUE;
    }
  return FALSE;
}

static gboolean
get_element_rect (TpCanvas  *canvas,
                  TpElement *element,
                  TpRect    *rect)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  if (!_tp_journey_view_element_rect (self, element, rect))
    return FALSE;
  /* A chip's ring goes round its label, not the point under it. */
  if (TP_IS_CARD (element)
      && tp_journey_layout_row_is_feelings (self->layout,
                                            tp_journey_layout_find_card (self->layout,
                                                                         TP_CARD (element))->row))
    rect->height -= 14;
  return TRUE;
}

static void
get_pinned_bands (TpCanvas *canvas,
                  double   *left,
                  double   *top)
{
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (TP_JOURNEY_VIEW (canvas)->layout);

  *left = o->lane_header_width;
  *top = o->phase_header_height;
}

static TpElement *
neighbour (TpCanvas          *canvas,
           TpElement         *element,
           TpCanvasDirection  direction)
{
  TpCard *from = element != NULL && TP_IS_CARD (element) ? TP_CARD (element) : NULL;

  return (TpElement *) tp_journey_layout_neighbour (TP_JOURNEY_VIEW (canvas)->layout, from,
                                                    (TpDirection) direction);
}

/* --- Dragging ---------------------------------------------------------------- */

static gboolean
can_drag (TpCanvas  *canvas,
          TpElement *element)
{
  return TP_IS_CARD (element)
         && tp_journey_layout_find_card (TP_JOURNEY_VIEW (canvas)->layout, TP_CARD (element)) != NULL;
}

/* The cell and place where the dragged @elements (NULL: a new card) land at map (@x, @y). */
gboolean
_tp_journey_view_drop_target_at (TpJourneyView *self,
                                 GPtrArray     *elements,
                                 double         x,
                                 double         y,
                                 TpDropTarget  *target)
{
  const TpJourneyLayoutOptions *o = tp_journey_layout_get_options (self->layout);

  /* Nothing lands on the sticky headers. */
  if (y < _tp_journey_view_sticky_y (self) + o->phase_header_height
      || x < _tp_journey_view_sticky_x (self) + o->lane_header_width)
    return FALSE;
  return tp_journey_layout_drop_target (self->layout, x, y,
                                        elements != NULL ? (TpCard **) elements->pdata : NULL,
                                        elements != NULL ? elements->len : 0, target);
}

static gboolean
drop_target (TpCanvas  *canvas,
             GPtrArray *elements,
             double     x,
             double     y,
             TpRect    *area,
             TpRect    *indicator)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpDropTarget target;

  if (!_tp_journey_view_drop_target_at (self, elements, x, y, &target))
    return FALSE;
  tp_journey_layout_get_cell (self->layout, target.column, target.row, area);
  *indicator = target.indicator;
  return TRUE;
}

/* Every card moves as far as the one under the pointer: the group keeps its shape. */
static void
drop (TpCanvas  *canvas,
      GPtrArray *elements,
      double     x,
      double     y,
      double     dx,
      double     dy)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpElement *anchor = tp_canvas_get_drag_anchor (canvas);
  g_autoptr(GPtrArray) cards = NULL;
  const TpCardBox *box;
  TpDropTarget target;

  if (tp_canvas_get_project (canvas) == NULL || !TP_IS_CARD (anchor)
      || _tp_journey_view_ensure_layout (self) == NULL
      || (box = tp_journey_layout_find_card (self->layout, TP_CARD (anchor))) == NULL
      || !_tp_journey_view_drop_target_at (self, elements, x, y, &target))
    return;

  /* Journey order, which is what tp_project_move_cards() keeps. */
  cards = g_ptr_array_new ();
  for (guint i = 0, n = tp_journey_layout_get_n_cards (self->layout); i < n; i++)
    {
      TpCard *card = tp_journey_layout_get_card_box (self->layout, i)->card;

      if (g_ptr_array_find (elements, card, NULL))
        g_ptr_array_add (cards, card);
    }
  _tp_journey_view_move_cards_by (self, cards, TP_CARD (anchor),
                                  (int) target.column - (int) box->column,
                                  (int) target.row - (int) box->row,
                                  target.index_in_cell, TP_GROUP_INDEX_KEEP);
}

static gboolean
reorder_target (TpCanvas  *canvas,
                TpElement *element,
                double     x,
                double     y,
                guint     *index,
                TpRect    *indicator)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  /* The mark shows on the header as it sticks. */
  if (TP_IS_PHASE (element))
    {
      *index = tp_journey_layout_phase_drop_index (self->layout, TP_PHASE (element), x, indicator);
      indicator->y += _tp_journey_view_sticky_y (self);
      return TRUE;
    }
  if (TP_IS_LANE (element))
    {
      *index = tp_journey_layout_lane_drop_index (self->layout, TP_LANE (element), y, indicator);
      indicator->x += _tp_journey_view_sticky_x (self);
      return TRUE;
    }
  return FALSE;
}

static void
reorder (TpCanvas  *canvas,
         TpElement *element,
         guint      index)
{
  TpProject *project = tp_canvas_get_project (canvas);

  if (project == NULL || (guint) tp_element_get_index (element) == index)
    return;
  tp_project_begin (project, TP_IS_PHASE (element) ? _("Move Phase") : _("Move Lane"));
  tp_project_move (project, element, index);
  tp_project_commit (project);
}

/* --- Model and selection ------------------------------------------------------- */

static gboolean
belongs_to_journey (TpJourneyView *self,
                    TpElement     *element)
{
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));

  for (TpElement *e = element; e != NULL; e = tp_element_get_parent (e))
    if (e == TP_ELEMENT (journey))
      return TRUE;
  return FALSE;
}

static void
project_changed (TpCanvas       *canvas,
                 const TpChange *change)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourney *journey = tp_canvas_get_journey (canvas);
  TpElement *element = change->element;

  if (journey == NULL)
    return;

  /* Any edit may change a phase's figures: the headers show them. */
  if (self->show_rollup)
    {
      GPtrArray *phases = tp_journey_get_phases (journey);

      for (guint i = 0; i < phases->len; i++)
        tp_canvas_invalidate_element (canvas, g_ptr_array_index (phases, i));
    }

  if (change->kind == TP_CHANGE_REMOVED && element != NULL)
    {
      if (TP_ELEMENT (self->hovered) == element)
        self->hovered = NULL;
      tp_canvas_invalidate_element (canvas, element);
    }

  if (change->kind == TP_CHANGE_PROPERTY)
    {
      if (element == TP_ELEMENT (journey))
        {
          tp_canvas_invalidate_element (canvas, journey);
          return;
        }
      if (element == NULL || !belongs_to_journey (self, element))
        return;

      /* A metric belongs to its card. */
      while (element != NULL && !TP_IS_CARD (element) && !TP_IS_PHASE (element)
             && !TP_IS_LANE (element) && tp_element_get_parent (element) != TP_ELEMENT (journey))
        element = tp_element_get_parent (element);
      if (element != NULL)
        tp_canvas_invalidate_element (canvas, element);
      _tp_journey_view_queue_accessible (self);
      return;
    }

  if (change->parent == NULL || !belongs_to_journey (self, change->parent))
    return;

  /* Step numbers and default colours follow the order. */
  if (change->list == TP_LIST_PHASES)
    {
      GPtrArray *phases = tp_journey_get_phases (journey);

      for (guint i = 0; i < phases->len; i++)
        tp_canvas_invalidate_element (canvas, g_ptr_array_index (phases, i));
    }
  if (change->list == TP_LIST_METRICS && TP_IS_CARD (change->parent))
    tp_canvas_invalidate_element (canvas, change->parent);
  _tp_journey_view_queue_accessible (self);
}

static void
journey_changed (TpCanvas *canvas)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  self->hovered = NULL;
  _tp_journey_view_drop_cells (self);
  _tp_journey_view_queue_accessible (self);
  _tp_journey_view_update_actions (self);
}

static void
selection_changed (TpCanvas *canvas)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);

  _tp_journey_view_update_actions (self);
  _tp_journey_view_queue_accessible (self);
}

GPtrArray *
_tp_journey_view_selected_cards (TpJourneyView *self)
{
  TpCanvas *canvas = TP_CANVAS (self);
  GPtrArray *cards = g_ptr_array_new ();

  if (_tp_journey_view_ensure_layout (self) == NULL)
    return cards;

  /* Journey order, which is what tp_project_move_cards() keeps. */
  for (guint i = 0, n = tp_journey_layout_get_n_cards (self->layout); i < n; i++)
    {
      TpCard *card = tp_journey_layout_get_card_box (self->layout, i)->card;

      if (tp_canvas_is_selected (canvas, card))
        g_ptr_array_add (cards, card);
    }
  return cards;
}

TpCard *
_tp_journey_view_primary_card (TpJourneyView *self)
{
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  TpElement *primary;

  if (selection == NULL || _tp_journey_view_ensure_layout (self) == NULL)
    return NULL;
  primary = tp_selection_get_primary (selection);
  if (primary == NULL || !TP_IS_CARD (primary)
      || tp_journey_layout_find_card (self->layout, TP_CARD (primary)) == NULL)
    return NULL;
  return TP_CARD (primary);
}

/* --- Accessibility ---------------------------------------------------------- */

static void update_accessible (TpJourneyView *self);

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
  update_accessible (self);
  return G_SOURCE_REMOVE;
}

/* Once per burst of changes: describing the selection needs the layout. */
void
_tp_journey_view_queue_accessible (TpJourneyView *self)
{
  if (self->accessible_idle == 0)
    self->accessible_idle = g_idle_add (update_accessible_cb, self);
}

static void
update_accessible (TpJourneyView *self)
{
  TpJourney *journey = tp_canvas_get_journey (TP_CANVAS (self));
  TpSelection *selection = tp_canvas_get_selection (TP_CANVAS (self));
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  TpElement *primary = NULL;
  guint count = 0, column, row;

  if (journey == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Journey map"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("No journey open"),
                                      -1);
      return;
    }

  label = g_strdup_printf (_("Journey map: %s"), tp_journey_get_title (journey));
  if (_tp_journey_view_ensure_layout (self) == NULL)
    return;
  if (selection != NULL)
    {
      primary = tp_selection_get_primary (selection);
      count = tp_selection_get_count (selection);
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
  else if (TP_IS_PHASE (primary) && self->show_rollup)
    {
      /* The figures shown under the header are read out with it. */
      g_autoptr(TpJourneyRollup) rollup = tp_analysis_rollup (journey, -1);
      guint p;
      g_autofree char *figures = NULL;

      if (g_ptr_array_find (tp_journey_get_phases (journey), primary, &p))
        figures = tp_rollup_describe_phase (rollup, p);

      /* TRANSLATORS: a phase's title, then its figures */
      description = g_strdup_printf (_("Phase %s: %s"), tp_phase_get_title (TP_PHASE (primary)),
                                     figures != NULL ? figures : "");
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

/* --- GObject ------------------------------------------------------------ */

static void
tp_journey_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GTK_WIDGET_CLASS (tp_journey_view_parent_class)->size_allocate (widget, width, height, baseline);
  _tp_journey_view_allocate_children (TP_JOURNEY_VIEW (widget));
}

static void
tp_journey_view_dispose (GObject *object)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (object);

  g_clear_handle_id (&self->accessible_idle, g_source_remove);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer (&self->routes, tp_journey_routes_free);
  g_clear_pointer (&self->layout, tp_journey_layout_free);
  g_clear_pointer (&self->cell_nodes, g_hash_table_unref);

  G_OBJECT_CLASS (tp_journey_view_parent_class)->dispose (object);
}

static void
context_menu (TpCanvas *canvas,
              double    x,
              double    y)
{
  _tp_journey_view_update_actions (TP_JOURNEY_VIEW (canvas));
  _tp_journey_view_show_context_menu (TP_JOURNEY_VIEW (canvas), x, y);
}

static void
tp_journey_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOW_CONNECTIONS:
      g_value_set_boolean (value, TP_JOURNEY_VIEW (object)->show_connections);
      break;
    case PROP_SHOW_ROLLUP:
      g_value_set_boolean (value, TP_JOURNEY_VIEW (object)->show_rollup);
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
  switch (prop_id)
    {
    case PROP_SHOW_CONNECTIONS:
      tp_journey_view_set_show_connections (TP_JOURNEY_VIEW (object), g_value_get_boolean (value));
      break;
    case PROP_SHOW_ROLLUP:
      tp_journey_view_set_show_rollup (TP_JOURNEY_VIEW (object), g_value_get_boolean (value));
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
  TpCanvasClass *canvas_class = TP_CANVAS_CLASS (klass);

  object_class->dispose = tp_journey_view_dispose;
  object_class->get_property = tp_journey_view_get_property;
  object_class->set_property = tp_journey_view_set_property;

  properties[PROP_SHOW_CONNECTIONS] =
    g_param_spec_boolean ("show-connections", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_ROLLUP] =
    g_param_spec_boolean ("show-rollup", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->size_allocate = tp_journey_view_size_allocate;

  canvas_class->invalidate_layout = invalidate_layout;
  canvas_class->ensure_layout = ensure_layout;
  canvas_class->get_map_size = get_map_size;
  canvas_class->snapshot_map = _tp_journey_view_snapshot_map;
  canvas_class->pick = pick;
  canvas_class->elements_in_rect = elements_in_rect;
  canvas_class->get_element_rect = get_element_rect;
  canvas_class->neighbour = neighbour;
  canvas_class->can_drag = can_drag;
  canvas_class->drop = drop;
  canvas_class->project_changed = project_changed;
  canvas_class->journey_changed = journey_changed;
  canvas_class->selection_changed = selection_changed;
  canvas_class->select_place = select_place;
  canvas_class->drop_target = drop_target;
  canvas_class->reorder_target = reorder_target;
  canvas_class->reorder = reorder;
  canvas_class->get_pinned_bands = get_pinned_bands;
  canvas_class->move_cursor = _tp_journey_view_move_cursor;
  canvas_class->snapshot_overlay = _tp_journey_view_snapshot_overlay;
  canvas_class->rename_rect = _tp_journey_view_rename_rect;
  canvas_class->context_menu = context_menu;
  canvas_class->describe = _tp_journey_view_describe;
  canvas_class->get_n_routes = get_n_routes;
  canvas_class->get_route = get_route;
  canvas_class->shows_connections = shows_connections;

  gtk_widget_class_set_css_name (widget_class, "journeyview");

  _tp_journey_view_class_init_actions (widget_class);
}

static void
tp_journey_view_init (TpJourneyView *self)
{
  _tp_journey_view_init_input (self);
  _tp_journey_view_drop_cells (self);
  update_accessible (self);
  _tp_journey_view_update_actions (self);
}

/* --- Public API ------------------------------------------------------- */

GtkWidget *
tp_journey_view_new (void)
{
  return g_object_new (TP_TYPE_JOURNEY_VIEW, NULL);
}

void
tp_journey_view_set_show_connections (TpJourneyView *self,
                                      gboolean       show)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  show = !!show;
  if (self->show_connections == show)
    return;
  self->show_connections = show;
  g_clear_pointer (&self->routes, tp_journey_routes_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CONNECTIONS]);
}

gboolean
tp_journey_view_get_show_connections (TpJourneyView *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (self), FALSE);

  return self->show_connections;
}

void
tp_journey_view_set_show_rollup (TpJourneyView *self,
                                 gboolean       show)
{
  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  show = !!show;
  if (self->show_rollup == show)
    return;
  self->show_rollup = show;
  /* The headers grow or shrink: everything below them moves. */
  tp_canvas_invalidate (TP_CANVAS (self));
  _tp_journey_view_queue_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ROLLUP]);
}

gboolean
tp_journey_view_get_show_rollup (TpJourneyView *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_VIEW (self), FALSE);

  return self->show_rollup;
}
