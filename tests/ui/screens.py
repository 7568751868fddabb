"""Walks the visible widgets of a window as a reader sees them: which texts are cut by the space they
have (QFontMetrics against the widget's own text area), and which texts are shown at all.

Used by the layout test (test_layout_fit.py) and the completeness test (test_screens_translated.py).
"""

from __future__ import annotations

from html import unescape

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QCheckBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QListView, QMenuBar, QPushButton, QRadioButton, QStyle, QStyleOptionComboBox, QTabBar, QTabWidget, QTextEdit,
    QToolButton,
    QTreeView, QWidget,
)

from kkdesk.ui.dashboard import TitledChartView
from kkdesk.ui.widgets import WrappingComboBox

MAX_ROWS = 40   # cells read per item view: the rows a screen shows


def _plain(text: str) -> str:
    """A button's or tab's text as drawn: single '&' are mnemonics, '&&' is one '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def where(w: QWidget) -> str:
    """A short path naming a widget for a failure message: window > … > objectName or class."""
    parts = []
    while w is not None:
        parts.append(w.objectName() or type(w).__name__)
        if w.isWindow():
            break
        w = w.parentWidget()
    return " > ".join(reversed(parts[:4]))


def visible_widgets(root: QWidget) -> list[QWidget]:
    """root and its descendants that a person can see now (shown, on the current tab, not zero-sized)."""
    out = [root] if root.isVisible() else []
    for w in root.findChildren(QWidget):
        if w.isVisible() and w.width() > 0 and w.height() > 0 and w.window() is root.window():
            out.append(w)
    return out


def _clipped_by_parent(w: QWidget) -> bool:
    """True when an ancestor that cannot scroll hides part of w (a layout squeezed below its minimum)."""
    rect = QRect(w.mapTo(w.window(), w.rect().topLeft()), w.size())
    p = w.parentWidget()
    while p is not None and not p.isWindow():
        if p.objectName() == "qt_scrollarea_viewport" or isinstance(p, QAbstractItemView):
            return False           # scrolled content: reachable, not cut
        prect = QRect(p.mapTo(w.window(), p.rect().topLeft()), p.size())
        if not prect.contains(rect):
            inter = prect.intersected(rect)
            if inter.width() < rect.width() - 1 or inter.height() < rect.height() - 1:
                return True
        p = p.parentWidget()
    return False


def _label_cut(w: QLabel) -> str | None:
    if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
        return None
    cr = w.contentsRect()
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + 1:
            return f"needs {need}px of height, has {w.height()}"
        return None
    hint = w.sizeHint()
    if hint.width() > w.width() + 1:
        return f"needs {hint.width()}px, has {w.width()}"
    if hint.height() > w.height() + 1 and cr.height() < QFontMetrics(w.font()).height() * w.text().count("\n"):
        return f"needs {hint.height()}px of height, has {w.height()}"
    return None


def _button_cut(w: QAbstractButton) -> str | None:
    text = _plain(w.text())
    if not text:
        return None
    fm = QFontMetrics(w.font())
    need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    style = w.style()
    if isinstance(w, (QCheckBox, QRadioButton)):
        need = w.sizeHint().width()
        has = w.width()
    elif isinstance(w, QPushButton):
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, w)
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, w)
        if not w.icon().isNull():
            need += w.iconSize().width() + 4
        has = w.width()
    elif isinstance(w, QToolButton):
        if w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not w.icon().isNull():
            return None
        has = w.width() - 6
    else:
        has = w.width()
    return f"needs {need}px, has {has}" if need > has + 1 else None


def combo_text_rect(w: QComboBox) -> QRect:
    opt = QStyleOptionComboBox()
    w.initStyleOption(opt)
    return w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                    QStyle.SubControl.SC_ComboBoxEditField, w)


def _combo_cut(w: QComboBox) -> str | None:
    text = w.currentText()
    if not text or w.isEditable():
        return None
    rect = combo_text_rect(w)
    if isinstance(w, WrappingComboBox):
        need = w.text_height(text, rect.width())
        return f"'{text}' needs {need}px of height, has {rect.height()}" if need > rect.height() + 1 else None
    need = QFontMetrics(w.font()).horizontalAdvance(text)
    return f"'{text}' needs {need}px, has {rect.width()}" if need > rect.width() + 1 else None


def _tabs_cut(w: QTabBar) -> list[str]:
    out = []
    for i in range(w.count()):
        if not w.isTabVisible(i):
            continue
        rect, hint = w.tabRect(i), w.tabSizeHint(i)
        text = _plain(w.tabText(i))
        if rect.width() + 1 < hint.width() or not w.rect().contains(rect):
            out.append(f"tab '{text}' needs {hint.width()}px, has {rect.width()} (bar {w.width()})")
    return out


def _header_cut(h: QHeaderView) -> list[str]:
    if h.orientation() != Qt.Orientation.Horizontal or h.model() is None:
        return []
    out = []
    bold = h.font()
    bold.setBold(h.highlightSections())   # the header of a selected cell's column is drawn bold
    fm = QFontMetrics(bold)
    margin = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, h)
    mark = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, h)
    for i in range(h.count()):
        if h.isSectionHidden(i) or h.sectionSize(i) == 0:
            continue
        text = h.model().headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
        if h.isSortIndicatorShown() and h.sortIndicatorSection() == i:
            need += mark + margin
        if need > h.sectionSize(i) + 1:
            out.append(f"column header '{text}' needs {need}px, has {h.sectionSize(i)}")
    return out


def _cells_cut(v: QAbstractItemView, free_columns: set[int]) -> list[str]:
    """Cells of the rows in view whose text is cut (columns of free text, e.g. titles, are left out)."""
    model = v.model()
    if model is None:
        return []
    out = []
    fm = QFontMetrics(v.font())
    margin = 2 * (v.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, v) + 1)
    viewport = v.viewport().rect()
    columns = 1 if isinstance(v, QListView) else model.columnCount()
    for col in range(columns):
        if col in free_columns:
            continue
        for row in range(min(model.rowCount(), MAX_ROWS)):
            idx = model.index(row, col)
            rect = v.visualRect(idx)
            if not rect.isValid() or not viewport.intersects(rect):
                continue
            text = model.data(idx, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or text == "…":
                continue
            need = fm.horizontalAdvance(text) + margin
            if model.data(idx, Qt.ItemDataRole.CheckStateRole) is not None:
                need += v.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, v) + margin
            if isinstance(v, QTreeView) and col == 0:
                need += v.indentation()
            has = rect.width()
            if isinstance(v, QListView):       # a list shows what fits its width; the rest is out of sight
                has = min(has, viewport.right() - rect.left())
            if v.wordWrap() and not isinstance(v, QTreeView):   # a wrapping view: the text needs height
                lines = fm.boundingRect(QRect(0, 0, max(1, has - margin), 10000),
                                        Qt.TextFlag.TextWordWrap, text).height()
                if lines > rect.height() + 1:
                    out.append(f"row {row} '{text}' needs {lines}px of height, has {rect.height()}")
                continue
            if need > has + 1:
                out.append(f"row {row} col {col} '{text}' needs {need}px, has {has}")
    return out


def _placeholder_cut(w: QLineEdit) -> str | None:
    if w.text() or not w.placeholderText():
        return None
    margins = w.textMargins()
    has = w.contentsRect().width() - margins.left() - margins.right() - 8   # the frame and the text margin
    if w.isClearButtonEnabled():
        has -= 20
    need = QFontMetrics(w.font()).horizontalAdvance(w.placeholderText())
    return f"placeholder '{w.placeholderText()}' needs {need}px, has {has}" if need > has + 1 else None


def _chart_title_cut(v: TitledChartView) -> str | None:
    html = v.chart().title()
    if not html:
        return None
    fm = QFontMetrics(v.chart().titleFont())
    lines = [unescape(line) for line in html.split("<br>")]
    need = max(fm.horizontalAdvance(line) for line in lines)
    has = v.title_width()
    return f"chart title '{v.plain_title}' needs {need}px, has {has}" if need > has else None


def cut_texts(root: QWidget, free_columns: dict[str, set[int]] | None = None) -> list[str]:
    """Every visible text of root's window that does not fit the space it has, with where it is.

    free_columns: {item view objectName: column numbers} whose cells hold free text (titles, names,
    narratives), which a table may cut; their headers are still checked."""
    free_columns = free_columns or {}
    out = []
    for w in visible_widgets(root):
        problems: list[str] = []
        if isinstance(w, QLabel):
            p = _label_cut(w)
            problems += [f"label '{w.text()[:60]}' {p}"] if p else []
        elif isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            p = _button_cut(w)
            problems += [f"button '{_plain(w.text())}' {p}"] if p else []
        elif isinstance(w, QComboBox):
            p = _combo_cut(w)
            problems += [f"combo box {p}"] if p else []
        elif isinstance(w, QTabBar):
            problems += _tabs_cut(w)
        elif isinstance(w, QLineEdit):
            p = _placeholder_cut(w)
            problems += [p] if p else []
        elif isinstance(w, TitledChartView):
            p = _chart_title_cut(w)
            problems += [p] if p else []
        elif isinstance(w, QHeaderView):
            problems += _header_cut(w)
        elif isinstance(w, QGroupBox) and w.title():
            need = QFontMetrics(w.font()).horizontalAdvance(_plain(w.title())) + 16
            if w.isCheckable():
                need += w.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, w)
            if need > w.width():
                problems.append(f"group title '{w.title()}' needs {need}px, has {w.width()}")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            problems += _cells_cut(w, free_columns.get(w.objectName(), set()))
        if not problems and isinstance(w, (QLabel, QAbstractButton, QComboBox, QGroupBox)) and _clipped_by_parent(w):
            problems.append("hidden in part by its parent")
        out += [f"{where(w)}: {p}" for p in problems]
    return out


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every interface text visible in root's window: window title, labels, buttons,
    tabs, column headers, group titles, combo box values and items, placeholders. Record data in item
    views (names, titles) is not interface text and is left out."""
    out = [(where(root), root.windowTitle())]
    for w in visible_widgets(root):
        if isinstance(w, QLabel) and w.text():
            out.append((where(w), w.text()))
        elif isinstance(w, QTabBar):
            out += [(where(w), _plain(w.tabText(i))) for i in range(w.count()) if w.isTabVisible(i)]
        elif isinstance(w, QAbstractButton) and w.text():
            out.append((where(w), _plain(w.text())))
        elif isinstance(w, QGroupBox) and w.title():
            out.append((where(w), _plain(w.title())))
        elif isinstance(w, QComboBox):
            out += [(where(w), w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            for i in range(w.count()):
                if not w.isSectionHidden(i):
                    out.append((where(w), str(w.model().headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")))
        elif isinstance(w, (QLineEdit, QTextEdit)) and w.placeholderText():
            out.append((where(w), w.placeholderText()))
        elif isinstance(w, QMenuBar):      # the menus and every command in them
            for action in w.actions():
                out.append((where(w), _plain(action.text())))
                menu = action.menu()
                out += [(f"{where(w)} > {_plain(action.text())}", _plain(a.text()))
                        for a in (menu.actions() if menu is not None else []) if not a.isSeparator()]
    return [(p, t) for p, t in out if t and t.strip()]


# --- the tour: every main screen and dialog in turn --------------------------------------------------

def _settle(qtbot, ms: int = 60) -> None:
    """Let the event loop run, and the layouts asked for settle (a value that wraps asks for height)."""
    qtbot.wait(ms)
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def fit_window(win: QWidget, size: tuple[int, int]) -> None:
    """Give a window the size it gets on a screen of size (its own default, at most the screen's room:
    a title bar and a task bar take about 70 px of height)."""
    w, h = size
    room = (w, h - 70)
    win.resize(min(win.width(), room[0]), min(win.height(), room[1]))


def longest_values(win: QWidget) -> None:
    """Choose in every visible, non-editable combo box of win its longest value: the worst case."""
    for combo in win.findChildren(QComboBox):
        if combo.isVisible() and not combo.isEditable() and combo.count() > 1:
            longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
            combo.setCurrentIndex(longest)


def unlock_screens(qtbot, win, path, size: tuple[int, int]):
    """The unlock window's tabs, then its answer to a wrong passphrase for path; yields (name, window)."""
    from PySide6.QtTest import QTest

    fit_window(win, size)
    for n in range(win.tabs.count()):
        win.tabs.setCurrentIndex(n)
        _settle(qtbot)
        yield f"unlock tab {n}", win
    win.tabs.setCurrentIndex(0)
    win.path_edit.setText(str(path))
    win.passphrase_edit.setText("not the passphrase")
    QTest.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.open_button.isEnabled() and bool(win.message.text()), timeout=20000)
    _settle(qtbot)
    yield "unlock with a wrong passphrase", win


def tour_database(path) -> tuple:
    """Fictional records with casework for the tour: (path, an incident with most targets, a person)."""
    from kkdesk.demo import generate
    from kkdesk.records import CaseDatabase
    from tests.ui.conftest import PASSPHRASE

    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        generate(cdb, incidents=80, seed=5)
        iid = cdb.scalar("SELECT incident_id FROM target GROUP BY incident_id ORDER BY count(*) DESC, incident_id LIMIT 1")
        pid = cdb.scalar("SELECT person_id FROM target WHERE person_id IS NOT NULL ORDER BY id LIMIT 1")
    return path, iid, pid


def tour(qtbot, ctx, size: tuple[int, int], wait_idle, incident_id: int, person_id: int, folder):
    """Open each main screen and dialog of ctx's unlocked main window at screen size `size`; yields
    (name, window) with the screen showing. The caller checks the window, then the tour goes on.
    folder: where the import wizard's sample file is written."""
    from kkdesk.model.casework import FollowUp, ProtectionAction, RiskAssessment
    from kkdesk.ui.casework import ActionDialog, AssessmentDialog, FollowUpDialog
    from kkdesk.ui.main_window import SettingsDialog
    from kkdesk.ui.person_dialog import OrganisationDialog, PersonDialog

    main = ctx.main_window
    main.resize(size[0], size[1] - 70)
    main.tabs.setCurrentWidget(main.incidents)
    pane = main.incidents
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=10000)
    pane.table.selectRow(0)
    wait_idle(qtbot, ctx)
    _settle(qtbot)
    yield "incidents", main
    longest_values(pane.filters)
    wait_idle(qtbot, ctx)
    _settle(qtbot, 400)
    yield "incidents, filters at their longest values", main
    pane.filters.reset()

    main.tabs.setCurrentWidget(main.defenders)
    reg = main.defenders
    qtbot.waitUntil(lambda: reg.model.rowCount() > 0, timeout=10000)
    reg.table.selectRow(0)
    qtbot.waitUntil(lambda: reg.timeline.rowCount() > 0, timeout=10000)
    wait_idle(qtbot, ctx)
    _settle(qtbot)
    yield "defenders: timeline", main
    reg.lower_tabs.setCurrentWidget(reg.casework)
    wait_idle(qtbot, ctx)
    for n in range(reg.casework.tabs.count()):
        reg.casework.tabs.setCurrentIndex(n)
        _settle(qtbot)
        yield f"defenders: casework {n}", main

    main.tabs.setCurrentWidget(main.dashboard)
    qtbot.waitUntil(lambda: main.dashboard.results is not None, timeout=30000)
    _settle(qtbot, 200)
    dash = main.dashboard
    for key in dash.views:
        dash.charts_scroll.ensureWidgetVisible(dash.views[key])
        _settle(qtbot)
        yield f"dashboard: {key}", main

    main.tabs.setCurrentWidget(main.vocabulary)
    qtbot.waitUntil(lambda: main.vocabulary.table.rowCount() > 0, timeout=10000)
    _settle(qtbot)
    yield "vocabularies", main
    main.tabs.setCurrentWidget(main.incidents)

    editor = main.open_incident(incident_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    fit_window(editor, size)
    for n in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(n)
        if editor.tabs.currentWidget() is editor.targets and editor.targets.target_list.count():
            editor.targets.target_list.setCurrentRow(0)
            if editor.targets.threat_list.count():
                editor.targets.threat_list.setCurrentRow(0)
                if editor.targets.articles.rowCount() == 0:     # a legal article row to see
                    editor.findChild(QPushButton, "addArticleButton").click()
        _settle(qtbot)
        yield f"editor tab {n}", editor
        longest_values(editor.tabs.currentWidget())
        _settle(qtbot)
        yield f"editor tab {n}, longest values", editor
    editor.tabs.setCurrentIndex(0)
    editor.title.setText("")
    editor.save()
    qtbot.waitUntil(lambda: editor.general_error.isVisible() or editor.findChild(QLabel, "titleError") is not None
                    and editor.findChild(QLabel, "titleError").isVisible(), timeout=10000)
    _settle(qtbot)
    yield "editor with a validation error", editor
    editor.discard()

    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=10000)
    pane.table.selectRow(0)
    wait_idle(qtbot, ctx)
    dialogs = [
        ("report: brief", lambda: main.open_report("brief")),
        ("report: dossier", lambda: main.open_report("dossier")),
        ("report: overview", lambda: main.open_report("overview")),
        ("exchange", lambda: main.open_exchange("keys")),
        ("settings", lambda: _open_settings(main)),
        ("new person", lambda: _shown(PersonDialog(ctx, None, parent=main))),
        ("new organisation", lambda: _shown(OrganisationDialog(ctx, None, parent=main))),
        ("agenda", main.show_agenda),
        ("keyboard shortcuts", lambda: (main.show_shortcuts(), main._shortcuts_dialog)[1]),
        ("possible duplicates", lambda: _duplicates(qtbot, main)),
        ("action", lambda: _shown(ActionDialog(ctx, ProtectionAction("", incident_id=incident_id), main))),
        ("follow-up", lambda: _shown(FollowUpDialog(ctx, FollowUp("", "", incident_id=incident_id), main))),
        ("risk assessment", lambda: _shown(AssessmentDialog(ctx, RiskAssessment(person_id, "", "unknown"), main))),
    ]
    for name, open_dialog in dialogs:
        dlg = open_dialog()
        wait_idle(qtbot, ctx)
        fit_window(dlg, size)
        tabs = dlg.findChild(QTabWidget)
        pages = range(tabs.count()) if tabs is not None and tabs.window() is dlg else [None]
        for n in pages:
            if n is not None:
                tabs.setCurrentIndex(n)
            _settle(qtbot)
            yield (name if n is None else f"{name}: tab {n}"), dlg
        dlg.hide()
    _settle(qtbot)
    yield from _import_wizard_pages(qtbot, main, size, folder)


def _import_wizard_pages(qtbot, main, size, folder):
    """The import wizard from its first page to the check with a problem (a date nobody can read)."""
    from pathlib import Path

    from PySide6.QtWidgets import QWizard

    from kkdesk.ui.import_wizard import PAGE_CHECK, PAGE_MAPPING, PAGE_PREVIEW
    from tests.importer.sheets import ROWS, write_csv

    def next_page():
        button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(button.isEnabled, timeout=20000)
        button.click()

    rows = [*ROWS, ["7", "позавчера вечером", "Тестова Гульнар", "журналист", "арест", "полиция", "Алматы", "", ""]]
    csv_path = write_csv(Path(folder) / "угрозы.csv", rows=rows)
    wizard = main.open_import()
    fit_window(wizard, size)
    _settle(qtbot)
    yield "import wizard: file", wizard
    wizard.page(0).path.setText(str(csv_path))
    next_page()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=20000)
    _settle(qtbot)
    yield "import wizard: preview", wizard
    next_page()
    qtbot.waitUntil(wizard.page(PAGE_MAPPING).isComplete, timeout=20000)
    _settle(qtbot)
    yield "import wizard: mapping", wizard
    next_page()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_CHECK and wizard.plan is not None, timeout=20000)
    _settle(qtbot, 200)
    yield "import wizard: check with a problem", wizard
    wizard.hide()


def _duplicates(qtbot, main):
    from kkdesk.ui.defenders import DuplicatesDialog

    before = set(main.findChildren(DuplicatesDialog))
    main.defenders.show_duplicates()
    qtbot.waitUntil(lambda: bool(set(main.findChildren(DuplicatesDialog)) - before), timeout=10000)
    return (set(main.findChildren(DuplicatesDialog)) - before).pop()


def _shown(dlg):
    dlg.show()
    return dlg


def _open_settings(main):
    main.open_settings()
    return main._settings_dialog
