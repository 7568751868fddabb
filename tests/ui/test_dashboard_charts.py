"""Dashboard charts a reader can read: every year on the axis whatever the span, labels that never
overlap, a binned threats-per-person histogram, bar values only where they fit (tooltips always),
and a chart saved as an image or a PDF that reads back."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, Person, Target, Threat
from kkdesk.records import CaseDatabase
from kkdesk.ui.dashboard import BLANK, axis_plan
from tests.ui.conftest import PASSPHRASE, unlock

FIRST, LAST = 1984, 2025            # 42 years, with years of nothing between


@pytest.fixture
def decades(tmp_path):
    path = tmp_path / "decades.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        busy = cdb.persons.save(Person(name_latin="Fictional Busy Person", gender="female"))
        other = cdb.persons.save(Person(name_latin="Fictional Other Person", gender="male"))
        incidents = []
        for year in range(FIRST, LAST + 1):
            if year % 7 == 5:
                continue                                   # a year with nothing recorded
            incidents.append(Incident(title=f"Fictional incident {year}", date=PartialDate(str(year)), targets=[
                Target(person_id=(busy if year % 3 else other).id, threats=[Threat("judicial.arrest")])]))
        cdb.incidents.save_many(incidents)
    return path


def test_axis_plan_never_overlaps_and_never_drops_a_bar():
    fm_line = 14
    for n in range(1, 90):
        labels = [str(FIRST + i) for i in range(n)]
        widths = [28] * n
        for plot_width in (380, 900, 1500):
            slot = plot_width / n
            shown, angle = axis_plan(labels, slot, widths, fm_line)
            assert len(shown) == n and len(set(shown)) == n           # a category for every year
            named = [i for i, s in enumerate(shown) if not s.startswith(BLANK)]
            assert shown[-1] == labels[-1] and all(shown[i] == labels[i] for i in named)
            if angle == 0:
                assert all(w + 6 <= slot for w in widths)
            else:
                assert angle == -90
                gaps = [b - a for a, b in zip(named, named[1:])]
                assert all(g * slot >= fm_line for g in gaps)          # upright labels a line apart


def test_years_bins_values_and_export(qtbot, make_app, decades, tmp_path):
    ctx = make_app()
    ctx.start()
    main = unlock(qtbot, ctx, decades)
    main.resize(1280, 800)
    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=15000)
    dash = main.dashboard
    labels, values = dash.results["year"]
    assert labels == [str(y) for y in range(FIRST, LAST + 1)]            # no year missing
    assert values[labels.index("1984")] == 1 and values[labels.index("1986")] == 0
    view = dash.views["year"]
    qtbot.wait(100)
    axis = view.chart().axes(Qt.Orientation.Horizontal)[0]
    shown = axis.categories()
    assert len(shown) == len(labels)
    fm = QFontMetrics(axis.labelsFont())
    slot = view.chart().plotArea().width() / len(labels)
    named = [i for i, s in enumerate(shown) if not s.startswith(BLANK)]
    if axis.labelsAngle() == 0:
        assert all(fm.horizontalAdvance(s) + 6 <= slot for s in shown)
    else:
        assert all((b - a) * slot >= fm.lineSpacing() for a, b in zip(named, named[1:]))
    assert shown[-1] == str(LAST)
    value_axis = view.chart().axes(Qt.Orientation.Vertical)[0]
    assert value_axis.labelFormat() == "%.0f"           # QtCharts draws no numbers for "%d" when localised
    step = (value_axis.max() - value_axis.min()) / (value_axis.tickCount() - 1)
    assert step == int(step) and value_axis.max() >= max(values)          # whole numbers, each once
    series = view.chart().series()[0]
    assert series.isLabelsVisible() is (max(fm.horizontalAdvance(str(v)) for v in values) + 4 <= slot)
    series.hovered.emit(True, labels.index("1986"), series.barSets()[0])    # every bar tells its value

    bins, counts = dash.results["per_person"]
    assert bins[:5] == ["1", "2", "3", "4", "5"] and bins[-1] == "21–50" and sum(counts) == 2

    png, pdf = tmp_path / "years.png", tmp_path / "years.pdf"
    view.save_as(str(png))
    view.save_as(str(pdf))
    image = QImage(str(png))
    assert image.width() == 2 * view.width() and image.height() == 2 * view.height()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Threats by year" in text and str(LAST) in text
    view.grab().save("/tmp/keys/dashboard_years.png")
    dash.views["per_person"].grab().save("/tmp/keys/dashboard_per_person.png")
    dash.grab().save("/tmp/keys/dashboard.png")
