"""Dashboard: QtCharts diagrams from live data for a period and filter, each titled with its unit.

The statistics are computed in the core (kkdesk.stats.dashboard.compute) on the worker; the charts
are drawn when the answer arrives.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QCursor, QFontMetrics, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QFileDialog, QGridLayout, QHBoxLayout, QLabel, QMenu, QMessageBox, QProgressBar, QPushButton, QScrollArea, QSpinBox,
    QSplitter, QToolTip, QVBoxLayout, QWidget,
)

from kkdesk.errors import Cancelled, InvalidInput
from kkdesk.stats.dashboard import compute
from kkdesk.ui import i18n
from kkdesk.ui.filters import FilterPanel
from kkdesk.ui.worker import Changes, QtProgress, user_message
from kkdesk.ui.widgets import fit_side_panel
from kkdesk.util.files import write_atomically


TITLE_SLACK = 16   # pixels QtCharts keeps beside a title within the chart's margins


def wrapped_title(title: str, fm: QFontMetrics, width: int) -> str:
    """title as chart-title HTML broken into lines of at most width pixels (QtCharts cuts a long
    title with "…"; Kazakh and Russian titles are long)."""
    lines: list[str] = []
    for word in title.split():
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "<br>".join(escape(line) for line in lines)


BLANK = "\u200b"   # a category shown without its label (QBarCategoryAxis needs distinct names)


def axis_plan(labels: list[str], slot: float, widths: list[int], line: int) -> tuple[list[str], int]:
    """How a bottom axis of categories, each `slot` pixels wide, shows its labels (widths: their
    pixel widths, line: a line's height): level when each fits its slot; turned upright when a
    line fits; otherwise upright with every k-th labelled, counting back from the last (the others
    blank: the bar's tooltip still names it). Never two labels over each other, never a bar missing."""
    if not labels or max(widths) + 6 <= slot:
        return list(labels), 0
    step = max(1, math.ceil((line + 2) / max(slot, 0.1)))
    last = len(labels) - 1
    return [lbl if (last - i) % step == 0 else BLANK * (i + 1) for i, lbl in enumerate(labels)], -90


def upright_labels(labels: list[str], fm: QFontMetrics, room: int) -> list[str]:
    """Labels no longer than room pixels ("Организация (без…"; the bar's tooltip names it in full),
    still distinct as QBarCategoryAxis needs."""
    out: list[str] = []
    for label in labels:
        text = fm.elidedText(label, Qt.TextElideMode.ElideRight, room)
        while text in out:
            text += BLANK
        out.append(text)
    return out


class TitledChartView(QChartView):
    """A chart view whose title wraps to the view's width and whose category labels and bar values
    are laid out so they never overlap, again whenever the view is resized."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plain_title = ""
        self.categories: list[str] = []
        self.value_texts: list[str] = []
        self.horizontal = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)      # the context menu (export) by keyboard too

    def set_titled_chart(self, chart: QChart, title: str, categories: list[str] | None = None,
                         value_texts: list[str] | None = None, horizontal: bool = False) -> None:
        self.plain_title = title
        self.categories, self.value_texts, self.horizontal = list(categories or []), list(value_texts or []), horizontal
        self.setChart(chart)
        self._wrap_title()
        self.fit_axis()

    def _category_axis(self) -> QBarCategoryAxis | None:
        for axis in self.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                return axis
        return None

    def fit_axis(self) -> None:
        """Labels level, upright or thinned out to the space each bar has; bar values shown only
        where they fit beside or above their bar; a tall enough chart for every name of a list."""
        axis = self._category_axis()
        if axis is None or not self.categories:
            return
        fm = QFontMetrics(axis.labelsFont())
        values_fm = QFontMetrics(self.chart().font())
        n = len(self.categories)
        series = self.chart().series()
        if self.horizontal:
            self.setMinimumHeight(max(300, n * (fm.lineSpacing() + 4) + 130))
            fits = True
        else:
            area = self.chart().plotArea()
            width = area.width() if area.width() > 0 else self.width() - 90
            slot = width / n
            shown, angle = axis_plan(self.categories, slot, [fm.horizontalAdvance(c) for c in self.categories],
                                     fm.lineSpacing())
            if angle:   # upright labels hang below the plot: the longest are shortened to the room there
                shown = upright_labels(shown, fm, max(48, self.height() - 185))
            if axis.categories() != shown:
                axis.setCategories(shown)
            axis.setLabelsAngle(angle)
            fits = max((values_fm.horizontalAdvance(t) for t in self.value_texts), default=0) + 4 <= slot
        for s in series:
            s.setLabelsVisible(fits)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._wrap_title()
        self.fit_axis()

    def image_bytes(self, fmt: str) -> bytes:
        """The chart as PNG (twice the screen's pixels) or as a one-page landscape PDF."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if fmt == "pdf":
            writer = QPdfWriter(buffer)
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                             QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
            writer.setTitle(self.plain_title)
            writer.setCreator("kkdesk")
            painter = QPainter(writer)
            target = QRectF(painter.viewport())
            scale = min(target.width() / self.width(), target.height() / self.height())
            self.render(painter, QRectF(0, 0, self.width() * scale, self.height() * scale))
            painter.end()
        else:
            image = QImage(self.size() * 2, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.render(painter, QRectF(image.rect()))
            painter.end()
            image.save(buffer, "PNG")
        buffer.close()
        return bytes(buffer.data())

    def save_as(self, path: str) -> None:
        """Write the chart to path, PDF when it ends in .pdf, else PNG (.png added when missing)."""
        fmt = "pdf" if path.lower().endswith(".pdf") else "png"
        if fmt == "png" and not path.lower().endswith(".png"):
            path += ".png"
        if not self.plain_title:
            raise InvalidInput("chart.nothing_to_save")
        write_atomically(path, self.image_bytes(fmt))

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = QMenu(self)
        menu.setObjectName("chartMenu")
        menu.addAction(self.tr("Save chart as image (PNG)…"), lambda: self.ask_and_save("png"))
        menu.addAction(self.tr("Save chart as PDF…"), lambda: self.ask_and_save("pdf"))
        menu.exec(event.globalPos())

    def ask_and_save(self, fmt: str) -> None:
        pattern = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("PNG images (*.png)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "", pattern)
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            self.save_as(path)
        except (OSError, InvalidInput) as exc:
            QMessageBox.warning(self, self.tr("Save chart"), self.tr("The chart was not saved: %1").replace(
                "%1", user_message(exc)))

    def title_width(self) -> int:
        """The width a title line may take: the view less the chart's margins."""
        m = self.chart().margins()
        return max(80, self.width() - m.left() - m.right() - TITLE_SLACK)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._wrap_title()

    def _wrap_title(self) -> None:
        if self.plain_title:
            chart = self.chart()
            chart.setTitle(wrapped_title(self.plain_title, QFontMetrics(chart.titleFont()), self.title_width()))


class DashboardPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboardPane")
        self.results: dict | None = None
        self._stale = True
        self._generation = 0
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("Period and filter:")))
        self.filters = FilterPanel()
        self.filters.setObjectName("dashboardFilters")
        self.filters.changed.connect(self.refresh)
        lv.addWidget(self.filters)
        top_row = QHBoxLayout()
        top_row.addWidget(QLabel(self.tr("Top N:")))
        self.top = QSpinBox()
        self.top.setObjectName("dashboardTopN")
        self.top.setRange(3, 50)
        self.top.setValue(10)
        self.top.valueChanged.connect(self.refresh)
        top_row.addWidget(self.top)
        lv.addLayout(top_row)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        lv.addWidget(self.refresh_button)
        lv.addStretch(1)
        scroll_left = QScrollArea()
        scroll_left.setWidget(left)
        scroll_left.setWidgetResizable(True)
        scroll_left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_side_panel(scroll_left)
        split.addWidget(scroll_left)
        right = QWidget()
        rv = QVBoxLayout(right)
        head = QHBoxLayout()
        self.figures = QLabel()
        self.figures.setObjectName("keyFigures")
        self.figures.setWordWrap(True)
        head.addWidget(self.figures, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("dashboardProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.setVisible(False)
        head.addWidget(self.progress_bar)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("dashboardCancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel_running)   # once: it cancels whichever run is newest
        head.addWidget(self.cancel_button)
        rv.addLayout(head)
        self._progress: QtProgress | None = None
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.views: dict[str, TitledChartView] = {}
        specs = self.chart_titles()
        wide = {"year", "month", "type", "source"}   # long axes get the full width
        row, col = 0, 0
        for key in specs:
            view = TitledChartView()
            view.setObjectName(f"chart_{key}")
            view.setAccessibleName(specs[key])
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(420, 300)
            self.views[key] = view
            if key in wide:
                if col:
                    row, col = row + 1, 0
                self.grid.addWidget(view, row, 0, 1, 2)
                row += 1
            else:
                self.grid.addWidget(view, row, col)
                row, col = (row, 1) if col == 0 else (row + 1, 0)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setWidget(grid_host)
        self.charts_scroll.setWidgetResizable(True)
        rv.addWidget(self.charts_scroll, 1)
        split.addWidget(right)
        split.setSizes([260, 1000])

    def chart_titles(self) -> dict[str, str]:
        return {
            "year": self.tr("Threats by year (unit: threats)"),
            "month": self.tr("Threats by month (unit: threats)"),
            "city": self.tr("Threats by city, top N (unit: threats)"),
            "category": self.tr("Threats by defender category (unit: threats)"),
            "type": self.tr("Threats by type, top N (unit: threats)"),
            "source": self.tr("Threats by source, top N (unit: threats; a threat may have several sources)"),
            "gender": self.tr("Threats by gender (unit: threats)"),
            "persons_year": self.tr("Persons threatened per year (unit: persons)"),
            "per_person": self.tr("Threats per person (unit: persons with N threats)"),
        }

    def set_database(self, cdb) -> None:
        self.filters.set_database(cdb, self.ctx.lang)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        self._generation += 1
        self.results = None
        self.filters.clear()
        self.figures.clear()
        for view in self.views.values():
            view.set_titled_chart(QChart(), "")

    def activated(self) -> None:
        if self._stale:
            self.refresh()

    def redisplay(self) -> None:
        """Names or pseudonym codes changed in the settings: read again, keeping the search."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches_incidents():
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        if self.ctx.worker is None:
            return
        self._stale = False
        self._generation += 1
        gen, q, lang, top = self._generation, self.filters.query(""), self.ctx.lang, self.top.value()
        counting = self.tr("Counting…")
        self.figures.setText(counting)
        org, none = self.tr("organisation (no gender)"), self.tr("(not recorded)")
        unknown = self.tr("month unknown")
        if self._progress is not None:
            self._progress.cancel()          # a newer question replaces the running one
        progress = self._progress = QtProgress()
        progress.changed.connect(lambda f, text: self._progressed(gen, f, text, counting))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.ctx.worker.submit_long(lambda p, cdb: compute(cdb, q, lang, top, org, month_unknown=unknown, progress=p,
                                                                 none_label=none), progress,
                                    on_done=lambda r: self._show(gen, r),
                                    on_error=lambda m, e: self._failed(gen, m, e), write=False)

    def _done_running(self, gen: int) -> bool:
        """Hide the progress of the newest run; False when an older run answered."""
        if gen != self._generation:
            return False
        self._progress = None
        self.progress_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        return True

    def _progressed(self, gen: int, fraction: float, text: str, counting: str) -> None:
        """The bar, and what is being done when it says (the first count after unlock loads the
        statistics: seconds at a million incidents)."""
        if gen != self._generation:
            return
        self.progress_bar.setValue(int(fraction * 100))
        if text:
            self.figures.setText(f"{text}…" if fraction < 1.0 else counting)

    def _cancel_running(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    def _failed(self, gen: int, message: str, exc) -> None:
        if self._done_running(gen):
            self.figures.setText(self.tr("Counting cancelled.") if isinstance(exc, Cancelled) else message)
            self._stale = True

    def _show(self, gen: int, results: dict) -> None:
        if not self._done_running(gen):
            return
        self.results = results
        f = results["figures"]
        n = i18n.number
        scope = (self.tr("Verified records only") if results.get("verified_only")
                 else self.tr("All records, verified or not"))
        c = results.get("corroboration") or {"corroborated": 0}
        self.figures.setText(scope + ": " + self.tr(
            "Incidents: %1 · Threats: %2 · Persons: %3 · Organisations: %4 · "
            "Threat types: %5").replace("%1", n(f["incidents"]))
            .replace("%2", n(f["threats"])).replace("%3", n(f["persons"]))
            .replace("%4", n(f["organisations"])).replace("%5", n(f["threat_types"]))
            + " · " + self.tr("Corroborated by two or more sources: %1 incidents").replace(
                "%1", n(c["corroborated"])))
        horizontal = {"city", "type", "source", "category"}
        for key, title in self.chart_titles().items():
            labels, values = results[key]
            limit = 40 if key in ("type", "source") else 24
            chart = self._chart(title, labels, values, key in horizontal, limit=limit)
            shown = [lbl if len(lbl) <= limit else lbl[:limit - 1] + "…" for lbl in labels]
            if key in horizontal:
                shown = list(reversed(shown))
            self.views[key].set_titled_chart(chart, title, shown, [i18n.number(v) for v in values],
                                             key in horizontal)

    @staticmethod
    def _chart(title: str, labels: list[str], values: list[int], horizontal: bool, limit: int = 38) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocale(i18n.locale())          # bar values and axis numbers: "3 001" in ru and kk
        chart.setLocalizeNumbers(True)
        bars = QBarSet(title)
        bars.append([float(v) for v in values])
        bars.setLabelColor(Qt.GlobalColor.black)
        if horizontal:
            series = QHorizontalBarSeries()
            labels, values = list(reversed(labels)), list(reversed(values))
            bars = QBarSet(title)
            bars.append([float(v) for v in values])
        else:
            series = QBarSeries()
        series.append(bars)
        shown = list(labels)

        def tip(status: bool, index: int, _set=None) -> None:
            """The whole label and the value of the bar under the pointer."""
            if status and 0 <= index < len(shown):
                QToolTip.showText(QCursor.pos(), f"{shown[index]}: {i18n.number(values[index])}")
            else:
                QToolTip.hideText()
        series.hovered.connect(tip)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append([lbl if len(lbl) <= limit else lbl[:limit - 1] + "…" for lbl in labels] or [""])
        font = cat_axis.labelsFont()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        cat_axis.setLabelsFont(font)
        cat_axis.setTruncateLabels(False)  # Qt elides short labels ("2…") when a chart is replaced
        val_axis = QValueAxis()
        top = max(values or [1])
        if top < 10:      # one tick per whole number: never "0 0 1 1 1"
            val_axis.setRange(0, top + 1)
            val_axis.setTickCount(top + 2)
        else:
            val_axis.setRange(0, top * 1.12)
            val_axis.applyNiceNumbers()
        val_axis.setLabelFormat("%.0f")   # with localised numbers QtCharts draws nothing for "%d"
        if horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(val_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(val_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(val_axis)
        return chart
