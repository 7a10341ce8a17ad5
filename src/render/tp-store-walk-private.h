/* tp-store-walk-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-store-walk.c (the walk) and tp-store-backtrack.c (the ground
 * it walks again).
 */

#pragma once

#include "tp-store-walk.h"

G_BEGIN_DECLS

/* Fills walk->backtrack and walk->backtrack_length from walk->path and walk->arc. */
void _tp_store_walk_find_backtracking (TpStoreWalk *walk);

G_END_DECLS
