/* test-render-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where cards land, what a click hits, where a drop goes, what a rubber band
 * selects and where the arrow keys lead, on a journey built by hand.
 */

#include "config.h"

#include "render/tp-journey-layout.h"
#include "tp-test-journey.h"

typedef struct {
  TpProject       *project;
  TpJourney       *journey;
  TpPhase         *p[3];
  TpLane          *act, *feel, *hidden, *touch;
  TpCard          *a[4];
  TpCard          *e[4];
  TpCard          *h1;
  TpCard          *t[2];
  TpJourneyLayout *layout;
} Fixture;

/* Default sizes: columns 248 wide from x 176; header 64 high; padding 10;
 * cards 72 high, 8 apart; feelings lane 236 high. */
#define LEFT 176.0
#define TOP 64.0
#define COL 248.0

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TpJourney) journey = tp_journey_new ("j");
  TpJourneyLayoutOptions options;

  f->project = tp_project_new ();
  f->journey = journey;
  tp_project_insert (f->project, f->project, TP_LIST_JOURNEYS, -1, journey);

  f->p[0] = tp_test_add_phase (f->project, journey, "p1", "Discover", NULL, NULL);
  f->p[1] = tp_test_add_phase (f->project, journey, "p2", "Buy", NULL, NULL);
  f->p[2] = tp_test_add_phase (f->project, journey, "p3", "Use", NULL, NULL);
  f->act = tp_test_add_lane (f->project, journey, "l-act", TP_LANE_KIND_ACTIVITY, "Doing");
  f->feel = tp_test_add_lane (f->project, journey, "l-feel", TP_LANE_KIND_FEELINGS, "Feeling");
  f->hidden = tp_test_add_lane (f->project, journey, "l-hidden", TP_LANE_KIND_THOUGHTS, "Thinking");
  f->touch = tp_test_add_lane (f->project, journey, "l-touch", TP_LANE_KIND_TOUCHPOINTS, "Where");
  tp_project_set (f->project, f->hidden, "hidden-in-map", TRUE, NULL);

  f->a[0] = tp_project_add_card (f->project, f->p[0], f->act, -1, TP_CARD_KIND_ACTIVITY, "a1");
  f->a[1] = tp_project_add_card (f->project, f->p[0], f->act, -1, TP_CARD_KIND_ACTIVITY, "a2");
  f->a[2] = tp_project_add_card (f->project, f->p[0], f->act, -1, TP_CARD_KIND_ACTIVITY, "a3");
  f->a[3] = tp_project_add_card (f->project, f->p[1], f->act, -1, TP_CARD_KIND_ACTIVITY, "a4");
  f->t[0] = tp_project_add_card (f->project, f->p[1], f->touch, -1, TP_CARD_KIND_TOUCHPOINT, "t1");
  f->t[1] = tp_project_add_card (f->project, f->p[1], f->touch, -1, TP_CARD_KIND_TOUCHPOINT, "t2");
  f->h1 = tp_project_add_card (f->project, f->p[0], f->hidden, -1, TP_CARD_KIND_THOUGHT, "h1");
  f->e[3] = tp_test_add_emotion (f->project, f->p[2], f->feel, "e4", "happy", 2);
  f->e[0] = tp_test_add_emotion (f->project, f->p[0], f->feel, "e1", "curious", 1);
  f->e[1] = tp_test_add_emotion (f->project, f->p[1], f->feel, "e2", "worried", -2);
  f->e[2] = tp_test_add_emotion (f->project, f->p[1], f->feel, "e3", "lost", -3);

  tp_journey_layout_options_init (&options, NULL);
  f->layout = tp_journey_layout_new (journey, &options);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tp_journey_layout_free (f->layout);
  g_object_unref (f->project);
}

static const TpCardBox *
box_of (Fixture *f,
        TpCard  *card)
{
  const TpCardBox *box = tp_journey_layout_find_card (f->layout, card);

  g_assert_nonnull (box);
  return box;
}

static void
centre_of (Fixture *f,
           TpCard  *card,
           double  *x,
           double  *y)
{
  const TpCardBox *box = box_of (f, card);

  *x = box->rect.x + box->rect.width / 2;
  *y = box->rect.y + box->rect.height / 2;
}

static void
test_positions (Fixture       *f,
                gconstpointer  data)
{
  const TpCardBox *box;
  TpRect rect;

  g_assert_cmpuint (tp_journey_layout_get_n_columns (f->layout), ==, 3);
  /* The hidden lane is not a row, and its card is not laid out. */
  g_assert_cmpuint (tp_journey_layout_get_n_rows (f->layout), ==, 3);
  g_assert_cmpuint (tp_journey_layout_get_n_cards (f->layout), ==, 10);
  g_assert_null (tp_journey_layout_find_card (f->layout, f->h1));
  g_assert_cmpint (tp_journey_layout_get_row_for_lane (f->layout, f->hidden), ==, -1);
  g_assert_cmpint (tp_journey_layout_get_row_for_lane (f->layout, f->touch), ==, 2);
  g_assert_true (tp_journey_layout_get_lane (f->layout, 1) == f->feel);
  g_assert_true (tp_journey_layout_row_is_feelings (f->layout, 1));
  g_assert_false (tp_journey_layout_row_is_feelings (f->layout, 0));

  /* Cards stack in their cell. */
  box = box_of (f, f->a[1]);
  g_assert_cmpuint (box->column, ==, 0);
  g_assert_cmpuint (box->row, ==, 0);
  g_assert_cmpuint (box->index_in_cell, ==, 1);
  g_assert_cmpfloat (box->rect.x, ==, LEFT + 10);
  g_assert_cmpfloat (box->rect.y, ==, TOP + 10 + 80);
  g_assert_cmpfloat (box->rect.width, ==, COL - 20);
  g_assert_cmpfloat (box->rect.height, ==, 72);

  /* The activity lane is as tall as its fullest cell (three cards). */
  tp_journey_layout_get_row_rect (f->layout, 0, &rect);
  g_assert_cmpfloat (rect.y, ==, TOP);
  g_assert_cmpfloat (rect.height, ==, 20 + 3 * 72 + 2 * 8);
  g_assert_cmpfloat (rect.x, ==, LEFT);
  g_assert_cmpfloat (rect.width, ==, 3 * COL);
  box = box_of (f, f->a[3]);
  g_assert_cmpfloat (box->rect.y, ==, TOP + 10);

  /* The feelings lane is the tall one, below it the touchpoints. */
  tp_journey_layout_get_row_rect (f->layout, 1, &rect);
  g_assert_cmpfloat (rect.y, ==, TOP + 252);
  g_assert_cmpfloat (rect.height, ==, 236);
  tp_journey_layout_get_lane_header (f->layout, 2, &rect);
  g_assert_cmpfloat (rect.x, ==, 0);
  g_assert_cmpfloat (rect.y, ==, TOP + 252 + 236);
  g_assert_cmpfloat (rect.width, ==, LEFT);
  g_assert_cmpfloat (rect.height, ==, 20 + 2 * 72 + 8);

  tp_journey_layout_get_phase_header (f->layout, 2, &rect);
  g_assert_cmpfloat (rect.x, ==, LEFT + 2 * COL);
  g_assert_cmpfloat (rect.y, ==, 0);
  g_assert_cmpfloat (rect.height, ==, TOP);

  g_assert_cmpfloat (tp_journey_layout_get_width (f->layout), ==, LEFT + 3 * COL);
  g_assert_cmpfloat (tp_journey_layout_get_height (f->layout), ==, TOP + 252 + 236 + 172);
}

static void
test_emotion_chips (Fixture       *f,
                    gconstpointer  data)
{
  double x1, y1, x2, y2, x3, y3, x4, y4;
  TpRect cell;

  centre_of (f, f->e[0], &x1, &y1);
  centre_of (f, f->e[1], &x2, &y2);
  centre_of (f, f->e[2], &x3, &y3);
  centre_of (f, f->e[3], &x4, &y4);

  /* Side by side in their cell, in card order, left to right. */
  tp_journey_layout_get_cell (f->layout, 1, 1, &cell);
  g_assert_cmpfloat_with_epsilon (x2, cell.x + COL / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (x3, cell.x + 3 * COL / 4, 1e-9);
  g_assert_cmpfloat (x1, <, x2);
  g_assert_cmpfloat (x3, <, x4);

  /* Higher scores sit higher. */
  g_assert_cmpfloat (y4, <, y1);
  g_assert_cmpfloat (y1, <, y2);
  g_assert_cmpfloat (y2, <, y3);
  g_assert_cmpuint (box_of (f, f->e[2])->index_in_cell, ==, 1);
}

static void
assert_hit (Fixture   *f,
            double     x,
            double     y,
            TpHitKind  kind,
            TpCard    *card,
            int        column,
            int        row)
{
  TpHit hit;

  tp_journey_layout_hit_test (f->layout, x, y, &hit);
  g_assert_cmpint (hit.kind, ==, kind);
  g_assert_true (hit.card == card);
  g_assert_cmpint (hit.column, ==, column);
  g_assert_cmpint (hit.row, ==, row);
}

static void
test_hit_test (Fixture       *f,
               gconstpointer  data)
{
  double x, y;

  assert_hit (f, 100, 30, TP_HIT_CORNER, NULL, -1, -1);
  assert_hit (f, LEFT + 5, 30, TP_HIT_PHASE_HEADER, NULL, 0, -1);
  assert_hit (f, LEFT + 2 * COL + 100, 63, TP_HIT_PHASE_HEADER, NULL, 2, -1);
  assert_hit (f, 50, TOP + 252 + 100, TP_HIT_LANE_HEADER, NULL, -1, 1);
  assert_hit (f, 175, TOP + 252 + 236 + 1, TP_HIT_LANE_HEADER, NULL, -1, 2);

  centre_of (f, f->a[1], &x, &y);
  assert_hit (f, x, y, TP_HIT_CARD, f->a[1], 0, 0);
  centre_of (f, f->t[1], &x, &y);
  assert_hit (f, x, y, TP_HIT_CARD, f->t[1], 1, 2);
  centre_of (f, f->e[2], &x, &y);
  assert_hit (f, x, y, TP_HIT_CARD, f->e[2], 1, 1);

  /* Padding and the gap between cards are the cell, not a card. */
  assert_hit (f, LEFT + 5, TOP + 5, TP_HIT_CELL, NULL, 0, 0);
  assert_hit (f, LEFT + 100, TOP + 10 + 72 + 4, TP_HIT_CELL, NULL, 0, 0);
  assert_hit (f, LEFT + 2 * COL + 100, TOP + 100, TP_HIT_CELL, NULL, 2, 0);
  assert_hit (f, LEFT + 2 * COL + 100, TOP + 252 + 236 + 100, TP_HIT_CELL, NULL, 2, 2);

  /* Outside the map. */
  assert_hit (f, LEFT + 3 * COL + 1, 100, TP_HIT_NONE, NULL, -1, -1);
  assert_hit (f, 100, TOP + 252 + 236 + 172 + 1, TP_HIT_NONE, NULL, -1, -1);
  assert_hit (f, -1, 10, TP_HIT_NONE, NULL, -1, -1);
}

static void
assert_drop (Fixture *f,
             double   x,
             double   y,
             TpCard  *moving,
             guint    column,
             guint    row,
             guint    index)
{
  TpDropTarget target;

  g_assert_true (tp_journey_layout_drop_target (f->layout, x, y, &moving, moving ? 1 : 0, &target));
  g_assert_cmpuint (target.column, ==, column);
  g_assert_cmpuint (target.row, ==, row);
  g_assert_cmpuint (target.index_in_cell, ==, index);
}

static void
test_drop_target (Fixture       *f,
                  gconstpointer  data)
{
  TpDropTarget target;
  const TpCardBox *a1 = box_of (f, f->a[0]);
  const TpCardBox *a2 = box_of (f, f->a[1]);
  const TpCardBox *e2 = box_of (f, f->e[1]);
  const TpCardBox *e3 = box_of (f, f->e[2]);
  double x = LEFT + 100;
  TpCard *none = NULL;

  /* Above, between and below the three cards of cell (0, 0). */
  assert_drop (f, x, TOP + 2, NULL, 0, 0, 0);
  assert_drop (f, x, a1->rect.y + 10, NULL, 0, 0, 0);
  assert_drop (f, x, a1->rect.y + 60, NULL, 0, 0, 1);
  assert_drop (f, x, a2->rect.y + 20, NULL, 0, 0, 1);
  assert_drop (f, x, a2->rect.y + 50, NULL, 0, 0, 2);
  assert_drop (f, x, TOP + 250, NULL, 0, 0, 3);

  /* The dragged card does not count: a1 dropped at the bottom is third. */
  assert_drop (f, x, TOP + 250, f->a[0], 0, 0, 2);
  assert_drop (f, x, a2->rect.y + 50, f->a[0], 0, 0, 1);
  assert_drop (f, x, a1->rect.y + 60, f->a[0], 0, 0, 0);

  /* An empty cell, and the cell of another column in the same lane. */
  assert_drop (f, LEFT + 2 * COL + 10, TOP + 200, NULL, 2, 0, 0);
  assert_drop (f, LEFT + COL + 10, TOP + 200, NULL, 1, 0, 1);
  assert_drop (f, LEFT + COL + 10, TOP + 20, NULL, 1, 0, 0);

  /* The indicator sits between a1 and a2, across the card width. */
  g_assert_true (tp_journey_layout_drop_target (f->layout, x, a1->rect.y + 60, &none, 0, &target));
  g_assert_cmpfloat (target.indicator.y + target.indicator.height / 2, ==,
                     a1->rect.y + a1->rect.height + 4);
  g_assert_cmpfloat (target.indicator.x, ==, a1->rect.x);
  g_assert_cmpfloat (target.indicator.width, ==, a1->rect.width);

  /* In the feelings lane the order runs left to right. */
  assert_drop (f, e2->rect.x + 5, TOP + 300, NULL, 1, 1, 0);
  assert_drop (f, e2->rect.x + e2->rect.width + 5, TOP + 300, NULL, 1, 1, 1);
  assert_drop (f, e3->rect.x + e3->rect.width - 2, TOP + 300, NULL, 1, 1, 2);
  assert_drop (f, e3->rect.x + e3->rect.width - 2, TOP + 300, f->e[1], 1, 1, 1);
  g_assert_true (tp_journey_layout_drop_target (f->layout, e2->rect.x + e2->rect.width + 5,
                                                TOP + 300, &none, 0, &target));
  g_assert_cmpfloat (target.indicator.width, <, target.indicator.height);
  g_assert_cmpfloat (target.indicator.x, >, e2->rect.x + e2->rect.width - 2);
  g_assert_cmpfloat (target.indicator.x, <, e3->rect.x);

  /* The bottom lane, below its two cards. */
  assert_drop (f, LEFT + COL + 50, TOP + 252 + 236 + 170, NULL, 1, 2, 2);

  /* Headers and the outside are no drop targets. */
  g_assert_false (tp_journey_layout_drop_target (f->layout, x, 30, &none, 0, &target));
  g_assert_false (tp_journey_layout_drop_target (f->layout, 60, TOP + 100, &none, 0, &target));
  g_assert_false (tp_journey_layout_drop_target (f->layout, LEFT + 3 * COL + 5, TOP + 100,
                                                 &none, 0, &target));
  g_assert_false (tp_journey_layout_drop_target (f->layout, x, 2000, &none, 0, &target));
}

static void
test_header_drop (Fixture       *f,
                  gconstpointer  data)
{
  TpRect indicator;

  /* Phase 1 dragged past the right end becomes the last. */
  g_assert_cmpuint (tp_journey_layout_phase_drop_index (f->layout, f->p[0], LEFT + 3 * COL - 10,
                                                        &indicator), ==, 2);
  g_assert_cmpfloat (indicator.x + indicator.width / 2, ==, LEFT + 3 * COL);
  /* Phase 1 dropped where it is stays. */
  g_assert_cmpuint (tp_journey_layout_phase_drop_index (f->layout, f->p[0], LEFT + 20, NULL), ==, 0);
  g_assert_cmpuint (tp_journey_layout_phase_drop_index (f->layout, f->p[0], LEFT + COL + 20, NULL), ==, 0);
  g_assert_cmpuint (tp_journey_layout_phase_drop_index (f->layout, f->p[0], LEFT + 2 * COL - 20, NULL), ==, 1);
  /* Phase 3 dragged to the far left becomes the first. */
  g_assert_cmpuint (tp_journey_layout_phase_drop_index (f->layout, f->p[2], 0, &indicator), ==, 0);
  g_assert_cmpfloat (indicator.x + indicator.width / 2, ==, LEFT);

  /* Lanes count in the journey's full list: act 0, feel 1, hidden 2, touch 3. */
  g_assert_cmpuint (tp_journey_layout_lane_drop_index (f->layout, f->touch, TOP + 5, &indicator), ==, 0);
  g_assert_cmpfloat (indicator.y + indicator.height / 2, ==, TOP);
  g_assert_cmpuint (tp_journey_layout_lane_drop_index (f->layout, f->act, 5000, NULL), ==, 3);
  /* act dropped between feelings and touchpoints lands right before touchpoints. */
  g_assert_cmpuint (tp_journey_layout_lane_drop_index (f->layout, f->act, TOP + 252 + 236 + 10,
                                                       &indicator), ==, 2);
  g_assert_cmpfloat (indicator.y + indicator.height / 2, ==, TOP + 252 + 236);
  g_assert_cmpuint (tp_journey_layout_lane_drop_index (f->layout, f->act, TOP + 100, NULL), ==, 0);
}

static gboolean
contains (GPtrArray *cards,
          TpCard    *card)
{
  return g_ptr_array_find (cards, card, NULL);
}

static void
test_rubber_band (Fixture       *f,
                  gconstpointer  data)
{
  const TpCardBox *a2 = box_of (f, f->a[1]);
  TpRect top_left = { LEFT, TOP, 100, a2->rect.y + 5 - TOP };
  TpRect all = { 0, 0, 5000, 5000 };
  TpRect empty = { LEFT + 2 * COL + 5, TOP + 5, 100, 200 };
  TpRect across = { LEFT + 100, TOP + 252 + 236 + 20, COL, 10 };
  g_autoptr(GPtrArray) first = tp_journey_layout_cards_in_rect (f->layout, &top_left);
  g_autoptr(GPtrArray) everything = tp_journey_layout_cards_in_rect (f->layout, &all);
  g_autoptr(GPtrArray) nothing = tp_journey_layout_cards_in_rect (f->layout, &empty);
  g_autoptr(GPtrArray) bottom = tp_journey_layout_cards_in_rect (f->layout, &across);

  g_assert_cmpuint (first->len, ==, 2);
  g_assert_true (contains (first, f->a[0]));
  g_assert_true (contains (first, f->a[1]));
  g_assert_cmpuint (everything->len, ==, 10);
  g_assert_false (contains (everything, f->h1));
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpuint (bottom->len, ==, 1);
  g_assert_true (contains (bottom, f->t[0]));
}

static void
test_neighbours (Fixture       *f,
                 gconstpointer  data)
{
  TpJourneyLayout *l = f->layout;

  g_assert_true (tp_journey_layout_neighbour (l, NULL, TP_DIRECTION_DOWN) == f->a[0]);
  g_assert_true (tp_journey_layout_neighbour (l, f->a[0], TP_DIRECTION_DOWN) == f->a[1]);
  g_assert_true (tp_journey_layout_neighbour (l, f->a[1], TP_DIRECTION_UP) == f->a[0]);
  g_assert_null (tp_journey_layout_neighbour (l, f->a[0], TP_DIRECTION_UP));
  g_assert_null (tp_journey_layout_neighbour (l, f->a[0], TP_DIRECTION_LEFT));
  /* Leaving the bottom of a cell enters the lane below. */
  g_assert_true (tp_journey_layout_neighbour (l, f->a[2], TP_DIRECTION_DOWN) == f->e[0]);
  /* No card below in this column (the hidden lane's card does not count). */
  g_assert_null (tp_journey_layout_neighbour (l, f->e[0], TP_DIRECTION_DOWN));
  /* Right keeps the position in the cell as far as the next cell allows. */
  g_assert_true (tp_journey_layout_neighbour (l, f->a[1], TP_DIRECTION_RIGHT) == f->a[3]);
  g_assert_null (tp_journey_layout_neighbour (l, f->a[3], TP_DIRECTION_RIGHT));
  g_assert_true (tp_journey_layout_neighbour (l, f->a[3], TP_DIRECTION_LEFT) == f->a[0]);
  /* The emotion line is walked point by point. */
  g_assert_true (tp_journey_layout_neighbour (l, f->e[0], TP_DIRECTION_RIGHT) == f->e[1]);
  g_assert_true (tp_journey_layout_neighbour (l, f->e[1], TP_DIRECTION_RIGHT) == f->e[2]);
  g_assert_true (tp_journey_layout_neighbour (l, f->e[2], TP_DIRECTION_RIGHT) == f->e[3]);
  g_assert_true (tp_journey_layout_neighbour (l, f->e[3], TP_DIRECTION_LEFT) == f->e[2]);
  g_assert_null (tp_journey_layout_neighbour (l, f->e[3], TP_DIRECTION_RIGHT));
  /* Up from the touchpoints reaches the line; up from the line the activities. */
  g_assert_true (tp_journey_layout_neighbour (l, f->t[0], TP_DIRECTION_UP) == f->e[1]);
  g_assert_true (tp_journey_layout_neighbour (l, f->e[2], TP_DIRECTION_UP) == f->a[3]);
  g_assert_true (tp_journey_layout_neighbour (l, f->e[1], TP_DIRECTION_DOWN) == f->t[0]);
  g_assert_true (tp_journey_layout_neighbour (l, f->t[0], TP_DIRECTION_DOWN) == f->t[1]);
}

static gboolean
step (Fixture     *f,
      int          column,
      int          row,
      TpCard      *card,
      TpDirection  direction,
      TpMapPlace  *to)
{
  TpMapPlace from = { column, row, card };

  if (card != NULL)
    g_assert_true (tp_journey_layout_place_of_card (f->layout, card, &from));
  return tp_journey_layout_step (f->layout, &from, direction, to);
}

#define ASSERT_PLACE(place, c, r, card_) G_STMT_START {                 \
  g_assert_cmpint ((place).column, ==, (c));                            \
  g_assert_cmpint ((place).row, ==, (r));                               \
  g_assert_true ((place).card == (card_));                              \
} G_STMT_END

/* Rows: 0 activities (a1 a2 a3 | a4 | —), 1 feelings (e1 | e2 e3 | e4), 2 touchpoints (— | t1 t2 | —). */
static void
test_steps_reach_cells_and_headers (Fixture       *f,
                                    gconstpointer  data)
{
  TpMapPlace to;

  /* Out of the first column to the lane header, out of the top lane to the phase header. */
  g_assert_true (step (f, 0, 0, f->a[0], TP_DIRECTION_LEFT, &to));
  ASSERT_PLACE (to, -1, 0, NULL);
  g_assert_true (step (f, 0, 0, f->a[0], TP_DIRECTION_UP, &to));
  ASSERT_PLACE (to, 0, -1, NULL);
  g_assert_true (step (f, 1, 0, f->a[3], TP_DIRECTION_UP, &to));
  ASSERT_PLACE (to, 1, -1, NULL);

  /* Along the headers, and back into the map. */
  g_assert_true (step (f, -1, 0, NULL, TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, -1, 1, NULL);
  g_assert_false (step (f, -1, 2, NULL, TP_DIRECTION_DOWN, &to));
  g_assert_false (step (f, -1, 0, NULL, TP_DIRECTION_LEFT, &to));
  g_assert_false (step (f, -1, 0, NULL, TP_DIRECTION_UP, &to));
  g_assert_true (step (f, -1, 0, NULL, TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 0, 0, f->a[0]);
  g_assert_true (step (f, -1, 2, NULL, TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 0, 2, NULL);
  g_assert_true (step (f, 0, -1, NULL, TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 1, -1, NULL);
  g_assert_false (step (f, 2, -1, NULL, TP_DIRECTION_RIGHT, &to));
  g_assert_false (step (f, 0, -1, NULL, TP_DIRECTION_UP, &to));
  g_assert_true (step (f, 0, -1, NULL, TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, 0, 0, f->a[0]);
  g_assert_true (step (f, 2, -1, NULL, TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, 2, 0, NULL);

  /* Empty cells are places too. */
  g_assert_true (step (f, 1, 0, f->a[3], TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 2, 0, NULL);
  g_assert_true (step (f, 2, 0, NULL, TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, 2, 1, f->e[3]);
  g_assert_true (step (f, 0, 1, f->e[0], TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, 0, 2, NULL);
  g_assert_false (step (f, 0, 2, NULL, TP_DIRECTION_DOWN, &to));
  g_assert_true (step (f, 0, 2, NULL, TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 1, 2, f->t[0]);
  g_assert_false (step (f, 2, 2, NULL, TP_DIRECTION_RIGHT, &to));

  /* Cards: down a stack, across keeping the depth, chips along the line. */
  g_assert_true (step (f, 0, 0, f->a[0], TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, 0, 0, f->a[1]);
  g_assert_true (step (f, 0, 0, f->a[1], TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 1, 0, f->a[3]);
  g_assert_true (step (f, 0, 0, f->a[2], TP_DIRECTION_DOWN, &to));
  ASSERT_PLACE (to, 0, 1, f->e[0]);
  g_assert_true (step (f, 1, 1, f->e[1], TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 1, 1, f->e[2]);
  g_assert_true (step (f, 1, 1, f->e[2], TP_DIRECTION_RIGHT, &to));
  ASSERT_PLACE (to, 2, 1, f->e[3]);
  g_assert_true (step (f, 1, 1, f->e[1], TP_DIRECTION_LEFT, &to));
  ASSERT_PLACE (to, 0, 1, f->e[0]);
  g_assert_true (step (f, 1, 2, f->t[1], TP_DIRECTION_UP, &to));
  ASSERT_PLACE (to, 1, 2, f->t[0]);
  g_assert_true (step (f, 1, 2, f->t[0], TP_DIRECTION_UP, &to));
  ASSERT_PLACE (to, 1, 1, f->e[1]);
}

static gboolean
has_move (GArray *moves,
          TpCard *card)
{
  for (guint i = 0; i < moves->len; i++)
    if (g_array_index (moves, TpCardMove, i).card == card)
      return TRUE;
  return FALSE;
}

static TpCardMove
move_of (GArray *moves,
         TpCard *card)
{
  for (guint i = 0; i < moves->len; i++)
    if (g_array_index (moves, TpCardMove, i).card == card)
      return g_array_index (moves, TpCardMove, i);
  g_error ("no move for %s", tp_card_get_title (card));
}

static void
test_offset_moves (Fixture       *f,
                   gconstpointer  data)
{
  TpCard *pair[] = { f->a[1], f->t[0] };
  TpCard *stack[] = { f->a[0], f->a[1], f->h1 };
  g_autoptr(GArray) right = NULL;
  g_autoptr(GArray) far = NULL;
  g_autoptr(GArray) down = NULL;
  guint c, r;

  tp_journey_layout_offset_cell (f->layout, 0, 0, 1, 1, &c, &r);
  g_assert_cmpuint (c, ==, 1);
  g_assert_cmpuint (r, ==, 1);
  tp_journey_layout_offset_cell (f->layout, 2, 2, 1, 0, &c, &r);
  g_assert_cmpuint (c, ==, 2);
  g_assert_cmpuint (r, ==, 2);
  tp_journey_layout_offset_cell (f->layout, 1, 1, -5, -5, &c, &r);
  g_assert_cmpuint (c, ==, 0);
  g_assert_cmpuint (r, ==, 0);

  /* One phase right: both move, each in its own lane, a2 still under the card that stays. */
  right = tp_journey_layout_offset_cards (f->layout, pair, 2, 1, 0);
  g_assert_cmpuint (right->len, ==, 2);
  g_assert_cmpuint (move_of (right, f->a[1]).column, ==, 1);
  g_assert_cmpuint (move_of (right, f->a[1]).row, ==, 0);
  g_assert_cmpuint (move_of (right, f->a[1]).index_in_cell, ==, 1);
  g_assert_cmpuint (move_of (right, f->t[0]).column, ==, 2);
  g_assert_cmpuint (move_of (right, f->t[0]).row, ==, 2);
  g_assert_cmpuint (move_of (right, f->t[0]).index_in_cell, ==, 0);

  /* Two phases right: t1 stops at the last phase, a2 gets there too. */
  far = tp_journey_layout_offset_cards (f->layout, pair, 2, 2, 0);
  g_assert_cmpuint (move_of (far, f->a[1]).column, ==, 2);
  g_assert_cmpuint (move_of (far, f->t[0]).column, ==, 2);

  /* Down past the bottom: the touchpoint stays in its lane; a hidden card is left out. */
  down = tp_journey_layout_offset_cards (f->layout, stack, 3, 0, 5);
  g_assert_cmpuint (down->len, ==, 2);
  g_assert_false (has_move (down, f->h1));
  g_assert_cmpuint (move_of (down, f->a[0]).row, ==, 2);
  g_assert_cmpuint (move_of (down, f->a[1]).index_in_cell, ==, 0);
}

static void
test_relayout_after_move (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(TpJourneyLayout) layout = NULL;
  TpDropTarget target;
  TpCard *moving[] = { f->a[0], f->a[2] };
  const TpCardBox *box;

  /* Drop a1 and a3 under a4: the model takes the layout's index as is. */
  g_assert_true (tp_journey_layout_drop_target (f->layout, LEFT + COL + 50, TOP + 240,
                                                moving, 2, &target));
  tp_project_move_cards (f->project, moving, 2, tp_journey_layout_get_phase (f->layout, target.column),
                         tp_journey_layout_get_lane (f->layout, target.row), target.index_in_cell);

  layout = tp_journey_layout_new (f->journey, NULL);
  box = tp_journey_layout_find_card (layout, f->a[0]);
  g_assert_cmpuint (box->column, ==, 1);
  g_assert_cmpuint (box->index_in_cell, ==, 1);
  box = tp_journey_layout_find_card (layout, f->a[2]);
  g_assert_cmpuint (box->column, ==, 1);
  g_assert_cmpuint (box->index_in_cell, ==, 2);
  box = tp_journey_layout_find_card (layout, f->a[1]);
  g_assert_cmpuint (box->column, ==, 0);
  g_assert_cmpuint (box->index_in_cell, ==, 0);
}

typedef struct {
  TpJourneyLayout *layout;
  GPtrArray       *cards;
  const TpCardBox *found[16];
} FindData;

static gpointer
find_all (gpointer data)
{
  FindData *d = data;

  for (guint i = 0; i < d->cards->len; i++)
    d->found[i] = tp_journey_layout_find_card (d->layout, g_ptr_array_index (d->cards, i));
  return NULL;
}

/* A card's box is found for every card laid out, by cards of phases and lanes in
 * any order (neighbours share their lookups) and by threads that ask first at
 * the same time (the index is made when first asked for); a card of an unknown
 * phase or lane, or of a hidden lane, has none. */
static void
test_find_card (Fixture       *f,
                gconstpointer  data)
{
  TpCard *lost = tp_project_add_card (f->project, f->p[2], f->act, -1, TP_CARD_KIND_ACTIVITY, "lost");
  TpCard *after = tp_project_add_card (f->project, f->p[2], f->act, -1, TP_CARD_KIND_ACTIVITY, "after");
  GPtrArray *cards = tp_journey_get_cards (f->journey);
  FindData runs[4];
  GThread *threads[4];
  TpJourneyLayout *layout;

  tp_project_set (f->project, lost, "lane", "no-such-lane", NULL);
  layout = tp_journey_layout_new (f->journey, NULL);
  g_assert_cmpuint (tp_journey_layout_get_n_cards (layout), ==, 11);
  g_assert_cmpuint (cards->len, <=, G_N_ELEMENTS (runs[0].found));
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      runs[t] = (FindData) { layout, cards, { NULL, } };
      threads[t] = g_thread_new ("find", find_all, &runs[t]);
    }
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    g_thread_join (threads[t]);

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      const TpCardBox *box = runs[0].found[i];

      for (guint t = 1; t < G_N_ELEMENTS (threads); t++)
        g_assert_true (runs[t].found[i] == box);
      if (card == lost || card == f->h1)
        g_assert_null (box);
      else
        {
          g_assert_nonnull (box);
          g_assert_true (box->card == card);
        }
    }
  g_assert_cmpuint (tp_journey_layout_find_card (layout, after)->column, ==, 2);
  for (guint i = 0; i < tp_journey_layout_get_n_cards (layout); i++)
    g_assert_true (tp_journey_layout_find_card (layout, tp_journey_layout_get_card_box (layout, i)->card)
                   == tp_journey_layout_get_card_box (layout, i));
  tp_journey_layout_free (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/render/layout/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("positions", test_positions);
  ADD ("emotion-chips", test_emotion_chips);
  ADD ("hit-test", test_hit_test);
  ADD ("drop-target", test_drop_target);
  ADD ("header-drop", test_header_drop);
  ADD ("rubber-band", test_rubber_band);
  ADD ("neighbours", test_neighbours);
  ADD ("steps-reach-cells-and-headers", test_steps_reach_cells_and_headers);
  ADD ("offset-moves", test_offset_moves);
  ADD ("relayout-after-move", test_relayout_after_move);
  ADD ("find-card", test_find_card);
#undef ADD

  return g_test_run ();
}
