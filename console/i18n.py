"""Interface languages: Qt translations (.ts sources in resources/translations, .qm built from them).

``python -m console.i18n build`` compiles the .ts files; ``python -m console.i18n update`` re-scans the
sources for translatable strings (keeping existing translations).
"""

from __future__ import annotations

import locale
import os
import shutil
import subprocess
import sys
from pathlib import Path

from resources import RESOURCES_DIR

TRANSLATIONS = RESOURCES_DIR / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCES = ("console", "widgets")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the project (pip install -e .)")
    return found


def build() -> list[Path]:
    """Compile every .ts file to .qm beside it."""
    out = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def update() -> None:
    """Refresh the .ts files from the Python sources."""
    root = RESOURCES_DIR.parent
    files = [str(p) for d in SOURCES for p in sorted((root / d).rglob("*.py"))]
    for lang in LANGUAGES:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *files, "-ts",
                        str(TRANSLATIONS / f"township_{lang}.ts")], check=True)


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else en."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(key, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "zh_CN" if code.startswith("zh") else "en"


def install_translator(app, lang: str | None = None):
    """Load the interface language into ``app``; returns the translator (keep a reference)."""
    from PySide6 import QtCore

    lang = lang or system_language()
    translator = QtCore.QTranslator(app)
    qm = TRANSLATIONS / f"township_{lang}.qm"
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
    qt_translator = QtCore.QTranslator(app)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
    return translator


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        update()
    else:
        for path in build():
            print(f"built {path.name}")
