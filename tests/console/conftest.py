"""Windows under test keep their settings (recent files, window layout) in a folder of the test run's own,
never in the user's configuration."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def own_settings_folder(tmp_path_factory):
    from PySide6 import QtCore

    paths = QtCore.QStandardPaths
    default = paths.writableLocation(paths.StandardLocation.GenericConfigLocation)
    fmt, scope = QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Scope.UserScope
    folder = tmp_path_factory.mktemp("settings")
    QtCore.QSettings.setPath(fmt, scope, str(folder))
    yield folder
    QtCore.QSettings.setPath(fmt, scope, default)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    """The interface language, installed as the console installs it (translations, code lists, locale)."""
    from console import i18n
    from layers.code_lists import language as code_language
    from layers.code_lists import set_language

    lang, before = request.param, code_language()
    if lang != "en" and not (i18n.TRANSLATIONS / f"township_{lang}.qm").exists():
        i18n.build()
    loaded = i18n.translators(lang)
    for translator in loaded:
        qapp.installTranslator(translator)
    set_language(lang)
    locale = i18n.apply_locale(lang)
    yield lang
    for translator in loaded:
        qapp.removeTranslator(translator)
    set_language(before)
    from PySide6 import QtCore

    QtCore.QLocale.setDefault(locale)
