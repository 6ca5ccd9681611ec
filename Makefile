# Two commands for a new user: `make demo` and `make test`. Both install when needed.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB ?= demo.db
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: install
	@rm -f $(DEMO_DB)
	$(BIN)/newsgraph ingest examples/ --db sqlite:///$(DEMO_DB)
	$(BIN)/newsgraph summary --db sqlite:///$(DEMO_DB)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/newsgraph bench examples/ --rounds 3

clean:
	rm -rf $(VENV) $(DEMO_DB) build *.egg-info src/*.egg-info .pytest_cache
