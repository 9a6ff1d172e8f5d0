# The kit's commands. `make figures` builds everything, `make test` runs the whole suite; both create the
# environment in .venv first if it is missing (only Python 3.11+ is needed on the machine).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
# The environment is rebuilt when the pinned dependencies change.
READY := $(VENV)/.ready
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
export PYTHONDONTWRITEBYTECODE := 1
export JUPYTER_PLATFORM_DIRS := 1

.PHONY: figures test lab notebooks check bench determinism lock clean

figures: $(READY)  ## execute every notebook; write data/processed/ and exports/
	$(BIN)/python -m kit build

test: $(READY)  ## the whole test suite: unit tests, data provenance, notebook pairing, nbval
	$(BIN)/python -m pytest

lab: $(READY)  ## JupyterLab on the notebooks; .py notebooks open as notebooks (jupytext)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

notebooks: $(READY)  ## re-execute the notebooks and store their outputs in the .ipynb files nbval compares
	$(BIN)/python -m kit build --store-outputs

check: $(READY)  ## verify every raw file against its checksum and schema
	$(BIN)/python -m kit check

bench: $(READY)  ## speed measurements (widget redraw, build)
	$(BIN)/python benchmarks/run.py

determinism: $(READY)  ## nbval on every notebook ten times in a row, offline; reports each run
	$(BIN)/python benchmarks/determinism.py

lock: $(READY)  ## re-resolve requirements.lock after changing a pin in pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 --no-header --quiet -o requirements.lock

$(READY): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The kit needs Python 3.11 or newer; set PYTHON=python3.11 (or newer).")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --no-deps -e .
	@mkdir -p $(dir $(LAB_SETTINGS))
	@echo '{"@jupyterlab/docmanager-extension:plugin": {"defaultViewers": {"python": "Jupytext Notebook"}}}' > $(LAB_SETTINGS)
	@touch $@

clean:  ## remove the environment and the exports (data/processed/ is kept: it is committed)
	rm -rf $(VENV) exports
