#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A tiny GTK 4 window that offers one file for dragging, as a file manager
would: the source end of a real X drag and drop for the e2e scenarios.

    file_source.py FILE TITLE
"""

import sys

import gi
gi.require_version("Gdk", "4.0")
gi.require_version("Gtk", "4.0")
from gi.repository import Gdk, Gio, GObject, Gtk  # noqa: E402


def on_activate(app, path, title):
    window = Gtk.ApplicationWindow(application=app, title=title)
    window.set_default_size(320, 160)
    label = Gtk.Label(label=Gio.File.new_for_path(path).get_basename())
    label.set_hexpand(True)
    label.set_vexpand(True)
    source = Gtk.DragSource(actions=Gdk.DragAction.COPY)

    def prepare(_source, _x, _y):
        files = Gdk.FileList.new_from_list([Gio.File.new_for_path(path)])
        return Gdk.ContentProvider.new_for_value(GObject.Value(Gdk.FileList, files))
    source.connect("prepare", prepare)
    label.add_controller(source)
    window.set_child(label)
    window.present()


def main():
    path, title = sys.argv[1], sys.argv[2]
    app = Gtk.Application(application_id="io.github.touchpoint.E2eFileSource",
                          flags=Gio.ApplicationFlags.NON_UNIQUE)
    app.connect("activate", on_activate, path, title)
    return app.run([sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main())
