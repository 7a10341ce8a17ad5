/* tp-blueprint-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards are cached render nodes (the canvas's cache, dropped when the model
 * says the card changed); rows, lines, headers and arrows are painted for
 * the visible part of the blueprint in one node per frame.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tp-blueprint-view-private.h"

#define NODE_MARGIN 3.0

G_DEFINE_FINAL_TYPE (TpBlueprintView, tp_blueprint_view, TP_TYPE_CANVAS)

static void
paint_options (TpBlueprintView         *self,
               TpBlueprintPaintOptions *options)
{
  TpCanvas *canvas = TP_CANVAS (self);

  tp_blueprint_paint_options_init (options);
  options->theme = tp_canvas_get_theme (canvas);
  options->scale = tp_canvas_paint_scale (canvas);
  options->font_options = tp_canvas_get_font_options (canvas);
}

/* --- TpCanvas ------------------------------------------------------------- */

static void
invalidate_layout (TpCanvas *canvas)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);

  g_clear_pointer (&self->drag_paths, g_ptr_array_unref);
  g_clear_pointer (&self->routes, tp_blueprint_routes_free);
  g_clear_pointer (&self->analysis, tp_blueprint_analysis_free);
  g_clear_pointer (&self->layout, tp_blueprint_layout_free);
}

static gboolean
ensure_layout (TpCanvas *canvas)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpJourney *journey = tp_canvas_get_journey (canvas);
  TpBlueprintLayoutOptions options;
  TpBlueprintRouteOptions route_options;

  if (self->layout != NULL)
    return TRUE;
  if (journey == NULL)
    return FALSE;

  tp_blueprint_layout_options_init (&options, tp_canvas_get_theme (canvas));
  self->layout = tp_blueprint_layout_new (journey, &options);
  tp_blueprint_route_options_init (&route_options);
  self->routes = tp_blueprint_routes_new (self->layout, &route_options);
  self->analysis = tp_blueprint_analysis_new (journey);
  return TRUE;
}

static void
get_map_size (TpCanvas *canvas,
              double   *width,
              double   *height)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);

  *width = tp_blueprint_layout_get_width (self->layout);
  *height = tp_blueprint_layout_get_height (self->layout);
}

static void
paint_card_cb (TpCanvas *canvas,
               cairo_t  *cr,
               gpointer  data)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpBlueprintPaintOptions options;

  paint_options (self, &options);
  tp_blueprint_painter_paint_card (cr, data, self->analysis, &options);
}

/* --- Tiles ------------------------------------------------------------------ */

/* What does not change from frame to frame — rows, lines and phase headers
 * behind the cards, the arrows above them — is painted once into square
 * tiles of this many device pixels, kept in the canvas's node cache. A frame
 * then composites a handful of images instead of repainting every arrow. */
#define TILE_PIXELS 512

enum {
  LAYER_BACK,
  LAYER_ARROWS,
};

static double
tile_scale (TpBlueprintView *self)
{
  /* The canvas's raster scale: tiles come out whole device pixels wide. */
  return round (tp_canvas_get_zoom (TP_CANVAS (self))
                * gtk_widget_get_scale_factor (GTK_WIDGET (self)) * 100) / 100;
}

static guint
tile_index (guint tx,
            guint ty,
            guint layer)
{
  return ((tx & 0x3fff) << 14 | (ty & 0x3fff)) << 1 | layer;
}

static void
tile_rect (TpBlueprintView *self,
           guint            index,
           TpRect          *rect)
{
  double size = TILE_PIXELS / tile_scale (self);

  *rect = (TpRect) { (index >> 15) * size, (index >> 1 & 0x3fff) * size, size, size };
}

static void
paint_tile_cb (TpCanvas *canvas,
               cairo_t  *cr,
               gpointer  data)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  guint index = GPOINTER_TO_UINT (data);
  TpBlueprintPaintOptions options;
  TpRect rect, bounds;

  tile_rect (self, index, &rect);
  paint_options (self, &options);
  options.clip = &rect;
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_clip (cr);

  if ((index & 1) == LAYER_BACK)
    {
      tp_blueprint_painter_paint_rows (cr, self->layout, &options);
      tp_blueprint_painter_paint_lines (cr, self->layout, &options);
      for (guint p = 0; p < tp_blueprint_layout_get_n_phases (self->layout); p++)
        {
          TpRect header;

          tp_blueprint_layout_get_phase_header (self->layout, p, &header);
          if (tp_rect_intersects (&header, &rect))
            tp_blueprint_painter_paint_phase_header (cr, self->layout, self->analysis, p,
                                                     &options);
        }
      return;
    }

  for (guint i = 0; i < tp_blueprint_routes_get_n_routes (self->routes); i++)
    {
      const TpBlueprintRoute *route = tp_blueprint_routes_get_route (self->routes, i);

      /* A dragged card's arrows follow it (drawn over the tiles). */
      if (self->drag_preview
          && (tp_canvas_is_dragging (canvas, route->from) || tp_canvas_is_dragging (canvas, route->to)))
        continue;
      /* Room for the head, the halo and the label beside the line. */
      tp_blueprint_route_get_bounds (route, &bounds);
      bounds.x -= 160;
      bounds.y -= 40;
      bounds.width += 320;
      bounds.height += 80;
      if (tp_rect_intersects (&bounds, &rect))
        tp_blueprint_painter_paint_route (cr, route, self->analysis, &options);
    }
}

static void
snapshot_tiles (TpBlueprintView *self,
                GtkSnapshot     *snapshot,
                const TpRect    *visible,
                guint            layer)
{
  TpCanvas *canvas = TP_CANVAS (self);
  double scale = tile_scale (self);
  double size = TILE_PIXELS / scale;
  TpRect map = { 0, 0, tp_blueprint_layout_get_width (self->layout),
                 tp_blueprint_layout_get_height (self->layout) };
  int tx0 = (int) floor (MAX (visible->x, 0) / size);
  int ty0 = (int) floor (MAX (visible->y, 0) / size);
  int tx1 = (int) floor (MIN (visible->x + visible->width, map.width) / size);
  int ty1 = (int) floor (MIN (visible->y + visible->height, map.height) / size);

  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        guint index = tile_index (tx, ty, layer);
        TpRect rect;

        tile_rect (self, index, &rect);
        if (tp_rect_intersects (&rect, &map))
          tp_canvas_append_tile (canvas, snapshot, TP_CANVAS_TILE_KEY (index), &rect,
                                 paint_tile_cb, GUINT_TO_POINTER (index));
      }
}

/* --- Dragging cards --------------------------------------------------------- */

static void
drag_path_free (gpointer data)
{
  DragPath *path = data;

  g_array_unref (path->points);
  g_free (path);
}

/* The drag is over (dropped, given up): the tiles get the arrows back. */
static void
end_drag_preview (TpBlueprintView *self)
{
  if (!self->drag_preview)
    return;
  self->drag_preview = FALSE;
  g_clear_pointer (&self->drag_paths, g_ptr_array_unref);
  tp_canvas_invalidate_tiles (TP_CANVAS (self));
}

static gboolean
drop_target (TpCanvas  *canvas,
             GPtrArray *elements,
             double     x,
             double     y,
             TpRect    *area,
             TpRect    *indicator)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpJourney *journey = tp_canvas_get_journey (canvas);
  GPtrArray *connections = journey != NULL ? tp_journey_get_connections (journey) : NULL;
  TpBlueprintDropTarget target;
  TpCard * const *moving;
  guint n_moving;

  if (elements == NULL || elements->len == 0)
    return FALSE;
  for (guint i = 0; i < elements->len; i++)
    if (!TP_IS_CARD (g_ptr_array_index (elements, i)))
      return FALSE;
  moving = (TpCard * const *) elements->pdata;
  n_moving = elements->len;
  if (!tp_blueprint_layout_drop_target (self->layout, x, y, moving, n_moving, &target))
    return FALSE;
  tp_blueprint_layout_get_cell (self->layout, target.column, target.row, area);
  *indicator = target.indicator;

  if (!self->drag_preview)
    {
      /* The first move of this drag: the tiles are painted again without its arrows. */
      self->drag_preview = TRUE;
      self->drag_target.column = G_MAXUINT;
      tp_canvas_invalidate_tiles (canvas);
    }
  if (self->drag_paths != NULL && self->drag_target.column == target.column
      && self->drag_target.row == target.row && self->drag_target.slot == target.slot)
    return TRUE;
  self->drag_target = target;

  /* The dragged cards' arrows searched again from where they would land. */
  if (self->drag_paths == NULL)
    self->drag_paths = g_ptr_array_new_with_free_func (drag_path_free);
  g_ptr_array_set_size (self->drag_paths, 0);
  for (guint i = 0; connections != NULL && i < connections->len; i++)
    {
      TpConnection *connection = g_ptr_array_index (connections, i);
      const TpBlueprintRoute *route = tp_blueprint_routes_find (self->routes, connection);
      DragPath *path;

      if (route == NULL
          || (!tp_canvas_is_dragging (canvas, route->from) && !tp_canvas_is_dragging (canvas, route->to)))
        continue;
      path = g_new0 (DragPath, 1);
      path->connection = connection;
      path->from = route->from;
      path->to = route->to;
      path->points = g_array_new (FALSE, FALSE, sizeof (TpPoint));
      if (tp_blueprint_routes_preview (self->routes, connection, moving, n_moving, target.column,
                                       target.row, target.slot, path->points))
        g_ptr_array_add (self->drag_paths, path);
      else
        drag_path_free (path);
    }
  return TRUE;
}

static void
snapshot_drag_paths (TpBlueprintView *self,
                     GtkSnapshot     *snapshot,
                     const TpRect    *visible)
{
  TpBlueprintPaintOptions options;

  if (!self->drag_preview || self->drag_paths == NULL)
    return;
  paint_options (self, &options);
  for (guint i = 0; i < self->drag_paths->len; i++)
    {
      DragPath *path = g_ptr_array_index (self->drag_paths, i);
      TpBlueprintRoute route = { path->connection, path->from, path->to, path->points->len,
                                 (TpPoint *) path->points->data };
      TpRect rect;
      cairo_t *cr;

      tp_blueprint_route_get_bounds (&route, &rect);
      rect.x -= 160;
      rect.y -= 40;
      rect.width += 320;
      rect.height += 80;
      if (!tp_rect_intersects (&rect, visible))
        continue;
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (rect.x, rect.y, rect.width,
                                                                    rect.height));
      tp_blueprint_painter_paint_route (cr, &route, self->analysis, &options);
      cairo_destroy (cr);
    }
}

static void
snapshot_map (TpCanvas     *canvas,
              GtkSnapshot  *snapshot,
              const TpRect *visible)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  TpSelection *selection = tp_canvas_get_selection (canvas);
  g_autoptr(GHashTable) selected = g_hash_table_new (NULL, NULL);
  TpBlueprintPaintOptions options;
  guint n;

  paint_options (self, &options);
  options.clip = visible;
  if (self->drag_preview && tp_canvas_get_drag_anchor (canvas) == NULL)
    end_drag_preview (self);

  /* Rows, lines and the phase headers behind the cards. */
  snapshot_tiles (self, snapshot, visible, LAYER_BACK);

  /* The cards, each its own cached node; the dragged ones follow the pointer. */
  n = tp_blueprint_layout_get_n_cards (self->layout);
  for (guint i = 0; i < n; i++)
    {
      const TpBlueprintBox *box = tp_blueprint_layout_get_box (self->layout, i);

      if (!tp_rect_intersects (&box->rect, visible) || tp_canvas_is_dragging (canvas, box->card))
        continue;
      if (tp_canvas_draws_text (canvas))
        tp_canvas_append_node (snapshot,
                               tp_canvas_cached_node (canvas, box->card, &box->rect, NODE_MARGIN,
                                                      paint_card_cb, (gpointer) box),
                               box->rect.x, box->rect.y);
      else
        {
          TpRgba block;

          tp_theme_card_kind_color (theme, tp_card_get_kind (box->card), &block);
          tp_canvas_append_rect (snapshot, &block, &box->rect);
        }
      if (tp_canvas_is_selected (canvas, box->card))
        tp_canvas_append_ring (snapshot, &theme->selection, &box->rect, 2,
                               MAX (2.0, 2.0 / tp_canvas_get_zoom (canvas)), 6);
    }

  /* The arrows above the cards they join; the selected ones again on top,
   * in the selection colour. */
  snapshot_tiles (self, snapshot, visible, LAYER_ARROWS);
  snapshot_drag_paths (self, snapshot, visible);
  if (selection != NULL)
    {
      GPtrArray *items = tp_selection_get_items (selection);

      for (guint i = 0; i < items->len; i++)
        if (TP_IS_CONNECTION (g_ptr_array_index (items, i)))
          g_hash_table_add (selected, g_ptr_array_index (items, i));
    }
  options.selection = selected;
  for (guint i = 0; g_hash_table_size (selected) > 0 && i < tp_blueprint_routes_get_n_routes (self->routes); i++)
    {
      const TpBlueprintRoute *route = tp_blueprint_routes_get_route (self->routes, i);
      TpRect rect;
      cairo_t *cr;

      if (!g_hash_table_contains (selected, route->connection))
        continue;
      tp_blueprint_route_get_bounds (route, &rect);
      rect.x -= 160;
      rect.y -= 40;
      rect.width += 320;
      rect.height += 80;
      if (!tp_rect_intersects (&rect, visible))
        continue;
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (rect.x, rect.y, rect.width,
                                                                    rect.height));
      tp_blueprint_painter_paint_route (cr, route, NULL, &options);
      cairo_destroy (cr);
    }
  options.selection = NULL;

  /* Handles, grips and the arrow being drawn. */
  _tp_blueprint_view_snapshot_connect (self, snapshot, visible);

  /* The dragged cards, moved with the pointer (the canvas rings them). */
  for (guint i = 0; i < n; i++)
    {
      const TpBlueprintBox *box = tp_blueprint_layout_get_box (self->layout, i);
      double dx, dy;

      if (!tp_canvas_is_dragging (canvas, box->card))
        continue;
      tp_canvas_get_drag_offset (canvas, &dx, &dy);
      gtk_snapshot_push_opacity (snapshot, 0.85);
      tp_canvas_append_node (snapshot,
                             tp_canvas_cached_node (canvas, box->card, &box->rect, NODE_MARGIN,
                                                    paint_card_cb, (gpointer) box),
                             box->rect.x + dx, box->rect.y + dy);
      gtk_snapshot_pop (snapshot);
    }
}

static TpElement *
pick (TpCanvas *canvas,
      double    x,
      double    y)
{
  TpBlueprintHit hit;

  tp_blueprint_layout_hit_test (TP_BLUEPRINT_VIEW (canvas)->layout, x, y, &hit);
  if (hit.kind == TP_BLUEPRINT_HIT_CARD)
    return TP_ELEMENT (hit.card);
  /* Between the cards: the arrow there, if any. */
  return (TpElement *) tp_canvas_pick_connection (canvas, x, y);
}

static guint
get_n_routes (TpCanvas *canvas)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);

  return self->routes != NULL ? tp_blueprint_routes_get_n_routes (self->routes) : 0;
}

static const TpBlueprintRoute *
get_route (TpCanvas *canvas,
           guint     i)
{
  return tp_blueprint_routes_get_route (TP_BLUEPRINT_VIEW (canvas)->routes, i);
}

static GPtrArray *
elements_in_rect (TpCanvas     *canvas,
                  const TpRect *rect)
{
  return tp_blueprint_layout_cards_in_rect (TP_BLUEPRINT_VIEW (canvas)->layout, rect);
}

static gboolean
get_element_rect (TpCanvas  *canvas,
                  TpElement *element,
                  TpRect    *rect)
{
  return tp_blueprint_layout_get_elements_rect (TP_BLUEPRINT_VIEW (canvas)->layout,
                                                &element, 1, rect);
}

static TpElement *
neighbour (TpCanvas          *canvas,
           TpElement         *element,
           TpCanvasDirection  direction)
{
  static const int dx[] = { -1, 1, 0, 0 };
  static const int dy[] = { 0, 0, -1, 1 };
  TpCard *from = element != NULL && TP_IS_CARD (element) ? TP_CARD (element) : NULL;

  return (TpElement *) tp_blueprint_layout_neighbour (TP_BLUEPRINT_VIEW (canvas)->layout, from,
                                                      dx[direction], dy[direction]);
}

static void
drop (TpCanvas  *canvas,
      GPtrArray *elements,
      double     x,
      double     y,
      double     dx,
      double     dy)
{
  TpBlueprintView *self = TP_BLUEPRINT_VIEW (canvas);
  TpProject *project = tp_canvas_get_project (canvas);
  TpBlueprintDropTarget target;

  if (project == NULL || elements->len == 0)
    return;
  if (!tp_blueprint_layout_drop_target (self->layout, x, y, (TpCard * const *) elements->pdata,
                                        elements->len, &target))
    return;

  tp_project_begin (project, elements->len == 1 ? _("Move Card") : _("Move Cards"));
  tp_project_move_cards (project, (TpCard **) elements->pdata, elements->len, target.phase,
                         target.lane, (int) target.index_in_cell);
  tp_project_commit (project);
}

static void
project_changed (TpCanvas       *canvas,
                 const TpChange *change)
{
  /* A card's own look changes only with its properties; anything else
   * (moves, connections, lanes) changes the layout, rebuilt lazily. */
  if (change->kind == TP_CHANGE_PROPERTY && TP_IS_CARD (change->element))
    tp_canvas_invalidate_element (canvas, change->element);
  else if (change->kind != TP_CHANGE_PROPERTY)
    tp_canvas_invalidate (canvas);
  /* Titles, times, owners and arrows are in the tiles. */
  tp_canvas_invalidate_tiles (canvas);
}

static void
tp_blueprint_view_dispose (GObject *object)
{
  _tp_blueprint_view_dispose_connect (TP_BLUEPRINT_VIEW (object));
  g_clear_pointer (&TP_BLUEPRINT_VIEW (object)->drag_paths, g_ptr_array_unref);
  invalidate_layout (TP_CANVAS (object));

  G_OBJECT_CLASS (tp_blueprint_view_parent_class)->dispose (object);
}

static void
tp_blueprint_view_class_init (TpBlueprintViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TpCanvasClass *canvas_class = TP_CANVAS_CLASS (klass);

  object_class->dispose = tp_blueprint_view_dispose;

  canvas_class->invalidate_layout = invalidate_layout;
  canvas_class->ensure_layout = ensure_layout;
  canvas_class->get_map_size = get_map_size;
  canvas_class->snapshot_map = snapshot_map;
  canvas_class->pick = pick;
  canvas_class->describe = _tp_blueprint_view_describe;
  canvas_class->geometry_suffix = "-blueprint";
  canvas_class->elements_in_rect = elements_in_rect;
  canvas_class->get_element_rect = get_element_rect;
  canvas_class->neighbour = neighbour;
  canvas_class->drop = drop;
  canvas_class->drop_target = drop_target;
  canvas_class->project_changed = project_changed;
  canvas_class->get_n_routes = get_n_routes;
  canvas_class->get_route = get_route;

  _tp_blueprint_view_class_init_connect (klass);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "blueprintview");
}

static void
tp_blueprint_view_init (TpBlueprintView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Service Blueprint"),
                                  -1);
  _tp_blueprint_view_init_connect (self);
}

GtkWidget *
tp_blueprint_view_new (void)
{
  return g_object_new (TP_TYPE_BLUEPRINT_VIEW, NULL);
}
