/* tp-store-painter-compare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey's other state on the same plan (its current state for a
 * future state, its future state for a current one), under the walk shown:
 * a dashed line with small hollow stops, in the text colour so that it reads
 * as "the other one" whatever the persona's colour, and the change in path
 * length and time spent under the figures.
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

  if (walk == NULL || other == NULL)
    return NULL;
  future = tp_journey_get_current_state (layout->journey) != NULL;
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
