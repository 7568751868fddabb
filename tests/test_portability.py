"""Windows and macOS readiness that can be checked on Linux (part of `make portability` and `make test`).

- POSIX-only calls left unguarded in kkdesk/: modules that do not exist on Windows (resource, fcntl,
  termios, pwd, grp), os.getuid and friends, POSIX-only signals, and fsync of a directory (Windows
  cannot open a folder as a file). Guarded means: under `if os.name/sys.platform …`, after such an
  early return, or in a `try` that catches the ImportError/AttributeError/OSError it would raise.
- File paths built by gluing strings with "/" (`folder + "/" + name`, f"{folder}/{name}").
- File names in the repository and the bundle's own names that Windows cannot hold.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kkdesk"

POSIX_MODULES = {"resource", "fcntl", "termios", "pwd", "grp", "posix", "tty", "pty"}
POSIX_OS_CALLS = {"getuid", "geteuid", "getgid", "getegid", "setuid", "setgid", "fork", "setsid", "killpg",
                  "chown", "fchown", "lchown", "getpgid", "nice", "sync", "mkfifo", "O_DIRECTORY", "O_NOFOLLOW"}
POSIX_SIGNALS = {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "SIGQUIT", "SIGSTOP",
                 "SIGCONT", "SIGTSTP", "alarm", "setitimer", "pause", "pthread_kill", "SIGWINCH"}
GUARD_NAMES = ("os.name", "sys.platform", "platform.system", "hasattr(")
GUARD_EXCEPTIONS = {"ImportError", "ModuleNotFoundError", "AttributeError", "OSError", "Exception"}
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
WINDOWS_BAD_CHARS = set('<>:"|?*\\') | {chr(c) for c in range(32)}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _parents(tree: ast.AST) -> dict:
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def _is_platform_test(node: ast.AST, source: str) -> bool:
    text = ast.get_source_segment(source, node) or ""
    return any(g in text for g in GUARD_NAMES)


def _catches(handler: ast.ExceptHandler) -> set[str]:
    if handler.type is None:
        return {"Exception"}
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return {t.id if isinstance(t, ast.Name) else getattr(t, "attr", "") for t in types}


def _early_platform_return(body: list, before: ast.AST, source: str) -> bool:
    """An `if <platform test>: return/raise` earlier in the same body."""
    for stmt in body:
        if stmt is before:
            return False
        if isinstance(stmt, ast.If) and _is_platform_test(stmt.test, source) and stmt.body \
                and isinstance(stmt.body[-1], (ast.Return, ast.Raise)):
            return True
    return False


def _guarded(node: ast.AST, parents: dict, source: str) -> bool:
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.If) and _is_platform_test(parent.test, source):
            return True
        if isinstance(parent, ast.IfExp) and _is_platform_test(parent.test, source):
            return True
        if isinstance(parent, ast.Try) and child in parent.body:
            if any(_catches(h) & GUARD_EXCEPTIONS for h in parent.handlers):
                return True
        for field in ("body", "orelse", "finalbody"):
            body = getattr(parent, field, None)
            if isinstance(body, list) and child in body and _early_platform_return(body, child, source):
                return True
        child, parent = parent, parents.get(parent)
    return False


def _posix_only_uses(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    parents = _parents(tree)
    found = []

    def flag(node, what):
        if not _guarded(node, parents, source):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_MODULES:
                    flag(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in POSIX_MODULES:
            flag(node, f"from {node.module} import …")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "os" and node.attr in POSIX_OS_CALLS:
                flag(node, f"os.{node.attr}")
            elif node.value.id == "signal" and node.attr in POSIX_SIGNALS:
                flag(node, f"signal.{node.attr}")
        elif isinstance(node, ast.FunctionDef):
            # os.open of a folder then os.fsync: Windows cannot open a directory as a file.
            text = ast.get_source_segment(source, node) or ""
            opens_folder = any(
                isinstance(n, ast.Call) and ast.unparse(n.func) == "os.open" and n.args
                and any(w in ast.unparse(n.args[0]).lower() for w in ("dir", "folder", "parent"))
                for n in ast.walk(node))
            if opens_folder and "os.fsync" in text:
                calls = [n for n in ast.walk(node) if isinstance(n, ast.Call) and ast.unparse(n.func) == "os.open"]
                for call in calls:
                    flag(call, f"fsync of a folder in {node.name}()")
    return found


def _slash_joined_paths(path: Path) -> list[str]:
    """Strings glued with '/' into what looks like a file path (not URLs, MIME types or formats)."""
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        text = ""
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            parts = [node.left, node.right]
            if any(isinstance(p, ast.Constant) and p.value == "/" for p in parts) or any(
                    isinstance(p, ast.Constant) and isinstance(p.value, str) and p.value.startswith("/")
                    and len(p.value) > 1 and not p.value.startswith("//") for p in parts[1:]):
                text = ast.unparse(node)
        elif isinstance(node, ast.JoinedStr):
            values = node.values
            for i in range(1, len(values) - 1):
                v = values[i]
                if isinstance(v, ast.Constant) and v.value == "/" and isinstance(values[i - 1], ast.FormattedValue) \
                        and isinstance(values[i + 1], ast.FormattedValue):
                    text = ast.unparse(node)
        if text and any(w in text.lower() for w in ("path", "dir", "folder", "file", "root", "home")):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text}")
    return found


def _windows_name_problems(names: list[str]) -> list[str]:
    problems, seen = [], {}
    for name in names:
        for part in name.split("/"):
            stem = part.split(".")[0].lower()
            if set(part) & WINDOWS_BAD_CHARS or part.endswith((" ", ".")) or stem in WINDOWS_RESERVED:
                problems.append(f"{name}: '{part}' is not a valid file name on Windows")
        folded = name.lower()
        if folded in seen and seen[folded] != name:
            problems.append(f"{name} and {seen[folded]} differ only in case (one file on Windows and macOS)")
        seen[folded] = name
    return problems


def test_no_unguarded_posix_only_calls():
    found = [hit for path in _sources() for hit in _posix_only_uses(path)]
    assert found == [], "POSIX-only calls without a Windows guard:\n" + "\n".join(found)


def test_the_checker_sees_what_it_must(tmp_path, monkeypatch):
    """The detector itself: unguarded uses are found, guarded ones are not."""
    bad = tmp_path / "kkdesk" / "bad.py"
    bad.parent.mkdir()
    bad.write_text(
        "import os, signal, fcntl\n"
        "def sync_dir(folder):\n    fd = os.open(folder, os.O_RDONLY)\n    os.fsync(fd)\n"
        "uid = os.getuid()\nsignal.signal(signal.SIGHUP, None)\n"
        "out = folder_path + '/' + name\nlog = f'{home_dir}/{name}'\n", encoding="utf-8")
    good = tmp_path / "kkdesk" / "good.py"
    good.write_text(
        "import os, sys\ntry:\n    import resource\nexcept ImportError:\n    resource = None\n"
        "def sync_dir(folder):\n    if os.name == 'nt':\n        return\n    fd = os.open(folder, os.O_RDONLY)\n"
        "    os.fsync(fd)\nif sys.platform != 'win32':\n    uid = os.getuid()\n"
        "url = 'https://' + host + '/x'\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    bad_hits = _posix_only_uses(bad)
    assert {h.split(": ", 1)[1] for h in bad_hits} == {"import fcntl", "fsync of a folder in sync_dir()",
                                                         "os.getuid", "signal.SIGHUP"}
    assert len(_slash_joined_paths(bad)) == 2
    assert _posix_only_uses(good) == [] and _slash_joined_paths(good) == []
    assert len(_windows_name_problems(["docs/a:b.md", "aux.txt", "x/Readme.md", "x/README.md", "ok/name.txt"])) == 3


def test_no_paths_glued_with_slash_strings():
    found = [hit for path in _sources() for hit in _slash_joined_paths(path)]
    assert found == [], "use os.path.join or pathlib instead:\n" + "\n".join(found)


def test_repository_file_names_are_valid_on_windows():
    try:
        names = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                               check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: nothing to list")
    assert names, "git ls-files listed nothing"
    problems = _windows_name_problems(names)
    assert problems == [], "\n".join(problems)


def test_the_lock_pins_every_dependency_of_pyproject():
    """The bundle is built from requirements.lock only: a dependency added to pyproject.toml without
    `make lock` would be missing from it."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["bundle"]
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {re.sub(r"[-_.]+", "-", m.lower()) for m in re.findall(r"^([A-Za-z0-9_.-]+)==", lock, re.M)}
    missing = [d for d in wanted if re.sub(r"[-_.]+", "-", re.split(r"[=<>!~ ;\[]", d)[0].lower()) not in pinned]
    assert missing == [], f"not in requirements.lock (run make lock): {missing}"
    assert "--hash=sha256:" in lock
