# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end harness: the real app on its own X server, driven by real input.

Each scenario runs in a Session: its own Xvfb (a free display chosen by the
server itself, so it never clashes with xvfb-run or another scenario), the
openbox window manager, a private D-Bus session bus for accessibility
(AT-SPI), and the app built in this tree with an empty home. Input is real X
input from xdotool (keys, typing, pointer moves, clicks, drags); widgets are
found by their accessible names and extents (pyatspi); cards and cells on the
custom-drawn map by the geometry the map writes when TP_E2E_GEOMETRY names a
file (src/ui/tp-journey-view-geometry.c).

A scenario that fails leaves a screenshot of the whole screen and the app's
output in the log folder. Every process started here is ended by its id when
the scenario ends, however it ends, and a scenario has a fixed time budget.

Exit codes follow meson: 0 passed, 1 failed, 77 skipped (with the reason).
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

SKIP = 77


class Skip(Exception):
    """The scenario cannot run here (a tool is missing, a feature is pending)."""


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def load_scale():
    """How much slower than an idle machine this one is likely to be: the load
    average per core, between 1 and 4. Waits and the budget are stretched by it,
    so that a scenario on a busy machine (other suites, builds) waits for the app
    instead of failing; on an idle machine the limits are as written."""
    try:
        per_core = os.getloadavg()[0] / (os.cpu_count() or 1)
    except OSError:
        return 1.0
    return min(4.0, max(1.0, per_core))


def wait_for(predicate, timeout, what, interval=0.05):
    """Polls @predicate until it returns something true; that value is returned.
    @timeout is for an idle machine; it is stretched by load_scale()."""
    timeout *= load_scale()
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except (OSError, ValueError, KeyError, IndexError) as e:
            last_error = e
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise Failure(f"timed out after {timeout:g} s waiting for {what}{detail}")
        time.sleep(interval)


def plan_point(g, x, y):
    """Where the point (@x, @y) of the plan, in metres, is on the screen (@g: store geometry)."""
    ppm = g["pixels_per_metre"]
    return (int(round(g["origin"][0] + x * ppm)), int(round(g["origin"][1] + y * ppm)))


def center(rect):
    x, y, w, h = rect
    return int(round(x + w / 2)), int(round(y + h / 2))


class Session:
    """One X server, window manager, session bus and the app's environment."""

    def __init__(self, name, args):
        self.name = name
        self.args = args
        self.procs = []          # (label, Popen) to end, newest last
        self.display = None
        self.bus_address = None
        self.tmp = tempfile.mkdtemp(prefix=f"tp-e2e-{name}-")
        self.log_dir = args.log_dir
        os.makedirs(self.log_dir, exist_ok=True)
        self.app = None
        self.quitting = False
        self.window = None
        self._window_geometry = None
        self._a11y_offset = None
        self.app_log_path = os.path.join(self.log_dir, f"{name}-app.log")
        open(self.app_log_path, "w", encoding="utf-8").close()   # this run's output only
        self.atspi = None
        self._a11y_found = {}
        self.started = time.monotonic()

    # --- processes -----------------------------------------------------

    def _spawn(self, label, argv, env=None, **kwargs):
        proc = subprocess.Popen(argv, env=env, start_new_session=True, **kwargs)
        self.procs.append((label, proc))
        return proc

    def _end(self, label, proc):
        # The process group this process leads, by its id: the process and
        # what it started (what D-Bus activated, what the app spawned).
        def signal_group(sig):
            try:
                os.killpg(proc.pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
        if proc.poll() is None:
            signal_group(signal.SIGTERM)
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                pass
        # Whatever of the group ignored SIGTERM or outlived its leader.
        signal_group(signal.SIGKILL)
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            print(f"{label} ({proc.pid}) did not end")

    def env(self):
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DISPLAY": self.display,
            "HOME": os.path.join(self.tmp, "home"),
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "XDG_RUNTIME_DIR": os.path.join(self.tmp, "runtime"),
            "GSETTINGS_BACKEND": "memory",
            "GSK_RENDERER": "cairo",
            "GDK_BACKEND": "x11",
            "LC_ALL": "C.UTF-8",
            "LANGUAGE": "",
            # A critical is a defect: the app stops at once instead of going on
            # (or flooding its log), and the scenario fails.
            "G_DEBUG": "fatal-criticals",
            "TP_E2E_GEOMETRY": self.geometry_path,
        }
        for d in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            os.makedirs(env[d], mode=0o700, exist_ok=True)
        if self.bus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        return env

    def __enter__(self):
        missing = [t for t in ("Xvfb", "openbox", "xdotool", "dbus-daemon") if shutil.which(t) is None]
        if missing or not os.path.exists(self.args.app):
            shutil.rmtree(self.tmp, ignore_errors=True)
            if missing:
                raise Skip(f"{', '.join(missing)} not installed (tools/install-deps installs them)")
            raise Skip(f"the app is not built: {self.args.app}")
        self.geometry_path = os.path.join(self.tmp, "geometry.json")
        try:
            self._start_x()
            self._start_bus()
            self._start_wm()
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def _start_x(self):
        read_fd, write_fd = os.pipe()
        self._spawn("Xvfb", ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp", "-noreset"],
                    pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        number = b""
        deadline = time.monotonic() + 15
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        check(number.strip().isdigit(), "Xvfb did not start")
        self.display = ":" + number.decode().strip()

    def _start_bus(self):
        # A private session bus: the app registers its GApplication there and
        # talks to the accessibility bus, which D-Bus starts on demand.
        # Only the accessibility bus can be started on it: no portals, no
        # dconf, nothing that outlives the scenario or reads the real home.
        services = os.path.join(self.tmp, "dbus-services")
        os.makedirs(services, exist_ok=True)
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if os.path.exists(launcher):
            with open(os.path.join(services, "org.a11y.Bus.service"), "w", encoding="utf-8") as f:
                f.write(f"[D-BUS Service]\nName=org.a11y.Bus\nExec={launcher}\n")
        config = os.path.join(self.tmp, "session-bus.conf")
        with open(config, "w", encoding="utf-8") as f:
            f.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={self.tmp}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")
        read_fd, write_fd = os.pipe()
        self._spawn("dbus-daemon", ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
                                    f"--print-address={write_fd}"],
                    env=self.env(), pass_fds=(write_fd,),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            self.bus_address = pipe.readline().decode().strip()
        check(self.bus_address, "dbus-daemon did not start")

    def _start_wm(self):
        self._spawn("openbox", ["openbox", "--sm-disable"], env=self.env(),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def wm_ready():
            out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env(),
                                 capture_output=True, text=True, timeout=5).stdout
            return "window id" in out
        if shutil.which("xprop"):
            wait_for(wm_ready, 15, "openbox to manage the screen")
        else:
            time.sleep(1)

    def __exit__(self, exc_type, exc, tb):
        # Cleaning up is bounded by its own timeouts; the budget must not cut it short.
        signal.setitimer(signal.ITIMER_REAL, 0)
        if exc_type is not None and not issubclass(exc_type, Skip) and self.display:
            self.screenshot("failure")
        for label, proc in reversed(self.procs):
            self._end(label, proc)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    def screenshot(self, tag):
        path = os.path.join(self.log_dir, f"{self.name}-{tag}.png")
        try:
            subprocess.run(["import", "-window", "root", path], env=self.env(),
                           timeout=15, check=True, capture_output=True)
            print(f"screenshot: {path}")
        except (OSError, subprocess.SubprocessError) as e:
            print(f"no screenshot ({e})")
        return path

    def path(self, name):
        """A path in the scenario's private folder."""
        return os.path.join(self.tmp, name)

    def copy_example(self, name):
        """A copy of the example project @name in the scenario's private folder: its path."""
        path = self.path(name)
        shutil.copy(os.path.join(self.args.source_root, "data", "examples", name), path)
        return path

    # --- the app -------------------------------------------------------

    def launch(self, *files):
        """Starts the app (with @files), waits for its window and raises it."""
        if os.path.exists(self.geometry_path):
            os.unlink(self.geometry_path)
        self.quitting = False
        log = open(self.app_log_path, "a", encoding="utf-8")
        log.write(f"--- {self.args.app} {' '.join(files)}\n")
        log.flush()
        self.app = self._spawn("touchpoint", [self.args.app, *files], env=self.env(),
                               stdout=log, stderr=subprocess.STDOUT, cwd=self.tmp)
        self.window = wait_for(self._find_window, 30, "the app's window")
        self._window_geometry = None
        self._a11y_offset = None
        self.xdo("windowactivate", "--sync", self.window)
        return self.app

    def _find_window(self):
        out = self.xdo_out("search", "--onlyvisible", "--pid", str(self.app.pid))
        ids = [w for w in out.split() if w]
        if self.app.poll() is not None:
            raise Failure(f"the app exited with {self.app.returncode} before showing a window")
        return ids[-1] if ids else None

    def launch_helper(self, label, argv):
        """Starts another X client (e.g. a drag source) and returns (process, its window)."""
        log = open(os.path.join(self.log_dir, f"{self.name}-{label}.log"), "a", encoding="utf-8")
        proc = self._spawn(label, argv, env=self.env(), stdout=log, stderr=subprocess.STDOUT,
                           cwd=self.tmp)

        def find():
            if proc.poll() is not None:
                raise Failure(f"{label} exited with {proc.returncode}")
            ids = self.xdo_out("search", "--onlyvisible", "--pid", str(proc.pid)).split()
            return ids[-1] if ids else None
        return proc, wait_for(find, 30, f"the window of {label}")

    def windows_named(self, name):
        """Visible windows of the app whose title contains @name."""
        return self.xdo_out("search", "--all", "--onlyvisible", "--pid", str(self.app.pid),
                            "--name", re.escape(name)).split()

    def check_alive(self):
        """Fails at once when the app has stopped without being asked to."""
        if self.app is not None and self.app.poll() is not None and not self.quitting:
            raise Failure(f"the app stopped (exit status {self.app.returncode}); "
                          f"its output is in {self.app_log_path}")

    def check_log(self):
        """Fails when the app said anything critical or warned (GLib's log format)."""
        try:
            with open(self.app_log_path, encoding="utf-8", errors="replace") as f:
                bad = [line.strip() for line in f
                       if "-CRITICAL **" in line or "-WARNING **" in line or "-ERROR **" in line]
        except OSError:
            return
        check(not bad, f"the app logged {len(bad)} warnings or criticals, the first: {bad[0] if bad else ''}")

    def wait_exit(self, timeout=15):
        self.quitting = True
        try:
            return self.app.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f"the app did not quit within {timeout} s")

    def run_cli(self, *args):
        return subprocess.run([self.args.app, *args], env=self.env(), capture_output=True,
                              text=True, timeout=30)

    # --- input ----------------------------------------------------------

    def xdo_out(self, *args):
        r = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True,
                           timeout=20)
        return r.stdout

    def xdo(self, *args):
        r = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True,
                           timeout=20)
        if r.returncode != 0:
            raise Failure(f"xdotool {' '.join(args)} failed: {r.stderr.strip()}")

    def key(self, *keys):
        self.xdo("key", "--clearmodifiers", "--delay", "40", *keys)

    def type(self, text):
        self.xdo("type", "--clearmodifiers", "--delay", "25", text)

    def move(self, x, y):
        self.xdo("mousemove", "--sync", str(int(x)), str(int(y)))

    def click(self, x, y, modifiers=()):
        self.move(x, y)
        time.sleep(0.05)
        for m in modifiers:
            self.xdo("keydown", m)
        self.xdo("click", "1")
        for m in reversed(modifiers):
            self.xdo("keyup", m)
        time.sleep(0.05)

    def drag(self, start, end, steps=12):
        """A real press, a moving pointer and a release."""
        (x0, y0), (x1, y1) = start, end
        self.move(x0, y0)
        time.sleep(0.1)
        self.xdo("mousedown", "1")
        time.sleep(0.1)
        for i in range(1, steps + 1):
            self.move(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps)
            time.sleep(0.03)
        time.sleep(0.2)
        self.xdo("mouseup", "1")
        time.sleep(0.1)

    # --- where things are --------------------------------------------

    def window_geometry(self):
        """The main window's X position and size on the screen."""
        if self._window_geometry is None:
            out = self.xdo_out("getwindowgeometry", "--shell", self.window)
            values = dict(line.split("=", 1) for line in out.split() if "=" in line)
            self._window_geometry = tuple(int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        return self._window_geometry

    def window_origin(self):
        return self.window_geometry()[:2]

    def maximize(self):
        """Gives the window the whole screen, and waits until the map has been drawn at that size."""
        self.xdo("windowsize", "--sync", self.window, "1920", "1080")
        self.xdo("windowmove", "--sync", self.window, "0", "0")
        self._window_geometry = None
        self._a11y_offset = None
        wait_for(lambda: self.window_geometry()[2:] == (1920, 1080) or self._forget_geometry(),
                 10, "the window to fill the screen")

    def _forget_geometry(self):
        self._window_geometry = None
        return False

    def geometry(self):
        """What the map last drew, in screen coordinates (None before its first frame)."""
        try:
            with open(self.geometry_path, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, ValueError):
            return None
        ox, oy = self.window_origin()

        def shift(item):
            x, y, w, h = item["rect"]
            item["rect"] = [x + ox, y + oy, w, h]
        shift(g["view"])
        shift(g["content"])
        for key in ("phases", "lanes", "cells", "cards"):
            for item in g[key]:
                shift(item)
        return g

    def wait_geometry(self, predicate, what, timeout=10):
        """The first geometry (screen coordinates) for which @predicate holds."""
        def probe():
            self.check_alive()
            g = self.geometry()
            return g if g is not None and predicate(g) else None
        return wait_for(probe, timeout, what)

    def store_geometry(self):
        """What the store flow last drew (its own file beside the map's), in screen coordinates:
        its "view" and the plan's "origin" moved by the window's place; None before its first
        frame."""
        try:
            with open(self.geometry_path + "-store", encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, ValueError):
            return None
        ox, oy = self.window_origin()
        vx, vy, vw, vh = g["view"]
        g["view"] = [vx + ox, vy + oy, vw, vh]
        g["origin"] = [g["origin"][0] + ox, g["origin"][1] + oy]
        return g

    def wait_store(self, predicate, what, timeout=10):
        """The first store-flow geometry (screen coordinates) for which @predicate holds."""
        def probe():
            self.check_alive()
            g = self.store_geometry()
            return g if g is not None and predicate(g) else None
        return wait_for(probe, timeout, what)

    # --- accessibility -----------------------------------------------

    def a11y(self):
        if self.atspi is None:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
            os.environ["DISPLAY"] = self.display
            try:
                import pyatspi  # noqa: PLC0415 (needs the bus above)
            except ImportError:
                raise Skip("python3-pyatspi is not installed (tools/install-deps installs it)")
            self.atspi = pyatspi
        return self.atspi

    def _app_root(self):
        pyatspi = self.a11y()
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.app.pid:
                    return app
            except Exception:  # an app that went away while we looked
                continue
        return None

    def find_all(self, predicate, within=None, first=False):
        root = within if within is not None else self._app_root()
        found = []
        if root is None:
            return found
        stack = [root]
        while stack:
            node = stack.pop()
            try:
                if predicate(node):
                    found.append(node)
                    if first:
                        break
                n = node.childCount
                children = [node.getChildAtIndex(i) for i in range(n)]
            except Exception:
                continue
            stack.extend(reversed([c for c in children if c is not None]))
        return found

    def find(self, name, role=None, timeout=10, showing=True, within=None):
        """The accessible named @name (exactly), optionally of @role ("push button", …)."""
        pyatspi = self.a11y()

        def matches(node):
            if node.name != name:
                return False
            if role is not None and node.getRoleName() != role:
                return False
            # GTK 4.8 sets no "showing"; "visible" is what it has.
            if showing and not node.getState().contains(pyatspi.STATE_VISIBLE):
                return False
            return True

        # Walking the tree costs a D-Bus round trip per node and GTK 4.8 has
        # no accessibility cache: what was found once is checked first.
        key = (name, role, showing, id(within))

        def probe():
            self.check_alive()
            cached = self._a11y_found.get(key)
            if cached is not None:
                try:
                    if matches(cached):
                        return cached
                except Exception:  # gone with its widget
                    pass
            nodes = self.find_all(matches, within, first=True)
            if nodes:
                self._a11y_found[key] = nodes[0]
            return nodes[0] if nodes else None
        what = f"an accessible named “{name}”" + (f" ({role})" if role else "")
        return wait_for(probe, timeout, what, interval=0.2)

    def exists(self, name, role=None, within=None):
        pyatspi = self.a11y()
        return bool(self.find_all(lambda n: n.name == name
                                  and (role is None or n.getRoleName() == role)
                                  and n.getState().contains(pyatspi.STATE_VISIBLE), within))

    def a11y_offset(self):
        """Where GTK's accessible coordinates start in the main X window.

        GTK 4.8 gives extents relative to the window's widget, which sits
        inside the X window by the invisible resize margin (or the shadow)."""
        if self._a11y_offset is None:
            root = self._app_root()
            frame = None
            for i in range(root.childCount if root is not None else 0):
                child = root.getChildAtIndex(i)
                if child is not None and child.getRoleName() == "frame":
                    frame = child
                    break
            check(frame is not None, "the app has no accessible window")
            e = frame.queryComponent().getExtents(self.a11y().WINDOW_COORDS)
            _, _, w, h = self.window_geometry()
            self._a11y_offset = ((w - e.width) / 2, (h - e.height) / 2)
        return self._a11y_offset

    def extents(self, node):
        """The accessible's rectangle on the screen (widgets of the main window)."""
        pyatspi = self.a11y()
        comp = node.queryComponent()
        e = comp.getExtents(pyatspi.WINDOW_COORDS)
        ox, oy = self.window_origin()
        dx, dy = self.a11y_offset()
        return [e.x + ox + dx, e.y + oy + dy, e.width, e.height]

    def step(self, what):
        """Notes a step of the scenario with the time it started (in the test's log)."""
        print(f"{time.monotonic() - self.started:6.1f} s  {what}", flush=True)

    def click_widget(self, name, role=None, timeout=10, within=None):
        self.step(f"click “{name}”")
        node = self.find(name, role, timeout=timeout, within=within)
        # A widget that is still moving (the window was just resized, a page is sliding in)
        # would be clicked where it was: wait until it stays put for a moment.
        last = [None]

        def settled():
            rect = self.extents(node)
            same = rect == last[0] and rect[2] > 0 and rect[3] > 0
            last[0] = rect
            return same

        wait_for(settled, timeout, f"“{name}” to stay in place", interval=0.15)
        x, y = center(last[0])
        self.click(x, y)
        return node


def parse_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True, help="the built touchpoint program")
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--log-dir", required=True)
    parser.add_argument("--budget", type=float, default=60, help="seconds the scenario may take")
    parser.add_argument("--pending", default="",
                        help="why the scenario cannot pass yet (a feature not landed); empty when it must pass")
    return parser.parse_args(argv)


def run(name, scenario, argv=None):
    """Runs @scenario(session) and exits with meson's code for its outcome.

    With --pending REASON the scenario waits for a feature that has not landed:
    its failure is reported as a skip with the reason, and its success as a
    failure asking to enable it (so that a pending scenario never passes
    silently, and is never forgotten once the feature is there)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)

    def on_alarm(signum, frame):
        raise Failure(f"the scenario took longer than its budget of {args.budget:g} s")
    signal.signal(signal.SIGALRM, on_alarm)

    def on_term(signum, frame):
        raise Failure("terminated (meson's timeout?)")
    signal.signal(signal.SIGTERM, on_term)
    args.budget *= load_scale()
    signal.setitimer(signal.ITIMER_REAL, args.budget)

    started = time.monotonic()
    outcome = 1
    try:
        with Session(name, args) as session:
            scenario(session)
            session.check_log()
        outcome = 0
    except Skip as e:
        signal.setitimer(signal.ITIMER_REAL, 0)
        print(f"SKIP: {e}")
        sys.exit(SKIP)
    except BaseException as e:  # noqa: BLE001 (every way out is reported)
        signal.setitimer(signal.ITIMER_REAL, 0)
        if isinstance(e, KeyboardInterrupt):
            raise
        traceback.print_exc()
        failure = f"{type(e).__name__}: {e}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = time.monotonic() - started

    if args.pending:
        if outcome == 0:
            print(f"FAIL: the scenario passes although it is marked pending ({args.pending}); "
                  "the feature has landed: remove the pending mark in tests/e2e/meson.build")
            sys.exit(1)
        print(f"SKIP: pending: {args.pending} (it fails today: {failure})")
        sys.exit(SKIP)
    print(f"{name}: {'passed' if outcome == 0 else 'failed'} in {elapsed:.1f} s")
    sys.exit(outcome)


# --- the saved file ----------------------------------------------------------

def load_project(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def journey_of(project, journey_id):
    for journey in project["journeys"]:
        if journey["id"] == journey_id:
            return journey
    raise Failure(f"the file has no journey {journey_id}")


def cards_by_id(journey):
    return {card["id"]: card for card in journey.get("cards", [])}


def visible_cards(g, count=None):
    """Cards whose middle is on screen, not under the sticky headers, in layout order."""
    cx, cy, cw, ch = g["content"]["rect"]

    def inside(card):
        x, y = center(card["rect"])
        return cx + 4 <= x <= cx + cw - 4 and cy + 4 <= y <= cy + ch - 4
    cards = [c for c in g["cards"] if inside(c)]
    return cards if count is None else cards[:count]
