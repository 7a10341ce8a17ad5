/* tp-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view interface and the list of known views. The built-in views are
 * registered here, the only place that names them.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tp-analysis-view.h"
#include "tp-journey-map.h"
#include "tp-service-blueprint.h"
#include "tp-store-flow.h"
#include "tp-view.h"
#include "tp-view-base.h"

G_DEFINE_INTERFACE (TpView, tp_view, G_TYPE_OBJECT)

typedef struct {
  char       *name;
  const char *title;
  GType       type;
} Entry;

static GArray *entries;        /* of Entry */
static GPtrArray *names;       /* NULL-terminated, borrowed from entries */
static GMutex lock;

static void
tp_view_default_init (TpViewInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("journey", NULL, NULL, TP_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

void
tp_view_paint_options_init (TpViewPaintOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->theme = NULL;
  options->spotlight_step = -1;
  options->scale = 1.0;
  options->clip = NULL;
  options->transparent = FALSE;
  options->font_options = NULL;
}

static void
register_locked (const char *name,
                 const char *title,
                 GType       type)
{
  Entry entry = { g_strdup (name), title, type };

  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_array_index (entries, Entry, i).name, name))
      {
        g_free (entry.name);
        g_array_index (entries, Entry, i).title = title;
        g_array_index (entries, Entry, i).type = type;
        return;
      }
  g_array_append_val (entries, entry);
  g_ptr_array_remove_index (names, names->len - 1);
  g_ptr_array_add (names, entry.name);
  g_ptr_array_add (names, NULL);
}

/* The views that ship with Touchpoint; under the lock. */
static void
ensure_entries (void)
{
  if (entries != NULL)
    return;

  entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  names = g_ptr_array_new ();
  g_ptr_array_add (names, NULL);
  register_locked (TP_VIEW_JOURNEY, N_("Journey Map"), TP_TYPE_JOURNEY_MAP);
  register_locked (TP_VIEW_BLUEPRINT, N_("Service Blueprint"), TP_TYPE_SERVICE_BLUEPRINT);
  register_locked (TP_VIEW_STORE_FLOW, N_("Store Flow"), TP_TYPE_STORE_FLOW);
  register_locked (TP_VIEW_ANALYSIS, N_("Analysis"), TP_TYPE_ANALYSIS_VIEW);
}

void
tp_view_register (const char *name,
                  const char *title,
                  GType       type)
{
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (g_type_is_a (type, TP_TYPE_VIEW));

  g_mutex_lock (&lock);
  ensure_entries ();
  register_locked (name, title, type);
  g_mutex_unlock (&lock);
}

static const Entry *
lookup_locked (const char *name)
{
  ensure_entries ();
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_array_index (entries, Entry, i).name, name))
      return &g_array_index (entries, Entry, i);
  return NULL;
}

const char * const *
tp_view_list (void)
{
  const char * const *result;

  g_mutex_lock (&lock);
  ensure_entries ();
  result = (const char * const *) names->pdata;
  g_mutex_unlock (&lock);
  return result;
}

gboolean
tp_view_exists (const char *name)
{
  gboolean found;

  g_return_val_if_fail (name != NULL, FALSE);

  g_mutex_lock (&lock);
  found = lookup_locked (name) != NULL;
  g_mutex_unlock (&lock);
  return found;
}

const char *
tp_view_get_title (const char *name)
{
  const Entry *entry;
  const char *title = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  g_mutex_lock (&lock);
  entry = lookup_locked (name);
  if (entry != NULL && entry->title != NULL)
    title = g_dgettext (GETTEXT_PACKAGE, entry->title);
  g_mutex_unlock (&lock);
  return title;
}

TpView *
tp_view_new (const char *name,
             TpJourney  *journey)
{
  const Entry *entry;
  GType type = G_TYPE_INVALID;

  g_return_val_if_fail (TP_IS_JOURNEY (journey), NULL);

  g_mutex_lock (&lock);
  entry = lookup_locked (name != NULL ? name : TP_VIEW_JOURNEY);
  if (entry != NULL)
    type = entry->type;
  g_mutex_unlock (&lock);

  if (type == G_TYPE_INVALID)
    return NULL;
  return g_object_new (type, "journey", journey, NULL);
}

TpJourney *
tp_view_get_journey (TpView *self)
{
  TpJourney *journey = NULL;

  g_return_val_if_fail (TP_IS_VIEW (self), NULL);

  if (TP_IS_VIEW_BASE (self))
    return tp_view_base_get_journey (TP_VIEW_BASE (self));
  g_object_get (self, "journey", &journey, NULL);
  if (journey != NULL)
    g_object_unref (journey);   /* the view keeps its own reference */
  return journey;
}

const char *
tp_view_get_name (TpView *self)
{
  GType type;
  const char *name = NULL;

  g_return_val_if_fail (TP_IS_VIEW (self), NULL);

  type = G_OBJECT_TYPE (self);
  g_mutex_lock (&lock);
  ensure_entries ();
  for (guint i = 0; i < entries->len; i++)
    if (g_array_index (entries, Entry, i).type == type)
      name = g_array_index (entries, Entry, i).name;
  g_mutex_unlock (&lock);
  return name;
}

void
tp_view_get_size (TpView *self,
                  double *width,
                  double *height)
{
  double w = 0, h = 0;

  g_return_if_fail (TP_IS_VIEW (self));

  TP_VIEW_GET_IFACE (self)->get_size (self, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

guint
tp_view_get_n_steps (TpView *self)
{
  g_return_val_if_fail (TP_IS_VIEW (self), 0);

  return TP_VIEW_GET_IFACE (self)->get_n_steps (self);
}

TpViewStepKind
tp_view_get_step_kind (TpView *self)
{
  g_return_val_if_fail (TP_IS_VIEW (self), TP_VIEW_STEP_PHASE);

  if (TP_VIEW_GET_IFACE (self)->get_step_kind == NULL)
    return TP_VIEW_STEP_PHASE;
  return TP_VIEW_GET_IFACE (self)->get_step_kind (self);
}

void
tp_view_get_step_rect (TpView *self,
                       guint   step,
                       TpRect *rect)
{
  g_return_if_fail (TP_IS_VIEW (self));
  g_return_if_fail (rect != NULL);

  *rect = (TpRect) { 0, 0, 0, 0 };
  if (step < tp_view_get_n_steps (self))
    TP_VIEW_GET_IFACE (self)->get_step_rect (self, step, rect);
}

void
tp_view_get_step_text (TpView      *self,
                       guint        step,
                       const char **title,
                       const char **goal)
{
  const char *t = NULL, *g = NULL;

  g_return_if_fail (TP_IS_VIEW (self));

  if (step < tp_view_get_n_steps (self))
    TP_VIEW_GET_IFACE (self)->get_step_text (self, step, &t, &g);
  if (title != NULL)
    *title = t != NULL ? t : "";
  if (goal != NULL)
    *goal = g != NULL ? g : "";
}

void
tp_view_paint (TpView                   *self,
               cairo_t                  *cr,
               const TpViewPaintOptions *options)
{
  TpViewPaintOptions defaults;

  g_return_if_fail (TP_IS_VIEW (self));
  g_return_if_fail (cr != NULL);

  if (options == NULL)
    {
      tp_view_paint_options_init (&defaults);
      options = &defaults;
    }
  TP_VIEW_GET_IFACE (self)->paint (self, cr, options);
}

gboolean
tp_view_paints_concurrently (TpView *self)
{
  g_return_val_if_fail (TP_IS_VIEW (self), FALSE);

  return TP_VIEW_GET_IFACE (self)->paints_concurrently;
}

gboolean
tp_view_get_elements_rect (TpView    *self,
                           GPtrArray *elements,
                           TpRect    *rect)
{
  g_return_val_if_fail (TP_IS_VIEW (self), FALSE);
  g_return_val_if_fail (elements != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  return TP_VIEW_GET_IFACE (self)->get_elements_rect (self, elements, rect);
}

GPtrArray *
tp_view_get_table (TpView *self)
{
  g_return_val_if_fail (TP_IS_VIEW (self), NULL);

  return TP_VIEW_GET_IFACE (self)->get_table (self);
}

double *
tp_view_get_step_breaks (TpView *self,
                         guint   step,
                         guint  *n_breaks)
{
  TpViewInterface *iface;

  g_return_val_if_fail (TP_IS_VIEW (self), NULL);
  g_return_val_if_fail (n_breaks != NULL, NULL);

  *n_breaks = 0;
  iface = TP_VIEW_GET_IFACE (self);
  if (iface->get_step_breaks == NULL || step >= tp_view_get_n_steps (self))
    return NULL;
  return iface->get_step_breaks (self, step, n_breaks);
}

double *
tp_view_get_band_breaks (TpView *self,
                         guint  *n_breaks)
{
  TpViewInterface *iface;

  g_return_val_if_fail (TP_IS_VIEW (self), NULL);
  g_return_val_if_fail (n_breaks != NULL, NULL);

  *n_breaks = 0;
  iface = TP_VIEW_GET_IFACE (self);
  if (iface->get_band_breaks != NULL)
    return iface->get_band_breaks (self, n_breaks);
  return tp_view_get_step_breaks (self, 0, n_breaks);
}

void
tp_view_get_pin_bands (TpView *self,
                       double *left_width,
                       double *top_height)
{
  TpViewInterface *iface;
  double left = 0, top = 0;

  g_return_if_fail (TP_IS_VIEW (self));

  iface = TP_VIEW_GET_IFACE (self);
  if (iface->get_pin_bands != NULL)
    iface->get_pin_bands (self, &left, &top);
  if (left_width != NULL)
    *left_width = left;
  if (top_height != NULL)
    *top_height = top;
}

void
tp_view_get_step_header (TpView *self,
                         guint   step,
                         TpRect *rect)
{
  TpViewInterface *iface;

  g_return_if_fail (TP_IS_VIEW (self));
  g_return_if_fail (rect != NULL);

  *rect = (TpRect) { 0, 0, 0, 0 };
  iface = TP_VIEW_GET_IFACE (self);
  if (iface->get_step_header != NULL && step < tp_view_get_n_steps (self))
    iface->get_step_header (self, step, rect);
}

void
tp_view_paint_pin (TpView                   *self,
                   cairo_t                  *cr,
                   TpViewPin                 pin,
                   const TpViewPaintOptions *options)
{
  TpViewInterface *iface;

  g_return_if_fail (TP_IS_VIEW (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  iface = TP_VIEW_GET_IFACE (self);
  if (iface->paint_pin != NULL)
    iface->paint_pin (self, cr, pin, options);
}

void
tp_view_paint_emphasis (TpView                   *self,
                        cairo_t                  *cr,
                        guint                     step,
                        double                    strength,
                        const TpViewPaintOptions *options)
{
  TpViewInterface *iface;

  g_return_if_fail (TP_IS_VIEW (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  iface = TP_VIEW_GET_IFACE (self);
  if (iface->paint_emphasis != NULL && strength > 0.01 && step < tp_view_get_n_steps (self))
    iface->paint_emphasis (self, cr, step, strength, options);
}

void
tp_view_set_show_rollup (TpView   *self,
                         gboolean  show)
{
  TpViewInterface *iface;

  g_return_if_fail (TP_IS_VIEW (self));

  iface = TP_VIEW_GET_IFACE (self);
  if (iface->set_show_rollup != NULL)
    iface->set_show_rollup (self, show);
}
