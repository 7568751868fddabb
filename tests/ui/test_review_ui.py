"""The review window offscreen: the coordinator's "waiting for my review" list, verify and return with
a comment; the monitor's "returned to me" list and submitting again; the status is shown, not chosen,
in the editor. A real encrypted database; fictional records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle


@pytest.fixture
def review_db(tmp_path):
    path = tmp_path / "review.kkdb"
    with CaseDatabase.create(path, PASSPHRASE, actor="monitor-north") as cdb:
        ids = [cdb.incidents.save(Incident(f"Summons of a journalist {n}", PartialDate(f"2022-0{n}"),
                                           city="almaty", sources=[InfoSource("Vlast.kz")])).id for n in (1, 2, 3)]
        cdb.review.submit(ids[:2])
        cdb.set_actor_name("coordinator")      # the office opens the same file under its own name
    return path


def _dialog(qtbot, main):
    dlg = main.show_review()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.waiting.rowCount() + dlg.returned.rowCount() > 0 or "as:" in dlg.who.text(),
                    timeout=10000)
    wait_idle(qtbot, main.ctx)
    return dlg


def test_verify_and_return_in_the_review_window_then_the_author_submits_again(qtbot, make_app, review_db):
    ctx = make_app()
    main = unlock(qtbot, ctx, review_db)
    assert not main.open_incident(None).status.isEnabled()   # the status is shown, not chosen
    dlg = _dialog(qtbot, main)
    assert dlg.who.text().endswith("coordinator")
    assert dlg.waiting.rowCount() == 2 and dlg.returned.rowCount() == 0
    assert "Waiting for my review (2)" in dlg.tabs.tabText(0)
    assert dlg.waiting.item(0, 3).text() == "monitor-north"
    dlg.waiting.selectRow(0)
    wait_idle(qtbot, ctx)
    assert "monitor-north submitted" in dlg.steps.text()
    qtbot.mouseClick(dlg.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.waiting.rowCount() == 1, timeout=10000)
    dlg.waiting.selectRow(0)
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(dlg.return_button, Qt.MouseButton.LeftButton)     # no comment: refused, plainly
    qtbot.waitUntil(lambda: "comment" in dlg.message.text(), timeout=10000)
    assert dlg.waiting.rowCount() == 1
    dlg.comment.setPlainText("Which court? Add a second source.")
    qtbot.mouseClick(dlg.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.waiting.rowCount() == 0, timeout=10000)
    cdb = ctx.cdb
    states = sorted(cdb.scalar("SELECT review FROM incident WHERE title = ?", (f"Summons of a journalist {n}",))
                    for n in (1, 2))
    assert states == ["returned", "verified"]

    # the author, under their own name, finds it returned with the comment and submits it again
    ctx.worker.submit(lambda c: c.set_actor_name("monitor-north"), write=False)
    wait_idle(qtbot, ctx)
    dlg.refresh()
    qtbot.waitUntil(lambda: dlg.returned.rowCount() == 1, timeout=10000)
    assert dlg.returned.item(0, 5).text() == "coordinator: Which court? Add a second source."
    dlg.tabs.setCurrentIndex(1)
    dlg.returned.selectRow(0)
    wait_idle(qtbot, ctx)
    assert not dlg.verify_button.isEnabled() and dlg.submit_button.isEnabled()
    qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.returned.rowCount() == 0, timeout=10000)
    assert cdb.scalar("SELECT count(*) FROM incident WHERE review = 'submitted'") == 1
    ctx.lock()
    assert getattr(main, "review", None) is None        # it names cases: gone with the lock


def test_links_are_made_in_the_editor_and_shown_from_both_ends(qtbot, make_app, review_db):
    ctx = make_app()
    main = unlock(qtbot, ctx, review_db)
    cdb = ctx.cdb
    first, second = [r[0] for r in cdb.query("SELECT id FROM incident ORDER BY id LIMIT 2")]
    first_ref = cdb.scalar("SELECT ref FROM incident WHERE id = ?", (first,))
    second_ref = cdb.scalar("SELECT ref FROM incident WHERE id = ?", (second,))
    editor = main.open_incident(second)
    wait_idle(qtbot, ctx)
    pane = editor.links
    pane.kind.setCurrentIndex(pane.kind.findData("continuation"))
    pane.ref.setText("KK-1999-00000000")
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)          # unknown: said plainly
    qtbot.waitUntil(lambda: "reference" in pane.message.text(), timeout=10000)
    pane.ref.setText(first_ref.lower())
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.list.count() == 1, timeout=10000)
    assert pane.list.item(0).text().startswith(f"continues {first_ref}")
    other = main.open_incident(first)
    qtbot.waitUntil(lambda: other.links.list.count() == 1, timeout=10000)
    assert other.links.list.item(0).text().startswith(f"continued by {second_ref}")   # the other end
    html = main.incidents.link_labels()
    from kkdesk.ui.incidents_pane import incident_html
    shown = incident_html(cdb, first, "en", False, {"sources": "Sources", "tags": "Tags", **html})
    assert f"continued by {second_ref}" in shown and "Independent sources: 1" in shown
    other.links.list.setCurrentRow(0)
    qtbot.mouseClick(other.links.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.links.list.count() == 0, timeout=10000)
    assert cdb.links.incident_links(first) == []
    editor.discard()
    other.discard()


def test_ties_between_a_person_and_an_organisation_show_in_both_dialogs(qtbot, make_app, review_db):
    from kkdesk.model.entities import Organisation, Person
    from kkdesk.ui.person_dialog import OrganisationDialog, PersonDialog

    with CaseDatabase.open(review_db, PASSPHRASE) as cdb:
        p = cdb.persons.save(Person(name_latin="Aigerim Testova", gender="female"))
        other = cdb.persons.save(Person(name_latin="A. Testova"))
        o = cdb.organisations.save(Organisation(name="Test Bar Association", kind="bar_association"))
        cdb.links.link_person_org(p.id, o.id, "lawyer")
        cdb.links.mark_same_person(p.id, other.id)
        other_code = other.pseudonym
    ctx = make_app()
    main = unlock(qtbot, ctx, review_db)
    person = PersonDialog(ctx, ctx.cdb.persons.get(p.id), parent=main)
    qtbot.addWidget(person)
    qtbot.waitUntil(lambda: "lawyer of Test Bar Association" in person.ties.text(), timeout=10000)
    assert f"also recorded as {other_code}" in person.ties.text()
    # a tie added in the person's dialog shows at the organisation's end too
    editor = person.ties_editor
    qtbot.waitUntil(lambda: editor.org.count() == 1, timeout=10000)
    editor.kind.setCurrentIndex(editor.kind.findData("member"))
    editor.org.setCurrentIndex(editor.org.findData(o.id))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "member of Test Bar Association" in person.ties.text(), timeout=10000)
    third = ctx.cdb.persons.save(Person(name_latin="Aigerim T."))
    editor.same_code.setText("P-NOSUCH")
    qtbot.mouseClick(editor.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not in the registry" in person.ties.text(), timeout=10000)
    editor.same_code.setText(third.pseudonym.lower())
    qtbot.mouseClick(editor.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: third.pseudonym in person.ties.text(), timeout=10000)
    assert sorted(ctx.cdb.links.same_person(p.id)) == sorted([other.id, third.id])
    org = OrganisationDialog(ctx, ctx.cdb.organisations.get(o.id), parent=main)
    qtbot.addWidget(org)
    qtbot.waitUntil(lambda: org.ties.text() == "Aigerim Testova (lawyer of); Aigerim Testova (member of)",
                    timeout=10000)


def test_a_peer_is_added_as_our_coordinator_in_the_exchange_dialog(qtbot, make_app, review_db, tmp_path):
    from kkdesk.exchange import own_keys, peers

    with CaseDatabase.create(tmp_path / "office.kkdb", "office pass", actor="office") as office:
        key = own_keys(office).text
    ctx = make_app()
    main = unlock(qtbot, ctx, review_db)
    dlg = main.open_exchange("keys")
    qtbot.addWidget(dlg)
    wait_idle(qtbot, ctx)
    dlg.peer_name.setText("office")
    dlg.peer_key.setPlainText(key)
    dlg.peer_is_coordinator.setChecked(True)
    qtbot.mouseClick(dlg.add_peer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.peer_names == ["office"], timeout=10000)
    assert [(p.name, p.role) for p in peers(ctx.cdb)] == [("office", "coordinator")]
    assert not dlg.peer_is_coordinator.isChecked()


def test_the_review_window_asks_for_a_name_when_the_database_has_none(qtbot, make_app, tmp_path):
    path = tmp_path / "unnamed.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    main = unlock(qtbot, ctx, path)
    dlg = main.show_review()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "general name 'monitor'" in dlg.message.text(), timeout=10000)
