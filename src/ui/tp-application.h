/* tp-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TP_TYPE_APPLICATION (tp_application_get_type ())

G_DECLARE_FINAL_TYPE (TpApplication, tp_application, TP, APPLICATION, AdwApplication)

TpApplication *tp_application_new (void);
/** tp_application_offer_recovery: offers the drafts that crashed or killed runs left (if any). */
void           tp_application_offer_recovery (TpApplication *self);

G_END_DECLS
