/* tp-presentation-steps.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk of presentation mode as pure logic, without GTK: which step a
 * command leads to, and where the camera looks at each step and in between.
 *
 * Steps are numbered 0 … n − 1: step 0 is the overview (the whole picture
 * and the persona), the others walk the phases (see TpPresentationPainter).
 */

#pragma once

#include <glib.h>
#include "tp-view.h"

G_BEGIN_DECLS

typedef enum {
  TP_PRESENTATION_COMMAND_NONE,
  TP_PRESENTATION_COMMAND_NEXT,
  TP_PRESENTATION_COMMAND_PREVIOUS,
  TP_PRESENTATION_COMMAND_FIRST,
  TP_PRESENTATION_COMMAND_LAST,
  TP_PRESENTATION_COMMAND_GOTO,         /* to the step given as argument */
  TP_PRESENTATION_COMMAND_TOGGLE_DARK,
  TP_PRESENTATION_COMMAND_LEAVE,
} TpPresentationCommand;

/* A camera: map point (@map_x, @map_y) shows at widget point (@view_x,
 * @view_y), at @zoom device pixels per map unit. */
typedef struct {
  double map_x;
  double map_y;
  double view_x;
  double view_y;
  double zoom;
} TpPresentationCamera;

/** tp_presentation_step_after: the step @command (with @argument for GOTO) leads to from @current, of @n_steps (overview included); always within 0 … n_steps − 1. */
guint    tp_presentation_step_after           (guint                       current,
                                               guint                       n_steps,
                                               TpPresentationCommand       command,
                                               int                         argument);

/** tp_presentation_camera_fit: the camera showing all of @area (map units) as large as fits, centred in @viewport (widget pixels). */
void     tp_presentation_camera_fit           (const TpRect               *area,
                                               const TpRect               *viewport,
                                               TpPresentationCamera       *camera);

/** tp_presentation_step_area: what a spotlighted step shows: @step_rect with some context either side, within @picture. */
void     tp_presentation_step_area            (const TpRect               *picture,
                                               const TpRect               *step_rect,
                                               TpRect                     *area);

/* One page of a phase too tall to read at once: the span of lanes it shows,
 * in map units, from @top to @bottom. */
typedef struct {
  double top;
  double bottom;
} TpPresentationPage;

/** tp_presentation_paginate: splits the lanes between @edges (@n_rows + 1 increasing y, map units) into pages at most @max_height tall: as few as possible, breaking only between lanes, as even as possible (the tallest page as short as can be); a lane taller than @max_height alone is split into overlapping pages of its own. Returns an array of TpPresentationPage, top to bottom. */
GArray  *tp_presentation_paginate             (const double               *edges,
                                               guint                       n_rows,
                                               double                      max_height);

/* Where the walk stops: the overview, then each phase (in pages). */
typedef struct {
  guint    phase;        /* 0 = overview, k = the view's step k − 1 */
  TpRect   area;         /* what it shows, map units (a page: the phase's lanes on it) */
  gboolean pinned;       /* lane and phase headers pinned to the edges */
  double   fit_height;   /* the tallest page of the phase: all its pages share a zoom */
} TpPresentationStop;

/** tp_presentation_stops_new: the overview of @view's picture, then each of its steps with context either side — in pages at most @max_page_height tall broken at the view's step breaks (pinned headers), or whole when the view has no breaks or @max_page_height is 0. Returns an array of TpPresentationStop. */
GArray  *tp_presentation_stops_new            (TpView                     *view,
                                               double                      max_page_height);

/** tp_presentation_camera_pinned: the camera showing the page of @stop in @map (widget pixels) on a @screen_width wide screen, under a pinned phase header @header_height tall and beside pinned lane headers @header_width wide (map units): as large as the phase's tallest page allows, up to @max_zoom; the phase in the middle of the screen, unless that would show the map's own lane headers beside the pinned ones. */
void     tp_presentation_camera_pinned        (const TpPresentationStop   *stop,
                                               const TpRect               *map,
                                               double                      screen_width,
                                               double                      header_width,
                                               double                      header_height,
                                               double                      max_zoom,
                                               TpPresentationCamera       *camera);

/** tp_presentation_ease: smooth start and stop (ease in-out) of a transition at linear progress @t (0 … 1). */
double   tp_presentation_ease                 (double                      t);

/** tp_presentation_camera_interpolate: the camera at eased progress @t between @from (0) and @to (1); zoom changes geometrically. */
void     tp_presentation_camera_interpolate   (const TpPresentationCamera *from,
                                               const TpPresentationCamera *to,
                                               double                      t,
                                               TpPresentationCamera       *result);

/** tp_presentation_camera_to_view / to_map: converts a point between map units and widget pixels. */
void     tp_presentation_camera_to_view       (const TpPresentationCamera *camera,
                                               double                      map_x,
                                               double                      map_y,
                                               double                     *view_x,
                                               double                     *view_y);
void     tp_presentation_camera_to_map        (const TpPresentationCamera *camera,
                                               double                      view_x,
                                               double                      view_y,
                                               double                     *map_x,
                                               double                     *map_y);

G_END_DECLS
