# The kit's commands. `make figures` builds everything, `make test` runs the whole suite; both create the
# environment in .venv first if it is missing (only Python 3.11+ is needed on the machine).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
# The environment is rebuilt when the pinned dependencies change.
READY := $(VENV)/.ready
# Left out of the environment: rfc3987-syntax (and lark, used by nothing else). When it is installed, jsonschema
# imports it, and it compiles 38 grammars at each import: 3 s in every process that reads a notebook or a data
# description. It only checks the "iri" string format, which nothing here uses. requirements.lock is complete, so
# it is installed without resolving dependencies again (which would bring it back).
LEFT_OUT := rfc3987-syntax lark
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
export JUPYTER_PLATFORM_DIRS := 1

CHROMIUM := /usr/bin/chromium
APP_PORT ?= 8866
WEB := kit/reader/web
LIGHTHOUSE := benchmarks/lighthouse

.PHONY: figures publish test test-fast durations test-under-load lab app screenshots notebooks check bench determinism lock clean \
	browser vendor lighthouse load

figures: $(READY)  ## execute every notebook; write data/processed/ and exports/ (a preview: JSON-LD marked a draft)
	$(BIN)/python -m kit build

publish: $(READY)  ## the same, to publish: refuses an article whose publishing record is missing a field
	$(BIN)/python -m kit build --publish

test: $(READY) browser  ## the whole test suite: unit tests, data provenance, notebook pairing, nbval, browser
	$(BIN)/python -m pytest

test-fast: $(READY)  ## unit and story tests, the slow ones left out (no builds, notebooks or browser): under a minute
	$(BIN)/python -m pytest -m "not integration and not browser and not slow" tests

durations: $(READY)  ## record each unit and story test's duration, and each shared fixture's (which are slow)
	$(BIN)/python -m pytest -p pytest_split.plugin --store-durations --clean-durations \
		--durations-path tests/durations.json --store-fixture-durations -m "not integration and not browser" tests

test-under-load: $(READY) browser  ## `make test` beside two CPU-bound processes, as on a busy laptop; pass or fail
	$(BIN)/python benchmarks/under_load.py $(MAKE) test

browser:  ## Debian's chromium for the browser tests: installed with apt when run as root, else those tests skip
	@test -x $(CHROMIUM) || { test "$$(id -u)" = 0 && command -v apt-get >/dev/null \
		&& echo "Installing Debian's chromium for the browser tests (apt-get, about 20 s)" \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| echo "Browser tests will be skipped: $(CHROMIUM) is missing (as root: apt-get install chromium)."

lab: $(READY)  ## JupyterLab on the project, opened in notebooks/; saving writes the .py, never the nbval .ipynb
	$(BIN)/jupyter lab --config=lab/jupyter_server_config.py $(if $(filter 0,$(shell id -u)),--allow-root)

app: $(READY)  ## preview the published folder (reader pages, gallery) on http://127.0.0.1:$(APP_PORT): static files
	$(BIN)/python -m kit.reader.serve --port $(APP_PORT) exports

vendor: $(READY)  ## fetch the reader page's npm packages again (npm ci) and vendor their tarballs, checked
	cd $(WEB) && npm ci --ignore-scripts --no-audit --no-fund
	rm -f $(WEB)/vendor/*.tgz
	cd $(WEB)/vendor && npm pack --silent $$($(CURDIR)/$(BIN)/python -m kit.reader.vendor --specs)
	$(BIN)/python -m kit.reader.vendor --check

lighthouse: $(READY) browser $(LIGHTHOUSE)/node_modules/.ready  ## Lighthouse (mobile) on the reader page, served compressed
	CHROME_PATH=$(CHROMIUM) $(BIN)/python benchmarks/lighthouse.py

$(LIGHTHOUSE)/node_modules/.ready: $(LIGHTHOUSE)/package.json $(LIGHTHOUSE)/package-lock.json
	cd $(LIGHTHOUSE) && npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

load: $(READY)  ## 1,000 requests at once to the reader page's files on a plain static server on 127.0.0.1
	$(BIN)/python benchmarks/reader_load.py

screenshots: $(READY) browser  ## refresh the README's screenshots in docs/ (taken by the browser tests)
	KIT_REFRESH_SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser

notebooks: $(READY)  ## re-execute the notebooks and store their outputs in the .ipynb files nbval compares
	$(BIN)/python -m kit build --store-outputs

check: $(READY)  ## verify every raw file against its checksum and schema
	$(BIN)/python -m kit check

bench: $(READY)  ## speed measurements: widget redraw, Monte-Carlo ranks, export, cold start, build vs nbconvert
	$(BIN)/python benchmarks/run.py

determinism: $(READY)  ## nbval on every notebook ten times in a row, offline; reports each run
	$(BIN)/python benchmarks/determinism.py

lock: $(READY)  ## re-resolve requirements.lock after changing a pin in pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 --no-header --quiet \
		$(addprefix --no-emit-package ,$(LEFT_OUT)) -o requirements.lock

$(READY): pyproject.toml requirements.lock lab/overrides.json
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The kit needs Python 3.11 or newer; set PYTHON=python3.11 (or newer).")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --no-deps -r requirements.lock
	$(BIN)/uv pip uninstall --quiet --python $(BIN)/python $(LEFT_OUT)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --no-deps -e .
	@mkdir -p $(dir $(LAB_SETTINGS))
	@cp lab/overrides.json $(LAB_SETTINGS)
	@touch $@

clean:  ## remove the environment and the exports (data/processed/ is kept: it is committed)
	rm -rf $(VENV) exports
