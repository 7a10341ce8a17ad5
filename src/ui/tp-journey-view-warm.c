/* tp-journey-view-warm.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map's first frame of a project loads what nothing drew before it: the
 * fonts of card titles and headers (pango's fontsets), their glyphs (cairo's
 * caches) and the cards' sprites. While a file is read on its thread the
 * window's main thread only waits (issue #12), so it paints a small sample
 * journey the way that frame paints cards and headers, at the map's scale and
 * with its font options, onto scratch images: the first frame then finds them
 * ready.
 */

#include "config.h"

#include <math.h>

#include "model/tp-templates.h"
#include "tp-journey-view-private.h"

/* As tp-journey-view-draw.c: cards are painted with this margin. */
#define NODE_MARGIN 3.0

/* Every printable ASCII character, so that digits and signs of the file's texts are
 * rendered too (the sample's own texts are words). */
#define ALL_ASCII \
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"

typedef void (*WarmPaintFunc) (cairo_t                     *cr,
                               TpJourneyLayout             *layout,
                               gconstpointer                data,
                               const TpJourneyPaintOptions *options);

/* Paints into a scratch image as tp-canvas-cache.c's rasterize() does. */
static void
warm_rasterize (const TpRect                *rect,
                double                       margin,
                double                       scale,
                TpJourneyLayout             *layout,
                WarmPaintFunc                paint,
                gconstpointer                data,
                const TpJourneyPaintOptions *options)
{
  double w = rect->width + 2 * margin;
  double h = rect->height + 2 * margin;
  int pw = (int) ceil (w * scale - 1e-6);
  int ph = (int) ceil (h * scale - 1e-6);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (pw <= 0 || ph <= 0 || (double) pw * ph > 1024.0 * 1024.0)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_scale (cr, pw / w, ph / h);
  cairo_translate (cr, margin - rect->x, margin - rect->y);
  paint (cr, layout, data, options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
paint_card (cairo_t                     *cr,
            TpJourneyLayout             *layout,
            gconstpointer                data,
            const TpJourneyPaintOptions *options)
{
  tp_journey_painter_paint_card (cr, layout, data, options);
}

static void
paint_phase (cairo_t                     *cr,
             TpJourneyLayout             *layout,
             gconstpointer                data,
             const TpJourneyPaintOptions *options)
{
  tp_journey_painter_paint_phase_header (cr, layout, GPOINTER_TO_UINT (data), options);
}

static void
paint_lane (cairo_t                     *cr,
            TpJourneyLayout             *layout,
            gconstpointer                data,
            const TpJourneyPaintOptions *options)
{
  tp_journey_painter_paint_lane_header (cr, layout, GPOINTER_TO_UINT (data), options);
}

static void
paint_corner (cairo_t                     *cr,
              TpJourneyLayout             *layout,
              gconstpointer                data,
              const TpJourneyPaintOptions *options)
{
  tp_journey_painter_paint_corner (cr, layout, options);
}

void
tp_journey_view_warm_up (TpJourneyView *self,
                         GSourceFunc    go_on,
                         gpointer       data)
{
  TpCanvas *canvas;
  g_autoptr(TpProject) project = NULL;
  TpJourneyLayoutOptions layout_options;
  TpJourneyPaintOptions options;
  TpJourneyLayout *layout;
  TpJourney *journey;
  double scale;
  TpRect rect;
  guint painted = 0;

  g_return_if_fail (TP_IS_JOURNEY_VIEW (self));

  canvas = TP_CANVAS (self);
  project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  tp_project_add_card (project, g_ptr_array_index (tp_journey_get_phases (journey), 0),
                       g_ptr_array_index (tp_journey_get_lanes (journey), 0), 0,
                       TP_CARD_KIND_ACTIVITY, ALL_ASCII);

  tp_journey_layout_options_init (&layout_options, tp_canvas_get_theme (canvas));
  layout_options.show_rollup = self->show_rollup;
  layout = tp_journey_layout_new (journey, &layout_options);

  /* The options of tp-journey-view-draw.c's paint_options(). */
  tp_journey_paint_options_init (&options);
  options.theme = tp_canvas_get_theme (canvas);
  options.scale = tp_canvas_paint_scale (canvas);
  options.font_options = tp_canvas_get_font_options (canvas);
  scale = tp_canvas_get_raster_scale (canvas);

  /* One card of each kind: the fonts and glyphs are the kind's, not the card's. */
  for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
    {
      const TpCardBox *box = tp_journey_layout_get_card_box (layout, i);
      TpCardKind kind = tp_card_get_kind (box->card);

      if (painted & (1u << kind))
        continue;
      if (go_on != NULL && !go_on (data))
        goto done;
      painted |= 1u << kind;
      warm_rasterize (&box->rect, NODE_MARGIN, scale, layout, paint_card, box, &options);
    }

  /* Headers are painted at text scale 1. */
  options.scale = 1.0;
  for (guint r = 0; r < tp_journey_layout_get_n_rows (layout); r++)
    {
      if (go_on != NULL && !go_on (data))
        goto done;
      tp_journey_layout_get_lane_header (layout, r, &rect);
      warm_rasterize (&rect, 0, scale, layout, paint_lane, GUINT_TO_POINTER (r), &options);
    }
  if (go_on != NULL && !go_on (data))
    goto done;
  tp_journey_layout_get_phase_header (layout, 0, &rect);
  warm_rasterize (&rect, 0, scale, layout, paint_phase, GUINT_TO_POINTER (0), &options);
  rect.x = 0;
  rect.width = layout_options.lane_header_width;
  warm_rasterize (&rect, 0, scale, layout, paint_corner, NULL, &options);

done:
  tp_journey_layout_free (layout);
}
