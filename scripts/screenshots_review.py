"""Screenshots of the review window ("waiting for my review", "returned to me") in en/ru/kk, from a
throw-away database of fictional records: docs/screenshots/review-waiting*.png, review-returned*.png.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_review.py --lang ru
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import save, settings_in, spin, start  # noqa: E402

PASS = "review screenshots passphrase"


def build(path: Path) -> None:
    """Three submitted records of a monitor, one of them returned by the office with a comment."""
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident, InfoSource, Person, Target, Threat
    from kkdesk.records import CaseDatabase

    with CaseDatabase.create(path, PASS, actor="monitor-north") as cdb:
        p = cdb.persons.save(Person(name_cyrillic="Айгерім Ойдан-Шығарылған", name_latin="Aigerim Oidan",
                                    gender="female", categories=["journalist"], city="almaty"))
        ids = []
        for n, (title, date, sources) in enumerate((
                ("Вызов журналистки на допрос", "2024-02-05", [InfoSource("Vlast.kz"), InfoSource("Azattyq")]),
                ("Обыск в редакции", "2024-03", [InfoSource("Vlast.kz")]),
                ("Штраф за публикацию", "2024-04-18", []))):
            ids.append(cdb.incidents.save(Incident(
                title=title, date=PartialDate(date), city="almaty", sources=sources,
                targets=[Target(person_id=p.id, category="journalist",
                                threats=[Threat("judicial.questioning_summons", ["police"])])])).id)
        cdb.review.submit(ids)
        cdb.set_actor_name("office-coordinator")
        cdb.review.send_back(ids[2], "Укажите номер постановления и второй источник.")
        cdb.review.comment(ids[1], "Проверяю по архиву суда.")


def main() -> int:
    app, lang, suffix = start(__doc__)
    from kkdesk.ui.app import Application

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "review.kkdb"
        build(db)
        settings = settings_in(tmp, lang)
        ctx = Application(settings)
        ctx.start()
        win = ctx.unlock_window
        win.path_edit.setText(str(db))
        win.passphrase_edit.setText(PASS)
        win.open_button.click()
        spin(app, 60, lambda: ctx.main_window is not None and ctx.main_window.isVisible())
        main = ctx.main_window
        dlg = main.show_review()
        spin(app, 20, lambda: dlg.waiting.rowCount() == 2)
        dlg.waiting.selectRow(1)
        spin(app, 2, lambda: "Архиву" in dlg.steps.text() or "архиву" in dlg.steps.text())
        spin(app, 0.5)
        save(dlg, f"review-waiting{suffix}.png")
        # the monitor's view of the same file: what came back to them
        ctx.worker.submit(lambda cdb: cdb.set_actor_name("monitor-north"))
        spin(app, 2, lambda: ctx.worker.pending() == 0)
        dlg.refresh()
        spin(app, 20, lambda: dlg.returned.rowCount() == 1)
        dlg.tabs.setCurrentIndex(1)
        dlg.returned.selectRow(0)
        spin(app, 2, lambda: "второй источник" in dlg.steps.text())
        spin(app, 0.5)
        save(dlg, f"review-returned{suffix}.png")
        ctx.lock()
        ctx.unlock_window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
