/* tp-persona.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A persona or segment a journey is drawn for.
 * Properties: "id", "name", "description", "goals" (GStrv), "frustrations" (GStrv), "color" ("#rrggbb"),
 * "photo" (GBytes, a PNG or JPEG picture, or NULL) and "photo-type" ("image/png", "image/jpeg" or NULL).
 */

#pragma once

#include "tp-element.h"
#include "tp-enums.h"

G_BEGIN_DECLS

#define TP_TYPE_PERSONA (tp_persona_get_type ())

G_DECLARE_FINAL_TYPE (TpPersona, tp_persona, TP, PERSONA, TpElement)

TpPersona   *tp_persona_new              (const char *id);
const char  *tp_persona_get_name         (TpPersona  *self);
const char  *tp_persona_get_description  (TpPersona  *self);
const char * const *tp_persona_get_goals (TpPersona  *self);
const char * const *tp_persona_get_frustrations (TpPersona *self);
const char  *tp_persona_get_color        (TpPersona  *self);
GBytes      *tp_persona_get_photo        (TpPersona  *self);
const char  *tp_persona_get_photo_type   (TpPersona  *self);

G_END_DECLS
