/* test-render-blueprint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service blueprint's layout and arrows: which cards make the columns,
 * the rows and the three lines, the rule that puts frontstage, backstage and
 * support cards under a step, hit testing, drops that change a card's lane,
 * keyboard neighbours; arrows at right angles that never cross a card, over
 * every example and a generated 2,000-card blueprint, parallel arrows apart,
 * and re-routing only what a move touched.
 */

#include "config.h"

#include <math.h>

#include "io/tp-format.h"
#include "render/tp-blueprint-layout.h"
#include "render/tp-blueprint-route.h"
#include "tp-test-blueprint.h"

typedef struct {
  TpProject *project;
  TpJourney *journey;
  TpPhase   *phases[4];
  TpLane    *lanes[8];
} Fixture;

static TpCard *
card (Fixture    *f,
      const char *id,
      guint       phase,
      guint       lane)
{
  TpCard *c = tp_card_new (id, tp_lane_kind_default_card_kind (tp_lane_get_kind (f->lanes[lane])));

  g_object_set (c, "phase", tp_element_get_id (TP_ELEMENT (f->phases[phase])),
                "lane", tp_element_get_id (TP_ELEMENT (f->lanes[lane])), "title", id, NULL);
  _tp_element_append_child (TP_ELEMENT (f->journey), TP_LIST_CARDS, TP_ELEMENT (c));
  g_object_unref (c);
  return c;
}

static void
add_link (Fixture    *f,
      const char *id,
      const char *from,
      const char *to)
{
  TpConnection *c = tp_connection_new (id, from, to);

  _tp_element_append_child (TP_ELEMENT (f->journey), TP_LIST_CONNECTIONS, TP_ELEMENT (c));
  g_object_unref (c);
}

/* Lanes in a deliberately mixed order: support first, a feelings lane, a
 * hidden backstage lane; phases: 0 with three steps, 1 with none, 2 with one. */
static void
fixture_init (Fixture *f)
{
  static const struct { const char *id; TpLaneKind kind; gboolean hidden; } lanes[] = {
    { "sup", TP_LANE_KIND_SUPPORT, FALSE },
    { "act", TP_LANE_KIND_ACTIVITY, FALSE },
    { "feel", TP_LANE_KIND_FEELINGS, FALSE },
    { "back", TP_LANE_KIND_BACKSTAGE, FALSE },
    { "front", TP_LANE_KIND_FRONTSTAGE, FALSE },
    { "evi", TP_LANE_KIND_EVIDENCE, FALSE },
    { "back2", TP_LANE_KIND_BACKSTAGE, TRUE },
    { "tp", TP_LANE_KIND_TOUCHPOINTS, FALSE },
  };

  f->project = tp_project_new ();
  f->journey = tp_journey_new ("j");
  _tp_element_append_child (TP_ELEMENT (f->project), TP_LIST_JOURNEYS, TP_ELEMENT (f->journey));
  g_object_unref (f->journey);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      f->phases[i] = tp_phase_new (id);
      _tp_element_append_child (TP_ELEMENT (f->journey), TP_LIST_PHASES, TP_ELEMENT (f->phases[i]));
      g_object_unref (f->phases[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    {
      f->lanes[i] = tp_lane_new (lanes[i].id, lanes[i].kind);
      g_object_set (f->lanes[i], "hidden-in-blueprint", lanes[i].hidden, NULL);
      _tp_element_append_child (TP_ELEMENT (f->journey), TP_LIST_LANES, TP_ELEMENT (f->lanes[i]));
      g_object_unref (f->lanes[i]);
    }

  card (f, "s1", 0, 1);
  card (f, "s2", 0, 1);
  card (f, "s3", 0, 1);
  card (f, "s4", 2, 1);
  /* Backstage of phase 0: b0 is tied to s3 (as the target), b1 to nothing,
   * b2 to nothing, b3 to nothing (spread evenly with b1 and b2), b4 to s2 and s1
   * (the first step wins), b5 to s4 of another phase (ignored: index rule). */
  card (f, "b0", 0, 3);
  card (f, "b1", 0, 3);
  card (f, "b2", 0, 3);
  card (f, "b3", 0, 3);
  card (f, "b4", 0, 3);
  card (f, "b5", 0, 3);
  card (f, "f1", 1, 4);      /* phase without steps */
  card (f, "e1", 2, 5);
  card (f, "u1", 2, 0);
  card (f, "h1", 0, 6);      /* hidden lane */
  card (f, "t1", 0, 7);      /* touchpoint lane: not in the blueprint */
  card (f, "feel1", 0, 2);
  add_link (f, "c1", "s3", "b0");
  add_link (f, "c2", "b4", "s2");
  add_link (f, "c3", "s1", "b4");
  add_link (f, "c4", "b5", "s4");
  add_link (f, "c5", "s1", "s2");
  add_link (f, "c6", "s4", "u1");
  add_link (f, "c7", "b0", "u1");
  add_link (f, "c8", "s1", "h1");
}

static void
fixture_clear (Fixture *f)
{
  g_clear_object (&f->project);
}

static const TpBlueprintBox *
box_of (TpBlueprintLayout *layout,
        const char        *id)
{
  const TpBlueprintBox *box = tp_blueprint_layout_find_card_by_id (layout, id);

  g_assert_nonnull (box);
  return box;
}

static void
test_rows_columns_lines (void)
{
  Fixture f;
  g_autoptr(TpBlueprintLayout) layout = NULL;
  const TpBlueprintColumn *column;
  double y_interaction, y_visibility, y_internal;
  TpRect rect;

  fixture_init (&f);
  layout = tp_blueprint_layout_new (f.journey, NULL);

  /* Rows: evidence, actions, frontstage, backstage, support; feelings,
   * touchpoints and the hidden lane are left out. */
  g_assert_cmpuint (tp_blueprint_layout_get_n_rows (layout), ==, 5);
  g_assert_true (tp_blueprint_layout_get_lane (layout, 0) == f.lanes[5]);
  g_assert_true (tp_blueprint_layout_get_lane (layout, 1) == f.lanes[1]);
  g_assert_true (tp_blueprint_layout_get_lane (layout, 2) == f.lanes[4]);
  g_assert_true (tp_blueprint_layout_get_lane (layout, 3) == f.lanes[3]);
  g_assert_true (tp_blueprint_layout_get_lane (layout, 4) == f.lanes[0]);
  g_assert_cmpint (tp_blueprint_layout_get_row_for_lane (layout, f.lanes[2]), ==, -1);
  g_assert_cmpint (tp_blueprint_layout_get_row_for_lane (layout, f.lanes[6]), ==, -1);
  g_assert_null (tp_blueprint_layout_find_card_by_id (layout, "h1"));
  g_assert_null (tp_blueprint_layout_find_card_by_id (layout, "t1"));
  g_assert_null (tp_blueprint_layout_find_card_by_id (layout, "feel1"));

  /* Columns: s1 s2 s3 | (none) | s4. */
  g_assert_cmpuint (tp_blueprint_layout_get_n_columns (layout), ==, 5);
  column = tp_blueprint_layout_get_column (layout, 0);
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (column->step)), ==, "s1");
  g_assert_true (column->phase == f.phases[0]);
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_get_column (layout, 2)->step)), ==, "s3");
  column = tp_blueprint_layout_get_column (layout, 3);
  g_assert_null (column->step);
  g_assert_true (column->phase == f.phases[1]);
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_get_column (layout, 4)->step)), ==, "s4");
  g_assert_cmpuint (box_of (layout, "f1")->column, ==, 3);

  /* The three lines, in order, between the right rows. */
  g_assert_true (tp_blueprint_layout_get_line (layout, TP_BLUEPRINT_LINE_INTERACTION, &y_interaction, NULL));
  g_assert_true (tp_blueprint_layout_get_line (layout, TP_BLUEPRINT_LINE_VISIBILITY, &y_visibility, NULL));
  g_assert_true (tp_blueprint_layout_get_line (layout, TP_BLUEPRINT_LINE_INTERNAL, &y_internal, NULL));
  tp_blueprint_layout_get_row_rect (layout, 1, &rect);
  g_assert_cmpfloat (y_interaction, >, rect.y + rect.height);
  tp_blueprint_layout_get_row_rect (layout, 2, &rect);
  g_assert_cmpfloat (y_interaction, <, rect.y);
  g_assert_cmpfloat (y_visibility, >, rect.y + rect.height);
  tp_blueprint_layout_get_row_rect (layout, 3, &rect);
  g_assert_cmpfloat (y_visibility, <, rect.y);
  g_assert_cmpfloat (y_internal, >, rect.y + rect.height);
  tp_blueprint_layout_get_row_rect (layout, 4, &rect);
  g_assert_cmpfloat (y_internal, <, rect.y);

  fixture_clear (&f);
}

static void
test_placement_rule (void)
{
  Fixture f;
  g_autoptr(TpBlueprintLayout) layout = NULL;

  fixture_init (&f);
  layout = tp_blueprint_layout_new (f.journey, NULL);

  /* Six cards, three steps: the cards not tied to a step are spread evenly
   * in cell order, card i under step ⌊i · 3 / 6⌋ (not piled under the last). */
  g_assert_cmpuint (box_of (layout, "b0")->column, ==, 2);  /* connected to s3 */
  g_assert_cmpuint (box_of (layout, "b1")->column, ==, 0);  /* card 1 → step 0 */
  g_assert_cmpuint (box_of (layout, "b2")->column, ==, 1);  /* card 2 → step 1 */
  g_assert_cmpuint (box_of (layout, "b3")->column, ==, 1);  /* card 3 → step 1 */
  g_assert_cmpuint (box_of (layout, "b4")->column, ==, 0);  /* s1 before s2 */
  g_assert_cmpuint (box_of (layout, "b5")->column, ==, 2);  /* s4 is of phase 2; card 5 → step 2 */
  g_assert_cmpuint (box_of (layout, "e1")->column, ==, 4);
  g_assert_cmpuint (box_of (layout, "u1")->column, ==, 4);

  /* Stacked in cell order, one slot height per row: two cards under each step. */
  g_assert_cmpuint (box_of (layout, "b0")->slot, ==, 0);
  g_assert_cmpuint (box_of (layout, "b5")->slot, ==, 1);
  g_assert_cmpuint (box_of (layout, "b1")->slot, ==, 0);
  g_assert_cmpuint (box_of (layout, "b4")->slot, ==, 1);
  g_assert_cmpuint (box_of (layout, "b2")->slot, ==, 0);
  g_assert_cmpuint (box_of (layout, "b3")->slot, ==, 1);
  g_assert_cmpuint (tp_blueprint_layout_get_row_n_slots (layout, 3), ==, 2);
  g_assert_cmpfloat (box_of (layout, "b1")->rect.y, ==, box_of (layout, "b0")->rect.y);
  g_assert_cmpfloat (box_of (layout, "b3")->rect.y, >, box_of (layout, "b2")->rect.y
                     + box_of (layout, "b2")->rect.height);

  /* Without a customer-action lane every phase is one column. */
  g_object_set (f.lanes[1], "hidden-in-blueprint", TRUE, NULL);
  g_clear_pointer (&layout, tp_blueprint_layout_free);
  layout = tp_blueprint_layout_new (f.journey, NULL);
  g_assert_cmpuint (tp_blueprint_layout_get_n_columns (layout), ==, 3);
  g_assert_cmpuint (box_of (layout, "b3")->column, ==, 0);
  g_assert_cmpuint (box_of (layout, "b3")->slot, ==, 3);

  fixture_clear (&f);
}

/* A big blueprint whose rows would be as deep as their fullest cell all the
 * way across stacks fewer cards a row and widens the columns that hold more:
 * their cards stand side by side, down one track, then the next, inside the
 * column, over no other card. A small one keeps one track a column. */
static void
test_deep_cells_side_by_side (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (2000, 1000, 7, &journey);
  g_autoptr(TpBlueprintLayout) layout = tp_blueprint_layout_new (journey, NULL);
  guint n_rows = tp_blueprint_layout_get_n_rows (layout);
  guint n_columns = tp_blueprint_layout_get_n_columns (layout);
  guint shallower = 0;
  double deep_height = 0, rows_height = 0;
  gboolean beside_found = FALSE;
  TpRect row;
  Fixture f;
  g_autoptr(TpBlueprintLayout) small = NULL;
  const TpBlueprintLayoutOptions *o = tp_blueprint_layout_get_options (layout);

  g_assert_cmpuint (tp_blueprint_layout_get_n_tracks (layout), >, n_columns);
  for (guint r = 0; r < n_rows; r++)
    {
      guint fullest = 0;

      for (guint c = 0; c < n_columns; c++)
        {
          guint n, tracks;
          const TpBlueprintBox *boxes = tp_blueprint_layout_get_cell_boxes (layout, c, r, &n);
          TpRect column;

          fullest = MAX (fullest, n);
          tp_blueprint_layout_get_cell (layout, c, r, &column);
          tracks = (guint) round (column.width / (o->card_width + o->column_gap));
          for (guint i = 0; i < n; i++)
            {
              /* In the column and the row, at the place its order gives. */
              g_assert_true (tp_rect_contains (&column, boxes[i].rect.x, boxes[i].rect.y));
              g_assert_true (tp_rect_contains (&column, boxes[i].rect.x + boxes[i].rect.width,
                                               boxes[i].rect.y + boxes[i].rect.height));
              g_assert_cmpuint (boxes[i].level, <, tp_blueprint_layout_get_row_n_slots (layout, r));
              if (i > 0)
                g_assert_true (boxes[i].track > boxes[i - 1].track
                               || (boxes[i].track == boxes[i - 1].track
                                   && boxes[i].level == boxes[i - 1].level + 1));
              /* As evenly as the tracks allow: no track is deeper than it must be. */
              g_assert_cmpuint (boxes[i].level, <, (n + tracks - 1) / tracks);
              for (guint j = 0; j < i; j++)
                g_assert_false (tp_rect_intersects (&boxes[i].rect, &boxes[j].rect));
            }
        }
      if (tp_blueprint_layout_get_row_n_slots (layout, r) < fullest)
        shallower++;
      tp_blueprint_layout_get_row_rect (layout, r, &row);
      rows_height += row.height;
      deep_height += o->slot_gap + fullest * (o->card_height + o->slot_gap);
    }
  /* Backstage (ten cards under one step) and others hold fewer a track. */
  g_assert_cmpuint (shallower, >=, 2);
  /* The picture is at least a tenth smaller than one track a column would make it. */
  g_assert_cmpfloat (tp_blueprint_layout_get_width (layout) * tp_blueprint_layout_get_height (layout), <=,
                     0.9 * (o->row_header_width + o->column_gap + n_columns * (o->card_width + o->column_gap))
                     * (tp_blueprint_layout_get_height (layout) - rows_height + deep_height));

  /* A drop on a column's second track lands after the cards of its first,
   * and the keyboard walks across the tracks and down them. */
  for (guint i = 0; i < tp_blueprint_layout_get_n_cards (layout); i++)
    {
      const TpBlueprintBox *box = tp_blueprint_layout_get_box (layout, i);
      const TpBlueprintBox *first;
      TpBlueprintDropTarget target;
      guint n;

      if (box->track == 0 || box->level != 0
          || tp_blueprint_layout_get_cell_boxes (layout, box->column, box->row, &n)->track == box->track)
        continue;
      first = tp_blueprint_layout_get_cell_boxes (layout, box->column, box->row, &n);
      g_assert_true (tp_blueprint_layout_drop_target (layout, box->rect.x + 10, box->rect.y + 5, NULL, 0,
                                                      &target));
      g_assert_cmpuint (target.column, ==, box->column);
      g_assert_cmpuint (target.row, ==, box->row);
      g_assert_cmpuint (target.slot, ==, box->slot);
      g_assert_cmpfloat (target.indicator.x, ==, box->rect.x);
      g_assert_true (tp_blueprint_layout_neighbour (layout, first->card, 1, 0) == box->card);
      g_assert_true (tp_blueprint_layout_neighbour (layout, box->card, -1, 0) == first->card);
      if (n > 1 && first[1].track == first->track)
        g_assert_true (tp_blueprint_layout_neighbour (layout, first->card, 0, 1) == first[1].card);
      beside_found = TRUE;
      break;
    }
  g_assert_true (beside_found);

  /* The hand-made fixture: one track a column, rows as deep as their fullest cell. */
  fixture_init (&f);
  small = tp_blueprint_layout_new (f.journey, NULL);
  g_assert_cmpuint (tp_blueprint_layout_get_n_tracks (small), ==, tp_blueprint_layout_get_n_columns (small));
  g_assert_cmpuint (tp_blueprint_layout_get_row_n_slots (small, 3), ==, 2);
  fixture_clear (&f);
}

static void
test_hit_drop_neighbours (void)
{
  Fixture f;
  g_autoptr(TpBlueprintLayout) layout = NULL;
  const TpBlueprintBox *b2, *s2;
  TpBlueprintHit hit;
  TpBlueprintDropTarget target;
  TpRect rect, band;
  TpCard *moving;
  TpElement *elements[2];

  fixture_init (&f);
  layout = tp_blueprint_layout_new (f.journey, NULL);
  b2 = box_of (layout, "b2");
  s2 = box_of (layout, "s2");

  tp_blueprint_layout_hit_test (layout, b2->rect.x + 5, b2->rect.y + 5, &hit);
  g_assert_cmpint (hit.kind, ==, TP_BLUEPRINT_HIT_CARD);
  g_assert_true (hit.card == b2->card);
  tp_blueprint_layout_hit_test (layout, b2->rect.x - 4, b2->rect.y + 5, &hit);
  g_assert_cmpint (hit.kind, ==, TP_BLUEPRINT_HIT_CELL);
  g_assert_cmpint (hit.row, ==, 3);
  tp_blueprint_layout_hit_test (layout, 10, b2->rect.y, &hit);
  g_assert_cmpint (hit.kind, ==, TP_BLUEPRINT_HIT_ROW_HEADER);
  g_assert_cmpint (hit.row, ==, 3);
  tp_blueprint_layout_hit_test (layout, s2->rect.x, 5, &hit);
  g_assert_cmpint (hit.kind, ==, TP_BLUEPRINT_HIT_PHASE_HEADER);
  g_assert_cmpint (hit.column, ==, 0);
  g_assert_true (tp_blueprint_layout_get_line (layout, TP_BLUEPRINT_LINE_VISIBILITY, NULL, &band));
  tp_blueprint_layout_hit_test (layout, 300, band.y + band.height / 2, &hit);
  g_assert_cmpint (hit.kind, ==, TP_BLUEPRINT_HIT_LINE);
  g_assert_cmpint (hit.line, ==, TP_BLUEPRINT_LINE_VISIBILITY);

  /* Dragging s2's backstage card b2 up into the frontstage row of step s3:
   * the lane changes, the phase stays. */
  moving = b2->card;
  tp_blueprint_layout_get_cell (layout, 2, 2, &rect);
  g_assert_true (tp_blueprint_layout_drop_target (layout, rect.x + rect.width / 2, rect.y + 10,
                                                  &moving, 1, &target));
  g_assert_true (target.lane == f.lanes[4]);
  g_assert_true (target.phase == f.phases[0]);
  g_assert_cmpuint (target.index_in_cell, ==, 0);
  /* Into the backstage row of phase 0 under s3, below b0: after b1 and b4 (column 0), b3
   * (column 1) and b0. */
  tp_blueprint_layout_get_cell (layout, 2, 3, &rect);
  g_assert_true (tp_blueprint_layout_drop_target (layout, rect.x + 20,
                                                  box_of (layout, "b0")->rect.y + 60,
                                                  &moving, 1, &target));
  g_assert_true (target.lane == f.lanes[3]);
  g_assert_cmpuint (target.index_in_cell, ==, 4);  /* b1, b4, b3, b0; b2 moving */
  /* A drop in the empty phase goes to that phase. */
  tp_blueprint_layout_get_cell (layout, 3, 4, &rect);
  g_assert_true (tp_blueprint_layout_drop_target (layout, rect.x + 20, rect.y + 20, &moving, 1, &target));
  g_assert_true (target.phase == f.phases[1]);
  g_assert_true (target.lane == f.lanes[0]);

  /* Keyboard. */
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_neighbour (layout, NULL, 0, 0))), ==, "s1");
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_neighbour (layout, s2->card, 1, 0))), ==, "s3");
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_neighbour (layout, s2->card, 0, 1))), ==, "b2");
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_neighbour (layout, box_of (layout, "b3")->card, 0, -1))), ==, "b2");
  g_assert_cmpstr (tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_neighbour (layout, b2->card, 0, 1))), ==, "b3");
  g_assert_null (tp_blueprint_layout_neighbour (layout, box_of (layout, "s4")->card, 1, 0));

  /* The rectangle of a card and a phase. */
  elements[0] = TP_ELEMENT (b2->card);
  g_assert_true (tp_blueprint_layout_get_elements_rect (layout, elements, 1, &rect));
  g_assert_cmpfloat (rect.x, ==, b2->rect.x);
  g_assert_cmpfloat (rect.width, ==, b2->rect.width);
  elements[1] = TP_ELEMENT (f.phases[2]);
  g_assert_true (tp_blueprint_layout_get_elements_rect (layout, elements, 2, &rect));
  g_assert_cmpfloat (rect.x + rect.width, >=, box_of (layout, "s4")->rect.x + b2->rect.width);

  fixture_clear (&f);
}

/* --- arrows -------------------------------------------------------------- */

static gboolean
on_edge (const TpRect  *r,
         const TpPoint *p)
{
  gboolean in_x = p->x >= r->x - 1e-6 && p->x <= r->x + r->width + 1e-6;
  gboolean in_y = p->y >= r->y - 1e-6 && p->y <= r->y + r->height + 1e-6;

  return (in_x && (fabs (p->y - r->y) < 1e-6 || fabs (p->y - r->y - r->height) < 1e-6))
         || (in_y && (fabs (p->x - r->x) < 1e-6 || fabs (p->x - r->x - r->width) < 1e-6));
}

/* Whether the segment p–q passes through the inside of @r. */
static gboolean
crosses (const TpRect  *r,
         const TpPoint *p,
         const TpPoint *q)
{
  double x0 = MIN (p->x, q->x), x1 = MAX (p->x, q->x);
  double y0 = MIN (p->y, q->y), y1 = MAX (p->y, q->y);

  return x1 > r->x + 1e-6 && x0 < r->x + r->width - 1e-6
         && y1 > r->y + 1e-6 && y0 < r->y + r->height - 1e-6;
}

static void
assert_routes_sound (TpBlueprintLayout *layout,
                     TpBlueprintRoutes *routes,
                     guint              expected)
{
  guint n_boxes = tp_blueprint_layout_get_n_cards (layout);

  g_assert_cmpuint (tp_blueprint_routes_get_n_routes (routes), ==, expected);
  for (guint i = 0; i < tp_blueprint_routes_get_n_routes (routes); i++)
    {
      const TpBlueprintRoute *route = tp_blueprint_routes_get_route (routes, i);
      const TpBlueprintBox *from = tp_blueprint_layout_find_card (layout, route->from);
      const TpBlueprintBox *to = tp_blueprint_layout_find_card (layout, route->to);

      g_assert_cmpuint (route->n_points, >=, 2);
      if (!on_edge (&from->rect, &route->points[0]) || !on_edge (&to->rect, &route->points[route->n_points - 1]))
        g_error ("%s does not start and end on its cards' edges",
                 tp_element_get_id (TP_ELEMENT (route->connection)));
      for (guint j = 0; j + 1 < route->n_points; j++)
        {
          const TpPoint *p = &route->points[j], *q = &route->points[j + 1];

          if (fabs (p->x - q->x) > 1e-6 && fabs (p->y - q->y) > 1e-6)
            g_error ("%s: segment %u is not at a right angle",
                     tp_element_get_id (TP_ELEMENT (route->connection)), j);
          for (guint b = 0; b < n_boxes; b++)
            if (crosses (&tp_blueprint_layout_get_box (layout, b)->rect, p, q))
              g_error ("%s: segment %u (%g,%g)-(%g,%g) crosses %s",
                       tp_element_get_id (TP_ELEMENT (route->connection)), j, p->x, p->y, q->x, q->y,
                       tp_element_get_id (TP_ELEMENT (tp_blueprint_layout_get_box (layout, b)->card)));
        }
    }
}

static guint
count_shown (TpBlueprintLayout *layout)
{
  GPtrArray *connections = tp_journey_get_connections (tp_blueprint_layout_get_journey (layout));
  guint n = 0;

  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *c = g_ptr_array_index (connections, i);

      if (tp_blueprint_layout_find_card_by_id (layout, tp_connection_get_from (c)) != NULL
          && tp_blueprint_layout_find_card_by_id (layout, tp_connection_get_to (c)) != NULL)
        n++;
    }
  return n;
}

static void
test_routes_examples (void)
{
  const char *examples[] = { "hotel-booking", "jewellery-web-shop", "clothing-store-visit" };
  guint total = 0;

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autofree char *name = g_strconcat (examples[e], ".touchpoint", NULL);
      g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TpProject) project = tp_format_load_file (file, NULL, NULL, &error);
      GPtrArray *journeys;

      g_assert_no_error (error);
      journeys = tp_project_get_journeys (project);
      for (guint j = 0; j < journeys->len; j++)
        {
          g_autoptr(TpBlueprintLayout) layout = tp_blueprint_layout_new (g_ptr_array_index (journeys, j), NULL);
          g_autoptr(TpBlueprintRoutes) routes = tp_blueprint_routes_new (layout, NULL);

          assert_routes_sound (layout, routes, count_shown (layout));
          total += tp_blueprint_routes_get_n_routes (routes);
        }
    }
  /* The hotel blueprint alone draws its 21 arrows. */
  g_assert_cmpuint (total, >=, 21);
}

static void
test_routes_generated (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (2000, 1000, 7, &journey);
  g_autoptr(TpBlueprintLayout) layout = tp_blueprint_layout_new (journey, NULL);
  g_autoptr(TpBlueprintRoutes) routes = tp_blueprint_routes_new (layout, NULL);
  g_autoptr(TpBlueprintLayout) moved_layout = NULL;
  const TpBlueprintBox *box;
  TpCard *moved;
  guint searched, touching = 0;
  GPtrArray *connections = tp_journey_get_connections (journey);

  g_assert_cmpuint (tp_journey_get_cards (journey)->len, ==, 2000);
  g_assert_cmpuint (connections->len, ==, 1000);
  g_assert_cmpuint (tp_blueprint_layout_get_n_cards (layout), ==, 2000);
  assert_routes_sound (layout, routes, 1000);

  /* Move one backstage card to the support lane of its phase: only the arrows
   * of the cards whose place changed are searched again. */
  for (guint i = 0; ; i++)
    {
      box = tp_blueprint_layout_get_box (layout, i);
      if (tp_lane_get_kind (tp_blueprint_layout_get_lane (layout, box->row)) == TP_LANE_KIND_BACKSTAGE)
        break;
    }
  moved = box->card;
  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *c = g_ptr_array_index (connections, i);
      const char *id = tp_element_get_id (TP_ELEMENT (moved));

      if (g_strcmp0 (tp_connection_get_from (c), id) == 0 || g_strcmp0 (tp_connection_get_to (c), id) == 0)
        touching++;
    }
  g_object_set (moved, "lane", "lane-4", NULL);
  moved_layout = tp_blueprint_layout_new (journey, NULL);
  searched = tp_blueprint_routes_update (routes, moved_layout, &moved, 1);
  g_assert_cmpuint (searched, >=, touching);
  g_assert_cmpuint (searched, <, 100);
  assert_routes_sound (moved_layout, routes, 1000);
}

/* While b5 is dragged into phase 2's backstage, its arrow to s4 is searched
 * again from there: it starts on the card's edge where the card will land,
 * ends on s4, at right angles, through no card of the layout after the drop. */
static void
test_drag_preview (void)
{
  Fixture f;
  g_autoptr(TpBlueprintLayout) layout = NULL;
  g_autoptr(TpBlueprintLayout) after = NULL;
  g_autoptr(TpBlueprintRoutes) routes = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (TpPoint));
  TpCard *moving;
  TpConnection *c4;
  const TpBlueprintBox *landed, *s4;
  guint row, column;

  fixture_init (&f);
  layout = tp_blueprint_layout_new (f.journey, NULL);
  routes = tp_blueprint_routes_new (layout, NULL);
  moving = box_of (layout, "b5")->card;
  row = box_of (layout, "b5")->row;
  column = box_of (layout, "s4")->column;
  c4 = TP_CONNECTION (tp_project_lookup (f.project, "c4"));
  g_assert_nonnull (c4);

  g_assert_true (tp_blueprint_routes_preview (routes, c4, &moving, 1, column, row, 0, points));
  g_assert_cmpuint (points->len, >=, 2);

  /* Where the drop puts it. */
  g_object_set (moving, "phase", tp_element_get_id (TP_ELEMENT (f.phases[2])), NULL);
  after = tp_blueprint_layout_new (f.journey, NULL);
  landed = box_of (after, "b5");
  s4 = box_of (after, "s4");
  g_assert_cmpuint (landed->column, ==, column);
  g_assert_cmpuint (landed->row, ==, row);
  g_assert_cmpuint (landed->slot, ==, 0);
  g_assert_true (on_edge (&landed->rect, &g_array_index (points, TpPoint, 0)));
  g_assert_true (on_edge (&s4->rect, &g_array_index (points, TpPoint, points->len - 1)));
  for (guint j = 0; j + 1 < points->len; j++)
    {
      const TpPoint *p = &g_array_index (points, TpPoint, j), *q = &g_array_index (points, TpPoint, j + 1);

      g_assert_true (fabs (p->x - q->x) < 1e-6 || fabs (p->y - q->y) < 1e-6);
      for (guint b = 0; b < tp_blueprint_layout_get_n_cards (after); b++)
        g_assert_false (crosses (&tp_blueprint_layout_get_box (after, b)->rect, p, q));
    }

  /* An arrow of cards that are not moving is where it is. */
  g_assert_true (tp_blueprint_routes_preview (routes, TP_CONNECTION (tp_project_lookup (f.project, "c5")),
                                              &moving, 1, column, row, 0, points));
  g_assert_true (on_edge (&box_of (layout, "s1")->rect, &g_array_index (points, TpPoint, 0)));

  fixture_clear (&f);
}

static void
test_parallel_apart (void)
{
  Fixture f;
  g_autoptr(TpBlueprintLayout) layout = NULL;
  g_autoptr(TpBlueprintRoutes) routes = NULL;
  const TpBlueprintRoute *a, *b;
  gboolean differ = FALSE;

  fixture_init (&f);
  /* Two more arrows between the same cards as c1 (s3 → b0). */
  add_link (&f, "c9", "s3", "b0");
  add_link (&f, "c10", "s3", "b0");
  layout = tp_blueprint_layout_new (f.journey, NULL);
  routes = tp_blueprint_routes_new (layout, NULL);
  assert_routes_sound (layout, routes, 9);

  a = tp_blueprint_routes_find (routes, TP_CONNECTION (tp_project_lookup (f.project, "c9")));
  b = tp_blueprint_routes_find (routes, TP_CONNECTION (tp_project_lookup (f.project, "c10")));
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_null (tp_blueprint_routes_find (routes, TP_CONNECTION (tp_project_lookup (f.project, "c8"))));
  g_assert_cmpuint (a->n_points, ==, b->n_points);
  for (guint i = 0; i < a->n_points; i++)
    {
      /* Every point of one is at least 3 units from the other's. */
      if (fabs (a->points[i].x - b->points[i].x) + fabs (a->points[i].y - b->points[i].y) >= 3)
        differ = TRUE;
      else if (i > 0 && i + 1 < a->n_points)
        g_error ("parallel arrows share the point (%g, %g)", a->points[i].x, a->points[i].y);
    }
  g_assert_true (differ);

  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/blueprint/rows-columns-lines", test_rows_columns_lines);
  g_test_add_func ("/render/blueprint/placement-rule", test_placement_rule);
  g_test_add_func ("/render/blueprint/deep-cells-side-by-side", test_deep_cells_side_by_side);
  g_test_add_func ("/render/blueprint/hit-drop-neighbours", test_hit_drop_neighbours);
  g_test_add_func ("/render/blueprint/routes-examples", test_routes_examples);
  g_test_add_func ("/render/blueprint/routes-generated", test_routes_generated);
  g_test_add_func ("/render/blueprint/parallel-apart", test_parallel_apart);
  g_test_add_func ("/render/blueprint/drag-preview", test_drag_preview);

  return g_test_run ();
}
