# faceid-codes — on a fresh clone, `make generate` and `make test` set up
# everything they need: a project-local virtualenv, the TypeScript compilers,
# and Debian's Go, JDK, Kotlin and Maven for the Go and Java packages.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SETUP := $(VENV)/.installed
NODE_SETUP := node_modules/.installed

.PHONY: generate check test fuzz bench docs serve-docs setup toolchains clean

generate: $(SETUP)
	$(PY) -m generator generate

check: $(SETUP)
	$(PY) -m generator check

test: $(SETUP) $(NODE_SETUP) toolchains
	$(PY) -m pytest

# Property-based tests with the long profile (>= 1,000 examples each).
fuzz: $(SETUP) $(NODE_SETUP) toolchains
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -m fuzz

bench: $(SETUP) $(NODE_SETUP) toolchains
	$(PY) bench/run.py

docs: $(SETUP)
	$(PY) -m mkdocs build --strict

serve-docs: $(SETUP)
	$(PY) -m mkdocs serve

setup: $(SETUP) $(NODE_SETUP) toolchains

# The tools the tests build the Go and Java packages with, as command:Debian
# package. Installed from Debian when one is missing and we are root;
# otherwise the line to run is printed.
TOOLS := go:golang-go gofmt:golang-go javac:default-jdk-headless jar:default-jdk-headless \
	java:default-jdk-headless kotlinc:kotlin mvn:maven

toolchains:
	@missing=$$(for tool in $(TOOLS); do \
	  command -v $${tool%%:*} >/dev/null 2>&1 || echo $${tool#*:}; done | sort -u | tr '\n' ' '); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing: run sudo apt-get install $$missing" >&2; exit 1; fi; \
	  echo "installing $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

$(SETUP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

$(NODE_SETUP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) node_modules site .pytest_cache .hypothesis
