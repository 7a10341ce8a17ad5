#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless command line, run the way CI and servers run it: no display
and no D-Bus session.

  test-io-cli.py TOUCHPOINT EXAMPLES_DIR
"""

import os
import subprocess
import sys
import tempfile
import unittest

TOUCHPOINT = None
EXAMPLES = None


def run(*args, cwd=None):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    env['DBUS_SESSION_BUS_ADDRESS'] = 'disabled:'
    env['LC_ALL'] = 'C.UTF-8'
    return subprocess.run([TOUCHPOINT] + list(args), env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def examples():
    names = sorted(n for n in os.listdir(EXAMPLES) if n.endswith('.touchpoint'))
    return [os.path.join(EXAMPLES, n) for n in names]


class Cli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def write(self, name, text):
        with open(self.path(name), 'w', encoding='utf-8') as f:
            f.write(text)
        return self.path(name)

    def test_version(self):
        result = run('--version')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, 'Touchpoint 0.1.0\n')

    def test_validate_examples(self):
        files = examples()
        self.assertGreater(len(files), 0)
        result = run('--validate', *files)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.splitlines(), ['%s: valid' % f for f in files])
        self.assertEqual(result.stderr, '')

    def test_validate_reports_each_bad_file(self):
        good = examples()[0]
        bad = self.write('bad.touchpoint', '{\n  "format": "touchpoint",\n  "version": "one"\n}\n')
        other = self.write('other.touchpoint', '{"format": "drawing", "version": 1}\n')
        missing = self.path('missing.touchpoint')
        result = run('--validate', good, bad, other, missing)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, '%s: valid\n' % good)
        lines = result.stderr.splitlines()
        self.assertEqual(len(lines), 3, result.stderr)
        self.assertTrue(lines[0].startswith(bad + ': line 3: version: '), lines[0])
        self.assertIn('not a Touchpoint file', lines[1])
        self.assertTrue(lines[2].startswith(missing + ': '), lines[2])

    def test_validate_needs_files(self):
        result = run('--validate')
        self.assertEqual(result.returncode, 2)
        self.assertIn('at least one file', result.stderr)

    def test_export_touchpoint_normalises(self):
        source = self.write('messy.touchpoint',
                            '{"version":1,"format":"touchpoint","title":"Messy",'
                            '"journeys":[],"x_unknown":{"b":[1,2.50]}}')
        out = self.path('clean.touchpoint')
        result = run('--export', out, source, '--scale', '2')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding='utf-8') as f:
            text = f.read()
        self.assertTrue(text.startswith('{\n  "format": "touchpoint",\n  "version": 1,\n'
                                        '  "generator": "Touchpoint 0.1.0",\n  "title": "Messy",\n'),
                        text)
        self.assertIn('"x_unknown": {\n    "b": [\n      1,\n      2.5\n    ]\n  }\n}\n', text)
        # No temporary file is left behind.
        self.assertEqual(sorted(os.listdir(self.tmp.name)), ['clean.touchpoint', 'messy.touchpoint'])

    def test_export_examples_round_trip(self):
        for example in examples():
            first = self.path('first.touchpoint')
            second = self.path('second.touchpoint')
            self.assertEqual(run('--export', first, example).returncode, 0)
            self.assertEqual(run('--export', second, first, '--journey', '1').returncode, 0)
            with open(first, 'rb') as a, open(second, 'rb') as b:
                self.assertEqual(a.read(), b.read(), example)

    def test_export_invalid_input_writes_nothing(self):
        bad = self.write('bad.touchpoint', '{"format": "touchpoint", "version": 1, "journeys": [')
        out = self.path('out.touchpoint')
        result = run('--export', out, bad)
        self.assertEqual(result.returncode, 1)
        self.assertIn('bad.touchpoint: line 1', result.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(sorted(os.listdir(self.tmp.name)), ['bad.touchpoint'])

    def test_export_keeps_old_file_on_error(self):
        out = self.write('out.touchpoint', 'old contents\n')
        result = run('--export', out, self.path('does-not-exist.touchpoint'))
        self.assertEqual(result.returncode, 1)
        with open(out, encoding='utf-8') as f:
            self.assertEqual(f.read(), 'old contents\n')

    def test_export_unknown_journey(self):
        out = self.path('out.touchpoint')
        result = run('--export', out, examples()[0], '--journey', 'no-such-journey')
        self.assertEqual(result.returncode, 1)
        self.assertIn('no-such-journey', result.stderr)
        self.assertFalse(os.path.exists(out))

    def test_export_unknown_extension(self):
        for name in ('map.docx', 'map'):
            out = self.path(name)
            result = run('--export', out, examples()[0])
            self.assertEqual(result.returncode, 2)
            self.assertIn('.touchpoint', result.stderr)
            if '.' in name:
                self.assertIn('.docx', result.stderr)
            self.assertFalse(os.path.exists(out))

    def test_export_usage(self):
        self.assertEqual(run('--export', self.path('a.touchpoint')).returncode, 2)
        self.assertEqual(run('--export', self.path('a.touchpoint'), examples()[0],
                             examples()[0]).returncode, 2)
        result = run('--export', self.path('a.touchpoint'), examples()[0], '--scale', '0')
        self.assertEqual(result.returncode, 2)
        self.assertIn('--scale', result.stderr)
        result = run('--scale', '2')
        self.assertEqual(result.returncode, 2)
        self.assertIn('only work with --export', result.stderr)


if __name__ == '__main__':
    TOUCHPOINT, EXAMPLES = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
