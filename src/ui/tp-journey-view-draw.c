/* tp-journey-view-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing of the journey canvas. Every card, header and emotion line is
 * painted once into a cairo render node by the painters of src/render/ and
 * kept until the model says that element changed (tp-journey-view.c drops
 * it); nodes are recorded at their own origin, so moving a card only
 * translates its node. Only what intersects the viewport is appended, and
 * far out cards become plain colour blocks (level of detail).
 */

#include "config.h"

#include "tp-journey-view-private.h"

#define NODE_MARGIN 3.0
/* Larger pieces (a very tall lane header far in) stay vector. */
#define MAX_TEXTURE_PIXELS (4096 * 4096)
/* Beyond this many cached pieces, those not on screen are dropped. */
#define CACHE_LIMIT 2500

/* Far out the map body is drawn in square tiles of this many pixels. */
#define MAP_TILE_PIXELS 512

enum {
  TILE_EMOTION,
  TILE_MAP,
};

static guint
tile_key (guint column,
          guint row,
          guint kind)
{
  return ((column & 0x7fff) << 15 | (row & 0x7fff)) << 2 | kind;
}

static double
raster_scale (TpJourneyView *self)
{
  /* Quantised, so that a zoom a hair away reuses the textures. */
  return round (self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self)) * 100) / 100;
}

/* Far-out tiles are painted at the exact scale, so that each is a whole
 * number of device pixels wide and they meet without a seam. */
static double
tile_scale (TpJourneyView *self)
{
  return self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
paint_options (TpJourneyView         *self,
               TpJourneyPaintOptions *options)
{
  tp_journey_paint_options_init (options);
  options->theme = self->theme;
  options->scale = self->zoom;
  options->font_options =
    pango_cairo_context_get_font_options (gtk_widget_get_pango_context (GTK_WIDGET (self)));
}

typedef void (*PaintFunc) (TpJourneyView *self,
                           cairo_t       *cr,
                           gpointer       data);

/* Paints @paint once into an image of @scale device pixels per map unit,
 * as a node whose origin is @rect's top-left; *@image gets the pixels. */
static GskRenderNode *
rasterize (TpJourneyView    *self,
           const TpRect     *rect,
           double            margin,
           double            scale,
           PaintFunc         paint,
           gpointer          data,
           cairo_surface_t **image)
{
  double w = rect->width + 2 * margin;
  double h = rect->height + 2 * margin;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (-margin, -margin, w, h);
  /* A hair over a whole pixel is rounding, not one more pixel. */
  int pw = (int) ceil (w * scale - 1e-6);
  int ph = (int) ceil (h * scale - 1e-6);
  cairo_surface_t *surface;
  GskRenderNode *node;
  cairo_t *cr;

  *image = NULL;
  if (pw <= 0 || ph <= 0 || (double) pw * ph > MAX_TEXTURE_PIXELS)
    {
      node = gsk_cairo_node_new (&bounds);
      cr = gsk_cairo_node_get_draw_context (node);
      cairo_translate (cr, -rect->x, -rect->y);
      paint (self, cr, data);
      cairo_destroy (cr);
      return node;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_scale (cr, pw / w, ph / h);
  cairo_translate (cr, margin - rect->x, margin - rect->y);
  paint (self, cr, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* A cairo node that only paints the image: the cairo renderer composites
   * it directly, where a texture node would be converted on every frame. */
  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, -margin, -margin);
  cairo_scale (cr, w / pw, h / ph);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  *image = surface;
  return node;
}

static TpCachedNode *
lookup_entry (TpJourneyView *self,
              GHashTable    *cache,
              gpointer       key,
              const TpRect  *rect,
              double         scale)
{
  TpCachedNode *cached = g_hash_table_lookup (cache, key);

  if (cached == NULL || cached->width != rect->width || cached->height != rect->height
      || cached->scale != scale)
    return NULL;
  cached->frame = self->frame;
  return cached;
}

static TpCachedNode *
store_entry (TpJourneyView   *self,
             GHashTable      *cache,
             gpointer         key,
             const TpRect    *rect,
             double           scale,
             GskRenderNode   *node,
             cairo_surface_t *image)
{
  TpCachedNode *cached = g_new0 (TpCachedNode, 1);
  gboolean object_key = cache == self->card_nodes || cache == self->header_nodes;

  cached->node = node;
  cached->image = image;
  cached->width = rect->width;
  cached->height = rect->height;
  cached->scale = scale;
  cached->frame = self->frame;
  g_hash_table_replace (cache, object_key ? g_object_ref (key) : key, cached);
  return cached;
}

static TpCachedNode *
cached_entry_at (TpJourneyView *self,
                 GHashTable    *cache,
                 gpointer       key,
                 const TpRect  *rect,
                 double         margin,
                 double         scale,
                 PaintFunc      paint,
                 gpointer       data)
{
  TpCachedNode *cached = lookup_entry (self, cache, key, rect, scale);
  cairo_surface_t *image;
  GskRenderNode *node;

  if (cached != NULL)
    return cached;
  node = rasterize (self, rect, margin, scale, paint, data, &image);
  return store_entry (self, cache, key, rect, scale, node, image);
}

static TpCachedNode *
cached_entry (TpJourneyView *self,
              GHashTable    *cache,
              gpointer       key,
              const TpRect  *rect,
              double         margin,
              PaintFunc      paint,
              gpointer       data)
{
  return cached_entry_at (self, cache, key, rect, margin, raster_scale (self), paint, data);
}

static GskRenderNode *
cached_node (TpJourneyView *self,
             GHashTable    *cache,
             gpointer       key,
             const TpRect  *rect,
             double         margin,
             PaintFunc      paint,
             gpointer       data)
{
  return cached_entry (self, cache, key, rect, margin, paint, data)->node;
}

static gboolean
not_in_frame (gpointer key,
              gpointer value,
              gpointer user_data)
{
  return ((TpCachedNode *) value)->frame != GPOINTER_TO_UINT (user_data);
}

static void
evict (TpJourneyView *self)
{
  if (g_hash_table_size (self->card_nodes) > CACHE_LIMIT)
    g_hash_table_foreach_remove (self->card_nodes, not_in_frame, GUINT_TO_POINTER (self->frame));
  if (g_hash_table_size (self->tile_nodes) > CACHE_LIMIT)
    g_hash_table_foreach_remove (self->tile_nodes, not_in_frame, GUINT_TO_POINTER (self->frame));
  if (g_hash_table_size (self->cell_nodes) > CACHE_LIMIT)
    g_hash_table_foreach_remove (self->cell_nodes, not_in_frame, GUINT_TO_POINTER (self->frame));
}

static void
paint_card_cb (TpJourneyView *self,
               cairo_t       *cr,
               gpointer       data)
{
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  tp_journey_painter_paint_card (cr, self->layout, data, &options);
}

static TpCachedNode *
card_entry (TpJourneyView   *self,
            const TpCardBox *box)
{
  return cached_entry (self, self->card_nodes, box->card, &box->rect, NODE_MARGIN,
                       paint_card_cb, (gpointer) box);
}

static GskRenderNode *
card_node (TpJourneyView   *self,
           const TpCardBox *box)
{
  return card_entry (self, box)->node;
}

static gboolean
cell_is_current (TpCachedNode     *cell,
                 TpCachedNode    **cards,
                 const TpCardBox  *boxes,
                 guint             n,
                 const TpRect     *rect)
{
  if (cell->parts == NULL || cell->parts->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      TpCellPart *part = &g_array_index (cell->parts, TpCellPart, i);

      if (part->node != cards[i]->node
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
  double scale = raster_scale (self);
  gpointer key = GUINT_TO_POINTER (tile_key (column, row, 0));
  g_autofree TpCachedNode **cards = g_new (TpCachedNode *, n);
  TpCachedNode *cell;
  cairo_surface_t *surface;
  GskRenderNode *node;
  GArray *parts;
  TpRect rect;
  int pw, ph;
  cairo_t *cr;

  tp_journey_layout_get_cell (self->layout, column, row, &rect);
  pw = (int) ceil (rect.width * scale);
  ph = (int) ceil (rect.height * scale);
  if ((double) pw * ph > MAX_TEXTURE_PIXELS / 4)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      cards[i] = card_entry (self, &boxes[i]);
      if (cards[i]->image == NULL)
        return NULL;
    }

  cell = lookup_entry (self, self->cell_nodes, key, &rect, scale);
  if (cell != NULL && cell_is_current (cell, cards, boxes, n, &rect))
    return cell->node;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  parts = g_array_sized_new (FALSE, FALSE, sizeof (TpCellPart), n);
  for (guint i = 0; i < n; i++)
    {
      TpCellPart part = { gsk_render_node_ref (cards[i]->node),
                          boxes[i].rect.x - rect.x, boxes[i].rect.y - rect.y };

      /* Whole device pixels: the card images are copied, never resampled. */
      cairo_set_source_surface (cr, cards[i]->image,
                                round ((part.x - NODE_MARGIN) * scale),
                                round ((part.y - NODE_MARGIN) * scale));
      cairo_paint (cr);
      g_array_append_val (parts, part);
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

  cell = store_entry (self, self->cell_nodes, key, &rect, scale, node, NULL);
  cell->parts = parts;
  return node;
}

static void
paint_phase_cb (TpJourneyView *self,
                cairo_t       *cr,
                gpointer       data)
{
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  options.scale = 1.0;
  tp_journey_painter_paint_phase_header (cr, self->layout, GPOINTER_TO_UINT (data), &options);
}

static void
paint_lane_cb (TpJourneyView *self,
               cairo_t       *cr,
               gpointer       data)
{
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  options.scale = 1.0;
  tp_journey_painter_paint_lane_header (cr, self->layout, GPOINTER_TO_UINT (data), &options);
}

static void
paint_corner_cb (TpJourneyView *self,
                 cairo_t       *cr,
                 gpointer       data)
{
  TpJourneyPaintOptions options;

  paint_options (self, &options);
  options.scale = 1.0;
  tp_journey_painter_paint_corner (cr, self->layout, &options);
}

/* One column's stretch of an emotion line: the line is cut into tiles so a
 * long journey never needs one huge texture. */
static void
paint_emotion_tile_cb (TpJourneyView *self,
                       cairo_t       *cr,
                       gpointer       data)
{
  TpJourneyPaintOptions options;
  guint key = GPOINTER_TO_UINT (data);
  guint row = key >> 2 & 0x7fff, column = key >> 17;
  g_autoptr(TpEmotionLine) line = tp_emotion_line_new_for_row (self->layout, row);
  TpRect cell;

  tp_journey_layout_get_cell (self->layout, column, row, &cell);
  cairo_rectangle (cr, cell.x, cell.y, cell.width, cell.height);
  cairo_clip (cr);
  paint_options (self, &options);
  tp_journey_painter_paint_emotion_line (cr, self->layout, row, line, &options);
}

/* Far out, the grid, emotion lines and cards of a square of the map, as one
 * image: a whole journey then takes a handful of nodes. */
static void
paint_map_tile_cb (TpJourneyView *self,
                   cairo_t       *cr,
                   gpointer       data)
{
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
append_at (GtkSnapshot   *snapshot,
           GskRenderNode *node,
           double         x,
           double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_restore (snapshot);
}

static void
append_rect (GtkSnapshot  *snapshot,
             const TpRgba *color,
             double        x,
             double        y,
             double        w,
             double        h)
{
  GdkRGBA rgba = { color->red, color->green, color->blue, color->alpha };

  gtk_snapshot_append_color (snapshot, &rgba, &GRAPHENE_RECT_INIT (x, y, w, h));
}

static void
append_ring (GtkSnapshot  *snapshot,
             const TpRgba *color,
             const TpRect *rect,
             double        outset,
             double        width,
             double        radius)
{
  GdkRGBA rgba = { color->red, color->green, color->blue, color->alpha };
  GskRoundedRect outline;
  float widths[4] = { width, width, width, width };
  GdkRGBA colors[4] = { rgba, rgba, rgba, rgba };

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (rect->x - outset, rect->y - outset,
                                                        rect->width + 2 * outset,
                                                        rect->height + 2 * outset),
                                   radius + outset);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
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
  const TpTheme *theme = self->theme;
  double line = MAX (1.0, 1.0 / self->zoom);

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
                          &GRAPHENE_POINT_INIT (self->scroll_x - round (self->scroll_x * scale) / scale,
                                                self->scroll_y - round (self->scroll_y * scale) / scale));
  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        guint key = tile_key (tx, ty, TILE_MAP);
        TpRect rect = { tx * size, ty * size, size, size };

        if (!tp_rect_intersects (&rect, &map))
          continue;
        append_at (snapshot,
                   cached_entry_at (self, self->tile_nodes, GUINT_TO_POINTER (key), &rect, 0, scale,
                                    paint_map_tile_cb, GUINT_TO_POINTER (key))->node,
                   rect.x, rect.y);
      }
  gtk_snapshot_restore (snapshot);
}

static gboolean
is_dragged (TpJourneyView *self,
            TpCard        *card)
{
  return self->drag == TP_VIEW_DRAG_CARDS && g_ptr_array_find (self->drag_cards, card, NULL);
}

static gboolean
draws_text (TpJourneyView *self)
{
  return self->zoom >= TP_PAINTER_TEXT_MIN_SCALE;
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
  append_ring (snapshot, color, &ring, outset, width, chip ? ring.height / 2 : 6);
}

static void
snapshot_cell_cards (TpJourneyView *self,
                     GtkSnapshot   *snapshot,
                     const TpRect  *view,
                     guint          column,
                     guint          row)
{
  guint n;
  const TpCardBox *boxes = tp_journey_layout_get_cell_cards (self->layout, column, row, &n);
  GskRenderNode *cell = NULL;

  if (n == 0)
    return;

  if (draws_text (self))
    {
      cell = cell_node (self, column, row, boxes, n);
      if (cell != NULL)
        {
          TpRect rect;

          tp_journey_layout_get_cell (self->layout, column, row, &rect);
          append_at (snapshot, cell, rect.x, rect.y);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const TpCardBox *box = &boxes[i];

      if (!tp_rect_intersects (&box->rect, view))
        continue;

      if (is_dragged (self, box->card) && draws_text (self))
        {
          /* The card stays faintly in place until the drop. */
          if (cell != NULL)
            {
              TpRgba veil = row % 2 == 0 ? self->theme->cell : self->theme->cell_alt;

              veil.alpha = 0.7;
              append_rect (snapshot, &veil, box->rect.x - 2, box->rect.y - 2,
                           box->rect.width + 4, box->rect.height + 4);
            }
          else
            {
              gtk_snapshot_push_opacity (snapshot, 0.3);
              append_at (snapshot, card_node (self, box), box->rect.x, box->rect.y);
              gtk_snapshot_pop (snapshot);
            }
          continue;
        }

      if (cell == NULL && draws_text (self))
        append_at (snapshot, card_node (self, box), box->rect.x, box->rect.y);

      if (g_hash_table_contains (self->selected, box->card))
        {
          append_selection (self, snapshot, box, &self->theme->selection_fill, 1.0, 2.5);
          append_selection (self, snapshot, box, &self->theme->selection, 3.5,
                            MAX (2.5, 2.0 / self->zoom));
        }
      else if (box->card == self->hovered && self->drag == TP_VIEW_DRAG_NONE)
        append_selection (self, snapshot, box, &self->theme->hover, 2, 1.5);
    }
}

static void
snapshot_headers (TpJourneyView *self,
                  GtkSnapshot   *snapshot,
                  guint          c0,
                  guint          c1,
                  guint          r0,
                  guint          r1,
                  gboolean       any_columns,
                  gboolean       any_rows)
{
  double sx = _tp_journey_view_sticky_x (self), sy = _tp_journey_view_sticky_y (self);
  TpRect rect;

  if (any_rows)
    for (guint r = r0; r <= r1; r++)
      {
        TpLane *lane = tp_journey_layout_get_lane (self->layout, r);

        tp_journey_layout_get_lane_header (self->layout, r, &rect);
        append_at (snapshot,
                   cached_node (self, self->header_nodes, lane, &rect, 0, paint_lane_cb,
                                GUINT_TO_POINTER (r)),
                   rect.x + sx, rect.y);
        if (g_hash_table_contains (self->selected, lane))
          {
            rect.x += sx;
            append_ring (snapshot, &self->theme->selection, &rect, -1.5, 3, 0);
          }
      }

  if (any_columns)
    for (guint c = c0; c <= c1; c++)
      {
        TpPhase *phase = tp_journey_layout_get_phase (self->layout, c);

        tp_journey_layout_get_phase_header (self->layout, c, &rect);
        append_at (snapshot,
                   cached_node (self, self->header_nodes, phase, &rect, 0, paint_phase_cb,
                                GUINT_TO_POINTER (c)),
                   rect.x, rect.y + sy);
        if (g_hash_table_contains (self->selected, phase))
          {
            rect.y += sy;
            append_ring (snapshot, &self->theme->selection, &rect, -1.5, 3, 0);
          }
      }

  tp_journey_layout_get_phase_header (self->layout, 0, &rect);
  rect.x = 0;
  rect.width = tp_journey_layout_get_options (self->layout)->lane_header_width;
  append_at (snapshot,
             cached_node (self, self->header_nodes, self->journey, &rect, 0, paint_corner_cb, NULL),
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
          append_at (snapshot,
                     cached_node (self, self->tile_nodes, GUINT_TO_POINTER (key), &cell, 0,
                                  paint_emotion_tile_cb, GUINT_TO_POINTER (key)),
                     cell.x, cell.y);
        }
    }
}

/* The selected cell: tinted, with the selection's ring just inside its edges. */
static void
snapshot_selected_cell (TpJourneyView *self,
                        GtkSnapshot   *snapshot)
{
  const TpTheme *theme = self->theme;
  double width = MAX (2.5, 2.0 / self->zoom);
  guint column, row;
  TpRect cell;

  if (!_tp_journey_view_selected_cell (self, &column, &row))
    return;
  tp_journey_layout_get_cell (self->layout, column, row, &cell);
  append_rect (snapshot, &theme->selection_fill, cell.x, cell.y, cell.width, cell.height);
  append_ring (snapshot, &theme->selection, &cell, -width / 2 - 1, width, 4);
}

static void
snapshot_drop_marks (TpJourneyView *self,
                     GtkSnapshot   *snapshot)
{
  const TpTheme *theme = self->theme;

  if ((self->drag == TP_VIEW_DRAG_CARDS || self->palette_drop) && self->drop_valid)
    {
      TpRect cell;

      tp_journey_layout_get_cell (self->layout, self->drop.column, self->drop.row, &cell);
      append_rect (snapshot, &theme->selection_fill, cell.x, cell.y, cell.width, cell.height);
      append_rect (snapshot, &theme->drop_indicator, self->drop.indicator.x, self->drop.indicator.y,
                   self->drop.indicator.width, self->drop.indicator.height);
    }

  if (self->drag == TP_VIEW_DRAG_BAND)
    {
      TpRect *b = &self->band;

      append_rect (snapshot, &theme->selection_fill, b->x, b->y, b->width, b->height);
      append_ring (snapshot, &theme->selection, b, 0, 1.0 / self->zoom, 0);
    }
}

static void
snapshot_drag_ghost (TpJourneyView *self,
                     GtkSnapshot   *snapshot)
{
  const TpTheme *theme = self->theme;

  if (self->drag == TP_VIEW_DRAG_PHASE || self->drag == TP_VIEW_DRAG_LANE)
    {
      TpRect r = self->header_indicator;

      if (self->drag == TP_VIEW_DRAG_PHASE)
        r.y += _tp_journey_view_sticky_y (self);
      else
        r.x += _tp_journey_view_sticky_x (self);
      append_rect (snapshot, &theme->drop_indicator, r.x, r.y, r.width, r.height);
    }

  if (self->drag != TP_VIEW_DRAG_CARDS)
    return;

  /* The ghost: the dragged cards follow the pointer, above everything. */
  gtk_snapshot_push_opacity (snapshot, 0.85);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->drag_dx / self->zoom,
                                                          self->drag_dy / self->zoom));
  for (guint i = 0; i < self->drag_cards->len; i++)
    {
      const TpCardBox *box = tp_journey_layout_find_card (self->layout,
                                                          g_ptr_array_index (self->drag_cards, i));
      TpRgba accent;

      if (box == NULL)
        continue;
      if (draws_text (self))
        append_at (snapshot, card_node (self, box), box->rect.x, box->rect.y);
      else
        {
          tp_theme_card_kind_color (theme, tp_card_get_kind (box->card), &accent);
          append_rect (snapshot, &accent, box->rect.x, box->rect.y, box->rect.width, box->rect.height);
        }
      append_selection (self, snapshot, box, &theme->selection, 2, MAX (2.0, 2.0 / self->zoom));
    }
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

void
_tp_journey_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  TpJourneyView *self = TP_JOURNEY_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  TpRect view;
  guint c0 = 0, c1 = 0, r0 = 0, r1 = 0;
  gboolean any_columns, any_rows;

  self->frame++;
  append_rect (snapshot, &self->theme->background, 0, 0, width, height);

  if (_tp_journey_view_ensure_layout (self) != NULL)
    {
      view.x = self->scroll_x;
      view.y = self->scroll_y;
      view.width = width / self->zoom;
      view.height = height / self->zoom;

      any_columns = tp_journey_layout_visible_columns (self->layout, view.x, view.x + view.width,
                                                       &c0, &c1);
      any_rows = tp_journey_layout_visible_rows (self->layout, view.y, view.y + view.height,
                                                 &r0, &r1);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_scale (snapshot, self->zoom, self->zoom);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-self->scroll_x, -self->scroll_y));

      if (any_columns && any_rows)
        {
          if (draws_text (self))
            {
              snapshot_grid (self, snapshot, &view, c0, c1, r0, r1);
              snapshot_emotion_lines (self, snapshot, c0, c1, r0, r1);
            }
          else
            snapshot_map_tiles (self, snapshot, &view);
          for (guint c = c0; c <= c1; c++)
            for (guint r = r0; r <= r1; r++)
              snapshot_cell_cards (self, snapshot, &view, c, r);
        }
      snapshot_selected_cell (self, snapshot);
      snapshot_drop_marks (self, snapshot);
      snapshot_headers (self, snapshot, c0, c1, r0, r1, any_columns, any_rows);
      snapshot_drag_ghost (self, snapshot);

      gtk_snapshot_restore (snapshot);
      evict (self);
      _tp_journey_view_write_geometry (self);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}
