/* tp-format-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internals shared by the tp-format-*.c files: the loader state with its
 * JSON path and error helpers, and the element writers used by both the
 * project file and clipboard fragments.
 */

#pragma once

#include "tp-format.h"
#include "tp-json-reader.h"
#include "tp-json-writer.h"

G_BEGIN_DECLS

#define TP_FORMAT_NAME          "touchpoint"
#define TP_FORMAT_FRAGMENT_NAME "touchpoint-fragment"

/* What an id names, for duplicate and reference checks. */
typedef enum {
  TP_ID_NONE,
  TP_ID_PERSONA,
  TP_ID_FLOOR_PLAN,
  TP_ID_JOURNEY,
  TP_ID_PHASE,
  TP_ID_LANE,
  TP_ID_CARD,
  TP_ID_CONNECTION,
  TP_ID_ZONE,
  TP_ID_PLACEMENT,
} TpIdKind;

typedef struct {
  char name[48];  /* the current member of an object, or "" */
  int  index;     /* the current item of an array, or -1    */
} TpPathSegment;

typedef struct {
  const char   *display_name;
  TpJsonReader *reader;
  GError       *error;
  TpPathSegment path[TP_JSON_READER_MAX_DEPTH + 2];
  guint         path_len;

  gboolean      fragment;     /* ids are replaced, references not checked */
  TpProject    *target;       /* fragment: where fresh ids come from       */
  guint         journey_no;   /* 1 + index of the journey being read       */

  GHashTable   *ids;          /* id (borrowed from its element) → entry + 1 */
  GArray       *id_entries;   /* TpIdEntry */
  GArray       *refs;         /* TpReference */
} TpLoader;

void         _tp_loader_init          (TpLoader     *l,
                                       const char   *display_name,
                                       const char   *data,
                                       gsize         length);
void         _tp_loader_clear         (TpLoader     *l);

gboolean     _tp_loader_fail          (TpLoader     *l,
                                       int           code,
                                       const char   *format,
                                       ...) G_GNUC_PRINTF (3, 4);
gboolean     _tp_loader_fail_at       (TpLoader     *l,
                                       guint         line,
                                       int           code,
                                       const char   *format,
                                       ...) G_GNUC_PRINTF (4, 5);
gboolean     _tp_loader_missing       (TpLoader     *l,
                                       guint         line,
                                       const char   *what,
                                       const char   *member);
/* The path of the current value as "journeys[0].cards[3].title". */
char        *_tp_loader_path          (TpLoader     *l);

TpJsonToken  _tp_loader_next          (TpLoader     *l);
guint        _tp_loader_line          (TpLoader     *l);
gboolean     _tp_loader_enter_object  (TpLoader     *l);
/* Moves to the next member's value; FALSE at the end of the object or on error. */
gboolean     _tp_loader_next_member   (TpLoader     *l,
                                       const char  **name);
gboolean     _tp_loader_enter_array   (TpLoader     *l);
/* Moves to the next item; FALSE at the end of the array or on error. */
gboolean     _tp_loader_next_item     (TpLoader     *l);
void         _tp_loader_leave         (TpLoader     *l);
gboolean     _tp_loader_ok            (TpLoader     *l);

/* Value readers: the current token is the value; they fail with a message. */
const char  *_tp_loader_string        (TpLoader     *l);
const char  *_tp_loader_string_or_null (TpLoader    *l,
                                       gboolean     *is_null);
const char  *_tp_loader_id            (TpLoader     *l);
gboolean     _tp_loader_enum          (TpLoader     *l,
                                       GType         enum_type,
                                       int          *value);
gboolean     _tp_loader_int           (TpLoader     *l,
                                       int           min,
                                       int           max,
                                       const char   *noun,
                                       int          *value);
gboolean     _tp_loader_double        (TpLoader     *l,
                                       double       *value);
/* A number in the range of @property of @object_class. */
gboolean     _tp_loader_double_prop   (TpLoader     *l,
                                       GType         type,
                                       const char   *property,
                                       const char   *noun,
                                       double       *value);
gboolean     _tp_loader_bool          (TpLoader     *l,
                                       gboolean     *value);
/* Reads an array of strings into a new GStrv. */
gboolean     _tp_loader_strv          (TpLoader     *l,
                                       GStrv        *value);
gboolean     _tp_loader_color         (TpLoader     *l,
                                       char          color[8]);
/* Keeps the current member, unknown to this version, in *@extra. */
gboolean     _tp_loader_unknown       (TpLoader     *l,
                                       JsonObject  **extra);

/* Records @id (borrowed; must live as long as the loader) of an element. */
gboolean     _tp_loader_register_id   (TpLoader     *l,
                                       const char   *id,
                                       TpIdKind      kind,
                                       guint         line);
/* Records a reference checked when the whole file is read. */
void         _tp_loader_add_reference (TpLoader     *l,
                                       const char   *id,
                                       TpIdKind      kind,
                                       gboolean      same_journey,
                                       guint         line,
                                       const char   *list,
                                       int           index,
                                       const char   *member);
gboolean     _tp_loader_check_references (TpLoader  *l);

/* Properties collected while reading an object, set at once with g_object_setv(). */
#define TP_PROPS_MAX 24
typedef struct {
  guint       n;
  const char *names[TP_PROPS_MAX];
  GValue      values[TP_PROPS_MAX];
} TpProps;

void         _tp_props_string         (TpProps      *props,
                                       const char   *name,
                                       const char   *value);
void         _tp_props_int            (TpProps      *props,
                                       const char   *name,
                                       int           value);
void         _tp_props_enum           (TpProps      *props,
                                       const char   *name,
                                       GType         type,
                                       int           value);
void         _tp_props_boolean        (TpProps      *props,
                                       const char   *name,
                                       gboolean      value);
void         _tp_props_double         (TpProps      *props,
                                       const char   *name,
                                       double        value);
/* Takes @value. */
void         _tp_props_take_boxed     (TpProps      *props,
                                       const char   *name,
                                       GType         type,
                                       gpointer      value);
void         _tp_props_take_variant   (TpProps      *props,
                                       const char   *name,
                                       GVariant     *value);
/* Sets the collected properties on @object (may be NULL) and clears @props. */
void         _tp_props_apply          (TpProps      *props,
                                       gpointer      object);

/* Reads a kind-specific object (@sub, named @member) that was kept as an
 * unknown member at @mark before the kind was known. */
typedef gboolean (*TpLoadSubFunc) (TpLoader    *l,
                                   int          sub,
                                   gpointer     data,
                                   JsonObject **extra);
gboolean     _tp_loader_reload        (TpLoader     *l,
                                       const TpJsonReaderMark *mark,
                                       const char   *member,
                                       TpLoadSubFunc load,
                                       int           sub,
                                       gpointer      data,
                                       JsonObject  **extra);

/* Element loaders: the current token is the element's object; they return a
 * new parentless element with its id registered, or NULL on error. */
TpElement   *_tp_load_card            (TpLoader     *l,
                                       int           index);
TpElement   *_tp_load_phase           (TpLoader     *l);
TpElement   *_tp_load_lane            (TpLoader     *l);
TpElement   *_tp_load_floor_plan      (TpLoader     *l);

/* An embedded picture being read (tp-format-load-image.c). */
typedef struct {
  GBytes *image;
  char   *media_type;
  guint   data_line;
} TpImageReader;

void         _tp_image_reader_clear   (TpImageReader *r);
/* Reads member @name when it is "media_type" or "data" (*@handled TRUE); FALSE on an error. */
gboolean     _tp_loader_image_member  (TpLoader      *l,
                                       const char    *name,
                                       TpImageReader *r,
                                       gboolean      *handled);
/* Both members there, and the bytes the picture "media_type" says; FALSE (failed) otherwise. */
gboolean     _tp_loader_image_finish  (TpLoader      *l,
                                       guint          line,
                                       TpImageReader *r);
/* Writes "media_type" and "data" (base64) into the open object. */
void         _tp_write_image_data     (TpJsonWriter  *w,
                                       GBytes        *image,
                                       const char    *media_type);
/* The id of an element read from a fragment: a fresh one from the target. */
char        *_tp_loader_fragment_id   (TpLoader     *l,
                                       const char   *prefix);

/* Element writers. */
void         _tp_write_extra          (TpJsonWriter *w,
                                       JsonObject   *extra,
                                       const char * const *skip);
void         _tp_write_phase          (TpJsonWriter *w,
                                       TpPhase      *phase);
void         _tp_write_lane           (TpJsonWriter *w,
                                       TpLane       *lane);
void         _tp_write_card           (TpJsonWriter *w,
                                       TpCard       *card);

/* Reads @file (size checked first); @display_name prefixes errors. */
GBytes      *_tp_format_read_file     (GFile        *file,
                                       const char   *display_name,
                                       GCancellable *cancellable,
                                       GError      **error);
TpProject   *_tp_format_load_file_named (GFile      *file,
                                       const char   *display_name,
                                       TpLoadInfo   *info,
                                       GCancellable *cancellable,
                                       GError      **error);

G_END_DECLS
