#!/usr/bin/env bash
# Make this checkout ready to run and test kkdesk: Debian packages, then .venv with kkdesk installed.
# Idempotent and quick when already done: packages are installed only when dpkg says they are
# missing, and pip runs only when pyproject.toml changed since the last successful install.
set -euo pipefail

cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

# Qt offscreen (tests), Qt in a real window (xcb), and the tools for screenshots and PDF checks;
# strace injects real write failures and kills (tests/reliability/test_crash_leftovers.py).
QT_OFFSCREEN=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
QT_WINDOW=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
           libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
TOOLS=(xvfb poppler-utils imagemagick fonts-dejavu-core xauth x11-utils strace)
# The desktop bundle (make dist): PyInstaller reads binaries with binutils; the Linux menu entry and
# AppStream metainfo are checked with their validators.
BUNDLE=(binutils desktop-file-utils appstream)
# USB-stick file systems for tests/test_usb_filesystems.py (made in image files, mounted with FUSE).
USB=(dosfstools fusefat exfatprogs exfat-fuse)
PACKAGES=("${QT_OFFSCREEN[@]}" "${QT_WINDOW[@]}" "${TOOLS[@]}" "${BUNDLE[@]}" "${USB[@]}")

say() { printf 'setup: %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "need root for: $*  (run it as root, then run this again)" >&2
        exit 1
    fi
}

installed() {
    # dpkg -s also succeeds for removed packages that left config files: check the status line.
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

# python3 -m venv needs ensurepip, which Debian ships separately in python3-venv.
if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
    PACKAGES+=(python3-venv)
fi

if [ "${KKDESK_SKIP_APT:-}" = 1 ]; then
    say "KKDESK_SKIP_APT=1: not checking Debian packages"
elif ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "not a Debian-like system: install the equivalents of these yourself: ${PACKAGES[*]}"
else
    missing=()
    for pkg in "${PACKAGES[@]}"; do
        installed "$pkg" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        say "installing Debian packages: ${missing[*]}"
        as_root apt-get update -q
        as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
fi

# The virtualenv, made with the python3 on PATH (3.11 or newer).
python3 - <<'EOF'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"setup: kkdesk needs Python 3.11 or newer; python3 is {sys.version.split()[0]}")
EOF

if ! .venv/bin/python -c '' >/dev/null 2>&1; then
    say "creating .venv with $(python3 --version)"
    python3 -m venv --clear .venv
fi

stamp=.venv/.kkdesk-pyproject.sha256
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [ "$want" != "$have" ]; then
    say "installing kkdesk and its test dependencies into .venv (pip)"
    .venv/bin/python -m pip install --disable-pip-version-check --progress-bar off -q -e '.[test]'
    printf '%s\n' "$want" > "$stamp"
fi

say "ready (.venv/bin/kkdesk, .venv/bin/python -m pytest)"
