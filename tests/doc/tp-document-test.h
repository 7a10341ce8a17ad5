/* tp-document-test.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared set-up of the TpDocument tests (no display): their own folders
 * (XDG_DATA_HOME for drafts, shared with subprocesses), main-loop waits,
 * sample projects and files.
 */

#pragma once

#include "io/tp-format.h"
#include "doc/tp-document.h"

G_BEGIN_DECLS

/* The test's folder (also $XDG_DATA_HOME/..); subprocesses get the same one. */
extern char *tp_doc_test_dir;

/** tp_doc_test_init: makes (or, in a subprocess, reuses) the folders, then g_test_init. */
void          tp_doc_test_init (int    *argc,
                                char ***argv);
/** tp_doc_test_run: g_test_run, then removes the folders (not in subprocesses). */
int           tp_doc_test_run  (void);

/* Runs the main loop until *@flag is TRUE; fails after @ms milliseconds. */
void          tp_doc_test_wait_for (gboolean *flag,
                                    guint     ms);

/* Runs the main loop for @ms milliseconds. */
void          tp_doc_test_sleep_loop (guint ms);

/* A signal handler that sets *@flag. */
void          tp_doc_test_on_flag_signal (gpointer  instance,
                                          gboolean *flag);

/* An async callback that stores a ref of the result in *@user_data. */
void          tp_doc_test_on_async_done (GObject      *source,
                                         GAsyncResult *result,
                                         gpointer      user_data);

/* Runs the main loop until *@slot is set (30 s at most). */
GAsyncResult *tp_doc_test_wait_result (GAsyncResult **slot);

/* tp_document_load_async() and its finish, waited for. */
gboolean      tp_doc_test_load_document (TpDocument  *document,
                                         GError     **error);

/* tp_document_save_async() and its finish, waited for. */
gboolean      tp_doc_test_save_document (TpDocument          *document,
                                         GFile               *file,
                                         TpDocumentSaveFlags  flags,
                                         GError             **error);

/* A saved-looking project from the five-phases template with @n_cards more cards. */
TpProject *   tp_doc_test_sample_project (const char *title,
                                          guint       n_cards);

/* A project of several megabytes: 2000 cards with long descriptions. */
TpProject *   tp_doc_test_big_project (const char *title);

/* Adds a card to the first cell of the first journey (one undo step). */
void          tp_doc_test_add_card (TpProject  *project,
                                    const char *title);

/* Writes @project to @name in the test folder. */
GFile *       tp_doc_test_write_sample (const char *name,
                                        TpProject  *project);

/* The contents of @file. */
GBytes *      tp_doc_test_read_bytes (GFile *file);

/* The path of @document's recovery draft. */
char *        tp_doc_test_draft_path (TpDocument *document);

/* Writes @bytes over @file the way another program would, with a later mtime. */
void          tp_doc_test_write_externally (GFile      *file,
                                            GBytes     *bytes);

G_END_DECLS
