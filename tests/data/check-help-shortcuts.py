#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every shortcut in the app's shortcuts window
(src/ui/tp-shortcuts.ui) is documented in help/C/keyboard-shortcuts.page,
so that the help does not drift from the app.

Usage: check-help-shortcuts.py HELP-OVERLAY.ui KEYBOARD-SHORTCUTS.page
"""

import re
import sys
import xml.etree.ElementTree as ET

MALLARD = "{http://projectmallard.org/1.0/}"

# GTK key names → what the help page writes in <key>.
KEY_NAMES = {
    "Control": "Ctrl", "Primary": "Ctrl", "Shift": "Shift", "Alt": "Alt",
    "plus": "+", "equal": "=", "minus": "−", "question": "?", "Return": "Enter",
    "KP_Enter": "Enter", "Escape": "Esc", "Delete": "Delete", "Left": "←",
    "Right": "→", "Up": "↑", "Down": "↓", "Page_Up": "Page Up",
    "Page_Down": "Page Down", "space": "Space", "Home": "Home", "End": "End",
    "BackSpace": "Backspace", "Tab": "Tab", "percent": "%",
}


def parse_accel(accel):
    mods = re.findall(r"<([^>]+)>", accel)
    key = re.sub(r"<[^>]+>", "", accel)
    keys = [KEY_NAMES.get(m, m) for m in mods]
    keys.append(KEY_NAMES.get(key, key.upper() if len(key) == 1 else key))
    return frozenset(keys)


def parse_range(accel):
    """GtkShortcutsShortcut's "1...9": documented when both ends are."""
    first, last = accel.split("...")
    return [parse_accel(first), parse_accel(last)]


def overlay_shortcuts(path):
    found = []
    for obj in ET.parse(path).iter("object"):
        if obj.get("class") != "GtkShortcutsShortcut":
            continue
        props = {p.get("name"): (p.text or "") for p in obj.findall("property")}
        if "accelerator" in props:
            for accel in props["accelerator"].split():
                keys = parse_range(accel) if "..." in accel else [parse_accel(accel)]
                found.append((props.get("title", "?"), accel, keys))
    return found


def page_shortcuts(path):
    documented = set()
    root = ET.parse(path).getroot()
    for p in root.iter(MALLARD + "p"):
        for seq in p.findall(MALLARD + "keyseq"):
            documented.add(frozenset(k.text for k in seq.findall(MALLARD + "key")))
        for key in p.findall(MALLARD + "key"):
            documented.add(frozenset([key.text]))
    return documented


def main():
    shortcuts = overlay_shortcuts(sys.argv[1])
    documented = page_shortcuts(sys.argv[2])
    missing = [(t, a) for t, a, keys in shortcuts if any(k not in documented for k in keys)]
    for title, accel in missing:
        print(f"{sys.argv[2]}: the shortcut {accel} ({title}) is not documented")
    print(f"{len(shortcuts)} shortcuts in the shortcuts window, {len(missing)} not in the help")
    return 1 if missing or not shortcuts else 0


if __name__ == "__main__":
    sys.exit(main())
