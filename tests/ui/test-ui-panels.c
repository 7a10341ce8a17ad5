/* test-ui-panels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline and the inspector: what they show follows the document and
 * the shared selection, and an edit in the inspector is one undo step.
 */

#include "config.h"

#include <string.h>

#include "ui/tp-card-palette.h"
#include "ui/tp-inspector.h"
#include "ui/tp-journey-view.h"
#include "ui/tp-outline.h"
#include "tp-ui-test.h"

static TpElement *
row_element (GListModel *rows,
             guint       position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, position);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  return TP_ELEMENT (item);
}

static guint
find_row (GListModel *rows,
          gpointer    element)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    if (row_element (rows, i) == element)
      return i;

  return G_MAXUINT;
}

static TpCard *
find_card (TpJourney  *journey,
           TpCardKind  kind)
{
  GPtrArray *cards = tp_journey_get_cards (journey);

  for (guint i = 0; i < cards->len; i++)
    if (tp_card_get_kind (g_ptr_array_index (cards, i)) == kind)
      return g_ptr_array_index (cards, i);

  return NULL;
}

static void
test_outline_tree (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(TpSelection) selection = tp_selection_new ();
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  TpCard *card = g_ptr_array_index (tp_journey_get_cards (journey), 0);
  GtkWidget *outline = g_object_ref_sink (tp_outline_new ());
  g_autoptr(TpPhase) added = tp_phase_new (NULL);
  GListModel *rows;
  guint pos;

  tp_outline_set_project (TP_OUTLINE (outline), project);
  tp_outline_set_selection (TP_OUTLINE (outline), selection);
  rows = tp_outline_get_model (TP_OUTLINE (outline));

  /* The journey, then its phases in order, then its lanes. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1 + phases->len + lanes->len);
  g_assert_true (row_element (rows, 0) == TP_ELEMENT (journey));
  for (guint i = 0; i < phases->len; i++)
    g_assert_true (row_element (rows, 1 + i) == g_ptr_array_index (phases, i));
  for (guint i = 0; i < lanes->len; i++)
    g_assert_true (row_element (rows, 1 + phases->len + i) == g_ptr_array_index (lanes, i));

  /* A phase added to the document appears in its place. */
  g_object_set (added, "title", "Loyalty", NULL);
  tp_project_begin (project, "Add Phase");
  tp_project_insert (project, journey, TP_LIST_PHASES, 1, added);
  tp_project_commit (project);
  tp_ui_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1 + phases->len + lanes->len);
  g_assert_true (row_element (rows, 2) == TP_ELEMENT (added));

  /* Selecting a card elsewhere opens its phase and selects its row. */
  tp_selection_set_one (selection, TP_ELEMENT (card));
  pos = find_row (rows, card);
  g_assert_cmpuint (pos, !=, G_MAXUINT);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, pos);

  /* Selecting a row in the outline selects that element everywhere. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 0);
  g_assert_true (tp_selection_get_primary (selection) == TP_ELEMENT (journey));
  g_assert_cmpuint (tp_selection_get_count (selection), ==, 1);

  /* Undo removes the phase row again. */
  tp_project_undo (project);
  tp_ui_test_spin ();
  g_assert_cmpuint (find_row (rows, added), ==, G_MAXUINT);

  g_object_unref (outline);
}

static void
test_inspector_title_one_step (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(TpSelection) selection = tp_selection_new ();
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpCard *card = g_ptr_array_index (tp_journey_get_cards (journey), 0);
  g_autofree char *original = g_strdup (tp_card_get_title (card));
  GtkWidget *inspector = g_object_ref_sink (tp_inspector_new ());
  GtkWidget *entry;

  tp_inspector_set_project (TP_INSPECTOR (inspector), project);
  tp_inspector_set_selection (TP_INSPECTOR (inspector), selection);
  /* With nothing selected it edits the project. */
  g_assert_true (tp_inspector_get_element (TP_INSPECTOR (inspector)) == TP_ELEMENT (project));

  tp_selection_set_one (selection, TP_ELEMENT (card));
  g_assert_true (tp_inspector_get_element (TP_INSPECTOR (inspector)) == TP_ELEMENT (card));
  entry = tp_inspector_get_field (TP_INSPECTOR (inspector), "title");
  g_assert_true (GTK_IS_EDITABLE (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, original);

  /* Typing, one keystroke after another. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "P");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Pa");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Pays at the till");
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_card_get_title (card), ==, "Pays at the till");
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Edit Title");

  /* One undo step brings back the title as it was. */
  g_assert_true (tp_project_undo (project));
  tp_ui_test_spin ();
  g_assert_cmpstr (tp_card_get_title (card), ==, original);
  g_assert_false (tp_project_can_undo (project));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, original);

  /* A change made elsewhere shows in the field. */
  tp_project_set (project, card, "title", "Reads the reviews", NULL);
  tp_ui_test_spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Reads the reviews");

  g_object_unref (inspector);
}

static void
test_inspector_card_kinds (void)
{
  g_autoptr(TpProject) project = tp_template_new_project (TP_LENS_FIVE_PHASES);
  g_autoptr(TpSelection) selection = tp_selection_new ();
  TpJourney *journey = g_ptr_array_index (tp_project_get_journeys (project), 0);
  TpPhase *phase = g_ptr_array_index (tp_journey_get_phases (journey), 0);
  TpLane *lane = g_ptr_array_index (tp_journey_get_lanes (journey), 0);
  TpCard *card = find_card (journey, TP_CARD_KIND_EMOTION);
  GtkWidget *inspector = g_object_ref_sink (tp_inspector_new ());
  GtkWidget *widget;
  const char * const *tags;

  if (card == NULL)
    card = tp_project_add_card (project, phase, lane, -1, TP_CARD_KIND_EMOTION, "Worried");

  tp_inspector_set_project (TP_INSPECTOR (inspector), project);
  tp_inspector_set_selection (TP_INSPECTOR (inspector), selection);
  tp_selection_set_one (selection, TP_ELEMENT (card));

  /* An emotion card is scored on a slider from −3 to +3. */
  widget = tp_inspector_get_field (TP_INSPECTOR (inspector), "emotion-score");
  g_assert_true (GTK_IS_RANGE (widget));
  g_assert_null (tp_inspector_get_field (TP_INSPECTOR (inspector), "channel"));
  gtk_range_set_value (GTK_RANGE (widget), -2);
  g_assert_cmpint (tp_card_get_emotion_score (card), ==, -2);
  g_assert_cmpstr (tp_project_get_undo_label (project), ==, "Change Emotion Score");

  /* Tags are typed as words separated by commas. */
  widget = tp_inspector_get_field (TP_INSPECTOR (inspector), "tags");
  gtk_editable_set_text (GTK_EDITABLE (widget), " price,  trust ,");
  tags = tp_card_get_tags (card);
  g_assert_nonnull (tags);
  g_assert_cmpuint (g_strv_length ((GStrv) tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "price");
  g_assert_cmpstr (tags[1], ==, "trust");

  /* Made a touchpoint, the card offers channel, type, department and metrics. */
  tp_project_set (project, card, "kind", TP_CARD_KIND_TOUCHPOINT, NULL);
  tp_ui_test_spin ();
  g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (inspector), "channel"));
  g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (inspector), "department"));
  g_assert_null (tp_inspector_get_field (TP_INSPECTOR (inspector), "emotion-score"));

  /* A phase shows its own fields. */
  tp_selection_set_one (selection, TP_ELEMENT (phase));
  g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (inspector), "color"));
  g_assert_null (tp_inspector_get_field (TP_INSPECTOR (inspector), "tags"));

  /* A journey: its persona and state. */
  tp_selection_set_one (selection, TP_ELEMENT (journey));
  g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (inspector), "persona"));
  g_assert_nonnull (tp_inspector_get_field (TP_INSPECTOR (inspector), "state"));

  g_object_unref (inspector);
}

static void
on_add_card (TpCardPalette *palette,
             TpCardKind     kind,
             int           *clicked)
{
  *clicked = kind;
}

static void
test_card_palette (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TP_TYPE_CARD_KIND);
  GtkWidget *palette = g_object_ref_sink (tp_card_palette_new ());
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDragSource *source = NULL;
  GtkWidget *button;
  int clicked = -1;

  /* One button per kind of card. */
  for (guint i = 0; i < kinds->n_values; i++)
    g_assert_nonnull (tp_ui_test_find_palette_button (palette, kinds->values[i].value));

  /* A click asks for a card of that kind. */
  g_signal_connect (palette, "add-card", G_CALLBACK (on_add_card), &clicked);
  button = tp_ui_test_find_palette_button (palette, TP_CARD_KIND_PAIN_POINT);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (clicked, ==, TP_CARD_KIND_PAIN_POINT);

  /* A drag offers the kind of card, which the map accepts. */
  button = tp_ui_test_find_palette_button (palette, TP_CARD_KIND_EMOTION);
  controllers = gtk_widget_observe_controllers (button);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        source = GTK_DRAG_SOURCE (controller);
    }
  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 1.0, 1.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, TP_TYPE_CARD_KIND);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_cmpint (g_value_get_enum (&value), ==, TP_CARD_KIND_EMOTION);

  g_object_unref (palette);
}

typedef struct {
  TpCardKind kind;
  GtkWidget *set;
} ChipQuery;

static gboolean
is_chip_of_kind (GtkWidget     *widget,
                 gconstpointer  data)
{
  const ChipQuery *query = data;

  return GTK_IS_BUTTON (widget)
         && gtk_widget_has_css_class (widget, "palette-button")
         && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "tp-card-kind")) == (int) query->kind
         && (widget == query->set || gtk_widget_is_ancestor (widget, query->set)) ;
}

/* In a narrow window every kind still shows, as its mark; in a wide one with its name. Only
 * the chips shown take the focus and the pointer and are in the accessibility tree. Before, a
 * narrow palette scrolled sideways and hid half the kinds. */
static void
test_card_palette_narrow (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (TP_TYPE_CARD_KIND);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *palette = tp_card_palette_new ();
  AdwSqueezer *squeezer = ADW_SQUEEZER (tp_ui_test_find_widget (palette, ADW_TYPE_SQUEEZER));
  guint widths[2] = { 480, 1800 };

  gtk_window_set_child (GTK_WINDOW (window), palette);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWidget *shown_set, *hidden_set = NULL;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 60);
      gtk_window_present (GTK_WINDOW (window));
      tp_ui_test_sleep (300);
      shown_set = adw_squeezer_get_visible_child (squeezer);
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (squeezer));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (child != shown_set)
          hidden_set = child;
      g_assert_nonnull (hidden_set);
      g_assert_true (gtk_widget_get_can_focus (shown_set) && gtk_widget_get_can_target (shown_set));

      for (guint i = 0; i < kinds->n_values; i++)
        {
          ChipQuery shown = { kinds->values[i].value, shown_set };
          ChipQuery hidden = { kinds->values[i].value, hidden_set };
          GtkWidget *chip = tp_ui_test_find (palette, is_chip_of_kind, &shown);
          GtkWidget *other = tp_ui_test_find (palette, is_chip_of_kind, &hidden);
          graphene_rect_t bounds;
          g_autofree char *mismatch = NULL;

          g_assert_nonnull (chip);
          g_assert_true (gtk_widget_compute_bounds (chip, window, &bounds));
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, widths[w]);
          /* Named when wide, a mark only when narrow. */
          g_assert_true ((tp_ui_test_find_widget (chip, GTK_TYPE_LABEL) != NULL) == (w == 1));
          g_assert_nonnull (other);
          g_assert_false (gtk_widget_get_can_focus (gtk_widget_get_parent (other)));
          g_assert_false (gtk_widget_get_can_target (gtk_widget_get_parent (other)));
          mismatch = gtk_test_accessible_check_state (GTK_ACCESSIBLE (other), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
          g_assert_null (mismatch);
          mismatch = gtk_test_accessible_check_state (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
          g_assert_null (mismatch);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tp_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/outline/tree", test_outline_tree);
  g_test_add_func ("/ui/inspector/title-one-step", test_inspector_title_one_step);
  g_test_add_func ("/ui/inspector/card-kinds", test_inspector_card_kinds);
  g_test_add_func ("/ui/card-palette/click-and-drag", test_card_palette);
  g_test_add_func ("/ui/card-palette/narrow", test_card_palette_narrow);

  return tp_ui_test_run ();
}
