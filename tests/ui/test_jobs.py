"""Long work: progress bar, Cancel that leaves the database as it was, and the demo's Cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kkdesk.model.entities import Person
from kkdesk.records import CaseDatabase
from kkdesk.ui.jobs import SHOW_AFTER_MS, run_job
from kkdesk.ui.worker import Changes
from tests.ui.conftest import PASSPHRASE, unlock


def _slow_registry_fill(release: threading.Event, count: int):
    """A core-style long function: writes in steps, reports progress, checks for Cancel."""
    def fn(progress, cdb):
        for n in range(count):
            cdb.persons.save(Person(name_latin=f"Fictional Person {n}"))
            progress.set_progress((n + 1) / count, f"person {n + 1} of {count}")
            if n == 1:
                release.wait(10)     # let the test press Cancel mid-way
            progress.check()
        return Changes(persons=True, value=count)
    return fn


def test_job_progress_cancel_and_completion(qtbot, make_app, tmp_path):
    path = tmp_path / "jobs.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)

    release = threading.Event()
    dialog = run_job(ctx, "Filling", _slow_registry_fill(release, 6), parent=main)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=10000)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome == "cancelled"
    assert ctx.cdb.persons.count() == 0          # one transaction: nothing half-written

    results = []
    release = threading.Event()
    release.set()
    dialog = run_job(ctx, "Filling", _slow_registry_fill(release, 4), on_done=results.append, parent=main)
    qtbot.waitUntil(lambda: dialog.outcome == "done", timeout=10000)
    assert [r.value for r in results] == [4] and ctx.cdb.persons.count() == 4
    assert dialog.fraction == 1.0 and not dialog.isVisible()


def test_cancel_demo_creation_removes_the_half_made_file(qtbot, make_app, tmp_path):
    demo = tmp_path / "demo" / "demo.kkdb"
    ctx = make_app(demo_path=demo, demo_incidents=20000)
    ctx.start()
    win = ctx.unlock_window
    qtbot.mouseClick(win.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.cancel_button.isVisible(), timeout=20000)
    qtbot.mouseClick(win.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in win.message.text(), timeout=60000)
    assert ctx.is_locked() and ctx.main_window is None
    assert not demo.exists()
    assert win.demo_button.isEnabled()


def test_dashboard_counting_can_be_cancelled(qtbot, make_app, tmp_path):
    path = tmp_path / "dash.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    dash = main.dashboard
    release = threading.Event()
    ctx.worker.submit(lambda cdb: release.wait(10))    # the worker is busy with earlier work
    main.tabs.setCurrentWidget(dash)
    assert dash.progress_bar.isVisible() and dash.cancel_button.isVisible()
    qtbot.mouseClick(dash.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dash.figures.text() == "Counting cancelled.", timeout=10000)
    assert dash.results is None and not dash.progress_bar.isVisible()
    dash.refresh()
    qtbot.waitUntil(lambda: dash.results is not None, timeout=10000)
    assert dash.results["figures"]["threats"] == 0


def test_locking_cancels_long_work_at_once(qtbot, make_app, tmp_path):
    import time

    path = tmp_path / "lockjob.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    started = threading.Event()

    def long_fill(progress, cdb):
        for n in range(600):
            cdb.persons.save(Person(name_latin=f"Fictional Person {n}"))
            started.set()
            time.sleep(0.05)
            progress.check()

    dialog = run_job(ctx, "Filling", long_fill, parent=main)
    assert started.wait(10)
    t0 = time.monotonic()
    ctx.lock()
    assert time.monotonic() - t0 < 5          # 600 steps would take 30 s
    assert ctx.is_locked() and dialog.outcome is None   # the answer is dropped with the views
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        assert cdb.persons.count() == 0       # rolled back


def test_a_fast_job_never_shows_its_dialog_afterwards(qtbot, make_app, tmp_path):
    """A save that finished at once must not pop up a modal "0 %" later and swallow a click."""
    path = tmp_path / "fast.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    dialog = run_job(ctx, "Writing", lambda progress, cdb: progress.set_progress(0.0) or 1, parent=main,
                     write=False)
    qtbot.waitUntil(lambda: dialog.outcome == "done", timeout=5000)
    qtbot.wait(SHOW_AFTER_MS * 3)                   # past the moment it would have appeared
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_a_slow_job_shows_its_dialog_only_while_it_runs(qtbot, make_app, tmp_path):
    path = tmp_path / "slow.kkdb"
    CaseDatabase.create(path, PASSPHRASE).close()
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, path)
    release = threading.Event()

    def slow(progress, cdb):
        progress.set_progress(0.3, "a third")
        release.wait(10)
        return 1
    dialog = run_job(ctx, "Writing", slow, parent=main, write=False)
    assert not dialog.isVisible()                   # not at once: most work ends sooner
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.labelText() == "a third"
    release.set()
    qtbot.waitUntil(lambda: dialog.outcome == "done", timeout=5000)
    assert not dialog.isVisible()
    qtbot.wait(SHOW_AFTER_MS * 3)
    assert not dialog.isVisible() and QApplication.activeModalWidget() is None
