/* tp-inspector.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector sidebar: edits every field of the primary selected element.
 * Each edit is one tp_project_set() inside a coalescing transaction keyed by
 * "ID:property", so typing in one field is one undo step.
 */

#pragma once

#include <gtk/gtk.h>

#include "model/tp-model.h"
#include "doc/tp-selection.h"

G_BEGIN_DECLS

#define TP_TYPE_INSPECTOR (tp_inspector_get_type ())

G_DECLARE_FINAL_TYPE (TpInspector, tp_inspector, TP, INSPECTOR, GtkWidget)

GtkWidget *tp_inspector_new           (void);
void       tp_inspector_set_project   (TpInspector *self,
                                       TpProject   *project);
void       tp_inspector_set_selection (TpInspector *self,
                                       TpSelection *selection);
/** tp_inspector_get_element: the element being edited, or NULL. */
TpElement *tp_inspector_get_element   (TpInspector *self);
/** tp_inspector_get_field: the editing widget of @property of the edited element (tests). */
GtkWidget *tp_inspector_get_field     (TpInspector *self,
                                       const char  *property);

/** tp_inspector_set_photo: gives the persona being edited the photo @bytes (NULL: none), one undo
 *  step; FALSE with a translated reason when the picture is too large, damaged or not PNG/JPEG. */
gboolean   tp_inspector_set_photo     (TpInspector *self,
                                       GBytes      *bytes,
                                       GError     **error);

G_END_DECLS
