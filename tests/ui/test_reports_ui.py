"""Reports from the window: save with the Incidents tab's filters, print from memory, plain errors, Cancel."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from kkdesk.demo import generate
from kkdesk.search import SearchQuery, incident_id_array
from kkdesk.records import CaseDatabase
from kkdesk.ui.reports_dialog import ReportDialog
from tests.ui.conftest import PASSPHRASE, unlock, wait_idle



def pdftext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def pdfpages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "reports.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        generate(cdb, incidents=60, seed=5)
    return path


@pytest.fixture
def main(qtbot, make_app, demo_db):
    ctx = make_app()
    ctx.start()
    win = unlock(qtbot, ctx, demo_db)
    qtbot.waitUntil(lambda: win.incidents.model.rowCount() > 0, timeout=10000)
    return win


def test_overview_in_russian_uses_the_incidents_tab_search(qtbot, main, tmp_path):
    dlg = ReportDialog(main.ctx, "overview", query=SearchQuery(date_from="2019-01-01", date_to="2019-12-31"),
                       parent=main)
    qtbot.addWidget(dlg)
    assert dlg.use_filters.isChecked() and dlg.date_from.text() == "2019-01-01"
    assert "Incidents tab" in dlg.subject_label.text()
    dlg.lang.setCurrentIndex(dlg.lang.findData("ru"))
    dlg.profile.setCurrentIndex(dlg.profile.findData("pseudonymised"))
    out = tmp_path / "overview.pdf"
    dlg.out_path.setText(str(out))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    assert dlg.last_result == "saved", dlg.status.text()
    text = pdftext(out)
    assert "Периодический обзор" in text and "Период: 2019 г." in text     # Russian, the chosen period
    q = dlg.query()
    assert (q.date_from, q.date_to) == ("2019-01-01", "2019-12-31")


def test_print_brief_from_memory_leaves_no_file_behind(qtbot, main, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation) == str(scratch)
    main.incidents.table.selectRow(0)
    dlg = main.open_report("brief")
    qtbot.addWidget(dlg)
    assert dlg.current_kind() == "brief"
    qtbot.waitUntil(lambda: dlg.subject_label.text().startswith("KK-"), timeout=5000)
    printed = tmp_path / "printer-output.pdf"        # stands in for the printer the user picked
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    before = set(os.listdir(tmp_path))
    dlg.print_document(printer)
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    assert dlg.last_result == "printed", dlg.status.text()
    wait_idle(qtbot, main.ctx)
    from kkdesk.reports import build_brief
    brief = build_brief(main.ctx.cdb, main.incidents.selected_id(), main.ctx.lang, dlg.profile.currentData())
    assert pdfpages(printed) == int(subprocess.run(["pdfinfo", "-"], input=brief, capture_output=True, check=True)
                                    .stdout.decode().split("Pages:")[1].split()[0])
    assert os.path.getsize(printed) > 20000                  # pages arrive as drawn images
    assert list(scratch.iterdir()) == []                     # no temporary copy anywhere
    assert set(os.listdir(tmp_path)) - before == {"printer-output.pdf"}


def test_exports_and_plain_errors(qtbot, main, tmp_path):
    dlg = main.open_report("xlsx")
    qtbot.addWidget(dlg)
    assert dlg.current_kind() == "xlsx" and not dlg.print_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.last_result == "Choose where to save the file first."
    dlg.out_path.setText(str(tmp_path / "out.xlsx"))
    dlg.date_from.setText("the spring")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "Traceback" not in dlg.status.text() and dlg.status.text()
    assert not (tmp_path / "out.xlsx").exists()
    dlg.date_from.clear()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.last_result == "saved", timeout=30000)
    from openpyxl import load_workbook
    wb = load_workbook(tmp_path / "out.xlsx", read_only=True)
    assert len(wb.sheetnames) >= 2
    wb.close()
    dlg.kind.setCurrentIndex(dlg.kind.findData("csv"))
    dlg.out_path.setText(str(tmp_path / "csv-export"))
    dlg.last_result = None
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    assert dlg.last_result == "saved", dlg.status.text()
    assert sorted(p.name for p in (tmp_path / "csv-export").iterdir()) == [
        "incidents.csv", "persons.csv", "responses.csv", "sources.csv", "threats.csv"]


def test_overview_can_be_cancelled_and_writes_nothing(qtbot, main, tmp_path):
    dlg = main.open_report("overview")
    qtbot.addWidget(dlg)
    out = tmp_path / "cancelled.pdf"
    dlg.out_path.setText(str(out))
    release = threading.Event()
    main.ctx.worker.submit(lambda cdb: release.wait(10))     # the worker is busy: the job waits in line
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dlg.job.isVisible, timeout=5000)
    qtbot.mouseClick(dlg.job.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dlg.job.outcome is not None, timeout=10000)
    wait_idle(qtbot, main.ctx)
    assert dlg.job.outcome == "cancelled"
    assert not out.exists()


def test_dossier_from_the_defenders_tab(qtbot, main, tmp_path):
    main.tabs.setCurrentWidget(main.defenders)
    qtbot.waitUntil(lambda: main.defenders.model.rowCount() > 0, timeout=10000)
    main.defenders.table.selectRow(0)
    dlg = main.open_report("dossier")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.subject_label.text().startswith("P-"), timeout=5000)
    dlg.lang.setCurrentIndex(dlg.lang.findData("kk"))
    dlg.out_path.setText(str(tmp_path / "dossier.pdf"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    assert dlg.last_result == "saved", dlg.status.text()
    text = pdftext(tmp_path / "dossier.pdf")
    assert "Құқық қорғаушының досьесі" in text and dlg.subject_label.text() in text


def test_the_dialog_remembers_language_and_profile_and_shows_its_scope(qtbot, main):
    pane = main.incidents
    pane.show_query(SearchQuery(date_from="2019-01-01", date_to="2019-12-31"))
    qtbot.waitUntil(lambda: pane.last_query is not None and pane.last_query.date_from == "2019-01-01",
                    timeout=5000)
    qtbot.waitUntil(lambda: pane.count_label.text().endswith("incident(s)"), timeout=5000)
    matching = pane.model.rowCount()

    main.tabs.setCurrentWidget(pane)
    dlg = main.open_report("overview")
    qtbot.addWidget(dlg)
    assert dlg.use_filters.isChecked()
    assert dlg.verified_only.isChecked()            # an overview counts verified records unless asked
    verified = len(incident_id_array(main.ctx.cdb, SearchQuery(date_from="2019-01-01", date_to="2019-12-31",
                                                               statuses=["verified"])))
    qtbot.waitUntil(lambda: dlg.subject_label.text().endswith(f"verified only — {verified} incident(s)"),
                    timeout=5000)
    dlg.verified_only.setChecked(False)
    qtbot.waitUntil(lambda: dlg.subject_label.text().endswith(f"— {matching} incident(s)"), timeout=5000)
    dlg.lang.setCurrentIndex(dlg.lang.findData("kk"))
    dlg.profile.setCurrentIndex(dlg.profile.findData("public"))
    dlg.close()

    main.tabs.setCurrentWidget(main.defenders)     # from another tab the search is not applied unasked
    dlg = main.open_report("overview")
    qtbot.addWidget(dlg)
    assert dlg.lang.currentData() == "kk" and dlg.profile.currentData() == "public"
    assert not dlg.use_filters.isChecked() and dlg.use_filters.isEnabled()
    dlg.verified_only.setChecked(False)
    total = main.ctx.cdb.incidents.count()
    qtbot.waitUntil(lambda: dlg.subject_label.text().endswith(f"— {total} incident(s)"), timeout=5000)
    assert "all incidents" in dlg.subject_label.text()
