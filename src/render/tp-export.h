/* tp-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exporting journeys as pictures and tables: PNG, SVG, PDF and CSV, into
 * memory. The pictures are painted by the same painter as the screen, in the
 * light style. Nothing here touches files: the caller writes the bytes
 * atomically (src/doc/tp-export-file.h). Pure cairo + pango + libpng; no GTK.
 */

#pragma once

#include <gio/gio.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

typedef enum {
  TP_EXPORT_PNG,
  TP_EXPORT_SVG,
  TP_EXPORT_PDF,
  TP_EXPORT_CSV,        /* the grid: phases as columns, lanes as rows */
  TP_EXPORT_CSV_CARDS,  /* the card list: one row per card, one column per field */
} TpExportFormat;

#define TP_EXPORT_ERROR (tp_export_error_quark ())
GQuark tp_export_error_quark (void);

typedef enum {
  TP_EXPORT_ERROR_NO_JOURNEY,   /* the project has no journey to export */
  TP_EXPORT_ERROR_TOO_LARGE,    /* the picture cannot be made at any size */
  TP_EXPORT_ERROR_FAILED,       /* cairo or libpng failed (out of memory) */
} TpExportError;

/* PNGs wider or taller than cairo's 32,767-pixel limit are painted in tiles;
 * beyond these they are scaled down to fit, with a notice. */
#define TP_EXPORT_MAX_PNG_SIDE    131072
#define TP_EXPORT_MAX_PNG_PIXELS  (400u * 1000 * 1000)
/* PDF viewers refuse pages larger than 200 inches; bigger maps are scaled down. */
#define TP_EXPORT_MAX_PDF_SIDE    14400.0

typedef struct {
  TpExportFormat format;
  /* The view to export (a TpView name: "journey", "blueprint", …); NULL = the journey map. */
  const char    *view;
  /* The journey to export; NULL = the first one (PDF: all of them, one page each). */
  TpJourney     *journey;
  /* PNG: device pixels per map unit (1 … 16). SVG and PDF are vector. */
  double         scale;
  /* PNG: leave the background transparent. */
  gboolean       transparent;
  /* PNG: when > 0, the picture is scaled to fit a square of this many pixels (thumbnails). */
  int            fit_size;
  /* PNG and SVG: only this part of the map, in map units; NULL = all of it. */
  const double  *clip;          /* x, y, width, height */
  /* The journey map: the figures of each phase under its header (View ▸ Show Phase Figures). */
  gboolean       show_rollup;
  /* The analysis: the journeys (TpJourney*) whose emotion lines are overlaid with the exported
   * one's (the analysis page's choice); NULL = every journey of the project. */
  GPtrArray     *overlay;
  /* PDF: the date in the title block; NULL = today. */
  const char    *date;
} TpExportOptions;

/** tp_export_options_init: PNG, first journey, scale 1, filled background. */
void            tp_export_options_init      (TpExportOptions       *options);

/** tp_export_format_for_path: the format named by @path's extension; FALSE when none fits. */
gboolean        tp_export_format_for_path   (const char            *path,
                                             TpExportFormat        *format);
/** tp_export_format_extension: "png", "svg", "pdf" or "csv" (both tables). */
const char     *tp_export_format_extension  (TpExportFormat         format);
/** tp_export_format_mime_type: "image/png", … */
const char     *tp_export_format_mime_type  (TpExportFormat         format);

/** tp_export_to_bytes: the exported file contents. @notice (may be NULL) is set to a message
 *  for the user when the picture had to be scaled down, else NULL. */
GBytes         *tp_export_to_bytes          (TpProject             *project,
                                             const TpExportOptions *options,
                                             char                 **notice,
                                             GError               **error);


/** tp_export_csv: the table of @journey as view @view (NULL = the journey map) shows it, as
 *  RFC 4180 CSV; the journey map's is its grid: phases as columns, lanes as rows, the titles of
 *  a cell's cards joined by newlines. */
GBytes         *tp_export_csv               (TpJourney             *journey,
                                             const char            *view);
/** tp_export_csv_from_table: @rows (of GStrv) as RFC 4180 CSV (UTF-8, CRLF line ends); text a
 *  spreadsheet would run as a formula gets a leading apostrophe. */
GBytes         *tp_export_csv_from_table    (GPtrArray             *rows);
/** tp_export_csv_cards: the cards of @journey as RFC 4180 CSV, one row per card in map order,
 *  one column per field (tp-card-table.h), then a value and a unit column per metric. */
GBytes         *tp_export_csv_cards         (TpJourney             *journey);

G_END_DECLS
