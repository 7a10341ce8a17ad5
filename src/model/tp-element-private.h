/* tp-element-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internals shared by the model's .c files: raw list surgery for the
 * document (TpProject records and announces it) and the value helpers every
 * entity's setters use.
 */

#pragma once

#include "tp-element.h"

G_BEGIN_DECLS

/* Which list of a @parent_type holds children of @child_type, or TP_LIST_NONE. */
TpListId    _tp_element_list_for_types   (GType       parent_type,
                                          GType       child_type);
/* The element type a list holds. */
/* The parent type a list belongs to. */
GType       _tp_list_parent_type         (TpListId    list);

/* The list if it was ever created, without creating it. */
GPtrArray  *_tp_element_peek_list        (TpElement  *self,
                                          TpListId    list);

/* Raw list surgery; the caller records and announces the change. */
void        _tp_element_insert_child     (TpElement  *self,
                                          TpListId    list,
                                          guint       index,
                                          TpElement  *child);
void        _tp_element_remove_child     (TpElement  *self,
                                          TpListId    list,
                                          guint       index);
void        _tp_element_move_child       (TpElement  *self,
                                          TpListId    list,
                                          guint       from,
                                          guint       to);

/* Gives a new element, with no id and no parent yet, @id (taken; an empty id
 * is none), as _tp_element_set_id would without copying it. */
void        _tp_element_take_new_id      (TpElement  *self,
                                          char       *id);

/* The prefix of generated ids ("card"), or NULL for elements without ids. */
const char *_tp_element_id_prefix        (TpElement  *self);

/* A parentless deep copy without ids (extra members and children copied). */
TpElement  *_tp_element_copy             (TpElement  *self);

/* Setter helpers: store @value and return TRUE when it changed. */
gboolean    _tp_set_string               (char              **field,
                                          const char         *value);
gboolean    _tp_set_reference            (char              **field,
                                          const char         *value);
gboolean    _tp_set_color                (char              **field,
                                          const char         *value);
gboolean    _tp_set_strv                 (char             ***field,
                                          const char * const *value);
gboolean    _tp_set_double               (double             *field,
                                          double              value);
gboolean    _tp_color_is_valid           (const char         *color);

G_END_DECLS
