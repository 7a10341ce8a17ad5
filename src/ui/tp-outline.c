/* tp-outline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-outline.h"

struct _TpOutline
{
  GtkWidget           parent_instance;

  /* children */
  GtkWidget          *scroller;
  GtkWidget          *list_view;

  /* owned */
  GListStore         *root;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection_model;
  TpProject          *project;
  TpSelection        *selection;
  guint               refresh_idle;
  gboolean            syncing;
};

G_DEFINE_FINAL_TYPE (TpOutline, tp_outline, GTK_TYPE_WIDGET)

static void tp_outline_select_primary (TpOutline *self);

/* The children an element shows in the tree: phases of a journey, the cards
 * of a phase (lane by lane, in cell order). */
static GPtrArray *
get_children (TpElement *element)
{
  GPtrArray *children = g_ptr_array_new ();

  if (TP_IS_JOURNEY (element))
    {
      GPtrArray *phases = tp_journey_get_phases (TP_JOURNEY (element));

      for (guint i = 0; i < phases->len; i++)
        g_ptr_array_add (children, g_ptr_array_index (phases, i));
    }
  else if (TP_IS_PHASE (element))
    {
      TpJourney *journey = TP_JOURNEY (tp_element_get_parent (element));
      GPtrArray *lanes;

      if (journey == NULL)
        return children;
      lanes = tp_journey_get_lanes (journey);
      for (guint i = 0; i < lanes->len; i++)
        {
          g_autoptr(GPtrArray) cards = NULL;

          cards = tp_journey_get_cell_cards (journey, TP_PHASE (element),
                                             g_ptr_array_index (lanes, i));
          for (guint j = 0; j < cards->len; j++)
            g_ptr_array_add (children, g_ptr_array_index (cards, j));
        }
    }

  return children;
}

/* Makes @store hold @items with one splice of the part that differs, so rows
 * that stay keep their expanded state. */
static void
sync_store (GListStore *store,
            GPtrArray  *items)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < items->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), prefix);

      if (item != g_ptr_array_index (items, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < items->len - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n_old - 1 - suffix);

      if (item != g_ptr_array_index (items, items->len - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == items->len)
    return;

  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       (gpointer *) items->pdata + prefix,
                       items->len - prefix - suffix);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  g_autoptr(GPtrArray) children = NULL;
  GListStore *store;

  if (!TP_IS_JOURNEY (item) && !TP_IS_PHASE (item))
    return NULL;

  children = get_children (item);
  store = g_list_store_new (TP_TYPE_ELEMENT);
  sync_store (store, children);

  return G_LIST_MODEL (store);
}

static char *
describe_element (TpElement *element)
{
  const char *title = NULL;

  if (TP_IS_JOURNEY (element))
    {
      title = tp_journey_get_title (TP_JOURNEY (element));
      return g_strdup (title && *title ? title : _("Untitled journey"));
    }
  if (TP_IS_PHASE (element))
    {
      title = tp_phase_get_title (TP_PHASE (element));
      return g_strdup (title && *title ? title : _("Untitled phase"));
    }
  if (TP_IS_CARD (element))
    {
      TpCardKind kind = tp_card_get_kind (TP_CARD (element));

      title = tp_card_get_title (TP_CARD (element));
      /* Translators: an outline row, e.g. "Emotion: Worried about the price" */
      return g_strdup_printf (_("%s: %s"), tp_enum_get_label (TP_TYPE_CARD_KIND, kind),
                              title && *title ? title : _("untitled"));
    }

  return g_strdup ("");
}

static void
update_row_label (GObject    *element,
                  GParamSpec *pspec,
                  GtkLabel   *label)
{
  g_autofree char *text = describe_element (TP_ELEMENT (element));

  gtk_label_set_text (label, text);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           TpOutline                *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          TpOutline                *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GObject *element = gtk_tree_list_row_get_item (row);
  gulong handler;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  update_row_label (element, NULL, GTK_LABEL (label));
  handler = g_signal_connect_object (element, "notify", G_CALLBACK (update_row_label),
                                     label, G_CONNECT_DEFAULT);
  g_object_set_data (G_OBJECT (list_item), "tp-handler", GSIZE_TO_POINTER (handler));
  g_object_set_data_full (G_OBJECT (list_item), "tp-element", element, g_object_unref);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TpOutline                *self)
{
  GObject *element = g_object_get_data (G_OBJECT (list_item), "tp-element");
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "tp-handler"));
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  if (element != NULL && handler != 0)
    g_clear_signal_handler (&handler, element);
  g_object_set_data (G_OBJECT (list_item), "tp-handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "tp-element", NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

static void
on_selected_changed (GtkSingleSelection *model,
                     GParamSpec         *pspec,
                     TpOutline          *self)
{
  GtkTreeListRow *row;
  TpElement *element;

  if (self->syncing || self->selection == NULL)
    return;

  row = gtk_single_selection_get_selected_item (model);
  if (row == NULL)
    return;

  element = gtk_tree_list_row_get_item (row);
  if (tp_selection_get_primary (self->selection) != element
      || tp_selection_get_count (self->selection) != 1)
    tp_selection_set_one (self->selection, element);
  g_object_unref (element);
}

static void
tp_outline_refresh (TpOutline *self)
{
  g_autoptr(GPtrArray) journeys = g_ptr_array_new ();
  g_autoptr(GPtrArray) expanded = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (self->project != NULL)
    {
      GPtrArray *all = tp_project_get_journeys (self->project);

      for (guint i = 0; i < all->len; i++)
        g_ptr_array_add (journeys, g_ptr_array_index (all, i));
    }

  self->syncing = TRUE;
  sync_store (self->root, journeys);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);

      if (gtk_tree_list_row_get_expanded (row))
        g_ptr_array_add (expanded, g_steal_pointer (&row));
    }
  for (guint i = 0; i < expanded->len; i++)
    {
      GtkTreeListRow *row = g_ptr_array_index (expanded, i);
      GListModel *children = gtk_tree_list_row_get_children (row);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
      g_autoptr(GPtrArray) wanted = NULL;

      if (children == NULL || !G_IS_LIST_STORE (children))
        continue;
      wanted = get_children (TP_ELEMENT (item));
      sync_store (G_LIST_STORE (children), wanted);
    }
  self->syncing = FALSE;

  tp_outline_select_primary (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  TpOutline *self = data;

  self->refresh_idle = 0;
  tp_outline_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
on_project_changed (TpOutline *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

/* Position of the row showing @element at or after @start, or G_MAXUINT. */
static guint
find_row (TpOutline *self,
          TpElement *element,
          guint      start)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = start; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if ((gpointer) item == (gpointer) element)
        return i;
    }

  return G_MAXUINT;
}

static void
tp_outline_select_primary (TpOutline *self)
{
  TpElement *primary = NULL;
  TpElement *path[3] = { NULL, NULL, NULL };
  guint n_path = 0;
  guint pos = 0;

  if (self->selection != NULL)
    primary = tp_selection_get_primary (self->selection);
  if (primary != NULL && TP_IS_METRIC (primary))
    primary = tp_element_get_parent (primary);

  if (primary != NULL && self->project != NULL
      && tp_element_get_project (primary) == (gpointer) self->project)
    {
      if (TP_IS_JOURNEY (primary))
        path[n_path++] = primary;
      else if (TP_IS_PHASE (primary))
        {
          path[n_path++] = tp_element_get_parent (primary);
          path[n_path++] = primary;
        }
      else if (TP_IS_CARD (primary))
        {
          TpElement *phase = tp_project_lookup (self->project,
                                                tp_card_get_phase (TP_CARD (primary)));

          path[n_path++] = tp_element_get_parent (primary);
          if (phase != NULL)
            {
              path[n_path++] = phase;
              path[n_path++] = primary;
            }
        }
    }

  self->syncing = TRUE;
  for (guint i = 0; i < n_path; i++)
    {
      pos = find_row (self, path[i], pos);
      if (pos == G_MAXUINT)
        break;
      if (i + 1 < n_path)
        {
          g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), pos);

          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }

  if (n_path == 0 || pos == G_MAXUINT)
    gtk_single_selection_set_selected (self->selection_model, GTK_INVALID_LIST_POSITION);
  else
    {
      gtk_single_selection_set_selected (self->selection_model, pos);
      gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", pos);
    }
  self->syncing = FALSE;
}

static void
tp_outline_dispose (GObject *object)
{
  TpOutline *self = TP_OUTLINE (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  tp_outline_set_project (self, NULL);
  tp_outline_set_selection (self, NULL);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selection_model);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);

  G_OBJECT_CLASS (tp_outline_parent_class)->dispose (object);
}

static void
tp_outline_class_init (TpOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_outline_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tp-outline");
}

static void
tp_outline_init (TpOutline *self)
{
  GtkListItemFactory *factory;

  self->root = g_list_store_new (TP_TYPE_ELEMENT);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->root)),
                                        FALSE, FALSE, create_child_model, self, NULL);
  self->selection_model = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection_model, FALSE);
  gtk_single_selection_set_can_unselect (self->selection_model, TRUE);
  g_signal_connect (self->selection_model, "notify::selected",
                    G_CALLBACK (on_selected_changed), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);

  self->list_view = gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection_model)),
                                       factory);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Journeys, their phases and the cards in each phase"),
                                  -1);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list_view);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
tp_outline_new (void)
{
  return g_object_new (TP_TYPE_OUTLINE, NULL);
}

void
tp_outline_set_project (TpOutline *self,
                        TpProject *project)
{
  g_return_if_fail (TP_IS_OUTLINE (self));
  g_return_if_fail (project == NULL || TP_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self,
                             G_CONNECT_SWAPPED);

  self->syncing = TRUE;
  g_list_store_remove_all (self->root);
  self->syncing = FALSE;
  if (project == NULL)
    return;

  tp_outline_refresh (self);

  /* Journeys start expanded so their phases show at once. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (TP_IS_JOURNEY (item))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

void
tp_outline_set_selection (TpOutline   *self,
                          TpSelection *selection)
{
  g_return_if_fail (TP_IS_OUTLINE (self));
  g_return_if_fail (selection == NULL || TP_IS_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, tp_outline_select_primary, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_object (selection, "changed", G_CALLBACK (tp_outline_select_primary),
                               self, G_CONNECT_SWAPPED);
      tp_outline_select_primary (self);
    }
}

GListModel *
tp_outline_get_model (TpOutline *self)
{
  g_return_val_if_fail (TP_IS_OUTLINE (self), NULL);

  return G_LIST_MODEL (self->selection_model);
}
