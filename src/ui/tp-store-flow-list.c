/* tp-store-flow-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are made again (on idle) whenever the project changes: a journey
 * has tens of touchpoints, and a row shows what several changes decide (the
 * card's title, its phase, its stops). The row with the keyboard focus keeps
 * it across that. The list is beside the plan only: while it is not shown
 * (another view is), no rows are made; they are made when it is mapped, so
 * opening a journey of thousands of touchpoints on the journey map costs
 * nothing here. A row's drag carries its TpCard; the store-flow view takes
 * it as a drop (tp-store-flow-view-place.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/tp-store-place.h"
#include "tp-store-flow-list.h"

struct _TpStoreFlowList
{
  GtkWidget        parent_instance;

  /* children */
  GtkWidget       *box;
  GtkWidget       *summary;
  GtkWidget       *scroller;
  GtkWidget       *list;
  GtkWidget       *place_button;
  GtkWidget       *remove_button;

  /* borrowed */
  TpStoreFlowView *view;        /* weak pointer */

  /* owned */
  TpProject       *project;
  TpJourney       *journey;
  TpSelection     *selection;
  GPtrArray       *cards;       /* TpCard per row, in journey order */
  GArray          *placed;      /* gboolean per row */
  char            *summary_text;
  guint            idle;
  gboolean         syncing;
  gboolean         stale;       /* the rows are out of date, made again when mapped */
};

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TpStoreFlowList, tp_store_flow_list, GTK_TYPE_WIDGET)

static gboolean
has_plan (TpStoreFlowList *self)
{
  const char *id;

  if (self->journey == NULL || self->project == NULL)
    return FALSE;
  id = tp_journey_get_floor_plan (self->journey);
  return id != NULL && TP_IS_FLOOR_PLAN (tp_project_lookup (self->project, id));
}

/* Phase id → title, for the rows of one rebuild. */
static GHashTable *
phase_titles (TpJourney *journey)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GHashTable *titles = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < phases->len; i++)
    {
      const char *id = tp_element_get_id (g_ptr_array_index (phases, i));

      /* The first phase of an id wins, as a search from the start would find it. */
      if (id != NULL && !g_hash_table_contains (titles, id))
        g_hash_table_insert (titles, (gpointer) id,
                             (gpointer) tp_phase_get_title (g_ptr_array_index (phases, i)));
    }
  return titles;
}

static const char *
phase_title (GHashTable *titles,
             TpCard     *card)
{
  const char *phase = tp_card_get_phase (card);
  const char *title = phase != NULL ? g_hash_table_lookup (titles, phase) : NULL;

  return title != NULL ? title : "";
}

static GPtrArray *
selected_cards (TpStoreFlowList *self)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), i);

      if (row != NULL && gtk_list_box_row_is_selected (row))
        g_ptr_array_add (cards, g_ptr_array_index (self->cards, i));
    }
  return cards;
}

static void
update_buttons (TpStoreFlowList *self)
{
  gboolean plan = has_plan (self) && self->view != NULL;
  gboolean any = FALSE, any_placed = FALSE;

  for (guint i = 0; self->selection != NULL && i < self->cards->len; i++)
    if (tp_selection_contains (self->selection, g_ptr_array_index (self->cards, i)))
      {
        any = TRUE;
        any_placed |= g_array_index (self->placed, gboolean, i);
      }
  gtk_widget_set_sensitive (self->place_button, plan && any);
  gtk_widget_set_sensitive (self->remove_button, plan && any_placed);
}

/* The rows show the shared selection. */
static void
sync_rows (TpStoreFlowList *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), i);
      gboolean selected = self->selection != NULL
                          && tp_selection_contains (self->selection, g_ptr_array_index (self->cards, i));

      if (row == NULL || selected == gtk_list_box_row_is_selected (row))
        continue;
      if (selected)
        gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
      else
        gtk_list_box_unselect_row (GTK_LIST_BOX (self->list), row);
    }
  self->syncing = FALSE;
  update_buttons (self);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  TpCard *card = g_object_get_data (G_OBJECT (row), "tp-card");

  return card != NULL ? gdk_content_provider_new_typed (TP_TYPE_CARD, card) : NULL;
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static GtkWidget *
make_row (TpStoreFlowList *self,
          GHashTable      *titles,
          TpCard          *card,
          GArray          *stops)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon, *title, *subtitle;
  const char *name = *tp_card_get_title (card) != '\0' ? tp_card_get_title (card)
                                                        : _("Untitled card");
  const char *phase = phase_title (titles, card);
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autofree char *where = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *label = NULL;
  GtkDragSource *source;

  for (guint i = 0; i < stops->len; i++)
    g_string_append_printf (numbers, i == 0 ? "%u" : ", %u", g_array_index (stops, guint, i));
  if (stops->len == 0)
    where = g_strdup (_("Not placed"));
  else
    /* Translators: the stop numbers of a touchpoint on the plan, e.g. "Stop 3" or "Stops 3, 7" */
    where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stop %s", "Stops %s", stops->len),
                             numbers->str);
  /* Translators: a touchpoint's phase and where it is on the plan, e.g. "Purchase · Stop 3" */
  detail = *phase != '\0' ? g_strdup_printf (_("%s · %s"), phase, where) : g_strdup (where);

  icon = gtk_image_new_from_icon_name (stops->len > 0 ? "mark-location-symbolic"
                                                      : "list-add-symbolic");
  gtk_widget_add_css_class (icon, stops->len > 0 ? "accent" : "dim-label");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  title = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  subtitle = gtk_label_new (detail);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: a touchpoint in the list beside the plan: its title and where it is */
  label = g_strdup_printf (_("%s, %s"), name, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (row, stops->len > 0
                                    ? _("Drag onto the plan to place it again; Delete takes it off")
                                    : _("Drag onto the plan to place it there, or press Enter"));

  g_object_set_data_full (G_OBJECT (row), "tp-card", g_object_ref (card), g_object_unref);
  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  return row;
}

/* Every row goes, and with them what they stood for. */
static void
remove_rows (TpStoreFlowList *self)
{
  GtkWidget *child;

  self->syncing = TRUE;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  self->syncing = FALSE;
  g_ptr_array_set_size (self->cards, 0);
  g_array_set_size (self->placed, 0);
}

static void
rebuild (TpStoreFlowList *self)
{
  GtkWidget *focus = NULL;
  TpCard *focused = NULL;
  g_autoptr(GPtrArray) touchpoints = NULL;
  guint n_placed = 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_clear_handle_id (&self->idle, g_source_remove);
  self->stale = FALSE;

  /* The row with the keys keeps them. */
  if (root != NULL && (focus = gtk_root_get_focus (root)) != NULL
      && gtk_widget_is_ancestor (focus, self->list))
    {
      while (focus != NULL && !GTK_IS_LIST_BOX_ROW (focus))
        focus = gtk_widget_get_parent (focus);
      if (focus != NULL)
        focused = g_object_get_data (G_OBJECT (focus), "tp-card");
      if (focused != NULL)
        g_object_ref (focused);
    }

  remove_rows (self);

  if (self->journey != NULL)
    {
      g_autoptr(GHashTable) titles = phase_titles (self->journey);

      touchpoints = tp_store_touchpoint_cards (self->journey);
      for (guint i = 0; i < touchpoints->len; i++)
        {
          TpCard *card = g_ptr_array_index (touchpoints, i);
          g_autoptr(GArray) stops = tp_store_card_stops (self->journey, card);
          gboolean placed = stops->len > 0;
          GtkWidget *row = make_row (self, titles, card, stops);

          gtk_list_box_append (GTK_LIST_BOX (self->list), row);
          g_ptr_array_add (self->cards, g_object_ref (card));
          g_array_append_val (self->placed, placed);
          n_placed += placed;
          if (card == focused)
            focus = row;
        }
    }

  g_free (self->summary_text);
  if (self->journey == NULL)
    self->summary_text = g_strdup ("");
  else if (!has_plan (self))
    self->summary_text = g_strdup (_("This journey has no floor plan"));
  else if (self->cards->len == 0)
    self->summary_text = g_strdup (_("This journey has no touchpoints yet"));
  else
    /* Translators: how many of the journey's touchpoints have a stop on the plan */
    self->summary_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u placed",
                                                       "%u of %u placed", self->cards->len),
                                          n_placed, self->cards->len);
  gtk_label_set_text (GTK_LABEL (self->summary), self->summary_text);

  sync_rows (self);
  if (focused != NULL)
    {
      if (focus != NULL && GTK_IS_LIST_BOX_ROW (focus))
        gtk_widget_grab_focus (focus);
      g_object_unref (focused);
    }
}

static gboolean
idle_cb (gpointer data)
{
  TpStoreFlowList *self = data;

  self->idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Rows of another journey or project are let go at once (they hold its cards); the
 * new ones are made when the list is shown. */
static void
mark_stale (TpStoreFlowList *self,
            gboolean         drop_rows)
{
  self->stale = TRUE;
  g_clear_handle_id (&self->idle, g_source_remove);
  if (!drop_rows || self->cards->len == 0)
    return;
  remove_rows (self);
}

static void
queue_rebuild (TpStoreFlowList *self)
{
  /* Not once disposed: the window lets go of its project after its children went. */
  if (self->box == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    mark_stale (self, FALSE);
  else if (self->idle == 0)
    self->idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, idle_cb, self, NULL);
}

static void
on_project_changed (TpProject       *project,
                    TpChange        *change,
                    TpStoreFlowList *self)
{
  queue_rebuild (self);
}

static void
on_selection_changed (TpStoreFlowList *self)
{
  sync_rows (self);
}

static void
on_selected_rows_changed (GtkListBox      *list,
                          TpStoreFlowList *self)
{
  g_autoptr(GPtrArray) cards = NULL;
  GPtrArray *items;
  gboolean same = TRUE;

  if (self->syncing || self->selection == NULL)
    return;
  cards = selected_cards (self);
  items = tp_selection_get_items (self->selection);
  same = items->len == cards->len;
  for (guint i = 0; same && i < cards->len; i++)
    same = tp_selection_contains (self->selection, g_ptr_array_index (cards, i));
  if (!same)
    tp_selection_set (self->selection, (TpElement **) cards->pdata, cards->len);
  update_buttons (self);
}

static void
place (TpStoreFlowList *self)
{
  if (self->view != NULL)
    tp_store_flow_view_place_selected (self->view);
}

static void
take_off (TpStoreFlowList *self)
{
  g_autoptr(GPtrArray) cards = NULL;

  if (self->view == NULL || self->selection == NULL)
    return;
  cards = g_ptr_array_copy (tp_selection_get_items (self->selection), NULL, NULL);
  tp_store_flow_view_unplace_cards (self->view, cards);
}

/* Enter (or a double click) on a row: a card not on the plan goes on it; one on it shows its
 * stop on the plan. */
static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  TpStoreFlowList *self)
{
  guint index = gtk_list_box_row_get_index (row);
  TpCard *card;

  if (index >= self->cards->len || self->view == NULL)
    return;
  card = g_ptr_array_index (self->cards, index);
  if (self->selection != NULL && !tp_selection_contains (self->selection, TP_ELEMENT (card)))
    tp_selection_set_one (self->selection, TP_ELEMENT (card));
  if (!g_array_index (self->placed, gboolean, index))
    place (self);
  else
    tp_canvas_scroll_to (TP_CANVAS (self->view), TP_ELEMENT (card));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TpStoreFlowList       *self)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);

  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) && mods == 0)
    {
      take_off (self);
      return TRUE;
    }
  if ((keyval == GDK_KEY_Insert || keyval == GDK_KEY_KP_Insert) && mods == 0)
    {
      place (self);
      return TRUE;
    }
  return FALSE;
}

static GtkWidget *
make_button (const char *icon,
             const char *label,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name (icon));
  gtk_box_append (GTK_BOX (content), gtk_label_new (label));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static void
tp_store_flow_list_map (GtkWidget *widget)
{
  TpStoreFlowList *self = TP_STORE_FLOW_LIST (widget);

  /* Before the children map: the rows made now are mapped with them. */
  if (self->stale)
    rebuild (self);
  GTK_WIDGET_CLASS (tp_store_flow_list_parent_class)->map (widget);
}

static void
tp_store_flow_list_dispose (GObject *object)
{
  TpStoreFlowList *self = TP_STORE_FLOW_LIST (object);

  tp_store_flow_list_set_project (self, NULL);
  tp_store_flow_list_set_selection (self, NULL);
  g_clear_object (&self->journey);
  g_clear_weak_pointer (&self->view);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_handle_id (&self->idle, g_source_remove);

  G_OBJECT_CLASS (tp_store_flow_list_parent_class)->dispose (object);
}

static void
tp_store_flow_list_finalize (GObject *object)
{
  TpStoreFlowList *self = TP_STORE_FLOW_LIST (object);

  g_ptr_array_unref (self->cards);
  g_array_unref (self->placed);
  g_free (self->summary_text);

  G_OBJECT_CLASS (tp_store_flow_list_parent_class)->finalize (object);
}

static void
tp_store_flow_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TpStoreFlowList *self = TP_STORE_FLOW_LIST (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_store_flow_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TpStoreFlowList *self = TP_STORE_FLOW_LIST (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      tp_store_flow_list_set_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_store_flow_list_class_init (TpStoreFlowListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_store_flow_list_dispose;
  object_class->finalize = tp_store_flow_list_finalize;
  object_class->get_property = tp_store_flow_list_get_property;
  object_class->set_property = tp_store_flow_list_set_property;
  widget_class->map = tp_store_flow_list_map;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, TP_TYPE_STORE_FLOW_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tp-store-flow-list");
}

static void
tp_store_flow_list_init (TpStoreFlowList *self)
{
  GtkWidget *header, *heading, *bar;
  GtkEventController *keys;

  self->cards = g_ptr_array_new_with_free_func (g_object_unref);
  self->placed = g_array_new (FALSE, FALSE, sizeof (gboolean));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, 10);
  gtk_widget_set_margin_bottom (header, 8);
  heading = gtk_label_new (_("Touchpoints"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_widget_add_css_class (self->summary, "caption");
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (header), self->summary);
  gtk_box_append (GTK_BOX (self->box), header);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_MULTIPLE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), FALSE);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Touchpoints to place on the plan"), -1);
  g_signal_connect_object (self->list, "selected-rows-changed",
                           G_CALLBACK (on_selected_rows_changed), self, 0);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated), self, 0);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (self->list, keys);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->scroller);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (bar, "toolbar");
  self->place_button = make_button ("mark-location-symbolic", _("Place on Plan"),
                                    _("Put the selected touchpoints on the plan, next to the stop before them (Insert)"));
  g_signal_connect_object (self->place_button, "clicked", G_CALLBACK (place), self,
                           G_CONNECT_SWAPPED);
  self->remove_button = make_button ("list-remove-symbolic", _("Take Off"),
                                     _("Take the selected touchpoints off the plan (Delete)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Take Off the Plan"), -1);
  g_signal_connect_object (self->remove_button, "clicked", G_CALLBACK (take_off), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), self->place_button);
  gtk_box_append (GTK_BOX (bar), self->remove_button);
  gtk_box_append (GTK_BOX (self->box), bar);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Touchpoints"), -1);
  rebuild (self);
}

GtkWidget *
tp_store_flow_list_new (void)
{
  return g_object_new (TP_TYPE_STORE_FLOW_LIST, NULL);
}

void
tp_store_flow_list_set_view (TpStoreFlowList *self,
                             TpStoreFlowView *view)
{
  g_return_if_fail (TP_IS_STORE_FLOW_LIST (self));
  g_return_if_fail (view == NULL || TP_IS_STORE_FLOW_VIEW (view));

  if (g_set_weak_pointer (&self->view, view))
    {
      if (self->box != NULL)
        update_buttons (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
    }
}

void
tp_store_flow_list_set_project (TpStoreFlowList *self,
                                TpProject       *project)
{
  g_return_if_fail (TP_IS_STORE_FLOW_LIST (self));

  if (self->project == project)
    return;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, on_project_changed, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed), self, 0);
  if (self->box != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    mark_stale (self, TRUE);
  else
    queue_rebuild (self);
}

void
tp_store_flow_list_set_journey (TpStoreFlowList *self,
                                TpJourney       *journey)
{
  g_return_if_fail (TP_IS_STORE_FLOW_LIST (self));

  if (g_set_object (&self->journey, journey) && self->box != NULL)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        rebuild (self);
      else
        mark_stale (self, TRUE);
    }
}

void
tp_store_flow_list_set_selection (TpStoreFlowList *self,
                                  TpSelection     *selection)
{
  g_return_if_fail (TP_IS_STORE_FLOW_LIST (self));

  if (self->selection == selection)
    return;
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_object (selection, "changed", G_CALLBACK (on_selection_changed), self,
                             G_CONNECT_SWAPPED);
  if (self->box != NULL)
    sync_rows (self);
}

static void
flush (TpStoreFlowList *self)
{
  if (self->idle != 0 || self->stale)
    rebuild (self);
}

guint
tp_store_flow_list_get_n_rows (TpStoreFlowList *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_LIST (self), 0);

  flush (self);
  return self->cards->len;
}

GtkWidget *
tp_store_flow_list_get_row (TpStoreFlowList *self,
                            guint            index)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_LIST (self), NULL);

  flush (self);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), index));
}

TpCard *
tp_store_flow_list_get_card (TpStoreFlowList *self,
                             guint            index)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_LIST (self), NULL);

  flush (self);
  return index < self->cards->len ? g_ptr_array_index (self->cards, index) : NULL;
}

gboolean
tp_store_flow_list_row_is_placed (TpStoreFlowList *self,
                                  guint            index)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_LIST (self), FALSE);

  flush (self);
  return index < self->placed->len && g_array_index (self->placed, gboolean, index);
}

const char *
tp_store_flow_list_get_summary (TpStoreFlowList *self)
{
  g_return_val_if_fail (TP_IS_STORE_FLOW_LIST (self), NULL);

  flush (self);
  return self->summary_text;
}
