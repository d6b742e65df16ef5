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
