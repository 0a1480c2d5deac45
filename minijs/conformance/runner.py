"""The test262 execution runner: plan the variants, run them on worker
processes, collect one Result per variant.

    run(root, paths, processes, timeout, progress) -> [Result]
    plan(root, paths)                               -> skipped Results and tests to run
    HandlerFactory(root)                            -> the worker's job handler

Every test runs, whatever its features: a test needing something minijs
lacks fails. Only a missing *host* capability (harness.HOST_LIMITS: agents,
IsHTMLDDA, ...) makes a test skipped, with the reason.
"""

import os
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from minijs.conformance import features, pool, suite

DEFAULT_TIMEOUT = 10.0
DEFAULT_DIRS = ("language", "built-ins", "annexB")

PASS, FAIL, ERROR, SKIP = "pass", "fail", "error", "skip"
TIMEOUT, CRASH = pool.TIMEOUT, pool.CRASH
FAILED = (FAIL, ERROR, TIMEOUT, CRASH)


@dataclass
class Result:
    path: str           # relative to test/
    variant: str        # suite.SLOPPY / STRICT / MODULE; "-" when skipped before running
    outcome: str        # PASS, FAIL, ERROR, TIMEOUT, CRASH or SKIP
    message: str = ""
    edition: str = ""   # edition_label(test features)
    seconds: float = 0.0

    @property
    def key(self):
        return f"{self.path} [{self.variant}]"

    @property
    def failed(self):
        return self.outcome in FAILED


def edition_label(test_features):
    """The reporting edition of a test: the newest edition among its
    features ('ES2015' ... 'ES2026', 'ES5'), 'proposal' when one is not
    in any edition, 'untagged' when it lists none (mostly ES5-era)."""
    if not test_features:
        return "untagged"
    years = [features.edition(f) for f in test_features]
    if any(y is None for y in years):
        return "proposal"
    newest = max(years)
    return "ES5" if newest == 5 else f"ES{newest}"


def skip_reason(test):
    """Why this host cannot run `test`, or None."""
    from minijs.conformance.harness import HOST_LIMITS
    for reason, applies in HOST_LIMITS:
        if applies(test):
            return reason
    return None


# ---------------------------------------------------------------- workers

class HandlerFactory:
    """Called once in each worker: returns the job handler. Harness files
    compile once per worker through one HarnessCache; the cache warmed up
    in the parent (warm_up) reaches forked workers already filled."""

    def __init__(self, root, cache=None):
        self.root, self.cache = str(root), cache

    def __call__(self):
        import time
        from minijs.conformance.execute import judge
        from minijs.conformance.harness import HarnessCache
        root = self.root
        harness = self.cache if self.cache is not None else HarnessCache(Path(root))

        def handle(job):
            path, variant = job
            start = time.perf_counter()
            try:
                test = suite.read_test(root, path)
            except (suite.FrontMatterError, UnicodeDecodeError, OSError) as e:
                return ERROR, f"unreadable test: {e}", 0.0
            outcome, message = judge(test, variant, harness)
            return outcome, message, time.perf_counter() - start
        return handle


def warm_up(root):
    """Import the engine and compile the common harness files in the parent,
    so forked workers (and their replacements) start with them."""
    try:
        from minijs.conformance import execute  # noqa: F401  (imports the engine)
        from minijs.conformance.harness import ASYNC_HARNESS, DEFAULT_HARNESS, HarnessCache
    except Exception:
        return None         # the workers report it, test by test
    try:
        from minijs.conformance.harness import TestHost
        TestHost()      # imports every built-in module now, not in each worker
    except Exception:
        pass
    cache = HarnessCache(Path(root))
    for name in DEFAULT_HARNESS + (ASYNC_HARNESS, "propertyHelper.js", "compareArray.js"):
        try:
            cache.code(name)
        except Exception:
            pass
    return cache


# ---------------------------------------------------------------- a run

def plan(root, paths):
    """Per test: a Result (skipped or unreadable), or (path, variants, edition)."""
    for path in paths:
        try:
            test = suite.read_test(root, path)
        except (suite.FrontMatterError, UnicodeDecodeError, OSError) as e:
            yield Result(path, "-", ERROR, f"unreadable test: {e}")
            continue
        edition = edition_label(test.features)
        reason = skip_reason(test)
        if reason:
            yield Result(path, "-", SKIP, reason, edition)
        else:
            yield path, suite.variants(test), edition


class _Jobs:
    """The pool's job iterator. A test's first variant comes from the plan;
    its other variants only once the first has finished, and not at all
    when it timed out (they are recorded as timed out, unrun): a test that
    hangs costs one timeout, not one per variant. Being a class (not a
    generator) it may run dry and later have more: next() raises
    StopIteration while the follow-ups of running tests are not known."""

    def __init__(self, items, add):
        self.items, self.add = items, add
        self.later = deque()
        self.rest = {}
        self.editions = {}

    def __iter__(self):
        return self

    def __next__(self):
        if self.later:
            return self.later.popleft()
        for item in self.items:
            if isinstance(item, Result):
                self.add(item)
                continue
            path, variants, edition = item
            self.editions[path] = edition
            self.rest[path] = variants[1:]
            return path, variants[0]
        raise StopIteration

    def finished(self, path, variant, outcome):
        rest = self.rest.pop(path, ())
        if outcome == TIMEOUT:
            for other in rest:
                self.add(Result(path, other, TIMEOUT, f"not run: the {variant} variant timed out",
                                self.editions.get(path, "")))
        else:
            self.later.extend((path, other) for other in rest)


def run(root, paths, processes=None, timeout=DEFAULT_TIMEOUT, progress=None):
    """Results (sorted by path, variant) of running the tests at `paths`.
    `timeout`: seconds per variant, or a function path -> seconds."""
    processes = processes or os.cpu_count() or 1
    cache = warm_up(root)
    results = []

    def add(result):
        results.append(result)
        if progress:
            progress(result)

    jobs = _Jobs(plan(root, paths), add)
    factory = HandlerFactory(root, cache)
    seconds_for = timeout if callable(timeout) else lambda path: timeout
    for (path, variant), outcome in pool.run_jobs(jobs, factory, processes,
                                                  lambda job: seconds_for(job[0])):
        # (outcome, message, seconds) from a worker; (TIMEOUT/CRASH, message) from the pool
        seconds = outcome[2] if len(outcome) > 2 else seconds_for(path)
        add(Result(path, variant, outcome[0], outcome[1], jobs.editions.get(path, ""),
                   round(seconds, 3)))
        jobs.finished(path, variant, outcome[0])
    results.sort(key=lambda r: (r.path, r.variant))
    return results
