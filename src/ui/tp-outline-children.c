/* tp-outline-children.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The children of an outline row, found when first asked. GtkTreeListModel
 * makes a row's child model to learn whether the row has an expander, and
 * drops it at once unless the row is expanded: GTK 4.8's list view builds
 * about 200 rows, so opening a journey of 1,667 phases made 205 phases'
 * lists of cards (and the index of all 20,000 cards for the first one) to
 * draw their expanders (issue #12). This model costs nothing until a row is
 * expanded and GTK asks what is in it.
 */

#include "config.h"

#include "tp-outline-private.h"

struct _TpOutlineChildren
{
  GObject     parent_instance;

  TpOutline  *outline;   /* weak */
  TpElement  *element;
  GListStore *store;     /* NULL until first asked */
};

static void tp_outline_children_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TpOutlineChildren, tp_outline_children, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      tp_outline_children_list_model_init))

static void
on_store_items_changed (GListModel        *store,
                        guint              position,
                        guint              removed,
                        guint              added,
                        TpOutlineChildren *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static GListModel *
ensure_store (TpOutlineChildren *self)
{
  if (self->store == NULL)
    {
      g_autoptr(GPtrArray) children = self->outline != NULL
                                      ? _tp_outline_get_children (self->outline, self->element)
                                      : g_ptr_array_new ();

      self->store = g_list_store_new (TP_TYPE_ELEMENT);
      g_list_store_splice (self->store, 0, 0, children->pdata, children->len);
      g_signal_connect_object (self->store, "items-changed", G_CALLBACK (on_store_items_changed),
                               self, 0);
    }

  return G_LIST_MODEL (self->store);
}

static GType
tp_outline_children_get_item_type (GListModel *model)
{
  return TP_TYPE_ELEMENT;
}

static guint
tp_outline_children_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (ensure_store (TP_OUTLINE_CHILDREN (model)));
}

static gpointer
tp_outline_children_get_item (GListModel *model,
                              guint       position)
{
  return g_list_model_get_item (ensure_store (TP_OUTLINE_CHILDREN (model)), position);
}

static void
tp_outline_children_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = tp_outline_children_get_item_type;
  iface->get_n_items = tp_outline_children_get_n_items;
  iface->get_item = tp_outline_children_get_item;
}

static void
tp_outline_children_dispose (GObject *object)
{
  TpOutlineChildren *self = TP_OUTLINE_CHILDREN (object);

  g_clear_weak_pointer (&self->outline);
  g_clear_object (&self->element);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_outline_children_parent_class)->dispose (object);
}

static void
tp_outline_children_class_init (TpOutlineChildrenClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tp_outline_children_dispose;
}

static void
tp_outline_children_init (TpOutlineChildren *self)
{
}

TpOutlineChildren *
_tp_outline_children_new (TpOutline *outline,
                          TpElement *element)
{
  TpOutlineChildren *self = g_object_new (TP_TYPE_OUTLINE_CHILDREN, NULL);

  g_set_weak_pointer (&self->outline, outline);
  self->element = g_object_ref (element);

  return self;
}

GListStore *
_tp_outline_children_peek_store (TpOutlineChildren *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE_CHILDREN (self), NULL);

  return self->store;
}
