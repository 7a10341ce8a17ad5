/* tp-blueprint-painter-items.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards, the spotlight and the whole picture of a service blueprint; its
 * arrows are in tp-blueprint-painter-arrows.c.
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

void
_tp_blueprint_journey_options (const TpBlueprintPaintOptions *options,
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

const TpTheme *
_tp_blueprint_theme_of (const TpBlueprintPaintOptions *options)
{
  return options->theme != NULL ? options->theme : tp_theme_get (TP_THEME_LIGHT);
}

static guint32
rgba_word (const TpRgba *c)
{
  return ((guint32) lround (c->red * 255) << 24) | ((guint32) lround (c->green * 255) << 16)
         | ((guint32) lround (c->blue * 255) << 8) | (guint32) lround (c->alpha * 255);
}

gboolean
_tp_blueprint_is_selected (const TpBlueprintPaintOptions *options,
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
  const TpTheme *theme = _tp_blueprint_theme_of (options);
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
  _tp_blueprint_journey_options (options, &jo);

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

  if (_tp_blueprint_is_selected (options, box->card))
    {
      _tp_blueprint_journey_options (options, &jo);
      tp_journey_painter_paint_card_selection (cr, r, FALSE, &jo);
    }
  cairo_restore (cr);
}

void
tp_blueprint_painter_paint_spotlight (cairo_t                       *cr,
                                      TpBlueprintLayout             *layout,
                                      const TpBlueprintPaintOptions *options)
{
  const TpTheme *theme = _tp_blueprint_theme_of (options);
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
  theme = _tp_blueprint_theme_of (options);

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
