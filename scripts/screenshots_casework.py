"""Screenshots of protection casework (registry tab, agenda, assessment dialog) in en/ru/kk, from a
throw-away database of fictional records: docs/screenshots/casework*.png, agenda*.png.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_casework.py --lang ru
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import save, settings_in, spin, start  # noqa: E402

PASS = "casework screenshots passphrase"


def build(path: Path) -> int:
    from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
    from kkdesk.model.dates import PartialDate
    from kkdesk.model.entities import Incident, Person, Target, Threat
    from kkdesk.records import CaseDatabase

    today = dt.date.today()
    with CaseDatabase.create(path, PASS, actor="monitor-1") as cdb:
        p = cdb.persons.save(Person(name_cyrillic="Айгерім Ойдан-Шығарылған", name_latin="Aigerim Oidan",
                                    gender="female", categories=["lawyer"], city="almaty"))
        inc = cdb.incidents.save(Incident(title="Обыск в офисе адвоката", date=PartialDate("2024-01-10"),
                                          city="almaty", targets=[Target(person_id=p.id, category="lawyer",
                                                                         threats=[Threat("judicial.search", ["police"])])]))
        cw = cdb.casework
        act = cw.save_action(ProtectionAction("legal_aid", incident_id=inc.id, person_id=p.id, actor_kind="partner",
                                              actor="Коллегия-партнёр", started_on="2024-01-12", status="in_progress"))
        cw.save_action(ProtectionAction("urgent_appeal", incident_id=inc.id, started_on="2024-01-11",
                                        status="done", outcome="partial", notes="Обращение к спецдокладчику ООН"))
        cw.save_follow_up(FollowUp("appeal_deadline", (today - dt.timedelta(days=2)).isoformat(),
                                   title="Подать апелляционную жалобу", incident_id=inc.id, owner="monitor-1"))
        cw.save_follow_up(FollowUp("hearing", (today + dt.timedelta(days=6)).isoformat(), title="Заседание суда",
                                   action_id=act.id, owner="monitor-2"))
        cw.save_assessment(RiskAssessment(p.id, "2023-11-01", "medium", facts="Звонки с угрозами",
                                          factors=["threat.direct_threats"], reason="Угрозы по телефону"))
        cw.save_assessment(RiskAssessment(p.id, "2024-01-15", "high", facts="Обыск, изъятие техники",
                                          factors=["threat.judicial_harassment", "vulnerability.works_alone"],
                                          reason="Обыск и слежка"))
        return p.id


def main() -> int:
    app, lang, suffix = start(__doc__)
    from kkdesk.ui.app import Application

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "casework.kkdb"
        pid = build(db)
        settings = settings_in(tmp, lang)
        ctx = Application(settings)
        ctx.start()
        win = ctx.unlock_window
        win.path_edit.setText(str(db))
        win.passphrase_edit.setText(PASS)
        win.open_button.click()
        spin(app, 60, lambda: ctx.main_window is not None and ctx.main_window.isVisible())
        main = ctx.main_window
        spin(app, 20, lambda: getattr(main, "agenda", None) is not None and main.agenda.table.rowCount() == 2)
        spin(app, 0.5)
        save(main.agenda, f"agenda{suffix}.png")
        main.agenda.close()
        main.show_in_registry("person", pid)
        pane = main.defenders.casework
        spin(app, 20, lambda: pane.actions.rowCount() == 2 and pane.assessments.rowCount() == 2)
        pane.tabs.setCurrentWidget(pane.assessments)
        spin(app, 0.5)
        save(main, f"casework{suffix}.png")
        pane.add_assessment()
        spin(app, 1)
        pane._dialog.resize(760, 760)
        spin(app, 0.5)
        save(pane._dialog, f"assessment{suffix}.png")
        pane._dialog.reject()
        ctx.lock()
        ctx.unlock_window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
