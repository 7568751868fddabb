"""Small things a monitor notices at the desk: the unlock form stays still while messages come and
go, and the editor says when it shows real names while pseudonyms are on."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kkdesk.ui.unlock import UnlockWindow

LONG = ("The passphrase does not open this database. Check the keyboard layout (Russian, Kazakh or "
        "Latin) and Caps Lock, then type it again; after several failures kkdesk waits a little longer "
        "before it accepts the next try.")


def _positions(win: UnlockWindow, widgets) -> list[QPoint]:
    return [w.mapTo(win, QPoint(0, 0)) for w in widgets]


def test_unlock_form_does_not_jump_when_a_message_wraps(qtbot):
    win = UnlockWindow(["/tmp/one.kkdb", "/tmp/two.kkdb"])
    qtbot.addWidget(win)
    win.resize(620, 460)
    win.show()
    qtbot.waitExposed(win)
    fields = [win.passphrase_edit, win.open_button, win.path_edit, win.demo_button]
    before = _positions(win, fields)
    win.show_message(LONG)
    qtbot.wait(50)
    assert win.message.height() >= 3 * win.message.fontMetrics().lineSpacing()
    assert _positions(win, fields) == before
    win.set_busy(True, "Opening…")          # the progress row appearing moves nothing either
    qtbot.wait(50)
    assert _positions(win, fields) == before
    win.set_busy(False)
    win.show_message("")
    qtbot.wait(50)
    assert _positions(win, fields) == before
    win.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    create = [win.create_button, win.new_pass2, win.demo_button]
    before = _positions(win, create)
    win.new_pass1.setText("password")       # the "weak" advice wraps onto a second line
    qtbot.wait(50)
    assert win.strength_label.text().startswith("Weak")
    assert _positions(win, create) == before
    win.grab().save("/tmp/keys/unlock_create_weak.png")


def test_enter_in_pseudonym_mode_says_the_editor_shows_real_names(qtbot, make_app, tmp_path):
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident, Person, Target, Threat
    from kkdesk.records import CaseDatabase
    from tests.ui.conftest import PASSPHRASE, unlock, wait_idle

    path = tmp_path / "pseudo.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        p = cdb.persons.save(Person(name_cyrillic="Дана Қуатова"))
        cdb.incidents.save(Incident(title="Дана Қуатова вызвана на допрос", date=PartialDate("2020-03"),
                                    targets=[Target(person_id=p.id, threats=[Threat("judicial.questioning_summons")])]))
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    for pseudonyms in (True, False):
        ctx.pseudonyms = pseudonyms
        table = main.incidents.table
        qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 1, timeout=5000)
        wait_idle(qtbot, ctx)
        table.setFocus()
        table.setCurrentIndex(main.incidents.model.index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(main.editors) == 1 and main.editors[0].loaded, timeout=5000)
        editor = main.editors[0]
        assert editor.title.text() == "Дана Қуатова вызвана на допрос"      # the editor shows the real text
        assert editor.pseudonym_notice.isVisibleTo(editor) is pseudonyms
        if pseudonyms:
            assert "real names" in editor.pseudonym_notice.text()
            editor.grab().save("/tmp/keys/editor_pseudonym_notice.png")
        editor.close()
        qtbot.waitUntil(lambda: not main.editors, timeout=5000)
