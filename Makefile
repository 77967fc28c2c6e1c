# The two commands: `make run` (set up everything and serve) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist): one per core; 0 runs the suite in this process.
TEST_WORKERS ?= auto

.PHONY: run test test-postgres lint format install setup demo clean backup restore translations

run: setup
	$(BIN)/python manage.py demo_accounts
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP) translations
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Database + media into backups/<timestamp>/; `make restore [BACKUP=backups/<timestamp>]`
# restores the newest (or the given) backup into an empty installation.
backup: $(STAMP)
	$(BIN)/python manage.py backup

restore: $(STAMP)
	$(BIN)/python manage.py restore $(BACKUP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

install: $(STAMP)

$(STAMP): pyproject.toml
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) translations
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py update_index

# The Czech admin's own catalogues (locale/*.po) compiled to .mo (pure Python, no gettext).
translations: $(STAMP)
	$(BIN)/python manage.py compile_translations

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles locale/*/LC_MESSAGES/*.mo
