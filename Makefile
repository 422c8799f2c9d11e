# Caravan: `make demo` to try it, `make test` to test it. Only Python 3.11+ is needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

.PHONY: demo test install install-test translations browser lint bench bench-quick wrk reliability reliability-quick clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed translations

install-test: $(VENV)/.installed-test translations

# Compiled message catalogues are build output; babel compiles them without GNU gettext.
translations: $(VENV)/.installed
	$(BIN)/pybabel compile -d caravan/locale -D django >/dev/null

demo: install
	$(BIN)/caravan migrate --noinput
	$(BIN)/caravan seed-demo
	$(BIN)/caravan serve --port $(PORT)

# Browser tests drive Debian's Chromium; install it when we may (root with apt), else say so.
browser:
	@if [ -x /usr/bin/chromium ]; then echo "browser tests: using /usr/bin/chromium"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "browser tests: installing Debian's chromium"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "browser tests: could not install chromium; they will be SKIPPED"; \
	else echo "browser tests: /usr/bin/chromium is missing (apt-get install chromium); they will be SKIPPED"; fi

# Every log record of the run goes to var/test.log too, for the card-data scan of CI.
test: install-test browser
	$(BIN)/pytest --log-file=var/test.log --log-file-level=DEBUG $(PYTEST_ARGS)

# The benchmarks' load generator is Debian's wrk: install it when we may (root with apt).
wrk:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "bench: installing Debian's wrk"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "bench: wrk is missing (apt-get install wrk)"; exit 1; fi; }

# Under 10 minutes on 2 cores: SQLite, PostgreSQL and PostgreSQL + Redis (both on 127.0.0.1);
# prints a table and writes bench/results/latest.json. BENCH_ARGS="--only search" etc.
bench: install-test wrk
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# A 1-2 minute smoke run of the same benchmarks on a small catalogue.
bench-quick: install-test wrk
	$(BIN)/python bench/run.py --quick $(BENCH_ARGS)

# Under 15 minutes on 2 cores: schemathesis, the access matrix and the other reliability checks on
# SQLite and PostgreSQL (127.0.0.1); prints a table, writes reliability/results/latest.json and
# fails on any server error, leak or failed check. RELIABILITY_ARGS="--only access" etc.
reliability: install-test
	$(BIN)/python reliability/run.py $(RELIABILITY_ARGS)

# The CI subset: SQLite only, smaller budgets.
reliability-quick: install-test
	$(BIN)/python reliability/run.py --quick $(RELIABILITY_ARGS)

lint: install-test
	$(BIN)/ruff check .

clean:
	rm -rf var/ $(VENV)
