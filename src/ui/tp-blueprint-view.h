/* tp-blueprint-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint of a journey on the canvas: customer steps across,
 * the blueprint rows down with the lines of interaction, visibility and
 * internal interaction, arrows routed at right angles between the cards.
 * A thin TpCanvas subclass over the blueprint layout, routes, analysis and
 * painter of src/render/; zoom, scroll, selection and drags are the canvas's.
 */

#pragma once

#include "tp-canvas.h"

G_BEGIN_DECLS

#define TP_TYPE_BLUEPRINT_VIEW (tp_blueprint_view_get_type ())

G_DECLARE_FINAL_TYPE (TpBlueprintView, tp_blueprint_view, TP, BLUEPRINT_VIEW, TpCanvas)

typedef enum {
  TP_BLUEPRINT_POINT_CENTRE,  /* a card's middle; an arrow's longest stretch */
  TP_BLUEPRINT_POINT_HANDLE,  /* a card's handle to draw an arrow from */
  TP_BLUEPRINT_POINT_FROM,    /* an arrow's start */
  TP_BLUEPRINT_POINT_TO,      /* an arrow's head */
} TpBlueprintPoint;

GtkWidget    *tp_blueprint_view_new       (void);
/** tp_blueprint_view_connect: an arrow (kind flow) from @from to @to as one undo step, selected;
 *  the arrow already there when there is one; NULL when refused (the same card, not in the
 *  journey shown). */
TpConnection *tp_blueprint_view_connect   (TpBlueprintView  *self,
                                           TpCard           *from,
                                           TpCard           *to);
/** tp_blueprint_view_get_point: where @element (a card or an arrow) is drawn, in widget
 *  coordinates: the point a pointer goes to for @which. FALSE when it is not drawn here. */
gboolean      tp_blueprint_view_get_point (TpBlueprintView  *self,
                                           gpointer          element,
                                           TpBlueprintPoint  which,
                                           double           *wx,
                                           double           *wy);

G_END_DECLS
