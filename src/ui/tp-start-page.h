/* tp-start-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a window shows without a project: recent projects and the templates
 * to begin from. Emits ::new-project (lens) and ::open-file (GFile).
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_TYPE_START_PAGE (tp_start_page_get_type ())

G_DECLARE_FINAL_TYPE (TpStartPage, tp_start_page, TP, START_PAGE, GtkWidget)

GtkWidget *tp_start_page_new            (void);
/** tp_start_page_reload_recent: refreshes the list of recent projects. */
void       tp_start_page_reload_recent  (TpStartPage *self);

G_END_DECLS
