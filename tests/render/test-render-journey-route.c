/* test-render-journey-route.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey map's arrows: over every journey of every example and a
 * generated journey of 2,000 cards and 1,000 connections, each arrow runs at
 * right angles from an edge of one card to an edge of the other, and no
 * segment passes through a card, its own two included.
 */

#include "config.h"

#include "io/tp-format.h"
#include "render/tp-journey-route.h"
#include "tp-test-blueprint.h"

static gboolean
on_edge (const TpRect  *r,
         const TpPoint *p)
{
  gboolean in_x = p->x >= r->x - 1e-6 && p->x <= r->x + r->width + 1e-6;
  gboolean in_y = p->y >= r->y - 1e-6 && p->y <= r->y + r->height + 1e-6;

  return (in_x && in_y)
         && (ABS (p->x - r->x) < 1e-6 || ABS (p->x - r->x - r->width) < 1e-6
             || ABS (p->y - r->y) < 1e-6 || ABS (p->y - r->y - r->height) < 1e-6);
}

/* Whether the axis-aligned segment @a–@b passes through the inside of @r. */
static gboolean
crosses (const TpRect  *r,
         const TpPoint *a,
         const TpPoint *b)
{
  double x0 = MIN (a->x, b->x), x1 = MAX (a->x, b->x);
  double y0 = MIN (a->y, b->y), y1 = MAX (a->y, b->y);
  const double e = 1e-6;

  return x1 > r->x + e && x0 < r->x + r->width - e && y1 > r->y + e && y0 < r->y + r->height - e;
}

static guint
assert_sound (TpJourneyLayout *layout)
{
  g_autoptr(TpJourneyRoutes) routes = tp_journey_routes_new (layout);
  guint n = tp_journey_routes_get_n_routes (routes);
  guint n_cards = tp_journey_layout_get_n_cards (layout);

  for (guint i = 0; i < n; i++)
    {
      const TpBlueprintRoute *route = tp_journey_routes_get_route (routes, i);
      const TpCardBox *from = tp_journey_layout_find_card (layout, route->from);
      const TpCardBox *to = tp_journey_layout_find_card (layout, route->to);

      g_assert_cmpuint (route->n_points, >=, 2);
      g_assert_true (on_edge (&from->rect, &route->points[0]));
      g_assert_true (on_edge (&to->rect, &route->points[route->n_points - 1]));
      for (guint p = 0; p + 1 < route->n_points; p++)
        {
          const TpPoint *a = &route->points[p], *b = &route->points[p + 1];

          g_assert_true (a->x == b->x || a->y == b->y);
          for (guint c = 0; c < n_cards; c++)
            if (crosses (&tp_journey_layout_get_card_box (layout, c)->rect, a, b))
              g_error ("arrow %u, segment %u (%.1f,%.1f)–(%.1f,%.1f) crosses card %s", i, p,
                       a->x, a->y, b->x, b->y,
                       tp_card_get_title (tp_journey_layout_get_card_box (layout, c)->card));
        }
    }
  return n;
}

static void
test_examples (void)
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
          g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (g_ptr_array_index (journeys, j), NULL);

          total += assert_sound (layout);
        }
    }
  /* The examples hold 60 connections; those between shown cards are drawn. */
  g_test_message ("%u arrows over the examples", total);
  g_assert_cmpuint (total, >=, 30);
}

static void
test_generated (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (2000, 1000, 7, &journey);
  g_autoptr(TpJourneyLayout) layout = tp_journey_layout_new (journey, NULL);
  guint n = assert_sound (layout);

  g_assert_cmpuint (n, >=, 900);
}

/* A hidden lane hides its cards' arrows. */
static void
test_hidden_lane (void)
{
  TpJourney *journey;
  g_autoptr(TpProject) project = tp_test_blueprint_new (200, 100, 3, &journey);
  g_autoptr(TpJourneyLayout) all = tp_journey_layout_new (journey, NULL);
  g_autoptr(TpJourneyRoutes) before = tp_journey_routes_new (all);
  g_autoptr(TpJourneyLayout) fewer = NULL;
  g_autoptr(TpJourneyRoutes) after = NULL;

  g_object_set (g_ptr_array_index (tp_journey_get_lanes (journey), 0), "hidden-in-map", TRUE, NULL);
  fewer = tp_journey_layout_new (journey, NULL);
  after = tp_journey_routes_new (fewer);
  g_assert_cmpuint (tp_journey_routes_get_n_routes (after), <,
                    tp_journey_routes_get_n_routes (before));
  assert_sound (fewer);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/journey-route/examples", test_examples);
  g_test_add_func ("/render/journey-route/generated", test_generated);
  g_test_add_func ("/render/journey-route/hidden-lane", test_hidden_lane);

  return g_test_run ();
}
