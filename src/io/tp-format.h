/* tp-format.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and writing .touchpoint files (docs/FORMAT.md). No GTK.
 * Every input is untrusted: limits are checked and every error names the
 * file, the JSON path and the line, in words a designer understands, e.g.
 *   "shop.touchpoint: line 42: journeys[0].cards[3].emotion.score: the score must be a whole number from −3 to 3, not 7"
 */

#pragma once

#include <gio/gio.h>
#include "model/tp-model.h"

G_BEGIN_DECLS

#define TP_FORMAT_VERSION 1

#define TP_FORMAT_ERROR (tp_format_error_quark ())
GQuark tp_format_error_quark (void);

typedef enum {
  TP_FORMAT_ERROR_IO,              /* could not read or write the file          */
  TP_FORMAT_ERROR_EMPTY,           /* the file is empty                         */
  TP_FORMAT_ERROR_TOO_LARGE,       /* file, string, array or image over a limit */
  TP_FORMAT_ERROR_TOO_DEEP,        /* nesting deeper than the limit             */
  TP_FORMAT_ERROR_INVALID_UTF8,
  TP_FORMAT_ERROR_SYNTAX,          /* not JSON (truncated, garbage)             */
  TP_FORMAT_ERROR_NOT_TOUCHPOINT,  /* "format" missing or not "touchpoint"      */
  TP_FORMAT_ERROR_WRONG_TYPE,
  TP_FORMAT_ERROR_MISSING,         /* a required member is missing              */
  TP_FORMAT_ERROR_OUT_OF_RANGE,    /* number out of range, not finite, bad enum */
  TP_FORMAT_ERROR_DUPLICATE_ID,
  TP_FORMAT_ERROR_DANGLING_REFERENCE,
  TP_FORMAT_ERROR_BAD_IMAGE,
} TpFormatError;

/* Limits for untrusted input (docs/FORMAT.md). */
#define TP_FORMAT_MAX_FILE_SIZE    (256u * 1024 * 1024)
#define TP_FORMAT_MAX_DEPTH        64
#define TP_FORMAT_MAX_STRING       (1u * 1024 * 1024)
#define TP_FORMAT_MAX_IMAGE_STRING (16u * 1024 * 1024 * 4 / 3 + 8)
#define TP_FORMAT_MAX_IMAGE_BYTES  (16u * 1024 * 1024)
#define TP_FORMAT_MAX_ARRAY        1000000
#define TP_FORMAT_MAX_ZONE_POINTS  1000

/* What the loader learned besides the project. */
typedef struct {
  int      file_version;   /* the "version" member of the file            */
  gboolean newer_version;  /* written by a newer Touchpoint: show a notice */
  gboolean migrated;       /* an older version was upgraded on load        */
  char    *generator;      /* the "generator" member, or NULL              */
} TpLoadInfo;

void        tp_load_info_clear     (TpLoadInfo   *info);

/** tp_format_image_type: "image/png" or "image/jpeg" by the magic bytes of @image, or NULL. */
const char *tp_format_image_type   (GBytes       *image);
/** tp_format_check_image: the media type of a picture to embed (a floor plan's, a persona's
 *  photo), or NULL with a translated reason when it is over the size limit or not PNG/JPEG. */
const char *tp_format_check_image  (GBytes       *image,
                                    GError      **error);

/** tp_format_load_bytes: parses @bytes; @display_name (file name) prefixes error messages. History is empty, not modified. */
TpProject  *tp_format_load_bytes   (GBytes       *bytes,
                                    const char   *display_name,
                                    TpLoadInfo   *info,
                                    GError      **error);
/** tp_format_load_file: reads and parses @file synchronously (command line). */
TpProject  *tp_format_load_file    (GFile        *file,
                                    TpLoadInfo   *info,
                                    GCancellable *cancellable,
                                    GError      **error);
/** tp_format_load_file_async: reads and parses on a worker thread (the UI). */
void        tp_format_load_file_async  (GFile              *file,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
TpProject  *tp_format_load_file_finish (GAsyncResult       *result,
                                        TpLoadInfo         *info,
                                        GError            **error);

/** tp_format_save_to_bytes: the deterministic, pretty-printed file contents of @project. */
GBytes     *tp_format_save_to_bytes (TpProject   *project);

typedef enum {
  TP_SAVE_FLAGS_NONE          = 0,
  TP_SAVE_FLAGS_KEEP_BACKUP   = 1 << 0,  /* keep the previous version as "NAME~" */
} TpSaveFlags;

/** tp_format_save_file: atomic save (temp file in the same folder, fsync, rename) via tp_atomic_save().
 *  On error the old file is intact. It does not touch the project: on success the caller
 *  calls tp_project_mark_saved(). */
gboolean    tp_format_save_file    (TpProject    *project,
                                    GFile        *file,
                                    TpSaveFlags   flags,
                                    GCancellable *cancellable,
                                    GError      **error);
/** tp_format_save_file_async: serialises on the calling thread, writes on a worker thread.
 *  Like tp_format_save_file(), the caller marks the project saved when it succeeds. */
void        tp_format_save_file_async  (TpProject          *project,
                                        GFile              *file,
                                        TpSaveFlags         flags,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
gboolean    tp_format_save_file_finish (GAsyncResult       *result,
                                        GError            **error);

/* Clipboard fragments: a JSON document holding copies of cards (with their
 * metrics), phases or lanes, MIME type TP_FORMAT_FRAGMENT_MIME_TYPE:
 *   { "format": "touchpoint-fragment", "version": 1, "generator": "…",
 *     "phases": [ … ], "lanes": [ … ], "cards": [ … ] }
 * with each element exactly as in a .touchpoint file. Other kinds of
 * elements given to tp_format_save_fragment() are left out. */
#define TP_FORMAT_FRAGMENT_MIME_TYPE "application/x-touchpoint-fragment+json"

/** tp_format_save_fragment: serialises @elements for the clipboard. */
GBytes     *tp_format_save_fragment (TpElement  **elements,
                                     guint        n_elements);
/** tp_format_load_fragment: parses a fragment into new, parentless elements with fresh ids from @target (transfer full array of elements).
 *  Phases come first, then lanes, then cards; a card keeps the phase and lane ids it had, the caller places it. */
GPtrArray  *tp_format_load_fragment (TpProject   *target,
                                     GBytes      *bytes,
                                     GError     **error);

G_END_DECLS
