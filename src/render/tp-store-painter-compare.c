/* tp-store-painter-compare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey's other state on the same plan (its current state for a
 * future state, its future state for a current one), under the walk shown:
 * a dashed line with small hollow stops, in the text colour so that it reads
 * as "the other one" whatever the persona's colour, and the change in path
 * length and time spent under the figures. Side by side, the other state
 * has a plan of its own (painted by tp-store-painter.c) and each plan a
 * caption: its state, its journey, its figures and, for the future state,
 * the change.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-figures.h"
#include "tp-store-painter-private.h"

void
_tp_store_paint_compare (cairo_t                   *cr,
                         TpStoreLayout             *layout,
                         const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  const TpStoreWalk *walk = layout->compare;
  double dash[] = { 8 * theme->line_scale, 6 * theme->line_scale };
  TpRgba color = theme->header_text, halo = theme->cell;

  if (walk == NULL || walk->path->len < 2)
    return;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_new_path (cr);
  for (guint i = 0; i < walk->path->len; i++)
    {
      double x, y;

      tp_store_layout_to_units (layout, g_array_index (walk->path, TpPoint, i), &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  halo.alpha = 0.6;
  tp_cairo_set_rgba (cr, &halo);
  cairo_set_line_width (cr, 4.5 * theme->line_scale);
  cairo_stroke_preserve (cr);
  color.alpha = 0.75;
  tp_cairo_set_rgba (cr, &color);
  cairo_set_line_width (cr, 2 * theme->line_scale);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < walk->stops->len; i++)
    {
      double x, y;

      tp_store_layout_to_units (layout, g_array_index (walk->stops, TpStoreStop, i).at, &x, &y);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, 5 * theme->line_scale, 0, 2 * G_PI);
      tp_cairo_set_rgba (cr, &theme->cell);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &color);
      cairo_set_line_width (cr, 1.5 * theme->line_scale);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

char *
_tp_store_compare_figures (const TpStoreLayout *layout)
{
  const TpStoreWalk *walk = layout->walk, *other = layout->compare;
  gboolean future;
  g_autofree char *length = NULL;
  g_autofree char *dwell = NULL;
  g_autofree char *their_dwell = NULL;

  if (walk == NULL || other == NULL || layout->side_by_side)
    return NULL;
  future = tp_store_layout_is_future (layout);
  length = tp_store_figures_format_change (future ? other->length : walk->length,
                                           future ? walk->length : other->length, "m");
  dwell = tp_store_figures_format_change (future ? other->dwell : walk->dwell,
                                          future ? walk->dwell : other->dwell, "s");
  their_dwell = tp_store_format_duration (other->dwell);
  return future
    /* Translators: under the figures of a future state: the current state's path length and
     * time spent (dashed on the plan), and the change to this one */
    ? g_strdup_printf (_("Current state (dashed): %.1f m · %s spent · change %s, %s"),
                       other->length, their_dwell, length, dwell)
    /* Translators: under the figures of a current state: the future state's path length and
     * time spent (dashed on the plan), and the change to it */
    : g_strdup_printf (_("Future state (dashed): %.1f m · %s spent · change %s, %s"),
                       other->length, their_dwell, length, dwell);
}

gboolean
tp_store_painter_side_caption (const TpStoreLayout  *layout,
                               gboolean              future,
                               char                **title,
                               char                **figures)
{
  const TpStoreWalk *walk, *current, *after;
  g_autofree char *dwell = NULL;

  g_return_val_if_fail (layout != NULL && title != NULL && figures != NULL, FALSE);

  if (!layout->side_by_side || layout->walk == NULL || layout->compare == NULL)
    return FALSE;
  /* The journey shown is one of the two states; the other is layout->compare. */
  current = tp_store_layout_is_future (layout) ? layout->compare : layout->walk;
  after = current == layout->walk ? layout->compare : layout->walk;
  walk = future ? after : current;
  dwell = tp_store_format_duration (walk->dwell);
  *title = future
    /* Translators: side by side, the caption over the future state's plan; %s is its journey */
    ? g_strdup_printf (_("Future: %s"), tp_journey_get_title (walk->journey))
    /* Translators: side by side, the caption over the current state's plan; %s is its journey */
    : g_strdup_printf (_("Current: %s"), tp_journey_get_title (walk->journey));
  if (future)
    {
      g_autofree char *length = tp_store_figures_format_change (current->length, after->length,
                                                                "m");
      g_autofree char *spent = tp_store_figures_format_change (current->dwell, after->dwell, "s");

      /* Translators: side by side, under the future state's caption: its path length and time
       * spent, and the change from the current state in each */
      *figures = g_strdup_printf (_("%.1f m walked · %s spent · change %s, %s"), walk->length,
                                  dwell, length, spent);
    }
  else
    /* Translators: side by side, under the current state's caption: its path length and time
     * spent */
    *figures = g_strdup_printf (_("%.1f m walked · %s spent"), walk->length, dwell);
  return TRUE;
}

void
_tp_store_paint_captions (cairo_t                   *cr,
                          TpStoreLayout             *layout,
                          const TpStorePaintOptions *options)
{
  const TpTheme *theme = _tp_store_theme (options);
  TpJourneyPaintOptions text;

  _tp_store_text_options (options, &text);
  if (!_tp_painter_draws_text (&text))
    return;
  for (int side = 0; side < 2; side++)
    {
      gboolean future = side == 1;
      /* The journey's own plan is at plan_area, the other state's at compare_area. */
      const TpRect *plan = future == tp_store_layout_is_future (layout) ? &layout->plan_area
                                                                        : &layout->compare_area;
      TpRect area = { plan->x, layout->caption_area.y, plan->width, layout->caption_area.height };
      /* Centred over the plan: the view's tool bar and options button float over its corners. */
      TpTextStyle title_style = { 15, PANGO_WEIGHT_BOLD, area.width, 1, PANGO_ALIGN_CENTER };
      TpTextStyle figures_style = { 12, PANGO_WEIGHT_NORMAL, area.width, 1, PANGO_ALIGN_CENTER };
      g_autofree char *title = NULL;
      g_autofree char *figures = NULL;

      if (options->clip != NULL && !tp_rect_intersects (options->clip, &area))
        continue;
      if (!tp_store_painter_side_caption (layout, future, &title, &figures))
        return;
      tp_cairo_set_rgba (cr, &theme->header_text);
      _tp_painter_draw_text (cr, &text, title, &title_style, area.x, area.y);
      tp_cairo_set_rgba (cr, &theme->card_detail);
      _tp_painter_draw_text (cr, &text, figures, &figures_style, area.x, area.y + 24);
    }
}

