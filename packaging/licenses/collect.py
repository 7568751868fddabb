"""Copy the licence files of every package in this (build) venv into OUT/<package>/ and print a list.

Run with the bundle's build venv python: what is installed there is what PyInstaller bundles, plus
the build tools named in BUILD_ONLY (not shipped, except PyInstaller's bootloader: see its entry).
Also Python's own licence. Usage: python collect.py OUT
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

BUILD_ONLY = {"altgraph", "macholib", "pefile", "pip", "pywin32-ctypes", "setuptools", "uv", "packaging",
              "pyinstaller-hooks-contrib"}
LICENCE_NAMES = ("license", "licence", "copying", "notice", "authors", "ofl")


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or ""
    if not text:
        licence = (meta.get("License") or "").strip()
        text = licence.splitlines()[0][:80] if licence else ""
    if not text:
        text = "; ".join(c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::"))
    return text or "see the files"


def main(out: Path) -> int:
    rows = []
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        key = name.lower().replace("_", "-")
        if key in BUILD_ONLY:
            continue
        target = out / key
        copied = 0
        for f in dist.files or []:
            base = f.name.lower()
            if any(base.startswith(n) or f"/{n}" in str(f).lower() for n in LICENCE_NAMES) \
                    and not base.endswith((".py", ".pyc")):
                src = Path(dist.locate_file(f))
                if src.is_file():
                    target.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(src, target / f"{copied:02d}-{f.name}")
                    copied += 1
        note = "" if copied else "  (no licence file in the package: see its project page)"
        if key == "pyinstaller":
            note += "  (only its bootloader is in the bundle: GPL-2.0 with the bootloader exception)"
        rows.append(f"{name} {dist.version}: {licence_of(dist)}{note}")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (out / "python").mkdir(exist_ok=True)
        shutil.copy2(python_licence, out / "python" / "LICENSE.txt")
    rows.append(f"Python {sys.version.split()[0]}: PSF-2.0 (python/LICENSE.txt)")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
