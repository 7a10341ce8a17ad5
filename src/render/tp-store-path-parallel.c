/* tp-store-path-parallel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The legs of a whole walk searched on every core. Once the plan's graph is
 * built it is only read, so each thread searches it with a TpStoreSearch of
 * its own (A*'s arrays and heap, the obstacles' stamps); the walks found go
 * into the router's table in the walk's order, from the calling thread. A
 * leg's walk does not depend on the thread or the order: the same points as
 * one thread finds.
 */

#include "config.h"

#include "tp-store-path-private.h"

#define MAX_WORKERS 8
/* Fewer searches than this for each thread and starting one costs more than it saves. */
#define MIN_SEARCHES_PER_WORKER 16

typedef struct {
  TpPoint   a;
  TpPoint   b;
  GArray   *path;
  double    length;
  gboolean  reached;
} Leg;

typedef struct {
  TpStoreRouter *router;
  Leg           *legs;
  guint          n_legs;
  gint           next;      /* the next leg to search (atomic) */
} Work;

static void
search_legs (Work          *work,
             TpStoreSearch *search)
{
  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&work->next, 1);
      Leg *leg;

      if (i >= work->n_legs)
        break;
      leg = &work->legs[i];
      leg->path = g_array_new (FALSE, FALSE, sizeof (TpPoint));
      leg->reached = _tp_store_router_find (work->router, search, leg->a, leg->b, leg->path,
                                            &leg->length);
    }
}

/* Another thread's part (the calling thread searches with the router's own search). */
static gpointer
path_worker_thread (gpointer data)
{
  Work *work = data;
  TpStoreSearch *search = _tp_store_search_new (work->router);

  search_legs (work, search);
  _tp_store_search_free (search);
  return NULL;
}

void
tp_store_router_prepare (TpStoreRouter *router,
                         const TpPoint *stops,
                         guint          n_stops)
{
  g_autoptr(GArray) legs = g_array_new (FALSE, TRUE, sizeof (Leg));
  GThread *threads[MAX_WORKERS];
  Work work = { router, NULL, 0, 0 };
  guint n_workers;

  g_return_if_fail (router != NULL);
  g_return_if_fail (stops != NULL || n_stops == 0);

  /* The straight walks here and now: they need no graph (a plan whose stops see each other never
   * builds it). */
  for (guint i = 0; i + 1 < n_stops; i++)
    {
      Leg leg = { stops[i], stops[i + 1], NULL, 0, FALSE };

      if (_tp_store_router_has_leg (router, leg.a, leg.b))
        continue;
      if (_tp_store_router_straight (router, router->search, leg.a, leg.b))
        {
          GArray *path = g_array_new (FALSE, FALSE, sizeof (TpPoint));

          leg.reached = _tp_store_router_find (router, router->search, leg.a, leg.b, path,
                                               &leg.length);
          _tp_store_router_add_leg (router, leg.a, leg.b, path, leg.length, leg.reached);
        }
      else
        g_array_append_val (legs, leg);
    }
  if (legs->len == 0)
    return;

  _tp_store_router_build_graph (router);
  work.legs = (Leg *) (gpointer) legs->data;
  work.n_legs = legs->len;
  n_workers = CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
  n_workers = CLAMP (legs->len / MIN_SEARCHES_PER_WORKER, 1, n_workers);
  for (guint i = 1; i < n_workers; i++)
    threads[i] = g_thread_new ("tp-store-path", path_worker_thread, &work);
  search_legs (&work, router->search);
  for (guint i = 1; i < n_workers; i++)
    g_thread_join (threads[i]);

  for (guint i = 0; i < legs->len; i++)
    {
      Leg *leg = &g_array_index (legs, Leg, i);

      _tp_store_router_add_leg (router, leg->a, leg->b, leg->path, leg->length, leg->reached);
    }
}
