#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every shipped translation is complete for the current sources.

Usage: check-po.py SOURCE_ROOT

1. Every source file with translatable strings is listed in po/POTFILES.in.
2. A fresh template is extracted from those files with xgettext (the same
   keywords as meson's "glib" preset), so a string added to the sources a
   minute ago counts even if nobody ran touchpoint-pot.
3. Each language of po/LINGUAS is merged with that template in a temporary
   copy and must have no untranslated and no fuzzy message; msgfmt --check
   must accept both the file and the merged copy (printf placeholders,
   plural forms, header).
4. The header names the language, UTF-8 and the plural forms, and every
   printf placeholder of a message appears in its translation.
"""

import os
import re
import subprocess
import sys
import tempfile

XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

PLURAL_FORMS = 'nplurals=2; plural=(n != 1);'

# A call of a gettext marker with a string literal, as the C sources use them.
C_MARKER = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)'
                      r'\s*\(\s*(?:[A-Za-z_]+\s*,\s*)?"')
UI_MARKER = re.compile(r'translatable="(?:yes|true)"')
PRINTF = re.compile(r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.\d+)?"
                    r"(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcsp%]")

failures = []


def fail(message):
    failures.append(message)


def run(args, **kwargs):
    env = dict(os.environ, LC_ALL='C', LANGUAGE='')
    return subprocess.run(args, env=env, capture_output=True, text=True, **kwargs)


def read_list(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')]


def check_potfiles(root, potfiles):
    listed = set(potfiles)
    for name in potfiles:
        if not os.path.isfile(os.path.join(root, name)):
            fail(f'po/POTFILES.in lists {name}, which does not exist')
    for dirpath, _dirs, files in os.walk(os.path.join(root, 'src')):
        for file in files:
            path = os.path.join(dirpath, file)
            rel = os.path.relpath(path, root)
            if file.endswith('.c'):
                marker = C_MARKER
            elif file.endswith('.ui'):
                marker = UI_MARKER
            else:
                continue
            with open(path, encoding='utf-8', errors='replace') as f:
                if marker.search(f.read()) and rel not in listed:
                    fail(f'{rel} has translatable strings but is not in po/POTFILES.in')
    if potfiles != sorted(potfiles):
        fail('po/POTFILES.in is not sorted')


def unquote(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)),
                  s[1:-1])


def parse_po(path):
    """Returns (header, [(msgid, msgid_plural, [msgstr…])]) of the live entries."""
    entries, cur, field = [], None, None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n') + ['']
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            if not line and cur is not None:
                entries.append(cur)
                cur = None
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
        if m:
            if cur is None:
                cur = {'msgid': '', 'msgid_plural': None, 'msgstr': []}
            field = m.group(1)
            value = unquote(m.group(2))
            if field.startswith('msgstr'):
                cur['msgstr'].append(value)
            elif field != 'msgctxt':
                cur[field] = value
        elif line.startswith('"') and cur is not None:
            if field.startswith('msgstr'):
                cur['msgstr'][-1] += unquote(line)
            elif field != 'msgctxt':
                cur[field] += unquote(line)
    header = next((e['msgstr'][0] for e in entries if e['msgid'] == ''), '')
    return header, [e for e in entries if e['msgid'] != '']


def placeholders(s):
    return sorted(re.sub(r'^%\d+\$', '%', d) for d in PRINTF.findall(s))


def statistics(path):
    result = run(['msgfmt', '--check', '--statistics', '-o', os.devnull, path])
    if result.returncode != 0:
        fail(f'msgfmt --check rejects {path}:\n{result.stderr.strip()}')
        return None
    counts = {'translated': 0, 'fuzzy': 0, 'untranslated': 0}
    for number, kind in re.findall(r'(\d+) (translated|fuzzy|untranslated)', result.stderr):
        counts[kind] = int(number)
    return counts


def list_messages(path, option):
    result = run(['msgattrib', option, '--no-obsolete', '--no-wrap', path])
    return [unquote(m) for m in re.findall(r'^msgid (".+")$', result.stdout, re.M)]


def check_language(lang, po_path, pot_path, tmp):
    if not os.path.isfile(po_path):
        fail(f'po/LINGUAS names {lang}, but po/{lang}.po is missing')
        return
    header, entries = parse_po(po_path)
    for key, want in (('Language', lang), ('Plural-Forms', PLURAL_FORMS),
                      ('Content-Type', 'text/plain; charset=UTF-8'),
                      ('Project-Id-Version', 'touchpoint')):
        m = re.search(rf'^{key}: (.*)$', header, re.M)
        if m is None or not m.group(1).strip().startswith(want):
            fail(f'{lang}.po: header “{key}” should be “{want}”, not “{m and m.group(1)}”')

    for e in entries:
        sources = [e['msgid']] + ([e['msgid_plural']] if e['msgid_plural'] else [])
        want = placeholders(sources[-1])
        for i, msgstr in enumerate(e['msgstr']):
            if msgstr and placeholders(msgstr) != want and placeholders(msgstr) != placeholders(sources[0]):
                fail(f'{lang}.po: the placeholders of “{e["msgid"]}” are {want}, '
                     f'but translation {i} has {placeholders(msgstr)}')

    counts = statistics(po_path)
    if counts and (counts['fuzzy'] or counts['untranslated']):
        fail(f'{lang}.po itself has {counts["untranslated"]} untranslated and '
             f'{counts["fuzzy"]} fuzzy messages')

    merged = os.path.join(tmp, lang + '.po')
    result = run(['msgmerge', '--quiet', '--no-fuzzy-matching', '--no-wrap',
                  '-o', merged, po_path, pot_path])
    if result.returncode != 0:
        fail(f'msgmerge failed for {lang}.po:\n{result.stderr.strip()}')
        return
    counts = statistics(merged)
    if counts is None:
        return
    if counts['untranslated'] or counts['fuzzy']:
        missing = list_messages(merged, '--untranslated') + list_messages(merged, '--only-fuzzy')
        shown = '\n'.join(f'  “{m}”' for m in missing[:20])
        more = f'\n  … and {len(missing) - 20} more' if len(missing) > 20 else ''
        fail(f'{lang}.po lacks {counts["untranslated"]} messages of the current sources and has '
             f'{counts["fuzzy"]} fuzzy ones (run: meson compile -C BUILDDIR touchpoint-update-po, '
             f'then translate):\n{shown}{more}')
    print(f'{lang}: {counts["translated"]} translated messages, '
          f'{counts["untranslated"]} untranslated, {counts["fuzzy"]} fuzzy')


def main():
    root = sys.argv[1]
    podir = os.path.join(root, 'po')
    potfiles = read_list(os.path.join(podir, 'POTFILES.in'))
    languages = [w for line in read_list(os.path.join(podir, 'LINGUAS')) for w in line.split()]
    if not languages:
        fail('po/LINGUAS names no language')

    check_potfiles(root, potfiles)

    with tempfile.TemporaryDirectory(prefix='touchpoint-po-') as tmp:
        listfile = os.path.join(tmp, 'POTFILES')
        with open(listfile, 'w', encoding='utf-8') as f:
            f.write('\n'.join(potfiles) + '\n')
        pot = os.path.join(tmp, 'touchpoint.pot')
        result = run(['xgettext', '--package-name=touchpoint', '-f', listfile, '-D', root,
                      '-k_', '-o', pot] + XGETTEXT_ARGS)
        if result.returncode != 0 or not os.path.isfile(pot):
            fail(f'xgettext could not extract the messages:\n{result.stderr.strip()}')
        else:
            _header, template = parse_po(pot)
            print(f'template: {len(template)} messages from {len(potfiles)} files')
            for lang in languages:
                check_language(lang, os.path.join(podir, lang + '.po'), pot, tmp)

    for message in failures:
        print('FAIL: ' + message, file=sys.stderr)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
