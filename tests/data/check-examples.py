#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the example projects in data/examples/ against docs/FORMAT.md and
data/touchpoint.schema.json, and that together they show every feature of
the model (so that they stay a complete showcase and test corpus).

Usage: check-examples.py SCHEMA EXAMPLE...
"""

import json
import re
import sys

import jsonschema

ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
COLOR_RE = re.compile(r"^#[0-9a-f]{6}$")

ORDER = {
    "project": ["format", "version", "generator", "title", "description",
                "personas", "floor_plans", "journeys"],
    "persona": ["id", "name", "description", "goals", "frustrations", "color"],
    "journey": ["id", "title", "persona", "floor_plan", "state", "lens", "notes",
                "phases", "lanes", "cards", "connections", "placements"],
    "phase": ["id", "title", "description", "color"],
    "lane": ["id", "kind", "title", "hidden_in_map", "hidden_in_blueprint"],
    "card": ["id", "kind", "phase", "lane", "title", "description", "tags",
             "evidence", "moment_that_matters"],
    "touchpoint": ["channel", "type", "department", "metrics"],
    "metric": ["kind", "label", "value", "unit"],
    "connection": ["id", "from", "to", "kind", "label"],
    "floor_plan": ["id", "name", "width", "height", "image", "zones"],
    "zone": ["id", "name", "kind", "shape"],
    "placement": ["id", "card", "x", "y", "dwell"],
}

EVERY = {
    "lane kind": "activity thoughts feelings touchpoints channels pain_points opportunities "
                 "evidence frontstage backstage support metrics text",
    "card kind": "activity thought emotion touchpoint channel pain_point opportunity evidence "
                 "frontstage backstage support metric note",
    "channel": "web mobile_app store phone email social word_of_mouth chat mail print tv "
               "event partner other",
    "touchpoint type": "peripheral external internal",
    "metric kind": "conversion_rate time_spent drop_off_rate csat nps repeat_purchase_rate custom",
    "connection kind": "flow triggers depends_on",
    "zone kind": "entrance decompression aisle display fitting_room checkout exit staff_only "
                 "seating other",
    "zone shape": "rect polygon",
    "journey state": "current future",
    "evidence": "observed assumed proposed",
}

KIND_OBJECT = {"touchpoint": "touchpoint", "emotion": "emotion",
               "pain_point": "pain", "opportunity": "opportunity"}

problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def check_order(where, obj, what):
    keys = list(obj.keys())
    expected = ORDER[what]
    if what == "card":
        expected = expected + [KIND_OBJECT[obj["kind"]]] if obj["kind"] in KIND_OBJECT else expected
    if what == "zone":
        expected = expected + (["rect"] if obj.get("shape") == "rect" else ["points"])
    # Optional members, written only when set (docs/FORMAT.md).
    if what == "journey" and "current_state" in obj:
        expected = expected[:expected.index("state") + 1] + ["current_state"] + \
            expected[expected.index("state") + 1:]
    if what == "persona" and "photo" in obj:
        expected = expected + ["photo"]
    if keys != expected:
        problem(where, f"members are {keys}, expected {expected}")


def check_file(path, schema, seen):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if not text.endswith("}\n") or text.endswith("\n\n"):
        problem(path, "must end with exactly one newline")
    if "\r" in text or "\t" in text:
        problem(path, "must use \\n line ends and spaces")
    doc = json.loads(text)
    if json.dumps(doc, indent=2, ensure_ascii=False) + "\n" != text:
        problem(path, "is not written with 2-space indentation in the canonical layout")

    validator = jsonschema.validators.validator_for(schema)(schema)
    for error in validator.iter_errors(doc):
        problem(path, f"schema: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}")

    ids = set()

    def add_id(where, ident):
        if not isinstance(ident, str) or not ID_RE.match(ident):
            problem(where, f"bad id {ident!r}")
        elif ident in ids:
            problem(where, f"duplicate id {ident!r}")
        ids.add(ident)

    check_order(path, doc, "project")
    personas = set()
    for i, p in enumerate(doc["personas"]):
        w = f"{path}: personas[{i}]"
        check_order(w, p, "persona")
        add_id(w, p["id"])
        personas.add(p["id"])
        if not COLOR_RE.match(p["color"]):
            problem(w, "colour must be #rrggbb, lowercase")
        if p["goals"] and p["frustrations"]:
            seen["persona goals and frustrations"] = True
    plans = {}
    for i, fp in enumerate(doc["floor_plans"]):
        w = f"{path}: floor_plans[{i}]"
        check_order(w, fp, "floor_plan")
        add_id(w, fp["id"])
        plans[fp["id"]] = fp
        if fp["image"] is not None:
            seen["floor plan image"] = True
        for j, z in enumerate(fp["zones"]):
            check_order(f"{w}.zones[{j}]", z, "zone")
            add_id(f"{w}.zones[{j}]", z["id"])
            seen["zone kind"].add(z["kind"])
            seen["zone shape"].add(z["shape"])
    for i, jn in enumerate(doc["journeys"]):
        w = f"{path}: journeys[{i}]"
        check_order(w, jn, "journey")
        add_id(w, jn["id"])
        seen["journey state"].add(jn["state"])
        seen["lens"].add(jn["lens"])
        if jn["persona"] is None:
            seen["journey without persona"] = True
        elif jn["persona"] not in personas:
            problem(w, f"unknown persona {jn['persona']!r}")
        if jn["floor_plan"] is not None and jn["floor_plan"] not in plans:
            problem(w, f"unknown floor plan {jn['floor_plan']!r}")
        phases, lanes, cards = set(), set(), set()
        for j, ph in enumerate(jn["phases"]):
            check_order(f"{w}.phases[{j}]", ph, "phase")
            add_id(f"{w}.phases[{j}]", ph["id"])
            phases.add(ph["id"])
        for j, ln in enumerate(jn["lanes"]):
            check_order(f"{w}.lanes[{j}]", ln, "lane")
            add_id(f"{w}.lanes[{j}]", ln["id"])
            lanes.add(ln["id"])
            seen["lane kind"].add(ln["kind"])
            if ln["hidden_in_map"] or ln["hidden_in_blueprint"]:
                seen["hidden lane"] = True
        if not 25 <= len(jn["cards"]) <= 60:
            problem(w, f"has {len(jn['cards'])} cards; an example journey has 25 to 60")
        for j, c in enumerate(jn["cards"]):
            cw = f"{w}.cards[{j}]"
            check_order(cw, c, "card")
            add_id(cw, c["id"])
            cards.add(c["id"])
            if c["phase"] not in phases or c["lane"] not in lanes:
                problem(cw, "phase or lane is not in the same journey")
            seen["card kind"].add(c["kind"])
            seen["evidence"].add(c["evidence"])
            if c["moment_that_matters"]:
                seen["moment that matters"] = True
            if c["tags"]:
                seen["tags"] = True
            if "touchpoint" in c:
                check_order(cw + ".touchpoint", c["touchpoint"], "touchpoint")
                seen["channel"].add(c["touchpoint"]["channel"])
                seen["touchpoint type"].add(c["touchpoint"]["type"])
                for k, m in enumerate(c["touchpoint"]["metrics"]):
                    check_order(f"{cw}.touchpoint.metrics[{k}]", m, "metric")
                    seen["metric kind"].add(m["kind"])
        for j, cn in enumerate(jn["connections"]):
            check_order(f"{w}.connections[{j}]", cn, "connection")
            add_id(f"{w}.connections[{j}]", cn["id"])
            seen["connection kind"].add(cn["kind"])
            if cn["from"] not in cards or cn["to"] not in cards:
                problem(f"{w}.connections[{j}]", "connects a card of another journey")
        for j, pl in enumerate(jn["placements"]):
            pw = f"{w}.placements[{j}]"
            check_order(pw, pl, "placement")
            add_id(pw, pl["id"])
            seen["placement"] = True
            if pl["card"] not in cards:
                problem(pw, "places a card of another journey")
            fp = plans.get(jn["floor_plan"])
            if fp is None or not (0 <= pl["x"] <= fp["width"] and 0 <= pl["y"] <= fp["height"]):
                problem(pw, "is not on the journey's floor plan")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    seen = {k: set() for k in EVERY}
    seen["lens"] = set()
    for path in sys.argv[2:]:
        check_file(path, schema, seen)
    for what, values in EVERY.items():
        missing = set(values.split()) - seen[what]
        if missing:
            problem("examples", f"no {what} {', '.join(sorted(missing))} in any example")
    if len(seen["lens"]) < 4:
        problem("examples", "the examples should use several lenses")
    for flag in ("persona goals and frustrations", "floor plan image", "journey without persona",
                 "hidden lane", "moment that matters", "tags", "placement"):
        if not seen.get(flag):
            problem("examples", f"no {flag} in any example")
    for p in problems:
        print(p)
    print(f"{len(sys.argv) - 2} examples, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
