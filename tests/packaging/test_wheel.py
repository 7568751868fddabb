"""The built package as a new user gets it: sdist -> wheel -> a fresh venv outside the checkout.

Builds the sdist and, from it, the wheel (`python -m build`), installs the wheel into a throw-away
venv (uv resolves the wheel's declared dependencies; it is pip-compatible and much faster from its
cache), then runs the installed `kkdesk` from an empty folder with a scrubbed environment and a
Cyrillic home folder: --version, init, demo, report, and the desktop application's self-test
(offscreen: demo opened, overview PDF saved, locked, quit). Per-user files must land in the
platform's places under that home, never in the install folder.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ["pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "kkdesk"]
PASS = "wheel-test passphrase"

pytestmark = pytest.mark.slow


def _run(args, **kw) -> subprocess.CompletedProcess:
    res = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kw)
    assert res.returncode == 0, f"{args[:3]} failed ({res.returncode}):\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    return res


def _files(folder: Path) -> set[str]:
    """Every file under folder except byte-code caches (Python writes those wherever it may)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv folder, dist folder): the wheel built from the sdist, installed into a fresh venv."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    for name in SOURCE:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(
            ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__", "BUILD")}
                                        if (ROOT / name).is_dir() else {}))
    dist = base / "dist"
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, src])
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    uv = Path(sys.executable).parent / "uv"
    wheel = next(dist.glob("kkdesk-*.whl"))
    _run([uv, "pip", "install", "--quiet", "--python", venv / "bin" / "python", wheel])
    return venv, dist


def test_build_gives_sdist_and_wheel_with_the_package_data(installed):
    import tarfile
    import zipfile

    _venv, dist = installed
    wheel = zipfile.ZipFile(next(dist.glob("kkdesk-*.whl"))).namelist()
    sdist = tarfile.open(next(dist.glob("kkdesk-*.tar.gz"))).getnames()
    for needed in ("kkdesk/resources/migrations/0001_initial.sql", "kkdesk/resources/vocab/city.json",
                   "kkdesk/resources/i18n/kkdesk_kk.qm", "kkdesk/resources/icons/kkdesk.png"):
        assert needed in wheel
        assert any(name.endswith(needed) for name in sdist)
    assert any(name.endswith("kkdesk/resources/i18n/kkdesk_kk.ts") for name in sdist)


def test_installed_wheel_works_from_an_empty_folder_with_a_cyrillic_home(installed, tmp_path):
    venv, _dist = installed
    home = tmp_path / "Айгуль"
    work = home / "Документы"
    work.mkdir(parents=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "KKDESK_PASSPHRASE": PASS}
    kkdesk = venv / "bin" / "kkdesk"
    before = _files(venv)

    where = _run([venv / "bin" / "python", "-c", "import kkdesk; print(kkdesk.__file__)"], cwd=work, env=env)
    assert Path(where.stdout.strip()).is_relative_to(venv), "kkdesk was imported from outside the venv"
    version = _run([kkdesk, "--version"], cwd=work, env=env).stdout
    assert version.startswith("kkdesk 0.") and "build" in version

    _run([kkdesk, "init", "новая.kkdb"], cwd=work, env=env)
    _run([kkdesk, "demo", "demo.kkdb", "--incidents", "60"], cwd=work, env=env)
    stats = _run([kkdesk, "stats", "demo.kkdb", "--by", "year", "--json"], cwd=work, env=env).stdout
    assert '"unit": "threats"' in stats
    _run([kkdesk, "report", "demo.kkdb", "--kind", "overview", "--lang", "kk", "--out", "обзор.pdf"],
         cwd=work, env=env)
    text = _run(["pdftotext", work / "обзор.pdf", "-"], cwd=work, env=env).stdout
    assert "Кезеңдік шолу" in text  # the Kazakh overview, text drawn in a font that has the letters

    res = _run([kkdesk, "gui", "--self-test", work / "gui-overview.pdf"], cwd=work, env=env)
    assert "self-test: ok" in res.stdout
    assert "June 2019" in _run(["pdftotext", work / "gui-overview.pdf", "-"], cwd=work, env=env).stdout

    # Per-user files in the platform's places under the Cyrillic home, none in the install folder.
    demo = home / ".local" / "share" / "kkdesk" / "demo.kkdb"
    ini = home / ".config" / "kkdesk" / "kkdesk.ini"
    assert demo.is_file() and ini.is_file()
    settings = configparser.ConfigParser()
    settings.read(ini, encoding="utf-8")
    assert str(demo) in settings.get("user", "recent_paths")
    assert _files(venv) == before, "running kkdesk wrote into the install folder"
    assert sorted(os.listdir(work)) == sorted(["demo.kkdb", "gui-overview.pdf", "новая.kkdb", "обзор.pdf"])
