"""Per-user places (kkdesk.paths) and package data (kkdesk.resources): never the checkout or the
program folder; KKDESK_HOME moves everything into one folder; non-ASCII user folders work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kkdesk import paths, version_text
from kkdesk.resources import build_id, resource, resource_files

ROOT = Path(__file__).resolve().parents[1]


def test_kkdesk_home_holds_settings_and_demo(monkeypatch, tmp_path):
    home = tmp_path / "флешка" / "kkdesk"
    monkeypatch.setenv("KKDESK_HOME", str(home))
    assert paths.settings_file() == home / "kkdesk.ini"
    assert paths.demo_database() == home / "demo.kkdb"
    assert home.is_dir()


def test_platform_places_follow_the_users_home_and_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("KKDESK_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "Айгуль"))
    assert paths.demo_database() == tmp_path / "Айгуль" / ".local" / "share" / "kkdesk" / "demo.kkdb"
    assert paths.settings_file() == tmp_path / "Айгуль" / ".config" / "kkdesk" / "kkdesk.ini"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert paths.settings_file() == tmp_path / "cfg" / "kkdesk" / "kkdesk.ini"


def test_a_kkdesk_home_folder_beside_a_frozen_program_makes_it_portable(monkeypatch, tmp_path):
    monkeypatch.delenv("KKDESK_HOME", raising=False)
    program = tmp_path / "usb" / "kkdesk"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "kkdesk.exe"))
    assert paths.home_override() is None          # no kkdesk-home folder: the platform's places
    (program / "kkdesk-home").mkdir()
    assert paths.demo_database() == program / "kkdesk-home" / "demo.kkdb"


def test_shipped_data_is_package_data():
    sql = resource_files("migrations", ".sql")
    assert [f.name[:4] for f in sql] == sorted(f.name[:4] for f in sql) and sql[0].name.startswith("0001_")
    assert {f.name for f in resource_files("vocab", ".json")} >= {"city.json", "threat_type.json"}
    assert resource("i18n", "kkdesk_kk.qm").read_bytes()[:4] == bytes.fromhex("3cb86418")  # Qt .qm magic
    assert resource("icons", "kkdesk.png").read_bytes()[:4] == b"\x89PNG"
    stray = [p for top in ("resources", "db") for p in (ROOT / top).rglob("*") if p.is_file()]
    assert stray == [], "shipped data outside the package is missing from wheels and bundles"


def test_version_names_the_build():
    assert version_text().startswith("kkdesk ") and build_id() in version_text()
    res = subprocess.run([sys.executable, "-m", "kkdesk", "--version"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.strip() == version_text()


def test_qt_settings_default_to_the_per_user_ini(qapp, monkeypatch, tmp_path):
    from kkdesk.ui.settings import Settings

    monkeypatch.setenv("KKDESK_HOME", str(tmp_path / "Айгуль"))
    settings = Settings()
    settings.add_recent(str(tmp_path / "Айгуль" / "дела.kkdb"))
    assert Settings().get("recent_paths") == [str(tmp_path / "Айгуль" / "дела.kkdb")]
    assert "recent_paths" in (tmp_path / "Айгуль" / "kkdesk.ini").read_text(encoding="utf-8")
