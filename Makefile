# Everything runs from a local virtual environment that the targets create on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ADDRESS ?= 127.0.0.1:8000

.PHONY: serve build test fuzz lint clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The package byte-compiled at install and again (only what changed since) before each use, as
# pip does for a regular install: an editable one leaves it to the first import, which never
# writes it where PYTHONDONTWRITEBYTECODE is set (as in many containers), and then every build
# compiles the plugin again (a quarter of a second).
COMPILE := $(BIN)/python -m compileall -q mkdocs_claimdiff

# One stamp per set of extras, redone whenever pyproject.toml changes.
$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(COMPILE)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(COMPILE)
	touch $@ $(VENV)/.installed-base

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(COMPILE)
	touch $@ $(VENV)/.installed-test $(VENV)/.installed-base

serve: $(VENV)/.installed-base  ## preview the demo site on http://$(ADDRESS)/
	$(COMPILE)
	$(BIN)/mkdocs serve --dev-addr $(ADDRESS)

build: $(VENV)/.installed-base  ## build the demo site into build/
	$(COMPILE)
	$(BIN)/mkdocs build --strict

# The browser tests drive Debian's Chromium (Playwright's own download needs the network).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get install -y chromium || (apt-get update && apt-get install -y chromium)

test: $(VENV)/.installed-test | $(CHROMIUM)  ## run the whole test suite
	$(COMPILE)
	$(BIN)/python -m pytest --hypothesis-profile=thorough

fuzz: $(VENV)/.installed-test  ## property tests on 3,000 fresh random inputs each
	$(BIN)/python -m pytest --hypothesis-profile=fuzz $$(grep -l '@given' tests/unit/*.py)

screenshots: $(VENV)/.installed-test | $(CHROMIUM)  ## PNGs of the demo comparison in build/screenshots/
	$(BIN)/python -m tests.browser.screenshots

lint: $(VENV)/.installed-dev  ## ruff, mypy and the import layering
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf build .cache
