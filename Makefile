# The two commands a newcomer needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# Debian packages: Chromium for the browser tests, Java for the HTML checker
# (vnu.jar), gettext for the catalogue test (makemessages), Pango and fonts
# (Arabic script included) for WeasyPrint's PDF. SAML's XML signatures
# (xmlsec) need none: its wheel carries its own libxmlsec1 and libxml2.
SYSTEM_PACKAGES := chromium default-jre-headless gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core fonts-dejavu-core

# DEBUG is off unless the environment turns it on: the development targets
# turn it on (for themselves and their prerequisites); `make serve` does not.
run seed migrate test screenshots bench-db bench loadtest scaletest fidelity fidelity-indep fidelity-indep6 fidelity-indep7 fidelity-real fidelity-heldout fidelity-lineage fidelity-lineage-heldout: export DEBUG ?= 1
fidelity-heldout% fidelity-lineage-heldout%: export DEBUG ?= 1

.PHONY: run serve test screenshots setup system-deps lint migrate seed bench bench-db loadtest scaletest audit clean fidelity fidelity-indep fidelity-indep6 fidelity-indep7 fidelity-real fidelity-heldout fidelity-lineage fidelity-lineage-heldout

$(VENV)/.installed: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

setup: system-deps $(VENV)/.installed

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing system packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "warning: missing system packages: $$missing (sudo apt-get install $$missing)"; \
	fi

migrate: setup
	$(PY) manage.py migrate --noinput

# Load the registry and import every shipped report; safe to run again.
seed: migrate
	$(PY) manage.py load_bodies
	@for f in fixtures/reports/*; do \
		echo "importing $$f"; \
		$(PY) manage.py import_report "$$f" || exit 1; \
	done
	$(PY) manage.py ensure_staff

# Links in emails and calendars point where this server listens, unless
# SITE_URL says otherwise (`make run PORT=8080`: http://127.0.0.1:8080).
# Each import searched its own report's items for duplicates; the whole
# search runs once here too, as it does nightly in production.
# With a broker (CELERY_BROKER_URL or REDIS_URL), jobs wait for a worker: one
# starts beside the server and stops with it; without one, jobs run at once.
run: seed
	$(PY) manage.py find_overlaps
	@export SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)}; \
	if [ -n "$${CELERY_BROKER_URL:-$$REDIS_URL}" ]; then \
		$(VENV)/bin/celery -A tracker worker --loglevel=INFO --concurrency=1 & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	else echo "no CELERY_BROKER_URL nor REDIS_URL: jobs run at once, in the request"; fi; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# Production mode: gunicorn + whitenoise, and a Celery worker for the jobs when
# a broker is set (CELERY_BROKER_URL or REDIS_URL), with Celery beat for the
# schedule (digests, reminders, the nightly search; CELERY_BEAT=0 on every
# machine but one: one beat per deployment), DEBUG off, settings from the
# environment (or from .env if present; see .env.example). TRUSTED_PROXY_COUNT
# is required (README, Behind a proxy); `check --deploy` warns when it does
# not fit BIND.
serve: setup
	@set -a; [ ! -f .env ] || . ./.env; set +a; \
	export DEBUG=$${DEBUG:-0} BIND=$${BIND:-$(HOST):$(PORT)}; \
	echo "serving on $$BIND; X-Forwarded-For: $${TRUSTED_PROXY_COUNT:-unset} trusted proxies"; \
	$(PY) manage.py check --deploy && \
	$(PY) manage.py collectstatic --noinput -v0 && \
	$(PY) manage.py migrate --noinput -v0 || exit 1; \
	if [ -n "$${CELERY_BROKER_URL:-$$REDIS_URL}" ]; then \
		$(VENV)/bin/celery -A tracker worker --loglevel=INFO \
			--concurrency=$${CELERY_CONCURRENCY:-2} & worker=$$!; \
		beat=; if [ "$${CELERY_BEAT:-1}" = 1 ]; then \
			$(VENV)/bin/celery -A tracker beat --loglevel=INFO \
				--schedule=$${CELERY_BEAT_FILE:-celerybeat-schedule} & beat=$$!; \
		fi; \
		trap 'kill $$worker $$beat 2>/dev/null' EXIT INT TERM; \
	else echo "no CELERY_BROKER_URL nor REDIS_URL: jobs run in the request; cron runs the daily commands"; fi; \
	$(VENV)/bin/gunicorn tracker.wsgi \
		--bind $$BIND \
		--workers $${WEB_CONCURRENCY:-$$(( 2 * $$(nproc) ))} \
		--access-logfile - --logger-class tracker.gunicorn_logging.MaskingLogger \
		--timeout 60

# Benchmarks, load and scale tests (bench/, outside the app) run on a
# PostgreSQL database of their own, which they wipe: BENCH_DATABASE_URL. They
# mark it when they first seed it empty, and refuse any database holding
# reports, items or users without that mark. The scale test also needs Redis.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tracker_bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/1
BENCH_SIZES ?= 1000,10000,100000
BENCH_ENV = DATABASE_URL=$(BENCH_DATABASE_URL)

bench-db: setup
	@command -v wrk >/dev/null || [ "$$(id -u)" != 0 ] || apt-get install -y -qq wrk >/dev/null
	@psql "$(BENCH_DATABASE_URL)" -c "select 1" >/dev/null 2>&1 || \
		createdb -h 127.0.0.1 -U postgres "$$(basename $(BENCH_DATABASE_URL))"
	$(BENCH_ENV) $(PY) manage.py migrate --noinput -v0

# With Redis, as in production: sessions and signed-in users in the cache.
bench: bench-db
	$(BENCH_ENV) REDIS_URL=$(BENCH_REDIS_URL) $(PY) -m bench.pages --sizes $(BENCH_SIZES)
	$(BENCH_ENV) REDIS_URL=$(BENCH_REDIS_URL) $(PY) -m bench.trends --sizes 100000 --history 1000000 --repeat 3

loadtest: bench-db
	$(BENCH_ENV) $(PY) -m bench.loadtest --seconds 60 --users 8 --stop-database

scaletest: bench-db
	$(BENCH_ENV) REDIS_URL=$(BENCH_REDIS_URL) $(PY) -m bench.scaletest

# Import fidelity on a corpus of documents with hand-written expected owners
# (NAME.md beside NAME.expected.json); no database. Writes docs/FIDELITY.md.
CORPUS ?= fixtures/corpus
FIDELITY_OUT ?= docs/FIDELITY.md

fidelity: setup
	$(PY) -m bench.fidelity --corpus $(CORPUS) --output $(FIDELITY_OUT)

# Independent texts written by someone who wrote no rule (the fifth set,
# fixtures/corpus-indep5/): scored and printed, never asserted; writes no file.
# The fifth set was tuned on (fixtures/corpus-indep5/README.md).
fidelity-indep: setup
	$(PY) -m bench.fidelity --corpus fixtures/corpus-indep5 --output /dev/null

# The sixth independent set (fixtures/corpus-indep6/README.md): held out, scored
# and printed, never asserted; writes no file.
fidelity-indep6: setup
	$(PY) -m bench.fidelity --corpus fixtures/corpus-indep6 --output /dev/null

# The seventh independent set (fixtures/corpus-indep7/README.md): held out, scored
# and printed, never asserted; writes no file.
fidelity-indep7: setup
	$(PY) -m bench.fidelity --corpus fixtures/corpus-indep7 --output /dev/null

# The same on real public documents kept outside git (fixtures/real/README.md):
# one manifest per document in fixtures/real/, its text in REAL_CORPUS. Prints the
# table and the figures per language; with FIDELITY_REAL_OUT=docs/FIDELITY.md
# also writes its "Real documents" section there.
REAL_CORPUS ?= real-corpus
FIDELITY_REAL_OUT ?=

# The held-out set (its README says what that means); recorded with the real
# documents only when its folder is there.
HELDOUT ?= fixtures/real-heldout26

fidelity-real: setup
	$(PY) -m bench.fidelity --manifests fixtures/real --corpus $(REAL_CORPUS) \
		$(if $(FIDELITY_REAL_OUT),--output $(FIDELITY_REAL_OUT) $(if $(wildcard $(HELDOUT)),--heldout $(HELDOUT)))

# Real documents held out from tuning (HELDOUT/README.md), written before the
# importer was run on them: printed here; recorded in docs/FIDELITY.md only by
# `make fidelity-real FIDELITY_REAL_OUT=...`. (The first to twenty-fifth held-out
# sets were looked at to fix rules: they now sit in fixtures/real/; the
# twenty-sixth is the one held out.)
fidelity-heldout: setup
	$(PY) -m bench.fidelity --manifests $(HELDOUT) --corpus $(REAL_CORPUS)

# One held-out set of real documents by its number (fixtures/real-heldoutN/
# README.md): `make fidelity-heldout14`. A set still held out is scored in its
# folder; a set tuned on since has its manifests in fixtures/real/ (hN-*.json),
# scored here alone.
fidelity-heldout%: setup
	@if ls fixtures/real-heldout$*/*.json >/dev/null 2>&1; then \
		$(PY) -m bench.fidelity --manifests fixtures/real-heldout$* --corpus $(REAL_CORPUS); \
	elif ls fixtures/real/h$*-*.json >/dev/null 2>&1; then \
		tmp=$$(mktemp -d) && cp fixtures/real/h$*-*.json $$tmp/ && \
		$(PY) -m bench.fidelity --manifests $$tmp --corpus $(REAL_CORPUS); rc=$$?; rm -rf $$tmp; exit $$rc; \
	else echo "no held-out set $*: no fixtures/real-heldout$*/ nor fixtures/real/h$*-*.json"; exit 2; fi

# Renewals across languages: pairs of reports of successive meetings with the
# renewals written by hand (fixtures/lineage/NAME/); each pair is imported in a
# fresh test database of its own. Writes its section of docs/FIDELITY.md.
fidelity-lineage: setup
	$(PY) -m bench.lineage_fidelity --output $(FIDELITY_OUT)

# The same bench on the last held-out pairs (fixtures/lineage-heldout19/, written
# without reading the matching rules, never tuned on); prints its table, writes no
# file. The earlier sets (the eighteenth the last) were each tuned on and their
# pairs moved into fixtures/lineage/; each folder's README says so.
fidelity-lineage-heldout: setup
	$(PY) -m bench.lineage_fidelity --pairs fixtures/lineage-heldout19

# One held-out set of renewal pairs by its number: `make fidelity-lineage-heldout12`.
# A set still held out (pair folders in fixtures/lineage-heldoutN/) is scored
# alone; a set tuned on since has its pairs in fixtures/lineage/, scored with the
# others (as fidelity-lineage does, writing no file).
fidelity-lineage-heldout%: setup
	@if ls -d fixtures/lineage-heldout$*/*/ >/dev/null 2>&1; then \
		$(PY) -m bench.lineage_fidelity --pairs fixtures/lineage-heldout$* --output /dev/null; \
	elif [ -d fixtures/lineage-heldout$* ]; then \
		$(PY) -m bench.lineage_fidelity --output /dev/null; \
	else echo "no held-out set $*: no fixtures/lineage-heldout$*/"; exit 2; fi

# Known vulnerabilities in the pinned dependencies (needs PyPI's JSON API or OSV;
# see README, Production).
# pip-audit lives in a venv of its own, so that its dependencies never change the
# project's; it audits every pinned package, direct or not.
audit:
	[ -x .venv-audit/bin/pip-audit ] || { $(PYTHON) -m venv .venv-audit && \
		.venv-audit/bin/pip install --quiet pip-audit==2.10.1; }
	.venv-audit/bin/pip-audit --strict --progress-spinner off -r constraints.txt

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The suite runs in parallel (pytest-xdist), each worker with its own test
# database; TEST_WORKERS=0 runs it in one process. One worker more than the
# CPUs: a part of the suite waits on a browser, a job worker or the database
# server, and the extra worker fills those waits. Tests go out in their order
# (--dist load): each worker's tests keep pytest-django's order (those that
# flush the database after the others), which stealing another worker's
# pending tests would break.
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))
TEST_DIST ?= load
# More pytest arguments, e.g. TEST_ARGS=--ignore=tests/text (the text core's
# tests, which open no database: CI runs them, and the browser tests of
# tests/e2e, on its SQLite pass only).
TEST_ARGS ?=

test: setup lint
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest -n $(TEST_WORKERS) $(if $(filter 0,$(TEST_WORKERS)),,--dist $(TEST_DIST)) $(TEST_ARGS)

# Refresh the README's screenshots (docs/screenshots/) from the browser tests.
screenshots: setup
	SCREENSHOTS_DIR=docs/screenshots $(VENV)/bin/pytest -p no:xdist tests/e2e

clean:
	rm -rf $(VENV) .venv-audit db.sqlite3 staticfiles
