#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the hotel example's service blueprint and drag a card that has arrows
into another row with the mouse. While the button is held, the card's arrows
are searched again from where it would land (the blueprint says so in its
geometry: they start or end in the column under the pointer). Released, the
card is in the other row: saved, the file has the card in that lane, and
nothing else changed but its place in the list of cards."""

import json
import time

import tp_e2e
from tp_e2e import check
from scenario_blueprint_connect import blueprint_geometry, on_screen, wait_blueprint


def pick_move(g, saved):
    """A card with arrows, on screen, and a card of another lane in another column whose
    middle the first can be dropped on."""
    lanes = {c["id"]: c["lane"] for c in saved["cards"]}
    joined = {c["from"] for c in g["connections"]} | {c["to"] for c in g["connections"]}
    cards = [c for c in g["cards"] if on_screen(g, c["centre"], 60)]
    for a in cards:
        if a["id"] not in joined:
            continue
        for b in cards:
            if lanes[b["id"]] != lanes[a["id"]] and abs(b["centre"][0] - a["centre"][0]) > 100:
                return a, b
    raise tp_e2e.Failure("no card with arrows to drag into another row on screen")


def scenario(s):
    path = s.copy_example("hotel-booking.touchpoint")
    with open(path, encoding="utf-8") as f:
        original_text = f.read()
    original = json.loads(original_text)
    blueprint_id = original["journeys"][1]["id"]
    journey = tp_e2e.journey_of(original, blueprint_id)

    s.launch(path)
    s.maximize()
    s.wait_geometry(lambda g: tp_e2e.visible_cards(g), "the first journey's map")
    s.click_widget("Journey", "combo box")
    s.key("Down")
    s.key("Return")
    g = wait_blueprint(s, lambda g: g["journey"] == blueprint_id and g["cards"],
                       "the service blueprint to be drawn")
    card, onto = pick_move(g, journey)
    lanes = {c["id"]: c["lane"] for c in journey["cards"]}
    arrows = [c["id"] for c in g["connections"] if card["id"] in (c["from"], c["to"])]

    # Pressed and moved over the other card, held: the arrows follow.
    s.step(f"drag {card['id']} onto {onto['id']} and hold")
    (x0, y0), (x1, y1) = card["centre"], onto["centre"]
    s.move(x0, y0)
    time.sleep(0.1)
    s.xdo("mousedown", "1")
    time.sleep(0.1)
    for i in range(1, 13):
        s.move(x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * i / 12)
        time.sleep(0.03)

    def following(g):
        paths = g.get("dragging", [])
        ends = [p for p in paths if any(abs(pt[0] - x1) < 130 for pt in (p["start"], p["end"]))]
        return sorted(p["id"] for p in paths) == sorted(arrows) and len(ends) == len(paths)
    try:
        wait_blueprint(s, following, "the dragged card's arrows to start or end under the pointer",
                       timeout=5)
    finally:
        s.screenshot("blueprint-drag-held")
    s.xdo("mouseup", "1")

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != original_text, 10, "the file to be saved")
    saved = tp_e2e.journey_of(tp_e2e.load_project(path), blueprint_id)
    moved = [c for c in saved["cards"] if c["id"] == card["id"]][0]
    check(moved["lane"] == lanes[onto["id"]],
          f"saved, {card['id']} is in lane {moved['lane']}, not {lanes[onto['id']]} of {onto['id']}")
    others = {c["id"]: c for c in saved["cards"] if c["id"] != card["id"]}
    for c in journey["cards"]:
        if c["id"] != card["id"]:
            check(others[c["id"]] == c, f"saved, {c['id']} changed too")
    check(saved["connections"] == journey["connections"], "saved, the arrows changed")
    wait_blueprint(s, lambda g: not g.get("dragging"), "the drag to be over")
    s.key("ctrl+q")
    s.wait_exit()


if __name__ == "__main__":
    tp_e2e.run("blueprint-drag", scenario)
