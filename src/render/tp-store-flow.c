/* tp-store-flow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Steps are the stops, in the order walked. A step's area is the stop and
 * the plan around it (a few metres each way), so presenting walks the path
 * stop by stop with the way there in view.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-figures.h"
#include "tp-store-flow.h"
#include "tp-store-layout.h"
#include "tp-store-painter.h"

/* Metres of plan shown around a stop when it is presented. */
#define STEP_SURROUNDINGS 4.0

struct _TpStoreFlow
{
  TpViewBase     parent_instance;

  TpStoreLayout *layout;
  GPtrArray     *step_text;   /* per stop: title, goal (owned strings) */
};

static void view_iface_init (TpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TpStoreFlow, tp_store_flow, TP_TYPE_VIEW_BASE,
                               G_IMPLEMENT_INTERFACE (TP_TYPE_VIEW, view_iface_init))

static const TpStoreStop *
stop_at (TpStoreFlow *self,
         guint        i)
{
  if (self->layout->walk == NULL || i >= self->layout->walk->stops->len)
    return NULL;
  return &g_array_index (self->layout->walk->stops, TpStoreStop, i);
}

static const char *
zone_name (TpStoreFlow       *self,
           const TpStoreStop *stop)
{
  TpZone *zone;

  if (stop->zone < 0)
    return "";
  zone = g_array_index (self->layout->shapes, TpStoreShape, stop->zone).zone;
  return *tp_zone_get_name (zone) != '\0' ? tp_zone_get_name (zone)
                                          : tp_enum_get_label (TP_TYPE_ZONE_KIND,
                                                               tp_zone_get_kind (zone));
}

static const char *
feeling (double score)
{
  if (score >= 1.5)
    return C_("emotion at a stop", "very positive");
  if (score >= 0.5)
    return C_("emotion at a stop", "positive");
  if (score > -0.5)
    return C_("emotion at a stop", "neutral");
  if (score > -1.5)
    return C_("emotion at a stop", "negative");
  return C_("emotion at a stop", "very negative");
}

/* What presenting shows under a stop's touchpoint: where the stop is in the walk, the time spent
 * and the zone; then the emotion there and the stop's pain points. */
static char *
stop_detail (const TpStoreStop *stop,
             guint              i,
             guint              n,
             const char        *dwell,
             const char        *zone)
{
  GString *text = g_string_new (NULL);

  if (*zone != '\0')
    /* Translators: stop number, count of stops, time spent, zone name */
    g_string_printf (text, _("Stop %u of %u · %s spent · %s"), i + 1, n, dwell, zone);
  else
    /* Translators: stop number, count of stops, time spent */
    g_string_printf (text, _("Stop %u of %u · %s spent"), i + 1, n, dwell);
  if (stop->has_emotion || stop->pains->len > 0)
    g_string_append_c (text, '\n');
  if (stop->has_emotion)
    /* Translators: the customer's emotion at a stop: its score (−3 … +3) and a word for it */
    g_string_append_printf (text, _("Feels %+.1f, %s"), stop->emotion, feeling (stop->emotion));
  if (stop->pains->len > 0)
    {
      g_autoptr(GString) pains = g_string_new (NULL);

      for (guint k = 0; k < stop->pains->len; k++)
        {
          if (k > 0)
            g_string_append (pains, "; ");
          g_string_append (pains, tp_card_get_title (g_ptr_array_index (stop->pains, k)));
        }
      if (stop->has_emotion)
        g_string_append (text, " · ");
      /* Translators: the pain points at a stop, after a colon, separated by semicolons */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Pain point: %s",
                                                 "Pain points: %s", stop->pains->len),
                              pains->str);
    }
  return g_string_free (text, FALSE);
}

static void
tp_store_flow_constructed (GObject *object)
{
  TpStoreFlow *self = TP_STORE_FLOW (object);
  guint n;

  G_OBJECT_CLASS (tp_store_flow_parent_class)->constructed (object);

  self->layout = tp_store_layout_new (tp_view_base_get_journey (TP_VIEW_BASE (self)), NULL);
  self->step_text = g_ptr_array_new_with_free_func (g_free);
  n = self->layout->walk != NULL ? self->layout->walk->stops->len : 0;
  for (guint i = 0; i < n; i++)
    {
      const TpStoreStop *stop = &g_array_index (self->layout->walk->stops, TpStoreStop, i);
      g_autofree char *dwell = tp_store_format_duration (stop->dwell);
      const char *zone = zone_name (self, stop);

      g_ptr_array_add (self->step_text,
                       stop->card != NULL && *tp_card_get_title (stop->card) != '\0'
                       ? g_strdup (tp_card_get_title (stop->card))
                       /* Translators: a stop on the customer's path with no touchpoint title */
                       : g_strdup_printf (_("Stop %u"), i + 1));
      g_ptr_array_add (self->step_text, stop_detail (stop, i, n, dwell, zone));
    }
}

static void
tp_store_flow_finalize (GObject *object)
{
  TpStoreFlow *self = TP_STORE_FLOW (object);

  g_clear_pointer (&self->step_text, g_ptr_array_unref);
  g_clear_pointer (&self->layout, tp_store_layout_free);

  G_OBJECT_CLASS (tp_store_flow_parent_class)->finalize (object);
}

static void
tp_store_flow_class_init (TpStoreFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tp_store_flow_constructed;
  object_class->finalize = tp_store_flow_finalize;
}

static void
tp_store_flow_init (TpStoreFlow *self)
{
}

/* --- TpView ------------------------------------------------------------ */

static void
get_size (TpView *view,
          double *width,
          double *height)
{
  TpStoreFlow *self = TP_STORE_FLOW (view);

  *width = self->layout->width;
  *height = self->layout->height;
}

/* The walk is presented stop by stop. */
static TpViewStepKind
get_step_kind (TpView *view)
{
  return TP_VIEW_STEP_STOP;
}

static guint
get_n_steps (TpView *view)
{
  return TP_STORE_FLOW (view)->step_text->len / 2;
}

static void
get_step_rect (TpView *view,
               guint   step,
               TpRect *rect)
{
  TpStoreFlow *self = TP_STORE_FLOW (view);
  const TpStoreStop *stop = stop_at (self, step);
  const TpRect *area = &self->layout->plan_area;
  double x, y, d = STEP_SURROUNDINGS * self->layout->ppm;
  double x0, y0, x1, y1;

  if (stop == NULL)
    {
      *rect = *area;
      return;
    }
  tp_store_layout_to_units (self->layout, stop->at, &x, &y);
  x0 = MAX (area->x, x - d);
  y0 = MAX (area->y, y - d);
  x1 = MIN (area->x + area->width, x + d);
  y1 = MIN (area->y + area->height, y + d);
  *rect = (TpRect) { x0, y0, MAX (x1 - x0, 1), MAX (y1 - y0, 1) };
}

static void
get_step_text (TpView      *view,
               guint        step,
               const char **title,
               const char **goal)
{
  TpStoreFlow *self = TP_STORE_FLOW (view);

  if (2 * step + 1 >= self->step_text->len)
    return;
  *title = g_ptr_array_index (self->step_text, 2 * step);
  *goal = g_ptr_array_index (self->step_text, 2 * step + 1);
}

static void
paint (TpView                   *view,
       cairo_t                  *cr,
       const TpViewPaintOptions *options)
{
  TpStoreFlow *self = TP_STORE_FLOW (view);
  TpStorePaintOptions paint;

  tp_store_paint_options_init (&paint);
  paint.theme = options->theme;
  paint.scale = options->scale > 0 ? options->scale : 1.0;
  paint.clip = options->clip;
  paint.spotlight_stop = options->spotlight_step;
  paint.transparent = options->transparent;
  paint.font_options = options->font_options;
  tp_store_painter_paint (cr, self->layout, &paint);
}

static gboolean
get_elements_rect (TpView    *view,
                   GPtrArray *elements,
                   TpRect    *rect)
{
  TpStoreFlow *self = TP_STORE_FLOW (view);
  gboolean any = FALSE;
  guint n = self->layout->walk != NULL ? self->layout->walk->stops->len : 0;

  for (guint e = 0; e < elements->len; e++)
    {
      gpointer element = g_ptr_array_index (elements, e);
      TpRect r;

      for (guint i = 0; i < n; i++)
        {
          const TpStoreStop *stop = &g_array_index (self->layout->walk->stops, TpStoreStop, i);

          if ((gpointer) stop->placement == element || (gpointer) stop->card == element)
            {
              tp_store_layout_get_stop_rect (self->layout, i, &r);
              tp_rect_union (rect, &any, &r);
            }
        }
      for (guint z = 0; z < self->layout->shapes->len; z++)
        if ((gpointer) g_array_index (self->layout->shapes, TpStoreShape, z).zone == element)
          {
            tp_store_layout_get_zone_rect (self->layout, z, &r);
            tp_rect_union (rect, &any, &r);
          }
    }
  if (any)
    {
      rect->x -= 8;
      rect->y -= 8;
      rect->width += 16;
      rect->height += 16;
    }
  return any;
}

static GPtrArray *
get_table (TpView *view)
{
  TpStoreFlow *self = TP_STORE_FLOW (view);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n = self->layout->walk != NULL ? self->layout->walk->stops->len : 0;
  const char *heading[] = {
    _("Stop"), C_("card kind", "Touchpoint"), _("Zone"), _("x (m)"), _("y (m)"), _("Time spent (s)"),
    _("Walked to here (m)"), _("Emotion"), _("Pain points"), NULL
  };

  g_ptr_array_add (rows, g_strdupv ((char **) heading));
  for (guint i = 0; i < n; i++)
    {
      const TpStoreWalk *walk = self->layout->walk;
      const TpStoreStop *stop = &g_array_index (walk->stops, TpStoreStop, i);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autoptr(GString) pains = g_string_new (NULL);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint k = 0; k < stop->pains->len; k++)
        {
          if (k > 0)
            g_string_append (pains, "; ");
          g_string_append (pains, tp_card_get_title (g_ptr_array_index (stop->pains, k)));
        }
      g_snprintf (buf, sizeof buf, "%u", i + 1);
      g_strv_builder_add (row, buf);
      g_strv_builder_add (row, stop->card != NULL ? tp_card_get_title (stop->card) : "");
      g_strv_builder_add (row, zone_name (self, stop));
      g_strv_builder_add (row, g_ascii_formatd (buf, sizeof buf, "%.2f", stop->at.x));
      g_strv_builder_add (row, g_ascii_formatd (buf, sizeof buf, "%.2f", stop->at.y));
      g_strv_builder_add (row, g_ascii_formatd (buf, sizeof buf, "%.0f", stop->dwell));
      g_strv_builder_add (row, g_ascii_formatd (buf, sizeof buf, "%.1f",
                                                walk->arc[stop->path_end]));
      g_strv_builder_add (row, stop->has_emotion
                               ? g_ascii_formatd (buf, sizeof buf, "%.1f", stop->emotion) : "");
      g_strv_builder_add (row, pains->str);
      g_ptr_array_add (rows, g_strv_builder_end (row));
    }

  /* The journey's figures under the stops: path length, time spent in all and per zone. */
  if (self->layout->walk != NULL)
    {
      g_autoptr(TpStoreFigures) figures = tp_store_figures_new (self->layout);

      tp_store_figures_append_table (figures, rows);
    }
  return rows;
}

static void
view_iface_init (TpViewInterface *iface)
{
  iface->get_size = get_size;
  iface->get_n_steps = get_n_steps;
  iface->get_step_kind = get_step_kind;
  iface->get_step_rect = get_step_rect;
  iface->get_step_text = get_step_text;
  iface->paint = paint;
  iface->get_elements_rect = get_elements_rect;
  iface->get_table = get_table;
}
