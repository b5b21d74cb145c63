# geomap: two commands on a fresh machine:
#   make demo   builds the example into outputs/
#   make test   runs the tests
# Each creates the virtualenv and installs what it needs by itself.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint clean distclean help

help:
	@echo "make demo   - geocode the bundled example's places (creates .venv on first run)"
	@echo "make test   - run the test suite (creates .venv on first run)"
	@echo "make lint   - ruff"
	@echo "make clean  - remove built outputs and caches"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "geomap needs Python >= 3.11 (set PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(STAMP)
	$(BIN)/geomap geocode "US Embassy" "Green Zone" Mansour Harithiya Bayaa "Grand Festivities Square" \
		"Ain al-Asad" "Erbil International Airport" "al-Omar oilfield" "Al Mayadeen" "al-Tanf" "Camp Taji" \
		"K-1 air base" Kirkuk

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check geomap tests

clean:
	rm -rf .pytest_cache .ruff_cache .hypothesis build dist *.egg-info
	find outputs -mindepth 1 ! -name .gitkeep -delete

distclean: clean
	rm -rf $(VENV)
