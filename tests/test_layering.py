"""The core (everything in kkdesk/ except kkdesk/ui/) never imports Qt, and imports point down the layers.

Checked twice: statically, by parsing every core source file, and at run time, by importing every
core package in a fresh interpreter and looking for PySide6 in sys.modules. A headless core is what
lets the command line, the tests and the recovery tools run without Qt.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kkdesk"
UI = PACKAGE / "ui"
QT_ROOTS = ("PySide6", "shiboken6")
# A string that is exactly a Qt module path ("PySide6.QtCore") in core code can only be meant for
# importlib / __import__ / a list of modules to import, so any such string literal counts.
QT_MODULE_STRING = re.compile(r"^(?:PySide6|shiboken6)(?:\.\w+)*$")


def _is_qt(module: str | None) -> bool:
    return bool(module) and module.split(".")[0] in QT_ROOTS


def qt_imports(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, what) for every import of PySide6/shiboken6 in the source, in any of its forms."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"import {a.name}") for a in node.names if _is_qt(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and _is_qt(node.module):
            found.append((node.lineno, f"from {node.module} import ..."))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and QT_MODULE_STRING.match(node.value):
            found.append((node.lineno, f"module name string {node.value!r}"))
    return sorted(found)


def core_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if UI not in p.parents)


def core_packages() -> list[str]:
    """Every package under kkdesk/ except ui, plus 'kkdesk' itself for its top-level modules."""
    found = ["kkdesk"]
    for init in sorted(PACKAGE.rglob("__init__.py")):
        folder = init.parent
        if folder == PACKAGE or folder == UI or UI in folder.parents:
            continue
        if folder.parent == PACKAGE:  # sub-packages are imported with their parent
            found.append("kkdesk." + folder.name)
    return found


def test_the_detector_sees_every_form_of_qt_import():
    source = (
        "import os\n"
        "import PySide6\n"
        "import PySide6.QtWidgets as W\n"
        "from PySide6.QtCore import Qt\n"
        "from shiboken6 import isValid\n"
        "import importlib\n"
        "mod = importlib.import_module('PySide6.QtGui')\n"
        "gui = __import__('PySide6')\n"
        "def later():\n"
        "    from PySide6 import QtCore\n"
        "print('PySide6 is not needed here')\n"
        "from kkdesk.errors import KkdeskError\n"
    )
    assert qt_imports(source) == [
        (2, "import PySide6"),
        (3, "import PySide6.QtWidgets"),
        (4, "from PySide6.QtCore import ..."),
        (5, "from shiboken6 import ..."),
        (7, "module name string 'PySide6.QtGui'"),
        (8, "module name string 'PySide6'"),
        (10, "from PySide6 import ..."),
    ]


def test_core_sources_are_found():
    files = core_sources()
    assert PACKAGE / "errors.py" in files
    assert not [p for p in files if UI in p.parents]


def test_no_core_module_imports_qt():
    offences = []
    for path in core_sources():
        rel = path.relative_to(ROOT)
        for line, what in qt_imports(path.read_text(encoding="utf-8"), str(rel)):
            offences.append(f"{rel}:{line}: {what}")
    assert offences == [], "the core must not import Qt (only kkdesk/ui/ may):\n" + "\n".join(offences)


def test_every_folder_of_core_modules_is_a_package():
    # A folder of .py files without __init__.py would escape the import check below (and the wheel).
    loose = sorted(
        str(folder.relative_to(ROOT))
        for folder in {p.parent for p in core_sources()}
        if not (folder / "__init__.py").exists()
    )
    assert loose == [], f"folders with modules but no __init__.py: {loose}"


# Imports one core package and every module below it, then lists the Qt modules that got loaded.
_IMPORT_ALL = """
import importlib, json, pkgutil, sys
name = sys.argv[1]
package = importlib.import_module(name)
for info in pkgutil.iter_modules(package.__path__, name + "."):
    short = info.name.rsplit(".", 1)[1]
    if short == "__main__" or (name == "kkdesk" and info.ispkg):
        continue  # kkdesk's sub-packages get their own check
    importlib.import_module(info.name)
    if info.ispkg:
        for sub in pkgutil.walk_packages(sys.modules[info.name].__path__, info.name + "."):
            importlib.import_module(sub.name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


@pytest.mark.parametrize("package", core_packages())
def test_importing_core_package_loads_no_qt(package):
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, package],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    if result.returncode != 0:
        pytest.fail(f"importing {package} and its modules failed:\n{result.stderr}", pytrace=False)
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"importing {package} loaded Qt: {loaded}"


# ----- the layer order ---------------------------------------------------------------------------
# Each layer may import its own and lower layers only, at module top, inside functions or under
# TYPE_CHECKING alike: model <- store <- records <- search/stats <- reports/importer/exchange <- cli/ui.
# (kkdesk.records.CaseDatabase puts the stores together one layer above the store, so the store never
# reaches up for them.)
LAYERS = [
    ("kkdesk", "kkdesk.errors", "kkdesk.messages", "kkdesk.progress", "kkdesk.util", "kkdesk.hardening", "kkdesk.paths", "kkdesk.passphrase",
     "kkdesk.resources"),  # leaves (the "kkdesk" package itself holds only the version)
    ("kkdesk.model",),
    ("kkdesk.store",),
    ("kkdesk.records", "kkdesk.vocab"),
    ("kkdesk.search", "kkdesk.stats"),
    ("kkdesk.reports", "kkdesk.importer", "kkdesk.exchange", "kkdesk.demo"),
    ("kkdesk.cli", "kkdesk.ui", "kkdesk.__main__"),
]


def layer_of(module: str) -> int | None:
    """The layer of a dotted kkdesk module name: that of its longest listed prefix (None if unlisted)."""
    best = None
    for n, names in enumerate(LAYERS):
        for name in names:
            below = name != "kkdesk" and module.startswith(name + ".")
            if (module == name or below) and (best is None or len(name) > best[1]):
                best = (n, len(name))
    return best[0] if best else None


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def kkdesk_imports(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, module) of every absolute kkdesk import anywhere in the source (top, function, if-block)."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "kkdesk":
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "kkdesk"]
    return sorted(found)


def all_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_import_finder_sees_imports_inside_functions_and_type_checking_blocks():
    source = (
        "from typing import TYPE_CHECKING\n"
        "from kkdesk.model.dates import PartialDate\n"
        "import kkdesk.store.sqlite as s\n"
        "if TYPE_CHECKING:\n"
        "    from kkdesk.records import CaseDatabase\n"
        "def later():\n"
        "    from kkdesk.ui.app import main\n"
        "from . import sibling\n"
    )
    assert kkdesk_imports(source) == [(2, "kkdesk.model.dates"), (3, "kkdesk.store.sqlite"),
                                      (5, "kkdesk.records"), (7, "kkdesk.ui.app")]
    assert [layer_of(m) for m in ("kkdesk.model.dates", "kkdesk.store", "kkdesk.records.case",
                                  "kkdesk.vocab", "kkdesk.stats.cube", "kkdesk.reports.pdf.brief",
                                  "kkdesk.ui.app", "kkdesk.util.files", "kkdesk")] == [1, 2, 3, 3, 4, 5, 6, 0, 0]
    assert layer_of("kkdesk.newpackage.module") is None  # must be placed before it counts


def test_every_module_has_a_layer():
    # A new package must be placed in LAYERS, or its imports would escape the check below.
    unplaced = [module_name(p) for p in all_sources() if layer_of(module_name(p)) is None]
    assert unplaced == [], f"modules in no layer (add them to LAYERS): {unplaced}"


def test_imports_point_down_the_layers():
    offences = []
    for path in all_sources():
        mine = layer_of(module_name(path))
        for line, target in kkdesk_imports(path.read_text(encoding="utf-8"), str(path)):
            theirs = layer_of(target)
            if theirs is None or mine is None or theirs > mine:
                offences.append(f"{path.relative_to(ROOT)}:{line}: {module_name(path)} imports {target}")
    assert offences == [], ("a lower layer imports a higher one (model <- store <- records <- search/stats <- "
                            "reports/importer/exchange <- cli/ui):\n" + "\n".join(offences))


def test_no_two_packages_import_each_other():
    # Within one layer, packages may use each other in one direction only (stats uses search, not back).
    def package(module: str) -> str:
        return ".".join(module.split(".")[:2])

    edges = set()
    for path in all_sources():
        for _, target in kkdesk_imports(path.read_text(encoding="utf-8"), str(path)):
            if package(target) != package(module_name(path)) and "." in target:
                edges.add((package(module_name(path)), package(target)))
    both_ways = sorted(f"{a} <-> {b}" for a, b in edges if (b, a) in edges and a < b)
    assert both_ways == [], f"packages importing each other: {both_ways}"
