/* tp-presentation-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The picture of presentation mode: thin glue that paints frames of a
 * TpPresentationPainter and animates the camera between steps at the frame
 * rate (respecting gtk-enable-animations). It takes no input itself.
 */

#pragma once

#include <gtk/gtk.h>
#include "render/tp-presentation-paint.h"

G_BEGIN_DECLS

#define TP_TYPE_PRESENTATION_VIEW (tp_presentation_view_get_type ())

G_DECLARE_FINAL_TYPE (TpPresentationView, tp_presentation_view, TP, PRESENTATION_VIEW, GtkWidget)

/** tp_presentation_view_new: shows @painter (takes it over). */
GtkWidget *tp_presentation_view_new          (TpPresentationPainter *painter);
/** tp_presentation_view_set_painter: replaces the painter (after the document changed); keeps the step when it still exists. */
void       tp_presentation_view_set_painter  (TpPresentationView    *self,
                                              TpPresentationPainter *painter);
TpPresentationPainter *tp_presentation_view_get_painter (TpPresentationView *self);
guint      tp_presentation_view_get_step     (TpPresentationView    *self);
/** tp_presentation_view_go_to: moves to @step, animated unless animations are off. */
void       tp_presentation_view_go_to        (TpPresentationView    *self,
                                              guint                  step);
gboolean   tp_presentation_view_get_dark     (TpPresentationView    *self);
void       tp_presentation_view_set_dark     (TpPresentationView    *self,
                                              gboolean               dark);
gboolean   tp_presentation_view_is_animating (TpPresentationView    *self);

G_END_DECLS
