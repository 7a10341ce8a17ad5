#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Select three cards in different cells (click, Ctrl+click, Ctrl+click) and
drag one of them a phase to the right with the mouse: all three move one
phase right and keep their lanes. Saved, the file says so. Ctrl+Z and save
again: the file is the original, byte for byte."""

import itertools
import json

import tp_e2e
from tp_e2e import check, center


def pick_cards(g):
    """Three cards on screen in three different cells, across at least two
    phases and two lanes, none in the last phase (so that each has a phase to
    its right)."""
    phases = [p["id"] for p in g["phases"]]
    first_in_cell = {}
    for card in tp_e2e.visible_cards(g):
        if phases.index(card["phase"]) < len(phases) - 1:
            first_in_cell.setdefault((card["phase"], card["lane"]), card)
    for trio in itertools.combinations(first_in_cell.values(), 3):
        if len({c["phase"] for c in trio}) >= 2 and len({c["lane"] for c in trio}) >= 2:
            return list(trio)
    raise tp_e2e.Failure("not three cards in different cells on screen")


def scenario(s):
    path = s.copy_example("hotel-booking.touchpoint")
    with open(path, encoding="utf-8") as f:
        original_text = f.read()

    s.launch(path)
    s.maximize()
    g = s.wait_geometry(lambda g: len(tp_e2e.visible_cards(g)) >= 6, "the map with its cards")
    journey_id = g["journey"]
    phases = [p["id"] for p in g["phases"]]
    cards = pick_cards(g)
    ids = [c["id"] for c in cards]
    expected = {c["id"]: (phases[phases.index(c["phase"]) + 1], c["lane"]) for c in cards}

    s.click(*center(cards[0]["rect"]))
    for card in cards[1:]:
        s.click(*center(card["rect"]), modifiers=("ctrl",))
    s.wait_geometry(lambda g: sorted(c["id"] for c in g["cards"] if c["selected"]) == sorted(ids),
                    "exactly the three cards to be selected")

    # Drag the middle one by the width of one phase.
    grabbed = cards[1]
    column = phases.index(grabbed["phase"])
    step = g["phases"][column + 1]["rect"][0] - g["phases"][column]["rect"][0]
    x, y = center(grabbed["rect"])
    s.drag((x, y), (x + step, y))

    def moved(g):
        where = {c["id"]: (c["phase"], c["lane"]) for c in g["cards"]}
        return all(where.get(i) == expected[i] for i in ids)
    try:
        s.wait_geometry(moved, "all three cards one phase to the right, in their lanes", timeout=5)
    except tp_e2e.Failure:
        g = s.geometry()
        where = {c["id"]: (c["phase"], c["lane"]) for c in g["cards"]}
        raise tp_e2e.Failure("after the drag the cards are in " +
                             ", ".join(f"{i}: {where.get(i)} (expected {expected[i]})" for i in ids))

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != original_text, 10, "the file to be saved")
    saved = tp_e2e.load_project(path)
    original = json.loads(original_text)
    saved_cards = tp_e2e.cards_by_id(tp_e2e.journey_of(saved, journey_id))
    for card_id, cell in expected.items():
        got = (saved_cards[card_id]["phase"], saved_cards[card_id]["lane"])
        check(got == cell, f"saved, {card_id} is in {got}, not {cell}")
    for card_id, card in tp_e2e.cards_by_id(tp_e2e.journey_of(original, journey_id)).items():
        if card_id not in expected:
            got = (saved_cards[card_id]["phase"], saved_cards[card_id]["lane"])
            check(got == (card["phase"], card["lane"]), f"{card_id}, not selected, moved to {got}")
    moved_text = open(path, encoding="utf-8").read()

    # One undo step brings all three back.
    s.key("ctrl+z")
    s.wait_geometry(lambda g: all((c["phase"], c["lane"]) == (o["phase"], o["lane"])
                                  for o in cards for c in g["cards"] if c["id"] == o["id"]),
                    "one undo to bring the three cards back")
    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != moved_text, 10, "the file to be saved again")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    with open(path, encoding="utf-8") as f:
        check(f.read() == original_text, "after the undo the saved file is not the original")


if __name__ == "__main__":
    tp_e2e.run("multi-move", scenario)
