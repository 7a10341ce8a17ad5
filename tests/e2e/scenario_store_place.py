#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the clothing store's visit (it opens in the store flow), find the
touchpoint that is not on the plan in the list beside the plan, and drag
its row with the mouse onto the plan: it becomes a stop where it was let go,
the first of the walk (its phase comes first), and the row says so. Saved,
the file has the new placement for that card and is otherwise what it was.
Undo and save: the file is the original, byte for byte."""

import json
import time

import tp_e2e
from tp_e2e import check

CARD_TITLE = "Instagram story about the autumn sale"


def scenario(s):
    path = s.copy_example("clothing-store-visit.touchpoint")
    with open(path, encoding="utf-8") as f:
        original_text = f.read()
    original = json.loads(original_text)
    journey = original["journeys"][0]
    card = [c for c in journey["cards"] if c["title"] == CARD_TITLE][0]
    check(all(p["card"] != card["id"] for p in journey["placements"]),
          "the example already places the card")
    plan = [p for p in original["floor_plans"] if p["id"] == journey["floor_plan"]][0]

    s.launch(path)
    s.maximize()

    # The row of the card that is not on the plan, by what it says to a screen reader.
    row = s.find(f"{CARD_TITLE}, Arrive · Not placed", "list item", timeout=20)
    last = [None]

    def settled():
        rect = s.extents(row)
        same = rect == last[0] and rect[2] > 0
        last[0] = rect
        return same
    tp_e2e.wait_for(settled, 10, "the list to stay in place", interval=0.15)
    start = tp_e2e.center(last[0])
    # The plan is right of the list, drawn at 100 % from a margin in from the view's corner.
    rx, ry, rw, rh = last[0]
    end = (rx + rw + 300, ry + 280)

    s.step(f"drag the row from {start} to {end}")
    s.move(*start)
    time.sleep(0.2)
    s.xdo("mousedown", "1")
    time.sleep(0.3)
    steps = 16
    for i in range(1, steps + 1):
        s.move(start[0] + (end[0] - start[0]) * i / steps, start[1] + (end[1] - start[1]) * i / steps)
        time.sleep(0.06)
    time.sleep(0.4)
    s.xdo("mouseup", "1")

    s.find(f"{CARD_TITLE}, Arrive · Stop 1", "list item", timeout=10)

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != original_text, 10, "the file to be saved")
    saved = tp_e2e.load_project(path)
    placements = tp_e2e.journey_of(saved, journey["id"])["placements"]
    check(len(placements) == len(journey["placements"]) + 1,
          f"saved, the file has {len(placements)} placements (was {len(journey['placements'])})")
    new = placements[0]
    check(new["card"] == card["id"], f"the first stop is {new['card']}, not the dragged card")
    check(0 <= new["x"] <= plan["width"] and 0 <= new["y"] <= plan["height"],
          f"the new stop ({new['x']}, {new['y']}) is not on the plan")
    check(new["dwell"] > 0, "the new stop has no time spent")
    check(placements[1:] == journey["placements"], "the other stops changed")
    placed_text = open(path, encoding="utf-8").read()

    # One undo step takes it off again: saved, the file is the original.
    s.key("ctrl+z")
    s.find(f"{CARD_TITLE}, Arrive · Not placed", "list item", timeout=10)
    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != placed_text, 10,
                    "the file to be saved again")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    with open(path, encoding="utf-8") as f:
        check(f.read() == original_text, "after undo the saved file is not the original")


if __name__ == "__main__":
    tp_e2e.run("store-place", scenario)
