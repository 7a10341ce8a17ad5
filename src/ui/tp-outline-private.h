/* tp-outline-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tp-outline.h"

G_BEGIN_DECLS

struct _TpOutline
{
  GtkWidget           parent_instance;

  /* children */
  GtkWidget          *scroller;
  GtkWidget          *list_view;
  GtkWidget          *context_menu;

  /* owned */
  GListStore         *root;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection_model;
  TpProject          *project;
  TpSelection        *selection;
  const char         *hidden_property;  /* static: the lane property of the view shown */
  /* The cards each phase shows (lane by lane, in cell order), found in one pass over
   * its journey's cards when a phase row first asks, and dropped on any change: asking
   * each cell in turn scanned every card of the journey per lane and phase (issue #12). */
  GHashTable         *phase_cards;      /* TpPhase → GPtrArray of TpCard */
  guint               refresh_idle;
  gboolean            syncing;
};

/* tp-outline.c: the children an element shows in the tree (a new array). */
GPtrArray *_tp_outline_get_children (TpOutline *self,
                                     TpElement *element);

/* tp-outline-children.c: a row's children, found when GTK first asks for them. */
#define TP_TYPE_OUTLINE_CHILDREN (tp_outline_children_get_type ())
G_DECLARE_FINAL_TYPE (TpOutlineChildren, tp_outline_children, TP, OUTLINE_CHILDREN, GObject)

TpOutlineChildren *_tp_outline_children_new        (TpOutline         *outline,
                                                    TpElement         *element);
/* The store of the children once asked for, or NULL. */
GListStore        *_tp_outline_children_peek_store (TpOutlineChildren *self);

/* tp-outline-menu.c */
void     _tp_outline_show_context_menu (TpOutline *self,
                                        GtkWidget *row,
                                        double     x,
                                        double     y);
gboolean _tp_outline_menu_binding      (GtkWidget *widget,
                                        GVariant  *args,
                                        gpointer   user_data);
gboolean _tp_outline_expand_binding    (GtkWidget *widget,
                                        GVariant  *args,
                                        gpointer   user_data);
GtkWidget *_tp_outline_get_focused_row (TpOutline *self);

G_END_DECLS
