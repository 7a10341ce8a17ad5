/* tp-outline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-outline-private.h"
#include "tp-outline-row.h"

G_DEFINE_FINAL_TYPE (TpOutline, tp_outline, GTK_TYPE_WIDGET)

static void tp_outline_select_primary (TpOutline *self);

/* Fills self->phase_cards for every phase of @journey. */
static void
index_phase_cards (TpOutline *self,
                   TpJourney *journey)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(GHashTable) phase_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lane_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree GPtrArray **cells = g_new0 (GPtrArray *, (gsize) phases->len * lanes->len + 1);

  for (guint i = 0; i < phases->len; i++)
    {
      const char *id = tp_element_get_id (g_ptr_array_index (phases, i));

      if (id != NULL && !g_hash_table_contains (phase_index, id))
        g_hash_table_insert (phase_index, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < lanes->len; i++)
    {
      const char *id = tp_element_get_id (g_ptr_array_index (lanes, i));

      if (id != NULL && !g_hash_table_contains (lane_index, id))
        g_hash_table_insert (lane_index, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      const char *phase_id = tp_card_get_phase (card);
      const char *lane_id = tp_card_get_lane (card);
      guint p = phase_id ? GPOINTER_TO_UINT (g_hash_table_lookup (phase_index, phase_id)) : 0;
      guint l = lane_id ? GPOINTER_TO_UINT (g_hash_table_lookup (lane_index, lane_id)) : 0;
      GPtrArray **cell;

      if (p == 0 || l == 0)
        continue;
      cell = &cells[(gsize) (p - 1) * lanes->len + (l - 1)];
      if (*cell == NULL)
        *cell = g_ptr_array_new ();
      g_ptr_array_add (*cell, card);
    }
  for (guint p = 0; p < phases->len; p++)
    {
      GPtrArray *children = g_ptr_array_new ();

      for (guint l = 0; l < lanes->len; l++)
        {
          GPtrArray *cell = cells[(gsize) p * lanes->len + l];

          if (cell == NULL)
            continue;
          g_ptr_array_extend (children, cell, NULL, NULL);
          g_ptr_array_unref (cell);
        }
      g_hash_table_replace (self->phase_cards, g_ptr_array_index (phases, p), children);
    }
}

/* The children an element shows in the tree: the phases of a journey, then
 * its lanes; the cards of a phase (lane by lane, in cell order). */
GPtrArray *
_tp_outline_get_children (TpOutline *self,
                          TpElement *element)
{
  GPtrArray *children = g_ptr_array_new ();

  if (TP_IS_JOURNEY (element))
    {
      GPtrArray *phases = tp_journey_get_phases (TP_JOURNEY (element));
      GPtrArray *lanes = tp_journey_get_lanes (TP_JOURNEY (element));

      for (guint i = 0; i < phases->len; i++)
        g_ptr_array_add (children, g_ptr_array_index (phases, i));
      for (guint i = 0; i < lanes->len; i++)
        g_ptr_array_add (children, g_ptr_array_index (lanes, i));
    }
  else if (TP_IS_PHASE (element))
    {
      TpJourney *journey = TP_JOURNEY (tp_element_get_parent (element));
      GPtrArray *cards;

      if (journey == NULL)
        return children;
      if (!g_hash_table_contains (self->phase_cards, element))
        index_phase_cards (self, journey);
      cards = g_hash_table_lookup (self->phase_cards, element);
      if (cards != NULL)
        g_ptr_array_extend (children, cards, NULL, NULL);
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

/* Journeys and phases have an expander; what is in them is found when a row
 * is expanded (tp-outline-children.c). */
static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  if (!TP_IS_JOURNEY (item) && !TP_IS_PHASE (item))
    return NULL;

  return G_LIST_MODEL (_tp_outline_children_new (TP_OUTLINE (user_data), item));
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
  if (TP_IS_LANE (element))
    {
      title = tp_lane_get_title (TP_LANE (element));
      return g_strdup (title && *title ? title
                                       : tp_enum_get_label (TP_TYPE_LANE_KIND,
                                                            tp_lane_get_kind (TP_LANE (element))));
    }
  if (TP_IS_PERSONA (element))
    {
      title = tp_persona_get_name (TP_PERSONA (element));
      /* Translators: an outline row, e.g. "Persona: First-time buyer" */
      return g_strdup_printf (_("Persona: %s"), title && *title ? title : _("unnamed"));
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

static gboolean
lane_is_hidden (TpOutline *self,
                TpLane    *lane)
{
  gboolean hidden = FALSE;

  g_object_get (lane, self->hidden_property, &hidden, NULL);

  return hidden;
}

static void on_eye_toggled (GtkToggleButton *toggle,
                            TpOutline       *self);

/* The eye toggle after a row's text, which shows or hides a lane in the view. */
static GtkWidget *
add_eye_toggle (TpOutline *self,
                GtkWidget *row)
{
  GtkWidget *toggle = gtk_toggle_button_new ();

  gtk_widget_add_css_class (toggle, "flat");
  gtk_widget_add_css_class (toggle, "outline-eye");
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_focus_on_click (toggle, FALSE);
  g_signal_connect (toggle, "toggled", G_CALLBACK (on_eye_toggled), self);
  tp_outline_row_set_end_widget (TP_OUTLINE_ROW (row), toggle);

  return toggle;
}

/* Brings a row's text, icon and eye toggle up to date with its element. */
static void
update_row (GtkWidget *row)
{
  TpOutline *self = g_object_get_data (G_OBJECT (row), "tp-outline");
  TpElement *element = g_object_get_data (G_OBJECT (row), "tp-element");
  GtkWidget *toggle = tp_outline_row_get_end_widget (TP_OUTLINE_ROW (row));
  g_autofree char *text = NULL;
  gboolean is_lane, hidden;

  if (element == NULL || self == NULL)
    return;
  /* Only lanes have the eye: a row gets it when it first shows a lane. */
  if (toggle == NULL && TP_IS_LANE (element))
    toggle = add_eye_toggle (self, row);

  text = describe_element (element);
  tp_outline_row_set_text (TP_OUTLINE_ROW (row), text);

  is_lane = TP_IS_LANE (element);
  hidden = is_lane && lane_is_hidden (self, TP_LANE (element));
  /* Phases are columns and lanes rows: the icons tell them apart in one list. */
  tp_outline_row_set_icon_name (TP_OUTLINE_ROW (row),
                                TP_IS_PHASE (element) ? "tp-phase-symbolic"
                                : is_lane ? "tp-lane-symbolic"
                                : TP_IS_PERSONA (element) ? "avatar-default-symbolic" : NULL);
  if (toggle != NULL)
    gtk_widget_set_visible (toggle, is_lane);
  tp_outline_row_set_dimmed (TP_OUTLINE_ROW (row), hidden);

  if (is_lane)
    {
      g_autofree char *tip = NULL;

      g_object_set_data (G_OBJECT (toggle), "tp-updating", GINT_TO_POINTER (TRUE));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), !hidden);
      g_object_set_data (G_OBJECT (toggle), "tp-updating", NULL);
      gtk_button_set_icon_name (GTK_BUTTON (toggle),
                                hidden ? "view-conceal-symbolic" : "view-reveal-symbolic");
      /* Translators: the eye button of a lane in the outline; %s is the lane's title */
      tip = g_strdup_printf (hidden ? _("Show the lane “%s” in this view")
                                    : _("Hide the lane “%s” in this view"), text);
      gtk_widget_set_tooltip_text (toggle, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tip,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (toggle),
                                   GTK_ACCESSIBLE_STATE_PRESSED, !hidden,
                                   -1);
    }
}

static void
on_element_notify (GtkWidget *row)
{
  update_row (row);
}

static void
on_eye_toggled (GtkToggleButton *toggle,
                TpOutline       *self)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (toggle));
  TpElement *element = g_object_get_data (G_OBJECT (row), "tp-element");
  gboolean hidden = !gtk_toggle_button_get_active (toggle);

  if (g_object_get_data (G_OBJECT (toggle), "tp-updating") != NULL
      || self->project == NULL || element == NULL || !TP_IS_LANE (element))
    return;

  tp_outline_set_lane_hidden (self, TP_LANE (element), hidden);
}


static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                TpOutline       *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  TpElement *element = g_object_get_data (G_OBJECT (row), "tp-element");

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_SECONDARY
      || element == NULL || self->selection == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (!tp_selection_contains (self->selection, element))
    tp_selection_set_one (self->selection, element);
  _tp_outline_show_context_menu (self, row, x, y);
}

/* A click released on the expander opens or closes the row, as GtkTreeExpander's
 * did (the press went on to select the row). */
static void
on_row_released (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 TpOutline       *self)
{
  TpOutlineRow *row = TP_OUTLINE_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  GtkTreeListRow *list_row = tp_outline_row_get_list_row (row);

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY
      || list_row == NULL || !tp_outline_row_is_on_expander (row, x, y))
    return;

  gtk_tree_list_row_set_expanded (list_row, !gtk_tree_list_row_get_expanded (list_row));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Updates every row built under @widget. */
static void
update_rows (GtkWidget *widget)
{
  if (g_object_get_data (G_OBJECT (widget), "tp-outline") != NULL)
    {
      update_row (widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    update_rows (child);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           TpOutline                *self)
{
  /* One widget draws the expander, the icon and the text (issue #12): GTK 4.8's
   * list view builds about 200 rows whatever shows, and a big journey's are all
   * phases. The eye toggle is added by update_row when the row first shows a lane. */
  GtkWidget *row = tp_outline_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_hexpand (row, TRUE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_row_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_row_released), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));

  g_object_set_data (G_OBJECT (row), "tp-outline", self);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          TpOutline                *self)
{
  GtkTreeListRow *list_row = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GObject *element = gtk_tree_list_row_get_item (list_row);
  gulong handler;

  tp_outline_row_set_list_row (TP_OUTLINE_ROW (row), list_row);
  g_object_set_data_full (G_OBJECT (row), "tp-element", g_object_ref (element), g_object_unref);
  update_row (row);
  handler = g_signal_connect_object (element, "notify", G_CALLBACK (on_element_notify),
                                     row, G_CONNECT_SWAPPED);
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
  GtkWidget *row = gtk_list_item_get_child (list_item);

  if (element != NULL && handler != 0)
    g_clear_signal_handler (&handler, element);
  g_object_set_data (G_OBJECT (list_item), "tp-handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "tp-element", NULL);
  g_object_set_data (G_OBJECT (row), "tp-element", NULL);
  tp_outline_row_set_list_row (TP_OUTLINE_ROW (row), NULL);
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
      GPtrArray *personas = tp_project_get_personas (self->project);

      /* The personas after the journeys, at the top level. */
      for (guint i = 0; i < all->len; i++)
        g_ptr_array_add (journeys, g_ptr_array_index (all, i));
      for (guint i = 0; i < personas->len; i++)
        g_ptr_array_add (journeys, g_ptr_array_index (personas, i));
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
      GListStore *store;

      /* Children never asked for are found afresh when they are. */
      if (children == NULL || !TP_IS_OUTLINE_CHILDREN (children)
          || (store = _tp_outline_children_peek_store (TP_OUTLINE_CHILDREN (children))) == NULL)
        continue;
      wanted = _tp_outline_get_children (self, TP_ELEMENT (item));
      sync_store (store, wanted);
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
  g_hash_table_remove_all (self->phase_cards);
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
      if (TP_IS_JOURNEY (primary) || TP_IS_PERSONA (primary))
        path[n_path++] = primary;
      else if (TP_IS_PHASE (primary) || TP_IS_LANE (primary))
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
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selection_model);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
  g_clear_pointer (&self->phase_cards, g_hash_table_unref);

  G_OBJECT_CLASS (tp_outline_parent_class)->dispose (object);
}

static const struct
{
  guint           keyval;
  GdkModifierType mods;
  gboolean        expand;
} expand_keys[] = {
  { GDK_KEY_plus, 0, TRUE },
  { GDK_KEY_KP_Add, 0, TRUE },
  { GDK_KEY_asterisk, 0, TRUE },
  { GDK_KEY_KP_Multiply, 0, TRUE },
  { GDK_KEY_minus, 0, FALSE },
  { GDK_KEY_KP_Subtract, 0, FALSE },
  { GDK_KEY_slash, 0, FALSE },
  { GDK_KEY_KP_Divide, 0, FALSE },
};

static void
tp_outline_class_init (TpOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_outline_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tp-outline");

  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, _tp_outline_menu_binding,
                                NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, _tp_outline_menu_binding, NULL);
  /* The keys of GtkTreeExpander, which the row replaces: + and * open the focused
   * row, - and / close it. */
  for (guint i = 0; i < G_N_ELEMENTS (expand_keys); i++)
    gtk_widget_class_add_binding (widget_class, expand_keys[i].keyval, expand_keys[i].mods,
                                  _tp_outline_expand_binding, "b", expand_keys[i].expand);
}

static void
tp_outline_init (TpOutline *self)
{
  GtkListItemFactory *factory;

  self->hidden_property = "hidden-in-map";
  self->phase_cards = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
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
                                  _("Journeys, their phases with the cards in each phase, and their lanes"),
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

  g_hash_table_remove_all (self->phase_cards);
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

void
tp_outline_set_lane_hidden (TpOutline *self,
                            TpLane    *lane,
                            gboolean   hidden)
{
  g_return_if_fail (TP_IS_OUTLINE (self));
  g_return_if_fail (TP_IS_LANE (lane));
  g_return_if_fail (self->project != NULL);

  tp_project_begin (self->project, hidden ? _("Hide Lane") : _("Show Lane"));
  tp_project_set (self->project, lane, self->hidden_property, hidden, NULL);
  tp_project_commit (self->project);
}

void
tp_outline_set_hidden_property (TpOutline  *self,
                                const char *property)
{
  g_return_if_fail (TP_IS_OUTLINE (self));
  g_return_if_fail (g_strcmp0 (property, "hidden-in-map") == 0
                    || g_strcmp0 (property, "hidden-in-blueprint") == 0);

  if (g_strcmp0 (self->hidden_property, property) == 0)
    return;

  self->hidden_property = g_strcmp0 (property, "hidden-in-map") == 0 ? "hidden-in-map"
                                                                     : "hidden-in-blueprint";
  /* The rows show the eye of the other view: update them in place, so that the row with the
   * keys keeps them (rebuilding the rows would drop the focus). */
  update_rows (GTK_WIDGET (self));
}
