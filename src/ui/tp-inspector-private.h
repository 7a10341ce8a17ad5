/* tp-inspector-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internals shared by tp-inspector.c (sections) and tp-inspector-fields.c
 * (one editing widget bound to one property of one element).
 */

#pragma once

#include <adwaita.h>

#include "tp-inspector.h"

G_BEGIN_DECLS

typedef enum {
  TP_FIELD_STRING,   /* AdwEntryRow                                  */
  TP_FIELD_TEXT,     /* multi-line GtkTextView                       */
  TP_FIELD_ENUM,     /* AdwComboRow of tp_enum_get_label()           */
  TP_FIELD_BOOL,     /* GtkSwitch in an AdwActionRow                 */
  TP_FIELD_INT,      /* GtkSpinButton in an AdwActionRow             */
  TP_FIELD_SCALE,    /* GtkScale with a mark per whole number        */
  TP_FIELD_DOUBLE,   /* GtkSpinButton with decimals                  */
  TP_FIELD_TAGS,     /* AdwEntryRow of comma-separated words (GStrv) */
  TP_FIELD_COLOR,    /* GtkColorButton, "#rrggbb"                    */
  TP_FIELD_PERSONA,  /* AdwComboRow: none + the project's personas   */
  TP_FIELD_LINES,    /* multi-line GtkTextView, one item a line (GStrv) */
} TpFieldKind;

typedef struct
{
  TpInspector *inspector;
  TpElement   *element;     /* owned ref */
  GParamSpec  *pspec;
  char        *key;         /* coalescing key "ID:property" */
  const char  *undo_label;  /* untranslated, N_() */
  TpFieldKind  kind;
  GStrv        choices;     /* persona ids, for TP_FIELD_PERSONA */
  GtkWidget   *widget;      /* the editable widget */
} TpField;

struct _TpInspector
{
  GtkWidget    parent_instance;

  /* children */
  GtkWidget   *scroller;

  /* owned */
  TpProject   *project;
  TpSelection *selection;
  TpElement   *element;
  GPtrArray   *fields;       /* TpField*, owned by their widgets */
  GPtrArray   *corner_spins; /* a polygon zone's corners: their x, y entries in turn (borrowed) */
  int          corner_focus; /* the corner whose row takes the focus when built again, or -1 */
  guint        idle;
  guint        need_rebuild : 1;
  guint        updating : 1;
};

TpField *_tp_inspector_add_field (TpInspector *self,
                                  GtkWidget   *group,
                                  TpElement   *element,
                                  const char  *key_prefix,
                                  const char  *property,
                                  TpFieldKind  kind,
                                  const char  *title,
                                  const char  *undo_label);
void     _tp_field_refresh       (TpField     *field);
/* Builds the inspector's rows anew once idle. */
void     _tp_inspector_queue_rebuild (TpInspector *self);

/* tp-inspector-persona.c: the persona editor and the journey's own fields. */
void     _tp_inspector_build_persona (TpInspector *self,
                                      GtkWidget   *content,
                                      TpPersona   *persona);
void     _tp_inspector_build_journey (TpInspector *self,
                                      GtkWidget   *content,
                                      TpJourney   *journey);
GtkWidget *_tp_inspector_add_group   (GtkWidget   *content,
                                      const char  *title);

/* tp-inspector-blueprint.c */
void     _tp_inspector_build_blueprint_card    (TpInspector    *self,
                                                GtkWidget      *content,
                                                TpCard         *card);
void     _tp_inspector_build_connection        (TpInspector    *self,
                                                GtkWidget      *content,
                                                TpConnection   *connection);
void     _tp_inspector_build_handoffs          (TpInspector    *self,
                                                GtkWidget      *content,
                                                TpJourney      *journey);
gboolean _tp_inspector_blueprint_needs_rebuild (TpInspector    *self,
                                                const TpChange *change);

/* tp-inspector-zone.c */
void     _tp_inspector_build_zone              (TpInspector    *self,
                                                GtkWidget      *content,
                                                TpZone         *zone);
gboolean _tp_inspector_zone_needs_rebuild      (TpInspector    *self,
                                                const TpChange *change);
/* The corners' spin buttons show the zone's corners again. */
void     _tp_inspector_refresh_zone            (TpInspector    *self);

/* tp-inspector-placement.c */
void     _tp_inspector_build_placements        (TpInspector    *self,
                                                GtkWidget      *content,
                                                TpElement      *element);
void     _tp_inspector_build_store_figures     (TpInspector    *self,
                                                GtkWidget      *content,
                                                TpJourney      *journey);
gboolean _tp_inspector_placement_needs_rebuild (TpInspector    *self,
                                                const TpChange *change);

G_END_DECLS
