"""Checks before anything runs: the system packages the console and its tests need, and the libraries Qt
needs before the window opens.

``python -m console.preflight --system PKG ...`` (what ``make run`` and ``make test`` call first) asks
``dpkg-query`` which of the given Debian packages are missing and, when some are, installs them: directly
as root, else through ``sudo`` after saying what and why; when neither is possible it prints the command
to run and exits non-zero. With every package present it only asks ``dpkg-query`` once (a few
milliseconds). ``python -m console.preflight`` alone (what the console runs at start) turns a missing
library into one line saying what to install, not a Qt stack trace.

Only the standard library is used here: the check runs before the virtual environment exists.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys

# (library to look for, Debian/Ubuntu package that provides it)
XCB_NEEDS = [
    ("xcb-icccm", "libxcb-icccm4"), ("xcb-keysyms", "libxcb-keysyms1"), ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"), ("xcb-shape", "libxcb-shape0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"), ("xcb-cursor", "libxcb-cursor0"),
]
ALWAYS_NEEDS = [("EGL", "libegl1"), ("fontconfig", "libfontconfig1"), ("dbus-1", "libdbus-1-3")]

#: why a system package is needed (by the start of its name), said before installing it
PURPOSES = (
    ("python3-venv", "the project's Python environment (.venv)"),
    ("python3-qgis", "the test that QGIS opens the saved project"),
    ("postgresql", "the tests of a shared PostgreSQL + PostGIS store"),
    ("mosquitto", "the MQTT broker of the live feed's tests and demo"),
    ("gdal-bin", "the check of the planning viewshed against GDAL's own (gdal_viewshed)"),
    ("chromium", "the headless browser that opens the published web map in the tests"),
    ("chromium-driver", "selenium's driver of that browser"),
    ("poppler-utils", "pdftotext, pdftoppm and pdffonts, which read the printed PDFs back in the tests"),
    ("fonts-", "Chinese text on screen"),
    ("xvfb", "a virtual screen for the tests and screenshots"),
    ("xauth", "a virtual screen for the tests and screenshots"),
    ("imagemagick", "the screenshots"),
    ("lib", "Qt's window, OpenGL and font libraries"),
)


def missing_system_packages(packages: list[str]) -> list[str] | None:
    """The Debian packages of ``packages`` that are not installed (in their order); None when this
    system has no ``dpkg-query`` (not Debian or Ubuntu), so nothing can be said."""
    if not packages:
        return []
    if shutil.which("dpkg-query") is None:
        return None
    out = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *packages],
                         capture_output=True, text=True, check=False)
    installed = set()
    for line in out.stdout.splitlines():
        name, _, status = line.partition(" ")
        if status.startswith("ii"):
            installed.add(name.split(":")[0])  # libfoo:amd64 on multi-arch systems
    return [p for p in packages if p not in installed]


def purpose(package: str) -> str:
    """What a system package is for, in a few words."""
    return next((why for start, why in PURPOSES if package.startswith(start)), "the console")


def install_commands(missing: list[str], is_root: bool, sudo: str | None) -> list[list[str]] | None:
    """The commands that install ``missing``: as they are for root, through ``sudo`` for anyone else (plain
    ``sudo apt-get``, which a rule allowing only apt-get also lets through), None when neither is possible."""
    if is_root:
        prefix = []
    elif sudo:
        prefix = [sudo]
    else:
        return None
    return [prefix + ["apt-get", "update", "-qq"],
            prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]]


def ensure_system_packages(packages: list[str], out=sys.stderr) -> int:
    """Install the missing ones of ``packages`` (see the module docstring); 0 when all are there after."""
    missing = missing_system_packages(packages)
    if missing is None:
        print("township-console: no dpkg-query here (not Debian or Ubuntu), so the system packages are not "
              f"checked; the console needs the equivalents of: {' '.join(packages)}", file=out)
        return 0
    if not missing:
        return 0
    sudo = shutil.which("sudo")
    command = ("sudo " if sudo else "") + "apt-get install " + " ".join(missing)
    commands = install_commands(missing, os.geteuid() == 0, sudo)
    if commands is None:
        print(f"township-console: these system packages are missing: {' '.join(missing)}\n"
              f"They cannot be installed from here (not root, and no sudo). As root, run: {command}",
              file=out)
        return 1
    reasons: dict[str, list[str]] = {}
    for package in missing:
        reasons.setdefault(purpose(package), []).append(package)
    print("township-console: installing the missing system packages:", file=out)
    for why, names in reasons.items():
        print(f"  {' '.join(names)}  (for {why})", file=out)
    if commands[-1][0] != "apt-get":
        print("  through sudo, which may ask for your password", file=out)
    out.flush()
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in commands:
        if subprocess.run(step, env=env, check=False).returncode != 0:
            print(f"township-console: installing failed ({' '.join(step)}); run: {command}", file=out)
            return 1
    still = missing_system_packages(missing) or []
    if still:
        print(f"township-console: still missing after the install: {' '.join(still)}", file=out)
        return 1
    return 0


def missing_packages(platform: str) -> list[str]:
    """Debian packages whose libraries are missing for the given Qt platform plugin."""
    if sys.platform != "linux":
        return []
    needs = list(ALWAYS_NEEDS) + (XCB_NEEDS if platform in ("", "xcb") else [])
    return [pkg for lib, pkg in needs if ctypes.util.find_library(lib) is None]


def missing_cjk_font() -> bool:
    """True when fontconfig knows no font covering Simplified Chinese."""
    if sys.platform != "linux" or shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=False)
    return not out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    """``--system PKG ...``: :func:`ensure_system_packages`; no arguments: the libraries Qt needs."""
    argv = argv or []
    if argv[:1] == ["--system"]:
        return ensure_system_packages(argv[1:])
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    missing = missing_packages(platform)
    if missing:
        print("township-console: Qt needs system libraries that are missing; install them with: "
              f"sudo apt-get install {' '.join(missing)}  (or run: make run, which installs them)",
              file=sys.stderr)
        return 1
    if missing_cjk_font():
        print("township-console: no Chinese font is installed, so Chinese names would show as boxes; "
              "install one with: sudo apt-get install fonts-wqy-microhei", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
