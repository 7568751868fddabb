"""The import wizard driven as a person would: a messy Cyrillic CSV through preview, mapping (an
unknown value added as a new term), the validation report and the import; a file whose last row is
wrong shows the problem by row and column and writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kkdesk.importer import Mapping
from kkdesk.records import CaseDatabase
from kkdesk.ui.import_wizard import ADD_TERM, PAGE_APPLY, PAGE_CHECK, PAGE_MAPPING, PAGE_PREVIEW
from tests.importer.sheets import HEADERS, ROWS, write_csv
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle


MESSY_ROWS = [*ROWS, ["7", "03.2023", "Тестова Гульнар", "журналист", "космическая угроза", "полиция", "Алматы",
                      "Неизвестный вид угрозы", "женщина"]]


@pytest.fixture
def main(qtbot, make_app, tmp_path):
    path = tmp_path / "import.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    return unlock(qtbot, ctx, path)


def press(qtbot, wizard, which=QWizard.WizardButton.NextButton):
    button = wizard.button(which)
    qtbot.waitUntil(button.isEnabled, timeout=20000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_file(qtbot, wizard, path, mapping=None):
    """Fill the first page and press Next; the file is read on the worker."""
    page = wizard.page(0)
    page.path.setText(str(path))
    if mapping is not None:
        page.mapping_path.setText(str(mapping))
    press(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() != 0 or (page.message.text() and not page.reading), timeout=20000)


def counts(cdb):
    return (cdb.incidents.count(), cdb.persons.count(), cdb.scalar("SELECT count(*) FROM vocab_term"))


def test_messy_cyrillic_csv_through_the_wizard(qtbot, main, tmp_path):
    csv_path = write_csv(tmp_path / "угрозы.csv", rows=MESSY_ROWS, encoding="cp1251")
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, csv_path)
    assert wizard.currentId() == PAGE_PREVIEW
    preview = wizard.page(PAGE_PREVIEW).grid
    assert preview.horizontalHeaderItem(2).text() == "ФИО" and preview.rowCount() == 7
    assert preview.item(6, 4).text() == "космическая угроза"
    assert "7 data row(s)" in wizard.page(PAGE_PREVIEW).info.text()

    press(qtbot, wizard)
    mapping_page = wizard.page(PAGE_MAPPING)
    qtbot.waitUntil(mapping_page.isComplete, timeout=10000)
    columns = {h: mapping_page.columns.cellWidget(r, 1).currentData() for r, h in enumerate(HEADERS)}
    assert columns["ФИО"] == "person" and columns["Вид угрозы"] == "threat_type" and columns["Дата"] == "date"
    combo = mapping_page.value_combo("threat_type", "космическая угроза")
    assert combo is not None and combo.currentData() is None         # not decided: listed first
    assert mapping_page.values.cellWidget(0, 2) is combo
    combo.setCurrentIndex(combo.findData(ADD_TERM))
    mapping_page.save_mapping(str(tmp_path / "map.json"))
    saved = Mapping.load(tmp_path / "map.json")
    assert saved.values["threat_type"]["космическая угроза"] == {"add_term": {"en": "космическая угроза",
                                                                             "ru": "космическая угроза"}}
    assert "Гульнар" not in (tmp_path / "map.json").read_text(encoding="utf-8")    # no names in a mapping

    press(qtbot, wizard)
    check = wizard.page(PAGE_CHECK)
    qtbot.waitUntil(check.isComplete, timeout=20000)
    assert counts(main.ctx.cdb)[:2] == (0, 0)                       # nothing written by the check
    assert "No errors" in check.summary.toPlainText()

    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    apply_page = wizard.page(PAGE_APPLY)
    qtbot.waitUntil(apply_page.isComplete, timeout=20000)
    result = wizard.result
    assert result is not None and result.incidents == 7 and result.terms_added == 1
    assert apply_page.message.text() == "The import is complete."
    wait_idle(qtbot, main.ctx)
    cdb = main.ctx.cdb
    assert cdb.incidents.count() == 7
    code = cdb.vocab.find("threat_type", "космическая угроза")
    assert code is not None and cdb.vocab.label("threat_type", code, "ru") == "космическая угроза"
    qtbot.waitUntil(lambda: main.incidents.model.rowCount() == 7, timeout=10000)   # the views refreshed

    # The same file again: everything is skipped as imported before.
    wizard2 = main.open_import()
    qtbot.addWidget(wizard2)
    choose_file(qtbot, wizard2, csv_path, tmp_path / "map.json")
    press(qtbot, wizard2)
    press(qtbot, wizard2)
    qtbot.waitUntil(wizard2.page(PAGE_CHECK).isComplete, timeout=20000)
    press(qtbot, wizard2, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard2.page(PAGE_APPLY).isComplete, timeout=20000)
    assert wizard2.result.incidents == 0 and wizard2.result.skipped_already_imported == 7
    assert cdb.incidents.count() == 7


def test_error_in_the_last_row_is_shown_and_nothing_is_written(qtbot, main, tmp_path):
    rows = [*ROWS, ["7", "позавчера вечером", "Тестова Гульнар", "журналист", "арест", "полиция", "Алматы", "", ""]]
    csv_path = write_csv(tmp_path / "bad.csv", rows=rows)
    before = counts(main.ctx.cdb)
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, csv_path)
    press(qtbot, wizard)
    qtbot.waitUntil(wizard.page(PAGE_MAPPING).isComplete, timeout=10000)
    press(qtbot, wizard)
    check = wizard.page(PAGE_CHECK)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    assert not check.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    table = check.problems
    assert table.rowCount() >= 1
    found = [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())]
    assert any(row == "8" and column == "Дата" for row, column, _ in found), found   # header is row 1
    assert "Problems to fix before anything can be imported" in check.summary.toPlainText()
    assert counts(main.ctx.cdb) == before


def test_unreadable_file_stays_on_the_first_page(qtbot, main, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, bad)
    assert wizard.currentId() == 0
    message = wizard.page(0).message.text()
    assert message and "Traceback" not in message


def test_json_export_skips_the_mapping(qtbot, main, tmp_path):
    from kkdesk.demo import generate
    from kkdesk.reports import export

    with CaseDatabase.create(tmp_path / "other.kkdb", PASSPHRASE) as other:
        generate(other, incidents=12, seed=2)
        export(other, "json", tmp_path / "other.json", "full")
        expected = other.incidents.count()
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, tmp_path / "other.json")
    assert wizard.currentId() == PAGE_CHECK and wizard.is_json()
    qtbot.waitUntil(wizard.page(PAGE_CHECK).isComplete, timeout=20000)
    assert main.ctx.cdb.incidents.count() == 0
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.page(PAGE_APPLY).isComplete, timeout=20000)
    assert wizard.result.created["incidents"] == expected
    assert main.ctx.cdb.incidents.count() == expected


def test_cancel_during_the_import_writes_nothing(qtbot, main, tmp_path):
    import threading

    from PySide6.QtWidgets import QPushButton

    csv_path = write_csv(tmp_path / "cancel.csv")
    before = counts(main.ctx.cdb)
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, csv_path)
    press(qtbot, wizard)
    qtbot.waitUntil(wizard.page(PAGE_MAPPING).isComplete, timeout=10000)
    press(qtbot, wizard)
    qtbot.waitUntil(wizard.page(PAGE_CHECK).isComplete, timeout=20000)
    release = threading.Event()
    main.ctx.worker.submit(lambda cdb: release.wait(10))     # the import waits in line behind this
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    apply_page = wizard.page(PAGE_APPLY)
    qtbot.waitUntil(apply_page.job.isVisible, timeout=5000)
    qtbot.mouseClick(apply_page.job.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(apply_page.isComplete, timeout=10000)
    assert apply_page.message.text() == "The import was cancelled: nothing was written."
    assert wizard.result is None and counts(main.ctx.cdb) == before


def test_locking_closes_the_wizard_and_its_names(qtbot, main, tmp_path):
    from PySide6.QtWidgets import QApplication

    ctx = main.ctx
    wizard = main.open_import()
    choose_file(qtbot, wizard, write_csv(tmp_path / "lock.csv"))
    assert wizard.isVisible() and wizard.currentId() == PAGE_PREVIEW      # names are on screen
    main.open_report("overview")
    ctx.lock()
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()
                                    if w is not ctx.unlock_window), timeout=5000)
