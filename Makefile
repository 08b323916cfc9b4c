# Everyday commands. The two README commands are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check

.PHONY: run test install dev bench eval clean

# Dependencies (pinned in pyproject.toml), re-installed when pyproject changes.
$(VENV)/.deps: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q ".[test]"
	touch $@

# The package itself, built and installed as a wheel (so missing package data fails).
install: $(VENV)/.deps
	$(PIP) install -q --no-deps --force-reinstall .

# Editable install for development.
dev: $(VENV)/.deps
	$(PIP) install -q --no-deps -e .

# Main job: code the bundled example articles into ./summitry.db and show them from there.
run: install
	$(VENV)/bin/summitry ingest examples/ --db summitry.db
	$(VENV)/bin/summitry meetings --db summitry.db
	$(VENV)/bin/summitry events --db summitry.db

# The whole test suite (pytest's exit code 5, "no tests", fails the target), with a
# throwaway PostgreSQL server so that the store tests run on both backends.
test: install
	scripts/with-postgres.sh $(PY) -m pytest

bench: install
	$(PY) bench/throughput.py --json bench/results/throughput.json

# Accuracy on every gold set (see docs/evaluation.md and BENCHMARKS.md).
eval: install
	$(VENV)/bin/summitry eval seed
	$(VENV)/bin/summitry eval confli-cameo --split dev
	$(VENV)/bin/summitry eval petrarch2
	$(VENV)/bin/summitry eval voa
	$(VENV)/bin/summitry eval own

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache summitry.db summitry.db-wal summitry.db-shm
