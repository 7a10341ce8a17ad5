#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the thumbnailer entry the way a file manager does (%s size, %i input,
%o output) on an example project, with the built touchpoint, and checks that
it writes a PNG no larger than the size asked for.

Usage: check-thumbnailer.py THUMBNAILER TOUCHPOINT MIME-XML EXAMPLE
"""

import configparser
import os
import shlex
import struct
import subprocess
import sys
import tempfile


def main():
    entry_path, touchpoint, mime_xml, example = sys.argv[1:5]
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry_path, encoding="utf-8")
    entry = parser["Thumbnailer Entry"]

    with open(mime_xml, encoding="utf-8") as f:
        mime_text = f.read()
    types = [t for t in entry["MimeType"].split(";") if t]
    for t in types:
        if f'type="{t}"' not in mime_text:
            print(f"{entry_path}: MIME type {t} is not defined in {mime_xml}")
            return 1

    argv = shlex.split(entry["Exec"])
    if argv[0] != entry["TryExec"]:
        print(f"{entry_path}: Exec runs {argv[0]}, TryExec checks {entry['TryExec']}")
        return 1
    size = 128
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "thumbnail.png")
        subst = {"%s": str(size), "%i": example, "%o": out, "%u": "file://" + example}
        argv = [touchpoint] + [subst.get(a, a) for a in argv[1:]]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            print(f"{' '.join(argv)} failed ({result.returncode}): {result.stderr}")
            return 1
        with open(out, "rb") as f:
            head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        print("the thumbnail is not a PNG")
        return 1
    width, height = struct.unpack(">II", head[16:24])
    print(f"thumbnail: {width}x{height}")
    if not (0 < width <= size and 0 < height <= size and max(width, height) == size):
        print(f"the thumbnail should fit in {size}x{size} and touch its edge")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
