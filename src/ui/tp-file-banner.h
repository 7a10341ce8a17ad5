/* tp-file-banner.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar above the editor that tells what is special about the open
 * file: deleted on disk (Save writes it again), read-only (Save As), or
 * made by a newer version (unknown parts are kept). Hidden otherwise.
 */

#pragma once

#include <gtk/gtk.h>

#include "doc/tp-document.h"

G_BEGIN_DECLS

#define TP_TYPE_FILE_BANNER (tp_file_banner_get_type ())

G_DECLARE_FINAL_TYPE (TpFileBanner, tp_file_banner, TP, FILE_BANNER, GtkWidget)

GtkWidget  *tp_file_banner_new          (void);
/** tp_file_banner_set_document: follows @document (NULL: hidden). */
void        tp_file_banner_set_document (TpFileBanner *self,
                                         TpDocument   *document);
/** tp_file_banner_get_message: the text shown, or NULL when hidden (tests). */
const char *tp_file_banner_get_message  (TpFileBanner *self);

G_END_DECLS
