"""Exchange from the window: keys and fingerprints, adding a peer, writing a bundle, reading one in
(tampered and unknown-sender bundles give the core's plain message), and a conflict built by two
real databases resolved field by field in the conflicts dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kkdesk.exchange import add_peer, export_bundle, import_bundle, list_conflicts, own_keys
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle



@pytest.fixture
def setup(tmp_path):
    """coord (opened in the window) and monitor m1 share an incident; both then change it, and m1
    writes a bundle with its change. m2 is a monitor coord does not know yet."""
    paths = {n: tmp_path / f"{n}.kkdb" for n in ("coord", "m1", "m2")}
    dbs = {n: CaseDatabase.create(p, PASSPHRASE, actor=n) for n, p in paths.items()}
    coord, m1, m2 = dbs["coord"], dbs["m1"], dbs["m2"]
    add_peer(coord, "m1", own_keys(m1).text)
    add_peer(m1, "coord", own_keys(coord).text)
    add_peer(m2, "coord", own_keys(coord).text)
    person = m1.persons.save(Person(name_latin="Fictional Testova"))
    inc = m1.incidents.save(Incident(title="Detention at the court", date=PartialDate.parse("2019-06-09"),
                                     city="almaty", targets=[Target(person_id=person.id, threats=[
                                         Threat("judicial.detention", sources=["police"])])]))
    export_bundle(m1, "coord", tmp_path / "first.kkdx")
    import_bundle(coord, tmp_path / "first.kkdx")
    mine = coord.incidents.get_by_uuid(inc.uuid)
    mine.title = "Detention at the city court"
    coord.incidents.save(mine)
    theirs = m1.incidents.get_by_uuid(inc.uuid)
    theirs.title = "Detention outside the court"
    theirs.narrative = "Held for three hours."
    m1.incidents.save(theirs)
    export_bundle(m1, "coord", tmp_path / "second.kkdx")
    m2.incidents.save(Incident(title="Search of an office", date=PartialDate.parse("2020-02")))
    export_bundle(m2, "coord", tmp_path / "stranger.kkdx")
    data = bytearray((tmp_path / "second.kkdx").read_bytes())
    data[-40] ^= 0x01
    (tmp_path / "tampered.kkdx").write_bytes(bytes(data))
    m2_key = own_keys(m2).text
    m1.close()
    coord.close()
    yield {"coord": paths["coord"], "m2": m2, "m2_key": m2_key, "uuid": inc.uuid, "folder": tmp_path}
    m2.close()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_keys_bundles_and_a_conflict_resolved_field_by_field(qtbot, make_app, setup):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, setup["coord"])
    folder = setup["folder"]

    # Keys: our fingerprint to compare by eye; add m2 with its key text.
    dlg = main.open_exchange("keys")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: bool(dlg.own_fingerprint), timeout=5000)
    assert dlg.own_key.toPlainText() == own_keys(ctx.cdb).text
    assert own_keys(ctx.cdb).fingerprint in dlg.fingerprint.text()
    assert dlg.peer_names == ["m1"]

    # A bundle from an unknown sender, and a tampered one: plain messages, nothing written.
    before = ctx.cdb.incidents.count()
    dlg.tabs.setCurrentIndex(2)
    for name, words in (("stranger.kkdx", "signed by a key that is not registered here"),
                        ("tampered.kkdx", "changed or damaged after it was signed")):
        dlg.import_message.clear()
        dlg.import_path.setText(str(folder / name))
        click(qtbot, dlg.import_button)
        qtbot.waitUntil(lambda: dlg.import_message.text() not in ("", "Reading…"), timeout=10000)
        text = dlg.import_message.text()
        assert words in text and "nothing was written" in text.lower(), text
        assert "Traceback" not in text and dlg.last_import is None
    assert ctx.cdb.incidents.count() == before

    dlg.tabs.setCurrentIndex(0)
    dlg.peer_name.setText("m2")
    dlg.peer_key.setPlainText(setup["m2_key"])
    assert dlg.peer_fingerprint.text() == own_keys(setup["m2"]).fingerprint
    click(qtbot, dlg.add_peer_button)
    qtbot.waitUntil(lambda: dlg.peer_names == ["m1", "m2"], timeout=5000)
    assert dlg.peers.item(1, 1).text() == own_keys(setup["m2"]).fingerprint

    # Now m2's bundle is accepted.
    dlg.tabs.setCurrentIndex(2)
    dlg.import_path.setText(str(folder / "stranger.kkdx"))
    click(qtbot, dlg.import_button)
    qtbot.waitUntil(lambda: dlg.last_import is not None, timeout=10000)
    assert dlg.last_import.created >= 1 and ctx.cdb.incidents.count() == before + 1

    # Export a bundle for m2 through the dialog; m2 reads it with the core.
    dlg.tabs.setCurrentIndex(1)
    dlg.export_peer.setCurrentText("m2")
    dlg.export_path.setText(str(folder / "to-m2.kkdx"))
    click(qtbot, dlg.export_button)
    qtbot.waitUntil(lambda: dlg.export_message.text().startswith("Bundle written"), timeout=10000)
    summary = import_bundle(setup["m2"], folder / "to-m2.kkdx")
    assert summary.peer == "coord" and summary.created >= 1

    # m1's change to the record coord also changed: a conflict, nothing overwritten.
    dlg.tabs.setCurrentIndex(2)
    dlg.last_import = None
    dlg.import_path.setText(str(folder / "second.kkdx"))
    click(qtbot, dlg.import_button)
    qtbot.waitUntil(lambda: dlg.last_import is not None, timeout=10000)
    assert dlg.last_import.conflicts == 1 and dlg.conflicts_button.isVisible()
    assert ctx.cdb.incidents.get_by_uuid(setup["uuid"]).title == "Detention at the city court"

    click(qtbot, dlg.conflicts_button)
    conflicts = main._conflicts_dialog
    qtbot.addWidget(conflicts)
    qtbot.waitUntil(lambda: conflicts.fields.rowCount() == 2, timeout=5000)
    assert conflicts.list.count() == 1 and "KK-2019-" in conflicts.list.item(0).text()
    rows = {conflicts.field_name(r): (conflicts.fields.item(r, 1).text(), conflicts.fields.item(r, 2).text())
            for r in range(2)}
    assert rows["title"] == ("Detention at the city court", "Detention outside the court")
    assert rows["narrative"][1] == "Held for three hours."
    assert {conflicts.fields.item(r, 0).text() for r in range(2)} == {"Title", "Narrative"}
    combo = conflicts.choice_combo("narrative")
    combo.setCurrentIndex(combo.findData("theirs"))          # title stays "mine" (the default)
    click(qtbot, conflicts.resolve_button)
    qtbot.waitUntil(lambda: conflicts.last_resolved is not None and conflicts.list.count() == 0, timeout=10000)
    wait_idle(qtbot, ctx)
    merged = ctx.cdb.incidents.get_by_uuid(setup["uuid"])
    assert (merged.title, merged.narrative) == ("Detention at the city court", "Held for three hours.")
    assert list_conflicts(ctx.cdb) == []
    assert conflicts.message.text().startswith("Resolved.") and "No open conflicts." in conflicts.message.text()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_conflict_with_a_removed_peer_names_it_in_the_interface_language(qtbot, make_app, tmp_path, lang):
    from kkdesk.messages import msg, render
    from kkdesk.ui import i18n
    from tests.exchange.test_removed_peer import conflict_with_a_removed_peer

    path = conflict_with_a_removed_peer(tmp_path, PASSPHRASE)
    make_app().settings.set("language", lang)
    ctx = make_app()                   # the language setting applies from the next start
    assert i18n.current() == lang
    ctx.start()
    main = unlock(qtbot, ctx, path)
    conflicts = main.open_conflicts()
    qtbot.addWidget(conflicts)
    qtbot.waitUntil(lambda: conflicts.list.count() == 1, timeout=5000)
    shown = conflicts.list.item(0).text()
    assert render(msg("conflict.removed_peer"), lang) in shown and "removed" not in shown, shown
