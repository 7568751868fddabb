"""The import wizard gives the same rule, suggestions and warnings as the command line, on the
legacy workbook of tests/importer/legacy.py (merged title, mixed persons and organisations)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from kkdesk.cli import main as cli
from kkdesk.importer import Mapping
from kkdesk.records import CaseDatabase

from kkdesk.ui.import_wizard import PAGE_APPLY, PAGE_CHECK, PAGE_MAPPING, PAGE_PREVIEW
from tests.importer import legacy
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_import_wizard import choose_file, main, press, wait_idle  # noqa: F401  (main is a fixture)


def test_legacy_workbook_through_the_wizard(qtbot, main, tmp_path):  # noqa: F811
    path = legacy.write_xlsx(tmp_path / "monitoring.xlsx")
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, path)
    assert wizard.currentId() == PAGE_PREVIEW
    info = wizard.page(PAGE_PREVIEW).info.text()
    assert "Header: row 3" in info and "Merged cells were filled" in info and "2 sheets" in info

    press(qtbot, wizard)
    mapping_page = wizard.page(PAGE_MAPPING)
    qtbot.waitUntil(mapping_page.isComplete, timeout=20000)
    headers = wizard.table.headers
    assert mapping_page.columns.cellWidget(headers.index("ФИО / Организация"), 1).currentData() == "target"
    combo = mapping_page.value_combo("threat_type", "дисциплинарное преследование")
    assert combo is not None and combo.currentData() is None
    offered = [combo.itemText(i) for i in range(combo.count())]
    closest = [t for t in offered if t.startswith("Closest: ")]
    assert len(closest) == 3 and "Closest: Disciplinary complaint or proceedings" in closest
    combo.setCurrentIndex(offered.index("Closest: Disciplinary complaint or proceedings"))

    press(qtbot, wizard)
    check = wizard.page(PAGE_CHECK)
    qtbot.waitUntil(check.isComplete, timeout=30000)
    summary = check.summary.toPlainText()
    assert "names persons and organisations" in summary and "7 by org marker" in summary
    problems = [check.problems.item(r, 2).text() for r in range(check.problems.rowCount())]
    assert any("no person or organisation is named" in p.lower() for p in problems)   # a row starts with a capital
    assert any("2 different patronymics" in p for p in problems)

    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.page(PAGE_APPLY).isComplete, timeout=30000)
    result = wizard.result
    assert (result.incidents, result.threats, result.persons_created, result.organisations_created) == (17, 21, 9, 7)


def test_the_preview_chooses_sheet_encoding_and_header_row_as_the_command_line(qtbot, main, tmp_path):  # noqa: F811
    """The reader's three choices (--sheet, --encoding, --header-row) on the preview page, the guess
    shown; the check then reports what the command line reports for the same choices."""
    from kkdesk.importer import read_table, suggest_mapping, validate

    csv = legacy.write_csv(tmp_path / "monitoring.csv", encoding="koi8_r")
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, csv)
    page = wizard.page(PAGE_PREVIEW)
    assert page.encoding.isEnabled() and not page.sheet.isEnabled()
    assert page.encoding.itemText(0) == "automatic (found: KOI8-R)"          # the guess, shown
    assert "Угроза" in " ".join(wizard.table.headers) or "Вид угрозы" in wizard.table.headers
    headers = list(wizard.table.headers)
    # a wrong choice reads mojibake, as --encoding cp1251 would; back to automatic reads it right again
    page.encoding.setCurrentIndex(page.encoding.findData("cp1251"))
    page.read_again()
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert wizard.table.encoding == "cp1251, as chosen" and wizard.table.headers != headers
    assert wizard.table.headers == read_table(csv, encoding="cp1251").headers
    page.encoding.setCurrentIndex(0)
    page.read_again()
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert wizard.table.headers == headers and page.encoding.itemText(0) == "automatic (found: KOI8-R)"

    # a workbook: the sheets offered, the header found below the title (row 3) or chosen
    book = legacy.write_xlsx(tmp_path / "monitoring.xlsx")
    wizard.back()
    choose_file(qtbot, wizard, book)
    assert wizard.currentId() == PAGE_PREVIEW
    assert not page.encoding.isEnabled() and page.sheet.isEnabled()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Пояснения", "Угрозы 2019-2023"]
    assert page.sheet.currentText() == "Угрозы 2019-2023" and page.header_row.text().endswith("row 3")
    page.header_row.setValue(2)              # the subtitle row as header: other columns, as --header-row 2
    page.read_again()
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert wizard.table.header_row == 2
    assert wizard.table.headers == read_table(book, header_row=2).headers
    page.header_row.setValue(3)
    page.read_again()
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert wizard.table.header_row == 3

    press(qtbot, wizard)
    mapping_page = wizard.page(PAGE_MAPPING)
    qtbot.waitUntil(mapping_page.isComplete, timeout=20000)
    press(qtbot, wizard)
    check = wizard.page(PAGE_CHECK)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    wait_idle(qtbot, main.ctx)
    # the same report as `kkdesk import --dry-run --header-row 3` gives (its problem lines in the table)
    cdb = main.ctx.cdb
    table = read_table(book, header_row=3)
    cli = validate(cdb, table, suggest_mapping(cdb, table, wizard.mapping)).report()
    assert check.summary.toPlainText() == "\n".join(line for line in cli.splitlines() if not line.startswith("  - "))
    assert check.problems.rowCount() == sum(1 for line in cli.splitlines() if line.startswith("  - "))


def test_the_wizard_saves_the_closest_terms_to_choose_from_as_the_command_line(qtbot, main, tmp_path, capsys,  # noqa: F811
                                                                              monkeypatch):
    """A value not decided yet is saved with its closest terms, the same ones --save-mapping writes."""
    path = legacy.write_xlsx(tmp_path / "monitoring.xlsx")
    wizard = main.open_import()
    qtbot.addWidget(wizard)
    choose_file(qtbot, wizard, path)
    press(qtbot, wizard)
    page = wizard.page(PAGE_MAPPING)
    qtbot.waitUntil(page.isComplete, timeout=20000)
    page.save_mapping(str(tmp_path / "wizard-map.json"))
    saved = Mapping.load(tmp_path / "wizard-map.json")

    db = tmp_path / "cli.kkdb"
    CaseDatabase.create(db, PASSPHRASE).close()
    monkeypatch.setenv("KKDESK_PASSPHRASE", PASSPHRASE)
    cli(["import", str(db), str(path), "--dry-run", "--save-mapping", str(tmp_path / "cli-map.json")])
    capsys.readouterr()
    by_cli = Mapping.load(tmp_path / "cli-map.json")
    value = "дисциплинарное преследование"
    assert list(saved.values["threat_type"][value]["choose"]) == list(by_cli.values["threat_type"][value]["choose"])
    assert saved.columns == by_cli.columns
