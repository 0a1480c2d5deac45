"""Parse-only test262 runner: does minijs.syntax.parse accept what it must?

    python -m minijs.conformance.parse262 [PATHS...] [-j N] [--json FILE]
        [--failures] [--sample [--update-expectations]]

Every test in test/language and test/built-ins (or PATHS) whose features
are all ES2022 or older is parsed in each variant its flags call for
(suite.variants). A negative test with phase `parse` must raise
JSSyntaxError; every other test must parse (resolution/runtime errors come
later). Tests needing newer features are counted as "excluded".

Each parse runs in a worker process with a timeout, so a hang or a crash
costs one result, not the run.
"""

import argparse
import functools
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

from minijs.conformance import features, pool, suite

DEFAULT_TIMEOUT = 10.0
SAMPLE_EVERY = 25
EXPECTATIONS = suite.REPO_ROOT / "tests" / "conformance" / "parse262_expected_failures.txt"
REGENERATE = "python -m minijs.conformance.parse262 --sample --update-expectations"

POSITIVE, NEGATIVE = "positive", "negative"       # must parse / must be rejected
PASS, FAIL, ERROR, TIMEOUT, CRASH, EXCLUDED = (
    "pass", "fail", "error", "timeout", "crash", "excluded")
_MESSAGE_MAX = 300



@dataclass
class Result:
    path: str           # relative to test/
    variant: str        # suite.SLOPPY / STRICT / MODULE; None when excluded
    kind: str           # POSITIVE or NEGATIVE
    outcome: str        # PASS, FAIL, ERROR, TIMEOUT, CRASH or EXCLUDED
    message: str = ""

    @property
    def key(self):
        return f"{self.path} [{self.variant or '-'}]"

    @property
    def failed(self):
        return self.outcome not in (PASS, EXCLUDED)


def load_parser():
    """(parse, JSSyntaxError): what is under test. Imported by name, in the
    worker, so a broken parser shows up as failing tests, not a dead run."""
    from minijs.syntax import parse
    from minijs.syntax.errors import JSSyntaxError
    return parse, JSSyntaxError


def judge(parse, syntax_error, source, variant, kind):
    """(outcome, message) of parsing `source` as `variant`."""
    text, module = suite.variant_source(source, variant)
    try:
        parse(text, module=module)
    except syntax_error as e:
        if kind == NEGATIVE:
            return PASS, ""
        return FAIL, f"SyntaxError: {e}"
    except Exception as e:      # a parser bug: neither accepted nor rejected
        return ERROR, f"{type(e).__name__}: {e}"
    if kind == NEGATIVE:
        return FAIL, "parsed, but a SyntaxError was expected"
    return PASS, ""


# ---------------------------------------------------------------- workers
# The worker processes (big stack, per-job timeout, replacement of a hung or
# dead worker) are conformance/pool.py's; this is the job each one runs.

def make_judge(root):
    """Worker setup: load the parser once; returns handle(job) ->
    (outcome, message) for a (path, variant, kind) job."""
    try:
        parse, syntax_error = load_parser()
        broken = None
    except Exception as e:
        broken = f"cannot load the parser: {type(e).__name__}: {e}"

    def handle(job):
        if broken:
            return ERROR, broken
        path, variant, kind = job
        try:
            source = suite.read_source(os.path.join(root, "test", path))
            outcome, message = judge(parse, syntax_error, source, variant, kind)
        except Exception as e:      # e.g. an exception whose str() raises
            outcome, message = ERROR, f"{type(e).__name__} while judging the test"
        return outcome, message[:_MESSAGE_MAX]
    return handle


def run_jobs(jobs, root, processes, timeout):
    """Run (path, variant, kind) jobs on `processes` workers; yields
    (job, outcome, message) as they finish, in no particular order."""
    handler = functools.partial(make_judge, str(root))
    for job, (outcome, message) in pool.run_jobs(jobs, handler, processes, timeout):
        yield job, outcome, message


# ---------------------------------------------------------------- a run

def plan(root, paths, target=features.TARGET_EDITION):
    """Per test: a Result (excluded or unreadable) or its (path, variant,
    kind) jobs."""
    for path in paths:
        try:
            test = suite.read_test(root, path)
        except (suite.FrontMatterError, UnicodeDecodeError, OSError) as e:
            yield Result(path, None, POSITIVE, ERROR, f"unreadable test: {e}")
            continue
        kind = NEGATIVE if test.negative_phase == "parse" else POSITIVE
        newer = features.newer_features(test.features, target)
        if newer:
            yield Result(path, None, kind, EXCLUDED, "needs " + ", ".join(newer))
            continue
        for variant in suite.variants(test):
            yield (path, variant, kind)


def run(root, paths, processes=None, timeout=DEFAULT_TIMEOUT, progress=None):
    """Results (sorted by path, variant) of parsing the tests at `paths`."""
    processes = processes or os.cpu_count() or 1
    try:
        # Import and build tables once, here, so forked workers share them.
        parse, syntax_error = load_parser()
        parse("")
    except Exception:
        pass                # the workers report it, test by test
    results = []

    def add(result):
        results.append(result)
        if progress:
            progress(result)

    def jobs():
        for item in plan(root, paths):
            if isinstance(item, Result):
                add(item)
            else:
                yield item

    for (path, variant, kind), outcome, message in run_jobs(jobs(), root, processes, timeout):
        add(Result(path, variant, kind, outcome, message))
    results.sort(key=lambda r: (r.path, r.variant or ""))
    return results


# ---------------------------------------------------------------- reports

def summary_rows(results):
    """{group: {kind: Counter(outcome)}} plus an 'overall' row."""
    rows = defaultdict(lambda: defaultdict(Counter))
    for r in results:
        for group in (suite.group_of(r.path), "overall"):
            rows[group][r.kind][r.outcome] += 1
    return rows


def _rate(counter):
    total = sum(n for outcome, n in counter.items() if outcome != EXCLUDED)
    if not total:
        return "-"
    return f"{counter[PASS]}/{total} {100.0 * counter[PASS] / total:5.1f}%"


def format_summary(results, elapsed=None):
    rows = summary_rows(results)
    groups = sorted(g for g in rows if g != "overall") + ["overall"]
    width = max(len(g) for g in groups)
    head = f"{'':{width}}  {'positive (must parse)':>22}  {'negative (must reject)':>22}  {'excluded tests':>14}"
    lines = [f"test262 parse-only, ES{features.TARGET_EDITION} and older; variants passed/run:",
             head]
    for group in groups:
        row = rows[group]
        excluded = sum(row[k][EXCLUDED] for k in (POSITIVE, NEGATIVE))
        if group == "overall":
            lines.append("-" * len(head))
        lines.append(f"{group:{width}}  {_rate(row[POSITIVE]):>22}  "
                     f"{_rate(row[NEGATIVE]):>22}  {excluded:>14}")
    outcomes = Counter(r.outcome for r in results if r.failed)
    tests = len({r.path for r in results})
    excluded = sum(1 for r in results if r.outcome == EXCLUDED)
    run = len(results) - excluded
    passed = sum(1 for r in results if r.outcome == PASS)
    lines.append(f"{tests} tests: {excluded} excluded (features newer than "
                 f"ES{features.TARGET_EDITION}); {passed}/{run} variants pass"
                 + (f" ({100.0 * passed / run:.1f}%)" if run else ""))
    if outcomes:
        lines.append("failures: " + ", ".join(f"{n} {o}" for o, n in sorted(outcomes.items())))
    if elapsed is not None:
        lines.append(f"time: {elapsed:.1f} s")
    return "\n".join(lines)


def format_failures(results):
    return "\n".join(f"{r.key}: {r.kind}, {r.outcome}: {r.message}"
                     for r in results if r.failed)


def write_json(file, results, elapsed=None):
    """Every result, one per line (greppable, diffable)."""
    head = {"target_edition": features.TARGET_EDITION,
            "elapsed_seconds": None if elapsed is None else round(elapsed, 1)}
    with open(file, "w", encoding="utf-8") as f:
        f.write(json.dumps(head)[:-1] + ', "results": [\n')
        f.write(",\n".join(json.dumps(asdict(r), ensure_ascii=False) for r in results))
        f.write("\n]}\n")


class Progress:
    """A one-line counter for a terminal, redrawn at most 5 times a second."""

    def __init__(self, total_tests, stream=sys.stdout):
        self.total, self.stream = total_tests, stream
        self.tests, self.results, self.failed = set(), 0, 0
        self.start = self.last = time.monotonic()

    def __call__(self, result):
        self.tests.add(result.path)
        self.results += 1
        self.failed += result.failed
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            self.stream.write(f"\r{len(self.tests)}/{self.total} tests, {self.results} "
                              f"results, {self.failed} failing, {now - self.start:.0f} s ")
            self.stream.flush()

    def done(self):
        self.stream.write("\r\033[K")
        self.stream.flush()


# ---------------------------------------------------------------- expectations

def sample_paths(root):
    """The fixed regression sample: every SAMPLE_EVERY-th test by path."""
    return suite.sample(suite.list_tests(root), SAMPLE_EVERY)


def read_expectations(file=EXPECTATIONS):
    """The `path [variant]` keys listed as known failures."""
    try:
        with open(file, encoding="utf-8") as f:
            return {line.strip() for line in f
                    if line.strip() and not line.startswith("#")}
    except FileNotFoundError:
        return set()


def write_expectations(results, file=EXPECTATIONS):
    """Rewrite the known-failures file: sorted keys, no timestamps, so the
    same failures always give the same file."""
    keys = sorted({r.key for r in results if r.failed})
    with open(file, "w", encoding="utf-8", newline="\n") as f:
        f.write("# test262 parse-only variants known to fail (minijs.conformance.parse262).\n"
                f"# Regenerate after parser changes: {REGENERATE}\n")
        f.writelines(key + "\n" for key in keys)
    return keys


def compare(results, expected):
    """(new failures, listed-but-passing) keys of `results` vs `expected`."""
    failing = {r.key for r in results if r.failed}
    passing = {r.key for r in results if r.outcome == PASS}
    return sorted(failing - expected), sorted(passing & expected)


# ---------------------------------------------------------------- command line

def build_arg_parser():
    ap = argparse.ArgumentParser(
        prog="python -m minijs.conformance.parse262",
        description="Parse test262 (language + built-ins, ES2022 and older) with "
                    "minijs.syntax.parse and report pass rates.")
    ap.add_argument("paths", nargs="*", metavar="PATH",
                    help="test files or folders (relative to test262/test, e.g. "
                         "language/expressions); default: language and built-ins")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: number of cores)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help=f"seconds per parse before it counts as failed (default {DEFAULT_TIMEOUT:g})")
    ap.add_argument("--json", metavar="FILE", help="write every result to FILE")
    ap.add_argument("--failures", action="store_true", help="list failing tests and why")
    ap.add_argument("--sample", action="store_true",
                    help=f"only the regression sample (every {SAMPLE_EVERY}th test); "
                         "compare it with the expectations file")
    ap.add_argument("--update-expectations", action="store_true",
                    help=f"rewrite {EXPECTATIONS.relative_to(suite.REPO_ROOT)} from this run")
    ap.add_argument("--archive", help="test262.tar.xz to use (default: found beside the repo)")
    return ap


def main(argv=None):
    args = build_arg_parser().parse_args(argv)
    if args.update_expectations and args.paths:
        print("--update-expectations needs the default selection (no PATHS)", file=sys.stderr)
        return 2
    try:
        root = suite.ensure_suite(args.archive)
        paths = suite.list_tests(root, args.paths)
    except (suite.SuiteMissing, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.sample:
        paths = suite.sample(paths, SAMPLE_EVERY)
    progress = Progress(len(paths)) if sys.stdout.isatty() else None
    start = time.monotonic()
    try:
        results = run(root, paths, args.jobs, args.timeout, progress)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    finally:
        if progress:
            progress.done()
    elapsed = time.monotonic() - start

    if args.failures and any(r.failed for r in results):
        print(format_failures(results))
    print(format_summary(results, elapsed))
    if args.json:
        write_json(args.json, results, elapsed)
    status = 0
    if args.update_expectations:
        keys = write_expectations(results)
        print(f"wrote {len(keys)} known failures to {EXPECTATIONS}")
    elif args.sample:
        new, fixed = compare(results, read_expectations())
        for key in fixed:
            print(f"now passes (listed as failing): {key}")
        for key in new:
            print(f"REGRESSION (not in expectations): {key}")
        status = 1 if new else 0
    return status


if __name__ == "__main__":
    sys.exit(main())
