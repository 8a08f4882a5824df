# The README's commands. `make run` and `make test` set everything up themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
# Links in the portal's mails point where `make run` serves.
SITE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test install services services-stop bench lint format check typecheck demo

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet --requirement requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt $(VENV)/.runtime-installed
	$(VENV)/bin/pip install --quiet --requirement requirements-dev.txt
	touch $@

install: $(VENV)/.runtime-installed

## Run the portal on the embedded defaults (or the services the environment names).
run: export SITE_URL := $(SITE_URL)
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py compile_translations
	$(PY) manage.py load_demo
	@echo "Medclusters is at http://$(HOST):$(PORT)/  (demo accounts: see README.md)"
	@# The periodic tasks run beside the web server (a broker and celery beat do it in production).
	$(PY) manage.py run_scheduled_tasks > var/scheduled-tasks.log 2>&1 & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

## Run the whole test suite. REQUIRE_SERVICES=1 turns a missing service into a failure.
test: $(VENV)/.dev-installed node_modules/.package-lock.json
	$(PY) manage.py compile_translations
	$(PY) -m pytest $(PYTEST_ARGS)

# axe-core for the accessibility checks in the browser tests (skipped when npm is absent).
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; else echo "npm not found: browser accessibility checks will not run"; fi

## Install and start PostgreSQL, Redis and OpenSearch on loopback (root; data under var/).
services:
	scripts/services.sh

services-stop:
	scripts/services-stop.sh

## Throughput and latency of portal pages, /api/search/?q=cluster and /en/search/?q=cluster against a
## bare Django view, then the search benchmark bench/search.sh (needs `make services`; docs/benchmarks.md).
bench: $(VENV)/.dev-installed
	bench/run.sh

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(VENV)/.dev-installed
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/mypy

typecheck: $(VENV)/.dev-installed
	$(VENV)/bin/mypy
