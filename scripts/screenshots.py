"""Render screenshots of the main screens on the demo database into docs/screenshots/*.png.

Run it under a virtual screen:  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
The demo database (demo/demo.kkdb, passphrase "demo-passphrase", fictional data) is created on
first use. Settings go to a temporary file, so the user's own settings are not touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def spin(app, seconds: float, until=None) -> None:
    """Let Qt work (worker answers, painting) for up to `seconds`, or until `until()` holds."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.02)
    if until is not None and not until():
        raise SystemExit("screenshots: timed out waiting for the application")


def save(widget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def start(doc: str, default_lang: str = "en") -> tuple[QApplication, str, str]:
    """What every screenshot script starts with: the application object, the language asked for
    (--lang) and the suffix of the pictures' names ("" in English, else "-ru" / "-kk")."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--lang", default=default_lang, choices=["en", "ru", "kk"])
    lang = parser.parse_args().lang
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kkdesk")
    OUT.mkdir(parents=True, exist_ok=True)
    return app, lang, "" if lang == "en" else f"-{lang}"


def settings_in(folder, lang: str):
    """Settings in a throw-away file inside `folder` (the user's own are not touched), in `lang`."""
    from kkdesk.ui.settings import Settings

    settings = Settings(str(Path(folder) / "settings.ini"))
    settings.set("language", lang)
    return settings


def main() -> int:
    app, lang, suffix = start(__doc__)
    from kkdesk.ui.app import Application

    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_in(tmp, lang)
        settings.add_recent(str(ROOT / "demo" / "demo.kkdb"))
        ctx = Application(settings)
        ctx.start()
        win = ctx.unlock_window
        win.resize(640, 480)
        spin(app, 0.5)
        save(win, f"unlock{suffix}.png")
        win.tabs.setCurrentIndex(1)
        win.new_path_edit.setText("/home/monitor/cases.kkdb")
        win.new_pass1.setText("example only " * 2)
        win.new_pass2.setText("example only " * 2)
        spin(app, 0.3)
        save(win, f"unlock-create{suffix}.png")
        win.clear_secrets()
        win.tabs.setCurrentIndex(0)

        ctx.open_demo()
        spin(app, 900, lambda: ctx.main_window is not None and ctx.main_window.isVisible())
        main = ctx.main_window
        main.resize(*SIZE)
        pane = main.incidents
        spin(app, 30, lambda: pane.model.rowCount() > 0)
        pane.table.selectRow(0)
        spin(app, 30, lambda: bool(pane.detail.toPlainText()))
        spin(app, 0.5)
        save(main, f"main-window{suffix}.png")

        # an incident with two targets, if there is one among the first rows
        target_id = _incident_with_targets(ctx, pane.model.ids()[:300])
        editor = main.open_incident(target_id)
        editor.resize(1100, 760)
        spin(app, 30, lambda: editor.loaded)
        spin(app, 0.5)
        save(editor, f"incident-editor{suffix}.png")
        editor.tabs.setCurrentIndex(1)
        spin(app, 0.5)
        save(editor, f"incident-editor-targets{suffix}.png")
        editor.discard()

        main.tabs.setCurrentWidget(main.defenders)
        spin(app, 30, lambda: main.defenders.model.rowCount() > 0)
        main.defenders.table.selectRow(0)
        spin(app, 30, lambda: main.defenders.timeline.rowCount() > 0)
        spin(app, 0.5)
        save(main, f"defenders{suffix}.png")

        main.tabs.setCurrentWidget(main.dashboard)
        spin(app, 120, lambda: main.dashboard.results is not None)
        spin(app, 1.0)
        save(main, f"dashboard{suffix}.png")
        dash = main.dashboard
        dash.charts_scroll.verticalScrollBar().setValue(dash.views["city"].y() - 10)
        spin(app, 0.5)
        save(main, f"dashboard-more{suffix}.png")

        main.tabs.setCurrentWidget(main.vocabulary)
        spin(app, 30, lambda: main.vocabulary.table.rowCount() > 0)
        main.vocabulary.table.selectRow(2)
        spin(app, 0.5)
        save(main, f"vocabulary{suffix}.png")
        ctx.quit()
    return 0


def _incident_with_targets(ctx, ids: list[int]) -> int:
    rows = ctx.cdb.incidents.rows(ids)  # read once the worker is idle; the script waits for it
    for iid in ids:
        if len(rows[iid]["persons"]) + len(rows[iid]["organisations"]) >= 2:
            return iid
    return ids[0]


if __name__ == "__main__":
    raise SystemExit(main())
