# kkdesk: two commands for a newcomer — `make demo` and `make test`. Both set everything up first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
KKDESK := $(VENV)/bin/kkdesk
# A virtual screen for headless machines (no DISPLAY): the size the screenshots are taken at.
XVFB   := xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp"
DEMO_PASSPHRASE := demo-passphrase
I18N   := kkdesk/resources/i18n

.PHONY: help setup demo test screenshots bench translations dist dist-smoke portability lock clean distclean

help: ## show the targets
	@echo "kkdesk — make targets (each one runs the set-up first when needed):"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 20
	@echo "  make test ARGS='tests/store -x'   passes ARGS on to pytest"

setup: ## install Debian packages (if missing) and .venv with kkdesk (if pyproject.toml changed)
	@bash scripts/setup.sh

# The developer's demo and screenshots keep their per-user files in ./demo (KKDESK_HOME), not in the
# developer's own profile; an installed kkdesk uses the platform's per-user folders (kkdesk/paths.py).
demo screenshots: export KKDESK_HOME := $(CURDIR)/demo

demo: setup ## start the application on the demo database demo/demo.kkdb (created on first use)
	@echo "Demo database: demo/demo.kkdb (created on first use), passphrase: $(DEMO_PASSPHRASE)"
	@echo "(The passphrase is public on purpose: every name in the demo data is fictional.)"
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then \
		echo "No DISPLAY or WAYLAND_DISPLAY: running under xvfb-run -a on an invisible virtual screen."; \
		echo "Nothing will appear on this machine; stop it with Ctrl+C. For pictures: make screenshots."; \
		$(XVFB) $(KKDESK) gui --demo; \
	else \
		$(KKDESK) gui --demo; \
	fi

test: setup ## run the whole test suite (offscreen: no X server needed)
	$(PY) -m pytest $(ARGS)

screenshots: setup ## take the README screenshots into docs/screenshots/ (under xvfb-run)
	@test -f scripts/screenshots.py || { echo "scripts/screenshots.py does not exist yet."; exit 1; }
	$(XVFB) $(PY) scripts/screenshots.py

bench: setup ## run the benchmarks (bench/run.py)
	@test -f bench/run.py || { echo "bench/run.py does not exist yet."; exit 1; }
	$(PY) bench/run.py

translations: setup ## refresh kkdesk/resources/i18n/*.ts from kkdesk/ui (translate new entries), then compile .qm
	$(VENV)/bin/pyside6-lupdate -no-obsolete kkdesk/ui/*.py -ts $(I18N)/kkdesk_ru.ts $(I18N)/kkdesk_kk.ts
	$(VENV)/bin/pyside6-lrelease $(I18N)/kkdesk_ru.ts $(I18N)/kkdesk_kk.ts

dist: setup ## build the desktop bundle from requirements.lock: dist/kkdesk-*.tar.gz, SHA256SUMS, signature
	$(PY) packaging/build.py

dist-smoke: setup ## test the built bundle from an empty folder: CLI, demo, PDF, lock (under xvfb-run)
	@# A display number of its own (from the shell's PID): xvfb-run -a alone can pick the same free
	@# number as a concurrent run, whose server then vanishes mid-test.
	$(XVFB) -n $$((200 + $$$$ % 700)) $(PY) packaging/smoke_test.py $(SMOKE_ARGS)

portability: setup ## check Windows/macOS readiness: wheels of every locked package, POSIX-only calls, file names
	$(PY) packaging/portability.py
	$(PY) -m pytest -q tests/test_portability.py

lock: setup ## refresh requirements.lock (all platforms, with hashes) from pyproject.toml, then check its wheels
	$(VENV)/bin/uv pip compile pyproject.toml --extra bundle --universal --python-version 3.11 \
		--constraint packaging/constraints.txt --generate-hashes --no-header --quiet -o requirements.lock
	$(PY) packaging/portability.py

clean: ## remove build leftovers and caches (keeps .venv and the demo database)
	rm -rf build dist *.egg-info .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## also remove .venv and demo/ (the next make sets up from scratch)
	rm -rf $(VENV) demo
