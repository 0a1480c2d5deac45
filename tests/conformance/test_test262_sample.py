"""test262 regression gate: a fixed stratified sample run by `make test`.

About 3,000 tests of test262 language/ + built-ins/ + annexB/ (1 in 16 of
every directory, expectations.stratified_sample) run on the real runner.
The test fails only on regressions: a test listed in test262_passing.txt
that no longer passes. A recorded test gets the runner's usual timeout,
any other only UNRECORDED_TIMEOUT seconds (slow tests that fail anyway,
like most RegExp property-escape ones, should not set the pace). The
regressions found are run a second time, alone and with a long timeout,
so a slow or busy machine is not mistaken for a broken engine.
Tests that pass but are not listed yet are only reported; record them
with `python -m minijs.conformance --update` (or `make test262 UPDATE=1`).
Skipped when the test262 archive is not available.
"""

import os
import warnings

import pytest

from minijs.conformance import expectations, runner, suite

UNRECORDED_TIMEOUT = 3.0
RETRY_TIMEOUT = runner.DEFAULT_TIMEOUT * 3


@pytest.fixture(scope="module")
def root():
    try:
        return suite.ensure_suite()
    except suite.SuiteMissing as e:
        pytest.skip(str(e))


def test_sample_has_no_regressions(root):
    paths = expectations.stratified_sample(suite.list_tests(root, list(runner.DEFAULT_DIRS)))
    assert len(paths) > 2000
    recorded = expectations.read()

    def timeout(path):
        return runner.DEFAULT_TIMEOUT if path in recorded else UNRECORDED_TIMEOUT
    results = runner.run(root, paths, os.cpu_count() or 2, timeout)
    regressions, fixed = expectations.compare(results, recorded)
    if regressions:
        again = runner.run(root, regressions, 1, RETRY_TIMEOUT)
        regressions, _ = expectations.compare(again, recorded)
        results = again
    if fixed:
        print(f"{len(fixed)} sample tests pass but are not recorded:")
        print("\n".join(f"  {path}" for path in fixed))
        warnings.warn(f"{len(fixed)} test262 tests pass that are not in "
                      f"{expectations.PASSING_FILE.name}; record them: {expectations.UPDATE_COMMAND}")
    failures = {}
    for r in results:
        if r.failed:
            failures.setdefault(r.path, r)
    assert not regressions, (
        f"{len(regressions)} test262 regressions (recorded as passing in "
        f"{expectations.PASSING_FILE.name}, failing now):\n"
        + "\n".join(f"  {failures[p].key}: {failures[p].outcome}: {failures[p].message}"
                    if p in failures else f"  {p}" for p in regressions))
