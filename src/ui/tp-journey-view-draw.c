/* tp-journey-view-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing of the journey map on the canvas. Every card, header and emotion
 * line is painted once by the painters of src/render/ into a node of the
 * canvas's cache, kept until the model says that element changed
 * (tp-journey-view.c drops it); nodes are recorded at their own origin, so
 * moving a card only translates its node. The cards of a cell are composed
 * into one image from their own; only what intersects the viewport is
 * appended, and far out the whole map is drawn in tiles (level of detail).
 */

#include "config.h"

#include <math.h>

#include "render/tp-blueprint-painter.h"
#include "tp-journey-view-private.h"

#define NODE_MARGIN 3.0
/* Cells larger than this are not composed into one image. */
#define MAX_CELL_PIXELS (2048 * 2048)
/* Beyond this many composed cells, those not on screen are dropped. */
#define CELL_LIMIT 2500

/* Far out the map body is drawn in square tiles of this many pixels. */
#define MAP_TILE_PIXELS 512

enum {
  TILE_CELL,
  TILE_EMOTION,
  TILE_MAP,
};

/* A cell composed of its cards' images, and what it was composed from. */
typedef struct {
  GskRenderNode *node;
  double         width;
  double         height;
  double         scale;
  guint          frame;
  GArray        *parts;          /* TpCellPart */
} TpCellNode;

typedef struct {
  GskRenderNode *node;           /* a card's node (owned ref), for identity */
  double         x;
  double         y;
} TpCellPart;

static guint
tile_key (guint column,
          guint row,
          guint kind)
{
  return ((column & 0x7fff) << 15 | (row & 0x7fff)) << 2 | kind;
}

static void
cell_node_free (gpointer data)
{
  TpCellNode *cell = data;

  g_clear_pointer (&cell->node, gsk_render_node_unref);
  for (guint i = 0; i < cell->parts->len; i++)
    gsk_render_node_unref (g_array_index (cell->parts, TpCellPart, i).node);
  g_array_unref (cell->parts);
  g_free (cell);
}

void
_tp_journey_view_drop_cells (TpJourneyView *self)
{
  if (self->cell_nodes == NULL)
    self->cell_nodes = g_hash_table_new_full (NULL, NULL, NULL, cell_node_free);
  else
    g_hash_table_remove_all (self->cell_nodes);
}

/* Far-out tiles are painted at the exact scale, so that each is a whole
 * number of device pixels wide and they meet without a seam. */
static double
tile_scale (TpJourneyView *self)
{
  return tp_canvas_get_zoom (TP_CANVAS (self)) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
paint_options (TpJourneyView         *self,
               TpJourneyPaintOptions *options)
{
  TpCanvas *canvas = TP_CANVAS (self);

  tp_journey_paint_options_init (options);
  options->theme = tp_canvas_get_theme (canvas);
  options->scale = tp_canvas_paint_scale (canvas);
  options->font_options = tp_canvas_get_font_options (canvas);
}

static void
paint_card_cb (TpCanvas *canvas,
               cairo_t  *cr,
               gpointer  data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  tp_journey_painter_paint_card (cr, self->layout, data, &options);
}

static GskRenderNode *
card_node (TpJourneyView    *self,
           const TpCardBox  *box,
           cairo_surface_t **image)
{
  return tp_canvas_cached_node_full (TP_CANVAS (self), box->card, &box->rect, NODE_MARGIN, 0,
                                     paint_card_cb, (gpointer) box, image);
}

static gboolean
cell_is_current (TpCellNode       *cell,
                 GskRenderNode   **cards,
                 const TpCardBox  *boxes,
                 guint             n,
                 const TpRect     *rect,
                 double            scale)
{
  if (cell->width != rect->width || cell->height != rect->height || cell->scale != scale
      || cell->parts->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      TpCellPart *part = &g_array_index (cell->parts, TpCellPart, i);

      if (part->node != cards[i]
          || part->x != boxes[i].rect.x - rect->x || part->y != boxes[i].rect.y - rect->y)
        return FALSE;
    }
  return TRUE;
}

/* The cards of a cell composed into one image from their own cached images:
 * a frame then appends one node per cell, and an edit recomposes only the
 * cells whose cards changed or moved. NULL when a card has no image. */
static GskRenderNode *
cell_node (TpJourneyView   *self,
           guint            column,
           guint            row,
           const TpCardBox *boxes,
           guint            n)
{
  double scale = tp_canvas_get_raster_scale (TP_CANVAS (self));
  gpointer key = GUINT_TO_POINTER (tile_key (column, row, TILE_CELL));
  g_autofree GskRenderNode **cards = g_new (GskRenderNode *, n);
  g_autofree cairo_surface_t **images = g_new (cairo_surface_t *, n);
  TpCellNode *cell;
  cairo_surface_t *surface;
  GskRenderNode *node;
  TpRect rect;
  int pw, ph;
  cairo_t *cr;

  tp_journey_layout_get_cell (self->layout, column, row, &rect);
  pw = (int) ceil (rect.width * scale);
  ph = (int) ceil (rect.height * scale);
  if ((double) pw * ph > MAX_CELL_PIXELS)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      cards[i] = card_node (self, &boxes[i], &images[i]);
      if (images[i] == NULL)
        return NULL;
    }

  cell = g_hash_table_lookup (self->cell_nodes, key);
  if (cell != NULL && cell_is_current (cell, cards, boxes, n, &rect, scale))
    {
      cell->frame = self->frame;
      return cell->node;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cell = g_new0 (TpCellNode, 1);
  cell->parts = g_array_sized_new (FALSE, FALSE, sizeof (TpCellPart), n);
  for (guint i = 0; i < n; i++)
    {
      TpCellPart part = { gsk_render_node_ref (cards[i]),
                          boxes[i].rect.x - rect.x, boxes[i].rect.y - rect.y };

      /* Whole device pixels: the card images are copied, never resampled. */
      cairo_set_source_surface (cr, images[i],
                                round ((part.x - NODE_MARGIN) * scale),
                                round ((part.y - NODE_MARGIN) * scale));
      cairo_paint (cr);
      g_array_append_val (cell->parts, part);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, rect.width, rect.height));
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_scale (cr, rect.width / pw, rect.height / ph);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  cell->node = node;
  cell->width = rect.width;
  cell->height = rect.height;
  cell->scale = scale;
  cell->frame = self->frame;
  g_hash_table_replace (self->cell_nodes, key, cell);
  return node;
}

static gboolean
not_in_frame (gpointer key,
              gpointer value,
              gpointer user_data)
{
  return ((TpCellNode *) value)->frame != GPOINTER_TO_UINT (user_data);
}

static void
paint_phase_cb (TpCanvas *canvas,
                cairo_t  *cr,
                gpointer  data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  options.scale = 1.0;
  tp_journey_painter_paint_phase_header (cr, self->layout, GPOINTER_TO_UINT (data), &options);
}

static void
paint_lane_cb (TpCanvas *canvas,
               cairo_t  *cr,
               gpointer  data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  options.scale = 1.0;
  tp_journey_painter_paint_lane_header (cr, self->layout, GPOINTER_TO_UINT (data), &options);
}

static void
paint_corner_cb (TpCanvas *canvas,
                 cairo_t  *cr,
                 gpointer  data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  options.scale = 1.0;
  tp_journey_painter_paint_corner (cr, self->layout, &options);
}

/* One column's stretch of an emotion line: the line is cut into tiles so a
 * long journey never needs one huge texture. */
static void
paint_emotion_tile_cb (TpCanvas *canvas,
                       cairo_t  *cr,
                       gpointer  data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyPaintOptions options;
  guint key = GPOINTER_TO_UINT (data);
  guint row = key >> 2 & 0x7fff, column = key >> 17;
  g_autoptr(TpEmotionLine) line = tp_emotion_line_new_for_row (self->layout, row);
  TpRect cell;

  tp_journey_layout_get_cell (self->layout, column, row, &cell);
  cairo_rectangle (cr, cell.x, cell.y, cell.width, cell.height);
  cairo_clip (cr);
  paint_options (self, &options);
  options.clip = &cell;
  tp_journey_painter_paint_emotion_line (cr, self->layout, row, line, &options);
}

/* Far out, the grid, emotion lines and cards of a square of the map, as one
 * image: a whole journey then takes a handful of nodes. */
static void
paint_map_tile_cb (TpCanvas *canvas,
                   cairo_t  *cr,
                   gpointer  data)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  TpJourneyPaintOptions options;
  guint key = GPOINTER_TO_UINT (data);
  double size = MAP_TILE_PIXELS / tile_scale (self);
  TpRect rect = { (key >> 17) * size, (key >> 2 & 0x7fff) * size, size, size };
  guint c0, c1, r0, r1;
  paint_options (self, &options);
  options.clip = &rect;
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_clip (cr);

  tp_journey_painter_paint_grid (cr, self->layout, &options);
  if (!tp_journey_layout_visible_columns (self->layout, rect.x, rect.x + rect.width, &c0, &c1)
      || !tp_journey_layout_visible_rows (self->layout, rect.y, rect.y + rect.height, &r0, &r1))
    return;

  for (guint r = r0; r <= r1; r++)
    if (tp_journey_layout_row_is_feelings (self->layout, r))
      {
        g_autoptr(TpEmotionLine) line = tp_emotion_line_new_for_row (self->layout, r);

        tp_journey_painter_paint_emotion_line (cr, self->layout, r, line, &options);
      }

  for (guint c = c0; c <= c1; c++)
    for (guint r = r0; r <= r1; r++)
      {
        guint n;
        const TpCardBox *boxes = tp_journey_layout_get_cell_cards (self->layout, c, r, &n);

        for (guint i = 0; i < n; i++)
          if (tp_rect_intersects (&boxes[i].rect, &rect))
            tp_journey_painter_paint_card (cr, self->layout, &boxes[i], &options);
      }
}

static void
append_rect (GtkSnapshot  *snapshot,
             const TpRgba *color,
             double        x,
             double        y,
             double        w,
             double        h)
{
  tp_canvas_append_rect (snapshot, color, &(TpRect) { x, y, w, h });
}

static void
snapshot_grid (TpJourneyView *self,
               GtkSnapshot   *snapshot,
               const TpRect  *view,
               guint          c0,
               guint          c1,
               guint          r0,
               guint          r1)
{
  const TpTheme *theme = tp_canvas_get_theme (TP_CANVAS (self));
  double line = MAX (1.0, 1.0 / tp_canvas_get_zoom (TP_CANVAS (self)));

  for (guint r = r0; r <= r1; r++)
    {
      TpRect row;

      tp_journey_layout_get_row_rect (self->layout, r, &row);
      append_rect (snapshot, r % 2 == 0 ? &theme->cell : &theme->cell_alt,
                   MAX (row.x, view->x), row.y,
                   MIN (row.x + row.width, view->x + view->width) - MAX (row.x, view->x),
                   row.height);
      append_rect (snapshot, &theme->grid_line, MAX (row.x, view->x), row.y + row.height - line,
                   MIN (row.x + row.width, view->x + view->width) - MAX (row.x, view->x), line);
    }
  for (guint c = c0; c <= c1; c++)
    {
      TpRect col;

      tp_journey_layout_get_column_rect (self->layout, c, &col);
      append_rect (snapshot, &theme->grid_line, col.x + col.width - line,
                   MAX (col.y, view->y), line,
                   MIN (col.y + col.height, view->y + view->height) - MAX (col.y, view->y));
    }
}

static void
snapshot_map_tiles (TpJourneyView *self,
                    GtkSnapshot   *snapshot,
                    const TpRect  *view)
{
  TpCanvas *canvas = TP_CANVAS (self);
  double scale = tile_scale (self);
  double size = MAP_TILE_PIXELS / scale;
  TpRect map = { 0, 0, tp_journey_layout_get_width (self->layout),
                 tp_journey_layout_get_height (self->layout) };
  int tx0 = (int) floor (MAX (view->x, 0) / size);
  int ty0 = (int) floor (MAX (view->y, 0) / size);
  int tx1 = (int) floor (MIN (view->x + view->width, map.width) / size);
  int ty1 = (int) floor (MIN (view->y + view->height, map.height) / size);

  /* The tiles are whole device pixels wide; shifting them by less than a
   * pixel puts their edges on the pixel grid, where they meet without a seam
   * (at a fraction of a pixel each edge is blended with the background). */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (view->x - round (view->x * scale) / scale,
                                                view->y - round (view->y * scale) / scale));
  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        guint key = tile_key (tx, ty, TILE_MAP);
        TpRect rect = { tx * size, ty * size, size, size };

        if (!tp_rect_intersects (&rect, &map))
          continue;
        tp_canvas_append_node (snapshot,
                               tp_canvas_cached_node_full (canvas, TP_CANVAS_TILE_KEY (key), &rect,
                                                           0, scale, paint_map_tile_cb,
                                                           GUINT_TO_POINTER (key), NULL),
                               rect.x, rect.y);
      }
  gtk_snapshot_restore (snapshot);
}

static void
append_selection (TpJourneyView   *self,
                  GtkSnapshot     *snapshot,
                  const TpCardBox *box,
                  const TpRgba    *color,
                  double           outset,
                  double           width)
{
  gboolean chip = tp_journey_layout_row_is_feelings (self->layout, box->row);
  TpRect ring = box->rect;

  /* A chip's ring goes round its label, not the point under it. */
  if (chip)
    ring.height -= 14;
  tp_canvas_append_ring (snapshot, color, &ring, outset, width, chip ? ring.height / 2 : 6);
}

static void
snapshot_cell_cards (TpJourneyView *self,
                     GtkSnapshot   *snapshot,
                     const TpRect  *view,
                     guint          column,
                     guint          row)
{
  TpCanvas *canvas = TP_CANVAS (self);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  gboolean text = tp_canvas_draws_text (canvas);
  guint n;
  const TpCardBox *boxes = tp_journey_layout_get_cell_cards (self->layout, column, row, &n);
  GskRenderNode *cell = NULL;

  if (n == 0)
    return;

  if (text)
    {
      cell = cell_node (self, column, row, boxes, n);
      if (cell != NULL)
        {
          TpRect rect;

          tp_journey_layout_get_cell (self->layout, column, row, &rect);
          tp_canvas_append_node (snapshot, cell, rect.x, rect.y);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const TpCardBox *box = &boxes[i];

      if (!tp_rect_intersects (&box->rect, view))
        continue;

      if (text && tp_canvas_is_dragging (canvas, box->card))
        {
          /* The card stays faintly in place until the drop. */
          if (cell != NULL)
            {
              TpRgba veil = row % 2 == 0 ? theme->cell : theme->cell_alt;

              veil.alpha = 0.7;
              append_rect (snapshot, &veil, box->rect.x - 2, box->rect.y - 2,
                           box->rect.width + 4, box->rect.height + 4);
            }
          else
            {
              gtk_snapshot_push_opacity (snapshot, 0.3);
              tp_canvas_append_node (snapshot, card_node (self, box, NULL), box->rect.x, box->rect.y);
              gtk_snapshot_pop (snapshot);
            }
          continue;
        }

      if (cell == NULL && text)
        tp_canvas_append_node (snapshot, card_node (self, box, NULL), box->rect.x, box->rect.y);

      if (tp_canvas_is_selected (canvas, box->card))
        {
          append_selection (self, snapshot, box, &theme->selection_fill, 1.0, 2.5);
          append_selection (self, snapshot, box, &theme->selection, 3.5,
                            MAX (2.5, 2.0 / tp_canvas_get_zoom (canvas)));
        }
      else if (box->card == self->hovered && tp_canvas_get_drag_anchor (canvas) == NULL)
        append_selection (self, snapshot, box, &theme->hover, 2, 1.5);
    }
}

static void
snapshot_headers (TpJourneyView *self,
                  GtkSnapshot   *snapshot,
                  const TpRect  *view)
{
  TpCanvas *canvas = TP_CANVAS (self);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  double sx = _tp_journey_view_sticky_x (self), sy = _tp_journey_view_sticky_y (self);
  guint c0, c1, r0, r1;
  TpRect rect;

  if (tp_journey_layout_visible_rows (self->layout, view->y, view->y + view->height, &r0, &r1))
    for (guint r = r0; r <= r1; r++)
      {
        TpLane *lane = tp_journey_layout_get_lane (self->layout, r);

        tp_journey_layout_get_lane_header (self->layout, r, &rect);
        tp_canvas_append_node (snapshot,
                               tp_canvas_cached_node (canvas, lane, &rect, 0, paint_lane_cb,
                                                      GUINT_TO_POINTER (r)),
                               rect.x + sx, rect.y);
        if (tp_canvas_is_selected (canvas, lane))
          {
            rect.x += sx;
            tp_canvas_append_ring (snapshot, &theme->selection, &rect, -1.5, 3, 0);
          }
      }

  if (tp_journey_layout_visible_columns (self->layout, view->x, view->x + view->width, &c0, &c1))
    for (guint c = c0; c <= c1; c++)
      {
        TpPhase *phase = tp_journey_layout_get_phase (self->layout, c);

        tp_journey_layout_get_phase_header (self->layout, c, &rect);
        tp_canvas_append_node (snapshot,
                               tp_canvas_cached_node (canvas, phase, &rect, 0, paint_phase_cb,
                                                      GUINT_TO_POINTER (c)),
                               rect.x, rect.y + sy);
        if (tp_canvas_is_selected (canvas, phase))
          {
            rect.y += sy;
            tp_canvas_append_ring (snapshot, &theme->selection, &rect, -1.5, 3, 0);
          }
      }

  tp_journey_layout_get_phase_header (self->layout, 0, &rect);
  rect.x = 0;
  rect.width = tp_journey_layout_get_options (self->layout)->lane_header_width;
  tp_canvas_append_node (snapshot,
                         tp_canvas_cached_node (canvas, tp_canvas_get_journey (canvas), &rect, 0,
                                                paint_corner_cb, NULL),
                         sx, sy);
}

static void
snapshot_emotion_lines (TpJourneyView *self,
                        GtkSnapshot   *snapshot,
                        guint          c0,
                        guint          c1,
                        guint          r0,
                        guint          r1)
{
  for (guint r = r0; r <= r1; r++)
    {
      if (!tp_journey_layout_row_is_feelings (self->layout, r))
        continue;

      for (guint c = c0; c <= c1; c++)
        {
          guint key = tile_key (c, r, TILE_EMOTION);
          TpRect cell;

          tp_journey_layout_get_cell (self->layout, c, r, &cell);
          tp_canvas_append_node (snapshot,
                                 tp_canvas_cached_node (TP_CANVAS (self), TP_CANVAS_TILE_KEY (key),
                                                        &cell, 0, paint_emotion_tile_cb,
                                                        GUINT_TO_POINTER (key)),
                                 cell.x, cell.y);
        }
    }
}

/* The selected cell: tinted, with the selection's ring just inside its edges. */
static void
snapshot_selected_cell (TpJourneyView *self,
                        GtkSnapshot   *snapshot)
{
  const TpTheme *theme = tp_canvas_get_theme (TP_CANVAS (self));
  double width = MAX (2.5, 2.0 / tp_canvas_get_zoom (TP_CANVAS (self)));
  guint column, row;
  TpRect cell;

  if (!_tp_journey_view_selected_cell (self, &column, &row))
    return;
  tp_journey_layout_get_cell (self->layout, column, row, &cell);
  tp_canvas_append_rect (snapshot, &theme->selection_fill, &cell);
  tp_canvas_append_ring (snapshot, &theme->selection, &cell, -width / 2 - 1, width, 4);
}

/* The connections, above the cards they join, drawn by the blueprint's painter; the selected
 * ones last, in the selection's colour. */
static void
snapshot_connections (TpJourneyView *self,
                      GtkSnapshot   *snapshot,
                      const TpRect  *view)
{
  TpCanvas *canvas = TP_CANVAS (self);
  g_autoptr(GHashTable) selected = NULL;
  TpBlueprintPaintOptions options;
  guint n;
  cairo_t *cr;

  if (!self->show_connections)
    return;
  if (self->routes == NULL)
    self->routes = tp_journey_routes_new (self->layout);
  n = tp_journey_routes_get_n_routes (self->routes);
  if (n == 0)
    return;

  tp_blueprint_paint_options_init (&options);
  options.theme = tp_canvas_get_theme (canvas);
  options.scale = tp_canvas_paint_scale (canvas);
  options.font_options = tp_canvas_get_font_options (canvas);
  options.clip = view;
  cr = tp_canvas_append_cairo (snapshot, view);
  for (guint i = 0; i < n; i++)
    {
      const TpBlueprintRoute *route = tp_journey_routes_get_route (self->routes, i);

      if (!tp_canvas_is_selected (canvas, route->connection))
        tp_blueprint_painter_paint_route (cr, route, NULL, &options);
      else
        {
          if (selected == NULL)
            selected = g_hash_table_new (NULL, NULL);
          g_hash_table_add (selected, route->connection);
        }
    }
  options.selection = selected;
  for (guint i = 0; selected != NULL && i < n; i++)
    {
      const TpBlueprintRoute *route = tp_journey_routes_get_route (self->routes, i);

      if (g_hash_table_contains (selected, route->connection))
        tp_blueprint_painter_paint_route (cr, route, NULL, &options);
    }
  cairo_destroy (cr);
}

void
_tp_journey_view_snapshot_map (TpCanvas     *canvas,
                               GtkSnapshot  *snapshot,
                               const TpRect *view)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  guint c0, c1, r0, r1;

  self->frame++;
  if (tp_journey_layout_visible_columns (self->layout, view->x, view->x + view->width, &c0, &c1)
      && tp_journey_layout_visible_rows (self->layout, view->y, view->y + view->height, &r0, &r1))
    {
      if (tp_canvas_draws_text (canvas))
        {
          snapshot_grid (self, snapshot, view, c0, c1, r0, r1);
          snapshot_emotion_lines (self, snapshot, c0, c1, r0, r1);
        }
      else
        snapshot_map_tiles (self, snapshot, view);
      for (guint c = c0; c <= c1; c++)
        for (guint r = r0; r <= r1; r++)
          snapshot_cell_cards (self, snapshot, view, c, r);
      snapshot_connections (self, snapshot, view);
    }
  snapshot_selected_cell (self, snapshot);

  if (g_hash_table_size (self->cell_nodes) > CELL_LIMIT)
    g_hash_table_foreach_remove (self->cell_nodes, not_in_frame, GUINT_TO_POINTER (self->frame));
}

/* Above the canvas's drop marks: the sticky headers, then the dragged cards following the
 * pointer (the canvas rings them). */
void
_tp_journey_view_snapshot_overlay (TpCanvas     *canvas,
                                   GtkSnapshot  *snapshot,
                                   const TpRect *view)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (canvas);
  const TpTheme *theme = tp_canvas_get_theme (canvas);
  double dx, dy;

  snapshot_headers (self, snapshot, view);

  if (tp_canvas_get_drag_anchor (canvas) != NULL)
    {
      tp_canvas_get_drag_offset (canvas, &dx, &dy);
      gtk_snapshot_push_opacity (snapshot, 0.85);
      for (guint i = 0, n = tp_journey_layout_get_n_cards (self->layout); i < n; i++)
        {
          const TpCardBox *box = tp_journey_layout_get_card_box (self->layout, i);
          TpRgba accent;

          if (!tp_canvas_is_dragging (canvas, box->card))
            continue;
          if (tp_canvas_draws_text (canvas))
            tp_canvas_append_node (snapshot, card_node (self, box, NULL), box->rect.x + dx,
                                   box->rect.y + dy);
          else
            {
              tp_theme_card_kind_color (theme, tp_card_get_kind (box->card), &accent);
              append_rect (snapshot, &accent, box->rect.x + dx, box->rect.y + dy, box->rect.width,
                           box->rect.height);
            }
        }
      gtk_snapshot_pop (snapshot);
    }
}
