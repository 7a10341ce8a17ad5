/* tp-store-flow-view-zones.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing the plan in the store-flow view: zones drawn and reshaped with the
 * tools over the plan (tp-store-flow-view-zones.c), the plan's picture
 * imported, calibrated, faded and locked (tp-store-flow-view-background.c).
 * What the pointer and the tool bar do, callable from tests and the window.
 */

#pragma once

#include "render/tp-store-geometry.h"
#include "tp-store-flow-view.h"

G_BEGIN_DECLS

/** tp_store_flow_view_get_tool: "select", "rectangle", "polygon", "calibrate" or "move-picture". */
const char *tp_store_flow_view_get_tool            (TpStoreFlowView *self);
/** tp_store_flow_view_get_drawn_corners: the corners of the polygon being drawn so far. */
guint       tp_store_flow_view_get_drawn_corners   (TpStoreFlowView *self);
/** tp_store_flow_view_close_polygon: makes the corners drawn so far a zone; FALSE (with a
 *  message) when they make none, and the drawing goes on. */
gboolean    tp_store_flow_view_close_polygon       (TpStoreFlowView *self);
/** tp_store_flow_view_add_zone: a new 2 m rectangle zone in the middle of what shows (the
 *  keyboard's way to draw one), selected and open for naming; one undo step. */
TpZone     *tp_store_flow_view_add_zone            (TpStoreFlowView *self);
/** tp_store_flow_view_resize_zone: the selected rectangle zone @dw by @dh metres larger, one undo
 *  step; FALSE when no rectangle zone is selected. */
gboolean    tp_store_flow_view_resize_zone         (TpStoreFlowView *self,
                                                    double           dw,
                                                    double           dh);
/** tp_store_flow_view_rename_zone: opens the name of @zone for typing, over the zone. */
void        tp_store_flow_view_rename_zone         (TpStoreFlowView *self,
                                                    TpZone          *zone);
/** tp_store_flow_view_get_rename_entry: the entry a zone is being renamed in, or NULL. */
GtkWidget  *tp_store_flow_view_get_rename_entry    (TpStoreFlowView *self);

/** tp_store_flow_view_get_snapping / set_snapping: whether corners, zones and the picture snap
 *  as they are dragged in this window (the tool bar's magnet, %); Shift held while dragging
 *  turns it off for that drag. */
gboolean    tp_store_flow_view_get_snapping        (TpStoreFlowView *self);
void        tp_store_flow_view_set_snapping        (TpStoreFlowView *self,
                                                    gboolean         snapping);
/** tp_store_flow_view_get_key_cursor: where the keyboard's cursor of the polygon tool is (metres);
 *  FALSE when it is not shown. */
gboolean    tp_store_flow_view_get_key_cursor      (TpStoreFlowView *self,
                                                    TpPoint         *at);
/** tp_store_flow_view_ask_picture_width: asks the width of the whole picture in metres (the
 *  keyboard's way to calibrate it); FALSE (with a message) without a picture or when locked. */
gboolean    tp_store_flow_view_ask_picture_width   (TpStoreFlowView *self);

/** tp_store_flow_view_set_picture: embeds @bytes (PNG or JPEG; NULL removes it) as the plan's
 *  picture, checked like the file loader checks one; one undo step. */
gboolean    tp_store_flow_view_set_picture         (TpStoreFlowView *self,
                                                    GBytes          *bytes,
                                                    GError         **error);
/** tp_store_flow_view_import_picture_file: reads @file (refused unread when too large) and embeds
 *  it as the plan's picture. */
gboolean    tp_store_flow_view_import_picture_file (TpStoreFlowView *self,
                                                    GFile           *file,
                                                    GError         **error);
/** tp_store_flow_view_set_picture_opacity: 0.05 … 1; successive changes are one undo step. */
void        tp_store_flow_view_set_picture_opacity (TpStoreFlowView *self,
                                                    double           opacity);
/** tp_store_flow_view_set_picture_locked: a locked picture cannot be moved or calibrated. */
void        tp_store_flow_view_set_picture_locked  (TpStoreFlowView *self,
                                                    gboolean         locked);
/** tp_store_flow_view_move_picture: moves the plan's picture by (@dx, @dy) metres, kept over the
 *  plan; one undo step. FALSE (with a message) when there is no picture or it is locked. */
gboolean    tp_store_flow_view_move_picture        (TpStoreFlowView *self,
                                                    double           dx,
                                                    double           dy);
/** tp_store_flow_view_get_length_entry: the entry asking the calibration line's length, or NULL. */
GtkWidget  *tp_store_flow_view_get_length_entry    (TpStoreFlowView *self);
/** tp_store_flow_view_calibrate: the picture's scale such that the line @a–@b (metres as drawn now)
 *  measures @length metres; the plan grows to hold the picture. One undo step. */
gboolean    tp_store_flow_view_calibrate           (TpStoreFlowView *self,
                                                    TpPoint          a,
                                                    TpPoint          b,
                                                    double           length);

G_END_DECLS
