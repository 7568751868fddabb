"""Build the kkdesk desktop bundle (`make dist`): the same steps on Linux, Windows and macOS.

1. A build venv (build/bundle-venv) installed from requirements.lock with hashes checked (uv), plus
   kkdesk itself built from this source tree: the bundle holds exactly the locked versions.
2. PyInstaller with packaging/kkdesk.spec: one folder dist/kkdesk/ (kkdesk.app on macOS).
3. The licences of what it bundles (licenses/), the Linux .desktop file and AppStream metainfo.
4. One archive per platform (.tar.gz on Linux and macOS, .zip on Windows), SHA256SUMS, and a detached
   Ed25519 signature of SHA256SUMS in minisign's format (packaging/release.py).

Usage: python packaging/build.py [--skip-venv] [--unsigned]
The signing key is $KKDESK_SIGNING_KEY (default ~/.config/kkdesk-release/minisign.key, outside the
repository); a missing key is created there, and its public key printed, on first use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "bundle-venv"
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import release  # noqa: E402  (packaging/release.py: checksums and signatures)


def say(text: str) -> None:
    print(f"dist: {text}", flush=True)


def run(args, **kw) -> None:
    subprocess.run([str(a) for a in args], check=True, **kw)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def version() -> str:
    namespace: dict = {}
    exec((ROOT / "kkdesk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def build_id() -> str:
    """'<commit> <UTC date>' of this build; the commit is 'unknown' outside a git checkout."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
        commit += "-modified" if dirty else ""
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return f"{commit} {dt.datetime.now(dt.timezone.utc):%Y-%m-%d}"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def make_venv() -> None:
    """The build venv from the lock file (hashes checked), then kkdesk from this tree, no other deps."""
    say(f"build venv {VENV.relative_to(ROOT)} from requirements.lock")
    if VENV.exists():
        shutil.rmtree(VENV)
    run([sys.executable, "-m", "venv", "--without-pip", VENV])
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if uv is None:
        sys.exit("dist: uv is needed (it is in the test extras: make setup)")
    run([uv, "pip", "install", "--quiet", "--python", venv_python(), "--require-hashes", "--no-deps",
         "-r", ROOT / "requirements.lock"])
    run([uv, "pip", "install", "--quiet", "--python", venv_python(), "--no-deps", "--no-build-isolation",
         ROOT])


def pyinstaller(build_file: Path) -> Path:
    say("PyInstaller (one folder)")
    env = dict(os.environ, KKDESK_BUILD_FILE=str(build_file))
    run([venv_python(), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--workpath", BUILD / "pyinstaller", "--distpath", DIST, PACKAGING / "kkdesk.spec"], env=env, cwd=ROOT)
    return DIST / ("kkdesk.app" if sys.platform == "darwin" else "kkdesk")


def add_licences(folder: Path) -> None:
    """licenses/: kkdesk's GPL, Qt/PySide6's LGPL notice, PT Sans' OFL, and every bundled package's own."""
    say("licences")
    out = folder / "licenses"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    shutil.copy2(ROOT / "LICENSE", out / "kkdesk-GPL-3.0-or-later.txt")
    shutil.copy2(PACKAGING / "licenses" / "QT-PYSIDE6-NOTICE.txt", out)
    shutil.copy2(PACKAGING / "licenses" / "LGPL-3.0.txt", out)
    listing = subprocess.run([venv_python(), PACKAGING / "licenses" / "collect.py", out], check=True,
                             capture_output=True, text=True).stdout
    (out / "README.txt").write_text(
        "Licences of kkdesk and of everything this bundle contains.\n\n" + listing, encoding="utf-8")


def add_desktop_files(folder: Path) -> None:
    if sys.platform.startswith("linux"):
        for name in ("org.kkdesk.kkdesk.desktop", "org.kkdesk.kkdesk.metainfo.xml"):
            shutil.copy2(PACKAGING / "linux" / name, folder / name)
        shutil.copy2(ROOT / "kkdesk" / "resources" / "icons" / "kkdesk.png", folder / "org.kkdesk.kkdesk.png")
        shutil.copy2(PACKAGING / "linux" / "install-desktop-entry.sh", folder / "install-desktop-entry.sh")
    shutil.copy2(PACKAGING / "README-bundle.txt", folder / "README.txt")


def pack(folder: Path, name: str) -> Path:
    """dist/<name>.zip on Windows, dist/<name>.tar.gz elsewhere (file modes kept: executables stay so)."""
    say(f"packing {folder.name}")
    if sys.platform == "win32":  # Windows Explorer opens .zip without extra tools
        archive = DIST / f"{name}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, Path(name) / path.relative_to(folder))
        return archive
    archive = DIST / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
        tf.add(folder, arcname=name)
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the kkdesk desktop bundle.")
    parser.add_argument("--skip-venv", action="store_true", help="reuse build/bundle-venv as it is")
    parser.add_argument("--unsigned", action="store_true", help="write SHA256SUMS but no signature")
    args = parser.parse_args()
    BUILD.mkdir(exist_ok=True)
    DIST.mkdir(exist_ok=True)
    if not (args.skip_venv and venv_python().exists()):
        make_venv()
    ver, ident = version(), build_id()
    build_file = BUILD / "BUILD"
    build_file.write_text(f"{ident}\n", encoding="utf-8")
    folder = pyinstaller(build_file)
    name = f"kkdesk-{ver}-{platform_tag()}"
    if sys.platform == "darwin":
        # Nothing is added inside the (ad-hoc signed) .app: licences and README go beside it.
        top = DIST / name
        if top.exists():
            shutil.rmtree(top)
        top.mkdir()
        shutil.move(str(folder), str(top / folder.name))
    else:
        top = folder
    add_licences(top)
    add_desktop_files(top)
    for old in DIST.glob("kkdesk-*.*"):
        old.unlink()
    archive = pack(top, name)
    sums = release.write_sums(DIST, [archive])
    if not args.unsigned:
        release.sign_file(sums, release.signing_key_path(), trusted=f"kkdesk {ver} {ident}")
    size = sum(p.lstat().st_size for p in top.rglob("*") if p.is_file() and not p.is_symlink())
    say(f"{top.relative_to(ROOT)}: {size / 2**20:.0f} MB; {archive.name}: {archive.stat().st_size / 2**20:.0f} MB")
    say(f"wrote {archive.relative_to(ROOT)}, {sums.relative_to(ROOT)}"
        + ("" if args.unsigned else f", {sums.name}.minisig"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
