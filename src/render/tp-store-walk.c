/* tp-store-walk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the emotion at a stop comes from: the journey map draws the emotion
 * line through the emotion cards of its feelings lane, each at its slot in
 * its cell; a touchpoint card sits at the same horizontal place in its own
 * cell. The stop takes the line's value there, so two stops in one phase can
 * feel different, as the map shows.
 *
 * Which pain points a stop shows: those connected to its card (either way);
 * a pain point connected to no placed card goes to the stop of its phase
 * where the emotion is lowest (the first such stop, or the phase's first
 * stop when the journey has no emotion line).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-store-walk-private.h"
#include "tp-emotion-line.h"

typedef struct {
  GHashTable    *x_of_card;   /* TpCard → double* : its place along the journey map */
  TpEmotionLine *line;        /* x in phases, y = 3 − score */
  double        *xs;
} JourneyIndex;

static void
journey_index_init (JourneyIndex *index,
                    TpJourney    *journey)
{
  GPtrArray *phases = tp_journey_get_phases (journey);
  GPtrArray *lanes = tp_journey_get_lanes (journey);
  GPtrArray *cards = tp_journey_get_cards (journey);
  g_autoptr(GHashTable) phase_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lane_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *count = NULL;
  g_autofree guint *seen = NULL;
  g_autofree int *cell_of = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (TpEmotionPoint));
  int feelings = -1;

  for (guint i = 0; i < phases->len; i++)
    g_hash_table_insert (phase_index, (gpointer) tp_element_get_id (g_ptr_array_index (phases, i)),
                         GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < lanes->len; i++)
    {
      TpLane *lane = g_ptr_array_index (lanes, i);

      g_hash_table_insert (lane_index, (gpointer) tp_element_get_id (TP_ELEMENT (lane)),
                           GUINT_TO_POINTER (i + 1));
      /* The emotion line of the map: its first shown feelings lane, else its first one. */
      if (tp_lane_get_kind (lane) == TP_LANE_KIND_FEELINGS &&
          (feelings < 0 || (tp_lane_get_hidden_in_map (g_ptr_array_index (lanes, feelings)) &&
                            !tp_lane_get_hidden_in_map (lane))))
        feelings = i;
    }

  index->x_of_card = g_hash_table_new (NULL, NULL);
  index->xs = g_new0 (double, cards->len + 1);
  count = g_new0 (guint, (gsize) MAX (phases->len, 1) * MAX (lanes->len, 1));
  seen = g_new0 (guint, (gsize) MAX (phases->len, 1) * MAX (lanes->len, 1));
  cell_of = g_new (int, cards->len + 1);

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (phase_index, tp_card_get_phase (card)));
      guint l = GPOINTER_TO_UINT (g_hash_table_lookup (lane_index, tp_card_get_lane (card)));

      cell_of[i] = p > 0 && l > 0 ? (int) ((p - 1) * lanes->len + (l - 1)) : -1;
      if (cell_of[i] >= 0)
        count[cell_of[i]]++;
    }

  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      int cell = cell_of[i];

      if (cell < 0)
        continue;
      index->xs[i] = cell / lanes->len + (seen[cell] + 0.5) / count[cell];
      seen[cell]++;
      g_hash_table_insert (index->x_of_card, card, &index->xs[i]);

      if (feelings >= 0 && (guint) cell % lanes->len == (guint) feelings &&
          tp_card_get_kind (card) == TP_CARD_KIND_EMOTION)
        {
          TpEmotionPoint point = { card, index->xs[i], 0, tp_card_get_emotion_score (card),
                                   FALSE, FALSE };

          g_array_append_val (points, point);
        }
    }

  /* Cards are in array order within a cell but phases interleave: order the points along x. */
  for (guint i = 1; i < points->len; i++)
    for (guint k = i; k > 0 && g_array_index (points, TpEmotionPoint, k - 1).x >
                               g_array_index (points, TpEmotionPoint, k).x; k--)
      {
        TpEmotionPoint tmp = g_array_index (points, TpEmotionPoint, k);

        g_array_index (points, TpEmotionPoint, k) = g_array_index (points, TpEmotionPoint, k - 1);
        g_array_index (points, TpEmotionPoint, k - 1) = tmp;
      }
  index->line = tp_emotion_line_new ((TpEmotionPoint *) (gpointer) points->data, points->len, 0, 6);
}

static void
journey_index_clear (JourneyIndex *index)
{
  g_clear_pointer (&index->x_of_card, g_hash_table_unref);
  g_clear_pointer (&index->line, tp_emotion_line_free);
  g_clear_pointer (&index->xs, g_free);
}

static gboolean
emotion_at (JourneyIndex *index,
            TpCard       *card,
            double       *score)
{
  guint n = tp_emotion_line_get_n_points (index->line);
  const double *xp = card != NULL ? g_hash_table_lookup (index->x_of_card, card) : NULL;
  double x;

  if (n == 0 || xp == NULL)
    return FALSE;
  x = *xp;
  if (x <= tp_emotion_line_get_point (index->line, 0)->x)
    {
      *score = tp_emotion_line_get_point (index->line, 0)->score;
      return TRUE;
    }
  for (guint i = 0; i + 1 < n; i++)
    {
      const TpBezier *b = tp_emotion_line_get_segment (index->line, i);
      double px, py;

      if (x > b->x3)
        continue;
      /* The segments' control points are spaced evenly in x, so x is linear in t. */
      if (b->x3 - b->x0 <= 1e-9)
        py = b->y3;
      else
        tp_bezier_eval (b, (x - b->x0) / (b->x3 - b->x0), &px, &py);
      *score = CLAMP (3.0 - py, -3.0, 3.0);
      return TRUE;
    }
  *score = tp_emotion_line_get_point (index->line, n - 1)->score;
  return TRUE;
}

gboolean
tp_store_emotion_at_card (TpJourney *journey,
                          TpCard    *card,
                          double    *score)
{
  JourneyIndex index = { 0 };
  gboolean found;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (TP_IS_CARD (card), FALSE);

  journey_index_init (&index, journey);
  found = emotion_at (&index, card, score);
  journey_index_clear (&index);
  return found;
}

static void
assign_pains (TpStoreWalk *walk)
{
  GPtrArray *cards = tp_journey_get_cards (walk->journey);
  GPtrArray *connections = tp_journey_get_connections (walk->journey);
  g_autoptr(GHashTable) stops_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) placed_pain = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < cards->len; i++)
    g_hash_table_insert (by_id, (gpointer) tp_element_get_id (g_ptr_array_index (cards, i)),
                         g_ptr_array_index (cards, i));

  for (guint i = 0; i < walk->stops->len; i++)
    {
      TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);
      const char *id;
      GPtrArray *list;

      stop->pains = g_ptr_array_new ();
      if (stop->card == NULL)
        continue;
      id = tp_element_get_id (TP_ELEMENT (stop->card));
      if ((list = g_hash_table_lookup (stops_of, id)) == NULL)
        g_hash_table_insert (stops_of, (gpointer) id, list = g_ptr_array_new ());
      g_ptr_array_add (list, stop);
    }

  /* Pain points connected to a placed card show at its stops. */
  for (guint i = 0; i < connections->len; i++)
    {
      TpConnection *c = g_ptr_array_index (connections, i);

      for (int end = 0; end < 2; end++)
        {
          const char *pain_id = end == 0 ? tp_connection_get_from (c) : tp_connection_get_to (c);
          const char *other = end == 0 ? tp_connection_get_to (c) : tp_connection_get_from (c);
          TpCard *pain = pain_id != NULL ? g_hash_table_lookup (by_id, pain_id) : NULL;
          GPtrArray *list = other != NULL ? g_hash_table_lookup (stops_of, other) : NULL;

          if (list == NULL || pain == NULL || tp_card_get_kind (pain) != TP_CARD_KIND_PAIN_POINT)
            continue;
          for (guint k = 0; k < list->len; k++)
            {
              TpStoreStop *stop = g_ptr_array_index (list, k);

              if (!g_ptr_array_find (stop->pains, pain, NULL))
                g_ptr_array_add (stop->pains, pain);
            }
          g_hash_table_add (placed_pain, (gpointer) pain_id);
        }
    }

  /* The others go to their phase's stop where it hurts most. */
  for (guint i = 0; i < cards->len; i++)
    {
      TpCard *card = g_ptr_array_index (cards, i);
      TpStoreStop *best = NULL;

      if (tp_card_get_kind (card) != TP_CARD_KIND_PAIN_POINT ||
          g_hash_table_contains (placed_pain, tp_element_get_id (TP_ELEMENT (card))))
        continue;
      for (guint k = 0; k < walk->stops->len; k++)
        {
          TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, k);

          if (stop->card == NULL ||
              g_strcmp0 (tp_card_get_phase (stop->card), tp_card_get_phase (card)) != 0)
            continue;
          if (best == NULL || (stop->has_emotion && stop->emotion < best->emotion - 1e-9))
            best = stop;
        }
      if (best != NULL)
        g_ptr_array_add (best->pains, card);
      else
        walk->n_pains_unplaced++;
    }
}

/* Zones per cell of a grid over the plan, for count_visits: a walk of 2,000 stops has some 10,000
 * segments, and testing each against each of 200 zones' bounds was a fifth of the walk. */
typedef struct {
  TpRect  extent;
  double  cell;
  int     cols;
  int     rows;
  GArray **cells;   /* guint zone indices, in order */
} ZoneGrid;

#define ZONE_GRID_MAX 64

static void
zone_grid_init (ZoneGrid           *grid,
                const TpStoreShape *shapes,
                guint               n_shapes)
{
  TpRect *e = &grid->extent;

  *grid = (ZoneGrid) { { 0, 0, 0, 0 }, 1, 1, 1, NULL };
  for (guint z = 0; z < n_shapes; z++)
    {
      const TpRect *b = &shapes[z].bounds;

      if (z == 0)
        *e = *b;
      else
        {
          double x1 = MAX (e->x + e->width, b->x + b->width);
          double y1 = MAX (e->y + e->height, b->y + b->height);

          e->x = MIN (e->x, b->x);
          e->y = MIN (e->y, b->y);
          e->width = x1 - e->x;
          e->height = y1 - e->y;
        }
    }
  grid->cell = MAX (MAX (MAX (e->width, e->height) / ZONE_GRID_MAX,
                         sqrt (MAX (e->width * e->height, 1e-6) / MAX (n_shapes, 1))), 1e-3);
  grid->cols = CLAMP ((int) ceil (e->width / grid->cell), 1, ZONE_GRID_MAX);
  grid->rows = CLAMP ((int) ceil (e->height / grid->cell), 1, ZONE_GRID_MAX);
  grid->cells = g_new0 (GArray *, grid->cols * grid->rows);
  for (guint z = 0; z < n_shapes; z++)
    {
      const TpRect *b = &shapes[z].bounds;
      int c0 = CLAMP ((int) floor ((b->x - e->x) / grid->cell) - 1, 0, grid->cols - 1);
      int r0 = CLAMP ((int) floor ((b->y - e->y) / grid->cell) - 1, 0, grid->rows - 1);
      int c1 = CLAMP ((int) floor ((b->x + b->width - e->x) / grid->cell) + 1, 0, grid->cols - 1);
      int r1 = CLAMP ((int) floor ((b->y + b->height - e->y) / grid->cell) + 1, 0, grid->rows - 1);

      for (int r = r0; r <= r1; r++)
        for (int c = c0; c <= c1; c++)
          {
            GArray **cell = &grid->cells[r * grid->cols + c];

            if (*cell == NULL)
              *cell = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (*cell, z);
          }
    }
}

static void
zone_grid_clear (ZoneGrid *grid)
{
  for (int i = 0; i < grid->cols * grid->rows; i++)
    if (grid->cells[i] != NULL)
      g_array_unref (grid->cells[i]);
  g_free (grid->cells);
}

static void
count_visits (TpStoreWalk        *walk,
              const TpStoreShape *shapes)
{
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (double));
  const TpPoint *path = (const TpPoint *) (gconstpointer) walk->path->data;
  /* Per zone: the last segment looked at with it, and the last one that ended inside it. */
  g_autofree guint *looked = g_new0 (guint, MAX (walk->n_shapes, 1));
  g_autofree guint *ended_inside = g_new0 (guint, MAX (walk->n_shapes, 1));
  ZoneGrid grid;

  zone_grid_init (&grid, shapes, walk->n_shapes);
  for (guint i = 0; walk->n_shapes > 0 && i + 1 < walk->path->len; i++)
    {
      TpPoint a = path[i], b = path[i + 1];
      const TpRect *e = &grid.extent;
      int c0 = CLAMP ((int) floor ((MIN (a.x, b.x) - e->x) / grid.cell), 0, grid.cols - 1);
      int r0 = CLAMP ((int) floor ((MIN (a.y, b.y) - e->y) / grid.cell), 0, grid.rows - 1);
      int c1 = CLAMP ((int) floor ((MAX (a.x, b.x) - e->x) / grid.cell), 0, grid.cols - 1);
      int r1 = CLAMP ((int) floor ((MAX (a.y, b.y) - e->y) / grid.cell), 0, grid.rows - 1);

      /* Segments are numbered from 1 here, so 0 is "none". */
      for (int r = r0; r <= r1; r++)
        for (int c = c0; c <= c1; c++)
          {
            GArray *list = grid.cells[r * grid.cols + c];

            for (guint k = 0; list != NULL && k < list->len; k++)
              {
                guint z = g_array_index (list, guint, k);
                const TpStoreShape *s = &shapes[z];
                /* A stretch that goes on from the previous segment is the same visit. */
                gboolean was = ended_inside[z] == i && i > 0;

                if (looked[z] == i + 1)
                  continue;
                looked[z] = i + 1;
                if (MAX (a.x, b.x) < s->bounds.x || MIN (a.x, b.x) > s->bounds.x + s->bounds.width ||
                    MAX (a.y, b.y) < s->bounds.y || MIN (a.y, b.y) > s->bounds.y + s->bounds.height)
                  continue;
                g_array_set_size (intervals, 0);
                tp_polygon_segment_inside (s->points, s->n_points, a, b, intervals);
                for (guint m = 0; m < intervals->len; m += 2)
                  {
                    double t0 = g_array_index (intervals, double, m);
                    double t1 = g_array_index (intervals, double, m + 1);

                    if (!(m == 0 && t0 <= 1e-9 && was))
                      walk->zone_visits[z]++;
                    if (t1 >= 1 - 1e-9)
                      ended_inside[z] = i + 1;
                  }
              }
          }
    }
  zone_grid_clear (&grid);

  /* A stop on a zone's edge visits it too. */
  for (guint i = 0; i < walk->stops->len; i++)
    {
      const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);

      if (stop->zone >= 0 && walk->zone_visits[stop->zone] == 0)
        walk->zone_visits[stop->zone] = 1;
    }
  for (guint z = 0; z < walk->n_shapes; z++)
    if (walk->zone_visits[z] > 0)
      walk->n_zones_visited++;
}

TpStoreWalk *
tp_store_walk_new (TpJourney          *journey,
                   const TpStoreShape *shapes,
                   guint               n_shapes,
                   const TpRect       *plan_rect,
                   TpStoreRouter      *router)
{
  GPtrArray *placements;
  GPtrArray *cards;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  JourneyIndex index = { 0 };
  g_autofree TpPoint *at = NULL;
  TpStoreWalk *walk;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (plan_rect != NULL && router != NULL, NULL);

  walk = g_new0 (TpStoreWalk, 1);
  walk->journey = journey;
  walk->stops = g_array_new (FALSE, TRUE, sizeof (TpStoreStop));
  walk->path = g_array_new (FALSE, FALSE, sizeof (TpPoint));
  walk->backtrack = g_array_new (FALSE, FALSE, sizeof (double));
  walk->n_shapes = n_shapes;
  walk->zone_dwell = g_new0 (double, MAX (n_shapes, 1));
  walk->zone_visits = g_new0 (guint, MAX (n_shapes, 1));

  cards = tp_journey_get_cards (journey);
  for (guint i = 0; i < cards->len; i++)
    g_hash_table_insert (by_id, (gpointer) tp_element_get_id (g_ptr_array_index (cards, i)),
                         g_ptr_array_index (cards, i));
  journey_index_init (&index, journey);

  placements = tp_journey_get_placements (journey);
  g_array_set_size (walk->stops, placements->len);
  at = g_new (TpPoint, MAX (placements->len, 1));
  for (guint i = 0; i < placements->len; i++)
    {
      TpPlacement *placement = g_ptr_array_index (placements, i);
      TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);
      double x = tp_placement_get_x (placement), y = tp_placement_get_y (placement);
      const char *card_id = tp_placement_get_card (placement);

      stop->placement = placement;
      stop->card = card_id != NULL ? g_hash_table_lookup (by_id, card_id) : NULL;
      stop->at.x = CLAMP (x, plan_rect->x, plan_rect->x + plan_rect->width);
      stop->at.y = CLAMP (y, plan_rect->y, plan_rect->y + plan_rect->height);
      stop->outside = stop->at.x != x || stop->at.y != y;
      walk->n_outside += stop->outside;
      stop->dwell = tp_placement_get_dwell (placement);
      walk->dwell += stop->dwell;
      stop->has_emotion = emotion_at (&index, stop->card, &stop->emotion);
      stop->zone = tp_store_hit_zone (shapes, n_shapes, stop->at.x, stop->at.y, 0);
      if (stop->zone >= 0)
        walk->zone_dwell[stop->zone] += stop->dwell;

      at[i] = stop->at;
    }
  journey_index_clear (&index);

  /* The legs the router has not walked yet, searched on every core; then the walk, leg by leg. */
  tp_store_router_prepare (router, at, placements->len);
  for (guint i = 0; i < placements->len; i++)
    {
      TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);

      stop->reached = TRUE;
      if (i == 0)
        g_array_append_val (walk->path, stop->at);
      else
        {
          g_autoptr(GArray) leg = g_array_new (FALSE, FALSE, sizeof (TpPoint));
          double length;

          stop->reached = tp_store_router_route (router, at[i - 1], stop->at, leg, &length);
          walk->n_unreachable += !stop->reached;
          g_array_append_vals (walk->path, leg->data + sizeof (TpPoint), leg->len - 1);
        }
      stop->path_end = walk->path->len - 1;
    }

  walk->arc = g_new0 (double, walk->path->len + 1);
  for (guint i = 1; i < walk->path->len; i++)
    {
      TpPoint a = g_array_index (walk->path, TpPoint, i - 1);
      TpPoint b = g_array_index (walk->path, TpPoint, i);

      walk->arc[i] = walk->arc[i - 1] + hypot (b.x - a.x, b.y - a.y);
    }
  walk->length = walk->path->len > 0 ? walk->arc[walk->path->len - 1] : 0;

  assign_pains (walk);
  count_visits (walk, shapes);
  _tp_store_walk_find_backtracking (walk);
  return walk;
}

void
tp_store_walk_free (TpStoreWalk *walk)
{
  if (walk == NULL)
    return;
  for (guint i = 0; i < walk->stops->len; i++)
    g_clear_pointer (&g_array_index (walk->stops, TpStoreStop, i).pains, g_ptr_array_unref);
  g_array_unref (walk->stops);
  g_array_unref (walk->path);
  g_array_unref (walk->backtrack);
  g_free (walk->arc);
  g_free (walk->zone_dwell);
  g_free (walk->zone_visits);
  g_free (walk);
}

double
tp_store_walk_backtrack_share (const TpStoreWalk *walk)
{
  g_return_val_if_fail (walk != NULL, 0);

  return walk->length > 0 ? MIN (walk->backtrack_length / walk->length, 1.0) : 0.0;
}

/* The index of the path segment holding arc length @s. */
static guint
segment_at (const TpStoreWalk *walk,
            double             s)
{
  guint lo = 0, hi = walk->path->len - 1;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (walk->arc[mid] <= s)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

void
tp_store_walk_point_at (const TpStoreWalk *walk,
                        double             s,
                        TpPoint           *point,
                        TpPoint           *direction)
{
  const TpPoint *path = (const TpPoint *) (gconstpointer) walk->path->data;
  guint i;
  double len, t;

  g_return_if_fail (walk != NULL && walk->path->len > 0);

  if (walk->path->len == 1)
    {
      *point = path[0];
      if (direction != NULL)
        *direction = (TpPoint) { 1, 0 };
      return;
    }
  s = CLAMP (s, 0, walk->length);
  i = segment_at (walk, s);
  len = walk->arc[i + 1] - walk->arc[i];
  t = len > 0 ? (s - walk->arc[i]) / len : 0;
  point->x = path[i].x + t * (path[i + 1].x - path[i].x);
  point->y = path[i].y + t * (path[i + 1].y - path[i].y);
  if (direction != NULL)
    *direction = len > 0 ? (TpPoint) { (path[i + 1].x - path[i].x) / len,
                                       (path[i + 1].y - path[i].y) / len }
                         : (TpPoint) { 1, 0 };
}

void
tp_store_walk_append_stretch (const TpStoreWalk *walk,
                              double             s0,
                              double             s1,
                              GArray            *points)
{
  TpPoint p;

  g_return_if_fail (walk != NULL && points != NULL);

  if (walk->path->len == 0 || s1 < s0)
    return;
  tp_store_walk_point_at (walk, s0, &p, NULL);
  g_array_append_val (points, p);
  for (guint i = segment_at (walk, s0) + 1; i < walk->path->len && walk->arc[i] < s1; i++)
    g_array_append_val (points, g_array_index (walk->path, TpPoint, i));
  tp_store_walk_point_at (walk, s1, &p, NULL);
  g_array_append_val (points, p);
}

void
tp_store_heat_add (const TpStoreWalk *walk,
                   TpStoreHeatKind    kind,
                   double            *values)
{
  g_return_if_fail (walk != NULL && values != NULL);

  for (guint z = 0; z < walk->n_shapes; z++)
    values[z] += kind == TP_STORE_HEAT_DWELL ? walk->zone_dwell[z] : walk->zone_visits[z];
}
