#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""With a map open, drag a .touchpoint file from another application (a
small GTK drag source standing in for the file manager) and drop it on the
map: the dropped project opens."""

import json
import os
import shutil
import sys
import time

import tp_e2e
from tp_e2e import center


def scenario(s):
    examples = os.path.join(s.args.source_root, "data", "examples")
    opened = s.path("hotel-booking.touchpoint")
    dropped = s.path("clothing-store-visit.touchpoint")
    shutil.copy(os.path.join(examples, "hotel-booking.touchpoint"), opened)
    shutil.copy(os.path.join(examples, "clothing-store-visit.touchpoint"), dropped)
    with open(dropped, encoding="utf-8") as f:
        dropped_title = json.load(f)["title"]

    s.launch(opened)
    s.maximize()
    g = s.wait_geometry(lambda g: tp_e2e.visible_cards(g), "the map")

    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "file_source.py")
    _, window = s.launch_helper("file-source", [sys.executable, source, dropped, "Files"])
    # The source sits over the lower right of the map, the drop lands in its middle.
    s.xdo("windowmove", "--sync", window, "1250", "820")
    s.xdo("windowactivate", "--sync", window)
    time.sleep(0.3)
    out = s.xdo_out("getwindowgeometry", "--shell", window)
    v = dict(line.split("=", 1) for line in out.split() if "=" in line)
    start = center([int(v["X"]), int(v["Y"]), int(v["WIDTH"]), int(v["HEIGHT"])])
    x, y, w, h = g["content"]["rect"]
    end = (int(x + w * 0.4), int(y + h * 0.4))
    s.drag(start, end, steps=20)
    # Dropped on the map, not on anything else of the window.
    tp_e2e.check(s.xdo_out("getmouselocation").startswith(f"x:{end[0]} y:{end[1]} "),
                 "the pointer is not where the drop was meant to be")

    tp_e2e.wait_for(lambda: s.windows_named(dropped_title), 10,
                    f"a window showing the dropped project “{dropped_title}”")


if __name__ == "__main__":
    tp_e2e.run("file-drop", scenario)
