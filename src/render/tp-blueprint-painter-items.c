/* tp-blueprint-painter-items.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards, arrows, the spotlight and the whole picture of a service blueprint.
 * Arrows say their kind by line and head: flow solid with a filled head,
 * triggers heavier, depends on dashed with an open head, rework dotted with
 * an open head, wait solid with a pause mark; a hand-off is haloed and
 * carries a diamond in its middle.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-blueprint-painter-private.h"
#include "tp-journey-painter-private.h"
#include "tp-sprite.h"

#define FOOTER_HEIGHT 22.0
#define CARD_RADIUS 6.0
#define ARROW_SIZE 9.0

static void
journey_options (const TpBlueprintPaintOptions *options,
                 TpJourneyPaintOptions         *out)
{
  tp_journey_paint_options_init (out);
  out->theme = options->theme;
  out->selection = options->selection;
  out->hovered = options->hovered;
  out->scale = options->scale;
  out->clip = options->clip;
  out->font_options = options->font_options;
  /* Not the text cache: the journey painter's texts (card titles, phase names) are each
   * shown once, and keeping 2,000 laid-out titles to the end of a paint made it slower
   * than shaping them (memory; docs/PERFORMANCE.md, session 8). The blueprint's own
   * repeated words (footers, fail points) use options->text_cache. */
  out->text_cache = NULL;
}

static const TpTheme *
theme_of (const TpBlueprintPaintOptions *options)
{
  return options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
}

static guint32
rgba_word (const TpRgba *c)
{
  return ((guint32) lround (c->red * 255) << 24) | ((guint32) lround (c->green * 255) << 16)
         | ((guint32) lround (c->blue * 255) << 8) | (guint32) lround (c->alpha * 255);
}

static gboolean
is_selected (const TpBlueprintPaintOptions *options,
             gpointer                       element)
{
  return options->selection != NULL && g_hash_table_contains (options->selection, element);
}

/* @text shaped in @style, shared within one paint (department names,
 * durations and fail-point marks repeat on many cards, and shaping is most
 * of a card's cost): the journey painter's cache, options->text_cache. */
static PangoLayout *
text_layout (cairo_t                     *cr,
             GHashTable                  *cache,
             const TpJourneyPaintOptions *jo,
             const char                  *text,
             const TpTextStyle           *style)
{
  TpJourneyPaintOptions with_cache = *jo;

  with_cache.text_cache = cache;
  return _tp_painter_cached_layout (cr, &with_cache, text, style);
}

/* A triangle with "!" in it: drawn where something is missing. */
static void
paint_warning (cairo_t      *cr,
               const TpRgba *color,
               double        x,
               double        y,
               double        size)
{
  tp_cairo_set_rgba (cr, color);
  cairo_move_to (cr, x + size / 2, y);
  cairo_line_to (cr, x + size, y + size * 0.9);
  cairo_line_to (cr, x, y + size * 0.9);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x + size / 2 - size * 0.06, y + size * 0.3, size * 0.12, size * 0.3);
  cairo_rectangle (cr, x + size / 2 - size * 0.06, y + size * 0.66, size * 0.12, size * 0.12);
  cairo_fill (cr);
}

typedef struct {
  GHashTable                  *cache;
  const TpTheme               *theme;
  const TpJourneyPaintOptions *jo;
  int                          severity;
  double                       x;
  double                       y;
} FailPoint;

/* A circled F (the blueprint's usual mark of a fail point) with its severity. */
static gboolean
paint_fail_point_mark (cairo_t       *cr,
                       gconstpointer  data)
{
  const FailPoint *f = data;
  GHashTable *cache = f->cache;
  const TpTheme *theme = f->theme;
  const TpJourneyPaintOptions *jo = f->jo;
  int severity = f->severity;
  double x = f->x, y = f->y;
  double s = theme->text_scale, r = 10 * s;
  g_autofree char *text = severity > 0 ? g_strdup_printf ("F%d", severity) : g_strdup ("F");
  double width = severity > 0 ? 2 * r + 8 * s : 2 * r;

  tp_cairo_rounded_rect (cr, x - r, y - r, width, 2 * r, r);
  tp_cairo_set_rgba (cr, &theme->lowest);
  cairo_fill_preserve (cr);
  tp_cairo_set_rgba (cr, &theme->card);
  cairo_set_line_width (cr, 2 * s);
  cairo_stroke (cr);

  if (_tp_painter_draws_text (jo))
    {
      TpTextStyle style = { 11, PANGO_WEIGHT_BOLD, width, 1, PANGO_ALIGN_CENTER };
      g_autoptr(PangoLayout) pl = text_layout (cr, cache, jo, text, &style);
      int h;

      pango_layout_get_pixel_size (pl, NULL, &h);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, x - r, y - h / 2.0);
      tp_draw_show_layout (cr, pl);
    }
  return TRUE;
}

/* What a fail point's mark depends on, but its place. */
typedef struct {
  double  text_scale;
  gint32  severity;
  gint32  text;
  guint32 colors[2];
  guint32 font_options;
} FailPointKey;

/* The mark at (@x, @y); in vector output one group for each severity (tp_draw_group). */
static void
paint_fail_point (cairo_t                     *cr,
                  GHashTable                  *cache,
                  const TpTheme               *theme,
                  const TpJourneyPaintOptions *jo,
                  int                          severity,
                  double                       x,
                  double                       y)
{
  FailPoint f = { cache, theme, jo, severity, x, y };
  double s = theme->text_scale, r = 10 * s;

  if (tp_draw_get_sink (cr) != NULL)
    {
      const char *family = jo->font_family != NULL ? jo->font_family : theme->font_family;
      gsize family_length = family != NULL ? strlen (family) + 1 : 0;
      guint8 key[sizeof (FailPointKey) + 128];
      FailPointKey fixed;

      memset (&fixed, 0, sizeof fixed);
      fixed.text_scale = s;
      fixed.severity = severity;
      fixed.text = _tp_painter_draws_text (jo);
      fixed.colors[0] = rgba_word (&theme->lowest);
      fixed.colors[1] = rgba_word (&theme->card);
      fixed.font_options = jo->font_options != NULL ? cairo_font_options_hash (jo->font_options) : 0;
      if (family_length <= sizeof key - sizeof fixed)
        {
          memcpy (key, &fixed, sizeof fixed);
          memcpy (key + sizeof fixed, family != NULL ? family : "", family_length);
          if (tp_draw_group (cr, (const double[4]) { x - r - 3, y - r - 3, 2 * r + 8 * s + 6, 2 * r + 6 },
                             key, sizeof fixed + family_length, paint_fail_point_mark, &f))
            return;
        }
    }
  paint_fail_point_mark (cr, &f);
}

static void
paint_clock (cairo_t *cr,
             double   cx,
             double   cy,
             double   r)
{
  cairo_set_line_width (cr, 1.2);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_move_to (cr, cx, cy - r * 0.6);
  cairo_line_to (cr, cx, cy);
  cairo_line_to (cr, cx + r * 0.5, cy);
  cairo_stroke (cr);
}

/* What a card's frame carries in the blueprint (see paint_chrome). */
typedef struct {
  const TpTheme *theme;
  TpRgba         color;     /* the owner's */
  gboolean       owned;
  gboolean       unowned;   /* a staff card without an owner: flagged */
  gboolean       footer;
} Chrome;

/* The footer's fill, its rule and the owner's strip, the warning triangle and
 * the dashed outline of a card with no owner: the same on every card of one
 * owner, so the journey painter copies them with the card's frame
 * (TpJourneyPaintOptions.card_chrome) instead of painting them each time. */
static void
paint_chrome (cairo_t       *cr,
              const TpRect  *r,
              gconstpointer  data)
{
  const Chrome *chrome = data;
  const TpTheme *theme = chrome->theme;
  double s = theme->text_scale, h = FOOTER_HEIGHT * s;
  double fy = r->y + r->height - h;

  if (chrome->footer)
    {
      /* Inside the card's frame: the owner's tint with the card's bottom
       * corners, a hairline above. */
      if (chrome->owned)
        {
          double x0 = r->x + 1, x1 = r->x + r->width - 1, y1 = r->y + r->height - 1;
          double radius = CARD_RADIUS - 1;
          TpRgba fill;

          tp_rgba_mix (&theme->card, &chrome->color, 0.22, &fill);
          tp_cairo_set_rgba (cr, &fill);
          cairo_move_to (cr, x0, fy);
          cairo_line_to (cr, x1, fy);
          cairo_arc (cr, x1 - radius, y1 - radius, radius, 0, G_PI / 2);
          cairo_arc (cr, x0 + radius, y1 - radius, radius, G_PI / 2, G_PI);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      tp_cairo_set_rgba (cr, &theme->card_border);
      cairo_rectangle (cr, r->x + 1, fy - 0.5, r->width - 2, 1);
      cairo_fill (cr);

      if (chrome->owned)
        {
          /* The department's colour strip, the width of the card. */
          tp_cairo_set_rgba (cr, &chrome->color);
          cairo_rectangle (cr, r->x + CARD_RADIUS, fy + 1, r->width - 2 * CARD_RADIUS, 3 * s);
          cairo_fill (cr);
        }
    }

  if (chrome->unowned)
    {
      static const double dash[] = { 5, 3 };

      paint_warning (cr, &theme->lowest, r->x + 8 * s, fy + 5 * s, 13 * s);
      tp_cairo_rounded_rect (cr, r->x, r->y, r->width, r->height, CARD_RADIUS);
      tp_cairo_set_rgba (cr, &theme->lowest);
      cairo_set_line_width (cr, 1.6 * theme->line_scale);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

/* A footer's words, made once for each owner, duration and card width. */
typedef struct {
  const TpRect                *r;
  const Chrome                *chrome;
  const TpJourneyPaintOptions *jo;
  GHashTable                  *cache;
  const char                  *minutes;   /* NULL: no duration */
  const char                  *name;      /* the owner's */
  const TpRect                *zone;      /* not NULL: say whether the words keep inside */
} Footer;

typedef struct {
  double  width;
  double  height;
  double  text_scale;
  double  line_scale;
  gint32  unowned;
  gint32  owned;
  guint32 colors[3];
  guint32 font_options;
} FooterKey;

/* Whether @pl's ink at (@x, @y), with a pixel for antialiasing, lies in @zone. */
static gboolean
ink_inside (PangoLayout  *pl,
            double        x,
            double        y,
            const TpRect *zone)
{
  PangoRectangle ink;

  pango_layout_get_pixel_extents (pl, &ink, NULL);
  return ink.width == 0
         || (x + ink.x - 1 >= zone->x && y + ink.y - 1 >= zone->y
             && x + ink.x + ink.width + 1 <= zone->x + zone->width
             && y + ink.y + ink.height + 1 <= zone->y + zone->height);
}

static gboolean
paint_footer_words (cairo_t       *cr,
                    gconstpointer  data)
{
  const Footer *f = data;
  const TpRect *r = f->r;
  const TpTheme *theme = f->chrome->theme;
  double s = theme->text_scale, h = FOOTER_HEIGHT * s;
  double fy = r->y + r->height - h, right = r->x + r->width - 8 * s;
  gboolean inside = TRUE;

  if (f->minutes != NULL)
    {
      TpTextStyle style = { 10.5, PANGO_WEIGHT_NORMAL, 0, 1, PANGO_ALIGN_LEFT };
      g_autoptr(PangoLayout) pl = text_layout (cr, f->cache, f->jo, f->minutes, &style);
      double cx, cy, radius = 4.5 * s, reach;
      int w, th;

      pango_layout_get_pixel_size (pl, &w, &th);
      right -= w;
      tp_cairo_set_rgba (cr, &theme->card_detail);
      /* The clock before the words (they do not touch): a group in vector output keeps
       * its shapes under its text (tp_draw_group). Its path starts where the words do, as
       * when it was drawn after them (the line from there to the dial is the clock's). */
      cx = right - 8 * s;
      cy = fy + h / 2 + 1.5 * s;
      cairo_move_to (cr, right, fy + (h - th) / 2 + 1.5 * s);
      paint_clock (cr, cx, cy, radius);
      cairo_move_to (cr, right, fy + (h - th) / 2 + 1.5 * s);
      tp_draw_show_layout (cr, pl);
      if (f->zone != NULL)
        inside = inside && ink_inside (pl, right, fy + (h - th) / 2 + 1.5 * s, f->zone);
      right -= 12 * s;
      reach = radius + 2;
      if (f->zone != NULL)
        inside = inside && cx - reach >= f->zone->x && cy - reach >= f->zone->y
                 && cx + reach <= f->zone->x + f->zone->width && cy + reach <= f->zone->y + f->zone->height;
      right -= 8 * s;
    }

  if (f->chrome->unowned || f->chrome->owned)
    {
      gboolean unowned = f->chrome->unowned;
      TpTextStyle style = { 10.5, PANGO_WEIGHT_BOLD, right - r->x - (unowned ? 28 : 14) * s, 1,
                            PANGO_ALIGN_LEFT };
      const char *text = unowned ? _("No owner") : f->name;
      double x = r->x + (unowned ? 26 : 10) * s, y = fy + 5 * s;
      g_autoptr(PangoLayout) pl = NULL;

      if (text == NULL || *text == '\0')
        return inside;
      pl = text_layout (cr, f->cache, f->jo, text, &style);
      tp_cairo_set_rgba (cr, unowned ? &theme->lowest : &theme->card_text);
      cairo_move_to (cr, x, y);
      tp_draw_show_layout (cr, pl);
      if (f->zone != NULL)
        inside = inside && ink_inside (pl, x, y, f->zone);
    }
  return inside;
}

/* The footer's words: the owner (or "No owner"), the duration and its clock. They repeat
 * (a few departments, a few durations): on a picture they are drawn once for each on the
 * footer's own colour and copied where that colour is sure to be (tp-sprite.h), which
 * makes the same pixels; in vector output they are a group (tp_draw_group: a <use> and
 * the words as <text>, a PDF form), drawn once for each. */
static void
paint_footer (cairo_t                     *cr,
              GHashTable                  *cache,
              const TpBlueprintBox        *box,
              const Chrome                *chrome,
              const TpJourneyPaintOptions *jo)
{
  TpCard *card = box->card;
  const TpRect *r = &box->rect;
  const TpTheme *theme = chrome->theme;
  double s = theme->text_scale, h = FOOTER_HEIGHT * s, fy = r->y + r->height - h;
  g_autofree char *minutes = NULL;
  g_autofree char *name = NULL;
  Footer footer = { r, chrome, jo, cache, NULL, NULL, NULL };
  const char *family = jo->font_family != NULL ? jo->font_family : theme->font_family;
  gsize minutes_length, name_length, family_length, length;
  TpRect zone;
  TpRgba background;
  guint8 *key;
  FooterKey fixed;

  if (!_tp_painter_draws_text (jo))
    return;

  if (tp_card_get_duration (card) > 0)
    footer.minutes = minutes = tp_blueprint_format_minutes (tp_card_get_duration (card));
  if (!chrome->unowned && chrome->owned)
    footer.name = name = g_strstrip (g_strdup (tp_card_get_department (card)));

  if (!tp_sprite_can_copy (cr) && tp_draw_get_sink (cr) == NULL)
    {
      paint_footer_words (cr, &footer);
      return;
    }

  /* Where the footer is one colour (paint_chrome): inside the rounded corners and the
   * outline, below the rule and the owner's strip, right of the warning. */
  zone.x = r->x + CARD_RADIUS + 2 + (chrome->unowned ? 21 * s : 0);
  zone.y = fy + (chrome->owned ? 1 + 3 * s + 1 : 1.5);
  zone.width = r->x + r->width - CARD_RADIUS - 2 - zone.x;
  zone.height = r->y + r->height - 2 - zone.y;
  if (chrome->owned)
    tp_rgba_mix (&theme->card, &chrome->color, 0.22, &background);
  else
    background = theme->card;
  footer.zone = &zone;

  memset (&fixed, 0, sizeof fixed);
  fixed.width = r->width;
  fixed.height = r->height;
  fixed.text_scale = s;
  fixed.line_scale = theme->line_scale;
  fixed.unowned = chrome->unowned;
  fixed.owned = chrome->owned;
  fixed.colors[0] = rgba_word (&theme->card_detail);
  fixed.colors[1] = rgba_word (&theme->lowest);
  fixed.colors[2] = rgba_word (&theme->card_text);
  fixed.font_options = jo->font_options != NULL ? cairo_font_options_hash (jo->font_options) : 0;
  minutes_length = minutes != NULL ? strlen (minutes) + 1 : 0;
  name_length = name != NULL ? strlen (name) + 1 : 0;
  family_length = family != NULL ? strlen (family) + 1 : 0;
  length = sizeof fixed + 2 + minutes_length + name_length + family_length;
  key = g_malloc (length);
  memcpy (key, &fixed, sizeof fixed);
  key[sizeof fixed] = minutes != NULL;
  key[sizeof fixed + 1] = name != NULL;
  memcpy (key + sizeof fixed + 2, minutes != NULL ? minutes : "", minutes_length);
  memcpy (key + sizeof fixed + 2 + minutes_length, name != NULL ? name : "", name_length);
  memcpy (key + sizeof fixed + 2 + minutes_length + name_length, family != NULL ? family : "",
          family_length);
  if (tp_sprite_can_copy (cr))
    tp_sprite_paint (cr, &zone, &background, key, length, paint_footer_words, &footer);
  else
    {
      /* The card and a little round it: all the words and the clock are in it. */
      footer.zone = NULL;
      if (!tp_draw_group (cr, (const double[4]) { r->x - 4, r->y - 4, r->width + 8, r->height + 8 },
                          key, length, paint_footer_words, &footer))
        paint_footer_words (cr, &footer);
    }
  g_free (key);
}

/* "blueprint %08x %d %d %d %08x %08x" without printf (a fifth of the key's cost was it). */
static void
chrome_key (char    *key,
            guint32  color,
            gboolean owned,
            gboolean unowned,
            gboolean footer,
            guint32  lowest,
            guint32  border)
{
  static const char hex[] = "0123456789abcdef";
  const guint32 words[3] = { color, lowest, border };
  char *p = key;

  memcpy (p, "blueprint ", 10);
  p += 10;
  for (int w = 0; w < 3; w++)
    {
      for (int shift = 28; shift >= 0; shift -= 4)
        *p++ = hex[(words[w] >> shift) & 15];
      *p++ = ' ';
      if (w == 0)
        {
          *p++ = owned ? '1' : '0';
          *p++ = ' ';
          *p++ = unowned ? '1' : '0';
          *p++ = ' ';
          *p++ = footer ? '1' : '0';
          *p++ = ' ';
        }
    }
  p[-1] = '\0';
}

void
tp_blueprint_painter_paint_card (cairo_t                       *cr,
                                 const TpBlueprintBox          *box,
                                 TpBlueprintAnalysis           *analysis,
                                 const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme = theme_of (options);
  const TpRect *r = &box->rect;
  TpJourneyPaintOptions jo;
  gboolean unowned = analysis != NULL && tp_blueprint_analysis_is_unowned (analysis, box->card);
  TpCardBox body = { box->card, *r, box->column, box->row, box->slot };
  TpRgba accent;
  Chrome chrome = { theme, { 0, }, FALSE, unowned, FALSE };
  char key[96];

  if (options->clip != NULL)
    {
      /* What the card draws outside its frame: half its outline all round, the shadow
       * below, a fail point's badge (paint_fail_point, its outline included) above and
       * left of the corner. */
      double out = tp_card_get_fail_point (box->card) ? 11 * theme->text_scale : 2;
      TpRect reach = { r->x - out, r->y - out, r->width + out + 2, r->height + out + 4 };

      if (!tp_rect_intersects (options->clip, &reach))
        return;
    }
  journey_options (options, &jo);

  cairo_save (cr);
  if (options->scale < TP_BLUEPRINT_PAINTER_SHAPE_SCALE)
    {
      /* Far away: the card's kind colour, its owner's strip, the fail point's mark. */
      tp_theme_card_kind_color (theme, tp_card_get_kind (box->card), &accent);
      tp_cairo_set_rgba (cr, &theme->card);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
      tp_cairo_set_rgba (cr, &accent);
      cairo_rectangle (cr, r->x, r->y, 12, r->height);
      cairo_fill (cr);
      if (tp_blueprint_department_color (theme, tp_card_get_department (box->card), &accent)
          || unowned)
        {
          tp_cairo_set_rgba (cr, unowned ? &theme->lowest : &accent);
          cairo_rectangle (cr, r->x, r->y + r->height - 12, r->width, 12);
          cairo_fill (cr);
        }
      if (tp_card_get_fail_point (box->card))
        {
          tp_cairo_set_rgba (cr, &theme->lowest);
          cairo_arc (cr, r->x, r->y, 14, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      cairo_restore (cr);
      return;
    }

  /* The journey map's card above the footer; the selection goes round both.
   * A card with nothing to say there (the customer's, with no owner or
   * duration) has no footer. */
  chrome.owned = tp_blueprint_department_color (theme, tp_card_get_department (box->card), &chrome.color);
  chrome.footer = unowned || tp_card_get_duration (box->card) > 0 || chrome.owned;
  chrome_key (key, rgba_word (&chrome.color), chrome.owned, chrome.unowned, chrome.footer,
              rgba_word (&theme->lowest), rgba_word (&theme->card_border));
  jo.selection = NULL;
  jo.card_chrome = paint_chrome;
  jo.card_chrome_data = &chrome;
  jo.card_chrome_key = key;
  if (chrome.footer)
    jo.card_footer = FOOTER_HEIGHT * theme->text_scale;
  else
    body.rect.height -= FOOTER_HEIGHT * theme->text_scale;
  tp_journey_painter_paint_card (cr, NULL, &body, &jo);
  if (chrome.footer)
    paint_footer (cr, options->text_cache, box, &chrome, &jo);

  if (tp_card_get_fail_point (box->card))
    paint_fail_point (cr, options->text_cache, theme, &jo, tp_card_get_fail_point_severity (box->card), r->x + 2, r->y + 2);

  if (is_selected (options, box->card))
    {
      journey_options (options, &jo);
      tp_journey_painter_paint_card_selection (cr, r, FALSE, &jo);
    }
  cairo_restore (cr);
}

static void
arrow_head (cairo_t       *cr,
            const TpPoint *from,
            const TpPoint *tip,
            double         size,
            gboolean       open)
{
  double dx = tip->x - from->x, dy = tip->y - from->y;
  double length = MAX (sqrt (dx * dx + dy * dy), 1e-6);
  double ux = dx / length, uy = dy / length;

  cairo_move_to (cr, tip->x - ux * size - uy * size * 0.55, tip->y - uy * size + ux * size * 0.55);
  cairo_line_to (cr, tip->x, tip->y);
  cairo_line_to (cr, tip->x - ux * size + uy * size * 0.55, tip->y - uy * size - ux * size * 0.55);
  if (open)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }
  else
    {
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

/* The route's points, the last one pulled back by @shorten so the line stops
 * where the head begins and does not poke through. */
static guint
route_points (const TpBlueprintRoute *route,
              double                  shorten,
              TpPoint                *points)
{
  guint n = route->n_points;
  TpPoint *last = &points[n - 1];
  double dx, dy, length;

  memcpy (points, route->points, n * sizeof (TpPoint));
  dx = last->x - points[n - 2].x;
  dy = last->y - points[n - 2].y;
  length = sqrt (dx * dx + dy * dy);
  if (length > shorten && shorten > 0)
    {
      last->x -= dx / length * shorten;
      last->y -= dy / length * shorten;
    }
  return n;
}

/* The part of segment @a–@b inside @r as the fractions [*t0, *t1] of it
 * (Liang–Barsky); FALSE when none of it is. */
static gboolean
clip_segment (const TpRect  *r,
              const TpPoint *a,
              const TpPoint *b,
              double        *t0,
              double        *t1)
{
  double d[2] = { b->x - a->x, b->y - a->y };
  double lo[2] = { r->x - a->x, r->y - a->y };
  double hi[2] = { r->x + r->width - a->x, r->y + r->height - a->y };

  *t0 = 0;
  *t1 = 1;
  for (int axis = 0; axis < 2; axis++)
    {
      if (d[axis] == 0)
        {
          if (lo[axis] > 0 || hi[axis] < 0)
            return FALSE;
          continue;
        }
      {
        double e0 = lo[axis] / d[axis], e1 = hi[axis] / d[axis];

        if (e0 > e1)
          {
            double t = e0;
            e0 = e1;
            e1 = t;
          }
        *t0 = MAX (*t0, e0);
        *t1 = MIN (*t1, e1);
      }
    }
  return *t0 <= *t1;
}

/* Strokes @route (pulled back by @shorten) with @dash; with a clip, only the
 * stretches inside it, each with the dash phase it has in the whole line:
 * a long arrow painted in tiles (PNG export, the canvas) is not dashed and
 * stroked whole in every tile it crosses. */
static void
stroke_route (cairo_t                *cr,
              const TpBlueprintRoute *route,
              double                  shorten,
              const TpRect           *clip,
              const double           *dash,
              int                     n_dash)
{
  TpPoint stack[16], *points;
  g_autofree TpPoint *heap = NULL;
  guint n = route->n_points;
  TpRect bounds, grown;
  double margin = cairo_get_line_width (cr) + 2, along = 0;
  gboolean open = FALSE;

  points = n <= G_N_ELEMENTS (stack) ? stack : (heap = g_new (TpPoint, n));
  route_points (route, shorten, points);
  if (clip != NULL)
    {
      tp_blueprint_route_get_bounds (route, &bounds);
      grown = (TpRect) { clip->x - margin, clip->y - margin,
                         clip->width + 2 * margin, clip->height + 2 * margin };
    }
  if (clip == NULL
      || (bounds.x >= grown.x && bounds.y >= grown.y
          && bounds.x + bounds.width <= grown.x + grown.width
          && bounds.y + bounds.height <= grown.y + grown.height))
    {
      cairo_move_to (cr, points[0].x, points[0].y);
      for (guint i = 1; i < n; i++)
        cairo_line_to (cr, points[i].x, points[i].y);
      cairo_set_dash (cr, dash, n_dash, 0);
      cairo_stroke (cr);
      return;
    }

  for (guint i = 0; i + 1 < n; i++)
    {
      const TpPoint *a = &points[i], *b = &points[i + 1];
      double length = hypot (b->x - a->x, b->y - a->y), t0, t1;

      if (!clip_segment (&grown, a, b, &t0, &t1))
        {
          if (open && n_dash > 0)
            cairo_stroke (cr);
          open = FALSE;
        }
      else
        {
          if (!open || t0 > 0)
            {
              if (open && n_dash > 0)
                cairo_stroke (cr);
              cairo_move_to (cr, a->x + (b->x - a->x) * t0, a->y + (b->y - a->y) * t0);
              if (n_dash > 0)
                cairo_set_dash (cr, dash, n_dash, along + t0 * length);
            }
          cairo_line_to (cr, a->x + (b->x - a->x) * t1, a->y + (b->y - a->y) * t1);
          open = t1 >= 1;
          if (!open && n_dash > 0)
            cairo_stroke (cr);
        }
      along += length;
    }
  if (n_dash == 0 || open)
    cairo_stroke (cr);
  cairo_new_path (cr);
}

/* A dotted line (@dots: on, off) on a picture from repeating strips
 * (tp-blueprint-painter-dots.c); FALSE: stroke it. */
static gboolean
paint_dots (cairo_t                *cr,
            const TpBlueprintRoute *route,
            double                  shorten,
            const TpRect           *clip,
            const double           *dots)
{
  TpPoint stack[16], *points;
  g_autofree TpPoint *heap = NULL;
  double margin = cairo_get_line_width (cr) + 2;
  TpRect grown;

  if (!tp_sprite_can_copy (cr))
    return FALSE;
  points = route->n_points <= G_N_ELEMENTS (stack) ? stack : (heap = g_new (TpPoint, route->n_points));
  route_points (route, shorten, points);
  if (clip != NULL)
    grown = (TpRect) { clip->x - margin, clip->y - margin, clip->width + 2 * margin, clip->height + 2 * margin };
  return _tp_blueprint_paint_dots (cr, points, route->n_points, dots[0], dots[1], clip != NULL ? &grown : NULL);
}

void
tp_blueprint_painter_paint_route (cairo_t                       *cr,
                                  const TpBlueprintRoute        *route,
                                  TpBlueprintAnalysis           *analysis,
                                  const TpBlueprintPaintOptions *options)
{
  static const double dashed[] = { 6, 4 };
  static const double dotted[] = { 0.1, 4.5 };
  const TpTheme *theme = theme_of (options);
  TpConnectionKind kind = tp_connection_get_kind (route->connection);
  const TpHandoff *handoff = analysis != NULL ? tp_blueprint_analysis_find_handoff (analysis, route->connection) : NULL;
  gboolean selected = is_selected (options, route->connection);
  gboolean open_head = kind == TP_CONNECTION_KIND_DEPENDS_ON || kind == TP_CONNECTION_KIND_REWORK;
  double lw = (kind == TP_CONNECTION_KIND_TRIGGERS ? 2.0 : 1.5) * theme->line_scale;
  const TpRgba *ink = selected ? &theme->selection : &theme->emotion_line;
  TpRect bounds;
  TpPoint mid;
  gboolean horizontal = TRUE;
  TpJourneyPaintOptions jo;
  const char *label;

  if (route->n_points < 2)
    return;
  tp_blueprint_route_get_bounds (route, &bounds);
  bounds.x -= 12;
  bounds.y -= 12;
  bounds.width += 24;
  bounds.height += 24;
  tp_blueprint_route_get_label_point (route, &mid, &horizontal);
  label = tp_connection_get_label (route->connection);
  if (label != NULL && *label != '\0')
    {
      /* The label's pill, above or right of the middle (at most 150 wide). */
      double s = theme->text_scale;
      TpRect pill = { mid.x - 90, mid.y - 40 * s, 260, 80 * s };

      gboolean any = TRUE;

      tp_rect_union (&bounds, &any, &pill);
    }
  if (options->clip != NULL && !tp_rect_intersects (options->clip, &bounds))
    return;
  journey_options (options, &jo);

  cairo_save (cr);
  /* Mitred: every stretch is level or upright, and cairo fills a mitred
   * (or butt-ended) stroke of such a path as boxes, much cheaper than a
   * general stroke on an image (an eighth of a PNG export's painting). */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  if (options->scale < TP_BLUEPRINT_PAINTER_SHAPE_SCALE)
    {
      tp_cairo_set_rgba (cr, ink);
      cairo_set_line_width (cr, 1.0 / MAX (options->scale, 0.05));
      stroke_route (cr, route, 0, options->clip, NULL, 0);
      cairo_restore (cr);
      return;
    }

  if (handoff != NULL)
    {
      TpRgba halo = theme->moment_star;

      halo.alpha = 0.45;
      tp_cairo_set_rgba (cr, &halo);
      cairo_set_line_width (cr, lw + 6 * theme->line_scale);
      stroke_route (cr, route, 0, options->clip, NULL, 0);
    }

  tp_cairo_set_rgba (cr, ink);
  cairo_set_line_width (cr, lw + (selected ? 1 : 0));
  if (kind == TP_CONNECTION_KIND_REWORK)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_width (cr, lw + 1);
    }
  if (kind != TP_CONNECTION_KIND_REWORK || !paint_dots (cr, route, 1, options->clip, dotted))
    stroke_route (cr, route, open_head ? 1 : ARROW_SIZE * 0.8, options->clip,
                  kind == TP_CONNECTION_KIND_DEPENDS_ON ? dashed
                  : kind == TP_CONNECTION_KIND_REWORK ? dotted : NULL,
                  kind == TP_CONNECTION_KIND_DEPENDS_ON || kind == TP_CONNECTION_KIND_REWORK ? 2 : 0);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_width (cr, lw);
  arrow_head (cr, &route->points[route->n_points - 2], &route->points[route->n_points - 1],
              ARROW_SIZE * theme->line_scale, open_head);

  if (kind == TP_CONNECTION_KIND_WAIT)
    {
      /* A pause mark across the middle. */
      for (int i = -1; i <= 1; i += 2)
        {
          double o = i * 2.5;

          if (horizontal)
            {
              cairo_move_to (cr, mid.x + o, mid.y - 6);
              cairo_line_to (cr, mid.x + o, mid.y + 6);
            }
          else
            {
              cairo_move_to (cr, mid.x - 6, mid.y + o);
              cairo_line_to (cr, mid.x + 6, mid.y + o);
            }
        }
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  if (handoff != NULL)
    {
      /* A diamond on a hand-off: seen without its colour too. */
      TpPoint d = mid;

      if (kind == TP_CONNECTION_KIND_WAIT)
        {
          d.x += horizontal ? 14 : 0;
          d.y += horizontal ? 0 : 14;
        }
      cairo_move_to (cr, d.x, d.y - 6);
      cairo_line_to (cr, d.x + 6, d.y);
      cairo_line_to (cr, d.x, d.y + 6);
      cairo_line_to (cr, d.x - 6, d.y);
      cairo_close_path (cr);
      tp_cairo_set_rgba (cr, &theme->moment_star);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, ink);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }

  if (label != NULL && *label != '\0' && _tp_painter_draws_text (&jo))
    {
      TpTextStyle style = { 10.5, PANGO_WEIGHT_NORMAL, 150, 1, PANGO_ALIGN_LEFT };
      g_autoptr(PangoLayout) pl = _tp_painter_text_layout (cr, &jo, label, &style);
      int w, h;
      double x, y;

      pango_layout_get_pixel_size (pl, &w, &h);
      /* Beside the arrow's longest stretch, clear of the line. */
      x = horizontal ? mid.x - w / 2.0 : mid.x + 6;
      y = horizontal ? mid.y - h - 5 : mid.y - h / 2.0;
      tp_cairo_rounded_rect (cr, x - 4, y - 1, w + 8, h + 2, (h + 2) / 2.0);
      tp_cairo_set_rgba (cr, &theme->card);
      cairo_fill_preserve (cr);
      tp_cairo_set_rgba (cr, &theme->card_border);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      tp_cairo_set_rgba (cr, &theme->card_detail);
      cairo_move_to (cr, x, y);
      tp_draw_show_layout (cr, pl);
    }
  cairo_restore (cr);
}

void
tp_blueprint_painter_paint_spotlight (cairo_t                       *cr,
                                      TpBlueprintLayout             *layout,
                                      const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme = theme_of (options);
  guint n = tp_blueprint_layout_get_n_columns (layout);
  double height = tp_blueprint_layout_get_height (layout);
  TpRect lit;

  if (options->spotlight_column < 0 || (guint) options->spotlight_column >= n)
    return;
  tp_blueprint_layout_get_column_rect (layout, options->spotlight_column, &lit);
  cairo_save (cr);
  tp_cairo_set_rgba (cr, &theme->spotlight_dim);
  cairo_rectangle (cr, tp_blueprint_layout_get_options (layout)->row_header_width, 0,
                   lit.x - tp_blueprint_layout_get_options (layout)->row_header_width, height);
  cairo_rectangle (cr, lit.x + lit.width, 0, tp_blueprint_layout_get_width (layout) - lit.x - lit.width,
                   height);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
tp_blueprint_painter_paint (cairo_t                       *cr,
                            TpBlueprintLayout             *layout,
                            TpBlueprintRoutes             *routes,
                            TpBlueprintAnalysis           *analysis,
                            const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme;
  TpBlueprintPaintOptions defaults;
  g_autoptr(GHashTable) cache = NULL;

  g_return_if_fail (cr != NULL && layout != NULL);

  if (options == NULL)
    tp_blueprint_paint_options_init (&defaults);
  else
    defaults = *options;
  /* One paint of the whole picture shapes each repeated text once. */
  if (defaults.text_cache == NULL)
    cache = defaults.text_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_object_unref);
  options = &defaults;
  theme = theme_of (options);

  if (!options->transparent)
    {
      tp_cairo_set_rgba (cr, &theme->background);
      if (options->clip != NULL)
        cairo_rectangle (cr, options->clip->x, options->clip->y, options->clip->width, options->clip->height);
      else
        cairo_rectangle (cr, 0, 0, tp_blueprint_layout_get_width (layout), tp_blueprint_layout_get_height (layout));
      cairo_fill (cr);
    }

  tp_blueprint_painter_paint_rows (cr, layout, options);
  tp_blueprint_painter_paint_lines (cr, layout, options);
  for (guint p = 0; p < tp_blueprint_layout_get_n_phases (layout); p++)
    tp_blueprint_painter_paint_phase_header (cr, layout, analysis, p, options);
  for (guint i = 0; i < tp_blueprint_layout_get_n_cards (layout); i++)
    tp_blueprint_painter_paint_card (cr, tp_blueprint_layout_get_box (layout, i), analysis, options);
  for (guint i = 0; routes != NULL && i < tp_blueprint_routes_get_n_routes (routes); i++)
    tp_blueprint_painter_paint_route (cr, tp_blueprint_routes_get_route (routes, i), analysis, options);
  tp_blueprint_painter_paint_spotlight (cr, layout, options);
}
