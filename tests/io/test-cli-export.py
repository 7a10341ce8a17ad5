#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Picture and table exports from the command line, run the way servers run
it: no display and no D-Bus session. Every example goes to PNG, SVG, PDF and
CSV; the files are checked with the tools people open them with (xmllint,
pdfinfo, pdftotext, Python's csv), and failures must leave no file behind.

  test-cli-export.py TOUCHPOINT EXAMPLES_DIR
"""

import csv
import html
import io
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import unittest

TOUCHPOINT = None
EXAMPLES = None


def run(*args):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    env['DBUS_SESSION_BUS_ADDRESS'] = 'disabled:'
    env['LC_ALL'] = 'C.UTF-8'
    return subprocess.run([TOUCHPOINT] + list(args), env=env,
                          capture_output=True, text=True, timeout=120)


def examples():
    names = sorted(n for n in os.listdir(EXAMPLES) if n.endswith('.touchpoint'))
    return [os.path.join(EXAMPLES, n) for n in names]


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    assert head[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    return struct.unpack('>II', head[16:24])


def words(text):
    return ' '.join(text.split())


def searchable(text):
    """@text as a search in the PDF finds it: words joined by single spaces, hyphens dropped
    (a title wrapped after a hyphen comes out of pdftotext joined: "e-" + "mail" = "email")."""
    return words(text).replace('-', '')


def map_titles(journey):
    """Titles of cards drawn as cards on the map: not in hidden lanes, not emotion chips."""
    lanes = {lane['id']: lane for lane in journey.get('lanes', [])}
    titles = []
    for card in journey.get('cards', []):
        lane = lanes.get(card['lane'], {})
        if lane.get('hidden_in_map') or lane.get('kind') == 'feelings':
            continue
        if card.get('title', '').strip():
            titles.append(card['title'])
    return titles


class Export(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def export(self, out, source, *extra):
        result = run('--export', out, *extra, source)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.getsize(out) > 0)
        return result

    def test_png_scale(self):
        for source in examples():
            with self.subTest(source=os.path.basename(source)):
                self.export(self.path('1.png'), source)
                self.export(self.path('3.png'), source, '--scale', '3')
                w1, h1 = png_size(self.path('1.png'))
                w3, h3 = png_size(self.path('3.png'))
                self.assertGreater(w1, 100)
                self.assertGreater(h1, 100)
                self.assertLessEqual(abs(w3 - 3 * w1), 3)
                self.assertLessEqual(abs(h3 - 3 * h1), 3)

    def test_every_journey_to_png(self):
        for source in examples():
            for number in range(1, len(load(source)['journeys']) + 1):
                with self.subTest(source=os.path.basename(source), journey=number):
                    self.export(self.path('j.png'), source, '--journey', str(number))
                    png_size(self.path('j.png'))

    def test_svg_parses(self):
        for source in examples():
            with self.subTest(source=os.path.basename(source)):
                out = self.path('map.svg')
                self.export(out, source)
                lint = subprocess.run(['xmllint', '--noout', out], capture_output=True, text=True)
                self.assertEqual(lint.returncode, 0, lint.stderr)
                self.export(self.path('map.png'), source)
                width, height = png_size(self.path('map.png'))
                with open(out, encoding='utf-8') as f:
                    head = f.read(600)
                match = re.search(r'<svg[^>]*width="([\d.]+)px" height="([\d.]+)px"', head)
                self.assertIsNotNone(match, head)
                self.assertLessEqual(abs(float(match.group(1)) - width), 1)
                self.assertLessEqual(abs(float(match.group(2)) - height), 1)

    def test_pdf_pages_and_text(self):
        for source in examples():
            with self.subTest(source=os.path.basename(source)):
                project = load(source)
                out = self.path('map.pdf')
                self.export(out, source)
                info = subprocess.run(['pdfinfo', out], capture_output=True, text=True)
                self.assertEqual(info.returncode, 0, info.stderr)
                pages = int(re.search(r'^Pages:\s+(\d+)', info.stdout, re.M).group(1))
                self.assertEqual(pages, len(project['journeys']))
                if project.get('title'):
                    self.assertRegex(info.stdout, r'(?m)^Title:\s+%s$' % re.escape(project['title']))

                text = subprocess.run(['pdftotext', out, '-'], capture_output=True, text=True)
                self.assertEqual(text.returncode, 0, text.stderr)
                flat = words(text.stdout)
                found = searchable(text.stdout)
                for journey in project['journeys']:
                    if journey.get('title'):
                        self.assertIn(words(journey['title'])[:20], flat)
                    # Every card title on the map is text in the PDF, whole and in order
                    # (selectable and searchable, not drawn as shapes).
                    for title in map_titles(journey):
                        self.assertIn(searchable(title), found)

                one = self.path('one.pdf')
                self.export(one, source, '--journey', '1')
                info = subprocess.run(['pdfinfo', one], capture_output=True, text=True)
                self.assertRegex(info.stdout, r'(?m)^Pages:\s+1$')

    def test_csv_round_trips_titles(self):
        for source in examples():
            project = load(source)
            for number, journey in enumerate(project['journeys'], 1):
                with self.subTest(source=os.path.basename(source), journey=number):
                    out = self.path('grid.csv')
                    self.export(out, source, '--journey', str(number))
                    with open(out, encoding='utf-8', newline='') as f:
                        rows = list(csv.reader(f))
                    phases = journey.get('phases', [])
                    lanes = journey.get('lanes', [])
                    self.assertEqual(rows[0][1:], [p.get('title', '') for p in phases])
                    self.assertEqual([r[0] for r in rows[1:]], [l.get('title', '') for l in lanes])
                    for row in rows:
                        self.assertEqual(len(row), len(phases) + 1)
                    for r, lane in enumerate(lanes, 1):
                        for c, phase in enumerate(phases, 1):
                            expected = [card.get('title', '') for card in journey.get('cards', [])
                                        if card['lane'] == lane['id'] and card['phase'] == phase['id']]
                            self.assertEqual(rows[r][c], '\n'.join(expected))

    def test_csv_import_round_trip(self):
        """touchpoint --export OUT.touchpoint GRID.csv, and back: the same bytes."""
        for source in examples():
            project = load(source)
            for number in range(1, len(project['journeys']) + 1):
                for table in ('grid', 'cards'):
                    with self.subTest(source=os.path.basename(source), journey=number,
                                      table=table):
                        first = self.path('first.csv')
                        imported = self.path('imported.touchpoint')
                        second = self.path('second.csv')
                        self.export(first, source, '--journey', str(number), '--table', table)
                        result = run('--export', imported, first)
                        self.assertEqual(result.returncode, 0, result.stderr)
                        self.assertNotIn('CRITICAL', result.stderr)
                        self.export(second, imported, '--table', table)
                        with open(first, 'rb') as a, open(second, 'rb') as b:
                            self.assertEqual(a.read(), b.read())
                        journey = load(imported)['journeys'][0]
                        self.assertEqual(journey['title'], 'first')
                        self.assertEqual(journey['lens'], 'custom')

    def test_csv_card_list_has_every_field(self):
        source = os.path.join(EXAMPLES, 'hotel-booking.touchpoint')
        out = self.path('cards.csv')
        self.export(out, source, '--table', 'cards')
        with open(out, encoding='utf-8', newline='') as f:
            rows = list(csv.DictReader(f))
        journey = load(source)['journeys'][0]
        self.assertEqual(len(rows), len(journey['cards']))
        by_id = {row['id']: row for row in rows}
        for card in journey['cards']:
            row = by_id[card['id']]
            self.assertEqual(row['title'], card['title'])
            self.assertEqual(row['evidence'], card['evidence'])
            if card['kind'] == 'emotion':
                self.assertEqual(int(row['emotion_score']), card['emotion']['score'])
                self.assertEqual(row['feeling'], card['emotion']['feeling'])
            if card['kind'] == 'pain_point':
                self.assertEqual(int(row['severity']), card['pain']['severity'])
            if card['kind'] == 'opportunity':
                self.assertEqual(int(row['impact']), card['opportunity']['impact'])
                self.assertEqual(int(row['effort']), card['opportunity']['effort'])
            if card['kind'] == 'touchpoint':
                self.assertEqual(row['channel'], card['touchpoint']['channel'])
                self.assertEqual(row['department'], card['touchpoint']['department'])
                for metric in card['touchpoint']['metrics']:
                    key = metric['kind'] + (':' + metric['label'] if metric['label'] else '')
                    self.assertEqual(float(row[key]), metric['value'])
                    self.assertEqual(row[key + ' unit'], metric['unit'])

    def test_csv_import_errors(self):
        bad = self.path('bad.csv')
        with open(bad, 'wb') as f:
            f.write(b'Lane,Discovery,Purchase\r\nFeelings,Curious\r\n')
        out = self.path('out.touchpoint')
        result = run('--export', out, bad)
        self.assertEqual(result.returncode, 1)
        self.assertIn('row 2, column C', result.stderr)
        self.assertFalse(os.path.exists(out))
        result = run('--export', self.path('x.png'), '--table', 'cards', examples()[0])
        self.assertEqual(result.returncode, 2)
        result = run('--export', self.path('x.csv'), '--table', 'rows', examples()[0])
        self.assertEqual(result.returncode, 2)
        self.assertEqual(sorted(os.listdir(self.tmp.name)), ['bad.csv'])

    def test_blueprint_view(self):
        """touchpoint --export OUT --view blueprint IN, to each format: the service blueprint's
        rows, its three lines and its customer steps, never the journey map's picture."""
        source = os.path.join(EXAMPLES, 'hotel-booking.touchpoint')
        journey = [j for j in load(source)['journeys'] if j['id'] == 'journey-blueprint'][0]
        zones = ('evidence', 'activity', 'frontstage', 'backstage', 'support')
        lanes = [l for l in journey['lanes']
                 if l['kind'] in zones and not l.get('hidden_in_blueprint')]
        lane_ids = {l['id'] for l in lanes}
        kinds = {l['kind'] for l in lanes}
        self.assertTrue({'frontstage', 'backstage', 'support'} <= kinds)
        actions = [c['title'] for c in journey['cards']
                   if c['lane'] in [l['id'] for l in lanes if l['kind'] == 'activity']]
        shown = [c for c in journey['cards'] if c['lane'] in lane_ids]
        self.assertGreater(len(actions), 3)
        line_labels = ['Line of interaction', 'Line of visibility', 'Line of internal interaction']
        blueprint = ('--view', 'blueprint', '--journey', 'journey-blueprint')

        # PNG: the blueprint's size (its SVG's, not the map's), and not blank.
        png, svg = self.path('blueprint.png'), self.path('blueprint.svg')
        self.export(png, source, *blueprint)
        self.export(svg, source, *blueprint)
        map_png = self.path('map.png')
        self.export(map_png, source, '--journey', 'journey-blueprint')
        width, height = png_size(png)
        with open(svg, encoding='utf-8') as f:
            markup = f.read()
        match = re.search(r'<svg[^>]*width="([\d.]+)px" height="([\d.]+)px"', markup[:600])
        self.assertIsNotNone(match)
        self.assertLessEqual(abs(float(match.group(1)) - width), 1)
        self.assertLessEqual(abs(float(match.group(2)) - height), 1)
        self.assertNotEqual((width, height), png_size(map_png))
        colours = subprocess.run(['identify', '-format', '%k', png], capture_output=True, text=True)
        self.assertEqual(colours.returncode, 0, colours.stderr)
        self.assertGreater(int(colours.stdout), 50)

        # SVG: well formed; the customer steps' titles and the three lines' labels as text.
        lint = subprocess.run(['xmllint', '--noout', svg], capture_output=True, text=True)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        # A text's lines are its tspans.
        texts = [html.unescape(re.sub(r'<[^>]*>', ' ', t))
                 for t in re.findall(r'<text[^>]*>(.*?)</text>', markup)]
        flat = words(' '.join(texts))
        for title in actions:
            self.assertIn(words(title), flat)
        for label in line_labels:
            self.assertIn(label, [words(t) for t in texts])

        # PDF: the same words, as text a reader finds.
        pdf = self.path('blueprint.pdf')
        self.export(pdf, source, *blueprint)
        text = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True)
        self.assertEqual(text.returncode, 0, text.stderr)
        flat = words(text.stdout)
        for title in actions:
            self.assertIn(words(title), flat)
        for label in line_labels:
            self.assertIn(label, flat)

        # CSV (grid): a column per customer step, a row per blueprint row, each shown card in
        # the row of its lane; (cards): a row per card with its lane.
        table = self.path('blueprint.csv')
        self.export(table, source, *blueprint)
        with open(table, encoding='utf-8', newline='') as f:
            rows = list(csv.reader(f))
        self.assertEqual(len(rows[0]) - 1, len(actions))
        for title in actions:
            self.assertTrue(any(h.endswith(': ' + title) for h in rows[0][1:]), title)
        by_lane = {r[0]: r[1:] for r in rows[1:]}
        self.assertEqual(sorted(by_lane), sorted(l['title'] for l in lanes))
        titles = {l['id']: l['title'] for l in lanes}
        for card in shown:
            cells = '\n'.join(by_lane[titles[card['lane']]]).split('\n')
            self.assertIn(card['title'], cells)
        cards = self.path('cards.csv')
        self.export(cards, source, *blueprint, '--table', 'cards')
        with open(cards, encoding='utf-8', newline='') as f:
            listed = {r['id']: r for r in csv.DictReader(f)}
        for card in shown:
            self.assertEqual(listed[card['id']]['lane'], titles[card['lane']])
            self.assertEqual(listed[card['id']]['title'], card['title'])

    def test_analysis_view(self):
        """touchpoint --export OUT --view analysis IN: the charts as pictures, the ranking as CSV."""
        for source in examples():
            with self.subTest(source=os.path.basename(source)):
                png = self.path('analysis.png')
                self.export(png, source, '--view', 'analysis')
                width, height = png_size(png)
                self.assertGreaterEqual(width, 960)
                self.assertGreater(height, 1000)
                pdf = self.path('analysis.pdf')
                self.export(pdf, source, '--view', 'analysis')
                text = subprocess.run(['pdftotext', pdf, '-'], capture_output=True,
                                      text=True).stdout
                self.assertIn('Pain points', text)
                self.assertIn('Quick wins', text)
                # The SVG holds the charts' words as text (hatches are strokes, not patterns),
                # the bars' labels turned, and no paint larger than the picture.
                svg = self.path('analysis.svg')
                self.export(svg, source, '--view', 'analysis')
                with open(svg, encoding='utf-8') as f:
                    markup = f.read()
                self.assertIn('>Pain points</text>', markup)
                self.assertIn('>Quick wins</text>', markup)
                self.assertIn('transform="rotate(', markup)
                self.assertNotIn('<symbol', markup)
                table = self.path('analysis.csv')
                self.export(table, source, '--view', 'analysis')
                with open(table, encoding='utf-8', newline='') as f:
                    rows = list(csv.reader(f))
                self.assertEqual(rows[0][0], 'Pain point')
                pains = [c for c in load(source)['journeys'][0]['cards']
                         if c['kind'] == 'pain_point' and c.get('pain', {}).get('severity', 0) > 0]
                self.assertGreater(len(rows), 1)
                self.assertLessEqual(len(rows) - 1, len(pains))
                self.assertEqual(rows[-1][5], '100 %')

    def test_phase_figures(self):
        """--phase-figures: the map's phase headers carry each phase's figures, as with
        View ▸ Show Phase Figures in the window; without it they do not."""
        source = [e for e in examples() if 'jewellery' in e][0]
        plain_png, figures_png = self.path('plain.png'), self.path('figures.png')
        self.export(plain_png, source)
        self.export(figures_png, source, '--phase-figures')
        self.assertEqual(png_size(figures_png)[0], png_size(plain_png)[0])
        self.assertGreater(png_size(figures_png)[1], png_size(plain_png)[1] + 100)
        plain_svg, figures_svg = self.path('plain.svg'), self.path('figures.svg')
        self.export(plain_svg, source)
        self.export(figures_svg, source, '--phase-figures')
        with open(plain_svg, encoding='utf-8') as f:
            self.assertNotIn('touchpoints before the purchase', f.read())
        with open(figures_svg, encoding='utf-8') as f:
            markup = f.read()
        self.assertIn('7 touchpoints before the purchase', markup)
        self.assertIn('52 % (from drop-off)', markup)
        result = run('--phase-figures', source)
        self.assertEqual(result.returncode, 2)
        self.assertIn('--phase-figures only works with --export', result.stderr)

    def test_thumbnail(self):
        out = self.path('thumbnail-without-extension')
        self.export(out, examples()[0], '--thumbnail-size', '128')
        width, height = png_size(out)
        self.assertEqual(max(width, height), 128)

    def test_errors_leave_no_file(self):
        source = examples()[0]
        cases = [
            (['--export', self.path('x.png'), self.path('missing.touchpoint')], 1),
            (['--export', self.path('x.png'), '--journey', '99', source], 1),
            (['--export', self.path('x.png'), '--scale', '-1', source], 2),
            (['--export', self.path('x.svg'), '--scale', '2', source], 2),
            (['--export', self.path('x.gif'), source], 2),
            (['--export', self.path('no-such-folder/x.png'), source], 1),
        ]
        for args, status in cases:
            with self.subTest(args=args[1:]):
                result = run(*args)
                self.assertEqual(result.returncode, status, result.stderr)
                self.assertTrue(result.stderr.strip(), 'no message')
                self.assertNotIn('CRITICAL', result.stderr)
                self.assertFalse(os.path.exists(self.path('x.png')))
                self.assertEqual(sorted(os.listdir(self.tmp.name)), [])

    def test_failure_keeps_existing_file(self):
        out = self.path('keep.pdf')
        with open(out, 'w') as f:
            f.write('old')
        result = run('--export', out, '--journey', 'nope', examples()[0])
        self.assertNotEqual(result.returncode, 0)
        with open(out) as f:
            self.assertEqual(f.read(), 'old')
        self.assertEqual(os.listdir(self.tmp.name), ['keep.pdf'])


if __name__ == '__main__':
    TOUCHPOINT, EXAMPLES = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
