"""The Reports dialog offers the UN submission draft and archival PDFs (issue 14), driven offscreen over a
real encrypted database; the files are read back (python-docx, pypdf)."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest
from PySide6.QtCore import Qt

from kkdesk.demo import generate
from kkdesk.records import CaseDatabase
from kkdesk.ui.reports_dialog import ReportDialog
from tests.ui.conftest import PASSPHRASE, unlock


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("submission") / "demo.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        generate(cdb, incidents=60, seed=7)
    return path


@pytest.fixture
def main(qtbot, make_app, demo_db):
    ctx = make_app()
    ctx.start()
    win = unlock(qtbot, ctx, demo_db)
    qtbot.waitUntil(lambda: win.incidents.model.rowCount() > 0, timeout=10000)
    return win


def _save(qtbot, dlg, path) -> None:
    dlg.out_path.setText(str(path))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=60000)


def test_a_submission_draft_saved_from_the_dialog(qtbot, main, tmp_path):
    dlg = ReportDialog(main.ctx, "overview", parent=main)
    qtbot.addWidget(dlg)
    dlg.profile.setCurrentIndex(dlg.profile.findData("full"))
    dlg.kind.setCurrentIndex(dlg.kind.findData("submission"))
    assert dlg.profile.currentData() == "pseudonymised"        # a document to hand over: no names by default
    assert not dlg.pdfa.isVisibleTo(dlg) and dlg.coalition.isVisibleTo(dlg) and not dlg.print_button.isEnabled()
    dlg.lang.setCurrentIndex(dlg.lang.findData("kk"))
    dlg.date_from.setText("2015")
    dlg.date_to.setText("2025")
    _save(qtbot, dlg, tmp_path / "long.docx")
    assert "төрт жыл" in dlg.last_result or "four years" in dlg.last_result   # refused, in words
    assert not (tmp_path / "long.docx").exists()
    dlg.last_result = None
    dlg.date_from.setText("2022")
    dlg.coalition.setChecked(True)
    out = tmp_path / "draft.docx"
    _save(qtbot, dlg, out)
    assert dlg.last_result == "saved", dlg.status.text()
    doc = docx.Document(io.BytesIO(out.read_bytes()))
    texts = [p.text for p in doc.paragraphs]
    assert "Қазақстанның Әмбебап мерзімдік шолуына арналған бірлескен баяндама" in texts
    assert sum(p.style.name == "List Number" for p in doc.paragraphs) >= 6 and doc.tables


def test_the_archival_checkbox_writes_pdfa(qtbot, main, tmp_path):
    dlg = ReportDialog(main.ctx, "overview", parent=main)
    qtbot.addWidget(dlg)
    assert dlg.pdfa.isVisibleTo(dlg) and not dlg.coalition.isVisibleTo(dlg)
    dlg.pdfa.setChecked(True)
    out = tmp_path / "o.pdf"
    _save(qtbot, dlg, out)
    assert dlg.last_result == "saved", dlg.status.text()
    root = pypdf.PdfReader(io.BytesIO(out.read_bytes())).trailer["/Root"]
    assert "/OutputIntents" in root and b"<pdfaid:part>2</pdfaid:part>" in root["/Metadata"].get_object().get_data()
