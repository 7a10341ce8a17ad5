/* tp-view-base.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The abstract base of a TpView over one journey: it owns the construct-only
 * "journey" property the interface asks for, so a view only lays out and
 * paints. A subclass implements TpView itself (G_IMPLEMENT_INTERFACE) and
 * reads the journey with tp_view_base_get_journey() from its constructed()
 * on. Pure GObject; never GTK.
 */

#pragma once

#include "tp-view.h"

G_BEGIN_DECLS

#define TP_TYPE_VIEW_BASE (tp_view_base_get_type ())

G_DECLARE_DERIVABLE_TYPE (TpViewBase, tp_view_base, TP, VIEW_BASE, GObject)

struct _TpViewBaseClass
{
  GObjectClass parent_class;

  gpointer padding[4];
};

/** tp_view_base_get_journey: the journey shown (borrowed; set at construction, never NULL
 *  from constructed() on). */
TpJourney *tp_view_base_get_journey (TpViewBase *self);

G_END_DECLS
