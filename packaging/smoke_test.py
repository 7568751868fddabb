"""Smoke test of the built bundle, as a user gets it (`make dist-smoke`, after `make dist`).

1. Verify dist/SHA256SUMS against its signature (kkdesk.pub) and the archive against SHA256SUMS.
2. Unpack the archive into an empty folder outside the checkout.
3. With a scrubbed environment (no venv, no PYTHONPATH, no checkout; a Cyrillic home folder):
   kkdesk-cli --version, demo, stats; then the desktop program's self-test (open the demo, save an
   overview PDF, lock, quit), on the display given (Xvfb on Linux: run under xvfb-run).
4. On Linux with X11 tools: the time from start to the unlock window being shown, for the bundle and
   (with --compare-venv) for .venv/bin/kkdesk, and a screenshot of the bundle's unlock window.

Usage: python packaging/smoke_test.py [--screenshot FILE.png] [--compare-venv]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT / "packaging"))

import release  # noqa: E402


def say(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def scrubbed_env(home: Path) -> dict:
    """Only what a desktop session has: no venv, no PYTHONPATH, nothing pointing at the checkout."""
    keep = ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "SYSTEMROOT", "SystemRoot", "TEMP", "TMP", "WINDIR",
            "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["PATH"] = os.pathsep.join(p for p in ("/usr/bin", "/bin", os.environ.get("SystemRoot", "")) if p)
    env["HOME"] = str(home)
    env["USERPROFILE"] = str(home)
    env["LANG"] = "C.UTF-8"
    return env


def run(args, env, cwd, timeout=900) -> str:
    res = subprocess.run([str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True,
                         timeout=timeout, encoding="utf-8", errors="replace")
    if res.returncode != 0:
        raise SystemExit(f"smoke: FAILED {args[0]} {args[1:3]} (exit {res.returncode}):\n"
                         f"{res.stdout[-2000:]}\n{res.stderr[-2000:]}")
    return res.stdout


def unpack(archive: Path, into: Path) -> Path:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(into)
    else:
        with tarfile.open(archive) as tf:
            tf.extractall(into, filter="tar")
    (top,) = [p for p in into.iterdir() if p.is_dir()]
    return top


def programs(top: Path) -> tuple[Path, Path]:
    """(gui, cli) executables inside the unpacked bundle."""
    if sys.platform == "darwin":
        base = top / "kkdesk.app" / "Contents" / "MacOS"
    else:
        base = top
    ext = ".exe" if os.name == "nt" else ""
    return base / f"kkdesk{ext}", base / f"kkdesk-cli{ext}"


def time_to_unlock_window(program: list, env: dict, cwd: Path, screenshot: Path | None = None) -> float:
    """Seconds from starting program to its unlock window being viewable (X11, xwininfo)."""
    errors = tempfile.TemporaryFile()
    start = time.monotonic()
    proc = subprocess.Popen([str(a) for a in program], env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=errors)
    try:
        while time.monotonic() - start < 120:
            probe = subprocess.run(["xwininfo", "-name", "kkdesk"], env=env, capture_output=True, text=True)
            if "IsViewable" in probe.stdout:
                elapsed = time.monotonic() - start
                if screenshot is not None:
                    time.sleep(1.5)  # let it paint
                    subprocess.run(["import", "-window", "root", str(screenshot)], env=env, check=True)
                return elapsed
            if proc.poll() is not None:
                errors.seek(0)
                raise SystemExit(f"smoke: FAILED {program[0]} ended (exit {proc.returncode}) before showing its "
                                 f"window:\n{errors.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.02)
        raise SystemExit("smoke: FAILED no unlock window within 120 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        errors.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built kkdesk bundle.")
    parser.add_argument("--screenshot", type=Path, help="save a screenshot of the bundle's unlock window here")
    parser.add_argument("--compare-venv", action="store_true",
                        help="also time .venv/bin/kkdesk to its unlock window (Linux, X11)")
    args = parser.parse_args()
    archives = sorted(DIST.glob("kkdesk-*.tar.gz")) + sorted(DIST.glob("kkdesk-*.zip"))
    if len(archives) != 1:
        raise SystemExit(f"smoke: expected one archive in dist/, found {len(archives)}: run make dist")
    archive = archives[0]
    names = release.verify(DIST / "SHA256SUMS", (DIST / "kkdesk.pub").read_text(encoding="utf-8"))
    assert archive.name in names, "the archive is not listed in SHA256SUMS"
    say(f"signature and checksum of {archive.name} verified")

    with tempfile.TemporaryDirectory(prefix="kkdesk-smoke-") as tmp:
        tmp = Path(tmp)
        top = unpack(archive, tmp / "unpacked")
        gui, cli = programs(top)
        home = tmp / "Айгуль"
        work = home / "Документы"
        work.mkdir(parents=True)
        env = scrubbed_env(home)
        size = sum(p.lstat().st_size for p in top.rglob("*") if p.is_file() and not p.is_symlink())
        say(f"unpacked into an empty folder: {size / 2**20:.0f} MB ({archive.stat().st_size / 2**20:.0f} MB packed)")

        version = run([cli, "--version"], env, work).strip()
        assert version.startswith("kkdesk ") and "build" in version, version
        say(version)
        env_pass = dict(env, KKDESK_PASSPHRASE="smoke-test passphrase")
        run([cli, "demo", "демо.kkdb", "--incidents", "40"], env_pass, work)
        stats = run([cli, "stats", "демо.kkdb", "--by", "year", "--json"], env_pass, work)
        assert '"unit": "threats"' in stats, stats
        say("kkdesk-cli demo and stats work")

        # The console-less program (what the desktop starts) runs the self-test; its exit status says
        # whether it worked. On Windows it has no stdout at all, so its steps print only elsewhere.
        out = run([gui, "gui", "--self-test", work / "self-test.pdf"], env, work)
        assert os.name == "nt" or "self-test: ok" in out, out
        pdf = (work / "self-test.pdf").read_bytes()
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", work / "self-test.pdf", "-"], capture_output=True, text=True).stdout
            assert "Periodic overview" in text, text[:500]
        say("desktop program: demo opened, overview PDF written, locked, quit")
        leftovers = [p.name for p in top.rglob("*") if p.suffix in (".kkdb", ".ini", ".pdf")]
        assert leftovers == [], f"the program wrote into its own folder: {leftovers}"

        if sys.platform.startswith("linux") and os.environ.get("DISPLAY") and shutil.which("xwininfo"):
            bundle_s = min(time_to_unlock_window([gui], env, work, args.screenshot if i == 0 else None)
                           for i in range(3))
            say(f"start to unlock window, bundle: {bundle_s:.2f} s")
            if args.screenshot:
                say(f"screenshot of the bundle's unlock window: {args.screenshot}")
            if args.compare_venv:
                venv_kkdesk = ROOT / ".venv" / "bin" / "kkdesk"
                venv_s = min(time_to_unlock_window([venv_kkdesk], env, work) for _ in range(3))
                say(f"start to unlock window, venv: {venv_s:.2f} s (bundle/venv {bundle_s / venv_s:.2f}x)")
    say("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
