"""Does every package pinned in requirements.lock have a wheel for Windows and macOS? (make portability)

For each target (win_amd64; macOS 13+ on arm64 and on x86_64, the oldest macOS PySide6 6.11 supports)
and the bundle's Python (3.11), pip resolves the locked versions with --only-binary=:all: and the
lock's hashes for that platform. `pip install --dry-run` is used instead of `pip download`: the same
finder and the same wheel choice, reading only the wheels' metadata, so the 600 MB of Qt wheels per
platform are not downloaded. Environment markers in the lock are evaluated for the target, not for
this machine. Prints the wheel chosen for each package; exits 1 if any is missing.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.markers import Marker

ROOT = Path(__file__).resolve().parents[1]
PYTHON = "3.11"
TARGETS = {
    "win_amd64": ({"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}, ["win_amd64"]),
    "macos_arm64": ({"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
                    ["macosx_13_0_arm64"]),
    "macos_x86_64": ({"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
                     ["macosx_13_0_x86_64"]),
}


def locked() -> list[tuple[str, str | None, list[str]]]:
    """(requirement 'name==version', marker or None, hash options) from requirements.lock."""
    entries, current = [], None
    for raw in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = raw.strip().rstrip("\\").strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("--hash="):
            current[2].append(line)
            continue
        req, _, marker = line.partition(";")
        current = (req.strip(), marker.strip() or None, [])
        entries.append(current)
    return entries


def check(target: str) -> list[str]:
    env, platforms = TARGETS[target]
    full_env = {"implementation_name": "cpython", "platform_python_implementation": "CPython",
                "python_version": PYTHON, "python_full_version": f"{PYTHON}.9", **env}
    wanted = [(req, hashes) for req, marker, hashes in locked()
              if marker is None or Marker(marker).evaluate(full_env)]
    with tempfile.TemporaryDirectory() as tmp:
        reqs = Path(tmp) / "requirements.txt"
        reqs.write_text("".join(f"{req} {' '.join(h)}\n" for req, h in wanted), encoding="utf-8")
        platform_args = [a for p in platforms for a in ("--platform", p)]
        res = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--no-deps",
             "--only-binary=:all:", *platform_args, "--python-version", PYTHON, "--implementation", "cp",
             "--target", str(Path(tmp) / "target"), "--require-hashes", "-r", str(reqs),
             "--report", str(Path(tmp) / "report.json"), "--quiet", "--disable-pip-version-check"],
            capture_output=True, text=True)
        if res.returncode != 0:
            errors = [line for line in res.stderr.splitlines() if not line.startswith("WARNING: Location")]
            return [f"{target}: " + " ".join(errors)[-800:]]
        report = json.loads((Path(tmp) / "report.json").read_text(encoding="utf-8"))
    chosen = {i["metadata"]["name"].lower().replace("_", "-"): i["download_info"]["url"].rsplit("/", 1)[-1]
              for i in report["install"]}
    missing = []
    for req, _ in wanted:
        name = re.split(r"[=<>!~ ]", req, maxsplit=1)[0].lower().replace("_", "-")
        wheel = chosen.get(name)
        print(f"  {target:13} {req:34} {wheel or 'NO WHEEL'}")
        if wheel is None or not wheel.endswith(".whl"):
            missing.append(f"{target}: {req}")
    return missing


def main() -> int:
    problems = []
    for target in TARGETS:
        print(f"{target} (Python {PYTHON}, wheels only):", flush=True)
        problems += check(target)
    if problems:
        print("Missing wheels:\n" + "\n".join(problems))
        return 1
    print(f"every locked package has a wheel for {', '.join(TARGETS)} (Python {PYTHON})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
