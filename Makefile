# faceid-codes — on a fresh clone, `make generate` and `make test` set up
# everything they need: a project-local virtualenv and the TypeScript compilers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SETUP := $(VENV)/.installed
NODE_SETUP := node_modules/.installed

.PHONY: generate check test fuzz bench docs serve-docs setup clean

generate: $(SETUP)
	$(PY) -m generator generate

# generated/ matches the spec, and the spec matches the copy of Tencent's
# table it records (spec/upstream/).
check: $(SETUP)
	$(PY) -m generator check
	$(PY) -m generator upstream

test: $(SETUP) $(NODE_SETUP)
	$(PY) -m pytest

# Property-based tests with the long profile (>= 1,000 examples each).
fuzz: $(SETUP) $(NODE_SETUP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -m fuzz

bench: $(SETUP) $(NODE_SETUP)
	$(PY) bench/run.py

docs: $(SETUP)
	$(PY) -m mkdocs build --strict

serve-docs: $(SETUP)
	$(PY) -m mkdocs serve

setup: $(SETUP) $(NODE_SETUP)

$(SETUP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

$(NODE_SETUP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) node_modules site .pytest_cache .hypothesis
