/* tp-journey-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the files of TpJourneyView: tp-journey-view.c (state, caches),
 * tp-journey-view-draw.c (drawing), tp-journey-view-input.c (gestures, drops)
 * and tp-journey-view-edit.c (renaming, menu, keys, actions).
 */

#pragma once

#include <adwaita.h>

#include "render/tp-journey-layout.h"
#include "render/tp-journey-painter.h"
#include "tp-journey-view.h"

G_BEGIN_DECLS

typedef enum {
  TP_VIEW_DRAG_NONE,
  TP_VIEW_DRAG_PENDING_CARD,   /* pressed on a card, not moved far enough yet */
  TP_VIEW_DRAG_PENDING_HEADER,
  TP_VIEW_DRAG_PENDING_BAND,
  TP_VIEW_DRAG_CARDS,
  TP_VIEW_DRAG_PHASE,
  TP_VIEW_DRAG_LANE,
  TP_VIEW_DRAG_BAND,
} TpViewDrag;

/* A cached render node and the size it was painted at. */
typedef struct {
  GskRenderNode   *node;
  double           width;
  double           height;
  double           scale;        /* device pixels per map unit it was painted at */
  guint            frame;        /* last frame that used it */
  cairo_surface_t *image;        /* the pixels of @node, or NULL when it is vector */
  GArray          *parts;        /* of a cell: TpCellPart, what it was composed from */
} TpCachedNode;

typedef struct {
  GskRenderNode *node;           /* a card's node (owned ref), for identity */
  double         x;
  double         y;
} TpCellPart;

struct _TpJourneyView
{
  GtkWidget        parent_instance;

  /* owned */
  TpProject       *project;
  TpJourney       *journey;
  TpSelection     *selection;
  TpJourneyLayout *layout;
  GHashTable      *card_nodes;     /* TpCard → TpCachedNode */
  GHashTable      *header_nodes;   /* TpPhase / TpLane / TpJourney (corner) → TpCachedNode */
  GHashTable      *tile_nodes;     /* emotion-line and far-out map tiles → TpCachedNode */
  GHashTable      *cell_nodes;     /* cells composed of their cards' images → TpCachedNode */
  GHashTable      *selected;       /* set of selected TpElement, for quick lookups */
  GtkWidget       *rename_entry;
  GtkWidget       *context_menu;
  GPtrArray       *drag_cards;     /* TpCard refs being dragged */
  GPtrArray       *band_base;      /* selection before a Shift/Ctrl rubber band */
  GtkGesture      *drag_gesture;

  /* borrowed */
  const TpTheme   *theme;
  TpElement       *rename_element;
  TpElement       *drag_header;
  TpCard          *hovered;

  guint            frame;
  guint            accessible_idle;
  guint            rename_idle;    /* the rename entry lost the focus: commit */
  gboolean         fit_pending;    /* zoom to fit once the view has a size */
  gboolean         allocating;
  double           zoom;
  double           scroll_x;
  double           scroll_y;

  /* Pointer and gesture state, in widget coordinates unless noted. */
  double           pointer_x;
  double           pointer_y;
  gboolean         pointer_inside;
  TpViewDrag       drag;
  GdkModifierType  drag_modifiers;
  double           press_x;
  double           press_y;
  double           drag_dx;
  double           drag_dy;
  double           pan_start_x;
  double           pan_start_y;
  double           pinch_start_zoom;
  TpCard          *press_card;
  gboolean         drop_valid;
  TpDropTarget     drop;           /* map units */
  TpRect           header_indicator;
  guint            header_index;
  TpRect           band;           /* map units */
  gboolean         palette_drop;
};

static inline double
_tp_journey_view_sticky_x (TpJourneyView *self)
{
  return MAX (0.0, self->scroll_x);
}

static inline double
_tp_journey_view_sticky_y (TpJourneyView *self)
{
  return MAX (0.0, self->scroll_y);
}

/* tp-journey-view-draw.c */
void             _tp_journey_view_snapshot        (GtkWidget     *widget,
                                                   GtkSnapshot   *snapshot);

/* tp-journey-view.c */
TpJourneyLayout *_tp_journey_view_ensure_layout   (TpJourneyView *self);
void             _tp_journey_view_widget_to_map   (TpJourneyView *self,
                                                   double         wx,
                                                   double         wy,
                                                   double        *mx,
                                                   double        *my);
void             _tp_journey_view_hit_test        (TpJourneyView *self,
                                                   double         wx,
                                                   double         wy,
                                                   TpHit         *hit);
void             _tp_journey_view_map_rect_to_widget (TpJourneyView *self,
                                                   const TpRect  *rect,
                                                   graphene_rect_t *out);
void             _tp_journey_view_clamp_scroll    (TpJourneyView *self);
/* Scrolls as little as brings map rectangle @rect into view, clear of the sticky headers. */
void             _tp_journey_view_scroll_to_rect  (TpJourneyView *self,
                                                   const TpRect  *rect,
                                                   gboolean       horizontal,
                                                   gboolean       vertical);
void             _tp_journey_view_zoom_at         (TpJourneyView *self,
                                                   double         zoom,
                                                   double         wx,
                                                   double         wy);
void             _tp_journey_view_update_accessible (TpJourneyView *self);
void             _tp_journey_view_queue_accessible (TpJourneyView *self);
void             _tp_journey_view_selection_changed (TpJourneyView *self);
/* The selected cards laid out in this journey, in journey order (transfer container). */
GPtrArray       *_tp_journey_view_selected_cards  (TpJourneyView *self);
TpCard          *_tp_journey_view_primary_card    (TpJourneyView *self);

/* tp-journey-view-input.c */
void             _tp_journey_view_init_input       (TpJourneyView  *self);
void             _tp_journey_view_cancel_drag      (TpJourneyView  *self);
/* What the primary-button drag gesture does (tests drive these, GTK 4.8 cannot fake a pointer):
 * press at widget point (@x, @y) with @mods (FALSE: nothing there to press on), move the
 * pointer by (@dx, @dy) from there (TRUE once a drag started), release. */
gboolean         _tp_journey_view_press            (TpJourneyView  *self,
                                                    double          x,
                                                    double          y,
                                                    GdkModifierType mods);
gboolean         _tp_journey_view_drag_to          (TpJourneyView  *self,
                                                    double          dx,
                                                    double          dy);
void             _tp_journey_view_release          (TpJourneyView  *self);

/* How the cards of a moving group take their place in the cell they land in. */
typedef enum {
  TP_GROUP_INDEX_KEEP,         /* as many cards that stay before them as before the move */
  TP_GROUP_INDEX_ALL,          /* all at the given index (-1 = the end) */
  TP_GROUP_INDEX_STEP,         /* one place on along their own cell: the index is -1 or +1 */
} TpGroupIndex;

/* tp-journey-view-edit.c */
/* Moves @cards (journey order) by (@d_column, @d_row) cells, as the one under the pointer or the
 * primary card (@anchor) moves; cards stop at the map's edge. The cards landing in one cell stay
 * together; with TP_GROUP_INDEX_KEEP, @index (>= -1) places @anchor's group. One undo step. */
void             _tp_journey_view_move_cards_by    (TpJourneyView  *self,
                                                    GPtrArray      *cards,
                                                    TpCard         *anchor,
                                                    int             d_column,
                                                    int             d_row,
                                                    int             index,
                                                    TpGroupIndex    rule);
/* The place of the keyboard cursor: the primary card or header, or the selected cell. */
gboolean         _tp_journey_view_cursor_place     (TpJourneyView  *self,
                                                    TpMapPlace     *place);
/* The selected cell as (column, row) of the layout, when it is in this journey. */
gboolean         _tp_journey_view_selected_cell    (TpJourneyView  *self,
                                                    guint          *column,
                                                    guint          *row);

void             _tp_journey_view_class_init_actions (GtkWidgetClass *widget_class);
TpElement       *_tp_journey_view_primary_element  (TpJourneyView  *self);
void             _tp_journey_view_select_one       (TpJourneyView  *self,
                                                    gpointer        element);
void             _tp_journey_view_start_rename     (TpJourneyView  *self,
                                                    TpElement      *element);
void             _tp_journey_view_stop_rename      (TpJourneyView  *self,
                                                    gboolean        commit);
void             _tp_journey_view_show_context_menu (TpJourneyView *self,
                                                    double          x,
                                                    double          y);
void             _tp_journey_view_update_actions   (TpJourneyView  *self);
void             _tp_journey_view_allocate_children (TpJourneyView *self);

/* tp-journey-view-geometry.c: for the end-to-end tests (TP_E2E_GEOMETRY) */
void             _tp_journey_view_write_geometry   (TpJourneyView  *self);

G_END_DECLS
