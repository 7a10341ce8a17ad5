#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the clothing store's visit in the store flow and draw on its plan
with the mouse: the Rectangle Zone button, a drag from corner to corner,
the new zone's name typed in place; then P, four corners clicked and a
double click on the last one, and its name typed; then a third outline
with a corner taken back (Backspace), closed with Enter, left unnamed
(Escape) and deleted. Saved, the file has the
two new zones where they were drawn (snapped to the 0.5 m grid), with
their names, and everything else as it was; it validates."""

import json

import tp_e2e
from tp_e2e import check


def scenario(s):
    path = s.copy_example("clothing-store-visit.touchpoint")
    with open(path, encoding="utf-8") as f:
        original_text = f.read()
    original = json.loads(original_text)
    plan_before = original["floor_plans"][0]

    s.launch(path)
    s.maximize()
    # The plan opens fitted to the window it first had; the drawing below is measured at 100 %
    # (Ctrl+0), where the snapping reaches as far as the file's expectations say, with the plan's
    # top-left corner scrolled into view (the wheel, left and up).
    g = s.wait_store(lambda g: g["zones"], "the store flow to be drawn")
    s.key("ctrl+0")
    g = s.wait_store(lambda g: g["zoom"] == 1.0, "the store flow at 100 %")
    s.move(*tp_e2e.center(g["view"]))
    for _ in range(12):
        s.xdo("click", "6")
        s.xdo("click", "4")
    s.wait_store(lambda g: g["origin"][0] >= g["view"][0] and g["origin"][1] >= g["view"][1],
                 "the plan's top-left corner in view")
    # The store visit opens in the store flow, its plan drawn whole.
    g = s.wait_store(lambda g: g["zones"] and g["pixels_per_metre"] > 10,
                     "the store flow to be drawn")
    before = len(g["zones"])
    check(before == len(plan_before["zones"]), f"the plan shows {before} zones, the file has "
          f"{len(plan_before['zones'])}")

    # The rectangle tool, from the tool bar over the plan; a drag over free floor
    # between the main aisle and the knitwear island.
    s.click_widget("Rectangle Zone", "push button")
    s.wait_store(lambda g: g["tool"] == "rectangle", "the rectangle tool")
    g = s.store_geometry()
    s.step("drag a rectangle")
    s.drag(tp_e2e.plan_point(g, 13.7, 3.7), tp_e2e.plan_point(g, 16.8, 5.3))
    g = s.wait_store(lambda g: len(g["zones"]) == before + 1 and g["renaming"],
                     "a new zone, open for its name")
    check(g["tool"] == "select", f"after drawing, the tool is {g['tool']}")
    s.type("Sale rack")
    s.key("Return")
    # Where the plan is now: naming in place may have scrolled the view to show its entry.
    g = s.wait_store(lambda g: any(z["name"] == "Sale rack" for z in g["zones"])
                     and not g["renaming"], "the rectangle to be named")

    # The polygon tool from the keyboard; four corners over the floor under the
    # stockroom, the last one double-clicked.
    s.key("p")
    s.wait_store(lambda g: g["tool"] == "polygon", "the polygon tool")
    corners = [(4.2, 6.2), (8.8, 5.8), (9.6, 7.6), (6.2, 8.4)]
    for i, (x, y) in enumerate(corners[:-1]):
        s.click(*tp_e2e.plan_point(g, x, y))
        s.wait_store(lambda g, n=i + 1: g["drawn_corners"] == n, f"corner {i + 1}")
    s.step("double-click the last corner")
    s.move(*tp_e2e.plan_point(g, *corners[-1]))
    s.xdo("click", "--repeat", "2", "--delay", "80", "1")
    g = s.wait_store(lambda g: len(g["zones"]) == before + 2 and g["renaming"],
                     "the polygon to be closed, open for its name")
    check(g["drawn_corners"] == 0, "corners are left over after closing the polygon")
    s.type("Fitting queue")
    s.key("Return")
    s.wait_store(lambda g: any(z["name"] == "Fitting queue" for z in g["zones"]),
                 "the polygon to be named")

    # A third outline, keys only after the clicks: Backspace takes back a stray corner, Enter
    # closes it, Escape leaves it unnamed, Delete removes it again.
    s.key("p")
    s.wait_store(lambda g: g["tool"] == "polygon", "the polygon tool again")
    for i, (x, y) in enumerate([(14.2, 12.2), (15.8, 12.2), (23.0, 15.5)]):
        s.click(*tp_e2e.plan_point(g, x, y))
        s.wait_store(lambda g, n=i + 1: g["drawn_corners"] == n, f"corner {i + 1} of the third")
    s.key("BackSpace")
    s.wait_store(lambda g: g["drawn_corners"] == 2, "the stray corner to be taken back")
    s.click(*tp_e2e.plan_point(g, 15.8, 13.8))
    s.click(*tp_e2e.plan_point(g, 14.2, 13.8))
    s.wait_store(lambda g: g["drawn_corners"] == 4, "four corners")
    s.key("Return")
    g = s.wait_store(lambda g: len(g["zones"]) == before + 3 and g["renaming"],
                     "Enter to close the third zone")
    s.key("Escape")
    g = s.wait_store(lambda g: not g["renaming"], "the name to be left as it was")
    third = g["zones"][-1]
    check(third["selected"] and third["corners"] == 4 and third["name"] == "",
          f"the third zone is {third}, not a selected, unnamed four-cornered zone")
    s.key("Delete")
    s.wait_store(lambda g: len(g["zones"]) == before + 2, "the third zone to be deleted")

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != original_text, 10,
                    "the file to be saved")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    saved = tp_e2e.load_project(path)
    zones = saved["floor_plans"][0]["zones"]
    check(len(zones) == before + 2, f"saved, the plan has {len(zones)} zones, not {before + 2}")
    check(zones[:before] == plan_before["zones"], "saved, the plan's other zones changed")

    rect = [z for z in zones if z["name"] == "Sale rack"]
    check(len(rect) == 1, f"saved, {len(rect)} zones are named Sale rack")
    rect = rect[0]
    check(rect["shape"] == "rect", f"the rectangle was saved as a {rect['shape']}")
    r = rect["rect"]
    check(abs(r["x"] - 13.5) < 1e-6 and abs(r["y"] - 3.5) < 1e-6
          and abs(r["width"] - 3.5) < 1e-6 and abs(r["height"] - 2.0) < 1e-6,
          f"the rectangle is {r}, not 3.5 × 2 m at (13.5, 3.5) as drawn and snapped")

    poly = [z for z in zones if z["name"] == "Fitting queue"]
    check(len(poly) == 1, f"saved, {len(poly)} zones are named Fitting queue")
    poly = poly[0]
    check(poly["shape"] == "polygon", f"the polygon was saved as a {poly['shape']}")
    expected = [[4.0, 6.0], [9.0, 6.0], [9.5, 7.5], [6.0, 8.5]]
    check(len(poly["points"]) == 4
          and all(abs(a - b) < 1e-6 for p, q in zip(poly["points"], expected) for a, b in zip(p, q)),
          f"the polygon's corners are {poly['points']}, not {expected} as clicked and snapped")

    # Nothing else of the file changed.
    saved["floor_plans"][0]["zones"] = plan_before["zones"]
    saved.pop("generator", None)
    original.pop("generator", None)
    check(saved == original, "saved, something besides the two new zones changed")


if __name__ == "__main__":
    tp_e2e.run("store-zones", scenario)
