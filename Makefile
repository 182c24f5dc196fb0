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
.PHONY: help venv run demo serve browser-tools test test-fast lint check messages messages-check eval bench bench-quick clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing requirements into $(VENV) ..."
	$(PY) -m pip install --disable-pip-version-check --progress-bar on -q --upgrade pip
	$(PY) -m pip install --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(VENV)/.installed ## Create .venv and install the pinned requirements

demo: venv ## Migrate the SQLite database and load the demo content (idempotent)
	@mkdir -p var
	$(MANAGE) migrate --no-input -v 1
	$(MANAGE) sync_locales
	$(MANAGE) load_demo_content
	$(MANAGE) rebuild_match_index
	$(MANAGE) ensure_dev_admin

run: demo ## Set up everything and serve the site with demo content on http://127.0.0.1:8000/
	$(MANAGE) runserver 127.0.0.1:8000

serve: demo ## Serve the local database with gunicorn (production-like: DEBUG off, WhiteNoise) on :8000
	DJANGO_SETTINGS_MODULE=pathway.settings.bench $(MANAGE) collectstatic --no-input -v 0
	DJANGO_SETTINGS_MODULE=pathway.settings.bench PAGE_CACHE_SECONDS=60 $(VENV)/bin/gunicorn --pythonpath site \
		pathway.wsgi --bind 127.0.0.1:8000 --workers 2 --threads 4 --worker-class gthread

browser-tools: ## Where Chromium and npm are present, install the browser tests' pinned packages (axe-core, vnu-jar)
	@if [ -x /usr/bin/chromium ] && command -v npm >/dev/null && [ ! -f tests/browser/node_modules/.package-lock.json ]; then \
		npm ci --prefix tests/browser --ignore-scripts --no-audit --no-fund; fi

test: venv browser-tools ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	@mkdir -p var
	$(VENV)/bin/pytest -m "not browser" -n $(TEST_WORKERS)
	$(VENV)/bin/pytest -m browser

test-fast: venv ## Run the tests, keeping the test database between runs
	@mkdir -p var
	$(VENV)/bin/pytest --reuse-db -x

lint: venv ## ruff, the layering contracts, Django's system checks, migrations and translation drift
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=site $(VENV)/bin/lint-imports --no-cache
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) compile_translations --check

messages: venv ## Extract interface strings into every app's .po files, then compile them (.mo)
	@for app in $(APPS); do \
		(cd $$app && ../$(PY) ../manage.py makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --no-location -v 0) || exit 1; \
	done
	cd site && ../$(PY) ../manage.py makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --no-location -v 0 \
		--ignore 'pathway/management/*' --ignore 'pathway/settings/*'
	$(MANAGE) compile_translations

messages-check: venv ## Fail when a .mo file drifts from its .po, or a string is untranslated
	$(MANAGE) compile_translations --check

eval: demo ## Golden sets on the demo content: site search (recall@10, MRR per language) and matching profiles
	$(MANAGE) update_index  # a database loaded by an older checkout has an older search text
	$(MANAGE) eval_search
	$(MANAGE) eval_matching

bench: venv ## Measure the site at 1k, 10k and 100k opportunities (Markdown table + var/bench.json)
	DJANGO_SETTINGS_MODULE=pathway.settings.bench $(MANAGE) collectstatic --no-input -v 0
	$(PY) bench/run.py

bench-quick: venv ## A reduced benchmark (1k and 10k, fewer requests)
	DJANGO_SETTINGS_MODULE=pathway.settings.bench $(MANAGE) collectstatic --no-input -v 0
	$(PY) bench/run.py --quick

clean: ## Remove the virtualenv, databases and collected files
	rm -rf $(VENV) var .pytest_cache .ruff_cache
