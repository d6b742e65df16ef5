"""Interface languages: Qt translations (.ts sources in resources/translations, .qm built from them).

``python -m console.i18n build`` compiles the .ts files; ``python -m console.i18n update`` re-scans the
sources for translatable strings (keeping existing translations); ``python -m console.i18n missing`` prints
the Chinese messages still untranslated as JSON (``{context: {source: ""}}``), and
``python -m console.i18n fill FILE.json`` writes the translations of such a file into the Chinese .ts and
mirrors every source into the English one.
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
SOURCES = ("console", "widgets", "layers", "datasources")  # layers mark their templates too


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the project (pip install -e .)")
    return found


def build() -> list[Path]:
    """Compile every .ts file to .qm beside it (also ``qt_extra_*.ts``, Qt's strings newer than the
    Chinese translation PySide6 ships)."""
    out = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        # written beside, then put in place: a running console maps its .qm into memory, and a file
        # rewritten under it ends that console with a bus error
        fresh = qm.with_suffix(".qm.new")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)
        out.append(qm)
    return out


def update() -> None:
    """Refresh the .ts files from the Python sources."""
    root = RESOURCES_DIR.parent
    files = [str(p) for d in SOURCES for p in sorted((root / d).rglob("*.py"))]
    for lang in LANGUAGES:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *files, "-ts",
                        str(TRANSLATIONS / f"township_{lang}.ts")], check=True)


def _load_ts(path: Path):
    import xml.etree.ElementTree as ET

    return ET.parse(path)


def _save_ts(tree, path: Path) -> None:
    import xml.etree.ElementTree as ET

    root = tree.getroot()
    root.text = "\n"
    for child in root:  # lupdate's layout: contexts at the margin, their insides indented
        ET.indent(child, space="    ")
        child.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = body.replace(" />", "/>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def missing() -> dict[str, dict[str, str]]:
    """The Chinese messages with no finished translation, by context."""
    out: dict[str, dict[str, str]] = {}
    root = _load_ts(TRANSLATIONS / "township_zh_CN.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished":
                out.setdefault(ctx.findtext("name") or "", {})[msg.findtext("source") or ""] = ""
    return out


def fill(translations: dict[str, dict[str, str]]) -> int:
    """Write ``{context: {source: chinese}}`` into the Chinese .ts; the English .ts gets each source as
    its own translation. Returns how many Chinese messages were filled."""
    filled = 0
    zh_path = TRANSLATIONS / "township_zh_CN.ts"
    tree = _load_ts(zh_path)
    for ctx in tree.getroot().iter("context"):
        table = translations.get(ctx.findtext("name") or "", {})
        for msg in ctx.iter("message"):
            text = table.get(msg.findtext("source") or "")
            if text:
                tr = msg.find("translation")
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    _save_ts(tree, zh_path)
    en_path = TRANSLATIONS / "township_en.ts"
    tree = _load_ts(en_path)
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        tr.text = msg.findtext("source")
        tr.attrib.pop("type", None)
    _save_ts(tree, en_path)
    return filled


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else en."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(key, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "zh_CN" if code.startswith("zh") else "en"


def translators(lang: str) -> list:
    """The Qt translators of ``lang``, loaded but not installed: the console's own messages and Qt's
    (``qtbase_zh_CN``: the file dialog's "Look in", "Files of type", the standard buttons), shipped
    with PySide6 in its translations folder. English needs none."""
    from PySide6 import QtCore

    if lang == "en":
        return []
    out = []
    own = QtCore.QTranslator()
    qm = TRANSLATIONS / f"township_{lang}.qm"
    if qm.exists() and own.load(str(qm)):
        out.append(own)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{lang}", f"qtbase_{lang.split('_')[0]}"):
        qt = QtCore.QTranslator()
        if qt.load(name, qt_dir):
            out.append(qt)
            break
    # Qt strings changed since qtbase_zh_CN was translated ("&Look in:"); installed last, asked first
    extra = QtCore.QTranslator()
    if extra.load(str(TRANSLATIONS / f"qt_extra_{lang}.qm")):
        out.append(extra)
    return out


def apply_locale(lang: str):
    """Make Qt's formats and the file types Qt names (``TIFF 图像``) follow the interface language;
    returns the locale it replaced."""
    from PySide6 import QtCore

    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("zh_CN" if lang.startswith("zh") else "en_US"))
    return before


def install_translator(app, lang: str | None = None):
    """Load the interface language into ``app``; returns the console's translator (the translators
    are kept by the app)."""
    from layers.code_lists import set_language

    lang = lang or system_language()
    set_language(lang)  # code lists, layer names and field aliases follow the interface
    apply_locale(lang)
    loaded = translators(lang)
    for translator in loaded:
        translator.setParent(app)
        app.installTranslator(translator)
    return loaded[0] if loaded else None


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        update()
    elif command == "missing":
        import json

        print(json.dumps(missing(), ensure_ascii=False, indent=1))
    elif command == "fill":
        import json

        print(f"filled {fill(json.loads(Path(sys.argv[2]).read_text(encoding='utf-8')))} messages")
    else:
        for path in build():
            print(f"built {path.name}")
