"""Check, before the window opens, that the system libraries Qt needs are there.

A missing library becomes one line saying what to install, not a Qt stack trace.
"""

from __future__ import annotations

import ctypes.util
import shutil
import sys

# (library to look for, Debian/Ubuntu package that provides it)
XCB_NEEDS = [
    ("xcb-icccm", "libxcb-icccm4"), ("xcb-keysyms", "libxcb-keysyms1"), ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"), ("xcb-shape", "libxcb-shape0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"), ("xcb-cursor", "libxcb-cursor0"),
]
ALWAYS_NEEDS = [("EGL", "libegl1"), ("fontconfig", "libfontconfig1"), ("dbus-1", "libdbus-1-3")]


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
    import subprocess

    out = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=False)
    return not out.stdout.strip()


def main() -> int:
    import os

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    missing = missing_packages(platform)
    if missing:
        print("township-console: Qt needs system libraries that are missing; install them with: "
              f"sudo apt-get install {' '.join(missing)}  (or run: sudo make system-deps)", file=sys.stderr)
        return 1
    if missing_cjk_font():
        print("township-console: no Chinese font is installed, so Chinese names would show as boxes; "
              "install one with: sudo apt-get install fonts-wqy-microhei", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
