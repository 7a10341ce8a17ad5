/* tp-outline-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the outline: an icon, a text ellipsized at its end and, for a
 * lane, the eye toggle after it, drawn by one widget, which also indents it and
 * draws its expander as GtkTreeExpander would. GTK 4.8's list view
 * builds about 200 rows whatever is visible, so a big journey's outline is
 * 200 of these: as an image, a label and a box, each row cost about 1.3 M
 * instructions to build, measure and draw (issue #12); this row shapes its
 * text once and measures without pango after that.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TP_TYPE_OUTLINE_ROW (tp_outline_row_get_type ())

G_DECLARE_FINAL_TYPE (TpOutlineRow, tp_outline_row, TP, OUTLINE_ROW, GtkWidget)

GtkWidget  *tp_outline_row_new            (void);
void        tp_outline_row_set_text       (TpOutlineRow *self,
                                           const char   *text);
const char *tp_outline_row_get_text       (TpOutlineRow *self);
/** tp_outline_row_set_icon_name: the symbolic icon before the text, drawn dimmed; NULL for none. */
void        tp_outline_row_set_icon_name  (TpOutlineRow *self,
                                           const char   *icon_name);
const char *tp_outline_row_get_icon_name  (TpOutlineRow *self);
/** tp_outline_row_set_dimmed: the text dimmed (a lane hidden in the view shown). */
void        tp_outline_row_set_dimmed     (TpOutlineRow *self,
                                           gboolean      dimmed);
gboolean    tp_outline_row_get_dimmed     (TpOutlineRow *self);
/** tp_outline_row_set_end_widget: a child after the text at its natural width (the eye). */
void        tp_outline_row_set_end_widget (TpOutlineRow *self,
                                           GtkWidget    *widget);
GtkWidget  *tp_outline_row_get_end_widget (TpOutlineRow *self);
/** tp_outline_row_set_list_row: the tree row shown: its depth indents the row, and a row
 *  that can be expanded draws the expander, open or closed as the tree row is. */
void            tp_outline_row_set_list_row    (TpOutlineRow   *self,
                                                GtkTreeListRow *list_row);
GtkTreeListRow *tp_outline_row_get_list_row    (TpOutlineRow   *self);
gboolean        tp_outline_row_get_expandable  (TpOutlineRow   *self);
/** tp_outline_row_is_on_expander: whether (@x, @y), in the row's coordinates, is on its expander. */
gboolean        tp_outline_row_is_on_expander  (TpOutlineRow   *self,
                                                double          x,
                                                double          y);

G_END_DECLS
