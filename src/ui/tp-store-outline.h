/* tp-store-outline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changing a zone's outline from the store-flow view and from the inspector
 * alike: the corners checked as tp_store_check_outline() says (refused with
 * one clear message when they make no zone), written as one undo step, and
 * the message shown where the person is looking (a toast).
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"
#include "render/tp-store-snap.h"

G_BEGIN_DECLS

/** tp_store_outline_problem: what is wrong with an outline, said for a person (translated). */
const char *tp_store_outline_problem   (TpStoreOutline  outline);
/** tp_store_zone_copy_points: @zone's corners (a rectangle's four, clockwise from top-left). */
GArray     *tp_store_zone_copy_points  (TpZone         *zone);
/** tp_store_zone_set_outline: makes @zone the polygon @points in one undo step named @label
 *  (with @coalesce_key, successive changes under that key are one step); FALSE with *@problem
 *  (translated) when the points make no zone, and nothing changes. */
gboolean    tp_store_zone_set_outline  (TpProject      *project,
                                        TpZone         *zone,
                                        const char     *label,
                                        const char     *coalesce_key,
                                        const TpPoint  *points,
                                        guint           n,
                                        const char    **problem);
/** tp_store_points_variant: @points as a zone's "points" property value (a floating "a(dd)"). */
GVariant   *tp_store_points_variant    (const TpPoint  *points,
                                        guint           n);
/** tp_store_tell: a short message at the bottom of @widget's window (a toast), else in the log. */
void        tp_store_tell              (GtkWidget      *widget,
                                        const char     *message);

G_END_DECLS
