/* test-ui-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor window speaks the user's language: with LANGUAGE=nb or sv and
 * the catalogues built in this build tree, the header bar's tooltips, a new
 * project from a template and the undo history are in Norwegian Bokmål or
 * Swedish; with no translation asked for they stay in English.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "tp-ui-test.h"

typedef struct
{
  const char *language;
  const char *nothing_to_undo;
  const char *main_menu;
  const char *first_phase;
  const char *new_phase;
  const char *undo_add_phase;
} Expected;

static const Expected norwegian = {
  "nb",
  "Ingenting å angre",
  "Hovedmeny",
  "Oppdagelse",
  "Fase 6",
  "Angre «Legg til fase»",
};

static const Expected swedish = {
  "sv",
  "Inget att ångra",
  "Huvudmeny",
  "Upptäckt",
  "Fas 6",
  "Ångra ”Lägg till fas”",
};

static const Expected english = {
  "",
  "Nothing to undo",
  "Main Menu",
  "Discovery",
  "Phase 6",
  "Undo Add Phase",
};

/* The first widget below @widget of @type whose tooltip is @tooltip. */
static GtkWidget *
find_tooltip (GtkWidget  *widget,
              GType       type,
              const char *tooltip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, type, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
use_language (const char *language)
{
  if (language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  /* LANGUAGE is read at each lookup, but only outside the "C" locale. */
  g_assert_nonnull (setlocale (LC_ALL, ""));
}

static void
test_window_language (gconstpointer data)
{
  const Expected *expected = data;
  TpWindow *window;
  GtkWidget *undo;
  TpPhase *phase;
  GPtrArray *phases;

  use_language (expected->language);
  window = tp_ui_test_new_window (TP_LENS_FIVE_PHASES);
  gtk_window_present (GTK_WINDOW (window));
  tp_ui_test_spin ();

  /* The template's phases are written in the user's language. */
  phases = tp_journey_get_phases (tp_window_get_journey (window));
  g_assert_cmpuint (phases->len, ==, 5);
  phase = g_ptr_array_index (phases, 0);
  g_assert_cmpstr (tp_phase_get_title (phase), ==, expected->first_phase);

  /* The header bar, from the window's template. */
  undo = tp_ui_test_find_action_button (GTK_WIDGET (window), "win.undo");
  g_assert_nonnull (undo);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, expected->nothing_to_undo);
  g_assert_nonnull (find_tooltip (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, expected->main_menu));

  /* An edit: the new phase and the undo button's tooltip, built in C. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "add-phase", NULL);
  tp_ui_test_spin ();
  g_assert_cmpuint (phases->len, ==, 6);
  g_assert_nonnull (tp_selection_get_primary (tp_window_get_selection (window)));
  phase = TP_PHASE (tp_selection_get_primary (tp_window_get_selection (window)));
  g_assert_cmpstr (tp_phase_get_title (phase), ==, expected->new_phase);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, expected->undo_add_phase);

  gtk_window_destroy (GTK_WINDOW (window));
  tp_ui_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  /* The catalogues of this build tree, not the installed ones. */
  bindtextdomain (GETTEXT_PACKAGE, TP_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  tp_ui_test_init (&argc, &argv);

  g_test_add_data_func ("/ui/i18n/norwegian-bokmal", &norwegian, test_window_language);
  g_test_add_data_func ("/ui/i18n/swedish", &swedish, test_window_language);
  g_test_add_data_func ("/ui/i18n/english", &english, test_window_language);

  return tp_ui_test_run ();
}
