"""Help → About names the version and build, as `kkdesk --version` does; the window carries the icon."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kkdesk import version_text
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock


def test_about_shows_version_and_build(qtbot, make_app, tmp_path):
    path = tmp_path / "about.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    seen: list[str] = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    main.findChild(type(main.menuBar().actions()[0]), "actionAbout").trigger()
    assert len(seen) == 1 and version_text() in seen[0] and "offline" in seen[0]


def test_the_application_icon_comes_from_the_package_data(qapp):
    from kkdesk.ui.app import _icon

    icon = _icon()
    assert not icon.isNull() and icon.availableSizes()[0].width() == 256
