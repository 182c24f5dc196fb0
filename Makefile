# VET Pathway. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
APPS := home opportunities enterprises passport_pages search stats
LANGS := de es it pl fr
# Test processes for the tests without a browser (pytest-xdist); the browser tests run in one.
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help venv venv-dev lock lock-check run demo serve lighthouse browser-tools test test-fast lint check messages messages-check eval bench bench-quick clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

# Two locks compiled from pyproject.toml (make lock), installed with their hashes; the project
# itself goes in editable and without dependencies. `make run` needs only the runtime lock.
$(VENV)/.runtime: requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing the runtime lock (requirements.txt) into $(VENV) ..."
	$(PY) -m pip install --disable-pip-version-check -q --upgrade pip
	$(PY) -m pip install --disable-pip-version-check --require-hashes -r requirements.txt
	$(PY) -m pip install --disable-pip-version-check -q --no-deps -e .
	@touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	@echo "Installing the development lock (requirements-dev.txt) into $(VENV) ..."
	$(PY) -m pip install --disable-pip-version-check --require-hashes -r requirements-dev.txt
	@touch $@

venv: $(VENV)/.runtime ## Create .venv and install the runtime lock (requirements.txt)

venv-dev: $(VENV)/.dev ## Add the tests' and tools' lock (requirements-dev.txt)

# uv keeps the pins already in the output file where they still satisfy pyproject.toml, so
# `make lock` after an edit changes only what the edit needs; the dev lock keeps the runtime pins.
UV_COMPILE := $(CURDIR)/$(VENV)/bin/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 \
	--universal --no-header -q
LOCK = $(UV_COMPILE) -o requirements.txt && $(UV_COMPILE) --extra dev -c requirements.txt -o requirements-dev.txt

lock: venv-dev ## Compile requirements.txt and requirements-dev.txt (with hashes) from pyproject.toml
	$(LOCK)

lock-check: venv-dev ## Fail when a lock no longer matches pyproject.toml
	@tmp=$$(mktemp -d) && cp pyproject.toml requirements.txt requirements-dev.txt $$tmp/ && \
		(cd $$tmp && $(LOCK)) && diff -u requirements.txt $$tmp/requirements.txt && \
		diff -u requirements-dev.txt $$tmp/requirements-dev.txt && rm -r $$tmp && echo "Locks match pyproject.toml."

demo: venv ## Migrate the SQLite database and load the demo content (idempotent)
	@mkdir -p var
	$(MANAGE) setup_demo

run: demo ## Set up everything and serve the site with demo content on http://127.0.0.1:8000/
	$(MANAGE) runserver 127.0.0.1:8000

# `make serve SERVE_PORT=8010` serves on another port.
SERVE_PORT ?= 8000

serve: demo ## Serve the local database with gunicorn (production-like: DEBUG off, WhiteNoise) on :8000
	DJANGO_SETTINGS_MODULE=pathway.settings.bench $(MANAGE) collectstatic --no-input -v 0
	DJANGO_SETTINGS_MODULE=pathway.settings.bench PAGE_CACHE_SECONDS=60 $(VENV)/bin/gunicorn --pythonpath site \
		pathway.wsgi --bind 127.0.0.1:$(SERVE_PORT) --workers 2 --threads 4 --worker-class gthread

# Lighthouse runs against `make serve` on its own port (var/lighthouse-serve.log), stopped afterwards;
# `make lighthouse LIGHTHOUSE_FLAGS=--runs=1` for a quicker look.
LIGHTHOUSE_PORT ?= 8010
LIGHTHOUSE_URL := http://127.0.0.1:$(LIGHTHOUSE_PORT)
LIGHTHOUSE_FLAGS ?=

lighthouse: venv ## Lighthouse (mobile, Chromium, median of 3) on the main pages in en and de; fails below 0.95 / perf 0.9
	@test -x /usr/bin/chromium || { echo "Lighthouse needs /usr/bin/chromium (apt-get install chromium)."; exit 1; }
	@test -f ops/lighthouse/node_modules/.package-lock.json || npm ci --prefix ops/lighthouse --ignore-scripts --no-audit --no-fund
	@if $(PY) -c "import socket; socket.create_connection(('127.0.0.1', $(LIGHTHOUSE_PORT)), 1)" 2>/dev/null; then \
		echo "Port $(LIGHTHOUSE_PORT) is in use: make lighthouse LIGHTHOUSE_PORT=<a free port>"; exit 1; fi
	@mkdir -p var && rm -f var/lighthouse-gunicorn.pid
	@GUNICORN_CMD_ARGS="--pid var/lighthouse-gunicorn.pid" $(MAKE) -s serve SERVE_PORT=$(LIGHTHOUSE_PORT) >var/lighthouse-serve.log 2>&1 & serve=$$!; \
	echo "Waiting for make serve on $(LIGHTHOUSE_URL)/health/ (log: var/lighthouse-serve.log) ..."; \
	until $(PY) -c "import urllib.request as r; r.urlopen('$(LIGHTHOUSE_URL)/health/', timeout=5)" 2>/dev/null; do \
		kill -0 $$serve 2>/dev/null || { tail -n 20 var/lighthouse-serve.log; exit 1; }; sleep 2; done; \
	$(PY) bench/lighthouse.py $(LIGHTHOUSE_URL) $(LIGHTHOUSE_FLAGS); status=$$?; \
	kill $$(cat var/lighthouse-gunicorn.pid); wait $$serve; exit $$status

browser-tools: ## Where Chromium and npm are present, install the browser tests' pinned packages (axe-core, vnu-jar)
	@if [ -x /usr/bin/chromium ] && command -v npm >/dev/null && [ ! -f tests/browser/node_modules/.package-lock.json ]; then \
		npm ci --prefix tests/browser --ignore-scripts --no-audit --no-fund; fi

test: venv-dev browser-tools ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	@mkdir -p var
	$(VENV)/bin/pytest -m "not browser" -n $(TEST_WORKERS) --dist loadgroup  # a module marked xdist_group runs in one worker
	$(VENV)/bin/pytest -m browser -n $(TEST_WORKERS) --dist loadfile  # a worker per module: each builds its own pages

test-fast: venv-dev ## Run the tests, keeping the test database between runs
	@mkdir -p var
	$(VENV)/bin/pytest --reuse-db -x

lint: venv-dev ## ruff, the layering contracts, Django's system checks, migrations and translation drift
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=site $(VENV)/bin/lint-imports --no-cache
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) compile_translations --check
	$(MAKE) -s lock-check

messages: venv-dev ## Extract interface strings into every app's .po files, then compile them (.mo)
	@for app in $(APPS); do \
		(cd $$app && ../$(PY) ../manage.py makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --no-location -v 0) || exit 1; \
	done
	cd site && ../$(PY) ../manage.py makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --no-location -v 0 \
		--ignore 'pathway/management/*' --ignore 'pathway/settings/*'
	$(MANAGE) compile_translations

messages-check: venv-dev ## Fail when a .mo file drifts from its .po, or a string is untranslated
	$(MANAGE) compile_translations --check

eval: venv-dev demo ## Golden sets on the demo content: site search (recall@10, MRR per language) and matching profiles
	$(MANAGE) update_index  # a database loaded by an older checkout has an older search text
	$(MANAGE) eval_search
	$(MANAGE) eval_matching

bench: venv-dev ## Measure the site at 1k, 10k and 100k opportunities (Markdown table + var/bench.json)
	DJANGO_SETTINGS_MODULE=pathway.settings.bench $(MANAGE) collectstatic --no-input -v 0
	$(PY) bench/run.py

bench-quick: venv-dev ## A reduced benchmark (1k and 10k, each row measured for 3 s instead of 10)
	DJANGO_SETTINGS_MODULE=pathway.settings.bench $(MANAGE) collectstatic --no-input -v 0
	$(PY) bench/run.py --quick

clean: ## Remove the virtualenv, databases and collected files
	rm -rf $(VENV) var .pytest_cache .ruff_cache
