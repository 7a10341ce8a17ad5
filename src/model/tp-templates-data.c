/* tp-templates-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contents of the journey templates.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-templates-private.h"

#define OBS TP_EVIDENCE_OBSERVED
#define ASM TP_EVIDENCE_ASSUMED
#define PRO TP_EVIDENCE_PROPOSED

#define CARD(p, l, k, t, d, ev) \
  .phase = p, .lane = TP_LANE_KIND_##l, .kind = TP_CARD_KIND_##k, \
  .title = t, .description = d, .evidence = ev

#define ACTIVITY(p, t, d, ev) \
  { CARD (p, ACTIVITY, ACTIVITY, t, d, ev) }
#define EMOTION(p, l, s, f, t, d, ev, mtm) \
  { CARD (p, l, EMOTION, t, d, ev), .score = s, .feeling = f, .moment_that_matters = mtm }
#define TOUCHPOINT(p, ch, ty, dep, t, d, ev, ...) \
  { CARD (p, TOUCHPOINTS, TOUCHPOINT, t, d, ev), .channel = TP_CHANNEL_##ch, \
    .touchpoint_type = TP_TOUCHPOINT_TYPE_##ty, .department = dep, .metrics = { __VA_ARGS__ } }
#define PAIN(p, l, sev, t, d, ev) \
  { CARD (p, l, PAIN_POINT, t, d, ev), .severity = sev }
#define OPPORTUNITY(p, l, imp, eff, t, d) \
  { CARD (p, l, OPPORTUNITY, t, d, PRO), .impact = imp, .effort = eff }
#define METRIC(k, v, u) { TP_METRIC_KIND_##k, v, u, NULL }
#define PLAIN(p, l, k, t, d, ev) \
  { CARD (p, l, k, t, d, ev) }

#define N(array) array, G_N_ELEMENTS (array)

static const LaneDef basic_lanes[] = {
  { TP_LANE_KIND_ACTIVITY },
  { TP_LANE_KIND_FEELINGS },
  { TP_LANE_KIND_TOUCHPOINTS },
  { TP_LANE_KIND_PAIN_POINTS },
  { TP_LANE_KIND_OPPORTUNITIES },
};

/* --- Five phases ---------------------------------------------------------- */

static const PhaseDef five_phases[] = {
  { N_("Discovery"), N_("The customer becomes aware of a need and of us.") },
  { N_("Consideration"), N_("The customer compares options.") },
  { N_("Decision"), N_("The customer chooses what to buy and where.") },
  { N_("Purchase"), N_("The customer pays and receives the product.") },
  { N_("After-purchase"), N_("The customer uses the product, gets help and tells others.") },
};

static const LaneDef five_lanes[] = {
  { TP_LANE_KIND_ACTIVITY },
  { TP_LANE_KIND_FEELINGS },
  { TP_LANE_KIND_TOUCHPOINTS },
  { TP_LANE_KIND_OPPORTUNITIES },
};

static const CardDef five_cards[] = {
  ACTIVITY (0, N_("Sees a friend’s new bike"), N_("A photo from a weekend trip."), OBS),
  TOUCHPOINT (0, SOCIAL, PERIPHERAL, N_("Marketing"), N_("Friend’s post on social media"),
              NULL, OBS),
  EMOTION (0, FEELINGS, 1, N_("curious"), N_("Could I ride to work?"), NULL, OBS, FALSE),
  ACTIVITY (1, N_("Reads reviews and compares prices"), NULL, OBS),
  TOUCHPOINT (1, WEB, EXTERNAL, N_("E-commerce"), N_("Product pages in the web shop"), NULL, OBS,
              METRIC (TIME_SPENT, 95, "s"), METRIC (DROP_OFF_RATE, 62, "%")),
  EMOTION (1, FEELINGS, -1, N_("overwhelmed"), N_("So many similar models"), NULL, OBS, TRUE),
  PAIN (1, FEELINGS, 4, N_("Hard to tell the models apart"),
        N_("Specifications use terms the customer does not know."), OBS),
  OPPORTUNITY (1, OPPORTUNITIES, 4, 3, N_("Comparison guide in plain language"), NULL),
  TOUCHPOINT (2, STORE, INTERNAL, N_("Sales"), N_("Test ride at the store"), NULL, OBS),
  EMOTION (2, FEELINGS, 2, N_("confident"), N_("The test ride felt right"), NULL, ASM, FALSE),
  ACTIVITY (3, N_("Pays and chooses home delivery"), NULL, OBS),
  TOUCHPOINT (3, WEB, EXTERNAL, N_("E-commerce"), N_("Checkout"), NULL, OBS,
              METRIC (CONVERSION_RATE, 2.4, "%")),
  EMOTION (3, FEELINGS, -2, N_("nervous"), N_("No delivery date is given"), NULL, OBS, TRUE),
  EMOTION (4, FEELINGS, 3, N_("satisfied"), N_("The first ride"), NULL, ASM, FALSE),
  TOUCHPOINT (4, EMAIL, INTERNAL, N_("Service"), N_("E-mail with care tips"), NULL, ASM,
              METRIC (CSAT, 4.3, "")),
  OPPORTUNITY (4, OPPORTUNITIES, 3, 2, N_("Invite to a free first service"), NULL),
};

/* --- Functional lens ------------------------------------------------------ */

static const PhaseDef functional_phases[] = {
  { N_("Marketing"), N_("Make the offer known and wanted.") },
  { N_("Sales"), N_("Turn interest into an order.") },
  { N_("Service"), N_("Deliver, help and keep the customer.") },
};

static const CardDef functional_cards[] = {
  ACTIVITY (0, N_("Notices a broadband offer"), NULL, OBS),
  TOUCHPOINT (0, TV, PERIPHERAL, N_("Marketing"), N_("TV campaign"), NULL, OBS),
  EMOTION (0, FEELINGS, 1, N_("interested"), N_("Faster and cheaper?"), NULL, ASM, FALSE),
  ACTIVITY (1, N_("Calls to ask about the offer"), NULL, OBS),
  TOUCHPOINT (1, PHONE, INTERNAL, N_("Sales"), N_("Sales hotline"), NULL, OBS,
              METRIC (CONVERSION_RATE, 18, "%")),
  EMOTION (1, FEELINGS, -2, N_("impatient"), N_("Waits twenty minutes in the queue"), NULL, OBS,
           TRUE),
  PAIN (1, PAIN_POINTS, 4, N_("Long queue on the phone"), NULL, OBS),
  ACTIVITY (2, N_("Installs the router"), NULL, OBS),
  TOUCHPOINT (2, CHAT, INTERNAL, N_("Customer service"), N_("Support chat"), NULL, OBS,
              METRIC (CSAT, 4.1, "")),
  EMOTION (2, FEELINGS, 2, N_("relieved"), N_("Online at last"), NULL, ASM, FALSE),
  OPPORTUNITY (2, OPPORTUNITIES, 3, 1, N_("Self-installation video"), NULL),
};

/* --- Goal lens ------------------------------------------------------------ */

static const PhaseDef goal_phases[] = {
  { N_("Acquisition"), N_("Win the attention of new customers.") },
  { N_("Conversion"), N_("Turn visitors into paying customers.") },
  { N_("Retention"), N_("Keep customers coming back.") },
};

static const CardDef goal_cards[] = {
  ACTIVITY (0, N_("Searches for a meal-kit service"), NULL, OBS),
  TOUCHPOINT (0, WEB, PERIPHERAL, N_("Marketing"), N_("Search advertisement"), NULL, OBS,
              METRIC (CONVERSION_RATE, 3.1, "%")),
  EMOTION (0, FEELINGS, 1, N_("hopeful"), N_("Less time spent planning dinners"), NULL, ASM,
           FALSE),
  ACTIVITY (1, N_("Signs up for a trial box"), NULL, OBS),
  TOUCHPOINT (1, MOBILE_APP, EXTERNAL, N_("Product"), N_("Sign-up in the app"), NULL, OBS,
              METRIC (DROP_OFF_RATE, 41, "%")),
  EMOTION (1, FEELINGS, -1, N_("annoyed"), N_("Has to create an account to see prices"), NULL,
           OBS, TRUE),
  PAIN (1, PAIN_POINTS, 3, N_("Prices hidden behind sign-up"), NULL, OBS),
  ACTIVITY (2, N_("Decides whether to keep the subscription"), NULL, ASM),
  TOUCHPOINT (2, EMAIL, INTERNAL, N_("Marketing"), N_("Weekly menu e-mail"), NULL, OBS,
              METRIC (REPEAT_PURCHASE_RATE, 58, "%")),
  EMOTION (2, FEELINGS, 2, N_("satisfied"), N_("Dinners are easy now"), NULL, ASM, FALSE),
  OPPORTUNITY (2, OPPORTUNITIES, 5, 2, N_("Let customers pause instead of cancel"), NULL),
};

/* --- Engagement lens ------------------------------------------------------ */

static const PhaseDef engagement_phases[] = {
  { N_("Awareness"), N_("The customer first hears of the brand.") },
  { N_("Interest"), N_("The customer wants to know more.") },
  { N_("Consideration"), N_("The customer weighs the brand against others.") },
  { N_("Purchase"), N_("The customer buys.") },
  { N_("Post-purchase"), N_("The customer uses the product and judges it.") },
  { N_("Repeat purchase"), N_("The customer buys again and recommends.") },
};

static const CardDef engagement_cards[] = {
  TOUCHPOINT (0, SOCIAL, PERIPHERAL, N_("Marketing"), N_("Video by an influencer"), NULL, OBS),
  EMOTION (0, FEELINGS, 1, N_("curious"), N_("Is it as good as it looks?"), NULL, ASM, FALSE),
  ACTIVITY (1, N_("Follows the brand and reads about the ingredients"), NULL, ASM),
  EMOTION (1, FEELINGS, 1, N_("intrigued"), N_("Wants to know what is in the products"),
           NULL, ASM, FALSE),
  TOUCHPOINT (2, WEB, EXTERNAL, N_("E-commerce"), N_("Skin quiz on the web site"), NULL, OBS),
  EMOTION (2, FEELINGS, -1, N_("confused"), N_("The quiz recommends five products"), NULL, OBS,
           TRUE),
  PAIN (2, PAIN_POINTS, 3, N_("Too many recommended products"), NULL, OBS),
  TOUCHPOINT (3, WEB, EXTERNAL, N_("E-commerce"), N_("Checkout in the web shop"), NULL, OBS,
              METRIC (CONVERSION_RATE, 3.8, "%")),
  EMOTION (3, FEELINGS, 1, N_("pleased"), N_("The order went smoothly"), NULL, ASM, FALSE),
  EMOTION (4, FEELINGS, -2, N_("disappointed"), N_("The parcel arrives damaged"), NULL, OBS,
           TRUE),
  TOUCHPOINT (4, CHAT, INTERNAL, N_("Customer service"), N_("Customer service chat"), NULL, OBS,
              METRIC (CSAT, 3.6, "")),
  EMOTION (5, FEELINGS, 2, N_("loyal"), N_("Feels the brand understands them"), NULL, ASM, FALSE),
  OPPORTUNITY (5, OPPORTUNITIES, 4, 2, N_("Refill subscription with a discount"), NULL),
};

/* --- Activity lens -------------------------------------------------------- */

static const PhaseDef activity_phases[] = {
  { N_("Search"), N_("Finding a place to stay.") },
  { N_("Booking"), N_("Reserving the room.") },
  { N_("Check-in"), N_("Arriving at the hotel.") },
  { N_("Stay"), N_("Living at the hotel.") },
  { N_("Check-out"), N_("Leaving and paying.") },
};

static const CardDef activity_cards[] = {
  ACTIVITY (0, N_("Compares hotels on a travel site"), NULL, OBS),
  TOUCHPOINT (0, PARTNER, PERIPHERAL, N_("Marketing"), N_("Travel comparison site"), NULL, OBS),
  EMOTION (0, FEELINGS, 1, N_("hopeful"), N_("Many hotels within budget"), NULL, ASM, FALSE),
  TOUCHPOINT (1, WEB, EXTERNAL, N_("E-commerce"), N_("Booking page"), NULL, OBS,
              METRIC (CONVERSION_RATE, 5.2, "%")),
  EMOTION (1, FEELINGS, -1, N_("unsure"), N_("Fees appear at the last step"), NULL, OBS, FALSE),
  PAIN (1, PAIN_POINTS, 4, N_("Fees shown only at the end"), NULL, OBS),
  ACTIVITY (2, N_("Waits at the reception desk"), NULL, OBS),
  TOUCHPOINT (2, STORE, INTERNAL, N_("Front office"), N_("Reception"), NULL, OBS,
              METRIC (TIME_SPENT, 540, "s")),
  EMOTION (2, FEELINGS, -2, N_("tired"), N_("A long queue after a long trip"), NULL, OBS, TRUE),
  OPPORTUNITY (2, OPPORTUNITIES, 4, 4, N_("Mobile check-in with a digital key"), NULL),
  EMOTION (3, FEELINGS, 2, N_("comfortable"), N_("A quiet room and a good bed"), NULL, ASM, FALSE),
  TOUCHPOINT (4, EMAIL, INTERNAL, N_("Finance"), N_("Invoice by e-mail"), NULL, OBS,
              METRIC (NPS, 42, "")),
  EMOTION (4, FEELINGS, 1, N_("relieved"), N_("The invoice matches the booking"), NULL, ASM, FALSE),
};

/* --- Purpose lens --------------------------------------------------------- */

static const PhaseDef purpose_phases[] = {
  { N_("Forming the decision"), N_("The customer realises a need and makes up their mind.") },
  { N_("Carrying it out"), N_("The customer finds the product and the seller.") },
  { N_("Transaction"), N_("The customer signs and pays.") },
  { N_("Evaluation"), N_("The customer judges whether it was worth it.") },
};

static const CardDef purpose_cards[] = {
  ACTIVITY (0, N_("Realises the old car needs replacing"), NULL, OBS),
  TOUCHPOINT (0, WORD_OF_MOUTH, PERIPHERAL, N_("Marketing"), N_("Advice from friends"), NULL,
              ASM),
  EMOTION (0, FEELINGS, -1, N_("worried"), N_("A big expense"), NULL, ASM, FALSE),
  ACTIVITY (1, N_("Visits dealers and books test drives"), NULL, OBS),
  TOUCHPOINT (1, STORE, INTERNAL, N_("Sales"), N_("Dealer showroom"), NULL, OBS,
              METRIC (CONVERSION_RATE, 22, "%")),
  EMOTION (1, FEELINGS, 1, N_("excited"), N_("The test drive was fun"), NULL, ASM, FALSE),
  TOUCHPOINT (2, PRINT, INTERNAL, N_("Finance"), N_("Financing agreement"), NULL, OBS),
  EMOTION (2, FEELINGS, -2, N_("overwhelmed"), N_("Paperwork with unclear terms"), NULL, OBS,
           TRUE),
  PAIN (2, PAIN_POINTS, 4, N_("Contract full of jargon"), NULL, OBS),
  EMOTION (3, FEELINGS, 2, N_("confident"), N_("The car suits the family"), NULL, ASM, FALSE),
  TOUCHPOINT (3, EMAIL, INTERNAL, N_("Customer service"), N_("Satisfaction survey"), NULL, OBS,
              METRIC (NPS, 31, "")),
  OPPORTUNITY (3, OPPORTUNITIES, 3, 1, N_("Check-in call after the first month"), NULL),
};

/* --- Service blueprint ---------------------------------------------------- */

static const PhaseDef blueprint_phases[] = {
  { N_("Book"), N_("The customer books a repair.") },
  { N_("Drop off"), N_("The customer hands in the phone.") },
  { N_("Wait"), N_("The phone is repaired.") },
  { N_("Pay"), N_("The customer pays.") },
  { N_("Pick up"), N_("The customer gets the phone back.") },
};

static const LaneDef blueprint_lanes[] = {
  { TP_LANE_KIND_EVIDENCE },
  { TP_LANE_KIND_ACTIVITY },
  { TP_LANE_KIND_FRONTSTAGE },
  { TP_LANE_KIND_BACKSTAGE },
  { TP_LANE_KIND_SUPPORT },
  /* The emotion line of the map; the blueprint does not show it. */
  { TP_LANE_KIND_FEELINGS, FALSE, TRUE },
};

static const CardDef blueprint_cards[] = {
  /* 0 */ PLAIN (0, EVIDENCE, EVIDENCE, N_("Booking confirmation e-mail"), NULL, OBS),
  /* 1 */ ACTIVITY (0, N_("Books a repair online"), NULL, OBS),
  /* 2 */ { CARD (0, FRONTSTAGE, TOUCHPOINT, N_("Booking page shows free times"), NULL, OBS),
            .channel = TP_CHANNEL_WEB, .touchpoint_type = TP_TOUCHPOINT_TYPE_EXTERNAL,
            .department = N_("IT") },
  /* 3 */ PLAIN (0, BACKSTAGE, BACKSTAGE, N_("Workshop plans the day"), NULL, ASM),
  /* 4 */ PLAIN (0, SUPPORT, SUPPORT, N_("Booking system"), NULL, OBS),
  /* 5 */ PLAIN (1, EVIDENCE, EVIDENCE, N_("Service desk and waiting area"), NULL, OBS),
  /* 6 */ ACTIVITY (1, N_("Hands over the phone"), NULL, OBS),
  /* 7 */ { CARD (1, FRONTSTAGE, TOUCHPOINT, N_("Technician checks the phone with the customer"),
                  NULL, OBS),
            .channel = TP_CHANNEL_STORE, .touchpoint_type = TP_TOUCHPOINT_TYPE_INTERNAL,
            .department = N_("Service") },
  /* 8 */ PLAIN (1, BACKSTAGE, BACKSTAGE, N_("Orders spare parts"), NULL, OBS),
  /* 9 */ PLAIN (1, SUPPORT, SUPPORT, N_("Parts inventory"), NULL, ASM),
  /* 10 */ ACTIVITY (2, N_("Waits for news"), NULL, OBS),
  /* 11 */ PLAIN (2, BACKSTAGE, BACKSTAGE, N_("Repairs and tests the phone"), NULL, OBS),
  /* 12 */ EMOTION (2, FEELINGS, -2, N_("anxious"), N_("No news for two days"), NULL, OBS, TRUE),
  /* 13 */ PAIN (2, FEELINGS, 4, N_("No update while waiting"), NULL, OBS),
  /* 14 */ OPPORTUNITY (2, BACKSTAGE, 4, 1, N_("Text the customer when the repair starts"), NULL),
  /* 15 */ PLAIN (3, EVIDENCE, EVIDENCE, N_("Receipt"), NULL, OBS),
  /* 16 */ ACTIVITY (3, N_("Pays at the counter"), NULL, OBS),
  /* 17 */ { CARD (3, FRONTSTAGE, TOUCHPOINT, N_("Cashier explains the invoice"), NULL, OBS),
             .channel = TP_CHANNEL_STORE, .touchpoint_type = TP_TOUCHPOINT_TYPE_INTERNAL,
             .department = N_("Sales") },
  /* 18 */ PLAIN (3, SUPPORT, SUPPORT, N_("Payment terminal"), NULL, OBS),
  /* 19 */ ACTIVITY (4, N_("Picks up the phone"), NULL, OBS),
  /* 20 */ EMOTION (4, FEELINGS, 2, N_("relieved"), N_("The phone works again"), NULL, ASM, FALSE),
};

static const ConnectionDef blueprint_connections[] = {
  { 1, 3, TP_CONNECTION_KIND_TRIGGERS, NULL },
  { 3, 4, TP_CONNECTION_KIND_DEPENDS_ON, NULL },
  { 7, 8, TP_CONNECTION_KIND_TRIGGERS, N_("if parts are missing") },
  { 8, 9, TP_CONNECTION_KIND_DEPENDS_ON, NULL },
  { 1, 6, TP_CONNECTION_KIND_FLOW, NULL },
  { 6, 10, TP_CONNECTION_KIND_FLOW, NULL },
  { 10, 16, TP_CONNECTION_KIND_FLOW, NULL },
  { 16, 19, TP_CONNECTION_KIND_FLOW, NULL },
  { 17, 18, TP_CONNECTION_KIND_DEPENDS_ON, NULL },
};

/* --- Store visit ---------------------------------------------------------- */

static const PhaseDef store_phases[] = {
  { N_("Arrive"), N_("The customer enters the store.") },
  { N_("Browse"), N_("The customer looks around.") },
  { N_("Try on"), N_("The customer tries clothes on.") },
  { N_("Pay"), N_("The customer pays.") },
  { N_("Leave"), N_("The customer leaves the store.") },
};

static const ZoneDef store_zones[] = {
  { TP_ZONE_KIND_ENTRANCE, N_("Entrance"), 2, 13, 4, 2 },
  { TP_ZONE_KIND_DECOMPRESSION, N_("Decompression zone"), 1, 10, 8, 3 },
  { TP_ZONE_KIND_AISLE, N_("Aisles"), 1, 1, 11, 8 },
  /* Shelves across the aisles: the path walks round their ends. */
  { TP_ZONE_KIND_SHELF, N_("Shelf"), 3.5, 2, 0.8, 5.5 },
  { TP_ZONE_KIND_SHELF, N_("Shelf"), 6.5, 2, 0.8, 5.5 },
  { TP_ZONE_KIND_SHELF, N_("Shelf"), 9.5, 2, 0.8, 5.5 },
  { TP_ZONE_KIND_FITTING_ROOM, N_("Fitting rooms"), 14, 1, 5, 4 },
  { TP_ZONE_KIND_CHECKOUT, N_("Checkout"), 14, 6, 5, 4 },
  { TP_ZONE_KIND_EXIT, N_("Exit"), 14, 13, 4, 2 },
};

static const FloorPlanDef store_plan = {
  N_("Store floor"), 20, 15, store_zones, G_N_ELEMENTS (store_zones),
};

static const CardDef store_cards[] = {
  /* 0 */ TOUCHPOINT (0, STORE, PERIPHERAL, N_("Visual merchandising"), N_("Window display"),
                      NULL, OBS),
  /* 1 */ EMOTION (0, FEELINGS, 1, N_("curious"), N_("The window looks inviting"),
                   NULL, ASM, FALSE),
  /* 2 */ TOUCHPOINT (1, STORE, EXTERNAL, N_("Visual merchandising"),
                      N_("Table with new arrivals"), NULL, OBS),
  /* 3 */ TOUCHPOINT (1, STORE, EXTERNAL, N_("Store"), N_("Racks and signage"), NULL, OBS,
                      METRIC (TIME_SPENT, 240, "s")),
  /* 4 */ ACTIVITY (1, N_("Looks for the right size"), NULL, OBS),
  /* 5 */ EMOTION (1, FEELINGS, 0, N_("calm"), N_("Takes time to look around"), NULL, ASM, FALSE),
  /* 6 */ TOUCHPOINT (2, STORE, INTERNAL, N_("Store"), N_("Fitting rooms"), NULL, OBS,
                      METRIC (TIME_SPENT, 300, "s")),
  /* 7 */ EMOTION (2, FEELINGS, -2, N_("frustrated"), N_("Queue for the fitting rooms"), NULL,
                   OBS, TRUE),
  /* 8 */ PAIN (2, PAIN_POINTS, 4, N_("Nobody to ask for another size"), NULL, OBS),
  /* 9 */ OPPORTUNITY (2, OPPORTUNITIES, 4, 2, N_("Call button in the fitting rooms"), NULL),
  /* 10 */ TOUCHPOINT (3, STORE, INTERNAL, N_("Sales"), N_("Checkout counter"), NULL, OBS,
                       METRIC (TIME_SPENT, 120, "s"), METRIC (CONVERSION_RATE, 35, "%")),
  /* 11 */ EMOTION (3, FEELINGS, -1, N_("impatient"), N_("The queue moves slowly"),
                    NULL, OBS, FALSE),
  /* 12 */ TOUCHPOINT (4, EMAIL, INTERNAL, N_("Marketing"), N_("Digital receipt"), NULL, ASM),
  /* 13 */ EMOTION (4, FEELINGS, 2, N_("satisfied"), N_("Found what they came for"),
                    NULL, ASM, FALSE),
};

static const PlacementDef store_placements[] = {
  { 0, 4.0, 14.0, 10 },
  { 2, 5.0, 11.5, 30 },
  { 3, 5.4, 4.5, 240 },
  { 6, 16.5, 3.0, 300 },
  { 10, 16.5, 8.0, 120 },
};

/* --- Custom --------------------------------------------------------------- */

static const PhaseDef custom_phases[] = {
  { N_("Before"), NULL },
  { N_("During"), NULL },
  { N_("After"), NULL },
};

const TemplateDef tp_templates[] = {
  { TP_LENS_FIVE_PHASES, N_("Five phases"),
    N_("Discovery, consideration, decision, purchase and after-purchase."),
    N_("Buying a new bike"),
    N (five_phases), N (five_lanes), N (five_cards), NULL, 0, NULL, 0, NULL },
  { TP_LENS_FUNCTIONAL, N_("Functional lens"),
    N_("The journey as the departments meet it: marketing, sales and service."),
    N_("Getting broadband"),
    N (functional_phases), N (basic_lanes), N (functional_cards), NULL, 0, NULL, 0, NULL },
  { TP_LENS_GOAL, N_("Goal lens"),
    N_("The business goals along the way: acquisition, conversion and retention."),
    N_("A meal-kit subscription"),
    N (goal_phases), N (basic_lanes), N (goal_cards), NULL, 0, NULL, 0, NULL },
  { TP_LENS_ENGAGEMENT, N_("Engagement lens"),
    N_("From awareness through purchase to buying again."),
    N_("Discovering a skincare brand"),
    N (engagement_phases), N (basic_lanes), N (engagement_cards), NULL, 0, NULL, 0, NULL },
  { TP_LENS_ACTIVITY, N_("Activity lens"),
    N_("The activities as the customer sees them, from search to check-out."),
    N_("A hotel stay"),
    N (activity_phases), N (basic_lanes), N (activity_cards), NULL, 0, NULL, 0, NULL },
  { TP_LENS_PURPOSE, N_("Purpose lens"),
    N_("Forming the decision, carrying it out, the transaction and the evaluation."),
    N_("Buying a car"),
    N (purpose_phases), N (basic_lanes), N (purpose_cards), NULL, 0, NULL, 0, NULL },
  { TP_LENS_BLUEPRINT, N_("Service blueprint"),
    N_("Each step with what the customer sees and what happens behind the scenes."),
    N_("Getting a phone repaired"),
    N (blueprint_phases), N (blueprint_lanes), N (blueprint_cards),
    N (blueprint_connections), NULL, 0, NULL },
  { TP_LENS_STORE_VISIT, N_("Store visit"),
    N_("The customer’s path through a shop, on a floor plan."),
    N_("A visit to the clothing store"),
    N (store_phases), N (basic_lanes), N (store_cards), NULL, 0,
    N (store_placements), &store_plan },
  { TP_LENS_CUSTOM, N_("Empty journey"),
    N_("Three phases and the basic lanes, ready to fill in."),
    N_("New journey"),
    N (custom_phases), N (basic_lanes), NULL, 0, NULL, 0, NULL, 0, NULL },
};

const guint tp_n_templates = G_N_ELEMENTS (tp_templates);
