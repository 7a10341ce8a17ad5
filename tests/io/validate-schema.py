#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates .touchpoint files against data/touchpoint.schema.json.

  validate-schema.py [--export-with TOUCHPOINT] [--generate-with PROGRAM]
                     SCHEMA FILE_OR_DIR...

Every FILE (and every *.touchpoint in a DIR) is validated. With
--export-with, each one is also re-saved with `TOUCHPOINT --export` and the
written copy is validated, and re-saving that copy must give the same bytes.
With --generate-with, PROGRAM is run with a folder to write files into, and
every file it writes is validated too. Needs Debian's python3-jsonschema.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def load_schema(path):
    with open(path, encoding='utf-8') as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def problems(validator, path):
    try:
        with open(path, encoding='utf-8') as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        return [str(e)]
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return ['/'.join(str(p) for p in e.absolute_path) + ': ' + e.message[:300]
            for e in errors]


def expand(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith('.touchpoint'):
                    yield os.path.join(path, name)
        else:
            yield path


def headless_env():
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    env['DBUS_SESSION_BUS_ADDRESS'] = 'disabled:'
    return env


def export(touchpoint, source, target):
    result = subprocess.run([touchpoint, '--export', target, source],
                            env=headless_env(), capture_output=True, text=True)
    if result.returncode != 0:
        return 'export failed (%d): %s' % (result.returncode, result.stderr.strip())
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--export-with')
    parser.add_argument('--generate-with')
    parser.add_argument('schema')
    parser.add_argument('files', nargs='*')
    args = parser.parse_args()

    validator = load_schema(args.schema)
    failed = 0
    checked = 0

    with tempfile.TemporaryDirectory() as tmp:
        files = list(expand(args.files))

        if args.generate_with:
            generated = os.path.join(tmp, 'generated')
            os.mkdir(generated)
            subprocess.run([args.generate_with, generated], check=True)
            files += list(expand([generated]))

        if args.export_with:
            exported = []
            for i, path in enumerate(files):
                first = os.path.join(tmp, 'export-%d.touchpoint' % i)
                second = os.path.join(tmp, 'export-%d-again.touchpoint' % i)
                problem = export(args.export_with, path, first)
                problem = problem or export(args.export_with, first, second)
                if problem is None:
                    with open(first, 'rb') as a, open(second, 'rb') as b:
                        if a.read() != b.read():
                            problem = 're-saving the exported copy changed its bytes'
                if problem is not None:
                    print('%s: %s' % (path, problem), file=sys.stderr)
                    failed += 1
                else:
                    exported.append(first)
            files += exported

        for path in files:
            checked += 1
            found = problems(validator, path)
            if found:
                failed += 1
                for problem in found:
                    print('%s: %s' % (path, problem), file=sys.stderr)
            else:
                print('%s: valid' % path)

    print('checked: %d' % checked)
    print('failed: %d' % failed)
    if checked == 0:
        print('no files were given', file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
