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
/** tp_application_get_help_uri: what F1 opens: "help:touchpoint" when the help is installed
 *  where Yelp looks (the XDG data folders), else the source tree's help/C as a "ghelp:" path,
 *  so that the help opens from an uninstalled build too. */
char          *tp_application_get_help_uri   (void);
/** tp_application_help_uri_for: the same choice for given @data_dirs and @source_dir. */
char          *tp_application_help_uri_for   (const char * const *data_dirs,
                                              const char         *source_dir);

G_END_DECLS
