#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new map from the "Five phases" template on the start page; add a phase
and a lane with the "Add Phase" and "Add Lane" buttons; put a card into two
empty cells (click the cell, click the palette, type the title, Enter); save
through the file chooser by typing a path; quit. The file validates and holds
six phases, the new lane, and the two cards in their cells with their titles."""

import os

import tp_e2e
from tp_e2e import check, center

TEMPLATE = "New project from the template “Five phases”"
CARDS = [
    # (palette button, title, which cell: "new-phase" or "new-lane")
    ("Add Pain point card", "Cannot find the size chart", "new-phase"),
    ("Add Opportunity card", "Offer a fitting at home", "new-lane"),
]


def cell_of(g, phase_id, lane_id):
    for cell in g["cells"]:
        if cell["phase"] == phase_id and cell["lane"] == lane_id:
            return cell
    raise tp_e2e.Failure(f"no cell ({phase_id}, {lane_id}) on the map")


def cards_in(g, phase_id, lane_id):
    return [c for c in g["cards"] if c["phase"] == phase_id and c["lane"] == lane_id]


def on_screen(g, rect):
    x, y = center(rect)
    cx, cy, cw, ch = g["content"]["rect"]
    return cx + 8 <= x <= cx + cw - 8 and cy + 8 <= y <= cy + ch - 8


def scenario(s):
    target = s.path("made-from-template.touchpoint")

    s.launch()
    s.maximize()
    s.click_widget(TEMPLATE, "push button")
    g = s.wait_geometry(lambda g: len(g["phases"]) == 5, "the template's map of five phases")
    phases0 = [p["id"] for p in g["phases"]]
    lanes0 = [lane["id"] for lane in g["lanes"]]

    s.click_widget("Add Phase", "push button")
    g = s.wait_geometry(lambda g: len(g["phases"]) == 6, "a sixth phase on the map")
    new_phase = [p["id"] for p in g["phases"] if p["id"] not in phases0][0]

    s.click_widget("Add Lane", "push button")
    g = s.wait_geometry(lambda g: len(g["lanes"]) == len(lanes0) + 1, "the new lane on the map")
    new_lane = [lane["id"] for lane in g["lanes"] if lane["id"] not in lanes0][0]

    # Two empty cells: the new phase in the first lane, the new lane in the first phase.
    cells = {"new-phase": (new_phase, lanes0[0]), "new-lane": (phases0[0], new_lane)}
    for palette_button, title, which in CARDS:
        phase_id, lane_id = cells[which]
        # Zoom out until the cell is on screen (a new phase or lane may be past the edge).
        for _ in range(6):
            g = s.geometry()
            if on_screen(g, cell_of(g, phase_id, lane_id)["rect"]):
                break
            s.key("ctrl+minus")
            s.wait_geometry(lambda h, z=g["zoom"]: h["zoom"] < z, "the map to zoom out")
        g = s.geometry()
        check(not cards_in(g, phase_id, lane_id), f"the cell for “{title}” is not empty")
        s.click(*center(cell_of(g, phase_id, lane_id)["rect"]))
        s.click_widget(palette_button, "push button")
        # The new card waits for its title, in place.
        s.wait_geometry(lambda g: len(cards_in(g, phase_id, lane_id)) == 1,
                        f"a card in the clicked cell ({which})")
        s.type(title)
        s.key("Return")
        s.wait_geometry(lambda g: [c["title"] for c in cards_in(g, phase_id, lane_id)] == [title],
                        f"the card “{title}” in the clicked cell")

    # Save as: the file chooser, a typed path.
    s.key("ctrl+s")
    s.find("Save Project", None, timeout=10)
    s.key("ctrl+a")
    s.type(target)
    s.key("Return")
    tp_e2e.wait_for(lambda: os.path.exists(target), 10, "the file to be saved")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", target)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    project = tp_e2e.load_project(target)
    check(len(project["journeys"]) == 1, "the template has one journey")
    journey = project["journeys"][0]
    phase_ids = [p["id"] for p in journey["phases"]]
    lane_ids = [lane["id"] for lane in journey["lanes"]]
    check(len(phase_ids) == 6, f"the file has {len(phase_ids)} phases, not 6")
    check(new_phase in phase_ids, "the added phase is not in the file")
    check(new_lane in lane_ids and len(lane_ids) == len(lanes0) + 1, "the added lane is not in the file")
    for palette_button, title, which in CARDS:
        phase_id, lane_id = cells[which]
        found = [c for c in journey["cards"] if c["title"] == title]
        check(len(found) == 1, f"the file has {len(found)} cards titled “{title}”")
        check((found[0]["phase"], found[0]["lane"]) == (phase_id, lane_id),
              f"“{title}” is in ({found[0]['phase']}, {found[0]['lane']}), not in ({phase_id}, {lane_id})")


if __name__ == "__main__":
    tp_e2e.run("template", scenario)
