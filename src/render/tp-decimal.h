/* tp-decimal.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers as the SVG and PDF writers print them: hundredths as the shortest decimal, written
 * without printf (it was most of the time of cairo's PDF surface). Pure C; no GTK.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* tp_format_hundredths: @v hundredths as the shortest decimal (1250 → "12.5", -3 → "-.03"),
 * written backwards ending at @end (room for 24 bytes before it); returns where they start. */
static inline char *
tp_format_hundredths (char   *end,
                      gint64  v)
{
  char *p = end;
  guint64 u = v < 0 ? -(guint64) v : (guint64) v;
  guint frac = u % 100;
  guint64 whole = u / 100;

  if (frac != 0)
    {
      if (frac % 10 == 0)
        *--p = '0' + frac / 10;
      else
        {
          *--p = '0' + frac % 10;
          *--p = '0' + frac / 10;
        }
      *--p = '.';
    }
  if (whole != 0 || frac == 0)
    do
      {
        *--p = '0' + whole % 10;
        whole /= 10;
      }
    while (whole != 0);
  if (v < 0)
    *--p = '-';
  return p;
}

G_END_DECLS
