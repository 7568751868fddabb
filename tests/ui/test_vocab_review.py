"""The coordinator sees the uncertain shipped labels in the vocabulary editor, opens one to correct
it, and keeps another once checked; the list follows."""

from __future__ import annotations

from kkdesk.records import CaseDatabase
from kkdesk.vocab import shipped_review_flags
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle


def test_labels_to_check_are_listed_opened_and_kept(qtbot, make_app, tmp_path):
    path = tmp_path / "v.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    total = sum(len(langs) for langs in shipped_review_flags().values())
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    pane = main.vocabulary
    main.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.review_table.rowCount() == total, timeout=5000)
    assert str(total) in pane.review_count.text()
    rows = [[pane.review_table.item(r, c).text() for c in range(4)] for r in range(total)]
    row = next(n for n, r in enumerate(rows) if r[1] == "scale.singular" and r[2] == "Kazakh")
    assert rows[row][3] == "Жеке (бір нысанға қатысты)"
    pane.edit_review_item(row)                          # as a double-click does
    qtbot.waitUntil(lambda: pane.label_kk.text() == "Жеке (бір нысанға қатысты)", timeout=5000)
    assert pane.vocab.currentData() == "criterion" and pane.code.text() == "scale.singular"
    pane.review_table.selectRow(row)
    pane.confirm_button.click()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: pane.review_table.rowCount() == total - 1, timeout=5000)
    assert ("criterion", "scale.singular", "kk") not in {(i.term.vocab, i.term.code, i.lang)
                                                        for i in ctx.cdb.vocab.labels_to_review()}
