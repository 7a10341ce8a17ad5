/* tp-journey-painter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints a journey map from its layout with cairo and pango, in map units.
 * The same calls draw the canvas (piece by piece, so the widget can cache
 * one render node per element), exports and presentation (all at once).
 */

#pragma once

#include <cairo.h>
#include "tp-theme.h"
#include "tp-journey-layout.h"
#include "tp-emotion-line.h"

G_BEGIN_DECLS

typedef struct {
  const TpTheme              *theme;        /* NULL = light */
  /* Set of selected elements (TpElement* keys), or NULL. */
  GHashTable                 *selection;
  gpointer                    hovered;      /* a TpElement, or NULL */
  /* Device pixels per map unit; below TP_PAINTER_TEXT_MIN_SCALE no text is drawn. */
  double                      scale;
  /* Only what intersects it is painted (map units); NULL = everything. */
  const TpRect               *clip;
  /* Column to spotlight (presentation); the others are veiled. -1 = none. */
  int                         spotlight_column;
  /* Font family overriding the theme's, or NULL. */
  const char                 *font_family;
  /* Font options for text (tests fix hinting and antialiasing), or NULL. */
  const cairo_font_options_t *font_options;
  /* Cards whose text would be smaller than this on the device are drawn
   * simplified, without text (presentation); 0 = as the scale allows. */
  double                      min_card_text_px;
  /* Texts shaped once and drawn again within one paint onto one cairo_t
   * (keyed by style and text; _tp_painter_cached_layout), or NULL. */
  GHashTable                 *text_cache;
  /* Map units at the bottom of a card kept free for another view's footer
   * (the blueprint's owner and time): the card's frame goes round it, its
   * text stays above it. 0 = none. */
  double                      card_footer;
  /* Another view's part of the card's frame (its footer's fill, an outline),
   * painted over the frame in @rect, before the text; on a picture of many
   * cards it is copied with the frame from one painted image, so it may depend
   * only on the rectangle and on what card_chrome_key names. NULL = none. */
  void                      (*card_chrome) (cairo_t       *cr,
                                            const TpRect  *rect,
                                            gconstpointer  data);
  gconstpointer               card_chrome_data;
  const char                 *card_chrome_key;
} TpJourneyPaintOptions;

#define TP_PAINTER_TEXT_MIN_SCALE 0.4
/* The smallest text on a card (its detail line), map units at text scale 1. */
#define TP_PAINTER_CARD_TEXT_MIN_SIZE 11.0

/** tp_journey_paint_options_init: light theme, nothing selected, scale 1, no clip, no spotlight. */
void     tp_journey_paint_options_init        (TpJourneyPaintOptions       *options);

/** tp_journey_painter_paint: the whole map (within the clip). */
void     tp_journey_painter_paint             (cairo_t                     *cr,
                                               TpJourneyLayout             *layout,
                                               const TpJourneyPaintOptions *options);

/* The pieces, each in map coordinates. */
void     tp_journey_painter_paint_grid        (cairo_t                     *cr,
                                               TpJourneyLayout             *layout,
                                               const TpJourneyPaintOptions *options);
void     tp_journey_painter_paint_corner      (cairo_t                     *cr,
                                               TpJourneyLayout             *layout,
                                               const TpJourneyPaintOptions *options);
void     tp_journey_painter_paint_phase_header (cairo_t                    *cr,
                                               TpJourneyLayout             *layout,
                                               guint                        column,
                                               const TpJourneyPaintOptions *options);
void     tp_journey_painter_paint_lane_header (cairo_t                     *cr,
                                               TpJourneyLayout             *layout,
                                               guint                        row,
                                               const TpJourneyPaintOptions *options);
/** tp_journey_painter_paint_card: one card in @box->rect (selection and hover included when set in
 * @options); @layout NULL draws it as a card of an ordinary lane (other views' cards). */
void     tp_journey_painter_paint_card        (cairo_t                     *cr,
                                               TpJourneyLayout             *layout,
                                               const TpCardBox             *box,
                                               const TpJourneyPaintOptions *options);
/** tp_journey_painter_paint_card_selection: the selection ring of a card box. */
void     tp_journey_painter_paint_card_selection (cairo_t                  *cr,
                                               const TpRect                *rect,
                                               gboolean                     chip,
                                               const TpJourneyPaintOptions *options);
/** tp_journey_painter_paint_emotion_line: the curve, tint, scale and markers of feelings row @row. */
void     tp_journey_painter_paint_emotion_line (cairo_t                    *cr,
                                               TpJourneyLayout             *layout,
                                               guint                        row,
                                               TpEmotionLine               *line,
                                               const TpJourneyPaintOptions *options);
/** tp_journey_painter_paint_emotion_scale: the −3 … +3 scale of a feelings row, right-aligned in
 * its lane header. */
void     tp_journey_painter_paint_emotion_scale (cairo_t                   *cr,
                                               TpJourneyLayout             *layout,
                                               guint                        row,
                                               const TpJourneyPaintOptions *options);
/** tp_journey_painter_paint_spotlight: veils every column except options->spotlight_column. */
void     tp_journey_painter_paint_spotlight   (cairo_t                     *cr,
                                               TpJourneyLayout             *layout,
                                               const TpJourneyPaintOptions *options);
/** tp_journey_painter_card_detail: the one-line detail shown under a card's title (newly allocated,
 * may be empty). */
char    *tp_journey_painter_card_detail       (TpCard                      *card);

G_END_DECLS
