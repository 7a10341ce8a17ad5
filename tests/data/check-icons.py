#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Our icons have their PNG forms, in the resources, made from the current SVGs.

GTK draws a .symbolic.png (and a PNG window icon) without librsvg; an SVG
would load librsvg at start-up (issue #12). tools/encode-icons makes them.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = 'io.github.touchpoint.Touchpoint'


def main(root):
    ui = os.path.join(root, 'src', 'ui')
    icons = os.path.join(ui, 'icons')
    tree = ET.parse(os.path.join(ui, 'touchpoint.gresource.xml'))
    aliases = {f.get('alias'): f.text for f in tree.iter('file')}
    errors = []
    names = sorted(n[:-4] for n in os.listdir(icons) if n.endswith('-symbolic.svg'))
    if not names:
        errors.append('no symbolic icons found in %s' % icons)
    pngs = {}
    for name in names:
        png = os.path.join(icons, '16x16', name + '.symbolic.png')
        pngs[png] = None
        if not os.path.exists(png):
            errors.append('%s has no %s (run tools/encode-icons)' % (name, png))
        alias = 'icons/16x16/actions/%s.symbolic.png' % name
        if aliases.get(alias) != 'icons/16x16/%s.symbolic.png' % name:
            errors.append('%s is not in the resources as %s' % (name, alias))
    app_png = os.path.join(root, 'data', 'icons', 'hicolor', '48x48', 'apps', APP_ID + '.png')
    if not os.path.exists(app_png):
        errors.append('no %s (run tools/encode-icons)' % app_png)
    if 'icons/48x48/apps/%s.png' % APP_ID not in aliases:
        errors.append('the 48-pixel app icon is not in the resources')

    encode = shutil.which('gtk4-encode-symbolic-svg')
    if encode is None:
        print('gtk4-encode-symbolic-svg not found: PNGs not compared with their SVGs')
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for name in names:
                subprocess.run([encode, '-o', tmp, os.path.join(icons, name + '.svg'), '16x16'],
                               check=True)
                fresh = open(os.path.join(tmp, name + '.symbolic.png'), 'rb').read()
                png = os.path.join(icons, '16x16', name + '.symbolic.png')
                if os.path.exists(png) and open(png, 'rb').read() != fresh:
                    errors.append('%s is older than its SVG (run tools/encode-icons)' % png)
    for e in errors:
        print('error:', e)
    print('%d icons checked, %d errors' % (len(names) + 1, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
