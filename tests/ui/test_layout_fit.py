"""Layouts that fit: at 1280×800 and 1366×768, in English, Russian and Kazakh, no text of the main
screens and dialogs is cut by the space it has (labels, buttons, combo box values, tabs, column headers,
the cells of short-valued columns). Real windows offscreen over a real database of fictional records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import unlock, wait_idle
from tests.ui.screens import cut_texts, tour, tour_database, unlock_screens

SIZES = [(1280, 800), (1366, 768)]
# Item-view columns of free text (titles, names, narratives, lists of threat types): a table may cut
# those; every other column (dates, codes, labels, counts) must show its values whole.
FREE_COLUMNS = {
    "incidentTable": {1, 2, 3, 4, 5, 6, 7, 8, 9},
    "registryTable": {0, 2},
    "timelineTable": {1, 2},
    "vocabTable": {1, 2, 3},
    "actionsTable": {4, 5},
    "followUpsTable": {2},
    "assessmentsTable": {2, 3},
    "targetList": set(),
    "importColumns": {2},             # examples of the file's values
    "importValues": {0},              # the file's values
    "importPreview": set(range(40)),  # the file itself
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return tour_database(tmp_path_factory.mktemp("fit") / "fit.kkdb")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_no_text_is_cut(qtbot, make_app, demo_db, lang, tmp_path):
    path, iid, pid = demo_db
    ctx = make_app()
    ctx.settings.set("language", lang)
    ctx = make_app()
    ctx.start()
    shots = os.environ.get("KKDESK_SCREENSHOTS")
    problems: dict[str, str] = {}      # what is cut -> where it was first seen

    def look(size: tuple[int, int], name: str, window) -> None:
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(shots) / f"{lang}-{size[0]}-{name.replace(' ', '_').replace(':', '')}.png"))
        if window.width() > size[0] or window.height() > size[1] - 70:
            problems.setdefault(f"{name}: the window needs {window.width()}×{window.height()}", f"{size}")
        for p in cut_texts(window, FREE_COLUMNS):
            problems.setdefault(p, f"{size} {name}")

    for size in SIZES:
        for name, window in unlock_screens(qtbot, ctx.unlock_window, path, size):
            look(size, name, window)
    main = unlock(qtbot, ctx, path)
    for size in SIZES:
        for name, window in tour(qtbot, ctx, size, wait_idle, iid, pid, tmp_path):
            look(size, name, window)
    assert main.isVisible()
    assert not problems, f"{len(problems)} texts cut in {lang}:\n" + "\n".join(
        f"{seen}: {p}" for p, seen in problems.items())
