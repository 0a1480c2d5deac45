# minijs developer commands. `make run` and `make test` are the README's contract.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-all test262 test262-jit test262-parse npm-check bench bench-interp clean tables fuzz

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m minijs.syntax.tables --build
	$(PY) -m compileall -q minijs    # bytecode caches even where PYTHONDONTWRITEBYTECODE is set (start-up)
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/minijs run examples/hello.js

test: $(STAMP)
	$(PY) -m pytest -n 2 tests

# Run test262 (language + built-ins + annexB); every result in .cache/test262-results.json.
# UPDATE=1 records newly passing tests and refreshes the README table.
test262: $(STAMP)
	$(PY) -m minijs.conformance --json .cache/test262-results.json $(if $(UPDATE),--update --write-readme)

# test262's stratified sample with every function and loop compiled at
# once (MINIJS_JIT_FLAGS): a miscompilation shows as a regression against
# tests/conformance/test262_passing.txt.  About 4 minutes on 2 cores.
test262-jit: $(STAMP)
	MINIJS_JIT_FLAGS="--jit-threshold 0 --osr-threshold 0 --no-concurrent-jit --tier-up-work 1000" \
		$(PY) -m minijs.conformance --sample

# Parse every test262 test (language + built-ins) and report pass rates.
test262-parse: $(STAMP)
	$(PY) -m minijs.conformance.parse262

# Real npm libraries (tests/npm/*.js drivers) on minijs and node: the outputs
# must match. Installs them into .cache/npm-check/ (needs the network).
npm-check: $(STAMP)
	$(PY) tests/npm/check.py

# (compileall first: the JIT's modules load inside the timed region, and
# sources changed since the install would be compiled there on every run
# where PYTHONDONTWRITEBYTECODE is set)
bench: $(STAMP)
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) -m compileall -q minijs
	$(PY) -m pytest benchmarks --benchmark-only

# The interpreter against CPython, node --jitless and node on benchmarks/js
# (one table of ratios; BENCH_ARGS=--quick, --scale 2, --only fib, ...).
bench-interp: $(STAMP)
	$(PY) -m compileall -q minijs
	$(PY) benchmarks/compare.py $(BENCH_ARGS)

# Fuzz for FUZZ_SECONDS: mutants of tests/js under a Context, generated programs
# differentially (interpreter, eager JIT, node).  Findings in .cache/fuzz/.
FUZZ_SECONDS ?= 300
fuzz: $(STAMP)
	$(PY) -m minijs.fuzz --seconds $(FUZZ_SECONDS) $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))

tables: $(STAMP)
	$(PY) -m minijs.syntax.tables --build

clean:
	rm -rf $(VENV) .cache minijs/syntax/_tables
