#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open an example, click a card, retitle it in the inspector, save, quit;
the file holds the new title and nothing else changed."""


import tp_e2e
from tp_e2e import check, center

NEW_TITLE = "Compares three hotels near the venue"


def scenario(s):
    path = s.copy_example("hotel-booking.touchpoint")
    before = tp_e2e.load_project(path)

    s.launch(path)
    s.maximize()
    g = s.wait_geometry(lambda g: tp_e2e.visible_cards(g), "the map with its cards")
    journey_id = g["journey"]
    card = tp_e2e.visible_cards(g)[0]

    s.click(*center(card["rect"]))
    s.wait_geometry(lambda g: any(c["id"] == card["id"] and c["selected"] for c in g["cards"]),
                    "the clicked card to be selected")

    inspector = s.find("Inspector")
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
    after = tp_e2e.load_project(path)

    expected = before
    for c in tp_e2e.journey_of(expected, journey_id)["cards"]:
        if c["id"] == card["id"]:
            c["title"] = NEW_TITLE
    check(after["journeys"] == expected["journeys"],
          "the saved journeys differ from the original by more than the one title")
    check(after["title"] == before["title"], "the project title changed")


if __name__ == "__main__":
    tp_e2e.run("edit-save", scenario)
