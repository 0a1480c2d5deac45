"""The ratchet: a committed list of the test262 tests that pass.

tests/conformance/test262_passing.txt holds one test path a line (relative
to test262/test/), sorted; a path is listed when every variant of the test
passed. It only moves forward: `--update` adds the tests that now pass and
drops none, unless asked to (`--allow-regressions`), so a regression can
never be recorded by accident.

The regression gate (`make test`, tests/conformance/test_test262_sample.py)
runs a fixed stratified sample and fails when a listed test no longer passes.
"""

import math
from collections import defaultdict

from minijs.conformance import suite
from minijs.conformance.report import passing_tests, test_outcomes

PASSING_FILE = suite.REPO_ROOT / "tests" / "conformance" / "test262_passing.txt"
SAMPLE_EVERY = 16
UPDATE_COMMAND = "python -m minijs.conformance --update  (or: make test262 UPDATE=1)"


def read(file=PASSING_FILE):
    """The set of test paths recorded as passing."""
    try:
        with open(file, encoding="utf-8") as f:
            return {line.strip() for line in f if line.strip() and not line.startswith("#")}
    except FileNotFoundError:
        return set()


def write(paths, file=PASSING_FILE):
    """Write the sorted list (no timestamps: the same set gives the same file)."""
    with open(file, "w", encoding="utf-8", newline="\n") as f:
        f.write("# test262 tests that pass (every variant); sorted; only moves forward.\n"
                f"# Update: {UPDATE_COMMAND}\n")
        f.writelines(p + "\n" for p in sorted(paths))


def updated(recorded, results, allow_regressions=False):
    """The new passing set after a run: recorded + the tests that now pass;
    with allow_regressions, tests of this run that did not pass are removed."""
    new = set(recorded) | passing_tests(results)
    if allow_regressions:
        ran = test_outcomes(results)
        new -= {path for path, (outcome, _) in ran.items() if outcome != "pass"}
    return new


def compare(results, recorded):
    """(regressions, newly passing): tests of this run that are recorded as
    passing but did not pass, and tests that pass but are not recorded."""
    outcomes = test_outcomes(results)
    regressions = sorted(p for p, (o, _) in outcomes.items() if p in recorded and o != "pass")
    fixed = sorted(p for p, (o, _) in outcomes.items() if p not in recorded and o == "pass")
    return regressions, fixed


def stratified_sample(paths, every=SAMPLE_EVERY, depth=2):
    """A fixed sample of about len(paths)/every tests: from every directory
    (`depth` levels, e.g. built-ins/Array) ceil(n/every) tests spread
    evenly over its sorted list, so each directory is represented in
    proportion and none is left out."""
    groups = defaultdict(list)
    for p in sorted(paths):
        groups[suite.group_of(p, depth)].append(p)
    chosen = []
    for group in sorted(groups):
        members = groups[group]
        k = math.ceil(len(members) / every)
        step = len(members) / k
        chosen.extend(members[int(i * step + step / 2)] for i in range(k))
    return sorted(chosen)
