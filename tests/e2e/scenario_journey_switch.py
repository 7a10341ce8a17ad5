#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Select a card, switch to the other journey in the header's journey menu
(a service blueprint: it opens in that view; the view switcher goes back to
the journey map): the inspector no longer offers the hidden card. Select a card of the visible
journey, retitle it in the inspector, save: the edit is in the visible
journey, and the file is otherwise byte for byte what it was."""

import json

import tp_e2e
from tp_e2e import check, center

NEW_TITLE = "Confirms the booking on the phone"


def selected(card_id):
    return lambda g: any(c["id"] == card_id and c["selected"] for c in g["cards"])


def scenario(s):
    path = s.copy_example("hotel-booking.touchpoint")
    with open(path, encoding="utf-8") as f:
        original_text = f.read()
    original = json.loads(original_text)
    check(len(original["journeys"]) >= 2, "the example needs two journeys")
    first_id = original["journeys"][0]["id"]

    s.launch(path)
    s.maximize()
    g = s.wait_geometry(lambda g: g["journey"] == first_id and tp_e2e.visible_cards(g),
                        "the first journey's map")

    # A card of the first journey, selected and shown in the inspector.
    hidden_card = tp_e2e.visible_cards(g)[0]
    s.click(*center(hidden_card["rect"]))
    s.wait_geometry(selected(hidden_card["id"]), "the first journey's card to be selected")
    inspector = s.find("Inspector")
    s.find("Card", "list", within=inspector)

    # The other journey, from the header's journey menu, by keyboard.
    s.click_widget("Journey", "combo box")
    s.key("Down")
    s.key("Return")
    # The example's second journey is a service blueprint, so it opens in that
    # view; the view switcher brings it back to the journey map.
    s.click_widget("Journey Map")
    g = s.wait_geometry(lambda g: g["journey"] != first_id and tp_e2e.visible_cards(g),
                        "the second journey's map")
    second_id = g["journey"]

    # Nothing of the hidden journey is left to edit.
    tp_e2e.wait_for(lambda: not s.exists("Card", "list", within=inspector), 5,
                    "the inspector to let go of the hidden journey's card")

    # A card of the visible journey, retitled in the inspector.
    card = tp_e2e.visible_cards(g)[1]
    s.click(*center(card["rect"]))
    s.wait_geometry(selected(card["id"]), "the second journey's card to be selected")
    s.click_widget("Title", "text", within=inspector)
    s.key("ctrl+a")
    s.type(NEW_TITLE)
    s.wait_geometry(lambda g: any(c["id"] == card["id"] and c["title"] == NEW_TITLE for c in g["cards"]),
                    "the card on the map to show the new title")

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: NEW_TITLE in open(path, encoding="utf-8").read(), 10, "the file to be saved")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    with open(path, encoding="utf-8") as f:
        saved_text = f.read()
    saved = json.loads(saved_text)

    edited = tp_e2e.cards_by_id(tp_e2e.journey_of(saved, second_id))
    check(edited[card["id"]]["title"] == NEW_TITLE,
          f"the visible journey's card is titled {edited[card['id']]['title']!r}")
    for journey in original["journeys"]:
        if journey["id"] != second_id:
            check(tp_e2e.journey_of(saved, journey["id"]) == journey,
                  f"the hidden journey {journey['id']} changed")

    # Byte for byte: the original file with that one title replaced.
    old = json.dumps(card["title"], ensure_ascii=False)
    check(original_text.count(old) == 1, f"the title {old} is not unique in the example")
    expected_text = original_text.replace(old, json.dumps(NEW_TITLE, ensure_ascii=False))
    check(saved_text == expected_text, "the saved file differs from the original by more than the one title")


if __name__ == "__main__":
    tp_e2e.run("journey-switch", scenario)
