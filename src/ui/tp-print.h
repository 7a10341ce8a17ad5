/* tp-print.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing a journey map (Ctrl+P): fitted to one page, or as a poster tiled
 * across several pages with overlap and alignment marks for gluing.
 */

#pragma once

#include <gtk/gtk.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

typedef enum {
  TP_PRINT_FIT_TO_PAGE,
  TP_PRINT_POSTER,
} TpPrintLayout;

/* The strip two poster pages share, in points (about 1 cm). */
#define TP_PRINT_OVERLAP 28.0

/** tp_print_operation_new: a print operation for @journey with @layout; a poster is
 *  @pages_across pages wide (1 … 10) and as many high as the map needs. The print dialog
 *  has a "Layout" tab to change both. */
GtkPrintOperation *tp_print_operation_new (TpProject     *project,
                                           TpJourney     *journey,
                                           TpPrintLayout  layout,
                                           guint          pages_across);

/** tp_print_operation_set_view: prints view @view (a TpView name; NULL = the journey map). */
void               tp_print_operation_set_view (GtkPrintOperation *operation,
                                           const char    *view);
/** tp_print_operation_set_show_rollup: prints the figures of each phase under its header. */
void               tp_print_operation_set_show_rollup (GtkPrintOperation *operation,
                                           gboolean       show);
/** tp_print_operation_set_overlay: the analysis overlays the emotion lines of @journeys only. */
void               tp_print_operation_set_overlay (GtkPrintOperation *operation,
                                           GPtrArray     *journeys);
/** tp_print_journey: shows the print dialog for @journey as view @view (NULL = the journey map)
 *  shows it (with the figures of each phase when @show_rollup; the analysis overlaying
 *  @overlay's journeys, NULL = all) and prints; errors are shown in a dialog. */
void               tp_print_journey       (GtkWindow     *parent,
                                           TpProject     *project,
                                           TpJourney     *journey,
                                           const char    *view,
                                           gboolean       show_rollup,
                                           GPtrArray     *overlay);

G_END_DECLS
