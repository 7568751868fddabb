"""Render screenshots of messages in the user's language into docs/screenshots/*.png: the unlock window
after a wrong passphrase, the incident editor with a validation error on the date and on the title,
the person dialog and a protection-action dialog with an error under the field it is about, and the
import wizard's problem list, over a throw-away database in a temporary folder.

Run it under a virtual screen:
  xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" .venv/bin/python scripts/screenshots_messages.py --lang kk
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QWizard  # noqa: E402

from scripts.screenshots import save, settings_in, spin, start  # noqa: E402

PASS = "example passphrase for screenshots"
SHEET = ("Дата;ФИО;Вид угрозы;Город;Описание\n"       # fictional people
         "31.02.2021;Тестов Ержан Болатович;задержание;Алматы;Задержан у здания суда\n"
         "2021;Примерова Айгуль;космическая угроза;;Нападение у дома\n"
         ";Образцов Иван;задержание;Шымкент;\n"
         "позавчера;Образцова Мария;задержание;Шымкент;\n")


def main() -> int:
    app, lang, suffix = start(__doc__, default_lang="ru")
    from kkdesk.records import CaseDatabase
    from kkdesk.ui.app import Application

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "cases.kkdb"
        CaseDatabase.create(db, PASS, actor="monitor").close()
        (folder / "угрозы.csv").write_text(SHEET, encoding="utf-8")
        settings = settings_in(folder, lang)
        ctx = Application(settings)
        ctx.start()

        win = ctx.unlock_window
        win.path_edit.setText(str(db))
        win.passphrase_edit.setText("wrong passphrase")
        win.open_button.click()
        spin(app, 60, lambda: bool(win.message.text()) and win.open_button.isEnabled())
        spin(app, 0.3)
        save(win, f"unlock-wrong-passphrase{suffix}.png")

        ctx.open_database(str(db), PASS)
        spin(app, 60, lambda: ctx.main_window is not None and ctx.main_window.isVisible())
        main = ctx.main_window
        main.resize(1280, 800)

        editor = main.open_incident(None)
        spin(app, 10, lambda: editor.loaded)
        editor.resize(1100, 760)
        editor.title.setText("Обыск в офисе")
        editor.date.setText("31.02.2021")
        editor.save()
        spin(app, 0.5)
        save(editor, f"editor-error-date{suffix}.png")
        editor.title.setText("")
        editor.date.setText("май–июнь 2021")
        editor.save()
        spin(app, 10, editor.title_error.isVisible)
        spin(app, 0.3)
        save(editor, f"editor-error-title{suffix}.png")
        editor.discard()

        from kkdesk.model.casework import ProtectionAction
        from kkdesk.model.dates import PartialDate
        from kkdesk.model.entities import Incident
        from kkdesk.ui.casework import ActionDialog
        from kkdesk.ui.person_dialog import PersonDialog

        person = PersonDialog(ctx, None, parent=main)
        person.show()
        person.aliases.setText("Айгерим Т.")
        person.buttons.button(person.buttons.StandardButton.Save).click()
        spin(app, 10, lambda: bool(person.error.text()))
        spin(app, 0.3)
        save(person, f"person-error-name{suffix}.png")
        person.reject()
        incident_id = ctx.cdb.incidents.save(Incident(title="Обыск в офисе", date=PartialDate.parse("2024-01"))).id
        action = ActionDialog(ctx, ProtectionAction("urgent_appeal", incident_id=incident_id), main)
        action.show()
        action.started.edit.setText("2024-03-10")
        action.ended.edit.setText("2024-03-05")
        action.buttons.button(action.buttons.StandardButton.Save).click()
        spin(app, 10, lambda: bool(action.error.text()))
        spin(app, 0.3)
        save(action, f"action-error-ended{suffix}.png")
        action.reject()

        wizard = main.open_import()
        wizard.resize(1100, 720)
        wizard.page(0).path.setText(str(folder / "угрозы.csv"))
        for page in (1, 2, 3):
            spin(app, 30, wizard.button(QWizard.WizardButton.NextButton).isEnabled)
            wizard.next()
            spin(app, 30, lambda n=page: wizard.currentId() == n)
        spin(app, 30, lambda: wizard.plan is not None)
        spin(app, 0.8)
        save(wizard, f"import-problems{suffix}.png")
        wizard.button(QWizard.WizardButton.CancelButton).click()
        ctx.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
