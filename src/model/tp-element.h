/* tp-element.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TpElement is the base of every object in a Touchpoint project: it carries
 * the stable id, the owning parent and the JSON members this version does not
 * know (kept so a file from a newer version survives a round trip).
 *
 * Subclasses expose their fields as GObject properties. Properties may be
 * set directly only while building a project that no view observes yet (the
 * loader, tests); every later change goes through tp_project_set() and
 * friends so it is recorded for undo and announced by TpProject::changed.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Ordered child lists. Each list belongs to one kind of parent. */
typedef enum {
  TP_LIST_NONE,
  TP_LIST_PERSONAS,     /* TpProject   → TpPersona    */
  TP_LIST_FLOOR_PLANS,  /* TpProject   → TpFloorPlan  */
  TP_LIST_JOURNEYS,     /* TpProject   → TpJourney    */
  TP_LIST_PHASES,       /* TpJourney   → TpPhase      */
  TP_LIST_LANES,        /* TpJourney   → TpLane       */
  TP_LIST_CARDS,        /* TpJourney   → TpCard       */
  TP_LIST_CONNECTIONS,  /* TpJourney   → TpConnection */
  TP_LIST_PLACEMENTS,   /* TpJourney   → TpPlacement  */
  TP_LIST_METRICS,      /* TpCard      → TpMetric     */
  TP_LIST_ZONES,        /* TpFloorPlan → TpZone       */
  TP_N_LISTS
} TpListId;

#define TP_TYPE_ELEMENT (tp_element_get_type ())

G_DECLARE_DERIVABLE_TYPE (TpElement, tp_element, TP, ELEMENT, GObject)

struct _TpElementClass
{
  GObjectClass parent_class;

  /* The list of this class that holds children of @child_type, or TP_LIST_NONE. */
  TpListId (*list_for_child) (TpElement *self,
                              GType      child_type);
};

/** tp_element_get_id: the stable id, or NULL for objects nobody refers to (metrics, the project). */
const char *tp_element_get_id         (TpElement  *self);
/** tp_element_get_parent: the owning element, or NULL when not in a project. */
TpElement  *tp_element_get_parent     (TpElement  *self);
/** tp_element_get_list: the child list @list of @self (borrowed, read-only), or NULL. */
GPtrArray  *tp_element_get_list       (TpElement  *self,
                                       TpListId    list);
/** tp_element_get_parent_list: which list of its parent @self sits in. */
TpListId    tp_element_get_parent_list (TpElement *self);
/** tp_element_get_index: position of @self in its parent's list, or -1. */
int         tp_element_get_index      (TpElement  *self);
/** tp_element_get_extra: the unknown JSON members, in file order (borrowed; may be NULL). */
JsonObject *tp_element_get_extra      (TpElement  *self);
/** tp_element_set_extra: replaces the unknown members (loader only). */
void        tp_element_set_extra      (TpElement  *self,
                                       JsonObject *extra);
/** tp_element_get_project: the TpProject this element belongs to, or NULL. */
gpointer    tp_element_get_project    (TpElement  *self);

/* For the loader and the document only: append without history or signals. */
void        _tp_element_append_child  (TpElement  *self,
                                       TpListId    list,
                                       TpElement  *child);
/* Sets the id of an element that has none yet (loader, copy/paste). */
void        _tp_element_set_id        (TpElement  *self,
                                       const char *id);

G_END_DECLS
