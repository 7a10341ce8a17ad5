/* tp-blueprint-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tp-blueprint-view.c (layout, drawing, moves) and
 * tp-blueprint-view-connect.c (drawing, selecting, retargeting and
 * deleting arrows, by pointer and by keyboard).
 */

#pragma once

#include "render/tp-blueprint-analysis.h"
#include "render/tp-blueprint-layout.h"
#include "render/tp-blueprint-painter.h"
#include "render/tp-blueprint-route.h"
#include "tp-blueprint-view.h"

G_BEGIN_DECLS

/* An arrow of dragged cards, from where they would land. */
typedef struct {
  TpConnection *connection;
  TpCard       *from;
  TpCard       *to;
  GArray       *points;   /* TpPoint, map units */
} DragPath;

struct _TpBlueprintView
{
  TpCanvas             parent_instance;

  TpBlueprintLayout   *layout;
  TpBlueprintRoutes   *routes;
  TpBlueprintAnalysis *analysis;

  /* The keyboard's and the menu's ways to connect (tp-blueprint-view-connect.c; the
   * pointer's, handles and grips, are the canvas's: tp-canvas-connections.c); owned. */
  TpCard              *keyboard_source;  /* Ctrl+K pressed on this card: connect from it */
  GSimpleActionGroup  *connection_actions;
  GtkWidget           *menu;

  /* Cards being dragged (tp-blueprint-view.c): where they would land, and the paths their
   * arrows would take from there, searched again as the pointer moves; their arrows are
   * left out of the cached tiles meanwhile. */
  gboolean             drag_preview;
  TpBlueprintDropTarget drag_target;
  GPtrArray           *drag_paths;       /* DragPath */
};

void          _tp_blueprint_view_class_init_connect (TpBlueprintViewClass *klass);
void          _tp_blueprint_view_init_connect       (TpBlueprintView      *self);
void          _tp_blueprint_view_dispose_connect    (TpBlueprintView      *self);
/* The selected arrow when exactly one is selected, or NULL. */
TpConnection *_tp_blueprint_view_selected_connection (TpBlueprintView      *self);
/* Whether the layout and routes are there to work on. */
gboolean      _tp_blueprint_view_ready              (TpBlueprintView      *self);

/* tp-blueprint-view-connect-draw.c: the card an arrow started by Ctrl+K comes from. */
void          _tp_blueprint_view_snapshot_connect   (TpBlueprintView      *self,
                                                     GtkSnapshot          *snapshot,
                                                     const TpRect         *visible);

/* tp-blueprint-view-geometry.c: for the end-to-end tests (TP_E2E_GEOMETRY) */
gboolean      _tp_blueprint_view_describe           (TpCanvas             *canvas,
                                                     JsonBuilder          *builder,
                                                     double                dx,
                                                     double                dy);

G_END_DECLS
