"""The import wizard gives the same rule, suggestions and warnings as the command line, on the
legacy workbook of tests/importer/legacy.py (merged title, mixed persons and organisations)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from kkdesk.ui.import_wizard import PAGE_APPLY, PAGE_CHECK, PAGE_MAPPING, PAGE_PREVIEW
from tests.importer import legacy
from tests.ui.test_import_wizard import choose_file, main, press  # noqa: F401  (main is a fixture)


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
    assert any("no person or organisation is named" in p for p in problems)
    assert any("2 different patronymics" in p for p in problems)

    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.page(PAGE_APPLY).isComplete, timeout=30000)
    result = wizard.result
    assert (result.incidents, result.threats, result.persons_created, result.organisations_created) == (17, 21, 9, 7)
