#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the hotel example, switch to its service blueprint journey, click a
card so that its handle shows, and drag with the mouse from the handle onto
another card: a new arrow joins them, selected. Saved, the file has the new
flow connection and is otherwise what it was. Delete removes the arrow, and
saved again the file is the original, byte for byte."""

import json

import tp_e2e
from tp_e2e import check


def blueprint_geometry(s):
    """What the blueprint last drew (its own file beside the map's), in screen
    coordinates, or None."""
    try:
        with open(s.geometry_path + "-blueprint", encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, ValueError):
        return None
    ox, oy = s.window_origin()
    vx, vy, vw, vh = g["view"]
    g["view"] = [vx + ox, vy + oy, vw, vh]
    for item in g["cards"] + g["connections"]:
        for key in ("centre", "handle", "middle", "head"):
            if key in item:
                item[key] = [item[key][0] + ox, item[key][1] + oy]
    return g


def wait_blueprint(s, predicate, what, timeout=10):
    def probe():
        s.check_alive()
        g = blueprint_geometry(s)
        return g if g is not None and predicate(g) else None
    return tp_e2e.wait_for(probe, timeout, what)


def on_screen(g, point, margin=30):
    vx, vy, vw, vh = g["view"]
    x, y = point
    return vx + margin <= x <= vx + vw - margin and vy + margin <= y <= vy + vh - margin


def pick_pair(g):
    """Two cards on screen, handle included, with no arrow between them."""
    joined = {(c["from"], c["to"]) for c in g["connections"]}
    joined |= {(b, a) for a, b in joined}
    cards = [c for c in g["cards"]
             if "handle" in c and on_screen(g, c["centre"]) and on_screen(g, c["handle"])]
    for a in cards:
        for b in cards:
            if a["id"] != b["id"] and (a["id"], b["id"]) not in joined:
                return a, b
    raise tp_e2e.Failure("not two unconnected cards on screen in the blueprint")


def scenario(s):
    path = s.copy_example("hotel-booking.touchpoint")
    with open(path, encoding="utf-8") as f:
        original_text = f.read()
    original = json.loads(original_text)
    blueprint_id = original["journeys"][1]["id"]

    s.launch(path)
    s.maximize()
    s.wait_geometry(lambda g: tp_e2e.visible_cards(g), "the first journey's map")

    # The example's second journey is a service blueprint: it opens in that view.
    s.click_widget("Journey", "combo box")
    s.key("Down")
    s.key("Return")
    g = wait_blueprint(s, lambda g: g["journey"] == blueprint_id and g["cards"],
                       "the service blueprint to be drawn")
    source, target = pick_pair(g)
    before = len(g["connections"])

    # Click the card: selected (or pointed at), it shows its handle. Where the
    # handle is drawn is read again once the selection is drawn, then the drag
    # goes from just inside it onto the other card.
    s.click(*source["centre"])
    g = wait_blueprint(s, lambda g: any(c["id"] == source["id"] and c["selected"] for c in g["cards"]),
                       "the first card to be selected")
    source = [c for c in g["cards"] if c["id"] == source["id"]][0]
    target = [c for c in g["cards"] if c["id"] == target["id"]][0]
    s.drag((source["handle"][0] - 2, source["handle"][1]), target["centre"])

    def joined(g):
        return any(c["from"] == source["id"] and c["to"] == target["id"] for c in g["connections"])
    try:
        g = wait_blueprint(s, joined, "an arrow from the first card to the second", timeout=5)
    except tp_e2e.Failure:
        g = blueprint_geometry(s) or {"connections": []}
        raise tp_e2e.Failure(f"after the drag from {source['id']} to {target['id']} the blueprint has "
                             f"{len(g['connections'])} arrows (was {before}), none between them")
    new = [c for c in g["connections"] if c["from"] == source["id"] and c["to"] == target["id"]][0]
    check(new["selected"], "the new arrow is not selected")
    check(len(g["connections"]) == before + 1, "the drag added more than one arrow")

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != original_text, 10, "the file to be saved")
    saved = tp_e2e.load_project(path)
    connections = tp_e2e.journey_of(saved, blueprint_id)["connections"]
    made = [c for c in connections if c["from"] == source["id"] and c["to"] == target["id"]]
    check(len(made) == 1, f"saved, the file has {len(made)} arrows from {source['id']} to {target['id']}")
    check(made[0].get("kind") == "flow", f"the new arrow is a {made[0].get('kind')}, not a flow")
    check(len(connections) == len(tp_e2e.journey_of(original, blueprint_id)["connections"]) + 1,
          "saved, the file has other new or lost arrows")
    connected_text = open(path, encoding="utf-8").read()

    # Delete, with the arrow selected, removes it: saved, the file is the original.
    s.key("Delete")
    wait_blueprint(s, lambda g: not joined(g), "the arrow to be deleted")
    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != connected_text, 10,
                    "the file to be saved again")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    with open(path, encoding="utf-8") as f:
        check(f.read() == original_text, "after deleting the arrow the saved file is not the original")


if __name__ == "__main__":
    tp_e2e.run("blueprint-connect", scenario)
