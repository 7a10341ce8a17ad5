#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the clothing store's visit in the store flow and line its plan's
picture up the way a user of a design tool does: M (Move Picture), a drag
with the mouse, then the arrow keys; then draw a zone with the keyboard
alone: P, the arrows move a cursor, Enter puts each corner, Enter on the
first corner closes it, its name typed. Saved, the file has the picture
where it was moved to and the new square zone at the cursor's corners,
and everything else as it was; it validates."""

import json

import tp_e2e
from tp_e2e import check


def near(a, b, tolerance):
    return abs(a - b) <= tolerance


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
    g = s.wait_store(lambda g: g["zones"] and g["picture"] and g["pixels_per_metre"] > 10,
                     "the store flow with its picture to be drawn")
    before = len(g["zones"])
    x0, y0 = g["picture"][0], g["picture"][1]

    # M, then a drag with the mouse over the plan: the picture goes as far as the pointer.
    s.key("m")
    g = s.wait_store(lambda g: g["tool"] == "move-picture", "the Move Picture tool")
    s.step("drag the picture")
    s.drag(tp_e2e.plan_point(g, 6.0, 6.0), tp_e2e.plan_point(g, 8.0, 7.0))
    px = 1.5 / g["pixels_per_metre"]
    g = s.wait_store(lambda g: near(g["picture"][0], x0 + 2.0, px) and near(g["picture"][1], y0 + 1.0, px),
                     "the picture to be moved by the drag")
    dragged = g["picture"][:2]
    # An arrow key: one grid step more to the right.
    step = g["grid_step"]
    s.key("Right")
    g = s.wait_store(lambda g: near(g["picture"][0], dragged[0] + step, 1e-6),
                     "the picture to be moved by the arrow key")
    moved = g["picture"][:2]
    s.key("Escape")
    g = s.wait_store(lambda g: g["tool"] == "select", "the Select tool again")

    # P and the keyboard alone: a square of four grid steps from the cursor's first place.
    s.key("p")
    s.wait_store(lambda g: g["tool"] == "polygon", "the polygon tool")
    s.key("Right")
    s.key("Left")
    g = s.wait_store(lambda g: g["key_cursor"] is not None, "the keyboard's cursor")
    cx, cy = g["key_cursor"]
    s.step("draw a square with the keys")
    s.key("Return")
    s.wait_store(lambda g: g["drawn_corners"] == 1, "the first corner")
    for keys, n in (("Right", 2), ("Down", 3), ("Left", 4)):
        for _ in range(4):
            s.key(keys)
        s.key("Return")
        s.wait_store(lambda g, n=n: g["drawn_corners"] == n, f"corner {n}")
    for _ in range(4):
        s.key("Up")
    s.key("Return")
    g = s.wait_store(lambda g: len(g["zones"]) == before + 1 and g["renaming"],
                     "Enter on the first corner to close the zone, open for its name")
    check(g["tool"] == "select" and g["key_cursor"] is None,
          f"after closing, the tool is {g['tool']} and the cursor {g['key_cursor']}")
    s.type("Keyboard square")
    s.key("Return")
    s.wait_store(lambda g: any(z["name"] == "Keyboard square" for z in g["zones"])
                 and not g["renaming"], "the zone to be named")

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: open(path, encoding="utf-8").read() != original_text, 10,
                    "the file to be saved")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    saved = tp_e2e.load_project(path)
    plan = saved["floor_plans"][0]
    image = plan["image"]
    check(near(image.get("x", 0), moved[0], 1e-6) and near(image.get("y", 0), moved[1], 1e-6),
          f"saved, the picture is at ({image.get('x')}, {image.get('y')}), not {moved}")
    zones = plan["zones"]
    check(len(zones) == before + 1, f"saved, the plan has {len(zones)} zones, not {before + 1}")
    check(zones[:before] == plan_before["zones"], "saved, the plan's other zones changed")
    square = zones[-1]
    d = 4 * step
    expected = [[cx, cy], [cx + d, cy], [cx + d, cy + d], [cx, cy + d]]
    check(square["name"] == "Keyboard square" and square["shape"] == "polygon"
          and len(square["points"]) == 4
          and all(near(a, b, 1e-6) for p, q in zip(square["points"], expected) for a, b in zip(p, q)),
          f"the zone drawn with the keys is {square}, not a polygon with corners {expected}")

    # Nothing else of the file changed.
    plan["zones"] = plan_before["zones"]
    for member in ("x", "y"):
        image.pop(member, None)
    saved.pop("generator", None)
    original.pop("generator", None)
    check(saved == original, "saved, something besides the picture's place and the new zone changed")


if __name__ == "__main__":
    tp_e2e.run("store-plan-keys", scenario)
