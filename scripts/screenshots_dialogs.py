"""Render screenshots of the report dialog, import wizard, exchange and conflicts dialogs into
docs/screenshots/*.png, over throw-away databases of fictional records in a temporary folder.

Run it under a virtual screen:  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_dialogs.py --lang ru
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QWizard  # noqa: E402

from scripts.screenshots import save, settings_in, spin, start  # noqa: E402

PASS = "example passphrase for screenshots"
HEADERS = ["№", "Дата", "ФИО", "Категория", "Вид угрозы", "Источник угрозы", "Город", "Описание", "Комментарий"]
ROWS = [  # fictional people
    ["1", "09.06.2019", "Тестов Ержан Болатович", "правозащитник", "задержание", "полиция; суд", "Алматы",
     "Задержан у здания суда", ""],
    ["2", "2019-06-10", "Примерова Айгуль", "журналист", "избиение, угроза расправой", "полиция/прокуратура",
     "Астана", "Нападение у дома", "проверить"],
    ["3", "June 2019", "Yerzhan Testov", "human rights defender", "арест", "суд", "Almaty", "Remanded", ""],
    ["4", "май 2021", "Образцов Иван", "адвокат", "космическая угроза", "полиция", "Шымкент", "", ""],
    ["5", "позавчера", "Образцова Мария", "адвокат", "задержание", "полиция", "Шымкент", "", ""],
]


def _databases(folder: Path) -> Path:
    """A coordinator database with demo records and an open conflict with monitor m1."""
    from kkdesk.demo import generate
    from kkdesk.exchange import add_peer, export_bundle, import_bundle, own_keys
    from kkdesk.records import CaseDatabase

    coord = CaseDatabase.create(folder / "coord.kkdb", PASS, actor="coord")
    m1 = CaseDatabase.create(folder / "m1.kkdb", PASS, actor="m1")
    generate(m1, incidents=40, seed=7)
    add_peer(coord, "monitor-north", own_keys(m1).text)
    add_peer(m1, "coord", own_keys(coord).text)
    export_bundle(m1, "coord", folder / "b1.kkdx")
    import_bundle(coord, folder / "b1.kkdx")
    generate(coord, incidents=300, seed=3)
    uuid = m1.scalar("SELECT uuid FROM incident ORDER BY id LIMIT 1")
    mine = coord.incidents.get_by_uuid(uuid)
    mine.title = mine.title + " (checked by phone)"
    mine.narrative = "Confirmed by the lawyer on the next day."
    coord.incidents.save(mine)
    theirs = m1.incidents.get_by_uuid(uuid)
    theirs.title = theirs.title + " (court hearing postponed)"
    theirs.status = "verified"
    m1.incidents.save(theirs)
    export_bundle(m1, "coord", folder / "b2.kkdx")
    import_bundle(coord, folder / "b2.kkdx")
    m1.close()
    coord.close()
    with open(folder / "угрозы.csv", "w", encoding="cp1251", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADERS)
        w.writerows(ROWS)
    return folder / "coord.kkdb"


def main() -> int:
    app, lang, suffix = start(__doc__)
    from kkdesk.ui.app import Application
    from kkdesk.ui.import_wizard import PAGE_MAPPING

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = _databases(folder)
        settings = settings_in(folder, lang)
        ctx = Application(settings)
        ctx.start()
        ctx.open_database(str(db), PASS)
        spin(app, 60, lambda: ctx.main_window is not None and ctx.main_window.isVisible())
        main = ctx.main_window
        main.resize(1280, 800)
        spin(app, 30, lambda: main.incidents.model.rowCount() > 0)

        dlg = main.open_report("overview")
        dlg.date_from.setText("2019")
        dlg.date_to.setText("2020")
        dlg.out_path.setText("/home/monitor/reports/overview-2019-2020.pdf")
        spin(app, 0.5)
        save(dlg, f"report-dialog{suffix}.png")
        dlg.kind.setCurrentIndex(dlg.kind.findData("submission"))
        dlg.date_from.setText("2020")
        dlg.date_to.setText("2023")
        dlg.out_path.setText("/home/monitor/reports/upr-2020-2023.docx")
        spin(app, 0.5)
        save(dlg, f"report-dialog-submission{suffix}.png")
        dlg.close()

        wizard = main.open_import()
        wizard.page(0).path.setText(str(folder / "угрозы.csv"))
        wizard.next()
        spin(app, 30, lambda: wizard.currentId() == 1)
        spin(app, 0.5)
        save(wizard, f"import-preview{suffix}.png")
        wizard.next()
        spin(app, 30, wizard.page(PAGE_MAPPING).isComplete)
        spin(app, 0.5)
        save(wizard, f"import-mapping{suffix}.png")
        wizard.next()
        spin(app, 30, lambda: wizard.plan is not None)
        spin(app, 0.8)
        save(wizard, f"import-validation{suffix}.png")
        wizard.button(QWizard.WizardButton.CancelButton).click()

        ex = main.open_exchange("keys")
        spin(app, 10, lambda: bool(ex.own_fingerprint))
        spin(app, 0.5)
        save(ex, f"exchange-keys{suffix}.png")
        ex.close()

        conflicts = main.open_conflicts()
        spin(app, 10, lambda: conflicts.fields.rowCount() > 0)
        spin(app, 0.5)
        save(conflicts, f"conflicts{suffix}.png")
        conflicts.close()
        ctx.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
