/* tp-store-outline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tp-store-outline.h"

const char *
tp_store_outline_problem (TpStoreOutline outline)
{
  switch (outline)
    {
    case TP_STORE_OUTLINE_TOO_FEW:
      return _("A zone needs at least three corners");
    case TP_STORE_OUTLINE_TOO_MANY:
      return _("A zone has at most 1,000 corners");
    case TP_STORE_OUTLINE_NO_AREA:
      return _("The zone would have no area");
    case TP_STORE_OUTLINE_CROSSES:
      return _("The zone’s outline would cross itself");
    case TP_STORE_OUTLINE_NOT_FINITE:
    case TP_STORE_OUTLINE_OK:
    default:
      return _("That is not a zone’s outline");
    }
}

GArray *
tp_store_zone_copy_points (TpZone *zone)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (TpPoint));

  g_return_val_if_fail (TP_IS_ZONE (zone), points);

  if (tp_zone_get_shape (zone) == TP_ZONE_SHAPE_POLYGON && tp_zone_get_points (zone) != NULL)
    {
      GVariantIter iter;
      TpPoint p;

      g_variant_iter_init (&iter, tp_zone_get_points (zone));
      while (g_variant_iter_next (&iter, "(dd)", &p.x, &p.y))
        g_array_append_val (points, p);
    }
  else
    {
      double x, y, w, h;

      tp_zone_get_bounds (zone, &x, &y, &w, &h);
      g_array_append_vals (points, (TpPoint[]) { { x, y }, { x + w, y }, { x + w, y + h },
                                                 { x, y + h } }, 4);
    }
  return points;
}

GVariant *
tp_store_points_variant (const TpPoint *points,
                         guint          n)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(dd)"));
  for (guint i = 0; i < n; i++)
    g_variant_builder_add (&builder, "(dd)", points[i].x, points[i].y);
  return g_variant_builder_end (&builder);
}

gboolean
tp_store_zone_set_outline (TpProject      *project,
                           TpZone         *zone,
                           const char     *label,
                           const char     *coalesce_key,
                           const TpPoint  *points,
                           guint           n,
                           const char    **problem)
{
  TpStoreOutline outline;
  TpRect bounds;

  g_return_val_if_fail (TP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (TP_IS_ZONE (zone), FALSE);

  if (tp_element_get_project (TP_ELEMENT (zone)) != (gpointer) project)
    return FALSE;
  outline = tp_store_check_outline (points, n);
  if (outline != TP_STORE_OUTLINE_OK)
    {
      if (problem != NULL)
        *problem = tp_store_outline_problem (outline);
      return FALSE;
    }
  tp_polygon_bounds (points, n, &bounds);
  if (coalesce_key != NULL)
    tp_project_begin_coalesce (project, label, coalesce_key);
  else
    tp_project_begin (project, label);
  tp_project_set (project, zone,
                  "shape", TP_ZONE_SHAPE_POLYGON,
                  "points", tp_store_points_variant (points, n),
                  "x", bounds.x, "y", bounds.y, "width", bounds.width, "height", bounds.height,
                  NULL);
  tp_project_commit (project);
  return TRUE;
}

void
tp_store_tell (GtkWidget  *widget,
               const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}
