#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The hotel example: "Add Persona" and name it in the inspector; "Add Journey"
(the map shows the new journey); View ▸ Show Phase Figures by its key grows
the phase headers by the band of figures; save; quit. The file holds the
new persona with its name and the new journey, the old ones untouched, and
nothing of the figures (a way of looking, not in the file)."""


import tp_e2e
from tp_e2e import check

PERSONA = "Ola, weekend guest"


def header_height(g):
    return g["phases"][0]["rect"][3]


def scenario(s):
    path = s.copy_example("hotel-booking.touchpoint")
    before = tp_e2e.load_project(path)

    s.launch(path)
    s.maximize()
    g = s.wait_geometry(lambda g: tp_e2e.visible_cards(g), "the map with its cards")
    first_journey = g["journey"]

    # Add Persona: the inspector edits it; its name is typed there.
    s.click_widget("Add Persona", "push button")
    inspector = s.find("Inspector")
    s.click_widget("Name", "text", within=inspector)
    s.key("ctrl+a")
    s.type(PERSONA)
    s.key("Return")

    # Add Journey: a new journey from the default template, shown on the map.
    s.click_widget("Add Journey", "push button")
    g = s.wait_geometry(lambda g: g["journey"] not in (None, first_journey) and g["phases"],
                        "the new journey on the map")
    new_journey = g["journey"]
    plain = header_height(g)

    # The figures of each phase under its header, by the View menu's key.
    s.key("ctrl+shift+f")
    g = s.wait_geometry(lambda g: header_height(g) > plain + 40,
                        "the phase headers to grow by the figures")
    s.screenshot("figures")

    s.key("ctrl+s")
    tp_e2e.wait_for(lambda: PERSONA in open(path, encoding="utf-8").read(), 10,
                    "the file to be saved with the new persona")
    s.key("ctrl+q")
    s.wait_exit()

    r = s.run_cli("--validate", path)
    check(r.returncode == 0, f"the saved file does not validate: {r.stdout}{r.stderr}")
    after = tp_e2e.load_project(path)
    names = [p.get("name") for p in after["personas"]]
    check(len(after["personas"]) == len(before["personas"]) + 1,
          f"the file has {len(after['personas'])} personas, not {len(before['personas']) + 1}")
    check(PERSONA in names, f"the new persona is not named “{PERSONA}”: {names}")
    check(after["personas"][:len(before["personas"])] == before["personas"],
          "the personas that were there changed")
    ids = [j["id"] for j in after["journeys"]]
    check(len(ids) == len(before["journeys"]) + 1 and new_journey in ids,
          "the added journey is not in the file")
    check(after["journeys"][:len(before["journeys"])] == before["journeys"],
          "the journeys that were there changed")
    text = open(path, encoding="utf-8").read()
    check("rollup" not in text and "figures" not in text,
          "showing the figures of each phase wrote something into the file")


if __name__ == "__main__":
    tp_e2e.run("personas", scenario)
