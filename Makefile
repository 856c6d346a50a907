# faceid-codes — on a fresh clone, `make generate` and `make test` set up
# everything they need: a project-local virtualenv, the Node.js tools
# (compilers, validators, linters) and, from Debian, the Chromium the browser
# test drives and the Go, JDK, Kotlin and Maven the Go and Java packages build with.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SETUP := $(VENV)/.installed
MUTATE_SETUP := $(VENV)/.mutate-installed
NODE_SETUP := node_modules/.installed
CHROMIUM := /usr/bin/chromium

.PHONY: generate check test test-fast fuzz mutate bench figures docs serve-docs setup toolchains clean

generate: $(SETUP)
	$(PY) -m generator generate

# generated/ matches the spec, and the spec matches the copy of Tencent's
# table it records (spec/upstream/).
check: $(SETUP)
	$(PY) -m generator check
	$(PY) -m generator upstream

# On every core (pytest-xdist): each test keeps to its own temporary folders.
test: $(SETUP) $(NODE_SETUP) toolchains
	$(PY) -m pytest -n auto

# Every test that needs no outside toolchain: the loop to run while editing.
test-fast: $(SETUP)
	$(PY) -m pytest -n auto -m "not toolchain"

# Property-based tests with the long profile (>= 1,000 examples each).
fuzz: $(SETUP) $(NODE_SETUP) toolchains
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -n auto -m fuzz

# Mutation testing of generator/ (mutmut; see docs/maintainers/testing.md):
# a fresh run in mutants/, then every mutant the tests did not kill.  Not part
# of CI: it takes about an hour on two cores.
# The mutated sources are large (a copy of each function per mutant): Python
# must be allowed to cache their bytecode, or every subprocess compiles them
# again.  The TypeScript tests find the compilers through mutants/node_modules.
mutate: $(SETUP) $(MUTATE_SETUP) $(NODE_SETUP) toolchains
	rm -rf mutants
	mkdir mutants
	ln -s ../node_modules mutants/node_modules
	env -u PYTHONDONTWRITEBYTECODE HYPOTHESIS_PROFILE=ci $(VENV)/bin/mutmut run --max-children 2
	$(VENV)/bin/mutmut results

bench: $(SETUP) $(NODE_SETUP) toolchains
	$(PY) bench/run.py

# The figures that change with the data or the code (codes, billed codes,
# families, generated files, tests), printed so that no document pastes them.
figures: $(SETUP)
	$(PY) bench/figures.py

docs: $(SETUP)
	$(PY) -m mkdocs build --strict

serve-docs: $(SETUP)
	$(PY) -m mkdocs serve

setup: $(SETUP) $(NODE_SETUP) toolchains

# The programs the tests run from Debian: the browser at the path the browser
# test launches (Playwright never downloads one), the Go and Java tools, and
# GnuPG, which signs the release rehearsal's Maven artefacts, as
# program:package, wherever on PATH the tests would find them.  Whatever is
# missing is installed in one apt-get when we are root; otherwise the line to
# run is printed.  make looks them up itself, so that an installed set costs
# no shell and plans no step.
TOOLS := go:golang-go gofmt:golang-go javac:default-jdk-headless jar:default-jdk-headless \
	java:default-jdk-headless kotlinc:kotlin mvn:maven gpg:gnupg
on_path = $(firstword $(wildcard $(addsuffix /$(1),$(subst :, ,$(PATH)))))
MISSING := $(sort $(if $(wildcard $(CHROMIUM)),,chromium) \
	$(foreach tool,$(TOOLS),$(if $(call on_path,$(firstword $(subst :, ,$(tool)))),,$(lastword $(subst :, ,$(tool))))))

toolchains:
ifneq ($(MISSING),)
	@if [ "$$(id -u)" != 0 ]; then \
	  echo "make test needs Debian's $(MISSING): sudo apt-get install $(MISSING)" >&2; exit 1; fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(MISSING) >/dev/null
endif

$(SETUP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

$(MUTATE_SETUP): $(SETUP) requirements-mutate.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-mutate.lock -c requirements.lock
	touch $@

$(NODE_SETUP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) node_modules site .pytest_cache .hypothesis mutants
